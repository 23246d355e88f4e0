"""The wave loop: every 45 s, aligned to the wall clock, the whole queue is paired at once.

The engine is pure and runs on an immutable snapshot of the queue, off the event loop for large
waves; the matches it proposes are then created by transitions that re-check every rule, so a player
who left the queue while the wave was computing is simply skipped.
"""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from evoladder.background import BackgroundTask
from evoladder.matchmaking.engine import QueuedPlayer, WaveEngine, WaveMatch
from evoladder.observability import Metrics
from evoladder.rules.errors import DomainError
from evoladder.rules.events import WaveDone
from evoladder.services.base import ServiceContext
from evoladder.services.clock import next_wave_at

log = logging.getLogger("evoladder.waves")
OFF_LOOP_THRESHOLD = 100  # queued players above which the engine runs in a worker thread


@dataclass
class WaveReport:
    at: datetime
    queued: int
    match_ids: list[int] = field(default_factory=list)
    skipped: list[tuple[int, int, str]] = field(default_factory=list)
    expired: list[int] = field(default_factory=list)
    compute_s: float = 0.0


class WaveService:
    def __init__(
        self,
        ctx: ServiceContext,
        engine: WaveEngine,
        metrics: Metrics,
        wave_period_s: int,
        idempotency_keep_s: float = 7 * 86400,
    ) -> None:
        self.ctx = ctx
        self.engine = engine
        self.metrics = metrics
        self.wave_period_s = wave_period_s
        self.idempotency_keep_s = idempotency_keep_s
        self._task = BackgroundTask("wave-loop", self._run_forever)
        self.last_report: WaveReport | None = None

    # --- the loop ----------------------------------------------------------------------------
    def start(self) -> None:
        """Start the loop once per process, however often the gateway reconnects."""
        self._task.start()

    async def stop(self) -> None:
        await self._task.stop()

    async def _run_forever(self) -> None:
        last: datetime | None = None
        while True:
            at = next_wave_at(self.ctx.clock.now(), self.wave_period_s)
            if last is not None and at <= last:
                # The sleep woke a moment early and the wave ran fast: the clock still says it is
                # before ``last``, so the next wave is one period on, never ``last`` again.
                at = last + timedelta(seconds=self.wave_period_s)
            last = at
            await asyncio.sleep(max(0.0, (at - self.ctx.clock.now()).total_seconds()))
            try:
                await self.run_wave(at)
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("wave at %s failed; the next wave runs on time", at.isoformat())

    # --- one wave ----------------------------------------------------------------------------
    def snapshot(self) -> list[QueuedPlayer]:
        """The queue as the engine sees it (immutable values)."""
        state = self.ctx.state
        bw_races = set(self.ctx.game_data.races_of("bw"))
        players = []
        for entry in state.queue_entries():
            player = state.player(entry.discord_uid)
            if player is None or player.region is None:
                continue
            bw = next((r for r in entry.races if r in bw_races), None)
            sc2 = next((r for r in entry.races if r not in bw_races), None)
            recent = state.recent_matches(entry.discord_uid, 1)
            previous = None
            if recent:
                m = recent[0]
                previous = m.player_b if m.player_a == entry.discord_uid else m.player_a
            players.append(
                QueuedPlayer(
                    player_id=entry.discord_uid,
                    region=player.region,
                    bw_race=bw,
                    sc2_race=sc2,
                    mmr_by_race={r: float(state.mmr_value(entry.discord_uid, r)) for r in entry.races},
                    waves_waited=entry.waves_waited,
                    vetoes=entry.vetoes,
                    previous_opponent=previous,
                )
            )
        return players

    async def run_wave(self, at: datetime) -> WaveReport:
        wave_key = f"wave:{int(at.timestamp())}"
        state = self.ctx.state
        if int(at.timestamp()) % 3600 < self.wave_period_s:  # the first wave of every hour
            await self.ctx.execute(
                state.forget_idempotency_keys, now=self.ctx.now(), older_than_s=self.idempotency_keep_s
            )
        expired = await self.ctx.execute(
            state.expire_queue, now=self.ctx.now(), idempotency_key=f"{wave_key}:expire"
        )
        report = WaveReport(at=at, queued=0, expired=list(expired.expired))
        players = self.snapshot()
        # What each entry looked like when the engine saw it: a pair whose entry changed meanwhile
        # (left and rejoined with other races or vetoes) is refused by the transition.
        seen = {e.discord_uid: (e.joined_at, e.races, e.vetoes) for e in state.queue_entries()}
        report.queued = len(players)
        self.metrics.wave_players.observe(len(players))
        started = time.perf_counter()
        seed = int(at.timestamp())
        if len(players) > OFF_LOOP_THRESHOLD:
            result = await asyncio.to_thread(self.engine.run, players, seed)
        else:
            result = self.engine.run(players, seed)
        report.compute_s = time.perf_counter() - started
        self.metrics.wave_seconds.observe(report.compute_s)
        waited = {p.player_id: p.waves_waited for p in players}
        made: list[WaveMatch] = []
        for wm in result.matches:
            try:
                outcome = await self.ctx.execute(
                    state.create_match,
                    wm.bw_player_id,
                    wm.bw_race,
                    wm.sc2_player_id,
                    wm.sc2_race,
                    map_name=wm.map_name,
                    server=wm.server,
                    queued_as=(seen.get(wm.bw_player_id), seen.get(wm.sc2_player_id)),
                    why=wm.why(waited.get(wm.bw_player_id, 0), waited.get(wm.sc2_player_id, 0)).to_list(),
                    now=self.ctx.now(),
                    idempotency_key=f"{wave_key}:{wm.bw_player_id}:{wm.sc2_player_id}",
                )
            except DomainError as exc:  # someone left or was banned while the wave computed
                report.skipped.append((wm.bw_player_id, wm.sc2_player_id, str(exc)))
                log.info("wave pair skipped: %s", exc)
                continue
            report.match_ids.append(outcome.match_id)
            made.append(wm)
        unmatched = [uid for uid in result.unmatched if self.ctx.state.queue_entry(uid) is not None]
        if unmatched:
            await self.ctx.execute(
                state.note_wave_waited, unmatched, now=self.ctx.now(), idempotency_key=f"{wave_key}:waited"
            )
        for wm in made:
            self.metrics.matches_made.inc()
            self.metrics.match_mmr_gap.observe(abs(wm.bw_mmr - wm.sc2_mmr))
            self.metrics.match_ping_ms.observe(max(wm.bw_ping_ms, wm.sc2_ping_ms))
            for uid in (wm.bw_player_id, wm.sc2_player_id):
                self.metrics.match_wait_seconds.observe(waited.get(uid, 0) * self.wave_period_s)
        self.metrics.queue_size.set(len(self.ctx.state.queue_entries()))
        self.metrics.open_matches.set(len(self.ctx.state.open_matches()))
        self.last_report = report
        # results issue: the players still searching get their searching message refreshed.
        waiting = tuple(sorted(e.discord_uid for e in self.ctx.state.queue_entries()))
        next_at = next_wave_at(self.ctx.clock.now(), self.wave_period_s)
        await self.ctx.publish(WaveDone(at.timestamp(), next_at.timestamp(), waiting))
        log.info(
            "wave done",
            extra={  # what an operator reads first comes first on a terminal line
                "queued": report.queued,
                "matches": len(report.match_ids),
                "compute_ms": round(report.compute_s * 1000, 2),
                "wave_at": at.isoformat(),
            },
        )
        return report

    def next_wave_at(self) -> datetime:
        return next_wave_at(self.ctx.clock.now(), self.wave_period_s)
