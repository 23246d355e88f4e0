"""Running the ladder as a service: build the app, serve HTTP, run the Discord bot or the demo season,
and shut down cleanly on Ctrl-C / SIGTERM (stop taking work, flush, ship, close)."""

from __future__ import annotations

import asyncio
import logging
import signal
import sys
from typing import Protocol

from evoladder.bootstrap import App, build_app, build_discord
from evoladder.config import Settings
from evoladder.gamedata import GameData
from evoladder.observability import LoopLagMonitor, configure_logging
from evoladder.web.app import create_app
from evoladder.web.health import LadderHealth
from evoladder.web.server import WebServer
from evoladder.web.sources import WebDeps

log = logging.getLogger("evoladder.runtime")


class FrontEnd(Protocol):
    async def start(self) -> None: ...

    async def stop(self) -> None: ...


async def _discord_front_end(app: App) -> FrontEnd:
    from evoladder.bot.runner import DiscordFrontEnd

    discord_bot = build_discord(app, start_services=False)
    front: FrontEnd = DiscordFrontEnd(discord_bot.bot, app.settings.discord_token)
    return front


async def serve(settings: Settings, game_data: GameData, *, stop: asyncio.Event | None = None) -> int:
    """Run until ``stop`` is set (or SIGINT/SIGTERM); returns the process exit code."""
    demo = not settings.discord_token
    if demo:
        settings = settings.model_copy(update={"wave_period_s": settings.demo_wave_period_s})
    stop = stop or asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)

    app = await build_app(settings, game_data)
    fatal: list[str] = []

    def stop_on_fatal(message: str) -> None:
        fatal.append(message)
        print(message, file=sys.stderr, flush=True)
        stop.set()

    app.store.on_fatal = stop_on_fatal
    lag = LoopLagMonitor(on_sample=lambda ms: app.metrics.loop_lag_seconds.observe(ms / 1000))
    lag.start()
    health = LadderHealth(app.store, app.pool, settings.replay_workers)
    web = WebServer(
        create_app(WebDeps(ladder=app.store.state, health=health, metrics=app.metrics, game_data=game_data)),
        settings.http_host,
        settings.http_port,
    )
    front: FrontEnd | None = None
    try:
        await web.start()
        if demo:
            from evoladder.demo.season import DemoSeason

            season = DemoSeason(
                app.ladder, settings, game_data, players=settings.demo_players, speed=settings.demo_speed
            )
            app.notifier.target = season
            front = season
        else:
            front = await _discord_front_end(app)
        app.ladder.start()
        await front.start()
        health.mark_serving()
        _announce(settings, web.url, demo)
        await stop.wait()
        log.info("shutting down: no new work; flushing and shipping")
    finally:
        health.mark_stopping()
        if front is not None:
            await front.stop()
        await web.stop()
        await lag.stop()
        await app.close()
    return 3 if fatal else 0


def _announce(settings: Settings, url: str, demo: bool) -> None:
    lines = [
        "",
        "evoladder is running.",
        f"  leaderboard: {url}/leaderboard",
        f"  health:      {url}/health",
        f"  metrics:     {url}/metrics",
        f"  database:    {settings.effective_database_url}",
    ]
    if demo:
        lines += [
            "",
            f"No DISCORD_TOKEN: this is a local demo season — {settings.demo_players} simulated players queue,",
            f"confirm, play and report through the real services (waves every {settings.wave_period_s} s).",
            "To connect to Discord: put DISCORD_TOKEN=... (and EVOLADDER_OWNER_ID=<your Discord id>) in .env,",
            "invite the bot with the applications.commands scope, and run `make run` again.",
        ]
    lines.append("Press Ctrl-C to stop (the ladder flushes and ships everything first).")
    print("\n".join(lines), file=sys.stdout, flush=True)


def run(settings: Settings, game_data: GameData) -> int:
    configure_logging(json_lines=not sys.stderr.isatty())
    return asyncio.run(serve(settings, game_data))
