"""What players are told in their DMs as their match moves on: found, reminders, started, reported,
replay checked, ended, completed, disputed; and an expired queue entry."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from datetime import UTC, datetime
from typing import Any

from evoladder.bot.cogs.match import REPORT_LABELS, match_found_view, match_started_view
from evoladder.bot.deliveries.outbox import Outbox
from evoladder.bot.present.match import match_embed, match_found_embed, result_embed, verdict_checks
from evoladder.bot.present.text import relative_time, truncate
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
    QueueExpired,
    ReplayChecked,
    ReportReminder,
)
from evoladder.services.views import LadderViews

ENDED_TEXT = {
    "aborted": "Match #{id} was aborted by {blame}. No MMR changed.",
    "confirm_timeout": "Match #{id} was cancelled: {blame} did not confirm in time. No MMR changed.",
    "report_deadline": "Match #{id} is closed: no result was reported before the deadline. No MMR changed.",
}
STATUS_ICON = {"pass": "✅", "warn": "⚠️", "fail": "❌"}


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
            MatchCompleted: self._match_completed,
            MatchConflict: self._match_conflict,
            ReplayChecked: self._replay_checked,
            QueueExpired: self._queue_expired,
        }

    def _name(self, discord_uid: int) -> str:
        return self.views.player_name(discord_uid) or f"<@{discord_uid}>"

    async def _confirm_reminder(self, event: ConfirmReminder) -> None:
        deadline = datetime.fromtimestamp(event.confirm_deadline_ts, UTC)
        await self.outbox.dm(
            event.player,
            f"Reminder: confirm match #{event.match_id} {relative_time(deadline)} or it is cancelled.",
        )

    async def _opponent_confirmed(self, event: OpponentConfirmed) -> None:
        await self.outbox.dm(
            event.player, f"Your opponent confirmed match #{event.match_id}; please confirm too."
        )

    async def _match_ended(self, event: MatchEnded) -> None:
        blame = ", ".join(self._name(uid) for uid in event.blame) or "a player"
        template = ENDED_TEXT.get(event.reason, "Match #{id} ended ({reason}). No MMR changed.")
        text = template.format(id=event.match_id, blame=blame, reason=event.reason)
        for uid in event.players:
            await self.outbox.dm(uid, text)

    async def _opponent_reported(self, event: OpponentReported) -> None:
        label = REPORT_LABELS.get(event.report, event.report)
        await self.outbox.dm(
            event.player,
            f"Your opponent reported **{label}** for match #{event.match_id}. Please report your result too.",
        )

    async def _report_reminder(self, event: ReportReminder) -> None:
        deadline = datetime.fromtimestamp(event.deadline_ts, UTC)
        for uid in event.players:
            await self.outbox.dm(
                uid, f"Reminder: report the result of match #{event.match_id} {relative_time(deadline)}."
            )

    async def _queue_expired(self, event: QueueExpired) -> None:
        await self.outbox.dm(
            event.player, "Your queue entry expired after a long wait. Use `/queue` to search again."
        )

    async def _match_found(self, event: MatchFound) -> None:
        match = self.outbox.match(event.match_id)
        if match is None:
            return
        a, b = self.views.sides(match)
        deadline = datetime.fromtimestamp(event.confirm_deadline_ts, UTC)
        for me, opponent in ((a, b), (b, a)):
            embed = match_found_embed(
                match.match_id,
                me,
                opponent,
                confirm_by=deadline,
                aborts_left=self.views.aborts_left(me.discord_uid),
                game_data=self.game_data,
            )
            await self.outbox.dm(
                me.discord_uid, embeds=[embed], view=match_found_view(match.match_id, me.discord_uid)
            )

    async def _match_started(self, event: MatchStarted) -> None:
        match = self.outbox.match(event.match_id)
        if match is None:
            return
        a, b = self.views.sides(match)
        report_by = None
        if match.confirmed_at is not None:
            report_by = datetime.fromtimestamp(
                match.confirmed_at.timestamp() + self.settings.report_deadline_s, UTC
            )
        embed = match_embed(
            match.match_id,
            a,
            b,
            win_chance_a=self.views.win_chance_a(match),
            map_name=match.map,
            server_code=match.server,
            game_data=self.game_data,
            replay_status=None,
            report_by=report_by,
        )
        for uid in (match.player_a, match.player_b):
            await self.outbox.dm(
                uid,
                "Both players confirmed: play the game, then report the result and send me the replay here.",
                embeds=[embed],
                view=match_started_view(match.match_id, uid),
            )

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

    async def _match_conflict(self, event: MatchConflict) -> None:
        match = self.outbox.match(event.match_id)
        if match is None:
            return
        for uid in event.players:
            await self.outbox.dm(
                uid,
                f"The reports for match #{match.match_id} disagree, so an admin will decide with the evidence. "
                "If you have the replay, send it to me now.",
            )

    async def _replay_checked(self, event: ReplayChecked) -> None:
        checks = verdict_checks(event.verdict)
        lines = [f"{STATUS_ICON.get(status, status)} {name}: {reason}" for name, status, reason in checks]
        verdict = "verified" if event.verdict.get("ok") else "not verified"
        settled = " It settles the result." if event.settled else ""
        summary = truncate(
            f"Replay for match #{event.match_id}: {verdict}.{settled}\n" + "\n".join(lines), 2000
        )
        await self.outbox.dm(event.uploader, summary)
        for uid in event.players:
            if uid != event.uploader:
                await self.outbox.dm(
                    uid,
                    f"{self._name(event.uploader)} uploaded the replay for match #{event.match_id}: {verdict}.",
                )
