"""Running the bot against Discord for ``evoladder run`` (the runtime starts the services itself)."""

from __future__ import annotations

import asyncio
import contextlib
import logging

import discord

from evoladder.bootstrap import App
from evoladder.bot.wiring import build_ladder_bot

log = logging.getLogger(__name__)


class DiscordFrontEnd:
    """Logs in, keeps the gateway connected (discord.py reconnects on its own), closes cleanly."""

    def __init__(self, app: App) -> None:
        self.app = app
        self.front = build_ladder_bot(app.ladder, app.settings, app.game_data, start_services=False)
        app.notifier.target = self.front.notifier
        self._gateway: asyncio.Task[None] | None = None

    async def start(self) -> None:
        token = self.app.settings.discord_token
        if not token:
            raise RuntimeError("DISCORD_TOKEN is not set; the runtime should have started the demo instead")
        try:
            await self.front.bot.login(token)
        except discord.LoginFailure as exc:
            raise RuntimeError(
                "Discord rejected DISCORD_TOKEN: copy the bot token again from the Developer Portal "
                "(Applications → your app → Bot → Reset Token) into .env."
            ) from exc
        self._gateway = asyncio.get_running_loop().create_task(self._connect(), name="discord-gateway")

    async def _connect(self) -> None:
        try:
            await self.front.bot.connect(reconnect=True)
        except Exception:
            log.exception("the Discord gateway connection ended with an error")
            raise

    async def stop(self) -> None:
        await self.front.bot.close()  # runs the close hooks: the notifier delivers what is queued first
        if self._gateway is not None:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._gateway
            self._gateway = None
