"""Drills that prove the durability promises: kill -9 during a storm of match completions, and a
PostgreSQL outage under load. ``evoladder-dev drill`` runs the long versions; the test suite short ones.

The crash drill runs a child process (``python -m evoladder_dev.drill child ...``) that plays
match completions through ``Store.execute`` and prints ``ACK <key> <match_id>`` (flushed) for each
one acknowledged. The parent kills it with SIGKILL at random moments, restarts it, and at the end
checks that every acknowledged completion is present exactly once and that the database, a fresh
reload and the MMR history all agree.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import IO

from evoladder.config import Settings, load_settings
from evoladder.gamedata import GameData, load_game_data
from evoladder.store.check import CheckReport, check_store
from evoladder.store.facade import Store
from evoladder.store.state import LadderState
from evoladder_dev.throwaway_pg import ThrowawayCluster

DONE_SUFFIX = ":done"  # the idempotency key of the report that completes a match ends with this
AGREEING_REPORT = {"win": "loss", "loss": "win", "draw": "draw"}  # B's report that agrees with A's


# --- the workload: real transitions, as the bot would run them --------------------------------
def player_name_for(uid: int) -> str:
    letters = []
    n = uid
    while True:
        n, r = divmod(n, 26)
        letters.append(chr(ord("a") + r))
        if n == 0:
            break
    return ("Pl" + "".join(reversed(letters)))[:12]


@dataclass
class Workload:
    """Registers players and plays complete matches (queue → match → confirm → report) on a store."""

    store: Store
    game_data: GameData
    clock: datetime = field(default_factory=lambda: datetime(2026, 3, 1, tzinfo=UTC))

    def now(self) -> datetime:
        # A logical clock: transitions take `now` and never read the wall clock.
        self.clock += timedelta(milliseconds=1)
        return self.clock

    async def register(self, uid: int) -> None:
        state = self.store.state
        if (p := state.player(uid)) is not None and p.setup_completed_at is not None:
            return
        gd = self.game_data
        name = player_name_for(uid)
        await self.store.execute(self.store.state.touch_player, uid, f"user{uid}", now=self.now())
        await self.store.execute(self.store.state.accept_terms, uid, now=self.now())
        await self.store.execute(
            self.store.state.setup,
            uid,
            player_name=name,
            battletag=f"{name}#{1000 + uid % 9000}",
            alt_names=[],
            country=sorted(gd.countries)[uid % len(gd.countries)],
            region=list(gd.regions)[uid % len(gd.regions)],
            now=self.now(),
        )

    async def settle_leftovers(self, uid: int) -> None:
        """After a crash a player may be queued or mid-match: finish that so they can play again."""
        state = self.store.state
        if state.queue_entry(uid) is not None:
            await self.store.execute(self.store.state.leave_queue, uid, now=self.now())
        match = state.open_match(uid)
        if match is None:
            return
        key = f"leftover-{match.match_id}"
        for player, confirmed in ((match.player_a, match.confirm_a_at), (match.player_b, match.confirm_b_at)):
            if confirmed is None:
                await self.store.execute(
                    self.store.state.confirm_match, match.match_id, player, now=self.now()
                )
        if match.report_a is None:
            await self.store.execute(
                self.store.state.report_result, match.match_id, match.player_a, "win", now=self.now()
            )
        if match.report_b is None:
            await self.store.execute(
                self.store.state.report_result,
                match.match_id,
                match.player_b,
                AGREEING_REPORT[match.report_a or "win"],
                now=self.now(),
                idempotency_key=key + DONE_SUFFIX,
            )

    async def complete_match(self, a: int, b: int, key: str, rng: random.Random) -> tuple[int, float]:
        """Play one match to completion; return its id and the seconds the completing report took."""
        gd = self.game_data
        race_a = rng.choice(gd.races_of("bw"))
        race_b = rng.choice(gd.races_of("sc2"))
        ex, st = self.store.execute, self.store.state
        await ex(st.join_queue, a, [race_a], [], now=self.now(), idempotency_key=f"{key}:qa")
        await ex(st.join_queue, b, [race_b], [], now=self.now(), idempotency_key=f"{key}:qb")
        created = await ex(
            st.create_match,
            a,
            race_a,
            b,
            race_b,
            map_name=gd.map_names[rng.randrange(len(gd.map_names))],
            server=next(iter(gd.servers)),
            now=self.now(),
            idempotency_key=f"{key}:m",
        )
        match_id = created.match_id
        await ex(st.confirm_match, match_id, a, now=self.now(), idempotency_key=f"{key}:ca")
        await ex(st.confirm_match, match_id, b, now=self.now(), idempotency_key=f"{key}:cb")
        report_a = rng.choice(["win", "loss", "draw"])
        report_b = AGREEING_REPORT[report_a]
        await ex(st.report_result, match_id, a, report_a, now=self.now(), idempotency_key=f"{key}:ra")
        started = time.perf_counter()
        await ex(st.report_result, match_id, b, report_b, now=self.now(), idempotency_key=key + DONE_SUFFIX)
        return match_id, time.perf_counter() - started


# --- the child process ------------------------------------------------------------------------
async def _child(settings: Settings, run_id: int, workers: int, seed: int) -> None:
    game_data = load_game_data(settings.game_data_file, settings.season)
    store = await Store.open(settings, LadderState(settings, game_data))
    work = Workload(store, game_data)
    # Every run continues the logical clock after the latest match already stored.
    latest = max((m["created_at"] for m in store.state.export("matches")), default=None)
    if latest is not None:
        work.clock = latest + timedelta(seconds=1)
    uids = list(range(1, 2 * workers + 1))
    for uid in uids:
        await work.register(uid)
        await work.settle_leftovers(uid)
    print("READY", flush=True)

    async def worker(index: int) -> None:
        rng = random.Random(seed * 1000 + index)
        a, b = uids[2 * index], uids[2 * index + 1]
        n = 0
        while True:
            key = f"r{run_id}-w{index}-n{n}"
            match_id, _ = await work.complete_match(a, b, key, rng)
            print(f"ACK {key}{DONE_SUFFIX} {match_id}", flush=True)
            n += 1

    await asyncio.gather(*(worker(i) for i in range(workers)))


# --- the parent: kill, restart, verify --------------------------------------------------------
@dataclass
class CrashDrillResult:
    kills: int
    acknowledged: int
    completed_in_store: int
    missing: list[str]
    mismatched: list[str]
    duplicates: int
    check: CheckReport

    @property
    def ok(self) -> bool:
        return not self.missing and not self.mismatched and not self.duplicates and self.check.ok

    def summary(self) -> str:
        return (
            f"crash drill: {self.kills} kills, {self.acknowledged} completions acknowledged, "
            f"{self.completed_in_store} completed matches stored, {len(self.missing)} acknowledged but missing, "
            f"{len(self.mismatched)} mismatched, {self.duplicates} duplicated; check: "
            f"{'ok' if self.check.ok else 'FAILED'}"
        )


def _settings_args(settings: Settings) -> list[str]:
    return ["--data-dir", str(settings.data_dir), "--database-url", settings.effective_database_url]


def _collect(stream: IO[str], into: list[str]) -> None:
    into.extend(stream)


def run_crash_drill(
    settings: Settings,
    *,
    kills: int,
    workers: int = 4,
    min_run_s: float = 0.3,
    max_run_s: float = 1.5,
    seed: int = 1,
    progress: bool = False,
) -> CrashDrillResult:
    """Start, kill -9 and restart the child ``kills`` times, then verify everything acknowledged."""
    rng = random.Random(seed)
    acked: dict[str, int] = {}
    for run_id in range(kills):
        command = [sys.executable, "-m", "evoladder_dev.drill", "child", *_settings_args(settings)]
        command += ["--run-id", str(run_id), "--workers", str(workers), "--seed", str(seed + run_id)]
        child = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
        assert child.stdout is not None
        lines: list[str] = []
        reader = threading.Thread(target=_collect, args=(child.stdout, lines), daemon=True)
        reader.start()
        # Kill only once it serves (otherwise only startup would be tested), at a random moment.
        deadline = time.monotonic() + 120
        while "READY\n" not in lines and child.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)
        if child.poll() is not None:
            raise RuntimeError(f"drill child exited with {child.returncode} before serving (run {run_id})")
        time.sleep(rng.uniform(min_run_s, max_run_s))
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        reader.join()
        for line in lines:
            if line.startswith("ACK ") and line.endswith("\n"):
                _, key, match_id = line.split()
                acked[key] = int(match_id)
        if progress:
            print(f"  kill {run_id + 1}/{kills}: {len(acked)} acknowledged so far", flush=True)
    return asyncio.run(verify_crash_drill(settings, acked, kills))


async def verify_crash_drill(settings: Settings, acked: dict[str, int], kills: int) -> CrashDrillResult:
    game_data = load_game_data(settings.game_data_file, settings.season)
    store = await Store.open(settings, LadderState(settings, game_data))
    try:
        state = store.state
        missing, mismatched = [], []
        for key, match_id in acked.items():
            if state.remembered(key) is None:
                missing.append(key)
                continue
            match = state.match(match_id)
            if match is None or match.status != "completed":
                mismatched.append(f"{key}: match {match_id} is {match.status if match else 'absent'}")
        done_keys = {
            r["key"]
            for r in state.export("idempotency_keys")
            if r["key"].endswith(DONE_SUFFIX) and r["outcome"].get("status") == "completed"
        }
        completed = [m for m in state.export("matches") if m["status"] == "completed"]
        # Exactly once: one completed match per completing report remembered, no more, no less.
        duplicates = abs(len(completed) - len(done_keys))
        if not await store.wait_shipped(60):
            raise RuntimeError("the shipper did not catch up within 60 s after the drill")
        report = await asyncio.to_thread(check_store, store)
    finally:
        await store.close()
    return CrashDrillResult(kills, len(acked), len(completed), missing, mismatched, duplicates, report)


# --- the PostgreSQL outage -------------------------------------------------------------------
@dataclass
class OutageDrillResult:
    outage_s: float
    completions: int
    completions_during_outage: int
    slowest_completion_during_outage_ms: float
    max_backlog_entries: int
    max_backlog_age_s: float
    saw_database_unreachable: bool
    drain_s: float
    drained: bool
    check: CheckReport

    @property
    def ok(self) -> bool:
        return self.completions_during_outage > 0 and self.drained and self.check.ok

    def summary(self) -> str:
        return (
            f"outage drill: PostgreSQL down {self.outage_s:.1f} s; {self.completions} completions, "
            f"{self.completions_during_outage} during the outage (slowest {self.slowest_completion_during_outage_ms:.1f} ms); "
            f"backlog peaked at {self.max_backlog_entries} entries / {self.max_backlog_age_s:.1f} s old; "
            f"drained {self.drain_s:.1f} s after the restart: {self.drained}; check: "
            f"{'ok' if self.check.ok else 'FAILED'}"
        )


async def run_outage_drill(
    settings: Settings,
    cluster: ThrowawayCluster,
    *,
    outage_s: float,
    workers: int = 8,
    before_s: float = 1.0,
    after_s: float = 1.0,
    drain_timeout_s: float = 120.0,
) -> OutageDrillResult:
    """Play completions on ``settings`` (whose database is ``cluster``), stopping the cluster midway."""
    game_data = load_game_data(settings.game_data_file, settings.season)
    store = await Store.open(settings, LadderState(settings, game_data))
    work = Workload(store, game_data)
    uids = list(range(1, 2 * workers + 1))
    for uid in uids:
        await work.register(uid)
    phase = "before"
    completions = during = 0
    slowest = 0.0
    running = True

    async def worker(index: int) -> None:
        nonlocal completions, during, slowest
        rng = random.Random(index)
        n = 0
        while running:
            started = time.perf_counter()
            await work.complete_match(uids[2 * index], uids[2 * index + 1], f"outage-w{index}-n{n}", rng)
            completions += 1
            if phase == "down":
                during += 1
                slowest = max(slowest, time.perf_counter() - started)
            n += 1
            await asyncio.sleep(0)  # let the loop breathe between one worker's completions

    max_backlog, max_age, unreachable = 0, 0.0, False

    async def watch() -> None:
        nonlocal max_backlog, max_age, unreachable
        while running:
            h = store.health()
            max_backlog = max(max_backlog, h.backlog_entries)
            max_age = max(max_age, h.oldest_unshipped_age_s)
            unreachable = unreachable or not h.database_reachable
            await asyncio.sleep(0.05)

    tasks = [asyncio.create_task(worker(i)) for i in range(workers)]
    watcher = asyncio.create_task(watch())
    try:
        await asyncio.sleep(before_s)
        await asyncio.to_thread(cluster.stop)
        phase = "down"
        await asyncio.sleep(outage_s)
        await asyncio.to_thread(cluster.start)
        phase = "after"
        restarted = time.perf_counter()
        await asyncio.sleep(after_s)
    finally:
        running = False
        await asyncio.gather(*tasks, watcher)
    drained = await store.wait_shipped(drain_timeout_s)
    drain_s = time.perf_counter() - restarted
    report = await asyncio.to_thread(check_store, store)
    await store.close()
    return OutageDrillResult(
        outage_s,
        completions,
        during,
        slowest * 1000,
        max_backlog,
        max_age,
        unreachable,
        drain_s,
        drained,
        report,
    )


# --- command line (the child entry point; `evoladder-dev drill` wraps the parent) ------------------
def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evoladder_dev.drill")
    sub = parser.add_subparsers(dest="mode", required=True)
    child = sub.add_parser("child", help="play match completions until killed")
    child.add_argument("--data-dir", type=Path, required=True)
    child.add_argument("--database-url", required=True)
    child.add_argument("--run-id", type=int, required=True)
    child.add_argument("--workers", type=int, default=4)
    child.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    settings = load_settings(data_dir=args.data_dir, database_url=args.database_url, _env_file=None)
    asyncio.run(_child(settings, args.run_id, args.workers, args.seed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
