"""Queue: join with races and vetoes (remembered as defaults), leave, and what the searching message shows."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from evoladder.services.base import ServiceContext
from evoladder.services.clock import next_wave_at
from evoladder.store.state import QueueCounts


@dataclass(frozen=True, slots=True)
class QueueStatus:
    """The searching message: the next wave time, who is queued, and how many play right now."""

    queued: bool
    next_wave_at: datetime
    counts: QueueCounts
    active_matches: int


@dataclass(frozen=True, slots=True)
class QueueDefaults:
    races: tuple[str, ...]
    vetoes: tuple[str, ...]


class QueueService:
    def __init__(self, ctx: ServiceContext, wave_period_s: int) -> None:
        self.ctx = ctx
        self.wave_period_s = wave_period_s

    def defaults(self, discord_uid: int) -> QueueDefaults:
        """The races and vetoes the player chose last time (the pickers' defaults)."""
        prefs = self.ctx.state.preferences(discord_uid)
        return QueueDefaults(prefs.races, prefs.vetoes) if prefs else QueueDefaults((), ())

    def status(self, discord_uid: int) -> QueueStatus:
        state = self.ctx.state
        return QueueStatus(
            queued=state.queue_entry(discord_uid) is not None,
            next_wave_at=next_wave_at(self.ctx.clock.now(), self.wave_period_s),
            counts=state.queue_counts(),
            active_matches=len(state.open_matches()),
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
        return self.status(discord_uid)

    async def leave(self, discord_uid: int, *, key: str | None = None) -> QueueStatus:
        await self.ctx.execute(
            self.ctx.state.leave_queue, discord_uid, now=self.ctx.now(), idempotency_key=key
        )
        return self.status(discord_uid)
