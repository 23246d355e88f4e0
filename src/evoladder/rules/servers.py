"""Server choice for a pair of residential regions.

Two policies behind one seam (``ServerChooser``): the community's region-pair table, and a latency
model that picks the server minimising the worse player's expected ping (see
``evoladder.matchmaking.latency``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol

from evoladder.gamedata import GameData


class ServerChooser(Protocol):
    def choose(self, region_a: str, region_b: str) -> str:
        """The server code for a match between players living in these regions."""
        ...

    def expected_ping_ms(self, region: str, server: str) -> float | None:
        """Expected round-trip time, or None if this policy has no latency figures."""
        ...


class TableServerChooser:
    """The community's region-pair table, as the first bot used it."""

    def __init__(self, game_data: GameData, ping_ms: Mapping[tuple[str, str], float] | None = None) -> None:
        self._table = game_data.server_table
        self._ping = ping_ms or {}

    def choose(self, region_a: str, region_b: str) -> str:
        return self._table[(region_a, region_b)]

    def expected_ping_ms(self, region: str, server: str) -> float | None:
        return self._ping.get((region, server))
