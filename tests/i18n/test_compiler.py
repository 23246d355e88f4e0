"""The fast path must render exactly what fluent.runtime renders, or hand the message over to it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from fluent.runtime.types import FluentFloat, FluentInt
from hypothesis import given, settings
from hypothesis import strategies as st

from evoladder.i18n import LOCALES, Catalog, Text
from evoladder.i18n.compiler import LocaleFormat
from tests.i18n.helpers import everywhere

MakeCatalog = Callable[..., Catalog]

# Something of every construct the fast path compiles, and a few it must leave to fluent.runtime.
SOURCE = """
-brand = SC: Evo Complete
-brand-short = Evo, { -brand }
plain = Just text, { "quoted {braces}" } and { 42 } and { 1234.5 }
greet = Hello, { $name }! Welcome to { -brand } ({ -brand-short }).
count = { $n } games, { NUMBER($n) } again
nested = { { $name } }
ref = { greet } / { panel.label }
panel = Panel
    .label = Join { $name }
plural = { $n ->
    [0] none
    [one] one game
    [few] a few games ({ $n })
    [many] many games ({ $n })
   *[other] { $n } games
}
plural-number = { NUMBER($n) ->
    [1] exactly one
    [one] category one
   *[other] { NUMBER($n) } other
}
kind = { $kind ->
    [bw] Brood War, { $name }
    [sc2] StarCraft II
   *[other] Unknown ({ $kind })
}
kind-numbers = { $kind ->
    [1] one
   *[other] other
}
inner-select = { $n ->
   *[other] { $kind ->
        [bw] BW { $n }
       *[other] SC2 { $n }
    }
}
dated = { DATETIME($at) }
grouped = { NUMBER($n, useGrouping: 0) }
term-args = { -thing(case: "gen") }
-thing = { $case ->
    [gen] thing's
   *[other] thing
}
"""

FAST = {
    "plain",
    "greet",
    "count",
    "nested",
    "ref",
    "panel.label",
    "plural",
    "plural-number",
    "kind",
    "inner-select",
}
RUNTIME_ONLY = {"dated", "grouped", "term-args"}


@pytest.fixture(scope="module")
def rich(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    from tests.i18n.helpers import write_catalogs

    root = write_catalogs(tmp_path_factory.mktemp("rich"), everywhere(SOURCE))
    return Catalog.load(root, strict=True)


def runtime(catalog: Catalog, key: str, locale: str, args: dict[str, Any]) -> tuple[str, list[Exception]]:
    entry = catalog._tables[locale][key]
    result, errors = entry.bundle.format_pattern(entry.pattern, args)
    return str(result), errors


def test_what_is_compiled(rich: Catalog) -> None:
    for locale in LOCALES:
        table = rich._tables[locale]
        assert {key for key in FAST if table[key].fast is None} == set()
        assert {key for key in RUNTIME_ONLY if table[key].fast is not None} == set()


ARGS = st.fixed_dictionaries(
    {},
    optional={
        "name": st.text(max_size=12),
        "n": st.one_of(
            st.integers(-2_000_000, 2_000_000),
            st.floats(-1e6, 1e6, allow_nan=False).map(lambda x: round(x, 3)),
        ),
        "kind": st.one_of(st.sampled_from(["bw", "sc2", "zerg", "1"]), st.integers(-2, 3)),
    },
)


@settings(max_examples=120, deadline=None)
@given(args=ARGS, locale=st.sampled_from(LOCALES), key=st.sampled_from(sorted(FAST)))
def test_the_fast_path_agrees_with_fluent_runtime(
    rich: Catalog, args: dict[str, Any], locale: str, key: str
) -> None:
    expected, errors = runtime(rich, key, locale, args)
    if errors:
        with pytest.raises(Exception):  # noqa: B017 - strict: any fluent error surfaces as RenderError
            rich.render(Text(key, args), locale)
    else:
        assert rich.render(Text(key, args), locale) == expected


@pytest.mark.parametrize("locale", LOCALES)
def test_datetimes_and_options_still_render_through_fluent_runtime(rich: Catalog, locale: str) -> None:
    from datetime import UTC, datetime

    at = datetime(2025, 3, 1, 18, 30, tzinfo=UTC)
    assert rich.render(Text("dated", {"at": at}), locale) == runtime(rich, "dated", locale, {"at": at})[0]
    assert rich.render(Text("grouped", {"n": 123456}), locale) == "123456"
    assert rich.render(Text("term-args"), locale) == "thing's"
    # A datetime where the fast path expected text or a number: handed over, same result.
    assert rich.render(Text("greet", {"name": at}), locale) == runtime(rich, "greet", locale, {"name": at})[0]


def test_an_over_long_argument_is_left_to_fluent_runtime(rich: Catalog) -> None:
    with pytest.raises(Exception, match="Too many characters"):
        rich.render(Text("greet", {"name": "x" * 3000}), "en")


@pytest.mark.parametrize("locale", LOCALES)
def test_numbers_and_plurals_match_babel(locale: str) -> None:
    fmt = LocaleFormat(locale)
    for value in [*range(-1100, 1100, 7), 999, 1000, 10**6, 10**12, -(10**7)]:
        assert fmt.number(value) == FluentInt(value).format(fmt.babel)
        assert fmt.number(value) == FluentInt(value).format(fmt.babel)  # cached
    for value in (0.0, -0.0, 0.5, 1.5, 1234.5678, -2.25, 1e-7, 1e15):
        assert fmt.number(value) == FluentFloat(value).format(fmt.babel)
    assert fmt.plural(1) == ("other" if locale in ("ko", "zh-CN") else "one")


def test_plural_categories_per_locale() -> None:
    ru = LocaleFormat("ru")
    assert [ru.plural(n) for n in (1, 2, 5, 11, 21, 22, 25, 101, 111)] == [
        "one",
        "few",
        "many",
        "many",
        "one",
        "few",
        "many",
        "one",
        "many",
    ]
    assert ru.plural(1.5) == "other" and ru.categories == {"one", "few", "many", "other"}
    assert LocaleFormat("ko").categories == {"other"} and LocaleFormat("zh-CN").categories == {"other"}
    assert LocaleFormat("es-419").plural(1_000_000) == "many"


def test_a_cycle_is_left_to_fluent_runtime(make_catalog: MakeCatalog) -> None:
    catalog = make_catalog(everywhere("a = x { b }\nb = y { a }\nc = fine\n"), strict=False)
    assert catalog._tables["en"]["a"].fast is None and catalog._tables["en"]["c"].fast == "fine"
    assert "x y" in catalog.render(Text("a"), "en")  # fluent.runtime's own cycle handling
