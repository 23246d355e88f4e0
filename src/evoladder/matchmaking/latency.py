"""Expected round-trip time from each residential region to each game server, and server choice from it.

Without measurements the model estimates a round trip from geography:

    rtt_ms = FIXED_OVERHEAD_MS + great_circle_km(region centre, server) * ROUTE_FACTOR * 2 / FIBRE_KM_PER_MS

- ``FIBRE_KM_PER_MS = 200``: light in optical fibre travels at about c / 1.47 ≈ 204,000 km/s.
- ``ROUTE_FACTOR = 1.6``: real cable routes are longer than the great circle (landing points, detours,
  peering); 1.5–2 is the usual range in published internet-latency studies.
- ``FIXED_OVERHEAD_MS = 10``: last-mile access, home router, switching and the game server's own delay.

So every 1,000 km of great-circle distance adds 16 ms of round trip. Coordinates come from the game
data file: region ``lat``/``lon`` are approximate population centres of each residential region, server
``lat``/``lon`` the metro area of the public game-server location (e.g. USE = Ashburn VA, EUC =
Frankfurt, KOR = Seoul, TWN = Taipei, SNG = Singapore, AUS = Sydney, BRZ = São Paulo, USW = San
Jose, USC = Chicago), all rounded to a tenth of a degree or so. These are estimates: an operator who
measures real pings writes them to ``[latency] measured_ping_ms`` in the game data, and a measured
figure always replaces the estimate for its (region, server) pair.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from evoladder.config import Settings
from evoladder.gamedata import GameData
from evoladder.rules.servers import ServerChooser, TableServerChooser

EARTH_RADIUS_KM = 6371.0
FIBRE_KM_PER_MS = 200.0
ROUTE_FACTOR = 1.6
FIXED_OVERHEAD_MS = 10.0


def great_circle_km(lat_a: float, lon_a: float, lat_b: float, lon_b: float) -> float:
    """Haversine distance between two points on a spherical Earth."""
    phi_a, phi_b = math.radians(lat_a), math.radians(lat_b)
    d_phi = phi_b - phi_a
    d_lambda = math.radians(lon_b - lon_a)
    h = math.sin(d_phi / 2) ** 2 + math.cos(phi_a) * math.cos(phi_b) * math.sin(d_lambda / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def estimated_rtt_ms(distance_km: float) -> float:
    """Round trip over fibre along a route ``ROUTE_FACTOR`` times the great circle, plus fixed overhead."""
    return FIXED_OVERHEAD_MS + distance_km * ROUTE_FACTOR * 2.0 / FIBRE_KM_PER_MS


def expected_ping_table(game_data: GameData) -> dict[tuple[str, str], float]:
    """(region, server) -> expected RTT in ms: the operator's measurement if any, else the estimate."""
    table: dict[tuple[str, str], float] = {}
    for region in game_data.regions.values():
        for server in game_data.servers.values():
            measured = game_data.measured_ping_ms.get((region.code, server.code))
            if measured is not None:
                table[(region.code, server.code)] = measured
            else:
                km = great_circle_km(region.lat, region.lon, server.lat, server.lon)
                table[(region.code, server.code)] = estimated_rtt_ms(km)
    return table


class LatencyServerChooser:
    """Picks the server that minimises the worse player's expected ping (ties: lower sum, then code)."""

    def __init__(self, ping_ms: Mapping[tuple[str, str], float], servers: tuple[str, ...]) -> None:
        if not servers:
            raise ValueError("no game servers to choose from")
        self._ping = dict(ping_ms)
        self._servers = tuple(sorted(servers))
        regions = sorted({region for region, _ in self._ping})
        missing = [(r, s) for r in regions for s in self._servers if (r, s) not in self._ping]
        if missing:
            raise ValueError(f"no expected ping for {len(missing)} (region, server) pairs, e.g. {missing[0]}")
        # 16 x 16 regions: precompute every pair once so choose() is a dictionary lookup.
        self._best: dict[tuple[str, str], str] = {}
        for a in regions:
            for b in regions:
                self._best[(a, b)] = min(
                    self._servers,
                    key=lambda s: (
                        max(self._ping[(a, s)], self._ping[(b, s)]),
                        self._ping[(a, s)] + self._ping[(b, s)],
                        s,
                    ),
                )

    @classmethod
    def from_game_data(cls, game_data: GameData) -> LatencyServerChooser:
        return cls(expected_ping_table(game_data), tuple(game_data.servers))

    def choose(self, region_a: str, region_b: str) -> str:
        return self._best[(region_a, region_b)]

    def expected_ping_ms(self, region: str, server: str) -> float | None:
        return self._ping[(region, server)]


def build_server_chooser(settings: Settings, game_data: GameData) -> ServerChooser:
    """The configured server policy. Both policies report the latency model's expected pings, so
    ping-aware matching works with the community's table too."""
    ping = expected_ping_table(game_data)
    if settings.server_policy == "table":
        return TableServerChooser(game_data, ping)
    return LatencyServerChooser(ping, tuple(game_data.servers))
