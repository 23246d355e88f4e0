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

    async def execute_fresh(self, transition: str, *args: Any, **kwargs: Any) -> tuple[Any, bool]:
        """Like ``execute``, also saying whether this call did the work (False: a repeated delivery
        of an idempotency key already used, which must not notify anyone a second time)."""
        key = kwargs.get("idempotency_key")
        # No await between this check and the transition (store.execute runs it before awaiting),
        # so two deliveries of one key can't both look fresh.
        fresh = key is None or self.state.remembered(key) is None
        return await self.execute(transition, *args, **kwargs), fresh

    async def publish(self, event: LadderEvent) -> None:
        """Tell people; a delivery failure is logged, never allowed to undo or block the ladder."""
        try:
            await self.notifier.publish(event)
        except Exception:
            log.exception("delivering %s failed", type(event).__name__, extra={"event": repr(event)})
