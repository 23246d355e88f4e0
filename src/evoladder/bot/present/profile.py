"""The ``/profile`` embed from the store's ``Profile`` payload: names and places, the account status, every
race together, then each race.

Every sentence is a message of ``locales/<locale>/boards.ftl``, rendered in the reader's voice.
"""

from __future__ import annotations

import discord

from evoladder.bot import limits
from evoladder.bot.present.text import (
    english_voice,
    flag,
    race_name,
    record_text,
    relative_time,
    truncate,
    win_percent_text,
)
from evoladder.bot.voice import Voice
from evoladder.gamedata import GameData
from evoladder.store.profile import AccountStatus, Profile, RaceProfile, Wld

PROFILE_COLOUR = discord.Colour.blurple()


def _windows(recent: dict[int, Wld], say: Voice) -> str:
    return " · ".join(
        say("boards-profile-window", days=days, record=record_text(w.wins, w.losses, w.draws))
        for days, w in sorted(recent.items())
    )


def _race_field(race: RaceProfile, game_data: GameData, say: Voice) -> tuple[str, str]:
    total = race.total
    lines = [
        say(
            "boards-profile-race-mmr",
            mmr=str(race.mmr),
            record=record_text(total.wins, total.losses, total.draws),
            percent=win_percent_text(total.wins, total.losses, total.draws, say),
        ),
        _windows(race.recent, say),
        say("boards-profile-last-played", when=relative_time(race.last_played_at))
        if race.last_played_at
        else say("boards-profile-not-played"),
    ]
    rank = say("boards-profile-rank", letter=race.letter) if race.letter else say("boards-unranked")
    name = say("boards-profile-race-name", race=race_name(game_data, race.race, say.locale), rank=rank)
    return truncate(name, limits.EMBED_FIELD_NAME_MAX), truncate(
        "\n".join(lines), limits.EMBED_FIELD_VALUE_MAX
    )


def account_lines(account: AccountStatus, per_month: int, say: Voice) -> list[str]:
    """The account status, one line per fact (terms, setup, standing, activation, aborts)."""
    lines = [
        say("boards-profile-terms-ok") if account.terms_accepted else say("boards-profile-terms-missing"),
        say("boards-profile-setup-ok") if account.setup_done else say("boards-profile-setup-missing"),
    ]
    if not account.banned:
        lines.append(say("boards-profile-not-banned"))
    elif account.ban_reason:
        # The reason is an admin's free text, bounded so the field always fits.
        lines.append(say("boards-profile-banned", reason=truncate(account.ban_reason, 300)))
    else:
        lines.append(say("boards-profile-banned-no-reason"))
    if account.activation is not None:
        lines.append(say("boards-profile-activation", activation=truncate(account.activation, 200)))
    lines.append(
        say(
            "boards-profile-aborts",
            left=account.aborts_left,
            per_month=per_month,
            reset=relative_time(account.aborts_reset_at),
        )
    )
    return lines


def profile_embed(
    profile: Profile,
    game_data: GameData,
    say: Voice | None = None,
    *,
    chart_filename: str | None = None,
    aborts_per_month: int = 3,
) -> discord.Embed:
    """Name, BattleTag, alt names, country, region; the account status; all races together; per race
    rank, MMR, W-L-D, recent form — in ``say``'s language (English when no voice is given).

    ``chart_filename`` names an attached MMR-over-time picture to show inside the embed.
    """
    say = say or english_voice()
    locale = say.locale
    name = profile.player_name or say("boards-profile-unnamed")
    title = f"{flag(profile.country)} {name}"
    not_set = say("boards-profile-not-set")
    country = (game_data.country_name(profile.country, locale) if profile.country else None) or (
        profile.country or not_set
    )
    code = profile.region
    region = game_data.region_name(code, locale) if code is not None and code in game_data.regions else None
    details = [
        say("boards-profile-battletag", battletag=profile.battletag or not_set),
        say(
            "boards-profile-alt-names",
            names=", ".join(profile.alt_names) if profile.alt_names else say("boards-profile-none"),
        ),
        say("boards-profile-country", country=country),
        say("boards-profile-region", region=region or not_set),
    ]
    if profile.banned:
        details.insert(0, say("boards-profile-banned-line"))
    embed = discord.Embed(
        title=truncate(title, limits.EMBED_TITLE_MAX),
        description=truncate("\n".join(details), limits.EMBED_DESCRIPTION_MAX),
        colour=PROFILE_COLOUR,
    )
    embed.add_field(
        name=say("boards-profile-account-name"),
        value=truncate(
            "\n".join(account_lines(profile.account, aborts_per_month, say)), limits.EMBED_FIELD_VALUE_MAX
        ),
        inline=False,
    )
    if not profile.races:
        embed.add_field(
            name=say("boards-profile-no-games-name"), value=say("boards-profile-no-games-value"), inline=False
        )
    else:
        overall = profile.overall
        value = "\n".join(
            [
                say(
                    "boards-profile-overall-value",
                    record=record_text(overall.wins, overall.losses, overall.draws),
                    percent=win_percent_text(overall.wins, overall.losses, overall.draws, say),
                    games=overall.games,
                ),
                _windows(profile.overall_recent, say),
            ]
        )
        embed.add_field(
            name=say("boards-profile-overall-name"),
            value=truncate(value, limits.EMBED_FIELD_VALUE_MAX),
            inline=False,
        )
    for race in profile.races[: limits.EMBED_FIELDS_MAX - 2]:
        field_name, field_value = _race_field(race, game_data, say)
        embed.add_field(name=field_name, value=field_value, inline=False)
    embed.set_footer(text=say("boards-profile-footer", left=profile.aborts_left))
    if chart_filename is not None:
        embed.set_image(url=f"attachment://{chart_filename}")
    return embed
