"""``/activate CODE`` and the access guard: in a closed season (``EVOLADDER_ACCESS=code``) nothing past
the terms works until a player redeems a code; codes run out at their limit with a clear message."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator

import pytest

from evoladder.bootstrap import App, build_app
from evoladder.config import Settings
from evoladder.gamedata import GameData
from evoladder.services.clock import ManualClock
from tests.bot.cogs.conftest import OWNER_ID, ladder_discord
from tests.bot.cogs.test_admin import confirm
from tests.bot.cogs.test_setup import register
from tests.bot.harness import BotHarness, FakeUser, running_harness

INVITATION = "This season is open by invitation: use `/activate` with the code an admin gave you."


@pytest.fixture()
async def closed_app(settings: Settings, game_data: GameData, clock: ManualClock) -> AsyncIterator[App]:
    built = await build_app(
        settings.model_copy(update={"access": "code"}), game_data, clock=clock, start_pool=False
    )
    try:
        yield built
    finally:
        await built.close()


async def create_code(h: BotHarness, clock: ManualClock, admin: FakeUser, uses: int, note: str) -> str:
    clock.advance(10)
    await h.slash("admin code_create", user=admin, options={"note": note, "uses": uses, "valid_days": 7})
    [done] = await confirm(h, admin)
    found = re.search(r"\*\*([A-Z0-9]{4}-[A-Z0-9]{4})\*\*", done.content)
    assert found, done.content
    return found.group(1)


async def test_a_closed_season_opens_with_a_code_until_the_code_runs_out(
    closed_app: App, clock: ManualClock
) -> None:
    app = closed_app
    async with running_harness(ladder_discord(app).bot) as h:
        owner, alice, bob = h.user("owner", user_id=OWNER_ID), h.user("alice"), h.user("bob")
        await h.slash("termsofservice", user=alice)
        await h.click(h.custom_id(f"terms:accept:{alice.id}:"), user=alice)
        for command in ("setup", "queue", "profile"):
            refused = await h.slash(command, user=alice)
            assert refused.ephemeral and refused.content == INVITATION, command
        unknown = await h.slash("activate", user=alice, options={"code": "ABCD-EFGH"})
        assert unknown.content == "There is no access code ABCD-EFGH. Check it, or ask an admin for one."

        single = await create_code(h, clock, owner, 1, "for Alice")
        lower = single.lower().replace("-", " ")
        done = await h.slash("activate", user=alice, options={"code": lower})
        assert done.ephemeral and done.content.startswith(f"Your access is activated with the code {single}.")
        twice = await h.slash("activate", user=alice, options={"code": single})
        assert twice.content == "Your access is already activated; you don't need another code."
        beyond = await h.slash("activate", user=bob, options={"code": single})
        assert beyond.content == (
            f"The code {single} has already been used once, its limit. Ask an admin for a new one."
        )
        await register(h, alice, "Alice")  # terms again is harmless; setup now passes the guard
        assert app.ladder.players.status(alice.id).setup_done
        assert (await h.slash("admin snapshot", user=owner)).ephemeral  # admins need no code


async def test_an_open_season_needs_no_code_and_offers_no_activate(app: App) -> None:
    front = ladder_discord(app)
    assert "activate" not in {c.name for c in front.bot.tree.get_commands()}
    async with running_harness(front.bot) as h:
        alice = h.user("alice")
        await register(h, alice, "Alice")
        assert (await h.slash("profile", user=alice)).embeds
