"""Admin use-cases: resolve (completed matches too) and invalidate matches, adjust MMR (set / add /
subtract), ban, set aborts, take players out of the queue, unblock, manage admins — plus what each
will do before it is confirmed (``preview_*``: old → new).

Permission is checked here too (not only in the Discord guard): every action needs an admin, and
managing admins needs the owner. Every state-changing action carries a reason and is audited by the
store transition (an ``admin_actions`` row); the transition's events tell the affected players,
once per action however often it is clicked (the idempotency key).
"""

from __future__ import annotations

from dataclasses import dataclass

from evoladder.i18n import t
from evoladder.rules import admin as admin_rules
from evoladder.rules.errors import DomainError
from evoladder.rules.lifecycle import MatchStatus, Result
from evoladder.services.admin_reads import AdminReads, AmbiguousPlayer, MatchCase, NotPermitted, Snapshot
from evoladder.store.records import Admin
from evoladder.store.state.outcomes import AbortsReset, MatchDecided, MmrAdjusted
from evoladder.store.state.results import lifecycle_of

__all__ = ["AdminService", "AmbiguousPlayer", "MatchCase", "MmrPreview", "NotPermitted", "Snapshot"]


@dataclass(frozen=True, slots=True)
class MmrPreview:
    """One rating an action would move: (player, race) before → after."""

    discord_uid: int
    race: str
    before: int
    after: int


class AdminService(AdminReads):
    # --- what an action will do (shown in its confirm step) --------------------------------------
    def preview_resolve(self, admin_uid: int, match_id: int, result: Result) -> tuple[MmrPreview, ...]:
        """The match's two ratings before → after if ``result`` is decided now (refuses what the
        lifecycle refuses, before anyone confirms). A completed match's later games are re-derived
        on top of this when it runs."""
        match = self.match(admin_uid, match_id)
        lifecycle_of(match).admin_resolve(result)
        state = self.ctx.state
        if match.status == MatchStatus.COMPLETED.value:
            before_a, before_b = match.mmr_a_before, match.mmr_b_before
            assert match.delta_a is not None and match.delta_b is not None
            now_a, now_b = before_a + match.delta_a, before_b + match.delta_b
        else:
            before_a = now_a = state.mmr_value(match.player_a, match.race_a)
            before_b = now_b = state.mmr_value(match.player_b, match.race_b)
        delta_a, delta_b = state.rate_match(before_a, before_b, result)
        return (
            MmrPreview(match.player_a, match.race_a, now_a, before_a + delta_a),
            MmrPreview(match.player_b, match.race_b, now_b, before_b + delta_b),
        )

    def preview_invalidate(self, admin_uid: int, match_id: int) -> tuple[MmrPreview, ...]:
        """What voiding the match takes back: a completed match's two MMR changes, else nothing."""
        match = self.match(admin_uid, match_id)
        lifecycle_of(match).admin_invalidate()
        if match.status != MatchStatus.COMPLETED.value:
            return ()
        assert match.delta_a is not None and match.delta_b is not None
        state = self.ctx.state
        now_a, now_b = (
            state.mmr_value(match.player_a, match.race_a),
            state.mmr_value(match.player_b, match.race_b),
        )
        return (
            MmrPreview(match.player_a, match.race_a, now_a, now_a - match.delta_a),
            MmrPreview(match.player_b, match.race_b, now_b, now_b - match.delta_b),
        )

    def preview_mmr(self, admin_uid: int, discord_uid: int, race: str, how: str, amount: int) -> MmrPreview:
        self.require_admin(admin_uid)
        old = self.ctx.state.mmr_value(discord_uid, race)
        return MmrPreview(discord_uid, race, old, admin_rules.mmr_after(old, how, amount))

    def preview_ban(self, admin_uid: int, discord_uid: int, *, banned: bool) -> None:
        """Refuse before the confirm what the ban transition would refuse (the owner, an admin)."""
        self.require_admin(admin_uid)
        state, owner = self.ctx.state, self.settings.owner_id
        player = state.player(discord_uid)
        admin_rules.check_ban_permission(
            ban=banned,
            target_is_owner=discord_uid == owner,
            target_is_admin=state.is_admin(discord_uid),
            actor_is_owner=admin_uid == owner,
        )
        admin_rules.check_ban_change(banned_now=bool(player and player.banned), ban=banned)

    def preview_aborts(self, admin_uid: int, discord_uid: int, aborts_left: int) -> tuple[int, int]:
        """Aborts left this month now → after."""
        self.require_admin(admin_uid)
        left = admin_rules.check_aborts_left(aborts_left, self.settings.aborts_per_month)
        return self.ctx.state.aborts_left(discord_uid, self.ctx.now()), left

    # --- actions -------------------------------------------------------------------------------
    async def resolve(
        self, admin_uid: int, match_id: int, result: Result, reason: str, *, key: str | None = None
    ) -> MatchDecided:
        self.require_admin(admin_uid)
        return await self.ctx.execute(
            self.ctx.state.admin_resolve,
            match_id,
            result,
            admin_uid=admin_uid,
            reason=reason,
            now=self.ctx.now(),
            idempotency_key=key,
        )

    async def invalidate(
        self, admin_uid: int, match_id: int, reason: str, *, key: str | None = None
    ) -> MatchDecided:
        self.require_admin(admin_uid)
        return await self.ctx.execute(
            self.ctx.state.admin_invalidate,
            match_id,
            admin_uid=admin_uid,
            reason=reason,
            now=self.ctx.now(),
            idempotency_key=key,
        )

    async def adjust_mmr(
        self,
        admin_uid: int,
        discord_uid: int,
        race: str,
        amount: int,
        reason: str,
        *,
        how: str = "set",
        key: str | None = None,
    ) -> MmrAdjusted:
        """Set the MMR to ``amount``, or add / subtract it (``how``)."""
        self.require_admin(admin_uid)
        return await self.ctx.execute(
            self.ctx.state.admin_adjust_mmr,
            discord_uid,
            race,
            amount,
            how=how,
            admin_uid=admin_uid,
            reason=reason,
            now=self.ctx.now(),
            idempotency_key=key,
        )

    async def ban(
        self, admin_uid: int, discord_uid: int, reason: str, *, banned: bool = True, key: str | None = None
    ) -> None:
        self.require_admin(admin_uid)
        await self.ctx.execute(
            self.ctx.state.admin_ban,
            discord_uid,
            banned=banned,
            admin_uid=admin_uid,
            reason=reason,
            now=self.ctx.now(),
            idempotency_key=key,
        )

    async def set_aborts(
        self, admin_uid: int, discord_uid: int, aborts_left: int, reason: str, *, key: str | None = None
    ) -> AbortsReset:
        """Leave the player ``aborts_left`` aborts this month (the allowance: a full reset)."""
        self.require_admin(admin_uid)
        return await self.ctx.execute(
            self.ctx.state.admin_set_aborts,
            discord_uid,
            aborts_left,
            admin_uid=admin_uid,
            reason=reason,
            now=self.ctx.now(),
            idempotency_key=key,
        )

    async def remove_from_queue(
        self, admin_uid: int, discord_uid: int, reason: str, *, key: str | None = None
    ) -> None:
        self.require_admin(admin_uid)
        await self.ctx.execute(
            self.ctx.state.admin_remove_from_queue,
            discord_uid,
            admin_uid=admin_uid,
            reason=reason,
            now=self.ctx.now(),
            idempotency_key=key,
        )

    async def clear_queue(self, admin_uid: int, reason: str, *, key: str | None = None) -> list[int]:
        self.require_admin(admin_uid)
        out = await self.ctx.execute(
            self.ctx.state.admin_clear_queue,
            admin_uid=admin_uid,
            reason=reason,
            now=self.ctx.now(),
            idempotency_key=key,
        )
        return list(out.removed)

    async def unblock(
        self, admin_uid: int, discord_uid: int, reason: str, *, key: str | None = None
    ) -> tuple[bool, int | None]:
        """Free a stuck player: out of the queue, their open match voided. Returns (was queued,
        the match voided or None)."""
        self.require_admin(admin_uid)
        state = self.ctx.state
        queued = state.queue_entry(discord_uid) is not None
        match = state.open_match(discord_uid)
        if not queued and match is None:
            raise DomainError(t("rules-admin-nothing-to-unblock"))
        if queued:
            await self.remove_from_queue(admin_uid, discord_uid, reason, key=f"{key}:queue" if key else None)
        if match is not None:
            await self.invalidate(admin_uid, match.match_id, reason, key=f"{key}:match" if key else None)
        return queued, match.match_id if match else None

    async def add_admin(self, owner_uid: int, discord_uid: int, *, key: str | None = None) -> None:
        self.require_owner(owner_uid)
        await self.ctx.execute(
            self.ctx.state.add_admin, discord_uid, added_by=owner_uid, now=self.ctx.now(), idempotency_key=key
        )

    async def remove_admin(
        self, owner_uid: int, discord_uid: int, reason: str, *, key: str | None = None
    ) -> None:
        self.require_owner(owner_uid)
        await self.ctx.execute(
            self.ctx.state.remove_admin,
            discord_uid,
            removed_by=owner_uid,
            reason=reason,
            now=self.ctx.now(),
            idempotency_key=key,
        )

    # --- the operator, from the shell (``evoladder admin``): trusted like the owner --------------
    async def operator_add_admin(self, discord_uid: int, operator_uid: int | None) -> None:
        await self.ctx.execute(
            self.ctx.state.add_admin, discord_uid, added_by=operator_uid, now=self.ctx.now()
        )

    async def operator_remove_admin(self, discord_uid: int, operator_uid: int, reason: str) -> None:
        await self.ctx.execute(
            self.ctx.state.remove_admin,
            discord_uid,
            removed_by=operator_uid,
            reason=reason,
            now=self.ctx.now(),
        )

    def admins(self) -> list[Admin]:
        return self.ctx.state.admins()
