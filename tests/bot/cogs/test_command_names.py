"""Command names in the player's language: what Discord receives at sync, what ``/help`` lists, and the
``/command`` mentions in messages all say the same localized name.

Staff commands (``/admin ...``) keep one English name in every language on purpose: staff from every
region share one channel and one runbook, and a name that differs by client would make their
instructions ambiguous. Their descriptions are still translated.
"""

from __future__ import annotations

import logging
import re
from typing import Any

import pytest

from evoladder.bootstrap import App
from evoladder.i18n import LOCALES, t
from tests.bot.cogs.conftest import OWNER_ID, ladder_bot
from tests.bot.cogs.test_setup import register
from tests.bot.harness import running_harness

OTHER_LOCALES = [locale for locale in LOCALES if locale != "en"]
STAFF_COMMANDS = {"admin"}
LISTED = re.compile(r"^`/([^`]+)` — ", re.M)


async def synced_payloads(app: App, caplog: pytest.LogCaptureFixture) -> list[dict[str, Any]]:
    """Every top-level command as the bot uploads it at sync (with the real catalogs' translations)."""
    bot = ladder_bot(app)
    with caplog.at_level(logging.ERROR, logger="evoladder.bot.translation"):
        async with running_harness(bot) as h:
            translator = h.bot.tree.translator
            assert translator is not None
            payloads = [
                await command.get_translated_payload(h.bot.tree, translator)
                for command in h.bot.tree.get_commands()
            ]
    refused = [r for r in caplog.records if r.name == "evoladder.bot.translation"]
    assert not refused, "a translation Discord would refuse fell back to English"
    return payloads


def localized_names(payload: dict[str, Any], locale: str) -> list[str]:
    """The command's name and its options' names as a client in ``locale`` shows them."""
    names = [payload["name_localizations"].get(locale, payload["name"])]
    for option in payload.get("options") or []:
        names.append(option["name_localizations"].get(locale, option["name"]))
    return names


@pytest.mark.parametrize("locale", OTHER_LOCALES)
async def test_every_player_command_and_option_has_a_name_in_the_language(
    app: App, caplog: pytest.LogCaptureFixture, locale: str
) -> None:
    payloads = await synced_payloads(app, caplog)
    players = [p for p in payloads if p["name"] not in STAFF_COMMANDS]
    assert {p["name"] for p in players} >= {"queue", "leaderboard", "profile", "setup", "help", "prune"}
    for payload in players:
        assert payload["name_localizations"].get(locale, payload["name"]) != payload["name"], payload["name"]
        for option in payload.get("options") or []:
            translated = option["name_localizations"].get(locale)
            assert translated and translated != option["name"], (payload["name"], option["name"])
        options = localized_names(payload, locale)[1:]
        assert len(set(options)) == len(options), f"two options of /{payload['name']} share a name"
    # Two commands with one name in a language could not both be typed by that client.
    tops = [localized_names(p, locale)[0] for p in payloads]
    assert len(set(tops)) == len(tops)
    for payload in payloads:  # staff names stay English; their descriptions do not
        if payload["name"] in STAFF_COMMANDS:
            assert payload["name_localizations"].get(locale, payload["name"]) == payload["name"]
            assert payload["description_localizations"][locale] != payload["description"]


@pytest.mark.parametrize("client", ["ko", "ru", "en-GB"])
async def test_help_lists_the_names_the_players_client_shows(
    app: App, caplog: pytest.LogCaptureFixture, client: str
) -> None:
    payloads = {p["name"]: p for p in await synced_payloads(app, caplog)}
    expected = set()
    for payload in payloads.values():
        top = payload["name_localizations"].get(client, payload["name"])
        subcommands = [o for o in payload.get("options") or [] if o["type"] == 1]
        if not subcommands:
            expected.add(top)
        for sub in subcommands:  # subcommands keep the group's and their own localized names
            expected.add(f"{top} {sub['name_localizations'].get(client, sub['name'])}")
    async with running_harness(ladder_bot(app)) as h:
        owner = h.user("owner", user_id=OWNER_ID, locale=client)
        await register(h, owner, "Owner")
        answer = await h.slash("help", user=owner)
    listed = set(LISTED.findall(answer.embeds[0]["description"]))
    assert listed == expected, (sorted(listed - expected), sorted(expected - listed))


@pytest.mark.parametrize("locale", OTHER_LOCALES)
async def test_messages_name_commands_as_the_client_does(
    app: App, caplog: pytest.LogCaptureFixture, locale: str
) -> None:
    payloads = {p["name"]: p for p in await synced_payloads(app, caplog)}
    catalog = app.catalog
    for key, command in [
        ("checks-setup-first", "setup"),
        ("checks-terms-first", "termsofservice"),
        ("queue-left", "queue"),
        ("account-prune-not-here", "prune"),
    ]:
        text = catalog.render(t(key), locale)
        assert f"/{payloads[command]['name_localizations'][locale]}" in text, (key, text)
        assert f"/{command}" not in text, (key, text)
