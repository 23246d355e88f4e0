"""The messages the bot keeps current (each player's searching message and match messages), and how
to reach one it sent earlier. A leaf module: features, deliveries and the notifier all hold the book."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from typing import Any

import discord

MATCH_MESSAGES_KEPT = 20_000  # match messages remembered (the oldest are forgotten first)


@dataclass(frozen=True, slots=True)
class MessageRef:
    """Where a message the bot sent lives, so it can be edited or removed later."""

    channel_id: int
    message_id: int


@dataclass
class MessageBook:
    """The messages the bot keeps current, in memory: each player's searching message (edited every
    wave, removed when they leave, expire or are matched) and each player's match message (edited as
    reports and replays arrive). After a restart the book is empty: the next update of a match sends
    a fresh match message, and ``/queue`` shows a fresh searching message."""

    searching: dict[int, MessageRef] = field(default_factory=dict)
    matches: dict[tuple[int, int], MessageRef] = field(default_factory=dict)  # (match, player)
    # The last searching embed sent to each player: an unchanged one is not sent again.
    last_searching: dict[int, dict[str, Any]] = field(default_factory=dict)

    def searching_replaced(self, discord_uid: int, ref: MessageRef) -> MessageRef | None:
        """Record a player's new searching message; returns their previous one (to remove)."""
        old = self.searching.get(discord_uid)
        self.searching[discord_uid] = ref
        self.last_searching.pop(discord_uid, None)
        return old if old != ref else None

    def searching_done(self, discord_uid: int) -> MessageRef | None:
        self.last_searching.pop(discord_uid, None)
        return self.searching.pop(discord_uid, None)

    def remember_match(self, match_id: int, discord_uid: int, ref: MessageRef) -> None:
        """A player's match message, kept current also after the match ended (a late replay still
        shows); bounded, so a long-running bot forgets the oldest."""
        self.matches.pop((match_id, discord_uid), None)
        self.matches[(match_id, discord_uid)] = ref
        while len(self.matches) > MATCH_MESSAGES_KEPT:
            del self.matches[next(iter(self.matches))]


def partial_message(client: discord.Client, ref: MessageRef) -> discord.PartialMessage:
    return client.get_partial_messageable(ref.channel_id).get_partial_message(ref.message_id)


async def remove_quietly(client: discord.Client, ref: MessageRef) -> None:
    """Delete a message the bot sent; one already gone (or out of reach) needs no tidying."""
    with contextlib.suppress(discord.HTTPException):
        await partial_message(client, ref).delete()
