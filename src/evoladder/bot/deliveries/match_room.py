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

from evoladder.bot.cogs.match import REPORT_LABELS, match_found_view, match_started_view, shield_battery_view
from evoladder.bot.deliveries.outbox import Outbox
from evoladder.bot.present.match import (
    match_embed,
    match_found_embed,
    replay_details_embed,
    result_embed,
    shield_battery_embed,
)
from evoladder.bot.present.text import relative_time
from evoladder.config import Settings
from evoladder.gamedata import GameData
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

TEXT = {
    "confirm_reminder": "Reminder: confirm match #{match_id} {deadline} or it is cancelled.",
    "opponent_confirmed": "Your opponent confirmed match #{match_id}; please confirm too.",
    "started": "Both players confirmed: play the game, then report the result and send me your replay here.",
    "opponent_reported": (
        "Your opponent reported **{label}** for match #{match_id}. Please report your result too (and "
        "send me your replay)."
    ),
    "report_reminder": "Reminder: report the result of match #{match_id} {deadline}.",
    "upload_reminder": (
        "You reported match #{match_id} without your replay. Please send me the .SC2Replay file of that "
        "game here: each player's replay is kept as the match's evidence."
    ),
    "opponent_replay_ok": "Your opponent sent their replay of match #{match_id}; it is verified.",
    "opponent_replay_bad": (
        "Your opponent sent their replay of match #{match_id}; it is not verified, so it settles nothing "
        "(admins can still see it)."
    ),
    "conflict_reports_disagree": (
        "The reports for match #{match_id} disagree, so an admin will decide with the evidence. If you "
        "have not sent your replay yet, send it to me now."
    ),
    "conflict_report_contradicts_replay": (
        "A report for match #{match_id} contradicts the verified replay, so an admin will decide with the "
        "evidence."
    ),
    "conflict_lone_report_at_deadline": (
        "Only one result was reported for match #{match_id} before the deadline. One player's report "
        "alone is not a result, so an admin will decide with the evidence; if you have the replay, send "
        "it to me now."
    ),
    "ended_aborted_by_you": "You aborted match #{match_id}. No MMR changed.",
    "ended_aborted_by_opponent": "Your opponent aborted match #{match_id}. No MMR changed.",
    "ended_you_did_not_confirm": (
        "Match #{match_id} was cancelled: you did not confirm in time. No MMR changed and no abort was used."
    ),
    "ended_opponent_did_not_confirm": (
        "Match #{match_id} was cancelled: your opponent did not confirm in time. No MMR changed; use "
        "`/queue` to search again."
    ),
    "ended_report_deadline": (
        "Match #{match_id} is closed: no result was reported before the deadline. No MMR changed."
    ),
    "ended_other": "Match #{match_id} has ended. No MMR changed.",
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
            embed = match_found_embed(
                event.match_id, confirm_by=deadline, aborts_left=self.views.aborts_left(uid)
            )
            await self.outbox.dm(uid, embeds=[embed], view=match_found_view(event.match_id, uid))

    async def _confirm_reminder(self, event: ConfirmReminder) -> None:
        deadline = relative_time(datetime.fromtimestamp(event.confirm_deadline_ts, UTC))
        await self.outbox.dm(
            event.player, TEXT["confirm_reminder"].format(match_id=event.match_id, deadline=deadline)
        )

    async def _opponent_confirmed(self, event: OpponentConfirmed) -> None:
        await self.outbox.dm(event.player, TEXT["opponent_confirmed"].format(match_id=event.match_id))

    # --- the match message, kept current -----------------------------------------------------------
    def _match_message(self, match: Match) -> discord.Embed:
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
        embed = self._match_message(match)
        for uid in (match.player_a, match.player_b):
            ref = await self.outbox.dm(
                uid, TEXT["started"], embeds=[embed], view=match_started_view(match.match_id, uid)
            )
            if ref is not None:
                self.outbox.book.remember_match(match.match_id, uid, ref)
        notice = shield_battery_embed(self.settings.shield_battery_fix_url)
        for uid in self.views.shield_battery_notice_for(match):
            await self.outbox.dm(uid, embeds=[notice], view=shield_battery_view(uid))

    async def _refresh(self, match_id: int) -> None:
        """Edit both players' match messages to the match as it stands (no report picker once it is
        no longer in progress). After a restart the message is not known: an in-progress match's is
        sent anew (a finished one's result has its own message)."""
        match = self.outbox.match(match_id)
        if match is None or match.confirmed_at is None:
            return  # never started: there is no match message to keep current
        embed = self._match_message(match)
        book = self.outbox.book
        playing = match.status == "in_progress"
        for uid in (match.player_a, match.player_b):
            view = match_started_view(match_id, uid) if playing else None
            ref = book.matches.get((match_id, uid))
            if ref is not None and await self.outbox.edit(ref, embeds=[embed], view=view):
                continue
            if playing:
                ref = await self.outbox.dm(uid, embeds=[embed], view=view)
                if ref is not None:
                    book.remember_match(match_id, uid, ref)

    # --- reports and replays -----------------------------------------------------------------------
    async def _opponent_reported(self, event: OpponentReported) -> None:
        label = REPORT_LABELS.get(event.report, event.report)
        await self.outbox.dm(
            event.player, TEXT["opponent_reported"].format(label=label, match_id=event.match_id)
        )
        await self._refresh(event.match_id)

    async def _report_reminder(self, event: ReportReminder) -> None:
        deadline = relative_time(datetime.fromtimestamp(event.deadline_ts, UTC))
        for uid in event.players:
            await self.outbox.dm(
                uid, TEXT["report_reminder"].format(match_id=event.match_id, deadline=deadline)
            )

    async def _upload_reminder(self, event: UploadReminder) -> None:
        await self.outbox.dm(event.player, TEXT["upload_reminder"].format(match_id=event.match_id))

    async def _replay_checked(self, event: ReplayChecked) -> None:
        replay = self.views.replay_of(event.match_id, event.uploader)
        summary = replay.summary if replay is not None else {}
        details = replay_details_embed(
            event.match_id, summary, event.verdict, settled=event.settled, game_data=self.game_data
        )
        await self.outbox.dm(event.uploader, embeds=[details])
        key = "opponent_replay_ok" if event.verdict.get("ok") else "opponent_replay_bad"
        for uid in event.players:
            if uid != event.uploader:
                await self.outbox.dm(uid, TEXT[key].format(match_id=event.match_id))
        await self._refresh(event.match_id)

    # --- how it ended --------------------------------------------------------------------------------
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
        for uid in event.players:
            await self.outbox.dm(uid, embeds=[embed])
        await self._refresh(event.match_id)

    async def _match_conflict(self, event: MatchConflict) -> None:
        reason = event.evidence.get("end_reason")
        key = f"conflict_{reason}" if f"conflict_{reason}" in TEXT else "conflict_reports_disagree"
        for uid in event.players:
            await self.outbox.dm(uid, TEXT[key].format(match_id=event.match_id))
        await self._refresh(event.match_id)

    async def _match_ended(self, event: MatchEnded) -> None:
        for uid in event.players:
            await self.outbox.dm(uid, TEXT[ended_text(event, uid)].format(match_id=event.match_id))
        await self._refresh(event.match_id)


def ended_text(event: MatchEnded, recipient: int) -> str:
    """The ``TEXT`` key telling ``recipient`` how the match ended, naming nobody (it may never have been
    confirmed, and then the opponent stays hidden)."""
    if event.reason == "aborted":
        return "ended_aborted_by_you" if recipient in event.blame else "ended_aborted_by_opponent"
    if event.reason == "confirm_timeout":
        return "ended_you_did_not_confirm" if recipient in event.blame else "ended_opponent_did_not_confirm"
    key = f"ended_{event.reason}"
    return key if key in TEXT else "ended_other"
