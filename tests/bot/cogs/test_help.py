"""``/help`` through the real bot: exactly the registered commands the player may use now."""

from __future__ import annotations

import re

import discord
from discord import app_commands

from evoladder.bootstrap import App
from evoladder.bot.checks import PLAYER_READ, requires
from tests.bot.cogs.conftest import OWNER_ID, ladder_bot
from tests.bot.cogs.test_setup import register
from tests.bot.harness import Exchange, running_harness

LISTED = re.compile(r"^`/([a-z_ ]+)` — ", re.M)


def listed(answer: Exchange) -> set[str]:
    return set(LISTED.findall(answer.embeds[0]["description"]))


async def test_help_lists_exactly_the_registered_commands_the_player_may_use(app: App) -> None:
    bot = ladder_bot(app)

    @app_commands.command(name="extra", description="A command another feature adds later")
    @requires(PLAYER_READ)
    async def extra(interaction: discord.Interaction) -> None:
        await interaction.response.send_message("extra")

    bot.tree.add_command(extra)  # a command this feature knows nothing about
    async with running_harness(bot) as h:
        every = {c.qualified_name for c in h.bot.tree.walk_commands() if isinstance(c, app_commands.Command)}
        admin_only = {name for name in every if name.startswith("admin ")}
        assert {"help", "prune", "profile", "leaderboard", "extra"} <= every and admin_only

        newcomer = h.user("newcomer")
        first = await h.slash("help", user=newcomer)
        assert listed(first) == {"help", "language", "prune", "termsofservice"}
        assert "Start with `/termsofservice`" in first.text()
        assert app.settings.quick_start_url in first.text()

        await h.slash("termsofservice", user=newcomer)
        await h.click(h.custom_id(f"terms:accept:{newcomer.id}:"), user=newcomer)
        assert listed(await h.slash("help", user=newcomer)) == {
            "help",
            "language",
            "prune",
            "termsofservice",
            "setup",
        }

        player = h.user("player")
        await register(h, player, "Player")
        answer = await h.slash("help", user=player)
        assert listed(answer) == every - admin_only  # every player command, the new one included
        assert "`/extra` — A command another feature adds later" in answer.text()

        owner = h.user("owner", user_id=OWNER_ID)
        await register(h, owner, "Owner")
        assert listed(await h.slash("help", user=owner)) == every  # the owner may use every command
