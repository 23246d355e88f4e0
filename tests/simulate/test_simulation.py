from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from evoladder.cli import main
from evoladder.config import Settings
from evoladder.gamedata import GameData
from evoladder.simulate.compare import compare
from evoladder.simulate.population import REGION_WEIGHTS, build_population
from evoladder.simulate.simulation import spearman

METRICS = {
    "wait_s_p50",
    "wait_s_p90",
    "wait_s_p99",
    "mmr_gap_p50",
    "mmr_gap_p90",
    "mmr_gap_p99",
    "ping_ms_p50",
    "ping_ms_p90",
    "matched_share",
    "matches",
    "skill_mmr_spearman",
}


def test_region_weights_cover_every_region(game_data: GameData) -> None:
    assert set(REGION_WEIGHTS) == set(game_data.regions)
    assert sum(REGION_WEIGHTS.values()) == pytest.approx(1.0)


def test_population_is_determined_by_the_seed(game_data: GameData) -> None:
    assert build_population(game_data, 50, 24, 4, 1500) == build_population(game_data, 50, 24, 4, 1500)
    assert build_population(game_data, 50, 24, 4, 1500) != build_population(game_data, 50, 24, 5, 1500)
    for p in build_population(game_data, 50, 24, 4, 1500):
        assert p.bw_race or p.sc2_race
        assert all(0 <= s.start_s < 24 * 3600 for s in p.sessions)


def test_spearman_ranks_with_ties() -> None:
    assert spearman([1, 2, 3, 4], [10, 20, 30, 40]) == pytest.approx(1.0)
    assert spearman([1, 2, 3, 4], [4, 3, 2, 1]) == pytest.approx(-1.0)
    assert spearman([1, 2, 3, 4, 5], [1, 1, 2, 2, 3]) == pytest.approx(0.9486833)
    assert math.isnan(spearman([1, 2], [1, 2]))


def test_small_simulation_keeps_its_books(settings: Settings, game_data: GameData) -> None:
    comparison = compare(game_data, settings, players=60, hours=3, seed=7)
    assert set(comparison.runs) == {"engine", "baseline", "continuous"}
    for name, record in comparison.runs.items():
        metrics = record.metrics()
        assert set(metrics) >= METRICS, name
        assert metrics["matches"] > 5, name
        assert record.entries_matched == 2 * len(record.gaps) == len(record.waits_s)
        assert all(w >= 0 for w in record.waits_s)
        assert 0 <= metrics["matched_share"] <= 1
        assert metrics["wait_s_p50"] <= metrics["wait_s_p90"] <= metrics["wait_s_p99"]
        assert metrics["mmr_gap_p50"] <= metrics["mmr_gap_p90"] <= metrics["mmr_gap_p99"]
        assert metrics["skill_mmr_spearman"] > 0.3  # MMR follows true skill
        hours = [h for h, _ in record.spearman_by_hour]
        assert hours[0] == 0 and hours == sorted(hours) and hours[-1] <= 3
        assert record.spearman_by_hour[-1][1] == pytest.approx(metrics["skill_mmr_spearman"])
    # The engine never pairs outside the window it was given.
    engine_gaps = comparison.runs["engine"].gaps
    assert max(engine_gaps) <= settings.window_base + settings.window_growth_per_wave * (3 * 3600 / 45)
    again = compare(game_data, settings, players=60, hours=3, seed=7)
    assert again.metrics() == comparison.metrics()


def test_cli_writes_metrics_json_and_plots(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "sim.json"
    plots = tmp_path / "plots"
    code = main(
        [
            "simulate",
            "--players",
            "40",
            "--hours",
            "2",
            "--seed",
            "3",
            "--json",
            str(out),
            "--plots",
            str(plots),
        ]
    )
    assert code == 0
    payload = json.loads(out.read_text())
    assert set(payload["engine"]) == set(payload["baseline"]) == set(payload["continuous"]) == METRICS
    pictures = sorted(p.name for p in plots.glob("*.png"))
    assert pictures == [
        "mmr_convergence.png",
        "mmr_gap_vs_wait.png",
        "wait_distribution.png",
        "worst_ping_distribution.png",
    ]
    assert all((plots / name).stat().st_size > 10_000 for name in pictures)
    assert "matched_share" in capsys.readouterr().out


def test_cli_refuses_nonsense(tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["simulate", "--players", "1", "--json", str(tmp_path / "x.json")])
    assert exc.value.code == 2
    assert not (tmp_path / "x.json").exists()
