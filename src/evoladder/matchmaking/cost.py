"""The cost of one pair: the reference definition the optimiser minimises (summed over a wave).

For a BW player ``b`` and an SC2 player ``s`` (each on the race they offer for that side):

    gap          = |MMR_b − MMR_s|, allowed only if gap ≤ max(window_b, window_s) and b ≠ s
                   (``WaveParams.window``: by waves waited, wider sooner far from the middle)
    mmr_term     = mean(mmr_weight of b's tier, s's tier) × gap / mmr_gap_unit
    ping_term    = mean(ping_weight …) × worst_ping / ping_unit_ms
                   + ping_over_cap_weight × (each player's ping above their tier's cap, summed) / ping_unit_ms
    wait_credit  = credit(b) + credit(s)
    total        = mmr_term + ping_term − wait_credit

A player's credit (``WaveParams.wave_credit``) is what matching them this wave is worth: waiting
(bounded), a bonus for offering one side only, and the scarcity credit — ``scarcity_credit_share`` ×
the ``mmr_term + ping_term`` of their cheapest allowed pair in this wave (``CostModel.wave_credits``),
so a player whose options are all poor is not the one left over in favour of a player who will find a
close opponent soon. Credits are per player: they decide who is matched, never whom with.

Pings are the server chooser's expected pings on the server it picks for the two regions. The
vectorised candidate graph (``candidates``) must compute exactly the same numbers; a test checks it.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence

from evoladder.matchmaking.model import PairCost, QueuedPlayer, WaveParams
from evoladder.rules.servers import ServerChooser


class CostModel:
    """Pair costs for one wave's parameters and server policy, with the 16 × 16 region pairs cached."""

    def __init__(self, params: WaveParams, chooser: ServerChooser) -> None:
        self.params = params
        self.chooser = chooser
        self._route: dict[tuple[str, str], tuple[str, float, float]] = {}

    def route(self, region_bw: str, region_sc2: str) -> tuple[str, float, float]:
        """(server, BW player's expected ping, SC2 player's expected ping); unknown pings count as 0."""
        key = (region_bw, region_sc2)
        cached = self._route.get(key)
        if cached is None:
            server = self.chooser.choose(region_bw, region_sc2)
            ping_bw = self.chooser.expected_ping_ms(region_bw, server) or 0.0
            ping_sc2 = self.chooser.expected_ping_ms(region_sc2, server) or 0.0
            cached = self._route[key] = (server, float(ping_bw), float(ping_sc2))
        return cached

    def routes(self, regions: Iterable[str]) -> dict[tuple[str, str], tuple[str, float, float]]:
        codes = sorted(set(regions))
        return {(a, b): self.route(a, b) for a in codes for b in codes}

    def wave_credits(self, players: Sequence[QueuedPlayer]) -> dict[int, float]:
        """Each player's credit in this wave (``WaveParams.wave_credit``): their own credit plus the
        scarcity credit from their cheapest allowed pair (either side, for a "both" player)."""
        cheapest: dict[int, float] = {}
        for bw in players:
            for sc2 in players:
                terms = self._terms(bw, sc2)
                if terms is None:
                    continue
                pair = terms[2] + terms[3]
                for pid in (bw.player_id, sc2.player_id):
                    if pid not in cheapest or pair < cheapest[pid]:
                        cheapest[pid] = pair
        return {pl.player_id: self.params.wave_credit(pl, cheapest.get(pl.player_id)) for pl in players}

    def evaluate(
        self, bw: QueuedPlayer, sc2: QueuedPlayer, credits: Mapping[int, float] | None = None
    ) -> PairCost | None:
        """The cost of ``bw`` playing their BW race against ``sc2``'s SC2 race, or None if not allowed.

        ``credits`` are the wave's credits (``wave_credits`` of the whole queue); without them each
        player counts only their own credit (waiting, one side), as if alone in the wave.
        """
        terms = self._terms(bw, sc2)
        if terms is None:
            return None
        gap, window, mmr_term, ping_term, worst = terms
        p = self.params
        if credits is None:
            credit = p.credit(bw) + p.credit(sc2)
        else:
            credit = credits[bw.player_id] + credits[sc2.player_id]
        total = mmr_term + ping_term - credit
        units = math.floor(total * p.cost_resolution + 0.5)
        return PairCost(gap, window, worst, mmr_term, ping_term, credit, total, units)

    def _terms(self, bw: QueuedPlayer, sc2: QueuedPlayer) -> tuple[float, float, float, float, float] | None:
        """(gap, window, mmr_term, ping_term, worst ping), or None if the pair is not allowed."""
        if bw.player_id == sc2.player_id or bw.bw_race is None or sc2.sc2_race is None:
            return None
        p = self.params
        mmr_bw = float(bw.mmr_by_race[bw.bw_race])
        mmr_sc2 = float(sc2.mmr_by_race[sc2.sc2_race])
        gap = abs(mmr_bw - mmr_sc2)
        window = max(p.window(bw.waves_waited, mmr_bw), p.window(sc2.waves_waited, mmr_sc2))
        if gap > window:
            return None
        _, ping_bw, ping_sc2 = self.route(bw.region, sc2.region)
        tier_bw, tier_sc2 = p.tier(mmr_bw), p.tier(mmr_sc2)
        mmr_weight = (tier_bw.mmr_weight + tier_sc2.mmr_weight) / 2
        ping_weight = (tier_bw.ping_weight + tier_sc2.ping_weight) / 2
        worst = max(ping_bw, ping_sc2)
        over_cap = max(0.0, ping_bw - tier_bw.max_ping_ms) + max(0.0, ping_sc2 - tier_sc2.max_ping_ms)
        mmr_term = mmr_weight * gap / p.mmr_gap_unit
        ping_term = ping_weight * worst / p.ping_unit_ms + p.ping_over_cap_weight * over_cap / p.ping_unit_ms
        return gap, window, mmr_term, ping_term, worst

    def best_orientation(
        self, first: QueuedPlayer, second: QueuedPlayer, credits: Mapping[int, float] | None = None
    ) -> tuple[QueuedPlayer, QueuedPlayer, PairCost] | None:
        """The cheaper allowed way for two players to meet (``first`` on BW wins ties), or None."""
        options = []
        for bw, sc2 in ((first, second), (second, first)):
            cost = self.evaluate(bw, sc2, credits)
            if cost is not None:
                options.append((bw, sc2, cost))
        if not options:
            return None
        return min(options, key=lambda o: o[2].units)


def is_rematch(a: QueuedPlayer, b: QueuedPlayer) -> bool:
    """The two players met in their previous match (either one's record says so)."""
    return a.previous_opponent == b.player_id or b.previous_opponent == a.player_id
