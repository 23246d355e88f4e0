"""Every ladder service, built together once (by ``evoladder.bootstrap``) and started/stopped together."""

from __future__ import annotations

from dataclasses import dataclass

from evoladder.services.access import AccessService
from evoladder.services.admin import AdminService
from evoladder.services.base import ServiceContext
from evoladder.services.health_watch import HealthWatch
from evoladder.services.matches import MatchService
from evoladder.services.notices import NoticeService
from evoladder.services.players import PlayerService
from evoladder.services.queueing import QueueService
from evoladder.services.replays import ReplayService
from evoladder.services.views import LadderViews
from evoladder.services.waves import WaveService


@dataclass
class Ladder:
    ctx: ServiceContext
    players: PlayerService
    queue: QueueService
    waves: WaveService
    matches: MatchService
    replays: ReplayService
    admin: AdminService
    views: LadderViews
    access: AccessService
    health: HealthWatch
    notices: NoticeService  # results issue: quick-start and Shield Battery acknowledgements
    _timers_restored: bool = False

    def start(self) -> None:
        """Restore timers of open matches and start the wave loop, timers and health watch (idempotent)."""
        if not self._timers_restored:
            self.matches.restore()
            self._timers_restored = True
        self.matches.start()
        self.waves.start()
        self.health.start()

    async def stop(self) -> None:
        await self.health.stop()
        await self.waves.stop()
        await self.matches.stop()
