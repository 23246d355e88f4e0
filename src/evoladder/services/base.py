"""What every service shares: the store, the clock and the notifier."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from evoladder.gamedata import GameData
from evoladder.services.clock import Clock
from evoladder.services.events import LadderEvent, Notifier
from evoladder.store.facade import Store
from evoladder.store.state import LadderState

log = logging.getLogger("evoladder.services")


@dataclass
class ServiceContext:
    store: Store
    clock: Clock
    notifier: Notifier
    game_data: GameData

    @property
    def state(self) -> LadderState:
        state: LadderState = self.store.state
        return state

    async def execute(self, transition: str, *args: Any, **kwargs: Any) -> Any:
        """Run a store transition at the current time; returns its outcome once durable."""
        return await self.store.execute(transition, *args, now=self.clock.now(), **kwargs)

    async def publish(self, event: LadderEvent) -> None:
        """Tell people; a delivery failure is logged, never allowed to undo or block the ladder."""
        try:
            await self.notifier.publish(event)
        except Exception:
            log.exception("delivering %s failed", type(event).__name__, extra={"event": repr(event)})
