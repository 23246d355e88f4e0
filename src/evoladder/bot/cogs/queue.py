"""``/queue``: race pickers (Brood War, StarCraft II or both), map vetoes, the quick-start gate, Join /
Leave, and the searching message.

The pickers start at the player's remembered races and vetoes; what they pick is kept in this cog until
Join. A panel from before a restart answers "run /queue again" rather than joining with stale picks.
A new player acknowledges the quick-start guide once before their first Join. The searching message is
recorded in the ``MessageBook``: the searching delivery edits it every wave and removes it when a match
is found or the entry expires; Leave removes it here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any, Protocol

import discord
from discord import app_commands
from discord.app_commands import locale_str
from discord.ui import Item

from evoladder.bot.checks import COMPONENT_ACTION, PLAYER_READ, Requirement, requires
from evoladder.bot.components import (
    ComponentContext,
    PersistentButton,
    PersistentSelect,
    cog_of,
    nonce,
    persistent_view,
)
from evoladder.bot.errors import UserFacingError
from evoladder.bot.feature import Feature
from evoladder.bot.guarded import GuardedCog, Guards
from evoladder.bot.messages import MessageBook, MessageRef, remove_quietly
from evoladder.bot.present.pickers import NO_RACE, race_options, veto_options
from evoladder.bot.present.queue import searching_embed
from evoladder.bot.present.text import race_name
from evoladder.bot.voice import Voice
from evoladder.config import Settings
from evoladder.gamedata import GameData
from evoladder.i18n import t
from evoladder.rules.notices import check_quick_start
from evoladder.services.queueing import QueueDefaults, QueueStatus

QUEUE_PICK = Requirement(dm_only=False)


class QueuePort(Protocol):
    """What this feature needs from the queue service."""

    def defaults(self, discord_uid: int) -> QueueDefaults: ...

    def status(self, discord_uid: int) -> QueueStatus: ...

    async def join(
        self, discord_uid: int, races: Sequence[str], vetoes: Sequence[str], *, key: str | None = None
    ) -> QueueStatus: ...

    async def leave(self, discord_uid: int, *, key: str | None = None) -> QueueStatus: ...


class NoticePort(Protocol):
    """What this feature needs from the notice service: the quick-start gate."""

    def needs_quick_start(self, discord_uid: int) -> bool: ...

    async def acknowledge(self, discord_uid: int, notice: str, *, key: str | None = None) -> None: ...


@dataclass(frozen=True, slots=True)
class QueuePanel:
    offer: str
    bw_race: str | None
    sc2_race: str | None
    vetoes: tuple[str, ...]

    @property
    def races(self) -> tuple[str, ...]:
        return tuple(r for r in (self.bw_race, self.sc2_race) if r is not None)


class RaceSelect(PersistentSelect, template=r"queue:(?P<side>bw|sc2):(?P<owner>[0-9]+):(?P<nonce>[0-9a-z]+)"):
    requirement = QUEUE_PICK

    async def handle(self, ctx: ComponentContext) -> None:
        race = None if ctx.values[0] == NO_RACE else ctx.values[0]
        side = ctx.fields["side"]
        await cog_of(ctx.interaction, QueueCog).pick(ctx, **{f"{side}_race": race})


class VetoSelect(PersistentSelect, template=r"queue:veto:(?P<owner>[0-9]+):(?P<nonce>[0-9a-z]+)"):
    requirement = QUEUE_PICK

    async def handle(self, ctx: ComponentContext) -> None:
        await cog_of(ctx.interaction, QueueCog).pick(ctx, vetoes=tuple(ctx.values))


class QuickStartButton(PersistentButton, template=r"queue:guide:(?P<owner>[0-9]+):(?P<nonce>[0-9a-z]+)"):
    requirement = COMPONENT_ACTION

    async def handle(self, ctx: ComponentContext) -> None:
        await cog_of(ctx.interaction, QueueCog).read_guide(ctx)


class JoinQueueButton(PersistentButton, template=r"queue:join:(?P<owner>[0-9]+):(?P<nonce>[0-9a-z]+)"):
    requirement = COMPONENT_ACTION

    async def handle(self, ctx: ComponentContext) -> None:
        await cog_of(ctx.interaction, QueueCog).join(ctx)


class LeaveQueueButton(PersistentButton, template=r"queue:leave:(?P<owner>[0-9]+):(?P<nonce>[0-9a-z]+)"):
    requirement = COMPONENT_ACTION

    async def handle(self, ctx: ComponentContext) -> None:
        await cog_of(ctx.interaction, QueueCog).leave(ctx)


QUEUE_ITEMS = (RaceSelect, VetoSelect, QuickStartButton, JoinQueueButton, LeaveQueueButton)


class QueueCog(GuardedCog):
    def __init__(
        self,
        guards: Guards,
        queue: QueuePort,
        notices: NoticePort,
        settings: Settings,
        game_data: GameData,
        book: MessageBook,
    ) -> None:
        super().__init__(guards)
        self.queue = queue
        self.notices = notices
        self.settings = settings
        self.game_data = game_data
        self.book = book
        self.panels: dict[int, QueuePanel] = {}

    def panel_view(self, panel: QueuePanel, owner: int, say: Voice) -> discord.ui.View:
        gd, max_vetoes = self.game_data, self.settings.max_vetoes
        items: list[Item[Any]] = [
            RaceSelect.build(
                options=race_options(gd, "bw", panel.bw_race, say),
                placeholder=say("queue-bw-placeholder"),
                side="bw",
                owner=owner,
                nonce=panel.offer,
            ),
            RaceSelect.build(
                options=race_options(gd, "sc2", panel.sc2_race, say),
                placeholder=say("queue-sc2-placeholder"),
                side="sc2",
                owner=owner,
                nonce=panel.offer,
            ),
            VetoSelect.build(
                options=veto_options(gd.map_pool, panel.vetoes, say),
                placeholder=say("queue-veto-placeholder", max_vetoes=max_vetoes),
                min_values=0,
                max_values=min(max_vetoes, len(gd.map_pool)),
                owner=owner,
                nonce=panel.offer,
            ),
        ]
        if self.notices.needs_quick_start(owner):
            items.append(
                QuickStartButton.build(
                    label=say("queue-read-guide"),
                    style=discord.ButtonStyle.primary,
                    owner=owner,
                    nonce=panel.offer,
                )
            )
        items.append(
            JoinQueueButton.build(
                label=say("queue-join"), style=discord.ButtonStyle.success, owner=owner, nonce=panel.offer
            )
        )
        return persistent_view(*items)

    def panel_embed(self, panel: QueuePanel, owner: int, say: Voice) -> discord.Embed:
        races = ", ".join(race_name(self.game_data, r, say.locale) for r in panel.races) or say(
            "queue-none-yet"
        )
        vetoes = ", ".join(panel.vetoes) or say("queue-none")
        body = say("queue-panel-body", max_vetoes=self.settings.max_vetoes, races=races, vetoes=vetoes)
        url = self.settings.quick_start_url
        if self.notices.needs_quick_start(owner):
            guide = say("queue-quick-start-needed", url=url)
        else:
            guide = say("queue-quick-start", url=url)
        body += "\n\n" + guide
        return discord.Embed(title=say("queue-panel-title"), description=body, colour=discord.Colour.orange())

    def searching(self, status: QueueStatus, say: Voice) -> discord.Embed:
        return searching_embed(status, self.game_data, say, active_window_s=self.settings.active_window_s)

    def leave_view(self, owner: int, offer: str, say: Voice) -> discord.ui.View:
        return persistent_view(
            LeaveQueueButton.build(
                label=say("queue-leave"), style=discord.ButtonStyle.danger, owner=owner, nonce=offer
            )
        )

    async def searching_shown(self, interaction: discord.Interaction, uid: int, ref: MessageRef) -> None:
        """The player's searching message is now ``ref``: the one shown before it goes away."""
        old = self.book.searching_replaced(uid, ref)
        if old is not None:
            await remove_quietly(interaction.client, old)

    @app_commands.command(
        name=locale_str("queue", key="cmd-queue"),
        description=locale_str("Queue for a ranked game", key="cmd-queue.description"),
    )
    @requires(PLAYER_READ)
    async def queue_command(self, interaction: discord.Interaction) -> None:
        uid = interaction.user.id
        say = self.say(interaction)
        status = self.queue.status(uid)
        if status.queued:
            sent = await interaction.response.send_message(
                embed=self.searching(status, say), view=self.leave_view(uid, nonce(interaction), say)
            )
            if sent.message_id is not None and interaction.channel_id is not None:
                await self.searching_shown(
                    interaction, uid, MessageRef(interaction.channel_id, sent.message_id)
                )
            return
        saved = self.queue.defaults(uid)
        bw = next((r for r in saved.races if r in self.game_data.races_of("bw")), None)
        sc2 = next((r for r in saved.races if r in self.game_data.races_of("sc2")), None)
        panel = QueuePanel(
            nonce(interaction), bw, sc2, tuple(v for v in saved.vetoes if v in self.game_data.map_names)
        )
        self.panels[uid] = panel
        await interaction.response.send_message(
            embed=self.panel_embed(panel, uid, say), view=self.panel_view(panel, uid, say)
        )

    def _panel_for(self, ctx: ComponentContext) -> QueuePanel:
        panel = self.panels.get(ctx.user_id)
        if panel is None or panel.offer != ctx.fields["nonce"]:
            raise UserFacingError(t("queue-expired"))
        return panel

    async def pick(self, ctx: ComponentContext, **changes: Any) -> None:
        panel = replace(self._panel_for(ctx), **changes)
        self.panels[ctx.user_id] = panel
        await ctx.interaction.response.edit_message(
            embed=self.panel_embed(panel, ctx.user_id, ctx.say),
            view=self.panel_view(panel, ctx.user_id, ctx.say),
        )

    async def read_guide(self, ctx: ComponentContext) -> None:
        """The player acknowledged the quick-start guide: the panel comes back without the gate."""
        await self.notices.acknowledge(ctx.user_id, "quick_start", key=ctx.idempotency_key)
        panel = self.panels.get(ctx.user_id)
        if panel is None or panel.offer != ctx.fields["nonce"]:
            await ctx.finish()
            return
        await ctx.interaction.response.edit_message(
            embed=self.panel_embed(panel, ctx.user_id, ctx.say),
            view=self.panel_view(panel, ctx.user_id, ctx.say),
        )

    async def join(self, ctx: ComponentContext) -> None:
        panel = self._panel_for(ctx)
        if not panel.races:
            raise UserFacingError(t("queue-pick-race"))
        check_quick_start(needed=self.notices.needs_quick_start(ctx.user_id))
        status = await self.queue.join(ctx.user_id, panel.races, panel.vetoes, key=ctx.idempotency_key)
        say = ctx.say
        await ctx.interaction.response.edit_message(
            content=None,
            embed=self.searching(status, say),
            view=self.leave_view(ctx.user_id, panel.offer, say),
        )
        message = ctx.interaction.message
        if message is not None:
            await self.searching_shown(
                ctx.interaction, ctx.user_id, MessageRef(message.channel.id, message.id)
            )

    async def leave(self, ctx: ComponentContext) -> None:
        """Leave the queue: the searching message goes away, a short note says so."""
        await self.queue.leave(ctx.user_id, key=ctx.idempotency_key)
        self.panels.pop(ctx.user_id, None)
        interaction = ctx.interaction
        await interaction.response.defer()
        await interaction.delete_original_response()
        tracked = self.book.searching_done(ctx.user_id)
        clicked = interaction.message
        if tracked is not None and (clicked is None or tracked.message_id != clicked.id):
            await remove_quietly(interaction.client, tracked)
        say = ctx.say
        await interaction.followup.send(say("queue-left"), ephemeral=True)


FEATURE = Feature(
    "queue",
    lambda deps: QueueCog(
        deps.guards, deps.ladder.queue, deps.ladder.notices, deps.settings, deps.game_data, deps.messages
    ),
    QUEUE_ITEMS,
)
