"""Match scenarios through the real bot: double clicks, aborts, timers, disputes, restarts, bans.

Every exchange is also checked by the harness against Discord's limits (a breach fails the test).
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

from evoladder.bootstrap import App, LadderDiscord, build_app
from evoladder.services.clock import ManualClock
from tests.bot.cogs.conftest import ADMIN_CHANNEL_ID, OWNER_ID, RESULTS_CHANNEL_ID, ladder_discord
from tests.bot.cogs.test_match import queue_up, report
from tests.bot.cogs.test_setup import register
from tests.bot.harness import BotHarness, FakeUser, Place, running_harness


@dataclass
class Table:
    """The test's hands: players, the clock, the wave and the timers."""

    h: BotHarness
    app: App
    clock: ManualClock
    front: LadderDiscord

    async def player(
        self, name: str, *, country: str = "KR", region: str = "KRJ", locale: str = "en-US"
    ) -> FakeUser:
        user = self.h.user(name.lower(), locale=locale)
        await register(self.h, user, name, country=country, region=region)
        return user

    async def drain(self) -> None:
        await self.front.notifier.drained()

    async def advance(self, seconds: float) -> None:
        """Move time on and let every due timer fire, as the timer loop would."""
        self.clock.advance(seconds)
        await self.app.ladder.matches.fire_due()
        await self.drain()

    async def match(self, bw: FakeUser, sc2: FakeUser) -> int:
        await queue_up(self.h, bw, bw="bw_zerg")
        await queue_up(self.h, sc2, sc2="sc2_terran")
        self.clock.advance((self.app.ladder.waves.next_wave_at() - self.clock.now()).total_seconds())
        report = await self.app.ladder.waves.run_wave(self.clock.now())
        assert len(report.match_ids) == 1, report
        await self.drain()
        return report.match_ids[0]

    async def match_on(self, bw: FakeUser, sc2: FakeUser, map_name: str) -> int:
        """A match on ``map_name``: the two players veto every other map between them."""
        others = [m for m in self.app.game_data.map_names if m != map_name]
        await queue_up(self.h, bw, bw="bw_zerg", vetoes=tuple(others[:4]))
        await queue_up(self.h, sc2, sc2="sc2_terran", vetoes=tuple(others[4:]))
        self.clock.advance((self.app.ladder.waves.next_wave_at() - self.clock.now()).total_seconds())
        [match_id] = (await self.app.ladder.waves.run_wave(self.clock.now())).match_ids
        match = self.app.ladder.ctx.state.match(match_id)
        assert match is not None and match.map == map_name  # the only map neither vetoed
        await self.drain()
        return match_id

    async def confirm_both(self, match_id: int, a: FakeUser, b: FakeUser) -> None:
        for user in (a, b):
            await self.h.click(f"match:{match_id}:confirm:{user.id}", user=user)
        await self.drain()

    def last_dm(self, user: FakeUser) -> str:
        message = self.h.dms_to(user)[-1]
        return "\n".join([message.content, *(str(e) for e in message.embeds)])


def table(h: BotHarness, app: App, clock: ManualClock, front: LadderDiscord) -> Table:
    front.notifier.start()
    return Table(h, app, clock, front)


async def test_double_clicks_and_a_redelivered_interaction_have_one_effect(
    app: App, clock: ManualClock
) -> None:
    front = ladder_discord(app)
    async with running_harness(front.bot) as h:
        t = table(h, app, clock, front)
        alice, bob = await t.player("Alice"), await t.player("Bob")

        await h.slash("queue", user=alice)
        await h.click(h.custom_id(f"queue:guide:{alice.id}:"), user=alice)
        await h.click(h.custom_id(f"queue:bw:{alice.id}:"), user=alice, values=["bw_zerg"])
        join = h.custom_id(f"queue:join:{alice.id}:")
        stale = dict(h.find_message(join).data)
        joins = await asyncio.gather(*(h.click(join, user=alice, message=stale) for _ in range(2)))
        assert all(j.embeds[0]["title"] == "Searching for an opponent" for j in joins)
        assert app.ladder.queue.status(alice.id).counts.total == 1

        await queue_up(h, bob, sc2="sc2_terran")
        clock.advance((app.ladder.waves.next_wave_at() - clock.now()).total_seconds())
        [match_id] = (await app.ladder.waves.run_wave(clock.now())).match_ids
        await t.drain()

        confirm = f"match:{match_id}:confirm:{alice.id}"
        theft = await h.click(confirm, user=bob)  # bob got hold of alice's message somehow
        assert theft.ephemeral and "belong to another player" in theft.content
        stale = dict(h.find_message(confirm).data)
        clicks = await asyncio.gather(*(h.click(confirm, user=alice, message=stale) for _ in range(2)))
        again = await h.deliver(clicks[0].payload)
        assert again.requests == []
        await t.drain()
        assert sum("Your opponent confirmed" in m.content for m in h.dms_to(bob)) == 1

        await h.click(f"match:{match_id}:confirm:{bob.id}", user=bob)
        await t.drain()
        pick = f"match:{match_id}:report:{alice.id}"
        await asyncio.gather(*(h.click(pick, user=alice, values=["win"]) for _ in range(2)))  # asks twice
        assert app.ladder.ctx.state.match(match_id).report_a is None  # type: ignore[union-attr]  # a pick is no report
        confirm_report = f"match:{match_id}:reportyes:{alice.id}:win"
        stale = dict(h.find_message(confirm_report).data)
        await asyncio.gather(*(h.click(confirm_report, user=alice, message=stale) for _ in range(2)))
        await t.drain()
        assert sum("reported **I won**" in m.content for m in h.dms_to(bob)) == 1


async def test_abort_costs_one_abort_and_is_refused_when_none_are_left(app: App, clock: ManualClock) -> None:
    front = ladder_discord(app)
    async with running_harness(front.bot) as h:
        t = table(h, app, clock, front)
        alice, bob = await t.player("Alice"), await t.player("Bob")
        for left in (2, 1, 0):
            match_id = await t.match(alice, bob)
            question = await h.click(f"match:{match_id}:abort:{alice.id}", user=alice)
            assert question.ephemeral and f"(aborts left this month: {left + 1})" in question.content
            done = await h.click(f"match:{match_id}:abortyes:{alice.id}", user=alice)
            assert f"Aborts left this month: {left}." in done.content
            await t.drain()
            assert f"Your opponent aborted match #{match_id}. No MMR changed." in t.last_dm(bob)
        match_id = await t.match(alice, bob)
        question = await h.click(f"match:{match_id}:abort:{alice.id}", user=alice)
        assert "(aborts left this month: 0)" in question.content
        refused = await h.click(f"match:{match_id}:abortyes:{alice.id}", user=alice)
        assert refused.ephemeral and "no aborts left this month" in refused.content
        assert app.ladder.ctx.state.open_match(alice.id) is not None  # the match goes on


async def test_confirm_timeout_reminds_then_cancels_without_using_aborts(
    app: App, clock: ManualClock
) -> None:
    front = ladder_discord(app)
    async with running_harness(front.bot) as h:
        t = table(h, app, clock, front)
        alice, bob = await t.player("Alice"), await t.player("Bob")
        match_id = await t.match(alice, bob)
        await h.click(f"match:{match_id}:confirm:{alice.id}", user=alice)
        await t.advance(app.settings.confirm_reminder_s)
        assert f"Reminder: confirm match #{match_id}" in t.last_dm(bob)
        assert not any("Reminder" in m.content for m in h.dms_to(alice))  # alice already confirmed
        await t.advance(app.settings.confirm_timeout_s - app.settings.confirm_reminder_s)
        assert f"Match #{match_id} was cancelled: your opponent did not confirm in time" in t.last_dm(alice)
        assert f"Match #{match_id} was cancelled: you did not confirm in time" in t.last_dm(bob)
        late = await h.click(f"match:{match_id}:confirm:{bob.id}", user=bob)
        assert late.ephemeral and late.content and "sorry" not in late.content.lower()
        assert app.ladder.ctx.state.aborts_left(bob.id, clock.now()) == app.settings.aborts_per_month


async def test_the_report_deadline_reminds_then_closes_the_match(app: App, clock: ManualClock) -> None:
    front = ladder_discord(app)
    async with running_harness(front.bot) as h:
        t = table(h, app, clock, front)
        alice, bob = await t.player("Alice"), await t.player("Bob")
        match_id = await t.match(alice, bob)
        await t.confirm_both(match_id, alice, bob)
        settings = app.settings
        await t.advance(settings.report_deadline_s - settings.report_reminder_before_s)
        assert f"Reminder: report the result of match #{match_id}" in t.last_dm(alice)
        await t.advance(settings.report_reminder_before_s)
        assert f"Match #{match_id} is closed: no result was reported before the deadline" in t.last_dm(bob)
        assert app.ladder.ctx.state.open_match(alice.id) is None


async def test_conflicting_reports_reach_the_admins_who_resolve_once(app: App, clock: ManualClock) -> None:
    front = ladder_discord(app)
    async with running_harness(front.bot) as h:
        t = table(h, app, clock, front)
        alice, bob = await t.player("Alice"), await t.player("Bob")
        owner, carol = h.user("owner", user_id=OWNER_ID), await t.player("Carol")
        admin_room = Place(channel_id=ADMIN_CHANNEL_ID, guild_id=h.guild_id, channel_name="ladder-admins")
        match_id = await t.match(alice, bob)
        await t.confirm_both(match_id, alice, bob)
        await report(h, alice, match_id, "win")
        await report(h, bob, match_id, "win")
        await t.drain()
        [dispute] = h.channel_messages(ADMIN_CHANNEL_ID)
        assert dispute.embeds[0]["title"] == f"Conflict · match #{match_id}"
        assert dispute.embeds[0]["description"].count("reported **I won**") == 2
        assert "an admin will decide" in t.last_dm(alice)

        refused = await h.slash(
            "admin resolve",
            user=carol,
            options={"match_id": match_id, "result": "a", "reason": "x"},
            place=admin_room,
        )
        assert refused.content == "Only ladder admins can use this."

        await h.slash("admin add_admin", user=owner, options={"player": f"<@{carol.id}>"}, place=admin_room)
        await h.click(h.custom_id(f"admin:confirm:{owner.id}:"), user=owner)
        ask = await h.slash(
            "admin resolve",
            user=carol,
            options={"match_id": match_id, "result": "a", "reason": "replay shows Alice winning"},
            place=admin_room,
        )
        assert "Resolve match #1: Alice won" in ask.content
        confirm = h.custom_id(f"admin:confirm:{carol.id}:")
        stale = dict(h.find_message(confirm).data)
        done = await asyncio.gather(*(h.click(confirm, user=carol, message=stale) for _ in range(2)))
        assert any("resolved: Alice won" in d.content for d in done)
        await t.drain()
        assert "Alice won" in h.channel_messages(RESULTS_CHANNEL_ID)[-1].embeds[0]["title"]
        assert "MMR **1520** · 1-0-0" in (await h.slash("profile", user=alice)).text()


async def test_after_a_restart_the_old_buttons_work_and_the_timers_continue(
    app: App, clock: ManualClock
) -> None:
    front = ladder_discord(app)
    async with running_harness(front.bot) as h:
        t = table(h, app, clock, front)
        alice, bob = await t.player("Alice"), await t.player("Bob")
        match_id = await t.match(alice, bob)
        await front.notifier.stop()
        await app.close()  # the process ends with the match open

        reopened = await build_app(app.settings, app.game_data, clock=clock, start_pool=False)
        try:
            front2 = ladder_discord(reopened)
            await h.restart(front2.bot)  # a new bot over new services on the same files
            t2 = table(h, reopened, clock, front2)
            assert reopened.ladder.matches.restore() == 1
            confirmed = await h.click(f"match:{match_id}:confirm:{alice.id}", user=alice)  # the old message
            assert "Waiting for your opponent" in confirmed.content
            await t2.advance(app.settings.confirm_timeout_s)
            assert f"Match #{match_id} was cancelled: your opponent did not confirm in time" in t2.last_dm(
                alice
            )
            await front2.notifier.stop()
        finally:
            await reopened.close()


async def test_a_banned_player_can_only_read_the_ban_notice(app: App, clock: ManualClock) -> None:
    front = ladder_discord(app)
    async with running_harness(front.bot) as h:
        t = table(h, app, clock, front)
        bob = await t.player("Bob")
        owner = h.user("owner", user_id=OWNER_ID)
        await h.slash("queue", user=bob)
        await h.slash("admin ban", user=owner, options={"player": "Bob", "reason": "match fixing"})
        await h.click(h.custom_id(f"admin:confirm:{owner.id}:"), user=owner)
        for attempt in (
            h.slash("queue", user=bob),
            h.slash("profile", user=bob),
            h.slash("setup", user=bob),
            h.click(h.custom_id(f"queue:join:{bob.id}:"), user=bob),
        ):
            answer = await attempt
            assert answer.ephemeral and "banned" in answer.content and "match fixing" in answer.content
        assert app.ladder.queue.status(bob.id).queued is False


async def test_admin_reads_show_the_live_state(app: App, clock: ManualClock) -> None:
    front = ladder_discord(app)
    async with running_harness(front.bot) as h:
        t = table(h, app, clock, front)
        alice, bob = await t.player("Alice"), await t.player("Bob")
        owner = h.user("owner", user_id=OWNER_ID)
        match_id = await t.match(alice, bob)
        snapshot = await h.slash("admin snapshot", user=owner)
        assert "In progress" in snapshot.text() and snapshot.ephemeral
        player = await h.slash("admin player", user=owner, options={"player": "bob#1234"})
        assert "Bob#1234" in player.text()
        shown = await h.slash("admin match", user=owner, options={"match_id": match_id})
        assert shown.embeds[0]["title"] == f"Match #{match_id} · found"
        missing = await h.slash("admin match", user=owner, options={"match_id": 999_999})
        assert missing.content == "There is no match #999999."
