"""``/termsofservice``: show the terms with Accept / Decline (SPEC section 4)."""

from __future__ import annotations

from typing import Protocol

import discord
from discord import app_commands
from discord.app_commands import locale_str

from evoladder.bot.checks import TERMS_FLOW, Requirement, requires
from evoladder.bot.components import ComponentContext, PersistentButton, cog_of, nonce, persistent_view
from evoladder.bot.feature import Feature
from evoladder.bot.guarded import GuardedCog, Guards
from evoladder.bot.voice import Voice

# The terms buttons work before the terms are accepted, of course; only a ban stops them.
TERMS_BUTTON = Requirement(dm_only=False, terms=False, setup=False, state_changing=True)


class TermsPort(Protocol):
    """What this feature needs from the player service."""

    async def accept_terms(self, discord_uid: int, discord_name: str, *, key: str | None = None) -> None: ...

    async def decline_terms(self, discord_uid: int, discord_name: str, *, key: str | None = None) -> None: ...


def terms_embed(terms_url: str, say: Voice) -> discord.Embed:
    return discord.Embed(
        title=say("account-terms-title"),
        description=say("account-terms-body", url=terms_url),
        colour=discord.Colour.blurple(),
    )


class AcceptTermsButton(PersistentButton, template=r"terms:accept:(?P<owner>[0-9]+):(?P<nonce>[0-9a-z]+)"):
    requirement = TERMS_BUTTON

    async def handle(self, ctx: ComponentContext) -> None:
        await cog_of(ctx.interaction, TermsCog).accept(ctx)


class DeclineTermsButton(PersistentButton, template=r"terms:decline:(?P<owner>[0-9]+):(?P<nonce>[0-9a-z]+)"):
    requirement = TERMS_BUTTON

    async def handle(self, ctx: ComponentContext) -> None:
        await cog_of(ctx.interaction, TermsCog).decline(ctx)


TERMS_ITEMS = (AcceptTermsButton, DeclineTermsButton)


class TermsCog(GuardedCog):
    def __init__(self, guards: Guards, players: TermsPort, terms_url: str) -> None:
        super().__init__(guards)
        self.players = players
        self.terms_url = terms_url

    @app_commands.command(
        name=locale_str("termsofservice", key="cmd-termsofservice"),
        description=locale_str(
            "Read and accept the ladder's terms of service", key="cmd-termsofservice.description"
        ),
    )
    @requires(TERMS_FLOW)
    async def termsofservice(self, interaction: discord.Interaction) -> None:
        owner, offer = interaction.user.id, nonce(interaction)
        say = self.say(interaction)
        view = persistent_view(
            AcceptTermsButton.build(
                label=say("account-terms-accept"), style=discord.ButtonStyle.success, owner=owner, nonce=offer
            ),
            DeclineTermsButton.build(
                label=say("account-terms-decline"), style=discord.ButtonStyle.danger, owner=owner, nonce=offer
            ),
        )
        await interaction.response.send_message(embed=terms_embed(self.terms_url, say), view=view)

    async def accept(self, ctx: ComponentContext) -> None:
        await self.players.accept_terms(ctx.user_id, ctx.interaction.user.name, key=ctx.idempotency_key)
        await ctx.finish(content=ctx.say("account-terms-accepted"))

    async def decline(self, ctx: ComponentContext) -> None:
        await self.players.decline_terms(ctx.user_id, ctx.interaction.user.name, key=ctx.idempotency_key)
        await ctx.finish(content=ctx.say("account-terms-declined"))


FEATURE = Feature(
    "terms",
    lambda deps: TermsCog(deps.guards, deps.ladder.players, deps.settings.terms_url),
    TERMS_ITEMS,
)
