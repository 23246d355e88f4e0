"""The message catalogs: every locale's ``.ftl`` files, loaded once, rendering ``Text`` in microseconds."""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any

from babel import UnknownLocaleError
from fluent.runtime import FluentBundle
from fluent.runtime.resolver import Pattern as RuntimePattern
from fluent.syntax import FluentParser
from fluent.syntax import ast as ftl

from evoladder.i18n import ftl as syntax
from evoladder.i18n.compiler import Compiled, LocaleFormat, NeedsRuntime, PatternCompiler
from evoladder.i18n.languages import DEFAULT_LOCALE, LOCALES
from evoladder.i18n.text import Text, TextArg

log = logging.getLogger("evoladder.i18n")

STRICT_ENV = "EVOLADDER_I18N_STRICT"


def default_locales_path() -> Path:
    """The catalogs shipped in the package: ``evoladder/locales/<locale>/*.ftl``."""
    return Path(str(resources.files("evoladder") / "locales"))


class CatalogError(Exception):
    """The catalogs cannot be loaded; ``problems`` lists each as ``<locale>/<file>.ftl:<line>: <what>``."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("the message catalogs have errors:\n" + "\n".join(f"  {p}" for p in problems))


class RenderError(Exception):
    """A message could not be rendered as written: a bug. Raised only by a strict catalog."""

    def __init__(self, key: str, locale: str, problem: str) -> None:
        self.key = key
        self.locale = locale
        super().__init__(f"{key!r} in {locale}: {problem}")


class MissingKeyError(RenderError):
    """No catalog (not even English) has this key."""


@dataclass(frozen=True, slots=True)
class _Entry:
    """One renderable pattern: a message value or one attribute, in the locale whose text it is."""

    locale: str
    bundle: FluentBundle
    pattern: RuntimePattern
    fast: Compiled | None
    variables: frozenset[str]


@dataclass(frozen=True, slots=True)
class _LocaleData:
    messages: dict[str, ftl.Message]
    origins: dict[str, tuple[Path, int]]
    entries: dict[str, _Entry]


class Catalog:
    """All locales' messages. Build with ``Catalog.load()``; share one for the whole process.

    ``strict`` decides what a bug does (a key no catalog has, a missing argument, an unknown locale):
    True raises ``RenderError``; False logs an error naming key and locale and renders something safe
    (the placeholder as ``{$name}``, the English text, or the key itself). None, the default, means
    strict when ``EVOLADDER_I18N_STRICT`` is set to 1/true/yes or while pytest is running a test
    (``PYTEST_CURRENT_TEST``), else lenient: tests fail loudly without wiring, players never see a
    traceback. A locale that merely lacks a key English has is not a bug at render time: that message
    falls back to English (``check_catalogs`` is what keeps the locales complete).

    Arguments: ``int``/``float`` are formatted per locale (grouping, decimal comma), so pass ids and
    codes as ``str``. A ``datetime`` goes to Fluent as a date (``{ DATETIME($at, dateStyle: "medium",
    timeStyle: "short", timeZone: "UTC") }`` in the message picks the form); on Discord prefer
    ``discord.utils.format_dt(at, "R")`` passed as a ``str``, which Discord shows in the reader's own
    time zone and language.
    """

    def __init__(self, directory: Path, data: Mapping[str, _LocaleData], strict: bool | None) -> None:
        """Use ``Catalog.load``; this takes its compiled output."""
        self.directory = directory
        self.locales: tuple[str, ...] = tuple(data)
        self._strict = strict
        self._data = dict(data)
        english = data[DEFAULT_LOCALE].entries
        # Each locale's table holds English for the keys it lacks, so fallback costs nothing at render.
        self._tables: dict[str, dict[str, _Entry]] = {
            locale: {**english, **locale_data.entries} for locale, locale_data in data.items()
        }
        for locale, locale_data in data.items():
            lacking = len(english.keys() - locale_data.entries.keys())
            if lacking:
                log.warning(
                    "locale lacks messages; they render in English",
                    extra={"locale": locale, "missing_messages": lacking},
                )

    # --- building -------------------------------------------------------------------------------

    @classmethod
    def load(cls, directory: Path | None = None, *, strict: bool | None = None) -> Catalog:
        """Parse every ``<directory>/<locale>/*.ftl`` of every locale in ``LOCALES`` and compile it.

        Raises ``CatalogError`` naming file and line for each Fluent syntax error, each key (or
        attribute of a message) defined twice in a locale, and each missing locale directory.
        """
        directory = directory if directory is not None else default_locales_path()
        problems: list[str] = []
        sources = {locale: _Source.read(directory, locale, problems) for locale in LOCALES}
        if problems:
            raise CatalogError(problems)
        return cls(directory, {locale: source.compile() for locale, source in sources.items()}, strict)

    # --- rendering ------------------------------------------------------------------------------

    @property
    def strict(self) -> bool:
        """Whether a bug raises (see the class docstring for how None resolves)."""
        if self._strict is not None:
            return self._strict
        flag = os.environ.get(STRICT_ENV)
        if flag is not None:
            return flag.strip().lower() in ("1", "true", "yes")
        return "PYTEST_CURRENT_TEST" in os.environ

    def render(self, text: Text, locale: str) -> str:
        """``text`` in ``locale`` (one of ``LOCALES``; see ``negotiate``), English where the locale lacks it."""
        table = self._tables.get(locale)
        if table is None:
            return self._unknown_locale(text, locale)
        entry = table.get(text.key)
        if entry is None:
            return self._missing_key(text, locale)
        args = text._args
        if text._nested:
            args = {
                name: self.render(value, locale) if isinstance(value, Text) else value
                for name, value in args.items()
            }
        fast = entry.fast
        if fast is not None:
            if type(fast) is str:
                return fast
            try:
                return fast(args)  # type: ignore[operator]
            except NeedsRuntime:
                pass
        return self._render_runtime(entry, text, args, locale)

    def _render_runtime(self, entry: _Entry, text: Text, args: dict[str, TextArg], locale: str) -> str:
        result, errors = entry.bundle.format_pattern(entry.pattern, args)
        if not errors:
            return str(result)
        problem = "; ".join(str(error) or type(error).__name__ for error in errors)
        if self.strict:
            raise RenderError(text.key, locale, problem)
        log.error(
            "message did not render cleanly",
            extra={"key": text.key, "locale": locale, "text_locale": entry.locale, "problem": problem},
        )
        missing = {name: "{$" + name + "}" for name in entry.variables if name not in args}
        if missing:
            result, _ = entry.bundle.format_pattern(entry.pattern, {**args, **missing})
        return str(result)

    def _missing_key(self, text: Text, locale: str) -> str:
        if self.strict:
            raise MissingKeyError(text.key, locale, "no such key in any catalog")
        log.error("no such message key", extra={"key": text.key, "locale": locale})
        return text.key

    def _unknown_locale(self, text: Text, locale: str) -> str:
        if self.strict:
            raise RenderError(text.key, locale, f"unknown locale (expected one of {', '.join(self.locales)})")
        log.error("unknown locale; rendering in English", extra={"key": text.key, "locale": locale})
        return self.render(text, DEFAULT_LOCALE)

    # --- looking up -----------------------------------------------------------------------------

    def has(self, key: str, locale: str) -> bool:
        """Whether ``locale``'s own files define ``key`` (``message`` or ``message.attribute``)."""
        data = self._data.get(locale)
        return data is not None and key in data.entries

    def keys(self, locale: str) -> frozenset[str]:
        """Every address ``locale``'s own files define: ``message`` for a value, ``message.attr`` per attribute.

        Raises ``ValueError`` for a locale the catalog does not hold (as do ``placeholders`` and ``messages``).
        """
        return frozenset(self._locale(locale).entries)

    def placeholders(self, key: str, locale: str) -> frozenset[str]:
        """The ``$variables`` that rendering ``key`` reads in ``locale`` (English if the locale lacks it).

        ``key`` is ``message`` for its value or ``message.attr`` for one attribute; variables inside
        selects, function calls and referenced messages count. Raises ``KeyError`` for an unknown key.
        """
        self._locale(locale)
        entry = self._tables[locale].get(key)
        if entry is None:
            raise KeyError(key)
        return entry.variables

    def where(self, key: str, locale: str) -> str | None:
        """``<locale>/<file>.ftl:<line>`` where ``locale`` defines the message of ``key``, or None."""
        data = self._data.get(locale)
        origin = data.origins.get(key.split(".", 1)[0]) if data else None
        return f"{locale}/{origin[0].name}:{origin[1]}" if origin else None

    def messages(self, locale: str) -> Mapping[str, ftl.Message]:
        """``locale``'s parsed Fluent messages by id, for tools such as the checker."""
        return self._locale(locale).messages

    def diagnose(self, key: str, locale: str) -> list[str]:
        """What fluent.runtime reports rendering ``locale``'s own ``key`` with stand-in arguments.

        Tries every placeholder as a number, then as a string, then as a datetime; returns the errors of
        the first try when none renders cleanly (an unknown reference, an unknown function, ...).
        """
        entry = self._locale(locale).entries[key]
        first: list[Exception] | None = None
        for stand_in in (1, "x", datetime(2025, 1, 1, tzinfo=UTC)):
            _, errors = entry.bundle.format_pattern(entry.pattern, dict.fromkeys(entry.variables, stand_in))
            if not errors:
                return []
            first = first if first is not None else errors
        return [str(error) or type(error).__name__ for error in first or []]

    def _locale(self, locale: str) -> _LocaleData:
        data = self._data.get(locale)
        if data is None:
            raise ValueError(f"unknown locale {locale!r} (expected one of {', '.join(self.locales)})")
        return data


@dataclass
class _Source:
    """One locale's parsed files, before compiling."""

    locale: str
    resources: list[ftl.Resource]
    messages: dict[str, ftl.Message]
    terms: dict[str, ftl.Term]
    origins: dict[str, tuple[Path, int]]

    @classmethod
    def read(cls, directory: Path, locale: str, problems: list[str]) -> _Source:
        """Parse ``directory/locale/*.ftl``, appending what is wrong to ``problems``."""
        source = cls(locale, [], {}, {}, {})
        folder = directory / locale
        if not folder.is_dir():
            problems.append(f"{locale}/: missing directory (every locale in LOCALES needs one)")
            return source
        parser = FluentParser(with_spans=True)
        term_origins: dict[str, tuple[Path, int]] = {}
        for path in sorted(folder.glob("*.ftl")):
            shown = f"{locale}/{path.name}"
            try:
                text = path.read_text(encoding="utf-8-sig")  # a BOM from a Windows editor is harmless
            except UnicodeDecodeError as exc:
                problems.append(f"{shown}: not UTF-8 ({exc.reason} at byte {exc.start})")
                continue
            resource = parser.parse(text)
            source.resources.append(resource)
            for entry in resource.body:
                if isinstance(entry, ftl.Junk):
                    for note in entry.annotations:
                        start = note.span.start if note.span else (entry.span.start if entry.span else 0)
                        problems.append(f"{shown}:{_line(text, start)}: {note.message} ({note.code})")
                    continue
                if not isinstance(entry, ftl.Message | ftl.Term):
                    continue
                is_term = isinstance(entry, ftl.Term)
                table: dict[str, Any] = source.terms if is_term else source.messages
                seen = term_origins if is_term else source.origins
                name = ("-" if is_term else "") + entry.id.name
                # The id, not the entry: an entry's span starts at its attached comment.
                line = _line(text, entry.id.span.start if entry.id.span else 0)
                if entry.id.name in table:
                    first, first_line = seen[entry.id.name]
                    problems.append(
                        f"{shown}:{line}: duplicate key {name!r} "
                        f"(first defined at {locale}/{first.name}:{first_line})"
                    )
                    continue
                attributes = [a.id.name for a in entry.attributes]
                for attribute in sorted({a for a in attributes if attributes.count(a) > 1}):
                    problems.append(f"{shown}:{line}: {name!r} defines .{attribute} twice")
                table[entry.id.name] = entry
                seen[entry.id.name] = (path, line)
        return source

    def compile(self) -> _LocaleData:
        """Build the fluent.runtime bundle and the fast path for every message and attribute."""
        try:
            fmt = LocaleFormat(self.locale)
        except (UnknownLocaleError, ValueError) as exc:
            raise CatalogError([f"{self.locale}/: babel has no locale data for it ({exc})"]) from exc
        bundle = FluentBundle([self.locale], use_isolating=False)  # Discord would show FSI/PDI marks
        for resource in self.resources:
            bundle.add_resource(resource)
        compiler = PatternCompiler(fmt, self.messages, self.terms)
        entries: dict[str, _Entry] = {}
        for message_id, message in self.messages.items():
            runtime = bundle.get_message(message_id)  # compiles fluent.runtime's tree now, not in a reply
            patterns: list[tuple[str, str | None, ftl.Pattern | None, RuntimePattern | None]] = [
                (message_id, None, message.value, runtime.value)
            ]
            patterns += [
                (f"{message_id}.{a.id.name}", a.id.name, a.value, runtime.attributes[a.id.name])
                for a in message.attributes
            ]
            for address, attribute, pattern, runtime_pattern in patterns:
                if pattern is None or runtime_pattern is None:
                    continue
                entries[address] = _Entry(
                    locale=self.locale,
                    bundle=bundle,
                    pattern=runtime_pattern,
                    fast=compiler.compile_entry(message_id, attribute),
                    variables=syntax.variables(pattern, self.messages),
                )
        return _LocaleData(messages=self.messages, origins=self.origins, entries=entries)


def _line(source: str, offset: int) -> int:
    return source.count("\n", 0, offset) + 1
