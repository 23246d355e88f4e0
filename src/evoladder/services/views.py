"""Read models for the front ends: what match messages, the leaderboard and the guards show, built
from the in-memory state (no I/O). Front ends read through here, never the ladder state itself."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, replace

from evoladder.config import Settings
from evoladder.rules.mmr import expected_score
from evoladder.rules.notices import shield_battery_applies
from evoladder.services.base import ServiceContext
from evoladder.services.queueing import QueueService, QueueStatus
from evoladder.store.records import Match, Replay
from evoladder.store.state import LeaderboardPage, LeaderboardRow, QueueCounts

__all__ = ["LadderViews", "LeaderboardPage", "LeaderboardRow", "MatchSide", "QueueCounts"]


@dataclass(frozen=True, slots=True)
class MatchSide:
    """One player of a match as the messages show them."""

    discord_uid: int
    player_name: str
    discord_name: str | None
    battletag: str | None
    alt_names: tuple[str, ...]
    country: str | None
    race: str
    mmr: int
    letter: str | None


class LadderViews:
    def __init__(self, ctx: ServiceContext, settings: Settings, queue: QueueService) -> None:
        self.ctx = ctx
        self.settings = settings
        self.queue = queue

    def reading(self, discord_uid: int) -> tuple[str | None, str | None]:
        """(the player's /language choice, Discord's language of their last interaction)."""
        player = self.ctx.state.player(discord_uid)
        return (player.language, player.locale) if player is not None else (None, None)

    def match(self, match_id: int) -> Match | None:
        return self.ctx.state.match(match_id)

    def player_name(self, discord_uid: int) -> str | None:
        """The registered player name, None for a user without one."""
        player = self.ctx.state.player(discord_uid)
        return player.player_name if player else None

    def aborts_left(self, discord_uid: int) -> int:
        return self.ctx.state.aborts_left(discord_uid, self.ctx.now())

    def side(self, discord_uid: int, race: str) -> MatchSide:
        state = self.ctx.state
        player = state.player(discord_uid)
        return MatchSide(
            discord_uid=discord_uid,
            player_name=(player.player_name if player else None) or str(discord_uid),
            discord_name=player.discord_name if player else None,
            battletag=player.battletag if player else None,
            alt_names=player.alt_names if player else (),
            country=player.country if player else None,
            race=race,
            mmr=state.mmr_value(discord_uid, race),
            letter=state.rank(discord_uid, race, self.ctx.now()),
        )

    def sides(self, match: Match) -> tuple[MatchSide, MatchSide]:
        """Both players as they stood when the match was made (MMR before the match)."""
        a = self.side(match.player_a, match.race_a)
        b = self.side(match.player_b, match.race_b)
        return replace(a, mmr=match.mmr_a_before), replace(b, mmr=match.mmr_b_before)

    def win_chance_a(self, match: Match) -> float:
        return expected_score(match.mmr_a_before, match.mmr_b_before, self.settings.mmr_divisor)

    def leaderboard_page(
        self,
        page: int = 1,
        *,
        races: Collection[str] = (),
        countries: Collection[str] = (),
        rank: str | None = None,
        best_only: bool = False,
        unranked: bool = False,
    ) -> LeaderboardPage:
        """One page (40 rows) of the filtered leaderboard, ranks current now (unranked only if asked)."""
        return self.ctx.state.leaderboard_page(
            self.ctx.now(),
            page,
            races=races,
            countries=countries,
            rank=rank,
            best_only=best_only,
            unranked=unranked,
        )

    # --- results: each player's replay, the searching message, notices ---------------------------
    def match_replays(self, match_id: int) -> list[Replay]:
        """Every replay of the match that counts: each player's (player A's first)."""
        return self.ctx.state.match_replays(match_id)

    def replay_of(self, match_id: int, discord_uid: int) -> Replay | None:
        return self.ctx.state.replay_of(match_id, discord_uid)

    def queue_status(self, discord_uid: int) -> QueueStatus:
        """What the player's searching message shows now."""
        return self.queue.status(discord_uid)

    def needs_quick_start(self, discord_uid: int) -> bool:
        return self.ctx.state.needs_quick_start(discord_uid)

    def shield_battery_notice_for(self, match: Match) -> tuple[int, ...]:
        """The players of a match with a Brood War Protoss player who have not acknowledged the
        Shield Battery notice yet."""
        if not shield_battery_applies((match.race_a, match.race_b)):
            return ()
        state = self.ctx.state
        return tuple(
            uid for uid in (match.player_a, match.player_b) if not state.acknowledged(uid, "shield_battery")
        )

    # --- player surfaces ---------------------------------------------------------------------------
    def leaderboard_countries(self) -> list[str]:
        """Country codes with at least one entry on the leaderboard (the country filter's choices)."""
        return self.ctx.state.leaderboard_countries()

    def open_match_id(self, discord_uid: int) -> int | None:
        """The player's open match (found or in progress), if any: /prune keeps its messages."""
        match = self.ctx.state.open_match(discord_uid)
        return None if match is None else match.match_id
