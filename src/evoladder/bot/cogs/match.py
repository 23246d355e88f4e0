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
from evoladder.bot.present.match import report_text
from evoladder.bot.voice import Voice
from evoladder.i18n import Key
from evoladder.rules.lifecycle import Report

# Asking "are you sure?" changes nothing, so it is not rate limited.
MATCH_QUESTION = Requirement(dm_only=False)
REPORT_VALUES: tuple[Report, ...] = ("win", "loss", "draw")
# What a report did, by the status the match service answers (anything else: waiting for the other).
REPORTED_KEYS: dict[str, Key] = {
    "completed": Key("match-reported-completed"),
    "conflict": Key("match-reported-conflict"),
    "waiting": Key("match-reported-waiting"),
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


def match_found_view(match_id: int, owner: int, say: Voice) -> discord.ui.View:
    return persistent_view(
        ConfirmMatchButton.build(
            label=say("match-confirm"), style=discord.ButtonStyle.success, match_id=match_id, owner=owner
        ),
        AbortMatchButton.build(
            label=say("match-abort"), style=discord.ButtonStyle.danger, match_id=match_id, owner=owner
        ),
    )


def match_started_view(match_id: int, owner: int, say: Voice) -> discord.ui.View:
    """The report picker (and Abort, for a game that could not be played)."""
    options = [discord.SelectOption(label=report_text(value, say), value=value) for value in REPORT_VALUES]
    return persistent_view(
        ReportSelect.build(
            options=options, placeholder=say("match-report-placeholder"), match_id=match_id, owner=owner
        ),
        AbortMatchButton.build(
            label=say("match-abort-unplayed"),
            style=discord.ButtonStyle.danger,
            match_id=match_id,
            owner=owner,
        ),
    )


def shield_battery_view(owner: int, say: Voice) -> discord.ui.View:
    return persistent_view(
        ShieldBatteryButton.build(
            label=say("match-understood"), style=discord.ButtonStyle.primary, owner=owner
        )
    )


def _report_of(value: str) -> Report:
    if value not in REPORT_VALUES:
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
        if status == "found":
            text = ctx.say("match-confirmed-waiting", match_id=str(match_id))
        else:
            text = ctx.say("match-confirmed-both", match_id=str(match_id))
        await ctx.finish(content=text)

    async def ask_abort(self, ctx: ComponentContext) -> None:
        match_id, owner, say = ctx.int_field("match_id"), ctx.user_id, ctx.say
        view = persistent_view(
            AbortMatchYesButton.build(
                label=say("match-abort-yes"), style=discord.ButtonStyle.danger, match_id=match_id, owner=owner
            )
        )
        await ctx.interaction.response.send_message(
            say("match-abort-question", match_id=str(match_id), left=self.aborts_left(owner)),
            view=view,
            ephemeral=True,
        )

    async def abort(self, ctx: ComponentContext) -> None:
        match_id = ctx.int_field("match_id")
        left = await self.matches.abort(match_id, ctx.user_id, key=ctx.idempotency_key)
        await ctx.finish(content=ctx.say("match-aborted", match_id=str(match_id), left=left))

    async def ask_report(self, ctx: ComponentContext) -> None:
        """The pick: ask for the confirm in a message only the player sees."""
        match_id, owner, say = ctx.int_field("match_id"), ctx.user_id, ctx.say
        report = _report_of(ctx.values[0])
        label = report_text(report, say)
        view = persistent_view(
            ReportYesButton.build(
                label=say("match-report-yes", label=label),
                style=discord.ButtonStyle.success,
                match_id=match_id,
                owner=owner,
                report=report,
            )
        )
        await ctx.interaction.response.send_message(
            say("match-report-question", label=label, match_id=str(match_id)), view=view, ephemeral=True
        )

    async def report(self, ctx: ComponentContext) -> None:
        match_id, say = ctx.int_field("match_id"), ctx.say
        report = _report_of(ctx.fields["report"])
        status = await self.matches.report(match_id, ctx.user_id, report, key=ctx.idempotency_key)
        key = REPORTED_KEYS.get(status, REPORTED_KEYS["waiting"])
        await ctx.finish(content=say(key, label=report_text(report, say), match_id=str(match_id)))

    async def acknowledge_shield_battery(self, ctx: ComponentContext) -> None:
        await self.notices.acknowledge(ctx.user_id, "shield_battery", key=ctx.idempotency_key)
        await ctx.finish(content=ctx.say("match-acknowledged"))


FEATURE = Feature(
    "match",
    lambda deps: MatchCog(
        deps.guards, deps.ladder.matches, deps.ladder.notices, deps.ladder.views.aborts_left
    ),
    MATCH_ITEMS,
)
