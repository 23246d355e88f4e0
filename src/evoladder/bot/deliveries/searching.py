"""The searching message lives: edited at every wave for the players still waiting, removed (before
the match-found message arrives) when a match is made, removed when the queue entry expires.

The message itself is shown by the queue cog, which records it in the ``MessageBook``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from evoladder.bot.deliveries.outbox import Handler, Outbox
from evoladder.bot.present.queue import searching_embed
from evoladder.config import Settings
from evoladder.gamedata import GameData
from evoladder.rules.events import MatchFound, QueueExpired, WaveDone
from evoladder.services.views import LadderViews


class SearchingMessages:
    def __init__(self, outbox: Outbox, views: LadderViews, settings: Settings, game_data: GameData) -> None:
        self.outbox = outbox
        self.views = views
        self.settings = settings
        self.game_data = game_data

    def handlers(self) -> Mapping[type, Handler]:
        return {WaveDone: self._wave_done, MatchFound: self._match_found, QueueExpired: self._expired}

    async def _wave_done(self, event: WaveDone) -> None:
        book = self.outbox.book
        for uid in event.waiting:
            ref = book.searching.get(uid)
            if ref is None:
                continue
            status = self.views.queue_status(uid)
            if not status.queued:
                continue
            say = self.outbox.voices.of_player(uid)
            embed = searching_embed(
                status, self.game_data, say, active_window_s=self.settings.active_window_s
            )
            shown: dict[str, Any] = dict(embed.to_dict())
            if book.last_searching.get(uid) == shown:
                continue  # nothing a player would see changed: spare Discord the edit
            if await self.outbox.edit(ref, embeds=[embed]):
                book.last_searching[uid] = shown
            else:
                book.searching_done(uid)

    async def _match_found(self, event: MatchFound) -> None:
        """The searching message makes way for the match-found message (a new DM, so it notifies)."""
        for uid in event.players:
            ref = self.outbox.book.searching_done(uid)
            if ref is not None:
                await self.outbox.delete(ref)

    async def _expired(self, event: QueueExpired) -> None:
        ref = self.outbox.book.searching_done(event.player)
        if ref is not None:
            await self.outbox.delete(ref)
        say = self.outbox.voices.of_player(event.player)
        await self.outbox.dm(event.player, say("queue-entry-expired"))
