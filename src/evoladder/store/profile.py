"""The ``/profile`` payload: everything the profile embed shows, built from the indexed hot state.

Per race the totals come from the MMR record (always equal to the replay of match history); the
14/30/90-day W-L-D and the MMR-over-time points come from walking the player's matches newest first,
stopping once past the 90-day window, so the cost follows recent activity, not career length; that
walk is cached per player while it stays exact (``_walk``).
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


_NO_GAMES = (Wld(), Wld(), Wld())


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


@dataclass(slots=True)
class _Walk:
    """The walk of a player's recent matches as of ``at``, good until ``until`` while their match
    version stays ``version``. Its values are immutable, so every profile built from it can share them."""

    version: int
    at: datetime
    until: datetime
    recent: dict[str, tuple[Wld, Wld, Wld]]  # race → W-L-D in the last 14, 30 and 90 days
    points: dict[str, tuple[tuple[datetime, int], ...]]  # race → (game end, MMR after it), oldest first


# Walks kept at once (the oldest is dropped): bounded memory (at most 100 points a race each), and
# enough for the players who look at their profile again between games.
WALK_CACHE_SIZE = 1024


def _walk(state: LadderState, discord_uid: int, races: Iterable[str], now: datetime) -> _Walk:
    """The player's recent matches counted per window, from the cache when still exact.

    A cached walk is exact until one of the player's matches changes (their match version moves) or
    until ``now`` passes the first moment a counted game leaves one of its windows (then it counts
    one game less there); before ``at`` it would count too few. Anything else walks again.
    """
    tables = state.t
    version = tables.match_versions.get(discord_uid, 0)
    cache: dict[int, _Walk] = tables.profile_walks
    cached = cache.get(discord_uid)
    if cached is not None and cached.version == version and cached.at <= now <= cached.until:
        return cached
    counts: dict[str, list[int]] = {race: [0] * 9 for race in races}
    points: dict[str, list[tuple[datetime, int]]] = {race: [] for race in counts}
    d14, d30, d90 = (timedelta(days=d) for d in WINDOWS_DAYS)
    c14, c30, c90 = now - d14, now - d30, now - d90
    stop_before = c90 - _WALK_SLACK
    until = now + d90  # nothing counted: the walk stays right until a match changes
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
        # The walk later stops before this match once its creation falls past the slack.
        leaves = min(ended + d90, match.created_at + d90 + _WALK_SLACK)
        result = match.result
        column = 2 if result == "draw" else (0 if result == slot else 1)
        per_race[6 + column] += 1
        if ended >= c30:
            per_race[3 + column] += 1
            leaves = min(leaves, ended + d30)
            if ended >= c14:
                per_race[column] += 1
                leaves = min(leaves, ended + d14)
        if leaves < until:
            until = leaves
        race_points = points[race]
        if len(race_points) < MAX_POINTS_PER_RACE and delta is not None:
            race_points.append((ended, before + delta))
    recent = {
        race: (Wld(c[0], c[1], c[2]), Wld(c[3], c[4], c[5]), Wld(c[6], c[7], c[8]))
        for race, c in counts.items()
    }
    oldest_first = {race: tuple(reversed(newest)) for race, newest in points.items()}
    walk = _Walk(version, now, until, recent, oldest_first)
    cache.pop(discord_uid, None)
    if len(cache) >= WALK_CACHE_SIZE:
        del cache[next(iter(cache))]  # the oldest entry
    cache[discord_uid] = walk
    return walk


def build_profile(state: LadderState, discord_uid: int, now: datetime) -> Profile | None:
    """The player's profile as of ``now``, or None for an unknown player."""
    player = state.player(discord_uid)
    if player is None:
        return None
    records = state.mmrs(discord_uid)
    walk = _walk(state, discord_uid, records, now)
    recent, points = walk.recent, walk.points
    races = []
    board = state.leaderboard
    board.advance(now)
    letters = board.letters(discord_uid, records)
    d14, d30, d90 = WINDOWS_DAYS
    for race in state.game_data.races:
        rec = records.get(race)
        if rec is None:
            continue
        w14, w30, w90 = recent.get(race) or _NO_GAMES  # a record no game of the walk is on
        races.append(
            RaceProfile(
                race=race,
                letter=letters[race],
                mmr=rec.mmr,
                total=Wld(rec.wins, rec.losses, rec.draws),
                recent={d14: w14, d30: w30, d90: w90},
                last_played_at=rec.last_played_at,
                mmr_points=points.get(race, ()),
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
