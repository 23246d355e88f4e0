"""The replay of match history: what a (player, race)'s MMR and W/L/D must be.

It is the definition the live records are checked against (``evoladder check``): ``mmr_start`` + the
deltas of completed matches + admin ``adjust_mmr`` deltas; games and W/L/D counted from the results.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from evoladder.rules import mmr
from evoladder.rules.lifecycle import MatchStatus


@dataclass(slots=True)
class HistoryTotals:
    """What replaying the match history (and admin adjustments) gives for one (player, race)."""

    mmr: int
    games: int = 0
    wins: int = 0
    losses: int = 0
    draws: int = 0
    last_played_at: datetime | None = None


def replay_history(
    matches: Iterable[Mapping[str, Any]], adjustments: Iterable[Mapping[str, Any]], mmr_start: int
) -> dict[tuple[int, str], HistoryTotals]:
    """MMR and W/L/D per (player, race) from match rows and ``adjust_mmr`` admin-action payloads."""
    totals: dict[tuple[int, str], HistoryTotals] = {}

    def entry(uid: int, race: str) -> HistoryTotals:
        found = totals.get((uid, race))
        if found is None:
            found = totals[(uid, race)] = HistoryTotals(mmr_start)
        return found

    for m in matches:
        if m["status"] != MatchStatus.COMPLETED.value:
            continue
        for slot in ("a", "b"):
            t = entry(m[f"player_{slot}"], m[f"race_{slot}"])
            t.mmr += m[f"delta_{slot}"]
            mmr.count_game(t, mmr.score_for(m["result"], slot))
            if t.last_played_at is None or m["ended_at"] > t.last_played_at:
                t.last_played_at = m["ended_at"]
    for adj in adjustments:
        entry(adj["discord_uid"], adj["race"]).mmr += adj["delta"]
    return totals
