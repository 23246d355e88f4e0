"""The engine against its peers on the same synthetic population: the ``evoladder simulate`` use-case.

Peers: ``baseline``, the community's first bot's wave matcher (``baseline.py``), and ``continuous``, a
ShieldBattery-style continuous matcher (``continuous.py``). Every matcher plays the same population
with the same arrivals; only the matcher (and how often it runs) differs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from evoladder.config import Settings
from evoladder.gamedata import GameData
from evoladder.matchmaking.engine import WaveEngine
from evoladder.matchmaking.latency import build_server_chooser, expected_ping_table
from evoladder.matchmaking.model import WaveParams
from evoladder.simulate.continuous import SEARCH_INTERVAL_S
from evoladder.simulate.population import build_population
from evoladder.simulate.simulation import (
    Matcher,
    RunRecord,
    baseline_matcher,
    continuous_matcher,
    engine_matcher,
    simulate,
)

ENGINE = "engine"
PEERS = ("baseline", "continuous")
MATCHERS = (ENGINE, *PEERS)


@dataclass(frozen=True)
class Comparison:
    players: int
    hours: float
    seed: int
    runs: dict[str, RunRecord]

    def metrics(self) -> dict[str, dict[str, float]]:
        return {name: record.metrics() for name, record in self.runs.items()}


def period_of(name: str, settings: Settings) -> float:
    """How often the matcher runs, in seconds: the wave period, or the continuous peer's search."""
    return SEARCH_INTERVAL_S if name == "continuous" else float(settings.wave_period_s)


def ticks_in(hours: float, name: str, settings: Settings) -> int:
    return int(hours * 3600 // period_of(name, settings)) + 1


def build_matcher(name: str, game_data: GameData, settings: Settings, seed: int) -> Matcher:
    if name == ENGINE:
        engine = WaveEngine(
            WaveParams.from_settings(settings), build_server_chooser(settings, game_data), game_data.map_names
        )
        return engine_matcher(engine, seed)
    if name == "baseline":
        return baseline_matcher(game_data)
    if name == "continuous":
        return continuous_matcher(build_server_chooser(settings, game_data))
    raise ValueError(f"unknown matcher {name!r}; expected one of {', '.join(MATCHERS)}")


def compare(
    game_data: GameData,
    settings: Settings,
    players: int,
    hours: float,
    seed: int,
    on_wave: Callable[[], None] | None = None,
    matchers: Iterable[str] = MATCHERS,
) -> Comparison:
    """Run each matcher on one population (same seed, same arrivals)."""
    population = build_population(game_data, players, hours, seed, settings.mmr_start)
    ping_truth = expected_ping_table(game_data)
    runs = {}
    for name in matchers:
        matcher = build_matcher(name, game_data, settings, seed)
        runs[name] = simulate(
            population,
            game_data,
            settings,
            matcher,
            ping_truth,
            hours,
            seed,
            on_wave,
            period_of(name, settings),
        )
    return Comparison(players, hours, seed, runs)
