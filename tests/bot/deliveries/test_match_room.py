"""The match room through the real bot: results need agreement or evidence, the opponent stays
hidden until both confirm, the match message keeps up, the Shield Battery notice, the upload
reminder, each player's replay, strict mode."""

from __future__ import annotations

import hashlib
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from evoladder.bootstrap import App, build_app
from evoladder.config import Settings
from evoladder.gamedata import GameData
from evoladder.replays.parse import ReplayParser, race_alias_table
from evoladder.replays.summary import LobbyOptions, ReplaySummary
from evoladder.services.clock import ManualClock
from evoladder_dev.harness.recorder import MessageRecord
from tests.bot.cogs.conftest import ADMIN_CHANNEL_ID, OWNER_ID, RESULTS_CHANNEL_ID, ladder_discord
from tests.bot.cogs.test_match import queue_up, report
from tests.bot.cogs.test_match_scenarios import Table, table
from tests.bot.cogs.test_replays import SummaryPool
from tests.bot.harness import FakeUser, running_harness
from tests.replays.conftest import make_player

OFFICIAL_KR = "Khione SEL (Official KR).SC2Replay"


def seen_by(t: Table, user: FakeUser) -> str:
    """Every text the user was shown in their DMs so far: each message in each of its versions."""
    channel = t.h.recorder.dm_channel_of(user.id)
    parts: list[str] = []
    for message in t.h.recorder.messages.values():
        if message.channel_id == channel:
            for version in message.versions:
                parts.append(str(version.get("content") or "") + str(version.get("embeds") or ""))
    for record in t.h.recorder.interactions.values():  # answers, including ephemeral ones
        if record.user_id == user.id and record.callback:
            parts.append(str(record.callback.get("data") or ""))
    return "\n".join(parts)


def match_message(t: Table, user: FakeUser, match_id: int) -> MessageRecord:
    return next(
        m
        for m in t.h.dms_to(user)
        if m.versions[0].get("embeds") and m.versions[0]["embeds"][0]["title"] == f"Match #{match_id}"
    )


def fields_of(version: dict[str, Any]) -> dict[str, str]:
    return {f["name"]: f["value"] for f in version["embeds"][0]["fields"]}


async def test_the_opponent_stays_hidden_until_both_confirmed(app: App, clock: ManualClock) -> None:
    front = ladder_discord(app)
    async with running_harness(front.bot) as h:
        t = table(h, app, clock, front)
        alice, bob = await t.player("Alice"), await t.player("Bob")
        await app.ladder.ctx.execute(
            app.ladder.ctx.state.admin_adjust_mmr,
            bob.id,
            "sc2_terran",
            1555,
            admin_uid=OWNER_ID,
            reason="a rating nobody else has",
            now=clock.now(),
        )
        secrets = {alice: ("Alice", "Alice#1234"), bob: ("Bob", "Bob#1234", "1555")}
        # Three matches that end before both confirmed: one aborted, one timed out, one confirmed late.
        for ending in ("abort", "timeout", "confirm"):
            match_id = await t.match(alice, bob)
            await h.click(f"match:{match_id}:confirm:{alice.id}", user=alice)
            await t.advance(app.settings.confirm_reminder_s)
            if ending == "abort":
                await h.click(f"match:{match_id}:abort:{bob.id}", user=bob)
                await h.click(f"match:{match_id}:abortyes:{bob.id}", user=bob)
                await t.drain()
                assert f"Your opponent aborted match #{match_id}" in t.last_dm(alice)
            elif ending == "timeout":
                await t.advance(app.settings.confirm_timeout_s)
                assert "your opponent did not confirm in time" in t.last_dm(alice)
            clock.advance(10)  # past the rate limit
        for user, other in ((alice, bob), (bob, alice)):
            shown = seen_by(t, user)
            for secret in secrets[other]:
                assert secret not in shown, (user.username, secret)
        await h.click(f"match:{match_id}:confirm:{bob.id}", user=bob)
        await t.drain()
        full = fields_of(match_message(t, alice, match_id).data)
        assert f"<@{bob.id}> · @bob" in full["Player 2"] and "Bob#1234" in full["Player 2"]
        assert "MMR **1555**" in full["Player 2"] and f"<@{alice.id}> · @alice" in full["Player 1"]


async def test_a_lone_report_at_the_deadline_goes_to_the_admins_and_moves_no_mmr(
    app: App, clock: ManualClock
) -> None:
    front = ladder_discord(app)
    async with running_harness(front.bot) as h:
        t = table(h, app, clock, front)
        alice, bob = await t.player("Alice"), await t.player("Bob")
        match_id = await t.match(alice, bob)
        await t.confirm_both(match_id, alice, bob)
        await report(h, alice, match_id, "win")
        await t.advance(app.settings.report_deadline_s)
        [dispute] = h.channel_messages(ADMIN_CHANNEL_ID)
        assert dispute.embeds[0]["title"] == f"Conflict · match #{match_id}"
        assert "only one player reported before the deadline" in dispute.embeds[0]["description"]
        assert "**Bob** · SC2 Terran did not report" in dispute.embeds[0]["description"]
        for user in (alice, bob):
            assert any("One player's report alone is not a result" in m.content for m in h.dms_to(user))
        assert h.channel_messages(RESULTS_CHANNEL_ID) == []
        state = app.ladder.ctx.state
        assert state.mmr_value(alice.id, "bw_zerg") == 1500 and state.mmr_value(bob.id, "sc2_terran") == 1500
        final = fields_of(match_message(t, alice, match_id).data)
        assert "Disputed: an admin decides" in final["Result"]
        assert match_message(t, alice, match_id).components == []  # nothing to pick any more


async def test_agreeing_reports_complete_and_the_match_message_keeps_up(
    app: App, clock: ManualClock, kr_official: tuple[ReplaySummary, bytes]
) -> None:
    front = ladder_discord(app)
    async with running_harness(front.bot) as h:
        t = table(h, app, clock, front)
        alice, bob = await t.player("Alice"), await t.player("Bob")
        match_id = await t.match(alice, bob)
        await t.confirm_both(match_id, alice, bob)
        message = match_message(t, bob, match_id)
        assert fields_of(message.versions[0])["Reports"] == "Alice: no report yet\nBob: no report yet"
        await report(h, alice, match_id, "win")
        await t.drain()
        assert "without your replay" in t.last_dm(alice)  # the upload reminder
        assert fields_of(message.data)["Reports"] == "Alice: I won\nBob: no report yet"
        await report(h, bob, match_id, "loss")
        await t.drain()
        last = fields_of(message.data)
        assert last["Result"].startswith("Alice won · Alice +20 · Bob -20")
        assert message.components == [] and len(message.versions) == 3  # edited, not resent
        assert "Alice won" in h.channel_messages(RESULTS_CHANNEL_ID)[-1].embeds[0]["title"]
        assert app.ladder.ctx.state.mmr_value(alice.id, "bw_zerg") == 1520
        # A late replay is kept as evidence and shows in the same (final) message, not a new one.
        app.ladder.replays.pool = SummaryPool(two_player(kr_official[0], clock.now(), "win", "loss"))  # type: ignore[assignment]
        await h.dm_attachment(bob, OFFICIAL_KR, kr_official[1])
        await t.drain()
        assert len(message.versions) == 4 and message.components == []
        assert fields_of(message.data)["Replays"].splitlines()[1].startswith("Bob: ")
        assert sum(1 for m in h.dms_to(bob) if m.embeds and m.embeds[0]["title"] == f"Match #{match_id}") == 1


async def test_the_shield_battery_notice_until_each_player_acknowledged_it(
    app: App, clock: ManualClock
) -> None:
    front = ladder_discord(app)
    async with running_harness(front.bot) as h:
        t = table(h, app, clock, front)
        alice, bob = await t.player("Alice"), await t.player("Bob")

        async def protoss_match() -> int:
            await queue_up(h, alice, bw="bw_protoss")
            await queue_up(h, bob, sc2="sc2_terran")
            t.clock.advance((app.ladder.waves.next_wave_at() - t.clock.now()).total_seconds())
            [match_id] = (await app.ladder.waves.run_wave(t.clock.now())).match_ids
            await t.drain()
            await t.confirm_both(match_id, alice, bob)
            return match_id

        def notices(user: FakeUser) -> list[MessageRecord]:
            return [m for m in h.dms_to(user) if m.embeds and "Shield Battery" in m.embeds[0]["title"]]

        first = await protoss_match()
        for user in (alice, bob):
            [notice] = notices(user)
            assert "splatlod=0" in notice.embeds[0]["description"]
            assert app.settings.shield_battery_fix_url in notice.embeds[0]["description"]
            assert notice.custom_ids() == [f"notice:shield_battery:{user.id}"]
        done = await h.click(f"notice:shield_battery:{alice.id}", user=alice)
        assert "won't be shown the Shield Battery notice again" in done.content
        await app.ladder.matches.abort(first, alice.id)
        clock.advance(60)
        await protoss_match()
        assert len(notices(alice)) == 1 and len(notices(bob)) == 2  # Bob has not acknowledged it


@pytest.fixture()
def kr_official(game_data: GameData, replays_dir: Path) -> tuple[ReplaySummary, bytes]:
    data = (replays_dir / OFFICIAL_KR).read_bytes()
    summary = ReplayParser(race_alias_table(game_data), max_bytes=5 * 1024 * 1024).parse(data)
    assert isinstance(summary, ReplaySummary)
    return summary, data


def two_player(summary: ReplaySummary, started: Any, alice: str, bob: str) -> ReplaySummary:
    return summary.model_copy(
        update={
            "players": (
                make_player("Alice", "bw_zerg", "BW Zerg", alice, 1),
                make_player("Bob", "sc2_terran", "SC2 Terran", bob, 2),
            ),
            "started_at": started,
            "lobby": LobbyOptions(
                privacy="Normal", speed="Faster", duration="Infinite", locked_alliances=True
            ),
        }
    )


@pytest.fixture()
async def strict_app(settings: Settings, game_data: GameData, clock: ManualClock) -> AsyncIterator[App]:
    built = await build_app(
        settings.model_copy(update={"result_needs_replay": True}), game_data, clock=clock, start_pool=False
    )
    try:
        yield built
    finally:
        await built.close()


async def test_strict_mode_refuses_a_report_before_the_replay_is_verified(
    strict_app: App, clock: ManualClock, kr_official: tuple[ReplaySummary, bytes]
) -> None:
    app = strict_app
    front = ladder_discord(app)
    async with running_harness(front.bot) as h:
        t = table(h, app, clock, front)
        alice, bob = await t.player("Alice"), await t.player("Bob")
        match_id = await t.match_on(alice, bob, "Khione SEL")
        await t.confirm_both(match_id, alice, bob)
        refused = await report(h, alice, match_id, "win")
        assert (
            refused.ephemeral
            and "Reporting opens once your replay of this game is verified" in refused.content
        )
        clock.advance(20 * 60)
        summary, data = kr_official
        # A verified replay that records no winner (it ended early): the reports still decide.
        undecided = two_player(summary, clock.now() - timedelta(minutes=18), "undecided", "undecided")
        app.ladder.replays.pool = SummaryPool(undecided)  # type: ignore[assignment]
        await h.dm_attachment(alice, OFFICIAL_KR, data)
        await t.drain()
        details = next(
            m for m in reversed(h.dms_to(alice)) if m.embeds and "Replay of" in m.embeds[0]["title"]
        )
        assert details.embeds[0]["title"] == f"Replay of match #{match_id} · verified"
        clock.advance(10)
        reported = await h.click(f"match:{match_id}:reportyes:{alice.id}:win", user=alice)
        assert "You reported **I won**" in reported.content
        assert not any("without your replay" in m.content for m in h.dms_to(alice))


async def test_each_players_replay_is_kept_and_a_verified_one_alone_completes_the_match(
    app: App, clock: ManualClock, kr_official: tuple[ReplaySummary, bytes]
) -> None:
    front = ladder_discord(app)
    async with running_harness(front.bot) as h:
        t = table(h, app, clock, front)
        alice, bob = await t.player("Alice"), await t.player("Bob")
        match_id = await t.match_on(alice, bob, "Khione SEL")
        await t.confirm_both(match_id, alice, bob)
        clock.advance(20 * 60)
        summary, data = kr_official
        # Bob's own file first, with no winner recorded: verified, it settles nothing on its own.
        bob_file = data + b"\0bob's client"
        bob_summary = two_player(summary, clock.now() - timedelta(minutes=18), "undecided", "undecided")
        pool = SummaryPool(
            bob_summary.model_copy(update={"content_hash": hashlib.sha256(bob_file).hexdigest()})
        )
        app.ladder.replays.pool = pool  # type: ignore[assignment]
        await h.dm_attachment(bob, "bob.SC2Replay", bob_file)
        await t.drain()
        assert app.ladder.ctx.state.match(match_id).status == "in_progress"  # type: ignore[union-attr]
        # Alice's replay names the winner: with no report against it, it alone completes the match.
        pool.summary = two_player(summary, clock.now() - timedelta(minutes=18), "win", "loss")
        await h.dm_attachment(alice, OFFICIAL_KR, data)
        await t.drain()
        replays = app.ladder.views.match_replays(match_id)
        assert [(r.uploaded_by, r.verdict["ok"]) for r in replays] == [(alice.id, True), (bob.id, True)]
        match = app.ladder.ctx.state.match(match_id)
        assert match is not None and match.status == "completed" and match.end_reason == "replay"
        result = next(m for m in reversed(h.dms_to(bob)) if m.embeds and "won" in m.embeds[0]["title"])
        assert "Alice won" in result.embeds[0]["title"]
        replay_lines = fields_of(match_message(t, alice, match_id).data)["Replays"].splitlines()
        assert replay_lines[0] == "Alice: ✅ verified — Alice won"
        assert (
            replay_lines[1] == "Bob: ✅ verified — the replay records no winner; the players' reports decide"
        )
        details = next(
            m for m in reversed(h.dms_to(alice)) if m.embeds and "Replay of" in m.embeds[0]["title"]
        )
        body = details.embeds[0]["description"]
        assert (
            "Alice (BW Zerg) vs Bob (SC2 Terran)" in body
            and "Winner: Alice" in body
            and "Map: Khione SEL" in body
        )
        assert details.embeds[0]["footer"]["text"] == "This replay settles the result for both players."
