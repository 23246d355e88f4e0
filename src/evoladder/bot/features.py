"""Every feature of the bot, once. The composition root builds the bot from ``FEATURES``."""

from __future__ import annotations

from evoladder.bot.cogs import (
    access,
    admin,
    country,
    language,
    leaderboard,
    match,
    profile,
    prune,
    queue,
    replays,
    setup,
    terms,
)
from evoladder.bot.cogs import help as help_command  # (the name `help` is a builtin)
from evoladder.bot.feature import Feature

FEATURES: tuple[Feature, ...] = (
    terms.FEATURE,
    setup.FEATURE,
    country.FEATURE,
    profile.FEATURE,
    queue.FEATURE,
    match.FEATURE,
    admin.FEATURE,
    leaderboard.FEATURE,
    replays.FEATURE,
    access.FEATURE,  # staff tools: /activate for closed seasons
    # --- player surfaces ---
    prune.FEATURE,
    help_command.FEATURE,
    language.FEATURE,
)
