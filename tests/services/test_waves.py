"""The ladder's use-cases end to end on a real store (SQLite file + journal), a moved clock and
recorded notifications."""

from __future__ import annotations

from evoladder.bootstrap import App
from evoladder.services.clock import ManualClock, next_wave_at
from tests.ladder_helpers import BW, register


async def test_every_change_reaches_the_database(app: App, clock: ManualClock) -> None:
    """A wave leaves a lone player waiting (a transition whose outcome is null): it still ships."""
    await register(app, BW, "Flash")
    await app.ladder.queue.join(BW, ["bw_terran"], [])
    report = await app.ladder.waves.run_wave(next_wave_at(clock.now(), 45))
    assert report.match_ids == [] and app.store.state.queue_entry(BW).waves_waited == 1  # type: ignore[union-attr]
    assert await app.store.wait_shipped(10)
    assert app.store.health().last_error is None


async def test_old_idempotency_keys_are_forgotten_hourly(app: App, clock: ManualClock) -> None:
    await register(app, BW, "Flash")
    await app.ladder.queue.join(BW, ["bw_terran"], [], key="old-click")
    assert app.store.state.remembered("old-click") is not None
    clock.advance(8 * 86400)
    top_of_hour = next_wave_at(clock.now(), 3600)
    clock.advance((top_of_hour - clock.now()).total_seconds())
    await app.ladder.waves.run_wave(top_of_hour)
    assert app.store.state.remembered("old-click") is None
    assert await app.store.wait_shipped(10)
