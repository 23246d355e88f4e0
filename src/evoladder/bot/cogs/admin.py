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

from evoladder.bot.checks import ADMIN_ACTION, OWNER_ACTION, requires
from evoladder.bot.cogs.admin_access import CodeCommands
from evoladder.bot.cogs.admin_base import ADMIN_COG_NAME, ADMIN_CONFIRM_ITEMS, ADMIN_GROUP, ADMIN_READ
from evoladder.bot.cogs.admin_case import CASE_ITEMS, CaseCommands
from evoladder.bot.cogs.admin_lookup import AnyUser, Player, Race
from evoladder.bot.cogs.admin_snapshot import SNAPSHOT_ITEMS
from evoladder.bot.feature import Feature
from evoladder.bot.present.profile import profile_embed
from evoladder.rules.admin import MMR_MAX, MmrChange, require_reason

TEXT = {
    "ask_mmr": "Change {line}. Reason: {reason}",
    "done_mmr": "{line}.",
    "ask_ban": "Ban {player}: they can't use the ladder until unbanned, and leave the queue. Reason: {reason}",
    "done_ban": "{player} is banned.",
    "ask_unban": "Lift the ban of {player}. Reason: {reason}",
    "done_unban": "{player} is no longer banned.",
    "ask_aborts": "Set the aborts {player} has left this month: {before} → **{after}**. Reason: {reason}",
    "done_aborts": "{player} has {left} abort(s) left this month.",
    "ask_remove_queue": "Take {player} out of the queue. Reason: {reason}",
    "done_remove_queue": "{player} is out of the queue.",
    "ask_unblock": "Unblock {player}: out of the queue and their open match (if any) invalidated. Reason: {reason}",
    "done_unblock_queue": "{player} is out of the queue.",
    "done_unblock_match": "match #{match_id} of {player} is invalidated.",
    "ask_clear_queue": "Clear the whole queue ({count} queued). Reason: {reason}",
    "done_clear_queue": "the queue is empty ({count} removed).",
    "ask_add_admin": "Make {player} an admin.",
    "done_add_admin": "{player} is now an admin.",
    "ask_remove_admin": "Remove {player}'s admin rights. Reason: {reason}",
    "done_remove_admin": "{player} is no longer an admin.",
}


class AdminCog(CaseCommands, CodeCommands, name=ADMIN_COG_NAME):
    admin = ADMIN_GROUP  # the one /admin group; its commands come from every admin module

    @ADMIN_GROUP.command(name="player", description="A player's profile")
    @requires(ADMIN_READ)
    async def player(self, interaction: discord.Interaction, player: Player) -> None:
        profile = self.service.player(interaction.user.id, player)
        await interaction.response.send_message(embed=profile_embed(profile, self.game_data), ephemeral=True)

    @ADMIN_GROUP.command(name="adjust_mmr", description="Set, raise or lower a player's MMR for one race")
    @app_commands.describe(how="set: to the amount; add / subtract: by the amount")
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
        admin_uid, why = interaction.user.id, require_reason(reason)
        move = self.service.preview_mmr(admin_uid, player, race, how, amount)

        async def run(key: str) -> str:
            out = await self.service.adjust_mmr(admin_uid, player, race, amount, why, how=how, key=key)
            return TEXT["done_mmr"].format(line=self.mmr_line(player, race, out.old, out.new))

        line = self.mmr_line(player, race, move.before, move.after)
        await self.ask(interaction, TEXT["ask_mmr"].format(line=line, reason=why), run)

    @ADMIN_GROUP.command(name="ban", description="Ban a player from the ladder")
    @requires(ADMIN_ACTION)
    async def ban(self, interaction: discord.Interaction, player: Player, reason: str) -> None:
        await self._ban(interaction, player, reason, banned=True)

    @ADMIN_GROUP.command(name="unban", description="Lift a player's ban")
    @requires(ADMIN_ACTION)
    async def unban(self, interaction: discord.Interaction, player: Player, reason: str) -> None:
        await self._ban(interaction, player, reason, banned=False)

    async def _ban(self, interaction: discord.Interaction, player: int, reason: str, *, banned: bool) -> None:
        admin_uid, why, who = interaction.user.id, require_reason(reason), self.who(player)
        self.service.preview_ban(admin_uid, player, banned=banned)
        ask, done = ("ask_ban", "done_ban") if banned else ("ask_unban", "done_unban")
        await self.ask_then(
            interaction,
            TEXT[ask].format(player=who, reason=why),
            lambda key: self.service.ban(admin_uid, player, why, banned=banned, key=key),
            TEXT[done].format(player=who),
        )

    @ADMIN_GROUP.command(name="reset_aborts", description="Set how many aborts a player has left this month")
    @app_commands.describe(aborts_left="Aborts left this month (default: the full allowance)")
    @requires(ADMIN_ACTION)
    async def reset_aborts(
        self, interaction: discord.Interaction, player: Player, reason: str, aborts_left: int | None = None
    ) -> None:
        admin_uid, why, who = interaction.user.id, require_reason(reason), self.who(player)
        wanted = self.service.settings.aborts_per_month if aborts_left is None else aborts_left
        before, after = self.service.preview_aborts(admin_uid, player, wanted)

        async def run(key: str) -> str:
            out = await self.service.set_aborts(admin_uid, player, wanted, why, key=key)
            return TEXT["done_aborts"].format(player=who, left=out.aborts_left)

        await self.ask(
            interaction, TEXT["ask_aborts"].format(player=who, before=before, after=after, reason=why), run
        )

    @ADMIN_GROUP.command(name="remove_queue", description="Take a player out of the queue")
    @requires(ADMIN_ACTION)
    async def remove_queue(self, interaction: discord.Interaction, player: Player, reason: str) -> None:
        admin_uid, why, who = interaction.user.id, require_reason(reason), self.who(player)
        await self.ask_then(
            interaction,
            TEXT["ask_remove_queue"].format(player=who, reason=why),
            lambda key: self.service.remove_from_queue(admin_uid, player, why, key=key),
            TEXT["done_remove_queue"].format(player=who),
        )

    @ADMIN_GROUP.command(name="unblock", description="Free a stuck player (queue entry and open match)")
    @requires(ADMIN_ACTION)
    async def unblock(self, interaction: discord.Interaction, player: Player, reason: str) -> None:
        admin_uid, why, who = interaction.user.id, require_reason(reason), self.who(player)

        async def run(key: str) -> str:
            queued, match_id = await self.service.unblock(admin_uid, player, why, key=key)
            done = [TEXT["done_unblock_queue"].format(player=who)] if queued else []
            if match_id is not None:
                done.append(TEXT["done_unblock_match"].format(player=who, match_id=match_id))
            return " ".join(done)

        await self.ask(interaction, TEXT["ask_unblock"].format(player=who, reason=why), run)

    @ADMIN_GROUP.command(name="clear_queue", description="Empty the whole queue")
    @requires(ADMIN_ACTION)
    async def clear_queue(self, interaction: discord.Interaction, reason: str) -> None:
        admin_uid, why = interaction.user.id, require_reason(reason)
        queued = len(self.service.snapshot(admin_uid).queued)

        async def run(key: str) -> str:
            removed = await self.service.clear_queue(admin_uid, why, key=key)
            return TEXT["done_clear_queue"].format(count=len(removed))

        await self.ask(interaction, TEXT["ask_clear_queue"].format(count=queued, reason=why), run)

    @ADMIN_GROUP.command(name="add_admin", description="Make a player a ladder admin")
    @requires(OWNER_ACTION)
    async def add_admin(self, interaction: discord.Interaction, player: AnyUser) -> None:
        owner_uid, who = interaction.user.id, self.who(player)
        await self.ask_then(
            interaction,
            TEXT["ask_add_admin"].format(player=who),
            lambda key: self.service.add_admin(owner_uid, player, key=key),
            TEXT["done_add_admin"].format(player=who),
        )

    @ADMIN_GROUP.command(name="remove_admin", description="Take a player's admin rights away")
    @requires(OWNER_ACTION)
    async def remove_admin(self, interaction: discord.Interaction, player: AnyUser, reason: str) -> None:
        owner_uid, why, who = interaction.user.id, require_reason(reason), self.who(player)
        await self.ask_then(
            interaction,
            TEXT["ask_remove_admin"].format(player=who, reason=why),
            lambda key: self.service.remove_admin(owner_uid, player, why, key=key),
            TEXT["done_remove_admin"].format(player=who),
        )


FEATURE = Feature(
    "admin",
    lambda deps: AdminCog(
        deps.guards, deps.ladder.admin, deps.ladder.access, deps.ladder.views, deps.game_data
    ),
    (*ADMIN_CONFIRM_ITEMS, *CASE_ITEMS, *SNAPSHOT_ITEMS),
)
