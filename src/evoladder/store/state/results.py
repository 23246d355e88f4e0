"""What a match's lifecycle step does to the ladder: the match row, the open/dispute indexes, and —
on entering COMPLETED — the MMR change and W/L/D, applied exactly once; an admin correcting or
voiding a completed match re-derives the players' later games (``history.rederive_later``).

A (player, race)'s MMR always equals ``mmr_start`` + the deltas of its completed matches + admin
adjustments, and its W/L/D the counts of those matches' results (see ``history.replay_history``).
"""

from __future__ import annotations

from datetime import datetime
from types import MappingProxyType
from typing import Any

from evoladder.rules import mmr
from evoladder.rules.events import LadderEvent, MatchCompleted, MatchConflict, MmrShift
from evoladder.rules.lifecycle import MatchLifecycle, MatchStatus, Report, Slot
from evoladder.store.records import Match, Mmr
from evoladder.store.state.core import Changes, StateCore
from evoladder.store.state.history import ChainKey, Position, chain_position, rederive_later
from evoladder.store.state.tables import OPEN

COMPLETED = MatchStatus.COMPLETED.value


def players_of(match: Match) -> tuple[int, int]:
    return (match.player_a, match.player_b)


def lifecycle_of(match: Match) -> MatchLifecycle:
    """The pure state machine's view of a match record."""
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


class MatchResults(StateCore):
    def settle(
        self,
        match: Match,
        after: MatchLifecycle,
        changes: Changes,
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
        if was in OPEN and match.status not in OPEN:
            match.ended_at = now
        self.t.refile_match(match)
        if after.status is MatchStatus.COMPLETED and was != COMPLETED:
            assert after.result is not None
            match.ended_at = now
            match.result = after.result
            self.apply_result(match, changes, now)
        changes.upsert("matches", match)

    def result_events(self, match: Match) -> tuple[LadderEvent, ...]:
        """What a match that has just completed or gone to a dispute tells people."""
        if match.status == COMPLETED:
            return (MatchCompleted(match.match_id, players_of(match)),)
        if match.status == MatchStatus.CONFLICT.value:
            return (MatchConflict(match.match_id, players_of(match), self.conflict_evidence(match)),)
        return ()

    def conflict_evidence(self, match: Match) -> dict[str, Any]:
        """What admins see for a disputed match: both reports and each player's replay verdict, side
        by side (``replay_a`` / ``replay_b``: hash, uploader and verdict, or None)."""
        evidence: dict[str, Any] = {
            "report_a": match.report_a,
            "report_b": match.report_b,
            "end_reason": match.end_reason,
        }
        for slot, replay_hash in (("a", match.replay_a), ("b", match.replay_b)):
            replay = self.t.replays.peek(replay_hash) if replay_hash else None
            evidence[f"replay_{slot}"] = (
                None
                if replay is None
                else {
                    "replay_hash": replay.replay_hash,
                    "uploaded_by": replay.uploaded_by,
                    "verdict": replay.verdict,
                }
            )
        return evidence

    def mmr_record(self, uid: int, race: str, now: datetime) -> Mmr:
        """The (player, race) record, created at the starting rating on its first use."""
        per = self.t.mmrs.setdefault(uid, {})
        rec = per.get(race)
        if rec is None:
            rec = per[race] = Mmr.first_use(discord_uid=uid, race=race, mmr=self.settings.mmr_start, now=now)
        return rec

    def apply_result(self, match: Match, changes: Changes, now: datetime) -> None:
        """Apply a completed match's MMR change and W/L/D, exactly once (on entering COMPLETED)."""
        assert match.result is not None
        rec_a = self.mmr_record(match.player_a, match.race_a, now)
        rec_b = self.mmr_record(match.player_b, match.race_b, now)
        match.mmr_a_before, match.mmr_b_before = rec_a.mmr, rec_b.mmr
        match.delta_a, match.delta_b = self.rate_match(rec_a.mmr, rec_b.mmr, match.result)
        for rec, slot, new in (
            (rec_a, "a", rec_a.mmr + match.delta_a),
            (rec_b, "b", rec_b.mmr + match.delta_b),
        ):
            rec.mmr = new
            mmr.count_game(rec, mmr.score_for(match.result, slot))
            if rec.last_played_at is None or now > rec.last_played_at:
                rec.last_played_at = now
            changes.upsert("mmrs", rec)
            self.leaderboard.update(rec)

    def rate_match(self, mmr_a: int, mmr_b: int, result: str) -> tuple[int, int]:
        """The two MMR changes a result gives from these ratings."""
        change = mmr.rate(
            mmr_a, mmr_b, mmr.score_for(result, "a"), self.settings.k_factor, self.settings.mmr_divisor
        )
        return change.delta_a, change.delta_b

    def correct_result(self, match: Match, result: str, changes: Changes) -> tuple[tuple[MmrShift, ...], int]:
        """A completed match gets another result: its MMR change and W/L/D, carried through the
        players' later games. Returns what moved and how many later matches were re-rated."""
        assert match.result is not None and match.delta_a is not None and match.delta_b is not None
        new_a, new_b = self.rate_match(match.mmr_a_before, match.mmr_b_before, result)
        offsets: dict[ChainKey, int] = {}
        for uid, race, slot, old_delta, new_delta in (
            (match.player_a, match.race_a, "a", match.delta_a, new_a),
            (match.player_b, match.race_b, "b", match.delta_b, new_b),
        ):
            rec = self.t.mmrs[uid][race]
            mmr.count_game(rec, mmr.score_for(match.result, slot), sign=-1)
            mmr.count_game(rec, mmr.score_for(result, slot))
            offsets[(uid, race)] = new_delta - old_delta
        match.result, match.delta_a, match.delta_b = result, new_a, new_b
        return self.shift_chains(match, offsets, changes)

    def reverse_result(self, match: Match, changes: Changes) -> tuple[tuple[MmrShift, ...], int]:
        """Undo a completed match's effect (its status has already left COMPLETED): W/L/D and last
        played, and its MMR change taken out of the players' later games. The match keeps its
        ratings and changes as evidence; its status takes it out of the history."""
        assert match.result is not None and match.delta_a is not None and match.delta_b is not None
        offsets: dict[ChainKey, int] = {}
        for uid, race, slot, delta in (
            (match.player_a, match.race_a, "a", match.delta_a),
            (match.player_b, match.race_b, "b", match.delta_b),
        ):
            rec = self.t.mmrs[uid][race]
            mmr.count_game(rec, mmr.score_for(match.result, slot), sign=-1)
            rec.last_played_at = self.last_completed_at(uid, race)
            offsets[(uid, race)] = -delta
        return self.shift_chains(match, offsets, changes)

    def shift_chains(
        self, match: Match, offsets: dict[ChainKey, int], changes: Changes
    ) -> tuple[tuple[MmrShift, ...], int]:
        """Carry ``offsets`` (the match's players first) from ``match`` through later games, then
        move each record: the match's players always listed, others when they moved."""
        rederived = rederive_later(chain_position(match), offsets, self.completed_after, self.rate_match)
        self.t.matches_changed(match)  # its result or status changed before it came here
        for later in rederived:
            self.t.matches_changed(later)
            changes.upsert("matches", later)
        own = {(match.player_a, match.race_a), (match.player_b, match.race_b)}
        shifts = []
        for (uid, race), offset in offsets.items():
            if not offset and (uid, race) not in own:
                continue
            rec = self.t.mmrs[uid][race]
            shifts.append(MmrShift(uid, race, rec.mmr, rec.mmr + offset))
            rec.mmr += offset
            changes.upsert("mmrs", rec)
            self.leaderboard.update(rec)
        return tuple(shifts), len(rederived)

    def completed_after(self, key: ChainKey, since: Position) -> list[Match]:
        """A (player, race)'s completed matches rated after ``since``."""
        uid, race = key
        return [
            m
            for m in self.t.matches_of.get(uid, ())
            if m.status == COMPLETED
            and (m.race_a if m.player_a == uid else m.race_b) == race
            and chain_position(m) > since
        ]

    def last_completed_at(self, uid: int, race: str) -> datetime | None:
        return max(
            (
                m.ended_at
                for m in self.t.matches_of.get(uid, ())
                if m.status == COMPLETED
                and m.ended_at is not None
                and (m.race_a if m.player_a == uid else m.race_b) == race
            ),
            default=None,
        )
