"""Failing closed on real faults: a disk that fills up, EIO on sync, a sync stalled for 2 s, text no
database can store. Each: every acknowledged change survives exactly once, nothing refused is saved,
refused players are told "nothing changed", and writes resume by themselves."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from evoladder.config import Settings, load_settings
from evoladder.gamedata import GameData
from evoladder.rules.errors import ValidationFailed
from evoladder.store.facade import NOT_SAVED, NotSaved, Store
from evoladder.store.state import LadderState
from evoladder_dev.fault_drill import storm, verify
from tests.store.faults import FaultyDisk, SmallDisk


def _settings(data_dir: Path) -> Settings:
    return load_settings(data_dir=data_dir, _env_file=None, ship_retry_max_s=0.2)


async def test_a_disk_filling_up_during_a_completion_storm(
    small_disk: SmallDisk, game_data: GameData
) -> None:
    settings = _settings(small_disk.path / "data")
    store = await Store.open(settings, LadderState(settings, game_data))
    seen_unready: list[str | None] = []

    async def fill() -> None:
        await asyncio.to_thread(small_disk.fill)

    async def free() -> None:
        for _ in range(200):  # the storm notices within a commit or two
            health = store.health()
            if not health.accepting_writes:
                seen_unready.append(health.not_saving)
                break
            await asyncio.sleep(0.01)
        small_disk.free()

    try:
        result = await storm(
            store, game_data, players=8, before_s=1.0, fault=fill, fault_s=1.0, clear=free, after_s=1.0
        )
    finally:
        await store.close()
    assert result.acknowledged and result.refused and result.refusals_seen
    assert result.messages == {NOT_SAVED}
    assert seen_unready and "full" in (seen_unready[0] or "")
    assert result.recovered_after_s is not None and store.recoveries == 1
    assert await verify(settings, game_data, result) == []


async def test_eio_on_sync_fails_closed_then_recovers(faulty_disk: FaultyDisk, game_data: GameData) -> None:
    settings = _settings(faulty_disk.path / "data")
    store = await Store.open(settings, LadderState(settings, game_data))

    async def eio() -> None:
        faulty_disk.set(match="journal", fsync_errno="EIO")

    async def clear() -> None:
        faulty_disk.set()

    try:
        result = await storm(
            store, game_data, players=6, before_s=1.0, fault=eio, fault_s=1.0, clear=clear, after_s=1.0
        )
        assert store.recoveries == 1
    finally:
        await store.close()
    assert result.acknowledged and result.refused and result.messages == {NOT_SAVED}
    assert await verify(settings, game_data, result) == []


async def test_a_sync_stalled_for_two_seconds_delays_but_refuses_nothing(
    faulty_disk: FaultyDisk, game_data: GameData
) -> None:
    settings = _settings(faulty_disk.path / "data")
    store = await Store.open(settings, LadderState(settings, game_data))

    async def stall() -> None:
        faulty_disk.set(match="journal", fsync_delay_s=2.0)

    async def clear() -> None:
        faulty_disk.set()

    try:
        result = await storm(
            store, game_data, players=6, before_s=0.5, fault=stall, fault_s=2.5, clear=clear, after_s=0.5
        )
    finally:
        await store.close()
    assert result.refused == [] and result.slowest_ack_s >= 2.0
    assert await verify(settings, game_data, result) == []


async def test_a_failed_click_repeated_is_not_answered_as_done(
    small_disk: SmallDisk, game_data: GameData
) -> None:
    """Defect 1: after a failed journal write, a retry of the same click was answered as done."""
    settings = _settings(small_disk.path / "data")
    store = await Store.open(settings, LadderState(settings, game_data))
    state = store.state
    try:
        now = state.t.players and None  # noqa: F841 - nothing registered yet
        from datetime import UTC, datetime

        at = datetime(2026, 3, 1, tzinfo=UTC)
        await store.execute(state.touch_player, 1, "one", now=at)
        small_disk.fill()
        with pytest.raises(NotSaved) as refused:
            await store.execute(state.accept_terms, 1, now=at, idempotency_key="click-1")
        assert str(refused.value) == NOT_SAVED
        with pytest.raises(NotSaved):  # the same click again: still nothing saved, not "done"
            await store.execute(state.accept_terms, 1, now=at, idempotency_key="click-1")
        assert not store.health().accepting_writes
        small_disk.free()
        for _ in range(200):
            if store.health().accepting_writes:
                break
            await asyncio.sleep(0.02)
        assert state.remembered("click-1") is None  # memory was rebuilt without the failed change
        assert state.player(1).terms_accepted_at is None  # type: ignore[union-attr]
        await store.execute(state.accept_terms, 1, now=at, idempotency_key="click-1")
    finally:
        await store.close()
    reopened = await Store.open(settings, LadderState(settings, game_data))
    try:
        assert reopened.state.remembered("click-1") is not None
    finally:
        await reopened.close()


async def test_text_no_database_can_store_is_refused_before_anything_changes(
    tmp_path: Path, game_data: GameData
) -> None:
    settings = _settings(tmp_path / "data")
    store = await Store.open(settings, LadderState(settings, game_data))
    try:
        from datetime import UTC, datetime

        at = datetime(2026, 3, 1, tzinfo=UTC)
        for bad in ("nul\x00name", "half\ud800"):
            with pytest.raises(ValidationFailed, match="can't be saved"):
                await store.execute(store.state.touch_player, 5, bad, now=at)
        assert store.state.player(5) is None and store.health().accepting_writes
    finally:
        await store.close()
