"""The catalog checker: locales against English, English against the code. ``python -m evoladder.i18n.check``.

Rules (each problem is one line, ``<where>: <what>``):

1. every key (``message`` and ``message.attr``) of English exists in every other locale and vice versa,
   in the file of the same name;
2. every key has the same placeholders in every locale, and English placeholders are Python identifiers
   (so ``t("key", name=...)`` can pass them);
3. every key the code references exists in English, ``t("key", ...)`` calls pass exactly its
   placeholders, ``locale_str`` defaults equal the English text, and every English key is referenced
   (see *References* below);
4. no English message or attribute is blank;
5. every message renders in its own locale without a Fluent error (unknown message, term, function);
6. a plural select (on ``NUMBER()``, or with a ``[one]``/``[few]``... variant) names every plural
   category the locale uses for counts 0–999, and none the locale does not have;
7. Discord command strings (``cmd-``, ``choice-``, ``menu-`` keys, see ``evoladder.i18n.commands``)
   obey Discord's length and character rules in every locale;
8. ``language-name`` in each locale is that locale's ``LANGUAGE_NAMES`` entry; no locale directory
   exists that ``LOCALES`` does not list.

References are read from the Python sources with ``ast``, not by running them: the first argument of a
call to ``t(...)``, ``Text(...)`` or ``Key(...)`` (plain or as an attribute, e.g. ``i18n.t``) when it is a
string literal, and the ``key=`` of ``locale_str(...)``. A key computed at run time is invisible, so
spell it once as ``Key("...")`` in a table and index the table. Messages referenced from English
messages (``{ other-message }``) count as used.
"""

from __future__ import annotations

import argparse
import ast
import keyword
import logging
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Literal

from fluent.syntax import ast as ftl

from evoladder.i18n import common
from evoladder.i18n import ftl as syntax
from evoladder.i18n.catalog import Catalog, CatalogError, RenderError
from evoladder.i18n.commands import command_string_problem, is_command_string
from evoladder.i18n.compiler import LocaleFormat
from evoladder.i18n.languages import DEFAULT_LOCALE, LANGUAGE_NAMES, LOCALES
from evoladder.i18n.text import Text

# ``say("key", ...)`` is the bot's Voice rendering a key at once: checked like ``t()``.
_KEY_CALLS = frozenset({"t", "say", "Text", "Key"})
_ARGUMENT_CALLS = frozenset({"t", "say"})


@dataclass(frozen=True, slots=True)
class Reference:
    """One place in the code that names a catalog key."""

    key: str
    where: str
    kind: Literal["t", "Text", "Key", "locale_str"]
    arguments: frozenset[str] | None = None
    """The keyword names of a ``t()`` call; None when not a ``t()`` call or it passes ``**args``."""
    default: str | None = None
    """The message of a ``locale_str(message, key=...)``."""


def default_source_root() -> Path:
    """The ``evoladder`` package's sources."""
    return Path(str(resources.files("evoladder")))


def find_references(source_root: Path) -> tuple[list[Reference], list[str]]:
    """Every catalog key named in the ``*.py`` files under ``source_root``, and the files that do not parse."""
    references: list[Reference] = []
    problems: list[str] = []
    for path in sorted(source_root.rglob("*.py")):
        shown = f"{source_root.name}/{path.relative_to(source_root).as_posix()}"
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        except (SyntaxError, UnicodeDecodeError) as exc:
            problems.append(f"{shown}: cannot be read for catalog keys ({exc})")
            continue
        calls = sorted(
            (node for node in ast.walk(tree) if isinstance(node, ast.Call)),
            key=lambda node: (node.lineno, node.col_offset),
        )
        for node in calls:
            reference = _reference(node, f"{shown}:{node.lineno}")
            if reference is not None:
                references.append(reference)
    return references, problems


def _reference(call: ast.Call, where: str) -> Reference | None:
    func = call.func
    name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else None
    if name in _KEY_CALLS and call.args and _literal(call.args[0]) is not None:
        key = _literal(call.args[0])
        assert key is not None
        arguments = None
        if (
            name in _ARGUMENT_CALLS
            and len(call.args) == 1
            and all(kw.arg is not None for kw in call.keywords)
        ):
            arguments = frozenset(kw.arg for kw in call.keywords if kw.arg is not None)
        kind: Literal["t", "Text", "Key"] = (
            "t" if name in _ARGUMENT_CALLS else "Text" if name == "Text" else "Key"
        )
        return Reference(key=key, where=where, kind=kind, arguments=arguments)
    if name == "locale_str":
        for kw in call.keywords:
            key = _literal(kw.value) if kw.arg == "key" else None
            if key is not None:
                default = _literal(call.args[0]) if call.args else None
                return Reference(key=key, where=where, kind="locale_str", default=default)
    return None


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def check_catalogs(catalog: Catalog, source_root: Path | None) -> list[str]:
    """Every problem found (see the module docstring); empty means fine. None skips the code rules (3)."""
    problems: list[str] = []
    problems += _locale_parity(catalog)
    problems += _english_rules(catalog)
    for locale in catalog.locales:
        problems += _renders(catalog, locale)
        problems += _plurals(catalog, locale)
        problems += _command_strings(catalog, locale)
    problems += _language_names(catalog)
    if source_root is not None:
        problems += _code_references(catalog, source_root)
    return problems


def _where(catalog: Catalog, key: str, locale: str) -> str:
    return catalog.where(key, locale) or f"{locale}/?"


def _file(where: str) -> str:
    """``common.ftl`` of ``ko/common.ftl:12``."""
    return where.rsplit(":", 1)[0].rsplit("/", 1)[-1]


def _names(names: Iterable[str]) -> str:
    return "{" + ", ".join(f"${name}" for name in sorted(names)) + "}" if names else "no placeholders"


def _locale_parity(catalog: Catalog) -> list[str]:
    problems: list[str] = []
    english = catalog.keys(DEFAULT_LOCALE)
    for locale in catalog.locales:
        if locale == DEFAULT_LOCALE:
            continue
        keys = catalog.keys(locale)
        for key in sorted(english - keys):
            problems.append(f"{locale}: missing {key!r} (English: {_where(catalog, key, DEFAULT_LOCALE)})")
        for key in sorted(keys - english):
            problems.append(f"{_where(catalog, key, locale)}: {key!r} is not in English")
        for key in sorted(keys & english):
            here, there = _where(catalog, key, locale), _where(catalog, key, DEFAULT_LOCALE)
            if _file(here) != _file(there):
                problems.append(f"{here}: {key!r} belongs in the file English has it in ({there})")
            ours, theirs = catalog.placeholders(key, locale), catalog.placeholders(key, DEFAULT_LOCALE)
            if ours != theirs:
                problems.append(f"{here}: {key!r} uses {_names(ours)} but English uses {_names(theirs)}")
    return problems


def _english_rules(catalog: Catalog) -> list[str]:
    problems: list[str] = []
    for message_id, message in catalog.messages(DEFAULT_LOCALE).items():
        where = _where(catalog, message_id, DEFAULT_LOCALE)
        patterns = [(message_id, message.value)] + [
            (f"{message_id}.{a.id.name}", a.value) for a in message.attributes
        ]
        for address, pattern in patterns:
            if pattern is not None and syntax.is_blank(pattern):
                problems.append(f"{where}: {address!r} is blank in English")
    for key in sorted(catalog.keys(DEFAULT_LOCALE)):
        for name in sorted(catalog.placeholders(key, DEFAULT_LOCALE)):
            if not name.isidentifier() or keyword.iskeyword(name):
                problems.append(
                    f"{_where(catalog, key, DEFAULT_LOCALE)}: {key!r}: placeholder ${name} cannot be passed as "
                    f"t(..., {name}=...); use snake_case"
                )
    return problems


def _renders(catalog: Catalog, locale: str) -> list[str]:
    problems: list[str] = []
    for key in sorted(catalog.keys(locale)):
        errors = catalog.diagnose(key, locale)
        if errors:
            problems.append(f"{_where(catalog, key, locale)}: {key!r} does not render: {'; '.join(errors)}")
    return problems


def _plurals(catalog: Catalog, locale: str) -> list[str]:
    fmt = LocaleFormat(locale)
    needed = {fmt.plural(n) for n in range(1000)} - {"other"}
    problems: list[str] = []
    for message_id, message in catalog.messages(locale).items():
        patterns = [message.value] + [a.value for a in message.attributes]
        for pattern in patterns:
            if pattern is None:
                continue
            for select in syntax.plural_selects(pattern):
                named = {v.key.name for v in select.variants if not isinstance(v.key, ftl.NumberLiteral)}
                where = _where(catalog, message_id, locale)
                for category in sorted(needed - named):
                    problems.append(f"{where}: {message_id!r} needs a [{category}] variant in {locale}")
                for category in sorted((named & syntax.PLURAL_CATEGORIES) - fmt.categories):
                    problems.append(f"{where}: {message_id!r}: [{category}] is never chosen in {locale}")
    return problems


def _command_strings(catalog: Catalog, locale: str) -> list[str]:
    problems: list[str] = []
    for key in sorted(catalog.keys(locale)):
        if not is_command_string(key):
            continue
        where = _where(catalog, key, locale)
        if catalog.placeholders(key, locale):
            problems.append(f"{where}: {key!r} is a Discord command string and cannot take placeholders")
            continue
        try:
            text = catalog.render(Text(key), locale)
        except RenderError:
            continue  # already reported by _renders
        problem = command_string_problem(key, text)
        if problem is not None:
            problems.append(f"{where}: {key!r} = {text!r}: Discord {problem}")
    return problems


def _language_names(catalog: Catalog) -> list[str]:
    problems: list[str] = []
    for locale in catalog.locales:
        if not catalog.has(common.LANGUAGE_NAME, locale):
            if locale == DEFAULT_LOCALE:
                problems.append(f"{locale}: missing {common.LANGUAGE_NAME!r}")
            continue
        name = catalog.render(Text(common.LANGUAGE_NAME), locale)
        if name != LANGUAGE_NAMES.get(locale):
            problems.append(
                f"{_where(catalog, common.LANGUAGE_NAME, locale)}: {common.LANGUAGE_NAME!r} is {name!r} "
                f"but LANGUAGE_NAMES says {LANGUAGE_NAMES.get(locale)!r}"
            )
    if catalog.directory.is_dir():
        for folder in sorted(catalog.directory.iterdir()):
            if folder.is_dir() and folder.name not in LOCALES and not folder.name.startswith((".", "_")):
                problems.append(f"{folder.name}/: not one of LOCALES ({', '.join(LOCALES)}), so never loaded")
    return problems


def _code_references(catalog: Catalog, source_root: Path) -> list[str]:
    references, problems = find_references(source_root)
    english = catalog.keys(DEFAULT_LOCALE)
    used: set[str] = set()
    for reference in references:
        key, where = reference.key, reference.where
        used.add(key)
        if key not in english:
            problems.append(f"{where}: {reference.kind}({key!r}): no such key in English")
            continue
        if reference.arguments is not None:
            expected = catalog.placeholders(key, DEFAULT_LOCALE)
            if expected - reference.arguments:
                problems.append(f"{where}: t({key!r}) lacks {_names(expected - reference.arguments)}")
            if reference.arguments - expected:
                problems.append(
                    f"{where}: t({key!r}) passes {_names(reference.arguments - expected)}, unused"
                )
        if reference.default is not None:
            text = catalog.render(Text(key), DEFAULT_LOCALE)
            if text != reference.default:
                problems.append(
                    f"{where}: locale_str({reference.default!r}, key={key!r}) but English says {text!r} "
                    "(Discord shows the code's text to the locales we do not translate)"
                )
    for message in catalog.messages(DEFAULT_LOCALE).values():
        for pattern in [message.value] + [a.value for a in message.attributes]:
            if pattern is not None:
                used.update(syntax.message_references(pattern))
    for key in sorted(english - used):
        problems.append(
            f"{_where(catalog, key, DEFAULT_LOCALE)}: {key!r} is never used in the code "
            "(name it with t()/Key()/locale_str(key=), or delete it in every locale)"
        )
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    """Print every problem; exit status 1 if there is any."""
    parser = argparse.ArgumentParser(
        prog="python -m evoladder.i18n.check", description=__doc__.split("\n")[0]
    )
    parser.add_argument(
        "--locales", type=Path, default=None, help="catalog directory (default: the package's)"
    )
    parser.add_argument(
        "--source", type=Path, default=None, help="sources to scan (default: the evoladder package)"
    )
    options = parser.parse_args(argv)
    # The checker reports missing translations itself; the catalog's load-time warning would repeat it.
    logging.getLogger("evoladder.i18n").setLevel(logging.ERROR)
    try:
        catalog = Catalog.load(options.locales, strict=False)
    except CatalogError as exc:
        for problem in exc.problems:
            print(problem)
        return 1
    problems = check_catalogs(catalog, options.source or default_source_root())
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} problem(s)", file=sys.stderr)
        return 1
    print(f"catalogs OK: {len(catalog.keys(DEFAULT_LOCALE))} keys in each of {len(catalog.locales)} locales")
    return 0


if __name__ == "__main__":
    sys.exit(main())
