"""``/activate CODE``: a player opens a closed season to themself (``EVOLADDER_ACCESS=code``).

Until then every command past the terms answers with how to get a code (the access guard in
``bot/checks.py``); in an open season ``/activate`` says no code is needed.
"""

from __future__ import annotations

import discord
from discord import app_commands
from discord.app_commands import locale_str

from evoladder.bot.checks import Requirement, requires
from evoladder.bot.feature import Feature
from evoladder.bot.guarded import GuardedCog, Guards
from evoladder.services.access import AccessService

ACTIVATE = Requirement(terms=False, setup=False, state_changing=True)


class AccessCog(GuardedCog):
    def __init__(self, guards: Guards, access: AccessService) -> None:
        super().__init__(guards)
        self.access = access

    @app_commands.command(
        name=locale_str("activate", key="cmd-activate"),
        description=locale_str(
            "Open this season to yourself with an access code", key="cmd-activate.description"
        ),
    )
    @app_commands.rename(code=locale_str("code", key="cmd-activate-code"))
    @app_commands.describe(
        code=locale_str("The code an admin gave you, like ABCD-EFGH", key="cmd-activate-code.description")
    )
    @requires(ACTIVATE)
    async def activate(self, interaction: discord.Interaction, code: str) -> None:
        user = interaction.user
        used = await self.access.activate(user.id, user.name, code)
        say = self.say(interaction)
        await interaction.response.send_message(say("staff-activated", code=used), ephemeral=True)


FEATURE = Feature(
    "access",
    lambda deps: AccessCog(deps.guards, deps.ladder.access),
    enabled=lambda settings: settings.access == "code",
)
