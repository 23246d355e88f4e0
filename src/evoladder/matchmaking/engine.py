"""The wave engine: queued players in, matches out. Pure (no I/O, no clock); deterministic for a
given input and seed.

A wave optimises the whole queue at once, lexicographically: (1) the most matches, (2) among those the
most starving players matched (those who have waited ``starving_after_waves`` waves: the starvation
guard, so a long waiter is never left over for a cheaper pair of fresh players), (3) the fewest
rematches of last match's opponents (so a rematch happens only when nothing else would make as
many matches), (4) the least total pair cost (``cost.CostModel``), which includes each matched player's
credit for this wave — waiting, offering one side only, and scarcity (a share of the cost of their
cheapest allowed pair) — so the credits decide who is left over when not everyone can be matched. This is a maximum-weight matching on
a general graph ("both" players can sit on either side, so the graph is not bipartite), solved with
rustworkx's blossom algorithm on integer weights ``BIG + STARVING × starving − REMATCH × rematch −
cost_units`` where ``REMATCH`` exceeds any possible difference of total cost, ``STARVING`` any of
(rematch, cost) totals and ``BIG`` any of (starving, rematch, cost) totals, so the weights encode the
lexicographic order exactly.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Sequence

import rustworkx as rx

from evoladder.matchmaking.candidates import CandidateGraph, build_candidate_graph
from evoladder.matchmaking.cost import CostModel, is_rematch
from evoladder.matchmaking.model import PairCost, QueuedPlayer, Tier, WaveMatch, WaveParams, WaveResult
from evoladder.rules.maps import choose_map
from evoladder.rules.servers import ServerChooser

__all__ = [
    "PairCost",
    "QueuedPlayer",
    "Tier",
    "WaveEngine",
    "WaveMatch",
    "WaveParams",
    "WaveResult",
]


class WaveEngine:
    """Runs waves for one set of parameters, server policy and map pool."""

    def __init__(self, params: WaveParams, chooser: ServerChooser, map_pool: Sequence[str]) -> None:
        if not map_pool:
            raise ValueError("the map pool is empty")
        self.params = params
        self.cost_model = CostModel(params, chooser)
        self.map_pool = tuple(map_pool)

    def run(self, players: Sequence[QueuedPlayer], seed: int) -> WaveResult:
        """Pair the queue. ``seed`` drives only the map draw; the pairing is deterministic."""
        ordered = sorted(players, key=lambda pl: pl.player_id)
        for earlier, later in itertools.pairwise(ordered):
            if earlier.player_id == later.player_id:
                raise ValueError(f"player {later.player_id} is queued twice in one wave")
        graph = build_candidate_graph(ordered, self.cost_model)
        starving = [self.params.starving(pl) for pl in ordered]
        pairs = _solve(len(ordered), graph, starving)
        credits = {pl.player_id: float(c) for pl, c in zip(ordered, graph.credit.tolist(), strict=True)}
        rng = random.Random(seed)
        matches: list[WaveMatch] = []
        matched: set[int] = set()
        for bw_index, sc2_index in sorted(pairs, key=lambda pair: min(pair)):
            bw, sc2 = ordered[bw_index], ordered[sc2_index]
            cost = self.cost_model.evaluate(bw, sc2, credits)
            if cost is None:  # the candidate graph only holds allowed pairs; this would be a bug
                raise AssertionError(f"wave paired {bw.player_id} and {sc2.player_id}, which is not allowed")
            server, bw_ping, sc2_ping = self.cost_model.route(bw.region, sc2.region)
            assert bw.bw_race is not None and sc2.sc2_race is not None  # guaranteed by evaluate()
            matches.append(
                WaveMatch(
                    bw_player_id=bw.player_id,
                    sc2_player_id=sc2.player_id,
                    bw_race=bw.bw_race,
                    sc2_race=sc2.sc2_race,
                    bw_mmr=float(bw.mmr_by_race[bw.bw_race]),
                    sc2_mmr=float(sc2.mmr_by_race[sc2.sc2_race]),
                    server=server,
                    bw_ping_ms=bw_ping,
                    sc2_ping_ms=sc2_ping,
                    map_name=choose_map(self.map_pool, bw.vetoes, sc2.vetoes, rng),
                    rematch=is_rematch(bw, sc2),
                    cost=cost,
                    starving=starving[bw_index] + starving[sc2_index],
                )
            )
            matched.update((bw.player_id, sc2.player_id))
        unmatched = tuple(pl.player_id for pl in ordered if pl.player_id not in matched)
        return WaveResult(matches=tuple(matches), unmatched=unmatched)


def _solve(n_players: int, graph: CandidateGraph, starving: Sequence[bool]) -> list[tuple[int, int]]:
    """The lexicographically best matching of the candidate graph, as (BW index, SC2 index) pairs;
    ``starving`` flags the players past the starvation guard, by index."""
    if len(graph) == 0:
        return []
    max_pairs = n_players // 2
    spread = int(abs(graph.units).max()) + 1
    # Python ints: the weights of a large wave outgrow 64 bits; rustworkx takes them as they are.
    rematch_weight = 2 * spread * max_pairs + 1
    starving_weight = (rematch_weight + 2 * spread) * max_pairs + 1
    big = 2 * starving_weight * max_pairs + (rematch_weight + 2 * spread) * max_pairs + 1
    bw_of: dict[tuple[int, int], int] = {}
    edges = []
    for bw, sc2, rematch, units in zip(
        graph.bw.tolist(), graph.sc2.tolist(), graph.rematch.tolist(), graph.units.tolist(), strict=True
    ):
        hungry = int(starving[bw]) + int(starving[sc2])
        weight = big + starving_weight * hungry - rematch_weight * int(rematch) - units
        edges.append((bw, sc2, weight))
        bw_of[(min(bw, sc2), max(bw, sc2))] = bw
    pygraph = rx.PyGraph(multigraph=False)
    pygraph.add_nodes_from(range(n_players))
    pygraph.add_edges_from(edges)
    matching = rx.max_weight_matching(pygraph, max_cardinality=True, weight_fn=lambda w: w)
    pairs = []
    for u, v in matching:
        bw = bw_of[(min(u, v), max(u, v))]
        pairs.append((bw, v if bw == u else u))
    return pairs
