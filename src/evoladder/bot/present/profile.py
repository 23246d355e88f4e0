"""The ``/profile`` embed from the store's ``Profile`` payload."""

from __future__ import annotations

import discord

from evoladder.bot import limits
from evoladder.bot.present.text import (
    flag,
    race_name,
    rank_text,
    record_text,
    relative_time,
    truncate,
    win_percent_text,
)
from evoladder.gamedata import GameData
from evoladder.store.profile import Profile, RaceProfile

PROFILE_COLOUR = discord.Colour.blurple()


def _race_field(race: RaceProfile, game_data: GameData) -> tuple[str, str]:
    total = race.total
    lines = [
        f"MMR **{race.mmr}** · {record_text(total.wins, total.losses, total.draws)} "
        f"({win_percent_text(total.wins, total.losses, total.draws)})",
        " · ".join(
            f"{days} d: {record_text(w.wins, w.losses, w.draws)}" for days, w in sorted(race.recent.items())
        ),
        f"Last played {relative_time(race.last_played_at)}" if race.last_played_at else "Not played yet",
    ]
    name = f"{race_name(game_data, race.race)} — {rank_text(race.letter).replace('**', '')}"
    return truncate(name, limits.EMBED_FIELD_NAME_MAX), truncate(
        "\n".join(lines), limits.EMBED_FIELD_VALUE_MAX
    )


def profile_embed(
    profile: Profile, game_data: GameData, *, chart_filename: str | None = None
) -> discord.Embed:
    """Name, BattleTag, alt names, country, region; per race rank, MMR, W-L-D, recent form; aborts left.

    ``chart_filename`` names an attached MMR-over-time picture to show inside the embed.
    """
    title = f"{flag(profile.country)} {profile.player_name or 'Unnamed player'}"
    region = game_data.regions.get(profile.region or "")
    country = game_data.countries.get(profile.country or "", profile.country or "not set")
    details = [
        f"**BattleTag** {profile.battletag or 'not set'}",
        f"**Alt names** {', '.join(profile.alt_names) if profile.alt_names else 'none'}",
        f"**Country** {country}",
        f"**Region** {region.name if region else 'not set'}",
    ]
    if profile.banned:
        details.insert(0, "⛔ **Banned from the ladder**")
    embed = discord.Embed(
        title=truncate(title, limits.EMBED_TITLE_MAX),
        description=truncate("\n".join(details), limits.EMBED_DESCRIPTION_MAX),
        colour=PROFILE_COLOUR,
    )
    if not profile.races:
        embed.add_field(
            name="No games yet", value="Queue with `/queue` to get your first rating.", inline=False
        )
    for race in profile.races[: limits.EMBED_FIELDS_MAX - 1]:
        name, value = _race_field(race, game_data)
        embed.add_field(name=name, value=value, inline=False)
    plural = "" if profile.aborts_left == 1 else "s"
    embed.set_footer(text=f"{profile.aborts_left} abort{plural} left this month")
    if chart_filename is not None:
        embed.set_image(url=f"attachment://{chart_filename}")
    return embed
