"""``/termsofservice``: show the terms with Accept / Decline (SPEC section 4)."""

from __future__ import annotations

from typing import Protocol

import discord
from discord import app_commands

from evoladder.bot.checks import TERMS_FLOW, Requirement, requires
from evoladder.bot.components import ComponentContext, PersistentButton, cog_of, nonce, persistent_view
from evoladder.bot.feature import Feature
from evoladder.bot.guarded import GuardedCog, Guards

# The terms buttons work before the terms are accepted, of course; only a ban stops them.
TERMS_BUTTON = Requirement(dm_only=False, terms=False, setup=False, state_changing=True)


class TermsPort(Protocol):
    """What this feature needs from the player service."""

    async def accept_terms(self, discord_uid: int, discord_name: str, *, key: str | None = None) -> None: ...

    async def decline_terms(self, discord_uid: int, discord_name: str, *, key: str | None = None) -> None: ...


def terms_embed(terms_url: str) -> discord.Embed:
    return discord.Embed(
        title="Ladder terms of service",
        description=(
            f"Please read the terms: {terms_url}\n\n"
            "In short: play fair, play your own account, upload honest replays and report results "
            "truthfully. Admins can adjust results and ban players who break the rules.\n\n"
            "Press **Accept** to play on the ladder."
        ),
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

    @app_commands.command(name="termsofservice", description="Read and accept the ladder's terms of service")
    @requires(TERMS_FLOW)
    async def termsofservice(self, interaction: discord.Interaction) -> None:
        owner, offer = interaction.user.id, nonce(interaction)
        view = persistent_view(
            AcceptTermsButton.build(
                label="Accept", style=discord.ButtonStyle.success, owner=owner, nonce=offer
            ),
            DeclineTermsButton.build(
                label="Decline", style=discord.ButtonStyle.danger, owner=owner, nonce=offer
            ),
        )
        await interaction.response.send_message(embed=terms_embed(self.terms_url), view=view)

    async def accept(self, ctx: ComponentContext) -> None:
        await self.players.accept_terms(ctx.user_id, ctx.interaction.user.name, key=ctx.idempotency_key)
        await ctx.finish(
            content="Thank you, the terms are accepted. Next, run `/setup` to register your player name, "
            "BattleTag, country and region."
        )

    async def decline(self, ctx: ComponentContext) -> None:
        await self.players.decline_terms(ctx.user_id, ctx.interaction.user.name, key=ctx.idempotency_key)
        await ctx.finish(
            content="You declined the terms, so you can't play on the ladder. "
            "Run `/termsofservice` again whenever you want to accept them."
        )


FEATURE = Feature(
    "terms",
    lambda deps: TermsCog(deps.guards, deps.ladder.players, deps.settings.terms_url),
    TERMS_ITEMS,
)
