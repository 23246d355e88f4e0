"""No message is left in English in another language (the sweep in ``tests/bot/cogs/
test_every_surface_locales.py`` checks the answers; this checks the keys no sweep reaches, such as
rare errors)."""

from __future__ import annotations

import pytest

from evoladder.i18n import LOCALES
from tests.i18n.untranslated import english_fragments, untranslated_keys


@pytest.mark.parametrize("locale", [locale for locale in LOCALES if locale != "en"])
def test_no_message_is_left_in_english(locale: str) -> None:
    assert untranslated_keys(locale) == []


def test_a_message_copied_from_english_is_found() -> None:
    # English against itself is every message copied: the detector finds them, names aside.
    copied = untranslated_keys("en")
    assert {"language-pick", "error-cooldown", "queue-left"} <= set(copied)
    assert "staff-feed-move" not in copied  # "{ $before }→{ $after }" has no English to leave over
    assert "Choose a language" in english_fragments("ko")  # looked for in Korean answers
