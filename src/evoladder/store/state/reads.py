"""Every read the ladder answers from memory: dict and list lookups of a microsecond or two.

Records handed out are the live objects: callers must treat them as read-only.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from types import MappingProxyType

from evoladder.rules import aborts
from evoladder.store.leaderboard import Page
from evoladder.store.records import Admin, Match, Mmr, Player, Preferences, QueueEntry, Replay
from evoladder.store.state.core import StateCore
from evoladder.store.state.outcomes import Outcome, outcome_from_json
from evoladder.store.state.tables import match_order


@dataclass(frozen=True, slots=True)
class QueueCounts:
    bw: int
    sc2: int
    both: int

    @property
    def total(self) -> int:
        return self.bw + self.sc2 + self.both


@dataclass(frozen=True, slots=True)
class LeaderboardRow:
    position: int
    discord_uid: int
    player_name: str | None
    country: str | None
    race: str
    letter: str | None
    mmr: int
    wins: int
    losses: int
    draws: int
    last_played_at: datetime | None


@dataclass(frozen=True, slots=True)
class LeaderboardPage:
    rows: tuple[LeaderboardRow, ...]
    page: int
    pages: int
    total: int


class Reads(StateCore):
    def player(self, discord_uid: int) -> Player | None:
        return self.t.players.get(discord_uid)

    def player_by_name(self, name: str) -> Player | None:
        """The player using ``name`` as player name or alt name (case-insensitive)."""
        uid = self.t.names.get(name.strip().casefold())
        return None if uid is None else self.t.players.get(uid)

    def mmr(self, discord_uid: int, race: str) -> Mmr | None:
        per = self.t.mmrs.get(discord_uid)
        return None if per is None else per.get(race)

    def mmrs(self, discord_uid: int) -> Mapping[str, Mmr]:
        return MappingProxyType(self.t.mmrs.get(discord_uid, {}))

    def aborts_left(self, discord_uid: int, now: datetime) -> int:
        player = self.t.players.get(discord_uid)
        per_month = self.settings.aborts_per_month
        if player is None or player.aborts_month is None:  # never aborted: no month to compare
            return per_month
        return aborts.aborts_left(player.aborts_used, player.aborts_month, now, per_month)

    def preferences(self, discord_uid: int) -> Preferences | None:
        return self.t.preferences.get(discord_uid)

    def queue_entry(self, discord_uid: int) -> QueueEntry | None:
        return self.t.queue.get(discord_uid)

    def queue_entries(self) -> list[QueueEntry]:
        return list(self.t.queue.values())

    def queue_counts(self) -> QueueCounts:
        sides = self.t.queue_sides
        return QueueCounts(sides["bw"], sides["sc2"], sides["both"])

    def match(self, match_id: int) -> Match | None:
        return self.t.matches.get(match_id)

    def open_match(self, discord_uid: int) -> Match | None:
        match_id = self.t.open_match.get(discord_uid)
        return None if match_id is None else self.t.matches[match_id]

    def conflict_matches(self) -> list[Match]:
        """Disputed matches waiting for an admin, oldest first."""
        return sorted(self.t.conflicts.values(), key=match_order)

    def open_matches(self) -> list[Match]:
        return [self.t.matches[i] for i in set(self.t.open_match.values())]

    def recent_matches(self, discord_uid: int, limit: int = 50) -> list[Match]:
        """The player's matches, newest first."""
        lst = self.t.matches_of.get(discord_uid)
        if not lst:
            return []
        return lst[: -limit - 1 : -1] if limit < len(lst) else lst[::-1]

    def iter_matches_newest_first(self, discord_uid: int) -> Iterator[Match]:
        return reversed(self.t.matches_of.get(discord_uid, ()))

    def replay(self, replay_hash: str) -> Replay | None:
        return self.t.replays.peek(replay_hash)

    def match_replays(self, match_id: int) -> list[Replay]:
        """Each player's replay of the match (player A's first; one if both sent the same file)."""
        match = self.t.matches.get(match_id)
        if match is None:
            return []
        found: list[Replay] = []
        for replay_hash in (match.replay_a, match.replay_b):
            replay = None if replay_hash is None else self.t.replays.peek(replay_hash)
            if replay is not None and replay not in found:
                found.append(replay)
        return found

    def replay_of(self, match_id: int, discord_uid: int) -> Replay | None:
        """The replay this player sent for the match (their latest), if any."""
        match = self.t.matches.get(match_id)
        replay_hash = None if match is None else match.replay_of(discord_uid)
        return None if replay_hash is None else self.t.replays.peek(replay_hash)

    def is_admin(self, discord_uid: int) -> bool:
        return discord_uid in self.t.admins

    def admins(self) -> list[Admin]:
        return list(self.t.admins.values())

    def remembered(self, key: str) -> Outcome | None:
        """The outcome an idempotency key already produced, if it was used."""
        rec = self.t.remembered.get(key)
        return None if rec is None else outcome_from_json(rec.outcome)

    def rank(self, discord_uid: int, race: str, now: datetime) -> str | None:
        """The current letter rank of a (player, race), None when unranked."""
        self.leaderboard.advance(now)
        return self.leaderboard.letter(discord_uid, race)

    def leaderboard_countries(self) -> list[str]:
        """Countries with a listed entry on the leaderboard."""
        return self.leaderboard.countries()

    def leaderboard_page(
        self,
        now: datetime,
        page: int = 1,
        *,
        races: Collection[str] = (),
        countries: Collection[str] = (),
        rank: str | None = None,
        best_only: bool = False,
        unranked: bool = False,
    ) -> LeaderboardPage:
        """One page (40 rows) of the filtered leaderboard, ranks current as of ``now``.

        Several races / countries keep entries of any of them; unranked entries only with ``unranked``.
        """
        self.leaderboard.advance(now)
        found: Page = self.leaderboard.page(
            page, races=races, countries=countries, rank=rank, best_only=best_only, unranked=unranked
        )
        rows = []
        for e in found.entries:
            player = self.t.players.get(e.discord_uid)
            rec = self.t.mmrs[e.discord_uid][e.race]
            rows.append(
                LeaderboardRow(
                    position=e.position,
                    discord_uid=e.discord_uid,
                    player_name=player.player_name if player else None,
                    country=player.country if player else None,
                    race=e.race,
                    letter=e.letter,
                    mmr=rec.mmr,
                    wins=rec.wins,
                    losses=rec.losses,
                    draws=rec.draws,
                    last_played_at=rec.last_played_at,
                )
            )
        return LeaderboardPage(tuple(rows), found.page, found.pages, found.total)
