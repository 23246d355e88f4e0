from __future__ import annotations

import re
from pathlib import Path

import pytest

from evoladder.gamedata import GameData, GameDataError, default_game_data_path, load_game_data


def test_packaged_data_is_complete(game_data: GameData) -> None:
    assert len(game_data.races) == 6
    assert len(game_data.races_of("bw")) == 3 and len(game_data.races_of("sc2")) == 3
    assert len(game_data.regions) == 16
    assert len(game_data.servers) == 9
    assert len({frozenset(pair) for pair in game_data.server_table}) == 136
    assert len(game_data.map_pool) == 9
    assert all(set(m.links) == {"AM", "EU", "AS"} for m in game_data.map_pool)
    assert game_data.servers["SNG"].bnet_region == "AM"
    assert game_data.country_name("XX") == "Nonrepresenting" and game_data.country_name("ZZ") == "Other"
    assert game_data.country_name("KR") is not None and len(game_data.common_countries) == 50


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("BW Zerg", "bw_zerg"),
        ("스1 저그", "bw_zerg"),
        ("SC1星灵", "bw_protoss"),
        ("테란", "sc2_terran"),
        ("Зерги", "sc2_zerg"),
        ("Protoss", "sc2_protoss"),
        ("T1", "bw_terran"),
    ],
)
def test_localised_race_names(game_data: GameData, text: str, code: str) -> None:
    assert game_data.race_from_text(text) == code


def test_unknown_race_text(game_data: GameData) -> None:
    assert game_data.race_from_text("Random") is None


def test_season_is_selectable() -> None:
    data = load_game_data(season="season_1")
    assert "Pylon SEL" in data.map_names
    with pytest.raises(GameDataError, match="season 'season_9' is not defined"):
        load_game_data(season="season_9")


def _broken(tmp_path: Path, old: str, new: str, count: int = 1) -> Path:
    text = default_game_data_path().read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "broken.toml"
    path.write_text(text.replace(old, new, count), encoding="utf-8")
    return path


def test_asymmetric_server_table_names_the_pair(tmp_path: Path) -> None:
    path = _broken(tmp_path, 'NAW = ["USW", "USC"', 'NAW = ["USW", "USE"')
    with pytest.raises(GameDataError, match=re.escape("not symmetric: NAW/NAC is USE but NAC/NAW is USC")):
        load_game_data(path)


def test_unknown_server_in_table(tmp_path: Path) -> None:
    path = _broken(tmp_path, 'OCE = ["USW"', 'OCE = ["MARS"')
    with pytest.raises(GameDataError, match="server_table.OCE/NAW: unknown server 'MARS'"):
        load_game_data(path)


def test_map_without_a_link_names_the_map(tmp_path: Path) -> None:
    path = _broken(tmp_path, ', AS = "battlenet:://starcraft/map/3/184790" }', " }")
    with pytest.raises(GameDataError, match=r"Keres Passage SEL.*missing link for battle.net region\(s\) AS"):
        load_game_data(path)


def test_unknown_common_country(tmp_path: Path) -> None:
    path = _broken(tmp_path, 'common = ["AR"', 'common = ["QQ"')
    with pytest.raises(GameDataError, match="unknown country code 'QQ'"):
        load_game_data(path)


def test_invalid_toml_and_missing_file(tmp_path: Path) -> None:
    path = _broken(tmp_path, "[mod]", "[mod")
    with pytest.raises(GameDataError, match="not valid TOML"):
        load_game_data(path)
    with pytest.raises(GameDataError, match="not found"):
        load_game_data(tmp_path / "nope.toml")


def test_measured_ping_overrides_are_validated(tmp_path: Path) -> None:
    ok = _broken(tmp_path, "measured_ping_ms = {}", 'measured_ping_ms = { "KRJ.KOR" = 35 }')
    assert load_game_data(ok).measured_ping_ms == {("KRJ", "KOR"): 35.0}
    bad = _broken(tmp_path, "measured_ping_ms = {}", 'measured_ping_ms = { "KRJ.XYZ" = 35 }')
    with pytest.raises(GameDataError, match="'KRJ.XYZ' is not REGION.SERVER"):
        load_game_data(bad)
