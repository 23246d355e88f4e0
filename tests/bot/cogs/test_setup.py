"""Terms, setup, country and profile through the real bot over the real services and store."""

from __future__ import annotations

import asyncio

from evoladder.bootstrap import App
from tests.bot.cogs.conftest import database_rows, ladder_bot
from tests.bot.harness import BotHarness, FakeUser, running_harness


async def register(
    h: BotHarness, user: FakeUser, name: str, *, country: str = "KR", region: str = "KRJ"
) -> None:
    """The whole registration as a player clicks through it."""
    await h.slash("termsofservice", user=user)
    await h.click(h.custom_id(f"terms:accept:{user.id}:"), user=user)
    await h.slash("setup", user=user)
    await h.submit_modal(user=user, values={"player_name": name, "battletag": f"{name}#1234"})
    await h.click(h.custom_id(f"setup:country:{user.id}:", offering=country), user=user, values=[country])
    await h.click(h.custom_id(f"setup:region:{user.id}:"), user=user, values=[region])
    await h.click(h.custom_id(f"setup:confirm:{user.id}:"), user=user)


async def test_a_new_player_registers_step_by_step_with_clear_refusals(app: App) -> None:
    async with running_harness(ladder_bot(app)) as h:
        alice = h.user("alice")
        assert "/termsofservice" in (await h.slash("profile", user=alice)).content

        terms = await h.slash("termsofservice", user=alice)
        assert (
            terms.embeds[0]["title"] == "Ladder terms of service" and app.settings.terms_url in terms.text()
        )
        accept = h.custom_id(f"terms:accept:{alice.id}:")
        accepted = await h.click(accept, user=alice)
        assert accepted.kind == 7 and "terms are accepted" in accepted.content
        assert "/setup" in (await h.slash("profile", user=alice)).content

        form = await h.slash("setup", user=alice)
        assert form.kind == 9
        bad = await h.submit_modal(user=alice, values={"player_name": "x1", "battletag": "alice#1234"})
        assert bad.ephemeral and "Player name “x1” is not valid" in bad.content
        await h.slash("setup", user=alice)
        bad_tag = await h.submit_modal(user=alice, values={"player_name": "Alice", "battletag": "alice"})
        assert "BattleTag “alice” is not valid" in bad_tag.content
        assert app.ladder.players.status(alice.id).setup_done is False  # nothing partial was written

        await h.slash("setup", user=alice)
        preview = await h.submit_modal(
            user=alice, values={"player_name": "Alice", "battletag": "Alice#1234", "alt_one": "앨리스"}
        )
        assert preview.message is not None
        confirm = h.custom_id(f"setup:confirm:{alice.id}:")
        assert preview.message.component(confirm)["disabled"] is True  # type: ignore[index]
        await h.click(h.custom_id(f"setup:country:{alice.id}:", offering="KR"), user=alice, values=["KR"])
        picked = await h.click(h.custom_id(f"setup:region:{alice.id}:"), user=alice, values=["KRJ"])
        assert "Korea" in picked.text()
        done = await h.click(confirm, user=alice)
        assert "Welcome to the ladder, Alice" in done.content
        assert all(c["disabled"] for row in done.components for c in row["components"])

        profile = await h.slash("profile", user=alice)
        assert (
            "Alice" in profile.embeds[0]["title"]
            and "Alice#1234" in profile.text()
            and "앨리스" in profile.text()
        )

        suggestions = await h.autocomplete(
            "setcountry", user=alice, focused="country", options={"country": "germ"}
        )
        assert "DE" in {c["value"] for c in suggestions.choices}
        preview = await h.slash("setcountry", user=alice, options={"country": "Germany"})
        assert preview.content == "Change your country from 🇰🇷 South Korea (KR) to 🇩🇪 Germany (DE)?"
        assert "Korea" in (await h.slash("profile", user=alice)).text()  # nothing changed yet
        changed = await h.click(h.custom_id(f"country:confirm:{alice.id}:DE:"), user=alice)
        assert changed.content == "Your country is now 🇩🇪 Germany (DE)."
        assert all(c["disabled"] for row in changed.components for c in row["components"])
        unknown = await h.slash("setcountry", user=alice, options={"country": "Atlantis"})
        assert "is not a country code we know" in unknown.content
        assert "Germany" in (await h.slash("profile", user=alice)).text()
        same = await h.slash("setcountry", user=alice, options={"country": "DE"})
        assert same.content == "Your country is already 🇩🇪 Germany (DE); nothing to change."
        await h.slash("setcountry", user=alice, options={"country": "FR"})
        kept = await h.click(h.custom_id(f"country:cancel:{alice.id}:"), user=alice)
        assert kept.content == "Nothing was changed: your country stays 🇩🇪 Germany (DE)."
    await app.close()
    logs = database_rows(
        app.settings,
        f"SELECT field, old_value, new_value FROM player_action_logs WHERE discord_uid = {alice.id}",
    )
    assert ("country", "KR", "DE") in logs and ("player_name", None, "Alice") in logs
    commands = [
        r[0]
        for r in database_rows(
            app.settings, f"SELECT command FROM command_calls WHERE discord_uid = {alice.id}"
        )
    ]
    assert commands[:2] == ["profile", "termsofservice"] and "setcountry" in commands


async def test_a_double_click_on_accept_and_confirm_writes_once(app: App) -> None:
    async with running_harness(ladder_bot(app)) as h:
        bob = h.user("bob")
        await h.slash("termsofservice", user=bob)
        accept = h.custom_id(f"terms:accept:{bob.id}:")
        stale = dict(h.find_message(accept).data)
        await asyncio.gather(*(h.click(accept, user=bob, message=stale) for _ in range(2)))
        await h.slash("setup", user=bob)
        await h.submit_modal(user=bob, values={"player_name": "Bob", "battletag": "Bob#1234"})
        await h.click(h.custom_id(f"setup:country:{bob.id}:", offering="FR"), user=bob, values=["FR"])
        await h.click(h.custom_id(f"setup:region:{bob.id}:"), user=bob, values=["EUW"])
        confirm = h.custom_id(f"setup:confirm:{bob.id}:")
        stale = dict(h.find_message(confirm).data)
        answers = await asyncio.gather(*(h.click(confirm, user=bob, message=stale) for _ in range(2)))
        assert sum("Welcome" in a.content for a in answers) >= 1
    await app.close()
    logs = database_rows(app.settings, f"SELECT field FROM player_action_logs WHERE discord_uid = {bob.id}")
    assert [f for (f,) in logs].count("terms_accepted_at") == 1
    assert [f for (f,) in logs].count("player_name") == 1


async def test_a_setup_draft_lost_to_a_restart_is_answered_clearly(app: App) -> None:
    async with running_harness(ladder_bot(app)) as h:
        carol = h.user("carol")
        await register(h, carol, "Carol")
        await h.slash("setup", user=carol)
        await h.submit_modal(user=carol, values={"player_name": "Carol", "battletag": "Carol#9999"})
        await h.restart(ladder_bot(app))
        expired = await h.click(h.custom_id(f"setup:region:{carol.id}:"), user=carol, values=["NAW"])
        assert expired.ephemeral and "run `/setup` again" in expired.content
        again = await h.slash("setup", user=carol)
        assert again.modal is not None
        defaults = {
            c["custom_id"]: c.get("value") for row in again.modal["components"] for c in row["components"]
        }
        assert defaults["player_name"] == "Carol" and defaults["battletag"] == "Carol#1234"


async def test_try_again_reopens_the_form_with_every_typed_value(app: App) -> None:
    async with running_harness(ladder_bot(app)) as h:
        dana = h.user("dana")
        await h.slash("termsofservice", user=dana)
        await h.click(h.custom_id(f"terms:accept:{dana.id}:"), user=dana)
        await h.slash("setup", user=dana)
        typed = {"player_name": "Dana7", "battletag": "Dana#1234", "alt_one": "다나야", "alt_two": "Dana2"}
        refused = await h.submit_modal(user=dana, values=typed)
        assert refused.ephemeral and "Player name “Dana7” is not valid" in refused.content
        assert "Try again" in refused.content
        retry = h.custom_id(f"setup:retry:{dana.id}:")
        form = await h.click(retry, user=dana)
        assert form.modal is not None
        defaults = {
            c["custom_id"]: c.get("value") for row in form.modal["components"] for c in row["components"]
        }
        assert defaults == typed  # every value as typed, the bad one included, to correct in place

        fixed = await h.submit_modal(user=dana, values={**typed, "player_name": "Dana"})
        assert fixed.embeds, fixed.content
        assert fixed.embeds[0]["title"] == "Your ladder registration" and "다나야" in fixed.text()
        await h.click(h.custom_id(f"setup:country:{dana.id}:", offering="KR"), user=dana, values=["KR"])
        await h.click(h.custom_id(f"setup:region:{dana.id}:"), user=dana, values=["KRJ"])
        done = await h.click(h.custom_id(f"setup:confirm:{dana.id}:"), user=dana)
        assert "Welcome to the ladder, Dana" in done.content

        # A name another player registered is found at Confirm: Try again keeps the picks too.
        erin = h.user("erin")
        await h.slash("termsofservice", user=erin)
        await h.click(h.custom_id(f"terms:accept:{erin.id}:"), user=erin)
        await h.slash("setup", user=erin)
        await h.submit_modal(user=erin, values={"player_name": "Dana", "battletag": "Erin#1234"})
        await h.click(h.custom_id(f"setup:country:{erin.id}:", offering="FR"), user=erin, values=["FR"])
        await h.click(h.custom_id(f"setup:region:{erin.id}:"), user=erin, values=["EUW"])
        taken = await h.click(h.custom_id(f"setup:confirm:{erin.id}:"), user=erin)
        assert taken.ephemeral and "Try again" in taken.content
        again = await h.click(h.custom_id(f"setup:retry:{erin.id}:"), user=erin)
        assert again.modal is not None
        kept = {
            c["custom_id"]: c.get("value") for row in again.modal["components"] for c in row["components"]
        }
        assert kept["player_name"] == "Dana" and kept["battletag"] == "Erin#1234"
        preview = await h.submit_modal(user=erin, values={"player_name": "Erin", "battletag": "Erin#1234"})
        assert "France" in preview.text(), (preview.content, preview.embeds)
        saved = await h.click(h.custom_id(f"setup:confirm:{erin.id}:"), user=erin)
        assert "Welcome to the ladder, Erin" in saved.content
