"""The durable log ("journal"): every transition's row changes, committed to SQLite before anyone is
told, then shipped to the database in order.

One SQLite file (``data_dir/journal/journal.sqlite3``) in WAL mode with ``synchronous=FULL``: a
commit is on disk when ``COMMIT`` returns, and SQLite — not home-made code — handles torn writes,
recovery after a crash and its own file descriptors. One writer thread does group commit:
everything appended while the previous commit ran goes into the next transaction, and the waiters
of all those entries are released together. "Acknowledged" means "committed".

A commit that fails (disk full, I/O error) fails its entries *and every entry appended after them*;
the journal then refuses appends until ``reopen()`` has reopened the file and proved with a probe
commit that the disk takes writes again. The store decides what memory does meanwhile (see
``Store``). Shipped entries are deleted by the writer itself (one writer, no lock contention).
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime
import fcntl
import io
import logging
import os
import pickle
import sqlite3
import threading
import time
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from evoladder.store.rows import TABLES, Change

log = logging.getLogger(__name__)

FILE_NAME = "journal.sqlite3"
LOCK_NAME = "LOCK"
SCHEMA_VERSION = 1
# SQLite checkpoints its WAL automatically every 1,000 pages (inside a commit: it must, or the WAL
# would grow without bound under steady load); when idle, the writer also truncates a WAL larger than
# this, so the file shrinks back after a burst.
CHECKPOINT_PAGES = 4000
DELETE_BATCH = 20_000  # shipped entries deleted per transaction


class JournalError(Exception):
    """The journal cannot be written, or what is on disk is damaged."""


class JournalUnavailable(JournalError):
    """A commit failed (or an earlier one did): nothing appended since is durable."""


class JournalDamaged(JournalError):
    """The file on disk is not a sound journal; the ladder must not start on it."""


# --- entry payloads ---------------------------------------------------------------------------
# An entry is the transition's changes as ``(table, op, row)`` tuples, pickled: about 3× cheaper
# than JSON on the event loop (rows hold datetimes), and replay at startup gets Python values back
# with no conversion. Unpickling is restricted to the datetime types rows contain, so a journal
# file can never name other code to run.
_ALLOWED_GLOBALS = {
    ("datetime", "datetime"): datetime.datetime,
    ("datetime", "timezone"): datetime.timezone,
    ("datetime", "timedelta"): datetime.timedelta,
}


class _RowUnpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        found = _ALLOWED_GLOBALS.get((module, name))
        if found is None:
            raise JournalError(f"journal entry refers to {module}.{name}, which rows never contain")
        return found


def encode_entry(changes: Iterable[Change]) -> bytes:
    """One journal entry's payload from a transition's changes."""
    return pickle.dumps([(c.table, c.op, c.row) for c in changes], protocol=5)


RawChange = tuple[str, str, dict[str, Any]]
_OPS = frozenset(("upsert", "delete"))


def decode_entry(payload: bytes) -> list[Change]:
    return [Change(table, op, row) for table, op, row in decode_entries([payload])[0]]  # type: ignore[arg-type]


def decode_entries(payloads: Sequence[bytes]) -> list[list[RawChange]]:
    """Several entries' changes as checked ``(table, op, row)`` tuples, for the shipper.

    The changes stay tuples: the shipper re-keys and encodes them at once, so ``Change`` objects
    per row would be made only to be thrown away.
    """
    out: list[list[RawChange]] = []
    tables = TABLES
    for payload in payloads:
        try:
            raw = _RowUnpickler(io.BytesIO(payload)).load()
        except JournalError:
            raise
        except Exception as exc:
            raise JournalError(f"journal entry cannot be decoded: {exc}") from exc
        try:
            for table, op, row in raw:
                if table not in tables or op not in _OPS or type(row) is not dict:
                    raise JournalError(f"journal entry holds an unknown change {table!r} {op!r}")
        except (TypeError, ValueError) as exc:
            raise JournalError(f"journal entry cannot be decoded: {exc}") from exc
        out.append(raw)
    return out


@dataclass(frozen=True, slots=True)
class Record:
    seq: int
    written_at: float  # Unix time the entry was appended
    payload: bytes


def damage_message(path: Path, detail: str) -> str:
    return (
        f"the journal {path} is damaged ({detail}). Nothing was changed. Restore the data "
        "directory from a backup (see README, Backups), or — if `evoladder check` on a copy shows the "
        "database already holds every change — move the journal file aside and start again"
    )


def checked_record(path: Path, row: tuple[int, float, int, bytes]) -> Record:
    """A row of the entries table as a record, once its payload matches its checksum."""
    seq, written_at, crc, payload = row
    if zlib.crc32(payload) != crc:
        raise JournalDamaged(damage_message(path, f"entry {seq} does not match its checksum"))
    return Record(seq, written_at, bytes(payload))


def _connect(path: Path, *, readonly: bool = False) -> sqlite3.Connection:
    uri = f"file:{path}?mode=ro" if readonly else f"file:{path}"
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA busy_timeout=5000")
    if not readonly:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
    return conn


@dataclass
class _Group:
    """Entries waiting for one commit, and the future their appenders await."""

    rows: list[tuple[int, float, bytes]]
    last_seq: int
    future: asyncio.Future[None]


class Journal:
    """Append from the event loop, await durability; the writer thread does all writing."""

    def __init__(self, directory: Path, *, linger_s: float = 0.0) -> None:
        self.directory = directory
        self.path = directory / FILE_NAME
        self.linger_s = linger_s
        self._cond = threading.Condition()
        self._conn: sqlite3.Connection | None = None
        self._lock_fd = -1
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._next_seq = 1
        self._durable_seq = 0
        self._pending: _Group | None = None
        self._inflight: _Group | None = None
        self._release_to = 0  # entries up to here are in the database and may be deleted
        self._released = 0
        self._stopping = False
        self._failure: BaseException | None = None
        self._listeners: list[threading.Event] = []
        self.syncs = 0  # group commits done (for metrics and the group-commit test)
        self.commit_seconds: list[float] = []  # recent commit durations (bounded; for benchmarks)

    # --- opening and recovery ----------------------------------------------------------------
    def recover(self, shipped_seq: int) -> list[Record]:
        """Open (SQLite recovers its WAL), check the file, return the entries after ``shipped_seq``.

        Must run before ``start``. Refuses with ``JournalDamaged`` (naming the file and what to do)
        rather than guess when the file is not a sound journal or entries the database lacks are
        missing. The next sequence number follows both the journal and the database.
        """
        self.directory.mkdir(parents=True, exist_ok=True)
        old_segments = sorted(p.name for p in self.directory.glob("*.log"))
        if old_segments:
            raise JournalDamaged(
                f"{self.directory} holds journal segments of an older evoladder ({old_segments[0]} …): "
                "start that version once so it ships them, then remove the *.log files"
            )
        self._take_lock()
        try:
            self._conn = self._open_checked()
            return self._read_tail(shipped_seq)
        except BaseException:
            self._close_connection()
            self._release_lock()
            raise

    def _open_checked(self) -> sqlite3.Connection:
        try:
            conn = _connect(self.path)
            problems = [row[0] for row in conn.execute("PRAGMA quick_check").fetchall()]
            if problems != ["ok"]:
                conn.close()
                raise JournalDamaged(self._damage_message("; ".join(problems[:3])))
            # SQLite guards against torn writes, not against bits flipping on the disk later: each
            # entry carries the CRC-32 of its payload, checked whenever it is read.
            conn.execute(
                "CREATE TABLE IF NOT EXISTS entries (seq INTEGER PRIMARY KEY, written_at REAL NOT NULL, "
                "crc INTEGER NOT NULL, payload BLOB NOT NULL)"
            )
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version == 0:
                conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
            elif version != SCHEMA_VERSION:
                conn.close()
                raise JournalDamaged(
                    f"{self.path} is journal format {version}; this evoladder reads format {SCHEMA_VERSION}"
                )
        except sqlite3.DatabaseError as exc:
            raise JournalDamaged(self._damage_message(str(exc))) from exc
        return conn

    def _damage_message(self, detail: str) -> str:
        return damage_message(self.path, detail)

    def _read_tail(self, shipped_seq: int) -> list[Record]:
        assert self._conn is not None
        try:
            rows = self._conn.execute(
                "SELECT seq, written_at, crc, payload FROM entries WHERE seq > ? ORDER BY seq", (shipped_seq,)
            ).fetchall()
            last = self._conn.execute("SELECT COALESCE(MAX(seq), 0) FROM entries").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            raise JournalDamaged(self._damage_message(str(exc))) from exc
        tail = [self._checked(row) for row in rows]
        for want, record in enumerate(tail, start=shipped_seq + 1):
            if record.seq != want:
                raise JournalDamaged(
                    self._damage_message(
                        f"entries {want}..{record.seq - 1} are missing; the database has applied up to "
                        f"{shipped_seq}"
                    )
                )
        self._next_seq = max(last, shipped_seq) + 1
        self._durable_seq = self._next_seq - 1
        self._release_to = self._released = shipped_seq
        return tail

    def _checked(self, row: tuple[int, float, int, bytes]) -> Record:
        return checked_record(self.path, row)

    def _take_lock(self) -> None:
        """One process per journal: a second writer (say ``evoladder check`` while the bot runs)
        would interleave sequence numbers. The OS drops the lock when the process dies, even by kill -9."""
        fd = os.open(self.directory / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            os.close(fd)
            raise JournalError(
                f"another evoladder process is using the journal in {self.directory}; stop it first"
            ) from exc
        self._lock_fd = fd

    def _release_lock(self) -> None:
        if self._lock_fd >= 0:
            os.close(self._lock_fd)  # releases the flock
            self._lock_fd = -1

    def _close_connection(self) -> None:
        if self._conn is not None:
            try:
                self._conn.close()
            except sqlite3.Error:
                log.exception("journal: closing %s failed", self.path)
            self._conn = None

    # --- state -------------------------------------------------------------------------------
    @property
    def next_seq(self) -> int:
        return self._next_seq

    @property
    def durable_seq(self) -> int:
        return self._durable_seq

    @property
    def failure(self) -> BaseException | None:
        return self._failure

    # --- writing -----------------------------------------------------------------------------
    def start(self, loop: asyncio.AbstractEventLoop) -> None:
        self._loop = loop
        self._thread = threading.Thread(target=self._writer, name="evoladder-journal", daemon=True)
        self._thread.start()

    def append(self, payload: bytes) -> asyncio.Future[None]:
        """Queue one entry (call from the event loop); the future completes once it is committed."""
        assert self._loop is not None, "Journal.start() was not called"
        with self._cond:
            # Checked under the lock: a failing writer clears the queue under it too, so no entry
            # can slip in behind a failure and wait forever.
            if self._failure is not None:
                raise JournalUnavailable(f"the journal can't commit: {self._failure}")
            if self._stopping:
                raise JournalError("the journal is closing")
            seq = self._next_seq
            self._next_seq = seq + 1
            group = self._pending
            if group is None:
                group = self._pending = _Group([], seq, self._loop.create_future())
                self._cond.notify()
            group.rows.append((seq, time.time(), payload))
            group.last_seq = seq
            return group.future

    def wait_durable(self) -> asyncio.Future[None] | None:
        """A future for the durability of everything appended so far; None if it already is.

        A repeated idempotency key is answered only after the entry of its first run is committed,
        whether that entry is still waiting or being committed right now.
        """
        with self._cond:
            if self._failure is not None:
                raise JournalUnavailable(f"the journal can't commit: {self._failure}")
            if self._pending is not None:
                return self._pending.future
            if self._inflight is not None:
                return self._inflight.future
            return None

    def _writer(self) -> None:
        while True:
            with self._cond:
                while self._pending is None and not self._stopping and not self._cleanup_due():
                    if not self._cond.wait(timeout=1.0):
                        break  # idle for a second: a chance to checkpoint
                if self._pending is None and self._stopping:
                    break
                group = self._pending
            if group is None:
                self._idle_work()
                continue
            if self.linger_s:
                time.sleep(self.linger_s)  # let more appends join this commit
            with self._cond:
                group, self._pending = self._pending, None
                self._inflight = group
                release_to = self._release_to
            assert group is not None
            try:
                self._commit(group, release_to)
            except BaseException as exc:
                self._fail(exc)
                return
            with self._cond:
                self._inflight = None
                self._durable_seq = group.last_seq
                self.syncs += 1
                for event in self._listeners:
                    event.set()
                self._cond.notify_all()
            self._settle(group.future, None)
        self._idle_work()  # closing: leave the file tidy (shipped entries deleted, WAL checkpointed)

    def _commit(self, group: _Group, release_to: int) -> None:
        conn = self._conn
        assert conn is not None
        started = time.perf_counter()
        try:
            conn.execute("BEGIN IMMEDIATE")
            conn.executemany(
                "INSERT INTO entries (seq, written_at, crc, payload) VALUES (?, ?, ?, ?)",
                [(seq, at, zlib.crc32(payload), payload) for seq, at, payload in group.rows],
            )
            if release_to > self._released:
                self._delete_shipped(conn, release_to)
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                try:
                    conn.execute("ROLLBACK")
                except sqlite3.Error:
                    log.exception("journal: rolling back a failed commit failed")
            raise
        self.commit_seconds.append(time.perf_counter() - started)
        if len(self.commit_seconds) > 100_000:
            del self.commit_seconds[:50_000]

    def _delete_shipped(self, conn: sqlite3.Connection, release_to: int) -> None:
        upto = min(release_to, self._released + DELETE_BATCH)
        conn.execute("DELETE FROM entries WHERE seq <= ?", (upto,))
        self._released = upto

    def _cleanup_due(self) -> bool:
        return self._release_to - self._released >= DELETE_BATCH

    def _idle_work(self) -> None:
        """With nothing to commit: delete shipped entries, checkpoint a large WAL."""
        conn = self._conn
        if conn is None:
            return
        try:
            release_to = self._release_to
            if release_to > self._released:
                conn.execute("BEGIN IMMEDIATE")
                self._delete_shipped(conn, release_to)
                conn.execute("COMMIT")
            busy, wal_pages, _ = conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
            if not busy and wal_pages > CHECKPOINT_PAGES:
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.Error as exc:
            # Housekeeping only: the next commit reports a real write failure.
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            log.warning("journal: cleanup failed (retried later): %s", exc)

    def _fail(self, exc: BaseException) -> None:
        """A commit failed: it and everything appended after it fail; no further commits."""
        log.critical("journal: commit to %s failed; nothing is being saved: %s", self.path, exc)
        error = JournalUnavailable(f"the journal could not commit to {self.path}: {exc}")
        with self._cond:
            self._failure = exc
            groups = [g for g in (self._inflight, self._pending) if g is not None]
            self._inflight = self._pending = None
            self._next_seq = self._durable_seq + 1  # nothing after the durable end was committed
            self._cond.notify_all()
        for group in groups:
            self._settle(group.future, error)

    def _settle(self, fut: asyncio.Future[None], error: BaseException | None) -> None:
        if self._loop is None:
            return

        def settle() -> None:
            if fut.done():
                return
            if error is None:
                fut.set_result(None)
            else:
                fut.set_exception(error)

        try:
            self._loop.call_soon_threadsafe(settle)
        except RuntimeError:
            log.warning("journal: event loop closed before entries up to %d were settled", self._durable_seq)

    def reopen(self) -> None:
        """After a failure: reopen the file and prove with a probe commit that writes work again.

        Raises ``JournalUnavailable`` while the disk still refuses, ``JournalDamaged`` if the file is
        no longer sound. On success the writer runs again and appends are accepted.
        """
        assert self._failure is not None, "reopen() is for a failed journal"
        if self._thread is not None:
            self._thread.join()
            self._thread = None
        self._close_connection()
        conn = self._open_checked()
        try:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")  # a real write, nothing changed
            conn.execute("COMMIT")
            durable = conn.execute("SELECT COALESCE(MAX(seq), 0) FROM entries").fetchone()[0]
        except sqlite3.Error as exc:
            if conn.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    conn.execute("ROLLBACK")
            conn.close()
            raise JournalUnavailable(f"the journal still can't commit to {self.path}: {exc}") from exc
        self._conn = conn
        with self._cond:
            self._durable_seq = max(durable, self._released)
            self._next_seq = self._durable_seq + 1
            self._failure = None
        if self._loop is not None:
            self.start(self._loop)

    def subscribe(self) -> threading.Event:
        """An event set after every commit (the shipper waits on it instead of polling)."""
        event = threading.Event()
        with self._cond:
            self._listeners.append(event)
        return event

    def release(self, shipped_seq: int) -> None:
        """Entries up to ``shipped_seq`` are in the database: the writer deletes them when it can."""
        with self._cond:
            if shipped_seq > self._release_to:
                self._release_to = shipped_seq
                if self._cleanup_due():
                    self._cond.notify()

    def flush(self, timeout: float | None = None) -> bool:
        """Block (off the loop) until everything appended is durable; False on timeout or failure."""
        with self._cond:
            return (
                self._cond.wait_for(
                    lambda: self._durable_seq >= self._next_seq - 1 or self._failure is not None, timeout
                )
                and self._failure is None
            )

    def close(self) -> None:
        """Commit what is pending, stop the writer thread, close the file."""
        with self._cond:
            self._stopping = True
            self._cond.notify_all()
        if self._thread is not None:
            self._thread.join()
            self._thread = None
        self._close_connection()
        self._release_lock()

    def committed_after(self, seq: int) -> list[Record]:
        """Every committed entry after ``seq``, in order (read on a connection of its own)."""
        conn = _connect(self.path, readonly=True)
        try:
            rows = conn.execute(
                "SELECT seq, written_at, crc, payload FROM entries WHERE seq > ? ORDER BY seq", (seq,)
            ).fetchall()
        except sqlite3.DatabaseError as exc:
            raise JournalDamaged(self._damage_message(str(exc))) from exc
        finally:
            conn.close()
        return [self._checked(row) for row in rows]

    def integrity_problems(self) -> list[str]:
        """A full check: SQLite's integrity check, then every entry against its checksum."""
        conn = _connect(self.path, readonly=True)
        try:
            found = [row[0] for row in conn.execute("PRAGMA integrity_check").fetchall()]
            problems = [] if found == ["ok"] else [f"{self.path}: {p}" for p in found[:10]]
            for row in conn.execute("SELECT seq, written_at, crc, payload FROM entries ORDER BY seq"):
                try:
                    self._checked(row)
                except JournalDamaged:
                    problems.append(f"{self.path}: entry {row[0]} does not match its checksum")
            return problems
        except sqlite3.DatabaseError as exc:
            return [f"{self.path} can't be checked: {exc}"]
        finally:
            conn.close()

    def entry(self, seq: int) -> Record | None:
        """One committed entry (for ``evoladder journal show``), None when it isn't in the file."""
        conn = _connect(self.path, readonly=True)
        try:
            row = conn.execute(
                "SELECT seq, written_at, crc, payload FROM entries WHERE seq = ?", (seq,)
            ).fetchone()
        finally:
            conn.close()
        return None if row is None else self._checked(row)

    def backup_to(self, target: Path) -> None:
        """A consistent copy of the live file (SQLite's online backup API), while the ladder runs."""
        source = _connect(self.path, readonly=True)
        dest = sqlite3.connect(target)
        try:
            source.backup(dest)
        finally:
            dest.close()
            source.close()

    def entry_count(self) -> int:
        """Entries still in the file (not yet deleted after shipping)."""
        conn = _connect(self.path, readonly=True)
        try:
            return int(conn.execute("SELECT COUNT(*) FROM entries").fetchone()[0])
        finally:
            conn.close()


class JournalReader:
    """Reads committed entries in order from ``start_seq`` on, on its own read-only connection."""

    def __init__(self, journal: Journal, start_seq: int) -> None:
        self.journal = journal
        self.next_seq = start_seq
        self._conn: sqlite3.Connection | None = None

    def read(self, max_entries: int) -> list[Record]:
        durable = self.journal.durable_seq
        if self.next_seq > durable:
            return []
        if self._conn is None:
            self._conn = _connect(self.journal.path, readonly=True)
        try:
            rows = self._conn.execute(
                "SELECT seq, written_at, crc, payload FROM entries WHERE seq >= ? AND seq <= ? "
                "ORDER BY seq LIMIT ?",
                (self.next_seq, durable, max_entries),
            ).fetchall()
        except sqlite3.Error as exc:
            raise JournalError(f"reading the journal {self.journal.path} failed: {exc}") from exc
        out = []
        for row in rows:
            record = checked_record(self.journal.path, row)
            if record.seq != self.next_seq:
                raise JournalError(f"journal has entry {record.seq} where {self.next_seq} was expected")
            out.append(record)
            self.next_seq += 1
        if not out:
            raise JournalError(f"entry {self.next_seq} is committed but not in {self.journal.path}")
        return out

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
