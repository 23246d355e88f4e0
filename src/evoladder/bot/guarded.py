"""Running a handler behind the guards: deduplication, checks, error answers and the call log.

``Guards`` bundles what every interaction passes through; the bot owns one. Slash commands reach it
through ``GuardedCog.interaction_check`` and ``LadderTree``; components and modals call ``run_guarded``.
"""

from __future__ import annotations

import logging
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

import discord
from discord.ext import commands

from evoladder.bot.calllog import CallKind, CommandCall, CommandCallSink, record_call
from evoladder.bot.checks import PLAYER_READ, PlayerGate, RateLimiter, Requirement, enforce, requirement_of
from evoladder.bot.errors import NotYourComponent, answer_error, voice_of
from evoladder.bot.voice import Voice
from evoladder.i18n import t

log = logging.getLogger(__name__)


class DeliveryLog:
    """Interaction ids already handled, so a re-delivered interaction has no second effect.

    Bounded: Discord re-delivers within seconds, so the most recent ids are all that matter. Across a
    restart the services' idempotency keys give the same guarantee.
    """

    def __init__(self, capacity: int = 50_000) -> None:
        self._seen: OrderedDict[int, None] = OrderedDict()
        self._capacity = capacity

    def first_time(self, interaction_id: int) -> bool:
        if interaction_id in self._seen:
            return False
        self._seen[interaction_id] = None
        if len(self._seen) > self._capacity:
            self._seen.popitem(last=False)
        return True


@dataclass
class Guards:
    """Everything an interaction passes through before and after its handler."""

    gate: PlayerGate
    call_sink: CommandCallSink
    limiter: RateLimiter
    deliveries: DeliveryLog = field(default_factory=DeliveryLog)
    perf_clock: Callable[[], float] = time.perf_counter

    async def record(
        self, interaction: discord.Interaction, *, command: str, kind: CallKind, started: float, outcome: str
    ) -> None:
        await record_call(
            self.call_sink,
            CommandCall(
                interaction_id=interaction.id,
                user_id=interaction.user.id,
                command=command,
                kind=kind,
                started_at=datetime.now(UTC),
                service_ms=(self.perf_clock() - started) * 1000.0,
                outcome=outcome,
                guild_id=interaction.guild_id,
                locale=str(interaction.locale.value),
            ),
        )


def guards_of(interaction: discord.Interaction) -> Guards:
    """The guards of the bot that received this interaction."""
    guards = getattr(interaction.client, "guards", None)
    if not isinstance(guards, Guards):
        raise TypeError("interaction.client is not a LadderBot (it has no Guards)")
    return guards


async def run_guarded(
    interaction: discord.Interaction,
    *,
    command: str,
    kind: CallKind,
    requirement: Requirement,
    owner_id: int | None,
    handler: Callable[[], Awaitable[None]],
) -> None:
    """Deduplicate, check owner and requirement, run ``handler``, answer errors, record the call."""
    guards = guards_of(interaction)
    if not guards.deliveries.first_time(interaction.id):
        log.info("ignoring re-delivered interaction %s (%s)", interaction.id, command)
        return
    started = guards.perf_clock()
    outcome = "ok"
    try:
        if owner_id is not None and owner_id != interaction.user.id:
            raise NotYourComponent(t("checks-not-your-component"))
        enforce(interaction, requirement, guards.gate, guards.limiter, command=command)
        await handler()
    except Exception as exc:  # every failure gets an answer; bugs are logged inside answer_error
        outcome = await answer_error(interaction, exc)
    finally:
        await guards.record(interaction, command=command, kind=kind, started=started, outcome=outcome)


class GuardedCog(commands.Cog):
    """Base of every feature cog: each app command passes the guards its ``@requires`` declares."""

    def __init__(self, guards: Guards) -> None:
        self.guards = guards

    @staticmethod
    def say(interaction: discord.Interaction) -> Voice:
        """The voice to answer ``interaction`` in: ``self.say(interaction)("key", ...)``."""
        return voice_of(interaction)

    async def interaction_check(self, interaction: discord.Interaction, /) -> bool:  # type: ignore[override]
        command = interaction.command
        requirement = requirement_of(command.callback) if command is not None else PLAYER_READ
        name = command.qualified_name if command is not None else "?"
        enforce(interaction, requirement, self.guards.gate, self.guards.limiter, command=name)
        return True
