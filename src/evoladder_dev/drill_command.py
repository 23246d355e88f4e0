"""``evoladder-dev drill`` (``make drill``): the long durability drills, with their counts.

1. The crash drill: a child process plays match completions and is killed with SIGKILL at random
   moments (200 times by default); every acknowledged completion must be there exactly once.
2. The outage drill: a throwaway PostgreSQL cluster is stopped for a minute under load; writes
   must keep being acknowledged and the backlog must drain afterwards.
Then ``evoladder check`` runs on the crash drill's data.
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from pathlib import Path

from evoladder.cli.check import run_check
from evoladder.cli.common import settings_and_game_data
from evoladder_dev.drill import run_crash_drill, run_outage_drill
from evoladder_dev.throwaway_pg import ClusterUnavailable, ThrowawayCluster


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser("drill", help="kill -9 and database-outage drills (long)")
    p.add_argument("--kills", type=int, default=200, help="SIGKILLs in the crash drill")
    p.add_argument("--outage", type=float, default=60.0, help="seconds PostgreSQL stays down")
    p.add_argument("--workers", type=int, default=8, help="concurrent completion loops")
    p.add_argument("--database", help="database for the crash drill (default: a SQLite file in --dir)")
    p.add_argument("--dir", type=Path, help="keep the drills' data here (default: a temporary directory)")
    p.add_argument("--skip-outage", action="store_true", help="run only the crash drill")
    p.set_defaults(handler=handle)


def handle(args: argparse.Namespace) -> int:
    with tempfile.TemporaryDirectory(prefix="evoladder-drill-") as tmp:
        root = args.dir or Path(tmp)
        ok = True
        crash_dir = root / "crash"
        overrides: dict[str, object] = {"data_dir": crash_dir, "_env_file": None}
        if args.database:
            overrides["database_url"] = args.database
        settings, game_data = settings_and_game_data(**overrides)
        print(f"[drill] crash: {args.kills} kills, {args.workers} workers, {settings.effective_database_url}")
        started = time.perf_counter()
        crash = run_crash_drill(settings, kills=args.kills, workers=args.workers, progress=True)
        print(f"[drill] {crash.summary()} ({time.perf_counter() - started:.0f} s)")
        ok &= crash.ok
        print("[drill] evoladder check on the crash drill's data:")
        report = asyncio.run(run_check(settings, game_data, 120))
        print(report.summary())
        ok &= report.ok

        if not args.skip_outage:
            try:
                cluster = ThrowawayCluster()
            except ClusterUnavailable as exc:
                print(f"[drill] outage drill not run: {exc}")
                return 1
            with cluster:
                outage_settings, _ = settings_and_game_data(
                    data_dir=root / "outage", database_url=cluster.url, ship_retry_max_s=1.0, _env_file=None
                )
                print(
                    f"[drill] outage: PostgreSQL on port {cluster.port} down for {args.outage:.0f} s under load"
                )
                outage = asyncio.run(
                    run_outage_drill(
                        outage_settings,
                        cluster,
                        outage_s=args.outage,
                        workers=args.workers,
                        before_s=3,
                        after_s=3,
                    )
                )
                print(f"[drill] {outage.summary()}")
                ok &= outage.ok
        print("[drill] all drills passed" if ok else "[drill] FAILED")
        return 0 if ok else 1
