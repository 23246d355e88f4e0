"""What admin actions require: a reason (every action is audited), MMR within bounds, a real change."""

from __future__ import annotations

from evoladder.rules.errors import IllegalTransition, ValidationFailed
from evoladder.rules.text import clean_text

MMR_MIN, MMR_MAX = 0, 10_000  # bounds an admin may set; also keeps leaderboard keys in range


REASON_MAX = 500  # an audit reason; a DM repeats it, within Discord's 2,000 characters


def require_reason(reason: str) -> str:
    cleaned = clean_text(reason, field="Reason", max_length=REASON_MAX, multiline=True)
    if not cleaned:
        raise ValidationFailed("Give a reason: every admin action is audited with one.")
    return cleaned


def check_mmr(new_mmr: object) -> int:
    if not isinstance(new_mmr, int) or not MMR_MIN <= new_mmr <= MMR_MAX:
        raise ValidationFailed(f"MMR must be a whole number from {MMR_MIN} to {MMR_MAX}.")
    return new_mmr


def check_ban_change(*, banned_now: bool, ban: bool) -> None:
    if banned_now == ban:
        raise IllegalTransition("That player is already banned." if ban else "That player is not banned.")


def check_admin_change(*, is_admin: bool, make_admin: bool) -> None:
    if is_admin == make_admin:
        raise IllegalTransition(
            "That user is already an admin." if make_admin else "That user is not an admin."
        )


def check_in_queue(*, queued: bool) -> None:
    if not queued:
        raise IllegalTransition("That player is not in the queue.")
