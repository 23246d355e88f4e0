"""The ``/leaderboard`` page: 40 rows of (player, race), the filters that produced it, and the options of
its selects (races, countries page by page, rank, page jump)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

import discord

from evoladder.bot import limits
from evoladder.bot.present.text import flag, race_name, race_short, record_text, truncate
from evoladder.gamedata import GameData
from evoladder.services.views import LeaderboardRow

PER_PAGE = 40
LEADERBOARD_COLOUR = discord.Colour.gold()
RANK_LETTERS = ("S", "A", "B", "C", "D", "E", "F")
# Rank choices besides the letters: ranked only (the default), ranked and unranked, unranked only.
RANKED, EVERYONE, UNRANKED = "-", "*", "U"
# Countries chosen at once: their codes ride in every component's custom id (100 characters).
MAX_COUNTRIES = 20

TEXT = {
    "title": "Leaderboard",
    "footer": "Page {page}/{pages} · {total} entries · {filters}",
    "empty": "No entries match these filters yet.",
    "no_filters": "ranked players, every race and country",
    "filter_races": "races: {races}",
    "filter_countries": "countries: {countries}",
    "filter_rank": "rank {letter}",
    "filter_everyone": "unranked players included",
    "filter_unranked": "unranked players only",
    "filter_best": "best race only",
    "row": "`{position:>5}` **{letter}** {flag} {name} · {race} · **{mmr}** · {record}",
    "unranked_letter": "–",
    "unnamed": "player {uid}",
    "races_placeholder": "Races: every race (pick several)",
    "races_chosen_placeholder": "Races: {count} chosen",
    "countries_placeholder": "Countries {first}–{last} ({page}/{pages}; pick several)",
    "countries_none": "No countries on the ladder yet",
    "rank_placeholder": "Rank",
    "rank_ranked": "Ranked players (S to F)",
    "rank_letter": "Rank {letter} only",
    "rank_unranked": "Unranked players only",
    "rank_everyone": "Everyone, unranked players below",
    "jump_placeholder": "Jump to a page",
    "jump_option": "Page {page} of {pages}",
    "previous": "◀ Previous",
    "next": "Next ▶",
    "best_on": "All races",
    "best_off": "Best race only",
    "more_countries": "More countries",
    "clear": "Clear all filters",
}


@dataclass(frozen=True, slots=True)
class LeaderboardFilters:
    """What the player asked to see; empty races / countries mean every race / country."""

    races: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    rank: str = RANKED  # a letter, RANKED, EVERYONE or UNRANKED
    best_only: bool = False

    @property
    def any(self) -> bool:
        return bool(self.races or self.countries or self.rank != RANKED or self.best_only)

    @property
    def letter(self) -> str | None:
        """The rank the read keeps (a letter or UNRANKED), None for ranked players or everyone."""
        return None if self.rank in (RANKED, EVERYONE) else self.rank

    @property
    def unranked(self) -> bool:
        """Whether unranked entries are listed too (below the ranked ones)."""
        return self.rank == EVERYONE

    def with_countries_on_page(self, shown: Sequence[str], picked: Sequence[str]) -> LeaderboardFilters:
        """The country choice after picking ``picked`` among the ``shown`` ones (others stay chosen)."""
        kept = [c for c in self.countries if c not in shown]
        return replace(self, countries=tuple(sorted({*kept, *picked})))

    def describe(self, game_data: GameData) -> str:
        parts = []
        if self.races:
            races = ", ".join(race_name(game_data, r) for r in self.races)
            parts.append(TEXT["filter_races"].format(races=races))
        if self.countries:
            countries = ", ".join(f"{flag(c)} {c}" for c in self.countries)
            parts.append(TEXT["filter_countries"].format(countries=countries))
        if self.rank in RANK_LETTERS:
            parts.append(TEXT["filter_rank"].format(letter=self.rank))
        elif self.rank == EVERYONE:
            parts.append(TEXT["filter_everyone"])
        elif self.rank == UNRANKED:
            parts.append(TEXT["filter_unranked"])
        if self.best_only:
            parts.append(TEXT["filter_best"])
        return " · ".join(parts) if parts else TEXT["no_filters"]


def row_line(row: LeaderboardRow, game_data: GameData) -> str:
    """One line: place, rank, flag, name, race, MMR, W-L-D (bounded length: names are ≤ 12 characters)."""
    # Player names are 3–12 Latin letters (registration rules), so they carry no markdown to escape.
    return TEXT["row"].format(
        position=row.position,
        letter=row.letter or TEXT["unranked_letter"],
        flag=flag(row.country),
        name=row.player_name or TEXT["unnamed"].format(uid=row.discord_uid),
        race=race_short(game_data, row.race),
        mmr=row.mmr,
        record=record_text(row.wins, row.losses, row.draws),
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
    description = "\n".join(lines) if lines else TEXT["empty"]
    embed = discord.Embed(
        title=TEXT["title"],
        description=truncate(description, limits.EMBED_DESCRIPTION_MAX),
        colour=LEADERBOARD_COLOUR,
    )
    footer = TEXT["footer"].format(page=page, pages=pages, total=total, filters=filters.describe(game_data))
    embed.set_footer(text=truncate(footer, limits.EMBED_FOOTER_MAX))
    return embed


def _option(label: str, value: str, default: bool) -> discord.SelectOption:
    return discord.SelectOption(
        label=truncate(label, limits.SELECT_OPTION_TEXT_MAX), value=value, default=default
    )


def race_filter_options(game_data: GameData, selected: Sequence[str]) -> list[discord.SelectOption]:
    """Every race, the chosen ones preselected (a multi-select: none chosen means every race)."""
    return [_option(race_name(game_data, code), code, code in selected) for code in game_data.races]


def country_pages(game_data: GameData, codes: Sequence[str]) -> list[list[str]]:
    """The countries on the ladder, by name, in pages of at most 25 (one select each)."""
    by_name = sorted(codes, key=lambda c: (game_data.countries.get(c, c).casefold(), c))
    size = limits.SELECT_OPTIONS_MAX
    return [by_name[i : i + size] for i in range(0, len(by_name), size)]


def country_filter_options(
    game_data: GameData, shown: Sequence[str], selected: Sequence[str]
) -> list[discord.SelectOption]:
    return [_option(f"{flag(c)} {game_data.countries.get(c, c)} ({c})", c, c in selected) for c in shown]


def country_placeholder(game_data: GameData, shown: Sequence[str], page: int, pages: int) -> str:
    if not shown:
        return TEXT["countries_none"]
    first, last = (game_data.countries.get(c, c)[:1] for c in (shown[0], shown[-1]))
    return TEXT["countries_placeholder"].format(first=first, last=last, page=page + 1, pages=pages)


def rank_filter_options(selected: str) -> list[discord.SelectOption]:
    options = [_option(TEXT["rank_ranked"], RANKED, selected == RANKED)]
    options += [_option(TEXT["rank_letter"].format(letter=x), x, x == selected) for x in RANK_LETTERS]
    options.append(_option(TEXT["rank_unranked"], UNRANKED, selected == UNRANKED))
    options.append(_option(TEXT["rank_everyone"], EVERYONE, selected == EVERYONE))
    return options


def jump_pages(current: int, pages: int, limit: int = limits.SELECT_OPTIONS_MAX) -> list[int]:
    """Pages to offer in the jump select: all when they fit, else the first and last, the current
    one's neighbours and evenly spaced pages across the whole range."""
    if pages <= limit:
        return list(range(1, pages + 1))
    near = set(range(max(1, current - 4), min(pages, current + 4) + 1)) | {1, pages}
    spread = limit - len(near)  # at least 14 slots: near holds at most 11 pages
    return sorted(near | {max(1, round(i * pages / (spread + 1))) for i in range(1, spread + 1)})


def jump_options(current: int, pages: int) -> list[discord.SelectOption]:
    return [
        _option(TEXT["jump_option"].format(page=p, pages=pages), str(p), p == current)
        for p in jump_pages(current, pages)
    ]
