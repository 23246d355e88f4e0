"""Replay uploads: a player sends the ``.SC2Replay`` of their match to the bot as a DM attachment.

The same guards as a command apply (ban, terms, setup, rate limit). The verdict reaches both players
through the services' ``ReplayChecked`` event; this cog answers only what went wrong.
"""

from __future__ import annotations

import logging
import time
from typing import Protocol

import discord

from evoladder.bot.calllog import CommandCall, record_call
from evoladder.bot.checks import PLAYER_ACTION, refusal_for
from evoladder.bot.feature import Feature
from evoladder.bot.guarded import GuardedCog, Guards
from evoladder.bot.voice import Voices
from evoladder.rules.errors import DomainError

log = logging.getLogger(__name__)
UPLOAD = "upload a replay"


class ReplayPort(Protocol):
    """What this feature needs from the replay service."""

    async def upload(
        self, discord_uid: int, filename: str, data: bytes, *, key: str | None = None
    ) -> object: ...


class ReplayCog(GuardedCog):
    def __init__(self, guards: Guards, replays: ReplayPort, max_bytes: int, voices: Voices) -> None:
        super().__init__(guards)
        self.replays = replays
        self.max_bytes = max_bytes
        self.voices = voices

    @GuardedCog.listener()
    async def on_message(self, message: discord.Message) -> None:
        if message.guild is not None or message.author.bot or not message.attachments:
            return
        started = time.perf_counter()
        outcome = "ok"
        try:
            answer = await self.handle_upload(message)
        except Exception:
            log.exception("replay upload %s by %s failed", message.id, message.author.id)
            say = self.voices.of_player(message.author.id)
            answer = say("match-upload-failed", ref=str(message.id))
            outcome = "error"
        if answer is not None:
            outcome = outcome if outcome == "error" else "refused"
            try:
                await message.channel.send(answer)
            except discord.HTTPException:
                log.exception("could not answer replay upload %s", message.id)
        await record_call(
            self.guards.call_sink,
            CommandCall(
                interaction_id=message.id,
                user_id=message.author.id,
                command=UPLOAD,
                kind="dm",
                started_at=message.created_at,
                service_ms=(time.perf_counter() - started) * 1000.0,
                outcome=outcome,
                guild_id=None,
                # A DM carries no language: keep the one of the player's last interaction (logging
                # the default would turn their later DMs to English).
                locale=self.voices.languages.reading(message.author.id)[1] or "en-US",
            ),
        )

    async def handle_upload(self, message: discord.Message) -> str | None:
        """Upload the first attachment; returns what to tell the player when it can't be used, in
        their language (a DM carries none: the one of their last interaction, or their choice)."""
        uid = message.author.id
        say = self.voices.of_player(uid)
        refusal = refusal_for(PLAYER_ACTION, self.guards.gate.status(uid), in_dm=True, command=UPLOAD)
        if refusal is not None:
            return say(refusal.text)
        wait = self.guards.limiter.retry_after(uid)
        if wait is not None:
            return say("match-upload-too-fast", seconds=max(1, round(wait)))
        attachment = message.attachments[0]
        if len(message.attachments) > 1:
            return say("match-upload-one-per-message")
        if attachment.size > self.max_bytes:
            # Refused before downloading: the size Discord reports is enough.
            return say(
                "match-upload-too-big",
                size=f"{attachment.size / 1_048_576:.1f}",
                max=f"{self.max_bytes / 1_048_576:.0f}",
            )
        data = await attachment.read()
        try:
            await self.replays.upload(uid, attachment.filename, data, key=f"upload:{message.id}")
        except DomainError as exc:
            return say(exc.text)
        return None


FEATURE = Feature(
    "replays",
    lambda deps: ReplayCog(deps.guards, deps.ladder.replays, deps.settings.replay_max_bytes, deps.voices),
)
