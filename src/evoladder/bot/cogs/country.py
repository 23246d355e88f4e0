"""``/setcountry``: change the country shown with your name, with autocomplete over every country."""

from __future__ import annotations

from typing import Protocol

import discord
from discord import app_commands

from evoladder.bot.checks import PLAYER_ACTION, requires
from evoladder.bot.feature import Feature
from evoladder.bot.guarded import GuardedCog, Guards
from evoladder.bot.present.pickers import country_label, country_suggestions, find_country
from evoladder.gamedata import GameData


class CountryPort(Protocol):
    """What this feature needs from the player service."""

    async def set_country(self, discord_uid: int, country: str, *, key: str | None = None) -> str: ...


def resolve_country(game_data: GameData, typed: str) -> str:
    """The code for what the user entered: a suggestion's code, a code, or a country's exact name.

    Anything else is passed on unchanged so the registration rules refuse it with their message.
    """
    return find_country(game_data, typed) or typed.strip()


class CountryCog(GuardedCog):
    def __init__(self, guards: Guards, players: CountryPort, game_data: GameData) -> None:
        super().__init__(guards)
        self.players = players
        self.game_data = game_data

    @app_commands.command(name="setcountry", description="Change the country shown with your name")
    @app_commands.describe(country="Start typing your country's name or code")
    @requires(PLAYER_ACTION)
    async def setcountry(self, interaction: discord.Interaction, country: str) -> None:
        code = await self.players.set_country(
            interaction.user.id, resolve_country(self.game_data, country), key=f"interaction:{interaction.id}"
        )
        await interaction.response.send_message(f"Your country is now {country_label(self.game_data, code)}.")

    @setcountry.autocomplete("country")
    async def country_autocomplete(
        self, interaction: discord.Interaction, typed: str
    ) -> list[app_commands.Choice[str]]:
        return [
            app_commands.Choice(name=label, value=code)
            for label, code in country_suggestions(self.game_data, typed)
        ]


FEATURE = Feature(
    "country",
    lambda deps: CountryCog(deps.guards, deps.ladder.players, deps.game_data),
)
