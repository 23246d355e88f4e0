"""``/admin snapshot`` and ``/admin disputes``: what is going on right now, paginated.

The snapshot answers "what is going on": health (database, backlog, replay workers, memory), who is
queued (name, rank and MMR per race, wait), matches in progress with their age, disputes. Pages are
rebuilt from the live state on every click (Previous / Next), so a page is never stale; the same
pager serves the access-code list.
"""

from __future__ import annotations

import discord
from discord.app_commands import locale_str

from evoladder.bot.checks import requires
from evoladder.bot.cogs.admin_base import ADMIN_COG_NAME, ADMIN_GROUP, ADMIN_READ, AdminBase
from evoladder.bot.components import ComponentContext, PersistentButton, cog_of, persistent_view
from evoladder.bot.present.admin import code_lines, dispute_lines, page_embed, snapshot_lines
from evoladder.bot.voice import Voice

PAGE_VIEWS = ("snapshot", "disputes", "codes")


class PageButton(
    PersistentButton, template=r"admin:page:(?P<view>[a-z]+):(?P<page>[0-9]+):(?P<owner>[0-9]+)"
):
    requirement = ADMIN_READ

    async def handle(self, ctx: ComponentContext) -> None:
        cog = cog_of(ctx.interaction, SnapshotCommands)
        embed, view = cog.page(ctx.fields["view"], ctx.int_field("page"), ctx.user_id, ctx.say)
        await ctx.interaction.response.edit_message(embed=embed, view=view)


class SnapshotCommands(AdminBase, name=ADMIN_COG_NAME):
    def page(
        self, view: str, page: int, admin_uid: int, say: Voice
    ) -> tuple[discord.Embed, discord.ui.View | None]:
        """Page ``page`` of one admin list, with Previous / Next when there is more than one page."""
        if view == "snapshot":
            lines = snapshot_lines(self.service.snapshot(admin_uid), self.game_data, say)

            def title(page: int, pages: int) -> str:
                return say("staff-snapshot-title", page=page, pages=pages)

        elif view == "disputes":
            lines = dispute_lines(self.service.disputes(admin_uid), say)

            def title(page: int, pages: int) -> str:
                return say("staff-disputes-title", page=page, pages=pages)

        else:
            now = self.service.ctx.now()
            lines = code_lines(self.access.codes(admin_uid), now, lambda uid: self.who(uid, say), say)

            def title(page: int, pages: int) -> str:
                return say("staff-codes-title", page=page, pages=pages)

        embed, pages = page_embed(title, lines, page, say)
        page = min(max(1, page), pages)
        if pages == 1:
            return embed, None
        buttons = [
            PageButton.build(
                label=say("staff-previous"),
                style=discord.ButtonStyle.secondary,
                disabled=page == 1,
                view=view,
                page=page - 1,
                owner=admin_uid,
            ),
            PageButton.build(
                label=say("staff-next"),
                style=discord.ButtonStyle.secondary,
                disabled=page == pages,
                view=view,
                page=page + 1,
                owner=admin_uid,
            ),
        ]
        return embed, persistent_view(*buttons)

    async def show_pages(self, interaction: discord.Interaction, view: str) -> None:
        embed, buttons = self.page(view, 1, interaction.user.id, self.say(interaction))
        if buttons is None:
            await interaction.response.send_message(embed=embed, ephemeral=True)
        else:
            await interaction.response.send_message(embed=embed, view=buttons, ephemeral=True)

    @ADMIN_GROUP.command(
        name=locale_str("snapshot", key="cmd-admin-snapshot"),
        description=locale_str(
            "Who is queued, matches in progress, disputes, health", key="cmd-admin-snapshot.description"
        ),
    )
    @requires(ADMIN_READ)
    async def snapshot(self, interaction: discord.Interaction) -> None:
        await self.show_pages(interaction, "snapshot")

    @ADMIN_GROUP.command(
        name=locale_str("disputes", key="cmd-admin-disputes"),
        description=locale_str(
            "Open disputes, oldest first, with their age", key="cmd-admin-disputes.description"
        ),
    )
    @requires(ADMIN_READ)
    async def disputes(self, interaction: discord.Interaction) -> None:
        await self.show_pages(interaction, "disputes")


SNAPSHOT_ITEMS = (PageButton,)
