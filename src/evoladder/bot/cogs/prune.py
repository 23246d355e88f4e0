"""``/prune``: delete the bot's old messages in the player's DMs (long DM histories full of embeds
slowed players' Discord clients), after a confirm click.

What stays: the player's own messages (a bot can't delete them), anything newer than
``prune_min_age_minutes`` (180 by default), every message of the player's open match (its buttons,
reminders and notices name the match: ``match:<id>:`` custom ids or "#<id>"), and the prune prompt
itself, which becomes the report. It looks at the newest ``prune_scan_messages`` messages (one
Discord history page by default), deletes one message at a time with ``prune_delete_interval_s``
between deletions, and discord.py follows Discord's rate-limit headers on top of that. The confirm
click is answered at once; the deleting runs in the background and the prompt is edited with how
many were deleted and how many could not be.

Age is measured on Discord's clock: a message's snowflake against the confirm click's snowflake.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Protocol

import discord
from discord import app_commands
from discord.app_commands import locale_str

from evoladder.bot.checks import Requirement, requires
from evoladder.bot.components import ComponentContext, PersistentButton, cog_of, nonce, persistent_view
from evoladder.bot.errors import UserFacingError
from evoladder.bot.feature import Feature
from evoladder.bot.guarded import GuardedCog, Guards
from evoladder.bot.voice import Voice
from evoladder.config import Settings
from evoladder.i18n import Text, t

log = logging.getLogger(__name__)

# Anyone who can DM the bot may tidy their DMs (no terms or setup needed; the ban guard still applies).
PRUNE = Requirement(terms=False, setup=False)
PRUNE_CLICK = Requirement(dm_only=False, terms=False, setup=False, state_changing=True)
MAX_ATTEMPTS = 3  # per message, when Discord answers "too many requests" past discord.py's waiting

Sleep = Callable[[float], Awaitable[None]]


class OpenMatches(Protocol):
    """Which match of the player is open (``LadderViews`` provides it)."""

    def open_match_id(self, discord_uid: int, /) -> int | None: ...


@dataclass(frozen=True, slots=True)
class PruneSettings:
    min_age: timedelta
    scan_messages: int
    delete_interval_s: float

    @classmethod
    def from_settings(cls, settings: Settings) -> PruneSettings:
        return cls(
            min_age=timedelta(minutes=settings.prune_min_age_minutes),
            scan_messages=settings.prune_scan_messages,
            delete_interval_s=settings.prune_delete_interval_s,
        )


def age_text(age: timedelta) -> Text:
    """How old a message must be to go, as "180 minutes" or "4 hours" in the reader's language."""
    minutes = int(age.total_seconds() // 60)
    if minutes % 60 == 0 and minutes >= 120:
        return t("account-prune-age-hours", hours=minutes // 60)
    return t("account-prune-age-minutes", minutes=minutes)


def of_match(message: discord.Message, match_id: int) -> bool:
    """Whether a message belongs to match ``match_id``: its components' custom ids or its text name it."""
    prefix = f"match:{match_id}:"
    for row in message.components:
        for child in getattr(row, "children", ()):
            if str(getattr(child, "custom_id", "") or "").startswith(prefix):
                return True
    mention = re.compile(rf"#{match_id}(?!\d)")
    texts = [message.content, *(f"{e.title or ''} {e.description or ''}" for e in message.embeds)]
    return any(mention.search(text) for text in texts)


class ConfirmPruneButton(PersistentButton, template=r"prune:confirm:(?P<owner>[0-9]+):(?P<nonce>[0-9a-z]+)"):
    requirement = PRUNE_CLICK

    async def handle(self, ctx: ComponentContext) -> None:
        await cog_of(ctx.interaction, PruneCog).confirm(ctx)


class CancelPruneButton(PersistentButton, template=r"prune:cancel:(?P<owner>[0-9]+):(?P<nonce>[0-9a-z]+)"):
    requirement = PRUNE_CLICK

    async def handle(self, ctx: ComponentContext) -> None:
        await ctx.finish(content=ctx.say("account-prune-cancelled"))


PRUNE_ITEMS = (ConfirmPruneButton, CancelPruneButton)


class PruneCog(GuardedCog):
    def __init__(
        self, guards: Guards, matches: OpenMatches, settings: PruneSettings, *, sleep: Sleep = asyncio.sleep
    ) -> None:
        super().__init__(guards)
        self.matches = matches
        self.settings = settings
        self.sleep = sleep
        self.running: dict[int, asyncio.Task[None]] = {}  # user → their clean-up in progress

    async def _deletable(
        self, channel: discord.abc.Messageable, *, user_id: int, bot_id: int, now_id: int, keep: int | None
    ) -> list[discord.Message]:
        """The bot's messages in the channel old enough to go, newest first (what the rules keep left out)."""
        cutoff = discord.utils.snowflake_time(now_id) - self.settings.min_age
        match_id = self.matches.open_match_id(user_id)
        found = []
        async for message in channel.history(limit=self.settings.scan_messages):
            if message.author.id != bot_id or message.id == keep or message.created_at >= cutoff:
                continue
            if match_id is not None and of_match(message, match_id):
                continue
            found.append(message)
        return found

    @app_commands.command(
        name=locale_str("prune", key="cmd-prune"),
        description=locale_str(
            "Delete my old messages in our DMs (they can slow Discord down)", key="cmd-prune.description"
        ),
    )
    @requires(PRUNE)
    async def prune(self, interaction: discord.Interaction) -> None:
        channel = interaction.channel
        me = interaction.client.user
        if not isinstance(channel, discord.abc.Messageable) or me is None:
            raise UserFacingError(t("account-prune-not-here"))
        say = self.say(interaction)
        old = await self._deletable(
            channel, user_id=interaction.user.id, bot_id=me.id, now_id=interaction.id, keep=None
        )
        age = age_text(self.settings.min_age)
        if not old:
            await interaction.response.send_message(say("account-prune-nothing", age=age))
            return
        seconds = max(1, round(len(old) * max(self.settings.delete_interval_s, 0.2)))
        offer, owner = nonce(interaction), interaction.user.id
        view = persistent_view(
            ConfirmPruneButton.build(
                label=say("account-prune-confirm"), style=discord.ButtonStyle.danger, owner=owner, nonce=offer
            ),
            CancelPruneButton.build(
                label=say("account-prune-cancel"),
                style=discord.ButtonStyle.secondary,
                owner=owner,
                nonce=offer,
            ),
        )
        await interaction.response.send_message(
            say("account-prune-prompt", age=age, seconds=seconds, count=len(old)), view=view
        )

    async def confirm(self, ctx: ComponentContext) -> None:
        interaction = ctx.interaction
        user_id = interaction.user.id
        if user_id in self.running:
            raise UserFacingError(t("account-prune-busy"))
        channel, me, prompt = interaction.channel, interaction.client.user, interaction.message
        if not isinstance(channel, discord.abc.Messageable) or me is None or prompt is None:
            raise UserFacingError(t("account-prune-not-here"))
        # Chosen again at the click (the list may have changed since the prompt); the prompt stays.
        old = await self._deletable(
            channel, user_id=user_id, bot_id=me.id, now_id=interaction.id, keep=prompt.id
        )
        say = ctx.say
        await ctx.finish(content=say("account-prune-working", count=len(old)))
        task = asyncio.get_running_loop().create_task(
            self._delete_all(interaction, old, say), name=f"prune-{user_id}"
        )
        self.running[user_id] = task
        task.add_done_callback(lambda _: self.running.pop(user_id, None))

    async def _delete_all(
        self, interaction: discord.Interaction, messages: list[discord.Message], say: Voice
    ) -> None:
        """Delete one message at a time, paced; then turn the prompt into the report (in ``say``)."""
        deleted = failed = 0
        try:
            for i, message in enumerate(messages):
                if i and self.settings.delete_interval_s:
                    await self.sleep(self.settings.delete_interval_s)
                outcome = await self._delete(message)
                deleted += outcome == "deleted"
                failed += outcome == "failed"
            if failed:
                report = say("account-prune-done-with-failures", deleted=deleted, failed=failed)
            else:
                report = say("account-prune-done", deleted=deleted)
            try:
                await interaction.edit_original_response(content=report)
            except discord.HTTPException:  # the click's token lasts 15 minutes: say it in a new message
                channel = interaction.channel
                if isinstance(channel, discord.abc.Messageable):
                    await channel.send(report)
        except Exception:
            log.exception("prune for %s stopped after %d deletions", interaction.user.id, deleted)

    async def _delete(self, message: discord.Message) -> str:
        for _ in range(MAX_ATTEMPTS):
            try:
                await message.delete()
                return "deleted"
            except discord.NotFound:
                return "gone"  # deleted meanwhile (another client, another prune): nothing to count
            except discord.RateLimited as exc:  # discord.py did not wait this one out itself
                await self.sleep(exc.retry_after)
            except discord.HTTPException as exc:
                log.warning("prune could not delete message %s: %s", message.id, exc)
                return "failed"
        return "failed"


FEATURE = Feature(
    "prune",
    lambda deps: PruneCog(deps.guards, deps.ladder.views, PruneSettings.from_settings(deps.settings)),
    PRUNE_ITEMS,
)
