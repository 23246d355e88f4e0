"""How cost grows with the ladder: the write, read, startup and memory figures at 1,000, 10,000,
100,000 and 1,000,000 players (matches ×10), each size in a fresh process, drawn log-log.

Each size generates the synthetic ladder, builds the state from its rows (the in-memory part of
startup: what remains once rows are read; a database adds its decode time, measured at full scale by
``startup.load_s``), and measures per-call thread CPU time (the machine is shared) of a player read,
a ``/profile`` payload, a filtered leaderboard page after MMR changes, and the completing report's
transition; memory is the process's RSS with the state loaded minus its RSS before. Writes
``scaling.<measure>.<players>`` results and ``bench/scaling.png``.
"""

from __future__ import annotations

import gc
import json
import random
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from evoladder.config import load_settings
from evoladder.gamedata import load_game_data
from evoladder.store.profile import build_profile
from evoladder.store.state import LadderState
from evoladder_dev import synthetic
from evoladder_dev.bench import BenchContext, BenchResult, percentiles_us

PLAYERS = (1_000, 10_000, 100_000, 1_000_000)
MEASURES = {
    "read.player_us": "a player read",
    "read.profile_us": "a /profile payload",
    "leaderboard.page_us": "a filtered leaderboard page",
    "write.completion_transition_us": "the completing report's transition",
    "startup.state_build_s": "building the state from rows",
    "memory.state_mb": "the loaded state's RSS",
}
PICTURE = Path("bench/scaling.png")


def run(ctx: BenchContext) -> list[BenchResult]:
    # A quick run (--scale below 1) stops at 10 × its own size.
    sizes = [p for p in PLAYERS if ctx.scale >= 1.0 or p <= 1_000_000 * ctx.scale]
    figures: dict[int, dict[str, float]] = {}
    for players in sizes:
        print(f"[bench]   scaling: {players:,} players ...", flush=True)
        out = subprocess.run(
            [sys.executable, "-m", "evoladder_dev.bench.scaling", str(players / 100_000)],
            capture_output=True,
            text=True,
            check=True,
        )
        figures[players] = json.loads(out.stdout.strip().splitlines()[-1])
    results = [
        BenchResult(
            f"scaling.{measure}.{players}",
            measure.rsplit("_", 1)[-1],
            values[measure],
            extra={"players": players, "matches": players * 10, "what": what},
        )
        for players, values in figures.items()
        for measure, what in MEASURES.items()
    ]
    _draw(figures)
    return results


def _draw(figures: dict[int, dict[str, float]]) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    sizes = sorted(figures)
    fig, ax = plt.subplots(figsize=(8, 5.5))
    for measure, what in MEASURES.items():
        base = figures[sizes[0]][measure] or 1e-9
        ax.plot(sizes, [figures[s][measure] / base for s in sizes], marker="o", label=f"{what} ({measure})")
    ax.plot(sizes, [s / sizes[0] for s in sizes], linestyle=":", color="grey", label="linear in ladder size")
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlabel("players (matches = 10 × players)")
    ax.set_ylabel(f"cost relative to {sizes[0]:,} players")
    ax.set_title("How each cost grows with the ladder (log-log)")
    ax.grid(True, which="both", alpha=0.3)
    ax.legend(fontsize=7)
    PICTURE.parent.mkdir(parents=True, exist_ok=True)
    fig.tight_layout()
    fig.savefig(PICTURE, dpi=120)
    plt.close(fig)


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("VmRSS not found")


def _cpu_p99_us(fn: Callable[[], object], n: int) -> float:
    samples = []
    clock = time.thread_time
    for _ in range(n):
        t0 = clock()
        fn()
        samples.append(clock() - t0)
    return percentiles_us(samples)[1]


def measure(scale: float) -> dict[str, Any]:
    """One ladder size, in this process: every measure of ``MEASURES``."""
    game_data = load_game_data()
    settings = load_settings(_env_file=None)
    ladder = synthetic.generate(game_data, scale=scale)
    gc.collect()
    before = _rss_mb()
    state = LadderState(settings, game_data)
    t0 = time.perf_counter()
    synthetic.load_into(state, ladder)
    build_s = time.perf_counter() - t0
    gc.collect()
    memory = _rss_mb() - before
    rng = random.Random(5)
    now = ladder.now
    uids = [int(u) for u in rng.sample(ladder.player_uid.tolist(), min(500, ladder.n_players))]
    it = iter(range(10**9))

    def cycle(values: list[int]) -> Callable[[], int]:
        return lambda: values[next(it) % len(values)]

    pick = cycle(uids)
    races = list(ladder.races)
    bw, sc2 = game_data.races_of("bw"), game_data.races_of("sc2")
    completions = []
    players = rng.sample(ladder.player_uid.tolist(), min(2 * 300, ladder.n_players - ladder.n_players % 2))
    for a, b in zip(players[::2], players[1::2], strict=True):
        race_a, race_b = rng.choice(bw), rng.choice(sc2)
        state.join_queue(a, [race_a], [], now=now)
        state.join_queue(b, [race_b], [], now=now)
        made, _ = state.create_match(
            a, race_a, b, race_b, map_name=ladder.maps[0], server=ladder.servers[0], now=now
        )
        state.confirm_match(made.match_id, a, now=now)
        state.confirm_match(made.match_id, b, now=now)
        state.report_result(made.match_id, a, "win", now=now)
        completions.append((made.match_id, b))
    done = iter(completions)
    figures = {
        "read.player_us": _cpu_p99_us(lambda: state.player(pick()), 5000),
        "read.profile_us": _cpu_p99_us(lambda: build_profile(state, pick(), now), 1000),
        "write.completion_transition_us": _cpu_p99_us(
            lambda: state.report_result(*next(done), "loss", now=now), len(completions)
        ),
        # After the completions above changed MMRs: the page files them first (ranks current).
        "leaderboard.page_us": _cpu_p99_us(
            lambda: state.leaderboard_page(now, 1 + next(it) % 5, races=(rng.choice(races),)), 300
        ),
        "startup.state_build_s": build_s,
        "memory.state_mb": memory,
    }
    return figures


if __name__ == "__main__":
    print(json.dumps(measure(float(sys.argv[1]))))
