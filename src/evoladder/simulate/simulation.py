"""Play a synthetic community through a matcher, wave by wave, and measure what players experience.

Time advances in ticks: the matcher's period (``wave_period_s`` for the wave matchers, a few seconds
for the continuous peer). Between waves, players start sessions, finish matches
(MMR updated by ``evoladder.rules.mmr`` from the true skills' predicted result) and queue again until
their session's games are played; a queue entry that outlasts its owner's patience (or the queue
expiry) leaves unmatched and ends that session. The matcher is the only thing that differs between
an engine run and a baseline run.
"""

from __future__ import annotations

import heapq
import math
import random
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np

from evoladder.config import Settings
from evoladder.gamedata import GameData
from evoladder.matchmaking.engine import WaveEngine
from evoladder.matchmaking.model import QueuedPlayer
from evoladder.rules.mmr import DRAW, LOSS, WIN, expected_score, rate
from evoladder.rules.servers import ServerChooser
from evoladder.simulate.baseline import first_bot_wave
from evoladder.simulate.continuous import continuous_search
from evoladder.simulate.pairing import Pairing
from evoladder.simulate.population import SimPlayer

DRAW_PROBABILITY = 0.02
CONFIRM_AND_REPORT_S = 3 * 60.0
GAME_MEDIAN_S = 13 * 60.0
GAME_LOG_SD = 0.35
BREAK_MIN_S = 60.0
BREAK_MAX_S = 240.0


Matcher = Callable[[Sequence[QueuedPlayer], int], list[Pairing]]


def engine_matcher(engine: WaveEngine, seed: int) -> Matcher:
    def match(queue: Sequence[QueuedPlayer], wave: int) -> list[Pairing]:
        result = engine.run(queue, seed=seed * 1_000_003 + wave)
        return [
            Pairing(m.bw_player_id, m.sc2_player_id, m.bw_race, m.sc2_race, m.bw_mmr, m.sc2_mmr, m.server)
            for m in result.matches
        ]

    return match


def baseline_matcher(game_data: GameData) -> Matcher:
    def match(queue: Sequence[QueuedPlayer], wave: int) -> list[Pairing]:
        return first_bot_wave(queue, game_data)

    return match


def continuous_matcher(servers: ServerChooser) -> Matcher:
    def match(queue: Sequence[QueuedPlayer], tick: int) -> list[Pairing]:
        return continuous_search(queue, servers)

    return match


@dataclass
class RunRecord:
    """Raw observations of one run; ``metrics()`` turns them into the report's figures."""

    waits_s: list[float] = field(default_factory=list)  # per matched queue entry
    gaps: list[float] = field(default_factory=list)  # per match
    longer_wait_s: list[float] = field(default_factory=list)  # per match, the longer of the two waits
    worst_ping_ms: list[float] = field(default_factory=list)  # per match
    entries_matched: int = 0
    entries_left: int = 0
    entries_open_at_end: int = 0
    rematches: int = 0
    # Spearman(true skill, MMR) at the start and every simulated hour, always over the same entries:
    # the (player, race) pairs that have played by the end, so the curve shows convergence alone.
    spearman_by_hour: list[tuple[float, float]] = field(default_factory=list)
    final_spearman: float = float("nan")

    def metrics(self) -> dict[str, float]:
        def pct(values: list[float], q: float) -> float:
            return float(np.percentile(values, q)) if values else float("nan")

        finished = self.entries_matched + self.entries_left
        return {
            "wait_s_p50": pct(self.waits_s, 50),
            "wait_s_p90": pct(self.waits_s, 90),
            "wait_s_p99": pct(self.waits_s, 99),
            "mmr_gap_p50": pct(self.gaps, 50),
            "mmr_gap_p90": pct(self.gaps, 90),
            "mmr_gap_p99": pct(self.gaps, 99),
            "ping_ms_p50": pct(self.worst_ping_ms, 50),
            "ping_ms_p90": pct(self.worst_ping_ms, 90),
            "matched_share": self.entries_matched / finished if finished else float("nan"),
            "matches": float(len(self.gaps)),
            "skill_mmr_spearman": self.final_spearman,
            "entries_left_unmatched": float(self.entries_left),
            "entries_open_at_end": float(self.entries_open_at_end),
            "rematches": float(self.rematches),
        }


@dataclass
class _Entry:
    join_s: float
    waves_waited: int
    patience_s: float


@dataclass
class _State:
    player: SimPlayer
    mmr: dict[str, int]
    games: dict[str, int]
    games_left: int = 0
    entries: int = 0
    previous_opponent: int | None = None
    entry: _Entry | None = None
    playing: bool = False


def spearman(x: Sequence[float], y: Sequence[float]) -> float:
    """Rank correlation with average ranks for ties."""
    if len(x) < 3:
        return float("nan")

    def ranks(values: Sequence[float]) -> np.ndarray:
        arr = np.asarray(values, dtype=np.float64)
        order = np.argsort(arr, kind="stable")
        r = np.empty(len(arr), dtype=np.float64)
        sorted_vals = arr[order]
        i = 0
        while i < len(arr):
            j = i
            while j + 1 < len(arr) and sorted_vals[j + 1] == sorted_vals[i]:
                j += 1
            r[order[i : j + 1]] = (i + j) / 2.0
            i = j + 1
        return r

    rx, ry = ranks(x), ranks(y)
    if rx.std() == 0 or ry.std() == 0:
        return float("nan")
    return float(np.corrcoef(rx, ry)[0, 1])


def simulate(
    population: Sequence[SimPlayer],
    game_data: GameData,
    settings: Settings,
    matcher: Matcher,
    ping_ms: dict[tuple[str, str], float],
    hours: float,
    seed: int,
    on_wave: Callable[[], None] | None = None,
    period_s: float | None = None,
) -> RunRecord:
    """Run ``hours`` with ``matcher`` called every ``period_s`` (default: the wave period); ``ping_ms``
    is the (region, server) truth for pings."""
    rng = random.Random(seed)
    states = {
        p.player_id: _State(p, dict(p.initial_mmr), dict.fromkeys(p.initial_mmr, 0)) for p in population
    }
    events: list[tuple[float, int, str, object]] = []
    sequence = 0

    def push(at: float, kind: str, payload: object) -> None:
        nonlocal sequence
        heapq.heappush(events, (at, sequence, kind, payload))
        sequence += 1

    for p in population:
        for session in p.sessions:
            push(session.start_s, "session", (p.player_id, session.games))

    queue: dict[int, _State] = {}  # insertion order = joining order
    record = RunRecord()
    period = float(period_s if period_s is not None else settings.wave_period_s)
    n_waves = int(hours * 3600 // period) + 1
    next_snapshot_h = 1.0
    snapshots: list[tuple[float, dict[tuple[int, str], int]]] = [(0.0, _mmr_snapshot(states.values()))]

    def join(state: _State, at: float) -> None:
        if state.entries >= len(state.player.patience_s):
            state.games_left = 0
            return
        state.entry = _Entry(at, 0, state.player.patience_s[state.entries])
        state.entries += 1
        queue[state.player.player_id] = state

    for wave in range(n_waves):
        now = wave * period
        while events and events[0][0] <= now:
            at, _, kind, payload = heapq.heappop(events)
            if kind == "session":
                assert isinstance(payload, tuple)
                session_player: int = payload[0]
                games: int = payload[1]
                state = states[session_player]
                busy = state.playing or state.entry is not None or state.games_left > 0
                state.games_left += games
                if not busy:
                    join(state, at)
            elif kind == "requeue":
                state = states[payload]  # type: ignore[index]
                if state.games_left > 0 and not state.playing and state.entry is None:
                    join(state, at)
            elif kind == "end":
                _finish(payload, states, settings, rng, push, at)  # type: ignore[arg-type]

        for player_id, state in list(queue.items()):
            assert state.entry is not None
            waited = now - state.entry.join_s
            if waited > state.entry.patience_s or waited > settings.queue_expiry_s:
                del queue[player_id]
                state.entry = None
                state.games_left = 0
                record.entries_left += 1

        queued = [_queued(state) for state in queue.values()]
        for pairing in matcher(queued, wave) if len(queued) >= 2 else []:
            bw, sc2 = states[pairing.bw_player_id], states[pairing.sc2_player_id]
            if bw is sc2 or bw.entry is None or sc2.entry is None:
                raise AssertionError(f"matcher returned an impossible pair {pairing}")
            waits = (now - bw.entry.join_s, now - sc2.entry.join_s)
            record.waits_s.extend(waits)
            record.longer_wait_s.append(max(waits))
            record.gaps.append(abs(pairing.bw_mmr - pairing.sc2_mmr))
            record.worst_ping_ms.append(
                max(ping_ms[(bw.player.region, pairing.server)], ping_ms[(sc2.player.region, pairing.server)])
            )
            record.entries_matched += 2
            record.rematches += bw.previous_opponent == sc2.player.player_id
            for state in (bw, sc2):
                del queue[state.player.player_id]
                state.entry = None
                state.playing = True
            duration = CONFIRM_AND_REPORT_S + GAME_MEDIAN_S * math.exp(rng.gauss(0, GAME_LOG_SD))
            push(now + duration, "end", pairing)
        for state in queue.values():
            assert state.entry is not None
            state.entry.waves_waited += 1

        if now >= next_snapshot_h * 3600 or wave == n_waves - 1:
            snapshots.append((now / 3600, _mmr_snapshot(states.values())))
            next_snapshot_h = math.floor(now / 3600) + 1.0
        if on_wave is not None:
            on_wave()

    record.entries_open_at_end = len(queue)
    record.final_spearman = _skill_mmr_spearman(states.values())
    played = [(state.player, race) for state in states.values() for race, n in state.games.items() if n > 0]
    skills = [player.true_skill[race] for player, race in played]
    for hour, mmrs in snapshots:
        record.spearman_by_hour.append(
            (hour, spearman(skills, [mmrs[(p.player_id, race)] for p, race in played]))
        )
    return record


def _queued(state: _State) -> QueuedPlayer:
    p = state.player
    assert state.entry is not None
    return QueuedPlayer(
        player_id=p.player_id,
        region=p.region,
        bw_race=p.bw_race,
        sc2_race=p.sc2_race,
        mmr_by_race=state.mmr,
        waves_waited=state.entry.waves_waited,
        vetoes=p.vetoes,
        previous_opponent=state.previous_opponent,
    )


def _finish(
    pairing: Pairing,
    states: dict[int, _State],
    settings: Settings,
    rng: random.Random,
    push: Callable[[float, str, object], None],
    at: float,
) -> None:
    """A match ends: the true skills decide it, MMR moves, both players queue again if they want to."""
    bw, sc2 = states[pairing.bw_player_id], states[pairing.sc2_player_id]
    p_bw = expected_score(
        bw.player.true_skill[pairing.bw_race], sc2.player.true_skill[pairing.sc2_race], settings.mmr_divisor
    )
    roll = rng.random()
    score = (
        DRAW
        if roll < DRAW_PROBABILITY
        else (WIN if roll < DRAW_PROBABILITY + (1 - DRAW_PROBABILITY) * p_bw else LOSS)
    )
    change = rate(
        bw.mmr[pairing.bw_race], sc2.mmr[pairing.sc2_race], score, settings.k_factor, settings.mmr_divisor
    )
    bw.mmr[pairing.bw_race], sc2.mmr[pairing.sc2_race] = change.new_a, change.new_b
    bw.games[pairing.bw_race] += 1
    sc2.games[pairing.sc2_race] += 1
    bw.previous_opponent, sc2.previous_opponent = sc2.player.player_id, bw.player.player_id
    for state in (bw, sc2):
        state.playing = False
        state.games_left -= 1
        if state.games_left > 0:
            push(at + rng.uniform(BREAK_MIN_S, BREAK_MAX_S), "requeue", state.player.player_id)
        else:
            state.games_left = 0


def _mmr_snapshot(states: Iterable[_State]) -> dict[tuple[int, str], int]:
    return {(state.player.player_id, race): mmr for state in states for race, mmr in state.mmr.items()}


def _skill_mmr_spearman(states: Iterable[_State]) -> float:
    skills: list[float] = []
    mmrs: list[float] = []
    for state in states:
        for race, games in state.games.items():
            if games > 0:
                skills.append(state.player.true_skill[race])
                mmrs.append(state.mmr[race])
    return spearman(skills, mmrs)
