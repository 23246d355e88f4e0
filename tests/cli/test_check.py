"""``evoladder migrate`` and ``evoladder check`` as an operator runs them, on a real SQLite file."""

from __future__ import annotations

import asyncio
import random
import sqlite3
from pathlib import Path

import pytest

from evoladder.cli import main
from evoladder.config import Settings, load_settings
from evoladder.gamedata import GameData
from evoladder.store.check import check_store
from evoladder.store.facade import Store
from evoladder.store.state import LadderState
from evoladder_dev.drill import Workload


@pytest.fixture()
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)  # no stray .env
    monkeypatch.setenv("EVOLADDER_DATA_DIR", str(tmp_path / "data"))
    return tmp_path / "data"


def test_migrate_then_migrate_again(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["migrate"]) == 0
    assert "applied 0001_initial; schema version 1" in capsys.readouterr().out
    assert main(["migrate"]) == 0
    assert "already at schema version 1" in capsys.readouterr().out


def test_check_passes_on_a_played_ladder_and_names_a_tampered_row(
    data_dir: Path, game_data: GameData, capsys: pytest.CaptureFixture[str]
) -> None:
    async def play() -> None:
        settings = load_settings(data_dir=data_dir, _env_file=None)
        store = await Store.open(settings, LadderState(settings, game_data))
        work = Workload(store, game_data)
        for uid in (1, 2):
            await work.register(uid)
        for n in range(3):
            await work.complete_match(1, 2, f"game{n}", random.Random(n))
        await store.close()

    asyncio.run(play())
    assert main(["check"]) == 0
    assert "check: OK" in capsys.readouterr().out

    # Someone edits the database behind the ladder's back: check must say where.
    with sqlite3.connect(data_dir / "evoladder.sqlite3") as conn:
        conn.execute("UPDATE mmrs SET mmr = mmr + 7 WHERE discord_uid = 1")
    assert main(["check"]) == 1
    out = capsys.readouterr().out
    assert "mmrs" in out and "history gives" in out


async def test_check_names_rows_where_memory_and_database_differ(
    settings: Settings, game_data: GameData
) -> None:
    store = await Store.open(settings, LadderState(settings, game_data))
    try:
        work = Workload(store, game_data)
        await work.register(5)
        assert await store.wait_shipped(30)
        assert check_store(store).ok
        with sqlite3.connect(settings.data_dir / "evoladder.sqlite3") as conn:
            conn.execute("UPDATE players SET discord_name = 'renamed' WHERE discord_uid = 5")
            conn.execute("DELETE FROM idempotency_keys")
        report = check_store(store)
        assert not report.ok
        assert any("players (5,)" in p and "discord_name" in p for p in report.problems), report.problems
    finally:
        await store.close()


def test_check_runs_the_integrity_checks_and_names_a_damaged_journal_entry(
    data_dir: Path, game_data: GameData, capsys: pytest.CaptureFixture[str]
) -> None:
    from evoladder.store.journal import FILE_NAME

    async def play_without_shipping() -> None:
        settings = load_settings(data_dir=data_dir, _env_file=None)
        store = await Store.open(settings, LadderState(settings, game_data))
        store.shipper.stop(0)  # keep entries in the journal
        work = Workload(store, game_data)
        for uid in (1, 2):
            await work.register(uid)
        await store.close()

    asyncio.run(play_without_shipping())
    path = data_dir / "journal" / FILE_NAME
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE entries SET crc = crc + 1 WHERE seq = 3")
    with pytest.raises(SystemExit):
        main(["check"])
    err = capsys.readouterr().err
    assert "entry 3 does not match its checksum" in err and str(path) in err
