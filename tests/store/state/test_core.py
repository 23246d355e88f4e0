"""Each ``LadderState`` transition: its effect, its row changes, and every refusal (state untouched)."""

from __future__ import annotations

from evoladder.store.state import LadderState
from tests.store.state.helpers import BW, fresh, register
from tests.store.state.model import GAME_DATA, SETTINGS, START


def test_idempotency_key_returns_the_remembered_outcome_without_change() -> None:
    state = fresh()
    register(state, 1, "Alpha")
    first, changes = state.join_queue(1, [BW[0]], [], now=START, idempotency_key="click-1")
    assert any(c.table == "idempotency_keys" for c in changes)
    assert state.join_queue(1, [BW[0]], [], now=START, idempotency_key="click-1") == (first, [])
    assert state.remembered("click-1") == first


def test_ids_continue_after_the_loaded_maximum() -> None:
    state = LadderState(SETTINGS, GAME_DATA)
    state.set_next_ids(log_id=41, action_id=None)
    state.finish_load(START)
    state.touch_player(1, "one", now=START)
    _, changes = state.accept_terms(1, now=START)
    assert changes[0].row["log_id"] == 42
