"""Each ``LadderState`` transition: its effect, its row changes, and every refusal (state untouched)."""

from __future__ import annotations

import pickle
from copy import copy as shallow_copy

from evoladder.store.records import INTERNAL_SLOTS, Match, Mmr, Player, replay_storage_path
from evoladder.store.rows import TABLES, Change
from evoladder.store.state import LadderState
from tests.store.state.helpers import BW, SC2, fresh, in_progress, register
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


def test_loaded_ratings_are_keyed_by_their_players_own_id() -> None:
    """A database hands each rating's player id over as a fresh int: the ratings' key ends up as the
    player's own id object (one id per player, not two), and the order of the table is kept."""
    state = fresh()
    for uid, name in ((1 << 40, "Alpha"), (1 << 41, "Bravo")):
        register(state, uid, name)
        for race in (BW[0], SC2[0]):
            state.mmr_record(uid, race, START)
    mmr_rows = [dict(row, discord_uid=int(str(row["discord_uid"]))) for row in state.export("mmrs")]
    copy = fresh()
    copy.load("players", state.export("players"))
    copy.load("mmrs", mmr_rows)
    copy.finish_load(START)
    assert list(copy.t.mmrs) == list(state.t.mmrs) and len(copy.t.mmrs) == 2
    for uid in copy.t.mmrs:
        assert uid is copy.t.players[uid].discord_uid
    assert sorted(map(repr, copy.export("mmrs"))) == sorted(map(repr, state.export("mmrs")))


def test_a_matchs_replay_hash_is_held_as_its_bytes_and_reads_as_text() -> None:
    """A 64-hex hash is stored as 32 bytes (half the memory of its text) but every read, copy, pickle
    and row gives the same text; any other text is kept as it is."""
    state = fresh()
    match_id = in_progress(state)
    replay_hash = "ab" * 32
    attach_unverified(state, match_id, replay_hash)
    match = state.t.matches[match_id]
    stored = Match.__dict__["replay_a"]._slot.__get__(match)  # the slot behind the field
    assert type(stored) is bytes and stored.hex() == replay_hash
    assert match.replay_a == replay_hash and match.to_row()["replay_a"] == replay_hash
    assert pickle.loads(pickle.dumps(match)) == match
    assert shallow_copy(match).replay_a == replay_hash
    for text in ("AB" * 32, "not a hash", "zz" * 32):  # upper case would not read back the same
        match.replay_b = text
        assert match.replay_b == text and type(Match.__dict__["replay_b"]._slot.__get__(match)) is str
    match.replay_b = None
    assert match.replay_b is None
