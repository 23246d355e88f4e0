"""A continuous matcher in the style of ShieldBattery's ladder: the simulator's second, stronger peer.

- It searches every ``SEARCH_INTERVAL_S`` (7.5 s) instead of in 45-second waves, so a pair that fits
  is made within seconds.
- Each player accepts opponents within ``IDEAL_HALF_WIDTH`` MMR of their own for the first
  ``IDEAL_WAIT_S`` of waiting; after that the range widens by ``WIDEN_PER_S`` MMR per second waited.
  ShieldBattery caps the widening (except for its top-ranked players); a community of a few hundred
  players would leave its outliers unmatched under a cap, so this peer never stops widening — the
  stronger choice on the tails, which is what it is here to test.
- A pair is acceptable when each player's MMR lies in the other's range, and acceptable pairs are taken
  best first: the smallest MMR gap, then the longer wait. One Brood War race meets one StarCraft II
  race; a player offering both may take either side.
- The server is the lowest expected ping for the pair (the engine's own server chooser), so the peer is
  not handicapped on ping by a worse server rule.
"""

from __future__ import annotations

from collections.abc import Sequence

from evoladder.gamedata import Side
from evoladder.matchmaking.model import QueuedPlayer
from evoladder.rules.servers import ServerChooser
from evoladder.simulate.pairing import Pairing

SEARCH_INTERVAL_S = 7.5
IDEAL_HALF_WIDTH = 100.0
IDEAL_WAIT_S = 60.0
WIDEN_PER_S = 1.2  # ShieldBattery widens by 9 rating points per 7.5-second search


def half_width(waited_s: float) -> float:
    """How far from their own MMR a player accepts an opponent after ``waited_s`` in the queue."""
    return IDEAL_HALF_WIDTH + WIDEN_PER_S * max(0.0, waited_s - IDEAL_WAIT_S)


def continuous_search(queue: Sequence[QueuedPlayer], servers: ServerChooser) -> list[Pairing]:
    """One search over the queue; ``waves_waited`` counts the searches an entry has been through."""
    seats: dict[Side, list[tuple[QueuedPlayer, str, float, float]]] = {"bw": [], "sc2": []}
    for player in queue:
        reach = half_width(player.waves_waited * SEARCH_INTERVAL_S)
        for side in ("bw", "sc2"):
            race = player.race_on(side)
            if race is not None:
                seats[side].append((player, race, float(player.mmr_by_race[race]), reach))
    candidates = []
    for bw_player, bw_race, bw_mmr, bw_reach in seats["bw"]:
        for sc2_player, sc2_race, sc2_mmr, sc2_reach in seats["sc2"]:
            gap = abs(bw_mmr - sc2_mmr)
            if bw_player is not sc2_player and gap <= bw_reach and gap <= sc2_reach:
                longer_wait = max(bw_player.waves_waited, sc2_player.waves_waited)
                candidates.append(
                    (gap, -longer_wait, bw_player, bw_race, bw_mmr, sc2_player, sc2_race, sc2_mmr)
                )
    candidates.sort(key=lambda c: (c[0], c[1], c[2].player_id, c[5].player_id))
    taken: set[int] = set()
    pairs = []
    for _, _, bw_player, bw_race, bw_mmr, sc2_player, sc2_race, sc2_mmr in candidates:
        if bw_player.player_id in taken or sc2_player.player_id in taken:
            continue
        taken.update((bw_player.player_id, sc2_player.player_id))
        pairs.append(
            Pairing(
                bw_player.player_id,
                sc2_player.player_id,
                bw_race,
                sc2_race,
                bw_mmr,
                sc2_mmr,
                servers.choose(bw_player.region, sc2_player.region),
            )
        )
    return pairs
