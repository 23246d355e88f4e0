from __future__ import annotations

import pytest

from evoladder.bootstrap import build_app, build_discord
from evoladder.bot.runner import DiscordFrontEnd
from evoladder.config import Settings
from evoladder.gamedata import GameData


async def test_the_front_end_plugs_its_notifier_into_the_services_and_needs_a_token(
    settings: Settings, game_data: GameData
) -> None:
    app = await build_app(settings, game_data, start_pool=False)
    try:
        discord_bot = build_discord(app, start_services=False)
        front = DiscordFrontEnd(discord_bot.bot, app.settings.discord_token)
        assert app.notifier.target is discord_bot.notifier
        with pytest.raises(RuntimeError, match="DISCORD_TOKEN is not set"):
            await front.start()
        await front.stop()
    finally:
        await app.close()
