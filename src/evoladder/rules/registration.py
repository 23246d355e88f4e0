"""Registration validation: player name, BattleTag, alt names, country, region, distinct names.

Every failure is a message a player understands and can act on.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from evoladder.i18n import LOCALES, Text, t
from evoladder.rules.errors import IllegalTransition, ValidationFailed
from evoladder.rules.text import clean_text, echo

PLAYER_NAME = re.compile(r"[A-Za-z]{3,12}")
# The number is ASCII digits (a full-width １２３４ is not what Battle.net shows).
BATTLETAG = re.compile(r"([^#\s]{1,12})#([0-9]{3,12})")
MAX_ALT_NAMES = 2


@dataclass(frozen=True, slots=True)
class Registration:
    player_name: str
    battletag: str
    alt_names: tuple[str, ...]
    country: str
    region: str

    @property
    def all_names(self) -> tuple[str, ...]:
        return (self.player_name, *self.alt_names)


# Typed text longer than this is refused before any other check (names are 12 characters at most).
TYPED_MAX = 64


def _clean(text: str, field: Text) -> str:
    return clean_text(text, field=field, max_length=TYPED_MAX)


def validate_player_name(raw: str) -> str:
    name = _clean(raw, t("rules-field-player-name"))
    if not PLAYER_NAME.fullmatch(name):
        raise ValidationFailed(t("rules-player-name-invalid", name=echo(name)))
    return name


def validate_battletag(raw: str) -> str:
    tag = _clean(raw, t("rules-field-battletag"))
    if not BATTLETAG.fullmatch(tag):
        raise ValidationFailed(t("rules-battletag-invalid", tag=echo(tag)))
    return tag


def validate_alt_name(raw: str) -> str:
    name = _clean(raw, t("rules-field-alt-name"))
    if not 3 <= len(name) <= 12 or not all(ch.isalnum() for ch in name):
        raise ValidationFailed(t("rules-alt-name-invalid", name=echo(name)))
    return name


def validate_alt_names(raw: Iterable[str]) -> tuple[str, ...]:
    names = tuple(validate_alt_name(n) for n in raw if n and n.strip())
    if len(names) > MAX_ALT_NAMES:
        raise ValidationFailed(t("rules-too-many-alt-names", max=MAX_ALT_NAMES))
    return names


def validate_country(raw: str, countries: Mapping[str, str]) -> str:
    code = _clean(raw, t("rules-field-country")).upper()
    if code not in countries:
        raise ValidationFailed(t("rules-country-unknown", typed=echo(raw)))
    return code


def validate_region(raw: str, regions: Iterable[str]) -> str:
    code = _clean(raw, t("rules-field-region")).upper()
    known = tuple(regions)
    if code not in known:
        raise ValidationFailed(t("rules-region-unknown", typed=echo(raw), regions=", ".join(known)))
    return code


def ensure_distinct(names: Sequence[str], taken: Mapping[str, object] | None = None) -> None:
    """Names must differ from each other and from names other players use (case-insensitively).

    ``taken`` maps casefolded names already registered by *other* players to anything.
    """
    seen: set[str] = set()
    for name in names:
        folded = name.casefold()
        if folded in seen:
            raise ValidationFailed(t("rules-name-twice", name=echo(name)))
        seen.add(folded)
        if taken is not None and folded in taken:
            raise ValidationFailed(t("rules-name-taken", name=echo(name)))


def validate_registration(
    player_name: str,
    battletag: str,
    alt_names: Iterable[str],
    country: str,
    region: str,
    *,
    countries: Mapping[str, str],
    regions: Iterable[str],
    taken_names: Mapping[str, object] | None = None,
) -> Registration:
    """Validate a whole setup; the first problem found is raised with its message."""
    reg = Registration(
        player_name=validate_player_name(player_name),
        battletag=validate_battletag(battletag),
        alt_names=validate_alt_names(alt_names),
        country=validate_country(country, countries),
        region=validate_region(region, regions),
    )
    ensure_distinct(reg.all_names, taken_names)
    return reg


def check_can_set_up(*, terms_accepted: bool) -> None:
    """Setup comes after the terms of service."""
    if not terms_accepted:
        raise IllegalTransition(t("rules-terms-first"))


def check_can_decline_terms(*, queued: bool, in_match: bool) -> None:
    """Declining the terms stops play, so it waits until the player is out of the queue and matches."""
    if queued or in_match:
        raise IllegalTransition(t("rules-decline-terms-busy"))


def validate_language(language: str | None) -> str | None:
    """One of the ladder's languages, or None (follow Discord's language)."""
    if language is None or language in LOCALES:
        return language
    raise ValidationFailed(t("language-unknown", language=echo(language)))
