"""``/prune`` through the real bot and discord.py's real REST path: it deletes exactly the bot's old DMs,
keeps the open match's messages, the player's own, recent ones and the prompt, and never goes past
Discord's rate limit (the harness answers with Discord's headers and a 429 past the bucket)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from evoladder.bootstrap import App
from evoladder.config import Settings, load_settings
from evoladder.services.clock import ManualClock
from tests.bot.cogs.conftest import OWNER_ID, ladder_discord
from tests.bot.cogs.test_match_scenarios import table
from tests.bot.harness import running_harness

DELETE = "/channels/{channel_id}/messages/{message_id}"


@pytest.fixture()
def settings(tmp_path: Path) -> Settings:
    """No pause of our own between deletions: Discord's limit (the harness's bucket) is what paces them."""
    return load_settings(
        data_dir=tmp_path / "data", _env_file=None, owner_id=OWNER_ID, prune_delete_interval_s=0
    )


async def test_prune_deletes_only_the_bots_old_messages_within_the_rate_limit(
    app: App, clock: ManualClock
) -> None:
    front = ladder_discord(app)
    async with running_harness(front.bot) as h:
        t = table(h, app, clock, front)
        alice, bob = await t.player("Alice"), await t.player("Bob", country="DE", region="EUW")
        await h.slash("profile", user=alice)
        await h.slash("leaderboard", user=alice)
        await h.dm(alice, "hello, is this thing on?")  # her own message: a bot can't delete it
        match_id = await t.match(alice, bob)  # the open match: found, not yet confirmed
        await t.advance(app.settings.confirm_reminder_s)  # a text-only reminder naming the match
        assert f"#{match_id}" in h.dms_to(alice)[-1].content

        h.later(timedelta(hours=4))  # everything so far is now four hours old
        recent = await h.slash("profile", user=alice)
        before = {m.id: m for m in h.history(alice)}
        bot_id = h.bot_user.id
        match_messages = {
            m.id
            for m in before.values()
            if any(c.startswith(f"match:{match_id}:") for c in m.custom_ids()) or f"#{match_id}" in m.content
        }
        assert len(match_messages) >= 2
        expected = {
            i
            for i, m in before.items()
            if int(m.data["author"]["id"]) == bot_id and i not in match_messages and i != recent.message.id  # type: ignore[union-attr]
        }
        # terms, setup preview, profile, leaderboard (the searching message went when the match was found)
        assert len(expected) >= 4
        bobs = [m.id for m in h.history(bob)]

        h.recorder.rate_limit("DELETE", DELETE, limit=3, per_s=0.2)
        # The ladder deletes messages of its own too (a searching message once its match is found).
        deleted_before, requests_before = {m.id for m in h.recorder.deleted}, len(h.requests)
        prompt = await h.slash("prune", user=alice)
        intro = f"I found {len(expected)} of my messages in this chat that are older than 3 hours."
        assert prompt.content.startswith(intro)
        assert prompt.message is not None
        confirm = await h.click(h.custom_id(f"prune:confirm:{alice.id}:"), user=alice)
        assert confirm.content == f"Deleting {len(expected)} old messages…"
        assert all(c["disabled"] for row in confirm.components for c in row["components"])
        await h.wait_until(
            lambda: prompt.message.content.startswith("Done"), what="the prune report", timeout_s=20
        )  # type: ignore[union-attr]
        assert prompt.message.content == f"Done: I deleted {len(expected)} of my old messages here."

        assert {m.id for m in h.recorder.deleted} - deleted_before == expected
        deletes = [r for r in h.requests[requests_before:] if r.method == "DELETE"]
        assert len(deletes) == len(expected)  # one request each: no retry, nothing twice
        assert h.recorder.rate_limited == []  # paced by Discord's headers, never past the bucket
        left = {m.id for m in h.history(alice)}
        assert left == set(before) - expected | {prompt.message.id}
        assert match_messages <= left and recent.message.id in left  # type: ignore[union-attr]
        assert any(m.origin == "user" for m in h.history(alice))
        assert [m.id for m in h.history(bob)] == bobs  # nobody else's DMs are touched

        again = await h.slash("prune", user=alice)
        assert again.content == "None of my messages here is older than 3 hours: there is nothing to delete."


async def test_prune_asks_first_and_cancel_deletes_nothing(app: App, clock: ManualClock) -> None:
    front = ladder_discord(app)
    async with running_harness(front.bot) as h:
        t = table(h, app, clock, front)
        carol = await t.player("Carol")
        h.later(timedelta(minutes=app.settings.prune_min_age_minutes + 1))
        before = [m.id for m in h.history(carol)]
        prompt = await h.slash("prune", user=carol)
        assert "Delete them?" in prompt.content
        kept = await h.click(h.custom_id(f"prune:cancel:{carol.id}:"), user=carol)
        assert kept.content == "Nothing was deleted."
        assert h.recorder.deleted == [] and [m.id for m in h.history(carol)] == [*before, prompt.message.id]  # type: ignore[union-attr]
