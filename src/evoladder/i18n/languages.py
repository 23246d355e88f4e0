"""The languages the ladder speaks, and which one a given reader gets."""

from __future__ import annotations

from functools import lru_cache
from types import MappingProxyType
from typing import Final

LOCALES: Final[tuple[str, ...]] = ("en", "ko", "zh-CN", "es-419", "ru")
DEFAULT_LOCALE: Final = "en"

LANGUAGE_NAMES: Final = MappingProxyType(
    {
        "en": "English",
        "ko": "한국어",
        "zh-CN": "简体中文",
        "es-419": "Español (Latinoamérica)",
        "ru": "Русский",
    }
)
"""Each locale's name in its own language, for the ``/language`` picker (``language-name`` in the catalogs)."""

# Primary language subtag -> our locale. Script and region do not matter for these five: we ship one
# Chinese (Simplified: Traditional readers get it rather than English) and one Spanish (Latin-American:
# readers in Spain get it rather than English). Ukrainian deliberately maps nowhere: we do not presume
# that a Ukrainian reader wants Russian, so Discord's "uk" gets English unless the player picks Russian
# with /language (a browser that lists "ru" in Accept-Language does get it).
_BY_LANGUAGE: Final = MappingProxyType({"en": "en", "ko": "ko", "zh": "zh-CN", "es": "es-419", "ru": "ru"})

# Accept-Language is read from untrusted clients: look at a bounded prefix only.
_MAX_HEADER = 2048
_MAX_RANGES = 32


@lru_cache(maxsize=512)
def match_locale(tag: str | None) -> str | None:
    """The one of ``LOCALES`` for a language tag (``en-US``, ``zh_TW``, ``ES-419``, ``ko``), or None.

    Accepts Discord's ``discord.Locale`` values (pass ``str(interaction.locale)``) and BCP 47 tags.
    """
    if not tag:
        return None
    primary = tag.strip().replace("_", "-").split("-", 1)[0].lower()
    return _BY_LANGUAGE.get(primary)


def negotiate(discord_locale: str | None, override: str | None = None) -> str:
    """The locale to answer in: the player's ``/language`` choice, else their Discord client's, else en."""
    return match_locale(override) or match_locale(discord_locale) or DEFAULT_LOCALE


@lru_cache(maxsize=1024)
def negotiate_accept_language(header: str | None) -> str:
    """The locale for an HTTP ``Accept-Language`` header: the best-q range we speak, else en.

    Ranges with q=0 are refused; ``*`` (anything) gives the default; equal q keeps the header's order.
    """
    if not header:
        return DEFAULT_LOCALE
    ranked: list[tuple[float, int, str]] = []
    for position, item in enumerate(header[:_MAX_HEADER].split(",")[:_MAX_RANGES]):
        tag, _, params = item.partition(";")
        tag = tag.strip()
        quality = 1.0
        for param in params.split(";"):
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    quality = float(value.strip())
                except ValueError:
                    quality = 0.0  # a malformed weight: ignore the range rather than trust it
                # Reject nan and out-of-range weights the same way.
                if not 0.0 <= quality <= 1.0:
                    quality = 0.0
        if tag and quality > 0.0:
            ranked.append((-quality, position, tag))
    for _, _, tag in sorted(ranked):
        if tag == "*":
            return DEFAULT_LOCALE
        locale = match_locale(tag)
        if locale is not None:
            return locale
    return DEFAULT_LOCALE
