"""The leaderboard's query string, checked: every bad value is refused with a message saying why.

The message is a ``Text`` (``locales/*/web.ftl``): the page shows it in the visitor's language, the
JSON API in English (``str(exc)``), so the API stays language-neutral.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlencode

from evoladder.gamedata import GameData
from evoladder.i18n import Key, Text, english, match_locale, t
from evoladder.rules.ranks import LETTERS
from evoladder.store.leaderboard import UNRANKED

RANK_FILTERS = (*LETTERS, UNRANKED)
MAX_PAGE = 1_000_000  # far beyond any ladder; stops absurd numbers before they reach the store
_TRUE = frozenset({"1", "true", "on", "yes"})
_FALSE = frozenset({"", "0", "false", "off", "no"})
# ``lang`` picks the page's language (the API accepts it and ignores it: its JSON has no prose).
KNOWN_PARAMETERS = frozenset({"country", "race", "rank", "best", "unranked", "page", "lang"})
# Several countries or races: the parameter repeated (what an HTML form sends) or comma separated.
REPEATABLE = frozenset({"country", "race"})
MAX_CHOICES = 50  # more than any visitor picks; stops a query string from naming every country twice


def _shown(raw: str) -> str:
    """A visitor's value quoted for a message, cut short so a huge value can't flood the answer."""
    return repr(raw if len(raw) <= 40 else raw[:40] + "…")


class BadQuery(ValueError):
    """A query value the leaderboard cannot use; ``text`` is shown to the visitor (``str(exc)``: English)."""

    def __init__(self, text: Text) -> None:
        self.text = text
        super().__init__(english(text))


# The flags' names in the "must be 1 or 0" message, by parameter.
_FLAG_LABELS = {"best": Key("web-flag-best"), "unranked": Key("web-flag-unranked")}


def requested_locale(pairs: Iterable[tuple[str, str]]) -> str | None:
    """The locale a ``lang`` parameter asks for (the first one we speak), read even from a query that
    is otherwise refused, so the refusal is in the visitor's language too."""
    for name, value in pairs:
        if name == "lang":
            locale = match_locale(value[:40])
            if locale is not None:
                return locale
    return None


@dataclass(frozen=True, slots=True)
class LeaderboardQuery:
    countries: tuple[str, ...] = ()  # ISO 3166-1 alpha-2 (or XX / ZZ), upper case; empty: any
    races: tuple[str, ...] = ()  # race codes of the game data; empty: any
    rank: str | None = None  # a letter of ``RANK_FILTERS``
    best_only: bool = False
    unranked: bool = False  # list unranked entries too (below the ranked ones)
    page: int = 1
    lang: str | None = None  # one of ``LOCALES`` when the visitor picked the page's language

    def params(self, page: int | None = None) -> list[tuple[str, str]]:
        """The canonical query parameters of this view (optionally another page of it)."""
        out = [("country", c) for c in self.countries] + [("race", r) for r in self.races]
        if self.rank:
            out.append(("rank", self.rank))
        if self.best_only:
            out.append(("best", "1"))
        if self.unranked:
            out.append(("unranked", "1"))
        if self.lang:
            out.append(("lang", self.lang))
        out.append(("page", str(self.page if page is None else page)))
        return out

    def url(self, path: str, page: int | None = None) -> str:
        return f"{path}?{urlencode(self.params(page))}"


def parse_query(pairs: Iterable[tuple[str, str]], game_data: GameData) -> LeaderboardQuery:
    """Check the query parameters; an empty value means "no filter" (what an HTML form sends)."""
    params: dict[str, str] = {}
    many: dict[str, list[str]] = {name: [] for name in REPEATABLE}
    for name, value in pairs:
        if name not in KNOWN_PARAMETERS:
            raise BadQuery(
                t("web-bad-parameter", name=_shown(name), known=", ".join(sorted(KNOWN_PARAMETERS)))
            )
        if name in REPEATABLE:
            many[name] += [part for part in value.split(",") if part.strip()]
            if len(many[name]) > MAX_CHOICES:
                raise BadQuery(t("web-bad-too-many", name=name, max=MAX_CHOICES))
            continue
        if name in params:
            raise BadQuery(t("web-bad-repeated", name=name))
        params[name] = value
    return LeaderboardQuery(
        countries=_unique(_country(raw, game_data) for raw in many["country"]),
        races=_unique(_race(raw, game_data) for raw in many["race"]),
        rank=_rank(params.get("rank", "")),
        best_only=_flag(params.get("best", ""), "best"),
        unranked=_flag(params.get("unranked", ""), "unranked"),
        page=_page(params.get("page", "")),
        # A language we do not speak is no reason to refuse the page: it falls back to Accept-Language.
        lang=match_locale(params.get("lang", "")[:40]),
    )


def _unique(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(values))


def _country(raw: str, game_data: GameData) -> str:
    text = raw.strip().upper()
    if game_data.country_name(text) is None:
        raise BadQuery(t("web-bad-country", value=_shown(raw)))
    return text


def _race(raw: str, game_data: GameData) -> str:
    code = game_data.race_from_text(raw.strip())  # accepts the code, the name, the short form and aliases
    if code is None:
        raise BadQuery(t("web-bad-race", value=_shown(raw), races=", ".join(game_data.races)))
    return code


def _rank(raw: str) -> str | None:
    text = raw.strip().upper()
    if not text:
        return None
    if text not in RANK_FILTERS:
        raise BadQuery(t("web-bad-rank", value=_shown(raw), ranks=", ".join(RANK_FILTERS), unranked=UNRANKED))
    return text


def _flag(raw: str, name: str) -> bool:
    text = raw.strip().lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise BadQuery(t("web-bad-flag", label=t(_FLAG_LABELS[name]), name=name, value=_shown(raw)))


def _page(raw: str) -> int:
    text = raw.strip()
    if not text:
        return 1
    if not text.isascii() or not text.isdecimal():
        raise BadQuery(t("web-bad-page-number", value=_shown(raw)))
    # The length check first keeps int() away from thousands of digits.
    if len(text) > len(str(MAX_PAGE)) or not 1 <= int(text) <= MAX_PAGE:
        # str: the bound reads as it always has, ungrouped, in every language.
        raise BadQuery(t("web-bad-page-range", max=str(MAX_PAGE), value=_shown(raw)))
    return int(text)
