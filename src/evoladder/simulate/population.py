"""A synthetic community: who plays, from where, how well, with which races, and when.

Everything is drawn from one seed, so the engine and the baseline face the same people arriving at the
same times (their queues then differ only through the matcher's own decisions).
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass

from evoladder.gamedata import GameData

# Share of players per residential region: a worldwide community with most players in Korea/Japan,
# China, North America and Europe (the community is largely Korean- and Chinese-speaking).
REGION_WEIGHTS: dict[str, float] = {
    "KRJ": 0.22, "CHN": 0.18, "THM": 0.05, "SEA": 0.04, "OCE": 0.03, "FER": 0.015, "USB": 0.015,
    "NAW": 0.07, "NAC": 0.05, "NAE": 0.08, "CAM": 0.01, "SAM": 0.03,
    "EUW": 0.10, "EUE": 0.08, "AFR": 0.01, "MEA": 0.02,
}  # fmt: skip

SKILL_MEAN = 1500.0
SKILL_SD = 300.0
RACE_SKILL_SD = 80.0
ESTABLISHED_SHARE = 0.7  # players with a rating history; the rest start at the configured MMR
ESTABLISHED_MMR_NOISE_SD = 150.0
RACE_CHOICE_SHARES = (("bw", 0.35), ("sc2", 0.35), ("both", 0.30))
DAILY_PLAY_PROBABILITY = 0.6
EVENING_PEAK_LOCAL_HOUR = 21.0
EVENING_SD_HOURS = 2.5
GAMES_PER_SESSION_MEAN = 4.0
PATIENCE_MIN_S = 10 * 60.0
PATIENCE_EXTRA_MEAN_S = 45 * 60.0
ENTRIES_PER_PLAYER_CAP = 64


@dataclass(frozen=True, slots=True)
class Session:
    """A player sits down at ``start_s`` intending to play ``games`` games."""

    start_s: float
    games: int


@dataclass(frozen=True, slots=True)
class SimPlayer:
    player_id: int
    region: str
    bw_race: str | None
    sc2_race: str | None
    true_skill: dict[str, float]
    initial_mmr: dict[str, int]
    vetoes: tuple[str, ...]
    sessions: tuple[Session, ...]
    patience_s: tuple[float, ...]  # how long each successive queue entry is willing to wait


def _weighted(rng: random.Random, pairs: tuple[tuple[str, float], ...] | list[tuple[str, float]]) -> str:
    names = [name for name, _ in pairs]
    return rng.choices(names, weights=[w for _, w in pairs])[0]


def build_population(
    game_data: GameData, n_players: int, hours: float, seed: int, mmr_start: int
) -> list[SimPlayer]:
    """``n_players`` players with sessions spread over ``hours`` hours, by local evening time."""
    if n_players < 2:
        raise ValueError("a simulation needs at least 2 players")
    if hours <= 0:
        raise ValueError("the simulated time must be positive")
    rng = random.Random(seed)
    bw_races, sc2_races = game_data.races_of("bw"), game_data.races_of("sc2")
    regions = [(code, w) for code, w in REGION_WEIGHTS.items() if code in game_data.regions]
    horizon_s = hours * 3600.0
    players = []
    for player_id in range(1, n_players + 1):
        region = _weighted(rng, regions)
        choice = _weighted(rng, RACE_CHOICE_SHARES)
        bw = rng.choice(bw_races) if choice in ("bw", "both") else None
        sc2 = rng.choice(sc2_races) if choice in ("sc2", "both") else None
        base = rng.gauss(SKILL_MEAN, SKILL_SD)
        skill = {race: base + rng.gauss(0, RACE_SKILL_SD) for race in (bw, sc2) if race is not None}
        established = rng.random() < ESTABLISHED_SHARE
        initial = {
            race: round(s + rng.gauss(0, ESTABLISHED_MMR_NOISE_SD)) if established else mmr_start
            for race, s in skill.items()
        }
        vetoes = tuple(rng.sample(game_data.map_names, rng.randint(0, 4)))
        players.append(
            SimPlayer(
                player_id=player_id,
                region=region,
                bw_race=bw,
                sc2_race=sc2,
                true_skill=skill,
                initial_mmr=initial,
                vetoes=vetoes,
                sessions=_sessions(rng, game_data.regions[region].lon, horizon_s),
                patience_s=tuple(
                    PATIENCE_MIN_S + rng.expovariate(1 / PATIENCE_EXTRA_MEAN_S)
                    for _ in range(ENTRIES_PER_PLAYER_CAP)
                ),
            )
        )
    return players


def _sessions(rng: random.Random, lon: float, horizon_s: float) -> tuple[Session, ...]:
    """Evening sessions in the player's local time (UTC offset ≈ longitude / 15) on each simulated day."""
    utc_offset_h = lon / 15.0
    sessions = []
    for day in range(math.ceil(horizon_s / 86400.0)):
        if rng.random() >= DAILY_PLAY_PROBABILITY:
            continue
        local_hour = rng.gauss(EVENING_PEAK_LOCAL_HOUR, EVENING_SD_HOURS)
        start = (day * 24.0 + local_hour - utc_offset_h) * 3600.0
        # Days start at midnight UTC; a session before 00:00 UTC of day 0 wraps to the day's end. A
        # run shorter than a day is a compressed day (its hours stand for the whole day's pattern).
        start %= math.ceil(horizon_s / 86400.0) * 86400.0
        if horizon_s < 86400.0:
            start *= horizon_s / 86400.0
        if start >= horizon_s:
            continue
        games = 1 + int(rng.expovariate(1 / (GAMES_PER_SESSION_MEAN - 1)))
        sessions.append(Session(start, games))
    return tuple(sorted(sessions, key=lambda s: s.start_s))
