from __future__ import annotations

import dataclasses
import random

import pytest

from evoladder.config import Settings
from evoladder.gamedata import GameData
from evoladder.matchmaking.candidates import build_candidate_graph
from evoladder.matchmaking.engine import QueuedPlayer, WaveEngine, WaveParams, WaveResult
from evoladder.matchmaking.latency import build_server_chooser
from evoladder.rules.maps import candidate_maps

from .bruteforce import brute_force_objective, random_wave


@pytest.fixture()
def engine(settings: Settings, game_data: GameData) -> WaveEngine:
    return WaveEngine(
        WaveParams.from_settings(settings), build_server_chooser(settings, game_data), game_data.map_names
    )


def player(player_id: int, bw: float | None = None, sc2: float | None = None, **kw: object) -> QueuedPlayer:
    mmr = {}
    if bw is not None:
        mmr["bw_zerg"] = bw
    if sc2 is not None:
        mmr["sc2_terran"] = sc2
    return QueuedPlayer(
        player_id=player_id,
        region=str(kw.pop("region", "KRJ")),
        bw_race="bw_zerg" if bw is not None else None,
        sc2_race="sc2_terran" if sc2 is not None else None,
        mmr_by_race=mmr,
        **kw,  # type: ignore[arg-type]
    )


def assert_invariants(players: list[QueuedPlayer], result: WaveResult, engine: WaveEngine) -> None:
    params = engine.params
    by_id = {p.player_id: p for p in players}
    seen: list[int] = []
    for m in result.matches:
        bw, sc2 = by_id[m.bw_player_id], by_id[m.sc2_player_id]
        assert m.bw_player_id != m.sc2_player_id
        assert m.bw_race == bw.bw_race and m.sc2_race == sc2.sc2_race  # BW vs SC2, offered races only
        mmr_bw, mmr_sc2 = bw.mmr_by_race[m.bw_race], sc2.mmr_by_race[m.sc2_race]
        gap = abs(mmr_bw - mmr_sc2)
        assert gap <= max(params.window(bw.waves_waited, mmr_bw), params.window(sc2.waves_waited, mmr_sc2))
        assert m.map_name in candidate_maps(engine.map_pool, bw.vetoes, sc2.vetoes)
        seen += [m.bw_player_id, m.sc2_player_id]
    assert len(seen) == len(set(seen)), "a player is in two matches"
    assert sorted(seen + list(result.unmatched)) == sorted(by_id)


# The default objective, the starvation guard on, and outliers' windows widening sooner.
VARIANTS = {
    "default": {},
    "starving": {"starving_after_waves": 5},
    "outliers": {"outlier_growth_per_100": 0.5, "outlier_free_mmr": 100.0},
}


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_wave_optimum_equals_brute_force_on_thousands_of_small_waves(
    engine: WaveEngine, game_data: GameData, variant: str
) -> None:
    params = dataclasses.replace(engine.params, **VARIANTS[variant])  # type: ignore[arg-type]
    engine = WaveEngine(params, engine.cost_model.chooser, engine.map_pool)
    rng = random.Random(20261122 + sorted(VARIANTS).index(variant))
    nontrivial = 0
    for wave in range(3000):
        players = random_wave(rng, game_data, rng.randint(1, 10))
        result = engine.run(players, seed=wave)
        assert_invariants(players, result, engine)
        expected = brute_force_objective(players, engine.cost_model)
        assert result.objective == expected, f"wave {wave}: {result.objective} != brute force {expected}"
        nontrivial += len(result.matches) >= 2
    assert nontrivial > 500  # the waves exercised real choices, not just empty or single pairs


@pytest.mark.parametrize("outlier_growth", [0.0, 0.5])
def test_vectorised_candidate_costs_equal_the_reference_cost(
    settings: Settings, game_data: GameData, outlier_growth: float
) -> None:
    params = dataclasses.replace(
        WaveParams.from_settings(settings), candidates_per_player=1000, outlier_growth_per_100=outlier_growth
    )
    engine = WaveEngine(params, build_server_chooser(settings, game_data), game_data.map_names)
    rng = random.Random(7)
    for _ in range(200):
        players = sorted(random_wave(rng, game_data, rng.randint(2, 20)), key=lambda p: p.player_id)
        graph = build_candidate_graph(players, engine.cost_model)
        assert not graph.pruned
        credits = engine.cost_model.wave_credits(players)
        assert graph.credit.tolist() == [credits[p.player_id] for p in players]
        edges = {
            (min(b, s), max(b, s)): (b, u)
            for b, s, u in zip(graph.bw.tolist(), graph.sc2.tolist(), graph.units.tolist(), strict=True)
        }
        for i in range(len(players)):
            for j in range(i + 1, len(players)):
                best = engine.cost_model.best_orientation(players[i], players[j], credits)
                if best is None:
                    assert (i, j) not in edges
                else:
                    bw_index = i if best[0] is players[i] else j
                    assert edges[(i, j)] == (bw_index, best[2].units)


def test_large_pruned_wave_keeps_the_invariants(settings: Settings, game_data: GameData) -> None:
    params = dataclasses.replace(
        WaveParams.from_settings(settings), candidates_per_player=6, exact_wave_max_edges=0
    )
    engine = WaveEngine(params, build_server_chooser(settings, game_data), game_data.map_names)
    players = random_wave(random.Random(3), game_data, 400)
    result = engine.run(players, seed=1)
    assert build_candidate_graph(sorted(players, key=lambda p: p.player_id), engine.cost_model).pruned
    assert_invariants(players, result, engine)
    assert len(result.matches) > 150


def test_pruning_keeps_the_most_matches_possible(settings: Settings, game_data: GameData) -> None:
    params = dataclasses.replace(WaveParams.from_settings(settings), exact_wave_max_edges=0)
    chooser = build_server_chooser(settings, game_data)
    pruned = WaveEngine(params, chooser, game_data.map_names)
    exact = WaveEngine(
        dataclasses.replace(params, candidates_per_player=10_000), chooser, game_data.map_names
    )
    rng = random.Random(5)
    for _ in range(5):
        players = random_wave(rng, game_data, 120)
        assert build_candidate_graph(sorted(players, key=lambda p: p.player_id), pruned.cost_model).pruned
        ours, best = pruned.run(players, seed=0), exact.run(players, seed=0)
        assert ours.objective[:3] == best.objective[:3]  # same matches, starving matched, rematches
        assert ours.objective <= best.objective


def test_window_starts_at_base_and_widens_per_wave(engine: WaveEngine) -> None:
    base, growth = engine.params.window_base, engine.params.window_growth_per_wave
    just_out = [player(1, bw=1500), player(2, sc2=1500 + base + 1)]
    assert engine.run(just_out, seed=0).matches == ()
    one_wave_later = [player(1, bw=1500, waves_waited=1), player(2, sc2=1500 + base + 1)]
    assert len(engine.run(one_wave_later, seed=0).matches) == 1
    assert engine.params.window(3) == base + 3 * growth


def test_only_bw_against_sc2_and_never_oneself(engine: WaveEngine) -> None:
    assert engine.run([player(1, bw=1500), player(2, bw=1500)], seed=0).matches == ()
    assert engine.run([player(1, sc2=1500), player(2, sc2=1500)], seed=0).matches == ()
    assert engine.run([player(1, bw=1500, sc2=1500)], seed=0).matches == ()
    with pytest.raises(ValueError, match="queued twice"):
        engine.run([player(1, bw=1500), player(1, sc2=1500)], seed=0)
    with pytest.raises(ValueError, match="without any race"):
        player(1)


def test_both_player_takes_the_side_that_makes_the_wave(engine: WaveEngine) -> None:
    # Two BW-only players and one "both": the both player must play SC2 for a match to exist.
    result = engine.run([player(1, bw=1500), player(2, bw=1500, sc2=1500), player(3, bw=2400)], seed=0)
    assert [(m.bw_player_id, m.sc2_player_id) for m in result.matches] == [(1, 2)]
    # Four players where only one side assignment of the "both" players yields two matches.
    wave = [
        player(1, bw=1500),
        player(2, sc2=1500),
        player(3, bw=1600, sc2=1520),
        player(4, bw=1510, sc2=1600),
    ]
    result = engine.run(wave, seed=0)
    assert len(result.matches) == 2


def test_whole_wave_beats_greedy_pair_by_pair(engine: WaveEngine) -> None:
    # Greedy would take the closest pair (2 vs 3, gap 0) and strand 1 and 4; the wave matches all four.
    wave = [player(1, bw=1400), player(2, sc2=1500), player(3, bw=1500), player(4, sc2=1600)]
    result = engine.run(wave, seed=0)
    assert {(m.bw_player_id, m.sc2_player_id) for m in result.matches} == {(1, 2), (3, 4)}


def test_previous_opponent_only_when_nothing_else_matches_as_many(engine: WaveEngine) -> None:
    rematch_or_other = [player(1, bw=1500, previous_opponent=2), player(2, sc2=1500), player(3, sc2=1560)]
    result = engine.run(rematch_or_other, seed=0)
    assert [(m.bw_player_id, m.sc2_player_id, m.rematch) for m in result.matches] == [(1, 3, False)]
    only_option = [player(1, bw=1500, previous_opponent=2), player(2, sc2=1500)]
    assert [m.rematch for m in engine.run(only_option, seed=0).matches] == [True]


def test_server_minimises_the_worse_ping_and_map_avoids_vetoes(
    engine: WaveEngine, game_data: GameData
) -> None:
    pool = game_data.map_names
    wave = [
        player(1, bw=1500, region="KRJ", vetoes=pool[:4]),
        player(2, sc2=1500, region="CHN", vetoes=pool[4:8]),
    ]
    (match,) = engine.run(wave, seed=5).matches
    assert match.map_name not in pool[:8]
    chooser = engine.cost_model.chooser
    worst = max(match.bw_ping_ms, match.sc2_ping_ms)
    for server in game_data.servers:
        other = max(
            chooser.expected_ping_ms("KRJ", server) or 0, chooser.expected_ping_ms("CHN", server) or 0
        )
        assert worst <= other


def test_deterministic_for_input_and_seed_whatever_the_order(engine: WaveEngine, game_data: GameData) -> None:
    players = random_wave(random.Random(11), game_data, 40)
    first = engine.run(players, seed=9)
    assert engine.run(list(reversed(players)), seed=9) == first
    assert engine.run(players, seed=9) == first


def test_longest_waiter_is_preferred_when_someone_must_wait(engine: WaveEngine) -> None:
    wave = [player(1, bw=1500, waves_waited=8), player(2, bw=1500), player(3, sc2=1500)]
    (match,) = engine.run(wave, seed=0).matches
    assert match.bw_player_id == 1


def test_a_starving_player_is_matched_whatever_it_costs(engine: WaveEngine) -> None:
    # 1 has waited 12 waves and is 600 from 3; 2 is fresh and level with 3. Credits alone favour 2.
    wave = [player(1, bw=1500, waves_waited=12, region="KRJ"), player(2, bw=2100), player(3, sc2=2100)]
    (plain,) = engine.run(wave, seed=0).matches
    assert plain.bw_player_id == 2 and plain.starving == 0
    guarded = dataclasses.replace(engine.params, starving_after_waves=10)
    (match,) = WaveEngine(guarded, engine.cost_model.chooser, engine.map_pool).run(wave, seed=0).matches
    assert match.bw_player_id == 1 and match.starving == 1
    # The guard never costs a match: two pairs beat one pair that feeds the starving player.
    wave.append(player(4, sc2=1400))
    result = WaveEngine(guarded, engine.cost_model.chooser, engine.map_pool).run(wave, seed=0)
    assert len(result.matches) == 2


def test_player_with_only_poor_options_is_not_the_one_left_over(engine: WaveEngine) -> None:
    # 1 has waited (window 300) and can meet only 3, 260 away; 2 could meet 3 at no gap but, fresh and
    # central, will soon find another close opponent. The scarcity credit matches 1.
    wave = [player(1, bw=1500, waves_waited=4), player(2, bw=1760), player(3, sc2=1760)]
    scarce = WaveEngine(
        dataclasses.replace(engine.params, scarcity_credit_share=0.5),
        engine.cost_model.chooser,
        engine.map_pool,
    )
    (match,) = scarce.run(wave, seed=0).matches
    assert match.bw_player_id == 1
    without = dataclasses.replace(engine.params, scarcity_credit_share=0.0)
    plain = WaveEngine(without, engine.cost_model.chooser, engine.map_pool)
    (match,) = plain.run(wave, seed=0).matches
    assert match.bw_player_id == 2


def test_scarcity_credit_is_the_share_of_the_cheapest_allowed_pair(engine: WaveEngine) -> None:
    params = dataclasses.replace(engine.params, scarcity_credit_share=0.5)
    engine = WaveEngine(params, engine.cost_model.chooser, engine.map_pool)
    wave = [player(1, bw=1500, waves_waited=4), player(2, bw=1760), player(3, sc2=1760), player(4, sc2=2500)]
    credits = engine.cost_model.wave_credits(wave)
    cost_13 = engine.cost_model.evaluate(wave[0], wave[2])
    assert cost_13 is not None
    expected_1 = params.credit(wave[0]) + params.scarcity_credit_share * (
        cost_13.mmr_term + cost_13.ping_term
    )
    assert credits[1] == pytest.approx(expected_1)
    cost_23 = engine.cost_model.evaluate(wave[1], wave[2])
    assert cost_23 is not None and cost_23.mmr_term == 0  # same MMR: only the (same-region) ping costs
    expected_2 = params.credit(wave[1]) + params.scarcity_credit_share * (
        cost_23.mmr_term + cost_23.ping_term
    )
    assert credits[2] == pytest.approx(expected_2)
    assert credits[4] == params.credit(wave[3])  # nobody in the window: no scarcity credit


def test_an_outliers_window_widens_sooner(settings: Settings) -> None:
    params = dataclasses.replace(
        WaveParams.from_settings(settings),
        outlier_center_mmr=1500,
        outlier_free_mmr=200,
        outlier_growth_per_100=0.5,
    )
    # Within 200 of the middle: the normal pace (100 + 50 per wave); 400 away: 1 + 0.5 × 2 = twice the growth.
    assert params.window(4, 1650) == params.window(4) == 300
    assert params.window(4, 1100) == params.window(4, 1900) == 500
    assert params.window(0, 2400) == params.window(0) == 100  # the first wave's window is everyone's
    off = WaveParams.from_settings(settings)
    assert off.window(4, 2400) == off.window(4) == 300  # off by default


def test_a_waiting_outlier_is_matched_sooner(engine: WaveEngine) -> None:
    """An 1,100 BW player and a 1,500 SC2 player: 400 apart. At the normal pace the window reaches 400
    after 6 waves; with outliers widening sooner (the 1,100 player is 200 beyond the free band) after 3."""
    outlier, middle = player(1, bw=1100, waves_waited=4), player(2, sc2=1500, waves_waited=4)
    assert engine.run([outlier, middle], seed=1).matches == ()
    params = dataclasses.replace(engine.params, outlier_free_mmr=200, outlier_growth_per_100=0.5)
    sooner = WaveEngine(params, engine.cost_model.chooser, engine.map_pool)
    [match] = sooner.run([outlier, middle], seed=1).matches
    assert (match.bw_player_id, match.sc2_player_id) == (1, 2)
