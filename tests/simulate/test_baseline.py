from __future__ import annotations

from evoladder.gamedata import GameData
from evoladder.matchmaking.model import QueuedPlayer
from evoladder.simulate.baseline import first_bot_wave


def queued(
    player_id: int, bw: float | None = None, sc2: float | None = None, waves: int = 0, region: str = "EUW"
) -> QueuedPlayer:
    mmr = {k: v for k, v in (("bw_terran", bw), ("sc2_zerg", sc2)) if v is not None}
    return QueuedPlayer(
        player_id=player_id,
        region=region,
        bw_race="bw_terran" if bw is not None else None,
        sc2_race="sc2_zerg" if sc2 is not None else None,
        mmr_by_race=mmr,
        waves_waited=waves,
    )


def pairs(queue: list[QueuedPlayer], game_data: GameData) -> set[tuple[int, int]]:
    return {(m.bw_player_id, m.sc2_player_id) for m in first_bot_wave(queue, game_data)}


def test_first_window_is_150_because_waves_are_counted_before_matching(game_data: GameData) -> None:
    assert pairs([queued(1, bw=1500), queued(2, sc2=1650)], game_data) == {(1, 2)}
    assert pairs([queued(1, bw=1500), queued(2, sc2=1651)], game_data) == set()
    assert pairs([queued(1, bw=1500, waves=1), queued(2, sc2=1700)], game_data) == {(1, 2)}


def test_gap_fitting_either_window_is_enough(game_data: GameData) -> None:
    assert pairs([queued(1, bw=1500, waves=4), queued(2, sc2=1800)], game_data) == {(1, 2)}


def test_larger_side_is_cut_to_its_longest_waiters(game_data: GameData) -> None:
    queue = [queued(1, bw=1500), queued(2, bw=1500, waves=3), queued(3, sc2=1500)]
    assert pairs(queue, game_data) == {(2, 3)}


def test_both_players_balance_the_sides(game_data: GameData) -> None:
    # Two BW-only players and two "both": the "both" players go to the SC2 side.
    queue = [
        queued(1, bw=1500),
        queued(2, bw=1510),
        queued(3, bw=1500, sc2=1505),
        queued(4, bw=1500, sc2=1495),
    ]
    assert {sc2 for _, sc2 in pairs(queue, game_data)} == {3, 4}


def test_greedy_score_then_swaps_keep_windows(game_data: GameData) -> None:
    # Greedy takes (1, 3) at gap 0 first, then (2, 4); (2, 3) is outside both windows, so no swap.
    queue = [queued(1, bw=1500), queued(2, bw=1700), queued(3, sc2=1500), queued(4, sc2=1640)]
    assert pairs(queue, game_data) == {(1, 3), (2, 4)}


def test_server_comes_from_the_region_table(game_data: GameData) -> None:
    (match,) = first_bot_wave(
        [queued(1, bw=1500, region="NAW"), queued(2, sc2=1500, region="KRJ")], game_data
    )
    assert match.server == game_data.table_server("NAW", "KRJ")
