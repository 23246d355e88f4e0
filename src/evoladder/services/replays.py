"""Replay upload: parse in the worker pool, verify against the match, store, attach, settle.

Nothing is written for a replay that can't be read or that was already used for another match; a
readable replay is stored (content-addressed) and attached even when a check fails, so admins see
the evidence, but only a replay with no failed check settles the result.
"""

from __future__ import annotations

import asyncio
import hashlib
from dataclasses import dataclass

from evoladder.observability import Metrics
from evoladder.replays.pool import ReplayParserPool
from evoladder.replays.storage import ReplayStorage
from evoladder.replays.summary import ReplayRefusal, ReplaySummary
from evoladder.replays.verify import MatchFacts, MatchPlayerFacts, ReplayVerifier, Verdict
from evoladder.rules.errors import DomainError, ValidationFailed
from evoladder.rules.lifecycle import MatchStatus, Result
from evoladder.services.base import ServiceContext
from evoladder.store.records import Match

REPLAY_SUFFIX = ".sc2replay"
_TAKES_REPLAYS = (MatchStatus.FOUND.value, MatchStatus.IN_PROGRESS.value, MatchStatus.CONFLICT.value)


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

    def match_for_upload(self, discord_uid: int) -> Match:
        """The match an uploaded replay belongs to: the player's open or disputed match."""
        state = self.ctx.state
        open_match = state.open_match(discord_uid)
        if open_match is not None:
            return open_match
        for match in state.recent_matches(discord_uid, 5):
            if match.status == MatchStatus.CONFLICT.value:
                return match
        raise NoMatchForReplay(
            "You have no match waiting for a replay. Upload the replay of a ladder game while its "
            "match is open (or disputed)."
        )

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
            raise ValidationFailed(f"“{filename}” is not a replay: send the .SC2Replay file of your match.")
        if len(data) > self.max_bytes:
            raise ValidationFailed(
                f"That file is {len(data) / 1_048_576:.1f} MB; replays are at most "
                f"{self.max_bytes / 1_048_576:.0f} MB. Send the .SC2Replay of your match."
            )
        # Say "can't save right now" before parsing, and before a repeat is answered from memory
        # that a failed commit may still hold.
        self.ctx.store.check_writable()
        if key is not None and self.ctx.state.remembered(key) is not None:
            return await self._repeated(data)
        match = self.match_for_upload(discord_uid)
        outcome = await self.pool.parse(data)
        if isinstance(outcome, ReplayRefusal):
            self.metrics.replay_outcomes.labels("refused").inc()
            raise ValidationFailed(f"This replay can't be used: {outcome.reason}.")
        self.metrics.replay_outcomes.labels("parsed").inc()
        existing = self.ctx.state.replay(outcome.content_hash)
        used_by = existing.match_id if existing is not None else None
        facts = self.facts_for(match)
        verdict = self.verifier.verify(outcome, match=facts, already_used_by=used_by)
        duplicate = verdict.check("duplicate")
        if duplicate is not None and duplicate.status == "fail":
            raise ValidationFailed(duplicate.reason)
        result = self._result(outcome, facts) if verdict.ok else None
        content_hash = outcome.content_hash or hashlib.sha256(data).hexdigest()
        path = await asyncio.to_thread(self.storage.put, content_hash, data)
        # The match may have moved on while the replay was parsing; re-read it for the transition.
        current = self.ctx.state.match(match.match_id)
        if current is None or current.status not in _TAKES_REPLAYS:
            raise NoMatchForReplay(
                f"Match #{match.match_id} has ended in the meantime; the replay was not attached."
            )
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
            raise NoMatchForReplay("This upload was already handled.")
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
