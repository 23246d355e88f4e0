"""What admin actions require: a reason (every action is audited), MMR within bounds, a real change,
the owner's protection, and how an admin names a player (mention or Discord id)."""

from __future__ import annotations

import re
from typing import Literal

from evoladder.i18n import Key, t
from evoladder.rules.errors import IllegalTransition, ValidationFailed
from evoladder.rules.text import clean_text

MMR_MIN, MMR_MAX = 0, 10_000  # bounds an admin may set; also keeps leaderboard keys in range
MmrChange = Literal["set", "add", "subtract"]
MMR_CHANGES: tuple[MmrChange, ...] = ("set", "add", "subtract")

REASON_MAX = 500  # an audit reason; a DM repeats it, within Discord's 2,000 characters
PLAYER_REF_MAX = 100  # what an admin types to name a player
# A mention (<@123>, <@!123>) or a bare Discord id (a snowflake: 15 to 20 digits).
_MENTION = re.compile(r"<@!?(?P<uid>[0-9]{15,20})>")
_SNOWFLAKE = re.compile(r"[0-9]{15,20}")
# Refusals chosen by a flag: banning (True) or unbanning (False); making an admin or not.
ALREADY: dict[bool, Key] = {True: Key("rules-admin-already-banned"), False: Key("rules-admin-not-banned")}
OWNER_ONLY: dict[bool, Key] = {
    True: Key("rules-admin-owner-bans-admins"),
    False: Key("rules-admin-owner-unbans-admins"),
}
ADMIN_ALREADY: dict[bool, Key] = {True: Key("rules-admin-already-admin"), False: Key("rules-admin-not-admin")}


def require_reason(reason: str) -> str:
    cleaned = clean_text(reason, field=t("rules-field-reason"), max_length=REASON_MAX, multiline=True)
    if not cleaned:
        raise ValidationFailed(t("rules-admin-no-reason"))
    return cleaned


def check_mmr(new_mmr: object) -> int:
    if not isinstance(new_mmr, int) or isinstance(new_mmr, bool) or not MMR_MIN <= new_mmr <= MMR_MAX:
        raise ValidationFailed(t("rules-admin-mmr-bounds", low=str(MMR_MIN), high=str(MMR_MAX)))
    return new_mmr


def mmr_after(old: int, how: str, amount: object) -> int:
    """The rating an admin's change gives: set to ``amount``, or add / subtract it (within bounds)."""
    if how not in MMR_CHANGES:
        raise ValidationFailed(t("rules-admin-mmr-how", choices=", ".join(MMR_CHANGES)))
    if not isinstance(amount, int) or isinstance(amount, bool) or amount < 0:
        raise ValidationFailed(t("rules-admin-mmr-amount"))
    new = amount if how == "set" else old + amount if how == "add" else old - amount
    check_mmr(new)
    if new == old:
        raise IllegalTransition(t("rules-admin-mmr-same", mmr=str(old)))
    return new


def check_aborts_left(aborts_left: object, per_month: int) -> int:
    """How many aborts an admin may leave a player this month: 0 up to the monthly allowance."""
    if not isinstance(aborts_left, int) or isinstance(aborts_left, bool) or not 0 <= aborts_left <= per_month:
        raise ValidationFailed(t("rules-admin-aborts-bounds", per_month=per_month))
    return aborts_left


def check_ban_change(*, banned_now: bool, ban: bool) -> None:
    if banned_now == ban:
        raise IllegalTransition(t(ALREADY[ban]))


def check_ban_permission(
    *, ban: bool, target_is_owner: bool, target_is_admin: bool, actor_is_owner: bool
) -> None:
    """Nobody bans the owner; only the owner bans or unbans an admin."""
    if ban and target_is_owner:
        raise IllegalTransition(t("rules-admin-owner-unbannable"))
    if target_is_admin and not actor_is_owner:
        raise IllegalTransition(t(OWNER_ONLY[ban]))


def check_admin_change(*, is_admin: bool, make_admin: bool) -> None:
    if is_admin == make_admin:
        raise IllegalTransition(t(ADMIN_ALREADY[make_admin]))


def check_in_queue(*, queued: bool) -> None:
    if not queued:
        raise IllegalTransition(t("rules-admin-not-queued"))


def player_reference(raw: str) -> str:
    """What an admin typed to name a player, cleaned (a mention, an id, a name, a BattleTag)."""
    text = clean_text(raw, field=t("rules-field-player"), max_length=PLAYER_REF_MAX).removeprefix("@").strip()
    if not text:
        raise ValidationFailed(t("rules-admin-no-player"))
    return text


def discord_id_in(reference: str) -> int | None:
    """The Discord id a mention or a bare id names, None for anything else (a name)."""
    found = _MENTION.fullmatch(reference)
    if found is not None:
        return int(found["uid"])
    return int(reference) if _SNOWFLAKE.fullmatch(reference) else None
