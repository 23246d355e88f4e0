"""A real ``LadderState`` filled through its bulk load, with the expected leaderboard facts kept aside."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from evoladder.config import Settings
from evoladder.gamedata import GameData
from evoladder.store.records import Mmr, Player
from evoladder.store.state import LadderState
from evoladder.web import HealthReport

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
COUNTRIES = ("KR", "DE", "US", "CN", "XX")
HOSTILE_NAME = '<b>bold</b><script>alert("x")</script>&\'"'
HOSTILE_UID = 10_000


@dataclass
class Entry:
    uid: int
    name: str
    country: str
    race: str
    mmr: int
    wins: int
    losses: int
    draws: int
    ranked: bool


@dataclass
class FilledLadder:
    state: LadderState
    entries: list[Entry] = field(default_factory=list)

    def matching(
        self, *, countries: Collection[str] = (), races: Collection[str] = (), unranked: bool = False
    ) -> list[Entry]:
        """The entries the leaderboard lists for these filters (unranked ones only when asked for)."""
        return [
            e
            for e in self.entries
            if (not countries or e.country in countries)
            and (not races or e.race in races)
            and (unranked or e.ranked)
        ]


def listed_player(uid: int, name: str, country: str, joined: datetime = NOW - timedelta(days=60)) -> Player:
    """A registered player (terms accepted, setup done ``joined``)."""
    return Player(
        discord_uid=uid,
        discord_name=f"discord{uid}",
        player_name=name,
        battletag=f"{name[:12]}#1234",
        alt_names=(),
        country=country,
        region="KR",
        terms_accepted_at=joined,
        setup_completed_at=joined,
        banned=False,
        ban_reason=None,
        aborts_used=0,
        aborts_month=None,
        created_at=joined,
        updated_at=joined,
    )


def fill_ladder(settings: Settings, game_data: GameData, players: int = 70) -> FilledLadder:
    """``players`` players over five countries, one or two races each, a few out of the activity window.

    MMRs are all distinct so the expected order is unambiguous; every seventh player has not played
    for 30 days (unranked).
    """
    races = list(game_data.races)
    ladder = FilledLadder(LadderState(settings, game_data))
    player_rows, mmr_rows = [], []
    for i in range(players):
        uid = 1_000 + i
        name = f"Player{i:03d}"
        country = COUNTRIES[i % len(COUNTRIES)]
        player_rows.append(listed_player(uid, name, country).to_row())
        for j, race in enumerate(races[i % len(races) :][: 1 + i % 2]):
            rating = 1000 + 13 * i + 7 * j
            last = NOW - timedelta(days=30 if i % 7 == 0 else 1 + i % 5)
            wins, losses, draws = 3 + i % 4, 2 + j, i % 3 == 0
            record = Mmr(
                uid,
                race,
                rating,
                wins + losses + draws,
                wins,
                losses,
                int(draws),
                last,
                NOW - timedelta(days=50),
            )
            mmr_rows.append(record.to_row())
            ladder.entries.append(
                Entry(uid, name, country, race, rating, wins, losses, int(draws), i % 7 != 0)
            )
    # A name full of markup: the page must show it as text. (Bulk load does not validate names.)
    player_rows.append(listed_player(HOSTILE_UID, HOSTILE_NAME, "KR").to_row())
    mmr_rows.append(Mmr(HOSTILE_UID, races[0], 2900, 1, 1, 0, 0, NOW - timedelta(hours=2), NOW).to_row())
    ladder.entries.append(Entry(HOSTILE_UID, HOSTILE_NAME, "KR", races[0], 2900, 1, 0, 0, True))
    ladder.state.load("players", player_rows)
    ladder.state.load("mmrs", mmr_rows)
    ladder.state.finish_load(NOW)
    return ladder


class FixedHealth:
    """A health probe whose answer the test sets (the real one is the composition root's)."""

    def __init__(self, report: HealthReport | None = None, error: Exception | None = None) -> None:
        self.report = report or HealthReport(
            ready=True,
            database_reachable=True,
            journal_backlog_entries=3,
            journal_oldest_age_s=0.25,
            replay_workers_alive=2,
            replay_workers_expected=2,
        )
        self.error = error

    async def check(self) -> HealthReport:
        if self.error is not None:
            raise self.error
        return self.report
