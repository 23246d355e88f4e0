from __future__ import annotations

from evoladder.store.state import LadderState
from tests.store.state.helpers import assert_full_rows, fresh, in_progress, refused, register
from tests.store.state.model import GAME_DATA, SETTINGS, START


def test_an_acknowledgement_is_stored_once_and_survives_a_reload_and_a_replay() -> None:
    state = fresh()
    register(state, 1, "Alpha")
    assert state.needs_quick_start(1)
    outcome, changes = state.acknowledge_notice(1, "quick_start", now=START)
    assert outcome.notice == "quick_start" and [c.table for c in changes] == ["notice_acks"]
    assert_full_rows(changes)
    _, again = state.acknowledge_notice(1, "quick_start", now=START)
    assert again == [] and not state.needs_quick_start(1)
    refused(state, "Unknown notice", "acknowledge_notice", 1, "cookies", now=START)
    refused(state, "not registered", "acknowledge_notice", 99, "quick_start", now=START)

    reloaded = LadderState(SETTINGS, GAME_DATA)
    reloaded.load("notice_acks", state.export("notice_acks"))
    reloaded.finish_load(START)
    replayed = LadderState(SETTINGS, GAME_DATA)
    replayed.finish_load(START)
    for change in changes:
        replayed.apply_change(change)
    for other in (reloaded, replayed):
        assert other.acknowledged(1, "quick_start") and not other.acknowledged(1, "shield_battery")


def test_a_player_who_has_played_needs_no_quick_start() -> None:
    state = fresh()
    in_progress(state)
    assert not state.needs_quick_start(1) and not state.needs_quick_start(2)
