"""Where long waits come from: every queued player's waves, classified, for a matcher on one seed.

Each wave, before the matcher runs, each queued player is in one of three situations (judged by the
engine's own rules, whichever matcher runs): an **allowed** opponent is queued (a pair the engine's
cost model permits), an opponent of the other side is queued but **outside the window**, or
**nobody** of the other side is queued at all. An entry's counts are kept until it is matched (then
it is one of the ``matched`` entries) or leaves unmatched (``left``). ``python -m
evoladder.simulate.tails --seeds 1-20`` prints the split for the longest waits and for those who left.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from evoladder.config import Settings, load_settings
from evoladder.gamedata import GameData, load_game_data
from evoladder.matchmaking.cost import CostModel
from evoladder.matchmaking.latency import build_server_chooser, expected_ping_table
from evoladder.matchmaking.model import QueuedPlayer, WaveParams
from evoladder.simulate.compare import build_matcher, period_of
from evoladder.simulate.pairing import Pairing
from evoladder.simulate.population import build_population
from evoladder.simulate.simulation import Matcher, simulate


@dataclass(slots=True)
class EntryWaves:
    """One queue entry's waves: how many in each situation (the wave it was matched in included)."""

    allowed: int = 0
    outside_window: int = 0
    nobody: int = 0

    @property
    def waves(self) -> int:
        return self.allowed + self.outside_window + self.nobody


@dataclass
class TailRecord:
    matched: list[EntryWaves] = field(default_factory=list)
    left: list[EntryWaves] = field(default_factory=list)


def _situation(player: QueuedPlayer, queue: Sequence[QueuedPlayer], costs: CostModel) -> str:
    other_side = False
    for other in queue:
        if other.player_id == player.player_id:
            continue
        if costs.evaluate(player, other) is not None or costs.evaluate(other, player) is not None:
            return "allowed"
        can_meet = (player.bw_race is not None and other.sc2_race is not None) or (
            player.sc2_race is not None and other.bw_race is not None
        )
        other_side = other_side or can_meet
    return "outside_window" if other_side else "nobody"


def observing(matcher: Matcher, costs: CostModel, record: TailRecord) -> Matcher:
    """``matcher`` unchanged, with every queued player's situation counted before each wave."""
    open_entries: dict[int, EntryWaves] = {}
    matched_last: set[int] = set()

    def match(queue: Sequence[QueuedPlayer], wave: int) -> list[Pairing]:
        present = {p.player_id for p in queue}
        for player_id in [pid for pid in open_entries if pid not in present]:
            entry = open_entries.pop(player_id)
            if player_id not in matched_last:
                record.left.append(entry)
        matched_last.clear()
        for player in queue:
            entry = open_entries.setdefault(player.player_id, EntryWaves())
            situation = _situation(player, queue, costs)
            setattr(entry, situation, getattr(entry, situation) + 1)
        pairings = matcher(queue, wave)
        for pairing in pairings:
            for player_id in (pairing.bw_player_id, pairing.sc2_player_id):
                record.matched.append(open_entries[player_id])
                matched_last.add(player_id)
        return pairings

    return match


def run_seed(game_data: GameData, settings: Settings, name: str, seed: int, players: int = 300) -> TailRecord:
    """One matcher's classified waves on one seed's population (24 simulated hours)."""
    hours = 24.0
    population = build_population(game_data, players, hours, seed, settings.mmr_start)
    costs = CostModel(WaveParams.from_settings(settings), build_server_chooser(settings, game_data))
    record = TailRecord()
    matcher = observing(build_matcher(name, game_data, settings, seed), costs, record)
    simulate(
        population,
        game_data,
        settings,
        matcher,
        expected_ping_table(game_data),
        hours,
        seed,
        None,
        period_of(name, settings),
    )
    return record


def summary(records: Sequence[TailRecord], share: float = 0.01) -> dict[str, dict[str, float]]:
    """Mean waves in each situation for the longest-waiting ``share`` of matched entries, and for
    the entries that left unmatched."""

    def means(entries: Sequence[EntryWaves]) -> dict[str, float]:
        if not entries:
            return {"entries": 0.0}
        cols = np.array([(e.waves, e.allowed, e.outside_window, e.nobody) for e in entries], dtype=float)
        waves, allowed, outside, nobody = cols.mean(axis=0)
        return {
            "entries": float(len(entries)),
            "waves": float(waves),
            "allowed": float(allowed),
            "outside_window": float(outside),
            "nobody": float(nobody),
        }

    matched = [e for r in records for e in r.matched]
    cutoff = float(np.percentile([e.waves for e in matched], 100 * (1 - share))) if matched else 0.0
    return {
        "longest_waits": means([e for e in matched if e.waves >= cutoff]),
        "left_unmatched": means([e for r in records for e in r.left]),
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evoladder.simulate.tails", description=__doc__)
    parser.add_argument("--seeds", default="1-20", help="e.g. 1-20")
    parser.add_argument("--matchers", default="engine,baseline")
    args = parser.parse_args(argv)
    low, _, high = args.seeds.partition("-")
    seeds = range(int(low), int(high or low) + 1)
    settings, game_data = load_settings(_env_file=None), load_game_data()
    for name in args.matchers.split(","):
        result = summary([run_seed(game_data, settings, name, seed) for seed in seeds])
        for group, values in result.items():
            cells = " ".join(f"{k}={v:.1f}" for k, v in values.items())
            print(f"{name:>10} {group:<15} {cells}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
