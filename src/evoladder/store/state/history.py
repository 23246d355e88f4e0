"""The replay of match history: what a (player, race)'s MMR and W/L/D must be, and re-deriving it
when an admin changes a completed match.

``replay_history`` is the definition the live records are checked against (``evoladder check``):
``mmr_start`` + the deltas of completed matches + admin ``adjust_mmr`` deltas; games and W/L/D
counted from the results.

A (player, race)'s chain is its completed matches in the order they were rated (``chain_position``:
when they completed, ties by id). Each match stores the ratings it was rated from and the change it
made, so when one match's result changes (or it is voided) ``rederive_later`` carries the difference
— an offset per (player, race) — through every later match of the players it touches: each is
re-rated from its stored ratings plus the offsets, and a changed MMR change moves its other player
too. Whatever separates two matches of a chain (admin adjustments) is kept as it was.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from evoladder.rules import mmr
from evoladder.rules.lifecycle import MatchStatus
from evoladder.store.records import Match

ChainKey = tuple[int, str]  # (player, race)
Position = tuple[datetime, int]
Rate = Callable[[int, int, str], tuple[int, int]]  # ratings before, result → the two MMR changes


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


def chain_position(match: Match) -> Position:
    """Where a completed match sits in its players' chains: rated when it completed; ties by id."""
    return (match.ended_at or match.created_at, match.match_id)


def rederive_later(
    start: Position,
    offsets: dict[ChainKey, int],
    completed_after: Callable[[ChainKey, Position], Iterable[Match]],
    rate: Rate,
) -> list[Match]:
    """Carry rating ``offsets`` (new − old rating, from ``start`` on) through every later completed
    match they reach, in chain order; update those matches' ratings and changes in place; leave in
    ``offsets`` what each (player, race) finally moves by. Returns the matches re-rated."""
    heap: list[tuple[Position, Match]] = []
    queued: set[int] = set()
    followed: set[ChainKey] = set()

    def follow(key: ChainKey, since: Position) -> None:
        if key in followed:  # its later matches are queued already
            return
        followed.add(key)
        for later in completed_after(key, since):
            if later.match_id not in queued:
                queued.add(later.match_id)
                heapq.heappush(heap, (chain_position(later), later))

    for key, offset in list(offsets.items()):
        if offset:
            follow(key, start)
    changed = []
    while heap:
        position, m = heapq.heappop(heap)
        key_a, key_b = (m.player_a, m.race_a), (m.player_b, m.race_b)
        off_a, off_b = offsets.get(key_a, 0), offsets.get(key_b, 0)
        if not (off_a or off_b):  # both chains are back where they were: nothing changes here
            continue
        assert m.result is not None and m.delta_a is not None and m.delta_b is not None
        before_a, before_b = m.mmr_a_before + off_a, m.mmr_b_before + off_b
        delta_a, delta_b = rate(before_a, before_b, m.result)
        offsets[key_a] = off_a + delta_a - m.delta_a
        offsets[key_b] = off_b + delta_b - m.delta_b
        m.mmr_a_before, m.mmr_b_before, m.delta_a, m.delta_b = before_a, before_b, delta_a, delta_b
        changed.append(m)
        for key in (key_a, key_b):
            if offsets[key]:
                follow(key, position)
    return changed
