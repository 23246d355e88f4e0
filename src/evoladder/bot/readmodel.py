"""Display values read from the ladder's in-memory state (no I/O): players as the match messages show them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import datetime
from typing import Any

from evoladder.bot.present.match import MatchSide
from evoladder.rules.mmr import expected_score
from evoladder.store.records import Match
from evoladder.store.state import LadderState


def match_side(state: LadderState, discord_uid: int, race: str, now: datetime) -> MatchSide:
    player = state.player(discord_uid)
    return MatchSide(
        discord_uid=discord_uid,
        player_name=(player.player_name if player else None) or str(discord_uid),
        battletag=player.battletag if player else None,
        alt_names=player.alt_names if player else (),
        country=player.country if player else None,
        race=race,
        mmr=state.mmr_value(discord_uid, race),
        letter=state.rank(discord_uid, race, now),
    )


def match_sides(state: LadderState, match: Match, now: datetime) -> tuple[MatchSide, MatchSide]:
    """Both players as they stood when the match was made (MMR before the match)."""
    a = match_side(state, match.player_a, match.race_a, now)
    b = match_side(state, match.player_b, match.race_b, now)

    return replace(a, mmr=match.mmr_a_before), replace(b, mmr=match.mmr_b_before)


def win_chance_a(match: Match, divisor: float) -> float:
    return expected_score(match.mmr_a_before, match.mmr_b_before, divisor)


def verdict_checks(verdict: Mapping[str, Any] | None) -> list[tuple[str, str, str]]:
    """``(check, status, reason)`` rows of a replay verdict as the services store it."""
    if not verdict:
        return []
    return [
        (str(c.get("name")), str(c.get("status")), str(c.get("reason"))) for c in verdict.get("checks") or []
    ]
