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
from discord.app_commands import locale_str
from discord.ext import commands as ext_commands

from evoladder.bot import limits
from evoladder.bot.checks import PlayerFacts, Requirement, refusal_for, requirement_of, requires
from evoladder.bot.feature import Feature
from evoladder.bot.guarded import GuardedCog, Guards
from evoladder.bot.present.text import truncate
from evoladder.bot.voice import Voice
from evoladder.i18n import DEFAULT_LOCALE

HELP = Requirement(dm_only=False, terms=False, setup=False)
HELP_COLOUR = discord.Colour.blurple()

AnyCommand = app_commands.Command[Any, ..., Any]


def available_commands(tree: app_commands.CommandTree[Any], facts: PlayerFacts) -> list[AnyCommand]:
    """The registered commands (subcommands one by one) whose guards let this player in."""
    found = []
    for command in tree.walk_commands():
        if not isinstance(command, app_commands.Command):
            continue  # a group: its subcommands are walked
        requirement = requirement_of(command.callback)
        if refusal_for(requirement, facts, in_dm=True, command=command.qualified_name) is None:
            found.append(command)
    return sorted(found, key=lambda c: c.qualified_name)


def _translated(string: object, default: str, say: Voice) -> str:
    """A ``locale_str`` with a catalog key in the reader's language; anything else as written."""
    key = string.extras.get("key") if isinstance(string, locale_str) else None
    if isinstance(key, str) and say.catalog.has(key, DEFAULT_LOCALE):
        return say(key)
    return default


def named(command: AnyCommand, say: Voice) -> str:
    """The command's full name as the reader's Discord client lists it (``/대기열``, ``/admin match``)."""
    parts: list[AnyCommand | app_commands.Group] = []
    node: AnyCommand | app_commands.Group | None = command
    while node is not None:
        parts.append(node)
        node = node.parent
    return " ".join(_translated(getattr(p, "_locale_name", None), p.name, say) for p in reversed(parts))


def described(command: AnyCommand, say: Voice) -> str:
    """The command's description in the reader's language when it has a catalog key, else as written."""
    return _translated(getattr(command, "_locale_description", None), command.description, say)


class HelpCog(GuardedCog):
    def __init__(self, guards: Guards, quick_start_url: str) -> None:
        super().__init__(guards)
        self.quick_start_url = quick_start_url

    @app_commands.command(
        name=locale_str("help", key="cmd-help"),
        description=locale_str(
            "The commands you can use, and the quick-start guide", key="cmd-help.description"
        ),
    )
    @requires(HELP)
    async def help(self, interaction: discord.Interaction) -> None:
        facts = self.guards.gate.status(interaction.user.id)
        bot = interaction.client
        commands = available_commands(bot.tree, facts) if isinstance(bot, ext_commands.Bot) else []
        say = self.say(interaction)
        lines = []
        if not facts.terms_accepted:
            lines.append(say("account-help-start-terms"))
        elif not facts.setup_done:
            lines.append(say("account-help-start-setup"))
        names = sorted((named(c, say), described(c, say)) for c in commands)  # in the reader's order
        lines += [say("account-help-line", name=name, description=text) for name, text in names]
        lines += ["", say("account-help-guide", url=self.quick_start_url), say("account-help-dms")]
        embed = discord.Embed(
            title=say("account-help-title"),
            description=truncate("\n".join(lines), limits.EMBED_DESCRIPTION_MAX),
            colour=HELP_COLOUR,
        )
        await interaction.response.send_message(embed=embed)


FEATURE = Feature("help", lambda deps: HelpCog(deps.guards, deps.settings.quick_start_url))
