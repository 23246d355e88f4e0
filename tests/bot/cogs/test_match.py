"""Queue → wave → confirm → report → result, through the real bot over the real services and store."""

from __future__ import annotations

from evoladder.bootstrap import App
from evoladder.services.clock import ManualClock
from tests.bot.cogs.conftest import ladder_discord
from tests.bot.cogs.test_setup import register
from tests.bot.harness import BotHarness, Exchange, FakeUser, running_harness


async def queue_up(
    h: BotHarness,
    user: FakeUser,
    *,
    bw: str | None = None,
    sc2: str | None = None,
    vetoes: tuple[str, ...] = (),
) -> None:
    panel = await h.slash("queue", user=user)
    guide = f"queue:guide:{user.id}:"
    if any(c.startswith(guide) for c in panel.message.custom_ids()) if panel.message else False:
        await h.click(h.custom_id(guide), user=user)  # a new player reads the quick-start guide first
    if vetoes:
        await h.click(h.custom_id(f"queue:veto:{user.id}:"), user=user, values=list(vetoes))
    if bw:
        await h.click(h.custom_id(f"queue:bw:{user.id}:"), user=user, values=[bw])
    if sc2:
        await h.click(h.custom_id(f"queue:sc2:{user.id}:"), user=user, values=[sc2])
    joined = await h.click(h.custom_id(f"queue:join:{user.id}:"), user=user)
    assert joined.embeds and joined.embeds[0]["title"] == "Searching for an opponent", joined.text()


async def report(h: BotHarness, user: FakeUser, match_id: int, value: str) -> Exchange:
    """Report in the two steps: pick in the match message, then confirm in the question."""
    question = await h.click(f"match:{match_id}:report:{user.id}", user=user, values=[value])
    assert question.ephemeral and "Confirm to report it" in question.content, question.content
    return await h.click(f"match:{match_id}:reportyes:{user.id}:{value}", user=user)


async def test_two_new_players_play_a_ranked_match_end_to_end(app: App, clock: ManualClock) -> None:
    front = ladder_discord(app)
    async with running_harness(front.bot) as h:
        front.notifier.start()
        alice, bob = h.user("alice"), h.user("bob")
        await register(h, alice, "Alice")
        await register(h, bob, "Bob", country="DE", region="EUW")

        first_panel = await h.slash("queue", user=alice)
        assert "quick-start guide" in first_panel.text()
        refused = await h.click(h.custom_id(f"queue:join:{alice.id}:"), user=alice)
        assert "Pick a Brood War race" in refused.content
        await h.click(h.custom_id(f"queue:bw:{alice.id}:"), user=alice, values=["bw_zerg"])
        gated = await h.click(h.custom_id(f"queue:join:{alice.id}:"), user=alice)
        assert gated.ephemeral and "read the quick-start guide" in gated.content
        clock.advance(10)  # past the per-user rate limit of state-changing clicks
        await queue_up(h, alice, bw="bw_zerg")
        await queue_up(h, bob, sc2="sc2_terran")

        clock.advance((app.ladder.waves.next_wave_at() - clock.now()).total_seconds())
        report_ = await app.ladder.waves.run_wave(clock.now())
        assert len(report_.match_ids) == 1, report_
        match_id = report_.match_ids[0]
        await front.notifier.drained()
        found = h.dms_to(alice)[-1]
        assert f"Match found · #{match_id}" in found.embeds[0]["title"]
        assert found.custom_ids() == [
            f"match:{match_id}:confirm:{alice.id}",
            f"match:{match_id}:abort:{alice.id}",
        ]

        first = await h.click(f"match:{match_id}:confirm:{alice.id}", user=alice)
        assert "Waiting for your opponent" in first.content
        await front.notifier.drained()
        assert "Your opponent confirmed" in h.dms_to(bob)[-1].content
        second = await h.click(f"match:{match_id}:confirm:{bob.id}", user=bob)
        assert "Both players confirmed" in second.content
        await front.notifier.drained()
        details = h.dms_to(alice)[-1]
        assert details.embeds[0]["title"] == f"Match #{match_id}"
        assert f"match:{match_id}:report:{alice.id}" in details.custom_ids()

        reported = await report(h, alice, match_id, "win")
        assert "You reported **I won**" in reported.content, reported.content
        await front.notifier.drained()
        assert "reported **I won**" in h.dms_to(bob)[-1].content
        await report(h, bob, match_id, "loss")
        await front.notifier.drained()
        result = next(
            m for m in reversed(h.dms_to(alice)) if m.embeds and "won" in m.embeds[0]["title"]
        ).embeds[0]
        assert "Alice won" in result["title"] and "1500 → **1520** (+20)" in result["description"]

        alice_profile = await h.slash("profile", user=alice)
        bob_profile = await h.slash("profile", user=bob)
        assert "MMR **1520** · 1-0-0" in alice_profile.text()
        assert "MMR **1480** · 0-1-0" in bob_profile.text()
        chart = alice_profile.message
        assert chart is not None and chart.embeds[0]["image"]["url"] == "attachment://mmr.png"
        [attachment] = chart.data["attachments"]
        assert attachment["filename"] == "mmr.png"
        assert h.recorder.cdn[attachment["url"]].startswith(b"\x89PNG")

        board = await h.slash("leaderboard", user=bob)
        lines = board.embeds[0]["description"].splitlines()
        assert "Alice" in lines[0] and "**1520**" in lines[0] and "1-0-0" in lines[0]
        assert "Bob" in lines[1] and "**1480**" in lines[1]
        assert "Page 1/1 · 2 entries · ranked players" in board.embeds[0]["footer"]["text"]
        zerg = await h.click(h.custom_id(f"lb:race:1:0:-:0:0:{bob.id}:-"), user=bob, values=["bw_zerg"])
        assert zerg.kind == 7 and len(zerg.embeds[0]["description"].splitlines()) == 1
        assert "BW Zerg" in zerg.embeds[0]["footer"]["text"]
        korea = await h.slash("leaderboard", user=alice, options={"countries": "KR"})
        assert [line for line in korea.embeds[0]["description"].splitlines() if "Bob" in line] == []
