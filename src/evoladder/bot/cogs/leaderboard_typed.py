"""What a player types into ``/leaderboard``'s ``countries`` and ``races`` options: comma-separated codes
or names in their language, read into filter codes (or refused with what to fix), and the autocomplete
that completes the value being typed while keeping the ones before it."""

from __future__ import annotations

from collections.abc import Sequence

from discord import app_commands

from evoladder.bot import limits
from evoladder.bot.errors import UserFacingError
from evoladder.bot.present.leaderboard import MAX_COUNTRIES
from evoladder.bot.present.pickers import country_suggestions, find_country
from evoladder.gamedata import GameData
from evoladder.i18n import Text, t
from evoladder.rules.text import clean_text, echo

OPTION_MAX = 300  # characters of a typed countries / races option


class TypedFilters:
    """Reads typed country and race lists against the game data, in the reader's language."""

    def __init__(self, game_data: GameData) -> None:
        self.game_data = game_data
        self.race_codes = tuple(game_data.races)

    def countries(self, typed: str, locale: str) -> tuple[str, ...]:
        """The country codes of a typed list (codes or names), sorted; at most ``MAX_COUNTRIES``."""
        codes = []
        for part in _parts(typed, t("rules-field-countries")):
            code = find_country(self.game_data, part, locale)
            if code is None:
                raise UserFacingError(t("boards-unknown-country", value=echo(part)))
            codes.append(code)
        unique = tuple(sorted(set(codes)))
        if len(unique) > MAX_COUNTRIES:
            raise UserFacingError(t("boards-too-many-countries", limit=MAX_COUNTRIES))
        return unique

    def races(self, typed: str, locale: str) -> tuple[str, ...]:
        """The race codes of a typed list (codes, English names or names in ``locale``), in game order."""
        codes = []
        for part in _parts(typed, t("rules-field-races")):
            code = self.game_data.race_from_text(part) or self._race_named(part, locale)
            if code is None:
                raise UserFacingError(t("boards-unknown-race", value=echo(part)))
            codes.append(code)
        return tuple(r for r in self.race_codes if r in codes)

    def country_choices(self, typed: str, locale: str) -> list[app_commands.Choice[str]]:
        """Suggestions for the last country typed; the value keeps the ones before it."""
        before, last = _split_last(typed)
        return _choices(before, country_suggestions(self.game_data, last, locale))

    def race_choices(self, typed: str, locale: str) -> list[app_commands.Choice[str]]:
        """Suggestions for the last race typed, by its name in ``locale``, in English or its code."""
        before, last = _split_last(typed)
        text = last.strip().casefold()
        found = []
        for code, race in self.game_data.races.items():
            shown = self.game_data.race_name(code, locale)
            if text in shown.casefold() or text in race.name.casefold() or text in code:
                found.append((shown, code))
        return _choices(before, found)

    def _race_named(self, typed: str, locale: str) -> str | None:
        """The race whose name in the reader's language is ``typed`` (what the autocomplete offers)."""
        folded = typed.strip().casefold()
        return next(
            (c for c in self.race_codes if self.game_data.race_name(c, locale).casefold() == folded), None
        )


def _split_last(typed: str) -> tuple[str, str]:
    """What was typed before the last comma (tidied) and the value being typed now."""
    before, _, last = typed.rpartition(",")
    return ", ".join(p.strip() for p in before.split(",") if p.strip()), last


def _choices(before: str, suggestions: Sequence[tuple[str, str]]) -> list[app_commands.Choice[str]]:
    """Autocomplete choices completing the last value; earlier values stay in front of each."""

    def joined(text: str) -> str:
        full = f"{before}, {text}" if before else text
        return full if len(full) <= limits.CHOICE_TEXT_MAX else "…" + full[-(limits.CHOICE_TEXT_MAX - 1) :]

    return [app_commands.Choice(name=joined(label), value=joined(code)) for label, code in suggestions]


def _parts(typed: str, field: Text) -> list[str]:
    """The comma-separated values of a typed option, through the one input rule."""
    text = clean_text(typed, field=field, max_length=OPTION_MAX)
    return [part.strip() for part in text.split(",") if part.strip()]
