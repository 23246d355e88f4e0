"""The presentation builders, over the largest inputs the ladder allows, against Discord's limits."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import discord
from hypothesis import given, settings
from hypothesis import strategies as st

from evoladder.bot import limits
from evoladder.bot.present import match, pickers
from evoladder.bot.present.leaderboard import (
    MAX_COUNTRIES,
    PER_PAGE,
    LeaderboardFilters,
    country_filter_options,
    country_pages,
    jump_options,
    jump_pages,
    leaderboard_embed,
    race_filter_options,
    rank_filter_options,
)
from evoladder.bot.present.profile import profile_embed
from evoladder.bot.present.queue import searching_embed
from evoladder.bot.present.text import flag, truncate
from evoladder.bot.voice import Voice
from evoladder.gamedata import GameData
from evoladder.i18n import shipped_catalog
from evoladder.services.queueing import QueueStatus, WaitEstimate
from evoladder.store.profile import AccountStatus, Profile, RaceProfile, Wld
from evoladder.store.records import Match, Replay
from evoladder.store.state import LeaderboardRow, QueueCounts

NOW = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)
SAY = Voice(shipped_catalog(), "en")
# The longest values registration accepts (SPEC section 3): 12-letter names, 12#12-digit BattleTags.
names = st.text(alphabet=st.characters(categories=("L",)), min_size=3, max_size=12)
latin = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=3, max_size=12)
battletags = st.builds(lambda n, d: f"{n}#{d}", latin, st.integers(100, 10**12 - 1))


def embed_fits(embed: discord.Embed) -> list[str]:
    return limits.message_violations({"embeds": [embed.to_dict()]})


def select_fits(options: list[discord.SelectOption], max_values: int = 1) -> list[str]:
    select: discord.ui.Select[discord.ui.View] = discord.ui.Select(
        custom_id="x", options=options, max_values=max_values
    )
    return limits.components_violations([{"type": 1, "components": [select.to_component_dict()]}])


def test_flags_and_truncation() -> None:
    assert flag("KR") == "🇰🇷" and flag("zz") == "🌐" and flag(None) == "🏳️" and flag("K1") == "🏳️"
    assert truncate("abcdef", 4) == "abc…" and truncate("abc", 4) == "abc"


@settings(max_examples=25, deadline=None)
@given(name=latin, tag=battletags, alts=st.lists(names, max_size=2), wins=st.integers(0, 10**6))
def test_the_profile_of_any_player_fits(
    name: str, tag: str, alts: list[str], wins: int, game_data: GameData
) -> None:
    races = tuple(
        RaceProfile(
            race=race,
            letter="S",
            mmr=3999,
            total=Wld(wins, wins, wins),
            recent={14: Wld(99, 99, 99), 30: Wld(999, 999, 999), 90: Wld(9999, 9999, 9999)},
            last_played_at=NOW - timedelta(days=1),
            mmr_points=(),
        )
        for race in game_data.races
    )
    account = AccountStatus(
        terms_accepted=True,
        setup_done=True,
        banned=True,
        ban_reason="x" * 2000,  # an admin's reason of any length
        aborts_left=3,
        aborts_reset_at=NOW,
        activation="y" * 2000,
    )
    profile = Profile(1, name, tag, tuple(alts), "KR", "KR", account, races)
    embed = profile_embed(profile, game_data, SAY, chart_filename="mmr.png")
    assert embed_fits(embed) == []
    text = str(embed.to_dict())
    assert name in text and tag in text and "BW Terran — Rank S" in text and "3 aborts left" in text
    assert f"**{6 * wins}-{6 * wins}-{6 * wins}**" in text  # every race together


def test_a_profile_without_games_says_how_to_start(game_data: GameData) -> None:
    account = AccountStatus(False, False, False, None, 1, NOW)
    embed = profile_embed(Profile(1, None, None, (), None, None, account, ()), game_data, SAY)
    assert embed.fields[1].name == "No games yet" and embed.footer.text == "1 abort left this month"
    assert "/termsofservice" in str(embed.fields[0].value) and "/setup" in str(embed.fields[0].value)


@settings(max_examples=15, deadline=None)
@given(rows=st.lists(st.tuples(latin, st.integers(0, 9999)), min_size=PER_PAGE, max_size=PER_PAGE))
def test_a_full_leaderboard_page_fits(rows: list[tuple[str, int]], game_data: GameData) -> None:
    entries = [
        LeaderboardRow(10**6 + i, 10**18 + i, name, "KR", "sc2_protoss", "F", mmr, 10**5, 10**5, 10**5, NOW)
        for i, (name, mmr) in enumerate(rows)
    ]
    filters = LeaderboardFilters(
        races=tuple(game_data.races),
        countries=tuple(sorted(game_data.countries))[:MAX_COUNTRIES],
        rank="F",
        best_only=True,
    )
    embed = leaderboard_embed(
        entries, page=2500, pages=2500, total=10**5, filters=filters, game_data=game_data, say=SAY
    )
    assert embed_fits(embed) == []
    assert embed.description is not None and len(embed.description.splitlines()) == PER_PAGE
    assert "Page 2500/2500" in (embed.footer.text or "") and "best race only" in (embed.footer.text or "")


def test_an_empty_leaderboard_page_says_so(game_data: GameData) -> None:
    embed = leaderboard_embed(
        [], page=1, pages=1, total=0, filters=LeaderboardFilters(), game_data=game_data, say=SAY
    )
    assert embed.description == "No entries match these filters yet."
    assert "ranked players, every race and country" in (embed.footer.text or "")


def test_the_leaderboard_selects_fit_on_any_ladder(game_data: GameData) -> None:
    every = sorted(game_data.countries)
    pages = country_pages(game_data, every)
    assert len(pages) == -(-len(every) // 25) and all(len(p) <= 25 for p in pages)
    assert [c for p in pages for c in p] == sorted(
        every, key=lambda c: (game_data.countries[c].casefold(), c)
    )
    for shown in pages:
        options = country_filter_options(game_data, shown, every[:MAX_COUNTRIES], SAY)
        assert select_fits(options, max_values=len(options)) == []
    races = race_filter_options(game_data, tuple(game_data.races), SAY)
    assert select_fits(races, max_values=len(races)) == [] and all(o.default for o in races)
    for pages_total in (1, 7, 25, 26, 40, 2500):
        for current in {1, min(2, pages_total), pages_total // 2 or 1, pages_total - 1 or 1, pages_total}:
            jumps = jump_pages(current, pages_total)
            assert current in jumps and 1 in jumps and pages_total in jumps and len(jumps) <= 25
            assert jumps == sorted(set(jumps)) and all(1 <= p <= pages_total for p in jumps)
            assert select_fits(jump_options(current, pages_total, SAY)) == []


def test_pickers_fit_in_selects(game_data: GameData) -> None:
    for side in ("bw", "sc2"):
        options = pickers.race_options(game_data, side, selected=game_data.races_of(side)[0], say=SAY)  # type: ignore[arg-type]
        assert select_fits(options) == []
        assert [o.value for o in options if o.default] == [game_data.races_of(side)[0]]  # type: ignore[arg-type]
    vetoes = pickers.veto_options(game_data.map_pool, selected={game_data.map_names[0]}, say=SAY)
    assert select_fits(vetoes, max_values=4) == [] and len(vetoes) == len(game_data.map_pool)
    assert select_fits(pickers.region_options(game_data, "KR", SAY)) == []
    assert select_fits(race_filter_options(game_data, (), SAY)) == []
    assert select_fits(rank_filter_options("S", SAY)) == []
    pages = pickers.common_country_pages(game_data, "KR", SAY)
    assert all(select_fits(page) == [] for page in pages)
    assert sum(len(p) for p in pages) == len(
        [c for c in game_data.common_countries if c in game_data.countries]
    )


def test_country_suggestions(game_data: GameData) -> None:
    assert pickers.country_suggestions(game_data, "kr")[0][1] == "KR"
    korea = pickers.country_suggestions(game_data, "korea")
    assert {"KR", "KP"} <= {code for _, code in korea}
    assert len(pickers.country_suggestions(game_data, "a")) == 25
    first = pickers.country_suggestions(game_data, "")
    assert [c for _, c in first] == [c for c in game_data.common_countries if c in game_data.countries][:25]
    for label, _ in pickers.country_suggestions(game_data, "i"):
        assert len(label) <= limits.CHOICE_TEXT_MAX


def big_verdict(n: int = 40) -> dict[str, object]:
    return {
        "ok": False,
        "checks": [{"name": f"check {i}", "status": "fail", "reason": "x" * 400} for i in range(n)],
    }


def a_match(game_data: GameData) -> Match:
    m = Match.found(
        match_id=10**12,
        player_a=1,
        race_a="bw_zerg",
        mmr_a=2500,
        player_b=2,
        race_b="sc2_terran",
        mmr_b=900,
        map_name=game_data.map_names[0],
        server=next(iter(game_data.servers)),
        now=NOW,
        pairing=[1600.0, 99999.0, 999.9, 999.9, 99.999, 99.999, 15.0, -5.5, 9999, 9999],
    )
    m.status, m.confirmed_at, m.report_a, m.report_b = "in_progress", NOW, "win", "draw"
    return m


@settings(max_examples=20, deadline=None)
@given(
    a_name=latin,
    b_name=latin,
    tag=battletags,
    alts=st.lists(names, max_size=2),
    username=st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789_.", min_size=2, max_size=32),
)
def test_match_messages_fit(
    a_name: str, b_name: str, tag: str, alts: list[str], username: str, game_data: GameData
) -> None:
    a = match.MatchSide(1, a_name, username, tag, tuple(alts), "KR", "bw_zerg", 2500, "S")
    b = match.MatchSide(2, b_name, username, tag, tuple(alts), "ZZ", "sc2_terran", 900, None)
    m = a_match(game_data)
    found = match.match_found_embed(7, SAY, confirm_by=NOW, aborts_left=1)
    replay = Replay.uploaded(
        replay_hash="h" * 64,
        match_id=m.match_id,
        uploaded_by=1,
        path="p",
        summary={},
        verdict=big_verdict(),
        now=NOW,
    )
    full = match.match_embed(
        m, a, b, SAY, win_chance_a=0.83, replays=(replay, None), game_data=game_data, report_by=NOW
    )
    result = match.result_embed(
        7, a, b, SAY, result="a", delta_a=5, delta_b=-5, map_name=game_data.map_names[0], game_data=game_data
    )
    evidence = {
        "report_a": "win",
        "report_b": "win",
        "end_reason": "reports_disagree",
        "replay_a": {"replay_hash": "h", "uploaded_by": 1, "verdict": big_verdict()},
        "replay_b": {"replay_hash": "g", "uploaded_by": 2, "verdict": big_verdict()},
    }
    conflict = match.conflict_embed(7, a, b, SAY, evidence=evidence, map_name="m", game_data=game_data)
    summary = {
        "players": [
            {"name": a_name, "race": "bw_zerg", "race_text": "BW Zerg", "result": "win", "is_human": True},
            {"name": b_name, "race": None, "race_text": "x" * 300, "result": "loss", "is_human": True},
        ],
        "observers": [f"observer{i}" * 3 for i in range(16)],
        "map_name": "m" * 200,
        "started_at": NOW.isoformat(),
        "game_length_s": 3671,
    }
    details = match.replay_details_embed(7, summary, big_verdict(), SAY, settled=False, game_data=game_data)
    for embed in (
        found,
        full,
        result,
        conflict,
        details,
        match.shield_battery_embed("https://x.example/" + "y" * 500, SAY),
    ):
        assert embed_fits(embed) == []
    full_text = str(full.to_dict())
    game_map = game_data.game_map(game_data.map_names[0])
    assert game_map is not None
    assert game_map.links[game_data.servers[m.server].bnet_region] in full_text
    assert "83 %" in full_text and "17 %" in full_text and a_name in full_text and tag in full_text
    assert "<@1>" in full_text and "<@2>" in full_text and "not sent yet" in full_text
    assert "Why this pairing: MMR gap 1600 (allowed 99999) · expected ping 1000 / 1000 ms" in full_text
    # The embed's words only (a name like "des" would be found in the dict's key "description").
    found_text = "\n".join(
        [found.title or "", found.description or "", *(f"{f.name}\n{f.value}" for f in found.fields)]
    )
    # Nobody is named (a generated name may still occur inside the fixed words, e.g. "nke" in "ranked").
    fixed = SAY("match-found-title", match_id="7") + SAY("match-found-body", confirm_by="", aborts_left=1)
    assert "aborts left this month: 1" in found_text
    assert (a_name not in found_text or a_name in fixed) and tag not in found_text
    assert f"{a_name} won" in (result.title or "") and "2500 → **2505** (+5)" in (result.description or "")
    assert "reported **I won**" in (conflict.description or "") and "the two reports disagree" in (
        conflict.description or ""
    )
    assert [f.name for f in conflict.fields[:2]] == [f"Replay of {a_name}", f"Replay of {b_name}"]
    assert "1 h" not in (details.description or "") and "61 min 11 s" in (details.description or "")


def test_the_searching_message_fits_and_says_everything(game_data: GameData) -> None:
    status = QueueStatus(
        queued=True,
        next_wave_at=NOW,
        counts=QueueCounts(10**6, 10**6, 10**6),
        active_matches=10**6,
        active_players=10**6,
        races=("bw_zerg", "sc2_terran"),
        vetoes=tuple(game_data.map_names[:4]),
        joined_at=NOW - timedelta(minutes=7),
        waited_s=420.0,
        estimate=WaitEstimate(seconds=272.0, basis=17.4),
    )
    embed = searching_embed(status, game_data, SAY, active_window_s=900)
    assert embed_fits(embed) == []
    text = str(embed.to_dict())
    for expected in (
        "Next matchmaking wave",
        "3,000,000 (1,000,000 Brood War · 1,000,000 StarCraft II · 1,000,000 both)",
        "Players active in the last 15 minutes",
        "7 min so far",
        "About 5 min for players near your MMR in your region (from 17 recent matches)",
    ):
        assert expected in text, expected
    unknown = searching_embed(replace(status, estimate=None), game_data, SAY, active_window_s=900)
    assert "Not enough recent matches" in str(unknown.to_dict())
