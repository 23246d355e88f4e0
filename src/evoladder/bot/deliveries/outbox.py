"""What a delivery sends through: a DM to a player, a post to a channel (the notifier provides it)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import Any, Protocol

import discord

from evoladder.store.records import Match

Handler = Callable[[Any], Awaitable[None]]


class Outbox(Protocol):
    async def dm(
        self,
        discord_uid: int,
        content: str | None = None,
        *,
        embeds: Sequence[discord.Embed] = (),
        view: discord.ui.View | None = None,
    ) -> None: ...

    async def post(
        self,
        channel_id: int | None,
        content: str | None = None,
        *,
        embed: discord.Embed | None = None,
        allowed_mentions: discord.AllowedMentions | None = None,
    ) -> None: ...

    def match(self, match_id: int) -> Match | None: ...


class Delivery(Protocol):
    """One audience's reaction to events: which event types it handles, and how."""

    def handlers(self) -> Mapping[type, Handler]: ...
