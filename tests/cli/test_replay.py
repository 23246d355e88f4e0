"""``evoladder replay inspect`` and ``evoladder mod learn`` end to end, through the worker pool."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evoladder.cli import main

TRUSTED = [
    "Keres Passage SEL (Official EU).SC2Replay",
    "[SCEvo] Sylphid (실피드) (Official NA).SC2Replay",
    "[SCEvo] Radeon (라데온) (Official KR).SC2Replay",
]


@pytest.fixture()
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)  # no stray .env is read
    monkeypatch.setenv("EVOLADDER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("EVOLADDER_REPLAY_WORKERS", "1")
    return tmp_path / "data"


def test_learn_then_inspect_official_and_fake(
    data_dir: Path, replays_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["mod", "learn", *(str(replays_dir / n) for n in TRUSTED)]) == 0
    assert "learned 3 replay(s) into mod version 'current'" in capsys.readouterr().out
    stored = json.loads((data_dir / "mod_fingerprint.json").read_text())
    assert [v["label"] for v in stored["versions"]] == ["current"]

    assert main(["replay", "inspect", str(replays_dir / "Khione SEL (Official KR).SC2Replay"), "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["summary"]["map_name"] == "Khione SEL" and report["summary"]["bnet_region"] == "AS"
    assert report["summary"]["winner"] == "FartBreath" and report["refusal"] is None
    checks = {c["name"]: c for c in report["verdict"]["checks"]}
    assert list(checks) == ["parse", "players", "observers", "races", "map", "lobby", "mod", "result"]
    assert checks["mod"]["status"] == "pass"
    assert checks["players"]["status"] == "fail"  # the samples are one-player games
    assert report["verdict"]["ok"] is False

    main(["replay", "inspect", str(replays_dir / "Khione SEL (Fake EU).SC2Replay"), "--json"])
    fake = {c["name"]: c for c in json.loads(capsys.readouterr().out)["verdict"]["checks"]}
    assert fake["mod"]["status"] == "fail"
    assert fake["mod"]["reason"].startswith(
        "unofficial mod: one dependency is not part of SC: Evo Complete for EU"
    )


def test_inspect_against_a_match_file(
    data_dir: Path, replays_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    match = tmp_path / "match.json"
    match.write_text(
        json.dumps(
            {
                "match_id": 4,
                "map_name": "Khione SEL",
                "confirmed_at": "2025-11-03T22:50:00Z",
                "bnet_region": "EU",
                "players": [
                    {"name": "Hunted", "race": "BW Zerg", "alt_names": ["Huntedswarm"]},
                    {"name": "Other", "race": "sc2_terran"},
                ],
                "already_used_by": 2,
            }
        )
    )
    assert (
        main(
            [
                "replay",
                "inspect",
                str(replays_dir / "Khione SEL (Official EU).SC2Replay"),
                "--match",
                str(match),
            ]
        )
        == 1
    )
    out = capsys.readouterr().out
    assert "fail  duplicate   this replay is already attached to match #2" in out
    assert "pass  map         played on the match's map, Khione SEL" in out
    assert "pass  start_time" in out
    assert "pass  region" in out


def test_bad_match_file_and_unreadable_replays_stop_with_a_message(
    data_dir: Path, replays_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    match = tmp_path / "match.json"
    match.write_text('{"match_id": 1, "map_name": "x", "confirmed_at": "2025-11-03T22:50:00", "players": []}')
    with pytest.raises(SystemExit) as exc:
        main(
            [
                "replay",
                "inspect",
                str(replays_dir / "Khione SEL (Official EU).SC2Replay"),
                "--match",
                str(match),
            ]
        )
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert "confirmed_at" in err and "players" in err

    with pytest.raises(SystemExit):
        main(
            [
                "mod",
                "learn",
                str(replays_dir / TRUSTED[0]),
                str(replays_dir / "standard-sc2/unparseable-4.1.2.SC2Replay"),
            ]
        )
    assert "nothing learned" in capsys.readouterr().err
    assert not (data_dir / "mod_fingerprint.json").exists()
