"""The ladder's use-cases end to end on a real store (SQLite file + journal), a moved clock and
recorded notifications."""

from __future__ import annotations

import pytest

from evoladder.bootstrap import App
from evoladder.rules.errors import DomainError, IllegalTransition
from evoladder.rules.events import (
    MatchConflict,
)
from evoladder.services.clock import ManualClock
from evoladder.services.events import RecordingNotifier
from tests.ladder_helpers import BW, SC2, matched, register


async def test_conflict_goes_to_admins_and_resolve_applies_mmr_once(
    app: App, clock: ManualClock, notifier: RecordingNotifier
) -> None:
    match_id = await matched(app, clock)
    await app.ladder.matches.confirm(match_id, BW)
    await app.ladder.matches.confirm(match_id, SC2)
    await app.ladder.matches.report(match_id, BW, "win")
    assert await app.ladder.matches.report(match_id, SC2, "win") == "conflict"
    conflict = notifier.of_type(MatchConflict)[0]
    assert conflict.evidence["report_a"] == "win" and conflict.evidence["report_b"] == "win"
    with pytest.raises(DomainError, match="Only ladder admins"):
        await app.ladder.admin.resolve(BW, match_id, "a", "I won")
    assert [m.match_id for m in app.ladder.admin.snapshot(999).disputes] == [match_id]
    await app.ladder.admin.resolve(999, match_id, "a", "replay shows Flash won", key="resolve-1")
    await app.ladder.admin.resolve(999, match_id, "a", "replay shows Flash won", key="resolve-1")
    assert app.store.state.mmr_value(BW, "bw_terran") == 1520
    assert app.ladder.admin.snapshot(999).disputes == ()
    assert b"evoladder_matches_completed_total 1.0" in app.metrics.render()  # counted once


async def test_banned_player_cannot_queue_and_only_owner_manages_admins(app: App) -> None:
    await register(app, BW, "Flash")
    await app.ladder.admin.ban(999, BW, "smurfing")
    with pytest.raises(IllegalTransition, match="banned"):
        await app.ladder.queue.join(BW, ["bw_terran"], [])
    assert app.ladder.players.status(BW).banned
    await app.ladder.admin.add_admin(999, SC2)
    with pytest.raises(DomainError, match="owner"):
        await app.ladder.admin.add_admin(SC2, 303)
    assert app.ladder.players.status(SC2).is_admin


async def test_nobody_bans_the_owner_and_only_the_owner_bans_or_unbans_an_admin(app: App) -> None:
    """Durability issue, item 5: today any admin could ban the owner or another admin."""
    owner, carol, dave = 999, 303, 404
    for uid, name in ((owner, "Boss"), (carol, "Carol"), (dave, "Dave")):
        await register(app, uid, name)
    await app.ladder.admin.add_admin(owner, carol)
    await app.ladder.admin.add_admin(owner, dave)
    with pytest.raises(DomainError, match="owner can't be banned"):
        await app.ladder.admin.ban(carol, owner, "coup")
    with pytest.raises(DomainError, match="Only the ladder's owner can ban an admin"):
        await app.ladder.admin.ban(carol, dave, "rival")
    await app.ladder.admin.ban(owner, dave, "abuse")
    with pytest.raises(DomainError, match="Only the ladder's owner can unban an admin"):
        await app.ladder.admin.ban(carol, dave, "friend", banned=False)
    assert not app.ladder.players.status(owner).banned and app.ladder.players.status(dave).banned
