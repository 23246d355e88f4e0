"""Every command and every component, in each of the five languages, through the real bot.

One sweep per language: a player and the owner (an admin) whose Discord clients use that language
run every registered command (subcommands too), type into every option with suggestions, and click
every button and pick in every select of each answer (and of what those answer: two levels; forms
are sent back as filled in), while a match of theirs is found, confirmed and reported. Then everything the bot ever showed them — answers, edits, follow-ups,
DMs, forms, suggestions — is checked:

- within Discord's limits (``bot.limits``), whatever the language's length;
- no English catalog text in a non-English answer: every literal run of at least 13 characters of
  each English message is looked for, except runs the language keeps inside a message it did
  translate (proper names); ``tests/i18n/untranslated.py`` says exactly how.

A command added later without sample options fails here, so the sweep can't silently skip it.
"""

from __future__ import annotations

from typing import Any

import pytest
from discord import app_commands

from evoladder.bootstrap import App
from evoladder.bot import limits
from evoladder.i18n.languages import match_locale
from evoladder.services.clock import ManualClock
from tests.bot.cogs.conftest import OWNER_ID, ladder_discord
from tests.bot.cogs.test_match_locales import join, wave
from tests.bot.cogs.test_match_scenarios import Table, table
from tests.bot.cogs.test_setup import register
from tests.bot.harness import BotHarness, Exchange, FakeUser, running_harness
from tests.i18n.untranslated import english_fragments

CLIENTS = ("en-US", "ko", "zh-CN", "es-419", "ru")
STEP_S = 2.5  # between two actions, as a person clicks (the rate limit allows 5 in 10 s)

# Options a person would type, by command. ``{match}`` is the sweep's match, ``{bob}`` its opponent.
SAMPLES: dict[str, dict[str, Any]] = {
    "help": {},
    "language": {},
    "leaderboard": {"races": "BW Zerg, SC2 Terran", "countries": "KR, DE", "page": 1},
    "profile": {},
    "prune": {},
    "queue": {},
    "setcountry": {"country": "DE"},
    "setup": {},
    "termsofservice": {},
    "activate": {"code": "ZZZZ-ZZZZ"},
    "admin snapshot": {},
    "admin disputes": {},
    "admin codes": {},
    "admin code_create": {"note": "sweep", "uses": 2},
    "admin code_revoke": {"code": "ZZZZ-ZZZZ", "reason": "sweep"},
    "admin match": {"match_id": "{match}"},
    "admin resolve": {"match_id": "{match}", "result": "a", "reason": "sweep"},
    "admin invalidate": {"match_id": "{match}", "reason": "sweep"},
    "admin player": {"player": "{bob}"},
    "admin adjust_mmr": {"player": "{bob}", "race": "SC2 Terran", "how": "add", "amount": 5, "reason": "x"},
    "admin ban": {"player": "{bob}", "reason": "sweep"},
    "admin unban": {"player": "{bob}", "reason": "sweep"},
    "admin reset_aborts": {"player": "{bob}", "reason": "sweep"},
    "admin remove_queue": {"player": "{bob}", "reason": "sweep"},
    "admin unblock": {"player": "{bob}", "reason": "sweep"},
    "admin clear_queue": {"reason": "sweep"},
    "admin add_admin": {"player": "{bob}"},
    "admin remove_admin": {"player": "{bob}", "reason": "sweep"},
}
# Run last: the terms' Decline button would lock the player out of everything after it.
LAST = ("termsofservice",)
BUTTON, TEXT_INPUT = 2, 4  # Discord component types


def readable(data: dict[str, Any]) -> list[str]:
    """Every string of a message, form or suggestion list a person reads."""
    found = [str(data.get(k) or "") for k in ("content", "title")]
    for embed in data.get("embeds") or []:
        found += [str(embed.get(k) or "") for k in ("title", "description")]
        found += [str((embed.get(k) or {}).get(n) or "") for k, n in (("footer", "text"), ("author", "name"))]
        for f in embed.get("fields") or []:
            found += [str(f["name"]), str(f["value"])]
    for row in data.get("components") or []:
        for item in [row.get("component") or {}, *(row.get("components") or [])]:
            found += [str(item.get(k) or "") for k in ("label", "placeholder", "value", "description")]
            for option in item.get("options") or []:
                found += [str(option.get("label") or ""), str(option.get("description") or "")]
        found.append(str(row.get("label") or ""))
    found += [str(c.get("name") or "") for c in data.get("choices") or []]
    return [text for text in found if text]


class Sweep:
    """The sweep's hands, and everything the bot showed the sweep's people."""

    def __init__(self, h: BotHarness, tb: Table, client: str) -> None:
        self.h, self.tb, self.client = h, tb, client
        self.seen: list[tuple[str, dict[str, Any]]] = []  # (where, payload)
        self.clicked: set[str] = set()

    async def step(self) -> None:
        self.tb.clock.advance(STEP_S)
        await self.tb.drain()

    async def run(
        self, command: app_commands.Command[Any, ..., Any], user: FakeUser, values: dict[str, str]
    ) -> None:
        name = command.qualified_name
        assert name in SAMPLES, f"/{name} has no sample options in this sweep: add them to SAMPLES"
        options = {k: (v.format(**values) if isinstance(v, str) else v) for k, v in SAMPLES[name].items()}
        if "match_id" in options:
            options["match_id"] = int(options["match_id"])
        for parameter in command.parameters:
            assert parameter.name in options or not parameter.required, f"/{name} needs {parameter.name}"
            if parameter.autocomplete and parameter.name in options:
                await self.step()
                await self.h.autocomplete(name, user=user, focused=parameter.name, options=options)
        await self.step()
        await self.answered(await self.h.slash(name, user=user, options=options), user)

    async def answered(self, answer: Exchange, user: FakeUser, depth: int = 0) -> None:
        """Go into an answer: click its controls, or send its form back as filled in — two levels
        (a command's controls, and the controls of what they answer) and no further."""
        if depth > 1:
            return
        if answer.modal is not None:
            await self.step()
            filled = {
                str(item["custom_id"]): str(item.get("value") or "x")
                for row in answer.modal.get("components") or []
                for item in [row.get("component") or {}, *(row.get("components") or [])]
                if item.get("type") == TEXT_INPUT
            }
            submitted = await self.h.submit_modal(user=user, values=filled, modal=answer.modal)
            if submitted.message is not None:
                await self.click_all(submitted.message.id, user, depth + 1)
        elif answer.message is not None:
            await self.click_all(answer.message.id, user, depth)

    async def click_all(self, message_id: int, user: FakeUser, depth: int = 0) -> None:
        """Click every button and pick in every select of the message as it was sent, one after the
        other — later ones on a copy an earlier click may have made stale, as a person's client can."""
        snapshot = dict(self.h.message(message_id).data)
        for row in snapshot.get("components") or []:
            for item in row.get("components") or []:
                custom_id = item.get("custom_id")
                if not custom_id or custom_id in self.clicked or item.get("disabled"):
                    continue
                values = [item["options"][0]["value"]] if item.get("options") else None
                if item.get("type") != BUTTON and values is None:
                    continue  # a user or channel select: needs a picked Discord object
                self.clicked.add(custom_id)
                await self.step()
                await self.answered(
                    await self.h.click(custom_id, user=user, message=snapshot, values=values), user, depth + 1
                )

    def collect(self, people: list[FakeUser]) -> None:
        """Everything the bot showed these people: every callback, message version and DM."""
        ids = {p.id for p in people}
        recorder = self.h.recorder
        interactions = [r for r in recorder.interactions.values() if r.user_id in ids]
        mine = {r.id for r in interactions}
        for record in interactions:
            if record.callback is not None:
                self.seen.append((f"callback {record.id}", record.callback))
        dms = {recorder.dm_channels.get(p.id) for p in people}
        for message in recorder.messages.values():
            if message.origin == "user":
                continue
            if message.channel_id in dms or message.interaction_id in mine:
                for i, version in enumerate(message.versions or [message.data]):
                    self.seen.append((f"message {message.id} v{i}", {"type": 4, "data": version}))


async def sweep(app: App, clock: ManualClock, client: str) -> Sweep:
    front = ladder_discord(app)
    async with running_harness(front.bot) as h:
        tb = table(h, app, clock, front)
        s = Sweep(h, tb, client)
        mina = await tb.player("Mina", locale=client)
        owner = h.user("owner", user_id=OWNER_ID, locale=client)
        await register(h, owner, "Owner")
        bob = await tb.player("Bob")  # an English opponent
        commands = sorted(
            (c for c in h.bot.tree.walk_commands() if isinstance(c, app_commands.Command)),
            key=lambda c: (c.qualified_name in LAST, c.qualified_name),
        )
        players = [c for c in commands if c.parent is None]
        staff = [c for c in commands if c.parent is not None]
        for command in players:
            if command.qualified_name not in LAST:
                await s.run(command, mina, {})
        # A match: found, confirmed, reported, each message's controls clicked as they come.
        await join(h, mina, bw="bw_zerg")
        await join(h, bob, sc2="sc2_terran")
        match_id = await wave(tb)
        for user in (mina, bob):
            await s.step()
            await h.click(f"match:{match_id}:confirm:{user.id}", user=user)
        await tb.drain()
        for message in reversed(h.dms_to(mina)):  # the newest first: report before abort
            await s.click_all(message.id, mina)
        values = {"match": str(match_id), "bob": "Bob"}
        for command in staff:
            await s.run(command, owner, values)
        for command in players:
            if command.qualified_name in LAST:
                await s.run(command, mina, {})
        await tb.drain()
        s.collect([mina, owner])
        await front.notifier.stop()
    return s


@pytest.mark.parametrize("client", CLIENTS)
async def test_every_answer_is_in_the_language_and_within_discords_limits(
    app: App, clock: ManualClock, client: str
) -> None:
    s = await sweep(app, clock, client)
    assert len(s.seen) > 100 and len(s.clicked) > 30  # the sweep reached the surfaces
    over = [
        (where, v) for where, callback in s.seen for v in limits.interaction_callback_violations(callback)
    ]
    assert over == [], over
    locale = match_locale(client)
    assert locale is not None
    if locale == "en":
        return
    fragments = english_fragments(locale)
    untranslated = sorted(
        {
            (fragment, text[:120])
            for where, callback in s.seen
            for text in readable(dict(callback.get("data") or {}))
            for fragment in fragments
            if fragment in text
        }
    )
    assert untranslated == [], untranslated
