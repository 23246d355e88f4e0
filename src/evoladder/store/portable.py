"""A whole ladder to and from a portable file (gzip'd JSON lines), or straight from one database to
another (e.g. SQLite → PostgreSQL).

Export first opens the store, which replays any journal tail and ships it on close, so the file holds
every acknowledged change. Import writes into an empty database through the same adapter batches the
shipper uses (and advances its shipped sequence number, which the journal then continues from).
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from evoladder.config import Settings
from evoladder.gamedata import GameData
from evoladder.store.db import Database, open_database
from evoladder.store.db.base import ShipBatch
from evoladder.store.db.codec import decode_change, encode_change
from evoladder.store.facade import Store
from evoladder.store.rows import TABLES, Change
from evoladder.store.state import LadderState

FORMAT = "evoladder-export"
FORMAT_VERSION = 1
IMPORT_CHUNK = 5000
Progress = Callable[[int], object]


class PortableError(Exception):
    """The file or the target database can't be used; the message says why."""


@dataclass(frozen=True)
class Transfer:
    rows: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.rows.values())


async def settle_journal(settings: Settings, game_data: GameData) -> None:
    """Open and close the store: the journal's unshipped tail reaches the database first."""
    store = await Store.open(settings, LadderState(settings, game_data))
    if not await store.close():
        raise PortableError("the database did not take every journal entry; see the log and retry")


def iter_rows(database: Database) -> Iterator[Change]:
    for table in TABLES:
        for row in database.load(table):
            yield Change(table, "upsert", row)


def export_ladder(settings: Settings, path: Path, progress: Progress | None = None) -> Transfer:
    """Write every row of every table to ``path`` (call ``settle_journal`` first)."""
    database = open_database(settings)
    counts = dict.fromkeys(TABLES, 0)
    try:
        database.migrate()
        header = {"format": FORMAT, "version": FORMAT_VERSION, "schema_version": database.schema_version()}
        with gzip.open(path, "wt", encoding="utf-8") as out:
            out.write(json.dumps(header) + "\n")
            for change in iter_rows(database):
                out.write(json.dumps(encode_change(change), ensure_ascii=False, separators=(",", ":")) + "\n")
                counts[change.table] += 1
                if progress:
                    progress(1)
    finally:
        database.close()
    return Transfer(counts)


def read_export(path: Path) -> Iterator[Change]:
    try:
        with gzip.open(path, "rt", encoding="utf-8") as src:
            header: dict[str, Any] = json.loads(src.readline() or "{}")
            if header.get("format") != FORMAT or header.get("version") != FORMAT_VERSION:
                raise PortableError(f"{path} is not an evoladder export (version {FORMAT_VERSION})")
            for line_no, line in enumerate(src, start=2):
                try:
                    yield decode_change(json.loads(line))
                except (ValueError, KeyError, TypeError) as exc:
                    raise PortableError(f"{path}: line {line_no} is not a valid row: {exc}") from exc
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        raise PortableError(f"cannot read {path}: {exc}") from exc


def import_rows(settings: Settings, changes: Iterator[Change], progress: Progress | None = None) -> Transfer:
    """Write rows into the (empty) database of ``settings``, in shipper-sized batches."""
    journal_dir = settings.data_dir / "journal"
    if journal_dir.is_dir() and any(journal_dir.iterdir()):
        raise PortableError(
            f"{journal_dir} already holds a journal; import with a new data directory (--data-dir), "
            "so old journal entries can never be shipped on top of the imported ladder"
        )
    database = open_database(settings)
    counts = dict.fromkeys(TABLES, 0)
    try:
        database.migrate()
        non_empty = [t for t in TABLES if database.count(t)]
        if non_empty:
            raise PortableError(
                f"{database.location} is not empty ({', '.join(non_empty)}); import only into a new database"
            )
        seq = database.last_applied_seq()
        chunk: list[Change] = []

        def flush() -> None:
            nonlocal seq
            if chunk:
                seq += 1
                database.apply(ShipBatch.build(seq, seq, [chunk]))
                if progress:
                    progress(len(chunk))
                chunk.clear()

        for change in changes:
            chunk.append(change)
            counts[change.table] += 1
            if len(chunk) >= IMPORT_CHUNK:
                flush()
        flush()
    finally:
        database.close()
    return Transfer(counts)
