"""The community's first bot's matcher, as it behaved — kept only here, as the simulator's yardstick.

- Window 100 + 50 × waves waited, with waves counted before matching (so the first window is 150).
- "Both" players are split between the sides to balance their counts.
- The smaller side leads; the larger side is cut to its longest waiters.
- A pair is a candidate if the gap fits either player's window; score = gap² − 20 × (both waits in waves).
- Candidates are taken greedily by score, then two passes of adjacent swaps that keep pairs in windows.
- Server from the region-pair table. (It also drew a map among the non-vetoed ones; the simulator
  measures nothing about maps, so that draw is left out.)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from evoladder.gamedata import GameData, Side
from evoladder.matchmaking.model import QueuedPlayer
from evoladder.simulate.pairing import Pairing

WINDOW_BASE = 100.0
WINDOW_GROWTH = 50.0
WAIT_SCORE_PER_WAVE = 20.0
SWAP_PASSES = 2


@dataclass(frozen=True, slots=True)
class _Seat:
    player: QueuedPlayer
    side: Side
    race: str
    mmr: float
    waves: int  # counted before matching: this wave included

    @property
    def window(self) -> float:
        return WINDOW_BASE + WINDOW_GROWTH * self.waves


def _fits(a: _Seat, b: _Seat) -> bool:
    gap = abs(a.mmr - b.mmr)
    return gap <= a.window or gap <= b.window


def first_bot_wave(queue: Sequence[QueuedPlayer], game_data: GameData) -> list[Pairing]:
    """One wave of the first bot's matcher; ``queue`` in joining order, ``waves_waited`` as elsewhere."""

    def seat(player: QueuedPlayer, side: Side) -> _Seat:
        race = player.race_on(side)
        assert race is not None
        return _Seat(player, side, race, float(player.mmr_by_race[race]), player.waves_waited + 1)

    bw = [seat(p, "bw") for p in queue if p.bw_race is not None and p.sc2_race is None]
    sc2 = [seat(p, "sc2") for p in queue if p.sc2_race is not None and p.bw_race is None]
    for player in (p for p in queue if p.bw_race is not None and p.sc2_race is not None):
        if len(bw) <= len(sc2):
            bw.append(seat(player, "bw"))
        else:
            sc2.append(seat(player, "sc2"))
    lead, follow = (bw, sc2) if len(bw) <= len(sc2) else (sc2, bw)
    follow = sorted(follow, key=lambda s: -s.waves)[: len(lead)]

    candidates = []
    for i, a in enumerate(lead):
        for j, b in enumerate(follow):
            if _fits(a, b):
                gap = abs(a.mmr - b.mmr)
                candidates.append((gap * gap - WAIT_SCORE_PER_WAVE * (a.waves + b.waves), i, j))
    candidates.sort()
    pairs: list[tuple[_Seat, _Seat]] = []
    used_lead: set[int] = set()
    used_follow: set[int] = set()
    for _, i, j in candidates:
        if i not in used_lead and j not in used_follow:
            used_lead.add(i)
            used_follow.add(j)
            pairs.append((lead[i], follow[j]))

    pairs.sort(key=lambda pair: pair[0].mmr)
    for _ in range(SWAP_PASSES):
        for k in range(len(pairs) - 1):
            (a1, b1), (a2, b2) = pairs[k], pairs[k + 1]
            before = (a1.mmr - b1.mmr) ** 2 + (a2.mmr - b2.mmr) ** 2
            after = (a1.mmr - b2.mmr) ** 2 + (a2.mmr - b1.mmr) ** 2
            if after < before and _fits(a1, b2) and _fits(a2, b1):
                pairs[k], pairs[k + 1] = (a1, b2), (a2, b1)

    matches = []
    for a, b in pairs:
        bw_seat, sc2_seat = (a, b) if a.side == "bw" else (b, a)
        matches.append(
            Pairing(
                bw_player_id=bw_seat.player.player_id,
                sc2_player_id=sc2_seat.player.player_id,
                bw_race=bw_seat.race,
                sc2_race=sc2_seat.race,
                bw_mmr=bw_seat.mmr,
                sc2_mmr=sc2_seat.mmr,
                server=game_data.table_server(bw_seat.player.region, sc2_seat.player.region),
            )
        )
    return matches
