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
from discord.app_commands import locale_str
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
from evoladder.bot.voice import Voice
from evoladder.gamedata import GameData
from evoladder.i18n import Text, t
from evoladder.rules import registration
from evoladder.rules.errors import ValidationFailed
from evoladder.store.profile import Profile

# Picking and previewing change nothing; only Confirm writes (and counts towards the rate limit).
SETUP_STEP = Requirement(dm_only=False, setup=False)
SETUP_CONFIRM = Requirement(dm_only=False, setup=False, state_changing=True)


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


def preview_embed(draft: SetupDraft, game_data: GameData, say: Voice) -> discord.Embed:
    locale = say.locale
    region = game_data.regions.get(draft.region or "")
    country = game_data.country_name(draft.country, locale) if draft.country else None
    embed = discord.Embed(title=say("account-setup-preview-title"), colour=discord.Colour.blurple())
    embed.add_field(name=say("account-setup-player-name"), value=draft.player_name, inline=True)
    embed.add_field(name=say("account-setup-battletag"), value=draft.battletag, inline=True)
    alts = ", ".join(a for a in draft.alt_names if a) or say("account-setup-none")
    embed.add_field(name=say("account-setup-alt-names"), value=alts, inline=True)
    embed.add_field(
        name=say("account-setup-country"),
        value=say("account-setup-country-value", flag=flag(draft.country), country=country)
        if country
        else say("account-setup-pick-below"),
        inline=True,
    )
    embed.add_field(
        name=say("account-setup-region"),
        value=game_data.region_name(region.code, locale) if region else say("account-setup-pick-below"),
        inline=True,
    )
    embed.set_footer(text=say("account-setup-preview-footer"))
    return embed


def preview_view(draft: SetupDraft, owner: int, game_data: GameData, say: Voice) -> discord.ui.View:
    items: list[Item[Any]] = []
    for page, options in enumerate(common_country_pages(game_data, draft.country, say)):
        first, last = options[0].label[0], options[-1].label[0]
        items.append(
            CountrySelect.build(
                options=options,
                placeholder=say("account-setup-country-placeholder", first=first, last=last),
                owner=owner,
                nonce=draft.offer,
                page=page,
            )
        )
    items.append(
        RegionSelect.build(
            options=region_options(game_data, draft.region, say),
            placeholder=say("account-setup-region"),
            owner=owner,
            nonce=draft.offer,
        )
    )
    items += [
        ConfirmSetupButton.build(
            label=say("account-setup-confirm"),
            style=discord.ButtonStyle.success,
            disabled=not draft.complete,
            owner=owner,
            nonce=draft.offer,
        ),
        RestartSetupButton.build(
            label=say("account-setup-restart"),
            style=discord.ButtonStyle.secondary,
            owner=owner,
            nonce=draft.offer,
        ),
        CancelSetupButton.build(
            label=say("account-setup-cancel"),
            style=discord.ButtonStyle.danger,
            owner=owner,
            nonce=draft.offer,
        ),
    ]
    return persistent_view(*items)


class SetupForm(LadderModal):
    """The names part of setup; existing values (or the draft's) are the defaults."""

    requirement = SETUP_STEP

    def __init__(self, owner_id: int, defaults: SetupDraft | None, say: Voice) -> None:
        super().__init__(title=say("account-setup-form-title"), owner_id=owner_id)
        alts = defaults.alt_names if defaults else ()
        self.player_name: discord.ui.TextInput[SetupForm] = discord.ui.TextInput(
            label=say("account-setup-form-player-name"),
            custom_id="player_name",
            min_length=3,
            max_length=12,
            default=(defaults.player_name or None) if defaults else None,
        )
        self.battletag: discord.ui.TextInput[SetupForm] = discord.ui.TextInput(
            label=say("account-setup-form-battletag"),
            custom_id="battletag",
            max_length=25,
            default=(defaults.battletag or None) if defaults else None,
        )
        self.alt_one: discord.ui.TextInput[SetupForm] = discord.ui.TextInput(
            label=say("account-setup-form-alt-one"),
            custom_id="alt_one",
            required=False,
            max_length=12,
            default=(alts[0] or None) if alts else None,
        )
        self.alt_two: discord.ui.TextInput[SetupForm] = discord.ui.TextInput(
            label=say("account-setup-form-alt-two"),
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
        name=locale_str("setup", key="cmd-setup"),
        description=locale_str(
            "Register or change your player name, BattleTag, country, region", key="cmd-setup.description"
        ),
    )
    @requires(SETUP_FLOW)
    async def setup(self, interaction: discord.Interaction) -> None:
        uid = interaction.user.id
        draft = self.drafts.get(uid) or self._current(uid)
        await interaction.response.send_modal(SetupForm(uid, draft, self.say(interaction)))

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
            await self._offer_retry(interaction, typed, exc.text)
            return
        draft = replace(typed, player_name=name, battletag=tag, alt_names=alts)
        self.drafts[interaction.user.id] = draft
        say = self.say(interaction)
        await interaction.response.send_message(
            embed=preview_embed(draft, self.game_data, say),
            view=preview_view(draft, interaction.user.id, self.game_data, say),
        )

    def _draft_for(self, ctx: ComponentContext) -> SetupDraft:
        draft = self.drafts.get(ctx.user_id)
        if draft is None or draft.offer != ctx.fields["nonce"]:
            raise UserFacingError(t("account-setup-expired"))
        return draft

    async def pick(
        self, ctx: ComponentContext, *, country: str | None = None, region: str | None = None
    ) -> None:
        draft = self._draft_for(ctx)
        draft = replace(draft, country=country or draft.country, region=region or draft.region)
        self.drafts[ctx.user_id] = draft
        say = ctx.say
        await ctx.interaction.response.edit_message(
            embed=preview_embed(draft, self.game_data, say),
            view=preview_view(draft, ctx.user_id, self.game_data, say),
        )

    async def _offer_retry(self, interaction: discord.Interaction, draft: SetupDraft, problem: Text) -> None:
        """Say what is wrong, with a Try again button that reopens the form holding ``draft``."""
        say = self.say(interaction)
        retry = TryAgainSetupButton.build(
            label=say("account-setup-try-again"), owner=interaction.user.id, nonce=draft.offer
        )
        await interaction.response.send_message(
            say("account-setup-rejected", problem=problem), view=persistent_view(retry), ephemeral=True
        )

    async def confirm(self, ctx: ComponentContext) -> None:
        draft = self._draft_for(ctx)
        if draft.country is None or draft.region is None:
            raise UserFacingError(t("account-setup-pick-first"))
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
            await self._offer_retry(ctx.interaction, draft, exc.text)
            return
        self.drafts.pop(ctx.user_id, None)
        say = ctx.say
        await ctx.finish(
            content=say("account-setup-saved", name=name), embeds=[preview_embed(draft, self.game_data, say)]
        )

    async def restart(self, ctx: ComponentContext) -> None:
        draft = self._draft_for(ctx)
        await ctx.interaction.response.send_modal(SetupForm(ctx.user_id, draft, ctx.say))

    async def cancel(self, ctx: ComponentContext) -> None:
        self.drafts.pop(ctx.user_id, None)
        await ctx.finish(content=ctx.say("account-setup-cancelled"))


FEATURE = Feature(
    "setup",
    lambda deps: SetupCog(deps.guards, deps.ladder.players, deps.game_data),
    SETUP_ITEMS,
)
