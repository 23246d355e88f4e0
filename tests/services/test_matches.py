"""The ladder's use-cases end to end on a real store (SQLite file + journal), a moved clock and
recorded notifications."""

from __future__ import annotations

import pytest

from evoladder.bootstrap import App
from evoladder.rules.errors import DomainError, IllegalTransition
from evoladder.rules.events import (
    ConfirmReminder,
    MatchCompleted,
    MatchConflict,
    MatchEnded,
    MatchFound,
    MatchStarted,
    OpponentConfirmed,
    OpponentReported,
    ReportReminder,
)
from evoladder.services.clock import ManualClock, next_wave_at
from evoladder.services.events import RecordingNotifier
from tests.ladder_helpers import BW, SC2, AppFactory, matched, register


async def test_two_players_queue_match_confirm_report(
    app: App, clock: ManualClock, notifier: RecordingNotifier
) -> None:
    match_id = await matched(app, clock)
    state = app.store.state
    match = state.match(match_id)
    assert match is not None and {match.player_a, match.player_b} == {BW, SC2}
    assert match.map != "Khione SEL" and match.server == "KOR"
    assert state.queue_entry(BW) is None and state.queue_entry(SC2) is None
    found = notifier.of_type(MatchFound)
    assert found and set(found[0].players) == {BW, SC2}

    assert await app.ladder.matches.confirm(match_id, BW) == "found"
    assert notifier.of_type(OpponentConfirmed)[0].player == SC2
    assert await app.ladder.matches.confirm(match_id, SC2) == "in_progress"
    assert notifier.of_type(MatchStarted)

    assert await app.ladder.matches.report(match_id, BW, "win") == "in_progress"
    assert notifier.of_type(OpponentReported)[0].player == SC2
    assert await app.ladder.matches.report(match_id, SC2, "loss") == "completed"
    assert notifier.of_type(MatchCompleted)
    assert state.mmr_value(BW, "bw_terran") == 1520 and state.mmr_value(SC2, "sc2_zerg") == 1480

    profile = app.ladder.players.profile(BW)
    assert profile is not None and profile.player_name == "Flash"
    page = state.leaderboard_page(clock.now())
    assert [r.discord_uid for r in page.rows[:2]] == [BW, SC2]
    # Preferences are remembered as the next queue's defaults.
    assert app.ladder.queue.defaults(BW).races == ("bw_terran",)
    assert app.ladder.queue.defaults(BW).vetoes == ("Khione SEL",)


async def test_confirm_reminder_then_timeout(
    app: App, clock: ManualClock, notifier: RecordingNotifier
) -> None:
    match_id = await matched(app, clock)
    await app.ladder.matches.confirm(match_id, BW)
    clock.advance(21)
    await app.ladder.matches.fire_due()
    reminders = notifier.of_type(ConfirmReminder)
    assert [r.player for r in reminders] == [SC2]
    clock.advance(40)
    await app.ladder.matches.fire_due()
    ended = notifier.of_type(MatchEnded)
    assert ended and ended[0].reason == "confirm_timeout" and ended[0].blame == (SC2,)
    # Failing to confirm costs no abort; both may queue again.
    assert app.store.state.aborts_left(SC2, clock.now()) == 3
    await app.ladder.queue.join(BW, ["bw_terran"], [])


async def test_abort_costs_one_and_refuses_when_none_left(app: App, clock: ManualClock) -> None:
    for n in range(3):
        match_id = await matched(app, clock) if n == 0 else await rematch(app, clock)
        left = await app.ladder.matches.abort(match_id, BW)
        assert left == 2 - n
    match_id = await rematch(app, clock)
    with pytest.raises(DomainError, match="no aborts left"):
        await app.ladder.matches.abort(match_id, BW)
    match = app.store.state.match(match_id)
    assert match is not None and match.status == "found"


async def rematch(app: App, clock: ManualClock) -> int:
    clock.advance(45)
    await app.ladder.queue.join(BW, ["bw_terran"], [])
    await app.ladder.queue.join(SC2, ["sc2_zerg"], [])
    report = await app.ladder.waves.run_wave(next_wave_at(clock.now(), 45))
    return report.match_ids[0]


async def test_report_deadline_a_lone_report_goes_to_the_admins(
    app: App, clock: ManualClock, notifier: RecordingNotifier
) -> None:
    match_id = await matched(app, clock)
    await app.ladder.matches.confirm(match_id, BW)
    await app.ladder.matches.confirm(match_id, SC2)
    await app.ladder.matches.report(match_id, SC2, "win")
    clock.advance(3 * 3600 - 1800 + 1)
    await app.ladder.matches.fire_due()
    assert [r.players for r in notifier.of_type(ReportReminder)] == [(BW,)]
    clock.advance(1800)
    await app.ladder.matches.fire_due()
    match = app.store.state.match(match_id)
    assert match is not None and match.status == "conflict" and match.result is None
    assert app.store.state.mmr_value(SC2, "sc2_zerg") == 1500  # one player's word moves no MMR
    [dispute] = notifier.of_type(MatchConflict)
    assert (
        dispute.evidence["end_reason"] == "lone_report_at_deadline" and dispute.evidence["report_b"] == "win"
    )


async def test_restart_keeps_open_match_and_its_timers(
    make_app: AppFactory, clock: ManualClock, notifier: RecordingNotifier
) -> None:
    first = await make_app()
    match_id = await matched(first, clock)
    await first.ladder.matches.confirm(match_id, BW)
    await first.close()

    second = await make_app()
    second.ladder.start()
    try:
        assert second.store.state.open_match(BW) is not None
        assert any(t.match_id == match_id for t in second.ladder.matches.pending_timers)
        # The old confirmation survived; the opponent's confirm still works after the restart.
        assert await second.ladder.matches.confirm(match_id, SC2) == "in_progress"
    finally:
        await second.ladder.stop()


async def test_repeated_delivery_has_one_effect(app: App, clock: ManualClock) -> None:
    await register(app, BW, "Flash")
    await app.ladder.queue.join(BW, ["bw_terran"], [], key="interaction-1")
    await app.ladder.queue.join(BW, ["bw_terran"], [], key="interaction-1")
    with pytest.raises(IllegalTransition, match="already in the queue"):
        await app.ladder.queue.join(BW, ["bw_terran"], [], key="interaction-2")


async def test_repeated_deliveries_notify_once(
    app: App, clock: ManualClock, notifier: RecordingNotifier
) -> None:
    match_id = await matched(app, clock)
    for _ in range(2):
        await app.ladder.matches.confirm(match_id, BW, key="click-confirm-bw")
    assert len(notifier.of_type(OpponentConfirmed)) == 1
    await app.ladder.matches.confirm(match_id, SC2, key="click-confirm-sc2")
    for _ in range(2):
        await app.ladder.matches.report(match_id, BW, "win", key="click-report-bw")
    assert len(notifier.of_type(OpponentReported)) == 1
