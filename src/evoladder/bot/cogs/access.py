"""``/activate CODE``: a player opens a closed season to themself (``EVOLADDER_ACCESS=code``).

Until then every command past the terms answers with how to get a code (the access guard in
``bot/checks.py``); in an open season ``/activate`` says no code is needed.
"""

from __future__ import annotations

import discord
from discord import app_commands

from evoladder.bot.checks import Requirement, requires
from evoladder.bot.feature import Feature
from evoladder.bot.guarded import GuardedCog, Guards
from evoladder.services.access import AccessService

ACTIVATE = Requirement(terms=False, setup=False, state_changing=True)
TEXT = {
    "activated": "Your access is activated with the code {code}. Next: `/setup` to register, then `/queue`.",
}


class AccessCog(GuardedCog):
    def __init__(self, guards: Guards, access: AccessService) -> None:
        super().__init__(guards)
        self.access = access

    @app_commands.command(name="activate", description="Open this season to yourself with an access code")
    @app_commands.describe(code="The code an admin gave you, like ABCD-EFGH")
    @requires(ACTIVATE)
    async def activate(self, interaction: discord.Interaction, code: str) -> None:
        user = interaction.user
        used = await self.access.activate(user.id, user.name, code)
        await interaction.response.send_message(TEXT["activated"].format(code=used), ephemeral=True)


FEATURE = Feature(
    "access",
    lambda deps: AccessCog(deps.guards, deps.ladder.access),
    enabled=lambda settings: settings.access == "code",
)
