"""A match in each player's language: a Korean or Russian player goes from match found through
confirm, report and result — and sends a replay — reading every message, button and answer from
their catalog, while their English opponent and the public results channel read English."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import discord
import pytest

from evoladder.bootstrap import App
from evoladder.bot import limits

# The cog's views, through the deliveries that use them (importing the cog module first is circular).
from evoladder.bot.deliveries import match_room as views
from evoladder.bot.present import match
from evoladder.bot.voice import Voice
from evoladder.gamedata import GameData
from evoladder.i18n import LOCALES, TextArg, shipped_catalog, t
from evoladder.replays import ReplaySummary
from evoladder.replays.parse import ReplayParser, race_alias_table
from evoladder.services.clock import ManualClock
from tests.bot.cogs.conftest import RESULTS_CHANNEL_ID, ladder_discord
from tests.bot.cogs.test_match import report
from tests.bot.cogs.test_match_scenarios import Table, table
from tests.bot.cogs.test_replays import OFFICIAL, SummaryPool
from tests.bot.harness import BotHarness, FakeUser, MessageRecord, running_harness
from tests.bot.present.test_present_within_limits import NOW, a_match, big_verdict, embed_fits

CLIENTS = ("ko", "ru")


def labels(message: MessageRecord) -> list[str]:
    """Every button label, select placeholder and option label of a message."""
    found: list[str] = []
    for row in message.components:
        for child in row.get("components") or []:
            found += [str(child[k]) for k in ("label", "placeholder") if k in child]
            found += [str(o["label"]) for o in child.get("options") or []]
    return found


def fits(data: dict[str, Any]) -> None:
    assert limits.message_violations(data) == [], limits.message_violations(data)


async def join(h: BotHarness, user: FakeUser, **race: str) -> None:
    """``/queue`` with one race, in any language (``queue_up`` expects an English client)."""
    panel = await h.slash("queue", user=user)
    assert panel.message is not None
    if any(c.startswith(f"queue:guide:{user.id}:") for c in panel.message.custom_ids()):
        await h.click(h.custom_id(f"queue:guide:{user.id}:"), user=user)
    [(side, code)] = race.items()
    await h.click(h.custom_id(f"queue:{side}:{user.id}:"), user=user, values=[code])
    await h.click(h.custom_id(f"queue:join:{user.id}:"), user=user)


async def wave(tb: Table) -> int:
    tb.clock.advance((tb.app.ladder.waves.next_wave_at() - tb.clock.now()).total_seconds())
    [match_id] = (await tb.app.ladder.waves.run_wave(tb.clock.now())).match_ids
    await tb.drain()
    return match_id


@pytest.mark.parametrize("locale", CLIENTS)
async def test_a_match_speaks_each_players_language(
    app: App, clock: ManualClock, replays_dir: Path, locale: str
) -> None:
    front = ladder_discord(app)
    catalog = front.notifier.voices.catalog

    def say(key: str, **args: TextArg) -> str:
        return catalog.render(t(key, **args), locale)

    def english(key: str, **args: TextArg) -> str:
        return catalog.render(t(key, **args), "en")

    async with running_harness(front.bot) as h:
        tb = table(h, app, clock, front)
        mina = await tb.player("Mina", locale=locale)
        bob = await tb.player("Bob")  # an English client
        await join(h, mina, bw="bw_zerg")
        await join(h, bob, sc2="sc2_terran")
        match_id = await wave(tb)
        mid = str(match_id)

        found = h.dms_to(mina)[-1]
        assert found.embeds[0]["title"] == say("match-found-title", match_id=mid)
        assert (
            say("match-found-body", confirm_by="", aborts_left=3).split("\n")[2]
            in found.embeds[0]["description"]
        )
        assert labels(found) == [say("match-confirm"), say("match-abort")]
        assert h.dms_to(bob)[-1].embeds[0]["title"] == f"Match found · #{match_id}"

        asked = await h.click(f"match:{match_id}:abort:{mina.id}", user=mina)
        left = app.ladder.views.aborts_left(mina.id)
        assert asked.content == say("match-abort-question", match_id=mid, left=left)
        assert asked.message is not None and labels(asked.message) == [say("match-abort-yes")]

        first = await h.click(f"match:{match_id}:confirm:{mina.id}", user=mina)
        assert first.content == say("match-confirmed-waiting", match_id=mid)
        await tb.drain()
        assert h.dms_to(bob)[-1].content == english("match-opponent-confirmed", match_id=mid)
        await h.click(f"match:{match_id}:confirm:{bob.id}", user=bob)
        await tb.drain()

        started = next(m for m in h.dms_to(mina) if m.content == say("match-started"))
        embed = started.embeds[0]
        assert embed["title"] == say("match-title", match_id=mid)
        names = [f["name"] for f in embed["fields"]]
        for key in ("match-player-1", "match-player-2", "match-prediction", "match-lobby", "match-reports"):
            assert say(key) in names, key
        assert app.game_data.race_name("bw_zerg", locale) in embed["fields"][0]["value"]
        assert embed["footer"]["text"] == say("match-report-footer")
        assert labels(started) == [
            say("match-report-placeholder"),
            say("match-report-win"),
            say("match-report-loss"),
            say("match-report-draw"),
            say("match-abort-unplayed"),
        ]
        bob_started = next(
            m for m in h.dms_to(bob) if m.embeds and m.embeds[0]["title"] == f"Match #{match_id}"
        )
        assert bob_started.content == english("match-started")

        # A replay: too big, then one the checks can't verify (a one-player sample).
        await h.dm_attachment(mina, "huge.SC2Replay", b"x" * (app.settings.replay_max_bytes + 1))
        size = f"{(app.settings.replay_max_bytes + 1) / 1_048_576:.1f}"
        assert h.dms_to(mina)[-1].content == say("match-upload-too-big", size=size, max="5")
        parser = ReplayParser(race_alias_table(app.game_data), max_bytes=app.settings.replay_max_bytes)
        summary = parser.parse((replays_dir / OFFICIAL).read_bytes())
        assert isinstance(summary, ReplaySummary)
        app.ladder.replays.pool = SummaryPool(summary)
        clock.advance(10)  # past the rate limit
        await h.dm_attachment(mina, OFFICIAL, (replays_dir / OFFICIAL).read_bytes())
        await tb.drain()
        details = next(
            m.embeds[0]
            for m in reversed(h.dms_to(mina))
            if m.embeds and m.embeds[0]["title"] == say("match-details-title-bad", match_id=mid)
        )
        assert details["footer"]["text"] == say("match-details-unsettled")
        assert say("match-checks") in [f["name"] for f in details["fields"]]
        assert h.dms_to(bob)[-1].content == english("match-opponent-replay-bad", match_id=mid)

        clock.advance(10)
        question = await h.click(f"match:{match_id}:report:{mina.id}", user=mina, values=["win"])
        won = say("match-report-win")
        assert question.content == say("match-report-question", label=won, match_id=mid)
        assert question.message is not None and labels(question.message) == [
            say("match-report-yes", label=won)
        ]
        reported = await h.click(f"match:{match_id}:reportyes:{mina.id}:win", user=mina)
        assert reported.content == say("match-reported-waiting", label=won, match_id=mid)
        await tb.drain()
        assert h.dms_to(bob)[-1].content == english("match-opponent-reported", label="I won", match_id=mid)
        await report(h, bob, match_id, "loss")
        await tb.drain()

        headline = say("match-won", name="Mina")
        result = next(
            m.embeds[0]
            for m in reversed(h.dms_to(mina))
            if m.embeds and m.embeds[0]["title"] == say("match-result-title", match_id=mid, headline=headline)
        )
        assert "1500 → **1520** (+20)" in result["description"]
        final = started.data["embeds"][0]
        assert say("match-result") in [f["name"] for f in final["fields"]]
        assert started.components == []  # nothing to pick once the match is over
        [public] = h.channel_messages(RESULTS_CHANNEL_ID)
        assert public.embeds[0]["title"] == f"Match #{match_id} · Mina won"

        shown = h.dms_to(mina)
        for message in shown:
            for version in message.versions:
                fits(version)
        everything = "\n".join(str(v) for m in shown for v in m.versions)
        for english_text in ("Match found", "Both players confirmed", "Report the result", "Replay of match"):
            assert english_text not in everything, english_text
        await front.notifier.stop()


def every_match_embed(game_data: GameData, say: Voice) -> list[discord.Embed]:
    """Every match embed with the longest names, many failed checks and every way a match stands."""
    a = match.MatchSide(
        1, "W" * 12, "u" * 32, "W" * 12 + "#" + "9" * 12, ("V" * 12,) * 2, "KR", "bw_protoss", 2500, "S"
    )
    b = match.MatchSide(2, "M" * 12, "", None, (), "ZZ", "sc2_terran", 900, None)
    evidence = {
        "report_a": "win",
        "end_reason": "lone_report_at_deadline",
        "replay_b": {"verdict": big_verdict()},
    }
    embeds = [
        match.match_found_embed(7, say, confirm_by=NOW, aborts_left=3),
        match.result_embed(
            7, a, b, say, result="draw", delta_a=None, delta_b=None, map_name="m" * 100, game_data=game_data
        ),
        match.shield_battery_embed("https://x.example/" + "y" * 500, say),
        match.conflict_embed(7, a, b, say, evidence=evidence, map_name="m" * 100, game_data=game_data),
        match.replay_details_embed(
            7, {"players": [], "game_length_s": 10**5}, big_verdict(), say, settled=True, game_data=game_data
        ),
    ]
    m = a_match(game_data)
    for status in ("in_progress", "conflict", "completed", "aborted", "cancelled", "invalidated"):
        m.status, m.result, m.delta_a, m.delta_b = status, "a", 12, -12
        embeds.append(
            match.match_embed(
                m, a, b, say, win_chance_a=0.5, replays=(None, None), game_data=game_data, report_by=NOW
            )
        )
    return embeds


@pytest.mark.parametrize("locale", LOCALES)
def test_every_match_message_fits_in_every_language(game_data: GameData, locale: str) -> None:
    """Each embed and view in each language is within Discord's limits, and (outside English) reads
    differently from English in every embed."""
    say = Voice(shipped_catalog(), locale)
    embeds = every_match_embed(game_data, say)
    for embed in embeds:
        assert embed_fits(embed) == [], embed.title
    for view in (
        views.match_found_view(7, 1, say),
        views.match_started_view(7, 1, say),
        views.shield_battery_view(1, say),
    ):
        assert limits.components_violations(view.to_components()) == []
    if locale != "en":
        english = every_match_embed(game_data, Voice(shipped_catalog(), "en"))
        for ours, theirs in zip(embeds, english, strict=True):
            assert str(ours.to_dict()) != str(theirs.to_dict()), theirs.title
            assert ours.title != theirs.title or ours.description != theirs.description, theirs.title
