"""Time as a dependency: services never read the system clock directly, so tests can move it."""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime: ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)


class ManualClock:
    """A clock tests move by hand."""

    def __init__(self, start: datetime) -> None:
        self._now = start

    def now(self) -> datetime:
        return self._now

    def advance(self, seconds: float) -> datetime:
        self._now += timedelta(seconds=seconds)
        return self._now


def next_wave_at(now: datetime, period_s: int) -> datetime:
    """The next wall-clock multiple of the wave period, so every player sees the same time."""
    ts = now.timestamp()
    nxt = math.floor(ts / period_s) * period_s + period_s
    return datetime.fromtimestamp(nxt, UTC)
