"""Store durability: match completions through the journal, shipping to PostgreSQL, startup load.

All on the large synthetic ladder of SPEC section 7 (``ctx.scale`` × 100,000 players × 6 races,
1,000,000 matches, 1,000,000 replay summaries), in SQLite files and a PostgreSQL database created
for the run (``EVOLADDER_BENCH_PG``, default the local server) and dropped afterwards.

- ``write.match_completion``: the completing report (report → MMR → journal durable) through
  ``Store.execute`` with many completions in flight on the loaded ladder; value = p99 in ms, with
  p50 and completions/s. Baseline, same rows, same run: the seeds' approach — an ``asyncio.Queue``
  of writes drained by one consumer, each row write its own database round trip and commit —
  timed until the completion's rows are committed (i.e. durable, as ours are when acknowledged).
- ``write.match_completion_per_s``: sustained completions/s of the same run (and of the baseline).
- ``ship.postgres_rows_per_s``: rows/s the shipper applies from a journal backlog to PostgreSQL.
  Baseline: one ``INSERT ... ON CONFLICT`` round trip and commit per row.
- ``startup.load_s`` and ``memory.rss_mb``: ``Store.open`` of the large ladder from SQLite (migrate
  check, bulk load, journal recovery, indexes, leaderboard) in a fresh process, and that process's RSS.
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

from evoladder.config import Settings, load_settings
from evoladder.gamedata import GameData, load_game_data
from evoladder.store.db.base import Database
from evoladder.store.db.codec import CODECS, encode_change
from evoladder.store.db.sqlite import SqliteDatabase
from evoladder.store.facade import Store
from evoladder.store.journal import Journal, encode_entry
from evoladder.store.rows import TABLES, Change
from evoladder.store.shipper import Shipper
from evoladder.store.state import LadderState
from evoladder_dev import synthetic
from evoladder_dev.bench import BenchContext, BenchResult, percentiles_us

PG_ADMIN_URL = os.environ.get("EVOLADDER_BENCH_PG", "postgresql://postgres@127.0.0.1:5432/postgres")
CONCURRENCY = 16  # completions in flight at once for the latency/throughput figures
SATURATION_CONCURRENCY = 64  # also reported: latency when far more arrive at once


def run(ctx: BenchContext) -> list[BenchResult]:
    game_data = load_game_data()
    work = ctx.work_dir / "store_durability"
    print(f"[bench]   generating the synthetic ladder at scale {ctx.scale} ...", flush=True)
    ladder = synthetic.generate(game_data, scale=ctx.scale)
    settings = load_settings(data_dir=work / "sqlite", _env_file=None)
    started = time.perf_counter()
    rows = _populate(SqliteDatabase(work / "sqlite" / "evoladder.sqlite3"), ladder)
    print(f"[bench]   wrote {rows:,} rows to SQLite in {time.perf_counter() - started:.1f} s", flush=True)

    results = asyncio.run(_log_commit(work / "log_commit"))
    results += _startup(settings)
    completions = max(200, min(int(20_000 * ctx.scale), ladder.n_players // 2))
    results += asyncio.run(_writes(settings, game_data, ladder, completions, work))
    results += _ship_postgres(ladder, work, max(2_000, int(50_000 * ctx.scale)), settings.ship_batch_size)
    return results


# --- data -------------------------------------------------------------------------------------
def _populate(db: Database, ladder: synthetic.SyntheticLadder) -> int:
    try:
        return synthetic.populate_database(db, ladder)
    finally:
        db.close()


# --- the durable log alone --------------------------------------------------------------------
async def _log_commit(work: Path, n: int = 2000) -> list[BenchResult]:
    """One entry committed at a time (latency), and 16 in flight (group commit), on the SQLite
    journal; the baseline is the old segment journal's core step, write + fdatasync of a file."""
    from evoladder.store.journal import Journal

    work.mkdir(parents=True, exist_ok=True)
    payload = encode_entry([Change("command_calls", "upsert", {"call_id": 1, "command": "report" * 20})])
    journal = Journal(work / "journal")
    journal.recover(0)
    journal.start(asyncio.get_running_loop())
    clock = time.perf_counter
    samples = []
    for _ in range(n):
        t0 = clock()
        await journal.append(payload)
        samples.append(clock() - t0)
    t0 = clock()
    in_flight: set[asyncio.Future[None]] = set()
    for _ in range(n * 4):
        if len(in_flight) >= CONCURRENCY:
            _, in_flight = await asyncio.wait(in_flight, return_when=asyncio.FIRST_COMPLETED)  # type: ignore[assignment]
        in_flight.add(journal.append(payload))
    await asyncio.gather(*in_flight)
    grouped_per_s = n * 4 / (clock() - t0)
    journal.close()

    base = []
    fd = os.open(work / "segment.log", os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    try:
        for _ in range(n):
            t0 = clock()
            os.write(fd, payload)
            os.fdatasync(fd)
            base.append(clock() - t0)
    finally:
        os.close(fd)
    p50, p99 = percentiles_us(samples)
    b50, b99 = percentiles_us(base)
    return [
        BenchResult(
            "write.log_commit",
            "µs",
            p99,
            p50=p50,
            p99=p99,
            baseline=b99,
            ratio=b99 / p99,
            extra={
                "entries_per_s_16_in_flight": round(grouped_per_s),
                "baseline": "write + fdatasync of an append-only file (the former segment journal's step)",
                "baseline_p50_us": round(b50, 1),
            },
        )
    ]


# --- startup ----------------------------------------------------------------------------------
def _startup(settings: Settings) -> list[BenchResult]:
    """Time ``Store.open`` in a fresh process, so its RSS is the store's and nothing else's."""
    out = subprocess.run(
        [sys.executable, "-m", "evoladder_dev.bench.store_durability", "startup", str(settings.data_dir)],
        capture_output=True,
        text=True,
        check=True,
    )
    figures = json.loads(out.stdout.strip().splitlines()[-1])
    return [
        BenchResult(
            "startup.load_s",
            "s",
            figures["load_s"],
            target="≤ 8 s",
            extra={"rows_loaded": figures["rows"], "database": "sqlite"},
        ),
        BenchResult(
            "memory.rss_mb",
            "MB",
            figures["rss_mb"],
            target="≤ 1024 MB, flat over an hour's soak",
            extra={"peak_rss_mb": figures["peak_rss_mb"], "measured": "after Store.open of the large ladder"},
        ),
    ]


def _rss_mb(field_name: str) -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field_name + ":"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"{field_name} not found in /proc/self/status")


async def _open_and_report(data_dir: Path) -> dict[str, Any]:
    settings = load_settings(data_dir=data_dir, _env_file=None)
    state = LadderState(settings, load_game_data())
    started = time.perf_counter()
    store = await Store.open(settings, state, now=synthetic.DEFAULT_NOW)
    load_s = time.perf_counter() - started
    figures = {
        "load_s": load_s,
        "rows": store.open_report.rows_loaded,
        "rss_mb": _rss_mb("VmRSS"),
        "peak_rss_mb": _rss_mb("VmHWM"),
    }
    await store.close()
    return figures


# --- writes -----------------------------------------------------------------------------------
async def _writes(
    settings: Settings, game_data: GameData, ladder: synthetic.SyntheticLadder, completions: int, work: Path
) -> list[BenchResult]:
    store = await Store.open(settings, LadderState(settings, game_data), now=ladder.now)
    clock = ladder.now

    def now() -> Any:
        nonlocal clock
        clock += timedelta(microseconds=10)
        return clock

    bw, sc2 = game_data.races_of("bw"), game_data.races_of("sc2")
    uids = ladder.player_uid.tolist()
    ex, st = store.execute, store.state

    async def prepare(i: int) -> tuple[int, int, str]:
        a, b = uids[2 * i], uids[2 * i + 1]
        await ex(st.join_queue, a, [bw[i % 3]], [], now=now())
        await ex(st.join_queue, b, [sc2[i % 3]], [], now=now())
        made = await ex(
            st.create_match,
            a,
            bw[i % 3],
            b,
            sc2[i % 3],
            map_name=game_data.map_names[0],
            server="USE",
            now=now(),
        )
        match_id = made.match_id
        await ex(st.confirm_match, match_id, a, now=now())
        await ex(st.confirm_match, match_id, b, now=now())
        report = ("win", "loss", "draw")[i % 3]
        await ex(st.report_result, match_id, a, report, now=now())
        return match_id, b, {"win": "loss", "loss": "win", "draw": "draw"}[report]

    print(f"[bench]   preparing {completions:,} matches awaiting their last report ...", flush=True)
    pending: list[tuple[int, int, str]] = []
    for start in range(0, completions, 512):
        pending += await asyncio.gather(*(prepare(i) for i in range(start, min(start + 512, completions))))

    captured: list[list[Change]] = []
    transition_s: list[float] = []  # the synchronous transition alone (the state's share of the latency)

    async def measure(batch: list[tuple[int, int, str]], concurrency: int) -> tuple[list[float], float, int]:
        latencies: list[float] = []
        todo = iter(batch)
        syncs_before = store.journal.syncs

        async def worker() -> None:
            for match_id, b, report in todo:

                def complete(match_id: int = match_id, b: int = b, report: str = report) -> Any:
                    t0 = time.perf_counter()
                    outcome, changes = store.state.report_result(
                        match_id, b, report, now=now(), idempotency_key=f"bench-complete-{match_id}"
                    )
                    transition_s.append(time.perf_counter() - t0)
                    captured.append(changes)
                    return outcome, changes

                t0 = time.perf_counter()
                outcome = await ex(complete)
                latencies.append(time.perf_counter() - t0)
                if outcome.status != "completed":
                    raise RuntimeError(f"match {match_id} did not complete: {outcome}")

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        return latencies, time.perf_counter() - started, store.journal.syncs - syncs_before

    # Measure the steady state: shipping keeps up with the measured completions, not with the
    # 6 x N entries written while preparing.
    if not await store.wait_shipped(600):
        raise RuntimeError("the shipper did not catch up with the prepared matches in 600 s")
    half = len(pending) // 2
    latencies, elapsed, commits = await measure(pending[:half], CONCURRENCY)
    sat_latencies, sat_elapsed, _ = await measure(pending[half:], SATURATION_CONCURRENCY)
    await store.wait_shipped(120)
    await store.close()
    sat50, sat99 = (v / 1000 for v in percentiles_us(sat_latencies))

    base_latencies, base_elapsed = await _seed_queue_writes(work / "baseline.sqlite3", captured[:half])
    p50, p99 = (v / 1000 for v in percentiles_us(latencies))
    b50, b99 = (v / 1000 for v in percentiles_us(base_latencies))
    rate, base_rate = len(latencies) / elapsed, len(base_latencies) / base_elapsed
    common = {
        "completions": len(latencies),
        "concurrency": CONCURRENCY,
        "journal_commits": commits,
        "completions_per_commit": round(len(latencies) / max(1, commits), 1),
        "rows_per_completion": round(sum(map(len, captured)) / len(captured), 1),
        "transition_only_us": dict(zip(("p50", "p99"), percentiles_us(transition_s), strict=True)),
        f"at_{SATURATION_CONCURRENCY}_in_flight": {
            "p50_ms": sat50,
            "p99_ms": sat99,
            "per_s": len(sat_latencies) / sat_elapsed,
        },
        "database": "sqlite (shipped behind; not on the path)",
        "baseline": "asyncio.Queue, one consumer, one SQLite round trip + commit per row, timed to commit",
        "baseline_p50_ms": b50,
        "baseline_per_s": base_rate,
    }
    return [
        BenchResult(
            "write.match_completion",
            "ms",
            p99,
            p50=p50,
            p99=p99,
            baseline=b99,
            ratio=b99 / p99,
            target="p99 ≤ 2 ms",
            extra={**common, "per_s": rate},
        ),
        BenchResult(
            "write.match_completion_per_s",
            "completions/s",
            rate,
            baseline=base_rate,
            ratio=rate / base_rate,
            target="≥ 10,000/s sustained",
            extra=common,
        ),
    ]


async def _seed_queue_writes(path: Path, completions: list[list[Change]]) -> tuple[list[float], float]:
    """The seeds' write path: each row write queued, then one round trip + commit per write."""
    db = SqliteDatabase(path)
    db.migrate()
    conn = db._conn  # the baseline deliberately bypasses batching: one statement per write
    statements = {name: _seed_upsert_sql(name) for name in TABLES}
    queue: asyncio.Queue[tuple[str, list[Any], asyncio.Future[None] | None]] = asyncio.Queue()

    def write_one(table: str, values: list[Any]) -> None:
        conn.execute("BEGIN")
        conn.execute(statements[table], values)
        conn.execute("COMMIT")

    async def consumer() -> None:
        while True:
            table, values, done = await queue.get()
            await asyncio.to_thread(write_one, table, values)
            if done is not None:
                done.set_result(None)

    latencies: list[float] = []
    todo = iter(completions)
    loop = asyncio.get_running_loop()

    async def producer() -> None:
        for changes in todo:
            t0 = time.perf_counter()
            last = loop.create_future()
            wires = [encode_change(c) for c in changes if c.op == "upsert"]
            for n, (table, _, values) in enumerate(wires):
                queue.put_nowait((table, values, last if n == len(wires) - 1 else None))
            await last
            latencies.append(time.perf_counter() - t0)

    consuming = asyncio.create_task(consumer())
    started = time.perf_counter()
    await asyncio.gather(*(producer() for _ in range(CONCURRENCY)))
    elapsed = time.perf_counter() - started
    consuming.cancel()
    db.close()
    return latencies, elapsed


def _seed_upsert_sql(table: str) -> str:
    t = TABLES[table]
    cols = ", ".join(f'"{c}"' for c in t.column_names)
    marks = ", ".join("?" for _ in t.column_names)
    return f'INSERT OR REPLACE INTO "{table}" ({cols}) VALUES ({marks})'


# --- shipping to PostgreSQL ---------------------------------------------------------------------
def _entries(ladder: synthetic.SyntheticLadder, count: int) -> Iterator[list[Change]]:
    """Entries shaped like completions: a match, its replay and two MMR rows, all distinct keys."""
    matches = ladder.rows("matches")
    replays = ladder.rows("replays")
    mmrs = ladder.rows("mmrs")
    for _ in range(count):
        yield [
            Change("matches", "upsert", next(matches)),
            Change("replays", "upsert", next(replays)),
            Change("mmrs", "upsert", next(mmrs)),
            Change("mmrs", "upsert", next(mmrs)),
        ]


def _ship_postgres(
    ladder: synthetic.SyntheticLadder, work: Path, entries: int, batch: int
) -> list[BenchResult]:
    import psycopg

    from evoladder.store.db.postgres import PostgresDatabase

    entries = min(entries, ladder.n_matches, len(ladder.mmr_value) // 2)
    try:
        admin = psycopg.connect(PG_ADMIN_URL, autocommit=True, connect_timeout=3)
    except psycopg.Error as exc:
        print(
            f"[bench]   ship.postgres_rows_per_s not measured: PostgreSQL unreachable at {PG_ADMIN_URL}: {exc}"
        )
        return []
    name = f"evoladder_bench_{uuid.uuid4().hex[:10]}"
    with admin:
        admin.execute(f'CREATE DATABASE "{name}"')
        url = PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
        try:
            journal_dir = work / "ship-journal"
            asyncio.run(_fill_journal(journal_dir, _entries(ladder, entries)))
            journal = Journal(journal_dir)
            journal.recover(0)
            db = PostgresDatabase(url, pool_min=1, pool_max=2)
            db.migrate()
            shipper = Shipper(journal, db, batch_entries=batch)
            started = time.perf_counter()
            shipper.start()
            if not shipper.wait_shipped(journal.durable_seq, 600):
                raise RuntimeError("the shipper did not drain the benchmark backlog in 600 s")
            elapsed = time.perf_counter() - started
            shipper.stop(10)
            journal.close()
            rows = shipper.stats().rows_total
            base_rate = _seed_row_writes(db, ladder, min(2_000, rows))
            db.close()
        finally:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    rate = rows / elapsed
    return [
        BenchResult(
            "ship.postgres_rows_per_s",
            "rows/s",
            rate,
            baseline=base_rate,
            ratio=rate / base_rate,
            target="≥ 60,000 rows/s",
            extra={
                "rows": rows,
                "entries": entries,
                "batch_entries": batch,
                "baseline": "one INSERT ... ON CONFLICT round trip + commit per row",
            },
        )
    ]


async def _fill_journal(directory: Path, entries: Iterator[list[Change]]) -> None:
    journal = Journal(directory)
    journal.recover(0)
    journal.start(asyncio.get_running_loop())
    pending = []
    for changes in entries:
        pending.append(journal.append(encode_entry(changes)))
        if len(pending) >= 1000:
            await asyncio.gather(*pending)
            pending = []
    await asyncio.gather(*pending)
    journal.close()


def _seed_row_writes(db: Any, ladder: synthetic.SyntheticLadder, count: int) -> float:
    """Rows/s writing ``count`` player rows one round trip and commit at a time."""
    from evoladder.store.db.postgres import _upsert_sql

    codec = CODECS["players"]
    rows = [codec.encode("upsert", r) for _, r in zip(range(count), ladder.rows("players"), strict=False)]
    sql = _upsert_sql("players")
    started = time.perf_counter()
    with db._pool.connection() as conn:
        for values in rows:
            with conn.transaction():
                conn.execute(sql, [[v] for v in values])
    return count / (time.perf_counter() - started)


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "startup":
        print(json.dumps(asyncio.run(_open_and_report(Path(sys.argv[2])))))
    else:
        sys.exit("usage: python -m evoladder_dev.bench.store_durability startup DATA_DIR")
