"""The harness the bot tests use: ``BotHarness`` (in ``evoladder_dev.harness``, shared with
``make bench``) plus a context manager that starts it and fails on anything logged as an error."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from discord.ext import commands

from evoladder_dev.harness import BotHarness, Exchange, FakeUser, HarnessError, MessageRecord, Place

__all__ = ["BotHarness", "Exchange", "FakeUser", "HarnessError", "MessageRecord", "Place", "running_harness"]


@asynccontextmanager
async def running_harness(bot: commands.Bot, *, allow_errors: bool = False) -> AsyncIterator[BotHarness]:
    """A started harness around ``bot``; afterwards, no ERROR may have been logged unless allowed."""
    harness = BotHarness()
    await harness.start(bot)
    try:
        yield harness
    finally:
        await harness.close()
    if not allow_errors:
        assert harness.logged_errors == [], [r.getMessage() for r in harness.logged_errors]
        assert harness.task_errors == []
        assert harness.recorder.problems == []
