"""``/profile`` and ``/leaderboard`` in each shipped language, through the real bot: every heading, line,
button, select and refusal comes from the reader's catalog (not from English strings in code), game
names (races, countries, regions) are the reader's, and everything fits Discord's limits."""

from __future__ import annotations

import warnings
from dataclasses import replace
from datetime import UTC, datetime

import pytest
from matplotlib.axes import Axes

from evoladder.bootstrap import App
from evoladder.bot import limits
from evoladder.bot.present.chart import CJK_LOCALES, font_families, mmr_chart_png
from evoladder.bot.present.leaderboard import (
    MAX_COUNTRIES,
    PER_PAGE,
    LeaderboardFilters,
    country_filter_options,
    country_pages,
    country_placeholder,
    jump_options,
    leaderboard_embed,
    race_filter_options,
    rank_filter_options,
)
from evoladder.bot.present.profile import profile_embed
from evoladder.bot.present.text import flag
from evoladder.bot.voice import Voice
from evoladder.i18n import TextArg, shipped_catalog
from evoladder.store.profile import AccountStatus, Profile, RaceProfile, Wld
from evoladder.store.state import LeaderboardRow
from tests.bot.cogs.conftest import ladder_discord
from tests.bot.cogs.test_leaderboard import component, expected, fill
from tests.bot.harness import Exchange, running_harness

# Discord's locale of the client → the catalog that answers it.
CLIENTS = {"ko": "ko", "zh-CN": "zh-CN", "es-419": "es-419", "ru": "ru", "en-GB": "en"}
CATALOG = shipped_catalog()


def speaker(locale: str) -> tuple[Voice, Voice]:
    """The reader's voice and the English one (to prove a non-English reader gets other text)."""
    return Voice(CATALOG, locale), Voice(CATALOG, "en")


def translated(say: Voice, english: Voice, key: str, **args: TextArg) -> str:
    """``key`` in the reader's language; for a non-English reader it must differ from English."""
    text = say(key, **args)
    if say.locale != "en":
        assert text != english(key, **args), f"{key} is still English in {say.locale}"
    return text


def fits(answer: Exchange) -> None:
    assert limits.message_violations(answer.data) == []


def labels(answer: Exchange) -> dict[str, str]:
    """custom-id prefix (``lb:next``) → the button's label or the select's placeholder."""
    out = {}
    for row in answer.components:
        for child in row["components"]:
            prefix = ":".join(str(child.get("custom_id", "")).split(":")[:2])
            out[prefix] = str(child.get("label") or child.get("placeholder") or "")
    return out


@pytest.mark.parametrize("client", sorted(CLIENTS))
async def test_the_profile_speaks_the_readers_language(app: App, client: str) -> None:
    locale = CLIENTS[client]
    say, english = speaker(locale)
    gd = app.game_data
    listed = fill(app, players=60)
    me = next(e for e in listed if e.uid == 5_001)  # Fill001: two races, ranked, from DE
    front = ladder_discord(app)
    async with running_harness(front.bot) as h:
        player = h.user("fill001", user_id=me.uid, locale=client)
        answer = await h.slash("profile", user=player)
        fits(answer)
        embed = answer.embeds[0]
        assert embed["title"] == f"{flag(me.country)} {me.name}"
        description = embed["description"].splitlines()
        country = gd.country_name(me.country, locale)
        assert country is not None
        assert translated(say, english, "boards-profile-country", country=country) in description
        not_set = translated(say, english, "boards-profile-not-set")  # "KR" is no region of the game data
        assert translated(say, english, "boards-profile-region", region=not_set) in description
        assert say("boards-profile-battletag", battletag=f"{me.name}#1234") in description
        fields = {f["name"]: f["value"] for f in embed["fields"]}
        account = fields[translated(say, english, "boards-profile-account-name")].splitlines()
        assert account[:3] == [
            translated(say, english, "boards-profile-terms-ok"),
            translated(say, english, "boards-profile-setup-ok"),
            translated(say, english, "boards-profile-not-banned"),
        ]
        assert translated(say, english, "boards-profile-overall-name") in fields
        races = [e.race for e in listed if e.uid == me.uid]
        assert len(races) == 2
        for race in races:
            name = gd.race_name(race, locale)
            heading = next(n for n in fields if n.startswith(f"{name} — "))
            mmr = next(e.mmr for e in listed if e.uid == me.uid and e.race == race)
            percent = say("boards-win-percent", percent=75.0)  # 3 wins, 1 loss: "75,0 %" in ru
            first_line = say("boards-profile-race-mmr", mmr=str(mmr), record="3-1-0", percent=percent)
            assert fields[heading].splitlines()[0] == first_line
        assert embed["footer"]["text"] == translated(say, english, "boards-profile-footer", left=3)
        if locale != "en":
            assert "Account" not in fields and "aborts left" not in answer.text()
        await front.notifier.stop()


@pytest.mark.parametrize("client", sorted(CLIENTS))
async def test_the_leaderboard_speaks_the_readers_language(app: App, client: str) -> None:
    locale = CLIENTS[client]
    say, english = speaker(locale)
    gd = app.game_data
    listed = fill(app)
    front = ladder_discord(app)
    async with running_harness(front.bot) as h:
        viewer = h.user("fill001", user_id=5_001, locale=client)
        first = await h.slash("leaderboard", user=viewer)
        fits(first)
        everyone = expected(listed, races=set(), countries=set())
        pages = -(-len(everyone) // 40)
        embed = first.embeds[0]
        assert embed["title"] == translated(say, english, "boards-lb-title")
        no_filters = translated(say, english, "boards-lb-no-filters")
        footer = say("boards-lb-footer", page="1", pages=str(pages), total=len(everyone), filters=no_filters)
        assert embed["footer"]["text"] == footer
        shown = labels(first)
        assert shown["lb:race"] == translated(say, english, "boards-lb-races-placeholder")
        assert shown["lb:rank"] == translated(say, english, "boards-lb-rank-placeholder")
        assert shown["lb:jump"] == translated(say, english, "boards-lb-jump-placeholder")
        assert shown["lb:prev"] == translated(say, english, "boards-lb-previous")
        assert shown["lb:next"] == translated(say, english, "boards-lb-next")
        assert shown["lb:best"] == translated(say, english, "boards-lb-best-off")
        assert shown["lb:cmore"] == translated(say, english, "boards-lb-more-countries")
        assert shown["lb:clear"] == translated(say, english, "boards-lb-clear")
        offered = [str(o["value"]) for o in component(first, "lb:country:")["options"]]  # type: ignore[union-attr]
        first_name, last_name = (str(gd.country_name(c, locale))[:1] for c in (offered[0], offered[-1]))
        assert shown["lb:country"] == translated(
            say,
            english,
            "boards-lb-countries-placeholder",
            first=first_name,
            last=last_name,
            page="1",
            pages="2",
        )

        # Race, country, rank and page options read in the reader's language.
        race_options = {o["value"]: o["label"] for o in component(first, "lb:race:")["options"]}  # type: ignore[union-attr]
        assert race_options == {code: gd.race_name(code, locale) for code in gd.races}
        for option in component(first, "lb:country:")["options"]:  # type: ignore[union-attr]
            code = option["value"]
            assert option["label"] == f"{flag(code)} {gd.country_name(code, locale)} ({code})"
        rank_labels = [o["label"] for o in component(first, "lb:rank:")["options"]]  # type: ignore[union-attr]
        assert rank_labels[0] == translated(say, english, "boards-lb-rank-ranked")
        assert translated(say, english, "boards-lb-rank-letter", letter="S") in rank_labels
        jump = [o["label"] for o in component(first, "lb:jump:")["options"]]  # type: ignore[union-attr]
        assert jump[0] == translated(say, english, "boards-lb-jump-option", page="1", pages=str(pages))

        # Filtering keeps the reader's language: a race, then unranked players too.
        zerg = await h.click(str(component(first, "lb:race:")["custom_id"]), user=viewer, values=["bw_zerg"])
        fits(zerg)
        assert labels(zerg)["lb:race"] == translated(
            say, english, "boards-lb-races-chosen-placeholder", count=1
        )
        races = say("boards-lb-filter-races", races=gd.race_name("bw_zerg", locale))
        assert races in zerg.embeds[0]["footer"]["text"]
        both = await h.click(str(component(zerg, "lb:rank:")["custom_id"]), user=viewer, values=["*"])
        fits(both)
        assert translated(say, english, "boards-lb-filter-everyone") in both.embeds[0]["footer"]["text"]
        best = await h.click(str(component(both, "lb:best:")["custom_id"]), user=viewer)
        assert labels(best)["lb:best"] == translated(say, english, "boards-lb-best-on")
        assert translated(say, english, "boards-lb-filter-best") in best.embeds[0]["footer"]["text"]

        # Refusals and suggestions of the typed options.
        wrong = await h.slash("leaderboard", user=viewer, options={"countries": "KR, Atlantis"})
        assert wrong.ephemeral
        assert wrong.content == translated(say, english, "boards-unknown-country", value="Atlantis")
        wrong_race = await h.slash("leaderboard", user=viewer, options={"races": "Xel'Naga"})
        assert wrong_race.content == translated(say, english, "boards-unknown-race", value="Xel'Naga")
        zerg_name = gd.race_name("bw_zerg", locale)
        suggested = await h.autocomplete(
            "leaderboard", user=viewer, focused="races", options={"races": zerg_name[:3]}
        )
        assert (zerg_name, "bw_zerg") in {(c["name"], c["value"]) for c in suggested.choices}
        typed = await h.slash("leaderboard", user=viewer, options={"races": zerg_name})
        assert races in typed.embeds[0]["footer"]["text"]
        # Countries too are found and suggested by their name in the reader's language.
        germany = str(gd.country_name("DE", locale))
        offered_de = await h.autocomplete(
            "leaderboard", user=viewer, focused="countries", options={"countries": germany}
        )
        assert "DE" in {c["value"] for c in offered_de.choices}
        by_name = await h.slash("leaderboard", user=viewer, options={"countries": germany})
        assert not by_name.ephemeral and by_name.embeds
        await front.notifier.stop()


@pytest.mark.parametrize("locale", sorted(set(CLIENTS.values())))
def test_the_mmr_chart_is_labelled_in_the_readers_language(
    app: App, locale: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    reader, english = speaker(locale)
    # Without a font for Hangul / Chinese the picture is labelled in English rather than in boxes.
    say = english if locale in CJK_LOCALES and font_families() == ["DejaVu Sans"] else reader
    drawn: list[str] = []
    set_title = Axes.set_title

    def recording(self: Axes, label: str, *args: object, **kwargs: object) -> object:
        drawn.append(label)
        return set_title(self, label, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Axes, "set_title", recording)
    at = datetime(2026, 11, 20, tzinfo=UTC)
    race = RaceProfile("bw_zerg", "S", 1520, Wld(1, 0, 0), {}, at, ((at, 1500), (at, 1520)))
    account = AccountStatus(True, True, False, None, 3, at)
    profile = Profile(1, None, "Mina#1234", (), "KR", "KR", account, (race,))
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a glyph missing from every font would warn
        png = mmr_chart_png(profile, app.game_data, reader)
    assert png.startswith(b"\x89PNG")
    unnamed = translated(say, english, "boards-chart-unnamed")
    assert drawn == [translated(say, english, "boards-chart-title", name=unnamed)]
    say = reader

    # The same profile's embed: the reader's region and country names, and their unnamed player.
    profile = Profile(1, None, "Mina#1234", (), "KR", "KRJ", account, (race,))
    embed = profile_embed(profile, app.game_data, say)
    assert limits.embed_violations(embed.to_dict()) == []
    assert embed.title == f"{flag('KR')} {translated(say, english, 'boards-profile-unnamed')}"
    lines = str(embed.description).splitlines()
    region = app.game_data.region_name("KRJ", locale)
    assert translated(say, english, "boards-profile-region", region=region) in lines
    assert say("boards-profile-country", country=str(app.game_data.country_name("KR", locale))) in lines


@pytest.mark.parametrize("locale", sorted(set(CLIENTS.values())))
def test_the_longest_boards_fit_in_every_language(app: App, locale: str) -> None:
    """The worst cases (every filter, 40 nameless rows, huge counts, a banned player with every race and
    the longest reasons) stay within Discord's limits however long the translation."""
    say = Voice(CATALOG, locale)
    gd = app.game_data
    at = datetime(2026, 11, 20, tzinfo=UTC)
    rows = [
        LeaderboardRow(10**6 + i, 10**18 + i, None, "KR", "sc2_protoss", None, 9999, 10**5, 10**5, 10**5, at)
        for i in range(PER_PAGE)
    ]
    filters = LeaderboardFilters(
        races=tuple(gd.races), countries=tuple(sorted(gd.countries))[:MAX_COUNTRIES], rank="U", best_only=True
    )
    embed = leaderboard_embed(
        rows, page=2500, pages=2500, total=10**5, filters=filters, game_data=gd, say=say
    )
    assert limits.embed_violations(embed.to_dict()) == []
    assert say("boards-lb-unnamed", uid=str(10**18)) in str(embed.description)
    options = [
        *race_filter_options(gd, tuple(gd.races), say),
        *rank_filter_options("U", say),
        *jump_options(1250, 2500, say),
    ]
    for page in country_pages(gd, sorted(gd.countries), locale):
        options += country_filter_options(gd, page, page, say)
        assert len(country_placeholder(gd, page, 99, 99, say)) <= limits.SELECT_PLACEHOLDER_MAX
    assert all(len(o.label) <= limits.SELECT_OPTION_TEXT_MAX for o in options)

    race = RaceProfile("bw_zerg", None, 9999, Wld(10**6, 10**6, 10**6), {14: Wld(9, 9, 9)}, None, ())
    account = AccountStatus(False, False, True, "x" * 2000, 0, at, "y" * 2000)
    profile = Profile(1, "Abcdefghijkl", "Abcdefghijkl#123456789012", ("Mnopqrstuvwx",) * 2, "ZZ", "KRJ", account,
                      tuple(replace(race, race=code) for code in gd.races))  # fmt: skip
    embed = profile_embed(profile, gd, say, aborts_per_month=10)
    assert (
        limits.embed_violations(embed.to_dict()) == [] and limits.embed_total_chars(embed.to_dict()) <= 6000
    )
    assert say("boards-profile-banned-line") in str(embed.description)
