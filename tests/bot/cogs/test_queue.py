"""``/queue`` through the real bot: the quick-start gate of a first Join (stored), Leave removing the
searching message, and one live searching message per player."""

from __future__ import annotations

from evoladder.bootstrap import App, build_app
from evoladder.services.clock import ManualClock
from tests.bot.cogs.conftest import database_rows, ladder_discord
from tests.bot.cogs.test_match import queue_up
from tests.bot.cogs.test_match_scenarios import table
from tests.bot.harness import running_harness


async def test_a_new_player_acknowledges_the_quick_start_guide_once_and_it_is_stored(
    app: App, clock: ManualClock
) -> None:
    front = ladder_discord(app)
    async with running_harness(front.bot) as h:
        t = table(h, app, clock, front)
        alice = await t.player("Alice")
        panel = await h.slash("queue", user=alice)
        assert app.settings.quick_start_url in panel.text() and "Before your first game" in panel.text()
        guide = h.custom_id(f"queue:guide:{alice.id}:")
        await h.click(h.custom_id(f"queue:bw:{alice.id}:"), user=alice, values=["bw_zerg"])
        refused = await h.click(h.custom_id(f"queue:join:{alice.id}:"), user=alice)
        assert refused.ephemeral and "read the quick-start guide" in refused.content
        assert app.ladder.queue.status(alice.id).queued is False
        read = await h.click(guide, user=alice)
        assert read.kind == 7 and guide not in read.message.custom_ids()  # type: ignore[union-attr]
        assert "Before your first game" not in read.text() and app.settings.quick_start_url in read.text()
        clock.advance(10)  # past the rate limit of state-changing clicks
        joined = await h.click(h.custom_id(f"queue:join:{alice.id}:"), user=alice)
        assert joined.embeds[0]["title"] == "Searching for an opponent"
        await front.notifier.stop()
    await app.close()
    assert database_rows(app.settings, "SELECT discord_uid, notice FROM notice_acks") == [
        (alice.id, "quick_start")
    ]

    reopened = await build_app(app.settings, app.game_data, clock=clock, start_pool=False)
    try:
        assert reopened.ladder.notices.needs_quick_start(alice.id) is False  # remembered across a restart
    finally:
        await reopened.close()


async def test_leave_removes_the_searching_message_and_queue_shows_one_live_one(
    app: App, clock: ManualClock
) -> None:
    front = ladder_discord(app)
    async with running_harness(front.bot) as h:
        t = table(h, app, clock, front)
        bob = await t.player("Bob")
        await queue_up(h, bob, sc2="sc2_terran")
        first = h.find_message(h.custom_id(f"queue:leave:{bob.id}:"))
        again = await h.slash("queue", user=bob)  # while queued: a fresh searching message
        assert again.embeds[0]["title"] == "Searching for an opponent"
        assert first.id not in h.recorder.messages  # the older one went away
        assert front.notifier.book.searching[bob.id].message_id == again.message.id  # type: ignore[union-attr]
        left = await h.click(h.custom_id(f"queue:leave:{bob.id}:"), user=bob)
        assert left.kind == 6 and again.message is None  # the searching message is gone
        assert [m.content for m in left.followups] == ["You left the queue. Use `/queue` to search again."]
        assert left.followups[0].ephemeral and bob.id not in front.notifier.book.searching
        assert app.ladder.queue.status(bob.id).queued is False
