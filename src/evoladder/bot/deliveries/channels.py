"""Posts to the ladder's channels: results for everyone, disputes for the admins."""

from __future__ import annotations

from collections.abc import Mapping

from evoladder.bot.deliveries.outbox import Handler, Outbox
from evoladder.bot.present.match import conflict_embed, result_embed
from evoladder.config import Settings
from evoladder.gamedata import GameData
from evoladder.rules.events import MatchCompleted, MatchConflict
from evoladder.services.views import LadderViews


class LadderChannels:
    def __init__(self, outbox: Outbox, views: LadderViews, settings: Settings, game_data: GameData) -> None:
        self.outbox = outbox
        self.views = views
        self.settings = settings
        self.game_data = game_data

    def handlers(self) -> Mapping[type, Handler]:
        return {MatchCompleted: self._match_completed, MatchConflict: self._match_conflict}

    async def _match_completed(self, event: MatchCompleted) -> None:
        match = self.outbox.match(event.match_id)
        if match is None or match.result is None:
            return
        a, b = self.views.sides(match)
        embed = result_embed(
            match.match_id,
            a,
            b,
            result=match.result,
            delta_a=match.delta_a,
            delta_b=match.delta_b,
            map_name=match.map,
            game_data=self.game_data,
        )
        await self.outbox.post(self.settings.results_channel_id, embed=embed)

    async def _match_conflict(self, event: MatchConflict) -> None:
        match = self.outbox.match(event.match_id)
        if match is None:
            return
        a, b = self.views.sides(match)
        embed = conflict_embed(
            match.match_id, a, b, evidence=event.evidence, map_name=match.map, game_data=self.game_data
        )
        await self.outbox.post(self.settings.admin_channel_id, embed=embed)
