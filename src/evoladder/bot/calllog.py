"""Command-call logging: every command, click and form submit is recorded with its service time.

The record goes to a ``CommandCallSink`` the services provide (it writes the command calls table);
anything slower than ``SLOW_CALL_MS`` is also logged as a warning (SPEC section 5).
"""

from __future__ import annotations

import inspect
import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Literal, Protocol

log = logging.getLogger(__name__)

SLOW_CALL_MS = 100.0

CallKind = Literal["slash", "component", "modal", "dm"]


@dataclass(frozen=True, slots=True)
class CommandCall:
    """One handled interaction. ``outcome`` is ``ok``, ``refused:<reason>`` or ``error``."""

    interaction_id: int
    user_id: int
    command: str
    kind: CallKind
    started_at: datetime
    service_ms: float
    outcome: str
    guild_id: int | None
    locale: str = "en-US"  # Discord's language of the interaction


class CommandCallSink(Protocol):
    """Stores one command call (the services' command calls table); may be a coroutine function."""

    def __call__(self, call: CommandCall, /) -> object: ...


async def record_call(sink: CommandCallSink, call: CommandCall) -> None:
    """Log the call (a warning when slow) and hand it to the sink; a failing sink is logged, not raised.

    Called after the user was answered, so waiting for a journaled sink never delays an answer.
    """
    if call.service_ms > SLOW_CALL_MS:
        log.warning(
            "slow %s %r for user %s: %.1f ms (%s)",
            call.kind,
            call.command,
            call.user_id,
            call.service_ms,
            call.outcome,
        )
    else:
        log.debug(
            "%s %r user=%s %.3f ms %s", call.kind, call.command, call.user_id, call.service_ms, call.outcome
        )
    try:
        result = sink(call)
        if inspect.isawaitable(result):
            await result
    except Exception:
        log.exception("could not record command call %s", call)
