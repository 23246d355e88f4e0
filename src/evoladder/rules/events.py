"""The ladder's domain events: what happened, as plain values.

Store transitions return the events they caused inside their outcome; the timers of the match service
add the reminders. Services publish exactly those through the ``Notifier`` port once the change they
describe is durable, and a front end (Discord, the demo) delivers them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class MatchFound:
    """A wave paired two players: both must confirm within the timeout."""

    match_id: int
    players: tuple[int, int]
    confirm_deadline_ts: float
    waited_s: tuple[float, float] = (0.0, 0.0)  # how long each player had been queued


@dataclass(frozen=True)
class ConfirmReminder:
    match_id: int
    player: int
    confirm_deadline_ts: float


@dataclass(frozen=True)
class OpponentConfirmed:
    match_id: int
    player: int  # who is told (the one still to confirm)


@dataclass(frozen=True)
class MatchStarted:
    """Both confirmed: the full match message (server, map, lobby settings) goes to both."""

    match_id: int
    players: tuple[int, int]


@dataclass(frozen=True)
class MatchEnded:
    """Cancelled (confirm timeout, report deadline) or aborted: no MMR change."""

    match_id: int
    players: tuple[int, int]
    status: str
    reason: str
    blame: tuple[int, ...] = ()  # who failed to confirm / who aborted


@dataclass(frozen=True)
class OpponentReported:
    match_id: int
    player: int  # who is told
    report: str  # the opponent's report, from the opponent's point of view


@dataclass(frozen=True)
class ReportReminder:
    match_id: int
    players: tuple[int, ...]
    deadline_ts: float


@dataclass(frozen=True)
class MatchCompleted:
    """A result is final and MMR applied: both players and the results channel hear of it."""

    match_id: int
    players: tuple[int, int]


@dataclass(frozen=True)
class MatchConflict:
    """Reports disagree or contradict a verified replay: admins decide, with the evidence."""

    match_id: int
    players: tuple[int, int]
    evidence: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class ReplayChecked:
    """An uploaded replay was parsed and verified (uploader and opponent see the verdict)."""

    match_id: int
    players: tuple[int, int]
    uploader: int
    verdict: dict[str, Any]
    settled: bool


@dataclass(frozen=True)
class QueueExpired:
    player: int


# --- staff tools: admin actions (each tells the players it changed) and health alerts ----------
@dataclass(frozen=True)
class MmrShift:
    """One (player, race) rating an admin action moved: before and after."""

    player: int
    race: str
    before: int
    after: int


@dataclass(frozen=True)
class MatchResolved:
    """An admin decided a match's result (a dispute, an open match, or a completed one corrected).

    ``shifts`` holds every (player, race) whose MMR moved: the match's two players and, when a
    completed match changed, anyone whose later games were re-derived."""

    match_id: int
    players: tuple[int, int]
    result: str
    previous_status: str
    previous_result: str | None
    shifts: tuple[MmrShift, ...]
    rederived: int  # later matches whose MMR change was recomputed
    reason: str
    admin: int


@dataclass(frozen=True)
class MatchInvalidated:
    """An admin voided a match; a completed one has its MMR effect reversed (``shifts``)."""

    match_id: int
    players: tuple[int, int]
    previous_status: str
    shifts: tuple[MmrShift, ...]
    rederived: int
    reason: str
    admin: int


@dataclass(frozen=True)
class PlayerBanChanged:
    player: int
    banned: bool
    reason: str
    admin: int


@dataclass(frozen=True)
class MmrAdjustedByAdmin:
    player: int
    race: str
    before: int
    after: int
    reason: str
    admin: int


@dataclass(frozen=True)
class RemovedFromQueue:
    """An admin took players out of the queue (one, or everyone when ``cleared``)."""

    players: tuple[int, ...]
    reason: str
    admin: int
    cleared: bool = False


@dataclass(frozen=True)
class AbortsSetByAdmin:
    player: int
    aborts_left: int
    reason: str
    admin: int


@dataclass(frozen=True)
class HealthAlert:
    """A watched health condition was raised or cleared (published once per change)."""

    condition: str
    raised: bool
    detail: str


# --- results (reports need agreement or evidence; the match room and the searching message) ---------
@dataclass(frozen=True)
class UploadReminder:
    """A player reported without having sent their replay of the match."""

    match_id: int
    player: int


@dataclass(frozen=True)
class WaveDone:
    """A matchmaking wave ran: the players still ``waiting`` see their searching message refreshed."""

    at_ts: float
    next_wave_ts: float
    waiting: tuple[int, ...]


LadderEvent = (
    MatchFound
    | ConfirmReminder
    | OpponentConfirmed
    | MatchStarted
    | MatchEnded
    | OpponentReported
    | ReportReminder
    | MatchCompleted
    | MatchConflict
    | ReplayChecked
    | QueueExpired
    | MatchResolved
    | MatchInvalidated
    | PlayerBanChanged
    | MmrAdjustedByAdmin
    | RemovedFromQueue
    | AbortsSetByAdmin
    | HealthAlert
    | UploadReminder
    | WaveDone
)
