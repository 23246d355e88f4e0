"""``evoladder check``: memory = database, and MMRs / W-L-D = the replay of match history.

Opens the store as the ladder would (load, replay the journal's unshipped tail), ships everything,
then compares. Run it while the ladder is stopped: two processes must not share a journal.
"""

from __future__ import annotations

import argparse
import asyncio

from evoladder.bootstrap import open_store
from evoladder.cli.common import StartError, settings_and_game_data
from evoladder.config import Settings
from evoladder.gamedata import GameData
from evoladder.store.check import CheckReport, check_store
from evoladder.store.db import DatabaseError
from evoladder.store.journal import JournalError


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser("check", help="verify memory = database and MMRs = replay of match history")
    p.add_argument("--database", help="database URL (overrides EVOLADDER_DATABASE_URL)")
    p.add_argument(
        "--ship-timeout", type=float, default=120.0, help="seconds to wait for the journal to ship"
    )
    p.set_defaults(handler=handle)


async def run_check(settings: Settings, game_data: GameData, ship_timeout_s: float) -> CheckReport:
    store = await open_store(settings, game_data)
    try:
        if not await store.wait_shipped(ship_timeout_s):
            health = store.health()
            raise StartError(
                f"evoladder check: the journal could not be shipped within {ship_timeout_s:.0f} s "
                f"({health.backlog_entries} entries left; last error: {health.last_error})"
            )
        return await asyncio.to_thread(check_store, store)
    finally:
        await store.close()


def handle(args: argparse.Namespace) -> int:
    overrides = {"database_url": args.database} if args.database else {}
    settings, game_data = settings_and_game_data(**overrides)
    try:
        report = asyncio.run(run_check(settings, game_data, args.ship_timeout))
    except (DatabaseError, JournalError) as exc:
        raise StartError(f"evoladder check: {exc}") from exc
    print(report.summary())
    return 0 if report.ok else 1
