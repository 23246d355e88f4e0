"""Map choice: random among the season pool minus both players' vetoes; if every map is vetoed,
random among the least-vetoed maps."""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Iterable, Sequence


def candidate_maps(pool: Sequence[str], *vetoes: Iterable[str]) -> list[str]:
    """The maps a match may be played on, given each player's vetoes (pool order kept)."""
    counts: Counter[str] = Counter()
    for player_vetoes in vetoes:
        counts.update(set(player_vetoes) & set(pool))
    fewest = min(counts.get(m, 0) for m in pool)
    return [m for m in pool if counts.get(m, 0) == fewest]


def choose_map(
    pool: Sequence[str], vetoes_a: Iterable[str], vetoes_b: Iterable[str], rng: random.Random
) -> str:
    if not pool:
        raise ValueError("the map pool is empty")
    return rng.choice(candidate_maps(pool, vetoes_a, vetoes_b))
