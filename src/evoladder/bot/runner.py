"""Running the bot against Discord for ``evoladder run`` (the runtime starts the services itself)."""

from __future__ import annotations

import asyncio
import contextlib
import logging

import discord

from evoladder.bot.client import LadderBot

log = logging.getLogger(__name__)


class DiscordFrontEnd:
    """Logs in, keeps the gateway connected (discord.py reconnects on its own), closes cleanly."""

    def __init__(self, bot: LadderBot, token: str | None) -> None:
        self.bot = bot
        self.token = token
        self._gateway: asyncio.Task[None] | None = None

    async def start(self) -> None:
        if not self.token:
            raise RuntimeError("DISCORD_TOKEN is not set; the runtime should have started the demo instead")
        try:
            await self.bot.login(self.token)
        except discord.LoginFailure as exc:
            raise RuntimeError(
                "Discord rejected DISCORD_TOKEN: copy the bot token again from the Developer Portal "
                "(Applications → your app → Bot → Reset Token) into .env."
            ) from exc
        self._gateway = asyncio.get_running_loop().create_task(self._connect(), name="discord-gateway")

    async def _connect(self) -> None:
        try:
            await self.bot.connect(reconnect=True)
        except Exception:
            log.exception("the Discord gateway connection ended with an error")
            raise

    async def stop(self) -> None:
        await self.bot.close()  # runs the close hooks: the notifier delivers what is queued first
        if self._gateway is not None:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._gateway
            self._gateway = None
