"""``make bench`` / ``evoladder-dev bench``: benchmarks measured side by side with their baselines.

Each area has a module here with ``run(ctx: BenchContext) -> list[BenchResult]``; add its name to
``AREAS``. Results go to ``bench/results.json`` as one object per benchmark.
"""

from __future__ import annotations

import json
import platform
import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

AREAS: tuple[str, ...] = ("replays", "wave", "store_reads", "store_durability", "discord", "scaling")


@dataclass
class BenchResult:
    """One benchmark: ``value`` is the headline figure (p99 for latencies, rate for throughputs)."""

    name: str
    unit: str
    value: float
    p50: float | None = None
    p99: float | None = None
    baseline: float | None = None
    ratio: float | None = None  # baseline / ours for latencies, ours / baseline for throughputs
    target: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class BenchContext:
    """What every benchmark area gets: a scale factor (1.0 = SPEC sizes) and a scratch directory."""

    scale: float
    work_dir: Path
    only: tuple[str, ...] = ()


def percentiles_us(samples_s: list[float]) -> tuple[float, float]:
    """p50 and p99 of samples given in seconds, in microseconds."""
    ordered = sorted(samples_s)
    p50 = statistics.median(ordered)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    return p50 * 1e6, p99 * 1e6


def time_calls(fn: Callable[[], object], n: int) -> list[float]:
    """Wall time of ``n`` calls of ``fn``, one sample per call, in seconds."""
    out = []
    clock = time.perf_counter
    for _ in range(n):
        t0 = clock()
        fn()
        out.append(clock() - t0)
    return out


def run_all(ctx: BenchContext, out: Path) -> list[BenchResult]:
    import importlib

    results: list[BenchResult] = []
    for area in AREAS:
        if ctx.only and area not in ctx.only:
            continue
        module = importlib.import_module(f"evoladder_dev.bench.{area}")
        print(f"[bench] {area} ...", flush=True)
        area_results: list[BenchResult] = module.run(ctx)
        for r in area_results:
            print(
                f"[bench]   {r.name}: {r.value:.4g} {r.unit}"
                + (f" (x{r.ratio:.1f} vs baseline)" if r.ratio else "")
            )
        results.extend(area_results)
    out.parent.mkdir(parents=True, exist_ok=True)
    existing: dict[str, Any] = {}
    if ctx.only and out.exists():
        existing = {r["name"]: r for r in json.loads(out.read_text())["results"]}
    for r in results:
        existing[r.name] = asdict(r)
    payload = {
        "machine": {"python": platform.python_version(), "cpu_count": __import__("os").cpu_count()},
        "scale": ctx.scale,
        "results": list(existing.values()),
    }
    out.write_text(json.dumps(payload, indent=2, ensure_ascii=False))
    return results
