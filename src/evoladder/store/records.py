"""Mutable, slotted in-memory records for the hot tables, and their conversion to and from rows.

Field names are the column names of ``rows.TABLES``. Internally, JSON lists are tuples (immutable, so
a record can hand them out without copying) and a replay's summary and verdict are kept as compact
JSON bytes (1,000,000 replay summaries as dicts would cost several hundred MB); ``to_row`` gives
back the contract's value types.
"""

from __future__ import annotations

import json
import operator
from array import array
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from evoladder.store.rows import TABLES


def compact_json(value: Any) -> bytes:
    if isinstance(value, str):  # already encoded, e.g. from a text column
        value = value.encode()
    if isinstance(value, bytes):
        # Text from elsewhere may be pretty-printed: re-encode it compactly (no raw newlines).
        return value if b"\n" not in value else compact_json(json.loads(value))
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False, sort_keys=True).encode()


@dataclass(slots=True)
class Player:
    discord_uid: int
    discord_name: str
    player_name: str | None
    battletag: str | None
    alt_names: tuple[str, ...]
    country: str | None
    region: str | None
    terms_accepted_at: datetime | None
    setup_completed_at: datetime | None
    banned: bool
    ban_reason: str | None
    aborts_used: int
    aborts_month: str | None
    created_at: datetime
    updated_at: datetime
    language: str | None = None  # the /language choice; None: follow Discord's language
    locale: str | None = None  # the Discord language of the player's last interaction

    @property
    def all_names(self) -> tuple[str, ...]:
        return (self.player_name, *self.alt_names) if self.player_name else self.alt_names

    @classmethod
    def first_contact(cls, *, discord_uid: int, discord_name: str, now: datetime) -> Player:
        """A user the ladder has just met: no terms, no setup, no aborts used."""
        return cls(
            discord_uid=discord_uid,
            discord_name=discord_name,
            player_name=None,
            battletag=None,
            alt_names=(),
            country=None,
            region=None,
            terms_accepted_at=None,
            setup_completed_at=None,
            banned=False,
            ban_reason=None,
            aborts_used=0,
            aborts_month=None,
            created_at=now,
            updated_at=now,
        )

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Player:
        return cls(
            discord_uid=row["discord_uid"],
            discord_name=row["discord_name"],
            player_name=row["player_name"],
            battletag=row["battletag"],
            alt_names=tuple(row["alt_names"] or ()),
            country=row["country"],
            region=row["region"],
            terms_accepted_at=row["terms_accepted_at"],
            setup_completed_at=row["setup_completed_at"],
            banned=bool(row["banned"]),
            ban_reason=row["ban_reason"],
            aborts_used=row["aborts_used"],
            aborts_month=row["aborts_month"],
            created_at=row["created_at"],
            updated_at=row["updated_at"],
            language=row["language"],
            locale=row["locale"],
        )

    def to_row(self) -> dict[str, Any]:
        row = _plain_row(self)
        row["alt_names"] = list(self.alt_names)
        return row


@dataclass(slots=True)
class Mmr:
    discord_uid: int
    race: str
    mmr: int
    games: int
    wins: int
    losses: int
    draws: int
    last_played_at: datetime | None
    created_at: datetime
    # Not a column: the leaderboard key this entry is filed under (kept here, not in a side table).
    rank_key: int | None = field(default=None, compare=False, repr=False)

    @classmethod
    def first_use(cls, *, discord_uid: int, race: str, mmr: int, now: datetime) -> Mmr:
        """A (player, race) on its first match: the starting rating, no games."""
        return cls(
            discord_uid=discord_uid,
            race=race,
            mmr=mmr,
            games=0,
            wins=0,
            losses=0,
            draws=0,
            last_played_at=None,
            created_at=now,
        )

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Mmr:
        share = _shared_int
        return cls(
            row["discord_uid"],
            row["race"],
            share(row["mmr"]),
            share(row["games"]),
            share(row["wins"]),
            share(row["losses"]),
            share(row["draws"]),
            row["last_played_at"],
            row["created_at"],
        )

    def to_row(self) -> dict[str, Any]:
        return _plain_row(self)


@dataclass(slots=True)
class Preferences:
    discord_uid: int
    races: tuple[str, ...]
    vetoes: tuple[str, ...]
    updated_at: datetime

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Preferences:
        return cls(
            discord_uid=row["discord_uid"],
            races=tuple(row["races"]),
            vetoes=tuple(row["vetoes"]),
            updated_at=row["updated_at"],
        )

    def to_row(self) -> dict[str, Any]:
        return {
            "discord_uid": self.discord_uid,
            "races": list(self.races),
            "vetoes": list(self.vetoes),
            "updated_at": self.updated_at,
        }


@dataclass(slots=True)
class QueueEntry:
    discord_uid: int
    races: tuple[str, ...]
    vetoes: tuple[str, ...]
    joined_at: datetime
    waves_waited: int

    @classmethod
    def joined(
        cls, *, discord_uid: int, races: tuple[str, ...], vetoes: tuple[str, ...], now: datetime
    ) -> QueueEntry:
        return cls(discord_uid=discord_uid, races=races, vetoes=vetoes, joined_at=now, waves_waited=0)

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> QueueEntry:
        return cls(
            discord_uid=row["discord_uid"],
            races=tuple(row["races"]),
            vetoes=tuple(row["vetoes"]),
            joined_at=row["joined_at"],
            waves_waited=row["waves_waited"],
        )

    def to_row(self) -> dict[str, Any]:
        return {
            "discord_uid": self.discord_uid,
            "races": list(self.races),
            "vetoes": list(self.vetoes),
            "joined_at": self.joined_at,
            "waves_waited": self.waves_waited,
        }


@dataclass(slots=True)
class Match:
    match_id: int
    player_a: int
    player_b: int
    race_a: str
    race_b: str
    mmr_a_before: int
    mmr_b_before: int
    delta_a: int | None
    delta_b: int | None
    map: str
    server: str
    status: str
    created_at: datetime
    confirm_a_at: datetime | None
    confirm_b_at: datetime | None
    confirmed_at: datetime | None
    report_a: str | None
    report_b: str | None
    result: str | None
    ended_at: datetime | None
    end_reason: str | None
    aborted_by: int | None
    resolved_by: int | None
    replay_a: str | None  # content hash of player A's replay of this match (their latest upload)
    replay_b: str | None
    report_a_at: datetime | None = None  # staff tools: when each report came in
    report_b_at: datetime | None = None
    # Why the wave chose the pair (``PairingWhy.to_list()``), as an array of doubles: every match a
    # wave makes has one, and 10 floats in a list cost 376 bytes against the array's 144.
    pairing: Sequence[float] | None = None

    @classmethod
    def found(
        cls,
        *,
        match_id: int,
        player_a: int,
        race_a: str,
        mmr_a: int,
        player_b: int,
        race_b: str,
        mmr_b: int,
        map_name: str,
        server: str,
        now: datetime,
        pairing: list[float] | None = None,
    ) -> Match:
        """A match a wave has just made: nobody confirmed, nothing reported."""
        return cls(
            match_id=match_id,
            player_a=player_a,
            player_b=player_b,
            race_a=race_a,
            race_b=race_b,
            mmr_a_before=mmr_a,
            mmr_b_before=mmr_b,
            delta_a=None,
            delta_b=None,
            map=map_name,
            server=server,
            status="found",
            created_at=now,
            confirm_a_at=None,
            confirm_b_at=None,
            confirmed_at=None,
            report_a=None,
            report_b=None,
            result=None,
            ended_at=None,
            end_reason=None,
            aborted_by=None,
            resolved_by=None,
            replay_a=None,
            replay_b=None,
            pairing=_compact_pairing(pairing),
        )

    def slot_of(self, discord_uid: int) -> str | None:
        """'a' or 'b' for a player of this match, None for anyone else."""
        if discord_uid == self.player_a:
            return "a"
        if discord_uid == self.player_b:
            return "b"
        return None

    def replay_of(self, discord_uid: int) -> str | None:
        """The content hash of this player's replay of the match, if they sent one."""
        if discord_uid == self.player_a:
            return self.replay_a
        return self.replay_b if discord_uid == self.player_b else None

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Match:
        match = cls(*_match_values(row))
        match.mmr_a_before = _shared_int(match.mmr_a_before)
        match.mmr_b_before = _shared_int(match.mmr_b_before)
        if match.delta_a is not None and match.delta_b is not None:
            match.delta_a, match.delta_b = _shared_int(match.delta_a), _shared_int(match.delta_b)
        match.pairing = _compact_pairing(match.pairing)
        return match

    def to_row(self) -> dict[str, Any]:
        row = _plain_row(self)
        if row["pairing"] is not None:
            row["pairing"] = list(row["pairing"])  # the column holds a JSON list
        return row


def _compact_pairing(values: Sequence[float] | None) -> Sequence[float] | None:
    return None if values is None else array("d", values)


class _HashAsDigest:
    """A slot of a content hash that keeps 64 lowercase hex digits as their 32 bytes.

    A match names its players' replays by hash, and 1,000,000 settled matches would hold 1,000,000
    hashes as 113-byte strings; as bytes each takes 65. Reads still give the hex text (built on
    each read: a replay's hash is read rarely, a match is loaded once), and any other text is kept
    as it is, so the field's value never changes, only its storage.
    """

    def __init__(self, slot: Any) -> None:
        self._slot = slot  # the slot's own descriptor, which the class attribute replaces

    def __get__(self, record: Any, owner: type | None = None) -> Any:
        if record is None:
            return self
        value = self._slot.__get__(record, owner)
        return value.hex() if type(value) is bytes else value

    def __set__(self, record: Any, value: str | None) -> None:
        stored: bytes | str | None = value
        if type(value) is str:
            stored = hash_digest(value) or value  # any other text is kept as it is
        self._slot.__set__(record, stored)


def hash_digest(replay_hash: str) -> bytes | None:
    """The 32 bytes a hash of 64 lowercase hex digits stands for, else None (other text would not
    come back the same)."""
    if len(replay_hash) != 64:
        return None
    try:
        digest = bytes.fromhex(replay_hash)
    except ValueError:
        return None
    return digest if digest.hex() == replay_hash else None


for _name in ("replay_a", "replay_b"):
    setattr(Match, _name, _HashAsDigest(Match.__dict__[_name]))


def replay_storage_path(replay_hash: str) -> str:
    """The content-addressed place of a replay file under the data directory."""
    return f"replays/{replay_hash[:2]}/{replay_hash}.SC2Replay"


@dataclass(slots=True)
class Replay:
    """A stored replay, once per content hash: ``match_id`` is the match it is a replay of (None once
    its uploader replaced it with another file, so it may be sent again), ``uploaded_by`` who sent it
    first; which player's replay of the match it is, is on the match (``replay_a`` / ``replay_b``).

    Summary and verdict are kept together as one UTF-8 bytes object — compact
    JSON of each joined by a newline, which compact JSON never contains — (a ``str`` holding
    non-Latin map names would take twice the room), and the path only when it differs from the
    content-addressed one."""

    replay_hash: str
    match_id: int | None
    uploaded_by: int
    path_override: str | None
    uploaded_at: datetime
    json_blob: bytes

    @property
    def path(self) -> str:
        return self.path_override or replay_storage_path(self.replay_hash)

    @property
    def summary(self) -> Any:
        return json.loads(self.json_blob[: self.json_blob.index(b"\n")])

    @property
    def verdict(self) -> Any:
        return json.loads(self.json_blob[self.json_blob.index(b"\n") + 1 :])

    @classmethod
    def uploaded(
        cls,
        *,
        replay_hash: str,
        match_id: int | None,
        uploaded_by: int,
        path: str,
        summary: Any,
        verdict: Any,
        now: datetime,
    ) -> Replay:
        """A parsed replay a player has just sent for a match."""
        return cls.from_row(
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

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Replay:
        replay_hash = row["replay_hash"]
        path = row["path"]
        return cls(
            replay_hash,
            row["match_id"],
            row["uploaded_by"],
            None if path == replay_storage_path(replay_hash) else path,
            row["uploaded_at"],
            compact_json(row["summary"]) + b"\n" + compact_json(row["verdict"]),
        )

    def to_row(self) -> dict[str, Any]:
        return {
            "replay_hash": self.replay_hash,
            "match_id": self.match_id,
            "uploaded_by": self.uploaded_by,
            "path": self.path,
            "uploaded_at": self.uploaded_at,
            "summary": self.summary,
            "verdict": self.verdict,
        }


@dataclass(slots=True)
class Admin:
    discord_uid: int
    added_by: int | None
    added_at: datetime

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Admin:
        return cls(discord_uid=row["discord_uid"], added_by=row["added_by"], added_at=row["added_at"])

    def to_row(self) -> dict[str, Any]:
        return _plain_row(self)


@dataclass(slots=True)
class NoticeAck:
    """A community notice a player acknowledged (``notice``: quick_start, shield_battery)."""

    discord_uid: int
    notice: str
    acknowledged_at: datetime

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> NoticeAck:
        return cls(
            discord_uid=row["discord_uid"], notice=row["notice"], acknowledged_at=row["acknowledged_at"]
        )

    def to_row(self) -> dict[str, Any]:
        return _plain_row(self)


@dataclass(slots=True)
class Remembered:
    """An idempotency key's recorded outcome (JSON), so a repeated action returns it unchanged."""

    key: str
    at: datetime
    outcome: Any = field(default=None)

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Remembered:
        return cls(key=row["key"], at=row["at"], outcome=row["outcome"])

    def to_row(self) -> dict[str, Any]:
        return {"key": self.key, "at": self.at, "outcome": self.outcome}


@dataclass(slots=True)
class AccessCode:
    """A code that opens a closed season to its first ``uses_allowed`` players, until it expires."""

    code: str
    uses_allowed: int
    uses: int
    expires_at: datetime
    revoked_at: datetime | None
    note: str
    created_by: int
    created_at: datetime

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> AccessCode:
        return cls(
            code=row["code"],
            uses_allowed=row["uses_allowed"],
            uses=row["uses"],
            expires_at=row["expires_at"],
            revoked_at=row["revoked_at"],
            note=row["note"],
            created_by=row["created_by"],
            created_at=row["created_at"],
        )

    def to_row(self) -> dict[str, Any]:
        return _plain_row(self)


@dataclass(slots=True)
class AccessGrant:
    """A player's activation: which code opened the season to them, and when."""

    discord_uid: int
    code: str
    granted_at: datetime

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> AccessGrant:
        return cls(discord_uid=row["discord_uid"], code=row["code"], granted_at=row["granted_at"])

    def to_row(self) -> dict[str, Any]:
        return _plain_row(self)


INTERNAL_SLOTS = frozenset({"rank_key"})  # record fields that are not columns


# Ratings, deltas and counts repeat across millions of rows; Python caches only -5..256, so share
# one int object per value in this range (28 bytes saved per field of a loaded row).
_SHARED_INTS = tuple(range(-10_000, 10_001))


def _shared_int(value: int) -> int:
    return _SHARED_INTS[value + 10_000] if -10_000 <= value <= 10_000 else value


_match_values = operator.itemgetter(*TABLES["matches"].column_names)  # in declaration order


_ROW_READERS: dict[type, tuple[tuple[str, ...], operator.attrgetter[Any]]] = {}


def _plain_row(record: Any) -> dict[str, Any]:
    """The record's columns as a row (a per-type attrgetter: this runs for every row a transition
    writes). dataclass(slots=True) lists exactly the fields in __slots__, in declaration order."""
    kind = type(record)
    reader = _ROW_READERS.get(kind)
    if reader is None:
        names = tuple(name for name in kind.__slots__ if name not in INTERNAL_SLOTS)
        reader = _ROW_READERS[kind] = (names, operator.attrgetter(*names))
    names, values = reader
    return dict(zip(names, values(record), strict=True))


RECORD_TYPES: dict[str, type[Any]] = {
    "players": Player,
    "mmrs": Mmr,
    "preferences": Preferences,
    "queue_entries": QueueEntry,
    "matches": Match,
    "replays": Replay,
    "admins": Admin,
    "idempotency_keys": Remembered,
    "notice_acks": NoticeAck,
    "access_codes": AccessCode,
    "access_grants": AccessGrant,
}
