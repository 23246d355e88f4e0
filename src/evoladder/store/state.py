"""``LadderState``: the canonical hot state in memory, its indexed reads, and its transitions.

Reads are dict/list lookups (microseconds) and never touch a database. Every transition is a
synchronous method (no I/O, no clock: ``now`` is passed in) that validates with the pure rules,
raising a ``DomainError`` with a player-readable message *before* touching anything, then mutates the
records and returns ``(outcome, changes)``: the full row images (``rows.Change``) to journal.

Records handed out by reads are the live objects: callers must treat them as read-only.

MMR history: a (player, race)'s MMR always equals ``mmr_start`` + the sum of its ``delta`` over its
*completed* matches + the sum of admin adjustments; its W/L/D and games are the counts of those
matches' results and its last game the latest of their ``ended_at``. Admin adjustments are recorded
as ``admin_actions`` rows (action ``adjust_mmr``, payload ``{"discord_uid", "race", "old", "new",
"delta"}``), which ``replay_history`` reads, so the replay explains every MMR. Invalidating a
completed match subtracts its stored deltas and results (the match keeps its deltas as evidence; its
status takes it out of the replay).
"""

from __future__ import annotations

import ctypes
import functools
import gc
import json
import logging
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from types import MappingProxyType
from typing import Any, Concatenate, ParamSpec

from evoladder.config import Settings
from evoladder.gamedata import GameData
from evoladder.rules import aborts, mmr, registration
from evoladder.rules.errors import DomainError, IllegalTransition, ValidationFailed
from evoladder.rules.lifecycle import OPEN_STATUSES, MatchLifecycle, MatchStatus, Report, Result, Slot
from evoladder.store.leaderboard import Leaderboard, Page
from evoladder.store.records import (
    INTERNAL_SLOTS,
    RECORD_TYPES,
    Admin,
    Match,
    Mmr,
    Player,
    Preferences,
    QueueEntry,
    Remembered,
    Replay,
)
from evoladder.store.rows import TABLES, Change

log = logging.getLogger(__name__)

Outcome = Any  # a JSON value: transitions' outcomes are remembered as JSON for idempotency
TransitionResult = tuple[Outcome, list[Change]]
P = ParamSpec("P")

MMR_MIN, MMR_MAX = 0, 10_000  # bounds an admin may set; also keeps leaderboard keys in range
_OPEN = frozenset(s.value for s in OPEN_STATUSES)
_COLD_ID_COLUMNS = {"player_action_logs": "log_id", "command_calls": "call_id", "admin_actions": "action_id"}


class NotFound(DomainError):
    """The player, match or entry the action names does not exist."""


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
            t.games += 1
            score = mmr.score_for(m["result"], slot)
            if score == mmr.WIN:
                t.wins += 1
            elif score == mmr.LOSS:
                t.losses += 1
            else:
                t.draws += 1
            if t.last_played_at is None or m["ended_at"] > t.last_played_at:
                t.last_played_at = m["ended_at"]
    for adj in adjustments:
        entry(adj["discord_uid"], adj["race"]).mmr += adj["delta"]
    return totals


class _Changes(list[Change]):
    def upsert(self, table: str, record: Any) -> None:
        self.append(Change(table, "upsert", record.to_row()))

    def delete(self, table: str, **key: Any) -> None:
        self.append(Change(table, "delete", key))

    def insert_row(self, table: str, row: dict[str, Any]) -> None:
        self.append(Change(table, "upsert", row))


def _idempotent(
    method: Callable[Concatenate[LadderState, P], TransitionResult],
) -> Callable[Concatenate[LadderState, P], TransitionResult]:
    """A transition called again with an idempotency key already used returns the remembered outcome
    and changes nothing (the transition itself records the key through ``_done``)."""

    @functools.wraps(method)
    def once(self: LadderState, /, *args: P.args, **kwargs: P.kwargs) -> TransitionResult:
        key = kwargs.get("idempotency_key")
        if isinstance(key, str) and (hit := self._repeat(key)) is not None:
            return hit
        return method(self, *args, **kwargs)

    return once


class LadderState:
    """All hot tables in memory, indexed for every read the ladder makes."""

    def __init__(self, settings: Settings, game_data: GameData) -> None:
        self.settings = settings
        self.game_data = game_data
        self._bw_races = frozenset(game_data.races_of("bw"))
        self._sc2_races = frozenset(game_data.races_of("sc2"))
        self._map_pool = frozenset(game_data.map_names)
        # tables
        self._players: dict[int, Player] = {}
        self._mmrs: dict[int, dict[str, Mmr]] = {}
        self._preferences: dict[int, Preferences] = {}
        self._queue: dict[int, QueueEntry] = {}
        self._matches: dict[int, Match] = {}
        self._replays: dict[str, Replay] = {}
        self._admins: dict[int, Admin] = {}
        self._remembered: dict[str, Remembered] = {}
        # derived indexes
        self._names: dict[str, int] = {}  # casefolded player or alt name → uid
        self._matches_of: dict[int, list[Match]] = {}  # uid → matches, oldest first
        self._open_match: dict[int, int] = {}  # uid → id of their open (found / in progress) match
        self._conflicts: dict[int, Match] = {}  # disputed matches waiting for an admin
        self._queue_sides = {"bw": 0, "sc2": 0, "both": 0}
        self.leaderboard = Leaderboard(
            tuple(game_data.races),
            shares_percent=settings.rank_shares_percent,
            leftover_order=settings.rank_leftover_order,
            activity_days=settings.rank_activity_days,
        )
        self._loaded = False
        self._next_ids = {"match_id": 1, "log_id": 1, "call_id": 1, "action_id": 1}

    # =============================================================================================
    # Loading, recovery, export
    # =============================================================================================
    def load(self, table_name: str, rows: Iterable[dict[str, Any]]) -> int:
        """Bulk-load one hot table's rows (no validation beyond building records); returns the count."""
        if table_name in _COLD_ID_COLUMNS:
            raise ValueError(f"{table_name} is a cold table: give its max id to set_next_ids instead")
        record_type = RECORD_TYPES[table_name]
        count = 0
        with _collector_paused():
            if table_name == "mmrs":
                for row in rows:
                    rec = Mmr.from_row(row)
                    self._mmrs.setdefault(rec.discord_uid, {})[rec.race] = rec
                    count += 1
                return count
            target = self._table(table_name)
            key_column = TABLES[table_name].key[0]
            from_row = record_type.from_row
            for row in rows:
                target[row[key_column]] = from_row(row)
                count += 1
        return count

    def set_next_ids(self, **next_after_max: int | None) -> None:
        """Ids continue after the largest one in the database (``match_id=…, log_id=…`` give maxima)."""
        for name, max_id in next_after_max.items():
            if name not in self._next_ids:
                raise ValueError(f"unknown id {name!r}; known: {', '.join(self._next_ids)}")
            if max_id is not None:
                self._next_ids[name] = max(self._next_ids[name], max_id + 1)

    def finish_load(self, now: datetime | None = None) -> None:
        """Build the derived indexes and the leaderboard once every table is loaded.

        ``now`` places the leaderboard's activity window; by default the current time (loading is
        not a transition, and the first read with a later ``now`` moves the window on).
        """
        with _collector_paused():
            self._build_derived(now)
        # Millions of long-lived records would make every full collection of the cyclic GC rescan
        # them all (≈ 1 s pauses on the event loop); freezing moves what is loaded out of its reach.
        gc.freeze()
        _return_free_heap_to_os()

    def _build_derived(self, now: datetime | None) -> None:
        self._names = {}
        for player in self._players.values():
            self._index_names(player)
        self._share_repeated_values()
        matches_of: dict[int, list[Match]] = {}
        self._open_match = {}
        self._conflicts = {}
        for match in self._matches.values():
            self._track_conflict(match)
            matches_of.setdefault(match.player_a, []).append(match)
            matches_of.setdefault(match.player_b, []).append(match)
            if match.status in _OPEN:
                self._open_match[match.player_a] = match.match_id
                self._open_match[match.player_b] = match.match_id
        for lst in matches_of.values():
            lst.sort(key=_match_order)
        self._matches_of = matches_of
        self._queue_sides = {"bw": 0, "sc2": 0, "both": 0}
        for entry in self._queue.values():
            self._queue_sides[self._side(entry.races)] += 1
        if self._matches:
            self.set_next_ids(match_id=max(self._matches))
        self.leaderboard.build(
            self._mmrs,
            {uid: p.country for uid, p in self._players.items()},
            now or datetime.now(UTC),
        )
        self._loaded = True

    def _share_repeated_values(self) -> None:
        """Point equal values of related rows at one object (ids, hashes, equal timestamps).

        A database returns fresh objects per row: without this, 1,000,000 matches would hold
        2,000,000 copies of player ids and 1,000,000 duplicate replay hashes, and a replay that
        settled its match would carry a second copy of the same instant (≈ 300 MB in all).
        """
        players = self._players
        for player in players.values():
            created = player.created_at
            if player.terms_accepted_at == created:
                player.terms_accepted_at = created
            if player.setup_completed_at == created:
                player.setup_completed_at = created
            if player.updated_at == created:
                player.updated_at = created
        for uid, per in self._mmrs.items():
            owner = players.get(uid)
            if owner is None:
                continue
            for rec in per.values():
                rec.discord_uid = owner.discord_uid
                if rec.created_at == owner.created_at:
                    rec.created_at = owner.created_at
        replays = self._replays
        mmrs_of, player_of, replay_of = self._mmrs.get, players.get, replays.get
        completed = MatchStatus.COMPLETED.value
        for match in self._matches.values():
            ended = match.ended_at
            a, b = player_of(match.player_a), player_of(match.player_b)
            if a is not None:
                match.player_a = a.discord_uid
            if b is not None:
                match.player_b = b.discord_uid
            if ended is not None and match.status == completed:
                for records_of_player, race in (
                    (mmrs_of(match.player_a), match.race_a),
                    (mmrs_of(match.player_b), match.race_b),
                ):
                    entry = None if records_of_player is None else records_of_player.get(race)
                    if entry is not None and entry.last_played_at == ended:
                        entry.last_played_at = ended
            confirmed = match.confirmed_at
            if confirmed is not None:
                if match.confirm_a_at == confirmed:
                    match.confirm_a_at = confirmed
                if match.confirm_b_at == confirmed:
                    match.confirm_b_at = confirmed
            if match.replay_hash is not None:
                replay = replay_of(match.replay_hash)
                if replay is not None:
                    match.replay_hash = replay.replay_hash
                    if replay.match_id == match.match_id:
                        replay.match_id = match.match_id
                        if ended is not None and replay.uploaded_at == ended:
                            replay.uploaded_at = ended
        for replay in replays.values():
            uploader = players.get(replay.uploaded_by)
            if uploader is not None:
                replay.uploaded_by = uploader.discord_uid

    def apply_change(self, change: Change) -> None:
        """Re-apply a journaled row image to memory (startup recovery). Idempotent."""
        table, row = change.table, change.row
        if table in _COLD_ID_COLUMNS:
            column = _COLD_ID_COLUMNS[table]
            self.set_next_ids(**{column: row[column]})
            return
        if change.op == "delete":
            self._apply_delete(table, row)
        else:
            self._apply_upsert(table, RECORD_TYPES[table].from_row(row))

    def _apply_upsert(self, table: str, new: Any) -> None:
        old: Any
        if table == "players":
            old = self._players.get(new.discord_uid)
            if old is not None:
                self._unindex_names(old)
                _copy_into(old, new)
                new = old
            else:
                self._players[new.discord_uid] = new
            self._index_names(new)
            self.leaderboard.set_country(new.discord_uid, new.country)
        elif table == "mmrs":
            per = self._mmrs.setdefault(new.discord_uid, {})
            old = per.get(new.race)
            if old is not None:
                _copy_into(old, new)
                new = old
            else:
                per[new.race] = new
            if self._loaded:
                self.leaderboard.update(new)
        elif table == "matches":
            old = self._matches.get(new.match_id)
            if old is not None:
                _copy_into(old, new)
                new = old
            else:
                self._matches[new.match_id] = new
                for uid in (new.player_a, new.player_b):
                    lst = self._matches_of.setdefault(uid, [])
                    lst.append(new)
                    if len(lst) > 1 and _match_order(lst[-2]) > _match_order(new):
                        lst.sort(key=_match_order)
                self.set_next_ids(match_id=new.match_id)
            self._track_conflict(new)
            for uid in (new.player_a, new.player_b):
                if new.status in _OPEN:
                    self._open_match[uid] = new.match_id
                elif self._open_match.get(uid) == new.match_id:
                    del self._open_match[uid]
        elif table == "replays":
            self._replays[new.replay_hash] = new
        elif table == "queue_entries":
            old = self._queue.get(new.discord_uid)
            if old is not None:
                self._queue_sides[self._side(old.races)] -= 1
            self._queue[new.discord_uid] = new
            self._queue_sides[self._side(new.races)] += 1
        else:
            key = TABLES[table].key[0]
            self._table(table)[getattr(new, key)] = new

    def _apply_delete(self, table: str, key_row: dict[str, Any]) -> None:
        if table == "mmrs":
            per = self._mmrs.get(key_row["discord_uid"], {})
            dropped = per.pop(key_row["race"], None)
            if dropped is not None:
                self.leaderboard.remove(dropped)
            return
        key = key_row[TABLES[table].key[0]]
        old = self._table(table).pop(key, None)
        if old is None:
            return
        if table == "queue_entries":
            self._queue_sides[self._side(old.races)] -= 1
        elif table == "players":
            self._unindex_names(old)
        elif table == "matches":
            self._conflicts.pop(old.match_id, None)
            for uid in (old.player_a, old.player_b):
                lst = self._matches_of.get(uid, [])
                if old in lst:
                    lst.remove(old)
                if self._open_match.get(uid) == key:
                    del self._open_match[uid]

    def export(self, table_name: str) -> Iterator[dict[str, Any]]:
        """Every row of a hot table as the database should hold it (for ``evoladder check``)."""
        if table_name == "mmrs":
            for per in self._mmrs.values():
                for rec in per.values():
                    yield rec.to_row()
            return
        for rec in self._table(table_name).values():
            yield rec.to_row()

    def _table(self, table_name: str) -> dict[Any, Any]:
        tables: dict[str, dict[Any, Any]] = {
            "players": self._players,
            "preferences": self._preferences,
            "queue_entries": self._queue,
            "matches": self._matches,
            "replays": self._replays,
            "admins": self._admins,
            "idempotency_keys": self._remembered,
        }
        if table_name not in tables:
            raise ValueError(f"{table_name!r} is not a hot table kept in memory")
        return tables[table_name]

    def counts(self) -> dict[str, int]:
        """Rows per hot table (for health output and checks)."""
        return {
            "players": len(self._players),
            "mmrs": sum(len(per) for per in self._mmrs.values()),
            "preferences": len(self._preferences),
            "queue_entries": len(self._queue),
            "matches": len(self._matches),
            "replays": len(self._replays),
            "admins": len(self._admins),
            "idempotency_keys": len(self._remembered),
        }

    # =============================================================================================
    # Reads
    # =============================================================================================
    def player(self, discord_uid: int) -> Player | None:
        return self._players.get(discord_uid)

    def player_by_name(self, name: str) -> Player | None:
        """The player using ``name`` as player name or alt name (case-insensitive)."""
        uid = self._names.get(name.strip().casefold())
        return None if uid is None else self._players.get(uid)

    def mmr(self, discord_uid: int, race: str) -> Mmr | None:
        per = self._mmrs.get(discord_uid)
        return None if per is None else per.get(race)

    def mmr_value(self, discord_uid: int, race: str) -> int:
        """The player's rating for a race, the starting rating if they never played it."""
        rec = self.mmr(discord_uid, race)
        return self.settings.mmr_start if rec is None else rec.mmr

    def mmrs(self, discord_uid: int) -> Mapping[str, Mmr]:
        return MappingProxyType(self._mmrs.get(discord_uid, {}))

    def aborts_left(self, discord_uid: int, now: datetime) -> int:
        player = self._players.get(discord_uid)
        per_month = self.settings.aborts_per_month
        if player is None or player.aborts_month is None:  # never aborted: no month to compare
            return per_month
        return aborts.aborts_left(player.aborts_used, player.aborts_month, now, per_month)

    def preferences(self, discord_uid: int) -> Preferences | None:
        return self._preferences.get(discord_uid)

    def queue_entry(self, discord_uid: int) -> QueueEntry | None:
        return self._queue.get(discord_uid)

    def queue_entries(self) -> list[QueueEntry]:
        return list(self._queue.values())

    def queue_counts(self) -> QueueCounts:
        return QueueCounts(self._queue_sides["bw"], self._queue_sides["sc2"], self._queue_sides["both"])

    def match(self, match_id: int) -> Match | None:
        return self._matches.get(match_id)

    def open_match(self, discord_uid: int) -> Match | None:
        match_id = self._open_match.get(discord_uid)
        return None if match_id is None else self._matches[match_id]

    def conflict_matches(self) -> list[Match]:
        """Disputed matches waiting for an admin, oldest first."""
        return sorted(self._conflicts.values(), key=_match_order)

    def _track_conflict(self, match: Match) -> None:
        if match.status == MatchStatus.CONFLICT.value:
            self._conflicts[match.match_id] = match
        else:
            self._conflicts.pop(match.match_id, None)

    def open_matches(self) -> list[Match]:
        return [self._matches[i] for i in set(self._open_match.values())]

    def recent_matches(self, discord_uid: int, limit: int = 50) -> list[Match]:
        """The player's matches, newest first."""
        lst = self._matches_of.get(discord_uid)
        if not lst:
            return []
        return lst[: -limit - 1 : -1] if limit < len(lst) else lst[::-1]

    def iter_matches_newest_first(self, discord_uid: int) -> Iterator[Match]:
        return reversed(self._matches_of.get(discord_uid, ()))

    def replay(self, replay_hash: str) -> Replay | None:
        return self._replays.get(replay_hash)

    def replay_for_match(self, match_id: int) -> Replay | None:
        """The replay the match currently uses (its ``replay_hash``: no second index to keep)."""
        match = self._matches.get(match_id)
        if match is None or match.replay_hash is None:
            return None
        replay = self._replays.get(match.replay_hash)
        return replay if replay is not None and replay.match_id == match_id else None

    def is_admin(self, discord_uid: int) -> bool:
        return discord_uid in self._admins

    def admins(self) -> list[Admin]:
        return list(self._admins.values())

    def remembered(self, key: str) -> Outcome | None:
        rec = self._remembered.get(key)
        return None if rec is None else rec.outcome

    def rank(self, discord_uid: int, race: str, now: datetime) -> str | None:
        """The current letter rank of a (player, race), None when unranked."""
        self.leaderboard.advance(now)
        return self.leaderboard.letter(discord_uid, race)

    def leaderboard_page(
        self,
        now: datetime,
        page: int = 1,
        *,
        country: str | None = None,
        race: str | None = None,
        rank: str | None = None,
        best_only: bool = False,
    ) -> LeaderboardPage:
        """One page (40 rows) of the filtered leaderboard, ranks current as of ``now``."""
        self.leaderboard.advance(now)
        found: Page = self.leaderboard.page(page, country=country, race=race, rank=rank, best_only=best_only)
        rows = []
        for e in found.entries:
            player = self._players.get(e.discord_uid)
            rec = self._mmrs[e.discord_uid][e.race]
            rows.append(
                LeaderboardRow(
                    e.position,
                    e.discord_uid,
                    player.player_name if player else None,
                    player.country if player else None,
                    e.race,
                    e.letter,
                    rec.mmr,
                    rec.wins,
                    rec.losses,
                    rec.draws,
                    rec.last_played_at,
                )
            )
        return LeaderboardPage(tuple(rows), found.page, found.pages, found.total)

    # =============================================================================================
    # Transition plumbing
    # =============================================================================================
    def _repeat(self, key: str | None) -> TransitionResult | None:
        """The remembered outcome of an idempotency key already used, with no change."""
        if key is None:
            return None
        rec = self._remembered.get(key)
        return None if rec is None else (rec.outcome, [])

    def _done(self, outcome: Outcome, changes: _Changes, key: str | None, now: datetime) -> TransitionResult:
        if key is not None:
            # Round-trip through JSON so a remembered outcome is exactly what a reload gives back.
            rec = Remembered(key, now, json.loads(json.dumps(outcome)))
            self._remembered[key] = rec
            changes.upsert("idempotency_keys", rec)
        return outcome, list(changes)

    def _take_id(self, name: str) -> int:
        value = self._next_ids[name]
        self._next_ids[name] = value + 1
        return value

    def _require_player(self, uid: int) -> Player:
        player = self._players.get(uid)
        if player is None:
            raise NotFound("You are not registered yet: use /termsofservice to start.")
        return player

    def _require_match(self, match_id: int) -> Match:
        match = self._matches.get(match_id)
        if match is None:
            raise NotFound(f"Match #{match_id} does not exist.")
        return match

    def _log_setting(
        self, changes: _Changes, uid: int, field: str, old: Any, new: Any, by: int, now: datetime
    ) -> None:
        changes.insert_row(
            "player_action_logs",
            {
                "log_id": self._take_id("log_id"),
                "discord_uid": uid,
                "field": field,
                "old_value": _as_text(old),
                "new_value": _as_text(new),
                "changed_by": by,
                "at": now,
            },
        )

    def _log_admin(
        self,
        changes: _Changes,
        admin_uid: int,
        action: str,
        target: str | None,
        reason: str,
        payload: dict[str, Any],
        now: datetime,
    ) -> None:
        changes.insert_row(
            "admin_actions",
            {
                "action_id": self._take_id("action_id"),
                "admin_uid": admin_uid,
                "action": action,
                "target": target,
                "reason": reason,
                "payload": payload,
                "at": now,
            },
        )

    @staticmethod
    def _require_reason(reason: str) -> str:
        cleaned = reason.strip()
        if not cleaned:
            raise ValidationFailed("Give a reason: every admin action is audited with one.")
        return cleaned

    def _index_names(self, player: Player) -> None:
        for name in player.all_names:
            self._names[name.casefold()] = player.discord_uid

    def _unindex_names(self, player: Player) -> None:
        for name in player.all_names:
            if self._names.get(name.casefold()) == player.discord_uid:
                del self._names[name.casefold()]

    def _side(self, races: Sequence[str]) -> str:
        has_bw = any(r in self._bw_races for r in races)
        has_sc2 = any(r in self._sc2_races for r in races)
        return "both" if has_bw and has_sc2 else ("bw" if has_bw else "sc2")

    # =============================================================================================
    # Players: first contact, terms, setup, country, preferences
    # =============================================================================================
    @_idempotent
    def touch_player(
        self, discord_uid: int, discord_name: str, *, now: datetime, idempotency_key: str | None = None
    ) -> TransitionResult:
        """First contact creates the player; later contacts refresh the Discord name if it changed."""
        changes = _Changes()
        player = self._players.get(discord_uid)
        if player is None:
            player = Player(
                discord_uid,
                discord_name,
                None,
                None,
                (),
                None,
                None,
                None,
                None,
                False,
                None,
                0,
                None,
                now,
                now,
            )
            self._players[discord_uid] = player
            changes.upsert("players", player)
            return self._done({"created": True}, changes, idempotency_key, now)
        if player.discord_name != discord_name:
            player.discord_name = discord_name
            player.updated_at = now
            changes.upsert("players", player)
        return self._done({"created": False}, changes, idempotency_key, now)

    @_idempotent
    def accept_terms(
        self, discord_uid: int, *, now: datetime, idempotency_key: str | None = None
    ) -> TransitionResult:
        player = self._require_player(discord_uid)
        changes = _Changes()
        if player.terms_accepted_at is None:
            self._log_setting(changes, discord_uid, "terms_accepted_at", None, now, discord_uid, now)
            player.terms_accepted_at = now
            player.updated_at = now
            changes.upsert("players", player)
        return self._done({"accepted": True}, changes, idempotency_key, now)

    @_idempotent
    def decline_terms(
        self, discord_uid: int, *, now: datetime, idempotency_key: str | None = None
    ) -> TransitionResult:
        """Declining withdraws an earlier acceptance: the player can't play until they accept again."""
        player = self._require_player(discord_uid)
        if discord_uid in self._queue or discord_uid in self._open_match:
            raise IllegalTransition("Leave the queue and finish your match before declining the terms.")
        changes = _Changes()
        if player.terms_accepted_at is not None:
            self._log_setting(
                changes, discord_uid, "terms_accepted_at", player.terms_accepted_at, None, discord_uid, now
            )
            player.terms_accepted_at = None
            player.updated_at = now
            changes.upsert("players", player)
        return self._done({"accepted": False}, changes, idempotency_key, now)

    @_idempotent
    def setup(
        self,
        discord_uid: int,
        *,
        player_name: str,
        battletag: str,
        alt_names: Sequence[str],
        country: str,
        region: str,
        now: datetime,
        changed_by: int | None = None,
        idempotency_key: str | None = None,
    ) -> TransitionResult:
        """Register or update a player's profile; names must be distinct across all players."""
        player = self._require_player(discord_uid)
        if player.terms_accepted_at is None:
            raise IllegalTransition("Please accept the terms of service first (/termsofservice).")
        taken = _TakenNames(self._names, discord_uid)
        reg = registration.validate_registration(
            player_name,
            battletag,
            alt_names,
            country,
            region,
            countries=self.game_data.countries,
            regions=self.game_data.regions,
            taken_names=taken,
        )
        changes = _Changes()
        by = discord_uid if changed_by is None else changed_by
        new_values: dict[str, Any] = {
            "player_name": reg.player_name,
            "battletag": reg.battletag,
            "alt_names": reg.alt_names,
            "country": reg.country,
            "region": reg.region,
        }
        self._unindex_names(player)
        for field, value in new_values.items():
            old = getattr(player, field)
            if old != value:
                self._log_setting(changes, discord_uid, field, old, value, by, now)
                setattr(player, field, value)
        self._index_names(player)
        if player.setup_completed_at is None:
            player.setup_completed_at = now
        player.updated_at = now
        changes.upsert("players", player)
        self.leaderboard.set_country(discord_uid, player.country)
        return self._done({"player_name": reg.player_name}, changes, idempotency_key, now)

    @_idempotent
    def set_country(
        self,
        discord_uid: int,
        country: str,
        *,
        now: datetime,
        changed_by: int | None = None,
        idempotency_key: str | None = None,
    ) -> TransitionResult:
        player = self._require_player(discord_uid)
        code = registration.validate_country(country, self.game_data.countries)
        changes = _Changes()
        if player.country != code:
            by = discord_uid if changed_by is None else changed_by
            self._log_setting(changes, discord_uid, "country", player.country, code, by, now)
            player.country = code
            player.updated_at = now
            changes.upsert("players", player)
            self.leaderboard.set_country(discord_uid, code)
        return self._done({"country": code}, changes, idempotency_key, now)

    def _validate_races(self, races: Sequence[str]) -> tuple[str, ...]:
        picked = tuple(dict.fromkeys(races))
        unknown = [r for r in picked if r not in self.game_data.races]
        if unknown:
            raise ValidationFailed(f"Unknown race {unknown[0]!r}: pick from the race menu.")
        bw = [r for r in picked if r in self._bw_races]
        sc2 = [r for r in picked if r in self._sc2_races]
        if not picked or len(bw) > 1 or len(sc2) > 1:
            raise ValidationFailed(
                "Pick one Brood War race, one StarCraft II race, or one of each to play either side."
            )
        return tuple(bw + sc2)

    def _validate_vetoes(self, vetoes: Sequence[str]) -> tuple[str, ...]:
        picked = tuple(dict.fromkeys(vetoes))
        outside = [v for v in picked if v not in self._map_pool]
        if outside:
            raise ValidationFailed(f"“{outside[0]}” is not in this season's map pool: veto only pool maps.")
        if len(picked) > self.settings.max_vetoes:
            raise ValidationFailed(f"You can veto at most {self.settings.max_vetoes} maps.")
        return picked

    @_idempotent
    def set_preferences(
        self,
        discord_uid: int,
        races: Sequence[str],
        vetoes: Sequence[str],
        *,
        now: datetime,
        idempotency_key: str | None = None,
    ) -> TransitionResult:
        self._require_player(discord_uid)
        picked_races = self._validate_races(races)
        picked_vetoes = self._validate_vetoes(vetoes)
        changes = _Changes()
        self._store_preferences(changes, discord_uid, picked_races, picked_vetoes, now)
        return self._done(
            {"races": list(picked_races), "vetoes": list(picked_vetoes)}, changes, idempotency_key, now
        )

    def _store_preferences(
        self, changes: _Changes, uid: int, races: tuple[str, ...], vetoes: tuple[str, ...], now: datetime
    ) -> None:
        prefs = self._preferences.get(uid)
        if prefs is None:
            prefs = self._preferences[uid] = Preferences(uid, races, vetoes, now)
        elif prefs.races == races and prefs.vetoes == vetoes:
            return
        else:
            for field, old, new in (("races", prefs.races, races), ("vetoes", prefs.vetoes, vetoes)):
                if old != new:
                    self._log_setting(changes, uid, f"preferences.{field}", list(old), list(new), uid, now)
            prefs.races, prefs.vetoes, prefs.updated_at = races, vetoes, now
        changes.upsert("preferences", prefs)

    # =============================================================================================
    # Queue
    # =============================================================================================
    @_idempotent
    def join_queue(
        self,
        discord_uid: int,
        races: Sequence[str],
        vetoes: Sequence[str],
        *,
        now: datetime,
        idempotency_key: str | None = None,
    ) -> TransitionResult:
        """Queue with one BW race, one SC2 race or one of each; remembers them as defaults."""
        player = self._require_player(discord_uid)
        if player.banned:
            raise IllegalTransition("You are banned from the ladder and can't queue.")
        if player.terms_accepted_at is None or player.setup_completed_at is None:
            raise IllegalTransition("Finish /termsofservice and /setup before queueing.")
        if discord_uid in self._queue:
            raise IllegalTransition("You are already in the queue.")
        if discord_uid in self._open_match:
            raise IllegalTransition(
                f"You are in match #{self._open_match[discord_uid]}: finish it before queueing again."
            )
        picked_races = self._validate_races(races)
        picked_vetoes = self._validate_vetoes(vetoes)
        changes = _Changes()
        entry = QueueEntry(discord_uid, picked_races, picked_vetoes, now, 0)
        self._queue[discord_uid] = entry
        self._queue_sides[self._side(picked_races)] += 1
        changes.upsert("queue_entries", entry)
        self._store_preferences(changes, discord_uid, picked_races, picked_vetoes, now)
        return self._done({"queued": True}, changes, idempotency_key, now)

    def _dequeue(self, changes: _Changes, uid: int) -> None:
        entry = self._queue.pop(uid)
        self._queue_sides[self._side(entry.races)] -= 1
        changes.delete("queue_entries", discord_uid=uid)

    @_idempotent
    def leave_queue(
        self, discord_uid: int, *, now: datetime, idempotency_key: str | None = None
    ) -> TransitionResult:
        if discord_uid not in self._queue:
            raise IllegalTransition("You are not in the queue.")
        changes = _Changes()
        self._dequeue(changes, discord_uid)
        return self._done({"queued": False}, changes, idempotency_key, now)

    @_idempotent
    def expire_queue(self, *, now: datetime, idempotency_key: str | None = None) -> TransitionResult:
        """Drop queue entries older than the expiry (2.5 h); the outcome lists who was dropped."""
        cutoff = now - timedelta(seconds=self.settings.queue_expiry_s)
        expired = sorted(uid for uid, e in self._queue.items() if e.joined_at <= cutoff)
        changes = _Changes()
        for uid in expired:
            self._dequeue(changes, uid)
        return self._done({"expired": expired}, changes, idempotency_key, now)

    @_idempotent
    def note_wave_waited(
        self, discord_uids: Iterable[int], *, now: datetime, idempotency_key: str | None = None
    ) -> TransitionResult:
        """Players left unmatched by a wave have waited one more wave (it widens their MMR window)."""
        changes = _Changes()
        for uid in sorted(set(discord_uids)):
            entry = self._queue.get(uid)
            if entry is not None:
                entry.waves_waited += 1
                changes.upsert("queue_entries", entry)
        return self._done(None, changes, idempotency_key, now)

    @_idempotent
    def admin_remove_from_queue(
        self,
        discord_uid: int,
        *,
        admin_uid: int,
        reason: str,
        now: datetime,
        idempotency_key: str | None = None,
    ) -> TransitionResult:
        why = self._require_reason(reason)
        if discord_uid not in self._queue:
            raise IllegalTransition("That player is not in the queue.")
        changes = _Changes()
        self._dequeue(changes, discord_uid)
        self._log_admin(changes, admin_uid, "remove_queue", str(discord_uid), why, {}, now)
        return self._done({"queued": False}, changes, idempotency_key, now)

    @_idempotent
    def admin_clear_queue(
        self, *, admin_uid: int, reason: str, now: datetime, idempotency_key: str | None = None
    ) -> TransitionResult:
        why = self._require_reason(reason)
        changes = _Changes()
        removed = sorted(self._queue)
        for uid in removed:
            self._dequeue(changes, uid)
        self._log_admin(changes, admin_uid, "clear_queue", None, why, {"removed": removed}, now)
        return self._done({"removed": removed}, changes, idempotency_key, now)

    # =============================================================================================
    # Matches
    # =============================================================================================
    @_idempotent
    def create_match(
        self,
        player_a: int,
        race_a: str,
        player_b: int,
        race_b: str,
        *,
        map_name: str,
        server: str,
        now: datetime,
        idempotency_key: str | None = None,
    ) -> TransitionResult:
        """A wave paired two queued players: the match is found, both leave the queue."""
        if player_a == player_b:
            raise IllegalTransition("A player can't be matched with themself.")
        for uid, race in ((player_a, race_a), (player_b, race_b)):
            entry = self._queue.get(uid)
            if entry is None:
                raise IllegalTransition(f"Player {uid} is not in the queue.")
            if race not in entry.races:
                raise IllegalTransition(f"Player {uid} did not queue as {race}.")
        if {race_a in self._bw_races, race_b in self._bw_races} != {True, False}:
            raise IllegalTransition("A match is one Brood War race against one StarCraft II race.")
        if map_name not in self._map_pool:
            raise ValidationFailed(f"“{map_name}” is not in this season's map pool.")
        if server not in self.game_data.servers:
            raise ValidationFailed(f"Unknown server {server!r}.")
        changes = _Changes()
        self._dequeue(changes, player_a)
        self._dequeue(changes, player_b)
        match = Match(
            self._take_id("match_id"),
            player_a,
            player_b,
            race_a,
            race_b,
            self.mmr_value(player_a, race_a),
            self.mmr_value(player_b, race_b),
            None,
            None,
            map_name,
            server,
            MatchStatus.FOUND.value,
            now,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
        )
        self._matches[match.match_id] = match
        self._matches_of.setdefault(player_a, []).append(match)
        self._matches_of.setdefault(player_b, []).append(match)
        self._open_match[player_a] = self._open_match[player_b] = match.match_id
        changes.upsert("matches", match)
        return self._done({"match_id": match.match_id}, changes, idempotency_key, now)

    @staticmethod
    def _lifecycle(match: Match) -> MatchLifecycle:
        confirmed: set[Slot] = set()
        if match.confirm_a_at is not None:
            confirmed.add("a")
        if match.confirm_b_at is not None:
            confirmed.add("b")
        reports: dict[Slot, Report] = {}
        if match.report_a is not None:
            reports["a"] = match.report_a  # type: ignore[assignment]
        if match.report_b is not None:
            reports["b"] = match.report_b  # type: ignore[assignment]
        aborted: Slot | None = None
        if match.aborted_by is not None:
            aborted = "a" if match.aborted_by == match.player_a else "b"
        return MatchLifecycle(
            status=MatchStatus(match.status),
            confirmed=frozenset(confirmed),
            reports=MappingProxyType(reports),
            result=match.result,  # type: ignore[arg-type]
            end_reason=match.end_reason,
            aborted_by=aborted,
        )

    def _slot(self, match: Match, uid: int) -> Slot:
        if uid == match.player_a:
            return "a"
        if uid == match.player_b:
            return "b"
        raise IllegalTransition(f"You are not a player of match #{match.match_id}.")

    def _settle(
        self,
        match: Match,
        after: MatchLifecycle,
        changes: _Changes,
        now: datetime,
        resolved_by: int | None = None,
    ) -> None:
        """Write a lifecycle step into the match; apply MMR when it has just completed."""
        was = match.status
        match.status = after.status.value
        match.end_reason = after.end_reason
        if after.aborted_by is not None:
            match.aborted_by = match.player_a if after.aborted_by == "a" else match.player_b
        if resolved_by is not None:
            match.resolved_by = resolved_by
        if was in _OPEN and match.status not in _OPEN:
            match.ended_at = now
            for uid in (match.player_a, match.player_b):
                if self._open_match.get(uid) == match.match_id:
                    del self._open_match[uid]
        self._track_conflict(match)
        if after.status is MatchStatus.COMPLETED and was != MatchStatus.COMPLETED.value:
            assert after.result is not None
            match.ended_at = now
            match.result = after.result
            self._apply_result(match, changes, now)
        changes.upsert("matches", match)

    def _mmr_record(self, uid: int, race: str, now: datetime) -> Mmr:
        """The (player, race) record, created at the starting rating on its first use."""
        per = self._mmrs.setdefault(uid, {})
        rec = per.get(race)
        if rec is None:
            rec = per[race] = Mmr(uid, race, self.settings.mmr_start, 0, 0, 0, 0, None, now)
        return rec

    def _apply_result(self, match: Match, changes: _Changes, now: datetime) -> None:
        """Apply a completed match's MMR change and W/L/D, exactly once (on entering COMPLETED)."""
        assert match.result is not None
        rec_a = self._mmr_record(match.player_a, match.race_a, now)
        rec_b = self._mmr_record(match.player_b, match.race_b, now)
        change = mmr.rate(
            rec_a.mmr,
            rec_b.mmr,
            mmr.score_for(match.result, "a"),
            self.settings.k_factor,
            self.settings.mmr_divisor,
        )
        match.mmr_a_before, match.mmr_b_before = rec_a.mmr, rec_b.mmr
        match.delta_a, match.delta_b = change.delta_a, change.delta_b
        for rec, slot, new in ((rec_a, "a", change.new_a), (rec_b, "b", change.new_b)):
            score = mmr.score_for(match.result, slot)
            rec.mmr = new
            rec.games += 1
            if score == mmr.WIN:
                rec.wins += 1
            elif score == mmr.LOSS:
                rec.losses += 1
            else:
                rec.draws += 1
            if rec.last_played_at is None or now > rec.last_played_at:
                rec.last_played_at = now
            changes.upsert("mmrs", rec)
            self.leaderboard.update(rec)

    def _reverse_result(self, match: Match, changes: _Changes) -> None:
        """Undo a completed match's effect (its status has already left COMPLETED)."""
        assert match.result is not None and match.delta_a is not None and match.delta_b is not None
        for uid, race, slot, delta in (
            (match.player_a, match.race_a, "a", match.delta_a),
            (match.player_b, match.race_b, "b", match.delta_b),
        ):
            rec = self._mmrs[uid][race]
            score = mmr.score_for(match.result, slot)
            rec.mmr -= delta
            rec.games -= 1
            if score == mmr.WIN:
                rec.wins -= 1
            elif score == mmr.LOSS:
                rec.losses -= 1
            else:
                rec.draws -= 1
            rec.last_played_at = max(
                (
                    m.ended_at
                    for m in self._matches_of.get(uid, ())
                    if m.status == MatchStatus.COMPLETED.value
                    and m.ended_at is not None
                    and (m.race_a if m.player_a == uid else m.race_b) == race
                ),
                default=None,
            )
            changes.upsert("mmrs", rec)
            self.leaderboard.update(rec)

    @_idempotent
    def confirm_match(
        self, match_id: int, discord_uid: int, *, now: datetime, idempotency_key: str | None = None
    ) -> TransitionResult:
        match = self._require_match(match_id)
        slot = self._slot(match, discord_uid)
        after = self._lifecycle(match).confirm(slot)
        changes = _Changes()
        if slot == "a":
            match.confirm_a_at = now
        else:
            match.confirm_b_at = now
        if after.status is MatchStatus.IN_PROGRESS:
            match.confirmed_at = now
        self._settle(match, after, changes, now)
        return self._done({"status": match.status}, changes, idempotency_key, now)

    @_idempotent
    def abort_match(
        self, match_id: int, discord_uid: int, *, now: datetime, idempotency_key: str | None = None
    ) -> TransitionResult:
        """A player aborts an unconfirmed or unplayed match; it costs one of their monthly aborts."""
        match = self._require_match(match_id)
        slot = self._slot(match, discord_uid)
        after = self._lifecycle(match).abort(slot)
        player = self._require_player(discord_uid)
        used, month = aborts.spend_abort(
            player.aborts_used, player.aborts_month, now, self.settings.aborts_per_month
        )
        changes = _Changes()
        player.aborts_used, player.aborts_month, player.updated_at = used, month, now
        changes.upsert("players", player)
        self._settle(match, after, changes, now)
        left = aborts.aborts_left(used, month, now, self.settings.aborts_per_month)
        return self._done({"status": match.status, "aborts_left": left}, changes, idempotency_key, now)

    @_idempotent
    def confirm_timeout(
        self, match_id: int, *, now: datetime, idempotency_key: str | None = None
    ) -> TransitionResult:
        """Not both confirmed in time: cancelled, no MMR change, no abort spent; says who failed."""
        match = self._require_match(match_id)
        before = self._lifecycle(match)
        after = before.confirm_timeout()
        unconfirmed = [match.player_a if s == "a" else match.player_b for s in before.unconfirmed]
        changes = _Changes()
        self._settle(match, after, changes, now)
        return self._done({"status": match.status, "unconfirmed": unconfirmed}, changes, idempotency_key, now)

    @_idempotent
    def report_result(
        self,
        match_id: int,
        discord_uid: int,
        report: Report,
        *,
        now: datetime,
        idempotency_key: str | None = None,
    ) -> TransitionResult:
        """A player reports win / loss / draw; agreeing reports complete the match."""
        match = self._require_match(match_id)
        slot = self._slot(match, discord_uid)
        before = self._lifecycle(match)
        if slot in before.reports and len(before.reports) == 2:
            raise IllegalTransition("Both results are in; they can't be changed. Ask an admin if needed.")
        after = before.report(slot, report)
        changes = _Changes()
        if slot == "a":
            match.report_a = report
        else:
            match.report_b = report
        self._settle(match, after, changes, now)
        return self._done(self._match_outcome(match), changes, idempotency_key, now)

    @staticmethod
    def _match_outcome(match: Match) -> dict[str, Any]:
        return {
            "status": match.status,
            "result": match.result,
            "delta_a": match.delta_a,
            "delta_b": match.delta_b,
        }

    @_idempotent
    def attach_replay(
        self,
        match_id: int,
        *,
        replay_hash: str,
        uploaded_by: int,
        path: str,
        summary: dict[str, Any],
        verdict: dict[str, Any],
        result: Result | None,
        now: datetime,
        idempotency_key: str | None = None,
    ) -> TransitionResult:
        """Store a parsed replay for a match; a verified winner (``result``) settles an in-progress
        match unless a report contradicts it. A replay already used by another match is refused."""
        match = self._require_match(match_id)
        self._slot(match, uploaded_by)
        existing = self._replays.get(replay_hash)
        if existing is not None and existing.match_id != match_id:
            raise ValidationFailed(
                f"This replay was already used for match #{existing.match_id}; upload the replay of this game."
            )
        if match.status not in (*_OPEN, MatchStatus.CONFLICT.value, MatchStatus.COMPLETED.value):
            raise IllegalTransition(f"Match #{match_id} is {match.status}; it no longer takes replays.")
        lifecycle = self._lifecycle(match)
        after = None
        if result is not None and lifecycle.status is MatchStatus.IN_PROGRESS:
            after = lifecycle.settle_by_replay(result)
        changes = _Changes()
        replay = Replay.from_row(
            {
                "replay_hash": replay_hash,
                "match_id": match_id,
                "uploaded_by": uploaded_by,
                "path": path,
                "uploaded_at": now,
                "summary": summary,
                "verdict": verdict,
            }
        )
        previous = self.replay_for_match(match_id)
        if previous is not None and previous.replay_hash != replay_hash:
            # The match's earlier replay stays stored (evidence) but no longer belongs to it.
            previous.match_id = None
            changes.upsert("replays", previous)
        self._replays[replay_hash] = replay
        changes.upsert("replays", replay)
        match.replay_hash = replay_hash
        if after is not None:
            self._settle(match, after, changes, now)
        else:
            changes.upsert("matches", match)
        return self._done(self._match_outcome(match), changes, idempotency_key, now)

    @_idempotent
    def report_deadline(
        self, match_id: int, *, now: datetime, idempotency_key: str | None = None
    ) -> TransitionResult:
        """The report deadline passed: a lone report stands, no report cancels the match."""
        match = self._require_match(match_id)
        after = self._lifecycle(match).report_deadline()
        changes = _Changes()
        self._settle(match, after, changes, now)
        return self._done(self._match_outcome(match), changes, idempotency_key, now)

    # =============================================================================================
    # Admin actions (each audited with a reason)
    # =============================================================================================
    @_idempotent
    def admin_resolve(
        self,
        match_id: int,
        result: Result,
        *,
        admin_uid: int,
        reason: str,
        now: datetime,
        idempotency_key: str | None = None,
    ) -> TransitionResult:
        why = self._require_reason(reason)
        match = self._require_match(match_id)
        after = self._lifecycle(match).admin_resolve(result)
        changes = _Changes()
        self._settle(match, after, changes, now, resolved_by=admin_uid)
        self._log_admin(changes, admin_uid, "resolve", str(match_id), why, {"result": result}, now)
        return self._done(self._match_outcome(match), changes, idempotency_key, now)

    @_idempotent
    def admin_invalidate(
        self, match_id: int, *, admin_uid: int, reason: str, now: datetime, idempotency_key: str | None = None
    ) -> TransitionResult:
        """Void a match; a completed one has its MMR and W/L/D effect reversed."""
        why = self._require_reason(reason)
        match = self._require_match(match_id)
        after = self._lifecycle(match).admin_invalidate()
        was_completed = match.status == MatchStatus.COMPLETED.value
        changes = _Changes()
        self._settle(match, after, changes, now, resolved_by=admin_uid)
        if was_completed:
            self._reverse_result(match, changes)
        self._log_admin(
            changes, admin_uid, "invalidate", str(match_id), why, {"was_completed": was_completed}, now
        )
        return self._done(self._match_outcome(match), changes, idempotency_key, now)

    @_idempotent
    def admin_adjust_mmr(
        self,
        discord_uid: int,
        race: str,
        new_mmr: int,
        *,
        admin_uid: int,
        reason: str,
        now: datetime,
        idempotency_key: str | None = None,
    ) -> TransitionResult:
        """Set a (player, race)'s MMR; the admin action row records the delta the history replay adds."""
        why = self._require_reason(reason)
        self._require_player(discord_uid)
        if race not in self.game_data.races:
            raise ValidationFailed(f"Unknown race {race!r}.")
        if not isinstance(new_mmr, int) or not MMR_MIN <= new_mmr <= MMR_MAX:
            raise ValidationFailed(f"MMR must be a whole number from {MMR_MIN} to {MMR_MAX}.")
        changes = _Changes()
        rec = self._mmr_record(discord_uid, race, now)
        old = rec.mmr
        rec.mmr = new_mmr
        changes.upsert("mmrs", rec)
        self.leaderboard.update(rec)
        payload = {
            "discord_uid": discord_uid,
            "race": race,
            "old": old,
            "new": new_mmr,
            "delta": new_mmr - old,
        }
        self._log_admin(changes, admin_uid, "adjust_mmr", str(discord_uid), why, payload, now)
        return self._done({"old": old, "new": new_mmr}, changes, idempotency_key, now)

    @_idempotent
    def admin_ban(
        self,
        discord_uid: int,
        *,
        banned: bool,
        admin_uid: int,
        reason: str,
        now: datetime,
        idempotency_key: str | None = None,
    ) -> TransitionResult:
        """Ban (also dropping them from the queue) or unban a player."""
        why = self._require_reason(reason)
        player = self._require_player(discord_uid)
        if player.banned == banned:
            raise IllegalTransition(
                "That player is already banned." if banned else "That player is not banned."
            )
        changes = _Changes()
        if banned and discord_uid in self._queue:
            self._dequeue(changes, discord_uid)
        self._log_setting(changes, discord_uid, "banned", player.banned, banned, admin_uid, now)
        player.banned = banned
        player.ban_reason = why if banned else None
        player.updated_at = now
        changes.upsert("players", player)
        self._log_admin(changes, admin_uid, "ban" if banned else "unban", str(discord_uid), why, {}, now)
        return self._done({"banned": banned}, changes, idempotency_key, now)

    @_idempotent
    def admin_reset_aborts(
        self,
        discord_uid: int,
        *,
        admin_uid: int,
        reason: str,
        now: datetime,
        idempotency_key: str | None = None,
    ) -> TransitionResult:
        why = self._require_reason(reason)
        player = self._require_player(discord_uid)
        changes = _Changes()
        self._log_setting(changes, discord_uid, "aborts_used", player.aborts_used, 0, admin_uid, now)
        player.aborts_used, player.aborts_month, player.updated_at = 0, None, now
        changes.upsert("players", player)
        self._log_admin(changes, admin_uid, "reset_aborts", str(discord_uid), why, {}, now)
        return self._done({"aborts_left": self.settings.aborts_per_month}, changes, idempotency_key, now)

    @_idempotent
    def add_admin(
        self, discord_uid: int, *, added_by: int | None, now: datetime, idempotency_key: str | None = None
    ) -> TransitionResult:
        if discord_uid in self._admins:
            raise IllegalTransition("That user is already an admin.")
        changes = _Changes()
        admin = self._admins[discord_uid] = Admin(discord_uid, added_by, now)
        changes.upsert("admins", admin)
        if added_by is not None:
            self._log_admin(changes, added_by, "add_admin", str(discord_uid), "owner added an admin", {}, now)
        return self._done({"admin": True}, changes, idempotency_key, now)

    @_idempotent
    def remove_admin(
        self,
        discord_uid: int,
        *,
        removed_by: int,
        reason: str,
        now: datetime,
        idempotency_key: str | None = None,
    ) -> TransitionResult:
        why = self._require_reason(reason)
        if discord_uid not in self._admins:
            raise IllegalTransition("That user is not an admin.")
        changes = _Changes()
        del self._admins[discord_uid]
        changes.delete("admins", discord_uid=discord_uid)
        self._log_admin(changes, removed_by, "remove_admin", str(discord_uid), why, {}, now)
        return self._done({"admin": False}, changes, idempotency_key, now)

    def forget_idempotency_keys(
        self, *, now: datetime, older_than_s: float, limit: int = 10_000
    ) -> TransitionResult:
        """Drop remembered outcomes older than a re-delivery could ever be (bounded work per call)."""
        cutoff = now - timedelta(seconds=older_than_s)
        old = [key for key, rec in self._remembered.items() if rec.at < cutoff][:limit]
        changes = _Changes()
        for key in old:
            del self._remembered[key]
            changes.delete("idempotency_keys", key=key)
        return {"forgotten": len(old)}, list(changes)

    # =============================================================================================
    # Cold logs
    # =============================================================================================
    def log_command(
        self, discord_uid: int, command: str, service_ms: float, *, now: datetime
    ) -> TransitionResult:
        """One ``command_calls`` row (write-only: it goes to the database, not to memory)."""
        changes = _Changes()
        changes.insert_row(
            "command_calls",
            {
                "call_id": self._take_id("call_id"),
                "discord_uid": discord_uid,
                "command": command,
                "at": now,
                "service_ms": float(service_ms),
            },
        )
        return None, list(changes)


class _TakenNames(Mapping[str, object]):
    """Names registered by *other* players: a view of the name index without the player's own."""

    def __init__(self, index: dict[str, int], own_uid: int) -> None:
        self._index, self._own_uid = index, own_uid

    def __getitem__(self, name: str) -> object:
        uid = self._index[name]
        if uid == self._own_uid:
            raise KeyError(name)
        return uid

    def __contains__(self, name: object) -> bool:
        return bool(self._index.get(name, self._own_uid) != self._own_uid)  # type: ignore[call-overload]

    def __iter__(self) -> Iterator[str]:
        return (n for n, uid in self._index.items() if uid != self._own_uid)

    def __len__(self) -> int:
        return sum(1 for _ in self)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic GC during a bulk load: the load allocates millions of long-lived objects,
    so each collection meanwhile would rescan them all (the load runs twice as slow) and find no
    garbage (records hold no reference cycles)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _return_free_heap_to_os() -> None:
    """Give back the heap pages the load's transient row dicts left free (glibc keeps them mapped)."""
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL("libc.so.6")
    except OSError:
        log.info("libc.so.6 not loadable (not glibc?): freed load memory stays with the allocator")
        return
    libc.malloc_trim(0)


def _match_order(match: Match) -> tuple[datetime, int]:
    return (match.created_at, match.match_id)


def _copy_into(target: Any, source: Any) -> None:
    """Copy a fresh record's columns into the live one (internal fields stay the live one's)."""
    for name in type(target).__slots__:
        if name not in INTERNAL_SLOTS:
            setattr(target, name, getattr(source, name))


def _as_text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, str):
        return value
    if isinstance(value, bool | int | float):
        return json.dumps(value)
    return json.dumps(list(value) if isinstance(value, tuple) else value, ensure_ascii=False)
