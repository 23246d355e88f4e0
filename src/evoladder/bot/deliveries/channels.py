"""Posts to the ladder's public channels: results for everyone (an admin's decision too). What
staff need — disputes, aborts, bans, health — goes to the staff feed (``staff_feed``)."""

from __future__ import annotations

from collections.abc import Mapping

from evoladder.bot.deliveries.outbox import Handler, Outbox
from evoladder.bot.present.match import result_embed
from evoladder.config import Settings
from evoladder.gamedata import GameData
from evoladder.i18n import DEFAULT_LOCALE
from evoladder.rules.events import MatchCompleted, MatchResolved
from evoladder.services.views import LadderViews


class LadderChannels:
    def __init__(self, outbox: Outbox, views: LadderViews, settings: Settings, game_data: GameData) -> None:
        self.outbox = outbox
        self.views = views
        self.settings = settings
        self.game_data = game_data

    def handlers(self) -> Mapping[type, Handler]:
        return {MatchCompleted: self._match_completed, MatchResolved: self._match_completed}

    async def _match_completed(self, event: MatchCompleted | MatchResolved) -> None:
        match = self.outbox.match(event.match_id)
        if match is None or match.result is None:
            return
        a, b = self.views.sides(match)
        embed = result_embed(
            match.match_id,
            a,
            b,
            self.outbox.voices.of_locale(DEFAULT_LOCALE),  # a public post: the ladder's language
            result=match.result,
            delta_a=match.delta_a,
            delta_b=match.delta_b,
            map_name=match.map,
            game_data=self.game_data,
        )
        await self.outbox.post(self.settings.results_channel_id, embed=embed)
