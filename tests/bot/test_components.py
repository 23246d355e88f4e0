from __future__ import annotations

import re

import pytest

from evoladder.bot.components import format_custom_id

TEMPLATE = re.compile(r"match:(?P<match_id>[0-9]+):confirm:(?P<owner>[0-9]+)")


def test_a_custom_id_is_formatted_from_its_template_and_parses_back() -> None:
    custom_id = format_custom_id(TEMPLATE, {"match_id": 42, "owner": 1234})
    assert custom_id == "match:42:confirm:1234"
    match = TEMPLATE.fullmatch(custom_id)
    assert match is not None and match.groupdict() == {"match_id": "42", "owner": "1234"}


def test_bad_fields_are_refused() -> None:
    with pytest.raises(ValueError, match="needs"):
        format_custom_id(TEMPLATE, {"match_id": 1})
    with pytest.raises(ValueError, match="does not match"):
        format_custom_id(TEMPLATE, {"match_id": "x", "owner": 1})
    with pytest.raises(ValueError, match="longer than 100"):
        format_custom_id(TEMPLATE, {"match_id": "1" * 100, "owner": 1})
