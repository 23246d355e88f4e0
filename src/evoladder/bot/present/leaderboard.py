"""The ``/leaderboard`` page: 40 rows of (player, race), with the filters that produced it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import discord

from evoladder.bot import limits
from evoladder.bot.present.text import flag, race_name, race_short, record_text, truncate
from evoladder.gamedata import GameData
from evoladder.services.views import LeaderboardRow

PER_PAGE = 40
LEADERBOARD_COLOUR = discord.Colour.gold()
RANK_LETTERS = ("S", "A", "B", "C", "D", "E", "F")


@dataclass(frozen=True, slots=True)
class LeaderboardFilters:
    country: str | None = None
    race: str | None = None
    rank: str | None = None
    best_only: bool = False

    def describe(self, game_data: GameData) -> str:
        parts = []
        if self.country:
            parts.append(f"{flag(self.country)} {game_data.countries.get(self.country, self.country)}")
        if self.race:
            parts.append(race_name(game_data, self.race))
        if self.rank:
            parts.append(f"rank {self.rank}")
        if self.best_only:
            parts.append("best race only")
        return ", ".join(parts) if parts else "everyone"


def row_line(row: LeaderboardRow, game_data: GameData) -> str:
    """One line: place, rank, flag, name, race, MMR, W-L-D (bounded length: names are ≤ 12 characters)."""
    letter = row.letter or "–"
    # Player names are 3–12 Latin letters (registration rules), so they carry no markdown to escape.
    name = row.player_name or f"player {row.discord_uid}"
    return (
        f"`{row.position:>5}` **{letter}** {flag(row.country)} {name} · "
        f"{race_short(game_data, row.race)} · **{row.mmr}** · {record_text(row.wins, row.losses, row.draws)}"
    )


def leaderboard_embed(
    rows: Sequence[LeaderboardRow],
    *,
    page: int,
    pages: int,
    total: int,
    filters: LeaderboardFilters,
    game_data: GameData,
) -> discord.Embed:
    """The page as an embed; the description holds at most ``PER_PAGE`` lines and always fits."""
    lines = [row_line(row, game_data) for row in rows[:PER_PAGE]]
    description = "\n".join(lines) if lines else "No ranked entries match these filters yet."
    embed = discord.Embed(
        title="Leaderboard",
        description=truncate(description, limits.EMBED_DESCRIPTION_MAX),
        colour=LEADERBOARD_COLOUR,
    )
    embed.set_footer(
        text=truncate(
            f"Page {page}/{pages} · {total} entries · {filters.describe(game_data)}", limits.EMBED_FOOTER_MAX
        )
    )
    return embed


def race_filter_options(game_data: GameData, selected: str | None) -> list[discord.SelectOption]:
    options = [discord.SelectOption(label="All races", value="all", default=selected is None)]
    options += [
        discord.SelectOption(label=race.name, value=race.code, default=race.code == selected)
        for race in game_data.races.values()
    ]
    return options


def rank_filter_options(selected: str | None) -> list[discord.SelectOption]:
    options = [discord.SelectOption(label="All ranks", value="all", default=selected is None)]
    options += [
        discord.SelectOption(label=f"Rank {letter}", value=letter, default=letter == selected)
        for letter in RANK_LETTERS
    ]
    return options
