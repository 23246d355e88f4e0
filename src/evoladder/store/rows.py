"""Every table's row shape: the one contract between memory, the journal and the databases.

A transition returns ``Change`` values; the journal persists them; the shipper applies them to the
database; startup loads rows back. Values in a row are Python values by column type:
``int``/``bigint`` → int, ``float`` → float, ``text`` → str, ``bool`` → bool, ``ts`` → timezone-aware
UTC ``datetime``, ``json`` → list/dict of JSON values. ``None`` where the column is nullable.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

ColumnType = Literal["int", "bigint", "float", "text", "bool", "ts", "json"]
Op = Literal["upsert", "delete"]


@dataclass(frozen=True, slots=True)
class Column:
    name: str
    type: ColumnType
    nullable: bool = False


@dataclass(frozen=True)
class Table:
    name: str
    columns: tuple[Column, ...]
    key: tuple[str, ...]
    hot: bool  # loaded into memory at start; cold tables are write-only logs
    indexes: tuple[tuple[str, ...], ...] = ()
    column_names: tuple[str, ...] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "column_names", tuple(c.name for c in self.columns))


@dataclass(frozen=True, slots=True)
class Change:
    """One row change. For ``delete`` the row holds only the key columns."""

    table: str
    op: Op
    row: dict[str, Any]


def _c(name: str, type_: ColumnType, nullable: bool = False) -> Column:
    return Column(name, type_, nullable)


TABLES: dict[str, Table] = {
    t.name: t
    for t in (
        Table(
            "players",
            (
                _c("discord_uid", "bigint"),
                _c("discord_name", "text"),
                _c("player_name", "text", True),
                _c("battletag", "text", True),
                _c("alt_names", "json"),
                _c("country", "text", True),
                _c("region", "text", True),
                _c("terms_accepted_at", "ts", True),
                _c("setup_completed_at", "ts", True),
                _c("banned", "bool"),
                _c("ban_reason", "text", True),
                _c("aborts_used", "int"),
                _c("aborts_month", "text", True),
                _c("created_at", "ts"),
                _c("updated_at", "ts"),
                # The player's /language choice (None: follow Discord), and the Discord language
                # their last interaction came in (what DMs are written in when they chose none).
                _c("language", "text", True),
                _c("locale", "text", True),
            ),
            key=("discord_uid",),
            hot=True,
            indexes=(("player_name",),),
        ),
        Table(
            "mmrs",
            (
                _c("discord_uid", "bigint"),
                _c("race", "text"),
                _c("mmr", "int"),
                _c("games", "int"),
                _c("wins", "int"),
                _c("losses", "int"),
                _c("draws", "int"),
                _c("last_played_at", "ts", True),
                _c("created_at", "ts"),
            ),
            key=("discord_uid", "race"),
            hot=True,
            indexes=(("race", "mmr"),),
        ),
        Table(
            "preferences",
            (_c("discord_uid", "bigint"), _c("races", "json"), _c("vetoes", "json"), _c("updated_at", "ts")),
            key=("discord_uid",),
            hot=True,
        ),
        Table(
            "queue_entries",
            (
                _c("discord_uid", "bigint"),
                _c("races", "json"),
                _c("vetoes", "json"),
                _c("joined_at", "ts"),
                _c("waves_waited", "int"),
            ),
            key=("discord_uid",),
            hot=True,
        ),
        Table(
            "matches",
            (
                _c("match_id", "bigint"),
                _c("player_a", "bigint"),
                _c("player_b", "bigint"),
                _c("race_a", "text"),
                _c("race_b", "text"),
                _c("mmr_a_before", "int"),
                _c("mmr_b_before", "int"),
                _c("delta_a", "int", True),
                _c("delta_b", "int", True),
                _c("map", "text"),
                _c("server", "text"),
                _c("status", "text"),
                _c("created_at", "ts"),
                _c("confirm_a_at", "ts", True),
                _c("confirm_b_at", "ts", True),
                _c("confirmed_at", "ts", True),
                _c("report_a", "text", True),
                _c("report_b", "text", True),
                _c("result", "text", True),
                _c("ended_at", "ts", True),
                _c("end_reason", "text", True),
                _c("aborted_by", "bigint", True),
                _c("resolved_by", "bigint", True),
                # Each player's replay of the match (content hashes into ``replays``), by slot.
                _c("replay_a", "text", True),
                _c("replay_b", "text", True),
                # staff tools: when each report came in (the admin's case view shows it)
                _c("report_a_at", "ts", True),
                _c("report_b_at", "ts", True),
                # why the wave chose this pair (``matchmaking.model.PairingWhy`` as a list)
                _c("pairing", "json", True),
            ),
            key=("match_id",),
            hot=True,
            indexes=(("player_a", "created_at"), ("player_b", "created_at"), ("status",)),
        ),
        Table(
            "replays",
            (
                _c("replay_hash", "text"),
                _c("match_id", "bigint", True),
                _c("uploaded_by", "bigint"),
                _c("path", "text"),
                _c("uploaded_at", "ts"),
                _c("summary", "json"),
                _c("verdict", "json"),
            ),
            key=("replay_hash",),
            hot=True,
            indexes=(("match_id",),),
        ),
        Table(
            "notice_acks",
            (_c("discord_uid", "bigint"), _c("notice", "text"), _c("acknowledged_at", "ts")),
            key=("discord_uid", "notice"),
            hot=True,
        ),
        Table(
            "admins",
            (_c("discord_uid", "bigint"), _c("added_by", "bigint", True), _c("added_at", "ts")),
            key=("discord_uid",),
            hot=True,
        ),
        Table(
            "idempotency_keys",
            (_c("key", "text"), _c("at", "ts"), _c("outcome", "json", True)),
            key=("key",),
            hot=True,
        ),
        # --- access codes (staff tools): closed seasons, EVOLADDER_ACCESS=code ---------------------
        Table(
            "access_codes",
            (
                _c("code", "text"),
                _c("uses_allowed", "int"),
                _c("uses", "int"),
                _c("expires_at", "ts"),
                _c("revoked_at", "ts", True),
                _c("note", "text"),
                _c("created_by", "bigint"),
                _c("created_at", "ts"),
            ),
            key=("code",),
            hot=True,
        ),
        Table(
            "access_grants",
            (_c("discord_uid", "bigint"), _c("code", "text"), _c("granted_at", "ts")),
            key=("discord_uid",),
            hot=True,
            indexes=(("code",),),
        ),
        Table(
            "player_action_logs",
            (
                _c("log_id", "bigint"),
                _c("discord_uid", "bigint"),
                _c("field", "text"),
                _c("old_value", "text", True),
                _c("new_value", "text", True),
                _c("changed_by", "bigint"),
                _c("at", "ts"),
            ),
            key=("log_id",),
            hot=False,
            indexes=(("discord_uid", "at"),),
        ),
        Table(
            "command_calls",
            (
                _c("call_id", "bigint"),
                _c("discord_uid", "bigint"),
                _c("command", "text"),
                _c("at", "ts"),
                _c("service_ms", "float"),
            ),
            key=("call_id",),
            hot=False,
            indexes=(("discord_uid", "at"),),
        ),
        Table(
            "admin_actions",
            (
                _c("action_id", "bigint"),
                _c("admin_uid", "bigint"),
                _c("action", "text"),
                _c("target", "text", True),
                _c("reason", "text"),
                _c("payload", "json"),
                _c("at", "ts"),
            ),
            key=("action_id",),
            hot=False,
            indexes=(("admin_uid", "at"),),
        ),
    )
}
