"""``/health`` over the real parts: a SQLite store (journal, shipper) and a one-worker replay pool."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass

import httpx
import pytest

from evoladder.config import Settings
from evoladder.gamedata import GameData
from evoladder.observability import Metrics
from evoladder.replays.inspect import build_pool
from evoladder.replays.pool import ReplayParserPool
from evoladder.store.facade import Store
from evoladder.store.state import LadderState
from evoladder.web import LadderHealth, WebDeps, create_app
from evoladder_dev.drill import Workload


@dataclass
class Running:
    store: Store
    pool: ReplayParserPool
    health: LadderHealth
    http: httpx.AsyncClient


@pytest.fixture()
async def running(settings: Settings, game_data: GameData) -> AsyncIterator[Running]:
    store = await Store.open(settings, LadderState(settings, game_data))
    pool = build_pool(settings, game_data, workers=1)
    await pool.start()
    health = LadderHealth(store, pool, replay_workers_expected=1)
    app = create_app(WebDeps(store.state, health, Metrics(), game_data))
    try:
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="http://ladder.test"
        ) as http:
            yield Running(store, pool, health, http)
    finally:
        await pool.close()
        await store.close()


async def test_health_follows_the_ladders_life(running: Running, game_data: GameData) -> None:
    starting = await running.http.get("/health")
    assert starting.status_code == 503
    assert starting.json()["problems"] == ["the ladder is starting"]

    running.health.mark_serving()
    work = Workload(running.store, game_data)
    for uid in (1, 2, 3):
        await work.register(uid)
    assert await running.store.wait_shipped(30)
    serving = await running.http.get("/health")
    assert serving.status_code == 200, serving.text
    body = serving.json()
    assert body["ready"] is True and body["problems"] == []
    assert body["database"] == "sqlite" and body["database_reachable"] is True
    assert body["journal"] == {"backlog_entries": 0, "oldest_age_s": 0.0}
    assert body["shipped_seq"] == body["journal_durable_seq"] > 0
    assert (body["replay_workers_alive"], body["replay_workers_expected"]) == (1, 1)

    running.health.mark_stopping()
    stopping = await running.http.get("/health")
    assert stopping.status_code == 503 and stopping.json()["phase"] == "stopping"


async def test_dead_workers_and_a_closed_store_make_it_unready(running: Running) -> None:
    running.health.mark_serving()
    await running.pool.close()
    no_workers = (await running.http.get("/health")).json()
    assert no_workers["ready"] is False and no_workers["replay_workers_alive"] == 0
    assert no_workers["problems"] == ["no replay worker is alive"]
    await running.store.close()
    closed = await running.http.get("/health")
    assert closed.status_code == 503
    assert "the store is not taking writes" in closed.json()["problems"]
