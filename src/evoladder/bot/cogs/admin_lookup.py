"""How admin commands take a player and a race: typed text resolved by the admin service, with
autocomplete. A player is a mention, a Discord id, a player name, a BattleTag or an alt name; what
names several players (or nobody) is refused with the candidates listed, never guessed.

The transformers reach the admin service through the command's cog (``interaction.command.binding``),
so they hold no state of their own.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import discord
from discord import app_commands

from evoladder.bot.errors import UserFacingError, voice_of
from evoladder.bot.limits import AUTOCOMPLETE_CHOICES_MAX, CHOICE_TEXT_MAX
from evoladder.bot.present.text import truncate
from evoladder.gamedata import GameData
from evoladder.gamedata.model import Race as GameRace
from evoladder.i18n import t
from evoladder.rules.errors import DomainError
from evoladder.rules.text import echo
from evoladder.services.admin import AdminService


def _binding(interaction: discord.Interaction, attribute: str) -> Any:
    command = interaction.command
    found = getattr(getattr(command, "binding", None), attribute, None)
    if found is None:
        raise LookupError(f"the command's cog has no {attribute!r}")
    return found


def admin_service(interaction: discord.Interaction) -> AdminService:
    service = _binding(interaction, "service")
    assert isinstance(service, AdminService)
    return service


class PlayerArg(app_commands.Transformer):
    """A registered player, as their Discord id."""

    registered = True

    async def transform(self, interaction: discord.Interaction, value: str, /) -> int:
        try:
            return admin_service(interaction).find_player(
                interaction.user.id, value, registered=self.registered
            )
        except DomainError as exc:  # an AppCommandError reaches the user as is (others are wrapped)
            raise UserFacingError(exc.text) from exc

    async def autocomplete(  # type: ignore[override]
        self, interaction: discord.Interaction, value: str, /
    ) -> list[app_commands.Choice[str]]:
        found = admin_service(interaction).suggest_players(
            interaction.user.id, value, limit=AUTOCOMPLETE_CHOICES_MAX
        )
        return [
            app_commands.Choice(name=truncate(label, CHOICE_TEXT_MAX), value=str(uid)) for uid, label in found
        ]


class AnyUserArg(PlayerArg):
    """A player, or the Discord id (or mention) of someone who never used the ladder."""

    registered = False


class RaceArg(app_commands.Transformer):
    """A race code, from its code or (part of) its name."""

    async def transform(self, interaction: discord.Interaction, value: str, /) -> str:
        races = self._races(interaction)
        if value in races:
            return value
        typed = value.strip().casefold()
        by_name = [
            code
            for code, race in races.items()
            if typed in {name.casefold() for name in (race.name, *race.names.values())}
        ]
        if len(by_name) == 1:
            return by_name[0]
        raise UserFacingError(t("staff-unknown-race", typed=echo(value)))

    async def autocomplete(  # type: ignore[override]
        self, interaction: discord.Interaction, value: str, /
    ) -> list[app_commands.Choice[str]]:
        text, locale = value.casefold(), voice_of(interaction).locale
        shown = [
            (code, race.names.get(locale, race.name), race) for code, race in self._races(interaction).items()
        ]
        return [
            app_commands.Choice(name=truncate(name, CHOICE_TEXT_MAX), value=code)
            for code, name, race in shown
            if text in name.casefold() or text in race.name.casefold() or text in code
        ][:AUTOCOMPLETE_CHOICES_MAX]

    @staticmethod
    def _races(interaction: discord.Interaction) -> Mapping[str, GameRace]:
        game_data = _binding(interaction, "game_data")
        assert isinstance(game_data, GameData)
        return game_data.races


Player = app_commands.Transform[int, PlayerArg]
AnyUser = app_commands.Transform[int, AnyUserArg]
Race = app_commands.Transform[str, RaceArg]
