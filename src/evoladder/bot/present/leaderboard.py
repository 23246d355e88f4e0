"""The ``/leaderboard`` page: 40 rows of (player, race), the filters that produced it, and the options of
its selects (races, countries page by page, rank, page jump).

Every sentence is a message of ``locales/<locale>/boards.ftl``, rendered in the reader's voice.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

import discord

from evoladder.bot import limits
from evoladder.bot.present.text import flag, race_name, race_short, record_text, truncate
from evoladder.bot.voice import Voice
from evoladder.gamedata import GameData
from evoladder.services.views import LeaderboardRow

PER_PAGE = 40
LEADERBOARD_COLOUR = discord.Colour.gold()
RANK_LETTERS = ("S", "A", "B", "C", "D", "E", "F")
# Rank choices besides the letters: ranked only (the default), ranked and unranked, unranked only.
RANKED, EVERYONE, UNRANKED = "-", "*", "U"
# Countries chosen at once: their codes ride in every component's custom id (100 characters).
MAX_COUNTRIES = 20


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

    def describe(self, game_data: GameData, say: Voice) -> str:
        parts = []
        if self.races:
            races = ", ".join(race_name(game_data, r, say.locale) for r in self.races)
            parts.append(say("boards-lb-filter-races", races=races))
        if self.countries:
            countries = ", ".join(f"{flag(c)} {c}" for c in self.countries)
            parts.append(say("boards-lb-filter-countries", countries=countries))
        if self.rank in RANK_LETTERS:
            parts.append(say("boards-lb-filter-rank", letter=self.rank))
        elif self.rank == EVERYONE:
            parts.append(say("boards-lb-filter-everyone"))
        elif self.rank == UNRANKED:
            parts.append(say("boards-lb-filter-unranked"))
        if self.best_only:
            parts.append(say("boards-lb-filter-best"))
        return " · ".join(parts) if parts else say("boards-lb-no-filters")


UNRANKED_LETTER = "–"


def row_line(row: LeaderboardRow, game_data: GameData, say: Voice) -> str:
    """One line: place, rank, flag, name, race, MMR, W-L-D (bounded length: names are ≤ 12 characters).

    The line holds no words (short race codes, numbers, marks), so only a nameless player's stand-in
    comes from the catalog."""
    # Player names are 3–12 Latin letters (registration rules), so they carry no markdown to escape.
    name = row.player_name or say("boards-lb-unnamed", uid=str(row.discord_uid))
    letter = row.letter or UNRANKED_LETTER
    race = race_short(game_data, row.race)
    record = record_text(row.wins, row.losses, row.draws)
    return f"`{row.position:>5}` **{letter}** {flag(row.country)} {name} · {race} · **{row.mmr}** · {record}"


def leaderboard_embed(
    rows: Sequence[LeaderboardRow],
    *,
    page: int,
    pages: int,
    total: int,
    filters: LeaderboardFilters,
    game_data: GameData,
    say: Voice,
) -> discord.Embed:
    """The page as an embed; the description holds at most ``PER_PAGE`` lines and always fits."""
    lines = [row_line(row, game_data, say) for row in rows[:PER_PAGE]]
    description = "\n".join(lines) if lines else say("boards-lb-empty")
    embed = discord.Embed(
        title=say("boards-lb-title"),
        description=truncate(description, limits.EMBED_DESCRIPTION_MAX),
        colour=LEADERBOARD_COLOUR,
    )
    footer = say(
        "boards-lb-footer",
        page=str(page),
        pages=str(pages),
        total=total,
        filters=filters.describe(game_data, say),
    )
    embed.set_footer(text=truncate(footer, limits.EMBED_FOOTER_MAX))
    return embed


def _option(label: str, value: str, default: bool) -> discord.SelectOption:
    return discord.SelectOption(
        label=truncate(label, limits.SELECT_OPTION_TEXT_MAX), value=value, default=default
    )


def race_filter_options(
    game_data: GameData, selected: Sequence[str], say: Voice
) -> list[discord.SelectOption]:
    """Every race, the chosen ones preselected (a multi-select: none chosen means every race)."""
    return [
        _option(race_name(game_data, code, say.locale), code, code in selected) for code in game_data.races
    ]


def country_label(game_data: GameData, code: str, locale: str) -> str:
    """The country's name in ``locale`` (its code when the game data does not know it)."""
    return game_data.country_name(code, locale) or code


def country_pages(game_data: GameData, codes: Sequence[str], locale: str = "en") -> list[list[str]]:
    """The countries on the ladder, by name in ``locale``, in pages of at most 25 (one select each)."""
    by_name = sorted(codes, key=lambda c: (country_label(game_data, c, locale).casefold(), c))
    size = limits.SELECT_OPTIONS_MAX
    return [by_name[i : i + size] for i in range(0, len(by_name), size)]


def country_filter_options(
    game_data: GameData, shown: Sequence[str], selected: Sequence[str], say: Voice
) -> list[discord.SelectOption]:
    return [
        _option(f"{flag(c)} {country_label(game_data, c, say.locale)} ({c})", c, c in selected) for c in shown
    ]


def country_placeholder(game_data: GameData, shown: Sequence[str], page: int, pages: int, say: Voice) -> str:
    if not shown:
        return say("boards-lb-countries-none")
    first, last = (country_label(game_data, c, say.locale)[:1] for c in (shown[0], shown[-1]))
    return say(
        "boards-lb-countries-placeholder", first=first, last=last, page=str(page + 1), pages=str(pages)
    )


def rank_filter_options(selected: str, say: Voice) -> list[discord.SelectOption]:
    options = [_option(say("boards-lb-rank-ranked"), RANKED, selected == RANKED)]
    options += [_option(say("boards-lb-rank-letter", letter=x), x, x == selected) for x in RANK_LETTERS]
    options.append(_option(say("boards-lb-rank-unranked"), UNRANKED, selected == UNRANKED))
    options.append(_option(say("boards-lb-rank-everyone"), EVERYONE, selected == EVERYONE))
    return options


def jump_pages(current: int, pages: int, limit: int = limits.SELECT_OPTIONS_MAX) -> list[int]:
    """Pages to offer in the jump select: all when they fit, else the first and last, the current
    one's neighbours and evenly spaced pages across the whole range."""
    if pages <= limit:
        return list(range(1, pages + 1))
    near = set(range(max(1, current - 4), min(pages, current + 4) + 1)) | {1, pages}
    spread = limit - len(near)  # at least 14 slots: near holds at most 11 pages
    return sorted(near | {max(1, round(i * pages / (spread + 1))) for i in range(1, spread + 1)})


def jump_options(current: int, pages: int, say: Voice) -> list[discord.SelectOption]:
    return [
        _option(say("boards-lb-jump-option", page=str(p), pages=str(pages)), str(p), p == current)
        for p in jump_pages(current, pages)
    ]
