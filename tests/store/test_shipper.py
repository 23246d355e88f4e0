"""The shipper on a real journal and a real SQLite file: order, batching, idempotence, cleanup."""

from __future__ import annotations

import asyncio
import random
from pathlib import Path
from typing import Any

import pytest

from evoladder.store.db.sqlite import SqliteDatabase
from evoladder.store.journal import Journal, encode_entry
from evoladder.store.rows import TABLES, Change
from evoladder.store.shipper import Shipper
from tests.store.rowfactory import apply_to_model, key_of, make_row, random_changes


async def test_entries_reach_the_database_in_order_in_batches_and_shipped_entries_go(tmp_path: Path) -> None:
    db = SqliteDatabase(tmp_path / "ladder.sqlite3")
    db.migrate()
    journal = Journal(tmp_path / "journal")
    journal.recover(db.last_applied_seq())
    journal.start(asyncio.get_running_loop())
    shipper = Shipper(journal, db, batch_entries=37)
    shipper.start()
    rng = random.Random(2)
    model: dict[str, dict[tuple[Any, ...], dict[str, Any]]] = {}
    entries: list[list[Change]] = [random_changes(rng, rng.randrange(1, 6), keys=15) for _ in range(400)]
    # Same keys over and over: a reordering or a skipped entry would leave a different final image.
    for start in range(0, len(entries), 25):
        group = entries[start : start + 25]
        for e in group:
            apply_to_model(model, e)
        await asyncio.gather(*(journal.append(encode_entry(e)) for e in group))
    assert await asyncio.to_thread(shipper.wait_shipped, 400, 30)
    stats = shipper.stats()
    assert stats.backlog_entries == 0 and stats.database_reachable and stats.last_error is None
    assert stats.batches_total >= 400 // 37
    journal.close()
    assert shipper.stop(5)
    assert db.last_applied_seq() == 400
    for name in TABLES:
        assert {key_of(name, r): r for r in db.load(name)} == model.get(name, {}), name
    # Everything shipped: the journal has deleted every entry.
    assert journal.entry_count() == 0

    # A restart finds nothing to ship and applies nothing twice.
    journal2 = Journal(tmp_path / "journal")
    assert journal2.recover(db.last_applied_seq()) == []
    assert journal2.next_seq == 401
    journal2.close()
    db.close()


async def test_stop_with_an_unreachable_database_leaves_the_backlog_in_the_journal(tmp_path: Path) -> None:
    db = SqliteDatabase(tmp_path / "ladder.sqlite3")
    db.migrate()
    journal = Journal(tmp_path / "journal")
    journal.recover(0)
    journal.start(asyncio.get_running_loop())
    shipper = Shipper(journal, db, retry_min_s=0.01, retry_max_s=0.05)
    # Another connection holds the write lock: every apply fails with "database is locked".
    blocker = SqliteDatabase(tmp_path / "ladder.sqlite3")
    blocker._conn.execute("PRAGMA busy_timeout=0")
    db._conn.execute("PRAGMA busy_timeout=0")
    blocker._conn.execute("BEGIN IMMEDIATE")
    shipper.start()
    rng = random.Random(4)
    for _ in range(5):
        await journal.append(encode_entry(random_changes(rng, 3)))
    while shipper.stats().retries_total < 3:
        await asyncio.sleep(0.01)
    stats = shipper.stats()
    assert not stats.database_reachable and stats.last_error and "locked" in stats.last_error
    assert stats.backlog_entries == 5
    journal.close()
    assert not shipper.stop(0.1)
    blocker._conn.execute("ROLLBACK")
    blocker.close()
    # The next start finds the five entries still in the journal.
    journal2 = Journal(tmp_path / "journal")
    assert [r.seq for r in journal2.recover(db.last_applied_seq())] == [1, 2, 3, 4, 5]
    journal2.close()
    db.close()


def _database(kind: str, tmp_path: Path, postgres_url: str) -> Any:
    if kind == "sqlite":
        return SqliteDatabase(tmp_path / "ladder.sqlite3")
    from evoladder.store.db.postgres import PostgresDatabase

    return PostgresDatabase(postgres_url)


@pytest.mark.parametrize(
    ("kind", "poison"), [("sqlite", "bad\ud800name"), ("postgres", "bad\x00name"), ("postgres", "x\udfffy")]
)
async def test_a_row_the_database_refuses_stops_shipping_on_that_entry_loudly(
    kind: str, poison: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    """Defect 3: one unstorable character made the shipper retry the same batch forever, silently."""
    url = request.getfixturevalue("postgres_url") if kind == "postgres" else ""
    db = _database(kind, tmp_path, url)
    db.migrate()
    journal = Journal(tmp_path / "journal")
    journal.recover(db.last_applied_seq())
    journal.start(asyncio.get_running_loop())
    shipper = Shipper(journal, db, retry_min_s=0.01, retry_max_s=0.05, interval_s=1.0)
    rng = random.Random(9)
    good = [random_changes(rng, 2) for _ in range(6)]
    bad_row = make_row("players", 777, rng) | {"discord_name": poison}
    entries = [*good[:3], [Change("players", "upsert", bad_row)], *good[3:]]
    for e in entries:  # appended before shipping starts: they reach the database as one batch
        await journal.append(encode_entry(e))
    shipper.start()
    assert not await asyncio.to_thread(shipper.wait_shipped, 7, 10)
    stats = shipper.stats()
    assert stats.stopped is not None and stats.stopped.seq == 4
    assert stats.shipped_seq == 3 and db.last_applied_seq() == 3  # everything before it is in
    assert stats.retries_total == 0  # stopped on it, never spun on it
    journal.close()
    shipper.stop(0.1)
    db.close()
