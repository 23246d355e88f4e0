"""Parse-then-verify, the one path every caller uses: the bot on an upload, admins and tests via the CLI."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from evoladder.config import Settings
from evoladder.gamedata import GameData
from evoladder.replays.fingerprint import current_fingerprint
from evoladder.replays.pool import ReplayParserPool
from evoladder.replays.summary import ParseOutcome, ReplayRefusal, ReplaySummary
from evoladder.replays.verify import MatchFacts, ReplayVerifier, Verdict


@dataclass(frozen=True)
class Inspection:
    """A replay's parse outcome and its verdict."""

    outcome: ParseOutcome
    verdict: Verdict

    @property
    def summary(self) -> ReplaySummary | None:
        return self.outcome if isinstance(self.outcome, ReplaySummary) else None

    def to_json(self) -> dict[str, Any]:
        """``{"summary": {..., "winner"} | null, "refusal": {...} | null, "verdict": {"ok", "checks": [...]}}``."""
        refusal = self.outcome if isinstance(self.outcome, ReplayRefusal) else None
        summary: dict[str, Any] | None = None
        if self.summary is not None:
            summary = self.summary.model_dump(mode="json")
            winner = self.summary.winner  # derived from the players' results, so not a stored field
            summary["winner"] = winner.name if winner is not None else None
        return {
            "summary": summary,
            "refusal": refusal.model_dump(mode="json") if refusal else None,
            "verdict": self.verdict.model_dump(mode="json"),
        }


def build_verifier(settings: Settings, game_data: GameData) -> ReplayVerifier:
    """The verifier with the operator's learned fingerprint, or the shipped default until one is learned."""
    return ReplayVerifier(
        game_data=game_data,
        fingerprint=current_fingerprint(settings.effective_mod_fingerprint_file, game_data.mod.name),
        start_window=timedelta(seconds=settings.replay_start_window_s),
        start_early_slack=timedelta(seconds=settings.replay_start_early_s),
    )


async def inspect_replay(
    pool: ReplayParserPool,
    verifier: ReplayVerifier,
    data: bytes,
    *,
    match: MatchFacts | None = None,
    already_used_by: int | None = None,
) -> Inspection:
    """Parse ``data`` in a worker and verify it (against ``match`` when given)."""
    outcome = await pool.parse(data)
    return Inspection(outcome, verifier.verify(outcome, match=match, already_used_by=already_used_by))


def build_pool(settings: Settings, game_data: GameData, *, workers: int | None = None) -> ReplayParserPool:
    """The worker pool as configured (``workers`` overrides the size, e.g. one for a CLI command)."""
    from evoladder.replays.parse import race_alias_table

    return ReplayParserPool(
        workers=workers or settings.replay_workers,
        timeout_s=settings.replay_timeout_s,
        max_bytes=settings.replay_max_bytes,
        race_aliases=race_alias_table(game_data),
    )
