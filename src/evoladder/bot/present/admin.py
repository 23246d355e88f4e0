"""What admins see: the whole case of a match on one screen, the snapshot and dispute pages, the
list of access codes. Every text is a message of ``locales/<locale>/staff.ftl`` in the reading admin's
voice, and every
embed stays within Discord's limits (fields cut at 1,024 characters, pages at 4,096)."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

import discord

from evoladder.bot import limits
from evoladder.bot.present.text import absolute_time, flag, race_name, relative_time, truncate
from evoladder.bot.voice import Voice
from evoladder.gamedata import GameData
from evoladder.i18n import Key
from evoladder.matchmaking.model import PairingWhy
from evoladder.services.access import CodeUse
from evoladder.services.admin import MatchCase, Snapshot
from evoladder.services.admin_reads import MatchLine, ReplayEvidence
from evoladder.services.views import MatchSide

CASE_COLOUR = discord.Colour.blurple()
PAGE_LINES = 20  # lines per snapshot / disputes / codes page

REPORT = {"win": Key("staff-report-win"), "loss": Key("staff-report-loss"), "draw": Key("staff-report-draw")}
CODE_STATUS = {
    "active": Key("staff-code-active"),
    "expired": Key("staff-code-expired"),
    "used up": Key("staff-code-used-up"),
    "withdrawn": Key("staff-code-withdrawn"),
}
# A match's status and why it ended, as staff read them (English: the codes themselves).
STATUS = {
    "found": Key("staff-status-found"),
    "in_progress": Key("staff-status-in-progress"),
    "completed": Key("staff-status-completed"),
    "conflict": Key("staff-status-conflict"),
    "aborted": Key("staff-status-aborted"),
    "cancelled": Key("staff-status-cancelled"),
    "invalidated": Key("staff-status-invalidated"),
}
END_REASON = {
    "aborted": Key("staff-end-aborted"),
    "admin_invalidated": Key("staff-end-admin-invalidated"),
    "admin_resolved": Key("staff-end-admin-resolved"),
    "confirm_timeout": Key("staff-end-confirm-timeout"),
    "lone_report_at_deadline": Key("staff-end-lone-report-at-deadline"),
    "replay": Key("staff-end-replay"),
    "report_contradicts_replay": Key("staff-end-report-contradicts-replay"),
    "report_deadline_no_report": Key("staff-end-report-deadline-no-report"),
    "reports_agree": Key("staff-end-reports-agree"),
    "reports_disagree": Key("staff-end-reports-disagree"),
}
MATCH_LINE = {"running": Key("staff-running-line"), "dispute": Key("staff-dispute-line")}
STATUS_ICON = {"pass": "✅", "warn": "⚠️", "fail": "❌"}


def coded(table: dict[str, Key], code: str | None, say: Voice) -> str:
    """A status or reason code as ``say``'s reader reads it; an unknown code as it is, none as "none"."""
    if not code:
        return say("staff-none")
    return say(table[code]) if code in table else code


def signed(delta: int) -> str:
    """An MMR change with its sign: +25, -10, +0."""
    return f"{delta:+d}"


def duration(seconds: float, say: Voice) -> str:
    """A short, readable age: 45 s, 12 min, 3 h 05 min, 2 d 4 h."""
    s = int(seconds)
    if s < 60:
        return say("staff-duration-seconds", s=s)
    if s < 3600:
        return say("staff-duration-minutes", m=s // 60)
    if s < 86400:
        return say("staff-duration-hours", h=s // 3600, mm=f"{s % 3600 // 60:02d}")
    return say("staff-duration-days", d=s // 86400, h=s % 86400 // 3600)


def result_text(result: str | None, a: MatchSide, b: MatchSide, say: Voice) -> str:
    if result is None:
        return say("staff-no-result")
    if result == "draw":
        return say("staff-draw")
    winner = a if result == "a" else b
    return say("staff-winner", name=discord.utils.escape_markdown(winner.player_name))


def _when(at: datetime | None, say: Voice) -> str:
    return absolute_time(at) if at is not None else say("staff-not-yet")


def side_line(side: MatchSide, game_data: GameData, say: Voice) -> str:
    return say(
        "staff-side",
        flag=flag(side.country),
        name=discord.utils.escape_markdown(side.player_name),
        race=race_name(game_data, side.race, say.locale),
    )


def _side_field(
    side: MatchSide,
    delta: int | None,
    report: str | None,
    at: datetime | None,
    game_data: GameData,
    say: Voice,
) -> str:
    lines = [side_line(side, game_data, say)]
    if delta is not None:
        lines.append(
            say(
                "staff-side-mmr-moved",
                before=str(side.mmr),
                after=str(side.mmr + delta),
                delta=signed(delta),
            )
        )
    else:
        lines.append(say("staff-side-mmr", mmr=str(side.mmr)))
    if report is not None:
        when = relative_time(at) if at is not None else ""
        shown = say(REPORT[report]) if report in REPORT else report
        lines.append(say("staff-side-report", report=shown, when=when).strip())
    else:
        lines.append(say("staff-side-no-report"))
    return truncate("\n".join(lines), limits.EMBED_FIELD_VALUE_MAX)


def replay_filename(case: MatchCase, evidence: ReplayEvidence) -> str:
    return f"match{case.match.match_id}-{evidence.replay.uploaded_by}-{evidence.replay.replay_hash[:8]}.SC2Replay"


def _replay_field(evidence: ReplayEvidence, attached: str | None, uploader: str, say: Voice) -> str:
    failed = evidence.failed
    lines = [
        say("staff-replay-verified")
        if evidence.ok and not failed
        else say("staff-replay-not-verified", failed=len(failed))
    ]
    shown = failed or tuple(c for c in evidence.checks if c[1] == "warn")
    lines += [
        truncate(say("staff-check", icon=STATUS_ICON.get(status, status), check=name, reason=reason), 300)
        for name, status, reason in shown
    ]
    if attached is not None:
        lines.append(say("staff-replay-file", filename=attached))
    elif evidence.data is None:
        lines.append(say("staff-replay-missing"))
    else:
        lines.append(say("staff-replay-too-big", size=round(len(evidence.data) / 2**20, 1)))
    return truncate("\n".join(lines), limits.EMBED_FIELD_VALUE_MAX)


def case_embed(
    case: MatchCase,
    game_data: GameData,
    attached: dict[str, str],
    uploader_names: dict[int, str],
    say: Voice,
) -> discord.Embed:
    """The case: both players with their MMR move and report (with its time), each replay with its
    verdict and failed checks. ``attached`` maps a replay hash to the file name it was attached as."""
    m, (a, b) = case.match, case.sides
    server = game_data.servers.get(m.server)
    embed = discord.Embed(
        title=say("staff-case-title", match_id=str(m.match_id), status=coded(STATUS, m.status, say)),
        description=say(
            "staff-case-description",
            map=m.map,
            server=server.name if server else m.server,
            created=absolute_time(m.created_at),
            confirmed=_when(m.confirmed_at, say),
            ended=_when(m.ended_at, say),
            result=result_text(m.result, a, b, say),
            end_reason=coded(END_REASON, m.end_reason, say),
        ),
        colour=CASE_COLOUR,
    )
    for n, (side, delta, report) in enumerate(
        ((a, m.delta_a, case.reports[0]), (b, m.delta_b, case.reports[1])), start=1
    ):
        embed.add_field(
            name=say("staff-side-title", n=n),
            value=_side_field(side, delta, report.report, report.at, game_data, say),
            inline=True,
        )
    for n, evidence in enumerate(case.replays, start=1):
        uploader = uploader_names.get(evidence.replay.uploaded_by, str(evidence.replay.uploaded_by))
        title = say(
            "staff-replay-title", n=n, uploader=uploader, when=relative_time(evidence.replay.uploaded_at)
        )
        embed.add_field(
            name=truncate(title, limits.EMBED_FIELD_NAME_MAX),
            value=_replay_field(evidence, attached.get(evidence.replay.replay_hash), uploader, say),
            inline=False,
        )
    if not case.replays:
        embed.add_field(name=say("staff-no-replay"), value="—", inline=False)
    if m.pairing is not None:
        embed.add_field(name=say("staff-pairing"), value=pairing_field(PairingWhy.from_list(m.pairing), say))
    embed.set_footer(text=say("staff-case-footer"))
    return embed


def pairing_field(why: PairingWhy, say: Voice) -> str:
    """The wave's reason for the pair, term by term, as the cost function computed it."""
    return say(
        "staff-pairing-value",
        gap=str(round(why.mmr_gap)),
        window=str(round(why.window)),
        mmr_term=f"{why.mmr_term:.2f}",
        ping_a=str(round(why.bw_ping_ms)),
        ping_b=str(round(why.sc2_ping_ms)),
        ping_term=f"{why.ping_term:.2f}",
        credit=f"{why.wait_credit:.2f}",
        waves_a=str(why.bw_waves),
        waves_b=str(why.sc2_waves),
        total=f"{why.total:.2f}",
    )


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
    title: Callable[[int, int], str], lines: Sequence[str], page: int, say: Voice, per_page: int = PAGE_LINES
) -> tuple[discord.Embed, int]:
    """Page ``page`` (1-based, clamped) of ``lines`` under ``title(page, pages)``."""
    pages = pages_of(lines, per_page)
    page = min(max(1, page), len(pages))
    embed = discord.Embed(
        title=truncate(title(page, len(pages)), limits.EMBED_TITLE_MAX),
        description="\n".join(pages[page - 1]) or say("staff-none"),
        colour=discord.Colour.dark_grey(),
    )
    return embed, len(pages)


def _match_line(kind: str, line: MatchLine, say: Voice) -> str:
    return say(
        MATCH_LINE[kind],
        match_id=str(line.match_id),
        a=discord.utils.escape_markdown(line.name_a),
        b=discord.utils.escape_markdown(line.name_b),
        status=coded(STATUS, line.status, say),
        age=duration(line.age_s, say),
        reason=coded(END_REASON, line.end_reason, say),
    )


def _rank(letter: str | None, say: Voice) -> str:
    return say("staff-rank", letter=letter) if letter else say("staff-unranked")


def snapshot_lines(snap: Snapshot, game_data: GameData, say: Voice) -> list[str]:
    """Everything the snapshot shows, as lines: health first, then queue, matches, disputes."""
    lines = [
        say(
            "staff-health-line",
            database=say("staff-reachable") if snap.database_reachable else say("staff-unreachable"),
            backlog=snap.backlog_entries,
            oldest=duration(snap.oldest_unshipped_s, say),
            alive=snap.workers_alive,
            expected=snap.workers_expected,
            rss_mb=f"{snap.rss_mb:.0f}",
        )
    ]
    if snap.last_error:
        lines.append(say("staff-last-error", error=truncate(snap.last_error, 200)))
    total = len(snap.queued)
    lines.append(
        say("staff-queue-header", total=total, bw=snap.queued_bw, sc2=snap.queued_sc2, both=snap.queued_both)
    )
    for q in snap.queued:
        races = ", ".join(
            say(
                "staff-race-standing",
                race=race_name(game_data, r.race, say.locale),
                rank=_rank(r.letter, say),
                mmr=str(r.mmr),
            )
            for r in q.races
        )
        lines.append(
            say(
                "staff-queue-line",
                name=discord.utils.escape_markdown(q.name),
                races=races,
                wait=duration(q.waited_s, say),
            )
        )
    lines.append(say("staff-running-header", count=len(snap.running)))
    lines += [_match_line("running", m, say) for m in snap.running]
    lines.append(say("staff-disputes-header", count=len(snap.disputes)))
    lines += [_match_line("dispute", m, say) for m in snap.disputes]
    return lines


def dispute_lines(disputes: Sequence[MatchLine], say: Voice) -> list[str]:
    return [_match_line("dispute", m, say) for m in disputes] or [say("staff-no-disputes")]


def code_lines(
    codes: Sequence[CodeUse], now: datetime, name_of: Callable[[int], str], say: Voice
) -> list[str]:
    """One line per code (status, uses, expiry, note) and who used it."""
    lines = []
    for use in codes:
        c = use.code
        status = use.status(now)
        lines.append(
            say(
                "staff-code-line",
                code=c.code,
                status=say(CODE_STATUS[status]) if status in CODE_STATUS else status,
                uses=c.uses,
                allowed=c.uses_allowed,
                expires=absolute_time(c.expires_at),
                note=discord.utils.escape_markdown(c.note),
            )
        )
        if use.used_by:
            users = ", ".join(f"{name_of(g.discord_uid)} {relative_time(g.granted_at)}" for g in use.used_by)
            lines.append(say("staff-code-users", users=users))
    return lines or [say("staff-no-codes")]
