from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Coroutine
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from evoladder.bootstrap import App, build_app
from evoladder.config import Settings, load_settings
from evoladder.gamedata import GameData
from evoladder.services.clock import ManualClock
from evoladder.services.events import RecordingNotifier

START = datetime(2026, 11, 22, 12, 0, 0, tzinfo=UTC)
AppFactory = Callable[..., Coroutine[Any, Any, App]]


@pytest.fixture()
def clock() -> ManualClock:
    return ManualClock(START)


@pytest.fixture()
def notifier() -> RecordingNotifier:
    return RecordingNotifier()


@pytest.fixture()
def app_settings(tmp_path: Path) -> Settings:
    return load_settings(data_dir=tmp_path / "data", _env_file=None, owner_id=999)


@pytest.fixture()
async def make_app(
    app_settings: Settings, game_data: GameData, clock: ManualClock, notifier: RecordingNotifier
) -> AsyncIterator[AppFactory]:
    """Builds apps on the same data directory (a second call = a restart); closes them all."""
    apps: list[App] = []

    async def factory(start_pool: bool = False) -> App:
        app = await build_app(app_settings, game_data, clock=clock, notifier=notifier, start_pool=start_pool)
        apps.append(app)
        return app

    yield factory
    for app in apps:
        if not app.store._closing:
            await app.close()


@pytest.fixture()
async def app(make_app: AppFactory) -> App:
    return await make_app()


async def register(app: App, uid: int, name: str, region: str = "KRJ", country: str = "KR") -> None:
    players = app.ladder.players
    await players.accept_terms(uid, f"discord-{name}")
    await players.setup(
        uid, player_name=name, battletag=f"{name}#1234", alt_names=[], country=country, region=region
    )
