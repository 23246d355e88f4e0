"""Players: first contact, terms, setup, country, the gate every command passes, the profile."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from evoladder.services.base import ServiceContext
from evoladder.store.profile import Profile, build_profile


@dataclass(frozen=True, slots=True)
class PlayerStatus:
    """What the guards need to know about a user before running a command."""

    known: bool
    banned: bool
    ban_reason: str | None
    terms_accepted: bool
    setup_done: bool
    is_admin: bool
    is_owner: bool
    has_access: bool = True  # closed seasons: filled in by the access service (the bot's gate)


class PlayerService:
    def __init__(self, ctx: ServiceContext, owner_id: int | None) -> None:
        self.ctx = ctx
        self.owner_id = owner_id

    def status(self, discord_uid: int) -> PlayerStatus:
        state = self.ctx.state
        player = state.player(discord_uid)
        is_owner = self.owner_id is not None and discord_uid == self.owner_id
        return PlayerStatus(
            known=player is not None,
            banned=bool(player and player.banned),
            ban_reason=player.ban_reason if player else None,
            terms_accepted=bool(player and player.terms_accepted_at),
            setup_done=bool(player and player.setup_completed_at),
            is_admin=is_owner or state.is_admin(discord_uid),
            is_owner=is_owner,
        )

    async def ensure_player(self, discord_uid: int, discord_name: str) -> None:
        """First contact creates the player row; a changed Discord name is refreshed."""
        player = self.ctx.state.player(discord_uid)
        if player is None or player.discord_name != discord_name:
            await self.ctx.execute(self.ctx.state.touch_player, discord_uid, discord_name, now=self.ctx.now())

    async def accept_terms(self, discord_uid: int, discord_name: str, *, key: str | None = None) -> None:
        await self.ensure_player(discord_uid, discord_name)
        await self.ctx.execute(
            self.ctx.state.accept_terms, discord_uid, now=self.ctx.now(), idempotency_key=key
        )

    async def decline_terms(self, discord_uid: int, discord_name: str, *, key: str | None = None) -> None:
        await self.ensure_player(discord_uid, discord_name)
        await self.ctx.execute(
            self.ctx.state.decline_terms, discord_uid, now=self.ctx.now(), idempotency_key=key
        )

    async def setup(
        self,
        discord_uid: int,
        *,
        player_name: str,
        battletag: str,
        alt_names: Sequence[str],
        country: str,
        region: str,
        key: str | None = None,
    ) -> str:
        outcome = await self.ctx.execute(
            self.ctx.state.setup,
            discord_uid,
            player_name=player_name,
            battletag=battletag,
            alt_names=list(alt_names),
            country=country,
            region=region,
            now=self.ctx.now(),
            idempotency_key=key,
        )
        return outcome.player_name

    async def set_country(self, discord_uid: int, country: str, *, key: str | None = None) -> str:
        outcome = await self.ctx.execute(
            self.ctx.state.set_country, discord_uid, country, now=self.ctx.now(), idempotency_key=key
        )
        return outcome.country

    async def set_language(
        self, discord_uid: int, language: str | None, *, key: str | None = None
    ) -> str | None:
        """The player's /language choice (None: follow Discord's language)."""
        outcome = await self.ctx.execute(
            self.ctx.state.set_language, discord_uid, language, now=self.ctx.now(), idempotency_key=key
        )
        return outcome.language

    async def note_locale(self, discord_uid: int, locale: str) -> None:
        """Remember Discord's language of the player's latest interaction, when it changed (a write
        only then): DMs are written in it unless the player chose a language."""
        player = self.ctx.state.player(discord_uid)
        if player is not None and player.locale != locale:
            await self.ctx.execute(self.ctx.state.note_locale, discord_uid, locale, now=self.ctx.now())

    def profile(self, discord_uid: int) -> Profile | None:
        return build_profile(self.ctx.state, discord_uid, self.ctx.clock.now())

    async def log_command(self, discord_uid: int, command: str, service_ms: float) -> None:
        """One ``command_calls`` row through the journal (write-only)."""
        await self.ctx.execute(
            self.ctx.state.log_command, discord_uid, command, service_ms, now=self.ctx.now()
        )
