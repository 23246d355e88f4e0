"""``evoladder-dev soak`` (``make soak``): the demo community on the large ladder for an hour.

What it answers: does the process stay flat (RSS), responsive (event-loop lag) and fast (a report
committed) over an hour at ten times the community's peak? The load is SPEC section 7's loop-lag
scenario, 100 commands/s, which we take as ten times the community's peak of about 10 commands/s
(a few hundred players online at the busiest hour of the first bot, each queueing, confirming and
reporting a game every few minutes). 1,000 demo players at the demo pace (a game every ~30 s) make
about that: each acts three times per game (queue, confirm, report).

Every minute one line is printed and appended to ``bench/soak.jsonl``: RSS, loop-lag p99, report
p99 (every second report completes a match: rating, leaderboard and log commit), commands and
completions in that minute, and the matches, replays and idempotency keys held at its end. The ladder under it is the synthetic one of ``make bench`` (scale 1.0:
100,000 players × 6 races, 1,000,000 matches) in SQLite, loaded at startup as in production.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import tempfile
import time
from collections.abc import Coroutine
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from evoladder.bootstrap import build_app
from evoladder.config import load_settings
from evoladder.demo.season import DemoSeason
from evoladder.gamedata import load_game_data
from evoladder.observability.loop_lag import LoopLagMonitor
from evoladder.store.db.sqlite import SqliteDatabase
from evoladder_dev import synthetic
from evoladder_dev.bench.store_durability import _rss_mb

log = logging.getLogger("evoladder_dev.soak")


@dataclass(frozen=True)
class Minute:
    """What one minute of the soak looked like."""

    minute: int
    rss_mb: float
    loop_lag_p99_ms: float
    report_p99_ms: float
    commands: int
    completions: int
    # What the ladder holds at the minute's end: the rows that must stay in memory (matches and
    # replays for good, idempotency keys for ``idempotency_keep_days``), so RSS growth can be
    # told apart from a leak.
    matches: int
    replays: int
    idempotency_keys: int


class TimedSeason(DemoSeason):
    """The demo season, timing each report (the service call: rules, memory, log committed)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.report_s: list[float] = []
        self.commands = 0

    async def _guard(self, what: str, coro: Coroutine[Any, Any, Any]) -> None:
        self.commands += 1
        if what != "report":
            await super()._guard(what, coro)
            return
        started = time.perf_counter()
        await super()._guard(what, coro)
        self.report_s.append(time.perf_counter() - started)


def _p99(values: list[float]) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]


async def soak(data_dir: Path, *, minutes: int, players: int, out: Path) -> list[Minute]:
    settings = load_settings(data_dir=data_dir, _env_file=None, wave_period_s=10)
    game_data = load_game_data()
    started = time.perf_counter()
    app = await build_app(settings, game_data)
    print(f"[soak] ladder loaded in {time.perf_counter() - started:.1f} s, RSS {_rss_mb('VmRSS'):.0f} MB")
    lag = LoopLagMonitor(keep=100_000)
    season = TimedSeason(app.ladder, settings, game_data, players=players, seed=7)
    app.notifier.target = season
    lag.start()
    app.ladder.start()
    await season.start()
    rows: list[Minute] = []
    completed_before = season.completed
    try:
        for minute in range(1, minutes + 1):
            lag.samples_ms.clear()
            season.report_s.clear()
            season.commands = 0
            await asyncio.sleep(60)
            held = app.store.state.counts()
            row = Minute(
                minute=minute,
                rss_mb=round(_rss_mb("VmRSS"), 1),
                loop_lag_p99_ms=round(lag.percentile(0.99), 2),
                report_p99_ms=round(_p99(season.report_s) * 1000, 2),
                commands=season.commands,
                completions=season.completed - completed_before,
                matches=held["matches"],
                replays=held["replays"],
                idempotency_keys=held["idempotency_keys"],
            )
            completed_before = season.completed
            rows.append(row)
            print("[soak] " + json.dumps(asdict(row)), flush=True)
            with out.open("a") as sink:
                sink.write(json.dumps(asdict(row)) + "\n")
    finally:
        await season.stop()
        await lag.stop()
        await app.close()
    return rows


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser("soak", help="the demo community on the large ladder for an hour (long)")
    p.add_argument("--minutes", type=int, default=60)
    p.add_argument("--players", type=int, default=1000, help="demo players (1,000 ≈ 100 commands/s)")
    p.add_argument("--scale", type=float, default=1.0, help="synthetic ladder size (1.0 = SPEC's)")
    p.add_argument("--out", type=Path, default=Path("bench/soak.jsonl"))
    p.add_argument("--dir", type=Path, help="keep the ladder's data here (default: a temporary directory)")
    p.set_defaults(handler=handle)


def handle(args: argparse.Namespace) -> int:
    logging.basicConfig(level=logging.WARNING)
    with tempfile.TemporaryDirectory(prefix="evoladder-soak-") as tmp:
        data_dir = (args.dir or Path(tmp)) / "data"
        data_dir.mkdir(parents=True, exist_ok=True)
        print(f"[soak] generating the synthetic ladder at scale {args.scale} ...", flush=True)
        ladder = synthetic.generate(load_game_data(), scale=args.scale)
        db = SqliteDatabase(data_dir / "evoladder.sqlite3")
        try:
            rows = synthetic.populate_database(db, ladder)
        finally:
            db.close()
        del ladder
        print(
            f"[soak] {rows:,} rows in SQLite; {args.players} demo players for {args.minutes} min", flush=True
        )
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text("")
        minutes = asyncio.run(soak(data_dir, minutes=args.minutes, players=args.players, out=args.out))
    if minutes:
        first, last = minutes[0], minutes[-1]
        print(f"[soak] first minute: {asdict(first)}")
        print(f"[soak] last minute:  {asdict(last)}")
        print(f"[soak] RSS change first → last: {last.rss_mb - first.rss_mb:+.1f} MB")
    return 0
