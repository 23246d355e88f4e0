"""Access codes for closed seasons (``EVOLADDER_ACCESS=code``): an admin creates a code for N uses
until it expires (or is withdrawn); a player redeems one once and keeps access. Every step is
audited: codes and their uses in ``admin_actions``, a player's activation in ``player_action_logs``.
The code itself is drawn by the service (a transition has no randomness)."""

from __future__ import annotations

from datetime import datetime, timedelta

from evoladder.i18n import t
from evoladder.rules import access as access_rules
from evoladder.rules import admin as admin_rules
from evoladder.rules.errors import IllegalTransition, ValidationFailed
from evoladder.rules.text import echo
from evoladder.store.records import AccessCode, AccessGrant
from evoladder.store.state.core import Changes, Done, NotFound, StateCore, idempotent
from evoladder.store.state.outcomes import AccessCodeCreated, AccessCodeRevoked, AccessGranted


class AccessTransitions(StateCore):
    @idempotent
    def create_access_code(
        self,
        code: str,
        *,
        uses_allowed: int,
        valid_days: int,
        note: str,
        admin_uid: int,
        now: datetime,
        idempotency_key: str | None = None,
    ) -> Done[AccessCodeCreated]:
        """A new code for ``uses_allowed`` players, valid ``valid_days`` days; ``note`` says who it is
        for (it is also the audit reason)."""
        uses, days, why = access_rules.check_code_spec(uses_allowed, valid_days, note)
        if not why:
            raise ValidationFailed(t("rules-access-no-note"))
        code = access_rules.normalize_code(code)
        if code in self.t.access_codes:
            raise IllegalTransition(t("rules-access-exists", code=code))
        rec = AccessCode(
            code=code,
            uses_allowed=uses,
            uses=0,
            expires_at=now + timedelta(days=days),
            revoked_at=None,
            note=why,
            created_by=admin_uid,
            created_at=now,
        )
        self.t.access_codes[code] = rec
        changes = Changes()
        changes.upsert("access_codes", rec)
        payload = {"uses_allowed": uses, "expires_at": rec.expires_at.isoformat()}
        self.log_admin(changes, admin_uid, "access_code_create", code, why, payload, now)
        outcome = AccessCodeCreated(code, uses, rec.expires_at.isoformat())
        return self.done(outcome, changes, idempotency_key, now)

    @idempotent
    def redeem_access_code(
        self, discord_uid: int, code: str, *, now: datetime, idempotency_key: str | None = None
    ) -> Done[AccessGranted]:
        """A player opens the season to themself with a code (once; the code counts one use)."""
        wanted = access_rules.normalize_code(code)
        rec = self.t.access_codes.get(wanted)
        if rec is None:
            raise NotFound(t("rules-access-unknown-for-player", code=wanted))
        access_rules.check_redeemable(
            code=rec.code,
            uses=rec.uses,
            uses_allowed=rec.uses_allowed,
            expires_at=rec.expires_at,
            revoked=rec.revoked_at is not None,
            already_activated=discord_uid in self.t.access_grants,
            now=now,
        )
        changes = Changes()
        rec.uses += 1
        changes.upsert("access_codes", rec)
        grant = self.t.access_grants[discord_uid] = AccessGrant(
            discord_uid=discord_uid, code=rec.code, granted_at=now
        )
        changes.upsert("access_grants", grant)
        self.log_setting(changes, discord_uid, "access_code", None, rec.code, discord_uid, now)
        return self.done(AccessGranted(rec.code), changes, idempotency_key, now)

    @idempotent
    def revoke_access_code(
        self, code: str, *, admin_uid: int, reason: str, now: datetime, idempotency_key: str | None = None
    ) -> Done[AccessCodeRevoked]:
        """Withdraw a code: nobody can redeem it any more (who already did keeps access)."""
        why = admin_rules.require_reason(reason)
        rec = self.t.access_codes.get(access_rules.normalize_code(code))
        if rec is None:
            raise NotFound(t("rules-access-unknown", code=echo(code)))
        if rec.revoked_at is not None:
            raise IllegalTransition(t("rules-access-withdrawn-already", code=rec.code))
        rec.revoked_at = now
        changes = Changes()
        changes.upsert("access_codes", rec)
        self.log_admin(changes, admin_uid, "access_code_revoke", rec.code, why, {"uses": rec.uses}, now)
        return self.done(AccessCodeRevoked(rec.code, rec.uses), changes, idempotency_key, now)

    # --- reads ---------------------------------------------------------------------------------
    def has_access(self, discord_uid: int) -> bool:
        return discord_uid in self.t.access_grants

    def access_code(self, code: str) -> AccessCode | None:
        return self.t.access_codes.get(code)

    def access_codes(self) -> list[AccessCode]:
        """Every code, newest first."""
        return sorted(self.t.access_codes.values(), key=lambda c: (c.created_at, c.code), reverse=True)

    def access_grants_of(self, code: str) -> list[AccessGrant]:
        """Who used ``code``, first first (a scan of the grants: an admin read, not a hot one)."""
        return sorted(
            (g for g in self.t.access_grants.values() if g.code == code), key=lambda g: g.granted_at
        )
