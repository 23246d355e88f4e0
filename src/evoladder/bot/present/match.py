"""The match messages: match found (nobody named), the full match message (kept current), a replay's
details, the result, the Shield Battery notice, and a dispute with both players' evidence.

Every sentence is a message of ``locales/<locale>/match.ftl``, rendered in the reader's voice (``say``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

import discord

from evoladder.bot import limits
from evoladder.bot.present.text import absolute_time, flag, race_name, relative_time, truncate
from evoladder.bot.voice import Voice
from evoladder.gamedata import GameData
from evoladder.i18n import DEFAULT_LOCALE, Key
from evoladder.matchmaking.model import PairingWhy
from evoladder.services.views import MatchSide as MatchSide
from evoladder.store.records import Match, Replay

MATCH_COLOUR = discord.Colour.green()
CONFLICT_COLOUR = discord.Colour.red()
NOTICE_COLOUR = discord.Colour.gold()
STATUS_ICON = {"pass": "✅", "warn": "⚠️", "fail": "❌"}
REPORT_KEYS: dict[str | None, Key] = {
    "win": Key("match-report-win"),
    "loss": Key("match-report-loss"),
    "draw": Key("match-report-draw"),
    None: Key("match-report-none"),
}
REASON_KEYS: dict[str, Key] = {
    "reports_disagree": Key("match-reason-reports-disagree"),
    "report_contradicts_replay": Key("match-reason-report-contradicts-replay"),
    "lone_report_at_deadline": Key("match-reason-lone-report-at-deadline"),
}


def report_text(report: str | None, say: Voice) -> str:
    """What a player reported (``win``/``loss``/``draw``, or none yet), in the reader's words."""
    key = REPORT_KEYS.get(report)
    return say(key) if key is not None else str(report)


def verdict_checks(verdict: Mapping[str, Any] | None) -> list[tuple[str, str, str]]:
    """``(check, status, reason)`` rows of a replay verdict as the services store it."""
    if not verdict:
        return []
    return [
        (str(c.get("name")), str(c.get("status")), str(c.get("reason"))) for c in verdict.get("checks") or []
    ]


def side_line(side: MatchSide, game_data: GameData, locale: str = DEFAULT_LOCALE) -> str:
    """``flag **name** · race``, the race named as a reader of ``locale`` reads it."""
    name = discord.utils.escape_markdown(side.player_name)
    return f"{flag(side.country)} **{name}** · {race_name(game_data, side.race, locale)}"


def side_details(side: MatchSide, game_data: GameData, say: Voice) -> str:
    """One player in the match message: who to reach on Discord, then the ladder facts."""
    mention = f"<@{side.discord_uid}>"
    identity = (
        f"{mention} · @{discord.utils.escape_markdown(side.discord_name)}" if side.discord_name else mention
    )
    rating = (
        say("match-rating-ranked", letter=side.letter, mmr=str(side.mmr))
        if side.letter
        else say("match-rating-unranked", mmr=str(side.mmr))
    )
    lines = [
        identity,
        side_line(side, game_data, say.locale),
        rating,
        say("match-battletag", battletag=side.battletag) if side.battletag else say("match-no-battletag"),
    ]
    if side.alt_names:
        lines.append(say("match-alt-names", names=", ".join(side.alt_names)))
    return truncate("\n".join(lines), limits.EMBED_FIELD_VALUE_MAX)


def match_found_embed(match_id: int, say: Voice, *, confirm_by: datetime, aborts_left: int) -> discord.Embed:
    """The first message of a match: confirm before the deadline, what aborting costs — and no
    opponent (hidden until both confirmed, so nobody dodges)."""
    return discord.Embed(
        title=say("match-found-title", match_id=str(match_id)),
        description=say("match-found-body", confirm_by=relative_time(confirm_by), aborts_left=aborts_left),
        colour=MATCH_COLOUR,
    )


def headline(result: str, a: MatchSide, b: MatchSide, say: Voice) -> str:
    if result == "draw":
        return say("match-draw")
    return say("match-won", name=(a if result == "a" else b).player_name)


def replay_line(name: str, replay: Replay | None, say: Voice) -> str:
    if replay is None:
        return say("match-replay-missing", name=name)
    verdict = replay.verdict
    if verdict.get("ok"):
        outcome = next((r for n, s, r in verdict_checks(verdict) if n == "result"), "")
        return say("match-replay-verified", name=name, outcome=outcome)
    failed = ", ".join(n for n, s, _ in verdict_checks(verdict) if s == "fail")
    return say("match-replay-unverified", name=name, failed=failed)


def pairing_line(why: PairingWhy, say: Voice) -> str:
    """Why the wave chose this opponent, in a line: the MMR gap against its window, both expected pings,
    how long each had waited (player A, the Brood War player, first)."""
    return say(
        "match-pairing-why",
        gap=str(round(why.mmr_gap)),
        window=str(round(why.window)),
        ping_a=str(round(why.bw_ping_ms)),
        ping_b=str(round(why.sc2_ping_ms)),
        waves_a=str(why.bw_waves),
        waves_b=str(why.sc2_waves),
    )


def match_embed(
    match: Match,
    a: MatchSide,
    b: MatchSide,
    say: Voice,
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
    embed = discord.Embed(title=say("match-title", match_id=str(match.match_id)), colour=MATCH_COLOUR)
    embed.add_field(name=say("match-player-1"), value=side_details(a, game_data, say), inline=True)
    embed.add_field(name=say("match-player-2"), value=side_details(b, game_data, say), inline=True)
    chance = round(100 * win_chance_a)
    prediction = say(
        "match-prediction-value",
        name_a=a.player_name,
        chance_a=chance,
        name_b=b.player_name,
        chance_b=100 - chance,
    )
    if match.pairing is not None:
        prediction += "\n" + pairing_line(PairingWhy.from_list(match.pairing), say)
    embed.add_field(name=say("match-prediction"), value=truncate(prediction, 1024), inline=False)
    link = map_link or say("match-no-map-link")
    embed.add_field(name=say("match-map"), value=truncate(f"{match.map}\n{link}", 1024))
    embed.add_field(
        name=say("match-server"),
        value=f"{game_data.server_name(match.server, say.locale)} ({server.bnet_region})"
        if server
        else match.server,
    )
    embed.add_field(
        name=say("match-mod"),
        value=truncate(f"{game_data.mod.name}\n{mod_link or ''}".strip(), 1024),
        inline=False,
    )
    alliances = say("match-alliances-locked") if lobby.locked_alliances else say("match-alliances-unlocked")
    embed.add_field(
        name=say("match-lobby"),
        value=say(
            "match-lobby-value",
            channel=lobby.channel,
            privacy=lobby.privacy,
            speed=lobby.speed,
            duration=lobby.duration,
            alliances=alliances,
            observers=lobby.observers,
        ),
        inline=False,
    )
    reports = [
        f"{side.player_name}: {report_text(report, say)}"
        for side, report in ((a, match.report_a), (b, match.report_b))
    ]
    embed.add_field(name=say("match-reports"), value="\n".join(reports), inline=False)
    lines = [replay_line(side.player_name, replay, say) for side, replay in zip((a, b), replays, strict=True)]
    embed.add_field(name=say("match-replays"), value=truncate("\n".join(lines), 1024), inline=False)
    if match.status == "completed" and match.result is not None:
        value = say(
            "match-result-completed",
            headline=headline(match.result, a, b, say),
            name_a=a.player_name,
            delta_a=f"{match.delta_a or 0:+d}",
            name_b=b.player_name,
            delta_b=f"{match.delta_b or 0:+d}",
        )
        embed.add_field(name=say("match-result"), value=truncate(value, 1024), inline=False)
    elif match.status == "conflict":
        embed.add_field(name=say("match-result"), value=say("match-result-conflict"), inline=False)
    elif match.status != "in_progress":
        embed.add_field(
            name=say("match-result"), value=say("match-result-ended", status=str(match.status)), inline=False
        )
    elif report_by is not None:
        embed.add_field(name=say("match-report-by"), value=absolute_time(report_by), inline=False)
        embed.set_footer(text=say("match-report-footer"))
    return embed


def check_fields(embed: discord.Embed, checks: Sequence[tuple[str, str, str]], say: Voice) -> None:
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
            embed.add_field(name="…", value=say("match-checks-cut"), inline=False)
            break
        budget -= len(value) + 20
        embed.add_field(
            name=say("match-checks") if i == 0 else say("match-checks-more"), value=value, inline=False
        )


def replay_details_embed(
    match_id: int,
    summary: Mapping[str, Any],
    verdict: Mapping[str, Any],
    say: Voice,
    *,
    settled: bool,
    game_data: GameData,
) -> discord.Embed:
    """What a replay shows, then every check with its reason: the uploader's proof of what counted."""
    humans = [p for p in summary.get("players") or [] if p.get("is_human")]
    sides = [
        "{} ({})".format(
            p.get("name"),
            race_name(game_data, p["race"], say.locale) if p.get("race") else p.get("race_text"),
        )
        for p in humans
    ]
    while len(sides) < 2:
        sides.append("?")
    winners = [p.get("name") for p in humans if p.get("result") == "win"]
    length = int(summary.get("game_length_s") or 0)
    started = summary.get("started_at")
    started_text = absolute_time(datetime.fromisoformat(started)) if isinstance(started, str) else "?"
    description = say(
        "match-details-body",
        side_a=sides[0],
        side_b=" / ".join(sides[1:]),
        winner=", ".join(str(w) for w in winners) or say("match-no-winner"),
        map_name=str(summary.get("map_name")),
        started=started_text,
        duration=say("match-duration", minutes=length // 60, seconds=length % 60),
        observers=", ".join(summary.get("observers") or ()) or say("match-no-observers"),
    )
    ok = bool(verdict.get("ok"))
    if ok:
        title = say("match-details-title-ok", match_id=str(match_id))
    else:
        title = say("match-details-title-bad", match_id=str(match_id))
    embed = discord.Embed(
        title=title,
        description=truncate(description, limits.EMBED_DESCRIPTION_MAX),
        colour=MATCH_COLOUR if ok else CONFLICT_COLOUR,
    )
    check_fields(embed, verdict_checks(verdict), say)
    embed.set_footer(text=say("match-details-settled") if settled else say("match-details-unsettled"))
    return embed


def result_embed(
    match_id: int,
    a: MatchSide,
    b: MatchSide,
    say: Voice,
    *,
    result: str,
    delta_a: int | None,
    delta_b: int | None,
    map_name: str,
    game_data: GameData,
) -> discord.Embed:
    """A completed match for the results channel and both players: who won, the MMR changes."""

    def change(side: MatchSide, delta: int | None) -> str:
        line = side_line(side, game_data, say.locale)
        if delta is None:
            return f"{line}: MMR {side.mmr}"
        return f"{line}: {side.mmr} → **{side.mmr + delta}** ({delta:+d})"

    lines = [change(a, delta_a), change(b, delta_b), say("match-result-map", map_name=map_name)]
    return discord.Embed(
        title=truncate(
            say("match-result-title", match_id=str(match_id), headline=headline(result, a, b, say)),
            limits.EMBED_TITLE_MAX,
        ),
        description=truncate("\n".join(lines), limits.EMBED_DESCRIPTION_MAX),
        colour=MATCH_COLOUR,
    )


def shield_battery_embed(fix_url: str, say: Voice) -> discord.Embed:
    return discord.Embed(
        title=say("match-shield-title"),
        description=truncate(say("match-shield-body", fix_url=fix_url), limits.EMBED_DESCRIPTION_MAX),
        colour=NOTICE_COLOUR,
    )


def conflict_embed(
    match_id: int,
    a: MatchSide,
    b: MatchSide,
    say: Voice,
    *,
    evidence: Mapping[str, Any],
    map_name: str,
    game_data: GameData,
) -> discord.Embed:
    """A dispute for the admins with the evidence: both reports, why it is disputed, and each
    player's replay checks side by side (``evidence`` as ``conflict_evidence`` gives it)."""
    lines = [
        say(
            "match-conflict-report",
            side=side_line(side, game_data, say.locale),
            report=report_text(report, say),
        )
        if (report := evidence.get(key)) is not None
        else say("match-conflict-no-report", side=side_line(side, game_data, say.locale))
        for side, key in ((a, "report_a"), (b, "report_b"))
    ]
    reason = evidence.get("end_reason")
    if reason in REASON_KEYS:
        lines.append(say("match-conflict-why", reason=say(REASON_KEYS[reason])))
    lines.append(say("match-result-map", map_name=map_name))
    embed = discord.Embed(
        title=say("match-conflict-title", match_id=str(match_id)),
        description=truncate("\n".join(lines), limits.EMBED_DESCRIPTION_MAX),
        colour=CONFLICT_COLOUR,
    )
    # Side by side: two inline fields, each within a field's limit and together within the embed's.
    for side, key in ((a, "replay_a"), (b, "replay_b")):
        replay = evidence.get(key)
        rows = verdict_checks(replay.get("verdict") if isinstance(replay, Mapping) else None)
        value = "\n".join(truncate(f"{STATUS_ICON.get(s, s)} {n}: {r}", 160) for n, s, r in rows)
        embed.add_field(
            name=say("match-conflict-replay", name=side.player_name),
            value=truncate(value or say("match-conflict-no-replay"), limits.EMBED_FIELD_VALUE_MAX),
            inline=True,
        )
    embed.set_footer(text=say("match-conflict-footer"))
    return embed
