"""The deliveries are tested like the cogs: the real ladder under the bot (see ``tests/bot/cogs``)."""

from tests.bot.cogs.conftest import app, clock, settings

__all__ = ["app", "clock", "settings"]
