"""Shared fixtures: the real replays in ../shared, a throwaway PostgreSQL database, settings, game data.

Under CI=true nothing that needs ../shared or PostgreSQL may be skipped: a missing one fails the test.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings

from evoladder.bootstrap import App, build_app
from evoladder.config import Settings, load_settings
from evoladder.gamedata import GameData, load_game_data
from evoladder.services.clock import ManualClock
from evoladder.services.events import RecordingNotifier
from tests.ladder_helpers import START, AppFactory

PROJECT_ROOT = Path(__file__).resolve().parents[1]
SHARED = PROJECT_ROOT.parent / "shared"
REPLAYS = SHARED / "replays"
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
PG_ADMIN_URL = os.environ.get("EVOLADDER_TEST_PG", "postgresql://postgres@127.0.0.1:5432/postgres")

# Timings never decide a test: Hypothesis's per-example deadline fails a first example that was
# merely slow (the message catalogs loading, a busy machine).
hypothesis_settings.register_profile("evoladder", deadline=None)
hypothesis_settings.load_profile("evoladder")


def _unavailable(reason: str) -> None:
    if IN_CI:
        pytest.fail(f"{reason} (CI=true: this test must not be skipped)")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def replays_dir() -> Path:
    if not REPLAYS.is_dir():
        _unavailable(f"real replays not found at {REPLAYS}")
    return REPLAYS


@pytest.fixture(scope="session")
def game_data() -> GameData:
    return load_game_data()


@pytest.fixture()
def settings(tmp_path: Path) -> Settings:
    return load_settings(data_dir=tmp_path / "data", _env_file=None)


@pytest.fixture()
def postgres_url() -> Iterator[str]:
    """A fresh, uniquely named PostgreSQL database, dropped afterwards."""
    yield from _fresh_postgres_database()


@pytest.fixture()
def postgres_url_2() -> Iterator[str]:
    """A second fresh database (a restore target, say)."""
    yield from _fresh_postgres_database()


def _fresh_postgres_database() -> Iterator[str]:
    try:
        import psycopg

        admin = psycopg.connect(PG_ADMIN_URL, autocommit=True, connect_timeout=3)
    except Exception as exc:  # any connection failure means "no server here"
        _unavailable(f"PostgreSQL not reachable at {PG_ADMIN_URL}: {exc}")
        raise
    name = f"evoladder_test_{uuid.uuid4().hex[:12]}"
    with admin:
        admin.execute(f'CREATE DATABASE "{name}"')
        try:
            yield PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
        finally:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


# --- the ladder built through the composition root (real store on a SQLite file) ----------------


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
