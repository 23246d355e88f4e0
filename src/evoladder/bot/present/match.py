"""The match messages: match found, the full match message, the result, a conflict for the admins."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

import discord

from evoladder.bot import limits
from evoladder.bot.present.text import absolute_time, flag, race_name, rank_text, relative_time, truncate
from evoladder.gamedata import GameData
from evoladder.services.views import MatchSide as MatchSide

MATCH_COLOUR = discord.Colour.green()
CONFLICT_COLOUR = discord.Colour.red()
RESULT_TEXT = {"a": "{a} won", "b": "{b} won", "draw": "Draw"}
REPORT_TEXT = {"win": "I won", "loss": "I lost", "draw": "Draw", None: "no report"}
STATUS_ICON = {"pass": "✅", "warn": "⚠️", "fail": "❌"}


def verdict_checks(verdict: Mapping[str, Any] | None) -> list[tuple[str, str, str]]:
    """``(check, status, reason)`` rows of a replay verdict as the services store it."""
    if not verdict:
        return []
    return [
        (str(c.get("name")), str(c.get("status")), str(c.get("reason"))) for c in verdict.get("checks") or []
    ]


def side_line(side: MatchSide, game_data: GameData) -> str:
    return f"{flag(side.country)} **{discord.utils.escape_markdown(side.player_name)}** · {race_name(game_data, side.race)}"


def side_details(side: MatchSide, game_data: GameData) -> str:
    lines = [
        side_line(side, game_data),
        f"{rank_text(side.letter)} · MMR **{side.mmr}**",
        f"BattleTag {side.battletag or 'not set'}",
    ]
    if side.alt_names:
        lines.append(f"Also plays as {', '.join(side.alt_names)}")
    return truncate("\n".join(lines), limits.EMBED_FIELD_VALUE_MAX)


def match_found_embed(
    match_id: int,
    me: MatchSide,
    opponent: MatchSide,
    *,
    confirm_by: datetime,
    aborts_left: int,
    game_data: GameData,
) -> discord.Embed:
    """The first message of a match: who against whom, confirm before the deadline, what aborting costs."""
    plural = "" if aborts_left == 1 else "s"
    return discord.Embed(
        title=f"Match found · #{match_id}",
        description=(
            f"You play {race_name(game_data, me.race)} against {side_line(opponent, game_data)} "
            f"(MMR {opponent.mmr}).\n"
            f"Confirm {relative_time(confirm_by)}, or the match is cancelled.\n"
            f"Aborting uses one of your aborts: {aborts_left} abort{plural} left this month."
        ),
        colour=MATCH_COLOUR,
    )


def match_embed(
    match_id: int,
    a: MatchSide,
    b: MatchSide,
    *,
    win_chance_a: float,
    map_name: str,
    server_code: str,
    game_data: GameData,
    replay_status: str | None,
    report_by: datetime | None,
) -> discord.Embed:
    """The full match message after both confirmed: players, prediction, map, mod, server, lobby, replay."""
    server = game_data.servers.get(server_code)
    region = server.bnet_region if server else None
    game_map = game_data.game_map(map_name)
    map_link = game_map.links.get(region) if game_map and region else None
    mod_link = game_data.mod.links.get(region) if region else None
    lobby = game_data.lobby
    embed = discord.Embed(title=f"Match #{match_id}", colour=MATCH_COLOUR)
    embed.add_field(name="Player 1", value=side_details(a, game_data), inline=True)
    embed.add_field(name="Player 2", value=side_details(b, game_data), inline=True)
    embed.add_field(
        name="Prediction",
        value=f"{a.player_name} {100 * win_chance_a:.0f} % · {b.player_name} {100 * (1 - win_chance_a):.0f} %",
        inline=False,
    )
    embed.add_field(
        name="Map", value=truncate(f"{map_name}\n{map_link or 'no link for this region'}", 1024), inline=True
    )
    embed.add_field(
        name="Server",
        value=f"{server.name} ({server.bnet_region})" if server else server_code,
        inline=True,
    )
    embed.add_field(
        name="Mod", value=truncate(f"{game_data.mod.name}\n{mod_link or ''}".strip(), 1024), inline=False
    )
    embed.add_field(
        name="Lobby",
        value=(
            f"Channel `{lobby.channel}` · privacy {lobby.privacy} · speed {lobby.speed} · "
            f"duration {lobby.duration} · alliances {'locked' if lobby.locked_alliances else 'unlocked'} · "
            f"{lobby.observers} observers"
        ),
        inline=False,
    )
    embed.add_field(
        name="Replay",
        value=truncate(replay_status or "Not uploaded yet: send the .SC2Replay to me in this DM.", 1024),
        inline=False,
    )
    if report_by is not None:
        embed.set_footer(text="Report the result before the deadline; it closes the match.")
        embed.add_field(name="Report by", value=absolute_time(report_by), inline=False)
    return embed


def result_embed(
    match_id: int,
    a: MatchSide,
    b: MatchSide,
    *,
    result: str,
    delta_a: int | None,
    delta_b: int | None,
    map_name: str,
    game_data: GameData,
) -> discord.Embed:
    """A completed match for the results channel and both players: who won, the MMR changes."""
    headline = RESULT_TEXT.get(result, result).format(a=a.player_name, b=b.player_name)

    def change(side: MatchSide, delta: int | None) -> str:
        if delta is None:
            return f"{side_line(side, game_data)}: MMR {side.mmr}"
        return f"{side_line(side, game_data)}: {side.mmr} → **{side.mmr + delta}** ({delta:+d})"

    embed = discord.Embed(
        title=truncate(f"Match #{match_id} · {headline}", limits.EMBED_TITLE_MAX),
        description=truncate(f"{change(a, delta_a)}\n{change(b, delta_b)}\nMap: {map_name}", 4096),
        colour=MATCH_COLOUR,
    )
    return embed


def conflict_embed(
    match_id: int,
    a: MatchSide,
    b: MatchSide,
    *,
    report_a: str | None,
    report_b: str | None,
    checks: Sequence[tuple[str, str, str]],
    map_name: str,
    game_data: GameData,
) -> discord.Embed:
    """A dispute for the admin channel with the evidence: both reports and each replay check.

    ``checks`` are ``(check, status, reason)`` with status pass / warn / fail, from the replay verdict.
    """
    embed = discord.Embed(
        title=f"Conflict · match #{match_id}",
        description=truncate(
            f"{side_line(a, game_data)} reported **{REPORT_TEXT.get(report_a, report_a)}**\n"
            f"{side_line(b, game_data)} reported **{REPORT_TEXT.get(report_b, report_b)}**\n"
            f"Map: {map_name}",
            limits.EMBED_DESCRIPTION_MAX,
        ),
        colour=CONFLICT_COLOUR,
    )
    if checks:
        lines = [f"{STATUS_ICON.get(status, status)} {check}: {reason}" for check, status, reason in checks]
        # One field per 1024 characters of evidence, keeping the total under Discord's 6000.
        budget = limits.EMBED_TOTAL_MAX - limits.embed_total_chars(embed.to_dict()) - 200
        chunk: list[str] = []
        fields: list[str] = []
        for line in (truncate(line, 300) for line in lines):
            if len("\n".join([*chunk, line])) > limits.EMBED_FIELD_VALUE_MAX:
                fields.append("\n".join(chunk))
                chunk = []
            chunk.append(line)
        fields.append("\n".join(chunk))
        for i, value in enumerate(fields[:5]):
            if budget - len(value) < 0:
                embed.add_field(name="…", value="More checks in `/admin match`.", inline=False)
                break
            budget -= len(value) + 20
            embed.add_field(
                name="Replay checks" if i == 0 else "Replay checks (cont.)", value=value, inline=False
            )
    else:
        embed.add_field(name="Replay", value="No replay was uploaded.", inline=False)
    embed.set_footer(text="Resolve with /admin resolve, giving the result and a reason.")
    return embed
