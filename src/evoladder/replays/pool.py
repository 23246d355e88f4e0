"""Replay parsing in worker processes behind an asyncio front: the event loop never parses.

Why not ``concurrent.futures.ProcessPoolExecutor``: it cannot time out one job (a hung worker keeps
its slot forever) and becomes unusable as a whole once any worker dies (``BrokenProcessPool``). Here
each worker is a process of its own with its own pipe, so one bad file costs at most one worker,
which is killed and replaced in the background while the other workers keep serving.

- The size limit is checked before anything is sent to a worker.
- Each job has a timeout; a worker that exceeds it is killed (SIGKILL) and replaced.
- A worker that dies (segfault, out of memory, ``os._exit``) is detected by its pipe closing and
  replaced; the job it had becomes a refusal with a reason.
- Every exception inside the worker is already a refusal (see ``parse.ReplayParser``).
- Workers are started with ``spawn`` (never ``fork``: the bot's process has threads and sockets).
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import multiprocessing
import os
import signal
import time
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass
from multiprocessing.connection import Connection
from typing import Any

from evoladder.replays.parse import ReplayParser
from evoladder.replays.summary import ParseOutcome, ReplayRefusal

log = logging.getLogger(__name__)

ParserFactory = Callable[[Mapping[str, str], int], Callable[[bytes], ParseOutcome]]
"""Builds, inside a worker, the function that parses one file. Must be a module-level callable."""

# Payloads larger than this are written to the worker's pipe from a thread, so that writing a
# multi-megabyte file into the pipe never holds up the event loop.
_INLINE_SEND_BYTES = 64 * 1024
# A parser needs a few tens of MB; a crafted file that makes it allocate without bound gets a
# MemoryError (a refusal) at this limit instead of taking the machine's memory.
WORKER_MEMORY_LIMIT_BYTES = 1024 * 1024 * 1024
_START_TIMEOUT_S = 60.0
_STOP_TIMEOUT_S = 5.0


def default_parser_factory(
    race_aliases: Mapping[str, str], max_bytes: int
) -> Callable[[bytes], ParseOutcome]:
    return ReplayParser(race_aliases, max_bytes).parse


class PoolClosed(Exception):
    """The pool has been closed; no more replays are parsed."""


class PoolStartError(Exception):
    """The workers could not be started."""


class _WorkerDied(Exception):
    pass


@dataclass
class PoolStats:
    """Counters for /health and /metrics."""

    parsed: int = 0
    refused: int = 0
    timeouts: int = 0
    crashes: int = 0
    restarts: int = 0
    workers_alive: int = 0


def _worker_main(
    conn: Connection, parser_factory: ParserFactory, race_aliases: Mapping[str, str], max_bytes: int
) -> None:
    """The worker process: build the parser once, then parse one file per message until the pipe closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle; it closes us.
    with contextlib.suppress(ImportError, ValueError, OSError):
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (WORKER_MEMORY_LIMIT_BYTES, WORKER_MEMORY_LIMIT_BYTES))
    parse = parser_factory(race_aliases, max_bytes)
    conn.send(("ready", os.getpid()))
    while True:
        try:
            data = conn.recv_bytes()
        except (EOFError, OSError):
            return
        try:
            outcome: ParseOutcome = parse(data)
        except Exception as exc:  # the parser should never raise; if it does, it is still a refusal
            outcome = ReplayRefusal(
                reason="the replay could not be read",
                size_bytes=len(data),
                detail=f"{type(exc).__name__}: {exc}",
            )
        conn.send(("done", outcome))


class _Worker:
    """One worker process seen from the event loop: its pipe, readiness, and the job it is doing."""

    def __init__(self, process: Any, conn: Connection, loop: asyncio.AbstractEventLoop) -> None:
        self.process = process
        self.conn = conn
        self.loop = loop
        self.ready: asyncio.Future[None] = loop.create_future()
        self.pending: asyncio.Future[ParseOutcome] | None = None
        self.dead = False
        self.replacing = False
        self.on_idle_death: Callable[[_Worker], None] | None = None
        """Called when the process dies with no job (e.g. killed by the OOM killer) so it is replaced."""
        loop.add_reader(conn.fileno(), self._on_readable)

    def _on_readable(self) -> None:
        try:
            kind, payload = self.conn.recv()
        except Exception as exc:  # EOF or a torn message: the process is gone or going
            self._mark_dead(exc)
            return
        if kind == "ready" and not self.ready.done():
            self.ready.set_result(None)
        elif kind == "done" and self.pending is not None and not self.pending.done():
            self.pending.set_result(payload)

    def _mark_dead(self, cause: BaseException | None) -> None:
        if self.dead:
            return
        self.dead = True
        busy = self.pending is not None and not self.pending.done()
        with contextlib.suppress(Exception):
            self.loop.remove_reader(self.conn.fileno())
        died = _WorkerDied(f"worker {self.process.pid} exited ({cause!r})")
        for fut in (self.ready, self.pending):
            if fut is not None and not fut.done():
                fut.set_exception(died)
                fut.exception()  # marks it retrieved: nobody may be waiting on `ready` any more
        if not busy and cause is not None and self.on_idle_death is not None:
            log.warning("idle replay worker %s died (%r); replacing it", self.process.pid, cause)
            self.on_idle_death(self)

    async def submit(self, data: bytes) -> asyncio.Future[ParseOutcome]:
        self.pending = self.loop.create_future()
        try:
            if len(data) <= _INLINE_SEND_BYTES:
                self.conn.send_bytes(data)
            else:
                await asyncio.to_thread(self.conn.send_bytes, data)
        except OSError as exc:
            self._mark_dead(exc)
        return self.pending

    async def stop(self, *, kill: bool) -> None:
        """End the process: close its pipe (it exits on EOF) or kill it; never leaves a zombie."""
        self._mark_dead(None)
        with contextlib.suppress(Exception):
            self.conn.close()
        if kill and self.process.is_alive():
            self.process.kill()
        await asyncio.to_thread(self.process.join, _STOP_TIMEOUT_S)
        if self.process.is_alive():
            log.error("replay worker %s did not exit; killing it", self.process.pid)
            self.process.kill()
            await asyncio.to_thread(self.process.join, _STOP_TIMEOUT_S)


class ReplayParserPool:
    """Parses replays in ``workers`` processes; ``await parse(data)`` returns a summary or a refusal."""

    def __init__(
        self,
        *,
        workers: int,
        timeout_s: float,
        max_bytes: int,
        race_aliases: Mapping[str, str],
        parser_factory: ParserFactory = default_parser_factory,
    ) -> None:
        if workers < 1:
            raise ValueError("a replay parser pool needs at least one worker")
        self._size = workers
        self._timeout_s = timeout_s
        self._max_bytes = max_bytes
        self._race_aliases = dict(race_aliases)
        self._parser_factory = parser_factory
        self._context = multiprocessing.get_context("spawn")
        self._idle: asyncio.Queue[_Worker | None] = asyncio.Queue()
        self._workers: set[_Worker] = set()
        self._background: set[asyncio.Task[None]] = set()
        self._stats = PoolStats()
        self._started = False
        self._closed = False

    # --- lifecycle ---------------------------------------------------------------------------------
    async def start(self) -> None:
        """Start every worker and wait until each has built its parser."""
        if self._started:
            return
        self._started = True
        try:
            workers = await asyncio.gather(*(self._spawn() for _ in range(self._size)))
        except Exception as exc:
            await self.close()
            raise PoolStartError(f"replay parser workers could not start: {exc}") from exc
        for worker in workers:
            self._idle.put_nowait(worker)
        log.info("replay parser pool started with %d worker(s)", self._size)

    async def close(self) -> None:
        """Stop taking work, let waiting callers fail with PoolClosed, end every worker."""
        if self._closed:
            return
        self._closed = True
        self._idle.put_nowait(None)  # wakes one waiter, which passes it on (see `parse`)
        for task in list(self._background):
            task.cancel()
        await asyncio.gather(*self._background, return_exceptions=True)
        await asyncio.gather(*(w.stop(kill=False) for w in list(self._workers)), return_exceptions=True)
        self._workers.clear()

    async def __aenter__(self) -> ReplayParserPool:
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    # --- state -------------------------------------------------------------------------------------
    @property
    def alive(self) -> bool:
        """True while the pool can parse: started, not closed, with a live worker or one coming."""
        if not self._started or self._closed:
            return False
        return any(not w.dead and w.process.is_alive() for w in self._workers) or bool(self._background)

    async def settled(self) -> None:
        """Wait until every worker being replaced has been (for tests, benchmarks and shutdown drills)."""
        while self._background:
            await asyncio.gather(*self._background, return_exceptions=True)

    def stats(self) -> PoolStats:
        self._stats.workers_alive = sum(1 for w in self._workers if not w.dead and w.process.is_alive())
        return PoolStats(**asdict(self._stats))

    # --- parsing -----------------------------------------------------------------------------------
    async def parse(self, data: bytes) -> ParseOutcome:
        """The summary of ``data`` or a refusal with a reason. Raises only PoolClosed."""
        if self._closed or not self._started:
            raise PoolClosed("the replay parser pool is not running")
        if len(data) > self._max_bytes:
            self._stats.refused += 1
            return ReplayRefusal(
                reason=f"the file is {len(data):,} bytes; the limit is {self._max_bytes:,}",
                size_bytes=len(data),
            )
        worker = await self._take_worker()
        started = time.perf_counter()
        try:
            pending = await worker.submit(data)
            outcome = await asyncio.wait_for(pending, self._timeout_s)
        except TimeoutError:
            self._stats.timeouts += 1
            return await self._failed_job(
                worker, data, f"reading the replay took longer than {self._timeout_s:g} s", "timed out"
            )
        except _WorkerDied as exc:
            self._stats.crashes += 1
            return await self._failed_job(worker, data, "the replay crashed the parser", str(exc))
        except BaseException:
            # Cancelled mid-job: the worker's answer would arrive for nobody, so it is replaced.
            self._replace_in_background(worker)
            raise
        self._idle.put_nowait(worker)
        if isinstance(outcome, ReplayRefusal):
            self._stats.refused += 1
            log.info("replay refused: %s (%s)", outcome.reason, outcome.detail or "no detail")
        else:
            self._stats.parsed += 1
        elapsed_ms = (time.perf_counter() - started) * 1000
        log.debug("replay parsed in %.1f ms", elapsed_ms)
        return outcome

    async def _take_worker(self) -> _Worker:
        while True:
            worker = await self._idle.get()
            if worker is None:
                self._idle.put_nowait(None)  # pass the closing signal on to the next waiter
                raise PoolClosed("the replay parser pool was closed")
            if not worker.dead:
                return worker
            self._replace_in_background(worker)  # died while idle (no-op if already being replaced)

    async def _failed_job(self, worker: _Worker, data: bytes, reason: str, cause: str) -> ReplayRefusal:
        content_hash = await asyncio.to_thread(lambda: hashlib.sha256(data).hexdigest())
        log.warning(
            "replay worker %s replaced: %s (replay sha256 %s, %d bytes)",
            worker.process.pid,
            cause,
            content_hash,
            len(data),
        )
        self._stats.refused += 1
        self._replace_in_background(worker)
        return ReplayRefusal(reason=reason, content_hash=content_hash, size_bytes=len(data), detail=cause)

    # --- workers -----------------------------------------------------------------------------------
    async def _spawn(self) -> _Worker:
        parent_conn, child_conn = self._context.Pipe(duplex=True)
        process = self._context.Process(
            target=_worker_main,
            args=(child_conn, self._parser_factory, self._race_aliases, self._max_bytes),
            name="evoladder-replay-parser",
            daemon=True,
        )
        await asyncio.to_thread(process.start)  # spawning writes the pickled target; keep it off the loop
        child_conn.close()
        worker = _Worker(process, parent_conn, asyncio.get_running_loop())
        self._workers.add(worker)
        try:
            await asyncio.wait_for(worker.ready, _START_TIMEOUT_S)
        except BaseException:
            self._workers.discard(worker)
            await worker.stop(kill=True)
            raise
        worker.on_idle_death = self._replace_in_background
        return worker

    def _replace_in_background(self, worker: _Worker) -> None:
        if worker.replacing or self._closed:
            return
        worker.replacing = True
        task = asyncio.get_running_loop().create_task(self._replace(worker))
        self._background.add(task)
        task.add_done_callback(self._background.discard)

    async def _replace(self, worker: _Worker) -> None:
        self._workers.discard(worker)
        await worker.stop(kill=True)
        delay = 0.1
        while not self._closed:
            try:
                fresh = await self._spawn()
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("could not start a replacement replay worker; retrying in %.1f s", delay)
                await asyncio.sleep(delay)
                delay = min(delay * 2, 30.0)
                continue
            self._stats.restarts += 1
            if self._closed:
                await fresh.stop(kill=False)
                return
            self._idle.put_nowait(fresh)
            return
