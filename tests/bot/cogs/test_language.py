"""/language: a stored choice that wins over Discord's language, for answers and for DMs."""

from __future__ import annotations

from evoladder.bootstrap import App
from evoladder.i18n import LANGUAGE_NAMES, t
from tests.bot.cogs.conftest import ladder_discord
from tests.bot.harness import running_harness


async def test_a_chosen_language_wins_over_discords_and_reaches_dms(app: App) -> None:
    front = ladder_discord(app)
    catalog = app.catalog
    async with running_harness(front.bot) as h:
        alice = h.user("alice", locale="en-US")
        asked = await h.slash("language", user=alice)
        assert asked.content == catalog.render(t("language-prompt"), "en")
        picker = h.custom_id(f"language:pick:{alice.id}")
        done = await h.click(picker, user=alice, values=["ko"])
        assert done.content == catalog.render(t("language-now", language=LANGUAGE_NAMES["ko"]), "ko")
        assert app.ladder.views.reading(alice.id)[0] == "ko"
        # Discord still says en-US; the choice wins, in answers and in DMs the ladder sends on its own.
        again = await h.slash("language", user=alice)
        assert again.content == catalog.render(t("language-prompt"), "ko")
        assert front.notifier.voices.of_player(alice.id).locale == "ko"
        back = await h.click(picker, user=alice, values=["discord"])
        assert back.content == catalog.render(t("language-now-discord"), "en")
        assert app.ladder.views.reading(alice.id) == (None, "en-US")


async def test_without_a_choice_dms_follow_the_last_interactions_language(app: App) -> None:
    front = ladder_discord(app)
    async with running_harness(front.bot) as h:
        bob = h.user("bob", locale="ru")
        await h.slash("termsofservice", user=bob)
        await h.click(h.custom_id(f"terms:accept:{bob.id}:"), user=bob)  # a player now
        await h.slash("language", user=bob)  # any interaction: its language is remembered
        await h.wait_until(lambda: app.ladder.views.reading(bob.id)[1] == "ru", what="the locale noted")
        assert front.notifier.voices.of_player(bob.id).locale == "ru"
