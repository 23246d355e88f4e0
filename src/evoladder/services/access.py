"""Access codes: closed seasons (``EVOLADDER_ACCESS=code``), where a player must ``/activate CODE``
once before playing; admins create single-use or N-use codes with an expiry, withdraw them and see
who used which. In open mode everyone has access and ``/activate`` is not needed.

The service is also the guards' player gate: the player's status from ``PlayerService`` plus whether
they have access (admins always do).
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Literal

from evoladder.i18n import t
from evoladder.rules import access as access_rules
from evoladder.rules.errors import IllegalTransition
from evoladder.services.admin_reads import AdminReads
from evoladder.services.base import ServiceContext
from evoladder.services.players import PlayerService, PlayerStatus
from evoladder.store.records import AccessCode, AccessGrant
from evoladder.store.state import NotFound
from evoladder.store.state.outcomes import AccessCodeCreated, AccessCodeRevoked

AccessMode = Literal["open", "code"]
DRAWS = 5  # fresh codes to try before giving up (a collision among 31^8 codes is vanishingly rare)


@dataclass(frozen=True, slots=True)
class CodeUse:
    """An access code with who used it."""

    code: AccessCode
    used_by: tuple[AccessGrant, ...]

    def status(self, now: datetime) -> str:
        if self.code.revoked_at is not None:
            return "withdrawn"
        if now >= self.code.expires_at:
            return "expired"
        if self.code.uses >= self.code.uses_allowed:
            return "used up"
        return "active"


def draw_code() -> str:
    """A random code of the access alphabet, ``ABCD-EFGH``."""
    length = access_rules.CODE_GROUPS * access_rules.CODE_GROUP_LENGTH
    return access_rules.format_code(
        "".join(secrets.choice(access_rules.CODE_ALPHABET) for _ in range(length))
    )


class AccessService:
    def __init__(
        self, ctx: ServiceContext, players: PlayerService, admin: AdminReads, mode: AccessMode
    ) -> None:
        self.ctx = ctx
        self.players = players
        self.admin = admin
        self.mode = mode

    # --- the guards' gate ----------------------------------------------------------------------
    def status(self, discord_uid: int) -> PlayerStatus:
        status = self.players.status(discord_uid)
        return replace(status, has_access=self.has_access(discord_uid, is_admin=status.is_admin))

    def has_access(self, discord_uid: int, *, is_admin: bool = False) -> bool:
        return self.mode == "open" or is_admin or self.ctx.state.has_access(discord_uid)

    # --- players -------------------------------------------------------------------------------
    async def activate(
        self, discord_uid: int, discord_name: str, code: str, *, key: str | None = None
    ) -> str:
        """Redeem ``code`` (refused in an open season, once activated, or when the code can't be
        used); returns the code as stored."""
        if self.mode == "open":
            raise IllegalTransition(t("rules-access-open-season"))
        await self.players.ensure_player(discord_uid, discord_name)
        outcome = await self.ctx.execute(
            self.ctx.state.redeem_access_code, discord_uid, code, now=self.ctx.now(), idempotency_key=key
        )
        return outcome.code

    # --- admins --------------------------------------------------------------------------------
    async def create_code(
        self, admin_uid: int, *, uses: int, valid_days: int, note: str, key: str | None = None
    ) -> AccessCodeCreated:
        self.admin.require_admin(admin_uid)
        code = draw_code()
        for _ in range(DRAWS):  # the transition refuses a code that exists; draw around one
            if self.ctx.state.access_code(code) is None:
                break
            code = draw_code()
        return await self.ctx.execute(
            self.ctx.state.create_access_code,
            code,
            uses_allowed=uses,
            valid_days=valid_days,
            note=note,
            admin_uid=admin_uid,
            now=self.ctx.now(),
            idempotency_key=key,
        )

    async def revoke_code(
        self, admin_uid: int, code: str, reason: str, *, key: str | None = None
    ) -> AccessCodeRevoked:
        self.admin.require_admin(admin_uid)
        return await self.ctx.execute(
            self.ctx.state.revoke_access_code,
            code,
            admin_uid=admin_uid,
            reason=reason,
            now=self.ctx.now(),
            idempotency_key=key,
        )

    def code(self, admin_uid: int, code: str) -> AccessCode:
        """The code an admin typed (any case, with or without its dash)."""
        self.admin.require_admin(admin_uid)
        wanted = access_rules.normalize_code(code)
        found = self.ctx.state.access_code(wanted)
        if found is None:
            raise NotFound(t("rules-access-unknown", code=wanted))
        return found

    def codes(self, admin_uid: int) -> list[CodeUse]:
        """Every code, newest first, with who used it."""
        self.admin.require_admin(admin_uid)
        state = self.ctx.state
        return [CodeUse(c, tuple(state.access_grants_of(c.code))) for c in state.access_codes()]
