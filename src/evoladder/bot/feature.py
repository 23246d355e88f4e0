"""A feature of the bot: its cog and the persistent components it owns, declared in its own module.

Each ``bot/cogs/<feature>.py`` ends with ``FEATURE = Feature(...)``; ``bot/features.py`` lists them
once, and the composition root builds the bot from that one tuple. To add a command: write the cog
module with its ``FEATURE`` and add it to ``FEATURES``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from discord.ext import commands
from discord.ui import DynamicItem, Item

from evoladder.bot.guarded import Guards
from evoladder.bot.messages import MessageBook
from evoladder.bot.voice import NO_LANGUAGES, Voices
from evoladder.config import Settings
from evoladder.gamedata import GameData
from evoladder.i18n import shipped_catalog
from evoladder.services.ladder import Ladder

DynamicItemType = type[DynamicItem[Item[Any]]]


@dataclass(frozen=True)
class BotDeps:
    """What a feature's cog may be built from: the guards and the services (``ladder.views`` reads)."""

    guards: Guards
    ladder: Ladder
    settings: Settings
    game_data: GameData
    profile_charts: bool = True
    # results issue: the messages the bot keeps current, shared with the deliveries (bootstrap).
    messages: MessageBook = field(default_factory=MessageBook)
    voices: Voices = field(default_factory=lambda: Voices(shipped_catalog(), NO_LANGUAGES))


@dataclass(frozen=True)
class Feature:
    name: str
    cog: Callable[[BotDeps], commands.Cog]
    components: tuple[DynamicItemType, ...] = ()
    # Whether this ladder offers the feature at all (e.g. /activate only in a closed season): a
    # feature that is off registers no command, so /help and Discord's menu don't show it.
    enabled: Callable[[Settings], bool] = lambda settings: True
