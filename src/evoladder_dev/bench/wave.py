"""Matchmaking wave time for 200 and 2,000 queued players (SPEC targets: ≤ 50 ms and ≤ 2 s).

Each size runs several different synthetic queues (worldwide regions, MMR ~ N(1500, 300), a mix of
BW / SC2 / "both", waits of 0–20 waves so windows range from 100 to 1,100, some previous opponents).
Baseline: the community's first bot's matcher (``evoladder.simulate.baseline``) on the same queues (without
its map draw, ≈ 2 % of our wave at 2,000 players, so the ratio is if anything in its favour).
``extra`` records how much the candidate-graph pruning costs: the pruned wave's objective against the
unpruned (exact) one on the same queue.
"""

from __future__ import annotations

import dataclasses
import random
import statistics
import time

from evoladder.config import load_settings
from evoladder.gamedata import GameData, load_game_data
from evoladder.matchmaking.candidates import build_candidate_graph
from evoladder.matchmaking.engine import QueuedPlayer, WaveEngine, WaveParams
from evoladder.matchmaking.latency import build_server_chooser
from evoladder.simulate.baseline import first_bot_wave
from evoladder.simulate.population import REGION_WEIGHTS
from evoladder_dev.bench import BenchContext, BenchResult

SIZES = ((200, "wave.200_ms", 50.0, 40), (2000, "wave.2000_ms", 2000.0, 8))


def synthetic_queue(rng: random.Random, game_data: GameData, n_players: int) -> list[QueuedPlayer]:
    regions = [r for r in REGION_WEIGHTS if r in game_data.regions]
    weights = [REGION_WEIGHTS[r] for r in regions]
    bw_races, sc2_races = game_data.races_of("bw"), game_data.races_of("sc2")
    queue = []
    for player_id in range(1, n_players + 1):
        kind = rng.choices(("bw", "sc2", "both"), weights=(0.35, 0.35, 0.30))[0]
        bw = rng.choice(bw_races) if kind != "sc2" else None
        sc2 = rng.choice(sc2_races) if kind != "bw" else None
        base = rng.gauss(1500, 300)
        queue.append(
            QueuedPlayer(
                player_id=player_id,
                region=rng.choices(regions, weights=weights)[0],
                bw_race=bw,
                sc2_race=sc2,
                mmr_by_race={race: round(base + rng.gauss(0, 80)) for race in (bw, sc2) if race is not None},
                waves_waited=min(20, int(rng.expovariate(1 / 3))),
                vetoes=tuple(rng.sample(game_data.map_names, rng.randint(0, 4))),
                previous_opponent=rng.randint(1, n_players) if rng.random() < 0.3 else None,
            )
        )
    return queue


def _ms(samples_s: list[float]) -> tuple[float, float]:
    ordered = sorted(samples_s)
    return statistics.median(ordered) * 1e3, ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] * 1e3


def run(ctx: BenchContext) -> list[BenchResult]:
    settings = load_settings(_env_file=None)
    game_data = load_game_data()
    chooser = build_server_chooser(settings, game_data)
    params = WaveParams.from_settings(settings)
    engine = WaveEngine(params, chooser, game_data.map_names)
    exact = WaveEngine(
        dataclasses.replace(params, candidates_per_player=1_000_000), chooser, game_data.map_names
    )
    rng = random.Random(20261122)
    results = []
    for size, name, target_ms, full_waves in SIZES:
        waves = max(3, round(full_waves * min(ctx.scale, 1.0)))
        queues = [synthetic_queue(rng, game_data, size) for _ in range(waves)]
        engine.run(queues[0], seed=0)  # warm caches and imports outside the measurement
        ours: list[float] = []
        theirs: list[float] = []
        matches = 0
        for i, queue in enumerate(queues):
            started = time.perf_counter()
            matches += len(engine.run(queue, seed=i).matches)
            ours.append(time.perf_counter() - started)
            started = time.perf_counter()
            first_bot_wave(queue, game_data)
            theirs.append(time.perf_counter() - started)
        p50, p99 = _ms(ours)
        base_p50, base_p99 = _ms(theirs)
        graph = build_candidate_graph(sorted(queues[0], key=lambda p: p.player_id), engine.cost_model)
        extra: dict[str, object] = {
            "waves": waves,
            "matches_per_wave": matches / waves,
            "candidate_edges": len(graph),
            "pruned": graph.pruned,
            "baseline_p50_ms": base_p50,
        }
        if size <= 200:
            # Pruning's price on the same queue: the exact (unpruned) optimum against ours.
            pruned_objective = engine.run(queues[0], seed=0).objective
            exact_objective = exact.run(queues[0], seed=0).objective
            extra["objective_pruned"] = list(pruned_objective)
            extra["objective_exact"] = list(exact_objective)
        results.append(
            BenchResult(
                name=name,
                unit="ms",
                value=p99,
                p50=p50,
                p99=p99,
                baseline=base_p99,
                ratio=base_p99 / p99 if p99 else None,
                target=f"<= {target_ms:g} ms",
                extra=extra,
            )
        )
    return results
