from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from evoladder.rules.ranks import LETTERS, RankEntry, assign_ranks, letter_for_position, rank_counts

NOW = datetime(2026, 11, 22, 12, tzinfo=UTC)
T0 = datetime(2026, 1, 1, tzinfo=UTC)


def entry(key: int, mmr: int, *, games: int = 5, days_ago: float = 1, created: int = 0) -> RankEntry:
    return RankEntry(key, mmr, games, NOW - timedelta(days=days_ago), T0 + timedelta(seconds=created))


@pytest.mark.parametrize(
    ("n", "expected"),
    [
        (0, dict.fromkeys(LETTERS, 0)),
        (1, {"S": 0, "A": 0, "B": 0, "C": 0, "D": 1, "E": 0, "F": 0}),
        (10, {"S": 0, "A": 0, "B": 2, "C": 3, "D": 3, "E": 2, "F": 0}),
        (50, {"S": 0, "A": 3, "B": 10, "C": 11, "D": 11, "E": 11, "F": 4}),
        (1000, {"S": 10, "A": 70, "B": 210, "C": 210, "D": 210, "E": 210, "F": 80}),
    ],
)
def test_rank_counts_floors_and_leftovers(n: int, expected: dict[str, int]) -> None:
    # 10: floors S0 A0 B2 C2 D2 E2 F0 = 8; the 2 leftovers go to D then C.
    # 50: floors S0 A3 B10 C10 D10 E10 F4 = 47; the 3 leftovers go to D, C, E.
    assert rank_counts(n) == expected


def test_leftover_order_is_d_c_e_b_a_f_s() -> None:
    # 6 entries: every floor is 0 except B/C/D/E (1.26 → 1) = 4; 2 leftovers go to D then C.
    assert rank_counts(6) == {"S": 0, "A": 0, "B": 1, "C": 2, "D": 2, "E": 1, "F": 0}
    # 3 entries: all floors 0; leftovers D, C, E.
    assert rank_counts(3) == {"S": 0, "A": 0, "B": 0, "C": 1, "D": 1, "E": 1, "F": 0}
    # 7 entries: floors B/C/D/E 1 each = 4; leftovers D, C, E.
    assert rank_counts(7) == {"S": 0, "A": 0, "B": 1, "C": 2, "D": 2, "E": 2, "F": 0}


@given(st.integers(min_value=0, max_value=200_000))
def test_counts_add_up(n: int) -> None:
    counts = rank_counts(n)
    assert sum(counts.values()) == n
    assert all(v >= 0 for v in counts.values())


def test_letter_for_position_walks_the_bands() -> None:
    counts = rank_counts(100)  # S1 A7 B21 C21 D21 E21 F8
    assert letter_for_position(0, counts) == "S"
    assert letter_for_position(1, counts) == "A"
    assert letter_for_position(8, counts) == "B"
    assert letter_for_position(99, counts) == "F"
    with pytest.raises(IndexError):
        letter_for_position(100, counts)


def test_unranked_without_games_or_inactive() -> None:
    entries = [
        entry(1, 1600),
        entry(2, 1700, games=0),
        entry(3, 1800, days_ago=14.5),
        entry(4, 1500, days_ago=14),
    ]
    ranks = assign_ranks(entries, NOW)
    assert ranks[2] is None and ranks[3] is None
    assert ranks[1] is not None and ranks[4] is not None


def test_ties_more_recent_game_first_then_older_entry() -> None:
    # 100 entries with distinct MMRs except three tied at the top.
    entries = [entry(i, 1000 + i) for i in range(97)]
    entries += [
        entry(1000, 3000, days_ago=3, created=1),
        entry(1001, 3000, days_ago=1, created=5),  # most recent game: first
        entry(1002, 3000, days_ago=3, created=0),  # same game time as 1000, older entry: before it
    ]
    ranks = assign_ranks(entries, NOW)
    assert ranks[1001] == "S"
    assert ranks[1002] == "A" and ranks[1000] == "A"
    ordering = sorted(entries, key=lambda e: (-e.mmr, -e.last_played_at.timestamp(), e.created_at))  # type: ignore[union-attr]
    assert [e.key for e in ordering[:3]] == [1001, 1002, 1000]


@pytest.mark.parametrize("n", [0, 1, 10, 50, 1000])
def test_ladders_of_every_size(n: int) -> None:
    entries = [entry(i, 1500 + (i * 7919) % 1000, created=i) for i in range(n)]
    ranks = assign_ranks(entries, NOW)
    assert Counter(v for v in ranks.values() if v) == {k: v for k, v in rank_counts(n).items() if v}
    # Better MMR never gets a worse letter.
    by_mmr = sorted(entries, key=lambda e: -e.mmr)
    letters = [LETTERS.index(ranks[e.key]) for e in by_mmr]  # type: ignore[arg-type]
    assert letters == sorted(letters)
