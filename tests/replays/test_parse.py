"""Parsing the real replays: what the summary holds, and what is refused, with sc2reader for real."""

from __future__ import annotations

import io
from datetime import UTC
from pathlib import Path

import pytest

from evoladder.gamedata import GameData
from evoladder.replays.parse import ReplayParser, race_alias_table
from evoladder.replays.summary import ReplayRefusal, ReplaySummary
from tests.replays.conftest import sample_kind


def test_every_evo_sample_gives_a_complete_summary(evo_samples: dict[Path, ReplaySummary]) -> None:
    for path, s in evo_samples.items():
        map_in_name, _, region = sample_kind(path)
        assert s.bnet_region == region, path.name
        assert s.map_name.replace(":", "") == map_in_name, path.name  # files say [SCEvo], replays [SC:Evo]
        assert s.started_at.tzinfo is not None and s.started_at.utcoffset() == UTC.utcoffset(None)
        assert s.build == 95299 and s.release == "5.0.15.95299"
        assert 1 <= s.game_length_s <= 9
        [player] = s.players
        assert (player.race_text, player.race, player.is_human, player.result) == (
            "BW Zerg",
            "bw_zerg",
            True,
            "win",
        )
        assert player.toon_handle.count("-") == 3
        assert s.observers == ()
        assert (s.lobby.speed, s.lobby.duration, s.lobby.locked_alliances) == ("Faster", "Infinite", True)
        assert s.uses_custom_mod
        assert len(s.dependencies) >= 16 and all(len(d.hash) == 64 for d in s.dependencies)
        assert s.winner == player


def test_summary_round_trips_through_json(evo_samples: dict[Path, ReplaySummary]) -> None:
    for s in evo_samples.values():
        assert ReplaySummary.model_validate_json(s.model_dump_json()) == s


def test_content_hash_is_sha256_of_the_file_and_game_key_ignores_the_bytes(
    replays_dir: Path, parser: ReplayParser
) -> None:
    import hashlib

    path = replays_dir / "Khione SEL (Official EU).SC2Replay"
    data = path.read_bytes()
    original = parser.parse(data)
    assert isinstance(original, ReplaySummary)
    assert original.content_hash == hashlib.sha256(data).hexdigest()
    # Same game, one byte changed in the game events (a part the ladder does not read).
    import mpyq

    archive = mpyq.MPQArchive(str(path))
    entry = archive.block_table[archive.get_hash_table_entry("replay.game.events").block_table_index]
    altered = bytearray(data)
    altered[archive.header["offset"] + entry.offset + entry.archived_size // 2] ^= 0xFF
    copy = parser.parse(bytes(altered))
    assert isinstance(copy, ReplaySummary)
    assert copy.content_hash != original.content_hash
    assert copy.game_key == original.game_key


def test_standard_games_parse_with_their_players_observers_and_ai(standard_outcomes: dict) -> None:
    observed = standard_outcomes["1v1-abyssalreef-with-5-observers-3.16"]
    assert isinstance(observed, ReplaySummary)
    assert len(observed.observers) == 5 and len(observed.humans) == 2
    assert observed.bnet_region == "CN"
    vs_ai = standard_outcomes["1v1-vs-ai-backwater-4.3"]
    assert isinstance(vs_ai, ReplaySummary)
    assert [p.is_human for p in vs_ai.players] == [True, False]
    ladder = standard_outcomes["1v1-honorgrounds-3.12"]
    assert isinstance(ladder, ReplaySummary)
    assert [(p.race, p.result) for p in ladder.players] == [("sc2_terran", "win"), ("sc2_protoss", "loss")]
    assert ladder.winner is not None and ladder.winner.name == "Futay"
    assert not ladder.uses_custom_mod


def test_a_replay_without_game_description_is_refused(standard_outcomes: dict) -> None:
    refusal = standard_outcomes["unparseable-4.1.2"]
    assert isinstance(refusal, ReplayRefusal)
    assert "no dependency list" in refusal.reason
    assert refusal.content_hash is not None


def test_empty_oversized_and_foreign_files_are_refused(parser: ReplayParser) -> None:
    assert parser.parse(b"").reason == "the file is empty"  # type: ignore[union-attr]
    big = parser.parse(b"\0" * (5 * 1024 * 1024 + 1))
    assert isinstance(big, ReplayRefusal) and "limit" in big.reason
    png = parser.parse(b"\x89PNG\r\n\x1a\n" + b"\0" * 100)
    assert isinstance(png, ReplayRefusal) and "not a readable StarCraft II replay" in png.reason


def test_the_lean_load_reads_exactly_what_sc2readers_plain_load_reads(
    replays_dir: Path, parser: ReplayParser, game_data: GameData
) -> None:
    plain = ReplayParser(race_alias_table(game_data), max_bytes=5 * 1024 * 1024, lean=False)
    for path in sorted(replays_dir.rglob("*.SC2Replay")):
        data = path.read_bytes()
        lean_outcome, plain_outcome = parser.parse(data), plain.parse(data)
        if isinstance(plain_outcome, ReplayRefusal):
            assert isinstance(lean_outcome, ReplayRefusal), path.name
        else:
            assert lean_outcome == plain_outcome, path.name


@pytest.mark.parametrize(
    ("damage", "reason"),
    [
        ("players", "the replay has no players"),
        ("map_name", "the replay names no map"),
        ("cache_handles", "the replay has no dependency list"),
    ],
)
def test_a_replay_that_loads_but_lacks_players_map_or_dependencies_is_refused(
    replays_dir: Path, parser: ReplayParser, damage: str, reason: str
) -> None:
    """sc2reader loads such files without complaint; the parser must still refuse them.

    The real replay is loaded by sc2reader, then the one part is emptied, as a file missing it would be.
    """
    data = (replays_dir / "Khione SEL (Official EU).SC2Replay").read_bytes()
    replay = parser._replay_class(io.BytesIO(data), load_level=2, engine=None, debug=False)
    if damage == "cache_handles":
        replay.raw_data["replay.initData"]["game_description"]["cache_handles"] = []
    else:
        setattr(replay, damage, [] if damage == "players" else "")
    with pytest.raises(Exception, match=reason):
        parser._summarise(replay, "0" * 64, len(data))
