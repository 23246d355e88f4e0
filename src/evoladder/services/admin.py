"""Admin use-cases: look at the live state, resolve disputes, adjust, ban, reset, unblock, manage admins.

Permission is checked here too (not only in the Discord guard): every action needs an admin, and
managing admins needs the owner. Every state-changing action carries a reason and is audited by the
store transition (an ``admin_actions`` row).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from evoladder.rules.errors import DomainError
from evoladder.rules.lifecycle import Result
from evoladder.services.base import ServiceContext
from evoladder.services.matches import MatchService
from evoladder.services.players import PlayerService
from evoladder.store.profile import Profile
from evoladder.store.records import Admin, Match
from evoladder.store.state.outcomes import MmrAdjusted


class NotPermitted(DomainError):
    pass


@dataclass(frozen=True)
class Snapshot:
    queued: int
    queued_bw: int
    queued_sc2: int
    queued_both: int
    open_matches: tuple[Match, ...]
    conflicts: tuple[Match, ...]
    backlog_entries: int
    database_reachable: bool


class AdminService:
    def __init__(self, ctx: ServiceContext, players: PlayerService, matches: MatchService) -> None:
        self.ctx = ctx
        self.players = players
        self.matches = matches

    # --- permission ----------------------------------------------------------------------------
    def require_admin(self, admin_uid: int) -> None:
        if not self.players.status(admin_uid).is_admin:
            raise NotPermitted("Only ladder admins can do that.")

    def require_owner(self, admin_uid: int) -> None:
        if not self.players.status(admin_uid).is_owner:
            raise NotPermitted("Only the ladder's owner can manage admins.")

    # --- reads ---------------------------------------------------------------------------------
    def snapshot(self, admin_uid: int) -> Snapshot:
        self.require_admin(admin_uid)
        state = self.ctx.state
        counts = state.queue_counts()
        health = self.ctx.store.health()
        return Snapshot(
            queued=counts.total,
            queued_bw=counts.bw,
            queued_sc2=counts.sc2,
            queued_both=counts.both,
            open_matches=tuple(state.open_matches()),
            conflicts=tuple(state.conflict_matches()),
            backlog_entries=health.backlog_entries,
            database_reachable=health.database_reachable,
        )

    def player(self, admin_uid: int, discord_uid: int) -> Profile:
        self.require_admin(admin_uid)
        profile = self.players.profile(discord_uid)
        if profile is None:
            raise DomainError(f"No player with Discord id {discord_uid}.")
        return profile

    def match(self, admin_uid: int, match_id: int) -> tuple[Match, dict[str, Any]]:
        self.require_admin(admin_uid)
        match = self.ctx.state.match(match_id)
        if match is None:
            raise DomainError(f"There is no match #{match_id}.")
        return match, self.ctx.state.conflict_evidence(match)

    # --- actions -------------------------------------------------------------------------------
    async def resolve(
        self, admin_uid: int, match_id: int, result: Result, reason: str, *, key: str | None = None
    ) -> Match:
        self.require_admin(admin_uid)
        await self.ctx.execute(
            self.ctx.state.admin_resolve,
            match_id,
            result,
            admin_uid=admin_uid,
            reason=reason,
            now=self.ctx.now(),
            idempotency_key=key,
        )
        return self.matches.require_match(match_id)

    async def invalidate(
        self, admin_uid: int, match_id: int, reason: str, *, key: str | None = None
    ) -> Match:
        self.require_admin(admin_uid)
        await self.ctx.execute(
            self.ctx.state.admin_invalidate,
            match_id,
            admin_uid=admin_uid,
            reason=reason,
            now=self.ctx.now(),
            idempotency_key=key,
        )
        return self.matches.require_match(match_id)

    async def adjust_mmr(
        self,
        admin_uid: int,
        discord_uid: int,
        race: str,
        new_mmr: int,
        reason: str,
        *,
        key: str | None = None,
    ) -> MmrAdjusted:
        self.require_admin(admin_uid)
        return await self.ctx.execute(
            self.ctx.state.admin_adjust_mmr,
            discord_uid,
            race,
            new_mmr,
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

    async def reset_aborts(
        self, admin_uid: int, discord_uid: int, reason: str, *, key: str | None = None
    ) -> None:
        self.require_admin(admin_uid)
        await self.ctx.execute(
            self.ctx.state.admin_reset_aborts,
            discord_uid,
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

    async def unblock(self, admin_uid: int, discord_uid: int, reason: str, *, key: str | None = None) -> str:
        """Free a stuck player: take them out of the queue and void their open match, if any."""
        self.require_admin(admin_uid)
        state = self.ctx.state
        done = []
        if state.queue_entry(discord_uid) is not None:
            await self.remove_from_queue(admin_uid, discord_uid, reason, key=f"{key}:queue" if key else None)
            done.append("removed from the queue")
        match = state.open_match(discord_uid)
        if match is not None:
            await self.invalidate(admin_uid, match.match_id, reason, key=f"{key}:match" if key else None)
            done.append(f"match #{match.match_id} invalidated")
        if not done:
            raise DomainError("That player is neither queued nor in an open match; nothing to unblock.")
        return ", ".join(done)

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
