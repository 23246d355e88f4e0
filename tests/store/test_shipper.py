"""The shipper on a real journal and a real SQLite file: order, batching, idempotence, cleanup."""

from __future__ import annotations

import asyncio
import random
from pathlib import Path
from typing import Any

from evoladder.store.db.sqlite import SqliteDatabase
from evoladder.store.journal import Journal, encode_entry
from evoladder.store.rows import TABLES, Change
from evoladder.store.shipper import Shipper
from tests.store.rowfactory import apply_to_model, key_of, random_changes


async def test_entries_reach_the_database_in_order_in_batches_and_shipped_segments_go(tmp_path: Path) -> None:
    db = SqliteDatabase(tmp_path / "ladder.sqlite3")
    db.migrate()
    journal = Journal(tmp_path / "journal", segment_bytes=4096)
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
    # Everything shipped: only the active segment is left.
    assert len(list((tmp_path / "journal").glob("*.log"))) == 1

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
