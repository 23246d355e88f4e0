"""The Translator, driven the way CommandTree.sync drives it: real discord.py commands, real payloads."""

from __future__ import annotations

import logging
from pathlib import Path
from textwrap import dedent
from typing import Any

import discord
import pytest
from discord import app_commands
from discord.app_commands import Choice, locale_str

from evoladder.bot.translation import CatalogTranslator
from evoladder.i18n import LOCALES, Catalog

CATALOGS = {
    "en": """
        cmd-queue = queue
            .description = Queue for a ranked game
        cmd-queue-race = race
            .description = The race you will play
        choice-race-zerg = Zerg
        choice-race-protoss = Protoss
        cmd-admin = admin
            .description = Ladder administration
        cmd-admin-ban = ban
            .description = Ban a player
        menu-report = Report player
        """,
    "ko": """
        cmd-queue = 대기열
            .description = 랭크 게임 대기열에 참가해요
        cmd-queue-race = 종족
            .description = 플레이할 종족
        choice-race-zerg = 저그
        choice-race-protoss = 프로토스
        cmd-admin = 관리
            .description = 래더 관리
        cmd-admin-ban = 차단
            .description = 플레이어를 차단해요
        menu-report = 플레이어 신고
        """,
    "zh-CN": """
        cmd-queue = 排队
            .description = 排队参加排位赛
        cmd-queue-race = 种族
            .description = 你要使用的种族
        choice-race-zerg = 虫族
        choice-race-protoss = 神族
        """,
    "es-419": """
        cmd-queue = cola
            .description = Entra a la cola de partidas clasificatorias
        cmd-queue-race = raza
            .description = La raza que vas a jugar
        choice-race-zerg = Zerg
        """,
    "ru": """
        cmd-queue = Очередь
            .description = Встать в очередь на рейтинговую игру
        cmd-queue-race = раса
            .description = Раса, за которую вы будете играть
        choice-race-zerg = Зерги
        choice-race-protoss = Протоссы
        """,
}


@pytest.fixture()
def catalog(tmp_path: Path) -> Catalog:
    for locale in LOCALES:
        (tmp_path / locale).mkdir()
        (tmp_path / locale / "commands.ftl").write_text(dedent(CATALOGS[locale]).lstrip(), encoding="utf-8")
    return Catalog.load(tmp_path, strict=True)


@pytest.fixture()
async def tree(catalog: Catalog) -> app_commands.CommandTree[discord.Client]:
    tree: app_commands.CommandTree[discord.Client] = app_commands.CommandTree(
        discord.Client(intents=discord.Intents.none())
    )
    await tree.set_translator(CatalogTranslator(catalog))
    return tree


async def payload(tree: app_commands.CommandTree[discord.Client], command: Any) -> dict[str, Any]:
    translator = tree.translator
    assert translator is not None
    result: dict[str, Any] = await command.get_translated_payload(tree, translator)
    return result


def queue_command() -> app_commands.Command[Any, ..., None]:
    @app_commands.command(
        name=locale_str("queue", key="cmd-queue"),
        description=locale_str("Queue for a ranked game", key="cmd-queue.description"),
    )
    @app_commands.rename(race=locale_str("race", key="cmd-queue-race"))
    @app_commands.describe(race=locale_str("The race you will play", key="cmd-queue-race.description"))
    @app_commands.choices(
        race=[
            Choice(name=locale_str("Zerg", key="choice-race-zerg"), value="zerg"),
            Choice(name=locale_str("Protoss", key="choice-race-protoss"), value="protoss"),
        ]
    )
    async def queue(interaction: discord.Interaction, race: Choice[str]) -> None:
        pass

    return queue


async def test_command_payload_carries_the_catalogs(
    tree: app_commands.CommandTree[discord.Client], caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.ERROR, logger="evoladder.bot.translation"):
        data = await payload(tree, queue_command())
    assert data["name"] == "queue" and data["description"] == "Queue for a ranked game"
    # zh-TW reads Simplified, es-ES Latin-American Spanish; Russian's "Очередь" breaks Discord's
    # lowercase rule, so it is dropped (and logged) rather than failing the whole sync.
    assert data["name_localizations"] == {
        "en-US": "queue",
        "en-GB": "queue",
        "ko": "대기열",
        "zh-CN": "排队",
        "zh-TW": "排队",
        "es-419": "cola",
        "es-ES": "cola",
    }
    assert data["description_localizations"] == {
        "en-US": "Queue for a ranked game",
        "en-GB": "Queue for a ranked game",
        "ko": "랭크 게임 대기열에 참가해요",
        "zh-CN": "排队参加排位赛",
        "zh-TW": "排队参加排位赛",
        "es-419": "Entra a la cola de partidas clasificatorias",
        "es-ES": "Entra a la cola de partidas clasificatorias",
        "ru": "Встать в очередь на рейтинговую игру",
    }
    [record] = caplog.records
    assert (record.key, record.locale) == ("cmd-queue", "ru")  # type: ignore[attr-defined]

    [option] = data["options"]
    assert option["name"] == "race"
    assert option["name_localizations"]["ko"] == "종족" and option["name_localizations"]["ru"] == "раса"
    assert option["description_localizations"]["es-419"] == "La raza que vas a jugar"
    zerg, protoss = option["choices"]
    assert zerg["name_localizations"]["ru"] == "Зерги" and zerg["name_localizations"]["es-ES"] == "Zerg"
    # es-419 lacks the Protoss choice: no localisation, Discord shows the default "Protoss".
    assert "es-419" not in protoss["name_localizations"] and protoss["name_localizations"]["zh-CN"] == "神族"
    assert {"fr", "ja", "uk", "pt-BR"}.isdisjoint(data["name_localizations"])


async def test_groups_and_context_menus(tree: app_commands.CommandTree[discord.Client]) -> None:
    admin = app_commands.Group(
        name=locale_str("admin", key="cmd-admin"),
        description=locale_str("Ladder administration", key="cmd-admin.description"),
    )

    @admin.command(
        name=locale_str("ban", key="cmd-admin-ban"),
        description=locale_str("Ban a player", key="cmd-admin-ban.description"),
    )
    async def ban(interaction: discord.Interaction) -> None:
        pass

    async def report(interaction: discord.Interaction, member: discord.Member) -> None:
        pass

    menu = app_commands.ContextMenu(name=locale_str("Report player", key="menu-report"), callback=report)

    group = await payload(tree, admin)
    assert group["name_localizations"]["ko"] == "관리"
    assert group["description_localizations"]["ko"] == "래더 관리"
    assert group["options"][0]["name_localizations"]["ko"] == "차단"
    # A context menu name may have capitals and spaces.
    assert (await payload(tree, menu))["name_localizations"] == {
        "en-US": "Report player",
        "en-GB": "Report player",
        "ko": "플레이어 신고",
    }


async def test_strings_without_a_key_are_left_alone(tree: app_commands.CommandTree[discord.Client]) -> None:
    @app_commands.command(name=locale_str("queue"), description="Queue for a ranked game")
    async def queue(interaction: discord.Interaction) -> None:
        pass

    data = await payload(tree, queue)
    assert data["name_localizations"] == {} and data["description_localizations"] == {}
