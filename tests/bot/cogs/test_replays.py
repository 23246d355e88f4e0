"""Replay uploads by DM through the real bot, the real worker pool and a real SC: Evo replay."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import pytest

from evoladder.bootstrap import App, build_app
from evoladder.config import Settings
from evoladder.gamedata import GameData
from evoladder.replays import LobbyOptions, ModFingerprint, ReplaySummary, learn
from evoladder.replays.parse import ReplayParser, race_alias_table
from evoladder.services.clock import ManualClock
from tests.bot.cogs.conftest import START, ladder_discord
from tests.bot.cogs.test_match_scenarios import table
from tests.bot.harness import running_harness
from tests.replays.conftest import make_player

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
        details = next(
            m for m in reversed(h.dms_to(alice)) if m.embeds and "Replay of" in m.embeds[0]["title"]
        )
        embed = details.embeds[0]
        assert embed["title"] == f"Replay of match #{match_id} · not verified"
        checks = "\n".join(f["value"] for f in embed["fields"])
        assert "❌ players" in checks  # a one-player sample can't pass the two-player checks
        assert "✅ mod: official SC: Evo Complete" in checks  # the shipped fingerprint knows it
        assert "Khione SEL" in embed["description"] and "Observers: none" in embed["description"]
        assert any(
            f"Your opponent sent their replay of match #{match_id}; it is not verified" in m.content
            for m in h.dms_to(bob)
        )
        assert app.ladder.ctx.state.open_match(alice.id) is not None  # an unverified replay settles nothing


class SummaryPool:
    """Stands in for the worker pool with a two-player summary (the real Evo samples are one-player)."""

    def __init__(self, summary: ReplaySummary) -> None:
        self.summary = summary

    async def parse(self, data: bytes) -> ReplaySummary:
        return self.summary


OFFICIAL_KR = "Khione SEL (Official KR).SC2Replay"


@pytest.fixture()
def learned_fingerprint(settings: Settings, game_data: GameData, replays_dir: Path) -> ReplaySummary:
    """The operator learned the official mod from the trusted samples; returns the KR official sample."""
    parser = ReplayParser(race_alias_table(game_data), max_bytes=settings.replay_max_bytes)
    official = [parser.parse(p.read_bytes()) for p in sorted(replays_dir.glob("* (Official *).SC2Replay"))]
    summaries = [s for s in official if isinstance(s, ReplaySummary)]
    version = learn(summaries, learned_at=START)
    fingerprint = ModFingerprint.load(settings.effective_mod_fingerprint_file, game_data.mod.name)
    settings.effective_mod_fingerprint_file.parent.mkdir(parents=True, exist_ok=True)
    fingerprint.with_version(version).save(settings.effective_mod_fingerprint_file)
    return next(s for s in summaries if s.map_name == "Khione SEL" and s.bnet_region == "AS")


# ``learned_fingerprint`` comes before ``app`` in the arguments: the verifier reads the fingerprint file
# when the app is built, as it would at a real start after ``evoladder mod learn``.
async def test_a_verified_replay_settles_the_match_for_both_players(
    learned_fingerprint: ReplaySummary, app: App, clock: ManualClock, replays_dir: Path
) -> None:
    front = ladder_discord(app)
    async with running_harness(front.bot) as h:
        t = table(h, app, clock, front)
        alice, bob = await t.player("Alice"), await t.player("Bob")
        match_id = await t.match_on(alice, bob, "Khione SEL")
        await t.confirm_both(match_id, alice, bob)
        clock.advance(20 * 60)  # they play
        app.ladder.replays.pool = SummaryPool(
            learned_fingerprint.model_copy(
                update={
                    "players": (
                        make_player("Alice", "bw_zerg", "BW Zerg", "win", 1),
                        make_player("Bob", "sc2_terran", "SC2 Terran", "loss", 2),
                    ),
                    "started_at": clock.now() - timedelta(minutes=18),
                    "lobby": LobbyOptions(
                        privacy="Normal", speed="Faster", duration="Infinite", locked_alliances=True
                    ),
                }
            )
        )
        await h.dm_attachment(bob, OFFICIAL_KR, (replays_dir / OFFICIAL_KR).read_bytes())
        await t.drain()
        details = [m.embeds[0] for m in h.dms_to(bob) if m.embeds and "Replay of" in m.embeds[0]["title"]]
        assert details and details[-1]["title"] == f"Replay of match #{match_id} · verified"
        assert details[-1]["footer"]["text"] == "This replay settles the result for both players."
        result = next(
            m for m in reversed(h.dms_to(alice)) if m.embeds and "won" in m.embeds[0]["title"]
        ).embeds[0]
        assert "Alice won" in result["title"] and "1500 → **1520** (+20)" in result["description"]
        assert "MMR **1480** · 0-1-0" in (await h.slash("profile", user=bob)).text()
