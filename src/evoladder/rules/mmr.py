"""MMR: Elo-like, per player and race. Start 1500, K = 40, divisor 500, integer ratings.

A divisor of 500 (not Elo's 400) makes a 100-point gap predict 62/38. Each player's rating change is
rounded half away from zero, so the two changes are exact opposites (zero-sum) and symmetric.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Protocol

WIN, DRAW, LOSS = 1.0, 0.5, 0.0


@dataclass(frozen=True, slots=True)
class MmrChange:
    new_a: int
    new_b: int
    delta_a: int
    delta_b: int


def expected_score(rating: float, opponent: float, divisor: float = 500) -> float:
    """Predicted score (win probability, draws counting half) of ``rating`` against ``opponent``."""
    return 1.0 / (1.0 + float(10.0 ** ((opponent - rating) / divisor)))


def _round_half_away(x: float) -> int:
    return int(math.copysign(math.floor(abs(x) + 0.5), x))


def rate(mmr_a: int, mmr_b: int, score_a: float, k: float = 40, divisor: float = 500) -> MmrChange:
    """New ratings after a game; ``score_a`` is 1 (A won), 0.5 (draw) or 0 (B won)."""
    if score_a not in (WIN, DRAW, LOSS):
        raise ValueError(f"score must be 1, 0.5 or 0, not {score_a}")
    delta = _round_half_away(k * (score_a - expected_score(mmr_a, mmr_b, divisor)))
    return MmrChange(new_a=mmr_a + delta, new_b=mmr_b - delta, delta_a=delta, delta_b=-delta)


def score_for(result: str, slot: str) -> float:
    """Score of ``slot`` ('a' or 'b') for a match result ('a', 'b' or 'draw')."""
    if result == "draw":
        return DRAW
    if result not in ("a", "b") or slot not in ("a", "b"):
        raise ValueError(f"unknown result {result!r} or slot {slot!r}")
    return WIN if result == slot else LOSS


class Tally(Protocol):
    """Anything that counts games and W/L/D (an MMR record, a history replay's totals)."""

    games: int
    wins: int
    losses: int
    draws: int


def count_game(tally: Tally, score: float, sign: int = 1) -> None:
    """Count one game with ``score`` for its player (``sign=-1`` takes it back out)."""
    tally.games += sign
    if score == WIN:
        tally.wins += sign
    elif score == LOSS:
        tally.losses += sign
    else:
        tally.draws += sign
