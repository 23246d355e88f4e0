"""What every matcher in the simulator hands back: who plays whom, on which races, where."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Pairing:
    """A match as any matcher made it (the engine's, the first bot's and the continuous peer's)."""

    bw_player_id: int
    sc2_player_id: int
    bw_race: str
    sc2_race: str
    bw_mmr: float
    sc2_mmr: float
    server: str
