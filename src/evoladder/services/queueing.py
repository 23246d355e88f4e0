"""Queue: join with races and vetoes (remembered as defaults), leave, and what the searching message
shows — the next wave, who is queued, who was active lately, your wait and an estimate of it.

The estimate comes from recent waves: every match made reports how long its two players had been
queued (``MatchFound.waited_s``); those waits are kept per (region, MMR band), fading with a
half-life, and a player's estimate is their cell's decayed mean, pulled toward their region's and
their band's when the cell has few recent matches. With no recent match at all it says so.
"""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from evoladder.config import Settings
from evoladder.rules.events import LadderEvent, MatchFound, WaveDone
from evoladder.services.base import ServiceContext
from evoladder.services.clock import next_wave_at
from evoladder.store.state import QueueCounts

# How many matched waits a cell needs before its own mean outweighs its region's and band's.
PRIOR_WEIGHT = 3.0
# Below this decayed weight in total there is nothing honest to say.
MIN_EVIDENCE = 0.5


@dataclass(frozen=True, slots=True)
class WaitEstimate:
    seconds: float
    basis: float  # the decayed number of recent matched waits behind it (region and band)


@dataclass(frozen=True, slots=True)
class QueueStatus:
    """The searching message: the next wave time, who is queued, how many play or played lately,
    the player's wait so far and its estimate (None when too few recent matches say anything)."""

    queued: bool
    next_wave_at: datetime
    counts: QueueCounts
    active_matches: int
    active_players: int = 0
    races: tuple[str, ...] = ()
    vetoes: tuple[str, ...] = ()
    joined_at: datetime | None = None
    waited_s: float | None = None
    estimate: WaitEstimate | None = None


@dataclass(frozen=True, slots=True)
class QueueDefaults:
    races: tuple[str, ...]
    vetoes: tuple[str, ...]


class _Decayed:
    """A weight and a weighted sum that halve every half-life (decayed lazily, when touched)."""

    __slots__ = ("at", "total", "weight")

    def __init__(self) -> None:
        self.weight = 0.0
        self.total = 0.0
        self.at = 0.0

    def add(self, value: float, at: float, half_life_s: float) -> None:
        self._decay(at, half_life_s)
        self.weight += 1.0
        self.total += value

    def read(self, at: float, half_life_s: float) -> tuple[float, float]:
        factor = 0.5 ** (max(0.0, at - self.at) / half_life_s)
        return self.weight * factor, self.total * factor

    def _decay(self, at: float, half_life_s: float) -> None:
        self.weight, self.total = self.read(at, half_life_s)
        self.at = max(self.at, at)


class WaitEstimator:
    """Decayed waits of matched players by (region, MMR band), by region, by band and overall.

    The estimate is a decayed mean: in expectation it is what players like you waited lately (a
    median would say "no wait" whenever most players are paired at their first wave, which is not
    honest to the one in four who waits minutes).
    """

    def __init__(self, *, half_life_s: float, mmr_band: int) -> None:
        self.half_life_s = half_life_s
        self.mmr_band = mmr_band
        self._cells: dict[tuple[str | None, int | None], _Decayed] = {}

    def _keys(self, region: str, mmr: float) -> tuple[tuple[str | None, int | None], ...]:
        band = math.floor(mmr / self.mmr_band)
        return ((region, band), (region, None), (None, band), (None, None))

    def observe(self, *, region: str, mmr: float, waited_s: float, at: datetime) -> None:
        for key in self._keys(region, mmr):
            self._cells.setdefault(key, _Decayed()).add(max(0.0, waited_s), at.timestamp(), self.half_life_s)

    def estimate(self, *, region: str, mmr: float, at: datetime) -> WaitEstimate | None:
        ts, hl = at.timestamp(), self.half_life_s
        cell, by_region, by_band, everyone = (
            self._cells[k].read(ts, hl) if k in self._cells else (0.0, 0.0) for k in self._keys(region, mmr)
        )
        if everyone[0] < MIN_EVIDENCE:
            return None
        overall = everyone[1] / everyone[0]
        # The prior of a cell: its region's and its band's recent waits, themselves pulled to overall.
        prior_weight = by_region[0] + by_band[0]
        prior = (by_region[1] + by_band[1] + PRIOR_WEIGHT * overall) / (prior_weight + PRIOR_WEIGHT)
        seconds = (cell[1] + PRIOR_WEIGHT * prior) / (cell[0] + PRIOR_WEIGHT)
        return WaitEstimate(seconds=seconds, basis=by_region[0] + by_band[0] - cell[0])


class ActivityWindow:
    """Players seen queued or playing within the last ``window_s`` seconds."""

    def __init__(self, window_s: float) -> None:
        self.window = timedelta(seconds=window_s)
        self._last: dict[int, datetime] = {}
        self._order: deque[tuple[datetime, int]] = deque()

    def touch(self, uids: Iterable[int], at: datetime) -> None:
        for uid in uids:
            if self._last.get(uid, at) <= at:
                self._last[uid] = at
                self._order.append((at, uid))

    def count(self, now: datetime) -> int:
        cutoff = now - self.window
        while self._order and self._order[0][0] < cutoff:
            at, uid = self._order.popleft()
            if self._last.get(uid) == at:
                del self._last[uid]
        return len(self._last)


class QueueService:
    def __init__(self, ctx: ServiceContext, settings: Settings) -> None:
        self.ctx = ctx
        self.wave_period_s = settings.wave_period_s
        self.estimator = WaitEstimator(
            half_life_s=settings.wait_estimate_half_life_s, mmr_band=settings.wait_estimate_mmr_band
        )
        self.activity = ActivityWindow(settings.active_window_s)
        ctx.listeners.append(self.on_event)

    def on_event(self, event: LadderEvent) -> None:
        """Matches made teach the estimate; waves and matches show who is active."""
        state, now = self.ctx.state, self.ctx.now()
        if isinstance(event, MatchFound):
            match = state.match(event.match_id)
            if match is None:
                return
            self.activity.touch(event.players, now)
            sides = ((match.player_a, match.mmr_a_before), (match.player_b, match.mmr_b_before))
            for (uid, mmr), waited in zip(sides, event.waited_s, strict=True):
                player = state.player(uid)
                if player is not None and player.region is not None:
                    self.estimator.observe(region=player.region, mmr=mmr, waited_s=waited, at=now)
        elif isinstance(event, WaveDone):
            playing = (uid for m in state.open_matches() for uid in (m.player_a, m.player_b))
            self.activity.touch((*event.waiting, *playing), now)

    def defaults(self, discord_uid: int) -> QueueDefaults:
        """The races and vetoes the player chose last time (the pickers' defaults)."""
        prefs = self.ctx.state.preferences(discord_uid)
        return QueueDefaults(prefs.races, prefs.vetoes) if prefs else QueueDefaults((), ())

    def status(self, discord_uid: int) -> QueueStatus:
        state, now = self.ctx.state, self.ctx.now()
        entry = state.queue_entry(discord_uid)
        player = state.player(discord_uid)
        estimate = None
        if entry is not None and player is not None and player.region is not None:
            mmr = sum(state.mmr_value(discord_uid, r) for r in entry.races) / len(entry.races)
            estimate = self.estimator.estimate(region=player.region, mmr=mmr, at=now)
        return QueueStatus(
            queued=entry is not None,
            next_wave_at=next_wave_at(now, self.wave_period_s),
            counts=state.queue_counts(),
            active_matches=len(state.open_matches()),
            active_players=self.activity.count(now),
            races=entry.races if entry is not None else (),
            vetoes=entry.vetoes if entry is not None else (),
            joined_at=entry.joined_at if entry is not None else None,
            waited_s=(now - entry.joined_at).total_seconds() if entry is not None else None,
            estimate=estimate,
        )

    async def join(
        self, discord_uid: int, races: Sequence[str], vetoes: Sequence[str], *, key: str | None = None
    ) -> QueueStatus:
        await self.ctx.execute(
            self.ctx.state.join_queue,
            discord_uid,
            list(races),
            list(vetoes),
            now=self.ctx.now(),
            idempotency_key=key,
        )
        self.activity.touch((discord_uid,), self.ctx.now())
        return self.status(discord_uid)

    async def leave(self, discord_uid: int, *, key: str | None = None) -> QueueStatus:
        await self.ctx.execute(
            self.ctx.state.leave_queue, discord_uid, now=self.ctx.now(), idempotency_key=key
        )
        return self.status(discord_uid)
