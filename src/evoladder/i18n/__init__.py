"""Internationalisation: every player-facing string comes from Fluent catalogs in five languages.

Code says *what* to tell someone as a ``Text`` (``t("aborts-left", count=2)``); the front end that shows
it renders it in the reader's language.
"""

from evoladder.i18n.languages import (
    DEFAULT_LOCALE,
    LANGUAGE_NAMES,
    LOCALES,
    match_locale,
    negotiate,
    negotiate_accept_language,
)
from evoladder.i18n.text import Key, Text, TextArg, t

__all__ = [
    "DEFAULT_LOCALE",
    "LANGUAGE_NAMES",
    "LOCALES",
    "Key",
    "Text",
    "TextArg",
    "match_locale",
    "negotiate",
    "negotiate_accept_language",
    "t",
]
