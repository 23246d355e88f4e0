"""Random small waves and an exhaustive reference optimiser for them (test helpers)."""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence

from evoladder.gamedata import GameData
from evoladder.matchmaking.cost import CostModel, is_rematch
from evoladder.matchmaking.model import QueuedPlayer

BW_RACES = ("bw_terran", "bw_zerg", "bw_protoss")
SC2_RACES = ("sc2_terran", "sc2_zerg", "sc2_protoss")


def random_wave(
    rng: random.Random, game_data: GameData, n_players: int, id_base: int = 1
) -> list[QueuedPlayer]:
    """Mixed BW / SC2 / both players, random MMRs, waits, regions, vetoes and previous opponents."""
    regions = list(game_data.regions)
    # Ids include 0 and negatives: nothing may treat a particular id as "no previous opponent".
    ids = rng.sample(range(id_base - 2 * n_players, id_base + 2 * n_players), n_players)
    players = []
    for player_id in ids:
        kind = rng.choice(("bw", "sc2", "both"))
        bw = rng.choice(BW_RACES) if kind in ("bw", "both") else None
        sc2 = rng.choice(SC2_RACES) if kind in ("sc2", "both") else None
        mmr = {race: float(round(rng.gauss(1500, 250))) for race in (bw, sc2) if race is not None}
        previous = rng.choice(ids) if rng.random() < 0.4 else None
        players.append(
            QueuedPlayer(
                player_id=player_id,
                region=rng.choice(regions),
                bw_race=bw,
                sc2_race=sc2,
                mmr_by_race=mmr,
                waves_waited=rng.choice((0, 0, 1, 2, 3, 5, 8, 12)),
                vetoes=tuple(rng.sample(game_data.map_names, rng.randint(0, 4))),
                previous_opponent=previous if previous != player_id else None,
            )
        )
    return players


def all_matchings(n: int, allowed: dict[tuple[int, int], object]) -> Iterator[list[tuple[int, int]]]:
    """Every matching (including the empty one) of players 0..n-1 over the allowed pairs."""

    def extend(
        start: int, used: frozenset[int], chosen: list[tuple[int, int]]
    ) -> Iterator[list[tuple[int, int]]]:
        while start < n and start in used:
            start += 1
        if start >= n:
            yield list(chosen)
            return
        # Either `start` stays unmatched ...
        yield from extend(start + 1, used | {start}, chosen)
        # ... or it is paired with any later free player it may meet.
        for other in range(start + 1, n):
            if other not in used and (start, other) in allowed:
                chosen.append((start, other))
                yield from extend(start + 1, used | {start, other}, chosen)
                chosen.pop()

    yield from extend(0, frozenset(), [])


def brute_force_objective(players: Sequence[QueuedPlayer], model: CostModel) -> tuple[int, int, int, int]:
    """The best (matches, starving players matched, −rematches, −cost units) over every matching, each pair in its best orientation,
    with the wave's credits (waiting, one side, scarcity) from the reference ``CostModel.wave_credits``."""
    best_pair: dict[tuple[int, int], tuple[int, int]] = {}
    credits = model.wave_credits(players)
    for i in range(len(players)):
        for j in range(i + 1, len(players)):
            options = [
                cost.units
                for bw, sc2 in ((players[i], players[j]), (players[j], players[i]))
                if (cost := model.evaluate(bw, sc2, credits)) is not None
            ]
            if options:
                best_pair[(i, j)] = (int(is_rematch(players[i], players[j])), min(options))
    best = (0, 0, 0, 0)
    starving = [int(model.params.starving(p)) for p in players]
    for matching in all_matchings(len(players), best_pair):  # type: ignore[arg-type]
        fed = sum(starving[i] + starving[j] for i, j in matching)
        rematches = sum(best_pair[pair][0] for pair in matching)
        units = sum(best_pair[pair][1] for pair in matching)
        best = max(best, (len(matching), fed, -rematches, -units))
    return best
