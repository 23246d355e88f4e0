"""Letter ranks per (player, race).

Ranked: at least one game and the last game within the activity window (14 days). Among ranked
entries sorted best first (MMR desc; ties: more recent last game first, then older entry first), the
shares S 1 %, A 7 %, B 21 %, C 21 %, D 21 %, E 21 %, F 8 % are each rounded down, and the leftover
slots go one each to D, C, E, B, A, F, S in that order.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

LETTERS = "SABCDEF"
DEFAULT_SHARES: tuple[float, ...] = (1, 7, 21, 21, 21, 21, 8)
DEFAULT_LEFTOVER_ORDER = "DCEBAFS"


def rank_counts(
    n: int, shares_percent: Sequence[float] = DEFAULT_SHARES, leftover_order: str = DEFAULT_LEFTOVER_ORDER
) -> dict[str, int]:
    """How many of ``n`` ranked entries get each letter."""
    if n < 0:
        raise ValueError("n must not be negative")
    counts = {
        letter: math.floor(n * share / 100 + 1e-9)
        for letter, share in zip(LETTERS, shares_percent, strict=True)
    }
    leftover = n - sum(counts.values())
    order = leftover_order
    i = 0
    while leftover > 0:  # at most 6 with 7 floors, but stay correct for any shares
        counts[order[i % len(order)]] += 1
        leftover -= 1
        i += 1
    return counts


def letter_for_position(position: int, counts: dict[str, int]) -> str:
    """The letter of the entry at 0-based ``position`` among ranked entries sorted best first."""
    edge = 0
    for letter in LETTERS:
        edge += counts[letter]
        if position < edge:
            return letter
    raise IndexError(f"position {position} is outside the {edge} ranked entries")


def is_ranked(games: int, last_played_at: datetime | None, now: datetime, activity_days: int = 14) -> bool:
    return games >= 1 and last_played_at is not None and now - last_played_at <= timedelta(days=activity_days)


@dataclass(frozen=True, slots=True)
class RankEntry:
    key: Hashable
    mmr: int
    games: int
    last_played_at: datetime | None
    created_at: datetime


def sort_key(entry: RankEntry) -> tuple[float, float, float]:
    """Best first: higher MMR, then more recent last game, then older entry."""
    last = entry.last_played_at.timestamp() if entry.last_played_at else float("-inf")
    return (-entry.mmr, -last, entry.created_at.timestamp())


def assign_ranks(
    entries: Iterable[RankEntry],
    now: datetime,
    shares_percent: Sequence[float] = DEFAULT_SHARES,
    leftover_order: str = DEFAULT_LEFTOVER_ORDER,
    activity_days: int = 14,
) -> dict[Hashable, str | None]:
    """Reference implementation over a whole list: key → letter, or None for unranked entries."""
    all_entries = list(entries)
    ranked = sorted(
        (e for e in all_entries if is_ranked(e.games, e.last_played_at, now, activity_days)),
        key=lambda e: (*sort_key(e), str(e.key)),
    )
    counts = rank_counts(len(ranked), shares_percent, leftover_order)
    result: dict[Hashable, str | None] = {e.key: None for e in all_entries}
    for position, entry in enumerate(ranked):
        result[entry.key] = letter_for_position(position, counts)
    return result
