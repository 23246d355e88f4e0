"""``/profile``: the player's names, country, region and, per race, rank, MMR and form (SPEC section 4)."""

from __future__ import annotations

from typing import Protocol

import discord
from discord import app_commands

from evoladder.bot.checks import PLAYER_READ, requires
from evoladder.bot.errors import UserFacingError
from evoladder.bot.guarded import GuardedCog, Guards
from evoladder.bot.present.profile import profile_embed
from evoladder.gamedata import GameData
from evoladder.store.profile import Profile


class ProfilePort(Protocol):
    """What this feature needs from the player service (an in-memory read)."""

    def profile(self, discord_uid: int) -> Profile | None: ...


class ProfileCog(GuardedCog):
    def __init__(self, guards: Guards, players: ProfilePort, game_data: GameData) -> None:
        super().__init__(guards)
        self.players = players
        self.game_data = game_data

    @app_commands.command(name="profile", description="Your ratings, ranks and recent results")
    @requires(PLAYER_READ)
    async def profile(self, interaction: discord.Interaction) -> None:
        found = self.players.profile(interaction.user.id)
        if found is None:
            raise UserFacingError("You are not registered yet: run `/termsofservice`, then `/setup`.")
        await interaction.response.send_message(embed=profile_embed(found, self.game_data))
