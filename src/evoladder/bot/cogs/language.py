"""``/language``: the language the ladder writes to a player in (or Discord's, the default).

The choice is stored (``players.language``) and wins over the language Discord sends with each
interaction; DMs the ladder sends on its own use it too. The answer comes in the language just chosen.
"""

from __future__ import annotations

from typing import Protocol

import discord
from discord import app_commands
from discord.app_commands import locale_str

from evoladder.bot.checks import Requirement, requires
from evoladder.bot.components import ComponentContext, PersistentSelect, cog_of, persistent_view
from evoladder.bot.feature import Feature
from evoladder.bot.guarded import GuardedCog, Guards
from evoladder.bot.voice import Voices
from evoladder.i18n import LANGUAGE_NAMES, LOCALES

# Anyone may choose the language they read the ladder in, before the terms too (only a ban stops it).
LANGUAGE_COMMAND = Requirement(terms=False, setup=False)
LANGUAGE_PICK = Requirement(dm_only=False, terms=False, setup=False, state_changing=True)
FOLLOW_DISCORD = "discord"


class LanguagePort(Protocol):
    async def ensure_player(self, discord_uid: int, discord_name: str) -> None: ...

    async def set_language(
        self, discord_uid: int, language: str | None, *, key: str | None = None
    ) -> str | None: ...


class LanguageSelect(PersistentSelect, template=r"language:pick:(?P<owner>[0-9]+)"):
    requirement = LANGUAGE_PICK

    async def handle(self, ctx: ComponentContext) -> None:
        await cog_of(ctx.interaction, LanguageCog).pick(ctx)


class LanguageCog(GuardedCog):
    def __init__(self, guards: Guards, players: LanguagePort, voices: Voices) -> None:
        super().__init__(guards)
        self.players = players
        self.voices = voices

    @app_commands.command(
        name=locale_str("language", key="cmd-language"),
        description=locale_str(
            "Choose the language the ladder writes to you in", key="cmd-language.description"
        ),
    )
    @requires(LANGUAGE_COMMAND)
    async def language(self, interaction: discord.Interaction) -> None:
        say = self.say(interaction)
        options = [
            discord.SelectOption(label=say("language-follow-discord"), value=FOLLOW_DISCORD),
            *(discord.SelectOption(label=LANGUAGE_NAMES[code], value=code) for code in LOCALES),
        ]
        view = persistent_view(
            LanguageSelect.build(options=options, placeholder=say("language-pick"), owner=interaction.user.id)
        )
        await interaction.response.send_message(say("language-prompt"), view=view, ephemeral=True)

    async def pick(self, ctx: ComponentContext) -> None:
        value = ctx.values[0]
        chosen = None if value == FOLLOW_DISCORD else value
        await self.players.ensure_player(ctx.user_id, ctx.interaction.user.name)
        await self.players.set_language(ctx.user_id, chosen, key=ctx.idempotency_key)
        say = ctx.say  # read after the change: the answer comes in the language just chosen
        if chosen is None:
            await ctx.finish(content=say("language-now-discord"))
        else:
            await ctx.finish(content=say("language-now", language=LANGUAGE_NAMES[chosen]))


FEATURE = Feature(
    "language",
    lambda deps: LanguageCog(deps.guards, deps.ladder.players, deps.voices),
    (LanguageSelect,),
)
