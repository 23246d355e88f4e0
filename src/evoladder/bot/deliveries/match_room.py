"""What players are told in their DMs as their match moves on, in order: match found (nobody named),
reminders, the full match message once both confirmed (then kept current by editing it as reports
and replays arrive), the Shield Battery notice, reports, the replay's details, an upload reminder,
and how it ended — completed, disputed, aborted or cancelled.

Until both players confirmed, no message names the opponent (nor their BattleTag or MMR): players
can't dodge opponents they dislike.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from datetime import UTC, datetime
from typing import Any

import discord

from evoladder.bot.cogs.match import match_found_view, match_started_view, shield_battery_view
from evoladder.bot.deliveries.outbox import Outbox
from evoladder.bot.present.match import (
    match_embed,
    match_found_embed,
    replay_details_embed,
    report_text,
    result_embed,
    shield_battery_embed,
)
from evoladder.bot.present.text import relative_time
from evoladder.bot.voice import Voice
from evoladder.config import Settings
from evoladder.gamedata import GameData
from evoladder.i18n import Key
from evoladder.rules.events import (
    ConfirmReminder,
    MatchCompleted,
    MatchConflict,
    MatchEnded,
    MatchFound,
    MatchStarted,
    OpponentConfirmed,
    OpponentReported,
    ReplayChecked,
    ReportReminder,
    UploadReminder,
)
from evoladder.services.views import LadderViews
from evoladder.store.records import Match

# Why a match is disputed, by its end reason (an unknown reason reads as disagreeing reports).
CONFLICT_KEYS: dict[str, Key] = {
    "reports_disagree": Key("match-conflict-reports-disagree"),
    "report_contradicts_replay": Key("match-conflict-report-contradicts-replay"),
    "lone_report_at_deadline": Key("match-conflict-lone-report-at-deadline"),
}
# How a match ended without a result, told to one player (naming nobody).
ENDED_KEYS: dict[str, Key] = {
    "aborted_by_you": Key("match-ended-aborted-by-you"),
    "aborted_by_opponent": Key("match-ended-aborted-by-opponent"),
    "you_did_not_confirm": Key("match-ended-you-did-not-confirm"),
    "opponent_did_not_confirm": Key("match-ended-opponent-did-not-confirm"),
    "report_deadline": Key("match-ended-report-deadline"),
    "other": Key("match-ended-other"),
}


class MatchRoom:
    """The players' side of every match event."""

    def __init__(self, outbox: Outbox, views: LadderViews, settings: Settings, game_data: GameData) -> None:
        self.outbox = outbox
        self.views = views
        self.settings = settings
        self.game_data = game_data

    def handlers(self) -> Mapping[type, Callable[[Any], Awaitable[None]]]:
        return {
            MatchFound: self._match_found,
            ConfirmReminder: self._confirm_reminder,
            OpponentConfirmed: self._opponent_confirmed,
            MatchStarted: self._match_started,
            MatchEnded: self._match_ended,
            OpponentReported: self._opponent_reported,
            ReportReminder: self._report_reminder,
            UploadReminder: self._upload_reminder,
            MatchCompleted: self._match_completed,
            MatchConflict: self._match_conflict,
            ReplayChecked: self._replay_checked,
        }

    # --- before both confirmed: nobody is named ----------------------------------------------------
    async def _match_found(self, event: MatchFound) -> None:
        deadline = datetime.fromtimestamp(event.confirm_deadline_ts, UTC)
        for uid in event.players:
            say = self.outbox.voices.of_player(uid)
            embed = match_found_embed(
                event.match_id, say, confirm_by=deadline, aborts_left=self.views.aborts_left(uid)
            )
            await self.outbox.dm(uid, embeds=[embed], view=match_found_view(event.match_id, uid, say))

    async def _confirm_reminder(self, event: ConfirmReminder) -> None:
        deadline = relative_time(datetime.fromtimestamp(event.confirm_deadline_ts, UTC))
        say = self.outbox.voices.of_player(event.player)
        await self.outbox.dm(
            event.player, say("match-confirm-reminder", match_id=str(event.match_id), deadline=deadline)
        )

    async def _opponent_confirmed(self, event: OpponentConfirmed) -> None:
        say = self.outbox.voices.of_player(event.player)
        await self.outbox.dm(event.player, say("match-opponent-confirmed", match_id=str(event.match_id)))

    # --- the match message, kept current -----------------------------------------------------------
    def _match_message(self, match: Match, say: Voice) -> discord.Embed:
        a, b = self.views.sides(match)
        report_by = None
        if match.confirmed_at is not None:
            report_by = datetime.fromtimestamp(
                match.confirmed_at.timestamp() + self.settings.report_deadline_s, UTC
            )
        embed = match_embed(
            match,
            a,
            b,
            say,
            win_chance_a=self.views.win_chance_a(match),
            replays=(
                self.views.replay_of(match.match_id, a.discord_uid),
                self.views.replay_of(match.match_id, b.discord_uid),
            ),
            game_data=self.game_data,
            report_by=report_by,
        )
        return embed

    async def _match_started(self, event: MatchStarted) -> None:
        match = self.outbox.match(event.match_id)
        if match is None:
            return
        for uid in (match.player_a, match.player_b):
            say = self.outbox.voices.of_player(uid)
            ref = await self.outbox.dm(
                uid,
                say("match-started"),
                embeds=[self._match_message(match, say)],
                view=match_started_view(match.match_id, uid, say),
            )
            if ref is not None:
                self.outbox.book.remember_match(match.match_id, uid, ref)
        for uid in self.views.shield_battery_notice_for(match):
            say = self.outbox.voices.of_player(uid)
            notice = shield_battery_embed(self.settings.shield_battery_fix_url, say)
            await self.outbox.dm(uid, embeds=[notice], view=shield_battery_view(uid, say))

    async def _refresh(self, match_id: int) -> None:
        """Edit both players' match messages to the match as it stands (no report picker once it is
        no longer in progress). After a restart the message is not known: an in-progress match's is
        sent anew (a finished one's result has its own message)."""
        match = self.outbox.match(match_id)
        if match is None or match.confirmed_at is None:
            return  # never started: there is no match message to keep current
        book = self.outbox.book
        playing = match.status == "in_progress"
        for uid in (match.player_a, match.player_b):
            say = self.outbox.voices.of_player(uid)
            embed = self._match_message(match, say)
            view = match_started_view(match_id, uid, say) if playing else None
            ref = book.matches.get((match_id, uid))
            if ref is not None and await self.outbox.edit(ref, embeds=[embed], view=view):
                continue
            if playing:
                ref = await self.outbox.dm(uid, embeds=[embed], view=view)
                if ref is not None:
                    book.remember_match(match_id, uid, ref)

    # --- reports and replays -----------------------------------------------------------------------
    async def _opponent_reported(self, event: OpponentReported) -> None:
        say = self.outbox.voices.of_player(event.player)
        label = report_text(event.report, say)
        await self.outbox.dm(
            event.player, say("match-opponent-reported", label=label, match_id=str(event.match_id))
        )
        await self._refresh(event.match_id)

    async def _report_reminder(self, event: ReportReminder) -> None:
        deadline = relative_time(datetime.fromtimestamp(event.deadline_ts, UTC))
        for uid in event.players:
            say = self.outbox.voices.of_player(uid)
            await self.outbox.dm(
                uid, say("match-report-reminder", match_id=str(event.match_id), deadline=deadline)
            )

    async def _upload_reminder(self, event: UploadReminder) -> None:
        say = self.outbox.voices.of_player(event.player)
        await self.outbox.dm(event.player, say("match-upload-reminder", match_id=str(event.match_id)))

    async def _replay_checked(self, event: ReplayChecked) -> None:
        replay = self.views.replay_of(event.match_id, event.uploader)
        summary = replay.summary if replay is not None else {}
        details = replay_details_embed(
            event.match_id,
            summary,
            event.verdict,
            self.outbox.voices.of_player(event.uploader),
            settled=event.settled,
            game_data=self.game_data,
        )
        await self.outbox.dm(event.uploader, embeds=[details])
        match_id, ok = str(event.match_id), bool(event.verdict.get("ok"))
        for uid in event.players:
            if uid != event.uploader:
                say = self.outbox.voices.of_player(uid)
                if ok:
                    text = say("match-opponent-replay-ok", match_id=match_id)
                else:
                    text = say("match-opponent-replay-bad", match_id=match_id)
                await self.outbox.dm(uid, text)
        await self._refresh(event.match_id)

    # --- how it ended --------------------------------------------------------------------------------
    async def _match_completed(self, event: MatchCompleted) -> None:
        match = self.outbox.match(event.match_id)
        if match is None or match.result is None:
            return
        a, b = self.views.sides(match)
        for uid in event.players:
            embed = result_embed(
                match.match_id,
                a,
                b,
                self.outbox.voices.of_player(uid),
                result=match.result,
                delta_a=match.delta_a,
                delta_b=match.delta_b,
                map_name=match.map,
                game_data=self.game_data,
            )
            await self.outbox.dm(uid, embeds=[embed])
        await self._refresh(event.match_id)

    async def _match_conflict(self, event: MatchConflict) -> None:
        reason = event.evidence.get("end_reason")
        key = CONFLICT_KEYS.get(str(reason), CONFLICT_KEYS["reports_disagree"])
        for uid in event.players:
            say = self.outbox.voices.of_player(uid)
            await self.outbox.dm(uid, say(key, match_id=str(event.match_id)))
        await self._refresh(event.match_id)

    async def _match_ended(self, event: MatchEnded) -> None:
        for uid in event.players:
            say = self.outbox.voices.of_player(uid)
            await self.outbox.dm(uid, say(ENDED_KEYS[ended_text(event, uid)], match_id=str(event.match_id)))
        await self._refresh(event.match_id)


def ended_text(event: MatchEnded, recipient: int) -> str:
    """The ``ENDED_KEYS`` entry telling ``recipient`` how the match ended, naming nobody (it may never have been
    confirmed, and then the opponent stays hidden)."""
    if event.reason == "aborted":
        return "aborted_by_you" if recipient in event.blame else "aborted_by_opponent"
    if event.reason == "confirm_timeout":
        return "you_did_not_confirm" if recipient in event.blame else "opponent_did_not_confirm"
    return event.reason if event.reason in ENDED_KEYS else "other"
