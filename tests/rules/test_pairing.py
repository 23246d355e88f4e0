from __future__ import annotations

import pytest

from evoladder.rules.errors import DomainError
from evoladder.rules.pairing import check_pair, check_venue

BW = frozenset({"bw_zerg"})


def test_a_good_pair_passes() -> None:
    check_pair(1, "bw_zerg", ("bw_zerg",), 2, "sc2_zerg", ("sc2_zerg",), bw_races=BW)


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        ((1, "bw_zerg", ("bw_zerg",), 1, "sc2_zerg", ("sc2_zerg",)), "themself"),
        ((1, "bw_zerg", None, 2, "sc2_zerg", ("sc2_zerg",)), "not in the queue"),
        ((1, "bw_zerg", ("sc2_zerg",), 2, "sc2_zerg", ("sc2_zerg",)), "did not queue as"),
        ((1, "sc2_zerg", ("sc2_zerg",), 2, "sc2_zerg", ("sc2_zerg",)), "one Brood War race against"),
    ],
)
def test_bad_pairs_are_refused(args: tuple[object, ...], fragment: str) -> None:
    with pytest.raises(DomainError, match=fragment):
        check_pair(*args, bw_races=BW)  # type: ignore[arg-type]


def test_venue() -> None:
    check_venue("m", "s", map_pool={"m"}, servers={"s"})
    with pytest.raises(DomainError, match="map pool"):
        check_venue("x", "s", map_pool={"m"}, servers={"s"})
    with pytest.raises(DomainError, match="Unknown server"):
        check_venue("m", "x", map_pool={"m"}, servers={"s"})
