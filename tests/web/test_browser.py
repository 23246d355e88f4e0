"""The leaderboard page in a real headless Chromium (Debian's package): it renders rows, a filter
changes them, player markup stays text, and a phone-sized screenshot lands in ``artifacts/web/``.
"""

from __future__ import annotations

import asyncio
import re
import struct
from collections.abc import AsyncIterator
from html import unescape
from pathlib import Path

import pytest

from evoladder.config import Settings
from evoladder.gamedata import GameData
from evoladder.i18n import shipped_catalog, t
from evoladder.observability import Metrics
from evoladder.web import WebDeps, WebServer, create_app
from tests.conftest import IN_CI, PROJECT_ROOT
from tests.web.ladder import HOSTILE_NAME, NOW, FilledLadder, FixedHealth, fill_ladder

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = PROJECT_ROOT / "artifacts" / "web"
PHONE = (412, 915)  # a common Android phone viewport, CSS pixels
_ENTRY = re.compile(r'<tr class="entry">(.*?)</tr>', re.S)
_NAME = re.compile(r'<span class="name">(.*?)</span>', re.S)
_RACE = re.compile(r'<span class="race-name">(.*?)</span>', re.S)

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module", autouse=True)
def chromium_present() -> None:
    if not CHROMIUM.exists():
        if IN_CI:
            pytest.fail(f"{CHROMIUM} is missing (CI=true: the browser test must not be skipped)")
        pytest.skip(f"{CHROMIUM} is missing (apt-get install chromium)")


@pytest.fixture()
def ladder(settings: Settings, game_data: GameData) -> FilledLadder:
    return fill_ladder(settings, game_data)


@pytest.fixture()
async def site(ladder: FilledLadder, game_data: GameData) -> AsyncIterator[str]:
    deps = WebDeps(ladder.state, FixedHealth(), Metrics(), game_data, clock=lambda: NOW)
    server = WebServer(create_app(deps), "127.0.0.1", 0)
    await server.start()
    try:
        yield server.url
    finally:
        await server.stop()


async def _chromium(profile: Path, *args: str, lang: str = "en-US") -> str:
    """Run headless Chromium to completion without blocking the loop (the server runs on it);
    ``lang`` is the browser's language (its Accept-Language)."""
    process = await asyncio.create_subprocess_exec(
        str(CHROMIUM),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",  # containers often have a tiny /dev/shm
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--lang={lang}",  # the page follows Accept-Language
        f"--accept-lang={lang}",
        f"--user-data-dir={profile}",
        *args,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        out, err = await asyncio.wait_for(process.communicate(), timeout=90)
    except TimeoutError:
        process.kill()
        await process.wait()
        raise
    assert process.returncode == 0, (
        f"chromium failed ({process.returncode}): {err.decode(errors='replace')[-2000:]}"
    )
    return out.decode()


async def _screenshot(
    tmp_path: Path, name: str, size: tuple[int, int], url: str, lang: str = "en-US"
) -> bytes:
    """A PNG of ``url`` at ``size``, kept in ``artifacts/web/`` for a person to look at."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    shot = ARTIFACTS / name
    shot.unlink(missing_ok=True)
    await _chromium(
        tmp_path / "profile", f"--screenshot={shot}", f"--window-size={size[0]},{size[1]}", url, lang=lang
    )
    png = shot.read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    return png


def _entries(dom: str) -> list[tuple[str, str]]:
    """(player name as text, race name) of every rendered leaderboard row."""
    rows = []
    for row in _ENTRY.findall(dom):
        name, race = _NAME.search(row), _RACE.search(row)
        assert name and race, row
        rows.append((unescape(name.group(1)), unescape(race.group(1))))
    return rows


async def test_leaderboard_renders_filters_and_screenshots_in_chromium(
    site: str, ladder: FilledLadder, game_data: GameData, tmp_path: Path
) -> None:
    everyone = _entries(await _chromium(tmp_path / "profile", "--dump-dom", f"{site}/leaderboard"))
    assert len(everyone) == 40
    assert everyone[0] == (HOSTILE_NAME, game_data.race(ladder.entries[-1].race).name)

    zerg = game_data.race("bw_zerg").name
    dom = await _chromium(tmp_path / "profile", "--dump-dom", f"{site}/leaderboard?race=bw_zerg&best=0")
    assert "<script" not in dom  # the hostile name never became markup
    filtered = _entries(dom)
    expected = ladder.matching(races=["bw_zerg"])
    assert len(filtered) == min(40, len(expected)) > 0
    assert {race for _, race in filtered} == {zerg}
    assert filtered != everyone[: len(filtered)]
    assert f"{len(expected)} entries" in dom

    png = await _screenshot(tmp_path, "leaderboard-phone.png", PHONE, f"{site}/leaderboard")
    width, height = struct.unpack(">II", png[16:24])  # the IHDR chunk
    assert (width, height) == PHONE
    assert len(png) > 20_000  # a rendered page, not a blank canvas


async def test_two_races_and_two_countries_selected_in_chromium(
    site: str, ladder: FilledLadder, game_data: GameData, tmp_path: Path
) -> None:
    """The multi-filter page as a browser renders it: only those races and countries, in rank order,
    with the chosen races ticked and the chosen countries selected in the form."""
    races, countries = ["bw_zerg", "sc2_terran"], ["KR", "DE"]
    query = "race=bw_zerg&race=sc2_terran&country=KR&country=DE"
    dom = await _chromium(tmp_path / "profile", "--dump-dom", f"{site}/leaderboard?{query}")
    expected = sorted(ladder.matching(countries=countries, races=races), key=lambda e: -e.mmr)
    assert len(expected) > 3
    names = {race: game_data.race(race).name for race in races}
    assert _entries(dom) == [(e.name, names[e.race]) for e in expected][:40]
    codes = re.findall(r'<span class="cc">(..)</span>', dom)
    assert set(codes) == set(countries)
    for race in races:
        assert f'name="race" value="{race}" checked' in dom
    for code in countries:
        assert re.search(rf'<option value="{code}" selected(="")?>', dom)
    assert f"{len(expected)} entries" in dom

    png = await _screenshot(
        tmp_path, "leaderboard-two-races-two-countries.png", (1280, 1400), f"{site}/leaderboard?{query}"
    )
    assert len(png) > 20_000


async def test_two_races_and_two_countries_in_a_korean_browser(
    site: str, ladder: FilledLadder, game_data: GameData, tmp_path: Path
) -> None:
    """A browser set to Korean gets the page in Korean (from its Accept-Language alone): the words,
    the race and country names, ``<html lang>``, with the same rows as in English."""
    races, countries = ["bw_zerg", "sc2_terran"], ["KR", "DE"]
    query = "race=bw_zerg&race=sc2_terran&country=KR&country=DE"
    dom = await _chromium(tmp_path / "profile", "--dump-dom", f"{site}/leaderboard?{query}", lang="ko")
    assert '<html lang="ko">' in dom
    catalog = shipped_catalog()
    assert catalog.render(t("web-languages"), "ko") in dom and "Clear all filters" not in dom
    expected = sorted(ladder.matching(countries=countries, races=races), key=lambda e: -e.mmr)
    names = {race: game_data.race_name(race, "ko") for race in races}
    assert names["bw_zerg"] != game_data.race("bw_zerg").name  # the Korean name, not the English one
    assert _entries(dom) == [(e.name, names[e.race]) for e in expected][:40]
    for code in countries:
        assert re.search(rf'<option value="{code}" selected(="")?>', dom)
        assert str(game_data.country_name(code, "ko")) in dom
    english = await _chromium(tmp_path / "profile-en", "--dump-dom", f"{site}/leaderboard?{query}")
    assert [n for n, _ in _entries(english)] == [n for n, _ in _entries(dom)]  # same rows, other words

    png = await _screenshot(
        tmp_path,
        "leaderboard-two-races-two-countries-ko.png",
        (1280, 1400),
        f"{site}/leaderboard?{query}",
        lang="ko",
    )
    assert len(png) > 20_000
