"""The issue's bar over many seeds: engine against the first bot's matcher, paired, seed by seed.

Per seed (same population and arrivals for both matchers) the engine passes when it has a lower
``mmr_gap_p90`` and a lower ``ping_ms_p90``, ``wait_s_p90`` ≤ baseline × 1.05, ``wait_s_p99`` ≤
baseline × 1.10 and ``matched_share`` ≥ baseline − 0.002. ``python -m evoladder.simulate.sweep``
runs seeds 1–40 at 300 players × 24 h and prints how many seeds pass each bar and all five, and
each measure's mean paired difference with its 95 % bootstrap interval;
``--set name=value`` overrides a setting (e.g. ``--set wait_credit_cap=4``) to try other defaults.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from evoladder.config import Settings, load_settings
from evoladder.gamedata import GameData, load_game_data
from evoladder.simulate.compare import compare
from evoladder.simulate.judge import Interval, bootstrap_interval

Metrics = dict[str, float]


@dataclass(frozen=True, slots=True)
class Bar:
    name: str
    metric: str
    passes: Callable[[float, float], bool]  # (engine, baseline) -> passed


BARS: tuple[Bar, ...] = (
    Bar("gap_p90", "mmr_gap_p90", lambda e, b: e < b),
    Bar("ping_p90", "ping_ms_p90", lambda e, b: e < b),
    Bar("wait_p90", "wait_s_p90", lambda e, b: e <= b * 1.05),
    Bar("wait_p99", "wait_s_p99", lambda e, b: e <= b * 1.10),
    Bar("matched", "matched_share", lambda e, b: e >= b - 0.002),
)


def verdict(engine: Metrics, baseline: Metrics) -> dict[str, bool]:
    """Which bars one seed passes, plus ``all``."""
    out = {bar.name: bar.passes(engine[bar.metric], baseline[bar.metric]) for bar in BARS}
    out["all"] = all(out.values())
    return out


def run_seed(
    game_data: GameData,
    settings: Settings,
    seed: int,
    players: int = 300,
    hours: float = 24.0,
    matchers: Iterable[str] = ("engine", "baseline"),
) -> dict[str, Metrics]:
    """Metrics of each matcher on one seed's population (the ``evoladder simulate`` run)."""
    comparison = compare(game_data, settings, players, hours, seed, matchers=matchers)
    return comparison.metrics()


def sweep(
    game_data: GameData,
    settings: Settings,
    seeds: Sequence[int],
    players: int = 300,
    hours: float = 24.0,
    baseline_cache: dict[int, Metrics] | None = None,
) -> list[tuple[int, Metrics, Metrics, dict[str, bool]]]:
    """(seed, engine metrics, baseline metrics, verdict) per seed; the baseline does not depend on the
    engine's settings, so ``baseline_cache`` (seed → metrics) may carry it between sweeps."""
    rows = []
    for seed in seeds:
        cached = baseline_cache.get(seed) if baseline_cache is not None else None
        wanted = ("engine",) if cached is not None else ("engine", "baseline")
        metrics = run_seed(game_data, settings, seed, players, hours, wanted)
        base = cached if cached is not None else metrics["baseline"]
        if baseline_cache is not None:
            baseline_cache[seed] = base
        rows.append((seed, metrics["engine"], base, verdict(metrics["engine"], base)))
    return rows


def summary(rows: Sequence[tuple[int, Metrics, Metrics, dict[str, bool]]]) -> dict[str, int]:
    names = [bar.name for bar in BARS] + ["all"]
    return {name: sum(v[name] for *_, v in rows) for name in names}


PAIRED = (
    "mmr_gap_p90",
    "ping_ms_p90",
    "wait_s_p50",
    "wait_s_p90",
    "wait_s_p99",
    "entries_left_unmatched",
    "matched_share",
)


def paired_means(rows: Sequence[tuple[int, Metrics, Metrics, dict[str, bool]]]) -> dict[str, Interval]:
    """Mean over seeds of engine − baseline with its 95 % bootstrap interval (less noisy than pass
    counts when comparing settings; the interval says which differences between settings are noise:
    on 100 seeds wait p99's is about ±50 s wide and matched share's ±0.001)."""
    return {
        key: bootstrap_interval(
            np.array([eng[key] - base[key] for _, eng, base, _ in rows], dtype=np.float64)
        )
        for key in PAIRED
    }


def _parse_override(text: str) -> tuple[str, object]:
    name, sep, value = text.partition("=")
    if not sep:
        raise argparse.ArgumentTypeError(f"expected name=value, got {text!r}")
    return name.strip(), json.loads(value)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evoladder.simulate.sweep", description=__doc__)
    parser.add_argument("--seeds", default="1-40", help="e.g. 1-40 or 1,2,3")
    parser.add_argument("--players", type=int, default=300)
    parser.add_argument("--hours", type=float, default=24.0)
    parser.add_argument("--set", action="append", default=[], type=_parse_override, help="name=JSON value")
    parser.add_argument("--baseline-cache", type=Path, default=None, help="JSON file reused between runs")
    parser.add_argument("--quiet", action="store_true", help="only the summary line")
    args = parser.parse_args(argv)
    seeds: list[int] = []
    for part in args.seeds.split(","):
        low, _, high = part.partition("-")
        seeds.extend(range(int(low), int(high or low) + 1))
    settings = load_settings(_env_file=None, **dict(args.set))
    game_data = load_game_data()
    cache: dict[int, Metrics] = {}
    cache_key = f"{args.players}:{args.hours}"
    stored: dict[str, dict[str, Metrics]] = {}
    if args.baseline_cache is not None and args.baseline_cache.exists():
        stored = json.loads(args.baseline_cache.read_text())
        cache = {int(k): v for k, v in stored.get(cache_key, {}).items()}
    rows = sweep(game_data, settings, seeds, args.players, args.hours, cache)
    if args.baseline_cache is not None:
        stored[cache_key] = {str(k): v for k, v in sorted(cache.items())}
        args.baseline_cache.write_text(json.dumps(stored))
    if not args.quiet:
        head = f"{'seed':>4} " + " ".join(f"{bar.metric:>15}" for bar in BARS) + "  pass"
        print(head)
        for seed, eng, base, v in rows:
            cells = " ".join(
                f"{eng[bar.metric]:>7.4g}/{base[bar.metric]:<7.4g}" + ("" if v[bar.name] else "*")
                for bar in BARS
            )
            print(f"{seed:>4} {cells}  {'yes' if v['all'] else 'no'}")
    counts = summary(rows)
    print(" ".join(f"{name}={count}/{len(rows)}" for name, count in counts.items()))
    print(
        " ".join(
            f"{key}={i.mean:+.4g} ({i.low:+.3g} … {i.high:+.3g})" for key, i in paired_means(rows).items()
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
