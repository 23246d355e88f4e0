"""Every refusal the ladder's rules (and the bot's guards) can give reads in each shipped language.

The refusals are raised as catalog ``Text``s (``rules.ftl``, ``checks.ftl``), never as English strings:
each renders in all five locales from that locale's own catalog, with no ``raw-text`` fallback, within
Discord's 2,000 characters even with the longest echoed input, and ``str(exc)`` stays English.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from types import MappingProxyType

import pytest

from evoladder.bootstrap import App
from evoladder.bot.checks import PlayerStatus, Requirement, refusal_for
from evoladder.i18n import LOCALES, Text, english, shipped_catalog, t
from evoladder.rules import aborts, access, admin, lifecycle, notices, pairing, queueing, registration
from evoladder.rules.errors import DomainError
from evoladder.rules.lifecycle import MatchLifecycle, MatchStatus
from evoladder.rules.text import ECHO_CHARS, clean_text
from evoladder.services.clock import ManualClock
from tests.bot.cogs.conftest import app, clock, ladder_discord, settings  # noqa: F401  (fixtures)
from tests.bot.cogs.test_match_scenarios import table
from tests.bot.harness import running_harness

CONTENT_MAX = 2000  # Discord's limit of a message's content
NOW = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)
LONG = "Ω" * ECHO_CHARS  # the longest input a refusal repeats (echo shortens the rest)
# Placeholders that are counts (rendered as numbers, chosen by plural rules).
COUNTS = {"count", "max", "max_vetoes", "max_days", "per_month", "seconds", "uses_allowed"}
# Messages that read the same in some language on purpose (a format, or a brand name).
SAME_AS_ENGLISH = {"rules-candidate", "rules-list-join", "rules-field-battletag"}


def refusal_keys() -> list[str]:
    catalog = shipped_catalog()
    return sorted(k for k in catalog.keys("en") if k.startswith(("rules-", "checks-")) and "." not in k)


def worst_case(key: str) -> Text:
    """``key`` with every placeholder at its longest: echoed input, or a large count."""
    names = shipped_catalog().placeholders(key, "en")
    return t(key, **{name: 9_999 if name in COUNTS else LONG for name in names})


def raw_texts(text: Text) -> Iterator[Text]:
    """``text`` and every Text nested in its arguments that is the temporary ``raw-text``."""
    if text.key == "raw-text":
        yield text
    for value in text.args.values():
        if isinstance(value, Text):
            yield from raw_texts(value)


@pytest.mark.parametrize("key", refusal_keys())
def test_each_refusal_message_reads_in_every_language_within_discords_limit(key: str) -> None:
    catalog = shipped_catalog()
    text = worst_case(key)
    english_text = catalog.render(text, "en")
    for locale in LOCALES:
        assert catalog.has(key, locale), f"{locale} lacks {key}"
        shown = catalog.render(text, locale)
        assert shown.strip(), (key, locale)
        assert len(shown) <= CONTENT_MAX, (key, locale, len(shown))
        if locale != "en" and key not in SAME_AS_ENGLISH:
            assert shown != english_text, f"{key} is still English in {locale}"


def match(status: MatchStatus, **changes: object) -> MatchLifecycle:
    return MatchLifecycle(status=status, **changes)  # type: ignore[arg-type]


REPORTED = MappingProxyType({"a": "win"})
RACES = ("bw_zerg", "bw_terran", "sc2_zerg")
COUNTRIES = {"KR": "South Korea", "XX": "Nonrepresenting"}
LATER = NOW + timedelta(days=1)
REDEEMABLE: dict[str, object] = {
    "code": "ABCD-EFGH",
    "uses": 1,
    "uses_allowed": 1,
    "expires_at": LATER,
    "revoked": False,
    "already_activated": False,
    "now": NOW,
}

# Each rule refusing, as the services call it.
REFUSALS: dict[str, Callable[[], object]] = {
    "player name": lambda: registration.validate_player_name("x"),
    "battletag": lambda: registration.validate_battletag("nope"),
    "alt name": lambda: registration.validate_alt_name("a b"),
    "alt names": lambda: registration.validate_alt_names(["Abc", "Bcd", "Cde"]),
    "country": lambda: registration.validate_country("QQ", COUNTRIES),
    "region": lambda: registration.validate_region("MOON", ["NA", "EU", "KRJ"]),
    "name twice": lambda: registration.ensure_distinct(["Mina", "mina"]),
    "name taken": lambda: registration.ensure_distinct(["Mina"], {"mina": 1}),
    "terms first": lambda: registration.check_can_set_up(terms_accepted=False),
    "decline busy": lambda: registration.check_can_decline_terms(queued=True, in_match=False),
    "control char": lambda: clean_text("a\x07b", field=t("rules-field-note"), max_length=10),
    "bidi mark": lambda: clean_text("a\u202eb", field=t("rules-field-reason"), max_length=10),
    "too long": lambda: clean_text("a" * 11, field=t("rules-field-player"), max_length=10),
    "banned": lambda: queueing.check_can_queue(
        banned=True, registered=True, queued=False, open_match_id=None
    ),
    "unregistered": lambda: queueing.check_can_queue(
        banned=False, registered=False, queued=False, open_match_id=None
    ),
    "queued": lambda: queueing.check_can_queue(
        banned=False, registered=True, queued=True, open_match_id=None
    ),
    "in match": lambda: queueing.check_can_queue(
        banned=False, registered=True, queued=False, open_match_id=7
    ),
    "not queued": lambda: queueing.check_can_leave(queued=False),
    "unknown race": lambda: queueing.pick_races(["zerg"], known=RACES, bw=["bw_zerg"], sc2=["sc2_zerg"]),
    "two races": lambda: queueing.pick_races(
        ["bw_zerg", "bw_terran"], known=RACES, bw=["bw_zerg", "bw_terran"], sc2=[]
    ),
    "veto outside": lambda: queueing.pick_vetoes(["Nowhere"], pool=["Fighting Spirit"], max_vetoes=2),
    "too many vetoes": lambda: queueing.pick_vetoes(["A", "B", "C"], pool=["A", "B", "C"], max_vetoes=2),
    "quick start": lambda: notices.check_quick_start(needed=True),
    "notice": lambda: notices.check_notice("nope"),
    "pair self": lambda: pairing.check_pair(
        1, "bw_zerg", ["bw_zerg"], 1, "sc2_zerg", ["sc2_zerg"], bw_races=["bw_zerg"]
    ),
    "map": lambda: pairing.check_venue("Nowhere", "KRJ", map_pool=["A"], servers=["KRJ"]),
    "server": lambda: pairing.check_venue("A", "MOON", map_pool=["A"], servers=["KRJ"]),
    "entry changed": lambda: pairing.check_unchanged(5, (1, (), ()), (2, (), ())),
    "not your match": lambda: lifecycle.slot_of(3, 1, 2, 9),
    "replay used": lambda: lifecycle.check_replay_free(3, 2),
    "confirm closed": lambda: match(MatchStatus.CANCELLED).confirm("a"),
    "confirmed twice": lambda: match(MatchStatus.FOUND, confirmed=frozenset({"a"})).confirm("a"),
    "timeout": lambda: match(MatchStatus.IN_PROGRESS).confirm_timeout(),
    "abort closed": lambda: match(MatchStatus.COMPLETED).abort("a"),
    "abort reported": lambda: match(MatchStatus.IN_PROGRESS, reports=REPORTED).abort("b"),
    "report unconfirmed": lambda: match(MatchStatus.FOUND).report("a", "win"),
    "report closed": lambda: match(MatchStatus.ABORTED).report("a", "win"),
    "report unknown": lambda: match(MatchStatus.IN_PROGRESS).report("a", "maybe"),  # type: ignore[arg-type]
    "settle": lambda: match(MatchStatus.ABORTED).settle_by_replay("a"),
    "deadline": lambda: match(MatchStatus.COMPLETED).report_deadline(),
    "resolve unknown": lambda: match(MatchStatus.CONFLICT).admin_resolve("c"),  # type: ignore[arg-type]
    "resolve closed": lambda: match(MatchStatus.INVALIDATED).admin_resolve("a"),
    "resolve same": lambda: match(MatchStatus.COMPLETED, result="a").admin_resolve("a"),
    "invalidated": lambda: match(MatchStatus.INVALIDATED).admin_invalidate(),
    "no aborts": lambda: aborts.spend_abort(3, aborts.month_key(NOW), NOW, per_month=3),
    "no reason": lambda: admin.require_reason("   "),
    "mmr bounds": lambda: admin.check_mmr(-1),
    "mmr how": lambda: admin.mmr_after(1500, "double", 1),
    "mmr amount": lambda: admin.mmr_after(1500, "add", -1),
    "mmr same": lambda: admin.mmr_after(1500, "add", 0),
    "aborts bounds": lambda: admin.check_aborts_left(9, 3),
    "already banned": lambda: admin.check_ban_change(banned_now=True, ban=True),
    "not banned": lambda: admin.check_ban_change(banned_now=False, ban=False),
    "owner": lambda: admin.check_ban_permission(
        ban=True, target_is_owner=True, target_is_admin=False, actor_is_owner=False
    ),
    "ban admin": lambda: admin.check_ban_permission(
        ban=True, target_is_owner=False, target_is_admin=True, actor_is_owner=False
    ),
    "unban admin": lambda: admin.check_ban_permission(
        ban=False, target_is_owner=False, target_is_admin=True, actor_is_owner=False
    ),
    "already admin": lambda: admin.check_admin_change(is_admin=True, make_admin=True),
    "not admin": lambda: admin.check_admin_change(is_admin=False, make_admin=False),
    "admin not queued": lambda: admin.check_in_queue(queued=False),
    "no player": lambda: admin.player_reference("  "),
    "not a code": lambda: access.normalize_code("hello"),
    "uses": lambda: access.check_code_spec(0, 7, "for Mina"),
    "validity": lambda: access.check_code_spec(1, 999, "for Mina"),
    **{
        f"code {name}": (
            lambda facts=facts: access.check_redeemable(**{**REDEEMABLE, **facts})  # type: ignore[arg-type]
        )
        for name, facts in {
            "activated": {"already_activated": True},
            "revoked": {"revoked": True},
            "expired": {"expires_at": NOW},
            "used once": {},
            "used up": {"uses": 5, "uses_allowed": 5},
        }.items()
    },
}


@pytest.mark.parametrize("name", sorted(REFUSALS))
def test_each_rule_refuses_with_a_catalog_text_in_every_language(name: str) -> None:
    catalog = shipped_catalog()
    with pytest.raises(DomainError) as refused:
        REFUSALS[name]()
    text = refused.value.text
    assert text.key.startswith(("rules-", "language-")), text
    assert not list(raw_texts(text)), f"{name}: raw text {text!r}"
    assert str(refused.value) == english(text)
    shown = {locale: catalog.render(text, locale) for locale in LOCALES}
    for locale, message in shown.items():
        assert message.strip() and len(message) <= CONTENT_MAX, (name, locale)
        if locale != "en":
            assert message != shown["en"], f"{name} reads in English in {locale}: {message}"


GUARDED = {
    "banned": (Requirement(), PlayerStatus(banned=True), "checks-banned"),
    "banned with reason": (
        Requirement(),
        PlayerStatus(banned=True, ban_reason="smurfing"),
        "checks-banned-reason",
    ),
    "owner": (Requirement(dm_only=False, owner=True), PlayerStatus(), "checks-owner-only"),
    "admin": (Requirement(dm_only=False, admin=True), PlayerStatus(), "checks-admin-only"),
    "terms": (Requirement(), PlayerStatus(), "checks-terms-first"),
    "access": (Requirement(), PlayerStatus(terms_accepted=True, has_access=False), "checks-access-required"),
    "setup": (Requirement(), PlayerStatus(terms_accepted=True), "checks-setup-first"),
}


@pytest.mark.parametrize("name", sorted(GUARDED))
def test_each_guard_refuses_with_a_catalog_text(name: str) -> None:
    requirement, status, key = GUARDED[name]
    refusal = refusal_for(requirement, status, in_dm=True, command="queue")
    assert refusal is not None and refusal.text.key == key
    catalog = shipped_catalog()
    assert refusal.user_message == catalog.render(refusal.text, "en")
    assert catalog.render(refusal.text, "ko") != refusal.user_message
    if status.ban_reason:
        assert status.ban_reason in catalog.render(refusal.text, "ru")


async def test_a_korean_player_is_refused_in_korean(app: App, clock: ManualClock) -> None:  # noqa: F811
    front = ladder_discord(app)
    render = front.notifier.voices.catalog.render
    async with running_harness(front.bot) as h:
        tb = table(h, app, clock, front)
        stranger = h.user("jiwoo", locale="ko")
        guard = await h.slash("queue", user=stranger)
        assert guard.content == render(t("checks-terms-first"), "ko")
        assert guard.content != render(t("checks-terms-first"), "en")

        player = await tb.player("Mina", locale="ko")
        await h.slash("queue", user=player)
        await h.click(h.custom_id(f"queue:bw:{player.id}:"), user=player, values=["bw_zerg"])
        clock.advance(10)  # past the rate limit of state-changing clicks
        rule = await h.click(h.custom_id(f"queue:join:{player.id}:"), user=player)
        assert rule.content == render(t("rules-quick-start-first"), "ko")
        assert "Quick Start" not in (rule.content or "")
        await front.notifier.stop()


def test_words_for_players_come_only_from_the_catalogs() -> None:
    """A refusal built from a plain string (English in every language) is a bug, caught at once."""
    from evoladder.bot.errors import UserFacingError
    from evoladder.rules.errors import ValidationFailed

    for error in (UserFacingError, ValidationFailed):
        with pytest.raises(TypeError):
            error("Please try again.")  # type: ignore[arg-type]
    assert UserFacingError(t("rules-field-races")).user_message == "Races"
