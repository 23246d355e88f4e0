"""Community notices: what a player acknowledged (the quick-start guide, the Shield Battery notice)
and who still has to see one. The rules are in ``rules.notices``."""

from __future__ import annotations

from datetime import datetime

from evoladder.rules.notices import check_notice, needs_quick_start
from evoladder.store.records import NoticeAck
from evoladder.store.state.core import Changes, Done, StateCore, idempotent
from evoladder.store.state.outcomes import NoticeAcknowledged


class NoticeTransitions(StateCore):
    @idempotent
    def acknowledge_notice(
        self, discord_uid: int, notice: str, *, now: datetime, idempotency_key: str | None = None
    ) -> Done[NoticeAcknowledged]:
        """The player read the notice; acknowledging again changes nothing."""
        self.require_player(discord_uid)
        name = check_notice(notice)
        changes = Changes()
        if (discord_uid, name) not in self.t.notice_acks:
            ack = NoticeAck(discord_uid=discord_uid, notice=name, acknowledged_at=now)
            self.t.notice_acks[(discord_uid, name)] = ack
            changes.upsert("notice_acks", ack)
        return self.done(NoticeAcknowledged(name), changes, idempotency_key, now)

    # --- reads ---------------------------------------------------------------------------------
    def acknowledged(self, discord_uid: int, notice: str) -> bool:
        return (discord_uid, notice) in self.t.notice_acks

    def has_played(self, discord_uid: int) -> bool:
        """Any match at all (found, played or not): the player has been through a first Join."""
        return bool(self.t.matches_of.get(discord_uid))

    def needs_quick_start(self, discord_uid: int) -> bool:
        return needs_quick_start(
            acknowledged=self.acknowledged(discord_uid, "quick_start"),
            has_played=self.has_played(discord_uid),
        )
