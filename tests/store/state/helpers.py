"""Building blocks for the ladder-state tests: a fresh state, registered players, a live match."""

from __future__ import annotations

from typing import Any

import pytest

from evoladder.rules.errors import DomainError
from evoladder.store.rows import TABLES, Change
from evoladder.store.state import LadderState
from tests.store.state.model import GAME_DATA, MAP, SERVER, SETTINGS, START

BW, SC2 = GAME_DATA.races_of("bw"), GAME_DATA.races_of("sc2")
ADMIN = 900


def fresh() -> LadderState:
    state = LadderState(SETTINGS, GAME_DATA)
    state.finish_load(START)
    return state


def register(state: LadderState, uid: int, name: str, *, country: str = "KR") -> None:
    state.touch_player(uid, f"d{uid}", now=START)
    state.accept_terms(uid, now=START)
    state.setup(
        uid, player_name=name, battletag=f"{name}#123", alt_names=[], country=country, region="KRJ", now=START
    )


def in_progress(state: LadderState, a: int = 1, b: int = 2) -> int:
    for uid, name in ((a, f"Pl{'abcdefgh'[a]}"), (b, f"Pl{'abcdefgh'[b]}")):
        if state.player(uid) is None:
            register(state, uid, name)
    state.join_queue(a, [BW[0]], [], now=START)
    state.join_queue(b, [SC2[0]], [], now=START)
    outcome, _ = state.create_match(a, BW[0], b, SC2[0], map_name=MAP, server=SERVER, now=START)
    match_id: int = outcome.match_id
    state.confirm_match(match_id, a, now=START)
    state.confirm_match(match_id, b, now=START)
    return match_id


def refused(state: LadderState, fragment: str, name: str, *args: Any, **kwargs: Any) -> None:
    before = {t: list(state.export(t)) for t in ("players", "mmrs", "queue_entries", "matches", "replays")}
    with pytest.raises(DomainError) as info:
        getattr(state, name)(*args, **kwargs)
    assert fragment in str(info.value)
    assert {t: list(state.export(t)) for t in before} == before


def assert_full_rows(changes: list[Change]) -> None:
    for change in changes:
        columns = TABLES[change.table].column_names
        if change.op == "upsert":
            assert tuple(change.row) == columns, change.table
        else:
            assert set(change.row) == set(TABLES[change.table].key)
