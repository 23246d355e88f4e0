"""``/help``: every command the player may use now, one line each, and the quick-start guide.

The list is built from the bot's command tree at each call, filtered through the same guards the
commands pass (``checks.refusal_for`` with the player's status), so a command another feature adds
appears by itself, and one a player can't use yet (``/queue`` before ``/setup``, ``/admin`` for
players) does not. What the player should do next, when terms or setup are missing, is said first.
"""

from __future__ import annotations

from typing import Any

import discord
from discord import app_commands
from discord.ext import commands as ext_commands

from evoladder.bot import limits
from evoladder.bot.checks import PlayerFacts, Requirement, refusal_for, requirement_of, requires
from evoladder.bot.feature import Feature
from evoladder.bot.guarded import GuardedCog, Guards
from evoladder.bot.present.text import truncate

HELP = Requirement(dm_only=False, terms=False, setup=False)
HELP_COLOUR = discord.Colour.blurple()

TEXT = {
    "title": "What you can do",
    "line": "`/{name}` — {description}",
    "start_terms": "New here? Start with `/termsofservice`, then `/setup`: more commands appear once you are set up.",
    "start_setup": "Next step: `/setup` registers your player name, BattleTag, country and region.",
    "guide": "New to the ladder? Read the [quick-start guide]({url}): the mod, the lobby settings, replays.",
    "dms": "Ladder commands work in a direct message with me.",
}


AnyCommand = app_commands.Command[Any, ..., Any]


def available_commands(tree: app_commands.CommandTree[Any], facts: PlayerFacts) -> list[AnyCommand]:
    """The registered commands (subcommands one by one) whose guards let this player in, by name."""
    found = []
    for command in tree.walk_commands():
        if not isinstance(command, app_commands.Command):
            continue  # a group: its subcommands are walked
        requirement = requirement_of(command.callback)
        if refusal_for(requirement, facts, in_dm=True, command=command.qualified_name) is None:
            found.append(command)
    return sorted(found, key=lambda c: c.qualified_name)


class HelpCog(GuardedCog):
    def __init__(self, guards: Guards, quick_start_url: str) -> None:
        super().__init__(guards)
        self.quick_start_url = quick_start_url

    @app_commands.command(name="help", description="The commands you can use, and the quick-start guide")
    @requires(HELP)
    async def help(self, interaction: discord.Interaction) -> None:
        facts = self.guards.gate.status(interaction.user.id)
        bot = interaction.client
        commands = available_commands(bot.tree, facts) if isinstance(bot, ext_commands.Bot) else []
        lines = []
        if not facts.terms_accepted:
            lines.append(TEXT["start_terms"])
        elif not facts.setup_done:
            lines.append(TEXT["start_setup"])
        lines += [TEXT["line"].format(name=c.qualified_name, description=c.description) for c in commands]
        lines += ["", TEXT["guide"].format(url=self.quick_start_url), TEXT["dms"]]
        embed = discord.Embed(
            title=TEXT["title"],
            description=truncate("\n".join(lines), limits.EMBED_DESCRIPTION_MAX),
            colour=HELP_COLOUR,
        )
        await interaction.response.send_message(embed=embed)


FEATURE = Feature("help", lambda deps: HelpCog(deps.guards, deps.settings.quick_start_url))
