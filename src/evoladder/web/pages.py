"""Server-rendered HTML of the public leaderboard (no JavaScript). Every visitor-supplied or
player-supplied text goes through ``_e`` (HTML escaping, quotes included): player names are user input.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from html import escape

from evoladder.gamedata import GameData
from evoladder.rules.ranks import LETTERS
from evoladder.store.leaderboard import UNRANKED
from evoladder.web.query import LeaderboardQuery
from evoladder.web.view import LeaderboardRow, LeaderboardView, flag_emoji

LEADERBOARD_PATH = "/leaderboard"
TEXT = {
    "site": "{mod} ladder",
    "title": "Leaderboard · {site}",
    "bad_title": "Bad request · {site}",
    "problem": "That leaderboard link has a problem",
    "whole": "Show the whole leaderboard",
    "unranked_title": "unranked: no game in the activity window",
    "rank_title": "rank {letter}",
    "no_country": "no country set",
    "mmr": "MMR",
    "wld": "W-L-D",
    "wld_title": "wins-losses-draws",
    "empty": "No entries match these filters.",
    "rank": "Rank",
    "player": "Player",
    "race": "Race",
    "previous": "‹ Previous",
    "next": "Next ›",
    "jump": "Page {number} of {pages}",
    "go": "Go",
    "any_rank": "Any rank",
    "unranked": "Unranked",
    "races_legend": "Races (none ticked: every race)",
    "countries_label": "Countries (none chosen: every country; Ctrl or ⌘ to pick several)",
    "best": "Best race only",
    "show_unranked": "Show unranked players too",
    "apply": "Apply",
    "clear": "Clear all filters",
    "summary": "{total} entries · page {page} of {pages}",
    "summary_one": "{total} entry · page {page} of {pages}",
    "showing": "showing {filters}",
    "legend": (
        "One row per player and race. Letter ranks go from S (best) to F among entries with a recent "
        "game; U = unranked (no game in the activity window), listed only when asked for. Updated live."
    ),
    "legend_json": "The same data as {json}.",
    "json": "JSON",
}
STYLESHEET_PATH = "/static/leaderboard.css"


def _e(text: object) -> str:
    return escape(str(text), quote=True)


def _document(title: str, body: str, heading: str) -> str:
    return (
        "<!doctype html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_e(title)}</title>"
        f'<link rel="stylesheet" href="{STYLESHEET_PATH}">'
        "</head><body><main>"
        f"<header><h1>{_e(heading)}</h1></header>"
        f"{body}</main></body></html>\n"
    )


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
    several = ' multiple size="6"' if multiple else ""
    return (
        f'<label class="field"><span>{_e(label)}</span><select name="{name}"{several}>{options}</select>'
        "</label>"
    )


def _t(key: str, markup: Mapping[str, str] | None = None, **values: object) -> str:
    """A sentence of ``TEXT``, HTML-escaped, with its placeholders filled: ``values`` escaped,
    ``markup`` (HTML this module built) as it is."""
    return _e(TEXT[key]).format(**{k: _e(v) for k, v in values.items()}, **(markup or {}))


def _row(row: LeaderboardRow) -> str:
    letter = row.rank or UNRANKED
    rank_title = TEXT["unranked_title"] if row.rank is None else TEXT["rank_title"].format(letter=letter)
    country_title = row.country_name or row.country or TEXT["no_country"]
    country_code = f'<span class="cc">{_e(row.country)}</span>' if row.country else ""
    return (
        '<tr class="entry">'
        f'<td class="pos">#{row.position}</td>'
        f'<td class="rank"><span class="letter r-{letter}" title="{_e(rank_title)}">{letter}</span></td>'
        f'<td class="player"><span class="flag" title="{_e(country_title)}">{_e(row.flag)}</span>'
        f'{country_code}<span class="name">{_e(row.name)}</span></td>'
        f'<td class="race" title="{_e(row.race_name)}"><span class="race-name">{_e(row.race_name)}</span>'
        f'<span class="race-short">{_e(row.race_short)}</span></td>'
        f'<td class="mmr">{row.mmr}<span class="unit"> {_t("mmr")}</span></td>'
        f'<td class="wld" title="{_t("wld_title")}">{row.wins}-{row.losses}-{row.draws}</td>'
        "</tr>"
    )


def _table(view: LeaderboardView) -> str:
    if not view.rows:
        return f'<p class="empty">{_t("empty")}</p>'
    head = (
        "<thead><tr>"
        f'<th class="pos">#</th><th class="rank">{_t("rank")}</th><th class="player">{_t("player")}</th>'
        f'<th class="race">{_t("race")}</th><th class="mmr">{_t("mmr")}</th><th class="wld">{_t("wld")}</th>'
        "</tr></thead>"
    )
    return f'<table class="board">{head}<tbody>{"".join(_row(row) for row in view.rows)}</tbody></table>'


def _pager(view: LeaderboardView) -> str:
    query = view.query
    previous = (
        f'<a class="prev" rel="prev" href="{_e(query.url(LEADERBOARD_PATH, view.page - 1))}">{_t("previous")}</a>'
        if view.page > 1
        else f'<span class="prev disabled">{_t("previous")}</span>'
    )
    following = (
        f'<a class="next" rel="next" href="{_e(query.url(LEADERBOARD_PATH, view.page + 1))}">{_t("next")}</a>'
        if view.page < view.pages
        else f'<span class="next disabled">{_t("next")}</span>'
    )
    # Jumping keeps the filters: they ride along as hidden fields of the page form.
    hidden = "".join(
        f'<input type="hidden" name="{_e(name)}" value="{_e(value)}">'
        for name, value in query.params()
        if name != "page"
    )
    number = f'<input type="number" name="page" min="1" max="{view.pages}" value="{view.page}" inputmode="numeric">'
    jump = (
        f'<form class="jump" method="get" action="{LEADERBOARD_PATH}">{hidden}'
        f"<label>{_t('jump', {'number': number}, pages=view.pages)}</label> "
        f'<button type="submit">{_t("go")}</button></form>'
    )
    return f'<nav class="pager">{previous}{jump}{following}</nav>'


class PageRenderer:
    """Renders the leaderboard pages for one game data (the filter choices are built once)."""

    def __init__(self, game_data: GameData) -> None:
        self._site = TEXT["site"].format(mod=game_data.mod.name)
        countries = sorted(game_data.countries.items(), key=lambda item: item[1].casefold())
        self._country_names = dict(game_data.countries)
        self._race_names = {code: race.name for code, race in game_data.races.items()}
        self._countries = _Options([(code, f"{flag_emoji(code)} {name}".strip()) for code, name in countries])
        self._races = _Options(
            [(code, race.name) for code, race in game_data.races.items()], checkbox_name="race"
        )
        self._ranks = _Options(
            [("", TEXT["any_rank"])]
            + [(letter, letter) for letter in LETTERS]
            + [(UNRANKED, TEXT["unranked"])]
        )

    def _filters_form(self, query: LeaderboardQuery) -> str:
        best = " checked" if query.best_only else ""
        unranked = " checked" if query.unranked else ""
        return (
            f'<form class="filters" method="get" action="{LEADERBOARD_PATH}">'
            + f'<fieldset class="races"><legend>{_t("races_legend")}</legend>'
            + self._races.render(query.races)
            + "</fieldset>"
            + _select(
                "country", TEXT["countries_label"], self._countries.render(query.countries), multiple=True
            )
            + _select("rank", TEXT["rank"], self._ranks.render(query.rank))
            + f'<label class="check"><input type="checkbox" name="best" value="1"{best}> {_t("best")}</label>'
            + f'<label class="check"><input type="checkbox" name="unranked" value="1"{unranked}> '
            + f"{_t('show_unranked')}</label>"
            + f'<div class="actions"><button type="submit">{_t("apply")}</button>'
            + f'<a class="reset" href="{LEADERBOARD_PATH}">{_t("clear")}</a></div>'
            + "</form>"
        )

    def leaderboard(self, view: LeaderboardView) -> str:
        """The whole leaderboard document for one filtered page."""
        key = "summary_one" if view.total == 1 else "summary"
        summary = f'<p class="summary">{_t(key, total=view.total, page=view.page, pages=view.pages)}'
        chosen = [self._race_names.get(r, r) for r in view.query.races]
        chosen += [f"{flag_emoji(c)} {self._country_names.get(c, c)}".strip() for c in view.query.countries]
        if chosen:  # the country box scrolls: say what is chosen in words
            summary += f' · <span class="chosen">{_t("showing", filters=", ".join(chosen))}</span>'
        summary += "</p>"
        json_link = f'<a href="/api/leaderboard">{_t("json")}</a>'
        legend = f'<p class="legend">{_t("legend")} {_t("legend_json", {"json": json_link})}</p>'
        body = self._filters_form(view.query) + summary + _table(view) + _pager(view) + legend
        return _document(TEXT["title"].format(site=self._site), body, self._site)

    def bad_request(self, message: str) -> str:
        """A friendly page for a leaderboard link with a value we can't use."""
        body = (
            f'<section class="problem"><h2>{_t("problem")}</h2>'
            f'<p class="message">{_e(message)}</p>'
            f'<p><a href="{LEADERBOARD_PATH}">{_t("whole")}</a></p></section>'
        )
        return _document(TEXT["bad_title"].format(site=self._site), body, self._site)
