"""Delivering the ladder's events on Discord: DMs to players, posts to the admin and results channels.

``publish`` only enqueues, so a service call (and the click that caused it) never waits on Discord's
network; one delivery task sends the messages in order. A message that can't be delivered (a player
who closed their DMs) is logged with its event and skipped: the ladder's state is already durable.
A repeated action (double click, re-delivered interaction) publishes nothing: the services only
publish when the transition did the work (``ServiceContext.execute_fresh``).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Sequence
from datetime import UTC, datetime

import discord

from evoladder.bot.cogs.match import REPORT_LABELS, match_found_view, match_started_view
from evoladder.bot.present.match import conflict_embed, match_embed, match_found_embed, result_embed
from evoladder.bot.present.text import relative_time, truncate
from evoladder.bot.readmodel import match_sides, verdict_checks, win_chance_a
from evoladder.config import Settings
from evoladder.gamedata import GameData
from evoladder.services.base import ServiceContext
from evoladder.services.events import (
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
        ctx: ServiceContext,
        settings: Settings,
        game_data: GameData,
    ) -> None:
        self.client = client
        self.ctx = ctx
        self.settings = settings
        self.game_data = game_data
        self._queue: asyncio.Queue[LadderEvent] = asyncio.Queue()
        self._task: asyncio.Task[None] | None = None

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
    def _now(self) -> datetime:
        return self.ctx.clock.now()

    def _match(self, match_id: int) -> Match | None:
        match = self.ctx.state.match(match_id)
        if match is None:
            log.error("event for unknown match %d", match_id)
        return match

    def _name(self, discord_uid: int) -> str:
        player = self.ctx.state.player(discord_uid)
        return (player.player_name if player else None) or f"<@{discord_uid}>"

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
        if isinstance(event, MatchFound):
            await self._match_found(event)
        elif isinstance(event, ConfirmReminder):
            deadline = datetime.fromtimestamp(event.confirm_deadline_ts, UTC)
            await self.dm(
                event.player,
                f"Reminder: confirm match #{event.match_id} {relative_time(deadline)} or it is cancelled.",
            )
        elif isinstance(event, OpponentConfirmed):
            await self.dm(
                event.player, f"Your opponent confirmed match #{event.match_id}; please confirm too."
            )
        elif isinstance(event, MatchStarted):
            await self._match_started(event)
        elif isinstance(event, MatchEnded):
            blame = ", ".join(self._name(uid) for uid in event.blame) or "a player"
            template = ENDED_TEXT.get(event.reason, "Match #{id} ended ({reason}). No MMR changed.")
            text = template.format(id=event.match_id, blame=blame, reason=event.reason)
            for uid in event.players:
                await self.dm(uid, text)
        elif isinstance(event, OpponentReported):
            label = REPORT_LABELS.get(event.report, event.report)
            await self.dm(
                event.player,
                f"Your opponent reported **{label}** for match #{event.match_id}. Please report your result too.",
            )
        elif isinstance(event, ReportReminder):
            deadline = datetime.fromtimestamp(event.deadline_ts, UTC)
            for uid in event.players:
                await self.dm(
                    uid, f"Reminder: report the result of match #{event.match_id} {relative_time(deadline)}."
                )
        elif isinstance(event, MatchCompleted):
            await self._match_completed(event)
        elif isinstance(event, MatchConflict):
            await self._match_conflict(event)
        elif isinstance(event, ReplayChecked):
            await self._replay_checked(event)
        elif isinstance(event, QueueExpired):
            await self.dm(
                event.player, "Your queue entry expired after a long wait. Use `/queue` to search again."
            )

    async def _match_found(self, event: MatchFound) -> None:
        match = self._match(event.match_id)
        if match is None:
            return
        a, b = match_sides(self.ctx.state, match, self._now())
        deadline = datetime.fromtimestamp(event.confirm_deadline_ts, UTC)
        for me, opponent in ((a, b), (b, a)):
            embed = match_found_embed(
                match.match_id,
                me,
                opponent,
                confirm_by=deadline,
                aborts_left=self.ctx.state.aborts_left(me.discord_uid, self._now()),
                game_data=self.game_data,
            )
            await self.dm(
                me.discord_uid, embeds=[embed], view=match_found_view(match.match_id, me.discord_uid)
            )

    async def _match_started(self, event: MatchStarted) -> None:
        match = self._match(event.match_id)
        if match is None:
            return
        a, b = match_sides(self.ctx.state, match, self._now())
        report_by = None
        if match.confirmed_at is not None:
            report_by = datetime.fromtimestamp(
                match.confirmed_at.timestamp() + self.settings.report_deadline_s, UTC
            )
        embed = match_embed(
            match.match_id,
            a,
            b,
            win_chance_a=win_chance_a(match, self.settings.mmr_divisor),
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
        a, b = match_sides(self.ctx.state, match, self._now())
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
        a, b = match_sides(self.ctx.state, match, self._now())
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
