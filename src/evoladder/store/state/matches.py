"""Match transitions: a wave's pair becomes a match; players confirm, abort and report; each player's
replay attaches; the deadlines end what players leave open. The lifecycle rules are in
``rules.lifecycle``: a result needs both reports agreeing or a verified replay, never one word alone."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from evoladder.i18n import t
from evoladder.rules import aborts, pairing
from evoladder.rules.errors import IllegalTransition
from evoladder.rules.events import (
    LadderEvent,
    MatchEnded,
    MatchFound,
    MatchStarted,
    OpponentConfirmed,
    OpponentReported,
    ReplayChecked,
    UploadReminder,
)
from evoladder.rules.lifecycle import MatchStatus, Report, Result, check_replay_free, slot_of, status_text
from evoladder.store.records import Match, Replay
from evoladder.store.state.core import Changes, Done, idempotent
from evoladder.store.state.outcomes import ConfirmExpired, MatchAborted, MatchMade, MatchUpdated
from evoladder.store.state.queue import QueueTransitions
from evoladder.store.state.results import MatchResults, lifecycle_of, players_of

# A replay is of a game that was played: never of a match still waiting for its confirmations.
TAKES_REPLAYS = frozenset(
    {MatchStatus.IN_PROGRESS.value, MatchStatus.CONFLICT.value, MatchStatus.COMPLETED.value}
)
SETTLES = (MatchStatus.IN_PROGRESS, MatchStatus.CONFLICT)


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
        why: list[float] | None = None,
        idempotency_key: str | None = None,
    ) -> Done[MatchMade]:
        """A wave paired two queued players: the match is found, both leave the queue.

        ``queued_as`` is how the wave saw each entry (joined at, races, vetoes); an entry that has
        changed since refuses the pair. ``why`` is the wave's reason for the pair (``PairingWhy``'s
        list), kept with the match.
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
            pairing=why,
        )
        self.t.add_match(match)
        changes.upsert("matches", match)
        deadline = now + timedelta(seconds=self.settings.confirm_timeout_s)
        waited = tuple((now - e.joined_at).total_seconds() if e else 0.0 for e in (entry_a, entry_b))
        found = MatchFound(match.match_id, players_of(match), deadline.timestamp(), (waited[0], waited[1]))
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
        """A player reports win / loss / draw: agreeing reports complete the match, disagreeing ones
        go to the admins; strict mode first needs the reporter's verified replay."""
        match = self.require_match(match_id)
        slot = slot_of(match_id, match.player_a, match.player_b, discord_uid)
        before = lifecycle_of(match)
        before.check_report_changeable(slot)
        after = before.report(
            slot,
            report,
            require_replay=self.settings.result_needs_replay,
            replay_verified=self.replay_verified(match, discord_uid),
        )
        changes = Changes()
        if slot == "a":
            match.report_a, match.report_a_at = report, now
        else:
            match.report_b, match.report_b_at = report, now
        self.settle(match, after, changes, now)
        events: tuple[LadderEvent, ...] = self.result_events(match) or (
            OpponentReported(match_id, opponent_of(match, discord_uid), report),
        )
        if match.replay_of(discord_uid) is None:
            events += (UploadReminder(match_id, discord_uid),)
        return self.done(match_update(match, events), changes, idempotency_key, now)

    def replay_verified(self, match: Match, discord_uid: int) -> bool:
        """The player's own replay of this match passed every check."""
        replay_hash = match.replay_of(discord_uid)
        replay = None if replay_hash is None else self.t.replays.peek(replay_hash)
        return replay is not None and replay.match_id == match.match_id and replay.verdict.get("ok") is True

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
        """A player's replay of a match: stored once by content hash and linked as that player's
        replay (an earlier one of theirs stays stored but is freed, so it can be sent again). A
        verified winner (``result``) settles the match unless a report contradicts it. A replay
        another match holds is refused."""
        match = self.require_match(match_id)
        slot_of(match_id, match.player_a, match.player_b, uploaded_by)
        existing = self.t.replays.peek(replay_hash)
        check_replay_free(match_id, existing.match_id if existing is not None else None)
        if match.status not in TAKES_REPLAYS:
            raise IllegalTransition(
                t("rules-match-takes-no-replay", match_id=str(match_id), status=status_text(match.status))
            )
        changes = Changes()
        previous = match.replay_of(uploaded_by)
        if previous not in (None, replay_hash, match.replay_of(opponent_of(match, uploaded_by))):
            self.free_replay(previous, match_id, changes)
        if existing is None or existing.match_id != match_id:
            replay = Replay.uploaded(
                replay_hash=replay_hash,
                match_id=match_id,
                uploaded_by=uploaded_by,
                path=path,
                summary=summary,
                verdict=verdict,
                now=now,
            )
            self.t.replays[replay_hash] = replay
            changes.upsert("replays", replay)
        if uploaded_by == match.player_a:
            match.replay_a = replay_hash
        else:
            match.replay_b = replay_hash
        before = match.status
        lifecycle = lifecycle_of(match)
        if result is not None and lifecycle.status in SETTLES:
            self.settle(match, lifecycle.settle_by_replay(result), changes, now)
        else:
            changes.upsert("matches", match)
        settled = match.status == MatchStatus.COMPLETED.value and before != match.status
        checked = ReplayChecked(match_id, players_of(match), uploaded_by, verdict, settled)
        moved = self.result_events(match) if match.status != before else ()
        return self.done(match_update(match, (checked, *moved)), changes, idempotency_key, now)

    def free_replay(self, replay_hash: str | None, match_id: int, changes: Changes) -> None:
        """A replaced replay stays stored (evidence) but no longer belongs to the match, so it may be
        sent again — for this match or the one it is really of."""
        replay = None if replay_hash is None else self.t.replays.get(replay_hash)
        if replay is not None and replay.match_id == match_id:
            replay.match_id = None
            changes.upsert("replays", replay)

    @idempotent
    def report_deadline(
        self, match_id: int, *, now: datetime, idempotency_key: str | None = None
    ) -> Done[MatchUpdated]:
        """The report deadline passed: a lone report goes to the admins, no report cancels the match."""
        match = self.require_match(match_id)
        after = lifecycle_of(match).report_deadline()
        changes = Changes()
        self.settle(match, after, changes, now)
        events = self.result_events(match) or (
            MatchEnded(match_id, players_of(match), match.status, "report_deadline"),
        )
        return self.done(match_update(match, events), changes, idempotency_key, now)
