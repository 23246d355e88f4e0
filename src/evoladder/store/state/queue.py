"""Queue transitions: join (races and vetoes remembered as defaults), leave, expire, waves waited,
and the admin removals."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta

from evoladder.rules import admin as admin_rules
from evoladder.rules import queueing
from evoladder.rules.events import QueueExpired, RemovedFromQueue
from evoladder.store.records import QueueEntry
from evoladder.store.state.core import Changes, Done, idempotent
from evoladder.store.state.outcomes import QueueChanged, QueueCleared, QueueExpiry, WavesCounted
from evoladder.store.state.players import PlayerTransitions


class QueueTransitions(PlayerTransitions):
    @idempotent
    def join_queue(
        self,
        discord_uid: int,
        races: Sequence[str],
        vetoes: Sequence[str],
        *,
        now: datetime,
        idempotency_key: str | None = None,
    ) -> Done[QueueChanged]:
        """Queue with one BW race, one SC2 race or one of each; remembers them as defaults."""
        player = self.require_player(discord_uid)
        queueing.check_can_queue(
            banned=player.banned,
            registered=player.terms_accepted_at is not None and player.setup_completed_at is not None,
            queued=discord_uid in self.t.queue,
            open_match_id=self.t.open_match.get(discord_uid),
        )
        picked_races = self.pick_races(races)
        picked_vetoes = self.pick_vetoes(vetoes)
        changes = Changes()
        entry = QueueEntry.joined(discord_uid=discord_uid, races=picked_races, vetoes=picked_vetoes, now=now)
        self.t.enqueue(entry)
        changes.upsert("queue_entries", entry)
        self.store_preferences(changes, discord_uid, picked_races, picked_vetoes, now)
        return self.done(QueueChanged(queued=True), changes, idempotency_key, now)

    def dequeue(self, changes: Changes, uid: int) -> None:
        self.t.dequeue(uid)
        changes.delete("queue_entries", discord_uid=uid)

    @idempotent
    def leave_queue(
        self, discord_uid: int, *, now: datetime, idempotency_key: str | None = None
    ) -> Done[QueueChanged]:
        queueing.check_can_leave(queued=discord_uid in self.t.queue)
        changes = Changes()
        self.dequeue(changes, discord_uid)
        return self.done(QueueChanged(queued=False), changes, idempotency_key, now)

    @idempotent
    def expire_queue(self, *, now: datetime, idempotency_key: str | None = None) -> Done[QueueExpiry]:
        """Drop queue entries older than the expiry (2.5 h); each dropped player is told."""
        cutoff = now - timedelta(seconds=self.settings.queue_expiry_s)
        expired = tuple(sorted(uid for uid, e in self.t.queue.items() if e.joined_at <= cutoff))
        changes = Changes()
        for uid in expired:
            self.dequeue(changes, uid)
        outcome = QueueExpiry(expired, events=tuple(QueueExpired(uid) for uid in expired))
        return self.done(outcome, changes, idempotency_key, now)

    @idempotent
    def note_wave_waited(
        self, discord_uids: Iterable[int], *, now: datetime, idempotency_key: str | None = None
    ) -> Done[WavesCounted]:
        """Players left unmatched by a wave have waited one more wave (it widens their MMR window)."""
        changes = Changes()
        for uid in sorted(set(discord_uids)):
            entry = self.t.queue.get(uid)
            if entry is not None:
                entry.waves_waited += 1
                changes.upsert("queue_entries", entry)
        return self.done(WavesCounted(), changes, idempotency_key, now)

    @idempotent
    def admin_remove_from_queue(
        self,
        discord_uid: int,
        *,
        admin_uid: int,
        reason: str,
        now: datetime,
        idempotency_key: str | None = None,
    ) -> Done[QueueChanged]:
        why = admin_rules.require_reason(reason)
        admin_rules.check_in_queue(queued=discord_uid in self.t.queue)
        changes = Changes()
        self.dequeue(changes, discord_uid)
        self.log_admin(changes, admin_uid, "remove_queue", str(discord_uid), why, {}, now)
        told = RemovedFromQueue((discord_uid,), why, admin_uid)  # staff tools: the player hears why
        return self.done(QueueChanged(queued=False, events=(told,)), changes, idempotency_key, now)

    @idempotent
    def admin_clear_queue(
        self, *, admin_uid: int, reason: str, now: datetime, idempotency_key: str | None = None
    ) -> Done[QueueCleared]:
        why = admin_rules.require_reason(reason)
        changes = Changes()
        removed = sorted(self.t.queue)
        for uid in removed:
            self.dequeue(changes, uid)
        self.log_admin(changes, admin_uid, "clear_queue", None, why, {"removed": removed}, now)
        told = RemovedFromQueue(tuple(removed), why, admin_uid, cleared=True)  # staff tools
        return self.done(QueueCleared(tuple(removed), events=(told,)), changes, idempotency_key, now)
