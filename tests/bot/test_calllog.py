from __future__ import annotations

import logging
from datetime import UTC, datetime

import pytest

from evoladder.bot.calllog import CommandCall, record_call


def call(service_ms: float) -> CommandCall:
    return CommandCall(1, 2, "queue", "slash", datetime.now(UTC), service_ms, "ok", None)


async def test_sync_and_async_sinks_receive_the_call() -> None:
    got: list[CommandCall] = []

    async def journaled(c: CommandCall) -> None:
        got.append(c)

    await record_call(got.append, call(1.0))
    await record_call(journaled, call(2.0))
    assert [c.service_ms for c in got] == [1.0, 2.0]


async def test_a_slow_call_is_a_warning_and_a_failing_sink_is_logged_not_raised(
    caplog: pytest.LogCaptureFixture,
) -> None:
    def broken(c: CommandCall) -> None:
        raise RuntimeError("database gone")

    with caplog.at_level(logging.DEBUG, logger="evoladder.bot.calllog"):
        await record_call([].append, call(150.0))
        await record_call(broken, call(1.0))
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1 and "slow slash 'queue'" in warnings[0].getMessage()
    errors = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert len(errors) == 1 and errors[0].exc_info is not None
