"""Replay uploads by DM through the real bot, the real worker pool and a real SC: Evo replay."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from evoladder.bootstrap import App, build_app
from evoladder.config import Settings
from evoladder.gamedata import GameData
from evoladder.services.clock import ManualClock
from tests.bot.cogs.conftest import ladder_discord
from tests.bot.cogs.test_match_scenarios import table
from tests.bot.harness import running_harness

OFFICIAL = "Khione SEL (Official EU).SC2Replay"


@pytest.fixture()
async def pooled_app(settings: Settings, game_data: GameData, clock: ManualClock) -> AsyncIterator[App]:
    built = await build_app(settings, game_data, clock=clock, start_pool=True)
    try:
        yield built
    finally:
        await built.close()


async def test_a_replay_sent_by_dm_is_checked_and_both_players_hear_the_verdict(
    pooled_app: App, clock: ManualClock, replays_dir: Path
) -> None:
    app = pooled_app
    front = ladder_discord(app)
    async with running_harness(front.bot) as h:
        t = table(h, app, clock, front)
        stranger = h.user("stranger")
        refused = await h.dm_attachment(stranger, OFFICIAL, b"x")
        assert refused.requests and "/termsofservice" in h.dms_to(stranger)[-1].content

        alice, bob = await t.player("Alice"), await t.player("Bob")
        await h.dm_attachment(alice, OFFICIAL, (replays_dir / OFFICIAL).read_bytes())
        assert "no match waiting for a replay" in h.dms_to(alice)[-1].content

        match_id = await t.match(alice, bob)
        await t.confirm_both(match_id, alice, bob)
        await h.dm_attachment(alice, "notes.txt", b"gg")
        assert "“notes.txt” is not a replay" in h.dms_to(alice)[-1].content
        downloads = len(h.recorder.downloads)
        await h.dm_attachment(alice, "huge.SC2Replay", b"x" * (app.settings.replay_max_bytes + 1))
        assert "replays are at most 5 MB" in h.dms_to(alice)[-1].content
        assert len(h.recorder.downloads) == downloads  # refused on the size Discord reports, not downloaded

        await h.dm_attachment(alice, OFFICIAL, (replays_dir / OFFICIAL).read_bytes())
        await t.drain()
        verdict = h.dms_to(alice)[-1].content
        assert verdict.startswith(f"Replay for match #{match_id}: not verified.")
        assert "❌" in verdict  # a one-player sample can't pass the two-player checks
        assert f"Alice uploaded the replay for match #{match_id}: not verified." == h.dms_to(bob)[-1].content
        assert app.ladder.ctx.state.open_match(alice.id) is not None  # an unverified replay settles nothing
