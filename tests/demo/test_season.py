"""The demo season keeps its community playing: every way a match or a queue entry ends sends its
players back to the queue (a soak of an hour relies on a steady load)."""

from __future__ import annotations

import asyncio

from evoladder.bootstrap import App
from evoladder.demo.season import DemoPace, DemoSeason
from evoladder.rules.lifecycle import MatchStatus
from evoladder.services.clock import ManualClock, next_wave_at
from tests.ladder_helpers import AppFactory

# Everything a demo player does happens at once; every match is reported both ways alike (a dispute).
DISPUTING = DemoPace(
    confirm_s=(0.0, 0.0),
    game_s=(0.0, 0.0),
    idle_s=(0.0, 0.0),
    no_confirm_chance=0.0,
    abort_chance=0.0,
    disputed_report_chance=1.0,
)


async def _settle(season: DemoSeason) -> None:
    """Let every simulated player act on what they were told (their tasks finish at once here)."""
    for _ in range(50):
        await asyncio.sleep(0)
        if not season._tasks:
            return
        await asyncio.gather(*list(season._tasks), return_exceptions=True)


async def _wave(app: App, clock: ManualClock, season: DemoSeason) -> int:
    report = await app.ladder.waves.run_wave(next_wave_at(clock.now(), 45))
    await _settle(season)
    return len(report.match_ids)


async def test_players_of_a_disputed_match_queue_again(make_app: AppFactory, clock: ManualClock) -> None:
    app = await make_app()
    season = DemoSeason(app.ladder, app.settings, app.game_data, players=12, seed=3, pace=DISPUTING)
    app.notifier.target = season
    await season.start()
    await _settle(season)
    queued = len(app.ladder.ctx.state.t.queue)
    assert queued == 12

    first = await _wave(app, clock, season)
    assert first >= 1
    state = app.ladder.ctx.state
    conflicts = [m for m in state.t.matches.values() if m.status == MatchStatus.CONFLICT.value]
    assert len(conflicts) == first  # every match of the wave went to the admins
    # ... and its players are back in the queue, so the next wave can pair them again.
    assert len(state.t.queue) == queued
    second = await _wave(app, clock, season)
    assert second >= 1
    await season.stop()
