"""Domain errors. Each message is written for the player or admin who will read it."""

from __future__ import annotations


class DomainError(Exception):
    """A rule refused an action; ``str(exc)`` says why and what to do."""


class ValidationFailed(DomainError):
    """Input that breaks a rule (names, BattleTags, countries, races, vetoes, ...)."""


class IllegalTransition(DomainError):
    """An action that the current state of a match (or queue entry) does not allow."""
