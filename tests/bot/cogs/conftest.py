"""The real ladder under the bot: services over a store on a SQLite file, time moved by hand."""

from __future__ import annotations

import sqlite3
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from evoladder.bootstrap import App, LadderDiscord, build_app, build_discord
from evoladder.bot.client import LadderBot
from evoladder.config import Settings, load_settings
from evoladder.gamedata import GameData
from evoladder.services.clock import ManualClock

START = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)
OWNER_ID = 100_000_000_000_000_007
ADMIN_CHANNEL_ID = 100_000_000_000_000_011
RESULTS_CHANNEL_ID = 100_000_000_000_000_013
STAFF_ROLE_ID = 100_000_000_000_000_017


@pytest.fixture()
def settings(tmp_path: Path) -> Settings:
    """The ladder's settings with an owner, the admin and results channels and the staff role."""
    return load_settings(
        data_dir=tmp_path / "data",
        _env_file=None,
        owner_id=OWNER_ID,
        admin_channel_id=ADMIN_CHANNEL_ID,
        results_channel_id=RESULTS_CHANNEL_ID,
        staff_role_id=STAFF_ROLE_ID,
    )


@pytest.fixture()
def clock() -> ManualClock:
    return ManualClock(START)


@pytest.fixture()
async def app(settings: Settings, game_data: GameData, clock: ManualClock) -> AsyncIterator[App]:
    built = await build_app(settings, game_data, clock=clock, start_pool=False)
    try:
        yield built
    finally:
        await built.close()


def ladder_discord(app: App) -> LadderDiscord:
    """A new bot over the app's services, delivering their events (waves and timers are driven by tests)."""
    return build_discord(app, start_services=False)


def ladder_bot(app: App) -> LadderBot:
    return ladder_discord(app).bot


def database_rows(settings: Settings, sql: str) -> list[tuple[Any, ...]]:
    """Rows from the SQLite file the store ships to (after ``app.close()`` everything is there)."""
    path = settings.effective_database_url.removeprefix("sqlite:///")
    with sqlite3.connect(path) as db:
        return db.execute(sql).fetchall()
