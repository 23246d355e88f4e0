"""A storm of match completions through a real store while the disk under it fails, and the checks
that nothing acknowledged was lost and nothing unacknowledged was reported done.

Workers play matches to completion; each completing report is either acknowledged ("done") or
refused with ``NotSaved`` ("nothing changed"). While the fault lasts, every write must be refused;
after it, writes resume by themselves. ``verify`` reopens the store from disk: every acknowledged
completion is there exactly once (MMR = the replay of history: ``check_store``), and every refused
one is not.
"""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from evoladder.config import Settings
from evoladder.gamedata import GameData
from evoladder.store.check import check_store
from evoladder.store.facade import NOT_SAVED, NotSaved, Store
from evoladder.store.state import LadderState
from evoladder_dev.drill import DONE_SUFFIX, Workload


@dataclass
class StormResult:
    acknowledged: dict[str, int] = field(default_factory=dict)  # done key → match id
    refused: list[str] = field(default_factory=list)  # done keys answered "nothing changed"
    refusals_seen: int = 0  # NotSaved answers at any step
    messages: set[str] = field(default_factory=set)  # what refused players were told
    recovered_after_s: float | None = None
    slowest_ack_s: float = 0.0


async def storm(
    store: Store,
    game_data: GameData,
    *,
    players: int,
    before_s: float,
    fault: Callable[[], Awaitable[None]],
    fault_s: float,
    clear: Callable[[], Awaitable[None]],
    after_s: float,
    seed: int = 1,
) -> StormResult:
    """Play completions for ``before_s``, inject ``fault`` for ``fault_s``, ``clear`` it, play on."""
    result = StormResult()
    work = Workload(store, game_data)
    for uid in range(1, players + 1):
        await work.register(uid)
    stop = asyncio.Event()
    counter = iter(range(10**9))

    async def worker(a: int, b: int) -> None:
        rng = random.Random(seed * 1000 + a)
        while not stop.is_set():
            key = f"storm-{a}-{next(counter)}"
            started = time.perf_counter()
            try:
                match_id, _ = await work.complete_match(a, b, key, rng)
            except NotSaved as exc:
                result.refusals_seen += 1
                result.messages.add(str(exc))
                result.refused.append(key + DONE_SUFFIX)  # whichever step refused, it was never done
                await _wait_writable(store, stop)
                await _settle(work, a, b)
                continue
            result.acknowledged[key + DONE_SUFFIX] = match_id
            result.slowest_ack_s = max(result.slowest_ack_s, time.perf_counter() - started)

    tasks = [asyncio.create_task(worker(2 * i + 1, 2 * i + 2)) for i in range(players // 2)]
    await asyncio.sleep(before_s)
    await fault()
    await asyncio.sleep(fault_s)
    await clear()
    cleared = time.perf_counter()
    await _wait_writable(store, None, timeout_s=60)
    result.recovered_after_s = time.perf_counter() - cleared
    await asyncio.sleep(after_s)
    stop.set()
    await asyncio.gather(*tasks)
    return result


async def _wait_writable(store: Store, stop: asyncio.Event | None, timeout_s: float = 120) -> None:
    deadline = time.monotonic() + timeout_s
    while not store.health().accepting_writes:
        if (stop is not None and stop.is_set()) or time.monotonic() > deadline:
            return
        await asyncio.sleep(0.05)


async def _settle(work: Workload, a: int, b: int) -> None:
    """A player who was told "nothing changed" finishes what is open (as they would by hand)."""
    for uid in (a, b):
        try:
            await work.settle_leftovers(uid)
        except NotSaved:
            return


async def verify(settings: Settings, game_data: GameData, result: StormResult) -> list[str]:
    """Reopen from disk; the problems found (empty: every promise kept)."""
    problems: list[str] = []
    store = await Store.open(settings, LadderState(settings, game_data))
    try:
        state = store.state
        for key, match_id in result.acknowledged.items():
            match = state.match(match_id)
            if state.remembered(key) is None or match is None or match.status != "completed":
                problems.append(f"acknowledged {key} (match {match_id}) is missing after recovery")
        for key in result.refused:
            if state.remembered(key) is not None:
                problems.append(f"{key} was answered 'nothing changed' but is saved")
        if result.messages - {NOT_SAVED}:
            problems.append(f"refused players were told {result.messages - {NOT_SAVED}}")
        if not await store.wait_shipped(60):
            problems.append("the journal did not ship within 60 s")
        report = await asyncio.to_thread(check_store, store)
        problems.extend(report.problems)
    finally:
        await store.close()
    return problems
