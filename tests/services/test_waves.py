"""The ladder's use-cases end to end on a real store (SQLite file + journal), a moved clock and
recorded notifications."""

from __future__ import annotations

import asyncio
from array import array
from typing import Any

from evoladder.bootstrap import App
from evoladder.services.clock import ManualClock, next_wave_at
from tests.ladder_helpers import BW, SC2, register


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


async def test_a_wave_time_is_never_run_twice_when_the_sleep_wakes_early(
    app: App, clock: ManualClock
) -> None:
    """The clock reads just before the wave time after the wave ran (an early wake-up, a fast wave):
    the loop must go on to the next wave time, not run the same one again."""
    boundary = next_wave_at(clock.now(), 45)
    clock.advance((boundary - clock.now()).total_seconds() - 0.001)  # 1 ms before, and frozen
    ran: list[object] = []
    waves = app.ladder.waves

    async def record(at: object) -> object:
        ran.append(at)
        return None

    waves.run_wave = record  # type: ignore[assignment,method-assign]
    waves.start()
    await asyncio.sleep(0.3)
    await waves.stop()
    assert ran == [boundary]


async def test_a_pair_whose_entry_changed_while_the_wave_computed_is_skipped(
    app: App, clock: ManualClock
) -> None:
    await register(app, BW, "Flash")
    await register(app, SC2, "Jaedong", region="CHN", country="CN")
    await app.ladder.queue.join(BW, ["bw_terran"], [])
    await app.ladder.queue.join(SC2, ["sc2_zerg"], [])
    waves = app.ladder.waves
    engine_run = waves.engine.run

    def rejoin_during_the_solve(players: Any, seed: int) -> Any:
        result = engine_run(players, seed)
        # While the engine computed, the SC2 player left and rejoined vetoing the chosen map.
        state = app.store.state
        state.leave_queue(SC2, now=clock.now())
        state.join_queue(
            SC2, ["sc2_zerg"], list(result.matches[0:1] and [result.matches[0].map_name]), now=clock.now()
        )
        return result

    waves.engine.run = rejoin_during_the_solve  # type: ignore[method-assign]
    report = await waves.run_wave(next_wave_at(clock.now(), 45))
    assert report.match_ids == [] and "changed their queue entry" in report.skipped[0][2]
    assert app.store.state.queue_entry(BW) is not None and app.store.state.queue_entry(SC2) is not None


async def test_a_match_keeps_why_the_wave_chose_the_pair_across_a_restart(
    app: App, clock: ManualClock
) -> None:
    """The engine's own terms for the pair (gap, window, pings, credit, cost, waves waited) are kept
    with the match: the match message and /admin match read them, also after a restart."""
    from evoladder.bootstrap import build_app
    from evoladder.matchmaking.model import PairingWhy

    await register(app, BW, "Flash")
    await register(app, SC2, "Maru")
    await app.ladder.queue.join(BW, ["bw_terran"], [])
    await app.ladder.waves.run_wave(next_wave_at(clock.now(), 45))  # Flash waits one wave alone
    await app.ladder.queue.join(SC2, ["sc2_zerg"], [])
    clock.advance(45)
    engine_saw = app.ladder.waves.snapshot()
    expected = app.ladder.waves.engine.run(engine_saw, seed=0).matches[0]
    report = await app.ladder.waves.run_wave(next_wave_at(clock.now(), 45))
    [match_id] = report.match_ids
    match = app.store.state.match(match_id)
    assert match is not None and match.pairing is not None
    # Kept compactly (every wave-made match has one): 144 bytes of doubles, not 376 of a float list.
    assert isinstance(match.pairing, array) and match.pairing.typecode == "d"
    why = PairingWhy.from_list(match.pairing)
    assert (why.bw_waves, why.sc2_waves) == (1, 0)
    assert why.mmr_gap == abs(match.mmr_a_before - match.mmr_b_before)
    assert why.window == expected.cost.window and why.total == round(expected.cost.total, 3)
    assert why.bw_ping_ms == round(expected.bw_ping_ms, 1) and why.wait_credit > 0
    assert await app.store.wait_shipped(10)
    await app.close()
    reopened = await build_app(app.settings, app.game_data, clock=clock, start_pool=False)
    try:
        again = reopened.store.state.match(match_id)
        assert again is not None and again.pairing == match.pairing and isinstance(again.pairing, array)
    finally:
        await reopened.close()
