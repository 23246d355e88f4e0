"""``/admin ...``: the ladder's staff tools, one cog spread over modules by concern.

- ``admin_case``: ``/admin match`` (the whole case on one screen, with resolve buttons), ``resolve``,
  ``invalidate``;  ``admin_snapshot``: ``snapshot`` and ``disputes`` (paginated);
- ``admin_access``: access codes (``code_create``, ``codes``, ``code_revoke``);
- here: everything done to a player — ``player``, ``adjust_mmr`` (set / add / subtract), ``ban``,
  ``unban``, ``reset_aborts`` (to N), ``remove_queue``, ``unblock``, ``clear_queue``, and the
  owner's ``add_admin`` / ``remove_admin``.

Every command that takes a player accepts a mention, a Discord id, a player name, a BattleTag or an
alt name, with autocomplete (``admin_lookup``). Every action shows old → new and needs a confirm
click by the same admin (``admin_base``); the affected players are told by DM, once per action.
"""

from __future__ import annotations

import discord
from discord import app_commands
from discord.app_commands import locale_str

from evoladder.bot.checks import ADMIN_ACTION, OWNER_ACTION, requires
from evoladder.bot.cogs.admin_access import CodeCommands
from evoladder.bot.cogs.admin_base import ADMIN_COG_NAME, ADMIN_CONFIRM_ITEMS, ADMIN_GROUP, ADMIN_READ
from evoladder.bot.cogs.admin_case import CASE_ITEMS, CaseCommands
from evoladder.bot.cogs.admin_lookup import AnyUser, Player, Race
from evoladder.bot.cogs.admin_snapshot import SNAPSHOT_ITEMS
from evoladder.bot.feature import Feature
from evoladder.bot.present.profile import profile_embed
from evoladder.rules.admin import MMR_MAX, MmrChange, require_reason


class AdminCog(CaseCommands, CodeCommands, name=ADMIN_COG_NAME):
    admin = ADMIN_GROUP  # the one /admin group; its commands come from every admin module

    @ADMIN_GROUP.command(
        name=locale_str("player", key="cmd-admin-player"),
        description=locale_str("A player's profile", key="cmd-admin-player.description"),
    )
    @requires(ADMIN_READ)
    async def player(self, interaction: discord.Interaction, player: Player) -> None:
        profile = self.service.player(interaction.user.id, player)
        await interaction.response.send_message(
            embed=profile_embed(profile, self.game_data, self.say(interaction)), ephemeral=True
        )

    @ADMIN_GROUP.command(
        name=locale_str("adjust_mmr", key="cmd-admin-adjust-mmr"),
        description=locale_str(
            "Set, raise or lower a player's MMR for one race", key="cmd-admin-adjust-mmr.description"
        ),
    )
    @app_commands.rename(how=locale_str("how", key="cmd-admin-how"))
    @app_commands.describe(
        how=locale_str("set: to the amount; add / subtract: by the amount", key="cmd-admin-how.description")
    )
    @requires(ADMIN_ACTION)
    async def adjust_mmr(
        self,
        interaction: discord.Interaction,
        player: Player,
        race: Race,
        how: MmrChange,
        amount: app_commands.Range[int, 0, MMR_MAX],
        reason: str,
    ) -> None:
        admin_uid, why, say = interaction.user.id, require_reason(reason), self.say(interaction)
        move = self.service.preview_mmr(admin_uid, player, race, how, amount)

        async def run(key: str) -> str:
            out = await self.service.adjust_mmr(admin_uid, player, race, amount, why, how=how, key=key)
            return say("staff-done-mmr", line=self.mmr_line(player, race, out.old, out.new, say))

        line = self.mmr_line(player, race, move.before, move.after, say)
        await self.ask(interaction, say("staff-ask-mmr", line=line, reason=why), run)

    @ADMIN_GROUP.command(
        name=locale_str("ban", key="cmd-admin-ban"),
        description=locale_str("Ban a player from the ladder", key="cmd-admin-ban.description"),
    )
    @requires(ADMIN_ACTION)
    async def ban(self, interaction: discord.Interaction, player: Player, reason: str) -> None:
        await self._ban(interaction, player, reason, banned=True)

    @ADMIN_GROUP.command(
        name=locale_str("unban", key="cmd-admin-unban"),
        description=locale_str("Lift a player's ban", key="cmd-admin-unban.description"),
    )
    @requires(ADMIN_ACTION)
    async def unban(self, interaction: discord.Interaction, player: Player, reason: str) -> None:
        await self._ban(interaction, player, reason, banned=False)

    async def _ban(self, interaction: discord.Interaction, player: int, reason: str, *, banned: bool) -> None:
        admin_uid, why, say = interaction.user.id, require_reason(reason), self.say(interaction)
        who = self.who(player, say)
        self.service.preview_ban(admin_uid, player, banned=banned)
        if banned:
            ask, done = say("staff-ask-ban", player=who, reason=why), say("staff-done-ban", player=who)
        else:
            ask, done = say("staff-ask-unban", player=who, reason=why), say("staff-done-unban", player=who)
        await self.ask_then(
            interaction,
            ask,
            lambda key: self.service.ban(admin_uid, player, why, banned=banned, key=key),
            done,
        )

    @ADMIN_GROUP.command(
        name=locale_str("reset_aborts", key="cmd-admin-reset-aborts"),
        description=locale_str(
            "Set how many aborts a player has left this month", key="cmd-admin-reset-aborts.description"
        ),
    )
    @app_commands.rename(aborts_left=locale_str("aborts_left", key="cmd-admin-aborts-left"))
    @app_commands.describe(
        aborts_left=locale_str(
            "Aborts left this month (default: the full allowance)", key="cmd-admin-aborts-left.description"
        )
    )
    @requires(ADMIN_ACTION)
    async def reset_aborts(
        self, interaction: discord.Interaction, player: Player, reason: str, aborts_left: int | None = None
    ) -> None:
        admin_uid, why, say = interaction.user.id, require_reason(reason), self.say(interaction)
        who = self.who(player, say)
        wanted = self.service.settings.aborts_per_month if aborts_left is None else aborts_left
        before, after = self.service.preview_aborts(admin_uid, player, wanted)

        async def run(key: str) -> str:
            out = await self.service.set_aborts(admin_uid, player, wanted, why, key=key)
            return say("staff-done-aborts", player=who, left=out.aborts_left)

        asked = say("staff-ask-aborts", player=who, before=before, after=after, reason=why)
        await self.ask(interaction, asked, run)

    @ADMIN_GROUP.command(
        name=locale_str("remove_queue", key="cmd-admin-remove-queue"),
        description=locale_str("Take a player out of the queue", key="cmd-admin-remove-queue.description"),
    )
    @requires(ADMIN_ACTION)
    async def remove_queue(self, interaction: discord.Interaction, player: Player, reason: str) -> None:
        admin_uid, why, say = interaction.user.id, require_reason(reason), self.say(interaction)
        who = self.who(player, say)
        await self.ask_then(
            interaction,
            say("staff-ask-remove-queue", player=who, reason=why),
            lambda key: self.service.remove_from_queue(admin_uid, player, why, key=key),
            say("staff-done-remove-queue", player=who),
        )

    @ADMIN_GROUP.command(
        name=locale_str("unblock", key="cmd-admin-unblock"),
        description=locale_str(
            "Free a stuck player (queue entry and open match)", key="cmd-admin-unblock.description"
        ),
    )
    @requires(ADMIN_ACTION)
    async def unblock(self, interaction: discord.Interaction, player: Player, reason: str) -> None:
        admin_uid, why, say = interaction.user.id, require_reason(reason), self.say(interaction)
        who = self.who(player, say)

        async def run(key: str) -> str:
            queued, match_id = await self.service.unblock(admin_uid, player, why, key=key)
            done = [say("staff-done-unblock-queue", player=who)] if queued else []
            if match_id is not None:
                done.append(say("staff-done-unblock-match", player=who, match_id=str(match_id)))
            return " ".join(done)

        await self.ask(interaction, say("staff-ask-unblock", player=who, reason=why), run)

    @ADMIN_GROUP.command(
        name=locale_str("clear_queue", key="cmd-admin-clear-queue"),
        description=locale_str("Empty the whole queue", key="cmd-admin-clear-queue.description"),
    )
    @requires(ADMIN_ACTION)
    async def clear_queue(self, interaction: discord.Interaction, reason: str) -> None:
        admin_uid, why, say = interaction.user.id, require_reason(reason), self.say(interaction)
        queued = len(self.service.snapshot(admin_uid).queued)

        async def run(key: str) -> str:
            removed = await self.service.clear_queue(admin_uid, why, key=key)
            return say("staff-done-clear-queue", count=len(removed))

        await self.ask(interaction, say("staff-ask-clear-queue", count=queued, reason=why), run)

    @ADMIN_GROUP.command(
        name=locale_str("add_admin", key="cmd-admin-add-admin"),
        description=locale_str("Make a player a ladder admin", key="cmd-admin-add-admin.description"),
    )
    @requires(OWNER_ACTION)
    async def add_admin(self, interaction: discord.Interaction, player: AnyUser) -> None:
        owner_uid, say = interaction.user.id, self.say(interaction)
        who = self.who(player, say)
        await self.ask_then(
            interaction,
            say("staff-ask-add-admin", player=who),
            lambda key: self.service.add_admin(owner_uid, player, key=key),
            say("staff-done-add-admin", player=who),
        )

    @ADMIN_GROUP.command(
        name=locale_str("remove_admin", key="cmd-admin-remove-admin"),
        description=locale_str("Take a player's admin rights away", key="cmd-admin-remove-admin.description"),
    )
    @requires(OWNER_ACTION)
    async def remove_admin(self, interaction: discord.Interaction, player: AnyUser, reason: str) -> None:
        owner_uid, why, say = interaction.user.id, require_reason(reason), self.say(interaction)
        who = self.who(player, say)
        await self.ask_then(
            interaction,
            say("staff-ask-remove-admin", player=who, reason=why),
            lambda key: self.service.remove_admin(owner_uid, player, why, key=key),
            say("staff-done-remove-admin", player=who),
        )


FEATURE = Feature(
    "admin",
    lambda deps: AdminCog(
        deps.guards, deps.ladder.admin, deps.ladder.access, deps.ladder.views, deps.game_data
    ),
    (*ADMIN_CONFIRM_ITEMS, *CASE_ITEMS, *SNAPSHOT_ITEMS),
)
