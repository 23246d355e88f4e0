"""Domain errors. Each says, as a message from the catalogs, why an action was refused and what to do;
the front end renders it in the reader's language (``text``), ``str(exc)`` in English for logs."""

from __future__ import annotations

from evoladder.i18n import Text, english


class DomainError(Exception):
    """A rule refused an action; ``text`` says why and what to do (``str(exc)``: the same in English)."""

    def __init__(self, message: Text | str) -> None:
        # A plain str is only accepted while the catalogs are being filled (the languages pass
        # turns every message into a Text); it is shown as it is, in every language.
        self.text = message if isinstance(message, Text) else Text("raw-text", {"text": message})
        super().__init__(message if isinstance(message, str) else english(message))


class ValidationFailed(DomainError):
    """Input that breaks a rule (names, BattleTags, countries, races, vetoes, ...)."""


class IllegalTransition(DomainError):
    """An action that the current state of a match (or queue entry) does not allow."""
