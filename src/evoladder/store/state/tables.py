"""The hot tables in memory and the indexes derived from them, kept consistent in one place.

Every table is a dict keyed like its database table; every derived index (names, a player's matches,
open matches, disputes, queue sides) is changed only through the methods here, so a transition or a
replayed journal entry can't update one and forget another.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime
from typing import Any

from evoladder.rules.lifecycle import OPEN_STATUSES, MatchStatus
from evoladder.rules.queueing import Side, side_of
from evoladder.store.records import (
    AccessCode,
    AccessGrant,
    Admin,
    Match,
    Mmr,
    NoticeAck,
    Player,
    Preferences,
    QueueEntry,
    Remembered,
)
from evoladder.store.state.name_index import PlayerLookup
from evoladder.store.state.replay_table import ReplayTable

OPEN = frozenset(s.value for s in OPEN_STATUSES)
CONFLICT = MatchStatus.CONFLICT.value


def match_order(match: Match) -> tuple[datetime, int]:
    return (match.created_at, match.match_id)


class Tables:
    def __init__(self, bw_races: Collection[str]) -> None:
        self.bw_races = bw_races
        self.players: dict[int, Player] = {}
        self.mmrs: dict[int, dict[str, Mmr]] = {}
        self.preferences: dict[int, Preferences] = {}
        self.queue: dict[int, QueueEntry] = {}
        self.matches: dict[int, Match] = {}
        self.replays = ReplayTable()  # packed at load: ``get`` to change one, ``peek`` to read
        self.admins: dict[int, Admin] = {}
        self.remembered: dict[str, Remembered] = {}
        self.access_codes: dict[str, AccessCode] = {}  # staff tools: closed seasons
        self.access_grants: dict[int, AccessGrant] = {}
        self.notice_acks: dict[tuple[int, str], NoticeAck] = {}  # (uid, notice) → acknowledgement
        # derived indexes
        self.names: dict[str, int] = {}  # casefolded player or alt name → uid
        self.lookup = PlayerLookup()  # BattleTags and name prefixes (admins find players)
        self.matches_of: dict[int, list[Match]] = {}  # uid → matches, oldest first
        self.open_match: dict[int, int] = {}  # uid → id of their open (found / in progress) match
        self.conflicts: dict[int, Match] = {}  # disputed matches waiting for an admin
        self.queue_sides: dict[Side, int] = {"bw": 0, "sc2": 0, "both": 0}
        # uid → a number that changes whenever one of their matches is added, dropped or re-settled
        # (status, result, rating change): what a read derived from their matches may be cached by.
        self.match_versions: dict[int, int] = {}
        # uid → the profile's walk of their recent matches (``store.profile``), bounded there.
        self.profile_walks: dict[int, Any] = {}

    def keyed(self, table_name: str) -> Any:
        """A hot table (other than ``mmrs``, which is keyed by player, then race) by its name; a table
        with a key of several columns is keyed by their tuple."""
        tables: dict[str, Any] = {  # dicts, and the replays' table that behaves like one
            "players": self.players,
            "preferences": self.preferences,
            "queue_entries": self.queue,
            "matches": self.matches,
            "replays": self.replays,
            "admins": self.admins,
            "idempotency_keys": self.remembered,
            "access_codes": self.access_codes,
            "access_grants": self.access_grants,
            "notice_acks": self.notice_acks,
        }
        if table_name not in tables:
            raise ValueError(f"{table_name!r} is not a hot table kept in memory")
        return tables[table_name]

    # --- names ---------------------------------------------------------------------------------
    def index_names(self, player: Player) -> None:
        for name in player.all_names:
            self.names[name.casefold()] = player.discord_uid
        self.lookup.add(player, (name.casefold() for name in player.all_names))

    def unindex_names(self, player: Player) -> None:
        for name in player.all_names:
            if self.names.get(name.casefold()) == player.discord_uid:
                del self.names[name.casefold()]
        self.lookup.remove(player, (name.casefold() for name in player.all_names), self.names)

    # --- queue ---------------------------------------------------------------------------------
    def enqueue(self, entry: QueueEntry) -> None:
        old = self.queue.get(entry.discord_uid)
        if old is not None:
            self.queue_sides[side_of(old.races, self.bw_races)] -= 1
        self.queue[entry.discord_uid] = entry
        self.queue_sides[side_of(entry.races, self.bw_races)] += 1

    def dequeue(self, uid: int) -> QueueEntry | None:
        entry = self.queue.pop(uid, None)
        if entry is not None:
            self.queue_sides[side_of(entry.races, self.bw_races)] -= 1
        return entry

    # --- matches -------------------------------------------------------------------------------
    def add_match(self, match: Match) -> None:
        """A match new to memory: filed under both players (in match order) and as open if it is."""
        self.matches[match.match_id] = match
        for uid in (match.player_a, match.player_b):
            lst = self.matches_of.setdefault(uid, [])
            lst.append(match)
            if len(lst) > 1 and match_order(lst[-2]) > match_order(match):
                lst.sort(key=match_order)
        self.refile_match(match)

    def matches_changed(self, match: Match) -> None:
        """Both players' match version moves on (a match of theirs was added, dropped or changed)."""
        versions = self.match_versions
        for uid in (match.player_a, match.player_b):
            versions[uid] = versions.get(uid, 0) + 1

    def refile_match(self, match: Match) -> None:
        """After a status change: the open-match and dispute indexes follow the match's status."""
        self.matches_changed(match)
        if match.status == CONFLICT:
            self.conflicts[match.match_id] = match
        else:
            self.conflicts.pop(match.match_id, None)
        for uid in (match.player_a, match.player_b):
            if match.status in OPEN:
                self.open_match[uid] = match.match_id
            elif self.open_match.get(uid) == match.match_id:
                del self.open_match[uid]

    def drop_match(self, match_id: int) -> None:
        match = self.matches.pop(match_id, None)
        if match is None:
            return
        self.conflicts.pop(match_id, None)
        self.matches_changed(match)
        for uid in (match.player_a, match.player_b):
            lst = self.matches_of.get(uid, [])
            if match in lst:
                lst.remove(match)
            if self.open_match.get(uid) == match_id:
                del self.open_match[uid]

    # --- after a bulk load ---------------------------------------------------------------------
    def rebuild_indexes(self) -> None:
        """Every derived index from the tables (once, after loading)."""
        self.names = {}
        self.lookup.forget()
        for player in self.players.values():
            self.index_names(player)
        self.matches_of, self.open_match, self.conflicts = {}, {}, {}
        for match in self.matches.values():
            self.matches_of.setdefault(match.player_a, []).append(match)
            self.matches_of.setdefault(match.player_b, []).append(match)
            self.refile_match(match)
        for lst in self.matches_of.values():
            lst.sort(key=match_order)
        self.queue_sides = {"bw": 0, "sc2": 0, "both": 0}
        for entry in self.queue.values():
            self.queue_sides[side_of(entry.races, self.bw_races)] += 1
