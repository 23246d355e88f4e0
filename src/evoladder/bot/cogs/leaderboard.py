"""``/leaderboard``: one row per (player, race), 40 a page, filtered by country, race, rank, best race only.

The page and filters live in the components' custom ids, so paging works after a restart and needs
no memory here; the page itself is read from the always-current in-memory leaderboard.
"""

from __future__ import annotations

from typing import Any, Literal, Protocol

import discord
from discord import app_commands
from discord.ui import Item

from evoladder.bot.checks import PLAYER_READ, Requirement, requires
from evoladder.bot.components import (
    ComponentContext,
    PersistentButton,
    PersistentSelect,
    cog_of,
    persistent_view,
)
from evoladder.bot.errors import UserFacingError
from evoladder.bot.feature import Feature
from evoladder.bot.guarded import GuardedCog, Guards
from evoladder.bot.present.leaderboard import (
    LeaderboardFilters,
    leaderboard_embed,
    race_filter_options,
    rank_filter_options,
)
from evoladder.bot.present.pickers import country_suggestions
from evoladder.gamedata import GameData
from evoladder.services.views import LeaderboardPage

LEADERBOARD_PAGE = Requirement(dm_only=False)
STATE = (
    r"(?P<page>[0-9]+):(?P<country>[A-Z]{2}|-):(?P<race>[a-z0-9_]+|-):(?P<rank>[SABCDEF-]):(?P<best>[01]):"
    r"(?P<owner>[0-9]+)"
)
Rank = Literal["S", "A", "B", "C", "D", "E", "F"]


class PageSource(Protocol):
    """The leaderboard read port (``LadderViews`` provides it)."""

    def leaderboard_page(
        self,
        page: int = 1,
        *,
        country: str | None = None,
        race: str | None = None,
        rank: str | None = None,
        best_only: bool = False,
    ) -> LeaderboardPage: ...


def _filters(fields: dict[str, str]) -> LeaderboardFilters:
    def value(name: str) -> str | None:
        return None if fields[name] == "-" else fields[name]

    return LeaderboardFilters(value("country"), value("race"), value("rank"), fields["best"] == "1")


def _state(page: int, filters: LeaderboardFilters, owner: int) -> dict[str, object]:
    return {
        "page": page,
        "country": filters.country or "-",
        "race": filters.race or "-",
        "rank": filters.rank or "-",
        "best": int(filters.best_only),
        "owner": owner,
    }


class PreviousPageButton(PersistentButton, template=r"lb:prev:" + STATE):
    requirement = LEADERBOARD_PAGE

    async def handle(self, ctx: ComponentContext) -> None:
        await cog_of(ctx.interaction, LeaderboardCog).show(
            ctx, int(ctx.fields["page"]) - 1, _filters(self.fields)
        )


class NextPageButton(PersistentButton, template=r"lb:next:" + STATE):
    requirement = LEADERBOARD_PAGE

    async def handle(self, ctx: ComponentContext) -> None:
        await cog_of(ctx.interaction, LeaderboardCog).show(
            ctx, int(ctx.fields["page"]) + 1, _filters(self.fields)
        )


class BestOnlyButton(PersistentButton, template=r"lb:best:" + STATE):
    requirement = LEADERBOARD_PAGE

    async def handle(self, ctx: ComponentContext) -> None:
        filters = _filters(self.fields)
        flipped = LeaderboardFilters(filters.country, filters.race, filters.rank, not filters.best_only)
        await cog_of(ctx.interaction, LeaderboardCog).show(ctx, 1, flipped)


class RaceFilterSelect(PersistentSelect, template=r"lb:race:" + STATE):
    requirement = LEADERBOARD_PAGE

    async def handle(self, ctx: ComponentContext) -> None:
        f = _filters(self.fields)
        race = None if ctx.values[0] == "all" else ctx.values[0]
        await cog_of(ctx.interaction, LeaderboardCog).show(
            ctx, 1, LeaderboardFilters(f.country, race, f.rank, f.best_only)
        )


class RankFilterSelect(PersistentSelect, template=r"lb:rank:" + STATE):
    requirement = LEADERBOARD_PAGE

    async def handle(self, ctx: ComponentContext) -> None:
        f = _filters(self.fields)
        rank = None if ctx.values[0] == "all" else ctx.values[0]
        await cog_of(ctx.interaction, LeaderboardCog).show(
            ctx, 1, LeaderboardFilters(f.country, f.race, rank, f.best_only)
        )


LEADERBOARD_ITEMS = (PreviousPageButton, NextPageButton, BestOnlyButton, RaceFilterSelect, RankFilterSelect)


class LeaderboardCog(GuardedCog):
    def __init__(self, guards: Guards, pages: PageSource, game_data: GameData) -> None:
        super().__init__(guards)
        self.pages = pages
        self.game_data = game_data

    def render(
        self, page: int, filters: LeaderboardFilters, owner: int
    ) -> tuple[discord.Embed, discord.ui.View]:
        found = self.pages.leaderboard_page(
            page,
            country=filters.country,
            race=filters.race,
            rank=filters.rank,
            best_only=filters.best_only,
        )
        embed = leaderboard_embed(
            found.rows,
            page=found.page,
            pages=found.pages,
            total=found.total,
            filters=filters,
            game_data=self.game_data,
        )
        state = _state(found.page, filters, owner)
        items: list[Item[Any]] = [
            RaceFilterSelect.build(
                options=race_filter_options(self.game_data, filters.race), id_fields=state
            ),
            RankFilterSelect.build(options=rank_filter_options(filters.rank), id_fields=state),
            PreviousPageButton.build(
                label="◀ Previous",
                style=discord.ButtonStyle.secondary,
                disabled=found.page <= 1,
                id_fields=state,
            ),
            NextPageButton.build(
                label="Next ▶",
                style=discord.ButtonStyle.secondary,
                disabled=found.page >= found.pages,
                id_fields=state,
            ),
            BestOnlyButton.build(
                label="All races" if filters.best_only else "Best race only",
                style=discord.ButtonStyle.primary,
                id_fields=state,
            ),
        ]
        return embed, persistent_view(*items)

    @app_commands.command(name="leaderboard", description="The ladder's rankings")
    @app_commands.describe(
        page="Page to show (40 entries a page)",
        country="Only players from this country",
        race="Only this race",
        rank="Only this letter rank",
        best_only="Only each player's best race",
    )
    @requires(PLAYER_READ)
    async def leaderboard(
        self,
        interaction: discord.Interaction,
        page: app_commands.Range[int, 1, 100_000] = 1,
        country: str | None = None,
        race: str | None = None,
        rank: Rank | None = None,
        best_only: bool = False,
    ) -> None:
        code = country.strip().upper() if country else None
        if code is not None and code not in self.game_data.countries:
            raise UserFacingError(f"`{country}` is not a country code; pick one of the suggestions.")
        if race is not None and race not in self.game_data.races:
            raise UserFacingError(f"`{race}` is not a race; pick one of the suggestions.")
        embed, view = self.render(page, LeaderboardFilters(code, race, rank, best_only), interaction.user.id)
        await interaction.response.send_message(embed=embed, view=view)

    @leaderboard.autocomplete("country")
    async def country_autocomplete(
        self, interaction: discord.Interaction, typed: str
    ) -> list[app_commands.Choice[str]]:
        return [
            app_commands.Choice(name=label, value=code)
            for label, code in country_suggestions(self.game_data, typed)
        ]

    @leaderboard.autocomplete("race")
    async def race_autocomplete(
        self, interaction: discord.Interaction, typed: str
    ) -> list[app_commands.Choice[str]]:
        text = typed.casefold()
        return [
            app_commands.Choice(name=r.name, value=code)
            for code, r in self.game_data.races.items()
            if text in r.name.casefold() or text in code
        ]

    async def show(self, ctx: ComponentContext, page: int, filters: LeaderboardFilters) -> None:
        embed, view = self.render(max(1, page), filters, ctx.user_id)
        await ctx.interaction.response.edit_message(embed=embed, view=view)


FEATURE = Feature(
    "leaderboard",
    lambda deps: LeaderboardCog(deps.guards, deps.ladder.views, deps.game_data),
    LEADERBOARD_ITEMS,
)
