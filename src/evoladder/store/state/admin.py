"""Admin transitions, each audited with a reason and each telling the players it changed (an event):
resolve (completed matches too), invalidate, adjust MMR (set / add / subtract), ban and unban (the
owner protected), set aborts, and managing admins. Who may do what is checked by the admin service
and ``rules.admin``; the owner's protection is checked here too, where the facts are."""

from __future__ import annotations

from datetime import datetime

from evoladder.i18n import t
from evoladder.rules import aborts as abort_rules
from evoladder.rules import admin as admin_rules
from evoladder.rules.errors import ValidationFailed
from evoladder.rules.events import (
    AbortsSetByAdmin,
    LadderEvent,
    MatchInvalidated,
    MatchResolved,
    MmrAdjustedByAdmin,
    MmrShift,
    PlayerBanChanged,
)
from evoladder.rules.lifecycle import MatchStatus, Result
from evoladder.rules.text import echo
from evoladder.store.records import Admin, Match, Player
from evoladder.store.state.core import Changes, Done, idempotent
from evoladder.store.state.matches import MatchTransitions
from evoladder.store.state.outcomes import AbortsReset, AdminChanged, BanChanged, MatchDecided, MmrAdjusted
from evoladder.store.state.results import lifecycle_of, players_of

COMPLETED = MatchStatus.COMPLETED.value


def decided(match: Match, shifts: tuple[MmrShift, ...], rederived: int, event: LadderEvent) -> MatchDecided:
    return MatchDecided(
        match.status,
        match.result,
        tuple((s.player, s.race, s.before, s.after) for s in shifts),
        rederived,
        events=(event,),
    )


class AdminTransitions(MatchTransitions):
    def is_owner(self, discord_uid: int) -> bool:
        return self.settings.owner_id is not None and discord_uid == self.settings.owner_id

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
    ) -> Done[MatchDecided]:
        """Decide a match's result. A completed match is corrected: its MMR change and every later
        game of the players it reaches are re-derived, so the history replay still explains them."""
        why = admin_rules.require_reason(reason)
        match = self.require_match(match_id)
        after = lifecycle_of(match).admin_resolve(result)
        was, previous = match.status, match.result
        changes = Changes()
        if was == COMPLETED:
            shifts, rederived = self.correct_result(match, result, changes)
            self.settle(match, after, changes, now, resolved_by=admin_uid)
        else:
            self.settle(match, after, changes, now, resolved_by=admin_uid)
            assert match.delta_a is not None and match.delta_b is not None
            shifts = (
                MmrShift(
                    match.player_a, match.race_a, match.mmr_a_before, match.mmr_a_before + match.delta_a
                ),
                MmrShift(
                    match.player_b, match.race_b, match.mmr_b_before, match.mmr_b_before + match.delta_b
                ),
            )
            rederived = 0
        payload = {"result": result, "was": was, "previous_result": previous, "rederived": rederived}
        self.log_admin(changes, admin_uid, "resolve", str(match_id), why, payload, now)
        event = MatchResolved(
            match_id, players_of(match), result, was, previous, shifts, rederived, why, admin_uid
        )
        return self.done(decided(match, shifts, rederived, event), changes, idempotency_key, now)

    @idempotent
    def admin_invalidate(
        self, match_id: int, *, admin_uid: int, reason: str, now: datetime, idempotency_key: str | None = None
    ) -> Done[MatchDecided]:
        """Void a match; a completed one has its MMR and W/L/D effect reversed, later games re-derived."""
        why = admin_rules.require_reason(reason)
        match = self.require_match(match_id)
        after = lifecycle_of(match).admin_invalidate()
        was = match.status
        changes = Changes()
        self.settle(match, after, changes, now, resolved_by=admin_uid)
        shifts: tuple[MmrShift, ...] = ()
        rederived = 0
        if was == COMPLETED:
            shifts, rederived = self.reverse_result(match, changes)
        payload = {"was_completed": was == COMPLETED, "was": was, "rederived": rederived}
        self.log_admin(changes, admin_uid, "invalidate", str(match_id), why, payload, now)
        event = MatchInvalidated(match_id, players_of(match), was, shifts, rederived, why, admin_uid)
        return self.done(decided(match, shifts, rederived, event), changes, idempotency_key, now)

    @idempotent
    def admin_adjust_mmr(
        self,
        discord_uid: int,
        race: str,
        amount: int,
        *,
        how: str = "set",
        admin_uid: int,
        reason: str,
        now: datetime,
        idempotency_key: str | None = None,
    ) -> Done[MmrAdjusted]:
        """Set, raise or lower a (player, race)'s MMR; the admin action row records the delta the
        history replay adds."""
        why = admin_rules.require_reason(reason)
        self.require_target(discord_uid)
        if race not in self.game_data.races:
            raise ValidationFailed(t("rules-admin-unknown-race", race=echo(race)))
        old = self.mmr_value(discord_uid, race)
        new = admin_rules.mmr_after(old, how, amount)
        changes = Changes()
        rec = self.mmr_record(discord_uid, race, now)
        rec.mmr = new
        changes.upsert("mmrs", rec)
        self.leaderboard.update(rec)
        payload = {"discord_uid": discord_uid, "race": race, "old": old, "new": new, "delta": new - old}
        self.log_admin(changes, admin_uid, "adjust_mmr", str(discord_uid), why, payload, now)
        event = MmrAdjustedByAdmin(discord_uid, race, old, new, why, admin_uid)
        return self.done(MmrAdjusted(old, new, events=(event,)), changes, idempotency_key, now)

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
        """Ban (also dropping them from the queue) or unban a player. Nobody bans the owner; only
        the owner bans or unbans an admin."""
        why = admin_rules.require_reason(reason)
        player = self.require_target(discord_uid)
        admin_rules.check_ban_permission(
            ban=banned,
            target_is_owner=self.is_owner(discord_uid),
            target_is_admin=discord_uid in self.t.admins,
            actor_is_owner=self.is_owner(admin_uid),
        )
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
        event = PlayerBanChanged(discord_uid, banned, why, admin_uid)
        return self.done(BanChanged(banned, events=(event,)), changes, idempotency_key, now)

    @idempotent
    def admin_set_aborts(
        self,
        discord_uid: int,
        aborts_left: int,
        *,
        admin_uid: int,
        reason: str,
        now: datetime,
        idempotency_key: str | None = None,
    ) -> Done[AbortsReset]:
        """Leave a player ``aborts_left`` aborts this month (the full allowance is a plain reset)."""
        why = admin_rules.require_reason(reason)
        player = self.require_target(discord_uid)
        per_month = self.settings.aborts_per_month
        left = admin_rules.check_aborts_left(aborts_left, per_month)
        changes = Changes()
        used = per_month - left
        self.log_setting(changes, discord_uid, "aborts_used", player.aborts_used, used, admin_uid, now)
        player.aborts_used, player.updated_at = used, now
        player.aborts_month = abort_rules.month_key(now) if used else None
        changes.upsert("players", player)
        payload = {"aborts_left": left}
        self.log_admin(changes, admin_uid, "reset_aborts", str(discord_uid), why, payload, now)
        event = AbortsSetByAdmin(discord_uid, left, why, admin_uid)
        return self.done(AbortsReset(left, events=(event,)), changes, idempotency_key, now)

    def require_target(self, discord_uid: int) -> Player:
        """The player an admin acts on (the message is for the admin, not the player)."""
        player = self.t.players.get(discord_uid)
        if player is None:
            raise ValidationFailed(t("rules-admin-never-used", discord_uid=str(discord_uid)))
        return player

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
