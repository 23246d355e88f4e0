"""``/leaderboard`` through the real bot on a ladder of several pages: several races and countries at
once, the country pages, rank and unranked choices, the page jump, previous / next, clear all."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import timedelta

from evoladder.bootstrap import App
from evoladder.store.records import Mmr
from tests.bot.cogs.conftest import START, ladder_bot
from tests.bot.cogs.test_setup import register
from tests.bot.harness import Exchange, running_harness
from tests.web.ladder import listed_player

# 30 countries: more than one select holds, so the country select has pages.
COUNTRIES = (
    "KR", "DE", "US", "CN", "FR", "RU", "BR", "MX", "JP", "PL", "SE", "NO", "FI", "ES", "IT",
    "NL", "BE", "AT", "CH", "CZ", "UA", "CA", "AU", "AR", "CL", "PE", "TW", "VN", "TH", "GB",
)  # fmt: skip


ROW_NAME = re.compile(r"^`[ 0-9]+` \*\*[A-Z–]\*\* \S+ (\w+) · ", re.M)


@dataclass(frozen=True)
class Listed:
    uid: int
    name: str
    country: str
    race: str
    mmr: int
    ranked: bool


def fill(app: App, players: int = 300) -> list[Listed]:
    """``players`` players over 30 countries with one or two races each; every tenth one has not
    played for 30 days (unranked). Loaded the way startup loads the database."""
    state = app.ladder.ctx.state
    races = list(app.game_data.races)
    joined = START - timedelta(days=60)
    player_rows, mmr_rows, listed = [], [], []
    for i in range(players):
        uid, name, country = 5_000 + i, f"Fill{i:03d}", COUNTRIES[i % len(COUNTRIES)]
        player_rows.append(listed_player(uid, name, country, joined).to_row())
        for j, race in enumerate(races[i % len(races) :][: 1 + i % 2]):
            mmr = 1000 + 5 * i + 3 * j  # all distinct: the expected order is unambiguous
            ranked = i % 10 != 0
            last = START - timedelta(days=1 if ranked else 30)
            mmr_rows.append(Mmr(uid, race, mmr, 4, 3, 1, 0, last, joined).to_row())
            listed.append(Listed(uid, name, country, race, mmr, ranked))
    state.load("players", player_rows)
    state.load("mmrs", mmr_rows)
    state.finish_load(START)
    return listed


def names(answer: Exchange) -> list[str]:
    """The player names of the page's rows, in order."""
    return ROW_NAME.findall(answer.embeds[0]["description"])


def expected(
    listed: list[Listed], *, races: set[str], countries: set[str], unranked: bool = False
) -> list[str]:
    rows = [
        e
        for e in listed
        if (not races or e.race in races)
        and (not countries or e.country in countries)
        and (unranked or e.ranked)
    ]
    rows.sort(key=lambda e: (not e.ranked, -e.mmr))
    return [e.name for e in rows]


def component(answer: Exchange, prefix: str) -> dict[str, object]:
    for row in answer.components:
        for child in row["components"]:
            if str(child.get("custom_id", "")).startswith(prefix):
                return dict(child)
    raise AssertionError(
        f"no component {prefix!r} in {[c.get('custom_id') for r in answer.components for c in r['components']]}"
    )


async def test_multi_select_filters_country_pages_and_page_jump_on_a_large_ladder(app: App) -> None:
    listed = fill(app)
    async with running_harness(ladder_bot(app)) as h:
        viewer = h.user("viewer")
        await register(h, viewer, "Viewer")
        first = await h.slash("leaderboard", user=viewer)
        assert first.message is not None
        first_snapshot = json.loads(json.dumps(first.message.data))  # as the player's client keeps it
        everyone = expected(listed, races=set(), countries=set())
        assert names(first) == everyone[:40]  # the viewer has no game: not listed
        pages = -(-len(everyone) // 40)
        assert (
            f"Page 1/{pages} · {len(everyone)} entries · ranked players" in first.embeds[0]["footer"]["text"]
        )
        assert all("Fill000" not in n for n in names(first))  # unranked entries are hidden

        # Two races at once (a multi-select), then two countries from the first country page.
        race_select = component(first, "lb:race:")
        assert race_select["min_values"] == 0 and race_select["max_values"] == len(app.game_data.races)
        two_races = await h.click(
            str(race_select["custom_id"]), user=viewer, values=["bw_zerg", "sc2_terran"]
        )
        assert names(two_races) == expected(listed, races={"bw_zerg", "sc2_terran"}, countries=set())[:40]

        country_select = component(two_races, "lb:country:")
        shown = [o["value"] for o in country_select["options"]]  # type: ignore[union-attr]
        assert len(shown) == 25 and "(1/2" in str(country_select["placeholder"])
        picked = ["KR", "DE"]
        assert set(picked) <= set(shown)
        both = await h.click(str(country_select["custom_id"]), user=viewer, values=picked)
        want = expected(listed, races={"bw_zerg", "sc2_terran"}, countries=set(picked))
        assert names(both) == want[:40] and f"{len(want)} entries" in both.embeds[0]["footer"]["text"]
        chosen = {o["value"] for o in component(both, "lb:country:")["options"] if o.get("default")}  # type: ignore[union-attr]
        assert chosen == set(picked)

        # The second country page keeps the first page's choice and adds to it.
        more = await h.click(str(component(both, "lb:cmore:")["custom_id"]), user=viewer)
        second_page = component(more, "lb:country:")
        later = [o["value"] for o in second_page["options"]]  # type: ignore[union-attr]
        assert "(2/2" in str(second_page["placeholder"]) and not set(later) & set(shown)
        extra = next(c for c in ("US", "SE", "VN", "UA", "TW", "TH") if c in later)
        three = await h.click(str(second_page["custom_id"]), user=viewer, values=[extra])
        want = expected(listed, races={"bw_zerg", "sc2_terran"}, countries={*picked, extra})
        assert names(three) == want[:40]

        # Clear all filters: back to everyone, page 1.
        cleared = await h.click(str(component(three, "lb:clear:")["custom_id"]), user=viewer)
        assert names(cleared) == everyone[:40] and component(cleared, "lb:clear:")["disabled"] is True

        # The page jump select and previous / next.
        jump = component(cleared, "lb:jump:")
        offered = [int(o["value"]) for o in jump["options"]]  # type: ignore[union-attr]
        assert offered == list(range(1, pages + 1))
        last = await h.click(str(jump["custom_id"]), user=viewer, values=[str(pages)])
        assert names(last) == everyone[(pages - 1) * 40 :]
        assert component(last, "lb:next:")["disabled"] is True
        back = await h.click(str(component(last, "lb:prev:")["custom_id"]), user=viewer)
        assert names(back) == everyone[(pages - 2) * 40 : (pages - 1) * 40]

        # Unranked players on request, listed below the ranked ones; a letter rank alone.
        rank = component(back, "lb:rank:")
        with_unranked = await h.click(str(rank["custom_id"]), user=viewer, values=["*"])
        all_rows = expected(listed, races=set(), countries=set(), unranked=True)
        assert f"{len(all_rows)} entries" in with_unranked.embeds[0]["footer"]["text"]
        tail = await h.click(
            str(component(with_unranked, "lb:jump:")["custom_id"]),
            user=viewer,
            values=[str(-(-len(all_rows) // 40))],
        )
        assert names(tail)[-1] == all_rows[-1] and all_rows[-1] == "Fill000"
        rank_s = await h.click(str(component(tail, "lb:rank:")["custom_id"]), user=viewer, values=["S"])
        assert {line.split("**")[1] for line in rank_s.embeds[0]["description"].splitlines()} == {"S"}

        # The slash command takes several countries and races, codes or names, and says what it
        # could not read.
        typed = await h.slash(
            "leaderboard", user=viewer, options={"countries": "kr, Germany", "races": "bw_zerg, T2"}
        )
        assert names(typed) == expected(listed, races={"bw_zerg", "sc2_terran"}, countries={"KR", "DE"})[:40]
        wrong = await h.slash("leaderboard", user=viewer, options={"countries": "KR, Atlantis"})
        assert wrong.ephemeral and "“Atlantis” is not a country we know" in wrong.content
        suggestions = await h.autocomplete(
            "leaderboard", user=viewer, focused="countries", options={"countries": "KR, germ"}
        )
        assert "KR, DE" in {c["value"] for c in suggestions.choices}

        # The buttons still work after a restart: the page and filters live in the custom ids.
        await h.restart(ladder_bot(app))
        next_id = str(component(first, "lb:next:")["custom_id"])
        again = await h.click(next_id, user=viewer, message=first_snapshot)
        assert names(again) == everyone[40:80]
