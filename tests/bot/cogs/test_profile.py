"""``/profile`` through the real bot: every race together, the recent windows and the account status."""

from __future__ import annotations

from datetime import UTC, datetime

from evoladder.bootstrap import App
from evoladder.services.clock import ManualClock
from tests.bot.cogs.conftest import START, ladder_discord
from tests.bot.cogs.test_match import report as report_in_two_steps
from tests.bot.cogs.test_match_scenarios import table
from tests.bot.harness import running_harness


async def test_profile_shows_all_races_together_and_the_account_status(app: App, clock: ManualClock) -> None:
    front = ladder_discord(app)
    async with running_harness(front.bot) as h:
        t = table(h, app, clock, front)
        alice, bob = await t.player("Alice"), await t.player("Bob", country="DE", region="EUW")
        for reports in (("win", "loss"), ("loss", "win")):
            match_id = await t.match(alice, bob)  # Alice on BW Zerg, Bob on SC2 Terran
            await t.confirm_both(match_id, alice, bob)
            for user, report in zip((alice, bob), reports, strict=True):
                await report_in_two_steps(h, user, match_id, report)
            await t.drain()

        profile = await h.slash("profile", user=alice)
        fields = {f["name"]: f["value"] for f in profile.embeds[0]["fields"]}
        assert fields["All races"].splitlines() == [
            "**1-1-0** (50.0 %) · 2 games",
            "14 d: 1-1-0 · 30 d: 1-1-0 · 90 d: 1-1-0",
        ]
        reset = int(datetime(2026, 12, 1, tzinfo=UTC).timestamp())  # START is in November 2026
        assert START.month == 11
        assert fields["Account"].splitlines() == [
            "✅ Terms of service accepted",
            "✅ Setup complete",
            "✅ In good standing",
            f"3 of 3 aborts left this month; full again <t:{reset}:R>",
        ]
        assert any(name.startswith("BW Zerg — Rank") for name in fields)
