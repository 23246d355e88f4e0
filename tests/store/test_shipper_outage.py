"""PostgreSQL stopped under load: writes keep being acknowledged, the backlog drains, database = memory."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from evoladder.config import load_settings
from evoladder_dev.drill import run_outage_drill
from evoladder_dev.throwaway_pg import ClusterUnavailable, ThrowawayCluster
from tests.conftest import IN_CI


@pytest.fixture()
def cluster() -> Iterator[ThrowawayCluster]:
    try:
        pg = ThrowawayCluster()
    except ClusterUnavailable as exc:
        if IN_CI:
            pytest.fail(f"{exc} (CI=true: the outage test must not be skipped)")
        pytest.skip(str(exc))
    with pg:
        yield pg


@pytest.mark.slow
@pytest.mark.postgres
async def test_writes_continue_through_a_database_outage_and_the_backlog_drains(
    cluster: ThrowawayCluster, tmp_path: Path
) -> None:
    settings = load_settings(
        data_dir=tmp_path / "data", database_url=cluster.url, ship_retry_max_s=0.5, _env_file=None
    )
    result = await run_outage_drill(settings, cluster, outage_s=4.0, workers=6, before_s=0.5, after_s=0.5)
    assert result.completions_during_outage > 0, "writes stalled while the database was down"
    assert result.saw_database_unreachable
    assert result.max_backlog_entries > 0
    assert result.drained
    assert result.check.ok, result.check.summary()
