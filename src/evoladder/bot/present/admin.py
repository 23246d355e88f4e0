"""What admins see: the whole case of a match on one screen, the snapshot and dispute pages, the
list of access codes. Every text is a whole sentence with named placeholders (``TEXT``), and every
embed stays within Discord's limits (fields cut at 1,024 characters, pages at 4,096)."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

import discord

from evoladder.bot import limits
from evoladder.bot.present.match import STATUS_ICON, report_text, side_line
from evoladder.bot.present.text import absolute_time, race_name, rank_text, relative_time, truncate
from evoladder.bot.voice import Voice
from evoladder.gamedata import GameData
from evoladder.i18n import DEFAULT_LOCALE, shipped_catalog
from evoladder.services.access import CodeUse
from evoladder.services.admin import MatchCase, Snapshot
from evoladder.services.admin_reads import MatchLine, ReplayEvidence
from evoladder.services.views import MatchSide

CASE_COLOUR = discord.Colour.blurple()
PAGE_LINES = 20  # lines per snapshot / disputes / codes page

TEXT = {
    "case_title": "Match #{match_id} · {status}",
    "case_description": (
        "Map **{map}** on {server} · made {created}\nConfirmed: {confirmed} · ended: {ended}\n"
        "Result: **{result}** ({end_reason})"
    ),
    "not_yet": "not yet",
    "no_result": "none yet",
    "side_title": "Player {n}",
    "side_mmr_moved": "MMR {before} → **{after}** ({delta:+d})",
    "side_mmr": "MMR {mmr} (before the match)",
    "side_report": "Reported **{report}** {when}",
    "side_no_report": "No report",
    "replay_title": "Replay {n} · sent by {uploader} {when}",
    "replay_verified": "✅ Verified: no check failed.",
    "replay_not_verified": "❌ Not verified: {failed} check(s) failed.",
    "replay_file": "File attached: `{filename}`.",
    "replay_missing": "The file is missing from storage.",
    "replay_too_big": "The file is too large to attach here ({size} MB).",
    "no_replay": "No replay was uploaded.",
    "check": "{icon} {check}: {reason}",
    "case_footer": "Resolve with the buttons: each asks for a reason, then a confirm. The record is attached as JSON.",
    "winner": "{name} won",
    "draw": "draw",
    "snapshot_title": "Ladder snapshot · page {page}/{pages}",
    "queue_header": "**Queue** · {total} ({bw} BW · {sc2} SC2 · {both} both)",
    "queue_line": "{name} · {races} · waiting {wait}",
    "race_standing": "{race}: {rank}, MMR {mmr}",
    "running_header": "**In progress** · {count}",
    "running_line": "#{match_id} {a} vs {b} · {status} · for {age}",
    "disputes_header": "**Disputes** · {count}",
    "dispute_line": "#{match_id} {a} vs {b} · waiting {age} ({reason})",
    "health_line": (
        "**Health** · database {database}, backlog {backlog} entries (oldest {oldest}) · replay workers "
        "{alive}/{expected} · memory {rss_mb:.0f} MB"
    ),
    "last_error": "Last shipping error: {error}",
    "reachable": "reachable",
    "unreachable": "UNREACHABLE",
    "none": "none",
    "disputes_title": "Open disputes, oldest first · page {page}/{pages}",
    "no_disputes": "No open disputes.",
    "codes_title": "Access codes, newest first · page {page}/{pages}",
    "no_codes": "No access codes yet: create one with `/admin code_create`.",
    "code_line": "`{code}` · {status} · used {uses}/{allowed} · expires {expires} · {note}",
    "code_users": "↳ used by {users}",
}


def duration(seconds: float) -> str:
    """A short, readable age: 45 s, 12 min, 3 h 05 min, 2 d 4 h."""
    s = int(seconds)
    if s < 60:
        return f"{s} s"
    if s < 3600:
        return f"{s // 60} min"
    if s < 86400:
        return f"{s // 3600} h {s % 3600 // 60:02d} min"
    return f"{s // 86400} d {s % 86400 // 3600} h"


def result_text(result: str | None, a: MatchSide, b: MatchSide) -> str:
    if result is None:
        return TEXT["no_result"]
    if result == "draw":
        return TEXT["draw"]
    winner = a if result == "a" else b
    return TEXT["winner"].format(name=discord.utils.escape_markdown(winner.player_name))


def _when(at: datetime | None) -> str:
    return absolute_time(at) if at is not None else TEXT["not_yet"]


def _side_field(
    side: MatchSide, delta: int | None, report: str | None, at: datetime | None, game_data: GameData
) -> str:
    lines = [side_line(side, game_data)]
    if delta is not None:
        lines.append(TEXT["side_mmr_moved"].format(before=side.mmr, after=side.mmr + delta, delta=delta))
    else:
        lines.append(TEXT["side_mmr"].format(mmr=side.mmr))
    if report is not None:
        when = relative_time(at) if at is not None else ""
        lines.append(
            TEXT["side_report"]
            .format(report=report_text(report, Voice(shipped_catalog(), DEFAULT_LOCALE)), when=when)
            .strip()
        )
    else:
        lines.append(TEXT["side_no_report"])
    return truncate("\n".join(lines), limits.EMBED_FIELD_VALUE_MAX)


def replay_filename(case: MatchCase, evidence: ReplayEvidence) -> str:
    return f"match{case.match.match_id}-{evidence.replay.uploaded_by}-{evidence.replay.replay_hash[:8]}.SC2Replay"


def _replay_field(evidence: ReplayEvidence, attached: str | None, uploader: str) -> str:
    failed = evidence.failed
    lines = [
        TEXT["replay_verified"]
        if evidence.ok and not failed
        else TEXT["replay_not_verified"].format(failed=len(failed))
    ]
    shown = failed or tuple(c for c in evidence.checks if c[1] == "warn")
    lines += [
        truncate(TEXT["check"].format(icon=STATUS_ICON.get(status, status), check=name, reason=reason), 300)
        for name, status, reason in shown
    ]
    if attached is not None:
        lines.append(TEXT["replay_file"].format(filename=attached))
    elif evidence.data is None:
        lines.append(TEXT["replay_missing"])
    else:
        lines.append(TEXT["replay_too_big"].format(size=round(len(evidence.data) / 2**20, 1)))
    return truncate("\n".join(lines), limits.EMBED_FIELD_VALUE_MAX)


def case_embed(
    case: MatchCase, game_data: GameData, attached: dict[str, str], uploader_names: dict[int, str]
) -> discord.Embed:
    """The case: both players with their MMR move and report (with its time), each replay with its
    verdict and failed checks. ``attached`` maps a replay hash to the file name it was attached as."""
    m, (a, b) = case.match, case.sides
    server = game_data.servers.get(m.server)
    embed = discord.Embed(
        title=TEXT["case_title"].format(match_id=m.match_id, status=m.status),
        description=TEXT["case_description"].format(
            map=m.map,
            server=server.name if server else m.server,
            created=absolute_time(m.created_at),
            confirmed=_when(m.confirmed_at),
            ended=_when(m.ended_at),
            result=result_text(m.result, a, b),
            end_reason=m.end_reason or TEXT["none"],
        ),
        colour=CASE_COLOUR,
    )
    for n, (side, delta, report) in enumerate(
        ((a, m.delta_a, case.reports[0]), (b, m.delta_b, case.reports[1])), start=1
    ):
        embed.add_field(
            name=TEXT["side_title"].format(n=n),
            value=_side_field(side, delta, report.report, report.at, game_data),
            inline=True,
        )
    for n, evidence in enumerate(case.replays, start=1):
        uploader = uploader_names.get(evidence.replay.uploaded_by, str(evidence.replay.uploaded_by))
        title = TEXT["replay_title"].format(
            n=n, uploader=uploader, when=relative_time(evidence.replay.uploaded_at)
        )
        embed.add_field(
            name=truncate(title, limits.EMBED_FIELD_NAME_MAX),
            value=_replay_field(evidence, attached.get(evidence.replay.replay_hash), uploader),
            inline=False,
        )
    if not case.replays:
        embed.add_field(name=TEXT["no_replay"], value="—", inline=False)
    embed.set_footer(text=TEXT["case_footer"])
    return embed


def record_json(case: MatchCase) -> bytes:
    """The match's full record (its row and its replays' rows) as readable JSON."""

    def plain(value: Any) -> Any:
        return value.isoformat() if isinstance(value, datetime) else str(value)

    return json.dumps(case.record, indent=2, ensure_ascii=False, default=plain).encode()


# --- pages ------------------------------------------------------------------------------------
def pages_of(lines: Sequence[str], per_page: int = PAGE_LINES) -> list[list[str]]:
    """Lines cut into pages of at most ``per_page`` lines and one embed description each."""
    pages: list[list[str]] = [[]]
    size = 0
    for line in lines:
        line = truncate(line, 300)
        if len(pages[-1]) >= per_page or size + len(line) + 1 > limits.EMBED_DESCRIPTION_MAX - 200:
            pages.append([])
            size = 0
        pages[-1].append(line)
        size += len(line) + 1
    return pages


def page_embed(
    title: str, lines: Sequence[str], page: int, per_page: int = PAGE_LINES
) -> tuple[discord.Embed, int]:
    """Page ``page`` (1-based, clamped) of ``lines`` under ``title`` (which takes page and pages)."""
    pages = pages_of(lines, per_page)
    page = min(max(1, page), len(pages))
    embed = discord.Embed(
        title=title.format(page=page, pages=len(pages)),
        description="\n".join(pages[page - 1]) or TEXT["none"],
        colour=discord.Colour.dark_grey(),
    )
    return embed, len(pages)


def _match_line(key: str, line: MatchLine) -> str:
    return TEXT[key].format(
        match_id=line.match_id,
        a=discord.utils.escape_markdown(line.name_a),
        b=discord.utils.escape_markdown(line.name_b),
        status=line.status,
        age=duration(line.age_s),
        reason=line.end_reason or TEXT["none"],
    )


def snapshot_lines(snap: Snapshot, game_data: GameData) -> list[str]:
    """Everything the snapshot shows, as lines: health first, then queue, matches, disputes."""
    lines = [
        TEXT["health_line"].format(
            database=TEXT["reachable"] if snap.database_reachable else TEXT["unreachable"],
            backlog=snap.backlog_entries,
            oldest=duration(snap.oldest_unshipped_s),
            alive=snap.workers_alive,
            expected=snap.workers_expected,
            rss_mb=snap.rss_mb,
        )
    ]
    if snap.last_error:
        lines.append(TEXT["last_error"].format(error=truncate(snap.last_error, 200)))
    total = len(snap.queued)
    lines.append(
        TEXT["queue_header"].format(
            total=total, bw=snap.queued_bw, sc2=snap.queued_sc2, both=snap.queued_both
        )
    )
    for q in snap.queued:
        races = ", ".join(
            TEXT["race_standing"].format(
                race=race_name(game_data, r.race), rank=rank_text(r.letter), mmr=r.mmr
            )
            for r in q.races
        )
        lines.append(
            TEXT["queue_line"].format(
                name=discord.utils.escape_markdown(q.name), races=races, wait=duration(q.waited_s)
            )
        )
    lines.append(TEXT["running_header"].format(count=len(snap.running)))
    lines += [_match_line("running_line", m) for m in snap.running]
    lines.append(TEXT["disputes_header"].format(count=len(snap.disputes)))
    lines += [_match_line("dispute_line", m) for m in snap.disputes]
    return lines


def dispute_lines(disputes: Sequence[MatchLine]) -> list[str]:
    return [_match_line("dispute_line", m) for m in disputes] or [TEXT["no_disputes"]]


def code_lines(codes: Sequence[CodeUse], now: datetime, name_of: Callable[[int], str]) -> list[str]:
    """One line per code (status, uses, expiry, note) and who used it."""
    lines = []
    for use in codes:
        c = use.code
        lines.append(
            TEXT["code_line"].format(
                code=c.code,
                status=use.status(now),
                uses=c.uses,
                allowed=c.uses_allowed,
                expires=absolute_time(c.expires_at),
                note=discord.utils.escape_markdown(c.note),
            )
        )
        if use.used_by:
            users = ", ".join(f"{name_of(g.discord_uid)} {relative_time(g.granted_at)}" for g in use.used_by)
            lines.append(TEXT["code_users"].format(users=users))
    return lines or [TEXT["no_codes"]]
