"""The searching message's figures: the estimated wait (checked against the simulator on a population
this test builds), players active lately, and the status a queued player sees."""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

from evoladder.bootstrap import App
from evoladder.config import load_settings
from evoladder.gamedata import GameData
from evoladder.matchmaking.engine import WaveEngine
from evoladder.matchmaking.latency import build_server_chooser, expected_ping_table
from evoladder.matchmaking.model import QueuedPlayer, WaveParams
from evoladder.services.clock import ManualClock, next_wave_at
from evoladder.services.queueing import ActivityWindow, WaitEstimate, WaitEstimator
from evoladder.simulate.population import build_population
from evoladder.simulate.simulation import Pairing, engine_matcher, simulate
from tests.ladder_helpers import BW, SC2, matched, register

T0 = datetime(2026, 1, 1, tzinfo=UTC)


def mmr_of(q: QueuedPlayer) -> float:
    values = [q.mmr_by_race[r] for r in (q.bw_race, q.sc2_race) if r is not None]
    return sum(values) / len(values)


def test_the_estimated_wait_tracks_what_the_simulator_makes_players_wait(game_data: GameData) -> None:
    """1,000 simulated players over a day through the real wave engine. Each queue entry gets the
    estimate the searching message would show when it joined; once it is matched its real wait is
    compared with it, and it teaches the estimator like a ``MatchFound`` does in the ladder.

    Measured (seeds 1–3): mean estimate 105–116 s against a mean wait of 109–131 s; mean absolute
    error 91–112 s against 101–121 s for the ladder-wide recent mean; entries in the top quarter of
    estimates waited 2.7–3.4× as long as those in the bottom quarter.
    """
    settings = load_settings(_env_file=None)
    population = build_population(game_data, 1000, 24, seed=1, mmr_start=settings.mmr_start)
    region = {p.player_id: p.region for p in population}
    engine = WaveEngine(
        WaveParams.from_settings(settings), build_server_chooser(settings, game_data), game_data.map_names
    )
    inner = engine_matcher(engine, seed=1)
    estimator = WaitEstimator(
        half_life_s=settings.wait_estimate_half_life_s, mmr_band=settings.wait_estimate_mmr_band
    )
    period = settings.wave_period_s
    told: dict[int, tuple[WaitEstimate | None, float]] = {}  # at join: (estimate, ladder-wide mean)
    seen: list[tuple[float, float, float]] = []  # (estimate, ladder-wide mean, real wait)

    def matcher(queue: Sequence[QueuedPlayer], wave: int) -> list[Pairing]:
        now = T0 + timedelta(seconds=wave * period)
        by_id = {q.player_id: q for q in queue}
        overall = estimator.estimate(region="nowhere", mmr=-1e9, at=now)  # no cell, no region: everyone
        for q in queue:
            if q.waves_waited == 0:  # the wave after it joined: what its searching message says
                told[q.player_id] = (
                    estimator.estimate(region=region[q.player_id], mmr=mmr_of(q), at=now),
                    overall.seconds if overall else 0.0,
                )
        pairings = inner(queue, wave)
        for pairing in pairings:
            for uid in (pairing.bw_player_id, pairing.sc2_player_id):
                q = by_id[uid]
                waited = q.waves_waited * period + period / 2  # joined, on average, half a wave early
                estimate, ladder_mean = told.pop(uid, (None, 0.0))
                if estimate is not None:
                    seen.append((estimate.seconds, ladder_mean, waited))
                estimator.observe(region=region[uid], mmr=mmr_of(q), waited_s=waited, at=now)
        return pairings

    simulate(population, game_data, settings, matcher, expected_ping_table(game_data), hours=24, seed=1)
    assert len(seen) > 1500
    estimates, _, waits = zip(*seen, strict=True)
    assert abs(statistics.mean(estimates) / statistics.mean(waits) - 1) < 0.2  # honest on average
    error = statistics.mean(abs(e - w) for e, _, w in seen)
    naive = statistics.mean(abs(m - w) for _, m, w in seen)
    assert error < 0.95 * naive  # region and MMR band add what the ladder-wide mean can't know
    ranked = sorted(seen)
    quarter = len(ranked) // 4
    low = statistics.mean(w for _, _, w in ranked[:quarter])
    high = statistics.mean(w for _, _, w in ranked[-quarter:])
    assert high > 2 * low  # a long estimate means a long wait


def test_an_estimate_needs_recent_matches_and_leans_on_the_players_region_and_band() -> None:
    estimator = WaitEstimator(half_life_s=3600, mmr_band=200)
    assert estimator.estimate(region="KRJ", mmr=1500, at=T0) is None
    for _ in range(20):
        estimator.observe(region="KRJ", mmr=1510, waited_s=60, at=T0)
        estimator.observe(region="EUW", mmr=2450, waited_s=900, at=T0)
    korea = estimator.estimate(region="KRJ", mmr=1550, at=T0)
    europe_top = estimator.estimate(region="EUW", mmr=2420, at=T0)
    assert korea is not None and europe_top is not None
    assert 60 <= korea.seconds < 150 and 700 < europe_top.seconds <= 900
    stranger = estimator.estimate(region="OCE", mmr=1000, at=T0)  # nothing in its cell, region or band
    assert stranger is not None and abs(stranger.seconds - 480) < 1
    # Twelve half-lives later the old waits weigh nothing any more.
    assert estimator.estimate(region="KRJ", mmr=1550, at=T0 + timedelta(hours=12)) is None


def test_active_players_are_those_seen_in_the_window() -> None:
    window = ActivityWindow(15 * 60)
    window.touch((1, 2, 3), T0)
    window.touch((3, 4), T0 + timedelta(minutes=10))
    assert window.count(T0 + timedelta(minutes=12)) == 4
    assert window.count(T0 + timedelta(minutes=20)) == 2  # 1 and 2 were last seen 20 min ago
    assert window.count(T0 + timedelta(minutes=26)) == 0


async def test_the_status_a_queued_player_sees(app: App, clock: ManualClock) -> None:
    await register(app, BW, "Flash")
    status = await app.ladder.queue.join(BW, ["bw_terran"], ["Khione SEL"])
    assert status.queued and status.races == ("bw_terran",) and status.vetoes == ("Khione SEL",)
    assert status.joined_at == clock.now() and status.waited_s == 0 and status.estimate is None
    assert status.active_players == 1
    clock.advance(100)
    assert app.ladder.queue.status(BW).waited_s == 100
    await app.ladder.queue.leave(BW)
    # A match made teaches the estimate: the next player from the same region and band is told.
    clock.advance(400)
    await matched(app, clock)
    await register(app, 303, "Bisu")
    estimate = (await app.ladder.queue.join(303, ["bw_protoss"], [])).estimate
    assert estimate is not None and estimate.seconds == 0 and estimate.basis >= 1  # they were paired at once
    assert app.ladder.queue.status(303).active_players == 3  # Flash and Jaedong were matched just now
    assert app.ladder.queue.status(SC2).next_wave_at == next_wave_at(clock.now(), 45)
