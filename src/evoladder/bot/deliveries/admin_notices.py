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
from evoladder.bot.voice import Voice
from evoladder.config import Settings
from evoladder.gamedata import GameData
from evoladder.i18n import Key
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

KNOCK_ON = {
    "resolved": Key("staff-dm-knock-on-resolved"),
    "invalidated": Key("staff-dm-knock-on-invalidated"),
}


def signed(delta: int) -> str:
    """An MMR change with its sign: +25, -10, +0."""
    return f"{delta:+d}"


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
        say = self.outbox.voices.of_player(event.player)
        if event.banned:
            text = say("staff-dm-banned", reason=event.reason)
        else:
            text = say("staff-dm-unbanned", reason=event.reason)
        await self.outbox.dm(event.player, text)

    async def _mmr(self, event: MmrAdjustedByAdmin) -> None:
        say = self.outbox.voices.of_player(event.player)
        text = say(
            "staff-dm-mmr",
            race=race_name(self.game_data, event.race, say.locale),
            before=str(event.before),
            after=str(event.after),
            delta=signed(event.after - event.before),
            reason=event.reason,
        )
        await self.outbox.dm(event.player, text)

    async def _removed(self, event: RemovedFromQueue) -> None:
        for uid in event.players:
            say = self.outbox.voices.of_player(uid)
            if event.cleared:
                text = say("staff-dm-cleared", reason=event.reason)
            else:
                text = say("staff-dm-removed", reason=event.reason)
            await self.outbox.dm(uid, text)

    async def _aborts(self, event: AbortsSetByAdmin) -> None:
        say = self.outbox.voices.of_player(event.player)
        await self.outbox.dm(
            event.player, say("staff-dm-aborts", left=event.aborts_left, reason=event.reason)
        )

    def _result(self, match_id: int, result: str | None, say: Voice) -> str:
        match = self.outbox.match(match_id)
        if result is None or match is None:
            return say("staff-dm-no-result")
        if result == "draw":
            return say("staff-dm-draw")
        winner = match.player_a if result == "a" else match.player_b
        name = self.views.player_name(winner) or str(winner)
        return say("staff-dm-winner", name=discord.utils.escape_markdown(name))

    def _headline(self, event: MatchResolved | MatchInvalidated, say: Voice) -> str:
        match_id = str(event.match_id)
        if isinstance(event, MatchInvalidated):
            if event.shifts:
                return say("staff-dm-invalidated", match_id=match_id)
            return say("staff-dm-invalidated-open", match_id=match_id)
        result = self._result(event.match_id, event.result, say)
        if event.previous_status == "completed":
            previous = self._result(event.match_id, event.previous_result, say)
            return say("staff-dm-corrected", match_id=match_id, result=result, previous=previous)
        return say("staff-dm-resolved", match_id=match_id, result=result)

    def _mmr_lines(self, shifts: list[MmrShift], say: Voice) -> list[str]:
        return [
            say(
                "staff-dm-your-mmr",
                race=race_name(self.game_data, s.race, say.locale),
                before=str(s.before),
                after=str(s.after),
                delta=signed(s.after - s.before),
            )
            for s in shifts
        ]

    async def _match_decided(self, event: MatchResolved | MatchInvalidated) -> None:
        by_player: dict[int, list[MmrShift]] = {uid: [] for uid in event.players}
        for shift in event.shifts:
            by_player.setdefault(shift.player, []).append(shift)
        for uid, shifts in by_player.items():
            say = self.outbox.voices.of_player(uid)
            if uid in event.players:
                lines = [self._headline(event, say), *self._mmr_lines(shifts, say)]
                if event.rederived:
                    lines.append(say("staff-dm-rederived", count=event.rederived))
                lines.append(say("staff-dm-reason", reason=event.reason))
            else:
                changed = "invalidated" if isinstance(event, MatchInvalidated) else "resolved"
                lines = [
                    say(KNOCK_ON[changed], match_id=str(event.match_id)),
                    *self._mmr_lines(shifts, say),
                ]
            await self.outbox.dm(uid, truncate("\n".join(lines), CONTENT_MAX))
