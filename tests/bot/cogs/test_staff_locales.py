"""The staff tools in each shipped language: an admin reads ``/admin`` (the confirm step, the case of a
match, its decision buttons and reason form, the snapshot and dispute pages, refusals) in their own
Discord language, and the players they act on are told in theirs; ``/activate`` answers in the
player's language. The staff feed, one channel for many readers, stays in the ladder's default language.
Everything fits Discord's limits."""

from __future__ import annotations

from collections.abc import Iterable

import pytest

from evoladder.bootstrap import App
from evoladder.bot import limits
from evoladder.i18n import Catalog, TextArg, t
from evoladder.services.clock import ManualClock
from tests.bot.cogs.conftest import ADMIN_CHANNEL_ID, OWNER_ID, ladder_discord
from tests.bot.cogs.test_access import closed_app, create_code
from tests.bot.cogs.test_admin import confirm
from tests.bot.cogs.test_match_scenarios import table
from tests.bot.harness import Exchange, running_harness

__all__ = ["closed_app"]  # the fixture: a closed (access code) season

# Discord's locale of the client → the catalog that answers it.
CLIENTS = {"ko": "ko", "zh-CN": "zh-CN", "es-419": "es-419", "ru": "ru", "es-ES": "es-419"}
ENGLISH = ("Confirm?", "Done:", "Ladder snapshot", "Player 1", "An admin", "Reason for match")


def fits(exchanges: Iterable[Exchange]) -> None:
    for exchange in exchanges:
        assert exchange.callback is not None
        assert limits.interaction_callback_violations(exchange.callback) == [], exchange.callback


def english_free(text: str) -> None:
    for phrase in ENGLISH:
        assert phrase not in text, (phrase, text)


class Reader:
    """Renders catalog messages in one locale, as the bot should have."""

    def __init__(self, catalog: Catalog, locale: str) -> None:
        self.catalog, self.locale = catalog, locale

    def __call__(self, key: str, **args: TextArg) -> str:
        return self.catalog.render(t(key, **args), self.locale)


@pytest.mark.parametrize("client", sorted(CLIENTS))
async def test_an_admin_and_the_player_read_an_admin_action_in_their_own_language(
    app: App, clock: ManualClock, client: str
) -> None:
    front = ladder_discord(app)
    say = Reader(front.notifier.voices.catalog, CLIENTS[client])
    async with running_harness(front.bot) as h:
        tb = table(h, app, clock, front)
        owner = h.user("owner", user_id=OWNER_ID, locale=client)
        alice = await tb.player("Alice", locale=client)
        # Bob and Carol queue from English clients (the queue helpers read English), then choose the
        # admin's language with /language: the ladder's DMs follow that choice.
        bob, carol = await tb.player("Bob"), await tb.player("Carol")
        who = say("staff-player", name="Alice", discord_id=str(alice.id))

        clock.advance(10)
        asked = await h.slash("admin ban", user=owner, options={"player": "Alice", "reason": "smurf"})
        description = say("staff-ask-ban", player=who, reason="smurf")
        assert asked.content == say("staff-ask", description=description)
        labels = [c["label"] for row in asked.components for c in row["components"]]
        assert labels == [say("staff-confirm"), say("staff-cancel")]
        [done] = await confirm(h, owner)
        assert done.content == say("staff-done", done=say("staff-done-ban", player=who))
        await tb.drain()
        assert h.dms_to(alice)[-1].content == say("staff-dm-banned", reason="smurf")
        feed = h.channel_messages(ADMIN_CHANNEL_ID)[-1].content
        assert feed.startswith(f"⛔ Alice (`{alice.id}`) banned by ")  # the shared channel: English

        clock.advance(10)
        cancelled_ask = await h.slash("admin unban", user=owner, options={"player": "Alice", "reason": "ok"})
        cancelled = await h.click(h.custom_id(f"admin:cancel:{owner.id}:"), user=owner)
        assert cancelled.content == say("staff-cancelled")
        clock.advance(10)
        unknown_race = await h.slash(
            "admin adjust_mmr",
            user=owner,
            options={"player": "Bob", "race": "Protoss?", "how": "add", "amount": 5, "reason": "x"},
        )
        assert unknown_race.content == say("staff-unknown-race", typed="Protoss?")

        clock.advance(10)
        snapshot = await h.slash("admin snapshot", user=owner)
        page = snapshot.embeds[0]
        assert page["title"] == say("staff-snapshot-title", page=1, pages=1)
        assert say("staff-running-header", count=0) in page["description"]
        assert say("staff-reachable") in page["description"]
        disputes = await h.slash("admin disputes", user=owner)
        assert disputes.embeds[0]["description"] == say("staff-no-disputes")

        match_id = await tb.match(bob, carol)
        await tb.confirm_both(match_id, bob, carol)
        for player in (bob, carol):
            await h.slash("language", user=player)
            clock.advance(10)
            picker = h.custom_id(f"language:pick:{player.id}")
            await h.click(picker, user=player, values=[CLIENTS[client]])
        clock.advance(10)
        case = await h.slash("admin match", user=owner, options={"match_id": match_id})
        embed = case.embeds[0]
        assert embed["title"] == say(
            "staff-case-title", match_id=str(match_id), status=say("staff-status-in-progress")
        )
        assert [f["name"] for f in embed["fields"][:2]] == [
            say("staff-side-title", n=1),
            say("staff-side-title", n=2),
        ]
        assert say("staff-side-no-report") in embed["fields"][0]["value"]
        assert embed["footer"]["text"] == say("staff-case-footer")
        case_labels = [c["label"] for row in case.components for c in row["components"]]
        assert say("staff-void-button") in case_labels and say("staff-draw-button") in case_labels
        form = await h.click(f"admin:decide:{match_id}:void:{owner.id}", user=owner)
        assert form.modal is not None and form.modal["title"] == say(
            "staff-reason-title", match_id=str(match_id)
        )
        question = await h.submit_modal(user=owner, values={"reason": "broken lobby"})
        assert question.content.startswith(
            say("staff-ask-invalidate", match_id=str(match_id), reason="broken lobby")
        )
        [decided] = await confirm(h, owner)
        assert decided.content.startswith(
            say("staff-done", done=say("staff-done-invalidate", match_id=str(match_id)))
        )
        await tb.drain()
        for player in (bob, carol):
            assert h.dms_to(player)[-1].content.startswith(
                say("staff-dm-invalidated-open", match_id=str(match_id))
            )

        shown = [
            asked,
            done,
            cancelled_ask,
            cancelled,
            unknown_race,
            snapshot,
            disputes,
            case,
            form,
            question,
        ]
        fits([*shown, decided])
        for exchange in shown:
            english_free(exchange.text())
        english_free(h.dms_to(alice)[-1].content + h.dms_to(carol)[-1].content)
        await front.notifier.stop()


@pytest.mark.parametrize("client", ["ko", "ru"])
async def test_activate_and_the_code_list_answer_in_the_readers_language(
    closed_app: App, clock: ManualClock, client: str
) -> None:
    front = ladder_discord(closed_app)
    say = Reader(front.notifier.voices.catalog, CLIENTS[client])
    async with running_harness(front.bot) as h:
        owner = h.user("owner", user_id=OWNER_ID, locale=client)
        alice = h.user("alice", locale=client)
        code = await create_code(h, clock, owner, 1, "for Alice")
        await h.slash("termsofservice", user=alice)
        await h.click(h.custom_id(f"terms:accept:{alice.id}:"), user=alice)
        activated = await h.slash("activate", user=alice, options={"code": code})
        assert activated.content == say("staff-activated", code=code)
        clock.advance(10)
        codes = await h.slash("admin codes", user=owner)
        page = codes.embeds[0]
        assert page["title"] == say("staff-codes-title", page=1, pages=1)
        assert say("staff-code-used-up") in page["description"]
        fits([activated, codes])
        english_free(activated.text() + codes.text())
        assert "used up" not in page["description"] and "Your access is activated" not in activated.content
        await front.notifier.stop()
