"""Server-rendered HTML of the public leaderboard (no JavaScript), in the visitor's language.

Every word comes from ``locales/<locale>/web.ftl`` through a ``PageVoice``, which HTML-escapes what it
renders (quotes included); every visitor-supplied or player-supplied text goes through ``_e`` too:
player names are user input. Race and country names are the game data's, in the page's language.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import replace
from html import escape
from urllib.parse import urlencode

from evoladder.gamedata import GameData
from evoladder.i18n import LANGUAGE_NAMES, LOCALES, Catalog, Text, TextArg, t
from evoladder.rules.ranks import LETTERS
from evoladder.store.leaderboard import UNRANKED
from evoladder.web.query import LeaderboardQuery
from evoladder.web.view import LeaderboardRow, LeaderboardView, flag_emoji

LEADERBOARD_PATH = "/leaderboard"
STYLESHEET_PATH = "/static/leaderboard.css"
_MAX_ECHOED_QUERY = 1000  # the bad-link page's language links repeat the link's query up to this long


def _e(text: object) -> str:
    return escape(str(text), quote=True)


class Markup(str):
    """HTML this module built, to put into a message as it is (a link, an input box)."""


class PageVoice:
    """Catalog messages in one locale, as HTML: the rendered text is escaped, ``Markup`` arguments
    go in as they are. ``say("web-jump", number=Markup(box), pages=3)``."""

    __slots__ = ("catalog", "locale")

    def __init__(self, catalog: Catalog, locale: str) -> None:
        self.catalog = catalog
        self.locale = locale

    def plain(self, key: str | Text, /, **args: TextArg) -> str:
        """The message as text, not escaped (for a builder that escapes it itself)."""
        return self.catalog.render(key if isinstance(key, Text) else t(key, **args), self.locale)

    def __call__(self, key: str | Text, /, **args: TextArg) -> str:
        markup: dict[str, str] = {}
        plain: dict[str, TextArg] = {}
        for name, value in args.items():
            if isinstance(value, Markup):
                # A private-use token stands in for the markup while the message renders and is escaped.
                token = f"\ue000{len(markup)}\ue001"
                markup[token] = str(value)
                plain[name] = token
            else:
                plain[name] = value
        out = _e(self.plain(key if isinstance(key, Text) else t(key, **plain)))
        for token, html in markup.items():
            out = out.replace(token, html)
        return out


class _Options:
    """A select's options (or a group of checkboxes), rendered once; each request only marks the
    chosen ones."""

    def __init__(self, choices: Iterable[tuple[str, str]], *, checkbox_name: str | None = None) -> None:
        self._plain: list[str] = []
        self._selected: list[str] = []
        self._index: dict[str, int] = {}
        for value, label in choices:
            self._index[value] = len(self._plain)
            if checkbox_name is None:
                self._plain.append(f'<option value="{_e(value)}">{_e(label)}</option>')
                self._selected.append(f'<option value="{_e(value)}" selected>{_e(label)}</option>')
            else:
                box = (
                    f'<label class="check"><input type="checkbox" name="{checkbox_name}" value="{_e(value)}"'
                )
                self._plain.append(f"{box}> {_e(label)}</label>")
                self._selected.append(f"{box} checked> {_e(label)}</label>")

    def render(self, chosen: str | Collection[str] | None) -> str:
        picked = {chosen} if isinstance(chosen, str) else set(chosen or ())
        marked = sorted(i for i in (self._index.get(value) for value in picked) if i is not None)
        out, last = [], 0
        for i in marked:
            out += [*self._plain[last:i], self._selected[i]]
            last = i + 1
        return "".join(out + self._plain[last:])


def _select(name: str, label: str, options: str, *, multiple: bool = False) -> str:
    """A labelled select; ``label`` is HTML already (a ``PageVoice`` rendering)."""
    several = ' multiple size="6"' if multiple else ""
    return (
        f'<label class="field"><span>{label}</span><select name="{name}"{several}>{options}</select></label>'
    )


def _sort_key(name: str) -> tuple[str, str]:
    """Alphabetical order as a reader expects it: an accent does not move a name to the end of the
    list ("Åland Islands" sorts among the A's)."""
    folded = name.casefold()
    bare = "".join(c for c in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(c))
    return bare, folded


def _home(lang: str | None) -> str:
    """The unfiltered leaderboard, in the language the visitor picked (if they picked one)."""
    return f"{LEADERBOARD_PATH}?{urlencode({'lang': lang})}" if lang else LEADERBOARD_PATH


class _LocalePage:
    """The leaderboard pages in one locale: words, filter choices and row constants rendered once."""

    def __init__(self, game_data: GameData, say: PageVoice) -> None:
        self.say = say
        locale = say.locale
        self.site = say("web-site", mod=game_data.mod.name)
        self.title = say("web-title", site=t("web-site", mod=game_data.mod.name))
        self.bad_title = say("web-bad-title", site=t("web-site", mod=game_data.mod.name))
        self.country_names = {
            code: game_data.country_name(code, locale) or name for code, name in game_data.countries.items()
        }
        self.race_names = {code: game_data.race_name(code, locale) for code in game_data.races}
        countries = sorted(self.country_names.items(), key=lambda item: _sort_key(item[1]))
        self.countries = _Options([(code, f"{flag_emoji(code)} {name}".strip()) for code, name in countries])
        self.races = _Options(list(self.race_names.items()), checkbox_name="race")
        self.ranks = _Options(
            [("", say.plain(t("web-any-rank")))]
            + [(letter, letter) for letter in LETTERS]
            + [(UNRANKED, say.plain(t("web-unranked")))]
        )
        self.rank_titles = {letter: say("web-rank-title", letter=letter) for letter in LETTERS}
        self.unranked_title = say("web-unranked-title")
        self.no_country = say("web-no-country")
        self.no_name = say("web-no-name")
        self.mmr = say("web-mmr")
        self.wld_title = say("web-wld-title")
        self.previous = say("web-previous")
        self.next = say("web-next")

    # --- pieces ----------------------------------------------------------------------------------

    def document(self, title: str, body: str, languages: str) -> str:
        """The whole document; ``title`` and ``body`` are HTML already."""
        return (
            "<!doctype html>\n"
            f'<html lang="{self.say.locale}"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{title}</title>"
            f'<link rel="stylesheet" href="{STYLESHEET_PATH}">'
            "</head><body><main>"
            f"<header><h1>{self.site}</h1>{languages}</header>"
            f"{body}</main></body></html>\n"
        )

    def languages(self, href: Callable[[str], str]) -> str:
        """The language switch: each language in its own name, linking to this page (``href``) in it."""
        links = []
        for locale in LOCALES:
            name = _e(LANGUAGE_NAMES[locale])
            if locale == self.say.locale:
                links.append(f'<strong lang="{locale}" aria-current="page">{name}</strong>')
            else:
                links.append(f'<a href="{_e(href(locale))}" hreflang="{locale}" lang="{locale}">{name}</a>')
        return f'<nav class="languages" aria-label="{self.say("web-languages")}">{"".join(links)}</nav>'

    def row(self, row: LeaderboardRow) -> str:
        letter = row.rank or UNRANKED
        rank_title = self.unranked_title if row.rank is None else self.rank_titles.get(letter, _e(letter))
        if row.country:
            country_title = _e(self.country_names.get(row.country, row.country))
            country_code = f'<span class="cc">{_e(row.country)}</span>'
        else:
            country_title, country_code = self.no_country, ""
        name = _e(row.name) if row.named else self.no_name
        race_name = _e(self.race_names.get(row.race, row.race_name))
        return (
            '<tr class="entry">'
            f'<td class="pos">#{row.position}</td>'
            f'<td class="rank"><span class="letter r-{letter}" title="{rank_title}">{letter}</span></td>'
            f'<td class="player"><span class="flag" title="{country_title}">{_e(row.flag)}</span>'
            f'{country_code}<span class="name">{name}</span></td>'
            f'<td class="race" title="{race_name}"><span class="race-name">{race_name}</span>'
            f'<span class="race-short">{_e(row.race_short)}</span></td>'
            f'<td class="mmr">{row.mmr}<span class="unit"> {self.mmr}</span></td>'
            f'<td class="wld" title="{self.wld_title}">{row.wins}-{row.losses}-{row.draws}</td>'
            "</tr>"
        )

    def table(self, view: LeaderboardView) -> str:
        say = self.say
        if not view.rows:
            return f'<p class="empty">{say("web-empty")}</p>'
        head = (
            "<thead><tr>"
            f'<th class="pos">#</th><th class="rank">{say("web-rank")}</th>'
            f'<th class="player">{say("web-player")}</th><th class="race">{say("web-race")}</th>'
            f'<th class="mmr">{self.mmr}</th><th class="wld">{say("web-wld")}</th>'
            "</tr></thead>"
        )
        return (
            f'<table class="board">{head}<tbody>{"".join(self.row(row) for row in view.rows)}</tbody></table>'
        )

    def pager(self, view: LeaderboardView) -> str:
        say, query = self.say, view.query
        previous = (
            f'<a class="prev" rel="prev" href="{_e(query.url(LEADERBOARD_PATH, view.page - 1))}">{self.previous}</a>'
            if view.page > 1
            else f'<span class="prev disabled">{self.previous}</span>'
        )
        following = (
            f'<a class="next" rel="next" href="{_e(query.url(LEADERBOARD_PATH, view.page + 1))}">{self.next}</a>'
            if view.page < view.pages
            else f'<span class="next disabled">{self.next}</span>'
        )
        # Jumping keeps the filters (and the language): they ride along as hidden fields of the page form.
        hidden = "".join(
            f'<input type="hidden" name="{_e(name)}" value="{_e(value)}">'
            for name, value in query.params()
            if name != "page"
        )
        number = f'<input type="number" name="page" min="1" max="{view.pages}" value="{view.page}" inputmode="numeric">'
        jump = (
            f'<form class="jump" method="get" action="{LEADERBOARD_PATH}">{hidden}'
            f"<label>{say('web-jump', number=Markup(number), pages=view.pages)}</label> "
            f'<button type="submit">{say("web-go")}</button></form>'
        )
        return f'<nav class="pager">{previous}{jump}{following}</nav>'

    def filters_form(self, query: LeaderboardQuery) -> str:
        say = self.say
        best = " checked" if query.best_only else ""
        unranked = " checked" if query.unranked else ""
        lang = f'<input type="hidden" name="lang" value="{_e(query.lang)}">' if query.lang else ""
        return (
            f'<form class="filters" method="get" action="{LEADERBOARD_PATH}">{lang}'
            + f'<fieldset class="races"><legend>{say("web-races-legend")}</legend>'
            + self.races.render(query.races)
            + "</fieldset>"
            + _select(
                "country", say("web-countries-label"), self.countries.render(query.countries), multiple=True
            )
            + _select("rank", say("web-rank"), self.ranks.render(query.rank))
            + f'<label class="check"><input type="checkbox" name="best" value="1"{best}> {say("web-best")}</label>'
            + f'<label class="check"><input type="checkbox" name="unranked" value="1"{unranked}> '
            + f"{say('web-show-unranked')}</label>"
            + f'<div class="actions"><button type="submit">{say("web-apply")}</button>'
            + f'<a class="reset" href="{_e(_home(query.lang))}">{say("web-clear")}</a></div>'
            + "</form>"
        )

    # --- pages -----------------------------------------------------------------------------------

    def leaderboard(self, view: LeaderboardView) -> str:
        say = self.say
        summary = (
            f'<p class="summary">{say("web-summary", total=view.total, page=view.page, pages=view.pages)}'
        )
        chosen = [self.race_names.get(r, r) for r in view.query.races]
        chosen += [f"{flag_emoji(c)} {self.country_names.get(c, c)}".strip() for c in view.query.countries]
        if chosen:  # the country box scrolls: say what is chosen in words
            summary += f' · <span class="chosen">{say("web-showing", filters=", ".join(chosen))}</span>'
        summary += "</p>"
        json_link = Markup(f'<a href="/api/leaderboard">{say("web-json")}</a>')
        legend = f'<p class="legend">{say("web-legend")} {say("web-legend-json", json=json_link)}</p>'
        body = self.filters_form(view.query) + summary + self.table(view) + self.pager(view) + legend
        languages = self.languages(
            lambda locale: replace(view.query, lang=locale).url(LEADERBOARD_PATH, view.page)
        )
        return self.document(self.title, body, languages)

    def bad_request(self, message: Text, pairs: Sequence[tuple[str, str]]) -> str:
        say = self.say
        lang = next((value for name, value in pairs if name == "lang"), None)
        body = (
            f'<section class="problem"><h2>{say("web-problem")}</h2>'
            f'<p class="message">{say(message)}</p>'
            f'<p><a href="{_e(_home(self.say.locale if lang else None))}">{say("web-whole")}</a></p></section>'
        )
        others = [(name, value) for name, value in pairs if name != "lang"]

        again = urlencode(others)

        def href(locale: str) -> str:  # the same link in another language: the same problem, explained there
            if len(again) > _MAX_ECHOED_QUERY:  # a huge link is not repeated five times: the leaderboard
                return _home(locale)
            return f"{LEADERBOARD_PATH}?{urlencode([*others, ('lang', locale)])}"

        return self.document(self.bad_title, body, self.languages(href))


class PageRenderer:
    """Renders the leaderboard pages for one game data in any of ``LOCALES`` (each locale's filter
    choices are built once, on its first page)."""

    def __init__(self, game_data: GameData, catalog: Catalog) -> None:
        self._game_data = game_data
        self._catalog = catalog
        self._pages: dict[str, _LocalePage] = {}

    def _page(self, locale: str) -> _LocalePage:
        page = self._pages.get(locale)
        if page is None:
            page = self._pages[locale] = _LocalePage(self._game_data, PageVoice(self._catalog, locale))
        return page

    def leaderboard(self, view: LeaderboardView, locale: str) -> str:
        """The whole leaderboard document for one filtered page, in ``locale``."""
        return self._page(locale).leaderboard(view)

    def bad_request(self, message: Text, locale: str, pairs: Sequence[tuple[str, str]] = ()) -> str:
        """A friendly page for a leaderboard link with a value we can't use (``pairs``: the link's query)."""
        return self._page(locale).bad_request(message, pairs)
