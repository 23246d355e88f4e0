"""Shipping from a separate process: it ships, a killed child is replaced without loss, a refused
row shows on the store's health from the child, and a process that never closes its store still
exits."""

from __future__ import annotations

import asyncio
import os
import random
import signal
import subprocess
import sys
from pathlib import Path

from evoladder.config import load_settings
from evoladder.gamedata import GameData
from evoladder.store.check import check_store
from evoladder.store.facade import Store
from evoladder.store.journal import encode_entry
from evoladder.store.rows import Change
from evoladder.store.ship_process import ShipperLink
from evoladder.store.state import LadderState
from evoladder_dev.drill import Workload
from tests.store.rowfactory import make_row


async def test_a_killed_shipper_process_is_replaced_and_nothing_is_lost(
    tmp_path: Path, game_data: GameData
) -> None:
    settings = load_settings(data_dir=tmp_path / "data", _env_file=None)
    store = await Store.open(settings, LadderState(settings, game_data))
    try:
        link = store.shipper
        assert isinstance(link, ShipperLink)
        work = Workload(store, game_data)
        rng = random.Random(1)
        for uid in range(1, 5):
            await work.register(uid)
        for n in range(5):
            await work.complete_match(1, 2, f"a{n}", rng)
        os.kill(link._process.pid, signal.SIGKILL)
        for n in range(5):
            await work.complete_match(3, 4, f"b{n}", rng)
        assert await store.wait_shipped(30)
        assert link.restarts == 1 and "died" in (store.health().last_error or "")
        report = await asyncio.to_thread(check_store, store)
        assert report.ok, report.summary()
    finally:
        await store.close()


async def test_a_refused_row_stops_the_child_and_shows_on_health(
    tmp_path: Path, game_data: GameData, postgres_url: str
) -> None:
    settings = load_settings(data_dir=tmp_path / "data", database_url=postgres_url, _env_file=None)
    store = await Store.open(settings, LadderState(settings, game_data))
    try:
        poison = make_row("players", 99, random.Random(2)) | {"discord_name": "bad\x00name"}
        # Past every input check on purpose (as a bug might): the journal takes the entry as it is.
        await store.journal.append(encode_entry([Change("players", "upsert", poison)]))
        for _ in range(200):
            if store.health().shipping_stopped is not None:
                break
            await asyncio.sleep(0.05)
        stopped = store.health().shipping_stopped
        assert stopped is not None and stopped.seq == store.journal.durable_seq
        assert "NUL" in stopped.reason
        assert store.health().accepting_writes  # the ladder keeps saving to the journal
    finally:
        await store.close()


# A bug past the runtime's last ``finally``: the store opened and saved a player, then the process
# raised without closing it.
_EXITS_WITHOUT_CLOSING = """
import asyncio, sys
from pathlib import Path
from evoladder.config import load_settings
from evoladder.gamedata import load_game_data
from evoladder.store.facade import Store
from evoladder.store.state import LadderState
from evoladder_dev.drill import Workload

async def main() -> None:
    settings = load_settings(data_dir=Path(sys.argv[1]), _env_file=None)
    game_data = load_game_data()
    store = await Store.open(settings, LadderState(settings, game_data))
    await Workload(store, game_data).register(7)
    raise RuntimeError("a bug after the store opened")

if __name__ == "__main__":
    asyncio.run(main())
"""


async def test_a_process_that_never_closes_its_store_still_exits_and_loses_nothing(
    tmp_path: Path, game_data: GameData
) -> None:
    script = tmp_path / "exits_without_closing.py"
    script.write_text(_EXITS_WITHOUT_CLOSING)
    data_dir = tmp_path / "data"
    try:
        done = await asyncio.to_thread(
            subprocess.run,
            [sys.executable, str(script), str(data_dir)],
            capture_output=True,
            text=True,
            timeout=60,
        )
    except subprocess.TimeoutExpired as exc:
        raise AssertionError("the process hung at exit, waiting for its shipper process") from exc
    assert done.returncode == 1 and "a bug after the store opened" in done.stderr
    assert "exits without closing the store" in done.stderr
    settings = load_settings(data_dir=data_dir, _env_file=None)
    store = await Store.open(settings, LadderState(settings, game_data))
    try:
        assert store.state.player(7) is not None  # the journal kept what the child did not ship
        assert await store.wait_shipped(30)
    finally:
        await store.close()
