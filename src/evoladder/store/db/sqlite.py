"""SQLite adapter: one connection, WAL, ``synchronous=FULL``.

FULL matters because journal segments are deleted once the database says they are applied: a commit
that a power cut could roll back would lose entries the journal no longer holds.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from evoladder.store.db.base import (
    LOAD_CHUNK_ROWS,
    DatabaseError,
    RowRefused,
    ShipBatch,
    ShipOrderError,
    migrations_for,
)
from evoladder.store.db.codec import compile_row_loader, ts_to_wire
from evoladder.store.rows import TABLES

log = logging.getLogger(__name__)


def _q(name: str) -> str:
    return f'"{name}"'


def _upsert_sql(table: str) -> str:
    t = TABLES[table]
    cols = ", ".join(_q(c) for c in t.column_names)
    marks = ", ".join("?" for _ in t.column_names)
    updates = ", ".join(f"{_q(c)} = excluded.{_q(c)}" for c in t.column_names if c not in t.key)
    return (
        f"INSERT INTO {_q(table)} ({cols}) VALUES ({marks}) "
        f"ON CONFLICT ({', '.join(_q(k) for k in t.key)}) DO UPDATE SET {updates}"
    )


def _delete_sql(table: str) -> str:
    t = TABLES[table]
    return f"DELETE FROM {_q(table)} WHERE " + " AND ".join(f"{_q(k)} = ?" for k in t.key)


class SqliteDatabase:
    """The embedded default database: a file under the data directory."""

    backend = "sqlite"

    native_rows = False  # see ShipBatch.build_raw

    def __init__(self, path: Path) -> None:
        self.path = path
        self.location = str(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        # One connection used from several threads in turn (startup, then the shipper); the lock
        # makes that explicit instead of relying on callers never overlapping.
        self._lock = threading.RLock()
        try:
            self._conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute("PRAGMA synchronous=FULL")
            self._conn.execute("PRAGMA busy_timeout=5000")
        except sqlite3.Error as exc:
            raise DatabaseError(f"cannot open SQLite database {path}: {exc}") from exc
        self._upserts = {name: _upsert_sql(name) for name in TABLES}
        self._deletes = {name: _delete_sql(name) for name in TABLES}

    # --- schema ------------------------------------------------------------------------------
    def _has_table(self, name: str) -> bool:
        row = self._conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", (name,)
        ).fetchone()
        return row is not None

    def schema_version(self) -> int:
        with self._lock:
            try:
                if not self._has_table("schema_migrations"):
                    return 0
                row = self._conn.execute("SELECT COALESCE(MAX(version), 0) FROM schema_migrations").fetchone()
                return int(row[0])
            except sqlite3.Error as exc:
                raise DatabaseError(f"cannot read the schema version of {self.path}: {exc}") from exc

    def migrate(self) -> list[str]:
        current = self.schema_version()
        applied = []
        with self._lock:
            for m in migrations_for(self.backend):
                if m.version <= current:
                    continue
                stamp = ts_to_wire(datetime.now(UTC))
                script = (
                    "BEGIN IMMEDIATE;\n"
                    "CREATE TABLE IF NOT EXISTS schema_migrations "
                    "(version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL);\n"
                    f"{m.sql}\n"
                    f"INSERT INTO schema_migrations (version, name, applied_at) VALUES ({m.version}, "
                    f"'{m.name}', '{stamp}');\nCOMMIT;"
                )
                try:
                    self._conn.executescript(script)
                except sqlite3.Error as exc:
                    if self._conn.in_transaction:
                        self._conn.execute("ROLLBACK")
                    raise DatabaseError(
                        f"migration {m.version:04d}_{m.name} failed on {self.path}: {exc}"
                    ) from exc
                log.info("applied migration %04d_%s to %s", m.version, m.name, self.path)
                applied.append(f"{m.version:04d}_{m.name}")
        return applied

    # --- reads -------------------------------------------------------------------------------
    def last_applied_seq(self) -> int:
        with self._lock:
            try:
                return int(self._conn.execute("SELECT last_seq FROM ship_state WHERE id = 1").fetchone()[0])
            except sqlite3.Error as exc:
                raise DatabaseError(f"cannot read ship_state from {self.path}: {exc}") from exc

    def load(self, table: str, *, json_as_text: bool = False) -> Iterator[dict[str, Any]]:
        cols = ", ".join(_q(c) for c in TABLES[table].column_names)
        load_row = compile_row_loader(table, json_as_text=json_as_text)
        with self._lock:
            try:
                cur = self._conn.execute(f"SELECT {cols} FROM {_q(table)}")
                while chunk := cur.fetchmany(LOAD_CHUNK_ROWS):
                    yield from map(load_row, chunk)
            except sqlite3.Error as exc:
                raise DatabaseError(f"cannot load {table} from {self.path}: {exc}") from exc

    def max_key(self, table: str) -> int:
        (key,) = TABLES[table].key
        with self._lock:
            row = self._conn.execute(f"SELECT COALESCE(MAX({_q(key)}), 0) FROM {_q(table)}").fetchone()
        return int(row[0])

    def count(self, table: str) -> int:
        with self._lock:
            return int(self._conn.execute(f"SELECT COUNT(*) FROM {_q(table)}").fetchone()[0])

    # --- writes ------------------------------------------------------------------------------
    def apply(self, batch: ShipBatch) -> None:
        assert not batch.native, "SQLite takes rows in the wire form (timestamps as text)"
        with self._lock:
            conn = self._conn
            try:
                conn.execute("BEGIN IMMEDIATE")
                try:
                    last = int(conn.execute("SELECT last_seq FROM ship_state WHERE id = 1").fetchone()[0])
                    if last >= batch.last_seq:
                        conn.execute("ROLLBACK")
                        return
                    if last != batch.first_seq - 1:
                        raise ShipOrderError(
                            f"{self.path} has applied up to {last}; batch {batch.first_seq}..{batch.last_seq}"
                            " does not follow it"
                        )
                    for table, dels in batch.deletes.items():
                        if dels:
                            conn.executemany(self._deletes[table], dels.values())
                    for table, ups in batch.upserts.items():
                        if ups:
                            conn.executemany(self._upserts[table], ups.values())
                    conn.execute(
                        "UPDATE ship_state SET last_seq = ?, updated_at = ? WHERE id = 1",
                        (batch.last_seq, ts_to_wire(datetime.now(UTC))),
                    )
                    conn.execute("COMMIT")
                except BaseException:
                    if conn.in_transaction:
                        conn.execute("ROLLBACK")
                    raise
            except (sqlite3.IntegrityError, sqlite3.DataError, sqlite3.ProgrammingError, UnicodeError) as exc:
                raise RowRefused(
                    f"{self.path} refused entries {batch.first_seq}..{batch.last_seq}: {type(exc).__name__}: {exc}"
                ) from exc
            except sqlite3.Error as exc:
                raise DatabaseError(
                    f"shipping {batch.first_seq}..{batch.last_seq} to {self.path} failed: {exc}"
                ) from exc

    def integrity_problems(self) -> list[str]:
        """SQLite's own full check of the file (every page, index and constraint)."""
        with self._lock:
            try:
                found = [row[0] for row in self._conn.execute("PRAGMA integrity_check").fetchall()]
            except sqlite3.Error as exc:
                return [f"{self.path} can't be checked: {exc}"]
        return [] if found == ["ok"] else [f"{self.path}: {problem}" for problem in found[:10]]

    def backup_to(self, target: Path) -> None:
        """A consistent copy of the live file (SQLite's online backup API)."""
        with self._lock:
            dest = sqlite3.connect(target)
            try:
                self._conn.backup(dest)
            finally:
                dest.close()

    def ping(self) -> None:
        with self._lock:
            try:
                self._conn.execute("SELECT 1").fetchone()
            except sqlite3.Error as exc:
                raise DatabaseError(f"SQLite database {self.path} is not usable: {exc}") from exc

    def close(self) -> None:
        with self._lock:
            self._conn.close()
