"""The ShieldBattery-style continuous peer: mutual ranges that widen with time, best pair first."""

from __future__ import annotations

from evoladder.config import Settings
from evoladder.gamedata import GameData
from evoladder.matchmaking.latency import LatencyServerChooser, build_server_chooser
from evoladder.matchmaking.model import QueuedPlayer
from evoladder.simulate.compare import compare
from evoladder.simulate.continuous import (
    IDEAL_HALF_WIDTH,
    IDEAL_WAIT_S,
    SEARCH_INTERVAL_S,
    WIDEN_PER_S,
    continuous_search,
    half_width,
)
from tests.simulate.test_baseline import queued


def pairs(queue: list[QueuedPlayer], game_data: GameData) -> set[tuple[int, int]]:
    chooser = LatencyServerChooser.from_game_data(game_data)
    return {(p.bw_player_id, p.sc2_player_id) for p in continuous_search(queue, chooser)}


def searches_after(seconds: float) -> int:
    return int(seconds / SEARCH_INTERVAL_S)


def test_the_range_holds_for_a_minute_then_widens_without_a_cap() -> None:
    assert half_width(0) == half_width(IDEAL_WAIT_S) == IDEAL_HALF_WIDTH
    assert half_width(IDEAL_WAIT_S + 100) == IDEAL_HALF_WIDTH + 100 * WIDEN_PER_S
    assert half_width(3600) > 4000  # an outlier still finds a game after an hour


def test_both_players_must_accept_the_gap(game_data: GameData) -> None:
    assert pairs([queued(1, bw=1500), queued(2, sc2=1600)], game_data) == {(1, 2)}
    assert pairs([queued(1, bw=1500), queued(2, sc2=1700)], game_data) == set()
    # One player has waited long enough for a 200 gap, the other has not: still no pair.
    long_wait = searches_after(IDEAL_WAIT_S + 100 / WIDEN_PER_S + SEARCH_INTERVAL_S)
    assert pairs([queued(1, bw=1500, waves=long_wait), queued(2, sc2=1700)], game_data) == set()
    assert pairs([queued(1, bw=1500, waves=long_wait), queued(2, sc2=1700, waves=long_wait)], game_data) == {
        (1, 2)
    }


def test_the_closest_pair_goes_first_and_nobody_plays_twice(game_data: GameData) -> None:
    queue = [queued(1, bw=1500), queued(2, sc2=1590), queued(3, sc2=1510), queued(4, bw=1580)]
    assert pairs(queue, game_data) == {(1, 3), (4, 2)}
    # A player offering both races takes one side once, and never meets themself.
    both = [queued(5, bw=1500, sc2=1500), queued(6, sc2=1520), queued(7, bw=1530)]
    made = pairs(both, game_data)
    assert len(made) == 1 and all(a != b for a, b in made)
    assert pairs([queued(8, bw=1500, sc2=1500)], game_data) == set()


def test_the_server_is_the_lowest_ping_for_the_pair(game_data: GameData, settings: Settings) -> None:
    chooser = build_server_chooser(settings, game_data)
    queue = [queued(1, bw=1500, region="KRJ"), queued(2, sc2=1500, region="EUW")]
    [pair] = continuous_search(queue, chooser)
    assert pair.server == chooser.choose("KRJ", "EUW")


def test_in_the_simulator_it_searches_every_few_seconds(game_data: GameData, settings: Settings) -> None:
    ticks = {"engine": 0, "continuous": 0}
    for name in ticks:

        def tick(name: str = name) -> None:
            ticks[name] += 1

        run = compare(game_data, settings, players=60, hours=3, seed=11, on_wave=tick, matchers=[name])
        assert run.runs[name].entries_matched > 0
    assert ticks["continuous"] == 3 * 3600 / SEARCH_INTERVAL_S + 1
    assert ticks["engine"] == 3 * 3600 // settings.wave_period_s + 1
