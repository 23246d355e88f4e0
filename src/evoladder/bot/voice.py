"""The bot speaks each reader's language: a ``Voice`` renders catalog messages in one locale.

The locale is the player's ``/language`` choice, else the Discord language of the interaction being
answered (or, for a DM the ladder sends on its own, of the player's last interaction), else English.
Cogs get a voice per interaction (``voices.of(interaction)``); deliveries per recipient
(``voices.of_player(uid)``). Nothing the bot shows is assembled from English fragments.
"""

from __future__ import annotations

from typing import Protocol

import discord

from evoladder.i18n import Catalog, Text, TextArg, negotiate, t


class LanguageSource(Protocol):
    """Where a player's language comes from (``LadderViews.reading`` provides it)."""

    def reading(self, discord_uid: int, /) -> tuple[str | None, str | None]: ...


class _NoLanguages:
    """Nobody chose a language and no interaction was seen (tests that build cogs by hand)."""

    def reading(self, discord_uid: int, /) -> tuple[str | None, str | None]:
        return None, None


NO_LANGUAGES: LanguageSource = _NoLanguages()


class Voice:
    """Catalog messages in one locale."""

    __slots__ = ("catalog", "locale")

    def __init__(self, catalog: Catalog, locale: str) -> None:
        self.catalog = catalog
        self.locale = locale

    def __call__(self, key: str | Text, /, **args: TextArg) -> str:
        """``say("queue-joined", races=...)`` or ``say(text)``: the message in this voice's locale."""
        text = key if isinstance(key, Text) else t(key, **args)
        return self.catalog.render(text, self.locale)


class Voices:
    """Every reader's voice, from the one catalog and each player's language."""

    def __init__(self, catalog: Catalog, languages: LanguageSource) -> None:
        self.catalog = catalog
        self.languages = languages
        self._by_locale: dict[str, Voice] = {}

    def _voice(self, locale: str) -> Voice:
        voice = self._by_locale.get(locale)
        if voice is None:
            voice = self._by_locale[locale] = Voice(self.catalog, locale)
        return voice

    def of(self, interaction: discord.Interaction) -> Voice:
        """The voice to answer this interaction in."""
        choice, _ = self.languages.reading(interaction.user.id)
        return self._voice(negotiate(str(interaction.locale.value), choice))

    def of_player(self, discord_uid: int) -> Voice:
        """The voice of a message the ladder sends on its own (a DM, a reminder)."""
        choice, last_seen = self.languages.reading(discord_uid)
        return self._voice(negotiate(last_seen, choice))

    def of_locale(self, locale: str) -> Voice:
        """A fixed locale (a channel post reads in the ladder's default language)."""
        return self._voice(negotiate(locale))
