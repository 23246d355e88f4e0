"""Fixtures for the replay tests: the real sample replays parsed once, and a two-player summary.

The Evo samples are one-player games, so verification tests that need two players build a
``ReplaySummary`` by hand (``two_player_summary``); parsing tests use the real files.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from evoladder.gamedata import GameData
from evoladder.replays.parse import ReplayParser, race_alias_table
from evoladder.replays.summary import (
    Dependency,
    LobbyOptions,
    ParseOutcome,
    ReplayPlayer,
    ReplaySummary,
)

SAMPLE_NAME = re.compile(
    r"^(?P<map>.+) \((?P<variant>Official|Fake PTR|Fake) (?P<region>EU|KR|NA)\)\.SC2Replay$"
)
# The battle.net region each sample's file name stands for.
REGION_OF_NAME = {"EU": "EU", "NA": "AM", "KR": "AS"}


def sample_kind(path: Path) -> tuple[str, str, str]:
    """(map as in the file name, variant, battle.net region) of an Evo sample."""
    m = SAMPLE_NAME.match(path.name)
    assert m, f"unexpected sample file name {path.name}"
    return m["map"], m["variant"], REGION_OF_NAME[m["region"]]


@pytest.fixture(scope="session")
def parser(game_data: GameData) -> ReplayParser:
    return ReplayParser(race_alias_table(game_data), max_bytes=5 * 1024 * 1024)


@pytest.fixture(scope="session")
def evo_samples(replays_dir: Path, parser: ReplayParser) -> dict[Path, ReplaySummary]:
    """Every real SC: Evo Complete sample, parsed in this process (the pool tests cover the workers)."""
    out: dict[Path, ReplaySummary] = {}
    for path in sorted(replays_dir.glob("*.SC2Replay")):
        outcome = parser.parse(path.read_bytes())
        assert isinstance(outcome, ReplaySummary), f"{path.name}: {outcome}"
        out[path] = outcome
    assert len(out) == 36
    return out


@pytest.fixture(scope="session")
def standard_outcomes(replays_dir: Path, parser: ReplayParser) -> dict[str, ParseOutcome]:
    """The standard StarCraft II games, by file stem."""
    return {
        p.stem: parser.parse(p.read_bytes())
        for p in sorted((replays_dir / "standard-sc2").glob("*.SC2Replay"))
    }


def make_player(name: str, race: str, race_text: str, result: str, team: int) -> ReplayPlayer:
    return ReplayPlayer(
        name=name,
        clan_tag="",
        toon_handle=f"2-S2-1-{abs(hash(name)) % 10_000_000}",
        race_text=race_text,
        race=race,
        result=result,  # type: ignore[arg-type]
        is_human=True,
        team=team,
    )


@pytest.fixture()
def two_player_summary(evo_samples: dict[Path, ReplaySummary]) -> ReplaySummary:
    """A ranked-looking Evo game: the dependencies of the official Khione EU sample, two humans."""
    official = next(s for p, s in evo_samples.items() if p.name == "Khione SEL (Official EU).SC2Replay")
    return official.model_copy(
        update={
            "players": (
                make_player("Alice", "bw_zerg", "BW Zerg", "win", 1),
                make_player("Bob", "sc2_terran", "테란", "loss", 2),
            ),
            "started_at": datetime(2026, 1, 5, 20, 3, tzinfo=UTC),
            "lobby": LobbyOptions(
                privacy="Normal", speed="Faster", duration="Infinite", locked_alliances=True
            ),
        }
    )


def dependencies(*hashes: str) -> tuple[Dependency, ...]:
    return tuple(Dependency(server="eu", kind="s2ma", hash=h) for h in hashes)
