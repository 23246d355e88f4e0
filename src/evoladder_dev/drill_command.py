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
import subprocess
import tempfile
import time
from pathlib import Path

from evoladder.cli.check import run_check
from evoladder.cli.common import settings_and_game_data
from evoladder.store.facade import Store
from evoladder.store.state import LadderState
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
    p.add_argument("--full-disk", type=float, default=30.0, help="seconds the disk stays full (0: skip)")
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
        if args.full_disk > 0:
            ok &= run_full_disk_drill(root / "full-disk", args.full_disk, args.workers)
        print("[drill] all drills passed" if ok else "[drill] FAILED")
        return 0 if ok else 1


def run_full_disk_drill(root: Path, full_s: float, workers: int) -> bool:
    """A completion storm on a 64 MB tmpfs that fills up for ``full_s`` seconds and is freed again."""
    from evoladder_dev.fault_drill import StormResult, storm, verify

    root.mkdir(parents=True, exist_ok=True)
    mount = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=64m", "tmpfs", str(root)], capture_output=True, text=True
    )
    if mount.returncode != 0:
        print(f"[drill] full-disk drill not run (needs root to mount a tmpfs): {mount.stderr.strip()}")
        return False
    try:
        settings, game_data = settings_and_game_data(
            data_dir=root / "data", ship_retry_max_s=0.5, _env_file=None
        )

        async def drill() -> tuple[StormResult, list[str]]:
            store = await Store.open(settings, LadderState(settings, game_data))
            ballast = root / "ballast"

            async def fill() -> None:
                def go() -> None:
                    with open(ballast, "ab") as f:
                        try:
                            while True:
                                f.write(b"\0" * (1 << 16))
                                f.flush()
                        except OSError:
                            pass

                await asyncio.to_thread(go)

            async def free() -> None:
                ballast.unlink(missing_ok=True)

            try:
                result = await storm(
                    store,
                    game_data,
                    players=2 * workers,
                    before_s=5,
                    fault=fill,
                    fault_s=full_s,
                    clear=free,
                    after_s=5,
                )
            finally:
                await store.close()
            return result, await verify(settings, game_data, result)

        print(f"[drill] full disk: a 64 MB disk fills up for {full_s:.0f} s under a completion storm")
        result, problems = asyncio.run(drill())
        print(
            f"[drill] full disk: {len(result.acknowledged)} completions acknowledged, "
            f"{len(result.refused)} refused with 'nothing changed', writes resumed "
            f"{result.recovered_after_s:.2f} s after the disk was freed; "
            + ("every promise kept" if not problems else f"PROBLEMS: {problems[:5]}")
        )
        return not problems
    finally:
        subprocess.run(["umount", "-l", str(root)], check=False)
