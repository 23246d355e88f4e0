"""``/leaderboard``: one row per (player, race), 40 a page; several races, several countries, a rank,
best race only, unranked players on request; previous / next, a page-jump select, clear all filters.

The page and every filter live in the components' custom ids (``STATE``), so paging and filtering work
after a restart and need no memory here; the page itself is read from the always-current in-memory
leaderboard. Countries are offered 25 to a select, the ones on the ladder by name, paged with "More
countries"; the slash command's ``countries`` option takes codes or names (autocomplete) too.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import replace
from typing import Any, Literal, Protocol

import discord
from discord import app_commands
from discord.app_commands import locale_str
from discord.ui import Item

from evoladder.bot.checks import PLAYER_READ, Requirement, requires
from evoladder.bot.cogs.leaderboard_typed import TypedFilters
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
    EVERYONE,
    MAX_COUNTRIES,
    RANK_LETTERS,
    RANKED,
    UNRANKED,
    LeaderboardFilters,
    country_filter_options,
    country_pages,
    country_placeholder,
    jump_options,
    leaderboard_embed,
    race_filter_options,
    rank_filter_options,
)
from evoladder.bot.voice import Voice
from evoladder.gamedata import GameData
from evoladder.i18n import t
from evoladder.services.views import LeaderboardPage

LEADERBOARD_PAGE = Requirement(dm_only=False)
# page : races (hex bit mask over the game data's races, 0 = any) : rank : best : country page : owner :
# chosen countries (two letters each, "-" = any).
STATE = (
    r"(?P<page>[0-9]+):(?P<races>[0-9a-f]{1,2}):(?P<rank>[SABCDEFU*-]):(?P<best>[01]):(?P<cpage>[0-9]{1,2}):"
    r"(?P<owner>[0-9]+):(?P<countries>[A-Z-]{1,40})"
)
Rank = Literal["S", "A", "B", "C", "D", "E", "F"]
RANK_CHOICES = frozenset((*RANK_LETTERS, RANKED, EVERYONE, UNRANKED))


class PageSource(Protocol):
    """The leaderboard reads (``LadderViews`` provides them)."""

    def leaderboard_page(
        self,
        page: int = 1,
        *,
        races: Collection[str] = (),
        countries: Collection[str] = (),
        rank: str | None = None,
        best_only: bool = False,
        unranked: bool = False,
    ) -> LeaderboardPage: ...

    def leaderboard_countries(self) -> list[str]: ...


class LeaderboardCog(GuardedCog):
    def __init__(self, guards: Guards, pages: PageSource, game_data: GameData) -> None:
        super().__init__(guards)
        self.pages = pages
        self.game_data = game_data
        self.race_codes = tuple(game_data.races)
        self.typed = TypedFilters(game_data)
        # Per locale (countries are sorted by their names in it): the codes and their pages.
        self._country_pages: dict[str, tuple[frozenset[str], list[list[str]]]] = {}

    # --- the state in a custom id ----------------------------------------------------------------
    def state(
        self, page: int, filters: LeaderboardFilters, country_page: int, owner: int
    ) -> dict[str, object]:
        mask = sum(1 << self.race_codes.index(r) for r in filters.races if r in self.race_codes)
        return {
            "page": page,
            "races": f"{mask:x}",
            "rank": filters.rank,
            "best": int(filters.best_only),
            "cpage": country_page,
            "owner": owner,
            "countries": "".join(filters.countries) or "-",
        }

    def filters_of(self, fields: dict[str, str]) -> LeaderboardFilters:
        mask = int(fields["races"], 16)
        codes = fields["countries"].strip("-")
        return LeaderboardFilters(
            races=tuple(r for i, r in enumerate(self.race_codes) if mask >> i & 1),
            countries=tuple(codes[i : i + 2] for i in range(0, len(codes) - 1, 2)),
            rank=fields["rank"],
            best_only=fields["best"] == "1",
        )

    # --- rendering -------------------------------------------------------------------------------
    def render(
        self, page: int, filters: LeaderboardFilters, owner: int, say: Voice, country_page: int = 0
    ) -> tuple[discord.Embed, discord.ui.View]:
        found = self.pages.leaderboard_page(
            page,
            races=filters.races,
            countries=filters.countries,
            rank=filters.letter,
            best_only=filters.best_only,
            unranked=filters.unranked,
        )
        embed = leaderboard_embed(
            found.rows,
            page=found.page,
            pages=found.pages,
            total=found.total,
            filters=filters,
            game_data=self.game_data,
            say=say,
        )
        pages = self._countries_paged({*self.pages.leaderboard_countries(), *filters.countries}, say.locale)
        country_page = country_page % len(pages) if pages else 0
        state = self.state(found.page, filters, country_page, owner)
        items: list[Item[Any]] = [
            RaceFilterSelect.build(
                options=race_filter_options(self.game_data, filters.races, say),
                placeholder=say("boards-lb-races-chosen-placeholder", count=len(filters.races))
                if filters.races
                else say("boards-lb-races-placeholder"),
                min_values=0,
                max_values=len(self.race_codes),
                id_fields=state,
            )
        ]
        if pages:
            shown = pages[country_page]
            items.append(
                CountryFilterSelect.build(
                    options=country_filter_options(self.game_data, shown, filters.countries, say),
                    placeholder=country_placeholder(self.game_data, shown, country_page, len(pages), say),
                    min_values=0,
                    max_values=len(shown),
                    id_fields=state,
                )
            )
        items.append(
            RankFilterSelect.build(
                options=rank_filter_options(filters.rank, say),
                placeholder=say("boards-lb-rank-placeholder"),
                id_fields=state,
            )
        )
        if found.pages > 1:
            items.append(
                JumpSelect.build(
                    options=jump_options(found.page, found.pages, say),
                    placeholder=say("boards-lb-jump-placeholder"),
                    id_fields=state,
                )
            )
        items += [
            PreviousPageButton.build(
                label=say("boards-lb-previous"),
                style=discord.ButtonStyle.secondary,
                disabled=found.page <= 1,
                id_fields=state,
            ),
            NextPageButton.build(
                label=say("boards-lb-next"),
                style=discord.ButtonStyle.secondary,
                disabled=found.page >= found.pages,
                id_fields=state,
            ),
            BestOnlyButton.build(
                label=say("boards-lb-best-on") if filters.best_only else say("boards-lb-best-off"),
                style=discord.ButtonStyle.primary,
                id_fields=state,
            ),
        ]
        if len(pages) > 1:
            items.append(
                MoreCountriesButton.build(
                    label=say("boards-lb-more-countries"),
                    style=discord.ButtonStyle.secondary,
                    id_fields=state,
                )
            )
        items.append(
            ClearFiltersButton.build(
                label=say("boards-lb-clear"),
                style=discord.ButtonStyle.danger,
                disabled=not filters.any,
                id_fields=state,
            )
        )
        return embed, persistent_view(*items)

    def _countries_paged(self, codes: set[str], locale: str) -> list[list[str]]:
        """The country select's pages (chosen countries stay offered even with nobody listed), sorted
        by name in the reader's language once per change of the set rather than per render."""
        key = frozenset(codes)
        cached = self._country_pages.get(locale)
        if cached is None or key != cached[0]:
            cached = self._country_pages[locale] = (key, country_pages(self.game_data, sorted(key), locale))
        return cached[1]

    async def show(
        self, ctx: ComponentContext, page: int, filters: LeaderboardFilters, country_page: int | None = None
    ) -> None:
        cpage = int(ctx.fields["cpage"]) if country_page is None else country_page
        embed, view = self.render(max(1, page), filters, ctx.user_id, ctx.say, cpage)
        await ctx.interaction.response.edit_message(embed=embed, view=view)

    # --- the command -----------------------------------------------------------------------------
    @app_commands.command(
        name=locale_str("leaderboard", key="cmd-leaderboard"),
        description=locale_str("The ladder's rankings", key="cmd-leaderboard.description"),
    )
    @app_commands.rename(
        page=locale_str("page", key="cmd-leaderboard-page"),
        countries=locale_str("countries", key="cmd-leaderboard-countries"),
        races=locale_str("races", key="cmd-leaderboard-races"),
        rank=locale_str("rank", key="cmd-leaderboard-rank"),
        best_only=locale_str("best_only", key="cmd-leaderboard-best-only"),
        unranked=locale_str("unranked", key="cmd-leaderboard-unranked"),
    )
    @app_commands.describe(
        page=locale_str("Page to show (40 entries a page)", key="cmd-leaderboard-page.description"),
        countries=locale_str(
            "Only players from these countries (codes or names, separated by commas)",
            key="cmd-leaderboard-countries.description",
        ),
        races=locale_str("Only these races (separated by commas)", key="cmd-leaderboard-races.description"),
        rank=locale_str("Only this letter rank", key="cmd-leaderboard-rank.description"),
        best_only=locale_str("Only each player's best race", key="cmd-leaderboard-best-only.description"),
        unranked=locale_str(
            "Also list players without a rank (no game in the last weeks), below the ranked ones",
            key="cmd-leaderboard-unranked.description",
        ),
    )
    @requires(PLAYER_READ)
    async def leaderboard(
        self,
        interaction: discord.Interaction,
        page: app_commands.Range[int, 1, 100_000] = 1,
        countries: str | None = None,
        races: str | None = None,
        rank: Rank | None = None,
        best_only: bool = False,
        unranked: bool = False,
    ) -> None:
        say = self.say(interaction)
        chosen_rank = rank or (EVERYONE if unranked else RANKED)
        filters = LeaderboardFilters(
            races=self.typed.races(races or "", say.locale),
            countries=self.typed.countries(countries or "", say.locale),
            rank=chosen_rank,
            best_only=best_only,
        )
        embed, view = self.render(page, filters, interaction.user.id, say)
        await interaction.response.send_message(embed=embed, view=view)

    @leaderboard.autocomplete("countries")
    async def countries_autocomplete(
        self, interaction: discord.Interaction, typed: str
    ) -> list[app_commands.Choice[str]]:
        return self.typed.country_choices(typed, self.say(interaction).locale)

    @leaderboard.autocomplete("races")
    async def races_autocomplete(
        self, interaction: discord.Interaction, typed: str
    ) -> list[app_commands.Choice[str]]:
        return self.typed.race_choices(typed, self.say(interaction).locale)


# --- the components ------------------------------------------------------------------------------
def _cog(ctx: ComponentContext) -> LeaderboardCog:
    return cog_of(ctx.interaction, LeaderboardCog)


class PreviousPageButton(PersistentButton, template=r"lb:prev:" + STATE):
    requirement = LEADERBOARD_PAGE

    async def handle(self, ctx: ComponentContext) -> None:
        cog = _cog(ctx)
        await cog.show(ctx, int(self.fields["page"]) - 1, cog.filters_of(self.fields))


class NextPageButton(PersistentButton, template=r"lb:next:" + STATE):
    requirement = LEADERBOARD_PAGE

    async def handle(self, ctx: ComponentContext) -> None:
        cog = _cog(ctx)
        await cog.show(ctx, int(self.fields["page"]) + 1, cog.filters_of(self.fields))


class BestOnlyButton(PersistentButton, template=r"lb:best:" + STATE):
    requirement = LEADERBOARD_PAGE

    async def handle(self, ctx: ComponentContext) -> None:
        cog = _cog(ctx)
        filters = cog.filters_of(self.fields)
        await cog.show(ctx, 1, replace(filters, best_only=not filters.best_only))


class MoreCountriesButton(PersistentButton, template=r"lb:cmore:" + STATE):
    """Show the next 25 countries in the country select (the page of entries stays)."""

    requirement = LEADERBOARD_PAGE

    async def handle(self, ctx: ComponentContext) -> None:
        cog = _cog(ctx)
        page = int(self.fields["page"])
        await cog.show(ctx, page, cog.filters_of(self.fields), int(self.fields["cpage"]) + 1)


class ClearFiltersButton(PersistentButton, template=r"lb:clear:" + STATE):
    requirement = LEADERBOARD_PAGE

    async def handle(self, ctx: ComponentContext) -> None:
        await _cog(ctx).show(ctx, 1, LeaderboardFilters(), 0)


class RaceFilterSelect(PersistentSelect, template=r"lb:race:" + STATE):
    requirement = LEADERBOARD_PAGE

    async def handle(self, ctx: ComponentContext) -> None:
        cog = _cog(ctx)
        races = tuple(r for r in cog.race_codes if r in ctx.values)
        await cog.show(ctx, 1, replace(cog.filters_of(self.fields), races=races))


class CountryFilterSelect(PersistentSelect, template=r"lb:country:" + STATE):
    requirement = LEADERBOARD_PAGE

    async def handle(self, ctx: ComponentContext) -> None:
        cog = _cog(ctx)
        shown = [str(o.value) for o in self.item.options]
        filters = cog.filters_of(self.fields).with_countries_on_page(shown, _codes(ctx.values))
        if len(filters.countries) > MAX_COUNTRIES:
            raise UserFacingError(t("boards-too-many-countries", limit=MAX_COUNTRIES))
        await cog.show(ctx, 1, filters)


class RankFilterSelect(PersistentSelect, template=r"lb:rank:" + STATE):
    requirement = LEADERBOARD_PAGE

    async def handle(self, ctx: ComponentContext) -> None:
        cog = _cog(ctx)
        rank = ctx.values[0] if ctx.values and ctx.values[0] in RANK_CHOICES else RANKED
        await cog.show(ctx, 1, replace(cog.filters_of(self.fields), rank=rank))


class JumpSelect(PersistentSelect, template=r"lb:jump:" + STATE):
    requirement = LEADERBOARD_PAGE

    async def handle(self, ctx: ComponentContext) -> None:
        cog = _cog(ctx)
        page = int(ctx.values[0]) if ctx.values and ctx.values[0].isdecimal() else 1
        await cog.show(ctx, page, cog.filters_of(self.fields))


def _codes(values: Sequence[str]) -> list[str]:
    """Country codes from a select's values (two capital letters; anything else is dropped)."""
    return [v for v in values if len(v) == 2 and v.isascii() and v.isalpha() and v.isupper()]


LEADERBOARD_ITEMS = (
    PreviousPageButton,
    NextPageButton,
    BestOnlyButton,
    MoreCountriesButton,
    ClearFiltersButton,
    RaceFilterSelect,
    CountryFilterSelect,
    RankFilterSelect,
    JumpSelect,
)

FEATURE = Feature(
    "leaderboard",
    lambda deps: LeaderboardCog(deps.guards, deps.ladder.views, deps.game_data),
    LEADERBOARD_ITEMS,
)
