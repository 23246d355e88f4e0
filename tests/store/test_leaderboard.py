"""The incremental leaderboard against a brute-force reference built from ``rules.ranks``."""

from __future__ import annotations

import math
import random
from datetime import datetime, timedelta
from unittest.mock import patch

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from evoladder.rules import ranks
from evoladder.store import sorted_union
from evoladder.store.leaderboard import PER_PAGE, UNRANKED, Leaderboard
from evoladder.store.records import Mmr
from tests.store.state.model import GAME_DATA, START

RACES = tuple(GAME_DATA.races)
COUNTRIES = ("KR", "DE", "US")


def make_entries(rng: random.Random, n_players: int) -> tuple[list[Mmr], dict[int, str | None]]:
    records = []
    countries: dict[int, str | None] = {}
    for uid in range(1, n_players + 1):
        countries[uid] = rng.choice(COUNTRIES)
        for race in rng.sample(RACES, rng.randint(1, 3)):
            games = rng.choice((0, 1, 5))
            records.append(
                Mmr(
                    uid,
                    race,
                    rng.choice((1400, 1500, 1600, rng.randint(1000, 2000))),
                    games,
                    games,
                    0,
                    0,
                    START - timedelta(days=rng.choice((0, 1, 13, 20)), hours=rng.choice((0, 5)))
                    if games
                    else None,
                    START - timedelta(days=100 - uid % 3),
                )
            )
    return records, countries


def reference(
    records: list[Mmr], countries: dict[int, str | None], now: datetime
) -> list[tuple[int, str, str | None]]:
    """Every listed entry best first, as ``(uid, race, letter)``: ranked by the rules, then unranked."""
    entries = [
        ranks.RankEntry(
            f"{r.discord_uid:08d}:{RACES.index(r.race)}", r.mmr, r.games, r.last_played_at, r.created_at
        )
        for r in records
        if r.games > 0
    ]
    letters = ranks.assign_ranks(entries, now)

    def order(e: ranks.RankEntry) -> tuple[object, ...]:
        return (letters[e.key] is None, *ranks.sort_key(e), str(e.key))

    out = []
    for e in sorted(entries, key=order):
        uid_text, race_index = str(e.key).split(":")
        out.append((int(uid_text), RACES[int(race_index)], letters[e.key]))
    return out


def nested(records: list[Mmr]) -> dict[int, dict[str, Mmr]]:
    out: dict[int, dict[str, Mmr]] = {}
    for rec in records:
        out.setdefault(rec.discord_uid, {})[rec.race] = rec
    return out


def listed(board: Leaderboard, **filters: object) -> list[tuple[int, str, str | None]]:
    first = board.page(1, **filters)  # type: ignore[arg-type]
    rows = list(first.entries)
    for page in range(2, first.pages + 1):
        rows.extend(board.page(page, **filters).entries)  # type: ignore[arg-type]
    assert len(rows) == first.total and first.pages == max(1, math.ceil(first.total / PER_PAGE))
    return [(e.discord_uid, e.race, e.letter) for e in rows]


def check_all_filters(
    board: Leaderboard, records: list[Mmr], countries: dict[int, str | None], now: datetime
) -> None:
    ref = reference(records, countries, now)
    assert listed(board, unranked=True) == ref
    for uid, race, letter in ref:  # the profile's way of reading letters agrees with the pages'
        assert board.letters(uid, (race,)) == {race: letter}
    assert listed(board) == [row for row in ref if row[2] is not None]  # unranked hidden by default
    best: dict[int, tuple[int, str, str | None]] = {}
    for row in ref:
        best.setdefault(row[0], row)
    for chosen_countries in ((), ("KR",), ("KR", "US")):
        for chosen_races in ((), (RACES[0],), (RACES[0], RACES[3], RACES[5])):
            for rank, unranked in ((None, False), (None, True), ("D", False), (UNRANKED, False)):
                for best_only in (False, True):
                    expected = [
                        row
                        for row in ref
                        if (not chosen_countries or countries[row[0]] in chosen_countries)
                        and (not chosen_races or row[1] in chosen_races)
                        and (
                            (rank is None and (unranked or row[2] is not None))
                            or (rank is not None and row[2] == (None if rank == UNRANKED else rank))
                        )
                        and (not best_only or best[row[0]] == row)
                    ]
                    got = listed(
                        board,
                        countries=chosen_countries,
                        races=chosen_races,
                        rank=rank,
                        unranked=unranked,
                        best_only=best_only,
                    )
                    assert got == expected, (chosen_countries, chosen_races, rank, unranked, best_only)


@settings(max_examples=40, deadline=None)
@given(seed=st.integers(0, 10_000), per_page=st.integers(1, 7), walk=st.booleans())
def test_a_page_of_several_races_and_countries_is_the_slice_of_their_merged_order(
    seed: int, per_page: int, walk: bool
) -> None:
    """Every page of a multi-filter, at small page sizes so both ways to a page (merging from the
    top, or selecting the page's first key) run at every offset."""
    with patch.object(sorted_union, "WALK_LIMIT", 10**9 if walk else 0):
        check_multi_filter_pages(seed, per_page)


def check_multi_filter_pages(seed: int, per_page: int) -> None:
    records, countries = make_entries(random.Random(seed), 30)
    board = Leaderboard(RACES)
    board.build(nested(records), countries, START)
    chosen = {"KR", "US"}
    expected = [
        row
        for row in reference(records, countries, START)
        if countries[row[0]] in chosen and row[1] in RACES[:3]
    ]
    first = board.page(1, countries=chosen, races=RACES[:3], unranked=True, per_page=per_page)
    got = list(first.entries)
    for page in range(2, first.pages + 1):
        got += board.page(page, countries=chosen, races=RACES[:3], unranked=True, per_page=per_page).entries
    assert [(e.discord_uid, e.race, e.letter) for e in got] == expected


@settings(max_examples=25, deadline=None)
@given(seed=st.integers(0, 10_000), n_players=st.integers(1, 60))
def test_build_matches_the_reference_for_every_filter(seed: int, n_players: int) -> None:
    records, countries = make_entries(random.Random(seed), n_players)
    board = Leaderboard(RACES)
    board.build(nested(records), countries, START)
    check_all_filters(board, records, countries, START)


@settings(max_examples=15, deadline=None)
@given(seed=st.integers(0, 10_000))
def test_incremental_updates_and_time_passing_match_the_reference(seed: int) -> None:
    rng = random.Random(seed)
    records, countries = make_entries(rng, 40)
    board = Leaderboard(RACES)
    board.build(nested(records), countries, START)
    now = START
    for _ in range(30):
        action = rng.random()
        if action < 0.6:
            rec = rng.choice(records)
            rec.mmr += rng.randint(-40, 40)
            rec.games += 1
            rec.wins += 1
            rec.last_played_at = now
            board.update(rec)
        elif action < 0.8:
            uid = rng.randint(1, 40)
            countries[uid] = rng.choice(COUNTRIES)
            board.set_country(uid, countries[uid])
        else:
            now += timedelta(days=rng.choice((1, 3, 7)))
            board.advance(now)
    check_all_filters(board, records, countries, now)


def test_letters_move_after_one_mmr_change() -> None:
    records = [Mmr(uid, RACES[0], 1500 + uid, 1, 1, 0, 0, START, START) for uid in range(1, 101)]
    board = Leaderboard(RACES)
    board.build(nested(records), dict.fromkeys(range(1, 101), "KR"), START)
    assert board.letter(100, RACES[0]) == "S" and board.letter(1, RACES[0]) == "F"
    records[0].mmr = 3000
    board.update(records[0])
    assert board.letter(1, RACES[0]) == "S" and board.letter(100, RACES[0]) == "A"
    assert board.page(1, rank="S").entries[0].discord_uid == 1


def test_entries_leave_the_ranked_set_after_the_activity_window() -> None:
    records = [Mmr(1, RACES[0], 1500, 1, 1, 0, 0, START, START)]
    board = Leaderboard(RACES, activity_days=14)
    board.build(nested(records), {1: "KR"}, START)
    board.advance(START + timedelta(days=14))
    assert board.letter(1, RACES[0]) is not None
    board.advance(START + timedelta(days=14, seconds=1))
    assert board.letter(1, RACES[0]) is None
    assert board.page(1, rank=UNRANKED).total == 1 and board.ranked_count() == 0


def test_unknown_filters_are_refused_or_empty() -> None:
    board = Leaderboard(RACES)
    board.build({}, {}, START)
    with pytest.raises(ValueError, match="unknown race"):
        board.page(1, races=["elves"])
    assert board.page(3, countries=["FR"]).total == 0


def test_time_going_back_a_little_is_ignored_and_a_clock_step_back_rebuilds() -> None:
    records = [Mmr(1, RACES[0], 1500, 1, 1, 0, 0, START, START)]
    board = Leaderboard(RACES, activity_days=14)
    board.build(nested(records), {1: "KR"}, START + timedelta(days=15))
    assert board.letter(1, RACES[0]) is None
    board.advance(START + timedelta(days=15) - timedelta(seconds=1))  # a slightly older `now`
    assert board.letter(1, RACES[0]) is None and board.as_of == START + timedelta(days=15)
    board.advance(START + timedelta(days=1))  # the clock really went back: ranked again
    assert board.letter(1, RACES[0]) == "D"


def test_countries_are_those_with_a_listed_entry_as_players_move() -> None:
    records = [
        Mmr(1, RACES[0], 1500, 1, 1, 0, 0, START, START),
        Mmr(2, RACES[1], 1500, 0, 0, 0, 0, None, START),
    ]
    board = Leaderboard(RACES)
    board.build(nested(records), {1: "KR", 2: "US"}, START)
    assert board.countries() == ["KR"]  # player 2 has no game: not listed
    board.set_country(1, "DE")
    assert board.countries() == ["DE"]
    records[1].games, records[1].wins, records[1].last_played_at = 1, 1, START
    board.update(records[1])
    assert sorted(board.countries()) == ["DE", "US"]
