"""The tails diagnosis: each queued player's wave is classified by the engine's own rules."""

from __future__ import annotations

from collections.abc import Sequence

from evoladder.config import load_settings
from evoladder.gamedata import GameData
from evoladder.matchmaking.cost import CostModel
from evoladder.matchmaking.latency import build_server_chooser
from evoladder.matchmaking.model import QueuedPlayer, WaveParams
from evoladder.simulate.pairing import Pairing
from evoladder.simulate.tails import EntryWaves, TailRecord, observing, run_seed, summary


def _player(pid: int, mmr: float, side: str, waves: int = 0) -> QueuedPlayer:
    race = "bw_zerg" if side == "bw" else "sc2_terran"
    return QueuedPlayer(
        player_id=pid,
        region="EUW",
        bw_race=race if side == "bw" else None,
        sc2_race=race if side == "sc2" else None,
        mmr_by_race={race: mmr},
        waves_waited=waves,
    )


def test_waves_are_counted_per_entry_until_matched_or_gone(game_data: GameData) -> None:
    settings = load_settings(_env_file=None)
    costs = CostModel(WaveParams.from_settings(settings), build_server_chooser(settings, game_data))
    record = TailRecord()
    pair_next: list[Pairing] = []

    def matcher(queue: Sequence[QueuedPlayer], wave: int) -> list[Pairing]:
        return list(pair_next)

    watch = observing(matcher, costs, record)
    lone_bw, same_side, far_sc2 = _player(1, 1500, "bw"), _player(2, 1500, "bw"), _player(3, 2500, "sc2")
    watch([lone_bw, same_side], 0)  # only their own side queued: nobody to play
    watch([lone_bw, same_side, far_sc2], 1)  # an SC2 player, 1,000 MMR away: outside the window
    close_sc2 = _player(4, 1510, "sc2")
    pair_next.append(Pairing(1, 4, "bw_zerg", "sc2_terran", 1500, 1510, "EUW"))
    watch([lone_bw, same_side, far_sc2, close_sc2], 2)  # allowed opponents: player 1 is matched
    pair_next.clear()
    watch([far_sc2], 3)  # players 2 and 4 are gone: 4 was matched, 2 left unmatched

    assert record.matched == [EntryWaves(allowed=1, outside_window=1, nobody=1), EntryWaves(allowed=1)]
    assert record.left == [EntryWaves(allowed=1, outside_window=1, nobody=1)]
    out = summary([record], share=0.5)
    assert out["longest_waits"]["waves"] == 3.0 and out["left_unmatched"]["entries"] == 1.0


def test_a_real_run_classifies_every_matched_wave(game_data: GameData) -> None:
    record = run_seed(game_data, load_settings(_env_file=None), "engine", seed=5, players=60)
    assert record.matched and all(e.allowed >= 1 for e in record.matched)  # matched: allowed then
