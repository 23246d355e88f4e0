from __future__ import annotations

from evoladder.gamedata import GameData
from evoladder.rules.servers import TableServerChooser

POOL = ["A", "B", "C", "D", "E"]


def test_table_server_policy(game_data: GameData) -> None:
    chooser = TableServerChooser(game_data)
    assert chooser.choose("KRJ", "CHN") == "KOR"
    assert chooser.choose("EUW", "NAE") == chooser.choose("NAE", "EUW") == "USE"
    assert chooser.expected_ping_ms("KRJ", "KOR") is None
