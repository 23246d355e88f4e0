"""The synthetic ladder the benchmarks, drills and soak run on keeps up with the schema."""

from __future__ import annotations

import pytest

from evoladder.gamedata import GameData
from evoladder.store.rows import TABLES
from evoladder_dev import synthetic


@pytest.mark.parametrize("table", ["players", "mmrs", "preferences", "matches", "replays"])
def test_every_generated_row_has_exactly_the_tables_columns(game_data: GameData, table: str) -> None:
    ladder = synthetic.generate(game_data, scale=0.0002)
    rows = list(ladder.rows(table))
    assert rows, table
    assert all(set(row) == set(TABLES[table].column_names) for row in rows)
