from __future__ import annotations

from pathlib import Path

import pytest

from tests.bot.democog import DemoWorld


@pytest.fixture()
def world(tmp_path: Path) -> DemoWorld:
    return DemoWorld(ledger_path=tmp_path / "ledger.sqlite3", state_file=tmp_path / "commands.sha256")
