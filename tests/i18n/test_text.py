from __future__ import annotations

import json
import pickle
from datetime import UTC, datetime, timedelta, timezone
from enum import IntEnum, StrEnum
from typing import Any

import pytest

from evoladder.i18n import Key, Text, t

WHEN = datetime(2025, 3, 1, 18, 30, tzinfo=timezone(timedelta(hours=9)))


class Race(StrEnum):
    ZERG = "zerg"


class Tier(IntEnum):
    GOLD = 3


def test_t_builds_a_text() -> None:
    text = t("aborts-left", count=2)
    assert text == Text("aborts-left", {"count": 2})
    assert text.key == "aborts-left" and dict(text.args) == {"count": 2}
    assert t("language-name") == Text("language-name") == Text("language-name", {})
    assert repr(t("greet", name="Bob")) == "t('greet', name='Bob')"


def test_text_is_frozen_and_hashable() -> None:
    text = t("match-found", opponent="Bob", reason=t("reason-timeout"))
    with pytest.raises(AttributeError):
        text.key = "other"  # type: ignore[misc]
    with pytest.raises(TypeError):
        text.args["opponent"] = "Eve"  # type: ignore[index]
    assert {text: 1}[t("match-found", reason=t("reason-timeout"), opponent="Bob")] == 1
    assert text != t("match-found", opponent="Eve", reason=t("reason-timeout"))
    assert text != "match-found"


def test_the_callers_mapping_is_copied() -> None:
    args: dict[str, Any] = {"name": "Bob"}
    text = Text("greet", args)
    args["name"] = "Eve"
    assert text.args["name"] == "Bob"


@pytest.mark.parametrize(
    "text",
    [
        t("language-name"),
        t("aborts-left", count=3),
        t("ratio", value=0.25, name="Bob"),
        t("starts", at=WHEN),
        t("outer", reason=t("inner", race=t("race-zerg")), count=1),
    ],
)
def test_pickle_and_json_round_trips(text: Text) -> None:
    assert pickle.loads(pickle.dumps(text)) == text
    assert Text.from_json(json.loads(json.dumps(text.to_json()))) == text


def test_json_shape() -> None:
    assert t("language-name").to_json() == {"key": "language-name"}
    assert t("x", n=1, at=WHEN, why=t("y")).to_json() == {
        "key": "x",
        "args": {"n": 1, "at": {"$datetime": "2025-03-01T18:30:00+09:00"}, "why": {"$text": {"key": "y"}}},
    }
    back = Text.from_json(json.loads(json.dumps(t("x", at=WHEN).to_json())))
    assert back.args["at"] == WHEN and back.args["at"].utcoffset() == timedelta(hours=9)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "data",
    [
        "x",
        {},
        {"key": ""},
        {"key": 3},
        {"key": "x", "args": []},
        {"key": "x", "args": {"n": None}},
        {"key": "x", "args": {"n": True}},
        {"key": "x", "args": {"n": [1]}},
        {"key": "x", "args": {"n": {"$what": 1}}},
        {"key": "x", "args": {"at": {"$datetime": "yesterday"}}},
        {"key": "x", "args": {"at": {"$datetime": "2025-03-01T18:30:00"}}},  # naive
        {"key": "x", "args": {"why": {"$text": {"args": {}}}}},
        {"key": "x", "extra": 1},
    ],
)
def test_from_json_refuses_what_to_json_never_writes(data: object) -> None:
    with pytest.raises(ValueError):
        Text.from_json(data)


@pytest.mark.parametrize("value", [None, True, [1], {"a": 1}, object(), datetime(2025, 1, 1)])
def test_bad_arguments_fail_where_the_bug_is(value: object) -> None:
    with pytest.raises(TypeError, match="'x'"):
        t("greet", x=value)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Text("greet", {"x": value})  # type: ignore[dict-item]


def test_bad_keys_are_refused() -> None:
    with pytest.raises(TypeError):
        t("")
    with pytest.raises(TypeError):
        Text(3)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Text("x", {3: "y"})  # type: ignore[dict-item]


def test_enum_members_become_plain_values() -> None:
    text = t("x", race=Race.ZERG, tier=Tier.GOLD, at=WHEN.astimezone(UTC))
    assert type(text.args["race"]) is str and text.args["race"] == "zerg"
    assert type(text.args["tier"]) is int and text.args["tier"] == 3
    assert Text.from_json(json.loads(json.dumps(text.to_json()))) == text


def test_key_is_the_string_itself() -> None:
    assert Key("race-zerg") == "race-zerg" and t(Key("race-zerg")).key == "race-zerg"
