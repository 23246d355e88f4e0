from __future__ import annotations

from textwrap import dedent

from fluent.syntax import FluentParser
from fluent.syntax import ast as ftl

from evoladder.i18n.ftl import find_pattern, is_blank, message_references, plural_selects, variables


def parse(source: str) -> dict[str, ftl.Message]:
    resource = FluentParser().parse(dedent(source).lstrip("\n"))
    assert not [e for e in resource.body if isinstance(e, ftl.Junk)]
    return {e.id.name: e for e in resource.body if isinstance(e, ftl.Message)}


MESSAGES = parse(
    """
    -term = { $inside } term
    base = { $a }
        .attr = { $b }
    uses = { base } { base.attr } { -term(x: "y") } { NUMBER($c, minimumFractionDigits: 1) }
    sel = { $d ->
        [one] { $e }
       *[other] { $f }
    }
    loop = { loop } { $g }
    blank = { "" }
    spaces = { "  " }
    literal = { "x" }
    plural = { NUMBER($n) ->
       *[other] x
    }
    named = { $n ->
        [few] x
       *[other] y
    }
    not-plural = { $kind ->
        [bw] x
       *[other] y
    }
    """
)


def value(name: str) -> ftl.Pattern:
    pattern = MESSAGES[name].value
    assert pattern is not None
    return pattern


def test_variables_follow_references_but_not_into_terms() -> None:
    assert variables(value("base"), MESSAGES) == {"a"}
    assert variables(value("uses"), MESSAGES) == {"a", "b", "c"}
    assert variables(value("sel"), MESSAGES) == {"d", "e", "f"}
    assert variables(value("loop"), MESSAGES) == {"g"}
    attr = find_pattern(MESSAGES["base"], "attr")
    assert attr is not None and variables(attr, MESSAGES) == {"b"}
    assert find_pattern(MESSAGES["base"], "nope") is None


def test_message_references() -> None:
    assert sorted(message_references(value("uses"))) == ["base", "base.attr"]


def test_blank() -> None:
    assert is_blank(value("blank")) and is_blank(value("spaces"))
    assert not is_blank(value("literal")) and not is_blank(value("base"))


def test_plural_selects() -> None:
    assert len(list(plural_selects(value("plural")))) == 1
    assert len(list(plural_selects(value("named")))) == 1
    assert list(plural_selects(value("not-plural"))) == []
