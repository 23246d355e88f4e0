"""Each ``LadderState`` transition: its effect, its row changes, and every refusal (state untouched)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from evoladder.rules.errors import DomainError
from evoladder.store.records import INTERNAL_SLOTS, Match, Mmr, Player
from evoladder.store.rows import TABLES, Change
from evoladder.store.state import LadderState
from evoladder.store.state.outcomes import (
    ConfirmExpired,
    MatchUpdated,
    MmrAdjusted,
    PlayerSetUp,
    PlayerTouched,
    PreferencesSaved,
    QueueCleared,
    QueueExpiry,
    TermsChanged,
)
from tests.store.model import GAME_DATA, MAP, SERVER, SETTINGS, START

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


def test_first_contact_creates_then_refreshes_the_name() -> None:
    state = fresh()
    outcome, changes = state.touch_player(1, "one", now=START)
    assert outcome == PlayerTouched(created=True) and [c.table for c in changes] == ["players"]
    assert state.touch_player(1, "one", now=START) == (PlayerTouched(created=False), [])
    _, changes = state.touch_player(1, "uno", now=START)
    assert state.player(1).discord_name == "uno" and changes[0].row["discord_name"] == "uno"  # type: ignore[union-attr]
    assert_full_rows(changes)


def test_setup_requires_terms_and_validates_and_logs_each_field() -> None:
    state = fresh()
    state.touch_player(1, "one", now=START)
    refused(
        state,
        "accept the terms",
        "setup",
        1,
        player_name="Alpha",
        battletag="Alpha#123",
        alt_names=[],
        country="KR",
        region="KRJ",
        now=START,
    )
    state.accept_terms(1, now=START)
    refused(
        state,
        "not valid",
        "setup",
        1,
        player_name="A1",
        battletag="A#123",
        alt_names=[],
        country="KR",
        region="KRJ",
        now=START,
    )
    outcome, changes = state.setup(
        1,
        player_name="Alpha",
        battletag="Alpha#123",
        alt_names=["알파고"],
        country="kr",
        region="KRJ",
        now=START,
    )
    assert outcome == PlayerSetUp(player_name="Alpha")
    logged = {c.row["field"]: c.row["new_value"] for c in changes if c.table == "player_action_logs"}
    assert logged["player_name"] == "Alpha" and logged["country"] == "KR"
    assert state.player_by_name("ALPHA").discord_uid == 1  # type: ignore[union-attr]
    assert state.player_by_name("알파고").discord_uid == 1  # type: ignore[union-attr]
    assert_full_rows(changes)


def test_names_are_distinct_across_players_case_insensitively() -> None:
    state = fresh()
    register(state, 1, "Alpha")
    state.touch_player(2, "two", now=START)
    state.accept_terms(2, now=START)
    refused(
        state,
        "already registered",
        "setup",
        2,
        player_name="alpha",
        battletag="B#123",
        alt_names=[],
        country="KR",
        region="KRJ",
        now=START,
    )
    # A player may re-run setup keeping their own name.
    state.setup(
        1, player_name="Alpha", battletag="Alpha#999", alt_names=[], country="KR", region="KRJ", now=START
    )
    assert state.player(1).battletag == "Alpha#999"  # type: ignore[union-attr]


def test_set_country_moves_leaderboard_entries() -> None:
    state = fresh()
    match_id = in_progress(state)
    state.report_result(match_id, 1, "win", now=START)
    state.report_result(match_id, 2, "loss", now=START)
    refused(state, "not a country code", "set_country", 1, "QQ", now=START)
    _, changes = state.set_country(1, "DE", now=START)
    assert [c.table for c in changes] == ["player_action_logs", "players"]
    assert [r.discord_uid for r in state.leaderboard_page(START, country="DE").rows] == [1]
    assert [r.discord_uid for r in state.leaderboard_page(START, country="KR").rows] == [2]


def test_queue_rules() -> None:
    state = fresh()
    refused(state, "not registered", "join_queue", 1, [BW[0]], [], now=START)
    register(state, 1, "Alpha")
    refused(state, "Pick one Brood War race", "join_queue", 1, [BW[0], BW[1]], [], now=START)
    refused(state, "Unknown race", "join_queue", 1, ["elves"], [], now=START)
    refused(state, "map pool", "join_queue", 1, [BW[0]], ["Nowhere"], now=START)
    refused(state, "at most 4", "join_queue", 1, [BW[0]], list(GAME_DATA.map_names[:5]), now=START)
    _, changes = state.join_queue(1, [SC2[1], BW[1]], [MAP], now=START)
    assert {c.table for c in changes} == {"queue_entries", "preferences"}
    assert state.queue_counts().both == 1 and state.preferences(1).races == (BW[1], SC2[1])  # type: ignore[union-attr]
    refused(state, "already in the queue", "join_queue", 1, [BW[0]], [], now=START)
    state.leave_queue(1, now=START)
    refused(state, "not in the queue", "leave_queue", 1, now=START)
    state.admin_ban(1, banned=True, admin_uid=ADMIN, reason="spam", now=START)
    refused(state, "banned", "join_queue", 1, [BW[0]], [], now=START)


def test_queue_entries_expire_after_the_limit() -> None:
    state = fresh()
    register(state, 1, "Alpha")
    register(state, 2, "Bravo")
    state.join_queue(1, [BW[0]], [], now=START)
    state.join_queue(2, [SC2[0]], [], now=START + timedelta(hours=2))
    outcome, changes = state.expire_queue(now=START + timedelta(seconds=SETTINGS.queue_expiry_s))
    assert outcome == QueueExpiry(expired=(1,)) and changes == [
        Change("queue_entries", "delete", {"discord_uid": 1})
    ]
    assert state.queue_entry(1) is None and state.queue_entry(2) is not None


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
    state.admin_reset_aborts(1, admin_uid=ADMIN, reason="server outage", now=START)
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
    assert result.status == "completed" and result.result == "b"


def test_replay_settles_and_a_used_replay_is_refused() -> None:
    state = fresh()
    match_id = in_progress(state)
    kwargs: dict[str, Any] = {"uploaded_by": 1, "path": "p", "summary": {"x": 1}, "verdict": {"ok": True}}
    outcome, changes = state.attach_replay(match_id, replay_hash="h1", result="a", now=START, **kwargs)
    assert outcome.status == "completed" and state.replay("h1").summary == {"x": 1}  # type: ignore[union-attr]
    assert state.replay_for_match(match_id).replay_hash == "h1"  # type: ignore[union-attr]
    assert_full_rows(changes)
    other = in_progress(state, 3, 4)
    refused(
        state,
        "already used",
        "attach_replay",
        other,
        replay_hash="h1",
        result=None,
        now=START,
        **{**kwargs, "uploaded_by": 3},
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


def test_decline_terms_withdraws_acceptance_but_not_while_playing() -> None:
    state = fresh()
    match_id = in_progress(state)
    refused(state, "finish your match", "decline_terms", 1, now=START)
    state.report_result(match_id, 1, "win", now=START)
    state.report_result(match_id, 2, "loss", now=START)
    outcome, changes = state.decline_terms(1, now=START)
    assert outcome == TermsChanged(accepted=False) and state.player(1).terms_accepted_at is None  # type: ignore[union-attr]
    refused(state, "Finish /termsofservice and /setup", "join_queue", 1, [BW[0]], [], now=START)
    assert [c.table for c in changes] == ["player_action_logs", "players"]


def test_preferences_are_validated_logged_and_remembered() -> None:
    state = fresh()
    register(state, 1, "Alpha")
    refused(state, "veto only pool maps", "set_preferences", 1, [BW[0]], ["Nowhere"], now=START)
    state.set_preferences(1, [BW[0]], [MAP], now=START)
    outcome, changes = state.set_preferences(1, [BW[0], SC2[2]], [], now=START)
    assert outcome == PreferencesSaved(races=(BW[0], SC2[2]), vetoes=())
    assert {c.row["field"] for c in changes if c.table == "player_action_logs"} == {
        "preferences.races",
        "preferences.vetoes",
    }
    assert state.set_preferences(1, [BW[0], SC2[2]], [], now=START)[1] == []  # nothing changed


def test_waves_waited_and_admin_queue_actions() -> None:
    state = fresh()
    for uid, name in ((1, "Alpha"), (2, "Bravo"), (3, "Charlie")):
        register(state, uid, name)
        state.join_queue(uid, [BW[0]], [], now=START)
    state.note_wave_waited([1, 2, 2, 99], now=START)
    assert [state.queue_entry(u).waves_waited for u in (1, 2, 3)] == [1, 1, 0]  # type: ignore[union-attr]
    refused(
        state, "not in the queue", "admin_remove_from_queue", 9, admin_uid=ADMIN, reason="stuck", now=START
    )
    _, changes = state.admin_remove_from_queue(1, admin_uid=ADMIN, reason="stuck", now=START)
    assert state.queue_entry(1) is None and any(c.table == "admin_actions" for c in changes)
    outcome, _ = state.admin_clear_queue(admin_uid=ADMIN, reason="maintenance", now=START)
    assert outcome == QueueCleared(removed=(2, 3)) and state.queue_counts().total == 0


def test_replay_can_be_added_to_a_completed_match_but_not_a_cancelled_one() -> None:
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
        "no longer takes replays",
        "attach_replay",
        other,
        replay_hash="x",
        now=START,
        **{**kwargs, "uploaded_by": 3},
    )


def test_apply_change_twice_is_harmless_and_export_round_trips() -> None:
    state = fresh()
    journal: list[Change] = []
    register(state, 1, "Alpha")
    match_id = in_progress(state)
    for report in ((1, "win"), (2, "loss")):
        journal.extend(state.report_result(match_id, report[0], report[1], now=START)[1])  # type: ignore[arg-type]
    copy = fresh()
    for table in ("players", "mmrs", "preferences", "queue_entries", "matches", "replays", "admins"):
        copy.load(table, [])
    for t in ("players", "matches", "mmrs", "preferences"):
        for row in state.export(t):
            copy.apply_change(Change(t, "upsert", row))
    for change in journal + journal:
        copy.apply_change(change)
    for t in ("players", "mmrs", "matches", "preferences"):
        assert sorted(map(repr, copy.export(t))) == sorted(map(repr, state.export(t)))
    assert copy.leaderboard_page(START) == state.leaderboard_page(START)
    assert [m.match_id for m in copy.recent_matches(1)] == [match_id]


def test_records_declare_the_contract_columns_in_order() -> None:
    for record, table in ((Match, "matches"), (Mmr, "mmrs"), (Player, "players")):
        columns = tuple(s for s in record.__slots__ if s not in INTERNAL_SLOTS)
        assert columns == TABLES[table].column_names
