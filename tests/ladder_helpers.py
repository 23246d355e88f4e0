"""Helpers shared by tests that drive the ladder through its services."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from datetime import UTC, datetime
from typing import Any

from evoladder.bootstrap import App

START = datetime(2026, 11, 22, 12, 0, 0, tzinfo=UTC)
AppFactory = Callable[..., Coroutine[Any, Any, App]]


async def register(app: App, uid: int, name: str, region: str = "KRJ", country: str = "KR") -> None:
    players = app.ladder.players
    await players.accept_terms(uid, f"discord-{name}")
    await players.setup(
        uid, player_name=name, battletag=f"{name}#1234", alt_names=[], country=country, region=region
    )
