from __future__ import annotations

import pytest

from evoladder.rules.errors import DomainError
from evoladder.rules.notices import check_notice, check_quick_start, needs_quick_start, shield_battery_applies


def test_only_a_new_player_who_did_not_read_the_guide_is_held_back() -> None:
    assert needs_quick_start(acknowledged=False, has_played=False)
    assert not needs_quick_start(acknowledged=True, has_played=False)
    assert not needs_quick_start(acknowledged=False, has_played=True)  # played before the gate existed
    with pytest.raises(DomainError, match="quick-start guide"):
        check_quick_start(needed=True)
    check_quick_start(needed=False)


def test_the_shield_battery_notice_is_for_brood_war_protoss_matches() -> None:
    assert shield_battery_applies(("bw_protoss", "sc2_terran"))
    assert not shield_battery_applies(("bw_zerg", "sc2_protoss"))  # StarCraft II Protoss has no such battery


def test_unknown_notices_are_refused() -> None:
    assert check_notice("shield_battery") == "shield_battery"
    with pytest.raises(DomainError, match="Unknown notice"):
        check_notice("cookies")
