"""What every ``/admin`` module shares: the one ``/admin`` command group, the cog's base with its
services, and the confirm step every admin action passes.

Each action first shows what it will do (old → new); only a Confirm click by the same admin runs it
(the service writes the audit row with the reason, and the confirm button's custom id is the
idempotency key, so a double click acts — and tells the players — once). A pending action lives in
the cog, so one shown before a restart answers "run the command again".

The ``/admin`` commands are spread over several modules (``admin_case``, ``admin_snapshot``,
``admin_access``, ``admin``), each a subclass of ``AdminBase`` adding commands to ``ADMIN_GROUP``;
``admin.AdminCog`` combines them into the one cog the bot loads.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass

import discord
from discord import app_commands
from discord.app_commands import locale_str

from evoladder.bot.checks import Requirement
from evoladder.bot.components import ComponentContext, PersistentButton, cog_of, nonce, persistent_view
from evoladder.bot.errors import UserFacingError
from evoladder.bot.guarded import GuardedCog, Guards
from evoladder.bot.limits import CONTENT_MAX
from evoladder.bot.present.text import race_name, truncate
from evoladder.bot.voice import Voice
from evoladder.gamedata import GameData
from evoladder.i18n import t
from evoladder.services.access import AccessService
from evoladder.services.admin import AdminService
from evoladder.services.views import LadderViews

ADMIN_COG_NAME = "Admin"
ADMIN_GROUP = app_commands.Group(
    name=locale_str("admin", key="cmd-admin"),
    description=locale_str("Ladder administration", key="cmd-admin.description"),
)
ADMIN_READ = Requirement(dm_only=False, terms=False, setup=False, admin=True)
ADMIN_BUTTON = Requirement(dm_only=False, terms=False, setup=False, admin=True, state_changing=True)


@dataclass(frozen=True)
class PendingAction:
    """An admin action shown for confirmation: what it does and how to run it with a key."""

    admin_uid: int
    description: str
    run: Callable[[str], Awaitable[str]]  # idempotency key -> what was done


class ConfirmAdminButton(PersistentButton, template=r"admin:confirm:(?P<owner>[0-9]+):(?P<nonce>[0-9a-z]+)"):
    requirement = ADMIN_BUTTON

    async def handle(self, ctx: ComponentContext) -> None:
        await cog_of(ctx.interaction, AdminBase).run_pending(ctx)


class CancelAdminButton(PersistentButton, template=r"admin:cancel:(?P<owner>[0-9]+):(?P<nonce>[0-9a-z]+)"):
    requirement = ADMIN_READ

    async def handle(self, ctx: ComponentContext) -> None:
        await cog_of(ctx.interaction, AdminBase).cancel_pending(ctx)


class AdminBase(GuardedCog, name=ADMIN_COG_NAME):
    def __init__(
        self,
        guards: Guards,
        admin: AdminService,
        access: AccessService,
        views: LadderViews,
        game_data: GameData,
    ) -> None:
        super().__init__(guards)
        self.service = admin
        self.access = access
        self.views = views
        self.game_data = game_data
        self.pending: dict[str, PendingAction] = {}

    # --- the confirm step ------------------------------------------------------------------------
    async def ask(
        self, interaction: discord.Interaction, description: str, run: Callable[[str], Awaitable[str]]
    ) -> None:
        offer, owner, say = nonce(interaction), interaction.user.id, self.say(interaction)
        self.pending[offer] = PendingAction(owner, description, run)
        view = persistent_view(
            ConfirmAdminButton.build(
                label=say("staff-confirm"), style=discord.ButtonStyle.danger, owner=owner, nonce=offer
            ),
            CancelAdminButton.build(
                label=say("staff-cancel"), style=discord.ButtonStyle.secondary, owner=owner, nonce=offer
            ),
        )
        asked = say("staff-ask", description=truncate(description, CONTENT_MAX - 20))
        await interaction.response.send_message(asked, view=view, ephemeral=True)

    async def ask_then(
        self,
        interaction: discord.Interaction,
        description: str,
        act: Callable[[str], Awaitable[object]],
        done: str,
    ) -> None:
        """``ask``, for an action whose answer is fixed in advance (``done``)."""

        async def run(key: str) -> str:
            await act(key)
            return done

        await self.ask(interaction, description, run)

    async def run_pending(self, ctx: ComponentContext) -> None:
        action = self.pending.get(ctx.fields["nonce"])
        if action is None:
            raise UserFacingError(t("staff-expired"))
        done = await action.run(ctx.idempotency_key)
        self.pending.pop(ctx.fields["nonce"], None)
        await ctx.finish(content=truncate(ctx.say("staff-done", done=done), CONTENT_MAX))

    async def cancel_pending(self, ctx: ComponentContext) -> None:
        self.pending.pop(ctx.fields["nonce"], None)
        await ctx.finish(content=ctx.say("staff-cancelled"))

    # --- how players and MMR moves are named ---------------------------------------------------
    def who(self, discord_uid: int, say: Voice) -> str:
        """A player for an admin: name and id (someone without a player name by their Discord
        mention, which an ephemeral answer shows without pinging)."""
        name = self.views.player_name(discord_uid)
        shown = discord.utils.escape_markdown(name) if name else f"<@{discord_uid}>"
        return say("staff-player", name=shown, discord_id=str(discord_uid))

    def mmr_line(self, discord_uid: int, race: str, before: int, after: int, say: Voice) -> str:
        return say(
            "staff-mmr-line",
            player=self.who(discord_uid, say),
            race=race_name(self.game_data, race, say.locale),
            before=str(before),
            after=str(after),
            delta=f"{after - before:+d}",
        )


ADMIN_CONFIRM_ITEMS = (ConfirmAdminButton, CancelAdminButton)
