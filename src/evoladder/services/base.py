"""What every service shares: the store, the clock, the notifier and the event listeners."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import ParamSpec, TypeVar

from evoladder.gamedata import GameData
from evoladder.rules.events import LadderEvent
from evoladder.services.clock import Clock
from evoladder.services.events import Notifier
from evoladder.store.facade import Store
from evoladder.store.rows import Change
from evoladder.store.state import LadderState
from evoladder.store.state.outcomes import Outcome

log = logging.getLogger("evoladder.services")
P = ParamSpec("P")
OutcomeT = TypeVar("OutcomeT", bound=Outcome)
EventListener = Callable[[LadderEvent], None]


@dataclass
class ServiceContext:
    store: Store
    clock: Clock
    notifier: Notifier
    game_data: GameData
    # Services that react to events themselves (timers, metrics); called before people are told.
    listeners: list[EventListener] = field(default_factory=list)

    @property
    def state(self) -> LadderState:
        state: LadderState = self.store.state
        return state

    def now(self) -> datetime:
        return self.clock.now()

    async def execute(
        self, transition: Callable[P, tuple[OutcomeT, list[Change]]], /, *args: P.args, **kwargs: P.kwargs
    ) -> OutcomeT:
        """Run a store transition; once it is durable, publish the events it caused; return its outcome.

        A repeated delivery of an idempotency key returns the remembered outcome with no events, so
        nobody is told twice.
        """
        outcome = await self.store.execute(transition, *args, **kwargs)
        await self.publish_all(outcome.events)
        return outcome

    async def publish_all(self, events: Iterable[LadderEvent]) -> None:
        for event in events:
            await self.publish(event)

    async def publish(self, event: LadderEvent) -> None:
        """Tell the listeners and then people; a failure is logged, never allowed to undo or block
        the ladder (the change is already durable)."""
        for listener in self.listeners:
            try:
                listener(event)
            except Exception:
                log.exception("listener %r failed on %s", listener, type(event).__name__)
        try:
            await self.notifier.publish(event)
        except Exception:
            log.exception("delivering %s failed", type(event).__name__, extra={"event": repr(event)})
