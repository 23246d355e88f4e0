"""``/queue`` in each shipped language: the panel, its pickers and the searching message come from
the reader's catalog, not from English strings in code."""

from __future__ import annotations

import pytest

from evoladder.bootstrap import App
from evoladder.i18n import t
from evoladder.services.clock import ManualClock
from tests.bot.cogs.conftest import ladder_discord
from tests.bot.cogs.test_match_scenarios import table
from tests.bot.harness import running_harness

# Discord's locale of the client → the catalog that answers it.
CLIENTS = {"ko": "ko", "zh-CN": "zh-CN", "es-419": "es-419", "ru": "ru", "en-GB": "en"}


@pytest.mark.parametrize("client", sorted(CLIENTS))
async def test_the_queue_speaks_the_players_language(app: App, clock: ManualClock, client: str) -> None:
    locale = CLIENTS[client]
    front = ladder_discord(app)
    say = front.notifier.voices.catalog
    async with running_harness(front.bot) as h:
        tb = table(h, app, clock, front)
        player = await tb.player("Mina", locale=client)
        panel = await h.slash("queue", user=player)
        assert panel.embeds[0]["title"] == say.render(t("queue-panel-title"), locale)
        assert say.render(t("queue-none-yet"), locale) in panel.embeds[0]["description"]
        assert say.render(t("queue-join"), locale) in panel.text()
        placeholders = str(panel.message.components)  # type: ignore[union-attr]
        assert say.render(t("queue-bw-placeholder"), locale) in placeholders
        await h.click(h.custom_id(f"queue:guide:{player.id}:"), user=player)
        refused = await h.click(h.custom_id(f"queue:join:{player.id}:"), user=player)
        assert refused.content == say.render(t("queue-pick-race"), locale)
        await h.click(h.custom_id(f"queue:bw:{player.id}:"), user=player, values=["bw_zerg"])
        clock.advance(10)  # past the rate limit of state-changing clicks
        joined = await h.click(h.custom_id(f"queue:join:{player.id}:"), user=player)
        searching = joined.embeds[0]
        assert searching["title"] == say.render(t("queue-searching-title"), locale)
        names = [field["name"] for field in searching["fields"]]
        assert say.render(t("queue-races"), locale) in names
        assert say.render(t("queue-estimate"), locale) in names
        race = app.game_data.race_name("bw_zerg", locale)
        assert any(race in field["value"] for field in searching["fields"])
        if locale != "en":
            assert "Searching for an opponent" not in joined.text()
        left = await h.click(h.custom_id(f"queue:leave:{player.id}:"), user=player)
        assert [m.content for m in left.followups] == [say.render(t("queue-left"), locale)]
        await front.notifier.stop()
