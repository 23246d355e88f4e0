"""``/admin snapshot`` answers "what is going on" (health, who is queued with rank, races and wait,
matches in progress with their age, disputes), paginated; ``/admin disputes`` lists open disputes
oldest first with their age."""

from __future__ import annotations

from evoladder.bootstrap import App
from evoladder.services.clock import ManualClock
from tests.bot.cogs.conftest import OWNER_ID, ladder_discord
from tests.bot.cogs.test_match import queue_up, report
from tests.bot.cogs.test_match_scenarios import table
from tests.bot.harness import running_harness


async def test_the_snapshot_shows_who_waits_what_runs_and_the_disputes_page_by_page(
    app: App, clock: ManualClock
) -> None:
    front = ladder_discord(app)
    async with running_harness(front.bot) as h:
        t = table(h, app, clock, front)
        owner = h.user("owner", user_id=OWNER_ID)
        alice, bob, carol, dave = [await t.player(n) for n in ("Alice", "Bob", "Carol", "Dave")]
        running = await t.match(alice, bob)
        await t.confirm_both(running, alice, bob)
        disputed = await t.match(carol, dave)
        await t.confirm_both(disputed, carol, dave)
        for user in (carol, dave):
            await report(h, user, disputed, "win")
        waiting = [await t.player(f"Queuer{'abcdefghijklmnopqrstuvwxyz'[i]}") for i in range(22)]
        for user in waiting:
            await queue_up(h, user, sc2="sc2_terran")
        clock.advance(25 * 60)

        first = await h.slash("admin snapshot", user=owner)
        embed = first.embeds[0]
        assert first.ephemeral and embed["title"] == "Ladder snapshot · page 1/2"
        lines = embed["description"].splitlines()
        assert (
            lines[0].startswith("**Health** · database reachable, backlog")
            and "replay workers 0/2" in lines[0]
        )
        assert "memory" in lines[0]
        assert lines[1] == "**Queue** · 22 (0 BW · 22 SC2 · 0 both)"
        assert lines[2] == "Queuera · SC2 Terran: Unranked, MMR 1500 · waiting 25 min"
        buttons = [c for row in first.components for c in row["components"]]
        assert [b["disabled"] for b in buttons] == [True, False]
        second = await h.click(buttons[1]["custom_id"], user=owner)
        text = second.embeds[0]["description"]
        assert second.embeds[0]["title"] == "Ladder snapshot · page 2/2"
        assert f"#{running} Alice vs Bob · in_progress · for 25 min" in text
        assert f"#{disputed} Carol vs Dave · waiting 25 min (reports_disagree)" in text
        back = next(c for row in second.components for c in row["components"])
        assert (await h.click(back["custom_id"], user=owner)).embeds[0][
            "title"
        ] == "Ladder snapshot · page 1/2"

        disputes = await h.slash("admin disputes", user=owner)
        assert (
            disputes.embeds[0]["description"]
            == f"#{disputed} Carol vs Dave · waiting 25 min (reports_disagree)"
        )
        stranger = await h.slash("admin snapshot", user=alice)
        assert stranger.content == "Only ladder admins can use this."
