"""``/admin match``: the whole case on one screen (players, reports with times, each replay as a file
with its verdict and failed checks, the MMR moved, the record as JSON) and its resolve buttons — on a
dispute, and on a completed match whose later games are re-derived (``evoladder check`` after)."""

from __future__ import annotations

import json
from pathlib import Path

from evoladder.bootstrap import App
from evoladder.cli.check import run_check
from evoladder.gamedata import GameData
from evoladder.services.clock import ManualClock
from tests.bot.cogs.conftest import ADMIN_CHANNEL_ID, OWNER_ID, RESULTS_CHANNEL_ID, ladder_discord
from tests.bot.cogs.test_admin import confirm, dms_containing
from tests.bot.cogs.test_match import report
from tests.bot.cogs.test_match_scenarios import Table, table
from tests.bot.cogs.test_replays import pooled_app
from tests.bot.harness import Exchange, FakeUser, running_harness

OFFICIAL = "Khione SEL (Official EU).SC2Replay"
__all__ = ["pooled_app"]  # the fixture: an app with its replay workers running


async def play(t: Table, bw: FakeUser, sc2: FakeUser, report_bw: str, report_sc2: str) -> int:
    t.clock.advance(60)
    match_id = await t.match(bw, sc2)
    await t.confirm_both(match_id, bw, sc2)
    await report(t.h, bw, match_id, report_bw)
    await report(t.h, sc2, match_id, report_sc2)
    await t.drain()
    return match_id


async def decide(
    t: Table, admin: FakeUser, match_id: int, decision: str, reason: str
) -> tuple[Exchange, Exchange]:
    """Open the case, click a decision, give the reason; returns (the case, the confirm question)."""
    t.clock.advance(10)
    case = await t.h.slash("admin match", user=admin, options={"match_id": match_id})
    await t.h.click(f"admin:decide:{match_id}:{decision}:{admin.id}", user=admin)
    asked = await t.h.submit_modal(user=admin, values={"reason": reason})
    return case, asked


def buttons(exchange: Exchange) -> dict[str, bool]:
    """The case's decision buttons: custom id → enabled."""
    return {
        c["custom_id"].split(":")[3]: not c.get("disabled")
        for row in exchange.components
        for c in row["components"]
    }


async def test_a_dispute_is_settled_from_one_screen_with_the_replay_and_the_record(
    pooled_app: App, clock: ManualClock, replays_dir: Path
) -> None:
    app = pooled_app
    front = ladder_discord(app)
    async with running_harness(front.bot) as h:
        t = table(h, app, clock, front)
        owner = h.user("owner", user_id=OWNER_ID)
        alice, bob = await t.player("Alice"), await t.player("Bob")
        match_id = await t.match(alice, bob)
        await t.confirm_both(match_id, alice, bob)
        replay = (replays_dir / OFFICIAL).read_bytes()
        await h.dm_attachment(alice, OFFICIAL, replay)
        await report(h, alice, match_id, "win")
        clock.advance(90)
        await report(h, bob, match_id, "win")
        await t.drain()

        case, asked = await decide(t, owner, match_id, "a", "the replay shows Alice's win")
        embed = case.embeds[0]
        assert embed["title"] == f"Match #{match_id} · conflict"
        players = {f["name"]: f["value"] for f in embed["fields"][:2]}
        assert (
            "Reported **I won** <t:" in players["Player 1"]
            and "Reported **I won** <t:" in players["Player 2"]
        )
        replay_field = embed["fields"][2]
        assert replay_field["name"].startswith("Replay 1 · sent by Alice")
        # Why the wave chose the pair: the engine's terms, kept with the match.
        why = {f["name"]: f["value"] for f in embed["fields"]}["Why this pairing"]
        assert why.startswith("MMR gap 0 (window 100) → MMR term 0.00\nExpected ping ")
        assert "Wait credit −" in why and "(waves waited 0 / 0)" in why and "Pair cost " in why
        assert "❌ Not verified" in replay_field["value"] and "❌ " in replay_field["value"].split("\n")[1]
        files = {a["filename"]: h.recorder.cdn[a["url"]] for a in case.message.data["attachments"]}  # type: ignore[union-attr]
        [replay_name] = [n for n in files if n.endswith(".SC2Replay")]
        assert files[replay_name] == replay and f"`{replay_name}`" in replay_field["value"]
        record = json.loads(files[f"match{match_id}.json"])
        assert record["match"]["report_a"] == "win" and record["match"]["report_b_at"] is not None
        assert record["replays"][0]["verdict"]["ok"] is False
        assert buttons(case) == {"a": True, "b": True, "draw": True, "void": True}

        assert "Resolve match #1: Alice won" in asked.content
        assert (
            "BW Zerg: 1500 → **1520** (+20)" in asked.content
            and "SC2 Terran: 1500 → **1480** (-20)" in asked.content
        )
        [done] = await confirm(h, owner)
        assert done.content.startswith(f"Done: match #{match_id} resolved: Alice won.")
        await t.drain()
        assert dms_containing(h, alice, f"decided match #{match_id}") == [
            f"An admin decided match #{match_id}: Alice won.\nYour BW Zerg MMR: 1500 → **1520** (+20).\n"
            "Reason: the replay shows Alice's win"
        ]
        assert "Alice won" in h.channel_messages(RESULTS_CHANNEL_ID)[-1].embeds[0]["title"]
        again = await h.slash("admin match", user=owner, options={"match_id": match_id})
        assert buttons(again) == {
            "a": False,
            "b": True,
            "draw": True,
            "void": True,
        }  # a completed match still
        assert "MMR 1500 → **1520** (+20)" in again.embeds[0]["fields"][0]["value"]


async def test_correcting_a_completed_match_rederives_later_games_and_the_check_passes(
    app: App, clock: ManualClock, game_data: GameData
) -> None:
    front = ladder_discord(app)
    async with running_harness(front.bot) as h:
        t = table(h, app, clock, front)
        owner = h.user("owner", user_id=OWNER_ID)
        alice, bob, carol, dave = [await t.player(n) for n in ("Alice", "Bob", "Carol", "Dave")]
        first = await play(t, alice, bob, "win", "loss")
        await play(t, alice, carol, "loss", "win")
        await play(t, dave, bob, "loss", "win")
        await play(t, dave, carol, "draw", "draw")
        before = {
            u.id: app.ladder.views.side(u.id, r).mmr for u, r in ((alice, "bw_zerg"), (bob, "sc2_terran"))
        }

        _, asked = await decide(t, owner, first, "b", "Bob won; Alice reported by mistake")
        assert f"Correct match #{first}: Bob won (was Alice won)" in asked.content
        assert "Later games of both players are re-derived" in asked.content
        [done] = await confirm(h, owner)
        assert "later game(s) re-derived" in done.content
        await t.drain()
        feed = h.channel_messages(ADMIN_CHANNEL_ID)[-1].content
        assert feed.startswith(f"⚖️ Match #{first} resolved by") and "re-derived" in feed
        alice_dm = dms_containing(h, alice, f"corrected the result of match #{first}")
        assert (
            len(alice_dm) == 1
            and "(it was Alice won)" in alice_dm[0]
            and "later game(s) were recalculated" in alice_dm[0]
        )
        after = {
            u.id: app.ladder.views.side(u.id, r).mmr for u, r in ((alice, "bw_zerg"), (bob, "sc2_terran"))
        }
        assert after[alice.id] < before[alice.id] and after[bob.id] > before[bob.id]
        assert "0-2-0" in (await h.slash("profile", user=alice)).text()

        await play(t, alice, bob, "win", "loss")  # the ladder goes on after the correction
        await play(t, dave, carol, "win", "loss")
        await front.notifier.stop()
    await app.close()
    report = await run_check(app.settings, game_data, 30)
    assert report.ok, report.summary()
