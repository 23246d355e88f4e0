"""Shipping from a separate process, so the event loop never shares the interpreter lock with it.

The child runs the ordinary ``Shipper`` over a ``JournalFollower``: it reads committed entries from
the journal file itself (SQLite lets a second process read while the ladder writes) and holds its own
database connection. The parent tells it how far the journal is committed after every commit and
hears back how far the database has applied (to delete shipped entries) and the shipper's stats.
Crash safety is the shipper's own: each batch and its last sequence number commit in one database
transaction, and a new child resumes from the database's ``last_applied_seq``.

``ShipperLink`` (the parent's side) offers what ``Store`` uses of a ``Shipper``: start, stop, stats,
wait_shipped, shipped_seq, stopped. A child that dies is replaced, loudly.
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import multiprocessing
import threading
import time
from dataclasses import replace
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from evoladder.config import Settings
from evoladder.store.journal import Journal
from evoladder.store.shipper import Shipper, ShipperStats, ShipStop

log = logging.getLogger(__name__)
STATS_EVERY_S = 0.05
RESTART_AFTER_S = 1.0


class JournalFollower:
    """The child's view of the journal: the parent says how far it is committed."""

    def __init__(self, path: Path, conn: Connection) -> None:
        self.path = path
        self._conn = conn
        self._durable = 0
        self._events: list[threading.Event] = []
        self._send_lock = threading.Lock()

    @property
    def durable_seq(self) -> int:
        return self._durable

    @property
    def next_seq(self) -> int:
        return self._durable + 1

    def advance(self, seq: int) -> None:
        if seq > self._durable:
            self._durable = seq
            for event in self._events:
                event.set()

    def subscribe(self) -> threading.Event:
        event = threading.Event()
        self._events.append(event)
        return event

    def release(self, shipped_seq: int) -> None:
        self.send(("released", shipped_seq))

    def send(self, message: tuple[Any, ...]) -> None:
        with self._send_lock:
            self._conn.send(message)


def _child(settings: Settings, journal_path: Path, conn: Connection) -> None:
    """The shipper process: ship until told to stop; report as it goes."""
    from evoladder.store.db import open_database

    logging.basicConfig(level=logging.WARNING, format="%(asctime)s shipper-process %(levelname)s %(message)s")
    follower = JournalFollower(journal_path, conn)
    database = open_database(settings)
    shipper = Shipper(
        follower,  # type: ignore[arg-type]  # duck-typed: what the shipper reads of a journal
        database,
        batch_entries=settings.ship_batch_size,
        retry_max_s=settings.ship_retry_max_s,
    )
    shipper.start()
    stop_timeout: float | None = None

    def report() -> None:
        while stop_timeout is None:
            follower.send(("stats", shipper.stats()))
            time.sleep(STATS_EVERY_S)

    reporter = threading.Thread(target=report, name="ship-stats", daemon=True)
    reporter.start()
    try:
        while True:
            message = conn.recv()
            if message[0] == "durable":
                follower.advance(message[1])
            elif message[0] == "stop":
                stop_timeout = message[1]
                follower.advance(message[2])
                break
        drained = shipper.stop(stop_timeout)
        follower.send(("stats", shipper.stats()))
        follower.send(("stopped", drained))
    finally:
        database.close()
        conn.close()


class ShipperLink:
    """The parent's handle on the shipper process."""

    def __init__(self, settings: Settings, journal: Journal, database_last_seq: int) -> None:
        self.settings = settings
        self.journal = journal
        self._ctx = multiprocessing.get_context("forkserver")
        self._ctx.set_forkserver_preload(["evoladder.store.ship_process", "evoladder.store.db"])
        self._lock = threading.Condition()
        self._stats = ShipperStats(
            shipped_seq=database_last_seq,
            backlog_entries=0,
            oldest_unshipped_age_s=0.0,
            rows_per_s=0.0,
            rows_total=0,
            batches_total=0,
            retries_total=0,
            database_reachable=True,
            last_error=None,
            last_error_at=None,
            stopped=None,
        )
        self._process: Any = None
        self._conn: Connection | None = None
        self._drained: bool | None = None
        self._stopping = False
        self._threads: list[threading.Thread] = []
        self._wake = journal.subscribe()
        self._death: tuple[str, float] | None = None  # the last child death, shown until errors replace it
        self.restarts = 0

    # --- lifecycle ---------------------------------------------------------------------------
    def start(self) -> None:
        atexit.register(self._abandon)
        self._spawn()
        for target, name in ((self._forward_commits, "ship-forward"), (self._listen, "ship-listen")):
            thread = threading.Thread(target=target, name=name, daemon=True)
            thread.start()
            self._threads.append(thread)

    def _spawn(self) -> None:
        parent_end, child_end = self._ctx.Pipe()
        # Daemonic, so that multiprocessing never waits at exit for a child nobody told to stop.
        process = self._ctx.Process(
            target=_child,
            args=(self.settings, self.journal.path, child_end),
            name="evoladder-shipper",
            daemon=True,
        )
        process.start()
        child_end.close()
        with self._lock:
            self._process, self._conn = process, parent_end
        self._send(("durable", self.journal.durable_seq))

    def _send(self, message: tuple[Any, ...]) -> None:
        conn = self._conn
        if conn is None:
            return
        # A child that is gone can't be told: the listener notices and replaces it.
        with contextlib.suppress(OSError, ValueError):
            conn.send(message)

    def _forward_commits(self) -> None:
        """After every commit, tell the child how far the journal is durable."""
        sent = -1
        while not self._stopping:
            self._wake.wait(0.5)
            self._wake.clear()
            durable = self.journal.durable_seq
            if durable != sent and not self._stopping:
                self._send(("durable", durable))
                sent = durable

    def _listen(self) -> None:
        while True:
            conn = self._conn
            assert conn is not None
            try:
                message = conn.recv()
            except (EOFError, OSError):
                if self._stopping:
                    return
                self._child_died()
                continue
            kind = message[0]
            if kind == "stats":
                with self._lock:
                    self._stats = message[1]
                    self._lock.notify_all()
            elif kind == "released":
                self.journal.release(message[1])
            elif kind == "stopped":
                with self._lock:
                    self._drained = message[1]
                    self._lock.notify_all()
                return

    def _child_died(self) -> None:
        code = None
        if self._process is not None:
            self._process.join(1)
            code = self._process.exitcode
        reason = f"the shipper process died (exit code {code}) and was replaced"
        log.critical("shipper: %s", reason)
        with self._lock:
            self._death = (reason, time.time())
        time.sleep(RESTART_AFTER_S)
        self.restarts += 1
        self._spawn()

    def _abandon(self) -> None:
        """At exit without ``stop`` (an error past the last ``finally``): end the child, don't wait.

        Without this the exit waits forever for a child that waits for its next message. Ending it
        mid-batch is safe: a batch commits with its sequence number, so the next start resumes
        there, and what is unshipped stays in the journal.
        """
        self._stopping = True  # the listener must not take the child's end for a death to repair
        process = self._process
        if process is None or not process.is_alive():
            return
        log.warning(
            "shipper: the process exits without closing the store; entries after %d stay in the "
            "journal for the next start",
            self.shipped_seq,
        )
        process.terminate()
        process.join(5)
        if process.is_alive():
            process.kill()

    def stop(self, timeout_s: float) -> bool:
        """Ship what the journal holds (for at most ``timeout_s``), then stop; True if all shipped."""
        atexit.unregister(self._abandon)
        self._stopping = True
        self._wake.set()
        self._send(("stop", timeout_s, self.journal.durable_seq))
        with self._lock:
            self._lock.wait_for(lambda: self._drained is not None, timeout_s + 10)
        if self._process is not None:
            self._process.join(5)
            if self._process.is_alive():
                self._process.kill()
        if self._conn is not None:
            self._conn.close()
        drained = bool(self._drained)
        if not drained:
            log.warning(
                "shipper: stopped with entries %d..%d unshipped; they stay in the journal for the next start",
                self.shipped_seq + 1,
                self.journal.durable_seq,
            )
        return drained

    # --- what the store reads ----------------------------------------------------------------
    @property
    def shipped_seq(self) -> int:
        return self._stats.shipped_seq

    @property
    def stopped(self) -> ShipStop | None:
        return self._stats.stopped

    def stats(self) -> ShipperStats:
        with self._lock:
            stats = self._stats
        backlog = max(0, self.journal.next_seq - 1 - stats.shipped_seq)
        stats = replace(stats, backlog_entries=backlog)
        if self._death is not None and (stats.last_error_at or 0) < self._death[1]:
            stats = replace(stats, last_error=self._death[0], last_error_at=self._death[1])
        return stats

    def wait_shipped(self, seq: int, timeout_s: float) -> bool:
        with self._lock:
            return self._lock.wait_for(
                lambda: self._stats.shipped_seq >= seq or self._stats.stopped is not None, timeout_s
            ) and (self._stats.shipped_seq >= seq)
