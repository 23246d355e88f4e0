"""Domain errors. Each says, as a message from the catalogs, why an action was refused and what to do;
the front end renders it in the reader's language (``text``), ``str(exc)`` in English for logs."""

from __future__ import annotations

from evoladder.i18n import Text, english


class DomainError(Exception):
    """A rule refused an action; ``text`` says why and what to do (``str(exc)``: the same in English)."""

    def __init__(self, message: Text) -> None:
        if not isinstance(message, Text):  # an English str would reach every reader untranslated
            raise TypeError(f"{type(self).__name__} takes a catalog Text, not {message!r}")
        self.text = message
        super().__init__(english(message))


class ValidationFailed(DomainError):
    """Input that breaks a rule (names, BattleTags, countries, races, vetoes, ...)."""


class IllegalTransition(DomainError):
    """An action that the current state of a match (or queue entry) does not allow."""
