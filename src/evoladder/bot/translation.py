"""Slash-command names, descriptions and choices in the player's language, from the catalogs.

The code marks a string with its catalog key in ``locale_str``'s extras, and its English text as the
message Discord falls back to (and sends back in interactions, so it must stay the code's)::

    @app_commands.command(
        name=locale_str("queue", key="cmd-queue"),
        description=locale_str("Queue for a ranked game", key="cmd-queue.description"),
    )

``CommandTree.sync`` then asks ``CatalogTranslator.translate`` for every Discord locale; the answers
become the command's ``name_localizations`` / ``description_localizations``.
"""

from __future__ import annotations

import logging

import discord
from discord import app_commands
from discord.app_commands import TranslationContextLocation as Location

from evoladder.i18n import Catalog, Text, match_locale
from evoladder.i18n.commands import choice_name_problem, description_problem, menu_name_problem, name_problem

log = logging.getLogger("evoladder.bot.translation")

_NAMES = (Location.command_name, Location.group_name, Location.parameter_name)
_DESCRIPTIONS = (Location.command_description, Location.group_description, Location.parameter_description)


class CatalogTranslator(app_commands.Translator):
    """An ``app_commands.Translator`` reading ``locale_str(..., key="...")`` keys from a ``Catalog``.

    Returns None (Discord then shows the code's text) for a Discord locale none of ours covers, a
    string without a key, a key the matching locale does not define, and a translation Discord would
    refuse — one bad string must not fail the whole sync, so that last case is logged as an error.
    Discord locales map like answers do (``negotiate``): zh-TW gets zh-CN, es-ES gets es-419.
    """

    def __init__(self, catalog: Catalog) -> None:
        self._catalog = catalog

    async def translate(
        self,
        string: app_commands.locale_str,
        locale: discord.Locale,
        context: app_commands.TranslationContextTypes,
    ) -> str | None:
        key = string.extras.get("key")
        if not isinstance(key, str):
            return None
        ours = match_locale(locale.value)
        if ours is None or not self._catalog.has(key, ours):
            return None
        text = self._catalog.render(Text(key), ours)
        problem = _problem(context, text)
        if problem is not None:
            log.error(
                "command translation refused by Discord's rules; using the default",
                extra={"key": key, "locale": ours, "discord_locale": locale.value, "problem": problem},
            )
            return None
        return text


def _problem(context: app_commands.TranslationContextTypes, text: str) -> str | None:
    location = context.location
    if location is Location.command_name and isinstance(context.data, app_commands.ContextMenu):
        return menu_name_problem(text)
    if location in _NAMES:
        return name_problem(text)
    if location in _DESCRIPTIONS:
        return description_problem(text)
    if location is Location.choice_name:
        return choice_name_problem(text)
    return None
