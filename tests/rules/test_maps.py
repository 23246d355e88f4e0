from __future__ import annotations

import random
from collections import Counter

from evoladder.rules.maps import candidate_maps, choose_map

POOL = ["A", "B", "C", "D", "E"]


def test_vetoed_maps_are_never_chosen() -> None:
    rng = random.Random(1)
    picks = Counter(choose_map(POOL, ["A", "B"], ["C", "B"], rng) for _ in range(500))
    assert set(picks) == {"D", "E"}


def test_every_map_vetoed_falls_back_to_least_vetoed() -> None:
    assert candidate_maps(POOL, ["A", "B", "C"], ["C", "D", "E"]) == ["A", "B", "D", "E"]
    assert candidate_maps(["A", "B"], ["A", "B"], ["A"]) == ["B"]


def test_vetoes_outside_the_pool_are_ignored() -> None:
    assert candidate_maps(POOL, ["Z"], []) == POOL


def test_choice_is_deterministic_for_a_seed() -> None:
    assert choose_map(POOL, [], [], random.Random(7)) == choose_map(POOL, [], [], random.Random(7))
