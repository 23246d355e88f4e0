from __future__ import annotations

import asyncio
import time

from evoladder.observability import LoopLagMonitor


async def test_loop_lag_sees_a_blocked_loop() -> None:
    monitor = LoopLagMonitor(interval_s=0.01)
    monitor.start()
    await asyncio.sleep(0.05)
    time.sleep(0.12)  # block the loop on purpose
    await asyncio.sleep(0.03)
    await monitor.stop()
    assert max(monitor.samples_ms) >= 80
