from __future__ import annotations

import dataclasses

import pytest

from evoladder.config import load_settings
from evoladder.gamedata import GameData
from evoladder.matchmaking.latency import (
    LatencyServerChooser,
    build_server_chooser,
    estimated_rtt_ms,
    expected_ping_table,
    great_circle_km,
)
from evoladder.rules.servers import TableServerChooser


def test_great_circle_distance_matches_known_cities() -> None:
    # Frankfurt - New York is about 6,200 km; Seoul - Taipei about 1,480 km.
    assert great_circle_km(50.1, 8.7, 40.7, -74.0) == pytest.approx(6200, rel=0.02)
    assert great_circle_km(37.5, 127.0, 25.0, 121.5) == pytest.approx(1480, rel=0.03)
    assert great_circle_km(10, 20, 10, 20) == 0


def test_rtt_is_fibre_with_route_factor_plus_overhead() -> None:
    assert estimated_rtt_ms(0) == 10
    assert estimated_rtt_ms(1000) == pytest.approx(26)  # 1000 km x 1.6 x 2 / 200 km/ms + 10 ms


def test_every_region_has_a_plausible_nearest_server(game_data: GameData) -> None:
    table = expected_ping_table(game_data)
    assert len(table) == len(game_data.regions) * len(game_data.servers) == 16 * 9
    assert min(table[("KRJ", s)] for s in game_data.servers) == table[("KRJ", "KOR")]
    assert min(table[("EUW", s)] for s in game_data.servers) == table[("EUW", "EUC")]
    assert table[("KRJ", "KOR")] < 30 < table[("KRJ", "EUC")]


def test_measured_ping_overrides_the_estimate(game_data: GameData) -> None:
    measured = dataclasses.replace(game_data, measured_ping_ms={("KRJ", "TWN"): 5.0})
    assert expected_ping_table(measured)[("KRJ", "TWN")] == 5.0
    assert LatencyServerChooser.from_game_data(measured).choose("KRJ", "KRJ") == "TWN"


def test_chooser_minimises_the_worse_players_ping(game_data: GameData) -> None:
    table = expected_ping_table(game_data)
    chooser = LatencyServerChooser.from_game_data(game_data)
    for a in game_data.regions:
        for b in game_data.regions:
            chosen = chooser.choose(a, b)
            best = min(max(table[(a, s)], table[(b, s)]) for s in game_data.servers)
            assert max(table[(a, chosen)], table[(b, chosen)]) == best
            assert chooser.choose(b, a) == chosen


def test_policy_setting_selects_table_or_latency(game_data: GameData) -> None:
    table_policy = build_server_chooser(load_settings(server_policy="table", _env_file=None), game_data)
    assert isinstance(table_policy, TableServerChooser)
    assert table_policy.choose("NAW", "KRJ") == game_data.table_server("NAW", "KRJ")
    assert table_policy.expected_ping_ms("NAW", "USW") == expected_ping_table(game_data)[("NAW", "USW")]
    assert isinstance(build_server_chooser(load_settings(_env_file=None), game_data), LatencyServerChooser)
