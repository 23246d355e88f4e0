"""Helpers shared by tests that drive the ladder through its services."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from datetime import UTC, datetime
from typing import Any

from evoladder.bootstrap import App
from evoladder.services.clock import ManualClock, next_wave_at

BW, SC2 = 101, 202  # a Brood War and a StarCraft II player the service tests pair
START = datetime(2026, 11, 22, 12, 0, 0, tzinfo=UTC)
AppFactory = Callable[..., Coroutine[Any, Any, App]]


async def register(app: App, uid: int, name: str, region: str = "KRJ", country: str = "KR") -> None:
    players = app.ladder.players
    await players.accept_terms(uid, f"discord-{name}")
    await players.setup(
        uid, player_name=name, battletag=f"{name}#1234", alt_names=[], country=country, region=region
    )


async def matched(app: App, clock: ManualClock) -> int:
    await register(app, BW, "Flash")
    await register(app, SC2, "Jaedong", region="CHN", country="CN")
    await app.ladder.queue.join(BW, ["bw_terran"], ["Khione SEL"])
    await app.ladder.queue.join(SC2, ["sc2_zerg"], [])
    """Two registered players queue and one wave pairs them; returns the match id."""
    report = await app.ladder.waves.run_wave(next_wave_at(clock.now(), 45))
    assert len(report.match_ids) == 1
    return report.match_ids[0]
