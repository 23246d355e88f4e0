from __future__ import annotations

import discord
import pytest

from evoladder.i18n import (
    DEFAULT_LOCALE,
    LANGUAGE_NAMES,
    LOCALES,
    match_locale,
    negotiate,
    negotiate_accept_language,
)

# Every discord.Locale value and what it gets. Ukrainian gets English, not Russian, on purpose.
DISCORD = {
    "en-US": "en",
    "en-GB": "en",
    "ko": "ko",
    "zh-CN": "zh-CN",
    "zh-TW": "zh-CN",
    "es-ES": "es-419",
    "es-419": "es-419",
    "ru": "ru",
    "uk": "en",
    "bg": "en",
    "hr": "en",
    "cs": "en",
    "id": "en",
    "da": "en",
    "nl": "en",
    "fi": "en",
    "fr": "en",
    "de": "en",
    "el": "en",
    "hi": "en",
    "hu": "en",
    "it": "en",
    "ja": "en",
    "lt": "en",
    "no": "en",
    "pl": "en",
    "pt-BR": "en",
    "ro": "en",
    "sv-SE": "en",
    "th": "en",
    "tr": "en",
    "vi": "en",
}


def test_the_table_covers_every_discord_locale() -> None:
    assert set(DISCORD) == {locale.value for locale in discord.Locale}


@pytest.mark.parametrize(("discord_locale", "expected"), sorted(DISCORD.items()))
def test_discord_locales(discord_locale: str, expected: str) -> None:
    assert negotiate(discord_locale) == expected
    assert negotiate(str(discord.Locale(discord_locale))) == expected


@pytest.mark.parametrize(
    ("discord_locale", "override", "expected"),
    [
        ("en-US", "ru", "ru"),
        ("ko", "es-419", "es-419"),
        ("ko", None, "ko"),
        ("ko", "", "ko"),
        ("ko", "klingon", "ko"),  # a stale or broken stored choice does not win
        (None, None, "en"),
        (None, "zh-CN", "zh-CN"),
        ("", None, "en"),
        ("pt-BR", None, "en"),
    ],
)
def test_the_players_choice_wins(discord_locale: str | None, override: str | None, expected: str) -> None:
    assert negotiate(discord_locale, override) == expected


@pytest.mark.parametrize(
    ("tag", "expected"),
    [
        ("en_US", "en"),
        ("ZH-tw", "zh-CN"),
        ("zh-Hant-HK", "zh-CN"),
        ("es-MX", "es-419"),
        (" ru ", "ru"),
        ("fr", None),
    ],
)
def test_match_locale_reads_any_tag(tag: str, expected: str | None) -> None:
    assert match_locale(tag) == expected


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (None, "en"),
        ("", "en"),
        ("ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7", "ko"),
        ("fr-FR,fr;q=0.9,ru;q=0.8,en;q=0.7", "ru"),  # the first one we speak, by weight
        ("en;q=0.5, ru;q=0.9", "ru"),  # q-values, not order
        ("es-ES;q=0.8, zh-TW;q=0.8", "es-419"),  # equal weight: header order
        ("ru;q=0, ko", "ko"),  # q=0 means "not this"
        ("ru;q=0", "en"),
        ("de, *;q=0.5", "en"),
        ("uk, ru;q=0.8", "ru"),
        ("ko;q=abc, ru;q=0.1", "ru"),  # a malformed weight drops that range
        ("ko;q=7, ru;q=0.1", "ru"),
        ("zh-Hans-CN", "zh-CN"),
        ("ja,,,;;,", "en"),
        ("*", "en"),
    ],
)
def test_accept_language(header: str | None, expected: str) -> None:
    assert negotiate_accept_language(header) == expected


def test_a_huge_header_is_read_only_in_part() -> None:
    assert negotiate_accept_language("xx;q=0.1," * 10_000 + "ko") == "en"


def test_language_names() -> None:
    assert tuple(LANGUAGE_NAMES) == LOCALES and LOCALES[0] == DEFAULT_LOCALE == "en"
    assert LANGUAGE_NAMES["ko"] == "한국어" and LANGUAGE_NAMES["ru"] == "Русский"
