"""The ``/profile`` payload: everything the profile embed shows, built from the indexed hot state.

Per race the totals come from the MMR record (always equal to the replay of match history); the
14/30/90-day W-L-D and the MMR-over-time points come from walking the player's matches newest first,
stopping once past the 90-day window, so the cost follows recent activity, not career length.
The payload is a fresh value per call (plain slotted classes: frozen dataclasses build slowly). The
totals over every race and the account status (terms, setup, ban, abort allowance and its reset;
``activation`` when access is by code) come with it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import NamedTuple

from evoladder.rules import aborts
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
class AccountStatus:
    """Where the player's account stands: what the guards check, and the abort allowance."""

    terms_accepted: bool
    setup_done: bool
    banned: bool
    ban_reason: str | None
    aborts_left: int
    aborts_reset_at: datetime  # when the allowance is next full again (the next UTC month)
    # Access codes: how the player's access stands, in a sentence; None while access is open to all.
    activation: str | None = None


@dataclass(slots=True)
class Profile:
    discord_uid: int
    player_name: str | None
    battletag: str | None
    alt_names: tuple[str, ...]
    country: str | None
    region: str | None
    account: AccountStatus
    races: tuple[RaceProfile, ...]  # races the player has an MMR for, in game-data order

    @property
    def banned(self) -> bool:
        return self.account.banned

    @property
    def aborts_left(self) -> int:
        return self.account.aborts_left

    @property
    def overall(self) -> Wld:
        """W-L-D over every race together."""
        return _sum(race.total for race in self.races)

    @property
    def overall_recent(self) -> dict[int, Wld]:
        """W-L-D over every race together, per window (days → games that ended in it)."""
        return {days: _sum(race.recent.get(days, Wld()) for race in self.races) for days in WINDOWS_DAYS}


def _sum(records: Iterable[Wld]) -> Wld:
    wins = losses = draws = 0
    for w in records:
        wins, losses, draws = wins + w.wins, losses + w.losses, draws + w.draws
    return Wld(wins, losses, draws)


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
    completed, get_counts = _COMPLETED, counts.get
    for match in state.iter_matches_newest_first(discord_uid):
        if match.created_at < stop_before:
            break
        ended = match.ended_at
        if match.status != completed or ended is None or ended < c90:
            continue
        if match.player_a == discord_uid:
            slot, race, before, delta = "a", match.race_a, match.mmr_a_before, match.delta_a
        else:
            slot, race, before, delta = "b", match.race_b, match.mmr_b_before, match.delta_b
        per_race = get_counts(race)
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
    letters = board.letters(discord_uid, records)
    d14, d30, d90 = WINDOWS_DAYS
    for race in state.game_data.races:
        rec = records.get(race)
        if rec is None:
            continue
        race_points = points[race]
        race_points.reverse()  # collected newest first
        c = counts[race]
        races.append(
            RaceProfile(
                race=race,
                letter=letters[race],
                mmr=rec.mmr,
                total=Wld(rec.wins, rec.losses, rec.draws),
                recent={d14: Wld(c[0], c[1], c[2]), d30: Wld(c[3], c[4], c[5]), d90: Wld(c[6], c[7], c[8])},
                last_played_at=rec.last_played_at,
                mmr_points=tuple(race_points),
            )
        )
    account = AccountStatus(
        terms_accepted=player.terms_accepted_at is not None,
        setup_done=player.setup_completed_at is not None,
        banned=player.banned,
        ban_reason=player.ban_reason if player.banned else None,
        aborts_left=state.aborts_left(discord_uid, now),
        aborts_reset_at=aborts.next_reset(now),
    )
    return Profile(
        discord_uid=discord_uid,
        player_name=player.player_name,
        battletag=player.battletag,
        alt_names=player.alt_names,
        country=player.country,
        region=player.region,
        account=account,
        races=tuple(races),
    )
