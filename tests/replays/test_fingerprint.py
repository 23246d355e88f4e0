"""The official mod's fingerprint, learned from some real official replays and tested on the others."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from evoladder.config import load_settings
from evoladder.gamedata import GameData
from evoladder.replays.fingerprint import (
    FingerprintError,
    ModFingerprint,
    current_fingerprint,
    learn,
    shipped_path,
)
from evoladder.replays.inspect import build_verifier
from evoladder.replays.summary import ParseOutcome, ReplayRefusal, ReplaySummary
from tests.replays.conftest import dependencies, sample_kind

MOD = "SC: Evo Complete"
NOW = datetime(2026, 1, 1, tzinfo=UTC)
# One official replay per region. Together they pull in every optional part the four maps use
# (Keres's own part, Sylphid's own part, Radeon's art packs incl. the Korean ones), which is what a
# set of known hashes needs; no exact dependency list of any other official replay is seen.
TRAINING = {
    "Keres Passage SEL (Official EU).SC2Replay",
    "[SCEvo] Sylphid (실피드) (Official NA).SC2Replay",
    "[SCEvo] Radeon (라데온) (Official KR).SC2Replay",
}


def _fingerprint(samples: list[ReplaySummary], label: str = "current") -> ModFingerprint:
    return ModFingerprint(mod_name=MOD).with_version(learn(samples, learned_at=NOW, label=label))


@pytest.fixture(scope="module")
def learned(evo_samples: dict[Path, ReplaySummary]) -> ModFingerprint:
    return _fingerprint([s for p, s in evo_samples.items() if p.name in TRAINING])


def test_learned_from_one_official_replay_per_region_accepts_every_official_replay(
    learned: ModFingerprint, evo_samples: dict[Path, ReplaySummary]
) -> None:
    unseen_lists = 0
    seen = {s.mod_dependency_hashes for p, s in evo_samples.items() if p.name in TRAINING}
    for path, summary in evo_samples.items():
        if sample_kind(path)[1] != "Official":
            continue
        judgement = learned.judge(summary)
        assert judgement.official, f"{path.name}: {judgement.reason}"
        assert judgement.reason == f"official {MOD} (current) for {summary.bnet_region}"
        unseen_lists += summary.mod_dependency_hashes not in seen
    assert unseen_lists == 9  # accepted without ever having seen their exact dependency list


def test_every_fake_and_fake_ptr_replay_is_refused_for_its_extra_dependency(
    learned: ModFingerprint, evo_samples: dict[Path, ReplaySummary]
) -> None:
    fakes = [(p, s) for p, s in evo_samples.items() if sample_kind(p)[1] != "Official"]
    assert len(fakes) == 24
    for path, summary in fakes:
        judgement = learned.judge(summary)
        assert not judgement.official, path.name
        assert judgement.reason.startswith(
            f"unofficial mod: one dependency is not part of {MOD} for {summary.bnet_region} ("
        ), f"{path.name}: {judgement.reason}"


def test_standard_games_are_not_the_evo_mod(learned: ModFingerprint, standard_outcomes: dict) -> None:
    for stem, outcome in standard_outcomes.items():
        if not isinstance(outcome, ReplaySummary):
            continue
        judgement = learned.judge(outcome)
        assert not judgement.official, stem
        assert judgement.reason.startswith(f"not played with {MOD}"), f"{stem}: {judgement.reason}"


def test_a_region_without_a_trusted_replay_is_not_accepted(evo_samples: dict[Path, ReplaySummary]) -> None:
    eu_only = _fingerprint([s for p, s in evo_samples.items() if sample_kind(p)[1:] == ("Official", "EU")])
    na_official = next(s for p, s in evo_samples.items() if p.name == "Khione SEL (Official NA).SC2Replay")
    judgement = eu_only.judge(na_official)
    assert not judgement.official
    assert (
        judgement.reason
        == "no trusted SC: Evo Complete replay from AM has been learned yet (known regions: EU)"
    )


def test_an_empty_fingerprint_accepts_nothing(evo_samples: dict[Path, ReplaySummary]) -> None:
    judgement = ModFingerprint(mod_name=MOD).judge(next(iter(evo_samples.values())))
    assert not judgement.official and "no official mod fingerprint" in judgement.reason


def test_required_dependencies_must_all_be_there(
    learned: ModFingerprint, two_player_summary: ReplaySummary
) -> None:
    required = learned.versions[0].required
    stripped = two_player_summary.model_copy(
        update={"dependencies": tuple(d for d in two_player_summary.dependencies if d.hash != required[0])}
    )
    judgement = learned.judge(stripped)
    assert not judgement.official
    assert judgement.reason.startswith("incomplete mod: one required dependency is missing")


def test_several_versions_are_valid_at_once_and_replace_drops_the_old_ones(
    learned: ModFingerprint, two_player_summary: ReplaySummary
) -> None:
    update_file = "f" * 64
    updated_game = two_player_summary.model_copy(
        update={
            "dependencies": dependencies(update_file, *two_player_summary.mod_dependency_hashes, "e" * 64)
        }
    )
    assert not learned.judge(updated_game).official
    both = learned.with_version(learn([updated_game], learned_at=NOW, label="2026-02"))
    assert [v.label for v in both.versions] == ["current", "2026-02"]
    assert both.judge(updated_game).official and both.judge(updated_game).version == "2026-02"
    assert both.judge(two_player_summary).official and both.judge(two_player_summary).version == "current"
    only_new = learned.with_version(learn([updated_game], learned_at=NOW, label="2026-02"), replace=True)
    assert not only_new.judge(two_player_summary).official


def test_learning_into_the_same_label_merges_as_if_learned_together(
    evo_samples: dict[Path, ReplaySummary],
) -> None:
    trusted = [s for p, s in evo_samples.items() if p.name in TRAINING]
    stepwise = ModFingerprint(mod_name=MOD)
    for s in trusted:
        stepwise = stepwise.with_version(learn([s], learned_at=NOW))
    together = _fingerprint(trusted)
    assert len(stepwise.versions) == 1
    assert stepwise.versions[0].required == together.versions[0].required
    assert stepwise.versions[0].optional == together.versions[0].optional
    assert stepwise.versions[0].regions == {"EU", "AM", "AS"}


def test_file_round_trip_and_a_damaged_file_is_reported(learned: ModFingerprint, tmp_path: Path) -> None:
    path = tmp_path / "fp" / "mod_fingerprint.json"
    learned.save(path)
    assert ModFingerprint.load(path, MOD) == learned
    assert ModFingerprint.load(tmp_path / "absent.json", MOD).versions == ()
    path.write_text('{"format": 1, "mod_name": "x", "versions": [{"label": 3}]}')
    with pytest.raises(FingerprintError, match="not a valid mod fingerprint file"):
        ModFingerprint.load(path, MOD)


def test_learning_refuses_replays_that_share_nothing(
    evo_samples: dict[Path, ReplaySummary], two_player_summary: ReplaySummary
) -> None:
    stranger = two_player_summary.model_copy(update={"dependencies": dependencies("1" * 64, "2" * 64)})
    with pytest.raises(FingerprintError, match="share no dependency"):
        learn([two_player_summary, stranger], learned_at=NOW)
    with pytest.raises(FingerprintError, match="no replays"):
        learn([], learned_at=NOW)


# --- the default that ships with the package ----------------------------------------------------------
def test_a_fresh_data_directory_verifies_every_official_replay_and_refuses_the_others(
    tmp_path: Path,
    game_data: GameData,
    evo_samples: dict[Path, ReplaySummary],
    standard_outcomes: dict[str, ParseOutcome],
) -> None:
    """No ``mod learn`` ran: the shipped default judges every real replay, each with its reason."""
    settings = load_settings(data_dir=tmp_path / "fresh", _env_file=None)
    assert not settings.effective_mod_fingerprint_file.exists()
    verifier = build_verifier(settings, game_data)
    for path, summary in evo_samples.items():
        mod = verifier.verify(summary).check("mod")
        assert mod is not None, path.name
        if sample_kind(path)[1] == "Official":
            assert (mod.status, mod.reason) == ("pass", f"official {MOD} (current) for {summary.bnet_region}")
        else:
            assert mod.status == "fail" and mod.reason.startswith(
                f"unofficial mod: one dependency is not part of {MOD} for {summary.bnet_region} ("
            ), path.name
    for stem, outcome in standard_outcomes.items():
        verdict = verifier.verify(outcome)
        assert not verdict.ok, stem
        if isinstance(outcome, ReplayRefusal):
            assert verdict.checks[0].name == "parse" and verdict.checks[0].reason == outcome.reason
        else:
            mod = verdict.check("mod")
            assert mod is not None and mod.status == "fail", stem
            assert mod.reason == f"not played with {MOD}: the game loaded no custom mod", (stem, mod.reason)


def test_the_shipped_default_is_exactly_what_mod_learn_write_default_makes(
    tmp_path: Path, replays_dir: Path, evo_samples: dict[Path, ReplaySummary], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Regenerated by the documented command from the official replays, never typed by hand."""
    from evoladder.cli import main

    shipped = json.loads(shipped_path().read_text(encoding="utf-8"))
    official = [s for p, s in evo_samples.items() if sample_kind(p)[1] == "Official"]
    version = learn(official, learned_at=max(s.started_at for s in official))
    assert ModFingerprint(mod_name=MOD).with_version(version).model_dump(mode="json") == shipped

    out = tmp_path / "regenerated.json"
    monkeypatch.setattr("evoladder.cli.mod.shipped_path", lambda: out)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("EVOLADDER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("EVOLADDER_REPLAY_WORKERS", "1")
    files = sorted(str(p) for p in replays_dir.glob("* (Official *).SC2Replay"))
    assert main(["mod", "learn", "--write-default", *files]) == 0
    assert json.loads(out.read_text(encoding="utf-8")) == shipped
    assert not (tmp_path / "data" / "mod_fingerprint.json").exists()  # the operator's file is untouched


def test_once_learned_the_operators_fingerprint_wins_over_the_shipped_one(
    tmp_path: Path, evo_samples: dict[Path, ReplaySummary]
) -> None:
    learned_file = tmp_path / "mod_fingerprint.json"
    kr_official = next(s for p, s in evo_samples.items() if p.name == "Khione SEL (Official KR).SC2Replay")
    assert current_fingerprint(learned_file, MOD).judge(kr_official).official  # the shipped default
    eu_only = [s for p, s in evo_samples.items() if sample_kind(p)[1:] == ("Official", "EU")]
    _fingerprint(eu_only).save(learned_file)
    judgement = current_fingerprint(learned_file, MOD).judge(kr_official)
    assert not judgement.official and "no trusted SC: Evo Complete replay from AS" in judgement.reason
