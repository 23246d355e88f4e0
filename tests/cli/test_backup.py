"""``evoladder backup`` while the ladder writes, a restore as the README shows it, ``evoladder check``."""

from __future__ import annotations

import asyncio
import random
import shutil
import subprocess
from pathlib import Path

import pytest

from evoladder.cli import main
from evoladder.cli.check import run_check
from evoladder.config import Settings, load_settings
from evoladder.gamedata import GameData
from evoladder.store.backup import JOURNAL_DIR, PG_DUMP, SQLITE_COPY, backup
from evoladder.store.facade import Store
from evoladder.store.journal import FILE_NAME
from evoladder.store.state import LadderState
from evoladder_dev.drill import DONE_SUFFIX, Workload


async def _backup_during_a_storm(settings: Settings, game_data: GameData, target: Path) -> list[str]:
    """Completions keep coming while the backup runs; returns the keys acknowledged before it began."""
    store = await Store.open(settings, LadderState(settings, game_data))
    work = Workload(store, game_data)
    rng = random.Random(3)
    for uid in range(1, 7):
        await work.register(uid)
    acked: list[str] = []
    for n in range(10):
        await work.complete_match(1, 2, f"before-{n}", rng)
        acked.append(f"before-{n}{DONE_SUFFIX}")
    stop = asyncio.Event()

    async def keep_writing(a: int, b: int) -> None:
        n = 0
        while not stop.is_set():
            await work.complete_match(a, b, f"during-{a}-{n}", rng)
            n += 1

    writers = [asyncio.create_task(keep_writing(3, 4)), asyncio.create_task(keep_writing(5, 6))]
    await asyncio.sleep(0.2)
    report = await asyncio.to_thread(backup, settings, target)
    stop.set()
    await asyncio.gather(*writers)
    await store.close()
    assert report.parts
    return acked


async def test_a_sqlite_backup_restores_and_passes_check(tmp_path: Path, game_data: GameData) -> None:
    settings = load_settings(data_dir=tmp_path / "live", _env_file=None)
    acked = await _backup_during_a_storm(settings, game_data, tmp_path / "backup")
    # Restore (README): a new data directory with the journal and the database copied in.
    restored = tmp_path / "restored"
    (restored / JOURNAL_DIR).mkdir(parents=True)
    shutil.copy(tmp_path / "backup" / JOURNAL_DIR / FILE_NAME, restored / JOURNAL_DIR / FILE_NAME)
    shutil.copy(tmp_path / "backup" / SQLITE_COPY, restored / SQLITE_COPY)
    restored_settings = load_settings(data_dir=restored, _env_file=None)
    report = await run_check(restored_settings, game_data, 30)
    assert report.ok, report.summary()
    store = await Store.open(restored_settings, LadderState(restored_settings, game_data))
    try:
        assert all(store.state.remembered(key) is not None for key in acked)
    finally:
        await store.close()


async def test_a_postgres_backup_restores_with_pg_restore_and_passes_check(
    tmp_path: Path, game_data: GameData, postgres_url: str, request: pytest.FixtureRequest
) -> None:
    settings = load_settings(data_dir=tmp_path / "live", database_url=postgres_url, _env_file=None)
    acked = await _backup_during_a_storm(settings, game_data, tmp_path / "backup")
    target_url = request.getfixturevalue("postgres_url_2")
    done = subprocess.run(
        ["pg_restore", "--no-owner", f"--dbname={target_url}", str(tmp_path / "backup" / PG_DUMP)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    restored = tmp_path / "restored"
    (restored / JOURNAL_DIR).mkdir(parents=True)
    shutil.copy(tmp_path / "backup" / JOURNAL_DIR / FILE_NAME, restored / JOURNAL_DIR / FILE_NAME)
    restored_settings = load_settings(data_dir=restored, database_url=target_url, _env_file=None)
    report = await run_check(restored_settings, game_data, 30)
    assert report.ok, report.summary()
    store = await Store.open(restored_settings, LadderState(restored_settings, game_data))
    try:
        assert all(store.state.remembered(key) is not None for key in acked)
    finally:
        await store.close()


def test_the_backup_command_refuses_a_used_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("EVOLADDER_DATA_DIR", str(tmp_path / "data"))
    (tmp_path / "used").mkdir()
    (tmp_path / "used" / "something").write_text("x")
    with pytest.raises(SystemExit):
        main(["backup", str(tmp_path / "used")])
    assert "is not empty" in capsys.readouterr().err
