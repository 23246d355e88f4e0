"""Delivering the ladder's events on Discord: the outbox (DMs, channel posts) that the deliveries in
``bot/deliveries/`` use, one queue, and one task that runs every delivery's handler for each event.

``publish`` only enqueues, so a service call (and the click that caused it) never waits on Discord's
network; one delivery task sends the messages in order. A message that can't be delivered (a player
who closed their DMs) is logged with its event and skipped: the ladder's state is already durable.
A repeated action (double click, re-delivered interaction) publishes nothing: a transition returns
its events only when it did the work.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Sequence
from typing import Literal

import discord

from evoladder.bot.deliveries import DELIVERIES
from evoladder.bot.deliveries.outbox import KEEP, Handler
from evoladder.bot.messages import MessageBook, MessageRef, partial_message
from evoladder.bot.voice import Voices
from evoladder.config import Settings
from evoladder.gamedata import GameData
from evoladder.i18n import shipped_catalog
from evoladder.rules.events import LadderEvent
from evoladder.services.views import LadderViews
from evoladder.store.records import Match

log = logging.getLogger(__name__)


class DiscordNotifier:
    """The services' ``Notifier`` on Discord."""

    def __init__(
        self,
        client: discord.Client,
        views: LadderViews,
        settings: Settings,
        game_data: GameData,
        book: MessageBook | None = None,
        voices: Voices | None = None,
    ) -> None:
        self.client = client
        self.book = book or MessageBook()
        self.voices = voices or Voices(shipped_catalog(), views)
        self.views = views
        self.settings = settings
        self.game_data = game_data
        self._queue: asyncio.Queue[LadderEvent] = asyncio.Queue()
        self._task: asyncio.Task[None] | None = None
        # Event type → the handlers of every delivery that reacts to it, in ``DELIVERIES`` order.
        self._handlers: dict[type, list[Handler]] = {}
        for make in DELIVERIES:
            for kind, handler in make(self, views, settings, game_data).handlers().items():
                self._handlers.setdefault(kind, []).append(handler)

    # --- the port ------------------------------------------------------------------------------
    async def publish(self, event: LadderEvent) -> None:
        self._queue.put_nowait(event)

    def start(self) -> None:
        if self._task is None or self._task.done():
            self._task = asyncio.get_running_loop().create_task(self._run(), name="discord-notifier")

    async def drained(self) -> None:
        """Wait until every event published so far has been delivered (or given up on)."""
        await self._queue.join()

    async def stop(self, *, drain_timeout_s: float = 5.0) -> None:
        """Deliver what is queued (bounded), then stop."""
        if self._task is None:
            return
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._queue.join(), drain_timeout_s)
        self._task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await self._task
        self._task = None

    async def _run(self) -> None:
        while True:
            event = await self._queue.get()
            try:
                await self.deliver(event)
            except Exception:
                log.exception("could not deliver %r", event)
            finally:
                self._queue.task_done()

    # --- delivery --------------------------------------------------------------------------------
    def match(self, match_id: int) -> Match | None:
        match = self.views.match(match_id)
        if match is None:
            log.error("event for unknown match %d", match_id)
        return match

    async def dm(
        self,
        discord_uid: int,
        content: str | None = None,
        *,
        embeds: Sequence[discord.Embed] = (),
        view: discord.ui.View | None = None,
    ) -> MessageRef | None:
        try:
            user = self.client.get_user(discord_uid) or await self.client.fetch_user(discord_uid)
            if view is None:
                sent = await user.send(content, embeds=list(embeds))
            else:
                sent = await user.send(content, embeds=list(embeds), view=view)
        except discord.HTTPException as exc:
            log.warning("could not DM user %s (%s): %s", discord_uid, type(exc).__name__, content or embeds)
            return None
        return MessageRef(sent.channel.id, sent.id)

    async def edit(
        self,
        ref: MessageRef,
        *,
        embeds: Sequence[discord.Embed],
        view: discord.ui.View | Literal["keep"] | None = KEEP,
    ) -> bool:
        message = partial_message(self.client, ref)
        try:
            if isinstance(view, str):  # KEEP
                await message.edit(embeds=list(embeds))
            else:
                await message.edit(embeds=list(embeds), view=view)
        except discord.NotFound:
            return False  # the player deleted it (or /prune did): it is no longer kept current
        except discord.HTTPException as exc:
            log.warning("could not edit message %s (%s)", ref, type(exc).__name__)
        return True

    async def delete(self, ref: MessageRef) -> None:
        try:
            await partial_message(self.client, ref).delete()
        except discord.NotFound:
            pass  # already gone
        except discord.HTTPException as exc:
            log.warning("could not delete message %s (%s)", ref, type(exc).__name__)

    async def post(
        self,
        channel_id: int | None,
        content: str | None = None,
        *,
        embed: discord.Embed | None = None,
        allowed_mentions: discord.AllowedMentions | None = None,
    ) -> None:
        if channel_id is None:
            return
        channel = self.client.get_partial_messageable(channel_id)
        embeds = [] if embed is None else [embed]
        try:
            if allowed_mentions is None:
                await channel.send(content, embeds=embeds)
            else:
                await channel.send(content, embeds=embeds, allowed_mentions=allowed_mentions)
        except discord.HTTPException as exc:
            log.warning("could not post to channel %s (%s)", channel_id, type(exc).__name__)

    async def deliver(self, event: LadderEvent) -> None:
        handlers = self._handlers.get(type(event))
        if not handlers:
            log.error("no delivery handles %s", type(event).__name__)
            return
        for handler in handlers:
            try:
                await handler(event)
            except Exception:
                log.exception("delivering %r through %s failed", event, handler.__qualname__)
