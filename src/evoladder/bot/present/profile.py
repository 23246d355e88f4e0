"""The ``/profile`` embed from the store's ``Profile`` payload: names and places, the account status, every
race together, then each race."""

from __future__ import annotations

import discord

from evoladder.bot import limits
from evoladder.bot.present.text import (
    flag,
    race_name,
    record_text,
    relative_time,
    truncate,
    win_percent_text,
)
from evoladder.gamedata import GameData
from evoladder.store.profile import AccountStatus, Profile, RaceProfile, Wld

PROFILE_COLOUR = discord.Colour.blurple()

TEXT = {
    "unnamed": "Unnamed player",
    "title": "{flag} {name}",
    "battletag": "**BattleTag** {battletag}",
    "alt_names": "**Alt names** {names}",
    "country": "**Country** {country}",
    "region": "**Region** {region}",
    "not_set": "not set",
    "none": "none",
    "banned_line": "⛔ **Banned from the ladder**",
    "window": "{days} d: {record}",
    "race_mmr": "MMR **{mmr}** · {record} ({percent})",
    "race_name": "{race} — {rank}",
    "rank": "Rank {letter}",
    "unranked": "Unranked",
    "last_played": "Last played {when}",
    "not_played": "Not played yet",
    "no_games_name": "No games yet",
    "no_games_value": "Queue with `/queue` to get your first rating.",
    "overall_name": "All races",
    "overall_value": "**{record}** ({percent}) · {games} games",
    "account_name": "Account",
    "terms_ok": "✅ Terms of service accepted",
    "terms_missing": "❌ Terms of service not accepted: use `/termsofservice`",
    "setup_ok": "✅ Setup complete",
    "setup_missing": "❌ Setup not finished: use `/setup`",
    "not_banned": "✅ In good standing",
    "banned": "⛔ Banned: {reason}",
    "banned_no_reason": "⛔ Banned (no reason given): contact an admin",
    "activation": "🔑 {activation}",
    "aborts": "{left} of {per_month} aborts left this month; full again {reset}",
    "footer": "{left} aborts left this month",
    "footer_one": "1 abort left this month",
}


def _windows(recent: dict[int, Wld]) -> str:
    return " · ".join(
        TEXT["window"].format(days=days, record=record_text(w.wins, w.losses, w.draws))
        for days, w in sorted(recent.items())
    )


def _race_field(race: RaceProfile, game_data: GameData) -> tuple[str, str]:
    total = race.total
    lines = [
        TEXT["race_mmr"].format(
            mmr=race.mmr,
            record=record_text(total.wins, total.losses, total.draws),
            percent=win_percent_text(total.wins, total.losses, total.draws),
        ),
        _windows(race.recent),
        TEXT["last_played"].format(when=relative_time(race.last_played_at))
        if race.last_played_at
        else TEXT["not_played"],
    ]
    rank = TEXT["rank"].format(letter=race.letter) if race.letter else TEXT["unranked"]
    name = TEXT["race_name"].format(race=race_name(game_data, race.race), rank=rank)
    return truncate(name, limits.EMBED_FIELD_NAME_MAX), truncate(
        "\n".join(lines), limits.EMBED_FIELD_VALUE_MAX
    )


def account_lines(account: AccountStatus, per_month: int) -> list[str]:
    """The account status, one line per fact (terms, setup, standing, activation, aborts)."""
    lines = [
        TEXT["terms_ok"] if account.terms_accepted else TEXT["terms_missing"],
        TEXT["setup_ok"] if account.setup_done else TEXT["setup_missing"],
    ]
    if not account.banned:
        lines.append(TEXT["not_banned"])
    elif account.ban_reason:
        # The reason is an admin's free text, bounded so the field always fits.
        lines.append(TEXT["banned"].format(reason=truncate(account.ban_reason, 300)))
    else:
        lines.append(TEXT["banned_no_reason"])
    if account.activation is not None:
        lines.append(TEXT["activation"].format(activation=truncate(account.activation, 200)))
    lines.append(
        TEXT["aborts"].format(
            left=account.aborts_left, per_month=per_month, reset=relative_time(account.aborts_reset_at)
        )
    )
    return lines


def profile_embed(
    profile: Profile,
    game_data: GameData,
    *,
    chart_filename: str | None = None,
    aborts_per_month: int = 3,
) -> discord.Embed:
    """Name, BattleTag, alt names, country, region; the account status; all races together; per race
    rank, MMR, W-L-D, recent form.

    ``chart_filename`` names an attached MMR-over-time picture to show inside the embed.
    """
    title = TEXT["title"].format(flag=flag(profile.country), name=profile.player_name or TEXT["unnamed"])
    region = game_data.regions.get(profile.region or "")
    country = game_data.countries.get(profile.country or "", profile.country or TEXT["not_set"])
    details = [
        TEXT["battletag"].format(battletag=profile.battletag or TEXT["not_set"]),
        TEXT["alt_names"].format(names=", ".join(profile.alt_names) if profile.alt_names else TEXT["none"]),
        TEXT["country"].format(country=country),
        TEXT["region"].format(region=region.name if region else TEXT["not_set"]),
    ]
    if profile.banned:
        details.insert(0, TEXT["banned_line"])
    embed = discord.Embed(
        title=truncate(title, limits.EMBED_TITLE_MAX),
        description=truncate("\n".join(details), limits.EMBED_DESCRIPTION_MAX),
        colour=PROFILE_COLOUR,
    )
    embed.add_field(
        name=TEXT["account_name"],
        value=truncate(
            "\n".join(account_lines(profile.account, aborts_per_month)), limits.EMBED_FIELD_VALUE_MAX
        ),
        inline=False,
    )
    if not profile.races:
        embed.add_field(name=TEXT["no_games_name"], value=TEXT["no_games_value"], inline=False)
    else:
        overall = profile.overall
        value = "\n".join(
            [
                TEXT["overall_value"].format(
                    record=record_text(overall.wins, overall.losses, overall.draws),
                    percent=win_percent_text(overall.wins, overall.losses, overall.draws),
                    games=overall.games,
                ),
                _windows(profile.overall_recent),
            ]
        )
        embed.add_field(
            name=TEXT["overall_name"], value=truncate(value, limits.EMBED_FIELD_VALUE_MAX), inline=False
        )
    for race in profile.races[: limits.EMBED_FIELDS_MAX - 2]:
        name, value = _race_field(race, game_data)
        embed.add_field(name=name, value=value, inline=False)
    left = profile.aborts_left
    embed.set_footer(text=TEXT["footer_one"] if left == 1 else TEXT["footer"].format(left=left))
    if chart_filename is not None:
        embed.set_image(url=f"attachment://{chart_filename}")
    return embed
