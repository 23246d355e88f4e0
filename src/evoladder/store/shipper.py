"""The shipper: applies journal entries to the database in order, batched, idempotently.

It runs on its own thread (database drivers block; the event loop must not). Each batch is applied
in one database transaction together with its last sequence number, so after any crash the database
says exactly where to resume, and an entry is never applied twice. A database that can't be reached
is retried with capped exponential backoff until it goes through: nothing is skipped or reordered,
and the backlog stays observable meanwhile.

A database that *refuses* rows (a value it can't hold) is never retried blindly: the shipper finds
the exact entry (shipping the entries before it one by one), then stops with that entry and the
reason, which ``/health``, the metrics, the log and the staff feed show, and ``evoladder journal show``
prints. Any other failure (the journal unreadable, a bug) also stops it loudly, never silently.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from dataclasses import dataclass

from evoladder.store.db.base import Database, RowRefused, ShipBatch
from evoladder.store.journal import Journal, JournalReader, Record, decode_entries

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ShipStop:
    """Why shipping stopped: the entry it could not ship (None when not about one entry) and why."""

    seq: int | None
    reason: str
    at: float


@dataclass(frozen=True)
class ShipperStats:
    shipped_seq: int
    backlog_entries: int
    oldest_unshipped_age_s: float
    rows_per_s: float  # over the last few seconds
    rows_total: int
    batches_total: int
    retries_total: int
    database_reachable: bool
    last_error: str | None
    last_error_at: float | None
    stopped: ShipStop | None


class Shipper:
    """Drains the journal into the database; ``start``, then ``stop`` to drain and finish."""

    RATE_WINDOW_S = 5.0

    def __init__(
        self,
        journal: Journal,
        database: Database,
        *,
        batch_entries: int = 5000,
        retry_min_s: float = 0.05,
        retry_max_s: float = 5.0,
        stall_after_s: float = 2.0,
        interval_s: float = 0.02,
    ) -> None:
        self.journal = journal
        self.database = database
        self.native = database.native_rows
        self.batch_entries = batch_entries
        self.retry_min_s = retry_min_s
        self.retry_max_s = retry_max_s
        # A batch that neither succeeds nor fails for this long (e.g. waiting for a connection to a
        # database that went away) counts as "database unreachable" in the stats.
        self.stall_after_s = stall_after_s
        self.interval_s = interval_s
        self._applying_since: float | None = None
        self._shipped_seq = database.last_applied_seq()
        self._reader = JournalReader(journal, self._shipped_seq + 1)
        self._wake = journal.subscribe()
        self._stop = threading.Event()
        self._deadline = float("inf")
        self._thread: threading.Thread | None = None
        self._lock = threading.Condition()
        self._pending: tuple[list[Record], ShipBatch] | None = None
        self._recent: deque[tuple[float, int]] = deque()
        self._rows_total = 0
        self._batches_total = 0
        self._retries_total = 0
        self._reachable = True
        self._last_error: str | None = None
        self._last_error_at: float | None = None
        self._stopped: ShipStop | None = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run_guarded, name="evoladder-shipper", daemon=True)
        self._thread.start()

    def stop(self, timeout_s: float) -> bool:
        """Ship what the journal holds (for at most ``timeout_s``), then stop; True if all shipped.

        Call after the journal stopped accepting entries, so "everything" is a fixed target.
        """
        self._deadline = time.monotonic() + timeout_s
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join()
            self._thread = None
        self._reader.close()
        drained = self._shipped_seq >= self.journal.durable_seq
        if not drained:
            log.warning(
                "shipper: stopped with entries %d..%d unshipped; they stay in the journal for the next start",
                self._shipped_seq + 1,
                self.journal.durable_seq,
            )
        return drained

    # --- the loop ----------------------------------------------------------------------------
    def _run_guarded(self) -> None:
        try:
            self._run()
        except BaseException as exc:
            self._halt(None, f"{type(exc).__name__}: {exc}")
            log.critical(
                "shipper: stopped by an unexpected error; the backlog stays in the journal", exc_info=exc
            )

    def _run(self) -> None:
        delay = self.retry_min_s
        while True:
            if self._pending is None:
                records = self._reader.read(self.batch_entries)
                if not records:
                    if self._stop.is_set():
                        return
                    self._wake.wait(0.5)
                    self._wake.clear()
                    continue
                entries = decode_entries([r.payload for r in records])
                batch = ShipBatch.build_raw(records[0].seq, records[-1].seq, entries, native=self.native)
                with self._lock:
                    self._pending = (records, batch)
            records, batch = self._pending
            self._applying_since = time.monotonic()
            try:
                self.database.apply(batch)
            except RowRefused as exc:
                self._applying_since = None
                if self._isolate_refused(records, exc):
                    return
                continue
            except Exception as exc:
                self._applying_since = None
                self._note_failure(batch, exc)
                if self._stop.is_set() and time.monotonic() >= self._deadline:
                    return
                # Sleep, but wake at once for stop(); retry even while stopping until the deadline.
                # Once stopping, the stop event is already set and would not sleep at all: back off
                # with a plain sleep then, or a failing batch spins a core until the deadline.
                pause = min(delay, max(0.0, self._deadline - time.monotonic()))
                if self._stop.is_set():
                    time.sleep(pause)
                else:
                    self._stop.wait(pause)
                delay = min(delay * 2, self.retry_max_s)
                continue
            self._applying_since = None
            delay = self.retry_min_s
            self._note_success(batch)
            self.journal.release(batch.last_seq)
            if batch.last_seq - batch.first_seq + 1 < self.batch_entries and not self._stop.is_set():
                # Caught up: let entries gather for a moment rather than ship each commit alone,
                # which would cost a database transaction and GIL time per handful of entries.
                self._stop.wait(self.interval_s)

    def _isolate_refused(self, records: list[Record], batch_error: RowRefused) -> bool:
        """Ship the batch entry by entry up to the one the database refuses and stop on it (True);
        False when the batch should simply be read and tried again."""
        for record in records:
            single = ShipBatch.build_raw(
                record.seq, record.seq, decode_entries([record.payload]), native=self.native
            )
            try:
                self.database.apply(single)
            except RowRefused as exc:
                self._halt(record.seq, str(exc))
                log.critical(
                    "shipper: the database refuses journal entry %d, so shipping has stopped (nothing is "
                    "lost: the entry stays in the journal; `evoladder journal show %d` prints it): %s",
                    record.seq,
                    record.seq,
                    exc,
                )
                return True
            except Exception as exc:  # the connection went away meanwhile: the normal retry takes over
                self._note_failure(single, exc)
                break
            self._note_success(single)
            self.journal.release(record.seq)
        else:
            log.error("shipper: a batch was refused as a whole but each entry shipped alone: %s", batch_error)
        with self._lock:
            self._pending = None
        self._reader.close()
        self._reader = JournalReader(self.journal, self._shipped_seq + 1)
        return False

    def _halt(self, seq: int | None, reason: str) -> None:
        with self._lock:
            self._stopped = ShipStop(seq, reason, time.time())
            self._last_error, self._last_error_at = reason, time.time()
            self._lock.notify_all()

    def _note_failure(self, batch: ShipBatch, exc: Exception) -> None:
        with self._lock:
            first_failure = self._reachable
            self._reachable = False
            self._retries_total += 1
            self._last_error = f"{type(exc).__name__}: {exc}"
            self._last_error_at = time.time()
        if first_failure:
            log.error(
                "shipper: batch %d..%d failed, retrying with backoff: %s",
                batch.first_seq,
                batch.last_seq,
                exc,
            )
        else:
            log.warning("shipper: retry of batch %d..%d failed: %s", batch.first_seq, batch.last_seq, exc)

    def _note_success(self, batch: ShipBatch) -> None:
        now = time.monotonic()
        with self._lock:
            if not self._reachable:
                log.info("shipper: database reachable again; shipped %d..%d", batch.first_seq, batch.last_seq)
            self._reachable = True
            self._shipped_seq = batch.last_seq
            if self._pending is not None and self._pending[1].last_seq <= batch.last_seq:
                self._pending = None
            self._rows_total += batch.rows
            self._batches_total += 1
            self._recent.append((now, batch.rows))
            while self._recent and self._recent[0][0] < now - self.RATE_WINDOW_S:
                self._recent.popleft()
            self._lock.notify_all()

    # --- observation -------------------------------------------------------------------------
    @property
    def shipped_seq(self) -> int:
        return self._shipped_seq

    @property
    def stopped(self) -> ShipStop | None:
        return self._stopped

    def wait_shipped(self, seq: int, timeout_s: float) -> bool:
        """Block until entry ``seq`` is in the database (tests, ``check``, benchmarks); False on
        timeout or when shipping has stopped."""
        with self._lock:
            return self._lock.wait_for(
                lambda: self._shipped_seq >= seq or self._stopped is not None, timeout_s
            ) and (self._shipped_seq >= seq)

    def stats(self) -> ShipperStats:
        now = time.monotonic()
        with self._lock:
            backlog = max(0, self.journal.next_seq - 1 - self._shipped_seq)
            oldest = self._pending[0][0].written_at if self._pending is not None else None
            age = time.time() - oldest if oldest is not None else 0.0
            recent = [(t, n) for t, n in self._recent if t >= now - self.RATE_WINDOW_S]
            rate = sum(n for _, n in recent) / self.RATE_WINDOW_S
            since = self._applying_since
            stalled = since is not None and now - since > self.stall_after_s
            return ShipperStats(
                shipped_seq=self._shipped_seq,
                backlog_entries=backlog,
                oldest_unshipped_age_s=max(0.0, age),
                rows_per_s=rate,
                rows_total=self._rows_total,
                batches_total=self._batches_total,
                retries_total=self._retries_total,
                database_reachable=self._reachable and not stalled,
                last_error=self._last_error,
                last_error_at=self._last_error_at,
                stopped=self._stopped,
            )
