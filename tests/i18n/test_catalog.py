from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from evoladder.i18n import LOCALES, Catalog, CatalogError, MissingKeyError, RenderError, t
from tests.i18n.helpers import everywhere, write_catalogs

MakeCatalog = Callable[..., Catalog]

NBSP = "\u00a0"


def test_the_shipped_catalogs_load_every_locale(catalog: Catalog) -> None:
    assert catalog.locales == LOCALES
    english = catalog.keys("en")
    assert {"language-name", "error-unexpected", "nothing-changed-try-again", "aborts-left"} <= english
    assert all(catalog.keys(locale) == english for locale in LOCALES)


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        (
            "en",
            "Sorry, something went wrong on our side and nothing was changed. Please try again in a moment; "
            "if it keeps happening, tell an admin this reference: `X7Q2`.",
        ),
        ("ko", "봇에 문제가 생겼어요. 같은 문제가 계속되면 관리자에게 알려 주세요. 참조 코드: X7Q2"),
        ("zh-CN", "我们这边出了点问题。如果问题一直出现，请联系管理员并提供参考编号 X7Q2。"),
        (
            "es-419",
            "Algo salió mal de nuestro lado. Si sigue pasando, avísale a un administrador y menciona la referencia X7Q2.",
        ),
        (
            "ru",
            "Что-то пошло не так на нашей стороне. Если ошибка повторяется, сообщите администратору код X7Q2.",
        ),
    ],
)
def test_render_with_an_argument(catalog: Catalog, locale: str, expected: str) -> None:
    assert catalog.render(t("error-unexpected", ref="X7Q2"), locale) == expected


PLURALS = {
    "en": {
        0: "You have no aborts left.",
        1: "You have 1 abort left.",
        2: "You have 2 aborts left.",
        1.5: "You have 1.5 aborts left.",
    },
    "ko": {
        0: "남은 경기 취소 기회가 없어요.",
        1: "경기 취소 기회가 1번 남았어요.",
        3: "경기 취소 기회가 3번 남았어요.",
    },
    "zh-CN": {0: "你的取消对局次数已经用完了。", 1: "你还可以取消 1 次对局。", 3: "你还可以取消 3 次对局。"},
    "es-419": {
        0: "Ya no te quedan cancelaciones de partida.",
        1: "Te queda 1 cancelación de partida.",
        2: "Te quedan 2 cancelaciones de partida.",
        1_000_000: "Te quedan 1,000,000 de cancelaciones de partida.",
    },
    "ru": {
        0: "У вас не осталось отмен матчей.",
        1: "У вас осталась 1 отмена матча.",
        2: "У вас осталось 2 отмены матча.",
        4: "У вас осталось 4 отмены матча.",
        5: "У вас осталось 5 отмен матча.",
        11: "У вас осталось 11 отмен матча.",
        12: "У вас осталось 12 отмен матча.",
        21: "У вас осталась 21 отмена матча.",
        22: "У вас осталось 22 отмены матча.",
        111: "У вас осталось 111 отмен матча.",
        1.5: "У вас осталось 1,5 отмены матча.",
        10_001: f"У вас осталась 10{NBSP}001 отмена матча.",
    },
}


@pytest.mark.parametrize(
    ("locale", "count", "expected"),
    [(locale, count, text) for locale, cases in PLURALS.items() for count, text in cases.items()],
)
def test_plurals_follow_cldr(catalog: Catalog, locale: str, count: int | float, expected: str) -> None:
    assert catalog.render(t("aborts-left", count=count), locale) == expected


def test_numbers_are_formatted_per_locale(make_catalog: MakeCatalog) -> None:
    catalog = make_catalog(everywhere("mmr = { $mmr } MMR\nshare = { NUMBER($share) }\n"))
    assert catalog.render(t("mmr", mmr=12345), "en") == "12,345 MMR"
    assert catalog.render(t("mmr", mmr=12345), "ru") == f"12{NBSP}345 MMR"
    assert catalog.render(t("mmr", mmr=-7), "ko") == "-7 MMR"
    assert catalog.render(t("share", share=0.125), "ru") == "0,125"
    assert catalog.render(t("mmr", mmr="1234"), "ru") == "1234 MMR"  # a string is left alone (ids, codes)


def test_a_nested_text_renders_in_the_same_locale(make_catalog: MakeCatalog) -> None:
    catalog = make_catalog(
        everywhere(
            "race-zerg = Zerg\nplays = { $name } plays { $race } ({ $note })\nnote = { $count } games\n",
            ru="race-zerg = Зерг\nplays = { $name } играет за { $race } ({ $note })\nnote = { $count } игр\n",
        )
    )
    text = t("plays", name="Bob", race=t("race-zerg"), note=t("note", count=1000))
    assert catalog.render(text, "en") == "Bob plays Zerg (1,000 games)"
    assert catalog.render(text, "ru") == f"Bob играет за Зерг (1{NBSP}000 игр)"


def test_attributes_are_addressed_as_key_dot_attr(make_catalog: MakeCatalog) -> None:
    catalog = make_catalog(
        everywhere(
            """
            queue-panel = Queue for { $mode }
                .label = Join
                .hint = { $waiting ->
                    [one] One player waiting
                   *[other] { $waiting } players waiting
                }
            buttons-only =
                .ok = OK
            """
        )
    )
    assert catalog.render(t("queue-panel.label"), "ko") == "Join"
    assert catalog.render(t("queue-panel.hint", waiting=1), "en") == "One player waiting"
    assert catalog.has("queue-panel.hint", "en") and not catalog.has("queue-panel.nope", "en")
    assert catalog.has("buttons-only.ok", "en") and not catalog.has("buttons-only", "en")
    assert catalog.keys("en") == {"queue-panel", "queue-panel.label", "queue-panel.hint", "buttons-only.ok"}
    assert catalog.placeholders("queue-panel", "en") == {"mode"}
    assert catalog.placeholders("queue-panel.hint", "en") == {"waiting"}
    assert catalog.placeholders("queue-panel.label", "en") == frozenset()


def test_placeholders_see_selects_functions_and_references(make_catalog: MakeCatalog) -> None:
    catalog = make_catalog(
        everywhere(
            """
            -brand = Evo
            rank = { $player } is rank { NUMBER($rank) }
            summary = { rank } in { -brand }: { $wins ->
                [0] no wins
               *[other] { $wins } wins over { $opponent }
            }
            """
        )
    )
    assert catalog.placeholders("summary", "en") == {"player", "rank", "wins", "opponent"}
    with pytest.raises(KeyError):
        catalog.placeholders("nope", "en")
    with pytest.raises(ValueError):
        catalog.keys("fr")


def test_a_locale_lacking_a_key_falls_back_to_english(make_catalog: MakeCatalog) -> None:
    catalog = make_catalog(
        {
            "en": {"common.ftl": "hello = Hello, { $name }!\nbye = Bye\n"},
            "ru": {"common.ftl": "bye = Пока\n"},
        }
    )
    assert catalog.render(t("hello", name="Олег"), "ru") == "Hello, Олег!"
    assert catalog.render(t("bye"), "ru") == "Пока"
    assert not catalog.has("hello", "ru") and catalog.has("hello", "en")
    assert catalog.placeholders("hello", "ru") == {"name"}


def test_numbers_in_an_english_fallback_use_english_rules(make_catalog: MakeCatalog) -> None:
    catalog = make_catalog({"en": {"common.ftl": "n = { $n ->\n    [one] one\n   *[other] { $n } many\n}\n"}})
    assert catalog.render(t("n", n=21), "ru") == "21 many"  # English "one" is 1 only, not 21


def test_no_bidi_isolation_marks(catalog: Catalog) -> None:
    for locale in LOCALES:
        assert "\u2068" not in catalog.render(t("aborts-left", count=5), locale)


def test_datetimes_go_through_fluent_datetime(make_catalog: MakeCatalog) -> None:
    catalog = make_catalog(
        everywhere(
            'starts = Starts { DATETIME($at, dateStyle: "medium", timeStyle: "short", timeZone: "UTC") }\n'
        )
    )
    at = datetime(2025, 3, 1, 18, 30, tzinfo=UTC)
    assert catalog.render(t("starts", at=at), "en") == "Starts Mar 1, 2025, 6:30\u202fPM"
    assert catalog.render(t("starts", at=at), "ru").startswith("Starts 1 мар. 2025")


# --- bugs: strict raises, lenient logs and renders something safe ---------------------------------


@pytest.fixture()
def buggy(make_catalog: MakeCatalog) -> Callable[[bool], Catalog]:
    return lambda strict: make_catalog(
        everywhere("hello = Hello, { $name }!\n", ru="hello = Привет, { $name }!\n"), strict=strict
    )


def test_strict_missing_key_raises(buggy: Callable[[bool], Catalog]) -> None:
    with pytest.raises(MissingKeyError, match="'nope' in ru"):
        buggy(True).render(t("nope"), "ru")


def test_strict_missing_argument_raises(buggy: Callable[[bool], Catalog]) -> None:
    with pytest.raises(RenderError, match="'hello' in ko.*name"):
        buggy(True).render(t("hello"), "ko")


def test_strict_unknown_locale_raises(buggy: Callable[[bool], Catalog]) -> None:
    with pytest.raises(RenderError, match="unknown locale"):
        buggy(True).render(t("hello", name="x"), "en-US")


def test_lenient_missing_key_logs_and_shows_the_key(
    buggy: Callable[[bool], Catalog], caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.ERROR, logger="evoladder.i18n"):
        assert buggy(False).render(t("nope"), "ru") == "nope"
    [record] = caplog.records
    assert record.levelno == logging.ERROR
    assert (record.key, record.locale) == ("nope", "ru")  # type: ignore[attr-defined]


def test_lenient_missing_argument_logs_and_shows_the_placeholder(
    buggy: Callable[[bool], Catalog], caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.ERROR, logger="evoladder.i18n"):
        assert buggy(False).render(t("hello"), "ru") == "Привет, {$name}!"
    [record] = caplog.records
    assert (record.key, record.locale) == ("hello", "ru")  # type: ignore[attr-defined]
    assert "name" in record.problem  # type: ignore[attr-defined]


def test_lenient_unknown_locale_logs_and_renders_english(
    buggy: Callable[[bool], Catalog], caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.ERROR, logger="evoladder.i18n"):
        assert buggy(False).render(t("hello", name="Bob"), "fr") == "Hello, Bob!"
    assert [r.locale for r in caplog.records] == ["fr"]  # type: ignore[attr-defined]


def test_strict_defaults_to_on_under_pytest(
    buggy: Callable[[bool | None], Catalog], monkeypatch: pytest.MonkeyPatch
) -> None:
    catalog = buggy(None)
    monkeypatch.delenv("EVOLADDER_I18N_STRICT", raising=False)
    assert catalog.strict
    monkeypatch.setenv("EVOLADDER_I18N_STRICT", "0")
    assert not catalog.strict
    monkeypatch.setenv("EVOLADDER_I18N_STRICT", "true")
    monkeypatch.delenv("PYTEST_CURRENT_TEST")
    assert catalog.strict
    monkeypatch.delenv("EVOLADDER_I18N_STRICT")
    assert not catalog.strict  # production: no pytest, no flag
    assert buggy(True).strict and not buggy(False).strict


# --- loading errors ----------------------------------------------------------------------------


def test_a_syntax_error_names_file_and_line(tmp_path: Path) -> None:
    root = write_catalogs(tmp_path, everywhere("ok = fine\n"))
    (root / "ko" / "queue.ftl").write_text("first = 하나\n\nbroken { $x }\n", encoding="utf-8")
    with pytest.raises(CatalogError) as caught:
        Catalog.load(root)
    [problem] = caught.value.problems
    assert problem.startswith("ko/queue.ftl:3: ") and "E0003" in problem
    assert "ko/queue.ftl:3" in str(caught.value)


def test_a_duplicate_key_names_both_places(tmp_path: Path) -> None:
    root = write_catalogs(tmp_path, everywhere("ok = fine\n"))
    (root / "ru" / "queue.ftl").write_text("# comment\nok = снова\n", encoding="utf-8")
    with pytest.raises(CatalogError) as caught:
        Catalog.load(root)
    assert caught.value.problems == ["ru/queue.ftl:2: duplicate key 'ok' (first defined at ru/common.ftl:1)"]


def test_a_duplicate_in_one_file_and_a_duplicate_term(tmp_path: Path) -> None:
    root = write_catalogs(tmp_path, everywhere("ok = fine\nok = again\n-t = a\n-t = b\n"))
    with pytest.raises(CatalogError) as caught:
        Catalog.load(root)
    assert "en/common.ftl:2: duplicate key 'ok' (first defined at en/common.ftl:1)" in caught.value.problems
    assert "en/common.ftl:4: duplicate key '-t' (first defined at en/common.ftl:3)" in caught.value.problems


def test_a_missing_locale_directory(tmp_path: Path) -> None:
    root = write_catalogs(tmp_path, everywhere("ok = fine\n"))
    for path in (root / "zh-CN").iterdir():
        path.unlink()
    (root / "zh-CN").rmdir()
    with pytest.raises(CatalogError, match="zh-CN/: missing directory"):
        Catalog.load(root)


def test_not_utf8(tmp_path: Path) -> None:
    root = write_catalogs(tmp_path, everywhere("ok = fine\n"))
    (root / "ru" / "common.ftl").write_bytes("ok = Привет\n".encode("cp1251"))
    with pytest.raises(CatalogError, match="ru/common.ftl: not UTF-8"):
        Catalog.load(root)


def test_windows_line_endings_and_a_byte_order_mark_are_fine(tmp_path: Path) -> None:
    root = write_catalogs(tmp_path, everywhere("ok = fine\n"))
    (root / "ko" / "common.ftl").write_bytes(
        "\ufeffok = 좋아요\r\nn = { $n ->\r\n   *[other] { $n }개\r\n}\r\n".encode()
    )
    catalog = Catalog.load(root, strict=True)
    assert catalog.render(t("ok"), "ko") == "좋아요" and catalog.render(t("n", n=3), "ko") == "3개"


def test_where(catalog: Catalog) -> None:
    assert catalog.where("aborts-left", "ru") == "ru/common.ftl:14"
    assert catalog.where("nope", "ru") is None


def test_a_duplicate_attribute(tmp_path: Path) -> None:
    root = write_catalogs(tmp_path, everywhere("ok = fine\n    .label = a\n    .label = b\n"))
    with pytest.raises(CatalogError) as caught:
        Catalog.load(root)
    assert "en/common.ftl:1: 'ok' defines .label twice" in caught.value.problems
