"""The account commands in each shipped language: ``/termsofservice``, ``/help``, ``/setup`` (its form,
preview and pickers), ``/setcountry`` and ``/prune`` answer from the reader's catalog, name countries and
regions in the reader's language, and stay within Discord's limits."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from evoladder.bootstrap import App
from evoladder.bot import limits
from evoladder.bot.present.pickers import country_label
from evoladder.config import Settings, load_settings
from evoladder.i18n import Catalog, Text, t
from tests.bot.cogs.conftest import OWNER_ID, ladder_discord
from tests.bot.harness import Exchange, running_harness

# Discord's locale of the client → the catalog that answers it.
CLIENTS = {"ko": "ko", "zh-CN": "zh-CN", "es-419": "es-419", "ru": "ru", "en-GB": "en"}


@pytest.fixture()
def settings(tmp_path: Path) -> Settings:
    """No pause between deletions, so /prune's report comes at once."""
    return load_settings(
        data_dir=tmp_path / "data", _env_file=None, owner_id=OWNER_ID, prune_delete_interval_s=0
    )


def fits(answer: Exchange) -> None:
    """The answer is within Discord's limits (content, embeds, buttons, selects, forms)."""
    data = answer.data
    assert len(data.get("content") or "") <= limits.CONTENT_MAX
    for embed in answer.embeds:
        assert len(embed.get("title") or "") <= limits.EMBED_TITLE_MAX
        assert len(embed.get("description") or "") <= limits.EMBED_DESCRIPTION_MAX
        assert len((embed.get("footer") or {}).get("text") or "") <= limits.EMBED_FOOTER_MAX
        for field in embed.get("fields") or []:
            assert len(field["name"]) <= limits.EMBED_FIELD_NAME_MAX
            assert len(field["value"]) <= limits.EMBED_FIELD_VALUE_MAX
    if answer.modal is not None:
        assert len(answer.modal["title"]) <= limits.MODAL_TITLE_MAX
    for row in answer.components:
        for item in row["components"]:
            assert len(item.get("label") or "") <= limits.BUTTON_LABEL_MAX
            if item.get("type") == 4:
                assert len(item["label"]) <= limits.TEXT_INPUT_LABEL_MAX
            assert len(item.get("placeholder") or "") <= limits.SELECT_PLACEHOLDER_MAX
            for option in item.get("options") or []:
                assert len(option["label"]) <= limits.SELECT_OPTION_TEXT_MAX


def items(answer: Exchange | dict[str, Any]) -> list[dict[str, Any]]:
    rows = answer.components if isinstance(answer, Exchange) else answer.get("components") or []
    return [item for row in rows for item in row["components"]]


def labels(answer: Exchange | dict[str, Any]) -> list[str]:
    return [str(item["label"]) for item in items(answer) if item.get("label")]


@pytest.mark.parametrize("client", sorted(CLIENTS))
async def test_the_account_commands_speak_the_players_language(app: App, client: str) -> None:
    locale = CLIENTS[client]
    front = ladder_discord(app)
    catalog: Catalog = front.notifier.voices.catalog
    gd = app.game_data

    def say(key: str | Text, **args: Any) -> str:
        return catalog.render(key if isinstance(key, Text) else t(key, **args), locale)

    async with running_harness(front.bot) as h:
        mina = h.user("mina", locale=client)

        terms = await h.slash("termsofservice", user=mina)
        fits(terms)
        assert terms.embeds[0]["title"] == say("account-terms-title")
        assert terms.embeds[0]["description"] == say("account-terms-body", url=app.settings.terms_url)
        assert labels(terms) == [say("account-terms-accept"), say("account-terms-decline")]
        accepted = await h.click(h.custom_id(f"terms:accept:{mina.id}:"), user=mina)
        assert accepted.content == say("account-terms-accepted")

        helped = await h.slash("help", user=mina)
        fits(helped)
        assert helped.embeds[0]["title"] == say("account-help-title")
        description = helped.embeds[0]["description"]
        assert description.startswith(say("account-help-start-setup"))
        prune_line = say("account-help-line", name=say("cmd-prune"), description=say("cmd-prune.description"))
        assert prune_line in description.splitlines()
        assert say("account-help-guide", url=app.settings.quick_start_url) in description

        form = await h.slash("setup", user=mina)
        fits(form)
        assert form.modal is not None and form.modal["title"] == say("account-setup-form-title")
        assert say("account-setup-form-player-name") in labels(form.modal)
        assert say("account-setup-form-battletag") in labels(form.modal)
        refused = await h.submit_modal(user=mina, values={"player_name": "x1", "battletag": "Mina#1234"})
        fits(refused)
        tail = say("account-setup-rejected", problem="\x00").split("\x00", 1)[1]
        assert refused.ephemeral and refused.content.endswith(tail)
        assert labels(refused) == [say("account-setup-try-again")]

        await h.slash("setup", user=mina)
        preview = await h.submit_modal(user=mina, values={"player_name": "Mina", "battletag": "Mina#1234"})
        fits(preview)
        embed = preview.embeds[0]
        assert embed["title"] == say("account-setup-preview-title")
        assert [f["name"] for f in embed["fields"]] == [
            say("account-setup-player-name"),
            say("account-setup-battletag"),
            say("account-setup-alt-names"),
            say("account-setup-country"),
            say("account-setup-region"),
        ]
        assert embed["footer"]["text"] == say("account-setup-preview-footer")
        assert labels(preview) == [
            say("account-setup-confirm"),
            say("account-setup-restart"),
            say("account-setup-cancel"),
        ]
        selects = [item for item in items(preview) if item.get("options")]
        assert selects[-1]["placeholder"] == say("account-setup-region")
        region_labels = {option["label"] for option in selects[-1]["options"]}
        assert gd.region_name("KRJ", locale) in region_labels
        country_labels = {option["label"] for select in selects[:-1] for option in select["options"]}
        korea = gd.country_name("KR", locale)
        assert f"{korea} (KR)" in country_labels

        await h.click(h.custom_id(f"setup:country:{mina.id}:", offering="KR"), user=mina, values=["KR"])
        picked = await h.click(h.custom_id(f"setup:region:{mina.id}:"), user=mina, values=["KRJ"])
        fits(picked)
        values = [f["value"] for f in picked.embeds[0]["fields"]]
        assert say("account-setup-country-value", flag="🇰🇷", country=str(korea)) in values
        assert gd.region_name("KRJ", locale) in values
        saved = await h.click(h.custom_id(f"setup:confirm:{mina.id}:"), user=mina)
        assert saved.content == say("account-setup-saved", name="Mina")

        germany = str(gd.country_name("DE", locale))
        typed = germany[:2]
        suggestions = await h.autocomplete(
            "setcountry", user=mina, focused="country", options={"country": typed}
        )
        by_code = {c["value"]: c["name"] for c in suggestions.choices}
        assert by_code.get("DE") == country_label(gd, "DE", locale)
        asked = await h.slash("setcountry", user=mina, options={"country": germany})
        fits(asked)
        assert asked.content == say(
            "account-country-preview",
            old=country_label(gd, "KR", locale),
            new=country_label(gd, "DE", locale),
        )
        assert labels(asked) == [say("account-country-confirm"), say("account-country-cancel", old="KR")]
        changed = await h.click(h.custom_id(f"country:confirm:{mina.id}:DE:"), user=mina)
        assert changed.content == say("account-country-changed", country=country_label(gd, "DE", locale))
        same = await h.slash("setcountry", user=mina, options={"country": "DE"})
        assert same.content == say("account-country-unchanged", country=country_label(gd, "DE", locale))

        hours = app.settings.prune_min_age_minutes // 60
        age = t("account-prune-age-hours", hours=hours)
        nothing = await h.slash("prune", user=mina)
        assert nothing.content == say("account-prune-nothing", age=age)
        h.later(timedelta(hours=hours + 1))
        prompt = await h.slash("prune", user=mina)
        fits(prompt)
        assert labels(prompt) == [say("account-prune-confirm"), say("account-prune-cancel")]
        bot_messages = [
            m
            for m in h.history(mina)
            if int(m.data["author"]["id"]) == h.bot_user.id and not int(m.data.get("flags") or 0) & 64
        ]
        count = len(bot_messages) - 1  # all the bot wrote (ephemeral answers aside), but the prompt
        assert count >= 4
        seconds = max(1, round(count * 0.2))  # the prompt's estimate: at least 0.2 s a deletion
        assert prompt.content == say("account-prune-prompt", count=count, age=age, seconds=seconds)
        working = await h.click(h.custom_id(f"prune:confirm:{mina.id}:"), user=mina)
        assert working.content == say("account-prune-working", count=count)
        report = say("account-prune-done", deleted=count)
        assert prompt.message is not None
        await h.wait_until(lambda: prompt.message.content == report, what="the prune report", timeout_s=20)  # type: ignore[union-attr]

        if locale != "en":
            everything = "\n".join(
                [terms.text(), helped.text(), preview.text(), saved.text(), asked.content, prompt.content]
            )
            for english in (
                "terms of service",
                "Player name",
                "Welcome to the ladder",
                "Change your country",
            ):
                assert english not in everything
            assert "Delete them" not in labels(prompt)
    await front.notifier.stop()
