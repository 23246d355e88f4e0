"""The worker pool: real processes, real sc2reader, damaged files, hung and crashing workers.

Lag is measured with the project's loop-lag monitor while files are parsed; the bound asserted here
is generous (100 ms) so a loaded CI machine does not flake; `make bench` records the real p99.
"""

from __future__ import annotations

import asyncio
import os
import signal
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from evoladder.gamedata import GameData
from evoladder.observability.loop_lag import LoopLagMonitor
from evoladder.replays.parse import ReplayParser, race_alias_table
from evoladder.replays.pool import PoolClosed, ReplayParserPool
from evoladder.replays.summary import ReplayRefusal, ReplaySummary
from tests.replays.fuzz_corpus import damaged_files
from tests.replays.misbehaving_parsers import CRASH, HANG, RAISE, misbehaving_parser

MAX_BYTES = 5 * 1024 * 1024
LAG_BOUND_MS = 100.0


def _pool(game_data: GameData, **overrides: object) -> ReplayParserPool:
    options: dict[str, object] = {
        "workers": 2,
        "timeout_s": 10.0,
        "max_bytes": MAX_BYTES,
        "race_aliases": race_alias_table(game_data),
    }
    options.update(overrides)
    return ReplayParserPool(**options)  # type: ignore[arg-type]


@pytest.fixture()
async def pool(game_data: GameData) -> AsyncIterator[ReplayParserPool]:
    async with _pool(game_data) as p:
        yield p


def _reading(summary: ReplaySummary) -> dict[str, object]:
    """What the ladder reads from a replay, without the file's own identity."""
    return summary.model_dump(exclude={"content_hash", "size_bytes"})


async def test_workers_give_the_same_summaries_as_parsing_in_process(
    pool: ReplayParserPool, replays_dir: Path, parser: ReplayParser
) -> None:
    files = sorted(replays_dir.rglob("*.SC2Replay"))
    blobs = [f.read_bytes() for f in files]
    outcomes = await asyncio.gather(*(pool.parse(b) for b in blobs))
    for path, blob, outcome in zip(files, blobs, outcomes, strict=True):
        assert outcome == parser.parse(blob), path.name
    stats = pool.stats()
    assert (stats.parsed, stats.refused, stats.restarts) == (len(files) - 1, 1, 0)  # one unparseable


async def test_damaged_files_are_refused_with_a_reason_and_the_loop_keeps_running(
    pool: ReplayParserPool, replays_dir: Path, parser: ReplayParser
) -> None:
    source = replays_dir / "Khione SEL (Official EU).SC2Replay"
    undamaged = parser.parse(source.read_bytes())
    assert isinstance(undamaged, ReplaySummary)
    cases = damaged_files(source, MAX_BYTES)
    monitor = LoopLagMonitor(interval_s=0.005)
    monitor.start()
    try:
        outcomes = await asyncio.gather(*(pool.parse(data) for _, data in cases))
    finally:
        await monitor.stop()
    for (name, _), outcome in zip(cases, outcomes, strict=True):
        if isinstance(outcome, ReplayRefusal):
            assert outcome.reason, name
        else:
            # Damage in bytes the parser never reads (game events, tracker events, spare header
            # fields) cannot be seen without reading them; such a file reads exactly as the original.
            assert name.startswith(("flipped byte", "8 random bytes in")), name
            assert _reading(outcome) == _reading(undamaged), name
    refused_names = {
        name for (name, _), o in zip(cases, outcomes, strict=True) if isinstance(o, ReplayRefusal)
    }
    for must in (
        "zero length",
        "truncated to 16 bytes",
        f"truncated to {source.stat().st_size - 1} bytes",
        "padded with junk",
        "flipped byte 0 of user_data_header",
        "flipped byte 0 of archive_header",
        "flipped byte 0 of block_table",
        "flipped byte 0 of file:replay.details",
        "flipped byte 0 of file:replay.initData",
        "flipped byte 0 of file:replay.attributes.events",
        "zeroed hash table",
        "random bytes (40 KB)",
        "random bytes behind a replay magic",
        "a PNG renamed",
        "a zip renamed",
        "a text file renamed",
        "oversized",
    ):
        assert must in refused_names, must
    assert pool.alive and pool.stats().workers_alive == 2
    assert monitor.samples_ms, "the loop-lag monitor took no samples"
    assert monitor.percentile(0.99) < LAG_BOUND_MS
    # The pool still parses good files afterwards.
    assert await pool.parse(source.read_bytes()) == undamaged


async def test_a_hung_worker_times_out_and_a_dead_one_is_replaced(
    game_data: GameData, replays_dir: Path, parser: ReplayParser
) -> None:
    good = (replays_dir / "Keres Passage SEL (Official KR).SC2Replay").read_bytes()
    async with _pool(game_data, timeout_s=1.0, parser_factory=misbehaving_parser) as pool:
        hung, crashed, raised, fine = await asyncio.gather(
            pool.parse(HANG), pool.parse(CRASH), pool.parse(RAISE), pool.parse(good)
        )
        assert isinstance(hung, ReplayRefusal) and hung.reason == "reading the replay took longer than 1 s"
        assert isinstance(crashed, ReplayRefusal) and crashed.reason == "the replay crashed the parser"
        assert isinstance(raised, ReplayRefusal) and raised.reason == "the replay could not be read"
        assert raised.detail == "RuntimeError: a parser bug"
        assert fine == parser.parse(good)
        # Both replacements come up and serve; nothing else was lost.
        await asyncio.wait_for(pool.settled(), timeout=60)
        again = await asyncio.gather(*(pool.parse(good) for _ in range(4)))
        assert all(o == fine for o in again)
        stats = pool.stats()
        assert (stats.timeouts, stats.crashes, stats.restarts, stats.workers_alive) == (1, 1, 2, 2)
        assert pool.alive


async def test_oversized_files_are_refused_before_any_worker_sees_them(game_data: GameData) -> None:
    async with _pool(game_data, workers=1, max_bytes=2048, parser_factory=misbehaving_parser) as pool:
        # A HANG marker padded past the limit would hang a worker if it ever reached one.
        refusal = await asyncio.wait_for(pool.parse(HANG + bytes(4096)), timeout=5)
        assert (
            isinstance(refusal, ReplayRefusal)
            and refusal.reason == "the file is 4,100 bytes; the limit is 2,048"
        )
        assert pool.stats().timeouts == 0


async def test_a_closed_pool_refuses_work_and_wakes_its_waiters(game_data: GameData) -> None:
    pool = _pool(game_data, workers=1, timeout_s=30.0, parser_factory=misbehaving_parser)
    await pool.start()
    busy = asyncio.create_task(pool.parse(HANG))
    await asyncio.sleep(0.2)
    waiting = asyncio.create_task(pool.parse(b"queued behind the hung job"))
    await asyncio.sleep(0.1)
    busy.cancel()
    await pool.close()
    with pytest.raises(PoolClosed):
        await waiting
    with pytest.raises(PoolClosed):
        await pool.parse(b"late")
    assert not pool.alive


async def test_a_worker_killed_while_idle_is_replaced_without_waiting_for_work(
    game_data: GameData, replays_dir: Path, parser: ReplayParser
) -> None:
    good = (replays_dir / "Khione SEL (Official NA).SC2Replay").read_bytes()
    async with _pool(game_data, workers=2) as pool:
        victim = next(iter(pool._workers)).process
        os.kill(victim.pid, signal.SIGKILL)
        deadline = asyncio.get_running_loop().time() + 30
        while pool.stats().restarts < 1:
            assert asyncio.get_running_loop().time() < deadline, "the dead worker was not replaced"
            await asyncio.sleep(0.05)
        await pool.settled()
        assert pool.stats().workers_alive == 2
        assert all(
            o == parser.parse(good) for o in await asyncio.gather(*(pool.parse(good) for _ in range(4)))
        )
        assert pool.stats().crashes == 0  # no job was lost
