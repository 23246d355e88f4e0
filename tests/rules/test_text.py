"""One rule for typed text: NFC, no control or surrogate characters, a length limit, the field named."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from evoladder.rules.errors import ValidationFailed
from evoladder.rules.registration import validate_alt_name, validate_battletag, validate_country
from evoladder.rules.text import clean_text, echo, storable, unstorable_reason

HOSTILE = ["bad\x00tag#1234", "x\ud800y", "ab\u202ecd", "tab\there", "\u200fname"]


@given(st.text())
def test_typed_text_is_refused_or_storable(raw: str) -> None:
    try:
        cleaned = clean_text(raw, field="Reason", max_length=200, multiline=True)
    except ValidationFailed as exc:
        assert str(exc).startswith("Reason ")
        return
    assert unstorable_reason(cleaned) is None
    assert unicodedata.is_normalized("NFC", cleaned) and len(cleaned) <= 200


@given(st.text())
def test_outside_text_is_made_storable(raw: str) -> None:
    assert unstorable_reason(storable(raw)) is None


@given(st.text(), st.integers(2, 100))
def test_echo_is_short_and_printable(raw: str, limit: int) -> None:
    shown = echo(raw, limit)
    assert len(shown) <= limit and unstorable_reason(shown) is None


@pytest.mark.parametrize("raw", HOSTILE)
def test_hostile_characters_name_the_field(raw: str) -> None:
    with pytest.raises(ValidationFailed, match="^BattleTag contains"):
        validate_battletag(raw)


def test_long_input_is_refused_with_a_short_message() -> None:
    with pytest.raises(ValidationFailed, match="too long") as info:
        validate_alt_name("가" * 5000)
    assert len(str(info.value)) < 200
    with pytest.raises(ValidationFailed) as info:
        validate_country("Q" * 60, {"KR": "Korea"})
    assert len(str(info.value)) < 300


def test_battletag_digits_are_ascii_and_text_is_nfc() -> None:
    with pytest.raises(ValidationFailed, match="not valid"):
        validate_battletag("Flash#１２３４")
    assert validate_battletag("  Fla\u0301sh#1234 ") == "Flásh#1234"
    assert validate_alt_name("e\u0301clair") == "éclair"


_ANY_CODE_POINTS = st.lists(
    st.one_of(st.integers(0, 0x7F), st.integers(0xD7F0, 0xE010), st.integers(0, 0x10FFFF)), max_size=30
).map(lambda codes: "".join(map(chr, codes)))


@given(_ANY_CODE_POINTS)
def test_unstorable_is_exactly_nul_or_a_lone_surrogate(text: str) -> None:
    """The fast checks (``in``, ``isascii``, one regex) agree with the definition, character by character."""
    nul = "\x00" in text
    surrogate = any(0xD800 <= ord(ch) <= 0xDFFF for ch in text)
    reason = unstorable_reason(text)
    assert (reason is None) == (not nul and not surrogate)
    if reason is not None:
        assert reason.key == ("rules-unstorable-nul" if nul else "rules-unstorable-surrogate")
