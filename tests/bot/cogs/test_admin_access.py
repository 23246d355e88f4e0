"""``/admin code_create``, ``/admin codes``, ``/admin code_revoke``: codes for one or N players with an
expiry, confirmed and audited; the list shows each code's uses and who used which."""

from __future__ import annotations

from evoladder.bootstrap import App
from evoladder.services.clock import ManualClock
from tests.bot.cogs.conftest import OWNER_ID, database_rows, ladder_discord
from tests.bot.cogs.test_access import closed_app, create_code
from tests.bot.cogs.test_admin import confirm
from tests.bot.cogs.test_setup import register
from tests.bot.harness import running_harness

__all__ = ["closed_app"]  # the fixture


async def test_admins_create_list_and_withdraw_codes(closed_app: App, clock: ManualClock) -> None:
    app = closed_app
    async with running_harness(ladder_discord(app).bot) as h:
        owner, alice, bob = h.user("owner", user_id=OWNER_ID), h.user("alice"), h.user("bob")
        asked = await h.slash("admin code_create", user=owner, options={"note": "for Alice", "uses": 1})
        assert asked.content.startswith(
            "Create an access code for 1 player(s), valid 7 day(s). For: for Alice"
        )
        await h.click(h.custom_id(f"admin:cancel:{owner.id}:"), user=owner)
        single = await create_code(h, clock, owner, 1, "for Alice")
        shared = await create_code(h, clock, owner, 2, "KR community night")
        await h.slash("activate", user=alice, options={"code": single})
        await register(h, alice, "Alice")
        clock.advance(60)
        await h.slash("activate", user=bob, options={"code": shared})
        listed = (await h.slash("admin codes", user=owner)).embeds[0]["description"].splitlines()
        assert listed[0].startswith(f"`{shared}` · active · used 1/2 · expires <t:")
        assert listed[0].endswith("KR community night")
        assert listed[1].startswith(f"↳ used by <@{bob.id}> (`{bob.id}`) <t:")  # Bob has no player name yet
        assert (
            listed[2].startswith(f"`{single}` · used up · used 1/1") and f"Alice (`{alice.id}`)" in listed[3]
        )

        clock.advance(10)
        asked = await h.slash(
            "admin code_revoke", user=owner, options={"code": shared.lower(), "reason": "leaked on a forum"}
        )
        assert asked.content.startswith(
            f"Withdraw the access code {shared} (used 1/2). Reason: leaked on a forum"
        )
        await confirm(h, owner)
        withdrawn = await h.slash("activate", user=h.user("carol"), options={"code": shared})
        assert (
            withdrawn.content == f"The code {shared} was withdrawn by an admin. Ask an admin for a new one."
        )
        unknown = await h.slash("admin code_revoke", user=owner, options={"code": "ZZZZ-ZZZZ", "reason": "x"})
        assert unknown.content == "There is no access code ZZZZ-ZZZZ."
    await app.close()
    actions = database_rows(app.settings, "SELECT action, target FROM admin_actions ORDER BY action_id")
    assert actions == [
        ("access_code_create", single),
        ("access_code_create", shared),
        ("access_code_revoke", shared),
    ]
