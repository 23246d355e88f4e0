"""``/profile``: the player's names, country, region, account status (terms, setup, ban, aborts and
their reset), every race together and, per race, rank, MMR and form (SPEC section 4).

The embed is the answer; the MMR-over-time picture is drawn afterwards in a worker thread and added
by editing the answer, so drawing never delays it.
"""

from __future__ import annotations

import asyncio
import io
import logging
from typing import Protocol

import discord
from discord import app_commands

from evoladder.bot.checks import PLAYER_READ, requires
from evoladder.bot.errors import UserFacingError
from evoladder.bot.feature import Feature
from evoladder.bot.guarded import GuardedCog, Guards
from evoladder.bot.present.chart import CHART_FILENAME, has_chart, mmr_chart_png
from evoladder.bot.present.profile import profile_embed
from evoladder.gamedata import GameData
from evoladder.store.profile import Profile

log = logging.getLogger(__name__)


class ProfilePort(Protocol):
    """What this feature needs from the player service (an in-memory read)."""

    def profile(self, discord_uid: int) -> Profile | None: ...


class ProfileCog(GuardedCog):
    def __init__(
        self,
        guards: Guards,
        players: ProfilePort,
        game_data: GameData,
        *,
        charts: bool = True,
        aborts_per_month: int = 3,
    ) -> None:
        super().__init__(guards)
        self.players = players
        self.game_data = game_data
        self.charts = charts
        self.aborts_per_month = aborts_per_month

    @app_commands.command(name="profile", description="Your ratings, ranks and recent results")
    @requires(PLAYER_READ)
    async def profile(self, interaction: discord.Interaction) -> None:
        found = self.players.profile(interaction.user.id)
        if found is None:
            raise UserFacingError("You are not registered yet: run `/termsofservice`, then `/setup`.")
        await interaction.response.send_message(
            embed=profile_embed(found, self.game_data, aborts_per_month=self.aborts_per_month)
        )
        if self.charts and has_chart(found):
            await self._add_chart(interaction, found)

    async def _add_chart(self, interaction: discord.Interaction, profile: Profile) -> None:
        try:
            png = await asyncio.to_thread(mmr_chart_png, profile, self.game_data)
        except Exception:
            log.exception("could not draw the MMR chart of %s", profile.discord_uid)
            return
        embed = profile_embed(
            profile, self.game_data, chart_filename=CHART_FILENAME, aborts_per_month=self.aborts_per_month
        )
        await interaction.edit_original_response(
            embed=embed, attachments=[discord.File(io.BytesIO(png), filename=CHART_FILENAME)]
        )


FEATURE = Feature(
    "profile",
    lambda deps: ProfileCog(
        deps.guards,
        deps.ladder.players,
        deps.game_data,
        charts=deps.profile_charts,
        aborts_per_month=deps.settings.aborts_per_month,
    ),
)
