"""Engine against baseline on the same synthetic population: the ``evoladder simulate`` use-case."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from evoladder.config import Settings
from evoladder.gamedata import GameData
from evoladder.matchmaking.engine import WaveEngine
from evoladder.matchmaking.latency import build_server_chooser, expected_ping_table
from evoladder.matchmaking.model import WaveParams
from evoladder.simulate.population import build_population
from evoladder.simulate.simulation import RunRecord, baseline_matcher, engine_matcher, simulate

MATCHERS = ("engine", "baseline")


@dataclass(frozen=True)
class Comparison:
    players: int
    hours: float
    seed: int
    runs: dict[str, RunRecord]

    def metrics(self) -> dict[str, dict[str, float]]:
        return {name: record.metrics() for name, record in self.runs.items()}


def waves_in(hours: float, settings: Settings) -> int:
    return int(hours * 3600 // settings.wave_period_s) + 1


def compare(
    game_data: GameData,
    settings: Settings,
    players: int,
    hours: float,
    seed: int,
    on_wave: Callable[[], None] | None = None,
) -> Comparison:
    """Run the engine and the first bot's matcher on one population (same seed, same arrivals)."""
    population = build_population(game_data, players, hours, seed, settings.mmr_start)
    ping_truth = expected_ping_table(game_data)
    engine = WaveEngine(
        WaveParams.from_settings(settings), build_server_chooser(settings, game_data), game_data.map_names
    )
    runs = {}
    for name in MATCHERS:
        matcher = engine_matcher(engine, seed) if name == "engine" else baseline_matcher(game_data, seed)
        runs[name] = simulate(population, game_data, settings, matcher, ping_truth, hours, seed, on_wave)
    return Comparison(players, hours, seed, runs)
