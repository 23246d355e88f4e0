"""The community notices a player acknowledges once (``reference/community-notices.md``).

- ``quick_start``: a new player (no match yet) reads the quick-start guide before their first Join.
- ``shield_battery``: a match with a Brood War Protoss player carries the Shield Battery lag notice
  for each of its players until that player acknowledged it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

from evoladder.i18n import t
from evoladder.rules.errors import IllegalTransition, ValidationFailed
from evoladder.rules.text import echo

Notice = Literal["quick_start", "shield_battery"]
NOTICES: tuple[Notice, ...] = ("quick_start", "shield_battery")
SHIELD_BATTERY_RACES = frozenset({"bw_protoss"})


def check_notice(notice: str) -> Notice:
    if notice not in NOTICES:
        raise ValidationFailed(t("rules-notice-unknown", notice=echo(notice)))
    return notice  # type: ignore[return-value]


def needs_quick_start(*, acknowledged: bool, has_played: bool) -> bool:
    """Only a new player is held back: one who has played a match is past the guide."""
    return not acknowledged and not has_played


def check_quick_start(*, needed: bool) -> None:
    if needed:
        raise IllegalTransition(t("rules-quick-start-first"))


def shield_battery_applies(races: Iterable[str]) -> bool:
    """A match with a Brood War Protoss player (its Shield Battery lags every client)."""
    return any(race in SHIELD_BATTERY_RACES for race in races)
