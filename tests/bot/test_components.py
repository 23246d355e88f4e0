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


def _templated_items() -> list[type]:
    """Every persistent button and select class the bot registers (its feature modules imported)."""
    import evoladder.bot.deliveries  # first: the order the bot imports them in
    import evoladder.bot.features  # every feature module, so every class exists

    assert evoladder.bot.features.FEATURES
    from evoladder.bot.components import PersistentButton, PersistentSelect

    found, todo = [], [PersistentButton, PersistentSelect]
    while todo:
        cls = todo.pop()
        todo.extend(cls.__subclasses__())
        if cls.__discord_ui_compiled_template__.pattern != r"(?!)":
            found.append(cls)
    return found


def test_every_template_formats_as_its_groups_filled_in() -> None:
    """The split-once formatter gives what substituting each group in the template's text gives."""
    group = re.compile(r"\(\?P<(?P<name>\w+)>[^()]*\)")
    checked = 0
    for cls in _templated_items():
        template = cls.__discord_ui_compiled_template__
        fields = {m["name"]: str(7 + i) for i, m in enumerate(group.finditer(template.pattern))}
        expected = group.sub(lambda m, filled=fields: filled[m["name"]], template.pattern)
        if template.fullmatch(expected) is None:
            continue  # a group that takes no digits (a choice of words): not fillable with numbers
        assert format_custom_id(template, fields) == expected, cls.__name__
        checked += 1
    assert checked >= 20
