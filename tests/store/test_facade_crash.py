"""kill -9 during a storm of match completions: every acknowledged change survives exactly once."""

from __future__ import annotations

from pathlib import Path

import pytest

from evoladder.config import Settings, load_settings
from evoladder_dev.drill import run_crash_drill


@pytest.mark.slow
@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_acknowledged_completions_survive_sigkill(
    backend: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    url = None if backend == "sqlite" else request.getfixturevalue("postgres_url")
    settings: Settings = load_settings(data_dir=tmp_path / "data", database_url=url, _env_file=None)
    result = run_crash_drill(settings, kills=6, workers=4, min_run_s=0.2, max_run_s=0.8, seed=11)
    assert result.kills == 6
    assert result.acknowledged > 0, "the child never acknowledged a completion: nothing was tested"
    assert result.missing == []
    assert result.mismatched == []
    assert result.duplicates == 0
    assert result.check.ok, result.check.summary()
    # Acknowledged completions are a subset of what is stored; the rest were in flight at a kill.
    assert result.completed_in_store >= result.acknowledged
