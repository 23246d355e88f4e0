"""Internationalisation: every player-facing string comes from Fluent catalogs in five languages.

Code says *what* to tell someone as a ``Text`` (``t("aborts-left", count=2)``); the front end that shows
it renders it in the reader's language with ``Catalog.render(text, negotiate(...))``. The catalogs live
in ``evoladder/locales/<locale>/<feature>.ftl`` (see the README there); ``python -m evoladder.i18n.check``
checks them against each other and against the code.
"""

import functools

from evoladder.i18n.catalog import (
    Catalog,
    CatalogError,
    MissingKeyError,
    RenderError,
    default_locales_path,
)
from evoladder.i18n.languages import (
    DEFAULT_LOCALE,
    LANGUAGE_NAMES,
    LOCALES,
    match_locale,
    negotiate,
    negotiate_accept_language,
)
from evoladder.i18n.text import Key, Text, TextArg, t


@functools.cache
def shipped_catalog() -> Catalog:
    """The catalogs shipped in the package, loaded once (for English in logs and ``str(exc)``;
    the front ends get the catalog the composition root loads)."""
    return Catalog.load()


def english(text: Text) -> str:
    """``text`` in English (the source language): for log lines and exception messages."""
    return shipped_catalog().render(text, DEFAULT_LOCALE)


__all__ = [
    "DEFAULT_LOCALE",
    "LANGUAGE_NAMES",
    "LOCALES",
    "Catalog",
    "CatalogError",
    "Key",
    "MissingKeyError",
    "RenderError",
    "Text",
    "TextArg",
    "default_locales_path",
    "english",
    "match_locale",
    "negotiate",
    "negotiate_accept_language",
    "shipped_catalog",
    "t",
]
