"""What the HTTP app reads, as narrow interfaces, and the bundle of them ``create_app`` receives.

The app owns no state: the composition root hands it the live ladder state, a health probe, the
process's metrics and the game data. Reads of the ladder are synchronous and in memory; the health
probe is async because it may ping the database.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Protocol

from evoladder.gamedata import GameData
from evoladder.i18n import Catalog, shipped_catalog
from evoladder.observability import Metrics
from evoladder.services.views import LeaderboardPage


class LadderReader(Protocol):
    """The in-memory ladder (``store.state.LadderState``): one leaderboard page, ranks current at ``now``."""

    def leaderboard_page(
        self,
        now: datetime,
        page: int = 1,
        *,
        races: Collection[str] = (),
        countries: Collection[str] = (),
        rank: str | None = None,
        best_only: bool = False,
        unranked: bool = False,
    ) -> LeaderboardPage: ...


@dataclass(frozen=True, slots=True)
class HealthReport:
    """One look at the service's health; ``ready`` alone decides 200 or 503."""

    ready: bool
    database_reachable: bool
    journal_backlog_entries: int
    journal_oldest_age_s: float  # age of the oldest entry not yet in the database; 0 when none
    replay_workers_alive: int
    replay_workers_expected: int
    details: Mapping[str, object] = field(default_factory=dict)  # anything else worth showing


class HealthProbe(Protocol):
    async def check(self) -> HealthReport: ...


@dataclass(frozen=True, slots=True)
class WebDeps:
    """Everything the HTTP app reads; built once by the composition root."""

    ladder: LadderReader
    health: HealthProbe
    metrics: Metrics
    game_data: GameData
    clock: Callable[[], datetime] = field(default=lambda: datetime.now(UTC))  # ranks are as of this time
    catalog: Catalog = field(default_factory=shipped_catalog)  # the page's words, in five languages
