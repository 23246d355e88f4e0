"""The deliveries run under the real bot over the real ladder: the cogs' fixtures (settings with the
owner, the admin channel, the results channel and the staff role; a manual clock; the app)."""

from tests.bot.cogs.conftest import app, clock, settings

__all__ = ["app", "clock", "settings"]
