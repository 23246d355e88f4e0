"""A pretend Discord for the real bot: raw gateway payloads in, recorded HTTP requests out.

Used by the tests (``tests/bot``) and by ``make bench`` (the ``discord.*_roundtrip`` benchmarks), so
both measure the same path a player's interaction takes.
"""

from evoladder_dev.harness.harness import BotHarness, Exchange, HarnessError
from evoladder_dev.harness.payloads import FakeUser, Place
from evoladder_dev.harness.recorder import DiscordRecorder, MessageRecord, SentRequest

__all__ = [
    "BotHarness",
    "DiscordRecorder",
    "Exchange",
    "FakeUser",
    "HarnessError",
    "MessageRecord",
    "Place",
    "SentRequest",
]
