"""Every command option, autocomplete and form, fed maximal and hostile text (Hypothesis).

Whatever a client sends — 6,000 characters, NUL, lone surrogates, right-to-left overrides, emoji
sequences, full-width digits, Discord markup — the bot answers within Discord's limits (the harness
recorder refuses any request over them, as Discord would), answers in clear text (no control
characters or broken surrogates echoed back), logs no error, and stores nothing a database could not
hold. Input with a character the text rule refuses stores nothing at all.

The ladder, the bot and a disputed match are built once for the module; each example then runs one
hostile interaction on them (an ``asyncio.Runner`` keeps the bot's loop between examples).
"""

from __future__ import annotations

import asyncio
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import discord
import pytest
from discord import app_commands
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from evoladder.bootstrap import App, LadderDiscord, build_app
from evoladder.config import load_settings
from evoladder.gamedata import load_game_data
from evoladder.services.clock import ManualClock
from evoladder.store.facade import unstorable_text
from evoladder.store.journal import decode_entry
from evoladder.store.rows import Change
from tests.bot.cogs.conftest import (
    ADMIN_CHANNEL_ID,
    OWNER_ID,
    RESULTS_CHANNEL_ID,
    STAFF_ROLE_ID,
    START,
    ladder_discord,
)
from tests.bot.cogs.test_match import report
from tests.bot.cogs.test_match_scenarios import Table, table
from tests.bot.harness import BotHarness, Exchange, FakeUser, Place

# Discord's own bound on a string option, and what the bot's forms allow at most.
OPTION_MAX = 6000
PIECES = (
    "\x00",
    "\ud800",
    "\udfff",
    "\x1b[31m",
    "\u202e",
    "\u200f",
    "\u2066",
    "\ufeff",
    "e\u0301",
    "１２３４",
    "🏳️‍🌈",
    "👨‍👩‍👧‍👦",
    "\n",
    "\r\n",
    "\t",
    "<@123456789012345678>",
    "@everyone",
    "**",
    "`",
    "||",
    "#1234",
    "ﷺ",
    "Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇",
    "مرحبا",
    " ",
)
AUDIT_TABLES = frozenset({"command_calls"})
# Characters the text rule refuses: input holding one must change nothing.
REFUSED_CATEGORIES = frozenset({"Cc", "Cs"})


def hostile(max_size: int) -> st.SearchStrategy[str]:
    """Short mixes of the nasty pieces, any code point (surrogates included), and maximal lengths."""
    any_char = st.characters(exclude_categories=())
    return st.one_of(
        st.lists(st.one_of(st.sampled_from(PIECES), st.text(any_char, max_size=12)), max_size=10).map(
            "".join
        ),
        st.sampled_from(PIECES).map(lambda piece: piece * (max_size // len(piece) + 1)),
        st.text(any_char, min_size=max_size - 2, max_size=max_size),
    ).map(lambda text: text[:max_size])


def refused_characters(text: str) -> bool:
    return any(unicodedata.category(ch) in REFUSED_CATEGORIES and ch not in "\n\r\t" for ch in text) or any(
        "\ud800" <= ch <= "\udfff" for ch in text
    )


@dataclass(repr=False)
class Ladder:
    """The module's ladder: the app, its bot in a harness, registered players and a disputed match."""

    runner: asyncio.Runner
    clock: ManualClock
    app: App
    front: LadderDiscord
    h: BotHarness
    alice: FakeUser
    bob: FakeUser
    owner: FakeUser
    match_id: int
    admin_room: Place
    targets: list[tuple[str, str]] = field(default_factory=list)  # (command, string option)
    completions: list[tuple[str, str]] = field(default_factory=list)  # (command, autocompleted option)

    def __repr__(self) -> str:
        return "<the module's ladder>"

    def run(self, coro: Any) -> Any:
        return self.runner.run(coro)


async def _build(data_dir: Path, runner_loop_clock: ManualClock) -> tuple[App, LadderDiscord, BotHarness]:
    settings_ = load_settings(
        data_dir=data_dir,
        _env_file=None,
        owner_id=OWNER_ID,
        admin_channel_id=ADMIN_CHANNEL_ID,
        results_channel_id=RESULTS_CHANNEL_ID,
        staff_role_id=STAFF_ROLE_ID,
    )
    app = await build_app(settings_, load_game_data(), clock=runner_loop_clock, start_pool=False)
    front = ladder_discord(app)
    h = BotHarness()
    await h.start(front.bot)
    return app, front, h


def _commands(bot: discord.Client) -> Iterator[app_commands.Command[Any, ..., Any]]:
    tree: app_commands.CommandTree[Any] = bot.tree  # type: ignore[attr-defined]
    for command in tree.walk_commands():
        if isinstance(command, app_commands.Command):
            yield command


@pytest.fixture(scope="module")
def ladder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Ladder]:
    runner = asyncio.Runner()
    clock = ManualClock(START)
    app, front, h = runner.run(_build(tmp_path_factory.mktemp("hostile") / "data", clock))
    t: Table = table(h, app, clock, front)

    async def prepare() -> tuple[FakeUser, FakeUser, int]:
        alice, bob = await t.player("Alice"), await t.player("Bob")
        match_id = await t.match(alice, bob)
        await t.confirm_both(match_id, alice, bob)
        await report(h, alice, match_id, "win")
        await report(h, bob, match_id, "win")  # both claim the win: a dispute for the reason form
        await t.drain()
        return alice, bob, match_id

    alice, bob, match_id = runner.run(prepare())
    owner = h.user("owner", user_id=OWNER_ID)
    admin_room = Place(channel_id=ADMIN_CHANNEL_ID, guild_id=h.guild_id, channel_name="ladder-admins")
    built = Ladder(runner, clock, app, front, h, alice, bob, owner, match_id, admin_room)
    for command in _commands(front.bot):
        if any(p.type is discord.AppCommandOptionType.attachment and p.required for p in command.parameters):
            continue  # the harness has no uploads; replays are fed through DMs in their own tests
        for param in command.parameters:
            if param.type is discord.AppCommandOptionType.string and not param.choices:
                built.targets.append((command.qualified_name, param.display_name))
                if param.autocomplete:
                    built.completions.append((command.qualified_name, param.display_name))
    assert built.targets and built.completions, "no free-text options found: the walk is broken"
    try:
        yield built
    finally:
        runner.run(front.notifier.drained())
        runner.run(h.close())
        runner.run(app.close())
        runner.close()


def _valid_value(ladder: Ladder, param: app_commands.Parameter) -> object:
    """A sensible value for an option the example is not attacking."""
    kind = param.type
    if kind is discord.AppCommandOptionType.user:
        return ladder.alice
    if kind is discord.AppCommandOptionType.integer:
        return ladder.match_id if "match" in param.name else int(param.min_value or 1)
    if kind is discord.AppCommandOptionType.number:
        return float(param.min_value or 1)
    if kind is discord.AppCommandOptionType.boolean:
        return False
    if param.choices:
        return param.choices[0].value
    return "Alice"


def _options(ladder: Ladder, command_name: str, target: str, value: str) -> dict[str, object]:
    command = ladder.h._command(command_name.split())
    options: dict[str, object] = {}
    for param in command.parameters:
        if param.display_name == target:
            options[target] = value
        elif param.required:
            options[param.display_name] = _valid_value(ladder, param)
    return options


def _speaker(ladder: Ladder, command_name: str) -> tuple[FakeUser, Place | None]:
    if command_name.split()[0] == "admin":
        return ladder.owner, ladder.admin_room
    return ladder.alice, None


def _answer_texts(exchange: Exchange) -> list[str]:
    texts = [exchange.text()]
    texts += [choice["name"] for choice in exchange.choices]
    texts += [followup.content for followup in exchange.followups]
    return texts


def _check_clear(texts: list[str], context: str) -> None:
    for text in texts:
        assert not refused_characters(text), f"{context}: the answer echoes unreadable characters: {text!r}"


def _check_stored(ladder: Ladder, before_seq: int, value: str, context: str) -> list[Change]:
    """Everything stored is storable; refused input stored nothing; returns what was stored."""
    journal = ladder.app.store.journal
    records = journal.committed_after(before_seq - 1) if journal.next_seq > before_seq else []
    committed = [c for record in records for c in decode_entry(record.payload)]
    reason = unstorable_text([change.row for change in committed])
    assert reason is None, f"{context}: stored {reason}: {committed}"
    # Every command is counted (command, time, service time: never its input); anything else counts.
    committed = [change for change in committed if change.table not in AUDIT_TABLES]
    if refused_characters(value):
        assert not committed, f"{context}: input the text rule refuses still stored {committed}"
    return committed


def _check_loud_failures(ladder: Ladder, context: str) -> None:
    h = ladder.h
    assert h.recorder.problems == [], f"{context}: over Discord's limits: {h.recorder.problems}"
    assert [r.getMessage() for r in h.logged_errors] == [], f"{context}: errors logged"
    assert h.task_errors == [], f"{context}: a background task failed"


def _attack(ladder: Ladder, context: str, value: str, interact: Any) -> tuple[Exchange, list[Change]]:
    before = ladder.app.store.journal.next_seq
    exchange: Exchange = ladder.run(interact())
    ladder.run(ladder.front.notifier.drained())
    assert exchange.answered, f"{context}: no answer ('This interaction failed')"
    _check_clear(_answer_texts(exchange), context)
    stored = _check_stored(ladder, before, value, context)
    _check_loud_failures(ladder, context)
    return exchange, stored


EXAMPLES = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@EXAMPLES
@given(data=st.data(), value=hostile(OPTION_MAX))
def test_every_text_option_of_every_command_answers_clearly_within_limits(
    ladder: Ladder, data: st.DataObject, value: str
) -> None:
    command_name, target = data.draw(st.sampled_from(ladder.targets), label="option")
    user, place = _speaker(ladder, command_name)
    options = _options(ladder, command_name, target, value)
    ladder.clock.advance(61)  # past any cooldown between examples
    exchange, _ = _attack(
        ladder,
        f"/{command_name} {target}",
        value,
        lambda: ladder.h.slash(command_name, user=user, options=options, place=place),
    )
    assert exchange.text() or exchange.modal or exchange.message, f"/{command_name}: an empty answer"


@EXAMPLES
@given(data=st.data(), value=hostile(100))
def test_every_autocomplete_suggests_within_limits(ladder: Ladder, data: st.DataObject, value: str) -> None:
    command_name, target = data.draw(st.sampled_from(ladder.completions), label="option")
    user, place = _speaker(ladder, command_name)
    options = _options(ladder, command_name, target, value)
    exchange, stored = _attack(
        ladder,
        f"/{command_name} {target} (typing)",
        value,
        lambda: ladder.h.autocomplete(command_name, user=user, focused=target, options=options, place=place),
    )
    assert stored == [], "typing stores nothing"
    assert exchange.kind == 8  # APPLICATION_COMMAND_AUTOCOMPLETE_RESULT, possibly with no choices


def _text_inputs(modal: dict[str, Any]) -> list[dict[str, Any]]:
    inputs = []
    for row in modal.get("components") or []:
        children = [row.get("component") or {}] if row.get("type") == 18 else row.get("components") or []
        inputs += [c for c in children if c.get("type") == 4]
    return inputs


def _form_values(data: st.DataObject, modal: dict[str, Any]) -> dict[str, str]:
    """Hostile text in every field, each within the length Discord enforces for that field."""
    values = {}
    for text_input in _text_inputs(modal):
        max_length = int(text_input.get("max_length") or 4000)
        values[text_input["custom_id"]] = data.draw(hostile(max_length), label=text_input["custom_id"])
    return values


@EXAMPLES
@given(data=st.data())
def test_the_setup_form_refuses_hostile_text_clearly_and_stores_nothing_partial(
    ladder: Ladder, data: st.DataObject
) -> None:
    h, alice = ladder.h, ladder.alice
    modal = ladder.run(h.slash("setup", user=alice)).modal
    assert modal is not None, "/setup opens the form"
    values = _form_values(data, modal)
    answer, stored = _attack(
        ladder,
        "the /setup form",
        "".join(values.values()),
        lambda: h.submit_modal(user=alice, values=values, modal=modal),
    )
    assert answer.text(), "the form's answer says what happened"
    assert stored == [], "the form only previews: nothing is stored yet"


@EXAMPLES
@given(data=st.data())
def test_the_staff_reason_form_refuses_hostile_text_clearly(ladder: Ladder, data: st.DataObject) -> None:
    h, owner, match_id = ladder.h, ladder.owner, ladder.match_id
    ladder.clock.advance(11)
    ladder.run(h.slash("admin match", user=owner, options={"match_id": match_id}, place=ladder.admin_room))
    opened = ladder.run(h.click(f"admin:decide:{match_id}:void:{owner.id}", user=owner))
    modal = opened.modal
    assert modal is not None, "a decision asks for the reason"
    values = _form_values(data, modal)
    answer, stored = _attack(
        ladder,
        "the staff reason form",
        "".join(values.values()),
        lambda: h.submit_modal(user=owner, values=values, modal=modal),
    )
    assert answer.text(), "the form's answer says what happened"
    assert stored == [], "the reason only leads to a confirm step: nothing is decided yet"
