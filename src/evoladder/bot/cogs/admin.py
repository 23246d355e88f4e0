"""``/admin ...``: live state, a player, a match, and every admin action behind a confirm click.

Each action first shows what it will do; only a Confirm click by the same admin runs it (the service
writes the audit row with the reason). A pending action lives in this cog, so one shown before a
restart answers "run the command again". Reads need admin rights too; the service re-checks them.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Literal

import discord
from discord import app_commands

from evoladder.bot.checks import ADMIN_ACTION, OWNER_ACTION, Requirement, requires
from evoladder.bot.components import ComponentContext, PersistentButton, cog_of, nonce, persistent_view
from evoladder.bot.errors import UserFacingError
from evoladder.bot.feature import Feature
from evoladder.bot.guarded import GuardedCog, Guards
from evoladder.bot.present.match import conflict_embed
from evoladder.bot.present.profile import profile_embed
from evoladder.bot.present.text import race_name, truncate
from evoladder.gamedata import GameData
from evoladder.services.admin import AdminService
from evoladder.services.views import LadderViews

ADMIN_BUTTON = Requirement(dm_only=False, terms=False, setup=False, admin=True, state_changing=True)
EXPIRED = "This admin action is no longer pending (the bot may have restarted). Run the command again."
Result = Literal["a", "b", "draw"]


@dataclass(frozen=True)
class PendingAction:
    """An admin action shown for confirmation: what it does and how to run it with a key."""

    admin_uid: int
    description: str
    run: Callable[[str], Awaitable[str]]  # idempotency key -> what was done


class ConfirmAdminButton(PersistentButton, template=r"admin:confirm:(?P<owner>[0-9]+):(?P<nonce>[0-9a-z]+)"):
    requirement = ADMIN_BUTTON

    async def handle(self, ctx: ComponentContext) -> None:
        await cog_of(ctx.interaction, AdminCog).run_pending(ctx)


class CancelAdminButton(PersistentButton, template=r"admin:cancel:(?P<owner>[0-9]+):(?P<nonce>[0-9a-z]+)"):
    requirement = Requirement(dm_only=False, terms=False, setup=False, admin=True)

    async def handle(self, ctx: ComponentContext) -> None:
        await cog_of(ctx.interaction, AdminCog).cancel_pending(ctx)


ADMIN_ITEMS = (ConfirmAdminButton, CancelAdminButton)


class AdminCog(GuardedCog):
    admin = app_commands.Group(name="admin", description="Ladder administration")

    def __init__(self, guards: Guards, admin: AdminService, views: LadderViews, game_data: GameData) -> None:
        super().__init__(guards)
        self.service = admin
        self.views = views
        self.game_data = game_data
        self.pending: dict[str, PendingAction] = {}

    # --- confirmation ---------------------------------------------------------------------------
    async def ask(
        self, interaction: discord.Interaction, description: str, run: Callable[[str], Awaitable[str]]
    ) -> None:
        offer, owner = nonce(interaction), interaction.user.id
        self.pending[offer] = PendingAction(owner, description, run)
        view = persistent_view(
            ConfirmAdminButton.build(
                label="Confirm", style=discord.ButtonStyle.danger, owner=owner, nonce=offer
            ),
            CancelAdminButton.build(
                label="Cancel", style=discord.ButtonStyle.secondary, owner=owner, nonce=offer
            ),
        )
        await interaction.response.send_message(f"{description}\nConfirm?", view=view, ephemeral=True)

    async def run_pending(self, ctx: ComponentContext) -> None:
        action = self.pending.get(ctx.fields["nonce"])
        if action is None:
            raise UserFacingError(EXPIRED)
        done = await action.run(ctx.idempotency_key)
        self.pending.pop(ctx.fields["nonce"], None)
        await ctx.finish(content=truncate(f"Done: {done}", 2000))

    async def cancel_pending(self, ctx: ComponentContext) -> None:
        self.pending.pop(ctx.fields["nonce"], None)
        await ctx.finish(content="Cancelled; nothing was changed.")

    def _name(self, discord_uid: int) -> str:
        return self.views.player_name(discord_uid) or f"<@{discord_uid}>"

    # --- reads ------------------------------------------------------------------------------------
    @admin.command(name="snapshot", description="Queue, open matches and disputes right now")
    @requires(Requirement(dm_only=False, terms=False, setup=False, admin=True))
    async def snapshot(self, interaction: discord.Interaction) -> None:
        snap = self.service.snapshot(interaction.user.id)
        conflicts = ", ".join(f"#{m.match_id}" for m in snap.conflicts[:40]) or "none"
        embed = discord.Embed(title="Ladder snapshot", colour=discord.Colour.dark_grey())
        embed.add_field(
            name="Queue",
            value=f"{snap.queued} ({snap.queued_bw} BW · {snap.queued_sc2} SC2 · {snap.queued_both} both)",
        )
        embed.add_field(name="Open matches", value=str(len(snap.open_matches)))
        embed.add_field(name="Disputes", value=truncate(conflicts, 1024), inline=False)
        database = "reachable" if snap.database_reachable else "UNREACHABLE"
        embed.add_field(
            name="Database", value=f"{database}, backlog {snap.backlog_entries} entries", inline=False
        )
        await interaction.response.send_message(embed=embed, ephemeral=True)

    @admin.command(name="player", description="A player's profile")
    @requires(Requirement(dm_only=False, terms=False, setup=False, admin=True))
    async def player(self, interaction: discord.Interaction, player: discord.User) -> None:
        profile = self.service.player(interaction.user.id, player.id)
        await interaction.response.send_message(embed=profile_embed(profile, self.game_data), ephemeral=True)

    @admin.command(name="match", description="A match with its reports and replay evidence")
    @requires(Requirement(dm_only=False, terms=False, setup=False, admin=True))
    async def match(self, interaction: discord.Interaction, match_id: int) -> None:
        found, evidence = self.service.match(interaction.user.id, match_id)
        a, b = self.views.sides(found)
        embed = conflict_embed(
            found.match_id, a, b, evidence=evidence, map_name=found.map, game_data=self.game_data
        )
        embed.title = f"Match #{found.match_id} · {found.status}"
        await interaction.response.send_message(embed=embed, ephemeral=True)

    # --- actions ----------------------------------------------------------------------------------
    @admin.command(name="resolve", description="Decide a match's result (a: player 1, b: player 2)")
    @requires(ADMIN_ACTION)
    async def resolve(
        self, interaction: discord.Interaction, match_id: int, result: Result, reason: str
    ) -> None:
        found, _ = self.service.match(interaction.user.id, match_id)
        winner = {"a": self._name(found.player_a), "b": self._name(found.player_b)}.get(
            result, "nobody (draw)"
        )
        admin_uid = interaction.user.id

        async def run(key: str) -> str:
            await self.service.resolve(admin_uid, match_id, result, reason, key=key)
            return (
                f"match #{match_id} resolved: {winner} won."
                if result != "draw"
                else f"match #{match_id}: draw."
            )

        await self.ask(interaction, f"Resolve match #{match_id}: winner {winner}. Reason: {reason}", run)

    @admin.command(name="invalidate", description="Void a match (no MMR change)")
    @requires(ADMIN_ACTION)
    async def invalidate(self, interaction: discord.Interaction, match_id: int, reason: str) -> None:
        self.service.match(interaction.user.id, match_id)
        admin_uid = interaction.user.id

        async def run(key: str) -> str:
            await self.service.invalidate(admin_uid, match_id, reason, key=key)
            return f"match #{match_id} invalidated."

        await self.ask(interaction, f"Invalidate match #{match_id}. Reason: {reason}", run)

    @admin.command(name="adjust_mmr", description="Set a player's MMR for one race")
    @requires(ADMIN_ACTION)
    async def adjust_mmr(
        self,
        interaction: discord.Interaction,
        player: discord.User,
        race: str,
        new_mmr: app_commands.Range[int, 0, 5000],
        reason: str,
    ) -> None:
        if race not in self.game_data.races:
            raise UserFacingError(f"`{race}` is not a race; pick one of the suggestions.")
        admin_uid, uid = interaction.user.id, player.id

        async def run(key: str) -> str:
            await self.service.adjust_mmr(admin_uid, uid, race, new_mmr, reason, key=key)
            return f"{self._name(uid)}'s {race_name(self.game_data, race)} MMR is now {new_mmr}."

        await self.ask(
            interaction,
            f"Set {self._name(uid)}'s {race_name(self.game_data, race)} MMR to {new_mmr}. Reason: {reason}",
            run,
        )

    @adjust_mmr.autocomplete("race")
    async def race_autocomplete(
        self, interaction: discord.Interaction, typed: str
    ) -> list[app_commands.Choice[str]]:
        text = typed.casefold()
        return [
            app_commands.Choice(name=race.name, value=code)
            for code, race in self.game_data.races.items()
            if text in race.name.casefold() or text in code
        ][:25]

    async def _player_action(
        self,
        interaction: discord.Interaction,
        what: str,
        player: discord.User,
        reason: str,
        action: Callable[[int, int, str, str], Awaitable[Any]],
    ) -> None:
        admin_uid, uid = interaction.user.id, player.id

        async def run(key: str) -> str:
            result = await action(admin_uid, uid, reason, key)
            detail = f" ({result})" if isinstance(result, str) else ""
            return f"{what} {self._name(uid)}{detail}."

        await self.ask(interaction, f"{what.capitalize()} {self._name(uid)}. Reason: {reason}", run)

    @admin.command(name="ban", description="Ban a player from the ladder")
    @requires(ADMIN_ACTION)
    async def ban(self, interaction: discord.Interaction, player: discord.User, reason: str) -> None:
        async def act(admin_uid: int, uid: int, why: str, key: str) -> None:
            await self.service.ban(admin_uid, uid, why, key=key)

        await self._player_action(interaction, "ban", player, reason, act)

    @admin.command(name="unban", description="Lift a player's ban")
    @requires(ADMIN_ACTION)
    async def unban(self, interaction: discord.Interaction, player: discord.User, reason: str) -> None:
        async def act(admin_uid: int, uid: int, why: str, key: str) -> None:
            await self.service.ban(admin_uid, uid, why, banned=False, key=key)

        await self._player_action(interaction, "unban", player, reason, act)

    @admin.command(name="reset_aborts", description="Give a player their aborts back for this month")
    @requires(ADMIN_ACTION)
    async def reset_aborts(self, interaction: discord.Interaction, player: discord.User, reason: str) -> None:
        async def act(admin_uid: int, uid: int, why: str, key: str) -> None:
            await self.service.reset_aborts(admin_uid, uid, why, key=key)

        await self._player_action(interaction, "reset the aborts of", player, reason, act)

    @admin.command(name="remove_queue", description="Take a player out of the queue")
    @requires(ADMIN_ACTION)
    async def remove_queue(self, interaction: discord.Interaction, player: discord.User, reason: str) -> None:
        async def act(admin_uid: int, uid: int, why: str, key: str) -> None:
            await self.service.remove_from_queue(admin_uid, uid, why, key=key)

        await self._player_action(interaction, "remove from the queue", player, reason, act)

    @admin.command(name="unblock", description="Free a stuck player (queue entry and open match)")
    @requires(ADMIN_ACTION)
    async def unblock(self, interaction: discord.Interaction, player: discord.User, reason: str) -> None:
        async def act(admin_uid: int, uid: int, why: str, key: str) -> str:
            return await self.service.unblock(admin_uid, uid, why, key=key)

        await self._player_action(interaction, "unblock", player, reason, act)

    @admin.command(name="clear_queue", description="Empty the whole queue")
    @requires(ADMIN_ACTION)
    async def clear_queue(self, interaction: discord.Interaction, reason: str) -> None:
        admin_uid = interaction.user.id

        async def run(key: str) -> str:
            removed = await self.service.clear_queue(admin_uid, reason, key=key)
            return f"the queue is empty ({len(removed)} removed)."

        await self.ask(interaction, f"Clear the whole queue. Reason: {reason}", run)

    @admin.command(name="add_admin", description="Make a player a ladder admin")
    @requires(OWNER_ACTION)
    async def add_admin(self, interaction: discord.Interaction, player: discord.User) -> None:
        owner_uid, uid = interaction.user.id, player.id

        async def run(key: str) -> str:
            await self.service.add_admin(owner_uid, uid, key=key)
            return f"{self._name(uid)} is now an admin."

        await self.ask(interaction, f"Make {self._name(uid)} an admin.", run)

    @admin.command(name="remove_admin", description="Take a player's admin rights away")
    @requires(OWNER_ACTION)
    async def remove_admin(self, interaction: discord.Interaction, player: discord.User, reason: str) -> None:
        owner_uid, uid = interaction.user.id, player.id

        async def run(key: str) -> str:
            await self.service.remove_admin(owner_uid, uid, reason, key=key)
            return f"{self._name(uid)} is no longer an admin."

        await self.ask(interaction, f"Remove {self._name(uid)}'s admin rights. Reason: {reason}", run)


FEATURE = Feature(
    "admin",
    lambda deps: AdminCog(deps.guards, deps.ladder.admin, deps.ladder.views, deps.game_data),
    ADMIN_ITEMS,
)
