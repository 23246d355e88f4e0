"""Small text helpers shared by the embed builders: flags, ranks, records, times, truncation."""

from __future__ import annotations

from datetime import datetime
from functools import lru_cache

from evoladder.bot.voice import Voice
from evoladder.gamedata import GameData
from evoladder.i18n import DEFAULT_LOCALE, shipped_catalog

ELLIPSIS = "…"
# Codes that are not countries: XX nonrepresenting, ZZ other (SPEC section 3).
NON_COUNTRY_FLAGS = {"XX": "🏳️", "ZZ": "🌐"}


def truncate(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters, marking the cut."""
    return text if len(text) <= limit else text[: max(0, limit - 1)] + ELLIPSIS


@lru_cache(maxsize=1024)
def flag(country: str | None) -> str:
    """The flag emoji of an ISO 3166-1 alpha-2 code (regional indicators), or a neutral sign."""
    if not country:
        return "🏳️"
    code = country.upper()
    if code in NON_COUNTRY_FLAGS:
        return NON_COUNTRY_FLAGS[code]
    if len(code) != 2 or not code.isascii() or not code.isalpha():
        return "🏳️"
    return "".join(chr(0x1F1E6 + ord(c) - ord("A")) for c in code)


def english_voice() -> Voice:
    """English from the shipped catalogs, for callers that have no reader's voice yet."""
    return Voice(shipped_catalog(), DEFAULT_LOCALE)


def rank_text(letter: str | None, say: Voice | None = None) -> str:
    """ "Rank **S**" or "Unranked" in ``say``'s language (English when no voice is given)."""
    say = say or english_voice()
    return say("boards-rank", letter=letter) if letter else say("boards-unranked")


def record_text(wins: int, losses: int, draws: int) -> str:
    return f"{wins}-{losses}-{draws}"


def win_percent_text(wins: int, losses: int, draws: int, say: Voice | None = None) -> str:
    """The win rate (a draw counts half) with one decimal, written the way ``say``'s language does."""
    games = wins + losses + draws
    if games == 0:
        return "–"
    say = say or english_voice()
    return say("boards-win-percent", percent=round(100.0 * (wins + 0.5 * draws) / games, 1))


def race_name(game_data: GameData, race: str, locale: str = "en") -> str:
    """The race's name as a reader of ``locale`` reads it (the game data's names)."""
    return game_data.race_name(race, locale)


def race_short(game_data: GameData, race: str) -> str:
    found = game_data.races.get(race)
    return found.short if found else race


def relative_time(at: datetime) -> str:
    """Discord's relative timestamp markup: each reader sees it in their own time zone and language."""
    return f"<t:{int(at.timestamp())}:R>"


def absolute_time(at: datetime) -> str:
    return f"<t:{int(at.timestamp())}:f>"
