"""Every route of the HTTP app over a real, bulk-loaded LadderState, through httpx's ASGI transport."""

from __future__ import annotations

import math
import re
from collections.abc import AsyncIterator
from html import unescape

import httpx
import pytest

from evoladder.config import Settings
from evoladder.gamedata import GameData
from evoladder.observability import Metrics
from evoladder.web import HealthReport, WebDeps, create_app
from evoladder.web.view import flag_emoji
from tests.web.ladder import HOSTILE_NAME, NOW, FilledLadder, FixedHealth, fill_ladder

PER_PAGE = 40


@pytest.fixture()
def ladder(settings: Settings, game_data: GameData) -> FilledLadder:
    return fill_ladder(settings, game_data)


@pytest.fixture()
def health() -> FixedHealth:
    return FixedHealth()


@pytest.fixture()
def deps(ladder: FilledLadder, health: FixedHealth, game_data: GameData) -> WebDeps:
    return WebDeps(
        ladder=ladder.state, health=health, metrics=Metrics(), game_data=game_data, clock=lambda: NOW
    )


@pytest.fixture()
async def client(deps: WebDeps) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=create_app(deps))
    async with httpx.AsyncClient(transport=transport, base_url="http://ladder.test") as http:
        yield http


async def _api(client: httpx.AsyncClient, **params: str) -> dict[str, object]:
    response = await client.get("/api/leaderboard", params=params)
    assert response.status_code == 200, response.text
    body: dict[str, object] = response.json()
    return body


def _rows(body: dict[str, object]) -> list[dict[str, object]]:
    rows = body["rows"]
    assert isinstance(rows, list)
    return rows


# --- health ----------------------------------------------------------------------------------------
async def test_health_ready_is_200_with_the_probe_figures(client: httpx.AsyncClient) -> None:
    response = await client.get("/health")
    assert response.status_code == 200
    assert response.json() == {
        "ready": True,
        "database_reachable": True,
        "journal": {"backlog_entries": 3, "oldest_age_s": 0.25},
        "replay_workers_alive": 2,
        "replay_workers_expected": 2,
    }


async def test_health_not_ready_is_503_and_says_what_is_wrong(
    client: httpx.AsyncClient, health: FixedHealth
) -> None:
    health.report = HealthReport(
        ready=False,
        database_reachable=False,
        journal_backlog_entries=1200,
        journal_oldest_age_s=61.5,
        replay_workers_alive=1,
        replay_workers_expected=2,
        details={"phase": "loading"},
    )
    response = await client.get("/health")
    assert response.status_code == 503
    body = response.json()
    assert body["ready"] is False and body["database_reachable"] is False
    assert body["journal"] == {"backlog_entries": 1200, "oldest_age_s": 61.5}
    assert body["replay_workers_alive"] == 1 and body["phase"] == "loading"


async def test_health_probe_failure_is_503_without_leaking_details(
    client: httpx.AsyncClient, health: FixedHealth, caplog: pytest.LogCaptureFixture
) -> None:
    health.error = ConnectionError("password=hunter2 host=db.internal")
    response = await client.get("/health")
    assert response.status_code == 503
    assert response.json()["ready"] is False
    assert "ConnectionError" in response.json()["error"] and "hunter2" not in response.text
    assert any("health check failed" in r.getMessage() and r.exc_info for r in caplog.records)


# --- metrics ---------------------------------------------------------------------------------------
async def test_metrics_are_prometheus_text_and_count_leaderboard_reads(client: httpx.AsyncClient) -> None:
    await client.get("/leaderboard")
    await client.get("/api/leaderboard")
    await client.get("/api/leaderboard", params={"race": "bw_zerg"})
    response = await client.get("/metrics")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain; version=0.0.4")
    text = response.text
    assert "# TYPE evoladder_command_seconds histogram" in text
    assert 'evoladder_command_seconds_count{command="web_leaderboard"} 1.0' in text
    assert 'evoladder_command_seconds_count{command="web_api_leaderboard"} 2.0' in text


# --- leaderboard JSON ------------------------------------------------------------------------------
async def test_unfiltered_pages_cover_every_entry_once_in_rank_order(
    client: httpx.AsyncClient, ladder: FilledLadder
) -> None:
    total = len(ladder.entries)
    first = await _api(client, unranked="1")
    assert first["total"] == total and first["pages"] == math.ceil(total / PER_PAGE)
    api = await client.get("/api/leaderboard")
    assert api.headers["cache-control"] == "no-cache" and api.headers["access-control-allow-origin"] == "*"
    seen = []
    for page in range(1, math.ceil(total / PER_PAGE) + 1):
        body = await _api(client, unranked="1", page=str(page))
        assert body["page"] == page
        seen.extend(_rows(body))
    assert len(_rows(first)) == PER_PAGE
    assert [row["position"] for row in seen] == list(range(1, total + 1))
    assert {(row["name"], row["race"]) for row in seen} == {(e.name, e.race) for e in ladder.entries}
    ranked = [row for row in seen if row["rank"] is not None]
    assert len(ranked) == sum(e.ranked for e in ladder.entries)
    assert seen[: len(ranked)] == ranked  # ranked entries first, then the unranked ones
    mmrs = [row["mmr"] for row in ranked]
    assert mmrs == sorted(mmrs, reverse=True)


async def test_a_row_carries_the_players_record(client: httpx.AsyncClient, ladder: FilledLadder) -> None:
    by_key = {(e.name, e.race): e for e in ladder.entries}
    for row in _rows(await _api(client)):
        entry = by_key[(str(row["name"]), str(row["race"]))]
        assert (row["mmr"], row["wins"], row["losses"], row["draws"]) == (
            entry.mmr,
            entry.wins,
            entry.losses,
            entry.draws,
        )
        assert row["games"] == entry.wins + entry.losses + entry.draws
        assert row["country"] == entry.country and row["flag"] == flag_emoji(entry.country)
        assert "discord_uid" not in row  # a public page does not publish Discord account ids


async def test_unranked_players_are_hidden_unless_asked_for(
    client: httpx.AsyncClient, ladder: FilledLadder
) -> None:
    hidden = await _api(client)
    shown = await _api(client, unranked="1")
    assert hidden["total"] == len(ladder.matching()) < shown["total"] == len(ladder.entries)
    assert all(row["rank"] is not None for row in _rows(hidden))


@pytest.mark.parametrize(
    ("query", "countries", "races"),
    [
        ("country=KR", ["KR"], []),
        ("country=de", ["DE"], []),  # codes are case-insensitive
        ("race=bw_zerg", [], ["bw_zerg"]),
        ("race=T2", [], ["sc2_terran"]),  # the short form works too
        ("country=US&race=sc2_protoss", ["US"], ["sc2_protoss"]),
        ("country=KR&country=DE&race=bw_zerg&race=sc2_terran", ["KR", "DE"], ["bw_zerg", "sc2_terran"]),
        ("country=KR,US&race=bw_zerg,T2,bw_zerg", ["KR", "US"], ["bw_zerg", "sc2_terran"]),  # comma form
    ],
)
async def test_country_and_race_filters_select_exactly_the_matching_entries(
    client: httpx.AsyncClient,
    ladder: FilledLadder,
    query: str,
    countries: list[str],
    races: list[str],
) -> None:
    response = await client.get(f"/api/leaderboard?{query}")
    assert response.status_code == 200, response.text
    body = response.json()
    expected = ladder.matching(countries=countries, races=races)
    assert body["total"] == len(expected) > 0
    assert body["filters"] == {
        "countries": countries,
        "races": races,
        "rank": None,
        "best": False,
        "unranked": False,
    }
    rows = []
    for page in range(1, int(body["pages"]) + 1):
        rows += _rows((await client.get(f"/api/leaderboard?{query}&page={page}")).json())
    assert [(r["name"], r["race"]) for r in rows] == [
        (e.name, e.race) for e in sorted(expected, key=lambda e: -e.mmr)
    ]


async def test_rank_filter_keeps_one_letter_and_u_means_unranked(
    client: httpx.AsyncClient, ladder: FilledLadder
) -> None:
    everyone = []
    for page in (1, 2, 3):
        everyone.extend(_rows(await _api(client, unranked="1", page=str(page))))
    letters = {str(row["rank"]) for row in everyone if row["rank"] is not None}
    assert len(letters) >= 3
    for letter in letters:
        rows = _rows(await _api(client, rank=letter.lower()))
        assert rows and {row["rank"] for row in rows} == {letter}
        assert len(rows) == sum(row["rank"] == letter for row in everyone)
    unranked = _rows(await _api(client, rank="U"))
    assert len(unranked) == sum(not e.ranked for e in ladder.entries)
    assert all(row["rank"] is None for row in unranked)


async def test_best_race_only_lists_each_player_once_with_their_best_entry(
    client: httpx.AsyncClient, ladder: FilledLadder
) -> None:
    body = await _api(client, best="1", unranked="1")
    players = {e.uid for e in ladder.entries}
    assert body["total"] == len(players)
    rows = []
    for page in range(1, int(str(body["pages"])) + 1):
        rows.extend(_rows(await _api(client, best="1", unranked="1", page=str(page))))
    names = [row["name"] for row in rows]
    assert len(names) == len(set(names)) == len(players)
    best_mmr = {}
    for e in ladder.entries:
        if e.ranked:
            best_mmr[e.name] = max(best_mmr.get(e.name, 0), e.mmr)
    for row in rows:
        if row["rank"] is not None:
            assert row["mmr"] == best_mmr[str(row["name"])]


async def test_a_page_past_the_end_shows_the_last_page(
    client: httpx.AsyncClient, ladder: FilledLadder
) -> None:
    last = math.ceil(len(ladder.matching(countries=["KR"])) / PER_PAGE)
    body = await _api(client, country="KR", page="999")
    assert body["page"] == body["pages"] == last
    assert _rows(body)


async def test_ranks_are_current_right_after_a_transition(
    client: httpx.AsyncClient, ladder: FilledLadder
) -> None:
    bottom = min((e for e in ladder.entries if e.ranked), key=lambda e: e.mmr)
    before = _rows(await _api(client))[0]
    assert before["name"] != bottom.name
    ladder.state.admin_adjust_mmr(bottom.uid, bottom.race, 3500, admin_uid=1, reason="test", now=NOW)
    top = _rows(await _api(client))[0]
    assert (top["name"], top["race"], top["mmr"], top["position"]) == (bottom.name, bottom.race, 3500, 1)


@pytest.mark.parametrize(
    ("params", "says"),
    [
        ({"country": "QQ"}, "Unknown country 'QQ'"),
        ({"race": "elves"}, "Unknown race 'elves'"),
        ({"rank": "Z"}, "Unknown rank 'Z'"),
        ({"page": "0"}, "The page must be between 1"),
        ({"page": "-2"}, "The page must be a whole number"),
        ({"page": "two"}, "The page must be a whole number"),
        ({"page": "9" * 5000}, "The page must be between 1"),
        ({"best": "maybe"}, "The best-race-only flag (best) must be 1 or 0"),
        ({"sort": "mmr"}, "Unknown parameter 'sort'"),
    ],
)
async def test_bad_api_values_are_400_with_a_clear_json_message(
    client: httpx.AsyncClient, params: dict[str, str], says: str
) -> None:
    response = await client.get("/api/leaderboard", params=params)
    assert response.status_code == 400
    assert says in response.json()["error"]
    assert len(response.json()["error"]) < 300  # a huge value is cut short, not echoed whole


async def test_a_repeated_single_parameter_is_refused(client: httpx.AsyncClient) -> None:
    response = await client.get("/api/leaderboard?rank=A&rank=B")
    assert response.status_code == 400
    assert "The parameter rank is given more than once" in response.json()["error"]


# --- leaderboard HTML ------------------------------------------------------------------------------
_ROW = re.compile(r'<tr class="entry">(.*?)</tr>', re.S)
_NAME = re.compile(r'<span class="name">(.*?)</span>', re.S)


async def test_page_lists_forty_rows_and_escapes_player_names(client: httpx.AsyncClient) -> None:
    response = await client.get("/leaderboard")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert "default-src 'none'" in response.headers["content-security-policy"]
    assert response.headers["cache-control"] == "no-cache"  # no proxy may serve yesterday's ranks
    page = response.text
    rows = _ROW.findall(page)
    assert len(rows) == PER_PAGE
    assert "<script>" not in page and "<b>bold</b>" not in page
    names = [unescape(_NAME.search(row).group(1)) for row in rows]  # type: ignore[union-attr]
    assert names[0] == HOSTILE_NAME  # shown as text, exactly as the player wrote it
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#x27;&quot;" in page


async def test_filters_show_in_the_form_and_ride_along_the_pager(
    client: httpx.AsyncClient, ladder: FilledLadder
) -> None:
    response = await client.get("/leaderboard", params={"country": "kr", "best": "on"})
    page = response.text
    assert '<option value="KR" selected>' in page
    assert 'name="best" value="1" checked' in page
    expected = {e.uid for e in ladder.matching(countries=["KR"])}
    assert f"{len(expected)} entries" in page
    assert all('<span class="cc">KR</span>' in row for row in _ROW.findall(page))
    # the jump-to-page form carries the filters as hidden fields
    assert '<input type="hidden" name="country" value="KR">' in page
    assert '<input type="hidden" name="best" value="1">' in page


async def test_pager_links_go_to_neighbouring_pages(client: httpx.AsyncClient) -> None:
    first = (await client.get("/leaderboard", params={"race": "sc2_zerg"})).text
    assert '<span class="prev disabled">' in first
    two = (await client.get("/leaderboard", params={"page": "2"})).text
    previous = re.search(r'<a class="prev" rel="prev" href="([^"]+)"', two)
    following = re.search(r'<a class="next" rel="next" href="([^"]+)"', two)
    assert previous and unescape(previous.group(1)) == "/leaderboard?page=1"
    assert following and unescape(following.group(1)) == "/leaderboard?page=3"
    third = (await client.get(unescape(following.group(1)))).text
    assert '<span class="next disabled">' in third


async def test_no_match_says_so(client: httpx.AsyncClient) -> None:
    page = (await client.get("/leaderboard", params={"country": "FR"})).text
    assert "No entries match these filters." in page and '<tr class="entry">' not in page


async def test_bad_html_values_get_a_friendly_400_page_with_the_value_escaped(
    client: httpx.AsyncClient,
) -> None:
    response = await client.get("/leaderboard", params={"country": "<img src=x>"})
    assert response.status_code == 400
    assert response.headers["content-type"].startswith("text/html")
    assert "That leaderboard link has a problem" in response.text
    assert "Unknown country &#x27;&lt;img src=x&gt;&#x27;" in response.text
    assert "<img" not in response.text
    assert 'href="/leaderboard"' in response.text


async def test_stylesheet_is_served_and_home_points_to_the_leaderboard(client: httpx.AsyncClient) -> None:
    css = await client.get("/static/leaderboard.css")
    assert css.status_code == 200 and "@media (max-width: 640px)" in css.text
    home = await client.get("/")
    assert home.status_code == 302 and home.headers["location"] == "/leaderboard"


def test_flag_emoji() -> None:
    assert flag_emoji("KR") == "\U0001f1f0\U0001f1f7"
    assert flag_emoji("de") == "\U0001f1e9\U0001f1ea"
    assert flag_emoji("XX") and flag_emoji("ZZ") and flag_emoji("XX") != flag_emoji("ZZ")
    assert flag_emoji(None) == flag_emoji("") == flag_emoji("K1") == ""
