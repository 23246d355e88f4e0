"""The ladder's health probe for ``/health``: the store and the replay workers as they are right now.

Ready means "serving players": startup finished (the composition root says so), the store takes
writes with a working journal, and at least one replay worker is alive. A database outage does not
make the ladder unready — it keeps serving from memory and the journal — so it is reported next to
``ready`` (``database_reachable``, the backlog), not folded into it.
"""

from __future__ import annotations

from typing import Protocol

from evoladder.replays.pool import PoolStats
from evoladder.store.facade import StoreHealth
from evoladder.web.sources import HealthReport


class StoreStatus(Protocol):
    def health(self) -> StoreHealth: ...


class WorkerStatus(Protocol):
    def stats(self) -> PoolStats: ...


class LadderHealth:
    """``HealthProbe`` over the live store and replay pool; the process phase is set by its owner."""

    STARTING, SERVING, STOPPING = "starting", "serving", "stopping"

    def __init__(self, store: StoreStatus, replay_pool: WorkerStatus, replay_workers_expected: int) -> None:
        self._store = store
        self._pool = replay_pool
        self._expected = replay_workers_expected
        self._phase = self.STARTING

    def mark_serving(self) -> None:
        """Startup is complete: everything is loaded and the front ends take commands."""
        self._phase = self.SERVING

    def mark_stopping(self) -> None:
        """Shutdown has begun: report unready so a load balancer or supervisor stops sending work."""
        self._phase = self.STOPPING

    async def check(self) -> HealthReport:
        store = self._store.health()
        workers = self._pool.stats()
        problems = []
        if self._phase != self.SERVING:
            problems.append(f"the ladder is {self._phase}")
        if store.not_saving is not None:
            problems.append(f"not saving: {store.not_saving}")
        elif not store.accepting_writes:
            problems.append("the store is not taking writes")
        stopped = store.shipping_stopped
        if workers.workers_alive < 1:
            problems.append("no replay worker is alive")
        return HealthReport(
            ready=not problems,
            database_reachable=store.database_reachable,
            journal_backlog_entries=store.backlog_entries,
            journal_oldest_age_s=round(store.oldest_unshipped_age_s, 3),
            replay_workers_alive=workers.workers_alive,
            replay_workers_expected=self._expected,
            details={
                "phase": self._phase,
                "problems": problems,
                "database": store.database,
                "journal_durable_seq": store.journal_durable_seq,
                "shipped_seq": store.shipped_seq,
                "ship_rows_per_s": round(store.ship_rows_per_s, 1),
                "last_error": store.last_error,
                # The database refused an entry: shipping waits on it (the ladder still serves and
                # saves; the backlog grows). ``evoladder journal show SEQ`` prints the entry.
                "shipping_stopped": None
                if stopped is None
                else {"seq": stopped.seq, "reason": stopped.reason, "since": stopped.at},
                "replays": {
                    "parsed": workers.parsed,
                    "refused": workers.refused,
                    "timeouts": workers.timeouts,
                    "crashes": workers.crashes,
                    "restarts": workers.restarts,
                },
            },
        )
