"""Building the Discord bot: intents, the guarded command tree, feature cogs and the sync policy.

The composition root calls ``build_bot`` once with the services' gate and call sink and one cog
factory per feature; nothing here constructs a service.
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, Literal

import discord
from discord import app_commands
from discord.ext import commands
from discord.ui import DynamicItem, Item

from evoladder.bot.calllog import CommandCallSink
from evoladder.bot.checks import PlayerGate, RateLimiter
from evoladder.bot.errors import answer_error
from evoladder.bot.guarded import Guards
from evoladder.bot.translation import CatalogTranslator
from evoladder.bot.voice import NO_LANGUAGES, Voices
from evoladder.i18n import shipped_catalog

log = logging.getLogger(__name__)

SyncPolicy = Literal["auto", "always", "never"]
CogFactory = Callable[["LadderBot"], commands.Cog]
LifecycleHook = Callable[["LadderBot"], Awaitable[None]]
DynamicItemType = type[DynamicItem[Item[Any]]]


def ladder_intents() -> discord.Intents:
    """Only what the ladder reads: guilds (slash commands in the server) and DMs (replay uploads).

    No privileged intent is needed: a DM's content and attachments reach a bot without message_content.
    """
    intents = discord.Intents.none()
    intents.guilds = True
    intents.dm_messages = True
    return intents


class LadderTree(app_commands.CommandTree["LadderBot"]):
    """The command tree: drops re-delivered interactions, answers errors, records every call."""

    async def interaction_check(self, interaction: discord.Interaction[LadderBot], /) -> bool:
        if interaction.client.guards.deliveries.first_time(interaction.id):
            return True
        interaction.extras["duplicate"] = True
        log.info("ignoring re-delivered interaction %s", interaction.id)
        return False

    async def _call(self, interaction: discord.Interaction[LadderBot]) -> None:
        # The one funnel every app command passes through, so the call is timed and recorded here.
        if interaction.type is discord.InteractionType.autocomplete:
            await super()._call(interaction)
            return
        guards = interaction.client.guards
        started = guards.perf_clock()
        interaction.extras["outcome"] = "ok"
        try:
            await super()._call(interaction)
        except app_commands.AppCommandError as exc:
            await self.on_error(interaction, exc)
        finally:
            if not interaction.extras.get("duplicate"):
                data: Mapping[str, Any] = interaction.data or {}
                name = interaction.command.qualified_name if interaction.command else str(data.get("name"))
                await guards.record(
                    interaction,
                    command=name,
                    kind="slash",
                    started=started,
                    outcome=interaction.extras["outcome"],
                )

    async def on_error(
        self, interaction: discord.Interaction[LadderBot], error: app_commands.AppCommandError, /
    ) -> None:
        interaction.extras["outcome"] = await answer_error(interaction, error)


class LadderBot(commands.Bot):
    """The ladder's Discord client: slash commands only, guarded, with persistent components."""

    def __init__(
        self,
        *,
        guards: Guards,
        cogs: Sequence[CogFactory],
        dynamic_items: Sequence[DynamicItemType] = (),
        sync_policy: SyncPolicy = "auto",
        sync_state_file: Path | None = None,
        on_start: Sequence[LifecycleHook] = (),
        on_close: Sequence[LifecycleHook] = (),
        voices: Voices | None = None,
    ) -> None:
        super().__init__(
            command_prefix=commands.when_mentioned,
            intents=ladder_intents(),
            tree_cls=LadderTree,
            help_command=None,
            max_messages=None,
            chunk_guilds_at_startup=False,
            member_cache_flags=discord.MemberCacheFlags.none(),
        )
        self.guards = guards
        self._cog_factories = list(cogs)
        self._dynamic_items = list(dynamic_items)
        self._sync_policy: SyncPolicy = sync_policy
        self._sync_state_file = sync_state_file
        self._on_start = list(on_start)
        self._on_close = list(on_close)
        # Every reader's language: the error answers use it (``errors.answer_error``).
        self.voices = voices or Voices(shipped_catalog(), NO_LANGUAGES)

    async def setup_hook(self) -> None:
        """Runs once per process at login, before the gateway connects (never again on reconnects)."""
        for factory in self._cog_factories:
            await self.add_cog(factory(self))
        # Registered before the first interaction, so buttons sent by an earlier process still work.
        self.add_dynamic_items(*self._dynamic_items)
        # Command names and descriptions in every language, from the catalogs.
        await self.tree.set_translator(CatalogTranslator(self.voices.catalog))
        await self.sync_commands()
        # Background work (the wave loop, timers restored from the store) starts here: once per process,
        # however often the gateway later reconnects and sends READY again.
        for hook in self._on_start:
            await hook(self)

    async def close(self) -> None:
        """Stop background work first (so nothing new starts), then disconnect."""
        hooks, self._on_close = self._on_close, []
        for hook in hooks:
            try:
                await hook(self)
            except Exception:
                log.exception("a shutdown hook failed; continuing the shutdown")
        await super().close()

    async def command_signature(self) -> str:
        """A hash of the command definitions as Discord receives them (translations included)."""
        translator = self.tree.translator
        payload = sorted(
            [
                await c.get_translated_payload(self.tree, translator) if translator else c.to_dict(self.tree)
                for c in self.tree.get_commands()
            ],
            key=lambda c: str(c["name"]),
        )
        return hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()

    async def sync_commands(self) -> bool:
        """Upload the command definitions when the policy says so; returns whether it synced.

        ``auto`` syncs only when the definitions changed since the last sync (recorded in
        ``sync_state_file``), because Discord rate-limits syncing and a restart loop must not hit it.
        """
        if self._sync_policy == "never":
            return False
        signature = await self.command_signature()
        state = self._sync_state_file
        unchanged = state is not None and state.exists() and state.read_text().strip() == signature
        if self._sync_policy == "auto" and unchanged:
            log.info("application commands unchanged; not syncing")
            return False
        synced = await self.tree.sync()
        log.info("synced %d application commands", len(synced))
        if state is not None:
            state.parent.mkdir(parents=True, exist_ok=True)
            state.write_text(signature)
        return True


def build_bot(
    *,
    gate: PlayerGate,
    call_sink: CommandCallSink,
    cogs: Sequence[CogFactory],
    dynamic_items: Sequence[DynamicItemType] = (),
    rate_limit_per_10s: int = 5,
    sync_policy: SyncPolicy = "auto",
    sync_state_file: Path | None = None,
    clock: Callable[[], float] = time.monotonic,
    on_start: Sequence[LifecycleHook] = (),
    on_close: Sequence[LifecycleHook] = (),
    voices: Voices | None = None,
) -> LadderBot:
    """The bot with its guards; ``cogs`` builds one cog per feature once the bot exists."""
    guards = Guards(gate=gate, call_sink=call_sink, limiter=RateLimiter(rate_limit_per_10s, 10.0, clock))
    return LadderBot(
        guards=guards,
        cogs=cogs,
        dynamic_items=dynamic_items,
        sync_policy=sync_policy,
        sync_state_file=sync_state_file,
        on_start=on_start,
        on_close=on_close,
        voices=voices,
    )
