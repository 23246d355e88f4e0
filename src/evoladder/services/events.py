"""The port services tell people through, and a recording implementation for tests and the demo.

The events themselves are domain values (``evoladder.rules.events``); transitions return them.
"""

from __future__ import annotations

from typing import Any, Protocol

from evoladder.rules.events import LadderEvent


class Notifier(Protocol):
    async def publish(self, event: LadderEvent) -> None: ...


class RecordingNotifier:
    """Keeps every event; used by tests and as the fallback when nobody listens."""

    def __init__(self) -> None:
        self.events: list[LadderEvent] = []

    async def publish(self, event: LadderEvent) -> None:
        self.events.append(event)

    def of_type(self, kind: type) -> list[Any]:
        return [e for e in self.events if isinstance(e, kind)]
