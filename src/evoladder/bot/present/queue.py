"""The searching message (edited every wave) and the queue panel's quick-start line.

Every sentence is a message of ``locales/<locale>/queue.ftl``, rendered in the reader's voice.
"""

from __future__ import annotations

import discord

from evoladder.bot.present.text import race_name, relative_time
from evoladder.bot.voice import Voice
from evoladder.gamedata import GameData
from evoladder.services.queueing import QueueStatus

SEARCHING_COLOUR = discord.Colour.orange()


def searching_embed(
    status: QueueStatus, game_data: GameData, say: Voice, *, active_window_s: int
) -> discord.Embed:
    """What a player waiting in the queue sees, as of the last wave (edited at every wave)."""
    counts = status.counts
    embed = discord.Embed(
        title=say("queue-searching-title") if status.queued else say("queue-not-queued-title"),
        description=say("queue-next-wave", next_wave=relative_time(status.next_wave_at)),
        colour=SEARCHING_COLOUR,
    )
    if status.queued:
        races = ", ".join(race_name(game_data, r, say.locale) for r in status.races) or say("queue-none")
        embed.add_field(name=say("queue-races"), value=races)
        embed.add_field(name=say("queue-vetoes"), value=", ".join(status.vetoes) or say("queue-none"))
    embed.add_field(
        name=say("queue-queued"),
        value=say("queue-queued-value", total=counts.total, bw=counts.bw, sc2=counts.sc2, both=counts.both),
        inline=False,
    )
    embed.add_field(
        name=say("queue-active", minutes=active_window_s // 60),
        value=str(status.active_players),
    )
    embed.add_field(name=say("queue-playing"), value=str(status.active_matches))
    if status.queued and status.joined_at is not None and status.waited_s is not None:
        embed.add_field(
            name=say("queue-waiting"),
            value=say(
                "queue-waiting-value",
                joined=relative_time(status.joined_at),
                minutes=int(status.waited_s // 60),
            ),
            inline=False,
        )
        embed.add_field(name=say("queue-estimate"), value=estimate_text(status, say), inline=False)
    return embed


def estimate_text(status: QueueStatus, say: Voice) -> str:
    estimate = status.estimate
    if estimate is None:
        return say("queue-estimate-unknown")
    basis = max(1, round(estimate.basis))
    if estimate.seconds < 60:
        return say("queue-estimate-short", basis=basis)
    return say("queue-estimate-value", minutes=round(estimate.seconds / 60), basis=basis)
