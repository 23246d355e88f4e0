"""Replay upload: parse in the worker pool, find the match it is of, verify, store, attach, settle.

The match is chosen from the replay's content — the players' names, their races, the map and the
start time — among the uploader's open, disputed and recently finished matches (not simply their
newest), so the replay of a dispute reaches the dispute even after a newer match began.

Nothing is written for a replay that can't be read or that another match counts as its evidence; a
readable replay is stored (content-addressed) and attached as the uploader's replay of the match even
when a check fails, so admins see the evidence, but only a replay with no failed check settles the
result.
"""

from __future__ import annotations

import asyncio
import hashlib
from dataclasses import dataclass

from evoladder.i18n import t
from evoladder.observability import Metrics
from evoladder.replays.pool import ReplayParserPool
from evoladder.replays.storage import ReplayStorage
from evoladder.replays.summary import ReplayRefusal, ReplaySummary
from evoladder.replays.verify import MatchFacts, MatchPlayerFacts, ReplayVerifier, Verdict
from evoladder.rules.errors import DomainError, ValidationFailed
from evoladder.rules.lifecycle import MatchStatus, Result
from evoladder.rules.text import echo
from evoladder.services.base import ServiceContext
from evoladder.store.records import Match
from evoladder.store.state.matches import TAKES_REPLAYS  # played matches: open, disputed or finished

REPLAY_SUFFIX = ".sc2replay"
RECENT_MATCHES = 8  # how far back in a player's matches a replay may be of
# The checks that say which match a replay is of; the match passing most of them is the one.
IDENTIFYING_CHECKS = ("names", "races", "map", "start_time")


class NoMatchForReplay(DomainError):
    pass


def stored_summary(summary: ReplaySummary) -> dict[str, object]:
    """The summary kept with the match: everything but the dependency list (three quarters of its
    size, and only needed for the mod check, whose verdict is kept). The file itself is stored, so
    ``evoladder replay inspect`` can always show the full list again."""
    kept: dict[str, object] = summary.model_dump(mode="json", exclude={"dependencies"})
    kept["dependency_count"] = len(summary.dependencies)
    kept["map_dependency_hash"] = summary.map_dependency.hash
    return kept


@dataclass(frozen=True)
class ReplayUpload:
    match_id: int
    verdict: Verdict
    settled: bool
    status: str


class ReplayService:
    def __init__(
        self,
        ctx: ServiceContext,
        pool: ReplayParserPool,
        verifier: ReplayVerifier,
        storage: ReplayStorage,
        metrics: Metrics,
        max_bytes: int,
    ) -> None:
        self.ctx = ctx
        self.pool = pool
        self.verifier = verifier
        self.storage = storage
        self.metrics = metrics
        self.max_bytes = max_bytes

    def candidate_matches(self, discord_uid: int) -> list[Match]:
        """The matches an upload may be of: the player's played matches that are open, disputed or
        recently finished, newest first."""
        found = [
            m for m in self.ctx.state.recent_matches(discord_uid, RECENT_MATCHES) if m.status in TAKES_REPLAYS
        ]
        if not found:
            raise NoMatchForReplay(t("rules-replay-no-match"))
        return found

    def pick_match(
        self, summary: ReplaySummary, candidates: list[Match], used_by: int | None
    ) -> tuple[Match, MatchFacts, Verdict]:
        """The candidate the replay's content fits best (most identifying checks passed; the newer on
        a tie), with its facts and the replay's verdict against it."""
        best: tuple[int, Match, MatchFacts, Verdict] | None = None
        for match in candidates:
            facts = self.facts_for(match)
            verdict = self.verifier.verify(summary, match=facts, already_used_by=used_by)
            fits = sum(1 for c in verdict.checks if c.name in IDENTIFYING_CHECKS and c.status != "fail")
            duplicate = verdict.check("duplicate")
            score = 2 * fits + (duplicate is None or duplicate.status != "fail")
            if best is None or score > best[0]:
                best = (score, match, facts, verdict)
        assert best is not None
        return best[1], best[2], best[3]

    def facts_for(self, match: Match) -> MatchFacts:
        state = self.ctx.state
        players = []
        for uid, race in ((match.player_a, match.race_a), (match.player_b, match.race_b)):
            player = state.player(uid)
            name = (player.player_name if player else None) or str(uid)
            players.append(MatchPlayerFacts(name, race, player.alt_names if player else ()))
        return MatchFacts(
            match_id=match.match_id,
            players=(players[0], players[1]),
            map_name=match.map,
            confirmed_at=match.confirmed_at or match.created_at,
            bnet_region=self.ctx.game_data.servers[match.server].bnet_region
            if match.server in self.ctx.game_data.servers
            else None,
        )

    async def upload(
        self, discord_uid: int, filename: str, data: bytes, *, key: str | None = None
    ) -> ReplayUpload:
        if not filename.lower().endswith(REPLAY_SUFFIX):
            raise ValidationFailed(t("rules-replay-not-a-replay", filename=echo(filename)))
        if len(data) > self.max_bytes:
            raise ValidationFailed(
                t(
                    "rules-replay-too-big",
                    size=f"{len(data) / 1_048_576:.1f}",
                    max=f"{self.max_bytes / 1_048_576:.0f}",
                )
            )
        # Say "can't save right now" before parsing, and before a repeat is answered from memory
        # that a failed commit may still hold.
        self.ctx.store.check_writable()
        if key is not None and self.ctx.state.remembered(key) is not None:
            return await self._repeated(data)
        candidates = self.candidate_matches(discord_uid)
        outcome = await self.pool.parse(data)
        if isinstance(outcome, ReplayRefusal):
            self.metrics.replay_outcomes.labels("refused").inc()
            raise ValidationFailed(t("rules-replay-refused", reason=outcome.reason))
        self.metrics.replay_outcomes.labels("parsed").inc()
        existing = self.ctx.state.replay(outcome.content_hash)
        used_by = existing.match_id if existing is not None else None  # None too once it was replaced
        match, facts, verdict = self.pick_match(outcome, candidates, used_by)
        duplicate = verdict.check("duplicate")
        if duplicate is not None and duplicate.status == "fail":
            raise ValidationFailed(t("rules-replay-used", match_id=str(used_by)))
        result = self._result(outcome, facts) if verdict.ok else None
        content_hash = outcome.content_hash or hashlib.sha256(data).hexdigest()
        path = await asyncio.to_thread(self.storage.put, content_hash, data)
        # The match may have moved on while the replay was parsing; re-read it for the transition.
        current = self.ctx.state.match(match.match_id)
        if current is None or current.status not in TAKES_REPLAYS:
            raise NoMatchForReplay(t("rules-replay-match-ended", match_id=str(match.match_id)))
        before = current.status
        after = await self.ctx.execute(
            self.ctx.state.attach_replay,
            match.match_id,
            replay_hash=content_hash,
            uploaded_by=discord_uid,
            path=path,
            summary=stored_summary(outcome),
            verdict=verdict.model_dump(mode="json"),
            result=result,
            now=self.ctx.now(),
            idempotency_key=key,
        )
        settled = after.status == MatchStatus.COMPLETED.value and before != after.status
        return ReplayUpload(match.match_id, verdict, settled, after.status)

    async def _repeated(self, data: bytes) -> ReplayUpload:
        """A re-delivered upload: answer with what the first delivery stored, change nothing."""
        content_hash = hashlib.sha256(data).hexdigest()
        stored = self.ctx.state.replay(content_hash)
        match = self.ctx.state.match(stored.match_id) if stored and stored.match_id is not None else None
        if stored is None or match is None:
            raise NoMatchForReplay(t("rules-replay-already-handled"))
        verdict = Verdict.model_validate(stored.verdict)
        return ReplayUpload(match.match_id, verdict, False, match.status)

    @staticmethod
    def _result(summary: ReplaySummary, facts: MatchFacts) -> Result | None:
        """The match result the replay shows: which match player won, or a draw."""
        humans = summary.humans
        if len(humans) == 2 and all(p.result == "tie" for p in humans):
            return "draw"
        winner = summary.winner
        if winner is None or not winner.is_human:
            return None
        a, b = facts.players
        if a.answers_to(winner.name) and not b.answers_to(winner.name):
            return "a"
        if b.answers_to(winner.name) and not a.answers_to(winner.name):
            return "b"
        return None
