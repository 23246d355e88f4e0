from __future__ import annotations

import pytest

from evoladder.rules.admin import (
    MMR_MAX,
    check_aborts_left,
    check_admin_change,
    check_ban_change,
    check_ban_permission,
    check_mmr,
    discord_id_in,
    mmr_after,
    player_reference,
    require_reason,
)
from evoladder.rules.errors import DomainError


def test_reason_required_and_trimmed() -> None:
    assert require_reason("  cheating ") == "cheating"
    with pytest.raises(DomainError, match="reason"):
        require_reason("   ")


def test_mmr_bounds() -> None:
    assert check_mmr(MMR_MAX) == MMR_MAX
    for bad in (-1, MMR_MAX + 1, 1500.5):
        with pytest.raises(DomainError, match="whole number"):
            check_mmr(bad)


def test_changes_must_change_something() -> None:
    check_ban_change(banned_now=False, ban=True)
    with pytest.raises(DomainError, match="already banned"):
        check_ban_change(banned_now=True, ban=True)
    with pytest.raises(DomainError, match="not banned"):
        check_ban_change(banned_now=False, ban=False)
    with pytest.raises(DomainError, match="already an admin"):
        check_admin_change(is_admin=True, make_admin=True)


def test_mmr_is_set_added_or_subtracted_within_bounds() -> None:
    assert mmr_after(1500, "set", 1700) == 1700
    assert mmr_after(1500, "add", 25) == 1525
    assert mmr_after(1500, "subtract", 25) == 1475
    for how, amount, fragment in (
        ("subtract", 1501, "from 0 to"),
        ("add", MMR_MAX, "from 0 to"),
        ("set", 1500, "nothing would change"),
        ("multiply", 2, "Choose how"),
        ("add", -5, "0 or more"),
    ):
        with pytest.raises(DomainError, match=fragment):
            mmr_after(1500, how, amount)


def test_the_owner_is_never_banned_and_only_the_owner_bans_admins() -> None:
    check_ban_permission(ban=True, target_is_owner=False, target_is_admin=False, actor_is_owner=False)
    check_ban_permission(ban=False, target_is_owner=True, target_is_admin=False, actor_is_owner=True)
    check_ban_permission(ban=True, target_is_owner=False, target_is_admin=True, actor_is_owner=True)
    with pytest.raises(DomainError, match="owner can't be banned"):
        check_ban_permission(ban=True, target_is_owner=True, target_is_admin=False, actor_is_owner=True)
    for ban in (True, False):
        with pytest.raises(DomainError, match="Only the ladder's owner"):
            check_ban_permission(ban=ban, target_is_owner=False, target_is_admin=True, actor_is_owner=False)


def test_aborts_left_within_the_allowance() -> None:
    assert check_aborts_left(0, 3) == 0 and check_aborts_left(3, 3) == 3
    for bad in (-1, 4, True, 1.5):
        with pytest.raises(DomainError, match="from 0 to 3"):
            check_aborts_left(bad, 3)


def test_a_player_reference_names_an_id_by_mention_or_digits() -> None:
    assert discord_id_in(player_reference(" <@123456789012345678> ")) == 123456789012345678
    assert discord_id_in(player_reference("<@!123456789012345678>")) == 123456789012345678
    assert discord_id_in(player_reference("123456789012345678")) == 123456789012345678
    assert discord_id_in(player_reference("@Alice")) is None and player_reference("@Alice") == "Alice"
    assert discord_id_in("12345") is None  # too short for a Discord id: a name
    with pytest.raises(DomainError, match="Name a player"):
        player_reference("  @ ")
