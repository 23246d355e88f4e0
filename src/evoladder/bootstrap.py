"""The one composition root: builds every part once, in dependency order, and closes them in reverse.

``build_app`` builds the store, the replay workers and the services; ``build_discord`` builds the bot
from the one tuple of features (``bot.features.FEATURES``) over those services. Front ends (Discord
bot, HTTP, CLI, the demo) receive what was built here; nothing else constructs services, and there
are no module-level singletons.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from evoladder.config import Settings
from evoladder.gamedata import GameData
from evoladder.i18n import Catalog, shipped_catalog
from evoladder.matchmaking.engine import WaveEngine, WaveParams
from evoladder.matchmaking.latency import build_server_chooser
from evoladder.observability import Metrics
from evoladder.replays.inspect import build_pool, build_verifier
from evoladder.replays.pool import ReplayParserPool
from evoladder.replays.storage import local_storage_for
from evoladder.services.access import AccessService
from evoladder.services.admin import AdminService
from evoladder.services.base import ServiceContext
from evoladder.services.clock import Clock, SystemClock
from evoladder.services.events import Notifier, RecordingNotifier
from evoladder.services.health_watch import HealthWatch, ladder_conditions
from evoladder.services.ladder import Ladder
from evoladder.services.matches import MatchService
from evoladder.services.notices import NoticeService
from evoladder.services.players import PlayerService
from evoladder.services.queueing import QueueService
from evoladder.services.replays import ReplayService
from evoladder.services.views import LadderViews
from evoladder.services.waves import WaveService
from evoladder.store.facade import Store
from evoladder.store.state import LadderState

if TYPE_CHECKING:  # the Discord front end is imported only when a bot is built
    from collections.abc import Callable

    from discord.ext import commands

    from evoladder.bot.client import LadderBot, SyncPolicy
    from evoladder.bot.feature import Feature
    from evoladder.bot.notifier import DiscordNotifier

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
    catalog: Catalog  # every message the front ends show, in five languages

    async def close(self) -> None:
        """Stop taking work, flush and ship, close — in reverse order of building."""
        await self.ladder.stop()
        await self.pool.close()
        drained = await self.store.close()
        log.info("ladder closed (everything shipped: %s)", drained)


async def open_store(settings: Settings, game_data: GameData, *, clock: Clock | None = None) -> Store:
    """The ladder's store: the database loaded into a fresh ``LadderState``, the journal replayed."""
    now = (clock or SystemClock()).now()
    return await Store.open(settings, LadderState(settings, game_data), now=now)


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
    store = await open_store(settings, game_data, clock=clock)
    metrics.bind_store(
        lambda: float(store.health().backlog_entries),
        lambda: float(store.health().oldest_unshipped_age_s),
        lambda: 0.0 if store.health().accepting_writes else 1.0,
        lambda: float(getattr(store.shipper.stopped, "seq", None) or 0),
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
    replays = ReplayService(
        ctx,
        pool,
        build_verifier(settings, game_data),
        local_storage_for(settings.data_dir),
        metrics,
        settings.replay_max_bytes,
    )
    queue = QueueService(ctx, settings)
    views = LadderViews(ctx, settings, queue)
    admin = AdminService(ctx, players, replays, views, settings)
    ladder = Ladder(
        ctx=ctx,
        players=players,
        queue=queue,
        waves=WaveService(
            ctx, engine, metrics, settings.wave_period_s, settings.idempotency_keep_days * 86400
        ),
        matches=matches,
        replays=replays,
        admin=admin,
        views=views,
        # staff tools: access codes (the bot's player gate) and the health alerts of the staff feed
        access=AccessService(ctx, players, admin, settings.access),
        health=HealthWatch(
            ctx,
            ladder_conditions(store.health, lambda: pool.alive, stuck_after_s=settings.health_stuck_after_s),
            settings.health_poll_s,
        ),
        notices=NoticeService(ctx),  # results: quick-start and Shield Battery acknowledgements
    )
    return App(settings, game_data, metrics, store, pool, ladder, switch, shipped_catalog())


@dataclass
class LadderDiscord:
    """The bot and the notifier that delivers the services' events through it."""

    bot: LadderBot
    notifier: DiscordNotifier


SYNC_STATE_FILENAME = "discord_commands.sha256"


def build_discord(
    app: App,
    *,
    sync_policy: SyncPolicy = "auto",
    start_services: bool = True,
    profile_charts: bool = True,
) -> LadderDiscord:
    """The ladder's bot over ``app``'s services, plugged in as their notifier.

    ``start_services`` starts the wave loop and match timers once, at login; ``profile_charts`` adds
    the MMR picture to ``/profile`` (drawn after the answer, off the loop).
    """
    from evoladder.bot.calllog import CommandCall
    from evoladder.bot.client import build_bot
    from evoladder.bot.feature import BotDeps
    from evoladder.bot.features import FEATURES
    from evoladder.bot.messages import MessageBook
    from evoladder.bot.notifier import DiscordNotifier
    from evoladder.bot.voice import Voices

    ladder, settings = app.ladder, app.settings
    features = [feature for feature in FEATURES if feature.enabled(settings)]
    book = MessageBook()  # the cogs and the deliveries keep the same messages current
    voices = Voices(app.catalog, ladder.views)  # every reader's language

    async def log_call(call: CommandCall) -> None:
        await ladder.players.log_command(call.user_id, call.command, call.service_ms)
        await ladder.players.note_locale(call.user_id, call.locale)

    async def start(bot: LadderBot) -> None:
        notifier.start()
        if start_services:
            ladder.start()

    async def stop(bot: LadderBot) -> None:
        await notifier.stop()

    def cog_of(feature: Feature) -> Callable[[LadderBot], commands.Cog]:
        return lambda bot: feature.cog(
            BotDeps(bot.guards, ladder, settings, app.game_data, profile_charts, messages=book, voices=voices)
        )

    bot = build_bot(
        gate=ladder.access,  # the players' status plus access (closed seasons)
        call_sink=log_call,
        cogs=[cog_of(feature) for feature in features],
        dynamic_items=[item for feature in features for item in feature.components],
        rate_limit_per_10s=settings.command_rate_limit_per_10s,
        clock=lambda: ladder.ctx.clock.now().timestamp(),  # the ladder's one time source
        sync_policy=sync_policy,
        sync_state_file=settings.data_dir / SYNC_STATE_FILENAME,
        on_start=[start],
        on_close=[stop],
        voices=voices,
    )
    notifier = DiscordNotifier(bot, ladder.views, settings, app.game_data, book, voices)
    app.notifier.target = notifier
    return LadderDiscord(bot, notifier)
