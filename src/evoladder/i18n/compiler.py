"""The fast path: Fluent patterns compiled once into plain Python closures.

fluent.runtime interprets a resolver tree on every call and formats numbers through babel each time:
about 15 µs for one string placeable and 90 µs for a plural. Rendering runs on every Discord answer,
so ``Catalog`` compiles what most messages are made of (text, ``$var``, ``NUMBER($var)`` without
options, selects on those, message references, terms without arguments) into closures here, and keeps
fluent.runtime for the rest and for every error: whatever the fast path cannot do exactly as
fluent.runtime would, it refuses (``Unsupported`` when compiling, ``NeedsRuntime`` when rendering), and
the caller renders that message through fluent.runtime instead. tests/i18n/test_compiler.py holds the
two to the same output.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TypeAlias

import babel
import babel.plural
from fluent.runtime.resolver import MAX_PART_LENGTH
from fluent.runtime.types import FluentFloat, FluentInt
from fluent.syntax import ast as ftl

Args: TypeAlias = Mapping[str, object]
Render: TypeAlias = Callable[[Args], str]
Compiled: TypeAlias = str | Render

_CACHE_LIMIT = 4096


class Unsupported(Exception):
    """This pattern uses something the fast path does not do; render it with fluent.runtime."""


class NeedsRuntime(Exception):
    """This call (a missing argument, a datetime, an over-long value) needs fluent.runtime."""


class LocaleFormat:
    """Number formatting and plural categories of one locale, exactly as fluent.runtime does them, cached."""

    def __init__(self, locale: str) -> None:
        self.locale = locale
        self.babel = babel.Locale.parse(locale.replace("-", "_"))
        self._plural_rule: Callable[[int | float], str] = babel.plural.to_python(self.babel.plural_form)
        self._numbers: dict[tuple[type, int | float], str] = {}
        self._plurals: dict[int, str] = {}
        # Small non-negative integers print as plain ASCII digits in most locales; check, do not assume.
        self._plain_small = all(self._babel_number(n) == str(n) for n in (0, 7, 42, 999))
        self.categories = frozenset(self.babel.plural_form.tags | {"other"})

    def _babel_number(self, value: int | float) -> str:
        fluent = FluentInt(value) if isinstance(value, int) else FluentFloat(value)
        return fluent.format(self.babel)

    def number(self, value: int | float) -> str:
        """``value`` as fluent.runtime formats a ``NUMBER`` without options in this locale."""
        if self._plain_small and value.__class__ is int and 0 <= value < 1000:
            return str(value)
        if value == 0 and value.__class__ is float:
            return self._babel_number(value)  # -0.0 == 0.0 as a key, but prints "-0"
        key = (value.__class__, value)
        text = self._numbers.get(key)
        if text is None:
            if len(self._numbers) >= _CACHE_LIMIT:
                self._numbers.clear()
            text = self._numbers[key] = self._babel_number(value)
        return text

    def plural(self, value: int | float) -> str:
        """The CLDR plural category of ``value`` (``one``, ``few``, ``many``, ``other``, ...)."""
        if value.__class__ is not int:
            return self._plural_rule(value)
        category = self._plurals.get(value)
        if category is None:
            if len(self._plurals) >= _CACHE_LIMIT:
                self._plurals.clear()
            category = self._plurals[value] = self._plural_rule(value)
        return category


class PatternCompiler:
    """Compiles the patterns of one locale's messages; message and term references resolve in that locale."""

    def __init__(
        self, fmt: LocaleFormat, messages: Mapping[str, ftl.Message], terms: Mapping[str, ftl.Term]
    ) -> None:
        self._fmt = fmt
        self._messages = messages
        self._terms = terms
        self._active: set[tuple[str, str | None]] = set()

    def compile_entry(self, message_id: str, attribute: str | None = None) -> Compiled | None:
        """The compiled value (or attribute) of a message, or None when only fluent.runtime can render it."""
        try:
            return self._reference(self._messages, message_id, attribute, in_term=False)
        except Unsupported:
            return None

    def _reference(
        self,
        entries: Mapping[str, ftl.Message] | Mapping[str, ftl.Term],
        entry_id: str,
        attribute: str | None,
        *,
        in_term: bool,
    ) -> Compiled:
        entry = entries.get(entry_id)
        if entry is None:
            raise Unsupported(f"unknown reference {entry_id}")
        guard = (("-" if isinstance(entry, ftl.Term) else "") + entry_id, attribute)
        if guard in self._active:
            raise Unsupported(f"cyclic reference {entry_id}")
        if attribute is None:
            pattern = entry.value
        else:
            pattern = next((a.value for a in entry.attributes if a.id.name == attribute), None)
        if pattern is None:
            raise Unsupported(f"{entry_id} has no such pattern")
        self._active.add(guard)
        try:
            return self._pattern(pattern, in_term=in_term or isinstance(entry, ftl.Term))
        finally:
            self._active.discard(guard)

    def _pattern(self, pattern: ftl.Pattern, *, in_term: bool) -> Compiled:
        parts: list[Compiled] = []
        for element in pattern.elements:
            if isinstance(element, ftl.TextElement):
                parts.append(element.value)
            elif isinstance(element, ftl.Placeable):
                parts.append(self._expression(element.expression, in_term=in_term))
            else:
                raise Unsupported(type(element).__name__)
        if any(isinstance(part, str) and len(part) > MAX_PART_LENGTH for part in parts):
            raise Unsupported("a text part longer than fluent.runtime allows")
        return _join(parts)

    def _expression(self, expression: object, *, in_term: bool) -> Compiled:
        if isinstance(expression, ftl.StringLiteral):
            return str(expression.parse()["value"])
        if isinstance(expression, ftl.NumberLiteral):
            return self._fmt.number(_literal_number(expression))
        if isinstance(expression, ftl.Placeable):
            return self._expression(expression.expression, in_term=in_term)
        if isinstance(expression, ftl.MessageReference):
            attribute = expression.attribute.name if expression.attribute else None
            return _checked_length(
                self._reference(self._messages, expression.id.name, attribute, in_term=in_term)
            )
        if isinstance(expression, ftl.TermReference):
            if expression.arguments is not None:
                raise Unsupported("a term with arguments")
            attribute = expression.attribute.name if expression.attribute else None
            return _checked_length(self._reference(self._terms, expression.id.name, attribute, in_term=True))
        if isinstance(expression, ftl.SelectExpression):
            return self._select(expression, in_term=in_term)
        if not in_term:
            name = _number_variable(expression)
            if name is not None:
                return _variable(
                    name, self._fmt.number, strings=not isinstance(expression, ftl.FunctionReference)
                )
        raise Unsupported(type(expression).__name__)

    def _select(self, select: ftl.SelectExpression, *, in_term: bool) -> Compiled:
        name = None if in_term else _number_variable(select.selector)
        if name is None:
            raise Unsupported("a select on something other than $var or NUMBER($var)")
        strings = not isinstance(select.selector, ftl.FunctionReference)
        numbered: list[tuple[int | float | None, str | None, Compiled]] = []
        by_name: dict[str, Compiled] = {}
        default: Compiled | None = None
        for variant in select.variants:
            value = self._pattern(variant.value, in_term=in_term)
            if isinstance(variant.key, ftl.NumberLiteral):
                numbered.append((_literal_number(variant.key), None, value))
                # fluent.runtime matches a string against number keys by plural category: leave that to it.
                strings = False
            else:
                numbered.append((None, variant.key.name, value))
                by_name.setdefault(variant.key.name, value)
            if variant.default:
                default = value
        if default is None:
            raise Unsupported("a select without a default variant")
        return _select(name, tuple(numbered), by_name, default, self._fmt.plural, strings=strings)


def _literal_number(literal: ftl.NumberLiteral) -> int | float:
    return float(literal.value) if "." in literal.value else int(literal.value)


def _number_variable(expression: object) -> str | None:
    """``name`` for ``$name`` or ``NUMBER($name)`` without options, else None."""
    if isinstance(expression, ftl.VariableReference):
        return expression.id.name
    if (
        isinstance(expression, ftl.FunctionReference)
        and expression.id.name == "NUMBER"
        and not expression.arguments.named
        and len(expression.arguments.positional) == 1
        and isinstance(expression.arguments.positional[0], ftl.VariableReference)
    ):
        return expression.arguments.positional[0].id.name
    return None


def _join(parts: list[Compiled]) -> Compiled:
    merged: list[Compiled] = []
    for part in parts:
        if isinstance(part, str) and merged and isinstance(merged[-1], str):
            merged[-1] += part
        elif part != "":
            merged.append(part)
    if not merged:
        return ""
    if len(merged) == 1:
        return merged[0]
    frozen = tuple(merged)

    def render(args: Args) -> str:
        return "".join([part if type(part) is str else part(args) for part in frozen])  # type: ignore[operator]

    return render


def _render(compiled: Compiled, args: Args) -> str:
    return compiled if type(compiled) is str else compiled(args)  # type: ignore[operator]


def _checked_length(compiled: Compiled) -> Compiled:
    """fluent.runtime refuses a placeable longer than MAX_PART_LENGTH; so must we (by handing it over)."""
    if isinstance(compiled, str):
        return compiled

    def render(args: Args) -> str:
        text = compiled(args)
        if len(text) > MAX_PART_LENGTH:
            raise NeedsRuntime
        return text

    return render


def _variable(name: str, number: Callable[[int | float], str], *, strings: bool) -> Render:
    def render(args: Args) -> str:
        value = args.get(name)
        if type(value) is str and strings:
            if len(value) > MAX_PART_LENGTH:
                raise NeedsRuntime
            return value
        if type(value) is int or type(value) is float:
            return number(value)
        raise NeedsRuntime  # missing, a datetime, or NUMBER() of a string: fluent.runtime reports it

    return render


def _select(
    name: str,
    variants: tuple[tuple[int | float | None, str | None, Compiled], ...],
    by_name: dict[str, Compiled],
    default: Compiled,
    plural: Callable[[int | float], str],
    *,
    strings: bool,
) -> Render:
    def render(args: Args) -> str:
        value = args.get(name)
        chosen = default
        if type(value) is str and strings:
            chosen = by_name.get(value, default)
        elif type(value) is int or type(value) is float:
            category = None
            for number, key, pattern in variants:
                if number is not None:
                    if number == value:
                        chosen = pattern
                        break
                else:
                    if category is None:
                        category = plural(value)
                    if key == category:
                        chosen = pattern
                        break
        else:
            raise NeedsRuntime
        text = _render(chosen, args)
        if len(text) > MAX_PART_LENGTH:
            raise NeedsRuntime
        return text

    return render
