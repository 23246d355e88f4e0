"""What the ladder keeps of a replay: a typed, serialisable summary, or a refusal with its reason.

Both cross the process boundary (they are built in a parser worker and pickled back), are stored as
JSON, and are what ``evoladder replay inspect`` prints. Pure data: no parsing and no I/O here.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict

PlayerResult = Literal["win", "loss", "tie", "undecided"]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class ReplayPlayer(_Frozen):
    """One participant (human or A.I.) as the replay records it."""

    name: str
    clan_tag: str
    toon_handle: str
    race_text: str
    """The race string the replay carries (possibly localised, e.g. ``BW Zerg`` or ``스1 저그``)."""
    race: str | None
    """Our race code for ``race_text`` (``bw_zerg`` ...), or None when it names no Evo race."""
    result: PlayerResult
    is_human: bool
    team: int


class LobbyOptions(_Frozen):
    """The lobby settings the game was created with, as the client names them."""

    privacy: str
    speed: str
    duration: str
    locked_alliances: bool


class Dependency(_Frozen):
    """One depot file the game loaded (a "cache handle"): its server, type and sha256 content hash."""

    server: str
    kind: str
    hash: str


class ReplaySummary(_Frozen):
    """Everything verification and the ladder need from one replay."""

    content_hash: str
    """sha256 of the file's bytes: the replay's identity in storage and for duplicate detection."""
    size_bytes: int
    game_key: str
    """Identifies the game itself, not the file: the same game re-saved or altered in bytes the
    ladder does not read has a new content hash but the same key (lobby random seed, start time,
    players' toon handles, map)."""
    started_at: datetime
    """When the game started, UTC."""
    game_length_s: int
    map_name: str
    bnet_region: str
    """battle.net region of the game: ``AM``, ``EU``, ``AS`` (or the replay's own code, e.g. ``CN``)."""
    build: int
    release: str
    players: tuple[ReplayPlayer, ...]
    observers: tuple[str, ...]
    lobby: LobbyOptions
    dependencies: tuple[Dependency, ...]
    """Every depot file in load order; the last one is the map itself."""
    uses_custom_mod: bool
    """The game loaded an extension mod not made by Blizzard (every SC: Evo Complete game does)."""

    @property
    def map_dependency(self) -> Dependency:
        return self.dependencies[-1]

    @property
    def mod_dependency_hashes(self) -> tuple[str, ...]:
        """The hashes of every dependency except the map itself (what the mod fingerprint judges)."""
        return tuple(d.hash for d in self.dependencies[:-1])

    @property
    def humans(self) -> tuple[ReplayPlayer, ...]:
        return tuple(p for p in self.players if p.is_human)

    @property
    def winner(self) -> ReplayPlayer | None:
        """The single player recorded as the winner, if exactly one is."""
        winners = [p for p in self.players if p.result == "win"]
        return winners[0] if len(winners) == 1 else None


class ReplayRefusal(_Frozen):
    """A file that cannot be used as a replay, and why, in words a player understands."""

    reason: str
    content_hash: str | None = None
    size_bytes: int = 0
    detail: str | None = None
    """The technical cause (exception type and message) for logs and admins."""


ParseOutcome = ReplaySummary | ReplayRefusal
