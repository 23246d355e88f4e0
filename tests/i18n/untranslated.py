"""English left in another language: the literal runs of the English catalog a locale does not have.

A run is the literal text between placeables (``{ $name }``) of a message, markup stripped, one line
at a time. A run the language keeps on purpose inside a message it did translate (a proper name) is
not English left over; a message the language left exactly as in English is, so its runs count.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from fluent.syntax import ast as ftl
from fluent.syntax import parse

from evoladder.i18n.catalog import default_locales_path

FRAGMENT_MIN = 13  # shorter runs ("MMR", "BattleTag", " h ") are shared by every language
MARKUP = re.compile(r"[*_`>#~|]+")


def literal_runs(locale: str) -> dict[str, list[str]]:
    """The literal text between placeables of every message and attribute of one locale, by key."""
    runs: dict[str, list[str]] = {}
    for path in sorted((default_locales_path() / locale).glob("*.ftl")):
        for entry in parse(path.read_text(encoding="utf-8")).body:
            if not isinstance(entry, ftl.Message):
                continue
            runs[entry.id.name] = list(_runs(entry.value))
            for attribute in entry.attributes:
                runs[f"{entry.id.name}.{attribute.id.name}"] = list(_runs(attribute.value))
    return runs


def _runs(pattern: ftl.Pattern | None) -> Iterator[str]:
    for element in pattern.elements if pattern is not None else []:
        if isinstance(element, ftl.TextElement):
            for line in element.value.splitlines():
                yield MARKUP.sub("", line).strip()
        elif isinstance(element, ftl.Placeable) and isinstance(element.expression, ftl.SelectExpression):
            for variant in element.expression.variants:
                yield from _runs(variant.value)


def english_fragments(locale: str) -> set[str]:
    """English runs worth looking for in ``locale``'s answers.

    A run the language keeps on purpose inside a message it did translate (a proper name) is left
    out; a message the language left exactly as in English is not translated, so its runs stay in.
    """
    english, own = literal_runs("en"), literal_runs(locale)
    kept = "\n".join(run for key, runs in own.items() if runs != english.get(key) for run in runs)
    return {
        run
        for runs in english.values()
        for run in runs
        if len(run) >= FRAGMENT_MIN and re.search("[a-z]{3}", run) and run not in kept
    }


def untranslated_keys(locale: str) -> list[str]:
    """Keys whose text in ``locale`` is still English: some English run of theirs is left over."""
    english, own = literal_runs("en"), literal_runs(locale)
    fragments = english_fragments(locale)
    return sorted(
        key for key, runs in own.items() if runs == english.get(key) and any(run in fragments for run in runs)
    )
