"""``/setup``: a form (names), then country and region pickers, then a preview to Confirm / Restart / Cancel.

The form's values are checked at once with the registration rules, so a bad name is refused with its
message before any picker appears — with a "Try again" button that reopens the form holding every
value as typed (a name taken by another player, found at Confirm, offers the same). The draft lives in
this cog until Confirm; a draft lost to a restart is answered with "run /setup again", and Confirm
writes everything in one transition or nothing (each changed setting logged with old and new value).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any, Protocol

import discord
from discord import app_commands
from discord.ui import Item

from evoladder.bot.checks import SETUP_FLOW, Requirement, requires
from evoladder.bot.components import (
    ComponentContext,
    LadderModal,
    PersistentButton,
    PersistentSelect,
    cog_of,
    nonce,
    persistent_view,
)
from evoladder.bot.errors import UserFacingError
from evoladder.bot.feature import Feature
from evoladder.bot.guarded import GuardedCog, Guards
from evoladder.bot.present.pickers import common_country_pages, region_options
from evoladder.bot.present.text import flag
from evoladder.gamedata import GameData
from evoladder.rules import registration
from evoladder.rules.errors import ValidationFailed
from evoladder.store.profile import Profile

# Picking and previewing change nothing; only Confirm writes (and counts towards the rate limit).
SETUP_STEP = Requirement(dm_only=False, setup=False)
SETUP_CONFIRM = Requirement(dm_only=False, setup=False, state_changing=True)
TEXT = {
    "expired": "This setup is no longer open (the bot may have restarted). Please run `/setup` again.",
    "rejected": "{problem}\n\nPress **Try again** to correct it: the form opens again with everything you typed.",
    "try_again": "Try again",
    "pick_first": "Pick your country and your region first, then Confirm.",
    "saved": "Saved. Welcome to the ladder, {name}! Use `/queue` to find a game.",
    "cancelled": "Setup cancelled; nothing was changed.",
    "preview_title": "Your ladder registration",
    "player_name": "Player name",
    "battletag": "BattleTag",
    "alt_names": "Alt names",
    "none": "none",
    "country": "Country",
    "country_value": "{flag} {country}",
    "region": "Region",
    "pick_below": "pick below",
    "preview_footer": (
        "Pick where you live and play from, then Confirm. Country not listed? Pick Other (ZZ) "
        "and use /setcountry afterwards."
    ),
    "country_placeholder": "Country ({first}–{last})",
    "confirm": "Confirm",
    "restart": "Restart",
    "cancel": "Cancel",
    "form_title": "Ladder registration",
    "form_player_name": "Player name (your in-game name)",
    "form_battletag": "BattleTag (Name#1234)",
    "form_alt_one": "Alternative name (optional)",
    "form_alt_two": "Second alternative name (optional)",
}
EXPIRED = TEXT["expired"]


class SetupPort(Protocol):
    """What this feature needs from the player service."""

    def profile(self, discord_uid: int) -> Profile | None: ...

    async def setup(
        self,
        discord_uid: int,
        *,
        player_name: str,
        battletag: str,
        alt_names: Sequence[str],
        country: str,
        region: str,
        key: str | None = None,
    ) -> str: ...


@dataclass(frozen=True, slots=True)
class SetupDraft:
    """One player's setup in progress; ``offer`` ties it to the preview message's components."""

    offer: str
    player_name: str
    battletag: str
    alt_names: tuple[str, ...]
    country: str | None
    region: str | None

    @property
    def complete(self) -> bool:
        return self.country is not None and self.region is not None


def preview_embed(draft: SetupDraft, game_data: GameData) -> discord.Embed:
    region = game_data.regions.get(draft.region or "")
    country = game_data.countries.get(draft.country or "")
    embed = discord.Embed(title=TEXT["preview_title"], colour=discord.Colour.blurple())
    embed.add_field(name=TEXT["player_name"], value=draft.player_name, inline=True)
    embed.add_field(name=TEXT["battletag"], value=draft.battletag, inline=True)
    alts = ", ".join(a for a in draft.alt_names if a) or TEXT["none"]
    embed.add_field(name=TEXT["alt_names"], value=alts, inline=True)
    embed.add_field(
        name=TEXT["country"],
        value=TEXT["country_value"].format(flag=flag(draft.country), country=country)
        if country
        else TEXT["pick_below"],
        inline=True,
    )
    embed.add_field(name=TEXT["region"], value=region.name if region else TEXT["pick_below"], inline=True)
    embed.set_footer(text=TEXT["preview_footer"])
    return embed


def preview_view(draft: SetupDraft, owner: int, game_data: GameData) -> discord.ui.View:
    items: list[Item[Any]] = []
    for page, options in enumerate(common_country_pages(game_data, draft.country)):
        first, last = options[0].label[0], options[-1].label[0]
        items.append(
            CountrySelect.build(
                options=options,
                placeholder=TEXT["country_placeholder"].format(first=first, last=last),
                owner=owner,
                nonce=draft.offer,
                page=page,
            )
        )
    items.append(
        RegionSelect.build(
            options=region_options(game_data, draft.region),
            placeholder=TEXT["region"],
            owner=owner,
            nonce=draft.offer,
        )
    )
    items += [
        ConfirmSetupButton.build(
            label=TEXT["confirm"],
            style=discord.ButtonStyle.success,
            disabled=not draft.complete,
            owner=owner,
            nonce=draft.offer,
        ),
        RestartSetupButton.build(
            label=TEXT["restart"], style=discord.ButtonStyle.secondary, owner=owner, nonce=draft.offer
        ),
        CancelSetupButton.build(
            label=TEXT["cancel"], style=discord.ButtonStyle.danger, owner=owner, nonce=draft.offer
        ),
    ]
    return persistent_view(*items)


class SetupForm(LadderModal):
    """The names part of setup; existing values (or the draft's) are the defaults."""

    requirement = SETUP_STEP

    def __init__(self, owner_id: int, defaults: SetupDraft | None) -> None:
        super().__init__(title=TEXT["form_title"], owner_id=owner_id)
        alts = defaults.alt_names if defaults else ()
        self.player_name: discord.ui.TextInput[SetupForm] = discord.ui.TextInput(
            label=TEXT["form_player_name"],
            custom_id="player_name",
            min_length=3,
            max_length=12,
            default=(defaults.player_name or None) if defaults else None,
        )
        self.battletag: discord.ui.TextInput[SetupForm] = discord.ui.TextInput(
            label=TEXT["form_battletag"],
            custom_id="battletag",
            max_length=25,
            default=(defaults.battletag or None) if defaults else None,
        )
        self.alt_one: discord.ui.TextInput[SetupForm] = discord.ui.TextInput(
            label=TEXT["form_alt_one"],
            custom_id="alt_one",
            required=False,
            max_length=12,
            default=(alts[0] or None) if alts else None,
        )
        self.alt_two: discord.ui.TextInput[SetupForm] = discord.ui.TextInput(
            label=TEXT["form_alt_two"],
            custom_id="alt_two",
            required=False,
            max_length=12,
            default=(alts[1] or None) if len(alts) > 1 else None,
        )
        for item in (self.player_name, self.battletag, self.alt_one, self.alt_two):
            self.add_item(item)
        self.defaults = defaults

    async def submitted(self, interaction: discord.Interaction) -> None:
        await cog_of(interaction, SetupCog).form_submitted(self, interaction)


class CountrySelect(
    PersistentSelect, template=r"setup:country:(?P<owner>[0-9]+):(?P<nonce>[0-9a-z]+):(?P<page>[0-9])"
):
    requirement = SETUP_STEP

    async def handle(self, ctx: ComponentContext) -> None:
        await cog_of(ctx.interaction, SetupCog).pick(ctx, country=ctx.values[0])


class RegionSelect(PersistentSelect, template=r"setup:region:(?P<owner>[0-9]+):(?P<nonce>[0-9a-z]+)"):
    requirement = SETUP_STEP

    async def handle(self, ctx: ComponentContext) -> None:
        await cog_of(ctx.interaction, SetupCog).pick(ctx, region=ctx.values[0])


class ConfirmSetupButton(PersistentButton, template=r"setup:confirm:(?P<owner>[0-9]+):(?P<nonce>[0-9a-z]+)"):
    requirement = SETUP_CONFIRM

    async def handle(self, ctx: ComponentContext) -> None:
        await cog_of(ctx.interaction, SetupCog).confirm(ctx)


class RestartSetupButton(PersistentButton, template=r"setup:restart:(?P<owner>[0-9]+):(?P<nonce>[0-9a-z]+)"):
    requirement = SETUP_STEP

    async def handle(self, ctx: ComponentContext) -> None:
        await cog_of(ctx.interaction, SetupCog).restart(ctx)


class CancelSetupButton(PersistentButton, template=r"setup:cancel:(?P<owner>[0-9]+):(?P<nonce>[0-9a-z]+)"):
    requirement = SETUP_STEP

    async def handle(self, ctx: ComponentContext) -> None:
        await cog_of(ctx.interaction, SetupCog).cancel(ctx)


class TryAgainSetupButton(PersistentButton, template=r"setup:retry:(?P<owner>[0-9]+):(?P<nonce>[0-9a-z]+)"):
    """Reopens the form after a refused value, with everything the player typed."""

    requirement = SETUP_STEP

    async def handle(self, ctx: ComponentContext) -> None:
        await cog_of(ctx.interaction, SetupCog).restart(ctx)


SETUP_ITEMS = (
    CountrySelect,
    RegionSelect,
    ConfirmSetupButton,
    RestartSetupButton,
    CancelSetupButton,
    TryAgainSetupButton,
)


class SetupCog(GuardedCog):
    def __init__(self, guards: Guards, players: SetupPort, game_data: GameData) -> None:
        super().__init__(guards)
        self.players = players
        self.game_data = game_data
        self.drafts: dict[int, SetupDraft] = {}

    @app_commands.command(
        name="setup", description="Register or change your player name, BattleTag, country, region"
    )
    @requires(SETUP_FLOW)
    async def setup(self, interaction: discord.Interaction) -> None:
        uid = interaction.user.id
        await interaction.response.send_modal(SetupForm(uid, self.drafts.get(uid) or self._current(uid)))

    def _current(self, uid: int) -> SetupDraft | None:
        profile = self.players.profile(uid)
        if profile is None or profile.player_name is None or profile.battletag is None:
            return None
        return SetupDraft(
            "", profile.player_name, profile.battletag, profile.alt_names, profile.country, profile.region
        )

    async def form_submitted(self, form: SetupForm, interaction: discord.Interaction) -> None:
        previous = form.defaults
        typed = SetupDraft(
            offer=nonce(interaction),
            player_name=form.player_name.value,
            battletag=form.battletag.value,
            alt_names=(form.alt_one.value, form.alt_two.value),  # as typed, in their places
            country=previous.country if previous else None,
            region=previous.region if previous else None,
        )
        try:
            name = registration.validate_player_name(typed.player_name)
            tag = registration.validate_battletag(typed.battletag)
            alts = registration.validate_alt_names(typed.alt_names)
            registration.ensure_distinct((name, *alts))
        except ValidationFailed as exc:
            self.drafts[interaction.user.id] = typed
            await self._offer_retry(interaction, typed, str(exc))
            return
        draft = replace(typed, player_name=name, battletag=tag, alt_names=alts)
        self.drafts[interaction.user.id] = draft
        await interaction.response.send_message(
            embed=preview_embed(draft, self.game_data),
            view=preview_view(draft, interaction.user.id, self.game_data),
        )

    def _draft_for(self, ctx: ComponentContext) -> SetupDraft:
        draft = self.drafts.get(ctx.user_id)
        if draft is None or draft.offer != ctx.fields["nonce"]:
            raise UserFacingError(EXPIRED)
        return draft

    async def pick(
        self, ctx: ComponentContext, *, country: str | None = None, region: str | None = None
    ) -> None:
        draft = self._draft_for(ctx)
        draft = replace(draft, country=country or draft.country, region=region or draft.region)
        self.drafts[ctx.user_id] = draft
        await ctx.interaction.response.edit_message(
            embed=preview_embed(draft, self.game_data), view=preview_view(draft, ctx.user_id, self.game_data)
        )

    async def _offer_retry(self, interaction: discord.Interaction, draft: SetupDraft, problem: str) -> None:
        """Say what is wrong, with a Try again button that reopens the form holding ``draft``."""
        retry = TryAgainSetupButton.build(
            label=TEXT["try_again"], owner=interaction.user.id, nonce=draft.offer
        )
        await interaction.response.send_message(
            TEXT["rejected"].format(problem=problem), view=persistent_view(retry), ephemeral=True
        )

    async def confirm(self, ctx: ComponentContext) -> None:
        draft = self._draft_for(ctx)
        if draft.country is None or draft.region is None:
            raise UserFacingError(TEXT["pick_first"])
        try:
            name = await self.players.setup(
                ctx.user_id,
                player_name=draft.player_name,
                battletag=draft.battletag,
                alt_names=draft.alt_names,
                country=draft.country,
                region=draft.region,
                key=ctx.idempotency_key,
            )
        except ValidationFailed as exc:  # e.g. a name another player registered meanwhile
            await self._offer_retry(ctx.interaction, draft, str(exc))
            return
        self.drafts.pop(ctx.user_id, None)
        await ctx.finish(
            content=TEXT["saved"].format(name=name), embeds=[preview_embed(draft, self.game_data)]
        )

    async def restart(self, ctx: ComponentContext) -> None:
        draft = self._draft_for(ctx)
        await ctx.interaction.response.send_modal(SetupForm(ctx.user_id, draft))

    async def cancel(self, ctx: ComponentContext) -> None:
        self.drafts.pop(ctx.user_id, None)
        await ctx.finish(content=TEXT["cancelled"])


FEATURE = Feature(
    "setup",
    lambda deps: SetupCog(deps.guards, deps.ladder.players, deps.game_data),
    SETUP_ITEMS,
)
