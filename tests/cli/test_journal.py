"""``evoladder journal show SEQ``: the entry an operator must look at when shipping stopped on it."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from evoladder.cli import main
from evoladder.store.journal import Journal, encode_entry
from evoladder.store.rows import Change


def test_show_prints_an_entry_even_with_text_a_database_refuses(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("EVOLADDER_DATA_DIR", str(tmp_path / "data"))

    async def write() -> None:
        journal = Journal(tmp_path / "data" / "journal")
        journal.recover(0)
        journal.start(asyncio.get_running_loop())
        await journal.append(encode_entry([Change("admins", "delete", {"discord_uid": 1})]))
        await journal.append(encode_entry([Change("command_calls", "upsert", {"command": "bad\x00text"})]))
        journal.close()

    asyncio.run(write())
    assert main(["journal", "show", "2"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["seq"] == 2 and shown["changes"][0]["row"]["command"] == "bad\x00text"
    with pytest.raises(SystemExit):
        main(["journal", "show", "9"])
    assert "entry 9 is not in" in capsys.readouterr().err
