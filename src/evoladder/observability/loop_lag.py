"""Event-loop lag: how late a periodic wake-up fires. Blocking the loop shows up here first."""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Callable

from evoladder.background import BackgroundTask


class LoopLagMonitor:
    def __init__(
        self, interval_s: float = 0.05, keep: int = 2000, on_sample: Callable[[float], None] | None = None
    ) -> None:
        self.interval_s = interval_s
        self.samples_ms: deque[float] = deque(maxlen=keep)
        self._on_sample = on_sample
        self._task = BackgroundTask("loop-lag-monitor", self._run)

    def start(self) -> None:
        self._task.start()

    async def stop(self) -> None:
        await self._task.stop()

    async def _run(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            expected = loop.time() + self.interval_s
            await asyncio.sleep(self.interval_s)
            lag_ms = max(0.0, (loop.time() - expected) * 1000)
            self.samples_ms.append(lag_ms)
            if self._on_sample is not None:
                self._on_sample(lag_ms)

    def percentile(self, q: float) -> float:
        if not self.samples_ms:
            return 0.0
        ordered = sorted(self.samples_ms)
        return ordered[min(len(ordered) - 1, int(len(ordered) * q))]
