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


def region_options(game_data: GameData, selected: str | None, say: Voice) -> list[discord.SelectOption]:
    """The residential regions, named in the reader's language; the group code stays as it is."""
    return [
        _option(
            game_data.region_name(region.code, say.locale),
            region.code,
            default=region.code == selected,
            description=region.group,
        )
        for region in list(game_data.regions.values())[: limits.SELECT_OPTIONS_MAX]
    ]


def _country_name(game_data: GameData, code: str, locale: str) -> str:
    return game_data.country_name(code, locale) or game_data.countries.get(code, code)


def country_label(game_data: GameData, code: str, locale: str = "en") -> str:
    """Flag, the country's name in ``locale`` and its code: ``🇰🇷 South Korea (KR)``."""
    name = _country_name(game_data, code, locale)
    return truncate(f"{flag(code)} {name} ({code})", limits.CHOICE_TEXT_MAX)


def find_country(game_data: GameData, typed: str, locale: str = "en") -> str | None:
    """The code for what a user entered: a code (any case) or a country's exact name (in English or
    in ``locale``); else None."""
    text = typed.strip()
    if text.upper() in game_data.countries:
        return text.upper()
    folded = text.casefold()
    for names in (game_data.countries, game_data.country_names.get(locale, {})):
        code = next((code for code, name in names.items() if name.casefold() == folded), None)
        if code is not None:
            return code
    return None


def country_suggestions(game_data: GameData, typed: str, locale: str = "en") -> list[tuple[str, str]]:
    """Up to 25 (label, code) pairs for what the user typed: exact code, then name prefix, then substring.

    Names match in English and in ``locale``; labels are in ``locale``. With nothing typed, the common
    countries come first.
    """
    text = typed.strip().casefold()
    if not text:
        codes = [c for c in game_data.common_countries if c in game_data.countries]
    else:
        local = game_data.country_names.get(locale, {}) if locale != "en" else {}

        def names(code: str) -> tuple[str, ...]:
            english = game_data.countries[code].casefold()
            other = local.get(code)
            return (english,) if other is None else (english, other.casefold())

        def shown(code: str) -> str:
            return _country_name(game_data, code, locale)

        exact = [c for c in game_data.countries if c.casefold() == text]
        prefix = [c for c in game_data.countries if any(n.startswith(text) for n in names(c))]
        inside = [c for c in game_data.countries if any(text in n for n in names(c))]
        codes = list(dict.fromkeys(exact + sorted(prefix, key=shown) + inside))
    return [(country_label(game_data, c, locale), c) for c in codes[: limits.AUTOCOMPLETE_CHOICES_MAX]]


def common_country_pages(
    game_data: GameData, selected: str | None, say: Voice
) -> list[list[discord.SelectOption]]:
    """The common countries sorted by name in the reader's language, in pages of at most 25 options
    (one select each)."""
    locale = say.locale

    def name(code: str) -> str:
        return _country_name(game_data, code, locale)

    codes = sorted((c for c in game_data.common_countries if c in game_data.countries), key=name)
    size = limits.SELECT_OPTIONS_MAX
    return [
        [_option(f"{name(c)} ({c})", c, default=c == selected, description=None) for c in codes[i : i + size]]
        for i in range(0, len(codes), size)
    ]
