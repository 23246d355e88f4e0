"""Aborts: a monthly allowance (3 by default) per player, reset at the start of each UTC month.

The allowance is stored as (used, month); a month other than the current one means nothing is used
yet, so the reset needs no scheduled job.
"""

from __future__ import annotations

from datetime import UTC, datetime

from evoladder.i18n import t
from evoladder.rules.errors import DomainError


class NoAbortsLeft(DomainError):
    pass


def month_key(now: datetime) -> str:
    utc = now.astimezone(UTC)
    return f"{utc.year:04d}-{utc.month:02d}"


def next_reset(now: datetime) -> datetime:
    """When the allowance is next restored: the start of the next UTC month."""
    utc = now.astimezone(UTC)
    year, month = (utc.year + 1, 1) if utc.month == 12 else (utc.year, utc.month + 1)
    return datetime(year, month, 1, tzinfo=UTC)


def aborts_left(used: int, used_month: str | None, now: datetime, per_month: int = 3) -> int:
    if used_month != month_key(now):
        return per_month
    return max(0, per_month - used)


def spend_abort(used: int, used_month: str | None, now: datetime, per_month: int = 3) -> tuple[int, str]:
    """The allowance after one abort; refuses when none is left this month."""
    if aborts_left(used, used_month, now, per_month) <= 0:
        raise NoAbortsLeft(t("rules-no-aborts-left", per_month=per_month))
    month = month_key(now)
    return (used + 1 if used_month == month else 1), month
