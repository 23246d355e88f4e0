"""Each ``LadderState`` transition: its effect, its row changes, and every refusal (state untouched)."""

from __future__ import annotations

from evoladder.store.records import INTERNAL_SLOTS, Match, Mmr, Player, replay_storage_path
from evoladder.store.rows import TABLES, Change
from evoladder.store.state import LadderState
from tests.store.state.helpers import fresh, in_progress, register
from tests.store.state.model import START


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


def test_a_loaded_match_shares_one_object_per_instant() -> None:
    """Rows from a database carry a fresh object per value: equal instants of one match end up as one."""
    state = fresh()
    register(state, 1, "Alpha")
    match_id = in_progress(state)
    for uid, report in ((1, "win"), (2, "loss")):
        state.report_result(match_id, uid, report, now=START)  # type: ignore[arg-type]
    rows = [dict(row) for row in state.export("matches")]
    for row in rows:  # as a database would hand them over: equal, but not the same objects
        for column in ("ended_at", "report_a_at", "report_b_at", "confirm_a_at", "confirmed_at"):
            if row[column] is not None:
                row[column] = row[column].replace()
    copy = fresh()
    for table in ("players", "mmrs", "preferences"):
        copy.load(table, state.export(table))
    copy.load("matches", rows)
    copy.finish_load(START)
    match = copy.t.matches[match_id]
    assert match.ended_at is not None and match.report_a_at == match.ended_at
    assert match.report_a_at is match.ended_at and match.report_b_at is match.ended_at


def attach_unverified(state: LadderState, match_id: int, replay_hash: str) -> None:
    state.attach_replay(
        match_id,
        replay_hash=replay_hash,
        uploaded_by=1,
        path=replay_storage_path(replay_hash),
        summary={"map": "Sylphid"},
        verdict={"ok": False},
        result=None,
        now=START,
    )


def test_a_loaded_replay_is_packed_and_freeing_it_later_changes_the_table() -> None:
    """Replays a load packs stay readable, and a transition that changes one changes the table."""
    state = fresh()
    match_id = in_progress(state)
    first, second = "1f" * 32, "2e" * 32
    attach_unverified(state, match_id, first)
    copy = fresh()
    for table in ("players", "mmrs", "preferences", "matches", "replays"):
        copy.load(table, state.export(table))
    copy.finish_load(START)
    assert copy.t.replays.packed_count == 1
    assert copy.replay(first) == state.replay(first)
    assert copy.match_replays(match_id) == state.match_replays(match_id)
    for s in (state, copy):
        attach_unverified(s, match_id, second)
    assert copy.replay(first).match_id is None  # type: ignore[union-attr]  # freed, in the table itself
    assert sorted(map(repr, copy.export("replays"))) == sorted(map(repr, state.export("replays")))
