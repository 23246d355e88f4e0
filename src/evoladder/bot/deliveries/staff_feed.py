"""The staff feed: one compact line in the admin channel per thing staff should know — completions,
aborts, abandons (no confirm, no report), disputes (pinging the staff role, with the evidence),
admin decisions, bans, and health alerts (raised and cleared) — each with its match or player id.

Lines name players by name and id and ping nobody but the staff role on a dispute (allowed mentions).
"""

from __future__ import annotations

from collections.abc import Mapping

import discord

from evoladder.bot.deliveries.outbox import Handler, Outbox
from evoladder.bot.limits import CONTENT_MAX
from evoladder.bot.present.match import conflict_embed
from evoladder.bot.present.text import race_short, truncate
from evoladder.config import Settings
from evoladder.gamedata import GameData
from evoladder.i18n import DEFAULT_LOCALE
from evoladder.rules.events import (
    HealthAlert,
    MatchCompleted,
    MatchConflict,
    MatchEnded,
    MatchInvalidated,
    MatchResolved,
    PlayerBanChanged,
)
from evoladder.services.views import LadderViews
from evoladder.store.records import Match

REASON_SHOWN = 200
TEXT = {
    "completed": "✅ Match #{match_id} completed: {result} · {a} {race_a} {move_a} · {b} {race_b} {move_b}",
    "move": "{before}→{after}",
    "aborted": "↩️ Match #{match_id} aborted by {blame} · {a} vs {b}",
    "abandoned_confirm": "⌛ Match #{match_id} abandoned: {blame} did not confirm · {a} vs {b}",
    "abandoned_report": "⌛ Match #{match_id} abandoned: no result before the report deadline · {a} vs {b}",
    "dispute": "{ping}⚠️ Dispute on match #{match_id} · {a} vs {b} · see `/admin match {match_id}`",
    "ping": "<@&{role_id}> ",
    "resolved": "⚖️ Match #{match_id} resolved by {admin}: {result}. {rederived}Reason: {reason}",
    "invalidated": "🚫 Match #{match_id} invalidated by {admin}. {rederived}Reason: {reason}",
    "rederived": "{count} later game(s) re-derived. ",
    "banned": "⛔ {player} banned by {admin}. Reason: {reason}",
    "unbanned": "✅ {player} unbanned by {admin}. Reason: {reason}",
    "health_raised": "🚨 Health: {detail}",
    "health_cleared": "✅ Health recovered ({condition}): it was: {detail}",
    "player": "{name} (`{discord_id}`)",
    "winner": "{name} won",
    "draw": "draw",
    "somebody": "a player",
}


class StaffFeed:
    def __init__(self, outbox: Outbox, views: LadderViews, settings: Settings, game_data: GameData) -> None:
        self.outbox = outbox
        self.views = views
        self.game_data = game_data
        self.channel_id = settings.admin_channel_id
        self.role_id = settings.staff_role_id

    def handlers(self) -> Mapping[type, Handler]:
        return {
            MatchCompleted: self._completed,
            MatchEnded: self._ended,
            MatchConflict: self._dispute,
            MatchResolved: self._resolved,
            MatchInvalidated: self._invalidated,
            PlayerBanChanged: self._ban,
            HealthAlert: self._health,
        }

    async def _say(self, text: str, *, embed: discord.Embed | None = None, ping_role: bool = False) -> None:
        roles = [discord.Object(self.role_id)] if ping_role and self.role_id is not None else False
        mentions = discord.AllowedMentions(everyone=False, users=False, roles=roles)
        await self.outbox.post(
            self.channel_id, truncate(text, CONTENT_MAX), embed=embed, allowed_mentions=mentions
        )

    def _who(self, discord_uid: int) -> str:
        """Name and id; someone without a player name by mention (shown, never pinged: see ``_say``)."""
        name = self.views.player_name(discord_uid)
        shown = discord.utils.escape_markdown(name) if name else f"<@{discord_uid}>"
        return TEXT["player"].format(name=shown, discord_id=discord_uid)

    def _result(self, match: Match, result: str | None) -> str:
        if result in ("a", "b"):
            winner = match.player_a if result == "a" else match.player_b
            return TEXT["winner"].format(name=self._who(winner))
        return TEXT["draw"]

    def _pair(self, match: Match) -> dict[str, str]:
        return {
            "match_id": str(match.match_id),
            "a": self._who(match.player_a),
            "b": self._who(match.player_b),
        }

    async def _completed(self, event: MatchCompleted) -> None:
        match = self.outbox.match(event.match_id)
        if match is None or match.delta_a is None or match.delta_b is None:
            return
        move = TEXT["move"]
        await self._say(
            TEXT["completed"].format(
                **self._pair(match),
                result=self._result(match, match.result),
                race_a=race_short(self.game_data, match.race_a),
                race_b=race_short(self.game_data, match.race_b),
                move_a=move.format(before=match.mmr_a_before, after=match.mmr_a_before + match.delta_a),
                move_b=move.format(before=match.mmr_b_before, after=match.mmr_b_before + match.delta_b),
            )
        )

    async def _ended(self, event: MatchEnded) -> None:
        key = {
            "aborted": "aborted",
            "confirm_timeout": "abandoned_confirm",
            "report_deadline": "abandoned_report",
        }
        match = self.outbox.match(event.match_id)
        if event.reason not in key or match is None:
            return
        blame = ", ".join(self._who(uid) for uid in event.blame) or TEXT["somebody"]
        await self._say(TEXT[key[event.reason]].format(**self._pair(match), blame=blame))

    async def _dispute(self, event: MatchConflict) -> None:
        match = self.outbox.match(event.match_id)
        if match is None:
            return
        a, b = self.views.sides(match)
        embed = conflict_embed(
            match.match_id,
            a,
            b,
            self.outbox.voices.of_locale(DEFAULT_LOCALE),  # the staff feed is one channel post
            evidence=event.evidence,
            map_name=match.map,
            game_data=self.game_data,
        )
        ping = TEXT["ping"].format(role_id=self.role_id) if self.role_id is not None else ""
        await self._say(TEXT["dispute"].format(ping=ping, **self._pair(match)), embed=embed, ping_role=True)

    def _rederived(self, count: int) -> str:
        return TEXT["rederived"].format(count=count) if count else ""

    async def _resolved(self, event: MatchResolved) -> None:
        match = self.outbox.match(event.match_id)
        if match is None:
            return
        await self._say(
            TEXT["resolved"].format(
                match_id=event.match_id,
                admin=self._who(event.admin),
                result=self._result(match, event.result),
                rederived=self._rederived(event.rederived),
                reason=truncate(event.reason, REASON_SHOWN),
            )
        )

    async def _invalidated(self, event: MatchInvalidated) -> None:
        await self._say(
            TEXT["invalidated"].format(
                match_id=event.match_id,
                admin=self._who(event.admin),
                rederived=self._rederived(event.rederived),
                reason=truncate(event.reason, REASON_SHOWN),
            )
        )

    async def _ban(self, event: PlayerBanChanged) -> None:
        text = TEXT["banned" if event.banned else "unbanned"].format(
            player=self._who(event.player),
            admin=self._who(event.admin),
            reason=truncate(event.reason, REASON_SHOWN),
        )
        await self._say(text)

    async def _health(self, event: HealthAlert) -> None:
        if event.raised:
            await self._say(TEXT["health_raised"].format(detail=event.detail))
        else:
            await self._say(TEXT["health_cleared"].format(condition=event.condition, detail=event.detail))
