"""The match buttons: Confirm, Abort (asked once more, showing aborts left) and the result report.

Their custom ids carry the match id and the owner, so they work after a restart and are the
idempotency keys of the actions they trigger.
"""

from __future__ import annotations

from typing import Protocol

import discord

from evoladder.bot.checks import COMPONENT_ACTION, Requirement
from evoladder.bot.components import (
    ComponentContext,
    PersistentButton,
    PersistentSelect,
    cog_of,
    persistent_view,
)
from evoladder.bot.feature import Feature
from evoladder.bot.guarded import GuardedCog, Guards
from evoladder.rules.lifecycle import Report

# Asking "are you sure?" changes nothing, so it is not rate limited.
MATCH_QUESTION = Requirement(dm_only=False)
REPORT_LABELS: dict[str, str] = {"win": "I won", "loss": "I lost", "draw": "Draw"}


class MatchPort(Protocol):
    """What this feature needs from the match service."""

    async def confirm(self, match_id: int, discord_uid: int, *, key: str | None = None) -> str: ...

    async def abort(self, match_id: int, discord_uid: int, *, key: str | None = None) -> int: ...

    async def report(
        self, match_id: int, discord_uid: int, report: Report, *, key: str | None = None
    ) -> str: ...


class AbortsLeft(Protocol):
    def __call__(self, discord_uid: int, /) -> int: ...


class ConfirmMatchButton(PersistentButton, template=r"match:(?P<match_id>[0-9]+):confirm:(?P<owner>[0-9]+)"):
    requirement = COMPONENT_ACTION

    async def handle(self, ctx: ComponentContext) -> None:
        await cog_of(ctx.interaction, MatchCog).confirm(ctx)


class AbortMatchButton(PersistentButton, template=r"match:(?P<match_id>[0-9]+):abort:(?P<owner>[0-9]+)"):
    requirement = MATCH_QUESTION

    async def handle(self, ctx: ComponentContext) -> None:
        await cog_of(ctx.interaction, MatchCog).ask_abort(ctx)


class AbortMatchYesButton(
    PersistentButton, template=r"match:(?P<match_id>[0-9]+):abortyes:(?P<owner>[0-9]+)"
):
    requirement = COMPONENT_ACTION

    async def handle(self, ctx: ComponentContext) -> None:
        await cog_of(ctx.interaction, MatchCog).abort(ctx)


class ReportSelect(PersistentSelect, template=r"match:(?P<match_id>[0-9]+):report:(?P<owner>[0-9]+)"):
    requirement = COMPONENT_ACTION

    async def handle(self, ctx: ComponentContext) -> None:
        await cog_of(ctx.interaction, MatchCog).report(ctx)


MATCH_ITEMS = (ConfirmMatchButton, AbortMatchButton, AbortMatchYesButton, ReportSelect)


def match_found_view(match_id: int, owner: int) -> discord.ui.View:
    return persistent_view(
        ConfirmMatchButton.build(
            label="Confirm", style=discord.ButtonStyle.success, match_id=match_id, owner=owner
        ),
        AbortMatchButton.build(
            label="Abort", style=discord.ButtonStyle.danger, match_id=match_id, owner=owner
        ),
    )


def match_started_view(match_id: int, owner: int) -> discord.ui.View:
    """The report picker (and Abort, for a game that could not be played)."""
    options = [discord.SelectOption(label=label, value=value) for value, label in REPORT_LABELS.items()]
    return persistent_view(
        ReportSelect.build(options=options, placeholder="Report the result", match_id=match_id, owner=owner),
        AbortMatchButton.build(
            label="Abort (game not played)", style=discord.ButtonStyle.danger, match_id=match_id, owner=owner
        ),
    )


class MatchCog(GuardedCog):
    def __init__(self, guards: Guards, matches: MatchPort, aborts_left: AbortsLeft) -> None:
        super().__init__(guards)
        self.matches = matches
        self.aborts_left = aborts_left

    async def confirm(self, ctx: ComponentContext) -> None:
        match_id = ctx.int_field("match_id")
        status = await self.matches.confirm(match_id, ctx.user_id, key=ctx.idempotency_key)
        if status == "found":
            text = f"You confirmed match #{match_id}. Waiting for your opponent to confirm."
        else:
            text = f"Both players confirmed match #{match_id}: the match details follow."
        await ctx.finish(content=text)

    async def ask_abort(self, ctx: ComponentContext) -> None:
        match_id, owner = ctx.int_field("match_id"), ctx.user_id
        left = self.aborts_left(owner)
        plural = "" if left == 1 else "s"
        view = persistent_view(
            AbortMatchYesButton.build(
                label="Yes, abort", style=discord.ButtonStyle.danger, match_id=match_id, owner=owner
            )
        )
        await ctx.interaction.response.send_message(
            f"Abort match #{match_id}? This uses one of your aborts ({left} abort{plural} left this month) "
            "and changes no MMR. Dismiss this message to keep the match.",
            view=view,
            ephemeral=True,
        )

    async def abort(self, ctx: ComponentContext) -> None:
        match_id = ctx.int_field("match_id")
        left = await self.matches.abort(match_id, ctx.user_id, key=ctx.idempotency_key)
        plural = "" if left == 1 else "s"
        await ctx.finish(
            content=f"Match #{match_id} is aborted. You have {left} abort{plural} left this month."
        )

    async def report(self, ctx: ComponentContext) -> None:
        match_id = ctx.int_field("match_id")
        choice = ctx.values[0]
        if choice not in REPORT_LABELS:
            raise ValueError(f"unexpected report value {choice!r}")
        report: Report = "win" if choice == "win" else "loss" if choice == "loss" else "draw"
        status = await self.matches.report(match_id, ctx.user_id, report, key=ctx.idempotency_key)
        if status == "in_progress":
            text = (
                f"You reported **{REPORT_LABELS[choice]}** for match #{match_id}. Waiting for your opponent."
            )
        else:
            text = f"You reported **{REPORT_LABELS[choice]}** for match #{match_id}."
        await ctx.finish(content=text)


FEATURE = Feature(
    "match",
    lambda deps: MatchCog(deps.guards, deps.ladder.matches, deps.ladder.views.aborts_left),
    MATCH_ITEMS,
)
