"""The match lifecycle as an explicit state machine (pure; values in, new values out).

found ──both confirm──▶ in_progress ──reports agree / a verified replay names the winner──▶ completed
  │                        │   └─reports disagree, a report contradicts the replay, or a lone
  │                        │     report at the deadline ─▶ conflict ──admin (or an uncontradicted
  ├─confirm timeout─▶ cancelled                                       verified replay)──▶ completed
  │                        └─report deadline with no report ─▶ cancelled
  └─abort (found or unplayed in_progress) ─▶ aborted          any state ──admin──▶ invalidated
completed ──admin resolve with another result──▶ completed (MMR re-derived from that match on)

A result needs agreement or evidence: one player's word alone never moves MMR. In strict mode
(``require_replay``) a player's report unlocks only once their own replay is verified.

Slots are "a" and "b"; a result is "a" (A won), "b" (B won) or "draw". Every illegal step raises
``IllegalTransition`` with a message for the player.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import StrEnum
from types import MappingProxyType
from typing import Literal

from evoladder.i18n import Key, Text, t
from evoladder.rules.errors import IllegalTransition, ValidationFailed
from evoladder.rules.text import echo

Slot = Literal["a", "b"]
Report = Literal["win", "loss", "draw"]
Result = Literal["a", "b", "draw"]
SLOTS: tuple[Slot, Slot] = ("a", "b")


class MatchStatus(StrEnum):
    FOUND = "found"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    CONFLICT = "conflict"
    ABORTED = "aborted"
    CANCELLED = "cancelled"
    INVALIDATED = "invalidated"


STATUS_NAMES: dict[MatchStatus, Key] = {
    MatchStatus.FOUND: Key("rules-status-found"),
    MatchStatus.IN_PROGRESS: Key("rules-status-in-progress"),
    MatchStatus.COMPLETED: Key("rules-status-completed"),
    MatchStatus.CONFLICT: Key("rules-status-conflict"),
    MatchStatus.ABORTED: Key("rules-status-aborted"),
    MatchStatus.CANCELLED: Key("rules-status-cancelled"),
    MatchStatus.INVALIDATED: Key("rules-status-invalidated"),
}


def status_text(status: MatchStatus | str) -> Text:
    """A match's state as a word of the reader's language (for refusals naming it)."""
    return t(STATUS_NAMES[MatchStatus(status)])


OPEN_STATUSES = frozenset({MatchStatus.FOUND, MatchStatus.IN_PROGRESS})
TERMINAL_STATUSES = frozenset(
    {MatchStatus.COMPLETED, MatchStatus.ABORTED, MatchStatus.CANCELLED, MatchStatus.INVALIDATED}
)


def other(slot: Slot) -> Slot:
    return "b" if slot == "a" else "a"


def result_from_report(slot: Slot, report: Report) -> Result:
    """The match result a player's report claims."""
    if report == "draw":
        return "draw"
    return slot if report == "win" else other(slot)


def slot_of(match_id: int, player_a: int, player_b: int, discord_uid: int) -> Slot:
    """The slot of a player in a match; anyone else is refused."""
    if discord_uid == player_a:
        return "a"
    if discord_uid == player_b:
        return "b"
    raise IllegalTransition(t("rules-not-your-match", match_id=str(match_id)))


def check_replay_free(match_id: int, used_by: int | None) -> None:
    """A replay is of one game, so of one match: one another match holds is refused (a replaced one,
    which no match holds any more, may be sent again)."""
    if used_by is not None and used_by != match_id:
        raise ValidationFailed(t("rules-replay-used", match_id=str(used_by)))


def _check_slot(slot: str) -> Slot:
    if slot not in SLOTS:
        raise ValueError(f"unknown slot {slot!r}")
    return slot  # type: ignore[return-value]


@dataclass(frozen=True)
class MatchLifecycle:
    status: MatchStatus = MatchStatus.FOUND
    confirmed: frozenset[Slot] = frozenset()
    reports: MappingProxyType[Slot, Report] = field(default_factory=lambda: MappingProxyType({}))
    result: Result | None = None
    replay_result: Result | None = None
    end_reason: str | None = None
    aborted_by: Slot | None = None

    # --- confirmation ------------------------------------------------------------------------
    def confirm(self, slot: Slot) -> MatchLifecycle:
        _check_slot(slot)
        if self.status is not MatchStatus.FOUND:
            raise IllegalTransition(t("rules-confirm-closed", status=status_text(self.status)))
        if slot in self.confirmed:
            raise IllegalTransition(t("rules-confirm-already"))
        confirmed = self.confirmed | {slot}
        status = MatchStatus.IN_PROGRESS if len(confirmed) == 2 else MatchStatus.FOUND
        return replace(self, confirmed=confirmed, status=status)

    def confirm_timeout(self) -> MatchLifecycle:
        """Not both confirmed in time: cancelled, no MMR change, no abort spent."""
        if self.status is not MatchStatus.FOUND:
            raise IllegalTransition(t("rules-timeout-not-found", status=status_text(self.status)))
        return replace(self, status=MatchStatus.CANCELLED, end_reason="confirm_timeout")

    @property
    def unconfirmed(self) -> tuple[Slot, ...]:
        return tuple(s for s in SLOTS if s not in self.confirmed)

    # --- abort ---------------------------------------------------------------------------------
    def abort(self, slot: Slot) -> MatchLifecycle:
        """A player aborts an unconfirmed or unplayed match (it costs them one abort)."""
        _check_slot(slot)
        if self.status not in OPEN_STATUSES:
            raise IllegalTransition(t("rules-abort-closed", status=status_text(self.status)))
        if self.reports:
            raise IllegalTransition(t("rules-abort-reported"))
        return replace(self, status=MatchStatus.ABORTED, end_reason="aborted", aborted_by=slot)

    # --- reports -------------------------------------------------------------------------------
    def report(
        self, slot: Slot, report: Report, *, require_replay: bool = False, replay_verified: bool = False
    ) -> MatchLifecycle:
        """A player's report; ``require_replay`` (strict mode) refuses it until ``replay_verified``."""
        _check_slot(slot)
        if report not in ("win", "loss", "draw"):
            raise IllegalTransition(t("rules-report-unknown", report=echo(str(report))))
        if self.status is MatchStatus.FOUND:
            raise IllegalTransition(t("rules-report-unconfirmed"))
        if self.status is not MatchStatus.IN_PROGRESS:
            raise IllegalTransition(t("rules-report-closed", status=status_text(self.status)))
        if require_replay and not replay_verified:
            raise IllegalTransition(t("rules-report-needs-replay"))
        reports = dict(self.reports)
        reports[slot] = report
        new = replace(self, reports=MappingProxyType(reports))
        claimed = {result_from_report(s, r) for s, r in reports.items()}
        if self.replay_result is not None and claimed - {self.replay_result}:
            return replace(new, status=MatchStatus.CONFLICT, end_reason="report_contradicts_replay")
        if len(reports) < 2:
            return new
        if len(claimed) == 1:
            return replace(
                new, status=MatchStatus.COMPLETED, result=claimed.pop(), end_reason="reports_agree"
            )
        return replace(new, status=MatchStatus.CONFLICT, end_reason="reports_disagree")

    def check_report_changeable(self, slot: Slot) -> None:
        """Once both reports are in, players can't change theirs (admins decide from there)."""
        if slot in self.reports and len(self.reports) == 2:
            raise IllegalTransition(t("rules-report-final"))

    def settle_by_replay(self, result: Result) -> MatchLifecycle:
        """A verified replay names the winner: it settles an in-progress match — or a dispute no report
        contradicts (a lone report at the deadline that the replay confirms) — unless a report
        contradicts it, which makes (or keeps) the match a dispute."""
        if self.status not in (MatchStatus.IN_PROGRESS, MatchStatus.CONFLICT):
            raise IllegalTransition(t("rules-replay-cannot-settle", status=status_text(self.status)))
        claimed = {result_from_report(s, r) for s, r in self.reports.items()}
        if claimed - {result}:
            end_reason = "report_contradicts_replay"
            if self.status is MatchStatus.CONFLICT:
                end_reason = self.end_reason or end_reason  # the dispute keeps its first reason
            return replace(self, status=MatchStatus.CONFLICT, replay_result=result, end_reason=end_reason)
        return replace(
            self, status=MatchStatus.COMPLETED, replay_result=result, result=result, end_reason="replay"
        )

    def report_deadline(self) -> MatchLifecycle:
        """The deadline ends the match: a lone report goes to the admins (one player's word is not a
        result), no report at all cancels it."""
        if self.status is MatchStatus.FOUND:
            return self.confirm_timeout()
        if self.status is not MatchStatus.IN_PROGRESS:
            raise IllegalTransition(t("rules-deadline-not-applicable", status=status_text(self.status)))
        if self.reports:
            return replace(self, status=MatchStatus.CONFLICT, end_reason="lone_report_at_deadline")
        return replace(self, status=MatchStatus.CANCELLED, end_reason="report_deadline_no_report")

    # --- admins --------------------------------------------------------------------------------
    def admin_resolve(self, result: Result) -> MatchLifecycle:
        """An admin decides the result: of an open or disputed match, or a completed one corrected."""
        if result not in ("a", "b", "draw"):
            raise IllegalTransition(t("rules-resolve-unknown", result=echo(str(result))))
        if self.status not in (*OPEN_STATUSES, MatchStatus.CONFLICT, MatchStatus.COMPLETED):
            raise IllegalTransition(t("rules-resolve-closed", status=status_text(self.status)))
        if self.status is MatchStatus.COMPLETED and result == self.result:
            raise IllegalTransition(t("rules-resolve-same"))
        return replace(self, status=MatchStatus.COMPLETED, result=result, end_reason="admin_resolved")

    def admin_invalidate(self) -> MatchLifecycle:
        if self.status is MatchStatus.INVALIDATED:
            raise IllegalTransition(t("rules-invalidate-already"))
        return replace(self, status=MatchStatus.INVALIDATED, end_reason="admin_invalidated")

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES
