"""The staff feed in the admin channel: a completion, an abort, a no-confirm abandon and a dispute
(pinging the staff role, nobody else) each give one compact line with the match id; bans, admin
decisions and health alerts too."""

from __future__ import annotations

from evoladder.bootstrap import App
from evoladder.services.clock import ManualClock
from evoladder.services.health_watch import HealthCondition, HealthWatch
from tests.bot.cogs.conftest import ADMIN_CHANNEL_ID, OWNER_ID, STAFF_ROLE_ID, ladder_discord
from tests.bot.cogs.test_admin import confirm
from tests.bot.cogs.test_match import report
from tests.bot.cogs.test_match_scenarios import table
from tests.bot.harness import running_harness


async def test_completion_abort_abandon_and_dispute_reach_the_staff_feed(
    app: App, clock: ManualClock
) -> None:
    front = ladder_discord(app)
    async with running_harness(front.bot) as h:
        t = table(h, app, clock, front)
        alice, bob = await t.player("Alice"), await t.player("Bob")
        who = {u: f"{u.username.title()} (`{u.id}`)" for u in (alice, bob)}

        done = await t.match(alice, bob)
        await t.confirm_both(done, alice, bob)
        await report(h, alice, done, "win")
        await report(h, bob, done, "loss")
        await t.drain()
        clock.advance(10)
        aborted = await t.match(alice, bob)
        await h.click(f"match:{aborted}:abort:{alice.id}", user=alice)
        await h.click(f"match:{aborted}:abortyes:{alice.id}", user=alice)
        await t.drain()
        clock.advance(10)
        abandoned = await t.match(alice, bob)
        await h.click(f"match:{abandoned}:confirm:{alice.id}", user=alice)
        await t.advance(app.settings.confirm_timeout_s)
        clock.advance(10)
        disputed = await t.match(alice, bob)
        await t.confirm_both(disputed, alice, bob)
        for user in (alice, bob):
            await report(h, user, disputed, "win")
        await t.drain()

        feed = h.channel_messages(ADMIN_CHANNEL_ID)
        assert [m.content for m in feed] == [
            f"✅ Match #{done} completed: {who[alice]} won · {who[alice]} Z1 1500→1520 · {who[bob]} T2 1500→1480",
            f"↩️ Match #{aborted} aborted by {who[alice]} · {who[alice]} vs {who[bob]}",
            f"⌛ Match #{abandoned} abandoned: {who[bob]} did not confirm · {who[alice]} vs {who[bob]}",
            f"<@&{STAFF_ROLE_ID}> ⚠️ Dispute on match #{disputed} · {who[alice]} vs {who[bob]} · "
            f"see `/admin match {disputed}`",
        ]
        assert feed[3].embeds[0]["title"] == f"Conflict · match #{disputed}"  # the evidence comes along
        posts = [
            r
            for r in h.requests
            if r.method == "POST" and r.path.endswith(f"/channels/{ADMIN_CHANNEL_ID}/messages")
        ]
        mentions = [r.json.get("allowed_mentions") for r in posts]  # type: ignore[union-attr]
        assert mentions[3]["parse"] == [] and [int(r) for r in mentions[3]["roles"]] == [STAFF_ROLE_ID]
        assert all(m["parse"] == [] and not m.get("roles") for m in mentions[:3])  # nobody pinged


async def test_bans_decisions_and_health_alerts_reach_the_staff_feed(app: App, clock: ManualClock) -> None:
    front = ladder_discord(app)
    async with running_harness(front.bot) as h:
        t = table(h, app, clock, front)
        owner, bob = h.user("owner", user_id=OWNER_ID), await t.player("Bob")
        await h.slash("admin ban", user=owner, options={"player": "Bob", "reason": "match fixing"})
        await confirm(h, owner)
        broken = {"now": True}
        watch = HealthWatch(
            app.ladder.ctx,
            [HealthCondition("shipping_stuck", lambda: "Shipping is stuck." if broken["now"] else None)],
            period_s=5,
        )
        await watch.poll()
        await watch.poll()  # still stuck: no second alert
        broken["now"] = False
        await watch.poll()
        await t.drain()
        assert [m.content for m in h.channel_messages(ADMIN_CHANNEL_ID)] == [
            f"⛔ Bob (`{bob.id}`) banned by <@{OWNER_ID}> (`{OWNER_ID}`). Reason: match fixing",
            "🚨 Health: Shipping is stuck.",
            "✅ Health recovered (shipping_stuck): it was: Shipping is stuck.",
        ]
