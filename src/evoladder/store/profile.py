"""The ``/profile`` payload: everything the profile embed shows, built from the indexed hot state.

Per race the totals come from the MMR record (always equal to the replay of match history); the
14/30/90-day W-L-D and the MMR-over-time points come from walking the player's matches newest first,
stopping once past the 90-day window, so the cost follows recent activity, not career length.
The payload is a fresh value per call (plain slotted classes: frozen dataclasses build slowly).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import NamedTuple

from evoladder.rules.lifecycle import MatchStatus
from evoladder.store.state import LadderState

WINDOWS_DAYS: tuple[int, ...] = (14, 30, 90)
MAX_POINTS_PER_RACE = 100
# Matches end within the report deadline of their creation, except disputes an admin resolves later;
# a week of slack keeps those in the windows without walking a whole career.
_WALK_SLACK = timedelta(days=7)
_COMPLETED = MatchStatus.COMPLETED.value


class Wld(NamedTuple):
    wins: int = 0
    losses: int = 0
    draws: int = 0

    @property
    def games(self) -> int:
        return self.wins + self.losses + self.draws

    @property
    def win_percent(self) -> float | None:
        return None if self.games == 0 else 100.0 * (self.wins + 0.5 * self.draws) / self.games


@dataclass(slots=True)
class RaceProfile:
    race: str
    letter: str | None  # None: unranked
    mmr: int
    total: Wld
    recent: dict[int, Wld]  # days → W-L-D of games that ended in the last that many days
    last_played_at: datetime | None
    mmr_points: tuple[tuple[datetime, int], ...]  # (game end, MMR after it), in match order


@dataclass(slots=True)
class Profile:
    discord_uid: int
    player_name: str | None
    battletag: str | None
    alt_names: tuple[str, ...]
    country: str | None
    region: str | None
    banned: bool
    aborts_left: int
    races: tuple[RaceProfile, ...]  # races the player has an MMR for, in game-data order


def build_profile(state: LadderState, discord_uid: int, now: datetime) -> Profile | None:
    """The player's profile as of ``now``, or None for an unknown player."""
    player = state.player(discord_uid)
    if player is None:
        return None
    records = state.mmrs(discord_uid)
    # Per race: [W, L, D] for 14 days, then 30, then 90 (flat, so the loop below stays cheap).
    counts: dict[str, list[int]] = {race: [0] * 9 for race in records}
    points: dict[str, list[tuple[datetime, int]]] = {race: [] for race in records}
    c14, c30, c90 = (now - timedelta(days=d) for d in WINDOWS_DAYS)
    stop_before = c90 - _WALK_SLACK
    for match in state.iter_matches_newest_first(discord_uid):
        if match.created_at < stop_before:
            break
        ended = match.ended_at
        if match.status != _COMPLETED or ended is None or ended < c90:
            continue
        if match.player_a == discord_uid:
            slot, race, before, delta = "a", match.race_a, match.mmr_a_before, match.delta_a
        else:
            slot, race, before, delta = "b", match.race_b, match.mmr_b_before, match.delta_b
        per_race = counts.get(race)
        if per_race is None:
            continue
        result = match.result
        column = 2 if result == "draw" else (0 if result == slot else 1)
        per_race[6 + column] += 1
        if ended >= c30:
            per_race[3 + column] += 1
            if ended >= c14:
                per_race[column] += 1
        race_points = points[race]
        if len(race_points) < MAX_POINTS_PER_RACE and delta is not None:
            race_points.append((ended, before + delta))
    races = []
    board = state.leaderboard
    board.advance(now)
    for race in state.game_data.races:
        rec = records.get(race)
        if rec is None:
            continue
        race_points = points[race]
        race_points.reverse()  # collected newest first
        races.append(
            RaceProfile(
                race=race,
                letter=board.letter(discord_uid, race),
                mmr=rec.mmr,
                total=Wld(rec.wins, rec.losses, rec.draws),
                recent={d: Wld(*counts[race][3 * i : 3 * i + 3]) for i, d in enumerate(WINDOWS_DAYS)},
                last_played_at=rec.last_played_at,
                mmr_points=tuple(race_points),
            )
        )
    return Profile(
        discord_uid=discord_uid,
        player_name=player.player_name,
        battletag=player.battletag,
        alt_names=player.alt_names,
        country=player.country,
        region=player.region,
        banned=player.banned,
        aborts_left=state.aborts_left(discord_uid, now),
        races=tuple(races),
    )
