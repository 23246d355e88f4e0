"""Each ``LadderState`` transition: its effect, its row changes, and every refusal (state untouched)."""

from __future__ import annotations

from datetime import timedelta

from evoladder.store.rows import Change
from evoladder.store.state.outcomes import (
    QueueCleared,
    QueueExpiry,
)
from tests.store.state.helpers import ADMIN, BW, SC2, fresh, refused, register
from tests.store.state.model import GAME_DATA, MAP, SETTINGS, START


def test_queue_rules() -> None:
    state = fresh()
    refused(state, "not registered", "join_queue", 1, [BW[0]], [], now=START)
    register(state, 1, "Alpha")
    refused(state, "Pick one Brood War race", "join_queue", 1, [BW[0], BW[1]], [], now=START)
    refused(state, "Unknown race", "join_queue", 1, ["elves"], [], now=START)
    refused(state, "map pool", "join_queue", 1, [BW[0]], ["Nowhere"], now=START)
    refused(state, "at most 4", "join_queue", 1, [BW[0]], list(GAME_DATA.map_names[:5]), now=START)
    _, changes = state.join_queue(1, [SC2[1], BW[1]], [MAP], now=START)
    assert {c.table for c in changes} == {"queue_entries", "preferences"}
    assert state.queue_counts().both == 1 and state.preferences(1).races == (BW[1], SC2[1])  # type: ignore[union-attr]
    refused(state, "already in the queue", "join_queue", 1, [BW[0]], [], now=START)
    state.leave_queue(1, now=START)
    refused(state, "not in the queue", "leave_queue", 1, now=START)
    state.admin_ban(1, banned=True, admin_uid=ADMIN, reason="spam", now=START)
    refused(state, "banned", "join_queue", 1, [BW[0]], [], now=START)


def test_queue_entries_expire_after_the_limit() -> None:
    state = fresh()
    register(state, 1, "Alpha")
    register(state, 2, "Bravo")
    state.join_queue(1, [BW[0]], [], now=START)
    state.join_queue(2, [SC2[0]], [], now=START + timedelta(hours=2))
    outcome, changes = state.expire_queue(now=START + timedelta(seconds=SETTINGS.queue_expiry_s))
    assert outcome == QueueExpiry(expired=(1,)) and changes == [
        Change("queue_entries", "delete", {"discord_uid": 1})
    ]
    assert state.queue_entry(1) is None and state.queue_entry(2) is not None


def test_waves_waited_and_admin_queue_actions() -> None:
    state = fresh()
    for uid, name in ((1, "Alpha"), (2, "Bravo"), (3, "Charlie")):
        register(state, uid, name)
        state.join_queue(uid, [BW[0]], [], now=START)
    state.note_wave_waited([1, 2, 2, 99], now=START)
    assert [state.queue_entry(u).waves_waited for u in (1, 2, 3)] == [1, 1, 0]  # type: ignore[union-attr]
    refused(
        state, "not in the queue", "admin_remove_from_queue", 9, admin_uid=ADMIN, reason="stuck", now=START
    )
    _, changes = state.admin_remove_from_queue(1, admin_uid=ADMIN, reason="stuck", now=START)
    assert state.queue_entry(1) is None and any(c.table == "admin_actions" for c in changes)
    outcome, _ = state.admin_clear_queue(admin_uid=ADMIN, reason="maintenance", now=START)
    assert outcome == QueueCleared(removed=(2, 3)) and state.queue_counts().total == 0
