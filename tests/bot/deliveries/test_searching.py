"""The searching message lives: edited at every wave, replaced by the match-found message, removed
when the queue entry expires — asserted on the HTTP calls the harness captured."""

from __future__ import annotations

from evoladder.bootstrap import App
from evoladder.services.clock import ManualClock
from evoladder_dev.harness.recorder import SentRequest
from tests.bot.cogs.conftest import ladder_discord
from tests.bot.cogs.test_match import queue_up
from tests.bot.cogs.test_match_scenarios import Table, table
from tests.bot.harness import FakeUser, running_harness


def calls_on(t: Table, user: FakeUser, since: int) -> list[SentRequest]:
    """The message calls in ``user``'s DM channel after the ``since``-th request."""
    channel = t.h.recorder.dm_channel_of(user.id)
    return [r for r in t.h.requests[since:] if r.path.startswith(f"/channels/{channel}/messages")]


async def next_wave(t: Table) -> list[int]:
    t.clock.advance((t.app.ladder.waves.next_wave_at() - t.clock.now()).total_seconds())
    report = await t.app.ladder.waves.run_wave(t.clock.now())
    await t.drain()
    return report.match_ids


async def test_the_searching_message_is_edited_each_wave_then_replaced_by_the_match_found_message(
    app: App, clock: ManualClock
) -> None:
    front = ladder_discord(app)
    async with running_harness(front.bot) as h:
        t = table(h, app, clock, front)
        alice, bob = await t.player("Alice"), await t.player("Bob")
        await queue_up(h, alice, bw="bw_zerg")
        searching = h.find_message(h.custom_id(f"queue:leave:{alice.id}:"))
        path = f"/channels/{searching.channel_id}/messages/{searching.id}"

        for wave in range(2):  # alone in the queue: no match, the message follows the waves
            before = len(h.requests)
            assert await next_wave(t) == []
            [edit] = calls_on(t, alice, before)
            assert (edit.method, edit.path) == ("PATCH", path), wave
            fields = {f["name"]: f["value"] for f in edit.json["embeds"][0]["fields"]}
            assert fields["Queued"] == "1 (1 Brood War · 0 StarCraft II · 0 both)"
            assert fields["Players active in the last 15 minutes"] == "1"  # Bob only registered
            assert fields["Estimated wait"] == "Not enough recent matches to estimate it yet"
            assert "so far" in fields["Your wait"] and "components" not in edit.json  # Leave stays
        assert h.message(searching.id).custom_ids() == [h.custom_id(f"queue:leave:{alice.id}:")]

        await queue_up(h, bob, sc2="sc2_terran")
        before = len(h.requests)
        [match_id] = await next_wave(t)
        calls = [(r.method, r.path) for r in calls_on(t, alice, before)]
        assert calls[0] == ("DELETE", path)  # the searching message makes way ...
        assert calls[1][0] == "POST"  # ... for a new DM, which notifies the player
        assert searching.id not in h.recorder.messages
        found = h.dms_to(alice)[-1]
        assert found.embeds[0]["title"] == f"Match found · #{match_id}"


async def test_the_searching_message_goes_when_the_entry_expires(app: App, clock: ManualClock) -> None:
    front = ladder_discord(app)
    async with running_harness(front.bot) as h:
        t = table(h, app, clock, front)
        carol = await t.player("Carol")
        await queue_up(h, carol, sc2="sc2_protoss")
        searching = h.find_message(h.custom_id(f"queue:leave:{carol.id}:"))
        clock.advance(app.settings.queue_expiry_s)
        before = len(h.requests)
        await next_wave(t)
        calls = calls_on(t, carol, before)
        assert [c.method for c in calls] == ["DELETE", "POST"]
        assert calls[0].path.endswith(f"/messages/{searching.id}")
        assert "Your queue entry expired" in h.dms_to(carol)[-1].content
