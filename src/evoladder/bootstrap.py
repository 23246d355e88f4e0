"""The one composition root: builds every part once, in dependency order, and closes them in reverse.

Front ends (Discord bot, HTTP, CLI, the demo) receive the built ``App``; nothing else constructs
services, and there are no module-level singletons.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from evoladder.config import Settings
from evoladder.gamedata import GameData
from evoladder.matchmaking.engine import WaveEngine, WaveParams
from evoladder.matchmaking.latency import build_server_chooser
from evoladder.observability import Metrics
from evoladder.replays.inspect import build_pool, build_verifier
from evoladder.replays.pool import ReplayParserPool
from evoladder.replays.storage import local_storage_for
from evoladder.services.admin import AdminService
from evoladder.services.base import ServiceContext
from evoladder.services.clock import Clock, SystemClock
from evoladder.services.events import Notifier, RecordingNotifier
from evoladder.services.ladder import Ladder
from evoladder.services.matches import MatchService
from evoladder.services.players import PlayerService
from evoladder.services.queueing import QueueService
from evoladder.services.replays import ReplayService
from evoladder.services.waves import WaveService
from evoladder.store.facade import Store
from evoladder.store.state import LadderState

log = logging.getLogger("evoladder.bootstrap")


class SwitchableNotifier:
    """The notifier services hold; the front end plugs its delivery in once it is built."""

    def __init__(self, target: Notifier) -> None:
        self.target = target

    async def publish(self, event: object) -> None:
        await self.target.publish(event)  # type: ignore[arg-type]


@dataclass
class App:
    settings: Settings
    game_data: GameData
    metrics: Metrics
    store: Store
    pool: ReplayParserPool
    ladder: Ladder
    notifier: SwitchableNotifier

    async def close(self) -> None:
        """Stop taking work, flush and ship, close — in reverse order of building."""
        await self.ladder.stop()
        await self.pool.close()
        drained = await self.store.close()
        log.info("ladder closed (everything shipped: %s)", drained)


async def build_app(
    settings: Settings,
    game_data: GameData,
    *,
    clock: Clock | None = None,
    notifier: Notifier | None = None,
    start_pool: bool = True,
) -> App:
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    metrics = Metrics()
    clock = clock or SystemClock()
    switch = SwitchableNotifier(notifier or RecordingNotifier())
    store = await Store.open(settings, LadderState(settings, game_data), now=clock.now())
    metrics.bind_backlog(
        lambda: float(store.health().backlog_entries), lambda: float(store.health().oldest_unshipped_age_s)
    )
    pool = build_pool(settings, game_data)
    try:
        if start_pool:
            await pool.start()
    except BaseException:
        await store.close()
        raise
    ctx = ServiceContext(store=store, clock=clock, notifier=switch, game_data=game_data)
    players = PlayerService(ctx, settings.owner_id)
    matches = MatchService(ctx, settings, metrics)
    engine = WaveEngine(
        WaveParams.from_settings(settings), build_server_chooser(settings, game_data), game_data.map_names
    )
    ladder = Ladder(
        ctx=ctx,
        players=players,
        queue=QueueService(ctx, settings.wave_period_s),
        waves=WaveService(
            ctx, engine, matches, metrics, settings.wave_period_s, settings.idempotency_keep_days * 86400
        ),
        matches=matches,
        replays=ReplayService(
            ctx,
            pool,
            build_verifier(settings, game_data),
            local_storage_for(settings.data_dir),
            matches,
            metrics,
            settings.replay_max_bytes,
        ),
        admin=AdminService(ctx, players, matches),
    )
    return App(settings, game_data, metrics, store, pool, ladder, switch)
