"""What a player feels on Discord: a raw gateway payload in → the bot's answer captured at its HTTP boundary.

Through the same harness the tests use (``evoladder_dev.harness``), over the real composition root
(``build_app``) loaded from a SQLite database holding the large synthetic ladder (``ctx.scale`` × SPEC
section 7 sizes). Each figure is the time from handing the payload to discord.py's parser until the
interaction answer reaches the recorder (Discord would have it then): ``/profile``, ``/leaderboard``,
Join on the queue panel, and a result report on a live match. Target (SPEC section 7) p99 ≤ 1 ms.
"""

from __future__ import annotations

import asyncio
import gc
import random
import shutil
import time
from collections.abc import Awaitable, Callable
from typing import Any

from evoladder.bootstrap import App, build_app, build_discord
from evoladder.config import Settings, load_settings
from evoladder.gamedata import load_game_data
from evoladder.services.clock import ManualClock
from evoladder.store.db import open_database
from evoladder_dev import synthetic
from evoladder_dev.bench import BenchContext, BenchResult, percentiles_us
from evoladder_dev.harness import BotHarness, Exchange

TARGET = "p99 ≤ 1 ms (payload in → answer captured)"


def run(ctx: BenchContext) -> list[BenchResult]:
    return asyncio.run(_run(ctx))


def _populate(settings: Settings, ladder: synthetic.SyntheticLadder) -> None:
    db = open_database(settings)
    try:
        synthetic.populate_database(db, ladder)
    finally:
        db.close()


def _settle_heap() -> None:
    """Move what exists now (the loaded ladder, the harness's record of earlier phases) out of the
    cyclic GC's generations, as the store does after loading: a production bot keeps no recorder, so
    the recorder's growing history must not lengthen the collections measured here."""
    gc.collect()
    gc.freeze()


def _result(name: str, samples: list[float], what: str) -> BenchResult:
    p50, p99 = percentiles_us(samples)
    return BenchResult(
        name, "µs", p99, p50=p50, p99=p99, target=TARGET, extra={"what": what, "samples": len(samples)}
    )


async def _timed(samples: list[float], exchange: Awaitable[Exchange]) -> Exchange:
    ex = await exchange
    if ex.response_s is None or not ex.answered:
        raise AssertionError(f"the bot did not answer {ex.payload.get('data')}: {ex.requests}")
    samples.append(ex.response_s)
    return ex


async def _run(ctx: BenchContext) -> list[BenchResult]:
    game_data = load_game_data()
    data_dir = ctx.work_dir / "discord"
    shutil.rmtree(data_dir, ignore_errors=True)
    # The bench measures the path a command takes, so the per-user rate limit is set out of the way.
    settings = load_settings(
        data_dir=data_dir, _env_file=None, command_rate_limit_per_10s=1_000_000, journal_group_commit_ms=0
    )
    print(f"[bench]   generating the synthetic ladder at scale {ctx.scale} ...", flush=True)
    ladder = synthetic.generate(game_data, scale=ctx.scale)
    started = time.perf_counter()
    _populate(settings, ladder)
    print(
        f"[bench]   database written in {time.perf_counter() - started:.1f} s; starting the app ...",
        flush=True,
    )
    clock = ManualClock(ladder.now)
    app = await build_app(settings, game_data, clock=clock, start_pool=False)
    # The MMR picture is drawn after the answer (so it is not in these figures); left out here so its
    # drawing thread does not compete with the next sample for the CPU.
    front = build_discord(app, sync_policy="never", start_services=False, profile_charts=False)
    harness = BotHarness()
    await harness.start(front.bot)
    front.notifier.start()
    try:
        return await _measure(ctx, harness, app, front.notifier.drained, clock, ladder)
    finally:
        await harness.close()
        await app.close()


async def _measure(
    ctx: BenchContext,
    h: BotHarness,
    app: App,
    drained: Callable[[], Awaitable[None]],
    clock: ManualClock,
    ladder: synthetic.SyntheticLadder,
) -> list[BenchResult]:
    rng = random.Random(11)
    state = app.ladder.ctx.state
    free = [
        int(uid)
        for uid in rng.sample(ladder.player_uid.tolist(), min(6_000, ladder.n_players))
        # Returning players: one who has never played is asked to read the quick start before
        # their first join (a ladder that has 100,000 players has some who never played).
        if state.open_match(int(uid)) is None
        and state.queue_entry(int(uid)) is None
        and not state.needs_quick_start(int(uid))
    ]
    users = [h.user(f"user{uid}", user_id=uid) for uid in free]
    n = max(200, min(2_000, len(users)))
    _settle_heap()

    profile: list[float] = []
    for user in (users[i % len(users)] for i in range(n)):
        await _timed(profile, h.slash("profile", user=user))
    h.recorder.requests.clear()
    _settle_heap()

    board: list[float] = []
    races = list(app.game_data.races)
    for i in range(n):
        options: dict[str, Any] = {"page": rng.randint(1, 50)}
        if i % 3 == 1:
            options["races"] = ", ".join(rng.sample(races, 2))
        if i % 4 == 2:
            options["best_only"] = True
        await _timed(board, h.slash("leaderboard", user=users[i % len(users)], options=options))
    h.recorder.requests.clear()
    _settle_heap()

    # Join: part of the sample joins with one race of one side each (the panel is opened unmeasured).
    joins: list[float] = []
    joiners = users[: min(len(users) // 2 * 2, 1_000)]
    for i, user in enumerate(joiners):
        side, race = ("bw", "bw_zerg") if i % 2 == 0 else ("sc2", "sc2_terran")
        await h.slash("queue", user=user)
        await h.click(h.custom_id(f"queue:{side}:{user.id}:"), user=user, values=[race])
        await _timed(joins, h.click(h.custom_id(f"queue:join:{user.id}:"), user=user))
    h.recorder.requests.clear()

    # Reports: the joiners are paired (as a wave would) and both confirm through the services; then
    # each reports on the match message the notifier sent them.
    execute, matches = app.ladder.ctx.execute, app.ladder.matches
    server, map_name = next(iter(app.game_data.servers)), app.game_data.map_names[0]
    made_matches: list[tuple[int, int, int]] = []
    for bw, sc2 in zip(joiners[0::2], joiners[1::2], strict=True):
        made = await execute(
            app.ladder.ctx.state.create_match,
            bw.id,
            "bw_zerg",
            sc2.id,
            "sc2_terran",
            map_name=map_name,
            server=server,
            now=app.ladder.ctx.now(),
            idempotency_key=f"bench-match:{bw.id}:{sc2.id}",
        )
        match_id = made.match_id
        made_matches.append((match_id, bw.id, sc2.id))
        matches.schedule_new(match_id)
        await matches.confirm(match_id, bw.id, key=f"bench-confirm:{match_id}:{bw.id}")
        await matches.confirm(match_id, sc2.id, key=f"bench-confirm:{match_id}:{sc2.id}")
    await drained()
    _settle_heap()
    by_id = {u.id: u for u in joiners}
    reports: list[float] = []
    for match_id, bw_uid, sc2_uid in made_matches:
        for uid, choice in ((bw_uid, "win"), (sc2_uid, "loss")):
            # Reporting is two steps: the pick asks (unmeasured), the confirm reports (measured).
            await h.click(f"match:{match_id}:report:{uid}", user=by_id[uid], values=[choice])
            custom_id = f"match:{match_id}:reportyes:{uid}:{choice}"
            await _timed(reports, h.click(custom_id, user=by_id[uid]))
    await drained()
    h.recorder.requests.clear()

    what = "raw INTERACTION_CREATE → parse → guards → service → embed → answer captured"
    return [
        _result("discord.profile_roundtrip", profile, f"/profile: {what}"),
        _result("discord.leaderboard_roundtrip", board, f"/leaderboard with filters: {what}"),
        _result("discord.queue_join_roundtrip", joins, f"Join click on the queue panel: {what}"),
        _result("discord.report_roundtrip", reports, f"report confirm on a live match: {what}"),
    ]
