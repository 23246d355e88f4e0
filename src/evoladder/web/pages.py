"""Server-rendered HTML of the public leaderboard (no JavaScript). Every visitor-supplied or
player-supplied text goes through ``_e`` (HTML escaping, quotes included): player names are user input.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from html import escape

from evoladder.gamedata import GameData
from evoladder.rules.ranks import LETTERS
from evoladder.store.leaderboard import UNRANKED
from evoladder.web.query import LeaderboardQuery
from evoladder.web.view import LeaderboardRow, LeaderboardView, flag_emoji

LEADERBOARD_PATH = "/leaderboard"
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


def _row(row: LeaderboardRow) -> str:
    letter = row.rank or UNRANKED
    rank_title = "unranked: no game in the activity window" if row.rank is None else f"rank {letter}"
    country_title = row.country_name or row.country or "no country set"
    country_code = f'<span class="cc">{_e(row.country)}</span>' if row.country else ""
    return (
        '<tr class="entry">'
        f'<td class="pos">#{row.position}</td>'
        f'<td class="rank"><span class="letter r-{letter}" title="{_e(rank_title)}">{letter}</span></td>'
        f'<td class="player"><span class="flag" title="{_e(country_title)}">{_e(row.flag)}</span>'
        f'{country_code}<span class="name">{_e(row.name)}</span></td>'
        f'<td class="race" title="{_e(row.race_name)}"><span class="race-name">{_e(row.race_name)}</span>'
        f'<span class="race-short">{_e(row.race_short)}</span></td>'
        f'<td class="mmr">{row.mmr}<span class="unit"> MMR</span></td>'
        f'<td class="wld" title="wins-losses-draws">{row.wins}-{row.losses}-{row.draws}</td>'
        "</tr>"
    )


def _table(view: LeaderboardView) -> str:
    if not view.rows:
        return '<p class="empty">No entries match these filters.</p>'
    head = (
        "<thead><tr>"
        '<th class="pos">#</th><th class="rank">Rank</th><th class="player">Player</th>'
        '<th class="race">Race</th><th class="mmr">MMR</th><th class="wld">W-L-D</th>'
        "</tr></thead>"
    )
    return f'<table class="board">{head}<tbody>{"".join(_row(row) for row in view.rows)}</tbody></table>'


def _pager(view: LeaderboardView) -> str:
    query = view.query
    previous = (
        f'<a class="prev" rel="prev" href="{_e(query.url(LEADERBOARD_PATH, view.page - 1))}">‹ Previous</a>'
        if view.page > 1
        else '<span class="prev disabled">‹ Previous</span>'
    )
    following = (
        f'<a class="next" rel="next" href="{_e(query.url(LEADERBOARD_PATH, view.page + 1))}">Next ›</a>'
        if view.page < view.pages
        else '<span class="next disabled">Next ›</span>'
    )
    # Jumping keeps the filters: they ride along as hidden fields of the page form.
    hidden = "".join(
        f'<input type="hidden" name="{_e(name)}" value="{_e(value)}">'
        for name, value in query.params()
        if name != "page"
    )
    jump = (
        f'<form class="jump" method="get" action="{LEADERBOARD_PATH}">{hidden}'
        f'<label>Page <input type="number" name="page" min="1" max="{view.pages}" value="{view.page}" '
        f'inputmode="numeric"></label> of {view.pages} <button type="submit">Go</button></form>'
    )
    return f'<nav class="pager">{previous}{jump}{following}</nav>'


class PageRenderer:
    """Renders the leaderboard pages for one game data (the filter choices are built once)."""

    def __init__(self, game_data: GameData) -> None:
        self._site = f"{game_data.mod.name} ladder"
        countries = sorted(game_data.countries.items(), key=lambda item: item[1].casefold())
        self._countries = _Options([(code, f"{flag_emoji(code)} {name}".strip()) for code, name in countries])
        self._races = _Options(
            [(code, race.name) for code, race in game_data.races.items()], checkbox_name="race"
        )
        self._ranks = _Options(
            [("", "Any rank")] + [(letter, letter) for letter in LETTERS] + [(UNRANKED, "Unranked")]
        )

    def _filters_form(self, query: LeaderboardQuery) -> str:
        best = " checked" if query.best_only else ""
        unranked = " checked" if query.unranked else ""
        return (
            f'<form class="filters" method="get" action="{LEADERBOARD_PATH}">'
            + '<fieldset class="races"><legend>Races (none ticked: every race)</legend>'
            + self._races.render(query.races)
            + "</fieldset>"
            + _select(
                "country",
                "Countries (none chosen: every country; Ctrl or ⌘ to pick several)",
                self._countries.render(query.countries),
                multiple=True,
            )
            + _select("rank", "Rank", self._ranks.render(query.rank))
            + f'<label class="check"><input type="checkbox" name="best" value="1"{best}> Best race only</label>'
            + f'<label class="check"><input type="checkbox" name="unranked" value="1"{unranked}> '
            + "Show unranked players too</label>"
            + '<div class="actions"><button type="submit">Apply</button>'
            + f'<a class="reset" href="{LEADERBOARD_PATH}">Clear all filters</a></div>'
            + "</form>"
        )

    def leaderboard(self, view: LeaderboardView) -> str:
        """The whole leaderboard document for one filtered page."""
        entries = "entry" if view.total == 1 else "entries"
        summary = f'<p class="summary">{view.total} {entries} · page {view.page} of {view.pages}</p>'
        legend = (
            '<p class="legend">One row per player and race. Letter ranks go from S (best) to F among '
            "entries with a recent game; U = unranked (no game in the activity window), listed only "
            "when asked for. Updated live. "
            'The same data as <a href="/api/leaderboard">JSON</a>.</p>'
        )
        body = self._filters_form(view.query) + summary + _table(view) + _pager(view) + legend
        return _document(f"Leaderboard · {self._site}", body, self._site)

    def bad_request(self, message: str) -> str:
        """A friendly page for a leaderboard link with a value we can't use."""
        body = (
            '<section class="problem"><h2>That leaderboard link has a problem</h2>'
            f'<p class="message">{_e(message)}</p>'
            f'<p><a href="{LEADERBOARD_PATH}">Show the whole leaderboard</a></p></section>'
        )
        return _document(f"Bad request · {self._site}", body, self._site)
