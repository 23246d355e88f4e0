"""One leaderboard page as the web shows it: the store's ranked entries joined with names and records."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from evoladder.gamedata import GameData
from evoladder.web.query import LeaderboardQuery
from evoladder.web.sources import LadderReader

# Codes with no national flag: "nonrepresenting" and "other" (see the game data's countries).
_SPECIAL_FLAGS = {"XX": "\U0001f3f3\ufe0f", "ZZ": "\U0001f310"}  # white flag, globe
_REGIONAL_INDICATOR_A = 0x1F1E6
UNNAMED = "(no name)"  # the JSON's name of a player without one; the page says it in its language


def flag_emoji(country: str | None) -> str:
    """The flag emoji of an ISO 3166-1 alpha-2 code (two regional indicator letters), or ''."""
    if not country:
        return ""
    code = country.upper()
    if code in _SPECIAL_FLAGS:
        return _SPECIAL_FLAGS[code]
    if len(code) != 2 or not ("A" <= code[0] <= "Z" and "A" <= code[1] <= "Z"):
        return ""
    return "".join(chr(_REGIONAL_INDICATOR_A + ord(letter) - ord("A")) for letter in code)


@dataclass(frozen=True, slots=True)
class LeaderboardRow:
    position: int  # 1-based place in the whole (unfiltered) leaderboard
    rank: str | None  # letter, or None when unranked
    name: str
    country: str | None
    country_name: str | None
    flag: str
    race: str
    race_name: str
    race_short: str
    mmr: int
    wins: int
    losses: int
    draws: int
    last_played_at: datetime | None
    named: bool = True  # False: ``name`` is UNNAMED, the player has none

    def as_json(self) -> dict[str, Any]:
        return {
            "position": self.position,
            "rank": self.rank,
            "name": self.name,
            "country": self.country,
            "country_name": self.country_name,
            "flag": self.flag,
            "race": self.race,
            "race_name": self.race_name,
            "race_short": self.race_short,
            "mmr": self.mmr,
            "wins": self.wins,
            "losses": self.losses,
            "draws": self.draws,
            "games": self.wins + self.losses + self.draws,
            "last_played_at": None if self.last_played_at is None else self.last_played_at.isoformat(),
        }


@dataclass(frozen=True, slots=True)
class LeaderboardView:
    query: LeaderboardQuery  # what was asked (its page is the page asked for)
    rows: tuple[LeaderboardRow, ...]
    page: int  # the page shown: the asked one clamped to what exists
    pages: int
    total: int  # entries matching the filters

    def as_json(self) -> dict[str, Any]:
        return {
            "filters": {
                "countries": list(self.query.countries),
                "races": list(self.query.races),
                "rank": self.query.rank,
                "best": self.query.best_only,
                "unranked": self.query.unranked,
            },
            "page": self.page,
            "pages": self.pages,
            "total": self.total,
            "rows": [row.as_json() for row in self.rows],
        }


def leaderboard_view(
    ladder: LadderReader, game_data: GameData, query: LeaderboardQuery, now: datetime
) -> LeaderboardView:
    """Read one filtered page from the in-memory ladder (no I/O, no await: a consistent snapshot)."""
    found = ladder.leaderboard_page(
        now,
        query.page,
        races=query.races,
        countries=query.countries,
        rank=query.rank,
        best_only=query.best_only,
        unranked=query.unranked,
    )
    rows = []
    for entry in found.rows:
        race = game_data.race(entry.race)
        rows.append(
            LeaderboardRow(
                position=entry.position,
                rank=entry.letter,
                # Listed players have finished setup, so a name is expected; never show the Discord id.
                name=entry.player_name or UNNAMED,
                country=entry.country,
                country_name=None if entry.country is None else game_data.country_name(entry.country),
                flag=flag_emoji(entry.country),
                race=race.code,
                race_name=race.name,
                race_short=race.short,
                mmr=entry.mmr,
                wins=entry.wins,
                losses=entry.losses,
                draws=entry.draws,
                last_played_at=entry.last_played_at,
                named=bool(entry.player_name),
            )
        )
    return LeaderboardView(query, tuple(rows), found.page, found.pages, found.total)
