"""The candidate graph of a wave: every allowed pair with its cost, computed for all pairs at once.

Rows are the players offering a BW race, columns those offering an SC2 race ("both" players are in
both), so one NumPy matrix holds every orientation of every pair. The numbers are those of
``CostModel.evaluate`` (same operations in the same order, so the same floats).

Large waves are pruned to keep the blossom algorithm fast (it needs ~17 s for 2,000 queued players
with every allowed pair as an edge): when there are more than ``exact_wave_max_edges`` allowed
pairings, an orientation is kept only if it is among the ``candidates_per_player`` cheapest (MMR and
ping terms) of its BW player or of its SC2 player. Otherwise — and always when either side has at most
``candidates_per_player`` players — nothing is pruned and the wave optimum is exact (the brute-force
test proves it on small waves); a pruned graph still holds each player's best options, and the
benchmark and tests compare the pruned optimum with the exact one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from evoladder.gamedata import Side
from evoladder.matchmaking.cost import CostModel
from evoladder.matchmaking.model import QueuedPlayer

IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float64]

_NOT_ALLOWED = np.iinfo(np.int64).max
# Far above any pair's cost units, far below _NOT_ALLOWED: rematches sort after every other option.
_REMATCH_RANK = 1 << 40


@dataclass(frozen=True, slots=True)
class CandidateGraph:
    """Edges between indices of the (id-sorted) player list; ``bw`` is the index playing BW.
    ``credit`` is each player's wave credit (``WaveParams.wave_credit``), by player index."""

    bw: IntArray
    sc2: IntArray
    units: IntArray
    rematch: npt.NDArray[np.bool_]
    pruned: bool
    credit: FloatArray

    def __len__(self) -> int:
        return int(self.bw.shape[0])


@dataclass(frozen=True, slots=True)
class _Side:
    """Per-player columns of one side (rows: BW offers, columns: SC2 offers) of the cost matrix."""

    index: IntArray
    player_id: IntArray
    previous: IntArray  # meaningful only where has_previous
    has_previous: npt.NDArray[np.bool_]
    mmr: FloatArray
    window: FloatArray
    credit: FloatArray
    region: IntArray
    mmr_weight: FloatArray
    ping_weight: FloatArray
    cap: FloatArray


def _side(
    players: Sequence[QueuedPlayer], side: Side, model: CostModel, region_index: dict[str, int]
) -> _Side:
    p = model.params
    offers = [(i, race) for i, pl in enumerate(players) if (race := pl.race_on(side)) is not None]
    slots = [i for i, _ in offers]
    mmrs = [float(players[i].mmr_by_race[race]) for i, race in offers]
    waves = [players[i].waves_waited for i in slots]
    tiers = [p.tier(m) for m in mmrs]
    return _Side(
        index=np.array(slots, dtype=np.int64),
        player_id=np.array([players[i].player_id for i in slots], dtype=np.int64),
        previous=np.array([players[i].previous_opponent or 0 for i in slots], dtype=np.int64),
        has_previous=np.array([players[i].previous_opponent is not None for i in slots], dtype=np.bool_),
        mmr=np.array(mmrs, dtype=np.float64),
        window=np.array([p.window(w, m) for w, m in zip(waves, mmrs, strict=True)], dtype=np.float64),
        credit=np.array([p.credit(players[i]) for i in slots], dtype=np.float64),
        region=np.array([region_index[players[i].region] for i in slots], dtype=np.int64),
        mmr_weight=np.array([t.mmr_weight for t in tiers], dtype=np.float64),
        ping_weight=np.array([t.ping_weight for t in tiers], dtype=np.float64),
        cap=np.array([t.max_ping_ms for t in tiers], dtype=np.float64),
    )


def build_candidate_graph(players: Sequence[QueuedPlayer], model: CostModel) -> CandidateGraph:
    """Every allowed pair (pruned as described above), with the cheaper orientation of each pair."""
    empty = np.zeros(0, dtype=np.int64)
    p = model.params
    regions = sorted({pl.region for pl in players})
    region_index = {code: i for i, code in enumerate(regions)}
    b = _side(players, "bw", model, region_index)
    s = _side(players, "sc2", model, region_index)
    if b.index.shape[0] == 0 or s.index.shape[0] == 0:
        own = np.array([p.credit(pl) for pl in players], dtype=np.float64)
        return CandidateGraph(empty, empty, empty, np.zeros(0, dtype=np.bool_), pruned=False, credit=own)
    routes = model.routes(regions)
    ping_first = np.array([[routes[(x, y)][1] for y in regions] for x in regions], dtype=np.float64)
    ping_second = np.array([[routes[(x, y)][2] for y in regions] for x in regions], dtype=np.float64)

    gap = np.abs(b.mmr[:, None] - s.mmr[None, :])
    window = np.maximum(b.window[:, None], s.window[None, :])
    allowed = (gap <= window) & (b.player_id[:, None] != s.player_id[None, :])
    ping_bw = ping_first[b.region[:, None], s.region[None, :]]
    ping_sc2 = ping_second[b.region[:, None], s.region[None, :]]
    mmr_weight = (b.mmr_weight[:, None] + s.mmr_weight[None, :]) / 2
    ping_weight = (b.ping_weight[:, None] + s.ping_weight[None, :]) / 2
    worst = np.maximum(ping_bw, ping_sc2)
    over_cap = np.maximum(0.0, ping_bw - b.cap[:, None]) + np.maximum(0.0, ping_sc2 - s.cap[None, :])
    mmr_term = mmr_weight * gap / p.mmr_gap_unit
    ping_term = ping_weight * worst / p.ping_unit_ms + p.ping_over_cap_weight * over_cap / p.ping_unit_ms
    # Scarcity: each player's cheapest allowed pair (either side for a "both" player), as in
    # CostModel.wave_credits; a player without any allowed pair gets no scarcity credit.
    pair_cost = np.where(allowed, mmr_term + ping_term, np.inf)
    cheapest = np.full(len(players), np.inf)
    np.minimum.at(cheapest, b.index, pair_cost.min(axis=1))
    np.minimum.at(cheapest, s.index, pair_cost.min(axis=0))
    has_pair = np.isfinite(cheapest)
    scarcity = np.where(has_pair, p.scarcity_credit_share * np.where(has_pair, cheapest, 0.0), 0.0)
    own = np.zeros(len(players), dtype=np.float64)
    own[b.index] = b.credit
    own[s.index] = s.credit
    wave_credit = own + scarcity
    credit = wave_credit[b.index][:, None] + wave_credit[s.index][None, :]
    total = mmr_term + ping_term - credit
    units = np.floor(total * p.cost_resolution + 0.5).astype(np.int64)
    rematch = ((b.previous[:, None] == s.player_id[None, :]) & b.has_previous[:, None]) | (
        (s.previous[None, :] == b.player_id[:, None]) & s.has_previous[None, :]
    )

    # Rank each player's options by what the pair itself costs: the credits are per player, the same
    # on every edge of a player, and would make everyone keep the same few long waiters.
    pair_units = np.floor((mmr_term + ping_term) * p.cost_resolution + 0.5).astype(np.int64)
    keep, pruned = _prune(allowed, pair_units, rematch, p.candidates_per_player, p.exact_wave_max_edges)
    rows, cols = np.nonzero(keep)
    bw_index = b.index[rows]
    sc2_index = s.index[cols]
    edge_units = units[rows, cols]
    edge_rematch = rematch[rows, cols]
    # One edge per unordered pair: the cheaper orientation, ties to the lower index playing BW
    # (the rule of CostModel.best_orientation).
    low = np.minimum(bw_index, sc2_index)
    high = np.maximum(bw_index, sc2_index)
    lower_is_sc2 = (bw_index != low).astype(np.int64)
    order = np.lexsort((lower_is_sc2, edge_units, high, low))
    low, high = low[order], high[order]
    first = np.ones(order.shape[0], dtype=np.bool_)
    first[1:] = (low[1:] != low[:-1]) | (high[1:] != high[:-1])
    chosen = order[first]
    return CandidateGraph(
        bw=bw_index[chosen],
        sc2=sc2_index[chosen],
        units=edge_units[chosen],
        rematch=edge_rematch[chosen],
        pruned=pruned,
        credit=wave_credit,
    )


def _prune(
    allowed: npt.NDArray[np.bool_],
    units: IntArray,
    rematch: npt.NDArray[np.bool_],
    per_player: int,
    exact_max_edges: int,
) -> tuple[npt.NDArray[np.bool_], bool]:
    """Keep each row's and each column's ``per_player`` best allowed entries (rematches rank last).

    If either side has at most ``per_player`` players, every entry is among its row's (or column's)
    best, so nothing is pruned.
    """
    n_rows, n_cols = allowed.shape
    if n_cols <= per_player or n_rows <= per_player or int(allowed.sum()) <= exact_max_edges:
        return allowed, False
    key = np.where(allowed, units + rematch.astype(np.int64) * _REMATCH_RANK, _NOT_ALLOWED)
    keep = np.zeros_like(allowed)
    best_cols = np.argpartition(key, per_player - 1, axis=1)[:, :per_player]
    keep[np.arange(n_rows)[:, None], best_cols] = True
    best_rows = np.argpartition(key, per_player - 1, axis=0)[:per_player, :]
    keep[best_rows, np.arange(n_cols)[None, :]] = True
    return keep & allowed, bool((allowed & ~keep).any())
