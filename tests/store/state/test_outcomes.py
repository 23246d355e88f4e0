"""Transitions say what happened: each returns the events it caused, once; outcomes survive JSON."""

from __future__ import annotations

import pytest

from evoladder.rules.events import (
    MatchCompleted,
    MatchConflict,
    MatchEnded,
    MatchFound,
    MatchStarted,
    OpponentConfirmed,
    OpponentReported,
    QueueExpired,
    ReplayChecked,
    UploadReminder,
)
from evoladder.store.state.outcomes import (
    ConfirmExpired,
    MatchUpdated,
    Outcome,
    QueueExpiry,
    outcome_from_json,
)
from tests.store.state.helpers import BW, SC2, fresh, in_progress, register
from tests.store.state.model import MAP, SERVER, SETTINGS, START


def test_create_and_confirm_announce_found_then_started() -> None:
    state = fresh()
    register(state, 1, "Alpha")
    register(state, 2, "Bravo")
    state.join_queue(1, [BW[0]], [], now=START)
    state.join_queue(2, [SC2[0]], [], now=START)
    made, _ = state.create_match(1, BW[0], 2, SC2[0], map_name=MAP, server=SERVER, now=START)
    deadline = START.timestamp() + SETTINGS.confirm_timeout_s
    assert made.events == (MatchFound(made.match_id, (1, 2), deadline),)
    first, _ = state.confirm_match(made.match_id, 1, now=START)
    assert first.events == (OpponentConfirmed(made.match_id, 2),)
    second, _ = state.confirm_match(made.match_id, 2, now=START)
    assert second.events == (MatchStarted(made.match_id, (1, 2)),)


def test_reports_announce_the_opponent_then_the_result_and_a_repeat_announces_nothing() -> None:
    state = fresh()
    match_id = in_progress(state)
    first, _ = state.report_result(match_id, 1, "win", now=START, idempotency_key="r1")
    assert first.events == (OpponentReported(match_id, 2, "win"), UploadReminder(match_id, 1))
    again, changes = state.report_result(match_id, 1, "win", now=START, idempotency_key="r1")
    assert again == first and again.events == () and changes == []
    done, _ = state.report_result(match_id, 2, "loss", now=START)
    assert done.events == (MatchCompleted(match_id, (1, 2)), UploadReminder(match_id, 2))


def test_disagreeing_reports_announce_a_conflict_with_the_evidence() -> None:
    state = fresh()
    match_id = in_progress(state)
    state.report_result(match_id, 1, "win", now=START)
    outcome, _ = state.report_result(match_id, 2, "win", now=START)
    event = outcome.events[0]
    assert isinstance(event, MatchConflict)
    assert event.evidence["report_a"] == "win" and event.evidence["report_b"] == "win"
    assert event.evidence["replay_a"] is None and event.evidence["replay_b"] is None


def test_replay_announces_its_check_and_the_settled_result() -> None:
    state = fresh()
    match_id = in_progress(state)
    outcome, _ = state.attach_replay(
        match_id,
        replay_hash="h",
        uploaded_by=2,
        path="p",
        summary={},
        verdict={"ok": True},
        result="b",
        now=START,
    )
    assert outcome.events == (
        ReplayChecked(match_id, (1, 2), 2, {"ok": True}, True),
        MatchCompleted(match_id, (1, 2)),
    )


def test_timeouts_abort_and_expiry_name_who_is_affected() -> None:
    state = fresh()
    match_id = in_progress(state)
    aborted, _ = state.abort_match(match_id, 2, now=START)
    assert aborted.events == (MatchEnded(match_id, (1, 2), "aborted", "aborted", blame=(2,)),)
    register(state, 5, "Echo")
    state.join_queue(5, [BW[1]], [], now=START)
    later = START.replace(hour=START.hour + 3)
    expiry, _ = state.expire_queue(now=later)
    assert expiry.events == (QueueExpired(5),)


@pytest.mark.parametrize(
    "outcome",
    [
        MatchUpdated("completed", "a", 20, -20),
        ConfirmExpired("cancelled", (1, 2)),
        QueueExpiry(()),
    ],
)
def test_outcomes_round_trip_through_json_without_events(outcome: Outcome) -> None:
    assert outcome_from_json(outcome.to_json()) == outcome
