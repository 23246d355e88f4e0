"""Matches: confirm / abort / report, and the timers that end every match (restored on restart).

Timers are derived from the match rows (created / confirmed times and the configured timeouts), so a
restart rebuilds them from the store; a timer that fires twice is harmless (idempotency keys).
"""

from __future__ import annotations

import asyncio
import heapq
import itertools
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from evoladder.background import BackgroundTask
from evoladder.config import Settings
from evoladder.observability import Metrics
from evoladder.rules.errors import DomainError
from evoladder.rules.events import (
    ConfirmReminder,
    LadderEvent,
    MatchCompleted,
    MatchFound,
    MatchStarted,
    ReportReminder,
)
from evoladder.rules.lifecycle import MatchStatus, Report
from evoladder.services.base import ServiceContext
from evoladder.store.facade import NotSaved
from evoladder.store.records import Match

log = logging.getLogger("evoladder.matches")
NOT_SAVED_RETRY = timedelta(seconds=5)

CONFIRM_REMINDER, CONFIRM_TIMEOUT, REPORT_REMINDER, REPORT_DEADLINE = (
    "confirm_reminder",
    "confirm_timeout",
    "report_reminder",
    "report_deadline",
)


@dataclass(frozen=True, slots=True)
class Timer:
    due: datetime
    kind: str
    match_id: int


class MatchService:
    def __init__(self, ctx: ServiceContext, settings: Settings, metrics: Metrics) -> None:
        self.ctx = ctx
        self.metrics = metrics
        self.confirm_timeout = timedelta(seconds=settings.confirm_timeout_s)
        self.confirm_reminder = timedelta(seconds=settings.confirm_reminder_s)
        self.report_deadline = timedelta(seconds=settings.report_deadline_s)
        self.report_reminder = timedelta(
            seconds=settings.report_deadline_s - settings.report_reminder_before_s
        )
        self._heap: list[tuple[datetime, int, Timer]] = []
        self._seq = itertools.count()
        self._wake = asyncio.Event()
        self._task = BackgroundTask("match-timers", self._run)
        ctx.listeners.append(self.on_event)

    def on_event(self, event: LadderEvent) -> None:
        """Found and started matches get their timers; completions are counted."""
        if isinstance(event, MatchFound):
            self.schedule_new(event.match_id)
        elif isinstance(event, MatchStarted):
            self._schedule_report_timers(self.require_match(event.match_id))
        elif isinstance(event, MatchCompleted):
            self.metrics.matches_completed.inc()

    # --- player actions ----------------------------------------------------------------------
    async def confirm(self, match_id: int, discord_uid: int, *, key: str | None = None) -> str:
        state = self.ctx.state
        outcome = await self.ctx.execute(
            state.confirm_match, match_id, discord_uid, now=self.ctx.now(), idempotency_key=key
        )
        return outcome.status

    async def abort(self, match_id: int, discord_uid: int, *, key: str | None = None) -> int:
        """Abort (costs one of the month's aborts); returns the aborts left."""
        state = self.ctx.state
        outcome = await self.ctx.execute(
            state.abort_match, match_id, discord_uid, now=self.ctx.now(), idempotency_key=key
        )
        return outcome.aborts_left

    async def report(self, match_id: int, discord_uid: int, report: Report, *, key: str | None = None) -> str:
        state = self.ctx.state
        outcome = await self.ctx.execute(
            state.report_result, match_id, discord_uid, report, now=self.ctx.now(), idempotency_key=key
        )
        return outcome.status

    def require_match(self, match_id: int) -> Match:
        match = self.ctx.state.match(match_id)
        if match is None:  # a transition just succeeded on it, so this is a bug
            raise AssertionError(f"match {match_id} vanished")
        return match

    # --- timers ------------------------------------------------------------------------------
    def schedule_new(self, match_id: int) -> datetime:
        """Schedule a found match's reminder and timeout; returns the confirm deadline."""
        match = self.require_match(match_id)
        self._push(Timer(match.created_at + self.confirm_reminder, CONFIRM_REMINDER, match_id))
        deadline = match.created_at + self.confirm_timeout
        self._push(Timer(deadline, CONFIRM_TIMEOUT, match_id))
        return deadline

    def _schedule_report_timers(self, match: Match) -> None:
        assert match.confirmed_at is not None
        self._push(Timer(match.confirmed_at + self.report_reminder, REPORT_REMINDER, match.match_id))
        self._push(Timer(match.confirmed_at + self.report_deadline, REPORT_DEADLINE, match.match_id))

    def restore(self) -> int:
        """Rebuild every open match's timers from the store (after a restart); returns how many."""
        count = 0
        for match in self.ctx.state.open_matches():
            if match.status == MatchStatus.FOUND.value:
                self.schedule_new(match.match_id)
            elif match.confirmed_at is not None:
                self._schedule_report_timers(match)
            count += 1
        return count

    def _push(self, timer: Timer) -> None:
        heapq.heappush(self._heap, (timer.due, next(self._seq), timer))
        self._wake.set()

    @property
    def pending_timers(self) -> list[Timer]:
        return [t for _, _, t in sorted(self._heap)]

    async def fire_due(self) -> int:
        """Run every timer that is due now; returns how many fired."""
        fired = 0
        now = self.ctx.clock.now()
        while self._heap and self._heap[0][0] <= now:
            _, _, timer = heapq.heappop(self._heap)
            fired += 1
            try:
                await self._fire(timer)
            except NotSaved:  # the ladder can't save right now: the deadline still has to happen
                self._push(Timer(now + NOT_SAVED_RETRY, timer.kind, timer.match_id))
            except DomainError as exc:  # the match moved on (e.g. confirmed just in time)
                log.info("timer %s for match %d no longer applies: %s", timer.kind, timer.match_id, exc)
            except Exception:
                log.exception("timer %s for match %d failed", timer.kind, timer.match_id)
        return fired

    async def _fire(self, timer: Timer) -> None:
        match = self.ctx.state.match(timer.match_id)
        if match is None:
            return
        status = match.status
        if timer.kind == CONFIRM_REMINDER and status == MatchStatus.FOUND.value:
            deadline = (match.created_at + self.confirm_timeout).timestamp()
            for uid, at in ((match.player_a, match.confirm_a_at), (match.player_b, match.confirm_b_at)):
                if at is None:
                    await self.ctx.publish(ConfirmReminder(match.match_id, uid, deadline))
        elif timer.kind == CONFIRM_TIMEOUT and status == MatchStatus.FOUND.value:
            await self.ctx.execute(
                self.ctx.state.confirm_timeout,
                match.match_id,
                now=self.ctx.now(),
                idempotency_key=f"confirm_timeout:{match.match_id}",
            )
        elif timer.kind == REPORT_REMINDER and status == MatchStatus.IN_PROGRESS.value:
            missing = tuple(
                uid
                for uid, r in ((match.player_a, match.report_a), (match.player_b, match.report_b))
                if r is None
            )
            assert match.confirmed_at is not None
            deadline = (match.confirmed_at + self.report_deadline).timestamp()
            if missing:
                await self.ctx.publish(ReportReminder(match.match_id, missing, deadline))
        elif timer.kind == REPORT_DEADLINE and status == MatchStatus.IN_PROGRESS.value:
            await self.ctx.execute(
                self.ctx.state.report_deadline,
                match.match_id,
                now=self.ctx.now(),
                idempotency_key=f"report_deadline:{match.match_id}",
            )

    def start(self) -> None:
        self._task.start()

    async def stop(self) -> None:
        await self._task.stop()

    async def _run(self) -> None:
        while True:
            await self.fire_due()
            self._wake.clear()
            wait_s = 1.0
            if self._heap:
                wait_s = min(wait_s, max(0.0, (self._heap[0][0] - self.ctx.clock.now()).total_seconds()))
            # asyncio.wait, not wait_for: on Python 3.11 wait_for can swallow a cancellation that
            # arrives just as the event is set, and stop() would then wait forever.
            waiter = asyncio.ensure_future(self._wake.wait())
            try:
                await asyncio.wait({waiter}, timeout=wait_s)
            finally:
                waiter.cancel()
