"""The staff feed: one compact line in the admin channel per thing staff should know — completions,
aborts, abandons (no confirm, no report), disputes (pinging the staff role, with the evidence),
admin decisions, bans, and health alerts (raised and cleared) — each with its match or player id.

Lines name players by name and id and ping nobody but the staff role on a dispute (allowed mentions).
The channel has many readers, so the feed is written in the ladder's default language (``FEED_LOCALE``)
from ``locales/<locale>/staff.ftl``; what staff are answered in ``/admin`` follows each one's language.
"""

from __future__ import annotations

from collections.abc import Mapping

import discord

from evoladder.bot.deliveries.outbox import Handler, Outbox
from evoladder.bot.limits import CONTENT_MAX
from evoladder.bot.present.match import conflict_embed
from evoladder.bot.present.text import race_short, truncate
from evoladder.bot.voice import Voice
from evoladder.config import Settings
from evoladder.gamedata import GameData
from evoladder.i18n import DEFAULT_LOCALE, Key
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
FEED_LOCALE = DEFAULT_LOCALE  # one channel, many readers: the ladder's default language
ENDED = {
    "aborted": Key("staff-feed-aborted"),
    "confirm_timeout": Key("staff-feed-abandoned-confirm"),
    "report_deadline": Key("staff-feed-abandoned-report"),
}


class StaffFeed:
    def __init__(self, outbox: Outbox, views: LadderViews, settings: Settings, game_data: GameData) -> None:
        self.outbox = outbox
        self.views = views
        self.game_data = game_data
        self.channel_id = settings.admin_channel_id
        self.role_id = settings.staff_role_id

    @property
    def say(self) -> Voice:
        """The feed's voice (its readers share one channel)."""
        return self.outbox.voices.of_locale(FEED_LOCALE)

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
        return self.say("staff-player", name=shown, discord_id=str(discord_uid))

    def _result(self, match: Match, result: str | None) -> str:
        if result in ("a", "b"):
            winner = match.player_a if result == "a" else match.player_b
            return self.say("staff-winner", name=self._who(winner))
        return self.say("staff-draw")

    def _pair(self, match: Match) -> dict[str, str]:
        return {
            "match_id": str(match.match_id),
            "a": self._who(match.player_a),
            "b": self._who(match.player_b),
        }

    def _move(self, before: int, delta: int) -> str:
        return self.say("staff-feed-move", before=str(before), after=str(before + delta))

    async def _completed(self, event: MatchCompleted) -> None:
        match = self.outbox.match(event.match_id)
        if match is None or match.delta_a is None or match.delta_b is None:
            return
        await self._say(
            self.say(
                "staff-feed-completed",
                **self._pair(match),
                result=self._result(match, match.result),
                race_a=race_short(self.game_data, match.race_a),
                race_b=race_short(self.game_data, match.race_b),
                move_a=self._move(match.mmr_a_before, match.delta_a),
                move_b=self._move(match.mmr_b_before, match.delta_b),
            )
        )

    async def _ended(self, event: MatchEnded) -> None:
        match = self.outbox.match(event.match_id)
        if event.reason not in ENDED or match is None:
            return
        blame = ", ".join(self._who(uid) for uid in event.blame) or self.say("staff-feed-somebody")
        await self._say(self.say(ENDED[event.reason], **self._pair(match), blame=blame))

    async def _dispute(self, event: MatchConflict) -> None:
        match = self.outbox.match(event.match_id)
        if match is None:
            return
        a, b = self.views.sides(match)
        embed = conflict_embed(
            match.match_id,
            a,
            b,
            self.say,
            evidence=event.evidence,
            map_name=match.map,
            game_data=self.game_data,
        )
        ping = f"<@&{self.role_id}> " if self.role_id is not None else ""
        await self._say(
            self.say("staff-feed-dispute", ping=ping, **self._pair(match)), embed=embed, ping_role=True
        )

    def _rederived(self, count: int) -> str:
        return self.say("staff-feed-rederived", count=count) if count else ""

    async def _resolved(self, event: MatchResolved) -> None:
        match = self.outbox.match(event.match_id)
        if match is None:
            return
        await self._say(
            self.say(
                "staff-feed-resolved",
                match_id=str(event.match_id),
                admin=self._who(event.admin),
                result=self._result(match, event.result),
                rederived=self._rederived(event.rederived),
                reason=truncate(event.reason, REASON_SHOWN),
            )
        )

    async def _invalidated(self, event: MatchInvalidated) -> None:
        await self._say(
            self.say(
                "staff-feed-invalidated",
                match_id=str(event.match_id),
                admin=self._who(event.admin),
                rederived=self._rederived(event.rederived),
                reason=truncate(event.reason, REASON_SHOWN),
            )
        )

    async def _ban(self, event: PlayerBanChanged) -> None:
        player, admin = self._who(event.player), self._who(event.admin)
        reason = truncate(event.reason, REASON_SHOWN)
        if event.banned:
            text = self.say("staff-feed-banned", player=player, admin=admin, reason=reason)
        else:
            text = self.say("staff-feed-unbanned", player=player, admin=admin, reason=reason)
        await self._say(text)

    async def _health(self, event: HealthAlert) -> None:
        if event.raised:
            await self._say(self.say("staff-feed-health-raised", detail=event.detail))
        else:
            await self._say(
                self.say("staff-feed-health-cleared", condition=event.condition, detail=event.detail)
            )
