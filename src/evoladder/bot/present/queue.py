"""The searching message (edited every wave) and the queue panel's quick-start line.

Every sentence is one entry of ``TEXT`` with named placeholders (a later pass moves them to catalogs).
"""

from __future__ import annotations

import discord

from evoladder.bot.present.text import race_name, relative_time
from evoladder.gamedata import GameData
from evoladder.services.queueing import QueueStatus

SEARCHING_COLOUR = discord.Colour.orange()
TEXT = {
    "searching_title": "Searching for an opponent",
    "not_queued_title": "Not in the queue",
    "next_wave": "Next matchmaking wave {next_wave}.",
    "races": "Races",
    "vetoes": "Vetoes",
    "none": "none",
    "queued": "Queued",
    "queued_value": "{total} ({bw} Brood War · {sc2} StarCraft II · {both} both)",
    "active": "Players active in the last {minutes} minutes",
    "playing": "Matches being played",
    "waiting": "Your wait",
    "waiting_value": "Since {joined} ({minutes} min so far)",
    "estimate": "Estimated wait",
    "estimate_value": "About {minutes} min for players near your MMR in your region (from {basis} recent matches)",
    "estimate_short": "Under a minute for players near your MMR in your region (from {basis} recent matches)",
    "estimate_unknown": "Not enough recent matches to estimate it yet",
    "quick_start": "New players start here: the quick-start guide — {url}",
    "quick_start_needed": (
        "**Before your first game**, read the quick-start guide (installing the mod, the lobby "
        "settings, sending replays): {url}\nThen press “I've read the Quick Start Guide”."
    ),
}


def searching_embed(status: QueueStatus, game_data: GameData, *, active_window_s: int) -> discord.Embed:
    """What a player waiting in the queue sees, as of the last wave (edited at every wave)."""
    counts = status.counts
    embed = discord.Embed(
        title=TEXT["searching_title"] if status.queued else TEXT["not_queued_title"],
        description=TEXT["next_wave"].format(next_wave=relative_time(status.next_wave_at)),
        colour=SEARCHING_COLOUR,
    )
    if status.queued:
        races = ", ".join(race_name(game_data, r) for r in status.races) or TEXT["none"]
        embed.add_field(name=TEXT["races"], value=races)
        embed.add_field(name=TEXT["vetoes"], value=", ".join(status.vetoes) or TEXT["none"])
    embed.add_field(
        name=TEXT["queued"],
        value=TEXT["queued_value"].format(total=counts.total, bw=counts.bw, sc2=counts.sc2, both=counts.both),
        inline=False,
    )
    embed.add_field(
        name=TEXT["active"].format(minutes=active_window_s // 60),
        value=str(status.active_players),
    )
    embed.add_field(name=TEXT["playing"], value=str(status.active_matches))
    if status.queued and status.joined_at is not None and status.waited_s is not None:
        embed.add_field(
            name=TEXT["waiting"],
            value=TEXT["waiting_value"].format(
                joined=relative_time(status.joined_at), minutes=int(status.waited_s // 60)
            ),
            inline=False,
        )
        embed.add_field(name=TEXT["estimate"], value=estimate_text(status), inline=False)
    return embed


def estimate_text(status: QueueStatus) -> str:
    estimate = status.estimate
    if estimate is None:
        return TEXT["estimate_unknown"]
    basis = max(1, round(estimate.basis))
    if estimate.seconds < 60:
        return TEXT["estimate_short"].format(basis=basis)
    return TEXT["estimate_value"].format(minutes=round(estimate.seconds / 60), basis=basis)
