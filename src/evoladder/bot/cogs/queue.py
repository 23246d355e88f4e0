"""``/queue``: race pickers (Brood War, StarCraft II or both), map vetoes, Join / Leave, the searching message.

The pickers start at the player's remembered races and vetoes; what they pick is kept in this cog until
Join. A panel from before a restart answers "run /queue again" rather than joining with stale picks.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any, Protocol

import discord
from discord import app_commands
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
from evoladder.bot.present.pickers import NO_RACE, race_options, veto_options
from evoladder.bot.present.text import race_name, relative_time
from evoladder.config import Settings
from evoladder.gamedata import GameData
from evoladder.services.queueing import QueueDefaults, QueueStatus

QUEUE_PICK = Requirement(dm_only=False)
EXPIRED = "This queue panel is no longer open (the bot may have restarted). Please run `/queue` again."


class QueuePort(Protocol):
    """What this feature needs from the queue service."""

    def defaults(self, discord_uid: int) -> QueueDefaults: ...

    def status(self, discord_uid: int) -> QueueStatus: ...

    async def join(
        self, discord_uid: int, races: Sequence[str], vetoes: Sequence[str], *, key: str | None = None
    ) -> QueueStatus: ...

    async def leave(self, discord_uid: int, *, key: str | None = None) -> QueueStatus: ...


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


class JoinQueueButton(PersistentButton, template=r"queue:join:(?P<owner>[0-9]+):(?P<nonce>[0-9a-z]+)"):
    requirement = COMPONENT_ACTION

    async def handle(self, ctx: ComponentContext) -> None:
        await cog_of(ctx.interaction, QueueCog).join(ctx)


class LeaveQueueButton(PersistentButton, template=r"queue:leave:(?P<owner>[0-9]+):(?P<nonce>[0-9a-z]+)"):
    requirement = COMPONENT_ACTION

    async def handle(self, ctx: ComponentContext) -> None:
        await cog_of(ctx.interaction, QueueCog).leave(ctx)


QUEUE_ITEMS = (RaceSelect, VetoSelect, JoinQueueButton, LeaveQueueButton)


def searching_embed(status: QueueStatus, panel: QueuePanel | None, game_data: GameData) -> discord.Embed:
    counts = status.counts
    embed = discord.Embed(
        title="Searching for an opponent" if status.queued else "Not in the queue",
        description=f"Next matchmaking wave {relative_time(status.next_wave_at)}.",
        colour=discord.Colour.orange(),
    )
    if panel is not None:
        embed.add_field(name="Races", value=", ".join(race_name(game_data, r) for r in panel.races) or "none")
        embed.add_field(name="Vetoes", value=", ".join(panel.vetoes) or "none")
    embed.add_field(
        name="Queued",
        value=f"{counts.total} ({counts.bw} Brood War · {counts.sc2} StarCraft II · {counts.both} both)",
        inline=False,
    )
    embed.add_field(name="Matches being played", value=str(status.active_matches), inline=False)
    return embed


class QueueCog(GuardedCog):
    def __init__(self, guards: Guards, queue: QueuePort, settings: Settings, game_data: GameData) -> None:
        super().__init__(guards)
        self.queue = queue
        self.settings = settings
        self.game_data = game_data
        self.panels: dict[int, QueuePanel] = {}

    def panel_view(self, panel: QueuePanel, owner: int) -> discord.ui.View:
        gd = self.game_data
        items: list[Item[Any]] = [
            RaceSelect.build(
                options=race_options(gd, "bw", panel.bw_race),
                placeholder="Brood War race",
                side="bw",
                owner=owner,
                nonce=panel.offer,
            ),
            RaceSelect.build(
                options=race_options(gd, "sc2", panel.sc2_race),
                placeholder="StarCraft II race",
                side="sc2",
                owner=owner,
                nonce=panel.offer,
            ),
            VetoSelect.build(
                options=veto_options(gd.map_pool, panel.vetoes),
                placeholder=f"Map vetoes (up to {self.settings.max_vetoes})",
                min_values=0,
                max_values=min(self.settings.max_vetoes, len(gd.map_pool)),
                owner=owner,
                nonce=panel.offer,
            ),
            JoinQueueButton.build(
                label="Join", style=discord.ButtonStyle.success, owner=owner, nonce=panel.offer
            ),
        ]
        return persistent_view(*items)

    def panel_embed(self, panel: QueuePanel) -> discord.Embed:
        races = ", ".join(race_name(self.game_data, r) for r in panel.races) or "none yet"
        return discord.Embed(
            title="Ranked queue",
            description=(
                "Pick a Brood War race, a StarCraft II race, or one of each to play either side, "
                f"and up to {self.settings.max_vetoes} maps you don't want. Then press Join.\n\n"
                f"Races: {races}\nVetoes: {', '.join(panel.vetoes) or 'none'}"
            ),
            colour=discord.Colour.orange(),
        )

    @app_commands.command(name="queue", description="Queue for a ranked game")
    @requires(PLAYER_READ)
    async def queue_command(self, interaction: discord.Interaction) -> None:
        uid = interaction.user.id
        status = self.queue.status(uid)
        if status.queued:
            offer = nonce(interaction)
            view = persistent_view(
                LeaveQueueButton.build(
                    label="Leave", style=discord.ButtonStyle.danger, owner=uid, nonce=offer
                )
            )
            panel = self.panels.get(uid)
            await interaction.response.send_message(
                embed=searching_embed(status, panel, self.game_data), view=view
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
            embed=self.panel_embed(panel), view=self.panel_view(panel, uid)
        )

    def _panel_for(self, ctx: ComponentContext) -> QueuePanel:
        panel = self.panels.get(ctx.user_id)
        if panel is None or panel.offer != ctx.fields["nonce"]:
            raise UserFacingError(EXPIRED)
        return panel

    async def pick(self, ctx: ComponentContext, **changes: Any) -> None:
        panel = replace(self._panel_for(ctx), **changes)
        self.panels[ctx.user_id] = panel
        await ctx.interaction.response.edit_message(
            embed=self.panel_embed(panel), view=self.panel_view(panel, ctx.user_id)
        )

    async def join(self, ctx: ComponentContext) -> None:
        panel = self._panel_for(ctx)
        if not panel.races:
            raise UserFacingError("Pick a Brood War race, a StarCraft II race, or both, then press Join.")
        status = await self.queue.join(ctx.user_id, panel.races, panel.vetoes, key=ctx.idempotency_key)
        view = persistent_view(
            LeaveQueueButton.build(
                label="Leave", style=discord.ButtonStyle.danger, owner=ctx.user_id, nonce=panel.offer
            )
        )
        await ctx.interaction.response.edit_message(
            content=None, embed=searching_embed(status, panel, self.game_data), view=view
        )

    async def leave(self, ctx: ComponentContext) -> None:
        status = await self.queue.leave(ctx.user_id, key=ctx.idempotency_key)
        self.panels.pop(ctx.user_id, None)
        await ctx.finish(
            content="You left the queue. Use `/queue` to search again.",
            embeds=[searching_embed(status, None, self.game_data)],
        )


FEATURE = Feature(
    "queue",
    lambda deps: QueueCog(deps.guards, deps.ladder.queue, deps.settings, deps.game_data),
    QUEUE_ITEMS,
)
