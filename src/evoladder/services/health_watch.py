"""The health watch: polls named health conditions every few seconds and publishes a ``HealthAlert``
only when one changes (raised, or cleared), so the staff feed hears of a problem once, not every poll.

A condition is a name and a check that returns ``None`` when all is well, else a line saying what is
wrong. ``ladder_conditions`` builds the ladder's from the store's health and the replay pool's
liveness; another condition (the durable log failing, shipping stopped on a refused row) is one more
entry in that list.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from evoladder.background import BackgroundTask
from evoladder.rules.events import HealthAlert
from evoladder.services.base import ServiceContext
from evoladder.store.facade import StoreHealth

log = logging.getLogger("evoladder.health")

TEXT = {
    "journal_failed": (
        "The ladder can't save ({error}): writes are refused and resume by themselves once the disk "
        "takes them again."
    ),
    "writes_refused": "The store is not taking writes ({error}).",
    "database_unreachable": (
        "The database is unreachable ({error}); {backlog} journal entries wait to be shipped."
    ),
    "shipping_stuck": (
        "Shipping is stuck: {backlog} journal entries wait, the oldest for {age_s} s ({error})."
    ),
    "replay_workers_down": "No replay worker is alive: uploaded replays can't be checked.",
    "shipping_stopped": (
        "Shipping stopped: the database refuses journal entry {seq} ({reason}). Nothing is lost; "
        "`evoladder journal show {seq}` prints it."
    ),
    "check_failed": "The health check itself failed: {error}.",
    "no_error": "no error recorded",
}


@dataclass(frozen=True)
class HealthCondition:
    name: str
    check: Callable[[], str | None]  # None: fine; else what is wrong, for the staff


def ladder_conditions(
    store_health: Callable[[], StoreHealth], workers_alive: Callable[[], bool], *, stuck_after_s: float
) -> list[HealthCondition]:
    """The conditions the ladder's staff are alerted to."""

    def error(h: StoreHealth) -> str:
        return h.last_error or TEXT["no_error"]

    def journal() -> str | None:
        h = store_health()
        return None if h.journal_ok else TEXT["journal_failed"].format(error=error(h))

    def writes() -> str | None:
        h = store_health()
        return (
            None if h.accepting_writes or not h.journal_ok else TEXT["writes_refused"].format(error=error(h))
        )

    def database() -> str | None:
        h = store_health()
        if h.database_reachable:
            return None
        return TEXT["database_unreachable"].format(error=error(h), backlog=h.backlog_entries)

    def shipping() -> str | None:
        h = store_health()
        if h.backlog_entries == 0 or h.oldest_unshipped_age_s < stuck_after_s:
            return None
        age = round(h.oldest_unshipped_age_s)
        return TEXT["shipping_stuck"].format(backlog=h.backlog_entries, age_s=age, error=error(h))

    def refused_row() -> str | None:
        stopped = store_health().shipping_stopped
        if stopped is None:
            return None
        return TEXT["shipping_stopped"].format(seq=stopped.seq, reason=stopped.reason[:300])

    def workers() -> str | None:
        return None if workers_alive() else TEXT["replay_workers_down"]

    return [
        HealthCondition("journal_failed", journal),
        HealthCondition("writes_refused", writes),
        HealthCondition("database_unreachable", database),
        HealthCondition("shipping_stuck", shipping),
        HealthCondition("shipping_stopped", refused_row),
        HealthCondition("replay_workers_down", workers),
    ]


class HealthWatch:
    def __init__(self, ctx: ServiceContext, conditions: Sequence[HealthCondition], period_s: float) -> None:
        self.ctx = ctx
        self.conditions = list(conditions)
        self.period_s = period_s
        self.raised: dict[str, str] = {}  # condition → what was wrong when it was raised
        self._task = BackgroundTask("health-watch", self._run)

    async def poll(self) -> list[HealthAlert]:
        """Check every condition once; publish (and return) an alert for each that changed."""
        alerts = []
        for condition in self.conditions:
            try:
                detail = condition.check()
            except Exception as exc:  # a broken check is itself a problem the staff should see
                log.exception("health check %s failed", condition.name)
                detail = TEXT["check_failed"].format(error=exc)
            was = self.raised.get(condition.name)
            if detail is not None and was is None:
                self.raised[condition.name] = detail
                alerts.append(HealthAlert(condition.name, True, detail))
            elif detail is None and was is not None:
                del self.raised[condition.name]
                alerts.append(HealthAlert(condition.name, False, was))
        for alert in alerts:
            level = logging.WARNING if alert.raised else logging.INFO
            what = "health alert raised" if alert.raised else "health alert cleared"
            log.log(level, what, extra={"condition": alert.condition, "detail": alert.detail})
            await self.ctx.publish(alert)
        return alerts

    def start(self) -> None:
        self._task.start()

    async def stop(self) -> None:
        await self._task.stop()

    async def _run(self) -> None:
        while True:
            await self.poll()
            await asyncio.sleep(self.period_s)
