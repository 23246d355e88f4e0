from __future__ import annotations

import json
from pathlib import Path

import pytest

from evoladder.simulate.sweep import PAIRED, main, paired_means, verdict

BASE = {
    "mmr_gap_p90": 500.0,
    "ping_ms_p90": 150.0,
    "wait_s_p90": 600.0,
    "wait_s_p99": 1400.0,
    "matched_share": 0.980,
}


def test_verdict_applies_the_issues_five_bars() -> None:
    better = {**BASE, "mmr_gap_p90": 499.0, "ping_ms_p90": 149.0}
    assert verdict(better, BASE)["all"]
    at_the_limits = {**better, "wait_s_p90": 630.0, "wait_s_p99": 1540.0, "matched_share": 0.978}
    assert verdict(at_the_limits, BASE)["all"]
    for key, value in (
        ("mmr_gap_p90", 500.0),  # must be strictly lower
        ("ping_ms_p90", 150.0),
        ("wait_s_p90", 631.0),
        ("wait_s_p99", 1541.0),
        ("matched_share", 0.9779),
    ):
        result = verdict({**better, key: value}, BASE)
        assert not result["all"], key
        assert sum(not passed for passed in result.values()) == 2, key  # that bar and "all"


def test_paired_means_carry_an_interval_as_wide_as_the_seeds_disagree() -> None:
    full = {key: 0.0 for key in PAIRED}

    def row(seed: int, wait_p99: float) -> tuple[int, dict[str, float], dict[str, float], dict[str, bool]]:
        return seed, {**full, "wait_s_p99": wait_p99, "mmr_gap_p90": -80.0}, full, {}

    steady = paired_means([row(seed, -10.0) for seed in range(20)])
    assert (
        steady["mmr_gap_p90"].mean == -80.0 and steady["wait_s_p99"].low == steady["wait_s_p99"].high == -10.0
    )
    noisy = paired_means([row(seed, -10.0 + (100.0 if seed % 2 else -100.0)) for seed in range(20)])
    p99 = noisy["wait_s_p99"]
    assert p99.mean == pytest.approx(-10.0) and p99.low < -40.0 and p99.high > 20.0 and p99.seeds == 20


def test_cli_prints_pass_counts_and_reuses_the_baseline_cache(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cache = tmp_path / "baseline.json"
    args = ["--seeds", "1-2", "--players", "40", "--hours", "2", "--baseline-cache", str(cache)]
    assert main(args) == 0
    first = capsys.readouterr().out
    assert "all=" in first and "/2" in first and "entries_left_unmatched=" in first
    assert " … " in first.splitlines()[-1]  # each paired mean with its interval
    assert set(json.loads(cache.read_text())["40:2.0"]) == {"1", "2"}
    assert main([*args, "--quiet"]) == 0
    again = capsys.readouterr().out
    assert again.splitlines()[-2:] == first.splitlines()[-2:]  # same runs, baseline from the cache
