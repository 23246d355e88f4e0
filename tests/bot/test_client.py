"""The bot framework, proven through the real discord.py bot with raw gateway payloads."""

from __future__ import annotations

import asyncio
import hashlib
import logging

import pytest

from evoladder.bot.checks import PlayerStatus
from tests.bot.democog import COUNTRIES, READY_PLAYER, DemoCog, DemoLedger, DemoWorld
from tests.bot.harness import HarnessError, running_harness


async def test_a_slash_command_in_a_dm_is_answered_and_logged(world: DemoWorld) -> None:
    async with running_harness(world.build()) as h:
        alice = h.user("alice")
        world.gate.statuses[alice.id] = READY_PLAYER
        ex = await h.slash("hello", user=alice)
    assert ex.kind == 4
    assert ex.embeds[0]["description"] == "Hello alice."
    ids = [c["custom_id"] for row in ex.components for c in row["components"]]
    assert ids == [f"demo:press:{alice.id}", f"demo:cancel:{alice.id}", f"demo:colour:{alice.id}"]
    [call] = world.calls
    assert (call.user_id, call.command, call.kind, call.outcome) == (alice.id, "hello", "slash", "ok")
    assert call.service_ms >= 0


async def test_a_player_command_in_the_server_is_refused_with_where_to_use_it(world: DemoWorld) -> None:
    async with running_harness(world.build()) as h:
        alice = h.user("alice")
        world.gate.statuses[alice.id] = READY_PLAYER
        ex = await h.slash("hello", user=alice, place=h.guild_channel("general"))
    assert ex.kind == 4 and ex.ephemeral
    assert "direct message" in ex.content and "/hello" in ex.content
    assert ex.components == []
    assert world.calls[-1].outcome == "refused:not_in_dms"


async def test_terms_setup_and_ban_guards_answer_before_any_handler(world: DemoWorld) -> None:
    async with running_harness(world.build()) as h:
        newcomer, half, banned = h.user("newcomer"), h.user("half"), h.user("banned")
        world.gate.statuses[half.id] = PlayerStatus(terms_accepted=True)
        world.gate.statuses[banned.id] = PlayerStatus(
            banned=True, ban_reason="match fixing", terms_accepted=True, setup_done=True
        )
        assert "/termsofservice" in (await h.slash("hello", user=newcomer)).content
        assert "/setup" in (await h.slash("hello", user=half)).content
        for command in ("hello", "form", "anywhere"):
            notice = await h.slash(command, user=banned)
            assert notice.ephemeral and "banned" in notice.content and "match fixing" in notice.content
    assert [c.outcome for c in world.calls] == ["refused:terms_not_accepted", "refused:setup_incomplete"] + [
        "refused:banned"
    ] * 3


async def test_an_admin_command_refuses_non_admins_and_works_for_admins_in_the_server(
    world: DemoWorld,
) -> None:
    async with running_harness(world.build()) as h:
        player, admin = h.user("player"), h.user("admin")
        world.gate.statuses[player.id] = READY_PLAYER
        world.gate.statuses[admin.id] = PlayerStatus(is_admin=True)
        admin_channel = h.guild_channel("ladder-admins")
        refused = await h.slash("anywhere", user=player, place=admin_channel)
        done = await h.slash("anywhere", user=admin, place=admin_channel)
    assert refused.content == "Only ladder admins can use this."
    assert done.content == "Admin action done."


async def test_a_button_disables_itself_in_the_same_response(world: DemoWorld) -> None:
    async with running_harness(world.build()) as h:
        alice = h.user("alice")
        world.gate.statuses[alice.id] = READY_PLAYER
        hello = await h.slash("hello", user=alice)
        ex = await h.click(f"demo:press:{alice.id}", user=alice)
        assert ex.kind == 7 and ex.content == "Pressed."
        disabled = [c["disabled"] for row in ex.components for c in row["components"]]
        assert disabled == [True, True, True]
        assert hello.message is not None and hello.message.content == "Pressed."  # the same message, edited
        [edit] = h.edits(hello.message.id)
        assert edit["content"] == "Pressed." and h.last_response(alice) == ex.callback
        with pytest.raises(HarnessError, match="disabled"):
            await h.click(f"demo:press:{alice.id}", user=alice)
    assert world.calls[-1].kind == "component" and world.calls[-1].outcome == "ok"


async def test_another_players_button_is_refused_and_the_message_stays(world: DemoWorld) -> None:
    async with running_harness(world.build()) as h:
        alice, mallory = h.user("alice"), h.user("mallory")
        world.gate.statuses[alice.id] = world.gate.statuses[mallory.id] = READY_PLAYER
        hello = await h.slash("hello", user=alice)
        ex = await h.click(f"demo:press:{alice.id}", user=mallory)
        assert ex.kind == 4 and ex.ephemeral and "another player" in ex.content
        assert hello.message is not None and hello.message.component(f"demo:press:{alice.id}") is not None
        assert not hello.message.component(f"demo:press:{alice.id}")["disabled"]  # type: ignore[index]
        ledger = DemoLedger(world.ledger_path)
        assert ledger.effects("press") == []
        ledger.close()
    assert world.calls[-1].outcome == "refused:not_your_component"


async def test_a_double_click_has_one_effect(world: DemoWorld) -> None:
    async with running_harness(world.build()) as h:
        alice = h.user("alice")
        world.gate.statuses[alice.id] = READY_PLAYER
        hello = await h.slash("hello", user=alice)
        assert hello.message is not None
        stale = dict(hello.message.data)  # both clicks leave the client before any answer arrives
        first, second = await asyncio.gather(
            h.click(f"demo:press:{alice.id}", user=alice, message=stale),
            h.click(f"demo:press:{alice.id}", user=alice, message=stale),
        )
        assert {first.content, second.content} == {"Pressed.", "Pressed (already counted)."}
    ledger = DemoLedger(world.ledger_path)
    assert ledger.effects("press") == [(alice.id, "press")]
    ledger.close()


async def test_a_redelivered_interaction_is_handled_once(world: DemoWorld) -> None:
    async with running_harness(world.build()) as h:
        alice = h.user("alice")
        world.gate.statuses[alice.id] = READY_PLAYER
        first = await h.slash("act", user=alice, options={"amount": 3})
        again = await h.deliver(first.payload)  # the gateway delivers the same INTERACTION_CREATE again
        assert first.content == "Done: 3."
        assert again.requests == []  # no second answer (Discord would reject it) and no second effect
        hello = await h.slash("hello", user=alice)
        click = await h.click(f"demo:press:{alice.id}", user=alice)
        click_again = await h.deliver(click.payload)
        assert hello.answered and click_again.requests == []
    ledger = DemoLedger(world.ledger_path)
    assert ledger.effects("act") == [(alice.id, "act=3")]
    assert ledger.effects("press") == [(alice.id, "press")]
    ledger.close()
    assert [c.command for c in world.calls] == ["act", "hello", f"button demo:press:{alice.id}"]


async def test_a_select_passes_the_chosen_values(world: DemoWorld) -> None:
    async with running_harness(world.build()) as h:
        alice = h.user("alice")
        world.gate.statuses[alice.id] = READY_PLAYER
        await h.slash("hello", user=alice)
        ex = await h.click(f"demo:colour:{alice.id}", user=alice, values=["green"])
        assert ex.kind == 7 and ex.content == "You picked green."
        with pytest.raises(HarnessError, match="not options"):
            await h.slash("hello", user=alice)
            await h.click(f"demo:colour:{alice.id}", user=alice, values=["purple"])


async def test_a_modal_rejects_bad_input_with_a_clear_message_and_accepts_good_input(
    world: DemoWorld,
) -> None:
    async with running_harness(world.build()) as h:
        alice = h.user("alice")
        world.gate.statuses[alice.id] = READY_PLAYER
        shown = await h.slash("form", user=alice)
        assert shown.kind == 9 and shown.modal is not None and shown.modal["title"] == "Your player name"
        bad = await h.submit_modal(user=alice, values={"name": "x1"})
        assert bad.ephemeral and bad.content.startswith(
            "Player name “x1” is not valid: use 3–12 Latin letters"
        )
        await h.slash("form", user=alice)
        good = await h.submit_modal(user=alice, values={"name": "Alice"})
        assert good.content == "Saved your name as Alice."
    ledger = DemoLedger(world.ledger_path)
    assert ledger.effects("name") == [(alice.id, "name=Alice")]
    ledger.close()
    assert [c.outcome for c in world.calls if c.kind == "modal"] == ["refused:ValidationFailed", "ok"]


async def test_autocomplete_suggestions_stay_within_25(world: DemoWorld) -> None:
    async with running_harness(world.build()) as h:
        alice = h.user("alice")
        world.gate.statuses[alice.id] = READY_PLAYER
        ex = await h.autocomplete("country", user=alice, focused="name", options={"name": "country"})
        assert ex.kind == 8 and len(ex.choices) == 25
        narrow = await h.autocomplete("country", user=alice, focused="name", options={"name": "y 4"})
        assert [c["value"] for c in narrow.choices] == [c for c in COUNTRIES if "y 4" in c]
        picked = await h.slash("country", user=alice, options={"name": "Country 42"})
        unknown = await h.slash("country", user=alice, options={"name": "Atlantis"})
    assert picked.content == "Country: Country 42."
    assert "“Atlantis” is not a country we know" in unknown.content


async def test_a_dm_with_an_attachment_is_downloaded_and_answered_in_the_dm(world: DemoWorld) -> None:
    data = b"MPQ\x1b replay bytes"
    async with running_harness(world.build()) as h:
        alice = h.user("alice")
        await h.dm_attachment(alice, "game.SC2Replay", data)
        await h.dm_attachment(alice, "huge.SC2Replay", b"x" * 100)
        answers = [m.content for m in h.dms_to(alice)]
    digest = hashlib.sha256(data).hexdigest()[:12]
    assert answers == [
        f"Received `game.SC2Replay`: {len(data)} bytes, sha256 {digest}.",
        "`huge.SC2Replay` is too large (limit 64 bytes).",
    ]


async def test_an_unexpected_error_is_logged_with_context_and_answered_with_an_apology(
    world: DemoWorld, caplog: pytest.LogCaptureFixture
) -> None:
    async with running_harness(world.build(), allow_errors=True) as h:
        alice = h.user("alice")
        world.gate.statuses[alice.id] = READY_PLAYER
        with caplog.at_level(logging.ERROR):
            ex = await h.slash("boom", user=alice)
        after = await h.slash("hello", user=alice)  # the bot keeps working
    assert "something went wrong on our side" in ex.content and str(ex.interaction.id) in ex.content  # type: ignore[union-attr]
    [record] = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert f"interaction={ex.interaction.id}" in record.getMessage() and "boom" in record.getMessage()  # type: ignore[union-attr]
    assert record.exc_info is not None
    assert after.kind == 4
    assert world.calls[0].outcome == "error"


async def test_state_changing_commands_are_rate_limited_politely(world: DemoWorld) -> None:
    async with running_harness(world.build()) as h:
        alice = h.user("alice")
        world.gate.statuses[alice.id] = READY_PLAYER
        answers = [(await h.slash("act", user=alice, options={"amount": i})).content for i in range(1, 8)]
        read = await h.slash("hello", user=alice)  # reads are not limited
    assert answers[:5] == [f"Done: {i}." for i in range(1, 6)]
    assert all("going a little fast" in a and "Nothing was changed" in a for a in answers[5:])
    assert read.kind == 4
    ledger = DemoLedger(world.ledger_path)
    assert len(ledger.effects("act")) == 5
    ledger.close()


async def test_an_answer_over_discords_limits_fails_the_exchange(world: DemoWorld) -> None:
    async with running_harness(world.build(), allow_errors=True) as h:
        alice = h.user("alice")
        world.gate.statuses[alice.id] = READY_PLAYER
        with pytest.raises(HarnessError, match="title has 300 characters"):
            await h.slash("toolong", user=alice)


async def test_after_a_restart_old_buttons_still_work_and_commands_are_not_synced_again(
    world: DemoWorld,
) -> None:
    async with running_harness(world.build()) as h:
        alice = h.user("alice")
        world.gate.statuses[alice.id] = READY_PLAYER
        hello = await h.slash("hello", user=alice)
        syncs_before = [r for r in h.requests if r.method == "PUT" and r.route.endswith("/commands")]
        await h.restart(world.build())  # a new process: new bot, new ledger connection, same files
        ex = await h.click(f"demo:press:{alice.id}", user=alice)
        syncs_after = [r for r in h.requests if r.method == "PUT" and r.route.endswith("/commands")]
    assert ex.kind == 7 and ex.content == "Pressed."
    assert hello.message is not None and hello.message.content == "Pressed."
    assert len(syncs_before) == 1
    assert {c["name"] for c in syncs_before[0].json} == {
        "hello",
        "form",
        "act",
        "country",
        "boom",
        "toolong",
        "anywhere",
        "manage",
        "slow",
        "later",
        "silent",
    }
    assert len(syncs_after) == 1  # unchanged definitions are not uploaded again


async def test_every_captured_request_is_json_discord_understands(world: DemoWorld) -> None:
    async with running_harness(world.build()) as h:
        alice = h.user("alice")
        world.gate.statuses[alice.id] = READY_PLAYER
        await h.slash("hello", user=alice)
        await h.click(f"demo:cancel:{alice.id}", user=alice)
        routes = [(r.via, r.method, r.route) for r in h.requests]
    assert routes == [
        ("http", "GET", "/users/@me"),
        ("http", "GET", "/oauth2/applications/@me"),
        ("http", "PUT", "/applications/{application_id}/commands"),
        ("webhook", "POST", "/interactions/{webhook_id}/{webhook_token}/callback"),
        ("webhook", "POST", "/interactions/{webhook_id}/{webhook_token}/callback"),
    ]
    assert all(r.violations == [] for r in h.requests)


async def test_an_admin_subcommand_with_a_user_option_dms_the_player_and_posts_to_the_admin_channel(
    world: DemoWorld,
) -> None:
    async with running_harness(world.build()) as h:
        admin, owner, bob = h.user("admin"), h.user("owner"), h.user("bob")
        world.gate.statuses[admin.id] = PlayerStatus(is_admin=True)
        world.gate.statuses[owner.id] = PlayerStatus(is_owner=True)
        channel = h.guild_channel("ladder-admins")
        ban = await h.slash(
            "manage ban", user=admin, options={"player": bob, "reason": "smurfing"}, place=channel
        )
        assert ban.content == "Banned bob." and ban.ephemeral
        assert [m.content for m in h.dms_to(bob)] == ["You were banned from the ladder. Reason: smurfing"]
        assert [m.content for m in h.channel_messages(world.admin_channel_id)] == [
            "admin banned bob: smurfing"
        ]
        refused = await h.slash("manage addadmin", user=admin, options={"player": bob}, place=channel)
        added = await h.slash("manage addadmin", user=owner, options={"player": bob}, place=channel)
    assert refused.content == "Only the ladder owner can manage admins."
    assert added.content == "bob is now an admin."
    assert [c.command for c in world.calls] == ["manage ban", "manage addadmin", "manage addadmin"]


async def test_a_deferred_answer_with_a_follow_up_and_an_edit(world: DemoWorld) -> None:
    async with running_harness(world.build()) as h:
        alice = h.user("alice")
        world.gate.statuses[alice.id] = READY_PLAYER
        ex = await h.slash("slow", user=alice)
    assert ex.kind == 5 and ex.ephemeral
    assert ex.message is not None and ex.message.content == "All done."
    assert [m.content for m in ex.followups] == ["Step 1 done."]
    assert [r.route for r in ex.requests] == [
        "/interactions/{webhook_id}/{webhook_token}/callback",
        "/webhooks/{webhook_id}/{webhook_token}",
        "/webhooks/{webhook_id}/{webhook_token}/messages/@original",
    ]


async def test_background_work_started_by_a_command_reaches_the_player(world: DemoWorld) -> None:
    async with running_harness(world.build()) as h:
        alice = h.user("alice")
        world.gate.statuses[alice.id] = READY_PLAYER
        ex = await h.slash("later", user=alice)
        assert ex.content == "Reminder set." and h.dms_to(alice) == []
        await h.wait_until(lambda: len(h.dms_to(alice)) == 1, what="the reminder DM")
    assert h.dms_to(alice)[0].content == "Reminder!"


async def test_a_gateway_reconnect_does_not_start_background_work_again(world: DemoWorld) -> None:
    async with running_harness(world.build()) as h:
        await h.ready()  # the gateway reconnected and sent READY again
        await h.ready()
        cog = h.bot.get_cog("DemoCog")
        assert isinstance(cog, DemoCog)
        assert cog.ready_count == 3
    assert world.started == 1


async def test_the_harness_fails_an_interaction_the_bot_never_answers(world: DemoWorld) -> None:
    async with running_harness(world.build()) as h:
        alice = h.user("alice")
        world.gate.statuses[alice.id] = READY_PLAYER
        with pytest.raises(HarnessError, match="never answered"):
            await h.slash("silent", user=alice)


async def test_a_command_discord_still_shows_but_the_bot_no_longer_has_is_answered(world: DemoWorld) -> None:
    async with running_harness(world.build()) as h:
        alice = h.user("alice")
        world.gate.statuses[alice.id] = READY_PLAYER
        payload = (await h.slash("hello", user=alice)).payload
        stale = payload | {"id": str(h.snowflakes()), "data": payload["data"] | {"name": "removed"}}
        stale["token"] = f"interaction-token-{stale['id']}"
        answer = await h.deliver(stale)
    assert answer.ephemeral and "not available any more" in answer.content
