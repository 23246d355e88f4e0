from __future__ import annotations

import pytest

from evoladder.rules.errors import DomainError
from evoladder.rules.queueing import check_can_queue, pick_races, pick_vetoes, side_of

BW, SC2 = ("bw_zerg", "bw_terran"), ("sc2_zerg", "sc2_terran")
KNOWN = (*BW, *SC2)


@pytest.mark.parametrize(
    ("facts", "fragment"),
    [
        ({"banned": True, "registered": True, "queued": False, "open_match_id": None}, "banned"),
        ({"banned": False, "registered": False, "queued": False, "open_match_id": None}, "/setup"),
        ({"banned": False, "registered": True, "queued": True, "open_match_id": None}, "already"),
        ({"banned": False, "registered": True, "queued": False, "open_match_id": 7}, "match #7"),
    ],
)
def test_who_may_queue(facts: dict[str, object], fragment: str) -> None:
    with pytest.raises(DomainError, match=fragment):
        check_can_queue(**facts)  # type: ignore[arg-type]


def test_a_clean_player_may_queue() -> None:
    check_can_queue(banned=False, registered=True, queued=False, open_match_id=None)


def test_races_are_one_per_game_brood_war_first() -> None:
    assert pick_races(["sc2_zerg", "bw_zerg", "bw_zerg"], known=KNOWN, bw=BW, sc2=SC2) == (
        "bw_zerg",
        "sc2_zerg",
    )
    with pytest.raises(DomainError, match="one Brood War race"):
        pick_races(["bw_zerg", "bw_terran"], known=KNOWN, bw=BW, sc2=SC2)
    with pytest.raises(DomainError, match="Unknown race"):
        pick_races(["elves"], known=KNOWN, bw=BW, sc2=SC2)
    with pytest.raises(DomainError, match="one Brood War race"):
        pick_races([], known=KNOWN, bw=BW, sc2=SC2)


def test_vetoes_come_from_the_pool_up_to_the_limit() -> None:
    assert pick_vetoes(["a", "a", "b"], pool=("a", "b", "c"), max_vetoes=2) == ("a", "b")
    with pytest.raises(DomainError, match="at most 1"):
        pick_vetoes(["a", "b"], pool=("a", "b"), max_vetoes=1)
    with pytest.raises(DomainError, match="map pool"):
        pick_vetoes(["z"], pool=("a",), max_vetoes=4)


def test_sides() -> None:
    assert side_of(("bw_zerg",), BW) == "bw"
    assert side_of(("sc2_zerg",), BW) == "sc2"
    assert side_of(("bw_zerg", "sc2_zerg"), BW) == "both"
