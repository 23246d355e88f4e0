"""Bytes -> ``ReplaySummary`` or ``ReplayRefusal``. This is the code that runs inside a parser worker.

It reads only what verification needs: sc2reader at load level 2 (header, details, init data,
attributes, players; no tracker or game events) plus the init data's dependency list ("cache
handles") and lobby options. It never raises: any failure, including a file that loads
"successfully" but has no players, no map or no dependency list, becomes a refusal with a reason.
"""

from __future__ import annotations

import hashlib
import io
import logging
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from evoladder.gamedata import GameData
from evoladder.replays.summary import (
    Dependency,
    LobbyOptions,
    ParseOutcome,
    PlayerResult,
    ReplayPlayer,
    ReplayRefusal,
    ReplaySummary,
)
from evoladder.rules.text import storable

log = logging.getLogger(__name__)

# sc2reader's region codes -> battle.net regions as the game data names them (SEA was folded into AS).
BNET_REGION_OF: Mapping[str, str] = {"us": "AM", "eu": "EU", "kr": "AS", "sea": "AS", "cn": "CN"}
_RESULTS: Mapping[str, PlayerResult] = {"win": "win", "loss": "loss", "tie": "tie"}
# The lobby attributes live under the "global" slot id 16 in replay.attributes.events.
_GLOBAL_ATTRIBUTES = 16


def race_alias_table(game_data: GameData) -> dict[str, str]:
    """Every spelling of every race (code, name, short name, localised aliases), casefolded -> code.

    Handed to the workers once at start, so a worker maps races without loading the game data file.
    """
    table: dict[str, str] = {}
    for race in game_data.races.values():
        for alias in (race.code, race.name, race.short, *race.aliases):
            table[alias.strip().casefold()] = race.code
    return table


class ReplayParser:
    """Parses replay bytes with one sc2reader factory built once (one per worker process)."""

    def __init__(self, race_aliases: Mapping[str, str], max_bytes: int, *, lean: bool = True) -> None:
        """``lean=False`` uses sc2reader's plain ``Replay`` (the reference the lean load is tested against)."""
        if lean:
            self._replay_class = _lean_replay_class()
        else:
            from sc2reader.resources import Replay

            self._replay_class = Replay
        self._race_aliases = dict(race_aliases)
        self._max_bytes = max_bytes

    def parse(self, data: bytes) -> ParseOutcome:
        """A summary of ``data``, or a refusal saying why it cannot be used. Never raises."""
        size = len(data)
        if size == 0:
            return ReplayRefusal(reason="the file is empty", size_bytes=0)
        if size > self._max_bytes:
            return ReplayRefusal(
                reason=f"the file is {size:,} bytes; the limit is {self._max_bytes:,}", size_bytes=size
            )
        content_hash = hashlib.sha256(data).hexdigest()
        damage = _archive_damage(data)
        if damage is not None:
            return ReplayRefusal(
                reason=f"this is not a readable StarCraft II replay: {damage}",
                content_hash=content_hash,
                size_bytes=size,
            )
        try:
            replay = self._replay_class(io.BytesIO(data), load_level=2, engine=None, debug=False)
        except Exception as exc:
            return ReplayRefusal(
                reason="this is not a readable StarCraft II replay",
                content_hash=content_hash,
                size_bytes=size,
                detail=_describe(exc),
            )
        try:
            return self._summarise(replay, content_hash, size)
        except _Unusable as exc:
            return ReplayRefusal(reason=str(exc), content_hash=content_hash, size_bytes=size)
        except Exception as exc:
            # A file that got through sc2reader but is damaged in a part we read afterwards.
            return ReplayRefusal(
                reason="the replay is damaged: part of its game description cannot be read",
                content_hash=content_hash,
                size_bytes=size,
                detail=_describe(exc),
            )

    def _summarise(self, replay: Any, content_hash: str, size: int) -> ReplaySummary:
        init_data = replay.raw_data.get("replay.initData")
        if not isinstance(init_data, dict):
            raise _Unusable("the replay has no game description (no dependency list)")
        description = init_data.get("game_description") or {}
        handles = description.get("cache_handles") or []
        if not handles:
            raise _Unusable("the replay has no dependency list")
        if not replay.players:
            raise _Unusable("the replay has no players")
        map_name = storable(str(replay.map_name or "").strip())  # replay text is untrusted
        if not map_name:
            raise _Unusable("the replay names no map")
        started = replay.start_time
        if not isinstance(started, datetime):
            raise _Unusable("the replay has no start time")
        attributes = replay.attributes.get(_GLOBAL_ATTRIBUTES, {})
        players = tuple(self._player(p) for p in replay.players)
        game_key = hashlib.sha256(
            "|".join(
                (
                    str(description.get("random_value")),
                    started.isoformat(),
                    ",".join(sorted(p.toon_handle for p in players)),
                    str(handles[-1].hash),
                )
            ).encode()
        ).hexdigest()
        return ReplaySummary(
            content_hash=content_hash,
            size_bytes=size,
            game_key=game_key,
            started_at=started.astimezone(UTC) if started.tzinfo else started.replace(tzinfo=UTC),
            game_length_s=int(replay.game_length.seconds),
            map_name=map_name,
            bnet_region=BNET_REGION_OF.get(str(replay.region), str(replay.region).upper() or "unknown"),
            build=int(replay.build),
            release=str(replay.release_string),
            players=players,
            observers=tuple(str(o.name) for o in replay.observers),
            lobby=LobbyOptions(
                privacy=str(attributes.get("Game Privacy", "unknown")),
                speed=str(attributes.get("Game Speed", replay.speed or "unknown")),
                duration=str(attributes.get("Game Duration", "unknown")),
                locked_alliances=attributes.get("Locked Alliances") == "Yes",
            ),
            dependencies=tuple(
                Dependency(server=str(h.server), kind=str(h.type), hash=str(h.hash)) for h in handles
            ),
            uses_custom_mod=bool(description.get("has_nonBlizzardExtensionMod")),
        )

    def _player(self, player: Any) -> ReplayPlayer:
        race_text = str(getattr(player, "play_race", "") or "")
        result = str(getattr(player, "result", "") or "").casefold()
        return ReplayPlayer(
            name=storable(str(player.name)),
            clan_tag=str(getattr(player, "clan_tag", "") or ""),
            toon_handle=str(getattr(player, "toon_handle", "") or ""),
            race_text=race_text,
            race=self._race_aliases.get(race_text.strip().casefold()),
            result=_RESULTS.get(result, "undecided"),
            is_human=bool(player.is_human),
            team=int(getattr(player, "team_id", 0) or 0),
        )


def _archive_damage(data: bytes) -> str | None:
    """What is wrong with the MPQ container's headers, if anything (checks sc2reader does not make).

    A replay is a user-data header (``MPQ\x1b``) pointing at the archive header (``MPQ\x1a``) whose
    recorded archive size must account for the rest of the file exactly: this catches truncated,
    padded and header-damaged files before any decoding.
    """
    if len(data) < 16 or data[:4] != b"MPQ\x1b":
        return "it does not start with a replay header"
    archive_offset = int.from_bytes(data[8:12], "little")
    if archive_offset + 32 > len(data) or data[archive_offset : archive_offset + 4] != b"MPQ\x1a":
        return "its archive header is missing or damaged"
    archive_size = int.from_bytes(data[archive_offset + 8 : archive_offset + 12], "little")
    if archive_offset + archive_size != len(data):
        return "the file is truncated or has extra bytes (its size does not match its archive header)"
    return None


def _lean_replay_class() -> Any:
    """sc2reader's ``Replay`` at load level 2 minus work whose result the ladder never uses.

    Measured on the real replays, a plain level-2 load spends about a sixth of its time building
    sc2reader's ~40 readers anew for every file (most of them for game events, never read at level
    2) and about a third decoding ``.backup`` copies of the details and init data and the chat
    messages. The readers are stateless, so the four that are used are built once; the backups and
    chat are skipped (a damaged main copy already makes sc2reader fail rather than fall back).
    Imported here, not at module level, so the event loop's process never loads sc2reader.
    """
    from sc2reader import readers
    from sc2reader.resources import Replay

    shared = {
        "replay.details": readers.DetailsReader(),
        "replay.initData": readers.InitDataReader(),
        "replay.attributes.events": readers.AttributesEventsReader(),
    }
    skipped = ("replay.details.backup", "replay.initData.backup", "replay.message.events")

    def always(_replay: Any) -> bool:
        return True

    class LeanReplay(Replay):  # type: ignore[misc]
        def register_default_readers(self) -> None:
            for name, reader in shared.items():
                self.register_reader(name, reader, always)
            for name in skipped:
                self.register_reader(name, None, always)

        def _read_data(self, data_file: str, reader: Any) -> None:
            if data_file not in skipped:
                super()._read_data(data_file, reader)

    return LeanReplay


class _Unusable(Exception):
    """sc2reader loaded the file, but it lacks something every ladder replay has."""


def _describe(exc: BaseException) -> str:
    text = str(exc)
    if len(text) > 300:
        text = text[:300] + "..."
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__
