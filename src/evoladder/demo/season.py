"""A demo season: a simulated community registers, queues, confirms, plays and reports — live.

It is a front end like the Discord bot: it calls the same services and receives the same events
(as the ladder's notifier), so everything a newcomer sees on the leaderboard and health pages went
through the real store, journal, wave engine and rules. Games are decided by the players' true skill.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import string
from collections.abc import Coroutine
from dataclasses import dataclass
from typing import Any

from evoladder.config import Settings
from evoladder.gamedata import GameData
from evoladder.rules.errors import DomainError
from evoladder.rules.events import (
    LadderEvent,
    MatchCompleted,
    MatchConflict,
    MatchEnded,
    MatchFound,
    MatchStarted,
    QueueExpired,
)
from evoladder.rules.mmr import expected_score
from evoladder.services.ladder import Ladder
from evoladder.simulate.population import SimPlayer, build_population

log = logging.getLogger("evoladder.demo")
FIRST_DEMO_UID = 10_000_000


@dataclass(frozen=True)
class DemoPace:
    """How fast the demo community acts (seconds), so something happens every few seconds."""

    confirm_s: tuple[float, float] = (0.5, 4.0)
    game_s: tuple[float, float] = (4.0, 15.0)
    idle_s: tuple[float, float] = (2.0, 20.0)
    no_confirm_chance: float = 0.03
    abort_chance: float = 0.03
    disputed_report_chance: float = 0.03


def demo_name(uid: int) -> str:
    """A Latin-letters-only player name (the ladder's name rule), unique per uid."""
    n, letters = uid - FIRST_DEMO_UID, []
    while True:
        n, r = divmod(n, 26)
        letters.append(string.ascii_lowercase[r])
        if n == 0:
            break
    return ("Demo" + "".join(reversed(letters)))[:12].capitalize()


class DemoSeason:
    def __init__(
        self,
        ladder: Ladder,
        settings: Settings,
        game_data: GameData,
        players: int = 60,
        seed: int = 1,
        pace: DemoPace | None = None,
        speed: float = 1.0,
    ) -> None:
        self.ladder = ladder
        self.settings = settings
        self.pace = pace or DemoPace()
        self.speed = speed
        self.rng = random.Random(seed)
        population = build_population(game_data, players, hours=24, seed=seed, mmr_start=settings.mmr_start)
        self.players: dict[int, SimPlayer] = {FIRST_DEMO_UID + p.player_id: p for p in population}
        self._tasks: set[asyncio.Task[Any]] = set()
        self.completed = 0

    # --- the notifier side: the ladder tells the simulated players things -----------------------
    async def publish(self, event: LadderEvent) -> None:
        if isinstance(event, MatchFound):
            for uid in event.players:
                if uid in self.players:
                    self._spawn(self._answer_match(event.match_id, uid))
        elif isinstance(event, MatchStarted) and event.players[0] in self.players:
            self._spawn(self._play(event.match_id))
        elif isinstance(event, MatchCompleted | MatchEnded | MatchConflict):
            # A disputed match waits for the admins; its players, like real ones, queue again meanwhile
            # (without this every dispute would take two players out of the season for good).
            if isinstance(event, MatchCompleted):
                self.completed += 1
            for uid in event.players:
                if uid in self.players:
                    self._spawn(self._requeue_later(uid))
        elif isinstance(event, QueueExpired) and event.player in self.players:
            self._spawn(self._requeue_later(event.player))

    # --- the players' side ---------------------------------------------------------------------------
    async def start(self) -> None:
        """Register everyone (terms + setup) and send them to the queue at staggered times."""
        ladder = self.ladder
        for uid, p in self.players.items():
            if not ladder.players.status(uid).setup_done:
                await ladder.players.accept_terms(uid, f"demo#{uid}")
                await ladder.players.setup(
                    uid,
                    player_name=demo_name(uid),
                    battletag=f"{demo_name(uid)}#{uid % 100000:05d}",
                    alt_names=[],
                    country=self._country(p.region),
                    region=p.region,
                )
            self._spawn(self._requeue_later(uid))
        log.info("demo season: %d simulated players registered", len(self.players))

    async def stop(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        for task in list(self._tasks):
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        self._tasks.clear()

    def _spawn(self, coro: Coroutine[Any, Any, None]) -> None:
        task = asyncio.get_running_loop().create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _wait(self, bounds: tuple[float, float]) -> None:
        await asyncio.sleep(self.rng.uniform(*bounds) / self.speed)

    async def _guard(self, what: str, coro: Coroutine[Any, Any, Any]) -> None:
        try:
            await coro
        except DomainError as exc:  # the ladder said no (e.g. the match moved on): a player would shrug
            log.debug("demo: %s refused: %s", what, exc)

    async def _requeue_later(self, uid: int) -> None:
        await self._wait(self.pace.idle_s)
        p = self.players[uid]
        races = [r for r in (p.bw_race, p.sc2_race) if r is not None]
        await self._guard("queue", self.ladder.queue.join(uid, races, list(p.vetoes)))

    async def _answer_match(self, match_id: int, uid: int) -> None:
        await self._wait(self.pace.confirm_s)
        roll = self.rng.random()
        if roll < self.pace.no_confirm_chance:
            return  # walked away from the keyboard: the confirm timeout cancels the match
        if roll < self.pace.no_confirm_chance + self.pace.abort_chance:
            await self._guard("abort", self.ladder.matches.abort(match_id, uid))
            return
        await self._guard("confirm", self.ladder.matches.confirm(match_id, uid))

    async def _play(self, match_id: int) -> None:
        await self._wait(self.pace.game_s)
        match = self.ladder.views.match(match_id)
        if match is None:
            return
        skill_a = self.players[match.player_a].true_skill.get(match.race_a, 1500.0)
        skill_b = self.players[match.player_b].true_skill.get(match.race_b, 1500.0)
        a_won = self.rng.random() < expected_score(skill_a, skill_b, self.settings.mmr_divisor)
        report_a, report_b = ("win", "loss") if a_won else ("loss", "win")
        if self.rng.random() < self.pace.disputed_report_chance:
            report_b = report_a  # both claim the same outcome: a dispute for the admins
        matches = self.ladder.matches
        await self._guard("report", matches.report(match_id, match.player_a, report_a))  # type: ignore[arg-type]
        await self._wait((0.2, 2.0))
        await self._guard("report", matches.report(match_id, match.player_b, report_b))  # type: ignore[arg-type]

    def _country(self, region: str) -> str:
        by_region = {
            "KRJ": "KR", "CHN": "CN", "THM": "TW", "SEA": "SG", "OCE": "AU", "FER": "RU", "USB": "RU",
            "NAW": "US", "NAC": "US", "NAE": "CA", "CAM": "MX", "SAM": "BR",
            "EUW": "DE", "EUE": "PL", "AFR": "ZA", "MEA": "IL",
        }  # fmt: skip
        return by_region.get(region, "ZZ")
