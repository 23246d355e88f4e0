"""What a delivery sends through: a DM to a player, a post to a channel, an edit or removal of a
message sent earlier (the notifier provides it); the book of messages it keeps current is
``bot.messages``."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import Any, Literal, Protocol

import discord

from evoladder.bot.messages import MessageBook, MessageRef
from evoladder.bot.voice import Voices
from evoladder.store.records import Match

Handler = Callable[[Any], Awaitable[None]]
KEEP: Literal["keep"] = "keep"  # ``edit(view=KEEP)``: leave the message's components as they are


class Outbox(Protocol):
    book: MessageBook
    voices: Voices  # each recipient's language: ``outbox.voices.of_player(uid)``

    async def dm(
        self,
        discord_uid: int,
        content: str | None = None,
        *,
        embeds: Sequence[discord.Embed] = (),
        view: discord.ui.View | None = None,
    ) -> MessageRef | None: ...

    async def post(
        self,
        channel_id: int | None,
        content: str | None = None,
        *,
        embed: discord.Embed | None = None,
        allowed_mentions: discord.AllowedMentions | None = None,
    ) -> None: ...

    async def edit(
        self,
        ref: MessageRef,
        *,
        embeds: Sequence[discord.Embed],
        view: discord.ui.View | Literal["keep"] | None = KEEP,
    ) -> bool:
        """Replace a message's embeds (and components unless ``KEEP``); False when it is gone."""
        ...

    async def delete(self, ref: MessageRef) -> None: ...

    def match(self, match_id: int) -> Match | None: ...


class Delivery(Protocol):
    """One audience's reaction to events: which event types it handles, and how."""

    def handlers(self) -> Mapping[type, Handler]: ...
