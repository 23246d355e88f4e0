from __future__ import annotations

import pytest

from evoladder.i18n.commands import (
    command_string_problem,
    description_problem,
    is_command_string,
    name_problem,
)


@pytest.mark.parametrize(
    "name",
    [
        "queue",
        "대기열",
        "очередь",
        "排队",
        "cola",
        "set-country",
        "match_report",
        "elo2",
        "हिंदी",
        "ไทย",
        "x" * 32,
    ],
)
def test_good_command_names(name: str) -> None:
    assert name_problem(name) is None


@pytest.mark.parametrize(
    ("name", "why"),
    [
        ("Queue", "lowercase"),
        ("Очередь", "lowercase"),
        ("two words", "' '"),
        ("", "1–32"),
        ("x" * 33, "1–32"),
        ("queue!", "'!'"),
        ("a.b", "'.'"),
        ("gg😀", "'😀'"),
    ],
)
def test_bad_command_names(name: str, why: str) -> None:
    problem = name_problem(name)
    assert problem is not None and why in problem


def test_descriptions() -> None:
    assert description_problem("Queue for a ranked game") is None
    assert description_problem("x" * 100) is None
    assert description_problem("x" * 101) is not None and description_problem("") is not None


@pytest.mark.parametrize(
    ("address", "text", "bad"),
    [
        ("cmd-queue", "Queue", True),
        ("cmd-queue", "queue", False),
        ("cmd-queue.description", "Queue up", False),
        ("cmd-queue.description", "x" * 101, True),
        ("cmd-queue.other", "Whatever You Like", False),
        ("choice-race-zerg", "Zerg (BW)", False),
        ("choice-race-zerg", "", True),
        ("menu-report", "Report Player", False),
        ("menu-report", "x" * 33, True),
        ("queue-joined", "Anything at all!", False),
    ],
)
def test_command_string_problem_by_key(address: str, text: str, bad: bool) -> None:
    assert (command_string_problem(address, text) is not None) is bad


def test_is_command_string() -> None:
    assert is_command_string("cmd-queue") and is_command_string("cmd-queue.description")
    assert is_command_string("choice-race-zerg") and is_command_string("menu-report")
    assert not is_command_string("cmd-queue.label") and not is_command_string("choice-x.y")
    assert not is_command_string("queue-joined")
