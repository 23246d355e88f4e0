"""The judgement over many seeds: the engine against each peer, paired seed by seed.

Every seed is one population played by every matcher (``compare``); seeds run in a process pool.
For each measure and peer the verdict is the mean over seeds of the paired difference engine − peer
(for waits: the relative change, in %), with a 95 % percentile-bootstrap interval (10,000 resamples of
the seeds, fixed generator seed so the same runs give the same interval). A bootstrap needs no
normality of the differences, which the tails (p99 waits) do not have.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from typing import Literal

import numpy as np

from evoladder.config import Settings, load_settings
from evoladder.gamedata import GameData, load_game_data
from evoladder.simulate.compare import ENGINE, MATCHERS, PEERS, compare

Metrics = dict[str, float]
Kind = Literal["difference", "percent"]

# (metric, how the paired difference is expressed); lower is better for all but matched_share.
MEASURES: tuple[tuple[str, Kind], ...] = (
    ("mmr_gap_p90", "difference"),
    ("ping_ms_p90", "difference"),
    ("wait_s_p50", "percent"),
    ("wait_s_p90", "percent"),
    ("wait_s_p99", "percent"),
    ("matched_share", "difference"),
)
BOOTSTRAP_RESAMPLES = 10_000


@dataclass(frozen=True, slots=True)
class SeedRun:
    """What one seed's runs leave: every matcher's metrics, and the raw waits and gaps for pictures."""

    seed: int
    metrics: dict[str, Metrics]
    waits_s: dict[str, list[float]]
    gaps: dict[str, list[float]]


@dataclass(frozen=True, slots=True)
class Interval:
    mean: float
    low: float
    high: float
    seeds: int

    def as_dict(self) -> dict[str, float]:
        return {"mean": self.mean, "low": self.low, "high": self.high, "seeds": self.seeds}


@functools.cache
def _inputs(overrides: tuple[tuple[str, object], ...]) -> tuple[Settings, GameData]:
    """Settings and game data, loaded once per worker process."""
    return load_settings(_env_file=None, **dict(overrides)), load_game_data()


def run_one(seed: int, players: int, hours: float, overrides: tuple[tuple[str, object], ...] = ()) -> SeedRun:
    """One seed, every matcher (module-level so a process pool can pickle it)."""
    settings, game_data = _inputs(overrides)
    comparison = compare(game_data, settings, players, hours, seed)
    return SeedRun(
        seed,
        comparison.metrics(),
        {name: list(run.waits_s) for name, run in comparison.runs.items()},
        {name: list(run.gaps) for name, run in comparison.runs.items()},
    )


def run_seeds(
    seeds: Sequence[int],
    players: int,
    hours: float,
    *,
    workers: int | None = None,
    overrides: tuple[tuple[str, object], ...] = (),
    on_seed: Callable[[SeedRun], None] | None = None,
) -> list[SeedRun]:
    """Every seed in a process pool (``workers`` processes, default one per core); in seed order."""
    workers = max(1, min(workers or os.cpu_count() or 1, len(seeds)))
    if workers == 1:
        runs = []
        for seed in seeds:
            runs.append(run_one(seed, players, hours, overrides))
            if on_seed is not None:
                on_seed(runs[-1])
        return runs
    with ProcessPoolExecutor(max_workers=workers) as pool:
        futures = [pool.submit(run_one, seed, players, hours, overrides) for seed in seeds]
        runs = []
        for future in futures:
            runs.append(future.result())
            if on_seed is not None:
                on_seed(runs[-1])
    return runs


def paired_differences(runs: Sequence[SeedRun], peer: str, metric: str, kind: Kind) -> np.ndarray:
    """engine − peer per seed (``percent``: relative to the peer), seeds where both are defined."""
    engine = np.array([r.metrics[ENGINE][metric] for r in runs], dtype=np.float64)
    other = np.array([r.metrics[peer][metric] for r in runs], dtype=np.float64)
    if kind == "percent":
        with np.errstate(divide="ignore", invalid="ignore"):
            diffs = (engine - other) / other * 100.0
    else:
        diffs = engine - other
    return diffs[np.isfinite(diffs)]


def bootstrap_interval(diffs: np.ndarray, resamples: int = BOOTSTRAP_RESAMPLES) -> Interval:
    """Mean of ``diffs`` with its 95 % percentile-bootstrap interval."""
    if diffs.size == 0:
        return Interval(float("nan"), float("nan"), float("nan"), 0)
    mean = float(diffs.mean())
    if diffs.size == 1:
        return Interval(mean, mean, mean, 1)
    rng = np.random.default_rng(0)
    means = diffs[rng.integers(0, diffs.size, size=(resamples, diffs.size))].mean(axis=1)
    low, high = np.percentile(means, [2.5, 97.5])
    return Interval(mean, float(low), float(high), int(diffs.size))


def judgement(runs: Sequence[SeedRun]) -> dict[str, dict[str, Interval]]:
    """peer → metric → the engine's paired difference against that peer."""
    return {
        peer: {
            metric: bootstrap_interval(paired_differences(runs, peer, metric, kind))
            for metric, kind in MEASURES
        }
        for peer in PEERS
    }


def means(runs: Sequence[SeedRun]) -> dict[str, Metrics]:
    """Each matcher's mean over seeds of every measure (the absolute figures beside the differences)."""
    return {
        name: {metric: float(np.nanmean([r.metrics[name][metric] for r in runs])) for metric, _ in MEASURES}
        for name in MATCHERS
    }


def format_table(verdict: dict[str, dict[str, Interval]], absolute: dict[str, Metrics]) -> str:
    """The judgement as the plain-text table the CLI prints."""
    kinds = dict(MEASURES)
    head = f"{'measure':<15}" + "".join(f"{name:>12}" for name in MATCHERS)
    head += "".join(f"  {'engine − ' + peer:>34}" for peer in PEERS)
    lines = [head]
    for metric, _ in MEASURES:
        row = f"{metric:<15}" + "".join(f"{absolute[name][metric]:>12.4g}" for name in MATCHERS)
        for peer in PEERS:
            i = verdict[peer][metric]
            unit = " %" if kinds[metric] == "percent" else ""
            row += f"  {f'{i.mean:+.4g}{unit} ({i.low:+.4g} … {i.high:+.4g})':>34}"
        lines.append(row)
    return "\n".join(lines)


def as_json(
    runs: Sequence[SeedRun], verdict: dict[str, dict[str, Interval]], players: int, hours: float
) -> dict[str, object]:
    return {
        "players": players,
        "hours": hours,
        "seeds": [r.seed for r in runs],
        "interval": "95 % percentile bootstrap over seeds",
        "mean": means(runs),
        "engine_minus": {
            peer: {metric: interval.as_dict() for metric, interval in by_metric.items()}
            for peer, by_metric in verdict.items()
        },
        "units": {metric: ("%" if kind == "percent" else "absolute") for metric, kind in MEASURES},
        "per_seed": [{"seed": r.seed, **r.metrics} for r in runs],
    }
