"""The judgement over many seeds: paired differences, bootstrap intervals, the one command."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
import pytest

from evoladder.cli import main
from evoladder.cli.simulate import parse_seeds
from evoladder.simulate.compare import MATCHERS, PEERS
from evoladder.simulate.judge import (
    MEASURES,
    SeedRun,
    bootstrap_interval,
    judgement,
    paired_differences,
    run_seeds,
)


def fake_run(seed: int, engine_wait: float, peer_wait: float) -> SeedRun:
    metrics = {name: {metric: 1.0 for metric, _ in MEASURES} for name in MATCHERS}
    metrics["engine"]["wait_s_p99"] = engine_wait
    for peer in PEERS:
        metrics[peer]["wait_s_p99"] = peer_wait
    return SeedRun(seed, metrics, {}, {})


def test_waits_are_compared_as_relative_change_per_seed() -> None:
    runs = [fake_run(1, 90, 100), fake_run(2, 110, 100), fake_run(3, 50, 0)]  # seed 3: undefined
    diffs = paired_differences(runs, "baseline", "wait_s_p99", "percent")
    assert diffs.tolist() == pytest.approx([-10.0, 10.0])
    assert paired_differences(runs, "baseline", "wait_s_p99", "difference").tolist() == [-10, 10, 50]


def test_the_bootstrap_interval_holds_the_mean_and_narrows_with_seeds() -> None:
    rng = np.random.default_rng(5)
    few = bootstrap_interval(rng.normal(2.0, 1.0, size=10))
    many = bootstrap_interval(rng.normal(2.0, 1.0, size=400))
    for interval in (few, many):
        assert interval.low < interval.mean < interval.high
    assert many.high - many.low < (few.high - few.low) / 3
    assert many.low < 2.0 < many.high
    assert bootstrap_interval(np.array([3.0, 3.0, 3.0])).as_dict() == {
        "mean": 3.0,
        "low": 3.0,
        "high": 3.0,
        "seeds": 3,
    }
    assert bootstrap_interval(np.array([])).seeds == 0


def test_a_process_pool_gives_the_same_runs_as_one_process() -> None:
    alone = run_seeds([4, 5], players=40, hours=2, workers=1)
    pooled = run_seeds([4, 5], players=40, hours=2, workers=2)
    assert [r.metrics for r in alone] == [r.metrics for r in pooled]
    assert [r.seed for r in pooled] == [4, 5]
    verdict = judgement(pooled)
    assert set(verdict) == set(PEERS) and all(set(v) == {m for m, _ in MEASURES} for v in verdict.values())


def test_the_one_command_prints_and_writes_the_table(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out, plots = tmp_path / "judge.json", tmp_path / "plots"
    args = ["simulate", "--seeds", "1-3", "--players", "40", "--hours", "2", "--workers", "2"]
    assert main([*args, "--json", str(out), "--plots", str(plots)]) == 0
    payload = json.loads(out.read_text())
    assert payload["seeds"] == [1, 2, 3] and len(payload["per_seed"]) == 3
    for peer in PEERS:
        for metric, _ in MEASURES:
            interval = payload["engine_minus"][peer][metric]
            assert interval["low"] <= interval["mean"] <= interval["high"] and interval["seeds"] == 3
    printed = capsys.readouterr().out
    assert "engine − baseline" in printed and "engine − continuous" in printed
    assert (plots / "judgement_distributions.png").stat().st_size > 10_000


def test_seed_lists_parse_and_nonsense_is_refused() -> None:
    assert parse_seeds("1-3,7,2-4") == [1, 2, 3, 7, 4]
    for bad in ("5-1", "a-b", "1-"):
        with pytest.raises(argparse.ArgumentTypeError):
            parse_seeds(bad)
