"""The whole store on real databases: writes acknowledged, shipped, reloaded, checked."""

from __future__ import annotations

import asyncio
import random
from pathlib import Path

import pytest

from evoladder.config import Settings, load_settings
from evoladder.gamedata import GameData
from evoladder.store.check import check_store
from evoladder.store.facade import HOT_TABLES, Store, StoreClosed
from evoladder.store.state import LadderState
from evoladder_dev.drill import Workload


@pytest.fixture(params=["sqlite", "postgres"])
def store_settings(request: pytest.FixtureRequest, tmp_path: Path) -> Settings:
    url = None if request.param == "sqlite" else request.getfixturevalue("postgres_url")
    return load_settings(data_dir=tmp_path / "data", database_url=url, _env_file=None)


def _snapshot(state: LadderState) -> dict[str, list[dict[str, object]]]:
    return {t: sorted(state.export(t), key=repr) for t in HOT_TABLES}


async def test_completions_survive_close_and_reopen_and_pass_check(
    store_settings: Settings, game_data: GameData
) -> None:
    store = await Store.open(store_settings, LadderState(store_settings, game_data))
    work = Workload(store, game_data)
    rng = random.Random(5)
    for uid in range(1, 9):
        await work.register(uid)
    # Four pairs play concurrently: their transitions interleave and share journal commits.
    await asyncio.gather(
        *(work.complete_match(2 * i + 1, 2 * i + 2, f"pair{i}-{n}", rng) for i in range(4) for n in range(1))
    )
    for n in range(1, 4):
        await asyncio.gather(
            *(work.complete_match(2 * i + 1, 2 * i + 2, f"pair{i}-{n}", rng) for i in range(4))
        )
    assert await store.wait_shipped(30)
    report = check_store(store)
    assert report.ok, report.summary()
    assert report.rows_compared["matches"] == 16
    before = _snapshot(store.state)
    assert store.health().backlog_entries == 0
    assert await store.close()
    with pytest.raises(StoreClosed):
        await store.execute(store.state.touch_player, 99, "late", now=work.now())

    reopened = await Store.open(store_settings, LadderState(store_settings, game_data))
    try:
        assert reopened.open_report.journal_entries_replayed == 0
        assert _snapshot(reopened.state) == before
        # A repeated interaction gets the remembered answer and changes nothing.
        again = await reopened.execute(
            reopened.state.report_result, 1, 2, "loss", now=work.now(), idempotency_key="pair0-0:done"
        )
        assert again.status == "completed"
        assert _snapshot(reopened.state) == before
    finally:
        await reopened.close()


async def test_unshipped_journal_tail_is_replayed_on_open(settings: Settings, game_data: GameData) -> None:
    store = await Store.open(settings, LadderState(settings, game_data))
    work = Workload(store, game_data)
    for uid in (1, 2):
        await work.register(uid)
    await store.wait_shipped(30)
    # Stop shipping (as if the database went away) and keep writing: only the journal has these.
    store.shipper.stop(0)
    await work.complete_match(1, 2, "offline", random.Random(1))
    before = _snapshot(store.state)
    store.journal.close()
    store.database.close()

    reopened = await Store.open(settings, LadderState(settings, game_data))
    try:
        assert reopened.open_report.journal_entries_replayed == 7
        assert _snapshot(reopened.state) == before
        assert await reopened.wait_shipped(30)
        assert check_store(reopened).ok
    finally:
        await reopened.close()
