"""``Store``: the hot state in memory + the journal + the shipper + the database, opened and closed together.

Reads go straight to ``store.state``. Writes go through ``await store.execute(transition, ...)``:
the synchronous transition runs on the state (validate, mutate, return row changes), its changes
become one journal entry, and the call returns once the journal has committed that entry. The
database is updated behind it by the shipper; no ``execute`` ever waits on the database.

**Failing closed.** When the journal can't commit (disk full, I/O error), the caller is told
nothing changed (``NotSaved``) and so is every caller whose entry was waiting behind it; the store
then takes no writes, ``health()`` says why, and a recovery task reopens the journal as soon as a
probe commit succeeds, rebuilds memory from the database and the journal (dropping every change that
was never committed, however many transitions built on it) and takes writes again. Until then reads
are answered from the memory the failure found, which may still show those uncommitted changes.
A journal found damaged on reopen stops the ladder with a message naming the file (``on_fatal``).
"""

from __future__ import annotations

import asyncio
import gc
import logging
import pickle
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, ParamSpec, Protocol, Self, TypeVar

from evoladder.config import Settings
from evoladder.i18n import Text, english, t
from evoladder.rules.errors import DomainError, ValidationFailed
from evoladder.rules.text import unstorable_reason
from evoladder.store.db import Database, open_database
from evoladder.store.journal import (
    Journal,
    JournalError,
    JournalUnavailable,
    Record,
    decode_entry,
    encode_entry,
)
from evoladder.store.rows import TABLES, Change
from evoladder.store.ship_process import ShipperLink
from evoladder.store.shipper import Shipper, ShipperStats, ShipStop

log = logging.getLogger(__name__)
P = ParamSpec("P")
OutcomeT = TypeVar("OutcomeT")

HOT_TABLES = tuple(name for name, t in TABLES.items() if t.hot)
COLD_TABLES = tuple(name for name, t in TABLES.items() if not t.hot)
# Tables whose JSON columns ``LadderState.load`` takes as encoded text (it keeps replay summaries
# and verdicts encoded: a million of them as dicts would cost hundreds of MB).
JSON_AS_TEXT_TABLES = frozenset({"replays"})
# The cold tables' id columns, continued after the database's largest id.
COLD_ID_COLUMNS = {"player_action_logs": "log_id", "command_calls": "call_id", "admin_actions": "action_id"}
NOT_SAVED_TEXT = t("rules-store-not-saved")
RECOVERY_RETRY_MAX_S = 2.0


def __getattr__(name: str) -> str:
    # ``NOT_SAVED``: what a refused player reads, in English (``str(exc)`` of a ``NotSaved``).
    if name == "NOT_SAVED":
        return english(NOT_SAVED_TEXT)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class NotSaved(DomainError):
    """The change was not made durable, so it was not made at all; the player may try again."""


class StoreClosed(NotSaved):
    """The store is shutting down and takes no more writes."""


class StoreState(Protocol):
    """What the store needs from the in-memory state (``LadderState`` provides it)."""

    def load(self, table_name: str, rows: Iterable[dict[str, Any]]) -> int: ...

    def set_next_ids(self, **next_after_max: int | None) -> None: ...

    def finish_load(self, now: datetime | None = None) -> None: ...

    def apply_change(self, change: Change) -> None: ...

    def export(self, table_name: str) -> Iterator[dict[str, Any]]: ...

    def blank(self) -> Self:
        """An empty state of the same kind and settings (for rebuilding memory after a failure)."""
        ...

    def adopt(self, other: Self) -> None:
        """Take over ``other``'s contents in place (references to this state stay valid)."""
        ...


@dataclass(frozen=True)
class StoreHealth:
    """What ``/health`` and the metrics show about persistence."""

    accepting_writes: bool
    database: str
    database_reachable: bool
    journal_ok: bool
    journal_durable_seq: int
    shipped_seq: int
    backlog_entries: int
    oldest_unshipped_age_s: float
    ship_rows_per_s: float
    last_error: str | None
    not_saving: str | None = None  # why writes are refused right now (the journal can't commit)
    shipping_stopped: ShipStop | None = None  # the database refused an entry; shipping waits on it

    @property
    def ok(self) -> bool:
        return self.accepting_writes and self.journal_ok


@dataclass
class OpenReport:
    """What ``Store.open`` did (logged, and used by the startup benchmark)."""

    migrations_applied: list[str] = field(default_factory=list)
    rows_loaded: dict[str, int] = field(default_factory=dict)
    journal_entries_replayed: int = 0
    load_s: float = 0.0


GIL_SWITCH_INTERVAL_S = 0.0005


def _shorten_gil_switch_interval() -> None:
    """Let the journal's writer thread take the GIL back within 0.5 ms of its commit.

    With CPython's default 5 ms interval, a busy event loop keeps the writer waiting for up to
    5 ms after every commit, and that wait lands on every acknowledgement (measured: p99 of a
    completion 10 ms → 3 ms at 16 in flight). Process-wide, so set once here and logged.
    """
    if sys.getswitchinterval() > GIL_SWITCH_INTERVAL_S:
        log.info(
            "store: GIL switch interval %.1f ms → %.1f ms",
            sys.getswitchinterval() * 1e3,
            GIL_SWITCH_INTERVAL_S * 1e3,
        )
        sys.setswitchinterval(GIL_SWITCH_INTERVAL_S)


# Values that hold no text: skipped by their exact type before any isinstance test (an ABC check
# such as ``Mapping`` costs a microsecond, and every write walks a few hundred values).
_NO_TEXT: frozenset[type] = frozenset({int, float, bool, type(None), datetime, bytes})


def unstorable_text(values: Iterable[Any]) -> Text | None:
    """Why some text among ``values`` (nested in lists, tuples, dicts) can't be stored, or None."""
    stack = list(values)
    while stack:
        value = stack.pop()
        kind = type(value)
        if kind in _NO_TEXT:
            continue
        if isinstance(value, str):
            reason = unstorable_reason(value)
            if reason is not None:
                return reason
        elif isinstance(value, list | tuple | set | frozenset):
            stack.extend(value)
        elif isinstance(value, Mapping):
            stack.extend(value.keys())
            stack.extend(value.values())
    return None


def _load_into(
    state: StoreState, database: Database, tail: Sequence[Record], shipped: int, report: OpenReport
) -> None:
    """Fill ``state`` from the database, then the journal entries it lacks (``shipped`` applied)."""
    for table in HOT_TABLES:
        rows = database.load(table, json_as_text=table in JSON_AS_TEXT_TABLES)
        report.rows_loaded[table] = state.load(table, rows)
    state.set_next_ids(**{column: database.max_key(table) for table, column in COLD_ID_COLUMNS.items()})
    # The tail goes in before finish_load, which then builds every derived index once.
    for record in tail:
        if record.seq > shipped:
            for change in decode_entry(record.payload):
                state.apply_change(change)
    report.journal_entries_replayed = sum(1 for r in tail if r.seq > shipped)


class Store:
    """Open with ``await Store.open(settings, state)``; close with ``await store.close()``."""

    def __init__(
        self, settings: Settings, state: Any, database: Database, journal: Journal, report: OpenReport
    ) -> None:
        self.settings = settings
        self.state = state
        self.database = database
        self.journal = journal
        self.open_report = report
        self.shipper: Shipper | ShipperLink
        if settings.ship_process:
            self.shipper = ShipperLink(settings, journal, database.last_applied_seq())
        else:
            self.shipper = Shipper(
                journal,
                database,
                batch_entries=settings.ship_batch_size,
                retry_max_s=settings.ship_retry_max_s,
            )
        self._closing = False
        self._not_saving: str | None = None  # set while the journal can't commit
        self._recovery: asyncio.Task[None] | None = None
        self.on_fatal: Callable[[str], None] = lambda message: None  # the runtime stops the process
        self.recoveries = 0

    @classmethod
    async def open(cls, settings: Settings, state: StoreState, *, now: datetime | None = None) -> Store:
        """Migrate, load the database into ``state``, replay the journal's unshipped tail, start shipping."""
        loop = asyncio.get_running_loop()
        _shorten_gil_switch_interval()
        store = await asyncio.to_thread(cls._open_blocking, settings, state, now)
        store.journal.start(loop)
        store.shipper.start()
        return store

    @classmethod
    def _open_blocking(cls, settings: Settings, state: StoreState, now: datetime | None) -> Store:
        # A bulk load allocates millions of objects that all survive: collecting while loading only
        # re-scans them again and again.
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            return cls._load(settings, state, now)
        finally:
            if was_enabled:
                gc.enable()

    @classmethod
    def _load(cls, settings: Settings, state: StoreState, now: datetime | None) -> Store:
        report = OpenReport()
        started = time.perf_counter()
        database = open_database(settings)
        journal = Journal(settings.data_dir / "journal", linger_s=settings.journal_group_commit_ms / 1000)
        try:
            report.migrations_applied = database.migrate()
            shipped = database.last_applied_seq()
            tail = journal.recover(shipped)
            _load_into(state, database, tail, shipped, report)
            state.finish_load(now)
        except BaseException:
            journal.close()
            database.close()
            raise
        # Millions of long-lived records would otherwise be re-scanned by every full garbage
        # collection (tens of ms, landing on whichever transition triggers it): move everything
        # loaded out of the collector's generations.
        gc.freeze()
        report.load_s = time.perf_counter() - started
        log.info(
            "store open: %s, %d rows loaded, %d journal entries replayed (database had %d) in %.2f s",
            database.location,
            sum(report.rows_loaded.values()),
            report.journal_entries_replayed,
            shipped,
            report.load_s,
        )
        return cls(settings, state, database, journal, report)

    # --- writes ------------------------------------------------------------------------------
    async def execute(
        self, transition: Callable[P, tuple[OutcomeT, list[Change]]], /, *args: P.args, **kwargs: P.kwargs
    ) -> OutcomeT:
        """Run a transition (a bound method of ``state``); return its outcome once committed.

        Refuses before touching memory when writes can't be saved now (``NotSaved``) or when the
        input holds text no database can store (``ValidationFailed``). A transition that changed
        nothing (say, a repeated idempotency key) still waits until every entry appended before it
        is committed, so an answer never rests on a change a crash could take back.
        """
        self.check_writable()
        if (problem := unstorable_text((*args, *kwargs.values()))) is not None:
            raise ValidationFailed(t("rules-store-unstorable", problem=problem))
        outcome, changes = transition(*args, **kwargs)
        try:
            if changes:
                # A row's keys are the schema's column names: only its values need the check.
                if (problem := unstorable_text(v for c in changes for v in c.row.values())) is not None:
                    raise JournalUnavailable(f"a transition produced text with {english(problem)}")
                future = self.journal.append(encode_entry(changes))
            else:
                maybe = self.journal.wait_durable()
                if maybe is None:
                    return outcome
                future = maybe
            # shield: the commit future is shared by every transition in the group; a cancelled
            # caller must not cancel it for the others.
            await asyncio.shield(future)
        except (JournalUnavailable, TypeError, ValueError, AttributeError, pickle.PicklingError) as exc:
            # Memory may hold changes that will never be committed: stop writes and rebuild it.
            self._not_committed(exc)
            raise NotSaved(NOT_SAVED_TEXT) from exc
        return outcome

    def check_writable(self) -> None:
        """Raise ``NotSaved`` when a write now could not be saved (say it before doing any work)."""
        if self._closing:
            raise StoreClosed(t("rules-store-closing"))
        if self._not_saving is not None:
            raise NotSaved(NOT_SAVED_TEXT)

    def _not_committed(self, exc: BaseException) -> None:
        if self._not_saving is not None:
            return  # already failing: said once
        self._not_saving = f"{type(exc).__name__}: {exc}"
        log.critical("store: not saving — the journal can't commit (%s); writes are refused", exc)
        if not self._closing:
            self._recovery = asyncio.get_running_loop().create_task(self._recover(), name="store-recovery")

    async def _recover(self) -> None:
        """Reopen the journal once the disk takes writes, rebuild memory from what is durable, resume."""
        delay = 0.2
        while not self._closing:
            try:
                rebuilt = await asyncio.to_thread(self._reopen_and_rebuild)
            except JournalUnavailable as exc:
                log.warning("store: still not saving (%s); retrying in %.1f s", exc, delay)
                await asyncio.sleep(delay)
                delay = min(delay * 2, RECOVERY_RETRY_MAX_S)
                continue
            except Exception as exc:  # a damaged journal, an unreadable database: can't go on
                message = f"evoladder stops: the journal can't be recovered: {exc}"
                log.critical(message)
                self._not_saving = message
                self.on_fatal(message)
                return
            self.state.adopt(rebuilt)  # on the loop, between two interactions: one step
            self._not_saving = None
            self.recoveries += 1
            log.warning("store: saving again; memory rebuilt from the database and the journal")
            return

    def _reopen_and_rebuild(self) -> StoreState:
        """(Off the loop.) The journal reopened and a new state holding exactly what is durable."""
        self.journal.reopen()
        fresh: StoreState = self.state.blank()
        shipped = self.database.last_applied_seq()
        tail = self.journal.committed_after(shipped)
        # The shipper keeps shipping meanwhile; tables it updates during the load are replayed over
        # with the same full row images from the journal, so the result is the committed end state.
        _load_into(fresh, self.database, tail, shipped, OpenReport())
        fresh.finish_load(None)
        return fresh

    # --- observation -------------------------------------------------------------------------
    def health(self) -> StoreHealth:
        stats: ShipperStats = self.shipper.stats()
        failure = self.journal.failure
        return StoreHealth(
            accepting_writes=not self._closing and self._not_saving is None,
            database=self.database.backend,
            database_reachable=stats.database_reachable,
            journal_ok=failure is None and self._not_saving is None,
            journal_durable_seq=self.journal.durable_seq,
            shipped_seq=stats.shipped_seq,
            backlog_entries=stats.backlog_entries,
            oldest_unshipped_age_s=stats.oldest_unshipped_age_s,
            ship_rows_per_s=stats.rows_per_s,
            last_error=self._not_saving or stats.last_error,
            not_saving=self._not_saving,
            shipping_stopped=stats.stopped,
        )

    async def wait_shipped(self, timeout_s: float) -> bool:
        """Wait until everything durable now is in the database; False on timeout."""
        target = self.journal.durable_seq
        return await asyncio.to_thread(self.shipper.wait_shipped, target, timeout_s)

    # --- shutdown ----------------------------------------------------------------------------
    async def close(self) -> bool:
        """Stop taking writes, commit pending entries, ship what the database takes, close.

        Returns True if everything reached the database; otherwise the rest stays in the journal
        and is shipped on the next start.
        """
        if self._closing:
            return False
        self._closing = True
        if self._recovery is not None:
            self._recovery.cancel()
            try:
                await self._recovery
            except (asyncio.CancelledError, Exception):
                log.info("store: recovery stopped by the shutdown")
        try:
            await asyncio.to_thread(self.journal.close)
        except JournalError:
            log.exception("store: closing the journal failed")
        drained = await asyncio.to_thread(self.shipper.stop, self.settings.close_ship_timeout_s)
        await asyncio.to_thread(self.database.close)
        log.info("store closed: shipped up to %d, drained=%s", self.shipper.shipped_seq, drained)
        return drained
