"""Delivering the ladder's events on Discord: DMs to players, posts to the admin and results channels.

``publish`` only enqueues, so a service call (and the click that caused it) never waits on Discord's
network; one delivery task sends the messages in order. A message that can't be delivered (a player
who closed their DMs) is logged with its event and skipped: the ladder's state is already durable.
A repeated action (double click, re-delivered interaction) publishes nothing: a transition returns
its events only when it did the work.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

import discord

from evoladder.bot.cogs.match import REPORT_LABELS, match_found_view, match_started_view
from evoladder.bot.present.match import (
    conflict_embed,
    match_embed,
    match_found_embed,
    result_embed,
    verdict_checks,
)
from evoladder.bot.present.text import relative_time, truncate
from evoladder.config import Settings
from evoladder.gamedata import GameData
from evoladder.rules.events import (
    ConfirmReminder,
    LadderEvent,
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
from evoladder.store.records import Match

log = logging.getLogger(__name__)

ENDED_TEXT = {
    "aborted": "Match #{id} was aborted by {blame}. No MMR changed.",
    "confirm_timeout": "Match #{id} was cancelled: {blame} did not confirm in time. No MMR changed.",
    "report_deadline": "Match #{id} is closed: no result was reported before the deadline. No MMR changed.",
    "admin_invalidated": "Match #{id} was invalidated by an admin. No MMR changed.",
}
STATUS_ICON = {"pass": "✅", "warn": "⚠️", "fail": "❌"}


class DiscordNotifier:
    """The services' ``Notifier`` on Discord."""

    def __init__(
        self,
        client: discord.Client,
        views: LadderViews,
        settings: Settings,
        game_data: GameData,
    ) -> None:
        self.client = client
        self.views = views
        self.settings = settings
        self.game_data = game_data
        self._queue: asyncio.Queue[LadderEvent] = asyncio.Queue()
        self._task: asyncio.Task[None] | None = None
        # One handler per event type: adding an event means adding one line here.
        self._handlers: Mapping[type, Callable[[Any], Awaitable[None]]] = {
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

    # --- the port ------------------------------------------------------------------------------
    async def publish(self, event: LadderEvent) -> None:
        self._queue.put_nowait(event)

    def start(self) -> None:
        if self._task is None or self._task.done():
            self._task = asyncio.get_running_loop().create_task(self._run(), name="discord-notifier")

    async def drained(self) -> None:
        """Wait until every event published so far has been delivered (or given up on)."""
        await self._queue.join()

    async def stop(self, *, drain_timeout_s: float = 5.0) -> None:
        """Deliver what is queued (bounded), then stop."""
        if self._task is None:
            return
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._queue.join(), drain_timeout_s)
        self._task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await self._task
        self._task = None

    async def _run(self) -> None:
        while True:
            event = await self._queue.get()
            try:
                await self.deliver(event)
            except Exception:
                log.exception("could not deliver %r", event)
            finally:
                self._queue.task_done()

    # --- delivery --------------------------------------------------------------------------------
    def _match(self, match_id: int) -> Match | None:
        match = self.views.match(match_id)
        if match is None:
            log.error("event for unknown match %d", match_id)
        return match

    def _name(self, discord_uid: int) -> str:
        return self.views.player_name(discord_uid) or f"<@{discord_uid}>"

    async def dm(
        self,
        discord_uid: int,
        content: str | None = None,
        *,
        embeds: Sequence[discord.Embed] = (),
        view: discord.ui.View | None = None,
    ) -> None:
        try:
            user = self.client.get_user(discord_uid) or await self.client.fetch_user(discord_uid)
            if view is None:
                await user.send(content, embeds=list(embeds))
            else:
                await user.send(content, embeds=list(embeds), view=view)
        except discord.HTTPException as exc:
            log.warning("could not DM user %s (%s): %s", discord_uid, type(exc).__name__, content or embeds)

    async def post(self, channel_id: int | None, content: str | None = None, *, embed: discord.Embed) -> None:
        if channel_id is None:
            return
        try:
            await self.client.get_partial_messageable(channel_id).send(content, embed=embed)
        except discord.HTTPException as exc:
            log.warning("could not post to channel %s (%s)", channel_id, type(exc).__name__)

    async def deliver(self, event: LadderEvent) -> None:
        await self._handlers[type(event)](event)

    async def _confirm_reminder(self, event: ConfirmReminder) -> None:
        deadline = datetime.fromtimestamp(event.confirm_deadline_ts, UTC)
        await self.dm(
            event.player,
            f"Reminder: confirm match #{event.match_id} {relative_time(deadline)} or it is cancelled.",
        )

    async def _opponent_confirmed(self, event: OpponentConfirmed) -> None:
        await self.dm(event.player, f"Your opponent confirmed match #{event.match_id}; please confirm too.")

    async def _match_ended(self, event: MatchEnded) -> None:
        blame = ", ".join(self._name(uid) for uid in event.blame) or "a player"
        template = ENDED_TEXT.get(event.reason, "Match #{id} ended ({reason}). No MMR changed.")
        text = template.format(id=event.match_id, blame=blame, reason=event.reason)
        for uid in event.players:
            await self.dm(uid, text)

    async def _opponent_reported(self, event: OpponentReported) -> None:
        label = REPORT_LABELS.get(event.report, event.report)
        await self.dm(
            event.player,
            f"Your opponent reported **{label}** for match #{event.match_id}. Please report your result too.",
        )

    async def _report_reminder(self, event: ReportReminder) -> None:
        deadline = datetime.fromtimestamp(event.deadline_ts, UTC)
        for uid in event.players:
            await self.dm(
                uid, f"Reminder: report the result of match #{event.match_id} {relative_time(deadline)}."
            )

    async def _queue_expired(self, event: QueueExpired) -> None:
        await self.dm(
            event.player, "Your queue entry expired after a long wait. Use `/queue` to search again."
        )

    async def _match_found(self, event: MatchFound) -> None:
        match = self._match(event.match_id)
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
            await self.dm(
                me.discord_uid, embeds=[embed], view=match_found_view(match.match_id, me.discord_uid)
            )

    async def _match_started(self, event: MatchStarted) -> None:
        match = self._match(event.match_id)
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
            await self.dm(
                uid,
                "Both players confirmed: play the game, then report the result and send me the replay here.",
                embeds=[embed],
                view=match_started_view(match.match_id, uid),
            )

    async def _match_completed(self, event: MatchCompleted) -> None:
        match = self._match(event.match_id)
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
            await self.dm(uid, embeds=[embed])
        await self.post(self.settings.results_channel_id, embed=embed)

    async def _match_conflict(self, event: MatchConflict) -> None:
        match = self._match(event.match_id)
        if match is None:
            return
        for uid in event.players:
            await self.dm(
                uid,
                f"The reports for match #{match.match_id} disagree, so an admin will decide with the evidence. "
                "If you have the replay, send it to me now.",
            )
        a, b = self.views.sides(match)
        evidence = event.evidence
        embed = conflict_embed(
            match.match_id,
            a,
            b,
            report_a=evidence.get("report_a"),
            report_b=evidence.get("report_b"),
            checks=verdict_checks(evidence.get("replay_verdict")),
            map_name=match.map,
            game_data=self.game_data,
        )
        await self.post(self.settings.admin_channel_id, embed=embed)

    async def _replay_checked(self, event: ReplayChecked) -> None:
        checks = verdict_checks(event.verdict)
        lines = [f"{STATUS_ICON.get(status, status)} {name}: {reason}" for name, status, reason in checks]
        verdict = "verified" if event.verdict.get("ok") else "not verified"
        settled = " It settles the result." if event.settled else ""
        summary = truncate(
            f"Replay for match #{event.match_id}: {verdict}.{settled}\n" + "\n".join(lines), 2000
        )
        await self.dm(event.uploader, summary)
        for uid in event.players:
            if uid != event.uploader:
                await self.dm(
                    uid,
                    f"{self._name(event.uploader)} uploaded the replay for match #{event.match_id}: {verdict}.",
                )
