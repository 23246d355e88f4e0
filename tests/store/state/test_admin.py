"""Each admin transition: its effect, its audit row and event, and every refusal (state untouched)."""

from __future__ import annotations

from datetime import timedelta

from evoladder.config import load_settings
from evoladder.rules.events import AbortsSetByAdmin, MatchResolved, MmrAdjustedByAdmin, PlayerBanChanged
from evoladder.store.rows import Change
from evoladder.store.state import LadderState
from evoladder.store.state.outcomes import MmrAdjusted
from tests.store.state.helpers import ADMIN, BW, fresh, in_progress, refused, register
from tests.store.state.model import GAME_DATA, START

OWNER = 777


def test_disagreeing_reports_go_to_conflict_then_admin_resolves() -> None:
    state = fresh()
    match_id = in_progress(state)
    state.report_result(match_id, 1, "win", now=START)
    outcome, _ = state.report_result(match_id, 2, "win", now=START)
    assert outcome.status == "conflict" and state.mmr(1, BW[0]) is None
    refused(state, "reason", "admin_resolve", match_id, "b", admin_uid=ADMIN, reason=" ", now=START)
    outcome, changes = state.admin_resolve(match_id, "b", admin_uid=ADMIN, reason="replay shows B", now=START)
    assert outcome.status == "completed" and outcome.result == "b"
    assert outcome.shifts == ((1, BW[0], 1500, 1480), (2, state.match(match_id).race_b, 1500, 1520))  # type: ignore[union-attr]
    assert any(c.table == "admin_actions" and c.row["reason"] == "replay shows B" for c in changes)
    [event] = outcome.events
    assert isinstance(event, MatchResolved) and event.previous_status == "conflict" and event.admin == ADMIN


def test_a_completed_match_is_corrected_and_keeps_a_consistent_history() -> None:
    state = fresh()
    match_id = in_progress(state)
    state.report_result(match_id, 1, "win", now=START)
    state.report_result(match_id, 2, "loss", now=START)
    refused(
        state,
        "already has that result",
        "admin_resolve",
        match_id,
        "a",
        admin_uid=ADMIN,
        reason="x",
        now=START,
    )
    outcome, _ = state.admin_resolve(match_id, "draw", admin_uid=ADMIN, reason="lag", now=START)
    rec = state.mmr(1, BW[0])
    assert rec is not None and (rec.mmr, rec.wins, rec.draws, rec.games) == (1500, 0, 1, 1)
    assert outcome.shifts[0] == (1, BW[0], 1520, 1500) and outcome.rederived == 0


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


def test_admin_adjust_mmr_sets_adds_subtracts_and_is_recorded_for_the_history_replay() -> None:
    state = fresh()
    register(state, 1, "Alpha")
    refused(
        state, "whole number", "admin_adjust_mmr", 1, BW[0], 99_999, admin_uid=ADMIN, reason="x", now=START
    )
    refused(
        state,
        "nothing would change",
        "admin_adjust_mmr",
        1,
        BW[0],
        1500,
        admin_uid=ADMIN,
        reason="x",
        now=START,
    )
    refused(
        state,
        "never used the ladder",
        "admin_adjust_mmr",
        5,
        BW[0],
        1600,
        admin_uid=ADMIN,
        reason="x",
        now=START,
    )
    outcome, changes = state.admin_adjust_mmr(1, BW[0], 1700, admin_uid=ADMIN, reason="restore", now=START)
    assert outcome == MmrAdjusted(old=1500, new=1700)
    action = next(c.row for c in changes if c.table == "admin_actions")
    assert action["action"] == "adjust_mmr" and action["payload"]["delta"] == 200
    [event] = outcome.events
    assert event == MmrAdjustedByAdmin(1, BW[0], 1500, 1700, "restore", ADMIN)
    assert (
        state.admin_adjust_mmr(1, BW[0], 50, how="add", admin_uid=ADMIN, reason="x", now=START)[0].new == 1750
    )
    assert (
        state.admin_adjust_mmr(1, BW[0], 250, how="subtract", admin_uid=ADMIN, reason="x", now=START)[0].new
        == 1500
    )
    refused(
        state,
        "from 0 to",
        "admin_adjust_mmr",
        1,
        BW[0],
        1501,
        how="subtract",
        admin_uid=ADMIN,
        reason="x",
        now=START,
    )


def owned_state() -> LadderState:
    settings = load_settings(_env_file=None, owner_id=OWNER)
    state = LadderState(settings, GAME_DATA)
    state.finish_load(START)
    for uid, name in ((OWNER, "Boss"), (5, "Helper"), (6, "Other"), (1, "Alpha")):
        register(state, uid, name)
    state.add_admin(5, added_by=OWNER, now=START)
    state.add_admin(6, added_by=OWNER, now=START)
    return state


def test_nobody_bans_the_owner_and_only_the_owner_bans_admins() -> None:
    state = owned_state()
    refused(
        state, "owner can't be banned", "admin_ban", OWNER, banned=True, admin_uid=5, reason="coup", now=START
    )
    refused(
        state,
        "owner can't be banned",
        "admin_ban",
        OWNER,
        banned=True,
        admin_uid=OWNER,
        reason="x",
        now=START,
    )
    refused(
        state,
        "Only the ladder's owner can ban an admin",
        "admin_ban",
        6,
        banned=True,
        admin_uid=5,
        reason="x",
        now=START,
    )
    outcome, _ = state.admin_ban(6, banned=True, admin_uid=OWNER, reason="abuse", now=START)
    assert outcome.events == (PlayerBanChanged(6, True, "abuse", OWNER),)
    refused(
        state,
        "Only the ladder's owner can unban an admin",
        "admin_ban",
        6,
        banned=False,
        admin_uid=5,
        reason="x",
        now=START,
    )
    state.admin_ban(6, banned=False, admin_uid=OWNER, reason="appeal", now=START)
    state.admin_ban(1, banned=True, admin_uid=5, reason="smurf", now=START)  # any admin bans a player
    assert state.player(1).banned  # type: ignore[union-attr]


def test_set_aborts_leaves_the_given_number_this_month() -> None:
    state = fresh()
    match_id = in_progress(state)
    state.abort_match(match_id, 1, now=START)
    refused(state, "from 0 to 3", "admin_set_aborts", 1, 4, admin_uid=ADMIN, reason="x", now=START)
    outcome, changes = state.admin_set_aborts(1, 1, admin_uid=ADMIN, reason="abusing aborts", now=START)
    assert state.aborts_left(1, START) == 1 and outcome.aborts_left == 1
    assert outcome.events == (AbortsSetByAdmin(1, 1, "abusing aborts", ADMIN),)
    assert state.aborts_left(1, START + timedelta(days=40)) == 3  # next month starts afresh
    state.admin_set_aborts(1, 3, admin_uid=ADMIN, reason="sorry", now=START)
    assert state.aborts_left(1, START) == 3
    assert any(c.table == "player_action_logs" and c.row["field"] == "aborts_used" for c in changes)


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
