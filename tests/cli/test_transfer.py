"""Operator tooling on real databases: export → import (SQLite → PostgreSQL), admins, seasons."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from evoladder.bootstrap import build_app
from evoladder.cli import main
from evoladder.config import load_settings
from evoladder.gamedata import GameData
from evoladder.services.clock import ManualClock, next_wave_at
from evoladder.store.facade import Store
from evoladder.store.rows import TABLES
from evoladder.store.state import LadderState
from tests.ladder_helpers import START, register


async def _played_ladder(data_dir: Path, game_data: GameData) -> None:
    settings = load_settings(data_dir=data_dir, _env_file=None)
    app = await build_app(settings, game_data, clock=ManualClock(START), start_pool=False)
    for uid, name, race in ((1, "Flash", "bw_terran"), (2, "Jaedong", "sc2_zerg")):
        await register(app, uid, name)
        await app.ladder.queue.join(uid, [race], [])
    match_id = (await app.ladder.waves.run_wave(next_wave_at(app.ladder.ctx.clock.now(), 45))).match_ids[0]
    for uid in (1, 2):
        await app.ladder.matches.confirm(match_id, uid)
    await app.ladder.matches.report(match_id, 1, "win")
    await app.ladder.matches.report(match_id, 2, "loss")
    await app.close()


async def _rows(
    settings_kwargs: dict[str, object], game_data: GameData
) -> dict[str, list[dict[str, object]]]:
    settings = load_settings(_env_file=None, **settings_kwargs)
    store = await Store.open(settings, LadderState(settings, game_data))
    try:
        out = {}
        for table, spec in TABLES.items():
            rows = list(store.database.load(table))
            out[table] = sorted(rows, key=lambda r: tuple(str(r[k]) for k in spec.key))
        return out
    finally:
        await store.close()


def test_export_then_import_into_postgresql(
    game_data: GameData, postgres_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source_dir = tmp_path / "data"
    asyncio.run(_played_ladder(source_dir, game_data))
    dump = tmp_path / "ladder.jsonl.gz"
    monkeypatch.setenv("EVOLADDER_DATA_DIR", str(source_dir))
    assert main(["export", str(dump)]) == 0
    assert main(["import", str(dump), "--database", postgres_url, "--data-dir", str(tmp_path / "pg")]) == 0
    before = asyncio.run(_rows({"data_dir": source_dir}, game_data))
    after = asyncio.run(_rows({"data_dir": tmp_path / "pg", "database_url": postgres_url}, game_data))
    assert before["matches"] and before == after
    # Importing twice is refused: the target is no longer empty.
    with pytest.raises(SystemExit):
        main(["import", str(dump), "--database", postgres_url, "--data-dir", str(tmp_path / "pg2")])
