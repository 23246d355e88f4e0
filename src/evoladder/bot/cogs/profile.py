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
from discord.app_commands import locale_str

from evoladder.bot.checks import PLAYER_READ, requires
from evoladder.bot.errors import UserFacingError
from evoladder.bot.feature import Feature
from evoladder.bot.guarded import GuardedCog, Guards
from evoladder.bot.present.chart import CHART_FILENAME, has_chart, mmr_chart_png
from evoladder.bot.present.profile import profile_embed
from evoladder.bot.voice import Voice
from evoladder.gamedata import GameData
from evoladder.i18n import t
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

    @app_commands.command(
        name=locale_str("profile", key="cmd-profile"),
        description=locale_str("Your ratings, ranks and recent results", key="cmd-profile.description"),
    )
    @requires(PLAYER_READ)
    async def profile(self, interaction: discord.Interaction) -> None:
        found = self.players.profile(interaction.user.id)
        if found is None:
            raise UserFacingError(t("boards-profile-not-registered"))
        say = self.say(interaction)
        await interaction.response.send_message(
            embed=profile_embed(found, self.game_data, say, aborts_per_month=self.aborts_per_month)
        )
        if self.charts and has_chart(found):
            await self._add_chart(interaction, found, say)

    async def _add_chart(self, interaction: discord.Interaction, profile: Profile, say: Voice) -> None:
        try:
            png = await asyncio.to_thread(mmr_chart_png, profile, self.game_data, say)
        except Exception:
            log.exception("could not draw the MMR chart of %s", profile.discord_uid)
            return
        embed = profile_embed(
            profile,
            self.game_data,
            say,
            chart_filename=CHART_FILENAME,
            aborts_per_month=self.aborts_per_month,
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
