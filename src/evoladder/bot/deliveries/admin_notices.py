"""What players are told when an admin acts on them: one DM per affected player per action (the
action's event is published once, however often its confirm was clicked), naming what changed and
the admin's reason. A resolved or invalidated match lists every MMR it moved; a player whose later
games were re-derived hears why their rating moved."""

from __future__ import annotations

from collections.abc import Mapping

import discord

from evoladder.bot.deliveries.outbox import Handler, Outbox
from evoladder.bot.limits import CONTENT_MAX
from evoladder.bot.present.text import race_name, truncate
from evoladder.config import Settings
from evoladder.gamedata import GameData
from evoladder.rules.events import (
    AbortsSetByAdmin,
    MatchInvalidated,
    MatchResolved,
    MmrAdjustedByAdmin,
    MmrShift,
    PlayerBanChanged,
    RemovedFromQueue,
)
from evoladder.services.views import LadderViews

TEXT = {
    "banned": "An admin banned you from the ladder. Reason: {reason}\nIf you think this is a mistake, contact an admin.",
    "unbanned": "An admin lifted your ban: you can use the ladder again. Reason: {reason}",
    "mmr": "An admin changed your {race} MMR: {before} → **{after}** ({delta:+d}). Reason: {reason}",
    "removed": "An admin took you out of the queue. Reason: {reason}\nUse `/queue` to search again.",
    "cleared": "An admin cleared the queue, so you are no longer searching. Reason: {reason}\nUse `/queue` to search again.",
    "aborts": "An admin set your aborts for this month: you have {left} left. Reason: {reason}",
    "resolved": "An admin decided match #{match_id}: {result}.",
    "corrected": "An admin corrected the result of match #{match_id}: {result} (it was {previous}).",
    "invalidated": "An admin invalidated match #{match_id}: its result does not count.",
    "invalidated_open": "An admin invalidated match #{match_id}; it is over. No MMR changed.",
    "your_mmr": "Your {race} MMR: {before} → **{after}** ({delta:+d}).",
    "rederived": "{count} later game(s) were recalculated from it.",
    "reason": "Reason: {reason}",
    "knock_on": (
        "An admin {changed} match #{match_id}, an earlier game of one of your opponents, so your later "
        "results were recalculated."
    ),
    "changed_resolved": "corrected",
    "changed_invalidated": "invalidated",
    "winner": "{name} won",
    "draw": "a draw",
    "no_result": "no result",
}


class AdminNotices:
    """The players' side of every admin action."""

    def __init__(self, outbox: Outbox, views: LadderViews, settings: Settings, game_data: GameData) -> None:
        self.outbox = outbox
        self.views = views
        self.game_data = game_data

    def handlers(self) -> Mapping[type, Handler]:
        return {
            PlayerBanChanged: self._ban,
            MmrAdjustedByAdmin: self._mmr,
            RemovedFromQueue: self._removed,
            AbortsSetByAdmin: self._aborts,
            MatchResolved: self._match_decided,
            MatchInvalidated: self._match_decided,
        }

    async def _ban(self, event: PlayerBanChanged) -> None:
        await self.outbox.dm(
            event.player, TEXT["banned" if event.banned else "unbanned"].format(reason=event.reason)
        )

    async def _mmr(self, event: MmrAdjustedByAdmin) -> None:
        text = TEXT["mmr"].format(
            race=race_name(self.game_data, event.race),
            before=event.before,
            after=event.after,
            delta=event.after - event.before,
            reason=event.reason,
        )
        await self.outbox.dm(event.player, text)

    async def _removed(self, event: RemovedFromQueue) -> None:
        text = TEXT["cleared" if event.cleared else "removed"].format(reason=event.reason)
        for uid in event.players:
            await self.outbox.dm(uid, text)

    async def _aborts(self, event: AbortsSetByAdmin) -> None:
        await self.outbox.dm(event.player, TEXT["aborts"].format(left=event.aborts_left, reason=event.reason))

    def _result(self, match_id: int, result: str | None) -> str:
        match = self.outbox.match(match_id)
        if result is None or match is None:
            return TEXT["no_result"]
        if result == "draw":
            return TEXT["draw"]
        winner = match.player_a if result == "a" else match.player_b
        name = self.views.player_name(winner) or str(winner)
        return TEXT["winner"].format(name=discord.utils.escape_markdown(name))

    def _headline(self, event: MatchResolved | MatchInvalidated) -> str:
        if isinstance(event, MatchInvalidated):
            return TEXT["invalidated" if event.shifts else "invalidated_open"].format(match_id=event.match_id)
        result = self._result(event.match_id, event.result)
        if event.previous_status == "completed":
            previous = self._result(event.match_id, event.previous_result)
            return TEXT["corrected"].format(match_id=event.match_id, result=result, previous=previous)
        return TEXT["resolved"].format(match_id=event.match_id, result=result)

    def _mmr_lines(self, shifts: list[MmrShift]) -> list[str]:
        return [
            TEXT["your_mmr"].format(
                race=race_name(self.game_data, s.race),
                before=s.before,
                after=s.after,
                delta=s.after - s.before,
            )
            for s in shifts
        ]

    async def _match_decided(self, event: MatchResolved | MatchInvalidated) -> None:
        by_player: dict[int, list[MmrShift]] = {uid: [] for uid in event.players}
        for shift in event.shifts:
            by_player.setdefault(shift.player, []).append(shift)
        headline, reason = self._headline(event), TEXT["reason"].format(reason=event.reason)
        for uid, shifts in by_player.items():
            if uid in event.players:
                lines = [headline, *self._mmr_lines(shifts)]
                if event.rederived:
                    lines.append(TEXT["rederived"].format(count=event.rederived))
                lines.append(reason)
            else:
                changed = TEXT[
                    "changed_invalidated" if isinstance(event, MatchInvalidated) else "changed_resolved"
                ]
                lines = [
                    TEXT["knock_on"].format(changed=changed, match_id=event.match_id),
                    *self._mmr_lines(shifts),
                ]
            await self.outbox.dm(uid, truncate("\n".join(lines), CONTENT_MAX))
