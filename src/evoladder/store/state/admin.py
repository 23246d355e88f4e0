"""Admin transitions, each audited with a reason: resolve, invalidate, adjust MMR, ban, reset aborts,
and managing admins. The permission rules are checked by the admin service and ``rules.admin``."""

from __future__ import annotations

from datetime import datetime

from evoladder.rules import admin as admin_rules
from evoladder.rules.errors import ValidationFailed
from evoladder.rules.events import MatchEnded
from evoladder.rules.lifecycle import MatchStatus, Result
from evoladder.store.records import Admin
from evoladder.store.state.core import Changes, Done, idempotent
from evoladder.store.state.matches import MatchTransitions, match_update
from evoladder.store.state.outcomes import AbortsReset, AdminChanged, BanChanged, MatchUpdated, MmrAdjusted
from evoladder.store.state.results import lifecycle_of, players_of


class AdminTransitions(MatchTransitions):
    @idempotent
    def admin_resolve(
        self,
        match_id: int,
        result: Result,
        *,
        admin_uid: int,
        reason: str,
        now: datetime,
        idempotency_key: str | None = None,
    ) -> Done[MatchUpdated]:
        why = admin_rules.require_reason(reason)
        match = self.require_match(match_id)
        after = lifecycle_of(match).admin_resolve(result)
        changes = Changes()
        self.settle(match, after, changes, now, resolved_by=admin_uid)
        self.log_admin(changes, admin_uid, "resolve", str(match_id), why, {"result": result}, now)
        return self.done(match_update(match, self.result_events(match)), changes, idempotency_key, now)

    @idempotent
    def admin_invalidate(
        self, match_id: int, *, admin_uid: int, reason: str, now: datetime, idempotency_key: str | None = None
    ) -> Done[MatchUpdated]:
        """Void a match; a completed one has its MMR and W/L/D effect reversed."""
        why = admin_rules.require_reason(reason)
        match = self.require_match(match_id)
        after = lifecycle_of(match).admin_invalidate()
        was_completed = match.status == MatchStatus.COMPLETED.value
        changes = Changes()
        self.settle(match, after, changes, now, resolved_by=admin_uid)
        if was_completed:
            self.reverse_result(match, changes)
        self.log_admin(
            changes, admin_uid, "invalidate", str(match_id), why, {"was_completed": was_completed}, now
        )
        ended = MatchEnded(match_id, players_of(match), match.status, "admin_invalidated")
        return self.done(match_update(match, (ended,)), changes, idempotency_key, now)

    @idempotent
    def admin_adjust_mmr(
        self,
        discord_uid: int,
        race: str,
        new_mmr: int,
        *,
        admin_uid: int,
        reason: str,
        now: datetime,
        idempotency_key: str | None = None,
    ) -> Done[MmrAdjusted]:
        """Set a (player, race)'s MMR; the admin action row records the delta the history replay adds."""
        why = admin_rules.require_reason(reason)
        self.require_player(discord_uid)
        if race not in self.game_data.races:
            raise ValidationFailed(f"Unknown race {race!r}.")
        admin_rules.check_mmr(new_mmr)
        changes = Changes()
        rec = self.mmr_record(discord_uid, race, now)
        old = rec.mmr
        rec.mmr = new_mmr
        changes.upsert("mmrs", rec)
        self.leaderboard.update(rec)
        payload = {
            "discord_uid": discord_uid,
            "race": race,
            "old": old,
            "new": new_mmr,
            "delta": new_mmr - old,
        }
        self.log_admin(changes, admin_uid, "adjust_mmr", str(discord_uid), why, payload, now)
        return self.done(MmrAdjusted(old, new_mmr), changes, idempotency_key, now)

    @idempotent
    def admin_ban(
        self,
        discord_uid: int,
        *,
        banned: bool,
        admin_uid: int,
        reason: str,
        now: datetime,
        idempotency_key: str | None = None,
    ) -> Done[BanChanged]:
        """Ban (also dropping them from the queue) or unban a player."""
        why = admin_rules.require_reason(reason)
        player = self.require_player(discord_uid)
        admin_rules.check_ban_change(banned_now=player.banned, ban=banned)
        changes = Changes()
        if banned and discord_uid in self.t.queue:
            self.dequeue(changes, discord_uid)
        self.log_setting(changes, discord_uid, "banned", player.banned, banned, admin_uid, now)
        player.banned = banned
        player.ban_reason = why if banned else None
        player.updated_at = now
        changes.upsert("players", player)
        self.log_admin(changes, admin_uid, "ban" if banned else "unban", str(discord_uid), why, {}, now)
        return self.done(BanChanged(banned), changes, idempotency_key, now)

    @idempotent
    def admin_reset_aborts(
        self,
        discord_uid: int,
        *,
        admin_uid: int,
        reason: str,
        now: datetime,
        idempotency_key: str | None = None,
    ) -> Done[AbortsReset]:
        why = admin_rules.require_reason(reason)
        player = self.require_player(discord_uid)
        changes = Changes()
        self.log_setting(changes, discord_uid, "aborts_used", player.aborts_used, 0, admin_uid, now)
        player.aborts_used, player.aborts_month, player.updated_at = 0, None, now
        changes.upsert("players", player)
        self.log_admin(changes, admin_uid, "reset_aborts", str(discord_uid), why, {}, now)
        return self.done(AbortsReset(self.settings.aborts_per_month), changes, idempotency_key, now)

    @idempotent
    def add_admin(
        self, discord_uid: int, *, added_by: int | None, now: datetime, idempotency_key: str | None = None
    ) -> Done[AdminChanged]:
        admin_rules.check_admin_change(is_admin=discord_uid in self.t.admins, make_admin=True)
        changes = Changes()
        admin = self.t.admins[discord_uid] = Admin(discord_uid=discord_uid, added_by=added_by, added_at=now)
        changes.upsert("admins", admin)
        if added_by is not None:
            self.log_admin(changes, added_by, "add_admin", str(discord_uid), "owner added an admin", {}, now)
        return self.done(AdminChanged(True), changes, idempotency_key, now)

    @idempotent
    def remove_admin(
        self,
        discord_uid: int,
        *,
        removed_by: int,
        reason: str,
        now: datetime,
        idempotency_key: str | None = None,
    ) -> Done[AdminChanged]:
        why = admin_rules.require_reason(reason)
        admin_rules.check_admin_change(is_admin=discord_uid in self.t.admins, make_admin=False)
        changes = Changes()
        del self.t.admins[discord_uid]
        changes.delete("admins", discord_uid=discord_uid)
        self.log_admin(changes, removed_by, "remove_admin", str(discord_uid), why, {}, now)
        return self.done(AdminChanged(False), changes, idempotency_key, now)
