"""``/admin`` on players through the real bot: finding anyone (mention, id, name, BattleTag, alt name,
autocomplete; ambiguity lists candidates), precise changes with old → new in the confirm step, the
player told once per action, and the owner's protection."""

from __future__ import annotations

import asyncio

from evoladder.bootstrap import App, build_app
from evoladder.services.clock import ManualClock
from tests.bot.cogs.conftest import ADMIN_CHANNEL_ID, OWNER_ID, database_rows, ladder_discord
from tests.bot.cogs.test_match import queue_up
from tests.bot.cogs.test_match_scenarios import Table, table
from tests.bot.harness import BotHarness, Exchange, FakeUser, Place, running_harness


async def sign_up(h: BotHarness, user: FakeUser, name: str, battletag: str, alt: str = "") -> None:
    """Registration with a chosen BattleTag and alt name."""
    await h.slash("termsofservice", user=user)
    await h.click(h.custom_id(f"terms:accept:{user.id}:"), user=user)
    await h.slash("setup", user=user)
    await h.submit_modal(user=user, values={"player_name": name, "battletag": battletag, "alt_one": alt})
    await h.click(h.custom_id(f"setup:country:{user.id}:", offering="KR"), user=user, values=["KR"])
    await h.click(h.custom_id(f"setup:region:{user.id}:"), user=user, values=["KRJ"])
    await h.click(h.custom_id(f"setup:confirm:{user.id}:"), user=user)


def admin_room(h: BotHarness) -> Place:
    return Place(channel_id=ADMIN_CHANNEL_ID, guild_id=h.guild_id, channel_name="ladder-admins")


async def confirm(h: BotHarness, admin: FakeUser, *, twice: bool = False) -> list[Exchange]:
    """Click the newest Confirm of ``admin`` (twice at once: a double click from a stale message)."""
    button = h.custom_id(f"admin:confirm:{admin.id}:")
    stale = dict(h.find_message(button).data)
    clicks = 2 if twice else 1
    return list(await asyncio.gather(*(h.click(button, user=admin, message=stale) for _ in range(clicks))))


async def ask(t: Table, admin: FakeUser, command: str, options: dict[str, object], **kw: Place) -> Exchange:
    """An admin runs an ``/admin`` command; time moves on first, as between an admin's real actions
    (the rate limit allows five state-changing steps in ten seconds)."""
    t.clock.advance(10)
    return await t.h.slash(command, user=admin, options=options, **kw)


def dms_containing(h: BotHarness, user: FakeUser, text: str) -> list[str]:
    return [m.content for m in h.dms_to(user) if text in m.content]


async def test_admins_find_players_by_battletag_alt_name_mention_id_and_autocomplete(
    app: App, clock: ManualClock
) -> None:
    front = ladder_discord(app)
    async with running_harness(front.bot) as h:
        t = table(h, app, clock, front)
        owner = h.user("owner", user_id=OWNER_ID)
        alice, bob, bobby = h.user("alice"), h.user("bob"), h.user("bobby")
        zedd, zara = h.user("zedd"), h.user("zara")
        await sign_up(h, alice, "Alice", "Alice#1234", "앨리스")
        await sign_up(h, bob, "Bob", "Bob#1234")
        await sign_up(h, bobby, "Bobby", "Bob#5678")
        await sign_up(h, zedd, "Zedd", "Zed#111")
        await sign_up(h, zara, "Zara", "Zed#222")

        for reference, user in (
            ("Bob#5678", bobby),  # a BattleTag
            ("앨리스", alice),  # an alt name
            (f"<@{bob.id}>", bob),  # a mention
            (str(zara.id), zara),  # a Discord id
            ("ALICE", alice),  # a player name, any case
        ):
            shown = await ask(t, owner, "admin player", {"player": reference})
            assert shown.ephemeral and user.username.title() in shown.embeds[0]["title"], (
                reference,
                shown.text(),
            )

        typed = await h.autocomplete("admin ban", user=owner, focused="player", options={"player": "bo"})
        assert [c["value"] for c in typed.choices] == [str(bob.id), str(bobby.id)]
        assert "Bob#5678" in typed.choices[1]["name"]
        stranger = await h.autocomplete("admin ban", user=alice, focused="player", options={"player": "bo"})
        assert stranger.choices == []  # nothing for someone who is not an admin

        ambiguous = await ask(t, owner, "admin ban", {"player": "zed", "reason": "smurfing"})
        assert ambiguous.ephemeral and "names 2 players" in ambiguous.content
        assert f"Zedd (Zed#111, id {zedd.id})" in ambiguous.content
        assert f"Zara (Zed#222, id {zara.id})" in ambiguous.content
        guess = await ask(t, owner, "admin ban", {"player": "Ali", "reason": "x"})
        assert "No player is called “Ali”. Did you mean: Alice / 앨리스 (Alice#1234" in guess.content
        nobody = await ask(t, owner, "admin player", {"player": "Nobody"})
        assert "No player matches “Nobody”" in nobody.content
        assert app.ladder.players.status(zedd.id).banned is False  # nothing was guessed


async def test_adjust_mmr_shows_old_to_new_and_a_double_click_tells_the_player_once(
    app: App, clock: ManualClock
) -> None:
    front = ladder_discord(app)
    async with running_harness(front.bot) as h:
        t = table(h, app, clock, front)
        owner, alice = h.user("owner", user_id=OWNER_ID), await t.player("Alice")
        options = {
            "player": "Alice",
            "race": "BW Zerg",
            "how": "add",
            "amount": 50,
            "reason": "lost to a bug",
        }
        asked = await ask(t, owner, "admin adjust_mmr", options)
        assert "BW Zerg: 1500 → **1550** (+50)" in asked.content and "lost to a bug" in asked.content
        done = await confirm(h, owner, twice=True)
        assert all("1500 → **1550** (+50)" in d.content for d in done if d.content.startswith("Done"))
        await t.drain()
        assert dms_containing(h, alice, "An admin changed your BW Zerg MMR") == [
            "An admin changed your BW Zerg MMR: 1500 → **1550** (+50). Reason: lost to a bug"
        ]
        await ask(t, owner, "admin adjust_mmr", {**options, "how": "subtract", "amount": 20})
        await confirm(h, owner)
        asked = await ask(t, owner, "admin adjust_mmr", {**options, "how": "set", "amount": 1600})
        assert "1530 → **1600** (+70)" in asked.content
        await confirm(h, owner)
        same = await ask(t, owner, "admin adjust_mmr", {**options, "how": "set", "amount": 1600})
        assert same.ephemeral and "nothing would change" in same.content
        await t.drain()
        assert "MMR **1600**" in (await h.slash("profile", user=alice)).text()
        assert len(dms_containing(h, alice, "An admin changed your BW Zerg MMR")) == 3
    await app.close()
    rows = database_rows(app.settings, "SELECT payload FROM admin_actions WHERE action = 'adjust_mmr'")
    assert len(rows) == 3


async def test_each_action_on_a_player_is_confirmed_audited_and_dmed_with_its_reason(
    app: App, clock: ManualClock
) -> None:
    front = ladder_discord(app)
    async with running_harness(front.bot) as h:
        t = table(h, app, clock, front)
        owner = h.user("owner", user_id=OWNER_ID)
        alice, bob, carol = await t.player("Alice"), await t.player("Bob"), await t.player("Carol")

        asked = await ask(
            t, owner, "admin reset_aborts", {"player": "Carol", "reason": "abused", "aborts_left": 1}
        )
        assert "this month: 3 → **1**" in asked.content
        await confirm(h, owner)
        await t.drain()
        assert dms_containing(h, carol, "you have 1 left") == [
            "An admin set your aborts for this month: you have 1 left. Reason: abused"
        ]
        assert app.ladder.views.aborts_left(carol.id) == 1

        await queue_up(h, carol, bw="bw_zerg")
        await ask(t, owner, "admin remove_queue", {"player": "Carol", "reason": "AFK"})
        await confirm(h, owner)
        await t.drain()
        assert dms_containing(h, carol, "took you out of the queue") == [
            "An admin took you out of the queue. Reason: AFK\nUse `/queue` to search again."
        ]

        match_id = await t.match(alice, bob)
        await ask(t, owner, "admin unblock", {"player": "Bob", "reason": "stuck"})
        [done] = await confirm(h, owner)
        assert f"match #{match_id} of Bob" in done.content
        await t.drain()
        assert dms_containing(h, alice, f"invalidated match #{match_id}") == [
            f"An admin invalidated match #{match_id}; it is over. No MMR changed.\nReason: stuck"
        ]

        for user in (alice, carol):
            clock.advance(10)
            await queue_up(h, user, bw="bw_zerg")
        asked = await ask(t, owner, "admin clear_queue", {"reason": "maintenance"})
        assert "(2 queued)" in asked.content
        await confirm(h, owner)
        await t.drain()
        for user in (alice, carol):
            assert len(dms_containing(h, user, "An admin cleared the queue")) == 1

        await ask(t, owner, "admin ban", {"player": "Bob", "reason": "match fixing"})
        await confirm(h, owner, twice=True)
        await t.drain()
        assert dms_containing(h, bob, "banned you") == [
            "An admin banned you from the ladder. Reason: match fixing\nIf you think this is a mistake, contact an admin."
        ]
        again = await ask(t, owner, "admin ban", {"player": "Bob", "reason": "twice"})
        assert "already banned" in again.content
        await ask(t, owner, "admin unban", {"player": "Bob", "reason": "appeal accepted"})
        await confirm(h, owner)
        await t.drain()
        assert len(dms_containing(h, bob, "lifted your ban")) == 1
    await app.close()
    actions = [
        a for (a,) in database_rows(app.settings, "SELECT action FROM admin_actions ORDER BY action_id")
    ]
    assert actions == ["reset_aborts", "remove_queue", "invalidate", "clear_queue", "ban", "unban"]


async def test_nobody_bans_the_owner_and_only_the_owner_bans_an_admin(app: App, clock: ManualClock) -> None:
    front = ladder_discord(app)
    async with running_harness(front.bot) as h:
        t = table(h, app, clock, front)
        owner = h.user("owner", user_id=OWNER_ID)
        await sign_up(h, owner, "Boss", "Boss#1234")
        carol, dave = await t.player("Carol"), await t.player("Dave")
        for admin in (carol, dave):
            await ask(t, owner, "admin add_admin", {"player": str(admin.id)}, place=admin_room(h))
            await confirm(h, owner)
        refused = await ask(t, carol, "admin ban", {"player": "Boss", "reason": "coup"})
        assert refused.ephemeral and refused.content == "The ladder's owner can't be banned."
        refused = await ask(t, carol, "admin ban", {"player": "Dave", "reason": "rival"})
        assert refused.content == "Only the ladder's owner can ban an admin."
        await ask(t, owner, "admin ban", {"player": "Dave", "reason": "abuse"})
        await confirm(h, owner)
        refused = await ask(t, carol, "admin unban", {"player": "Dave", "reason": "friend"})
        assert refused.content == "Only the ladder's owner can unban an admin."
        assert app.ladder.players.status(dave.id).banned and not app.ladder.players.status(OWNER_ID).banned


async def test_an_owner_banned_before_becoming_owner_can_still_unban_themself(
    app: App, clock: ManualClock
) -> None:
    front = ladder_discord(app)
    async with running_harness(front.bot) as h:
        t = table(h, app, clock, front)
        owner, zed = h.user("owner", user_id=OWNER_ID), await t.player("Zed")
        await ask(t, owner, "admin ban", {"player": "Zed", "reason": "old dispute"})
        await confirm(h, owner)
        await front.notifier.stop()
        await app.close()
        # The operator hands the ladder to Zed (EVOLADDER_OWNER_ID), who is still banned.
        settings = app.settings.model_copy(update={"owner_id": zed.id})
        reopened = await build_app(settings, app.game_data, clock=clock, start_pool=False)
        try:
            front2 = ladder_discord(reopened)
            await h.restart(front2.bot)
            t2 = Table(h, reopened, clock, front2)
            front2.notifier.start()
            shown = await h.slash("admin snapshot", user=zed)
            assert shown.ephemeral and "Ladder snapshot" in shown.text()  # not "You are banned"
            await ask(t2, zed, "admin unban", {"player": str(zed.id), "reason": "new owner"})
            await confirm(h, zed)
            await t2.drain()
            assert reopened.ladder.players.status(zed.id).banned is False
            await front2.notifier.stop()
        finally:
            await reopened.close()
