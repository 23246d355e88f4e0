"""The web leaderboard in each shipped language: the page's words come from ``locales/*/web.ftl`` in
the language ``?lang=`` picks, else the browser's ``Accept-Language``; the JSON API stays English."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from html import escape, unescape
from urllib.parse import parse_qsl, urlsplit

import httpx
import pytest

from evoladder.config import Settings
from evoladder.gamedata import GameData
from evoladder.i18n import LANGUAGE_NAMES, LOCALES, Catalog, RenderError, shipped_catalog, t
from evoladder.observability import Metrics
from evoladder.web import WebDeps, create_app
from tests.web.ladder import NOW, FilledLadder, FixedHealth, fill_ladder

# A browser's Accept-Language → the page's language.
BROWSERS = {
    "ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7": "ko",
    "zh-TW,zh;q=0.9": "zh-CN",  # one Chinese: Traditional readers get it rather than English
    "es-MX,es;q=0.9": "es-419",
    "ru-RU,ru;q=0.9,en;q=0.5": "ru",
    "en-GB,en;q=0.9": "en",
    "fr-FR,de;q=0.5": "en",  # nothing we speak: English
    "uk-UA,en;q=0.1,ru;q=0.05": "en",  # best q first, not the first language we happen to speak
}
_HTML_LANG = re.compile(r'<html lang="([^"]+)">')
_ROW = re.compile(r'<tr class="entry">(.*?)</tr>', re.S)
_NAME = re.compile(r'<span class="name">.*?</span>', re.S)
_SWITCH = re.compile(r'<a href="([^"]+)" hreflang="([^"]+)" lang="[^"]+">([^<]+)</a>')


@pytest.fixture()
def ladder(settings: Settings, game_data: GameData) -> FilledLadder:
    return fill_ladder(settings, game_data)


@pytest.fixture()
async def client(ladder: FilledLadder, game_data: GameData) -> AsyncIterator[httpx.AsyncClient]:
    deps = WebDeps(ladder.state, FixedHealth(), Metrics(), game_data, clock=lambda: NOW)
    transport = httpx.ASGITransport(app=create_app(deps))
    async with httpx.AsyncClient(transport=transport, base_url="http://ladder.test") as http:
        yield http


def said(key: str, locale: str, **args: str | int) -> str:
    """A message as the page shows it: rendered from the shipped catalog, HTML-escaped."""
    return escape(shipped_catalog().render(t(key, **args), locale), quote=True)


def english_words_left(page: str, locale: str, catalog: Catalog) -> list[str]:
    """English texts of ``web.ftl`` (with no placeholder) that show on a page in another language."""
    english, other = catalog.keys("en"), catalog.keys(locale)
    assert english == other
    text = _NAME.sub("", page)  # player names are the players' (e.g. "Player007")
    left = []
    for key in sorted(english):
        if not key.startswith("web-") or "." in key:
            continue
        try:
            words = catalog.render(t(key), "en")
        except RenderError:  # a message with placeholders: the other checks cover it
            continue
        if words != catalog.render(t(key), locale) and len(words) > 3 and escape(words, quote=True) in text:
            left.append(words)
    return left


@pytest.mark.parametrize("header", sorted(BROWSERS))
async def test_accept_language_picks_the_page_language(
    client: httpx.AsyncClient, game_data: GameData, header: str
) -> None:
    locale = BROWSERS[header]
    response = await client.get("/leaderboard", headers={"Accept-Language": header})
    assert response.status_code == 200
    page = response.text
    assert _HTML_LANG.search(page) and _HTML_LANG.search(page).group(1) == locale  # type: ignore[union-attr]
    assert response.headers["content-language"] == locale
    assert "accept-language" in response.headers["vary"].lower()  # a cache keeps one copy per language
    site = shipped_catalog().render(t("web-site", mod=game_data.mod.name), locale)
    assert f"<title>{escape(shipped_catalog().render(t('web-title', site=site), locale))}</title>" in page
    for key in (
        "web-apply",
        "web-clear",
        "web-best",
        "web-show-unranked",
        "web-rank",
        "web-player",
        "web-legend",
    ):
        assert said(key, locale) in page, key
    assert said("web-next", locale) in page and said("web-races-legend", locale) in page
    if locale != "en":
        assert english_words_left(page, locale, shipped_catalog()) == []
        assert "Apply" not in page and "Clear all filters" not in page and "entries" not in page


async def test_korean_page_names_races_and_countries_in_korean(
    client: httpx.AsyncClient, game_data: GameData
) -> None:
    page = (await client.get("/leaderboard", headers={"Accept-Language": "ko"})).text
    assert '<html lang="ko">' in page and "리더보드" in page
    rows = _ROW.findall(page)
    assert len(rows) == 40
    for code in game_data.races:
        korean = game_data.race_name(code, "ko")
        assert korean != game_data.race_name(code, "en")
        assert escape(korean) in page  # the race filter's boxes
    assert all(any(escape(game_data.race_name(c, "ko")) in row for c in game_data.races) for row in rows)
    assert f'title="{escape(game_data.country_name("KR", "ko") or "")}"' in page  # the flag's tooltip
    assert escape(game_data.country_name("DE", "ko") or "") in page  # the country list
    assert 'title="wins-losses-draws"' not in page and said("web-wld-title", "ko") in page
    summary = re.search(r'<p class="summary">(.*?)</p>', page, re.S)
    assert summary and "항목" in summary.group(1)


async def test_lang_parameter_wins_over_accept_language(client: httpx.AsyncClient) -> None:
    response = await client.get(
        "/leaderboard", params={"lang": "ru", "country": "KR"}, headers={"Accept-Language": "ko-KR,ko"}
    )
    page = response.text
    assert response.status_code == 200 and response.headers["content-language"] == "ru"
    assert '<html lang="ru">' in page
    assert said("web-apply", "ru") in page and said("web-apply", "ko") not in page
    assert english_words_left(page, "ru", shipped_catalog()) == []
    # The pick rides along: hidden in the filter form and the page form, in the "clear" link.
    assert page.count('<input type="hidden" name="lang" value="ru">') == 2
    assert 'class="reset" href="/leaderboard?lang=ru"' in page
    # Russian plurals: the count picks the form.
    summary = re.search(r'<p class="summary">(.*?)</p>', page, re.S)
    assert summary
    count = int(re.match(r"\d+", summary.group(1)).group(0))  # type: ignore[union-attr]
    assert said("web-summary", "ru", total=count, page=1, pages=1) in summary.group(1)


@pytest.mark.parametrize(
    ("asked", "locale"), [("zh", "zh-CN"), ("ES", "es-419"), ("ko-KR", "ko"), ("fr", "ko")]
)
async def test_lang_takes_any_tag_of_our_languages_and_ignores_others(
    client: httpx.AsyncClient, asked: str, locale: str
) -> None:
    response = await client.get("/leaderboard", params={"lang": asked}, headers={"Accept-Language": "ko"})
    assert response.status_code == 200  # a language we don't speak is no reason to refuse the page
    assert f'<html lang="{locale}">' in response.text


async def test_language_switch_keeps_the_filters_and_the_page(client: httpx.AsyncClient) -> None:
    query = {"country": "KR", "race": "bw_zerg", "unranked": "1", "best": "1"}
    page = (await client.get("/leaderboard", params=query, headers={"Accept-Language": "es"})).text
    switch = re.search(r'<nav class="languages" aria-label="([^"]+)">(.*?)</nav>', page, re.S)
    assert switch and switch.group(1) == said("web-languages", "es-419")
    links = _SWITCH.findall(switch.group(2))
    assert {hreflang for _, hreflang, _ in links} == set(LOCALES) - {"es-419"}
    assert 'aria-current="page">Español (Latinoamérica)</strong>' in switch.group(2)
    for href, hreflang, name in links:
        assert name == LANGUAGE_NAMES[hreflang]
        url = urlsplit(unescape(href))
        params = dict(parse_qsl(url.query))
        assert url.path == "/leaderboard" and params.pop("lang") == hreflang
        assert params == {**query, "page": "1"}
        followed = await client.get(unescape(href), headers={"Accept-Language": "es"})
        assert f'<html lang="{hreflang}">' in followed.text
        assert '<option value="KR" selected>' in followed.text  # same filters, other language


async def test_pager_links_keep_the_chosen_language(client: httpx.AsyncClient) -> None:
    page = (await client.get("/leaderboard", params={"lang": "zh-CN", "page": "2"})).text
    following = re.search(r'<a class="next" rel="next" href="([^"]+)"', page)
    assert following and dict(parse_qsl(urlsplit(unescape(following.group(1))).query))["lang"] == "zh-CN"
    third = (await client.get(unescape(following.group(1)))).text
    assert '<html lang="zh-CN">' in third and said("web-previous", "zh-CN") in third
    # The jump form's label wraps the page box in the sentence of the language.
    assert re.search(r'<label>第 <input type="number" name="page"[^>]*> 页，共 \d+ 页</label>', third)


async def test_no_match_in_spanish(client: httpx.AsyncClient) -> None:
    page = (await client.get("/leaderboard?country=FR", headers={"Accept-Language": "es-419"})).text
    assert said("web-empty", "es-419") in page and "No entries match" not in page
    assert said("web-summary", "es-419", total=0, page=1, pages=1) in page  # "0 entradas"


async def test_a_bad_link_is_explained_in_the_visitors_language_and_the_api_stays_english(
    client: httpx.AsyncClient,
) -> None:
    response = await client.get("/leaderboard", params={"page": "two"}, headers={"Accept-Language": "ko"})
    assert response.status_code == 400 and response.headers["content-language"] == "ko"
    page = response.text
    assert '<html lang="ko">' in page and said("web-problem", "ko") in page
    assert said("web-bad-page-number", "ko", value="'two'") in page
    assert "The page must be" not in page
    # ?lang= picks the refusal's language too, and each switch link explains the same problem there.
    ru = (await client.get("/leaderboard", params={"best": "maybe", "lang": "ru"})).text
    flag = shipped_catalog().render(t("web-flag-best"), "ru")
    assert escape(f"Флаг «{flag}» (best) должен быть 1 или 0 (получено 'maybe')") in ru
    assert 'href="/leaderboard?lang=ru">' + said("web-whole", "ru") in ru
    href = re.search(r'<a href="([^"]+)" hreflang="es-419"', ru)
    assert href
    spanish = await client.get(unescape(href.group(1)))
    refusal = t("web-bad-flag", label=t("web-flag-best"), name="best", value="'maybe'")
    assert spanish.status_code == 400 and '<html lang="es-419">' in spanish.text
    assert escape(shipped_catalog().render(refusal, "es-419")) in spanish.text
    # The JSON API is language-neutral: English whatever the browser reads.
    api = await client.get(
        "/api/leaderboard", params={"page": "two", "lang": "ko"}, headers={"Accept-Language": "ko"}
    )
    assert api.status_code == 400
    assert api.json() == {"error": "The page must be a whole number from 1 (got 'two')"}
    rows = await client.get("/api/leaderboard", params={"lang": "ru"}, headers={"Accept-Language": "ko"})
    assert rows.status_code == 200 and "content-language" not in rows.headers
    assert all(
        row["race_name"] == row["race_name"].encode("ascii", "ignore").decode() for row in rows.json()["rows"]
    )


async def test_every_locale_renders_every_page_kind(client: httpx.AsyncClient) -> None:
    for locale in LOCALES:
        for params in ({}, {"country": "QQ"}, {"rank": "U"}, {"sort": "mmr"}, {"page": "9" * 40}):
            response = await client.get("/leaderboard", params={**params, "lang": locale})
            assert f'<html lang="{locale}">' in response.text
            assert "{$" not in response.text and "\ue000" not in response.text  # no placeholder left raw
            if locale != "en":
                assert english_words_left(response.text, locale, shipped_catalog()) == []
