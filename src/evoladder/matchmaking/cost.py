"""The cost of one pair: the reference definition the optimiser minimises (summed over a wave).

For a BW player ``b`` and an SC2 player ``s`` (each on the race they offer for that side):

    gap          = |MMR_b − MMR_s|, allowed only if gap ≤ max(window_b, window_s) and b ≠ s
    mmr_term     = mean(mmr_weight of b's tier, s's tier) × gap / mmr_gap_unit
    ping_term    = mean(ping_weight …) × worst_ping / ping_unit_ms
                   + ping_over_cap_weight × (each player's ping above their tier's cap, summed) / ping_unit_ms
    wait_credit  = credit(b) + credit(s)   (waiting, plus a bonus for players offering one side only)
    total        = mmr_term + ping_term − wait_credit

Pings are the server chooser's expected pings on the server it picks for the two regions. The
vectorised candidate graph (``candidates``) must compute exactly the same numbers; a test checks it.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

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

    def evaluate(self, bw: QueuedPlayer, sc2: QueuedPlayer) -> PairCost | None:
        """The cost of ``bw`` playing their BW race against ``sc2``'s SC2 race, or None if not allowed."""
        if bw.player_id == sc2.player_id or bw.bw_race is None or sc2.sc2_race is None:
            return None
        p = self.params
        mmr_bw = float(bw.mmr_by_race[bw.bw_race])
        mmr_sc2 = float(sc2.mmr_by_race[sc2.sc2_race])
        gap = abs(mmr_bw - mmr_sc2)
        window = max(p.window(bw.waves_waited), p.window(sc2.waves_waited))
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
        credit = p.credit(bw) + p.credit(sc2)
        total = mmr_term + ping_term - credit
        units = math.floor(total * p.cost_resolution + 0.5)
        return PairCost(gap, window, worst, mmr_term, ping_term, credit, total, units)

    def best_orientation(
        self, first: QueuedPlayer, second: QueuedPlayer
    ) -> tuple[QueuedPlayer, QueuedPlayer, PairCost] | None:
        """The cheaper allowed way for two players to meet (``first`` on BW wins ties), or None."""
        options = []
        for bw, sc2 in ((first, second), (second, first)):
            cost = self.evaluate(bw, sc2)
            if cost is not None:
                options.append((bw, sc2, cost))
        if not options:
            return None
        return min(options, key=lambda o: o[2].units)


def is_rematch(a: QueuedPlayer, b: QueuedPlayer) -> bool:
    """The two players met in their previous match (either one's record says so)."""
    return a.previous_opponent == b.player_id or b.previous_opponent == a.player_id
