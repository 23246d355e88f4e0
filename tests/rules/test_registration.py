from __future__ import annotations

import pytest

from evoladder.gamedata import GameData
from evoladder.rules.errors import ValidationFailed
from evoladder.rules.registration import (
    ensure_distinct,
    validate_alt_names,
    validate_battletag,
    validate_country,
    validate_player_name,
    validate_region,
    validate_registration,
)


@pytest.mark.parametrize("name", ["Abc", "Flash", "ABCDEFGHIJKL", " Jaedong "])
def test_player_name_accepts_latin_letters(name: str) -> None:
    assert validate_player_name(name) == name.strip()


@pytest.mark.parametrize("name", ["ab", "ABCDEFGHIJKLM", "Flash1", "Fla sh", "플래시", "Jaé", ""])
def test_player_name_refuses_with_reason(name: str) -> None:
    with pytest.raises(ValidationFailed, match="3–12 Latin letters"):
        validate_player_name(name)


@pytest.mark.parametrize("tag", ["Flash#123", "A#123456789012", "플래시#1234", "abcdefghijkl#1234"])
def test_battletag_accepts(tag: str) -> None:
    assert validate_battletag(tag) == tag


@pytest.mark.parametrize(
    "tag",
    ["Flash", "Flash#12", "#1234", "abcdefghijklm#1234", "Flash#1234567890123", "Fl ash#1234", "F#12a4"],
)
def test_battletag_refuses_with_reason(tag: str) -> None:
    with pytest.raises(ValidationFailed, match=r"Name#1234"):
        validate_battletag(tag)


def test_alt_names_any_script_up_to_two() -> None:
    assert validate_alt_names(["이영호", "", "李永浩"]) == ("이영호", "李永浩")
    with pytest.raises(ValidationFailed, match="at most 2"):
        validate_alt_names(["abc", "def", "ghi"])
    with pytest.raises(ValidationFailed, match="3–12 letters or digits"):
        validate_alt_names(["a b"])
    with pytest.raises(ValidationFailed, match="3–12"):
        validate_alt_names(["ab"])


def test_names_distinct_case_insensitively() -> None:
    with pytest.raises(ValidationFailed, match="appears twice"):
        ensure_distinct(["Flash", "FLASH"])
    with pytest.raises(ValidationFailed, match="already registered"):
        ensure_distinct(["Flash", "Jaedong"], taken={"jaedong": 7})
    ensure_distinct(["Flash", "이영호"], taken={"bisu": 1})


def test_country_and_region(game_data: GameData) -> None:
    assert validate_country("kr", game_data.countries) == "KR"
    assert validate_country("XX", game_data.countries) == "XX"
    assert validate_country("ZZ", game_data.countries) == "ZZ"
    with pytest.raises(ValidationFailed, match="not a country code"):
        validate_country("QQ", game_data.countries)
    assert validate_region("krj", game_data.regions) == "KRJ"
    with pytest.raises(ValidationFailed, match="Choose one of: NAW"):
        validate_region("MARS", game_data.regions)


def test_whole_registration(game_data: GameData) -> None:
    reg = validate_registration(
        "Flash",
        "Flash#1234",
        ["이영호"],
        "KR",
        "KRJ",
        countries=game_data.countries,
        regions=game_data.regions,
        taken_names={},
    )
    assert reg.all_names == ("Flash", "이영호")
    with pytest.raises(ValidationFailed, match="appears twice"):
        validate_registration(
            "Flash",
            "Flash#1234",
            ["flash"],
            "KR",
            "KRJ",
            countries=game_data.countries,
            regions=game_data.regions,
        )
