"""The SQLite and PostgreSQL adapters on real databases: schema, batches, idempotence, round trips."""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from evoladder.store.db import Database, DatabaseError, ShipBatch, ShipOrderError
from evoladder.store.db.base import LOAD_CHUNK_ROWS, migrations_for
from evoladder.store.db.postgres import PostgresDatabase
from evoladder.store.db.sqlite import SqliteDatabase
from evoladder.store.journal import decode_entry, encode_entry
from evoladder.store.rows import TABLES, Change
from tests.store.rowfactory import apply_to_model, key_of, random_changes


@pytest.fixture(params=["sqlite", "postgres"])
def database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    db: Database
    if request.param == "sqlite":
        db = SqliteDatabase(tmp_path / "ladder.sqlite3")
    else:
        db = PostgresDatabase(request.getfixturevalue("postgres_url"), prepared_statements=False)
    try:
        yield db
    finally:
        db.close()


def _batch(first: int, last: int, entries: list[list[Change]]) -> ShipBatch:
    # Through the journal's encoding, exactly as the shipper gets entries back.
    return ShipBatch.build(first, last, [decode_entry(encode_entry(e)) for e in entries])


def _columns(db: Database, table: str) -> list[str]:
    if isinstance(db, SqliteDatabase):
        return [r[1] for r in db._conn.execute(f'PRAGMA table_info("{table}")')]
    assert isinstance(db, PostgresDatabase)
    with db._pool.connection() as conn:
        rows = conn.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = %s ORDER BY ordinal_position",
            (table,),
        ).fetchall()
    return [r[0] for r in rows]


def test_migrate_creates_every_contract_table_once(database: Database) -> None:
    assert database.schema_version() == 0
    packaged = [f"{m.version:04d}_{m.name}" for m in migrations_for(database.backend)]
    assert database.migrate() == packaged and packaged[0] == "0001_initial"
    assert database.migrate() == []
    assert database.schema_version() == len(packaged)
    for name, table in TABLES.items():
        assert _columns(database, name) == list(table.column_names), name
    assert database.last_applied_seq() == 0


def _sql(db: Database, statement: str) -> list[tuple[Any, ...]]:
    if isinstance(db, SqliteDatabase):
        return list(db._conn.execute(statement).fetchall())
    assert isinstance(db, PostgresDatabase)
    with db._pool.connection() as conn:
        cur = conn.execute(statement)
        return list(cur.fetchall()) if cur.description else []


def test_migration_2_gives_each_player_their_replay(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A version-1 ladder (one replay per match) moves the replay to its uploader's slot."""
    import evoladder.store.db.postgres as pg_module
    import evoladder.store.db.sqlite as sqlite_module
    from evoladder.store.db.base import migrations_for

    for module in (sqlite_module, pg_module):
        monkeypatch.setattr(module, "migrations_for", lambda backend: migrations_for(backend)[:1])
    assert database.migrate() == ["0001_initial"]
    ts = "'2026-01-01T00:00:00.000000+00:00'"
    for match_id, uploader in ((1, 11), (2, 22), (3, None)):
        replay = "NULL" if uploader is None else f"'h{match_id}'"
        _sql(
            database,
            "INSERT INTO matches (match_id, player_a, player_b, race_a, race_b, mmr_a_before, mmr_b_before, "
            "map, server, status, created_at, replay_hash) VALUES "
            f"({match_id}, 11, 22, 'bw_zerg', 'sc2_terran', 1500, 1500, 'M', 'KOR', 'completed', {ts}, {replay})",
        )
        if uploader is not None:
            _sql(
                database,
                "INSERT INTO replays (replay_hash, match_id, uploaded_by, path, uploaded_at, summary, verdict) "
                f"VALUES ('h{match_id}', {match_id}, {uploader}, 'p', {ts}, '{{}}', '{{}}')",
            )
    monkeypatch.undo()
    assert database.migrate() == ["0002_results", "0003_staff_tools", "0004_languages", "0005_pairing"]
    rows = _sql(database, "SELECT match_id, replay_a, replay_b FROM matches ORDER BY match_id")
    assert rows == [(1, "h1", None), (2, None, "h2"), (3, None, None)]
    assert _columns(database, "matches") == list(TABLES["matches"].column_names)


def test_batches_apply_in_order_and_load_back_exactly(database: Database) -> None:
    database.migrate()
    rng = random.Random(7)
    model: dict[str, dict[tuple[Any, ...], dict[str, Any]]] = {}
    seq = 0
    for _ in range(6):
        entries = [random_changes(rng, rng.randrange(1, 8)) for _ in range(rng.randrange(1, 30))]
        for e in entries:
            apply_to_model(model, e)
        database.apply(_batch(seq + 1, seq + len(entries), entries))
        seq += len(entries)
        assert database.last_applied_seq() == seq
    for name in TABLES:
        loaded = {key_of(name, r): r for r in database.load(name)}
        assert loaded == model.get(name, {}), name
        assert database.count(name) == len(loaded)


def test_a_batch_already_applied_is_skipped_and_a_gap_is_refused(database: Database) -> None:
    database.migrate()
    rng = random.Random(3)
    first = [random_changes(rng, 5)]
    database.apply(_batch(1, 1, first))
    snapshot = {name: sorted(map(repr, database.load(name))) for name in TABLES}
    # A replay of entry 1 with different content must not be applied: the database already has 1.
    database.apply(_batch(1, 1, [random_changes(rng, 5)]))
    assert {name: sorted(map(repr, database.load(name))) for name in TABLES} == snapshot
    with pytest.raises(ShipOrderError):
        database.apply(_batch(3, 4, [random_changes(rng, 1), random_changes(rng, 1)]))
    assert database.last_applied_seq() == 1


def test_upsert_then_delete_in_one_batch_leaves_no_row(database: Database) -> None:
    from tests.store.rowfactory import make_row

    database.migrate()
    rng = random.Random(1)
    row = make_row("players", 42, rng)
    database.apply(
        _batch(1, 2, [[Change("players", "upsert", row)], [Change("players", "delete", {"discord_uid": 42})]])
    )
    assert list(database.load("players")) == []
    database.apply(_batch(3, 3, [[Change("players", "upsert", row)]]))
    assert list(database.load("players")) == [row]
    assert database.max_key("players") == 42


def test_bad_sqlite_location_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "not-a-dir").write_text("file")
    with pytest.raises((DatabaseError, OSError)):
        SqliteDatabase(tmp_path / "not-a-dir" / "db.sqlite3")


def test_large_batches_take_the_bulk_path_and_load_back_exactly(database: Database) -> None:
    # On PostgreSQL, tables with at least COPY_FROM_ROWS rows in a batch go through COPY.
    from evoladder.store.db.postgres import COPY_FROM_ROWS
    from tests.store.rowfactory import make_row

    database.migrate()
    rng = random.Random(9)
    n = max(COPY_FROM_ROWS, LOAD_CHUNK_ROWS) + 100  # the bulk path, and a load of several chunks
    first = [
        [Change(t, "upsert", make_row(t, k, rng)) for t in ("players", "matches")] for k in range(1, n + 1)
    ]
    # The second batch updates half the rows and deletes a few: the bulk path must update, not insert.
    second = [[Change("players", "upsert", make_row("players", k, rng))] for k in range(1, n + 1, 2)]
    second.append([Change("matches", "delete", {"match_id": 3})])
    model: dict[str, dict[tuple[Any, ...], dict[str, Any]]] = {}
    for entry in first + second:
        apply_to_model(model, entry)
    database.apply(_batch(1, len(first), first))
    database.apply(_batch(len(first) + 1, len(first) + len(second), second))
    for name in ("players", "matches"):
        assert {key_of(name, r): r for r in database.load(name)} == model[name], name


def test_repeated_text_loads_as_one_shared_string_and_json_can_stay_encoded(database: Database) -> None:
    from tests.store.rowfactory import make_row

    database.migrate()
    rng = random.Random(5)
    entries = []
    for k in range(1, 41):
        row = make_row("replays", k, rng)
        row["path"] = "replays/same-folder"  # repetitive text
        row["summary"] = {"players": [k, k + 1]}
        entries.append([Change("replays", "upsert", row)])
    database.apply(_batch(1, len(entries), entries))
    rows = list(database.load("replays", json_as_text=True))
    assert len({id(r["path"]) for r in rows}) == 1
    assert len({r["replay_hash"] for r in rows}) == 40
    assert all(isinstance(r["summary"], str) for r in rows)
    assert sorted(json.loads(r["summary"])["players"][0] for r in rows) == list(range(1, 41))


def test_text_of_a_composite_key_loads_shared_too(database: Database) -> None:
    """Each rating row's key names its race: 600,000 rows on the large ladder would hold 600,000
    copies of six words (35 MB) if key columns were never shared."""
    from tests.store.rowfactory import make_row

    database.migrate()
    rng = random.Random(6)
    entries = []
    for k in range(1, 41):
        row = make_row("mmrs", k, rng)
        row["race"] = "bw_terran" if k % 2 else "sc2_zerg"
        entries.append([Change("mmrs", "upsert", row)])
    database.apply(_batch(1, len(entries), entries))
    rows = list(database.load("mmrs"))
    assert len(rows) == 40
    assert len({id(r["race"]) for r in rows}) == 2


def test_the_shippers_encoders_match_the_reference_encoding() -> None:
    """``ShipBatch.build_raw`` (generated encoders, decoded tuples) == the per-column ``encode``."""
    from datetime import timedelta, timezone

    from evoladder.store.db.codec import CODECS
    from evoladder.store.journal import decode_entries

    rng = random.Random(7)
    entries = [random_changes(rng, rng.randrange(1, 6)) for _ in range(300)]
    # A timestamp in another zone takes the slow path of the inline conversion.
    row = dict(next(c.row for e in entries for c in e if c.table == "players" and c.op == "upsert"))
    row["created_at"] = row["created_at"].astimezone(timezone(timedelta(hours=2)))
    entries.append([Change("players", "upsert", row)])
    fast = ShipBatch.build_raw(1, len(entries), decode_entries([encode_entry(e) for e in entries]))
    expected: dict[tuple[str, str], dict[tuple[Any, ...], list[Any]]] = {}
    for e in entries:
        for c in e:
            k = key_of(c.table, c.row)
            expected.setdefault((c.table, "upsert"), {}).pop(k, None)
            expected.setdefault((c.table, "delete"), {}).pop(k, None)
            expected[(c.table, c.op)][k] = CODECS[c.table].encode(c.op, c.row)
    for table in fast.upserts:
        assert fast.upserts[table] == expected.get((table, "upsert"), {})
        assert fast.deletes[table] == expected.get((table, "delete"), {})
    assert fast.changes == sum(map(len, entries))
    with pytest.raises(ValueError, match="missing column"):
        ShipBatch.build_raw(1, 1, [[("players", "upsert", {"discord_uid": 1})]])


def test_native_batches_go_through_binary_copy_and_load_back_exactly(postgres_url: str) -> None:
    """What the shipper sends PostgreSQL: native values (datetimes), a binary COPY for large tables."""
    from evoladder.store.db.postgres import COPY_FROM_ROWS
    from tests.store.rowfactory import make_row

    database = PostgresDatabase(postgres_url)
    try:
        database.migrate()
        rng = random.Random(11)
        entries = [
            [Change(t, "upsert", make_row(t, k, rng)) for t in ("players", "matches", "replays")]
            for k in range(1, COPY_FROM_ROWS + 50)
        ]
        model: dict[str, dict[tuple[Any, ...], dict[str, Any]]] = {}
        for entry in entries:
            apply_to_model(model, entry)
        raw = [[(c.table, c.op, c.row) for c in e] for e in entries]
        batch = ShipBatch.build_raw(1, len(entries), raw, native=True)
        assert batch.native
        database.apply(batch)
        for name in ("players", "matches", "replays"):
            assert {key_of(name, r): r for r in database.load(name)} == model[name], name
    finally:
        database.close()
