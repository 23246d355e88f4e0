"""The one rule for free text people type (names, BattleTags, alt names, reasons, filter values) and
for text taken from replays: what every database can store and every reader can see.

Typed text is Unicode NFC, trimmed, without control (Cc) or surrogate (Cs) characters or bidi
overrides, and within a length limit; a refusal names the field. Text from elsewhere (a replay's
player names and map title) is made storable instead of refused: the replay is still evidence.
Input echoed back in a message is shortened, so an answer never outgrows Discord's limits.
"""

from __future__ import annotations

import re
import unicodedata

from evoladder.i18n import Text, t
from evoladder.rules.errors import ValidationFailed

ECHO_CHARS = 40  # how much of a refused input a message repeats
REPLACEMENT = "\ufffd"
# Explicit bidi embeddings, overrides and isolates: invisible, and they reorder what follows them
# (a classic way to disguise a name). Letter-level marks (LRM/RLM) are refused with them.
BIDI_CONTROLS = frozenset("\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _bad_character(ch: str, multiline: bool) -> Text | None:
    """Why ``ch`` can't be part of typed text, or None."""
    category = unicodedata.category(ch)
    if category == "Cs":
        return t("rules-problem-surrogate")
    if category == "Cc" and not (multiline and ch in "\n\t"):
        return t("rules-problem-control", code=f"{ord(ch):04X}")
    if ch in BIDI_CONTROLS:
        return t("rules-problem-bidi", code=f"{ord(ch):04X}")
    return None


def clean_text(raw: str, *, field: Text, max_length: int, multiline: bool = False) -> str:
    """``raw`` as it will be stored, or a ``ValidationFailed`` that names ``field`` (a catalog Text, e.g.
    ``t("rules-field-reason")``) and what to fix."""
    named = field
    text = unicodedata.normalize("NFC", raw).strip()
    for ch in text:
        problem = _bad_character(ch, multiline)
        if problem is not None:
            raise ValidationFailed(t("rules-text-bad-character", field=named, problem=problem))
    if len(text) > max_length:
        raise ValidationFailed(
            t("rules-text-too-long", field=named, length=str(len(text)), max_length=str(max_length))
        )
    return text


def storable(text: str) -> str:
    """Text from outside (a replay) with what no database can hold, or no reader can see, replaced
    by U+FFFD."""
    if text.isascii() and text.isprintable():
        return text
    cleaned = "".join(REPLACEMENT if _bad_character(ch, multiline=True) else ch for ch in text)
    return unicodedata.normalize("NFC", cleaned)


def unstorable_reason(text: str) -> Text | None:
    """Why a database would refuse ``text`` (NUL for PostgreSQL, lone surrogates for SQLite)."""
    # Every write checks every text it stores: C-speed tests only (an ASCII string, the usual case,
    # holds no surrogate, and ``isascii`` is a flag check).
    if "\x00" in text:
        return t("rules-unstorable-nul")
    if not text.isascii() and _SURROGATE.search(text) is not None:
        return t("rules-unstorable-surrogate")
    return None


def echo(raw: str, limit: int = ECHO_CHARS) -> str:
    """User input to repeat in a message: printable and at most ``limit`` characters."""
    shown = "".join(REPLACEMENT if _bad_character(ch, multiline=False) else ch for ch in raw.strip())
    return shown if len(shown) <= limit else shown[: limit - 1] + "…"
