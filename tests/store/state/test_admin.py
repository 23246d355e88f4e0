"""Each ``LadderState`` transition: its effect, its row changes, and every refusal (state untouched)."""

from __future__ import annotations

from evoladder.store.rows import Change
from evoladder.store.state.outcomes import (
    MmrAdjusted,
)
from tests.store.state.helpers import ADMIN, BW, fresh, in_progress, refused, register
from tests.store.state.model import START


def test_disagreeing_reports_go_to_conflict_then_admin_resolves() -> None:
    state = fresh()
    match_id = in_progress(state)
    state.report_result(match_id, 1, "win", now=START)
    outcome, _ = state.report_result(match_id, 2, "win", now=START)
    assert outcome.status == "conflict" and state.mmr(1, BW[0]) is None
    refused(state, "reason", "admin_resolve", match_id, "b", admin_uid=ADMIN, reason=" ", now=START)
    outcome, changes = state.admin_resolve(match_id, "b", admin_uid=ADMIN, reason="replay shows B", now=START)
    assert outcome.status == "completed" and outcome.delta_b == 20
    assert any(c.table == "admin_actions" and c.row["reason"] == "replay shows B" for c in changes)


def test_invalidating_a_completed_match_reverses_it() -> None:
    state = fresh()
    match_id = in_progress(state)
    state.report_result(match_id, 1, "draw", now=START)
    state.report_result(match_id, 2, "draw", now=START)
    state.admin_invalidate(match_id, admin_uid=ADMIN, reason="smurf", now=START)
    rec = state.mmr(1, BW[0])
    assert rec is not None and (rec.mmr, rec.games, rec.draws, rec.last_played_at) == (1500, 0, 0, None)
    assert state.leaderboard_page(START).total == 0
    refused(
        state, "already invalidated", "admin_invalidate", match_id, admin_uid=ADMIN, reason="x", now=START
    )


def test_admin_adjust_mmr_is_recorded_for_the_history_replay() -> None:
    state = fresh()
    register(state, 1, "Alpha")
    refused(
        state, "whole number", "admin_adjust_mmr", 1, BW[0], 99_999, admin_uid=ADMIN, reason="x", now=START
    )
    outcome, changes = state.admin_adjust_mmr(1, BW[0], 1700, admin_uid=ADMIN, reason="restore", now=START)
    assert outcome == MmrAdjusted(old=1500, new=1700)
    action = next(c.row for c in changes if c.table == "admin_actions")
    assert action["action"] == "adjust_mmr" and action["payload"]["delta"] == 200


def test_admins_and_command_log() -> None:
    state = fresh()
    state.add_admin(5, added_by=1, now=START)
    assert state.is_admin(5)
    refused(state, "already an admin", "add_admin", 5, added_by=1, now=START)
    _, changes = state.remove_admin(5, removed_by=1, reason="stepped down", now=START)
    assert not state.is_admin(5) and Change("admins", "delete", {"discord_uid": 5}) in changes
    _, changes = state.log_command(5, "/profile", 1.5, now=START)
    _, more = state.log_command(5, "/queue", 2.0, now=START)
    assert [c.row["call_id"] for c in changes + more] == [1, 2]
