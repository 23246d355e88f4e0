"""The durable journal: an append-only log of row changes, fsync'd by group commit.

Layout: ``data_dir/journal/<first seq, 20 digits>.log`` segments. Each record is
``[payload length u32][crc32 u32][seq u64][written_at f64][payload]``, the CRC covering seq,
written_at and payload. Records are written and ``fdatasync``'d by one writer thread: everything
appended while the previous sync ran goes out in the next write + sync (group commit), and the
waiters of all those records are released together. An entry is acknowledged only after its sync,
so after ``kill -9`` a torn or missing tail in the newest segment was never acknowledged: it is
detected (length, CRC, sequence) and cut off. Damage anywhere else is refused, never skipped.

One design serves both databases (rather than using SQLite itself as the journal) so the same
crash and ordering proofs hold for SQLite and PostgreSQL alike.
"""

from __future__ import annotations

import asyncio
import datetime
import fcntl
import io
import logging
import os
import pickle
import struct
import threading
import time
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from evoladder.store.rows import TABLES, Change

log = logging.getLogger(__name__)

HEADER = struct.Struct("<IIQd")
_CRC_PART = struct.Struct("<Qd")
MAX_PAYLOAD = 256 * 1024 * 1024
SUFFIX = ".log"
READ_BUFFER_BYTES = 1024 * 1024
LOCK_NAME = "LOCK"


class JournalError(Exception):
    """The journal cannot be written, or what is on disk is damaged beyond a torn tail."""


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


def encode_record(seq: int, written_at: float, payload: bytes) -> bytes:
    crc = zlib.crc32(payload, zlib.crc32(_CRC_PART.pack(seq, written_at)))
    return HEADER.pack(len(payload), crc, seq, written_at) + payload


def read_record(f: BinaryIO) -> Record | bool | None:
    """The next record; ``None`` at a clean end of file; ``False`` for a torn or damaged record."""
    head = f.read(HEADER.size)
    if not head:
        return None
    if len(head) < HEADER.size:
        return False
    length, crc, seq, written_at = HEADER.unpack(head)
    if length > MAX_PAYLOAD:
        return False
    payload = f.read(length)
    if len(payload) < length:
        return False
    if zlib.crc32(payload, zlib.crc32(_CRC_PART.pack(seq, written_at))) != crc:
        return False
    return Record(seq, written_at, payload)


def segment_name(first_seq: int) -> str:
    return f"{first_seq:020d}{SUFFIX}"


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@dataclass
class _Segment:
    first_seq: int
    path: Path
    last_seq: int  # first_seq - 1 while empty


class Journal:
    """Append from the event loop, await durability; the writer thread does all file I/O."""

    def __init__(
        self, directory: Path, *, segment_bytes: int = 64 * 1024 * 1024, linger_s: float = 0.0
    ) -> None:
        self.directory = directory
        self.segment_bytes = segment_bytes
        self.linger_s = linger_s
        self._cond = threading.Condition()
        self._segments: list[_Segment] = []
        self._next_seq = 1
        self._durable_seq = 0
        self._pending: list[bytes] = []
        self._pending_last_seq = 0
        self._pending_future: asyncio.Future[None] | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._fd = -1
        self._lock_fd = -1
        self._active_size = 0
        self._stopping = False
        self._failure: BaseException | None = None
        self._listeners: list[threading.Event] = []
        self.syncs = 0  # group commits done (for metrics and the group-commit test)

    # --- opening and recovery ----------------------------------------------------------------
    def recover(self, shipped_seq: int) -> list[Record]:
        """Scan the segments, cut a torn tail, drop shipped segments; return entries after ``shipped_seq``.

        Must run before ``start``. The next sequence number follows both the journal and the database.
        """
        self.directory.mkdir(parents=True, exist_ok=True)
        self._take_lock()
        try:
            return self._recover(shipped_seq)
        except BaseException:
            self._release_lock()
            raise

    def _recover(self, shipped_seq: int) -> list[Record]:
        paths = sorted(p for p in self.directory.iterdir() if p.name.endswith(SUFFIX))
        tail: list[Record] = []
        last_seq_seen = 0
        segments: list[_Segment] = []
        for index, path in enumerate(paths):
            try:
                first = int(path.name.removesuffix(SUFFIX))
            except ValueError as exc:
                raise JournalError(f"unexpected file in the journal: {path}") from exc
            is_newest = index == len(paths) - 1
            records, good_bytes, damaged = self._scan(path)
            if damaged:
                if not is_newest:
                    raise JournalError(
                        f"journal segment {path} is damaged at byte {good_bytes} and is not the newest "
                        "segment; refusing to start rather than lose acknowledged changes"
                    )
                size = path.stat().st_size
                log.warning(
                    "journal: cutting a torn tail of %d bytes from %s (never acknowledged)",
                    size - good_bytes,
                    path,
                )
                with open(path, "r+b") as f:
                    f.truncate(good_bytes)
                    f.flush()
                    os.fsync(f.fileno())
            expected = first
            for r in records:
                if r.seq != expected:
                    raise JournalError(
                        f"journal segment {path} has seq {r.seq} where {expected} was expected"
                    )
                expected += 1
            segments.append(_Segment(first, path, expected - 1))
            if records:
                last_seq_seen = max(last_seq_seen, records[-1].seq)
            tail.extend(r for r in records if r.seq > shipped_seq)
        for want, r in enumerate(tail, start=shipped_seq + 1):
            if r.seq != want:
                raise JournalError(
                    f"journal entries {want}..{r.seq - 1} are missing (database has applied up to {shipped_seq})"
                )
        self._next_seq = max(last_seq_seen, shipped_seq) + 1
        self._durable_seq = self._next_seq - 1
        # Segments wholly shipped go now; the rest stay until the shipper releases them.
        self._segments = []
        for seg in segments:
            if seg.last_seq <= shipped_seq:
                seg.path.unlink()
            else:
                self._segments.append(seg)
        self._open_segment(self._next_seq)
        return tail

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

    @staticmethod
    def _scan(path: Path) -> tuple[list[Record], int, bool]:
        records: list[Record] = []
        good = 0
        with open(path, "rb") as f:
            while True:
                r = read_record(f)
                if r is None:
                    return records, good, False
                if r is False:
                    return records, good, True
                assert isinstance(r, Record)
                records.append(r)
                good = f.tell()

    def _open_segment(self, first_seq: int) -> None:
        if self._fd >= 0:
            os.close(self._fd)
        path = self.directory / segment_name(first_seq)
        if self._segments and self._segments[-1].first_seq == first_seq:
            # An empty segment left by a previous run that wrote nothing: reuse it.
            self._segments.pop()
        self._fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
        self._active_size = os.fstat(self._fd).st_size
        with self._cond:
            self._segments.append(_Segment(first_seq, path, first_seq - 1))
        _fsync_dir(self.directory)

    # --- writing -----------------------------------------------------------------------------
    def start(self, loop: asyncio.AbstractEventLoop) -> None:
        self._loop = loop
        self._thread = threading.Thread(target=self._writer, name="evoladder-journal", daemon=True)
        self._thread.start()

    @property
    def next_seq(self) -> int:
        return self._next_seq

    @property
    def durable_seq(self) -> int:
        return self._durable_seq

    @property
    def failure(self) -> BaseException | None:
        return self._failure

    def append(self, payload: bytes) -> asyncio.Future[None]:
        """Queue one entry (call from the event loop); the future completes once it is on disk."""
        if self._failure is not None:
            raise JournalError(f"the journal failed earlier and accepts no more entries: {self._failure}")
        if self._stopping:
            raise JournalError("the journal is closing")
        assert self._loop is not None, "Journal.start() was not called"
        with self._cond:
            seq = self._next_seq
            self._next_seq = seq + 1
            self._pending.append(encode_record(seq, time.time(), payload))
            self._pending_last_seq = seq
            fut = self._pending_future
            if fut is None:
                fut = self._pending_future = self._loop.create_future()
                self._cond.notify()
        return fut

    def wait_appended(self) -> asyncio.Future[None] | None:
        """A future for the durability of everything appended so far, or None if it already is."""
        with self._cond:
            return self._pending_future

    def _writer(self) -> None:
        try:
            while True:
                with self._cond:
                    while not self._pending and not self._stopping:
                        self._cond.wait()
                    if not self._pending:
                        return
                if self.linger_s:
                    time.sleep(self.linger_s)  # let more appends join this commit
                with self._cond:
                    records, last_seq, fut = self._pending, self._pending_last_seq, self._pending_future
                    self._pending, self._pending_future = [], None
                try:
                    self._write(records, last_seq)
                except BaseException as exc:
                    log.exception("journal: writing entries up to %d failed; no further writes", last_seq)
                    self._fail(exc, fut)
                    return
                self._release(fut, None)
        finally:
            if self._fd >= 0:
                os.close(self._fd)
                self._fd = -1

    def _write(self, records: list[bytes], last_seq: int) -> None:
        data = b"".join(records)
        if self._active_size and self._active_size + len(data) > self.segment_bytes:
            with self._cond:
                self._segments[-1].last_seq = last_seq - len(records)
            self._open_segment(last_seq - len(records) + 1)
        view = memoryview(data)
        while view:
            written = os.write(self._fd, view)
            view = view[written:]
        os.fdatasync(self._fd)
        self._active_size += len(data)
        with self._cond:
            self._segments[-1].last_seq = last_seq
            self._durable_seq = last_seq
            self.syncs += 1
            for event in self._listeners:
                event.set()
            self._cond.notify_all()

    def _fail(self, exc: BaseException, fut: asyncio.Future[None] | None) -> None:
        with self._cond:
            self._failure = exc
            pending_fut, self._pending_future = self._pending_future, None
            self._pending = []
            self._cond.notify_all()
        error = JournalError(f"the journal could not write to {self.directory}: {exc}")
        self._release(fut, error)
        self._release(pending_fut, error)

    def _release(self, fut: asyncio.Future[None] | None, error: BaseException | None) -> None:
        if fut is None or self._loop is None:
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
            log.warning(
                "journal: event loop closed before entries up to %d were acknowledged", self._durable_seq
            )

    def subscribe(self) -> threading.Event:
        """An event set after every commit (the shipper waits on it instead of polling)."""
        event = threading.Event()
        with self._cond:
            self._listeners.append(event)
        return event

    def flush(self, timeout: float | None = None) -> bool:
        """Block (off the loop) until everything appended is durable; False on timeout."""
        with self._cond:
            return (
                self._cond.wait_for(
                    lambda: self._durable_seq >= self._next_seq - 1 or self._failure is not None, timeout
                )
                and self._failure is None
            )

    def close(self) -> None:
        """Write what is pending, stop the writer thread, close the segment."""
        with self._cond:
            self._stopping = True
            self._cond.notify_all()
        if self._thread is not None:
            self._thread.join()
            self._thread = None
        elif self._fd >= 0:
            os.close(self._fd)
            self._fd = -1
        self._release_lock()

    def _release_lock(self) -> None:
        if self._lock_fd >= 0:
            os.close(self._lock_fd)  # releases the flock
            self._lock_fd = -1

    # --- reading and cleanup (shipper thread) ------------------------------------------------
    def segment_for(self, seq: int) -> Path:
        with self._cond:
            for seg in reversed(self._segments):
                if seg.first_seq <= seq:
                    return seg.path
        raise JournalError(f"no journal segment holds entry {seq}")

    def release(self, shipped_seq: int) -> int:
        """Delete closed segments whose entries are all applied to the database; return how many."""
        with self._cond:
            done = [s for s in self._segments[:-1] if s.last_seq <= shipped_seq]
            self._segments = [s for s in self._segments if s not in done]
        for seg in done:
            seg.path.unlink(missing_ok=True)
        if done:
            _fsync_dir(self.directory)
        return len(done)

    def segment_count(self) -> int:
        with self._cond:
            return len(self._segments)


class JournalReader:
    """Reads durable entries in order from ``start_seq`` on, following segments as they rotate."""

    def __init__(self, journal: Journal, start_seq: int) -> None:
        self.journal = journal
        self.next_seq = start_seq
        self._file: BinaryIO | None = None
        self._path: Path | None = None
        self._pos = 0  # offset in ``_file`` of the next record

    def read(self, max_entries: int) -> list[Record]:
        durable = self.journal.durable_seq
        out: list[Record] = []
        while self.next_seq <= durable and len(out) < max_entries:
            if self._file is None:
                self._path = self.journal.segment_for(self.next_seq)
                # A large buffer: a read(2) takes many records at once. Every system call gives up
                # the GIL, and taking it back waits on the busy event loop (up to a switch interval).
                self._file = open(self._path, "rb", buffering=READ_BUFFER_BYTES)  # noqa: SIM115 - kept open across calls
                self._pos = 0
            r = read_record(self._file)
            if r is None or r is False:
                # End of a segment that was rotated away from: continue in the next one.
                self._file.seek(self._pos)
                nxt = self.journal.segment_for(self.next_seq)
                if nxt == self._path:
                    raise JournalError(f"entry {self.next_seq} is durable but unreadable in {nxt}")
                self._file.close()
                self._file = None
                continue
            assert isinstance(r, Record)
            # Where the next record starts, known without tell() (a system call per record).
            self._pos += HEADER.size + len(r.payload)
            if r.seq < self.next_seq:
                continue
            if r.seq != self.next_seq:
                raise JournalError(f"journal has entry {r.seq} where {self.next_seq} was expected")
            out.append(r)
            self.next_seq += 1
        return out

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None
