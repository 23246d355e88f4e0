"""Select options and autocomplete suggestions: races, map vetoes, regions, countries.

A select holds at most 25 options, so the 251 countries are offered through autocomplete
(``country_suggestions``) or as pages of common countries (``common_country_pages``).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

import discord

from evoladder.bot import limits
from evoladder.bot.present.text import flag, truncate
from evoladder.bot.voice import Voice
from evoladder.gamedata import GameData
from evoladder.gamedata.model import GameMap, Side
from evoladder.i18n import Key

NO_RACE = "none"
NO_RACE_OF_SIDE: dict[Side, Key] = {"bw": Key("queue-no-bw-race"), "sc2": Key("queue-no-sc2-race")}


def _option(
    label: str, value: str, *, default: bool = False, description: str | None = None
) -> discord.SelectOption:
    return discord.SelectOption(
        label=truncate(label, limits.SELECT_OPTION_TEXT_MAX),
        value=value,
        default=default,
        description=truncate(description, limits.SELECT_OPTION_TEXT_MAX) if description else None,
    )


def race_options(
    game_data: GameData, side: Side, selected: str | None, say: Voice
) -> list[discord.SelectOption]:
    """One side's races plus "no race of this side" (a player queues with one side, or both)."""
    options = [_option(say(NO_RACE_OF_SIDE[side]), NO_RACE, default=selected is None)]
    for code in game_data.races_of(side):
        race = game_data.races[code]
        options.append(
            _option(
                game_data.race_name(code, say.locale),
                code,
                default=code == selected,
                description=", ".join(race.aliases),
            )
        )
    return options


def veto_options(
    pool: Sequence[GameMap], selected: Collection[str], say: Voice
) -> list[discord.SelectOption]:
    """The season's maps; the chosen vetoes are preselected."""
    return [
        _option(
            m.name,
            m.name,
            default=m.name in selected,
            description=say("queue-map-by", game=m.game.upper(), author=m.author),
        )
        for m in pool[: limits.SELECT_OPTIONS_MAX]
    ]


def region_options(game_data: GameData, selected: str | None) -> list[discord.SelectOption]:
    return [
        _option(region.name, region.code, default=region.code == selected, description=region.group)
        for region in list(game_data.regions.values())[: limits.SELECT_OPTIONS_MAX]
    ]


def country_label(game_data: GameData, code: str) -> str:
    return truncate(f"{flag(code)} {game_data.countries.get(code, code)} ({code})", limits.CHOICE_TEXT_MAX)


def find_country(game_data: GameData, typed: str) -> str | None:
    """The code for what a user entered: a code (any case) or a country's exact name; else None."""
    text = typed.strip()
    if text.upper() in game_data.countries:
        return text.upper()
    folded = text.casefold()
    return next((code for code, name in game_data.countries.items() if name.casefold() == folded), None)


def country_suggestions(game_data: GameData, typed: str) -> list[tuple[str, str]]:
    """Up to 25 (label, code) pairs for what the user typed: exact code, then name prefix, then substring.

    With nothing typed, the common countries come first.
    """
    text = typed.strip().casefold()
    if not text:
        codes = [c for c in game_data.common_countries if c in game_data.countries]
    else:
        exact = [c for c in game_data.countries if c.casefold() == text]
        prefix = [c for c, name in game_data.countries.items() if name.casefold().startswith(text)]
        inside = [c for c, name in game_data.countries.items() if text in name.casefold()]
        codes = list(dict.fromkeys(exact + sorted(prefix, key=game_data.countries.__getitem__) + inside))
    return [(country_label(game_data, c), c) for c in codes[: limits.AUTOCOMPLETE_CHOICES_MAX]]


def common_country_pages(game_data: GameData, selected: str | None) -> list[list[discord.SelectOption]]:
    """The common countries sorted by name, in pages of at most 25 options (one select each)."""
    codes = sorted(
        (c for c in game_data.common_countries if c in game_data.countries),
        key=game_data.countries.__getitem__,
    )
    size = limits.SELECT_OPTIONS_MAX
    return [
        [
            _option(f"{game_data.countries[c]} ({c})", c, default=c == selected, description=None)
            for c in codes[i : i + size]
        ]
        for i in range(0, len(codes), size)
    ]
