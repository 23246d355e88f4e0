"""What admins read: the live state (snapshot), open disputes, the whole case of one match, and
finding a player from what an admin types. Every read needs an admin (checked here, not only by the
Discord guard). The admin service (``services.admin``) builds on this with the actions.
"""

from __future__ import annotations

import asyncio
import os
import resource
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from evoladder.config import Settings
from evoladder.i18n import Text, english, t
from evoladder.replays.storage import StorageError
from evoladder.rules.errors import DomainError
from evoladder.rules.text import echo
from evoladder.services.base import ServiceContext
from evoladder.services.players import PlayerService
from evoladder.services.replays import ReplayService
from evoladder.services.views import LadderViews, MatchSide
from evoladder.store.profile import Profile
from evoladder.store.records import Match, Replay
from evoladder.store.state import NotFound

CANDIDATES_LISTED = 10


class NotPermitted(DomainError):
    pass


class AmbiguousPlayer(DomainError):
    """What an admin typed names several players: the message lists them instead of guessing."""


@dataclass(frozen=True, slots=True)
class RaceStanding:
    race: str
    mmr: int
    letter: str | None


@dataclass(frozen=True, slots=True)
class QueuedPlayer:
    discord_uid: int
    name: str
    races: tuple[RaceStanding, ...]
    waited_s: float


@dataclass(frozen=True, slots=True)
class MatchLine:
    """A running match or a dispute: who, how long it has been in that state."""

    match_id: int
    status: str
    name_a: str
    name_b: str
    race_a: str
    race_b: str
    age_s: float
    end_reason: str | None


@dataclass(frozen=True)
class Snapshot:
    queued: tuple[QueuedPlayer, ...]  # longest wait first
    queued_bw: int
    queued_sc2: int
    queued_both: int
    running: tuple[MatchLine, ...]  # oldest first
    disputes: tuple[MatchLine, ...]  # oldest first
    backlog_entries: int
    oldest_unshipped_s: float
    database_reachable: bool
    last_error: str | None
    workers_alive: int
    workers_expected: int
    rss_mb: float


@dataclass(frozen=True, slots=True)
class ReportEvidence:
    discord_uid: int
    report: str | None
    at: datetime | None


@dataclass(frozen=True)
class ReplayEvidence:
    """One replay of the match: who sent it, its verdict, the file (when it can be read)."""

    replay: Replay
    ok: bool
    checks: tuple[tuple[str, str, str], ...]  # (check, pass / warn / fail, reason)
    data: bytes | None  # None: the file is missing from storage

    @property
    def failed(self) -> tuple[tuple[str, str, str], ...]:
        return tuple(c for c in self.checks if c[1] == "fail")


@dataclass(frozen=True)
class MatchCase:
    """Everything an admin needs to settle a match on one screen."""

    match: Match
    sides: tuple[MatchSide, MatchSide]
    reports: tuple[ReportEvidence, ReportEvidence]
    replays: tuple[ReplayEvidence, ...]
    record: dict[str, Any]  # the match's full record (rows), for the JSON attachment


def resident_memory_mb() -> float:
    """This process's resident memory now (peak where /proc is missing)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            pages = int(statm.read().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, IndexError):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def verdict_rows(verdict: Any) -> tuple[tuple[str, str, str], ...]:
    if not isinstance(verdict, dict):
        return ()
    return tuple(
        (str(c.get("name")), str(c.get("status")), str(c.get("reason"))) for c in verdict.get("checks") or []
    )


class AdminReads:
    def __init__(
        self,
        ctx: ServiceContext,
        players: PlayerService,
        replays: ReplayService,
        views: LadderViews,
        settings: Settings,
    ) -> None:
        self.ctx = ctx
        self.players = players
        self.replays = replays
        self.views = views
        self.settings = settings

    # --- permission ----------------------------------------------------------------------------
    def require_admin(self, admin_uid: int) -> None:
        if not self.players.status(admin_uid).is_admin:
            raise NotPermitted(t("rules-admin-only"))

    def require_owner(self, admin_uid: int) -> None:
        if not self.players.status(admin_uid).is_owner:
            raise NotPermitted(t("rules-owner-only"))

    # --- finding players -----------------------------------------------------------------------
    def find_player(self, admin_uid: int, reference: str, *, registered: bool = True) -> int:
        """The one player ``reference`` names (a mention, a Discord id, a player name, BattleTag or alt
        name); several or none is a refusal listing the candidates. ``registered=False`` also takes
        the id of a Discord user who never used the ladder (to make them an admin)."""
        self.require_admin(admin_uid)
        found = self.ctx.state.find_players(reference, suggestions=CANDIDATES_LISTED)
        if found.discord_id is not None:
            if found.exact or not registered:
                return found.discord_id
            raise NotFound(t("rules-no-player-id", discord_id=str(found.discord_id)))
        if len(found.exact) == 1:
            return found.exact[0]
        shown = echo(reference)
        if found.exact:
            candidates = self.candidates(found.exact[:CANDIDATES_LISTED])
            raise AmbiguousPlayer(
                t("rules-ambiguous", reference=shown, count=len(found.exact), candidates=candidates)
            )
        if found.suggestions:
            raise NotFound(
                t("rules-did-you-mean", reference=shown, candidates=self.candidates(found.suggestions))
            )
        raise NotFound(t("rules-nobody", reference=shown))

    def suggest_players(self, admin_uid: int, typed: str, limit: int = 25) -> list[tuple[int, str]]:
        """Autocomplete: players whose name, alt name or BattleTag starts with ``typed``, labelled."""
        if not self.players.status(admin_uid).is_admin:
            return []  # autocomplete runs before the guards: show nothing to non-admins
        return [(uid, self.label(uid)) for uid in self.ctx.state.suggest_players(typed[:100], limit=limit)]

    def label(self, discord_uid: int) -> str:
        """A player as a candidate line (in English; ``label_text`` in the reader's language)."""
        return english(self.label_text(discord_uid))

    def label_text(self, discord_uid: int) -> Text:
        """A player as a candidate line: name, BattleTag, alt names, id."""
        player = self.ctx.state.player(discord_uid)
        if player is None:
            return t(
                "rules-candidate",
                name=t("rules-unknown-name"),
                battletag=t("rules-no-battletag"),
                discord_id=str(discord_uid),
            )
        name = player.player_name or player.discord_name
        names = " / ".join((name, *player.alt_names))
        battletag: Text | str = player.battletag or t("rules-no-battletag")
        return t("rules-candidate", name=names, battletag=battletag, discord_id=str(discord_uid))

    def candidates(self, uids: tuple[int, ...]) -> Text:
        """Players as one list (``a; b; c``) of candidate lines."""
        *rest, last = [self.label_text(uid) for uid in uids]
        listed = last
        for label in reversed(rest):
            listed = t("rules-list-join", first=label, rest=listed)
        return listed

    # --- reads ---------------------------------------------------------------------------------
    def player(self, admin_uid: int, discord_uid: int) -> Profile:
        self.require_admin(admin_uid)
        profile = self.players.profile(discord_uid)
        if profile is None:
            raise NotFound(t("rules-no-player-id", discord_id=str(discord_uid)))
        return profile

    def match(self, admin_uid: int, match_id: int) -> Match:
        self.require_admin(admin_uid)
        match = self.ctx.state.match(match_id)
        if match is None:
            raise NotFound(t("rules-no-match", match_id=str(match_id)))
        return match

    def snapshot(self, admin_uid: int) -> Snapshot:
        """What is going on: who is queued (rank, races, wait), running matches, disputes, health."""
        self.require_admin(admin_uid)
        state, now = self.ctx.state, self.ctx.now()
        queued = []
        for entry in state.queue_entries():
            standings = tuple(
                RaceStanding(
                    race, state.mmr_value(entry.discord_uid, race), state.rank(entry.discord_uid, race, now)
                )
                for race in entry.races
            )
            queued.append(
                QueuedPlayer(
                    entry.discord_uid,
                    self.views.player_name(entry.discord_uid) or str(entry.discord_uid),
                    standings,
                    (now - entry.joined_at).total_seconds(),
                )
            )
        queued.sort(key=lambda q: -q.waited_s)
        running = sorted(state.open_matches(), key=lambda m: (m.created_at, m.match_id))
        counts = state.queue_counts()
        health = self.ctx.store.health()
        workers = self.replays.pool.stats()
        return Snapshot(
            queued=tuple(queued),
            queued_bw=counts.bw,
            queued_sc2=counts.sc2,
            queued_both=counts.both,
            running=tuple(self._line(m, m.confirmed_at or m.created_at, now) for m in running),
            disputes=self.disputes(admin_uid),
            backlog_entries=health.backlog_entries,
            oldest_unshipped_s=health.oldest_unshipped_age_s,
            database_reachable=health.database_reachable,
            last_error=health.last_error,
            workers_alive=workers.workers_alive,
            workers_expected=self.settings.replay_workers,
            rss_mb=resident_memory_mb(),
        )

    def disputes(self, admin_uid: int) -> tuple[MatchLine, ...]:
        """Open disputes, oldest first, with how long each has waited for an admin."""
        self.require_admin(admin_uid)
        now = self.ctx.now()
        return tuple(
            self._line(m, m.ended_at or m.created_at, now) for m in self.ctx.state.conflict_matches()
        )

    def _line(self, match: Match, since: datetime, now: datetime) -> MatchLine:
        name = self.views.player_name
        return MatchLine(
            match.match_id,
            match.status,
            name(match.player_a) or str(match.player_a),
            name(match.player_b) or str(match.player_b),
            match.race_a,
            match.race_b,
            max(0.0, (now - since).total_seconds()),
            match.end_reason,
        )

    async def match_case(self, admin_uid: int, match_id: int) -> MatchCase:
        """The whole case of one match, replay files included (read off the event loop)."""
        match = self.match(admin_uid, match_id)
        replays = []
        for replay in self.views.match_replays(match_id):
            data = await asyncio.to_thread(self._replay_bytes, replay)
            verdict = replay.verdict
            ok = bool(verdict.get("ok")) if isinstance(verdict, dict) else False
            replays.append(ReplayEvidence(replay, ok, verdict_rows(verdict), data))
        record = {
            "match": match.to_row(),
            "replays": [r.to_row() for r in self.views.match_replays(match_id)],
        }
        reports = (
            ReportEvidence(match.player_a, match.report_a, match.report_a_at),
            ReportEvidence(match.player_b, match.report_b, match.report_b_at),
        )
        return MatchCase(match, self.views.sides(match), reports, tuple(replays), record)

    def _replay_bytes(self, replay: Replay) -> bytes | None:
        try:
            return self.replays.storage.get(replay.replay_hash)
        except (StorageError, OSError):  # a missing or unreadable file is shown on the case
            return None
