"""Match transitions: a wave's pair becomes a match; players confirm, abort and report; replays
attach; the deadlines end what players leave open. The lifecycle rules are in ``rules.lifecycle``."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from evoladder.rules import aborts, pairing
from evoladder.rules.errors import IllegalTransition, ValidationFailed
from evoladder.rules.events import (
    LadderEvent,
    MatchEnded,
    MatchFound,
    MatchStarted,
    OpponentConfirmed,
    OpponentReported,
    ReplayChecked,
)
from evoladder.rules.lifecycle import MatchStatus, Report, Result, slot_of
from evoladder.store.records import Match, Replay
from evoladder.store.state.core import Changes, Done, idempotent
from evoladder.store.state.outcomes import ConfirmExpired, MatchAborted, MatchMade, MatchUpdated
from evoladder.store.state.queue import QueueTransitions
from evoladder.store.state.results import MatchResults, lifecycle_of, players_of
from evoladder.store.state.tables import OPEN

TAKES_REPLAYS = frozenset({*OPEN, MatchStatus.CONFLICT.value, MatchStatus.COMPLETED.value})


def match_update(match: Match, events: tuple[LadderEvent, ...] = ()) -> MatchUpdated:
    return MatchUpdated(match.status, match.result, match.delta_a, match.delta_b, events=events)


def opponent_of(match: Match, uid: int) -> int:
    return match.player_b if uid == match.player_a else match.player_a


class MatchTransitions(MatchResults, QueueTransitions):
    @idempotent
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
        queued_as: tuple[pairing.QueueSight | None, pairing.QueueSight | None] = (None, None),
        idempotency_key: str | None = None,
    ) -> Done[MatchMade]:
        """A wave paired two queued players: the match is found, both leave the queue.

        ``queued_as`` is how the wave saw each entry (joined at, races, vetoes); an entry that has
        changed since refuses the pair.
        """
        entry_a, entry_b = self.t.queue.get(player_a), self.t.queue.get(player_b)
        pairing.check_pair(
            player_a,
            race_a,
            entry_a.races if entry_a else None,
            player_b,
            race_b,
            entry_b.races if entry_b else None,
            bw_races=self.bw_races,
        )
        for uid, seen, entry in ((player_a, queued_as[0], entry_a), (player_b, queued_as[1], entry_b)):
            current = (entry.joined_at, entry.races, entry.vetoes) if entry else None
            pairing.check_unchanged(uid, seen, current)
        pairing.check_venue(map_name, server, map_pool=self.map_pool, servers=self.game_data.servers)
        changes = Changes()
        self.dequeue(changes, player_a)
        self.dequeue(changes, player_b)
        match = Match.found(
            match_id=self.take_id("match_id"),
            player_a=player_a,
            race_a=race_a,
            mmr_a=self.mmr_value(player_a, race_a),
            player_b=player_b,
            race_b=race_b,
            mmr_b=self.mmr_value(player_b, race_b),
            map_name=map_name,
            server=server,
            now=now,
        )
        self.t.add_match(match)
        changes.upsert("matches", match)
        deadline = now + timedelta(seconds=self.settings.confirm_timeout_s)
        found = MatchFound(match.match_id, players_of(match), deadline.timestamp())
        return self.done(MatchMade(match.match_id, events=(found,)), changes, idempotency_key, now)

    @idempotent
    def confirm_match(
        self, match_id: int, discord_uid: int, *, now: datetime, idempotency_key: str | None = None
    ) -> Done[MatchUpdated]:
        match = self.require_match(match_id)
        slot = slot_of(match_id, match.player_a, match.player_b, discord_uid)
        after = lifecycle_of(match).confirm(slot)
        changes = Changes()
        if slot == "a":
            match.confirm_a_at = now
        else:
            match.confirm_b_at = now
        event: LadderEvent
        if after.status is MatchStatus.IN_PROGRESS:
            match.confirmed_at = now
            event = MatchStarted(match_id, players_of(match))
        else:
            event = OpponentConfirmed(match_id, opponent_of(match, discord_uid))
        self.settle(match, after, changes, now)
        return self.done(MatchUpdated(match.status, events=(event,)), changes, idempotency_key, now)

    @idempotent
    def abort_match(
        self, match_id: int, discord_uid: int, *, now: datetime, idempotency_key: str | None = None
    ) -> Done[MatchAborted]:
        """A player aborts an unconfirmed or unplayed match; it costs one of their monthly aborts."""
        match = self.require_match(match_id)
        slot = slot_of(match_id, match.player_a, match.player_b, discord_uid)
        after = lifecycle_of(match).abort(slot)
        player = self.require_player(discord_uid)
        per_month = self.settings.aborts_per_month
        used, month = aborts.spend_abort(player.aborts_used, player.aborts_month, now, per_month)
        changes = Changes()
        player.aborts_used, player.aborts_month, player.updated_at = used, month, now
        changes.upsert("players", player)
        self.settle(match, after, changes, now)
        ended = MatchEnded(match_id, players_of(match), match.status, "aborted", blame=(discord_uid,))
        outcome = MatchAborted(match.status, aborts.aborts_left(used, month, now, per_month), events=(ended,))
        return self.done(outcome, changes, idempotency_key, now)

    @idempotent
    def confirm_timeout(
        self, match_id: int, *, now: datetime, idempotency_key: str | None = None
    ) -> Done[ConfirmExpired]:
        """Not both confirmed in time: cancelled, no MMR change, no abort spent; says who failed."""
        match = self.require_match(match_id)
        before = lifecycle_of(match)
        after = before.confirm_timeout()
        unconfirmed = tuple(match.player_a if s == "a" else match.player_b for s in before.unconfirmed)
        changes = Changes()
        self.settle(match, after, changes, now)
        ended = MatchEnded(match_id, players_of(match), match.status, "confirm_timeout", blame=unconfirmed)
        return self.done(
            ConfirmExpired(match.status, unconfirmed, events=(ended,)), changes, idempotency_key, now
        )

    @idempotent
    def report_result(
        self,
        match_id: int,
        discord_uid: int,
        report: Report,
        *,
        now: datetime,
        idempotency_key: str | None = None,
    ) -> Done[MatchUpdated]:
        """A player reports win / loss / draw; agreeing reports complete the match."""
        match = self.require_match(match_id)
        slot = slot_of(match_id, match.player_a, match.player_b, discord_uid)
        before = lifecycle_of(match)
        before.check_report_changeable(slot)
        after = before.report(slot, report)
        changes = Changes()
        if slot == "a":
            match.report_a = report
        else:
            match.report_b = report
        self.settle(match, after, changes, now)
        events = self.result_events(match) or (
            OpponentReported(match_id, opponent_of(match, discord_uid), report),
        )
        return self.done(match_update(match, events), changes, idempotency_key, now)

    @idempotent
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
    ) -> Done[MatchUpdated]:
        """Store a parsed replay for a match; a verified winner (``result``) settles an in-progress
        match unless a report contradicts it. A replay already used by another match is refused."""
        match = self.require_match(match_id)
        slot_of(match_id, match.player_a, match.player_b, uploaded_by)
        existing = self.t.replays.get(replay_hash)
        if existing is not None and existing.match_id != match_id:
            raise ValidationFailed(
                f"This replay was already used for match #{existing.match_id}; upload the replay of this game."
            )
        if match.status not in TAKES_REPLAYS:
            raise IllegalTransition(f"Match #{match_id} is {match.status}; it no longer takes replays.")
        lifecycle = lifecycle_of(match)
        after = None
        if result is not None and lifecycle.status is MatchStatus.IN_PROGRESS:
            after = lifecycle.settle_by_replay(result)
        changes = Changes()
        replay = Replay.uploaded(
            replay_hash=replay_hash,
            match_id=match_id,
            uploaded_by=uploaded_by,
            path=path,
            summary=summary,
            verdict=verdict,
            now=now,
        )
        previous = self.t.replays.get(match.replay_hash) if match.replay_hash else None
        if previous is not None and previous.match_id == match_id and previous.replay_hash != replay_hash:
            # The match's earlier replay stays stored (evidence) but no longer belongs to it.
            previous.match_id = None
            changes.upsert("replays", previous)
        self.t.replays[replay_hash] = replay
        changes.upsert("replays", replay)
        match.replay_hash = replay_hash
        before = match.status
        if after is not None:
            self.settle(match, after, changes, now)
        else:
            changes.upsert("matches", match)
        settled = match.status == MatchStatus.COMPLETED.value and before != match.status
        checked = ReplayChecked(match_id, players_of(match), uploaded_by, verdict, settled)
        moved = self.result_events(match) if match.status != before else ()
        return self.done(match_update(match, (checked, *moved)), changes, idempotency_key, now)

    @idempotent
    def report_deadline(
        self, match_id: int, *, now: datetime, idempotency_key: str | None = None
    ) -> Done[MatchUpdated]:
        """The report deadline passed: a lone report stands, no report cancels the match."""
        match = self.require_match(match_id)
        after = lifecycle_of(match).report_deadline()
        changes = Changes()
        self.settle(match, after, changes, now)
        events = self.result_events(match) or (
            MatchEnded(match_id, players_of(match), match.status, "report_deadline"),
        )
        return self.done(match_update(match, events), changes, idempotency_key, now)
