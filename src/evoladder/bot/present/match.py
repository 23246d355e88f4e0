"""The match messages: match found (nobody named), the full match message (kept current), a replay's
details, the result, the Shield Battery notice, and a dispute with both players' evidence.

Every sentence is one entry of ``TEXT`` with named placeholders, so it can move to a message catalog
as a whole.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

import discord

from evoladder.bot import limits
from evoladder.bot.present.text import absolute_time, flag, race_name, rank_text, relative_time, truncate
from evoladder.gamedata import GameData
from evoladder.services.views import MatchSide as MatchSide
from evoladder.store.records import Match, Replay

MATCH_COLOUR = discord.Colour.green()
CONFLICT_COLOUR = discord.Colour.red()
NOTICE_COLOUR = discord.Colour.gold()
STATUS_ICON = {"pass": "✅", "warn": "⚠️", "fail": "❌"}
TEXT = {
    "found_title": "Match found · #{match_id}",
    "found_body": (
        "A ranked opponent is ready for you. Confirm {confirm_by}, or the match is cancelled.\n"
        "Aborting uses one of your aborts; aborts left this month: {aborts_left}.\n"
        "You will see who you play once both of you have confirmed."
    ),
    "match_title": "Match #{match_id}",
    "player_1": "Player 1",
    "player_2": "Player 2",
    "identity": "{mention} · @{username}",
    "identity_unknown": "{mention}",
    "side": "{flag} **{name}** · {race}",
    "rating": "{rank} · MMR **{mmr}**",
    "battletag": "BattleTag {battletag}",
    "no_battletag": "BattleTag not set",
    "alt_names": "Also plays as {names}",
    "prediction": "Prediction",
    "prediction_value": "{name_a} {chance_a} % · {name_b} {chance_b} %",
    "map": "Map",
    "map_value": "{map_name}\n{link}",
    "no_map_link": "no link for this region",
    "server": "Server",
    "server_value": "{server} ({region})",
    "mod": "Mod",
    "lobby": "Lobby",
    "lobby_value": (
        "Channel `{channel}` · privacy {privacy} · speed {speed} · duration {duration} · "
        "alliances {alliances} · {observers} observers"
    ),
    "reports": "Reports",
    "report_line": "{name}: {report}",
    "replays": "Replays",
    "replay_missing": "{name}: not sent yet — send me the .SC2Replay here",
    "replay_verified": "{name}: ✅ verified — {outcome}",
    "replay_unverified": "{name}: ❌ not verified ({failed})",
    "result": "Result",
    "result_completed": "{headline} · {name_a} {delta_a:+d} · {name_b} {delta_b:+d} MMR",
    "result_conflict": "Disputed: an admin decides with the evidence. No MMR changed yet.",
    "result_ended": "No result: the match was {status}. No MMR changed.",
    "report_by": "Report by",
    "report_footer": "Report the result once you played (pick it, then confirm); send me your replay here.",
    "details_title_ok": "Replay of match #{match_id} · verified",
    "details_title_bad": "Replay of match #{match_id} · not verified",
    "details_body": (
        "{side_a} vs {side_b}\nWinner: {winner}\nMap: {map_name}\nStarted: {started}\n"
        "Duration: {duration}\nObservers: {observers}"
    ),
    "details_settled": "This replay settles the result for both players.",
    "details_unsettled": "This replay does not settle the result; the reports and the admins decide.",
    "details_side": "{name} ({race})",
    "no_winner": "none recorded",
    "no_observers": "none",
    "duration": "{minutes} min {seconds} s",
    "checks": "Checks",
    "checks_more": "Checks (cont.)",
    "checks_cut": "More checks in `/admin match`.",
    "result_title": "Match #{match_id} · {headline}",
    "result_change": "{side}: {before} → **{after}** ({delta:+d})",
    "result_no_change": "{side}: MMR {mmr}",
    "result_map": "Map: {map_name}",
    "won": "{name} won",
    "draw": "Draw",
    "conflict_title": "Conflict · match #{match_id}",
    "conflict_report": "{side} reported **{report}**",
    "conflict_no_report": "{side} did not report",
    "conflict_why": "Why: {reason}",
    "conflict_replay": "Replay of {name}",
    "conflict_no_replay": "No replay sent.",
    "conflict_footer": "Resolve with /admin resolve, giving the result and a reason.",
    "shield_title": "Shield Battery lag: read this before you play",
    "shield_body": (
        "This match has a Brood War Protoss player. The Brood War Shield Battery's oversized splat "
        "model causes severe lag. Before the game, either set Options → Graphics → Effects to Low, or "
        "set `splatlod=0` in every `Variables.txt` (the community's small program does it for you: "
        "{fix_url}); then restart StarCraft II.\nThe problem goes away once the mod can be re-uploaded "
        "to battle.net."
    ),
}
REPORT_TEXT = {"win": "I won", "loss": "I lost", "draw": "Draw", None: "no report yet"}
REASON_TEXT = {
    "reports_disagree": "the two reports disagree",
    "report_contradicts_replay": "a report contradicts a verified replay",
    "lone_report_at_deadline": "only one player reported before the deadline",
}


def verdict_checks(verdict: Mapping[str, Any] | None) -> list[tuple[str, str, str]]:
    """``(check, status, reason)`` rows of a replay verdict as the services store it."""
    if not verdict:
        return []
    return [
        (str(c.get("name")), str(c.get("status")), str(c.get("reason"))) for c in verdict.get("checks") or []
    ]


def side_line(side: MatchSide, game_data: GameData) -> str:
    return TEXT["side"].format(
        flag=flag(side.country),
        name=discord.utils.escape_markdown(side.player_name),
        race=race_name(game_data, side.race),
    )


def side_details(side: MatchSide, game_data: GameData) -> str:
    """One player in the match message: who to reach on Discord, then the ladder facts."""
    mention = f"<@{side.discord_uid}>"
    identity = (
        TEXT["identity"].format(mention=mention, username=discord.utils.escape_markdown(side.discord_name))
        if side.discord_name
        else TEXT["identity_unknown"].format(mention=mention)
    )
    lines = [
        identity,
        side_line(side, game_data),
        TEXT["rating"].format(rank=rank_text(side.letter), mmr=side.mmr),
        TEXT["battletag"].format(battletag=side.battletag) if side.battletag else TEXT["no_battletag"],
    ]
    if side.alt_names:
        lines.append(TEXT["alt_names"].format(names=", ".join(side.alt_names)))
    return truncate("\n".join(lines), limits.EMBED_FIELD_VALUE_MAX)


def match_found_embed(match_id: int, *, confirm_by: datetime, aborts_left: int) -> discord.Embed:
    """The first message of a match: confirm before the deadline, what aborting costs — and no
    opponent (hidden until both confirmed, so nobody dodges)."""
    return discord.Embed(
        title=TEXT["found_title"].format(match_id=match_id),
        description=TEXT["found_body"].format(confirm_by=relative_time(confirm_by), aborts_left=aborts_left),
        colour=MATCH_COLOUR,
    )


def headline(result: str, a: MatchSide, b: MatchSide) -> str:
    if result == "draw":
        return TEXT["draw"]
    return TEXT["won"].format(name=(a if result == "a" else b).player_name)


def replay_line(name: str, replay: Replay | None) -> str:
    if replay is None:
        return TEXT["replay_missing"].format(name=name)
    verdict = replay.verdict
    if verdict.get("ok"):
        outcome = next((r for n, s, r in verdict_checks(verdict) if n == "result"), "")
        return TEXT["replay_verified"].format(name=name, outcome=outcome)
    failed = ", ".join(n for n, s, _ in verdict_checks(verdict) if s == "fail")
    return TEXT["replay_unverified"].format(name=name, failed=failed)


def match_embed(
    match: Match,
    a: MatchSide,
    b: MatchSide,
    *,
    win_chance_a: float,
    replays: tuple[Replay | None, Replay | None],
    game_data: GameData,
    report_by: datetime | None,
) -> discord.Embed:
    """The full match message after both confirmed: each player (Discord mention and username first),
    prediction, map, mod, server, lobby — and the reports, replays and result as they stand now."""
    server = game_data.servers.get(match.server)
    region = server.bnet_region if server else None
    game_map = game_data.game_map(match.map)
    map_link = game_map.links.get(region) if game_map and region else None
    mod_link = game_data.mod.links.get(region) if region else None
    lobby = game_data.lobby
    embed = discord.Embed(title=TEXT["match_title"].format(match_id=match.match_id), colour=MATCH_COLOUR)
    embed.add_field(name=TEXT["player_1"], value=side_details(a, game_data), inline=True)
    embed.add_field(name=TEXT["player_2"], value=side_details(b, game_data), inline=True)
    chance = round(100 * win_chance_a)
    embed.add_field(
        name=TEXT["prediction"],
        value=TEXT["prediction_value"].format(
            name_a=a.player_name, chance_a=chance, name_b=b.player_name, chance_b=100 - chance
        ),
        inline=False,
    )
    link = map_link or TEXT["no_map_link"]
    embed.add_field(
        name=TEXT["map"], value=truncate(TEXT["map_value"].format(map_name=match.map, link=link), 1024)
    )
    embed.add_field(
        name=TEXT["server"],
        value=TEXT["server_value"].format(server=server.name, region=server.bnet_region)
        if server
        else match.server,
    )
    embed.add_field(
        name=TEXT["mod"],
        value=truncate(f"{game_data.mod.name}\n{mod_link or ''}".strip(), 1024),
        inline=False,
    )
    embed.add_field(
        name=TEXT["lobby"],
        value=TEXT["lobby_value"].format(
            channel=lobby.channel,
            privacy=lobby.privacy,
            speed=lobby.speed,
            duration=lobby.duration,
            alliances="locked" if lobby.locked_alliances else "unlocked",
            observers=lobby.observers,
        ),
        inline=False,
    )
    reports = [
        TEXT["report_line"].format(name=side.player_name, report=REPORT_TEXT.get(report, report))
        for side, report in ((a, match.report_a), (b, match.report_b))
    ]
    embed.add_field(name=TEXT["reports"], value="\n".join(reports), inline=False)
    lines = [replay_line(side.player_name, replay) for side, replay in zip((a, b), replays, strict=True)]
    embed.add_field(name=TEXT["replays"], value=truncate("\n".join(lines), 1024), inline=False)
    if match.status == "completed" and match.result is not None:
        value = TEXT["result_completed"].format(
            headline=headline(match.result, a, b),
            name_a=a.player_name,
            delta_a=match.delta_a or 0,
            name_b=b.player_name,
            delta_b=match.delta_b or 0,
        )
        embed.add_field(name=TEXT["result"], value=truncate(value, 1024), inline=False)
    elif match.status == "conflict":
        embed.add_field(name=TEXT["result"], value=TEXT["result_conflict"], inline=False)
    elif match.status != "in_progress":
        embed.add_field(
            name=TEXT["result"], value=TEXT["result_ended"].format(status=match.status), inline=False
        )
    elif report_by is not None:
        embed.add_field(name=TEXT["report_by"], value=absolute_time(report_by), inline=False)
        embed.set_footer(text=TEXT["report_footer"])
    return embed


def check_fields(embed: discord.Embed, checks: Sequence[tuple[str, str, str]]) -> None:
    """Every check as ``✅ name: reason`` lines, in as many fields as it takes within Discord's limits."""
    lines = [truncate(f"{STATUS_ICON.get(s, s)} {n}: {r}", 300) for n, s, r in checks]
    budget = limits.EMBED_TOTAL_MAX - limits.embed_total_chars(embed.to_dict()) - 200
    chunks: list[list[str]] = [[]]
    for line in lines:
        if len("\n".join([*chunks[-1], line])) > limits.EMBED_FIELD_VALUE_MAX:
            chunks.append([])
        chunks[-1].append(line)
    for i, chunk in enumerate(c for c in chunks[:5] if c):
        value = "\n".join(chunk)
        if budget - len(value) < 0:
            embed.add_field(name="…", value=TEXT["checks_cut"], inline=False)
            break
        budget -= len(value) + 20
        embed.add_field(name=TEXT["checks"] if i == 0 else TEXT["checks_more"], value=value, inline=False)


def replay_details_embed(
    match_id: int,
    summary: Mapping[str, Any],
    verdict: Mapping[str, Any],
    *,
    settled: bool,
    game_data: GameData,
) -> discord.Embed:
    """What a replay shows, then every check with its reason: the uploader's proof of what counted."""
    humans = [p for p in summary.get("players") or [] if p.get("is_human")]
    sides = [
        TEXT["details_side"].format(
            name=p.get("name"), race=race_name(game_data, p["race"]) if p.get("race") else p.get("race_text")
        )
        for p in humans
    ]
    while len(sides) < 2:
        sides.append("?")
    winners = [p.get("name") for p in humans if p.get("result") == "win"]
    length = int(summary.get("game_length_s") or 0)
    started = summary.get("started_at")
    started_text = absolute_time(datetime.fromisoformat(started)) if isinstance(started, str) else "?"
    description = TEXT["details_body"].format(
        side_a=sides[0],
        side_b=" / ".join(sides[1:]),
        winner=", ".join(str(w) for w in winners) or TEXT["no_winner"],
        map_name=summary.get("map_name"),
        started=started_text,
        duration=TEXT["duration"].format(minutes=length // 60, seconds=length % 60),
        observers=", ".join(summary.get("observers") or ()) or TEXT["no_observers"],
    )
    ok = bool(verdict.get("ok"))
    embed = discord.Embed(
        title=TEXT["details_title_ok" if ok else "details_title_bad"].format(match_id=match_id),
        description=truncate(description, limits.EMBED_DESCRIPTION_MAX),
        colour=MATCH_COLOUR if ok else CONFLICT_COLOUR,
    )
    check_fields(embed, verdict_checks(verdict))
    embed.set_footer(text=TEXT["details_settled" if settled else "details_unsettled"])
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

    def change(side: MatchSide, delta: int | None) -> str:
        line = side_line(side, game_data)
        if delta is None:
            return TEXT["result_no_change"].format(side=line, mmr=side.mmr)
        return TEXT["result_change"].format(side=line, before=side.mmr, after=side.mmr + delta, delta=delta)

    lines = [change(a, delta_a), change(b, delta_b), TEXT["result_map"].format(map_name=map_name)]
    return discord.Embed(
        title=truncate(
            TEXT["result_title"].format(match_id=match_id, headline=headline(result, a, b)),
            limits.EMBED_TITLE_MAX,
        ),
        description=truncate("\n".join(lines), limits.EMBED_DESCRIPTION_MAX),
        colour=MATCH_COLOUR,
    )


def shield_battery_embed(fix_url: str) -> discord.Embed:
    return discord.Embed(
        title=TEXT["shield_title"],
        description=truncate(TEXT["shield_body"].format(fix_url=fix_url), limits.EMBED_DESCRIPTION_MAX),
        colour=NOTICE_COLOUR,
    )


def conflict_embed(
    match_id: int,
    a: MatchSide,
    b: MatchSide,
    *,
    evidence: Mapping[str, Any],
    map_name: str,
    game_data: GameData,
) -> discord.Embed:
    """A dispute for the admins with the evidence: both reports, why it is disputed, and each
    player's replay checks side by side (``evidence`` as ``conflict_evidence`` gives it)."""
    lines = [
        TEXT["conflict_report"].format(
            side=side_line(side, game_data), report=REPORT_TEXT.get(report, report)
        )
        if (report := evidence.get(key)) is not None
        else TEXT["conflict_no_report"].format(side=side_line(side, game_data))
        for side, key in ((a, "report_a"), (b, "report_b"))
    ]
    reason = evidence.get("end_reason")
    if reason in REASON_TEXT:
        lines.append(TEXT["conflict_why"].format(reason=REASON_TEXT[reason]))
    lines.append(TEXT["result_map"].format(map_name=map_name))
    embed = discord.Embed(
        title=TEXT["conflict_title"].format(match_id=match_id),
        description=truncate("\n".join(lines), limits.EMBED_DESCRIPTION_MAX),
        colour=CONFLICT_COLOUR,
    )
    # Side by side: two inline fields, each within a field's limit and together within the embed's.
    for side, key in ((a, "replay_a"), (b, "replay_b")):
        replay = evidence.get(key)
        rows = verdict_checks(replay.get("verdict") if isinstance(replay, Mapping) else None)
        value = "\n".join(truncate(f"{STATUS_ICON.get(s, s)} {n}: {r}", 160) for n, s, r in rows)
        embed.add_field(
            name=TEXT["conflict_replay"].format(name=side.player_name),
            value=truncate(value or TEXT["conflict_no_replay"], limits.EMBED_FIELD_VALUE_MAX),
            inline=True,
        )
    embed.set_footer(text=TEXT["conflict_footer"])
    return embed
