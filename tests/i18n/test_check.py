from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from textwrap import dedent

import pytest

from evoladder.i18n import LANGUAGE_NAMES, LOCALES, Catalog
from evoladder.i18n.check import check_catalogs, default_source_root, find_references, main
from tests.i18n.helpers import write_catalogs

MakeCatalog = Callable[..., Catalog]

BODY = """
hello = Hello, { $name }!
cmd-queue = queue
    .description = Queue for a ranked game
games = { $count ->
    [one] { $count } game
   *[other] { $count } games
}
"""

RU_GAMES = """
games = { $count ->
    [one] { $count } игра
    [few] { $count } игры
    [many] { $count } игр
   *[other] { $count } игры
}
"""

SOURCE = """
from discord.app_commands import locale_str
from evoladder import i18n
from evoladder.i18n import Key, t

LANGUAGE = Key("language-name")


@command(name=locale_str("queue", key="cmd-queue"), description=locale_str("Queue for a ranked game", key="cmd-queue.description"))
def queue(name: str) -> object:
    return i18n.t(
        "hello",
        name=name,
    ), t("games", count=2)
"""


NO_PLURALS = """
games = { $count ->
   *[other] { $count } games
}
"""


def files(**overrides: str) -> dict[str, dict[str, str]]:
    """The good catalogs, with ``overrides`` (locale with _ for -) replacing a locale's common.ftl."""
    out: dict[str, dict[str, str]] = {}
    games = {"ru": RU_GAMES, "ko": NO_PLURALS, "zh-CN": NO_PLURALS}
    for locale in LOCALES:
        body = dedent(BODY).lstrip()
        if locale in games:
            body = body[: body.index("games =")] + dedent(games[locale]).lstrip()
        out[locale] = {"common.ftl": f"language-name = {LANGUAGE_NAMES[locale]}\n" + body}
    for name, text in overrides.items():
        out[name.replace("_", "-")] = {"common.ftl": dedent(text).lstrip()}
    return out


@pytest.fixture()
def source(tmp_path: Path) -> Path:
    root = tmp_path / "src" / "evoladder"
    root.mkdir(parents=True)
    (root / "cog.py").write_text(dedent(SOURCE).lstrip(), encoding="utf-8")
    return root


def ru(extra: str = "", *, games: str = RU_GAMES, hello: str = "hello = Привет, { $name }!") -> str:
    return (
        "language-name = Русский\n"
        f"{hello}\ncmd-queue = очередь\n    .description = Встать в очередь на рейтинговую игру\n"
        + dedent(games).lstrip()
        + dedent(extra)
    )


def test_the_good_catalogs_pass(make_catalog: MakeCatalog, source: Path) -> None:
    assert check_catalogs(make_catalog(files()), source) == []


def test_the_shipped_catalogs_pass() -> None:
    """The CI gate: the package's catalogs against the package's code."""
    assert check_catalogs(Catalog.load(strict=True), default_source_root()) == []


def test_missing_and_extra_keys(make_catalog: MakeCatalog, source: Path) -> None:
    catalog = make_catalog(files(ru=ru(hello="hullo = Привет, { $name }!")))
    problems = check_catalogs(catalog, source)
    assert "ru: missing 'hello' (English: en/common.ftl:2)" in problems
    assert "ru/common.ftl:2: 'hullo' is not in English" in problems


def test_missing_attribute(make_catalog: MakeCatalog, source: Path) -> None:
    text = files()["ko"]["common.ftl"].replace("    .description = Queue for a ranked game\n", "")
    problems = check_catalogs(make_catalog(files(ko=text)), source)
    assert problems == ["ko: missing 'cmd-queue.description' (English: en/common.ftl:3)"]


def test_a_key_in_another_file(make_catalog: MakeCatalog, source: Path) -> None:
    good = files()
    good["ko"] = {
        "common.ftl": good["ko"]["common.ftl"].replace("hello = Hello, { $name }!\n", ""),
        "queue.ftl": "hello = 안녕하세요, { $name }님!\n",
    }
    problems = check_catalogs(make_catalog(good), source)
    assert problems == ["ko/queue.ftl:1: 'hello' belongs in the file English has it in (en/common.ftl:2)"]


def test_placeholder_mismatch(make_catalog: MakeCatalog, source: Path) -> None:
    problems = check_catalogs(make_catalog(files(ru=ru(hello="hello = Привет, { $nmae }!"))), source)
    assert problems == ["ru/common.ftl:2: 'hello' uses {$nmae} but English uses {$name}"]


def test_placeholder_mismatch_inside_a_select(make_catalog: MakeCatalog, source: Path) -> None:
    games = RU_GAMES.replace("[few] { $count } игры", "[few] { $n } игры")
    problems = check_catalogs(make_catalog(files(ru=ru(games=games))), source)
    assert problems == ["ru/common.ftl:5: 'games' uses {$count, $n} but English uses {$count}"]


def test_blank_english(make_catalog: MakeCatalog, source: Path) -> None:
    blank = '\nhello = { "" }\n    .x = { "  " }\n'
    good = files()
    for locale in LOCALES:
        text = good[locale]["common.ftl"].replace("hello = Hello, { $name }!\n", "")
        good[locale] = {"common.ftl": text + blank}
    problems = check_catalogs(make_catalog(good), None)
    assert "en/common.ftl:9: 'hello' is blank in English" in problems
    assert "en/common.ftl:9: 'hello.x' is blank in English" in problems


def test_a_broken_reference(make_catalog: MakeCatalog, source: Path) -> None:
    problems = check_catalogs(
        make_catalog(files(ru=ru(hello="hello = Привет, { $name }! { -nope }"))), source
    )
    assert problems == ["ru/common.ftl:2: 'hello' does not render: Unknown term: -nope"]


def test_plural_categories(make_catalog: MakeCatalog, source: Path) -> None:
    no_few = RU_GAMES.replace("    [few] { $count } игры\n", "")
    ko = files()["en"]["common.ftl"].replace("English", "한국어")  # Korean has no [one]: that variant is dead
    problems = check_catalogs(make_catalog(files(ru=ru(games=no_few), ko=ko)), source)
    assert problems == [
        "ko/common.ftl:5: 'games': [one] is never chosen in ko",
        "ru/common.ftl:5: 'games' needs a [few] variant in ru",
    ]


def test_plural_without_a_category_variant_still_needs_them(make_catalog: MakeCatalog, source: Path) -> None:
    english = "{ NUMBER($count) ->\n    [0] none\n   *[other] { $count } games\n}"
    good = files()
    for locale in LOCALES:
        text = good[locale]["common.ftl"]
        good[locale] = {"common.ftl": text[: text.index("games =")] + f"games = {english}\n"}
    problems = check_catalogs(make_catalog(good), source)
    assert "en/common.ftl:5: 'games' needs a [one] variant in en" in problems
    assert "ru/common.ftl:5: 'games' needs a [few] variant in ru" in problems
    assert not [p for p in problems if p.startswith(("ko/", "zh-CN/"))]


@pytest.mark.parametrize(
    ("name", "description", "problem"),
    [
        ("Очередь", "Встать в очередь", "'cmd-queue' = 'Очередь': Discord must be lowercase"),
        ("в очередь", "Встать в очередь", "'cmd-queue' = 'в очередь': Discord may hold only"),
        ("очередь", "Я" * 101, "'cmd-queue.description' = '" + "Я" * 101 + "': Discord must be 1–100"),
    ],
)
def test_discord_command_rules(
    make_catalog: MakeCatalog, source: Path, name: str, description: str, problem: str
) -> None:
    text = (
        ru()
        .replace("cmd-queue = очередь", f"cmd-queue = {name}")
        .replace("Встать в очередь на рейтинговую игру", description)
    )
    problems = check_catalogs(make_catalog(files(ru=text)), source)
    assert len(problems) == 1 and problems[0].startswith("ru/common.ftl:3: " + problem)


def test_a_command_string_with_a_placeholder(make_catalog: MakeCatalog, source: Path) -> None:
    good = files()
    for locale in LOCALES:
        good[locale] = {
            "common.ftl": good[locale]["common.ftl"].replace("cmd-queue = queue", "cmd-queue = { $x }")
        }
    good["ru"] = {"common.ftl": ru().replace("cmd-queue = очередь", "cmd-queue = { $x }")}
    problems = check_catalogs(make_catalog(good, strict=False), None)
    assert "ru/common.ftl:3: 'cmd-queue' is a Discord command string and cannot take placeholders" in problems


def test_language_name_and_unknown_locale_directories(make_catalog: MakeCatalog, source: Path) -> None:
    catalog = make_catalog(files(ko=files()["ko"]["common.ftl"].replace("한국어", "Korean")))
    (catalog.directory / "fr").mkdir()
    (catalog.directory / "fr" / "common.ftl").write_text("hello = Bonjour\n", encoding="utf-8")
    problems = check_catalogs(catalog, source)
    assert problems == [
        "ko/common.ftl:1: 'language-name' is 'Korean' but LANGUAGE_NAMES says '한국어'",
        "fr/: not one of LOCALES (en, ko, zh-CN, es-419, ru), so never loaded",
    ]


def test_placeholders_must_be_python_names(make_catalog: MakeCatalog, source: Path) -> None:
    good = files()
    for locale in LOCALES:
        good[locale] = {"common.ftl": good[locale]["common.ftl"] + "bad = { $player-name } { $class }\n"}
    problems = check_catalogs(make_catalog(good), None)
    assert problems == [
        "en/common.ftl:9: 'bad': placeholder $class cannot be passed as t(..., class=...); use snake_case",
        "en/common.ftl:9: 'bad': placeholder $player-name cannot be passed as t(..., player-name=...); use snake_case",
    ]


# --- the code ----------------------------------------------------------------------------------


def write(source: Path, name: str, text: str) -> None:
    (source / name).write_text(dedent(text).lstrip(), encoding="utf-8")


def test_unknown_keys_and_wrong_arguments_in_the_code(make_catalog: MakeCatalog, source: Path) -> None:
    write(
        source,
        "bad.py",
        """
        from evoladder.i18n import Key, Text, t
        RACES = {"zerg": Key("race-zerg")}
        a = t("helo", name="x")
        b = t("hello")
        c = t("hello", name="x", nam="y")
        d = t("hello", **{"name": "x"})  # unknowable: not checked
        e = Text("gone", {})
        f = locale_str("Queue", key="cmd-queue")
        """,
    )
    problems = check_catalogs(make_catalog(files()), source)
    assert problems == [
        "evoladder/bad.py:2: Key('race-zerg'): no such key in English",
        "evoladder/bad.py:3: t('helo'): no such key in English",
        "evoladder/bad.py:4: t('hello') lacks {$name}",
        "evoladder/bad.py:5: t('hello') passes {$nam}, unused",
        "evoladder/bad.py:7: Text('gone'): no such key in English",
        "evoladder/bad.py:8: locale_str('Queue', key='cmd-queue') but English says 'queue' "
        "(Discord shows the code's text to the locales we do not translate)",
    ]


def test_unused_keys(make_catalog: MakeCatalog, source: Path) -> None:
    good = files()
    for locale in LOCALES:
        good[locale] = {
            "common.ftl": good[locale]["common.ftl"] + "unused = x\nvia-ref = y\nuser = { via-ref }\n"
        }
    write(source, "more.py", 'from evoladder.i18n import t\nX = t("user")\n')
    problems = check_catalogs(make_catalog(good), source)
    assert problems == [
        "en/common.ftl:9: 'unused' is never used in the code "
        "(name it with t()/Key()/locale_str(key=), or delete it in every locale)"
    ]


def test_a_file_that_does_not_parse(make_catalog: MakeCatalog, source: Path) -> None:
    write(source, "broken.py", "def (:\n")
    problems = check_catalogs(make_catalog(files()), source)
    assert len(problems) == 1 and problems[0].startswith(
        "evoladder/broken.py: cannot be read for catalog keys"
    )


def test_find_references(source: Path) -> None:
    write(
        source,
        "sub.py",
        '''
        """Docstrings are not code: t("doc-only")."""
        # nor are comments: t("comment-only")
        key = "dynamic"
        x = t(key)
        y = other.t("attr-call", a=1)
        z = locale_str("Plain")
        ''',
    )
    references, problems = find_references(source)
    assert problems == []
    found = {(r.key, r.where, r.kind, r.arguments, r.default) for r in references}
    assert ("attr-call", "evoladder/sub.py:5", "t", frozenset({"a"}), None) in found
    assert ("hello", "evoladder/cog.py:10", "t", frozenset({"name"}), None) in found
    assert ("cmd-queue", "evoladder/cog.py:8", "locale_str", None, "queue") in found
    assert ("language-name", "evoladder/cog.py:5", "Key", None, None) in found
    assert not {"doc-only", "comment-only", "dynamic", "Plain"} & {r.key for r in references}


# --- the command line --------------------------------------------------------------------------


def test_cli_on_the_shipped_catalogs(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 0
    assert capsys.readouterr().out.startswith("catalogs OK: ")


def test_cli_reports_problems(tmp_path: Path, source: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = write_catalogs(tmp_path / "locales", files(ru=ru(hello="hello = Привет, { $nmae }!")))
    assert main(["--locales", str(root), "--source", str(source)]) == 1
    out = capsys.readouterr()
    assert out.out == "ru/common.ftl:2: 'hello' uses {$nmae} but English uses {$name}\n"
    assert "1 problem(s)" in out.err


def test_cli_reports_load_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = write_catalogs(tmp_path / "locales", files(ko="hello = { $name\n"))
    assert main(["--locales", str(root)]) == 1
    assert capsys.readouterr().out.startswith("ko/common.ftl:2: Expected token")
