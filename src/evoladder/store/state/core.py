"""What every part of the ladder state shares: the tables, the leaderboard, ids, and the transition
plumbing (row changes, idempotency keys, audit rows).

A transition is a synchronous method (no I/O, no clock: ``now`` is passed in) that checks the pure
rules, raising a ``DomainError`` with a player-readable message *before* touching anything, then
mutates the records and returns ``(outcome, changes)``: its typed outcome (with the events it caused)
and the full row images to make durable.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from datetime import datetime
from typing import Any, Concatenate, ParamSpec, TypeVar, cast

from evoladder.config import Settings
from evoladder.gamedata import GameData
from evoladder.i18n import t
from evoladder.rules.errors import DomainError
from evoladder.store.leaderboard import Leaderboard
from evoladder.store.records import Match, Player, Remembered
from evoladder.store.rows import Change
from evoladder.store.state.outcomes import Outcome, outcome_from_json
from evoladder.store.state.tables import Tables

OutcomeT = TypeVar("OutcomeT", bound=Outcome)
P = ParamSpec("P")
S = TypeVar("S", bound="StateCore")
Done = tuple[OutcomeT, list[Change]]  # what a transition returns


class NotFound(DomainError):
    """The player, match or entry the action names does not exist."""


class Changes(list[Change]):
    """The row changes one transition makes, in order."""

    def upsert(self, table: str, record: Any) -> None:
        self.append(Change(table, "upsert", record.to_row()))

    def delete(self, table: str, **key: Any) -> None:
        self.append(Change(table, "delete", key))

    def insert_row(self, table: str, row: dict[str, Any]) -> None:
        self.append(Change(table, "upsert", row))


def idempotent(
    method: Callable[Concatenate[S, P], Done[OutcomeT]],
) -> Callable[Concatenate[S, P], Done[OutcomeT]]:
    """A transition called again with an idempotency key already used returns the remembered outcome
    (without events: they were published the first time) and changes nothing. The transition itself
    records the key, through ``StateCore.done``."""

    @functools.wraps(method)
    def once(self: S, /, *args: P.args, **kwargs: P.kwargs) -> Done[OutcomeT]:
        key = kwargs.get("idempotency_key")
        if isinstance(key, str):
            remembered = self.t.remembered.get(key)
            if remembered is not None:
                return cast(OutcomeT, outcome_from_json(remembered.outcome)), []
        return method(self, *args, **kwargs)

    return once


class StateCore:
    """The shared part of ``LadderState``; the feature mixins build on it."""

    def __init__(self, settings: Settings, game_data: GameData) -> None:
        self.settings = settings
        self.game_data = game_data
        self.bw_races = frozenset(game_data.races_of("bw"))
        self.sc2_races = frozenset(game_data.races_of("sc2"))
        self.map_pool = frozenset(game_data.map_names)
        self.t = Tables(self.bw_races)
        self.leaderboard = Leaderboard(
            tuple(game_data.races),
            shares_percent=settings.rank_shares_percent,
            leftover_order=settings.rank_leftover_order,
            activity_days=settings.rank_activity_days,
        )
        self.loaded = False
        self.next_ids = {"match_id": 1, "log_id": 1, "call_id": 1, "action_id": 1}

    def blank(self: S) -> S:
        """An empty state with the same settings and game data (to rebuild memory after a failure)."""
        return type(self)(self.settings, self.game_data)

    def adopt(self, other: StateCore) -> None:
        """Take over ``other``'s tables, leaderboard and ids in place: whoever holds this state
        (services, views, the web) sees the new contents at once."""
        self.t, self.leaderboard, self.next_ids, self.loaded = (
            other.t,
            other.leaderboard,
            other.next_ids,
            other.loaded,
        )

    def done(self, outcome: OutcomeT, changes: Changes, key: str | None, now: datetime) -> Done[OutcomeT]:
        """Finish a transition: remember its outcome under the key (if any) and hand back the rows."""
        if key is not None:
            # ``to_json`` gives JSON values (scalars, lists), exactly what a reload gives back.
            rec = Remembered(key=key, at=now, outcome=outcome.to_json())
            self.t.remembered[key] = rec
            changes.upsert("idempotency_keys", rec)
        return outcome, list(changes)

    def take_id(self, name: str) -> int:
        value = self.next_ids[name]
        self.next_ids[name] = value + 1
        return value

    def set_next_ids(self, **next_after_max: int | None) -> None:
        """Ids continue after the largest one in the database (``match_id=…, log_id=…`` give maxima)."""
        for name, max_id in next_after_max.items():
            if name not in self.next_ids:
                raise ValueError(f"unknown id {name!r}; known: {', '.join(self.next_ids)}")
            if max_id is not None:
                self.next_ids[name] = max(self.next_ids[name], max_id + 1)

    def mmr_value(self, discord_uid: int, race: str) -> int:
        """The player's rating for a race, the starting rating if they never played it."""
        per = self.t.mmrs.get(discord_uid)
        rec = None if per is None else per.get(race)
        return self.settings.mmr_start if rec is None else rec.mmr

    def require_player(self, uid: int) -> Player:
        player = self.t.players.get(uid)
        if player is None:
            raise NotFound(t("rules-not-registered"))
        return player

    def require_match(self, match_id: int) -> Match:
        match = self.t.matches.get(match_id)
        if match is None:
            raise NotFound(t("rules-match-unknown", match_id=str(match_id)))
        return match

    # --- audit rows (cold tables: written, never read back into memory) ---------------------------
    def log_setting(
        self, changes: Changes, uid: int, field: str, old: Any, new: Any, by: int, now: datetime
    ) -> None:
        """One ``player_action_logs`` row: a setting changed, with old and new value and who did it."""
        changes.insert_row(
            "player_action_logs",
            {
                "log_id": self.take_id("log_id"),
                "discord_uid": uid,
                "field": field,
                "old_value": as_text(old),
                "new_value": as_text(new),
                "changed_by": by,
                "at": now,
            },
        )

    def log_admin(
        self,
        changes: Changes,
        admin_uid: int,
        action: str,
        target: str | None,
        reason: str,
        payload: dict[str, Any],
        now: datetime,
    ) -> None:
        """One ``admin_actions`` row: what an admin did, to whom, and why."""
        changes.insert_row(
            "admin_actions",
            {
                "action_id": self.take_id("action_id"),
                "admin_uid": admin_uid,
                "action": action,
                "target": target,
                "reason": reason,
                "payload": payload,
                "at": now,
            },
        )


def as_text(value: Any) -> str | None:
    """A setting's value as the audit log stores it."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, str):
        return value
    if isinstance(value, bool | int | float):
        return json.dumps(value)
    return json.dumps(list(value) if isinstance(value, tuple) else value, ensure_ascii=False)
