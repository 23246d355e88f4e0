"""The match buttons: Confirm, Abort (asked once more, showing aborts left), the result report in two
steps (pick, then confirm — a mis-click is not a result) and the Shield Battery acknowledgement.

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
TEXT = {
    "confirm": "Confirm",
    "abort": "Abort",
    "abort_unplayed": "Abort (game not played)",
    "abort_yes": "Yes, abort",
    "report_placeholder": "Report the result",
    "report_yes": "Yes, report: {label}",
    "understood": "I understand",
    "confirmed_waiting": "You confirmed match #{match_id}. Waiting for your opponent to confirm.",
    "confirmed_both": "Both players confirmed match #{match_id}: the match details follow.",
    "abort_question": (
        "Abort match #{match_id}? This uses one of your aborts (aborts left this month: {left}) and "
        "changes no MMR. Dismiss this message to keep the match."
    ),
    "aborted": "Match #{match_id} is aborted. Aborts left this month: {left}.",
    "report_question": (
        "You picked **{label}** for match #{match_id}. Confirm to report it; once both results are in "
        "they can't be changed. Dismiss this message to pick again."
    ),
    "reported_waiting": (
        "You reported **{label}** for match #{match_id}. It counts once your opponent's report agrees, or "
        "a verified replay shows it."
    ),
    "reported_completed": "You reported **{label}** for match #{match_id}: the result is final.",
    "reported_conflict": (
        "You reported **{label}** for match #{match_id}. The evidence disagrees, so an admin will decide."
    ),
    "acknowledged": "Thanks: you won't be shown the Shield Battery notice again.",
}


class MatchPort(Protocol):
    """What this feature needs from the match service."""

    async def confirm(self, match_id: int, discord_uid: int, *, key: str | None = None) -> str: ...

    async def abort(self, match_id: int, discord_uid: int, *, key: str | None = None) -> int: ...

    async def report(
        self, match_id: int, discord_uid: int, report: Report, *, key: str | None = None
    ) -> str: ...


class NoticePort(Protocol):
    async def acknowledge(self, discord_uid: int, notice: str, *, key: str | None = None) -> None: ...


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
    """Step one: the pick (changes nothing, asks for the confirm)."""

    requirement = MATCH_QUESTION

    async def handle(self, ctx: ComponentContext) -> None:
        await cog_of(ctx.interaction, MatchCog).ask_report(ctx)


class ReportYesButton(
    PersistentButton,
    template=r"match:(?P<match_id>[0-9]+):reportyes:(?P<owner>[0-9]+):(?P<report>win|loss|draw)",
):
    """Step two: the confirm, which reports."""

    requirement = COMPONENT_ACTION

    async def handle(self, ctx: ComponentContext) -> None:
        await cog_of(ctx.interaction, MatchCog).report(ctx)


class ShieldBatteryButton(PersistentButton, template=r"notice:shield_battery:(?P<owner>[0-9]+)"):
    requirement = COMPONENT_ACTION

    async def handle(self, ctx: ComponentContext) -> None:
        await cog_of(ctx.interaction, MatchCog).acknowledge_shield_battery(ctx)


MATCH_ITEMS = (
    ConfirmMatchButton,
    AbortMatchButton,
    AbortMatchYesButton,
    ReportSelect,
    ReportYesButton,
    ShieldBatteryButton,
)


def match_found_view(match_id: int, owner: int) -> discord.ui.View:
    return persistent_view(
        ConfirmMatchButton.build(
            label=TEXT["confirm"], style=discord.ButtonStyle.success, match_id=match_id, owner=owner
        ),
        AbortMatchButton.build(
            label=TEXT["abort"], style=discord.ButtonStyle.danger, match_id=match_id, owner=owner
        ),
    )


def match_started_view(match_id: int, owner: int) -> discord.ui.View:
    """The report picker (and Abort, for a game that could not be played)."""
    options = [discord.SelectOption(label=label, value=value) for value, label in REPORT_LABELS.items()]
    return persistent_view(
        ReportSelect.build(
            options=options, placeholder=TEXT["report_placeholder"], match_id=match_id, owner=owner
        ),
        AbortMatchButton.build(
            label=TEXT["abort_unplayed"], style=discord.ButtonStyle.danger, match_id=match_id, owner=owner
        ),
    )


def shield_battery_view(owner: int) -> discord.ui.View:
    return persistent_view(
        ShieldBatteryButton.build(label=TEXT["understood"], style=discord.ButtonStyle.primary, owner=owner)
    )


def _report_of(value: str) -> Report:
    if value not in REPORT_LABELS:
        raise ValueError(f"unexpected report value {value!r}")
    return "win" if value == "win" else "loss" if value == "loss" else "draw"


class MatchCog(GuardedCog):
    def __init__(
        self, guards: Guards, matches: MatchPort, notices: NoticePort, aborts_left: AbortsLeft
    ) -> None:
        super().__init__(guards)
        self.matches = matches
        self.notices = notices
        self.aborts_left = aborts_left

    async def confirm(self, ctx: ComponentContext) -> None:
        match_id = ctx.int_field("match_id")
        status = await self.matches.confirm(match_id, ctx.user_id, key=ctx.idempotency_key)
        text = TEXT["confirmed_waiting" if status == "found" else "confirmed_both"]
        await ctx.finish(content=text.format(match_id=match_id))

    async def ask_abort(self, ctx: ComponentContext) -> None:
        match_id, owner = ctx.int_field("match_id"), ctx.user_id
        view = persistent_view(
            AbortMatchYesButton.build(
                label=TEXT["abort_yes"], style=discord.ButtonStyle.danger, match_id=match_id, owner=owner
            )
        )
        await ctx.interaction.response.send_message(
            TEXT["abort_question"].format(match_id=match_id, left=self.aborts_left(owner)),
            view=view,
            ephemeral=True,
        )

    async def abort(self, ctx: ComponentContext) -> None:
        match_id = ctx.int_field("match_id")
        left = await self.matches.abort(match_id, ctx.user_id, key=ctx.idempotency_key)
        await ctx.finish(content=TEXT["aborted"].format(match_id=match_id, left=left))

    async def ask_report(self, ctx: ComponentContext) -> None:
        """The pick: ask for the confirm in a message only the player sees."""
        match_id, owner = ctx.int_field("match_id"), ctx.user_id
        report = _report_of(ctx.values[0])
        label = REPORT_LABELS[report]
        view = persistent_view(
            ReportYesButton.build(
                label=TEXT["report_yes"].format(label=label),
                style=discord.ButtonStyle.success,
                match_id=match_id,
                owner=owner,
                report=report,
            )
        )
        await ctx.interaction.response.send_message(
            TEXT["report_question"].format(label=label, match_id=match_id), view=view, ephemeral=True
        )

    async def report(self, ctx: ComponentContext) -> None:
        match_id = ctx.int_field("match_id")
        report = _report_of(ctx.fields["report"])
        status = await self.matches.report(match_id, ctx.user_id, report, key=ctx.idempotency_key)
        text = {"completed": "reported_completed", "conflict": "reported_conflict"}.get(
            status, "reported_waiting"
        )
        await ctx.finish(content=TEXT[text].format(label=REPORT_LABELS[report], match_id=match_id))

    async def acknowledge_shield_battery(self, ctx: ComponentContext) -> None:
        await self.notices.acknowledge(ctx.user_id, "shield_battery", key=ctx.idempotency_key)
        await ctx.finish(content=TEXT["acknowledged"])


FEATURE = Feature(
    "match",
    lambda deps: MatchCog(
        deps.guards, deps.ladder.matches, deps.ladder.notices, deps.ladder.views.aborts_left
    ),
    MATCH_ITEMS,
)
