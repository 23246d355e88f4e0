"""What each transition returns: a typed outcome, with the domain events it caused.

Outcomes are remembered under an idempotency key as JSON (``to_json``), so a repeated interaction gets
the same answer back (``outcome_from_json``) — without events, which were published the first time.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, ClassVar

from evoladder.rules.events import LadderEvent


@dataclass(frozen=True)
class Outcome:
    """Base of every outcome; ``events`` are what the transition caused (empty on a repeat)."""

    events: tuple[LadderEvent, ...] = field(default=(), kw_only=True, compare=False)

    registry: ClassVar[dict[str, type[Outcome]]] = {}

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        Outcome.registry[cls.__name__] = cls  # remembered outcomes name their type

    def to_json(self) -> dict[str, Any]:
        """The outcome as JSON values (fields are scalars and tuples of scalars: lists in JSON)."""
        kind = type(self)
        names = _FIELD_NAMES.get(kind)
        if names is None:
            names = _FIELD_NAMES[kind] = tuple(f.name for f in dataclasses.fields(self) if f.name != "events")
        data: dict[str, Any] = {"type": kind.__name__}
        for name in names:
            value = getattr(self, name)
            data[name] = list(value) if isinstance(value, tuple) else value
        return data


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def outcome_from_json(data: dict[str, Any]) -> Outcome:
    """The outcome a ``to_json`` dict describes (lists come back as the tuples they were)."""
    fields = dict(data)
    kind = Outcome.registry[fields.pop("type")]
    return kind(**{k: tuple(v) if isinstance(v, list) else v for k, v in fields.items()})


# --- players -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class PlayerTouched(Outcome):
    created: bool


@dataclass(frozen=True)
class TermsChanged(Outcome):
    accepted: bool


@dataclass(frozen=True)
class PlayerSetUp(Outcome):
    player_name: str


@dataclass(frozen=True)
class CountryChanged(Outcome):
    country: str


@dataclass(frozen=True)
class PreferencesSaved(Outcome):
    races: tuple[str, ...]
    vetoes: tuple[str, ...]


@dataclass(frozen=True)
class LanguageChanged(Outcome):
    language: str | None  # None: follow Discord's language


# --- queue -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class QueueChanged(Outcome):
    queued: bool


@dataclass(frozen=True)
class QueueExpiry(Outcome):
    expired: tuple[int, ...]


@dataclass(frozen=True)
class WavesCounted(Outcome):
    pass


@dataclass(frozen=True)
class QueueCleared(Outcome):
    removed: tuple[int, ...]


# --- matches -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class MatchMade(Outcome):
    match_id: int


@dataclass(frozen=True)
class MatchUpdated(Outcome):
    """A match's state after a confirm, report, replay, deadline or admin decision."""

    status: str
    result: str | None = None
    delta_a: int | None = None
    delta_b: int | None = None


@dataclass(frozen=True)
class MatchAborted(Outcome):
    status: str
    aborts_left: int


@dataclass(frozen=True)
class ConfirmExpired(Outcome):
    status: str
    unconfirmed: tuple[int, ...]


# --- admin -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class MmrAdjusted(Outcome):
    old: int
    new: int


@dataclass(frozen=True)
class BanChanged(Outcome):
    banned: bool


@dataclass(frozen=True)
class AbortsReset(Outcome):
    aborts_left: int


@dataclass(frozen=True)
class AdminChanged(Outcome):
    admin: bool


# --- staff tools ------------------------------------------------------------------------------
@dataclass(frozen=True)
class MatchDecided(Outcome):
    """An admin resolved or invalidated a match: its state, and every MMR the decision moved as
    ``(player, race, before, after)`` (the match's players first, then re-derived later games)."""

    status: str
    result: str | None
    shifts: tuple[tuple[int, str, int, int], ...] = ()
    rederived: int = 0

    def __post_init__(self) -> None:
        # A remembered outcome comes back from JSON with lists inside: make them tuples again.
        object.__setattr__(self, "shifts", tuple(tuple(s) for s in self.shifts))


@dataclass(frozen=True)
class AccessCodeCreated(Outcome):
    code: str
    uses_allowed: int
    expires_at: str  # ISO 8601, UTC


@dataclass(frozen=True)
class AccessGranted(Outcome):
    code: str


@dataclass(frozen=True)
class AccessCodeRevoked(Outcome):
    code: str
    uses: int


# --- housekeeping ------------------------------------------------------------------------------
@dataclass(frozen=True)
class KeysForgotten(Outcome):
    forgotten: int


@dataclass(frozen=True)
class CommandLogged(Outcome):
    pass


# --- results: community notices ------------------------------------------------------------------
@dataclass(frozen=True)
class NoticeAcknowledged(Outcome):
    notice: str
