"""Each ``LadderState`` transition: its effect, its row changes, and every refusal (state untouched)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from evoladder.rules.events import MatchConflict, OpponentReported, UploadReminder
from evoladder.store.state import LadderState
from evoladder.store.state.outcomes import (
    ConfirmExpired,
    MatchUpdated,
)
from tests.store.state.helpers import ADMIN, BW, SC2, assert_full_rows, fresh, in_progress, refused, register
from tests.store.state.model import GAME_DATA, MAP, SERVER, SETTINGS, START


def test_create_match_refusals_and_effect() -> None:
    state = fresh()
    register(state, 1, "Alpha")
    register(state, 2, "Bravo")
    state.join_queue(1, [BW[0]], [], now=START)
    refused(
        state, "not in the queue", "create_match", 1, BW[0], 2, SC2[0], map_name=MAP, server=SERVER, now=START
    )
    state.join_queue(2, [SC2[0]], [], now=START)
    refused(
        state, "did not queue as", "create_match", 1, BW[1], 2, SC2[0], map_name=MAP, server=SERVER, now=START
    )
    refused(state, "themself", "create_match", 1, BW[0], 1, SC2[0], map_name=MAP, server=SERVER, now=START)
    outcome, changes = state.create_match(1, BW[0], 2, SC2[0], map_name=MAP, server=SERVER, now=START)
    assert_full_rows(changes)
    match = state.match(outcome.match_id)
    assert match is not None and match.mmr_a_before == SETTINGS.mmr_start and match.status == "found"
    assert state.open_match(1) is match and state.queue_counts().total == 0
    refused(state, "finish it before queueing", "join_queue", 1, [BW[0]], [], now=START)


def test_agreeing_reports_complete_once_and_move_mmr() -> None:
    state = fresh()
    match_id = in_progress(state)
    refused(state, "not a player", "report_result", match_id, 99, "win", now=START)
    state.report_result(match_id, 1, "win", now=START)
    outcome, changes = state.report_result(match_id, 2, "loss", now=START)
    assert outcome == MatchUpdated(status="completed", result="a", delta_a=20, delta_b=-20)
    assert_full_rows(changes)
    assert state.mmr(1, BW[0]).mmr == 1520 and state.mmr(2, SC2[0]).mmr == 1480  # type: ignore[union-attr]
    refused(state, "can't be changed", "report_result", match_id, 2, "win", now=START)
    assert state.open_match(1) is None and state.rank(1, BW[0], START) is not None


def test_abort_spends_the_allowance_until_none_left() -> None:
    state = fresh()
    for _ in range(SETTINGS.aborts_per_month):
        register(state, 1, "Alpha") if state.player(1) is None else None
        match_id = in_progress(state)
        outcome, _ = state.abort_match(match_id, 1, now=START)
        assert outcome.status == "aborted"
    assert state.aborts_left(1, START) == 0
    match_id = in_progress(state)
    refused(state, "no aborts left", "abort_match", match_id, 1, now=START)
    assert state.aborts_left(1, START + timedelta(days=5)) == SETTINGS.aborts_per_month  # next month
    state.admin_set_aborts(1, SETTINGS.aborts_per_month, admin_uid=ADMIN, reason="server outage", now=START)
    assert state.aborts_left(1, START) == SETTINGS.aborts_per_month


def test_confirm_timeout_and_report_deadline() -> None:
    state = fresh()
    register(state, 1, "Alpha")
    register(state, 2, "Bravo")
    state.join_queue(1, [BW[0]], [], now=START)
    state.join_queue(2, [SC2[0]], [], now=START)
    outcome, _ = state.create_match(1, BW[0], 2, SC2[0], map_name=MAP, server=SERVER, now=START)
    state.confirm_match(outcome.match_id, 1, now=START)
    refused(state, "already confirmed", "confirm_match", outcome.match_id, 1, now=START)
    result, _ = state.confirm_timeout(outcome.match_id, now=START)
    assert result == ConfirmExpired(status="cancelled", unconfirmed=(2,)) and state.aborts_left(2, START) == 3
    match_id = in_progress(state)
    state.report_result(match_id, 2, "win", now=START)
    result, _ = state.report_deadline(match_id, now=START)
    # One player's word is not a result: the admins get it with the evidence, and no MMR moves.
    assert result.status == "conflict" and result.result is None
    (dispute,) = result.events
    assert isinstance(dispute, MatchConflict) and dispute.evidence["end_reason"] == "lone_report_at_deadline"
    assert state.mmr(2, SC2[0]) is None and state.conflict_matches()[0].match_id == match_id


def replay_args(uploaded_by: int, verdict: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"uploaded_by": uploaded_by, "path": "p", "summary": {"x": 1}, "verdict": verdict or {"ok": True}}


def test_replay_settles_and_a_counted_replay_is_refused_elsewhere() -> None:
    state = fresh()
    match_id = in_progress(state)
    outcome, changes = state.attach_replay(
        match_id, replay_hash="h1", result="a", now=START, **replay_args(1)
    )
    assert outcome.status == "completed" and state.replay("h1").summary == {"x": 1}  # type: ignore[union-attr]
    assert [r.replay_hash for r in state.match_replays(match_id)] == ["h1"]
    assert_full_rows(changes)
    other = in_progress(state, 3, 4)
    refused(
        state,
        f"already the evidence of match #{match_id}",
        "attach_replay",
        other,
        replay_hash="h1",
        result=None,
        now=START,
        **replay_args(3),
    )


def test_each_players_replay_is_kept_and_a_replaced_one_can_be_sent_again() -> None:
    state = fresh()
    match_id = in_progress(state)
    unverified = {"ok": False, "checks": [{"name": "mod", "status": "fail", "reason": "unofficial"}]}
    state.attach_replay(match_id, replay_hash="a1", result=None, now=START, **replay_args(1, unverified))
    state.attach_replay(match_id, replay_hash="b1", result=None, now=START, **replay_args(2, unverified))
    assert [r.replay_hash for r in state.match_replays(match_id)] == ["a1", "b1"]
    state.attach_replay(match_id, replay_hash="a2", result=None, now=START, **replay_args(1, unverified))
    assert state.replay_of(match_id, 1).replay_hash == "a2"  # type: ignore[union-attr]
    assert state.replay("a1").match_id is None  # type: ignore[union-attr]  # kept, but freed
    again, _ = state.attach_replay(
        match_id, replay_hash="a1", result=None, now=START, **replay_args(1, unverified)
    )
    assert again.status == "in_progress" and state.replay_of(match_id, 1).replay_hash == "a1"  # type: ignore[union-attr]
    assert state.replay("a2").match_id is None  # type: ignore[union-attr]


def test_strict_mode_refuses_a_report_until_the_reporters_replay_is_verified() -> None:
    state = LadderState(SETTINGS.model_copy(update={"result_needs_replay": True}), GAME_DATA)
    state.finish_load(START)
    match_id = in_progress(state)
    refused(
        state, "once your replay of this game is verified", "report_result", match_id, 1, "win", now=START
    )
    unverified = {"ok": False, "checks": []}
    state.attach_replay(match_id, replay_hash="a1", result=None, now=START, **replay_args(1, unverified))
    refused(
        state, "once your replay of this game is verified", "report_result", match_id, 1, "win", now=START
    )
    # A verified replay with no winner recorded: the reports decide, and the report is now open.
    state.attach_replay(match_id, replay_hash="a2", result=None, now=START, **replay_args(1))
    outcome, _ = state.report_result(match_id, 1, "win", now=START)
    assert outcome.status == "in_progress"


def test_a_report_without_a_replay_reminds_the_reporter_to_upload() -> None:
    state = fresh()
    match_id = in_progress(state)
    outcome, _ = state.report_result(match_id, 1, "win", now=START)
    assert outcome.events == (OpponentReported(match_id, 2, "win"), UploadReminder(match_id, 1))
    state.attach_replay(match_id, replay_hash="b1", result=None, now=START, **replay_args(2, {"ok": False}))
    outcome, _ = state.report_result(match_id, 2, "loss", now=START)
    assert not any(isinstance(e, UploadReminder) for e in outcome.events)


def test_replay_can_be_added_to_a_completed_match_but_not_a_cancelled_or_unconfirmed_one() -> None:
    state = fresh()
    match_id = in_progress(state)
    state.report_result(match_id, 1, "win", now=START)
    state.report_result(match_id, 2, "loss", now=START)
    kwargs: dict[str, Any] = {"uploaded_by": 2, "path": "p", "summary": {}, "verdict": {}, "result": "b"}
    outcome, _ = state.attach_replay(match_id, replay_hash="late", now=START, **kwargs)
    assert outcome.result == "a"  # stored as evidence; it does not re-decide a completed match
    other = in_progress(state, 3, 4)
    state.report_deadline(other, now=START)
    refused(
        state,
        "takes no replay",
        "attach_replay",
        other,
        replay_hash="x",
        now=START,
        **{**kwargs, "uploaded_by": 3},
    )
    state.join_queue(3, [BW[0]], [], now=START)
    state.join_queue(4, [SC2[0]], [], now=START)
    found, _ = state.create_match(3, BW[0], 4, SC2[0], map_name=MAP, server=SERVER, now=START)
    refused(
        state,
        "takes no replay",
        "attach_replay",
        found.match_id,
        replay_hash="y",
        now=START,
        **{**kwargs, "uploaded_by": 3},
    )
