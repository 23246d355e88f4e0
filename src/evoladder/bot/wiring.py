"""The Discord bot over the ladder services: which cogs, which persistent components, which hooks.

Called once by the composition root with the services it built; nothing here constructs a service.
The root plugs ``LadderDiscord.notifier`` into the services' notifier and runs ``bot.start(token)``.
"""

from __future__ import annotations

from dataclasses import dataclass

from evoladder.bot.calllog import CommandCall
from evoladder.bot.client import CogFactory, DynamicItemType, LadderBot, SyncPolicy, build_bot
from evoladder.bot.cogs.admin import ADMIN_ITEMS, AdminCog
from evoladder.bot.cogs.country import CountryCog
from evoladder.bot.cogs.leaderboard import LEADERBOARD_ITEMS, LeaderboardCog
from evoladder.bot.cogs.match import MATCH_ITEMS, MatchCog
from evoladder.bot.cogs.profile import ProfileCog
from evoladder.bot.cogs.queue import QUEUE_ITEMS, QueueCog
from evoladder.bot.cogs.replays import ReplayCog
from evoladder.bot.cogs.setup import SETUP_ITEMS, SetupCog
from evoladder.bot.cogs.terms import TERMS_ITEMS, TermsCog
from evoladder.bot.notifier import DiscordNotifier
from evoladder.bot.present.leaderboard import LeaderboardFilters
from evoladder.config import Settings
from evoladder.gamedata import GameData
from evoladder.services.ladder import Ladder
from evoladder.store.state import LeaderboardPage

SYNC_STATE_FILENAME = "discord_commands.sha256"
LADDER_ITEMS: tuple[DynamicItemType, ...] = (
    *TERMS_ITEMS,
    *SETUP_ITEMS,
    *QUEUE_ITEMS,
    *MATCH_ITEMS,
    *ADMIN_ITEMS,
    *LEADERBOARD_ITEMS,
)


@dataclass
class LadderDiscord:
    """The bot and the notifier that delivers the services' events through it."""

    bot: LadderBot
    notifier: DiscordNotifier


def ladder_cogs(
    ladder: Ladder, settings: Settings, game_data: GameData, *, profile_charts: bool = True
) -> list[CogFactory]:
    players, ctx = ladder.players, ladder.ctx

    def aborts_left(discord_uid: int) -> int:
        return ctx.state.aborts_left(discord_uid, ctx.clock.now())

    def leaderboard_page(page: int, filters: LeaderboardFilters) -> LeaderboardPage:
        return ctx.state.leaderboard_page(
            ctx.clock.now(),
            page,
            country=filters.country,
            race=filters.race,
            rank=filters.rank,
            best_only=filters.best_only,
        )

    return [
        lambda bot: TermsCog(bot.guards, players, settings.terms_url),
        lambda bot: SetupCog(bot.guards, players, game_data),
        lambda bot: CountryCog(bot.guards, players, game_data),
        lambda bot: ProfileCog(bot.guards, players, game_data, charts=profile_charts),
        lambda bot: QueueCog(bot.guards, ladder.queue, settings, game_data),
        lambda bot: MatchCog(bot.guards, ladder.matches, aborts_left),
        lambda bot: AdminCog(bot.guards, ladder.admin, ctx, game_data),
        lambda bot: LeaderboardCog(bot.guards, leaderboard_page, game_data),
        lambda bot: ReplayCog(bot.guards, ladder.replays, settings.replay_max_bytes),
    ]


def build_ladder_bot(
    ladder: Ladder,
    settings: Settings,
    game_data: GameData,
    *,
    sync_policy: SyncPolicy = "auto",
    start_services: bool = True,
    profile_charts: bool = True,
) -> LadderDiscord:
    """The ladder's bot. ``start_services`` starts the wave loop and match timers once, at login;
    ``profile_charts`` adds the MMR picture to ``/profile`` (drawn after the answer, off the loop)."""

    async def log_call(call: CommandCall) -> None:
        await ladder.players.log_command(call.user_id, call.command, call.service_ms)

    async def start(bot: LadderBot) -> None:
        notifier.start()
        if start_services:
            ladder.start()

    async def stop(bot: LadderBot) -> None:
        await notifier.stop()

    bot = build_bot(
        gate=ladder.players,
        call_sink=log_call,
        cogs=ladder_cogs(ladder, settings, game_data, profile_charts=profile_charts),
        dynamic_items=LADDER_ITEMS,
        rate_limit_per_10s=settings.command_rate_limit_per_10s,
        clock=lambda: ladder.ctx.clock.now().timestamp(),  # the ladder's one time source
        sync_policy=sync_policy,
        sync_state_file=settings.data_dir / SYNC_STATE_FILENAME,
        on_start=[start],
        on_close=[stop],
    )
    notifier = DiscordNotifier(bot, ladder.ctx, settings, game_data)
    return LadderDiscord(bot, notifier)
