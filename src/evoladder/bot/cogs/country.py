"""``/setcountry``: change the country shown with your name — autocomplete over every country, a preview
of old → new, and a Confirm click that makes the change (logged with the old and the new value).

The chosen code rides in the Confirm button's custom id, so the confirm needs no memory here and works
after a restart; the custom id is the change's idempotency key, so a double click changes it once.
"""

from __future__ import annotations

from typing import Protocol

import discord
from discord import app_commands

from evoladder.bot.checks import PLAYER_READ, requires
from evoladder.bot.components import ComponentContext, PersistentButton, cog_of, nonce, persistent_view
from evoladder.bot.feature import Feature
from evoladder.bot.guarded import GuardedCog, Guards
from evoladder.bot.present.pickers import country_label, country_suggestions, find_country
from evoladder.gamedata import GameData
from evoladder.rules import registration
from evoladder.rules.text import clean_text
from evoladder.store.profile import Profile

TEXT = {
    "preview": "Change your country from {old} to {new}?",
    "not_set": "not set",
    "unchanged": "Your country is already {country}; nothing to change.",
    "confirm": "Change it",
    "cancel": "Keep {old}",
    "keep_unset": "Cancel",
    "changed": "Your country is now {country}.",
    "kept": "Nothing was changed: your country stays {country}.",
    "field": "Country",
}


class CountryPort(Protocol):
    """What this feature needs from the player service."""

    def profile(self, discord_uid: int) -> Profile | None: ...

    async def set_country(self, discord_uid: int, country: str, *, key: str | None = None) -> str: ...


def resolve_country(game_data: GameData, typed: str) -> str:
    """The code for what the user entered: a suggestion's code, a code, or a country's exact name.

    Anything else is passed on unchanged so the registration rules refuse it with their message.
    """
    return find_country(game_data, typed) or typed.strip()


class ConfirmCountryButton(
    PersistentButton, template=r"country:confirm:(?P<owner>[0-9]+):(?P<code>[A-Z]{2}):(?P<nonce>[0-9a-z]+)"
):
    async def handle(self, ctx: ComponentContext) -> None:
        await cog_of(ctx.interaction, CountryCog).confirm(ctx, self.fields["code"])


class CancelCountryButton(
    PersistentButton, template=r"country:cancel:(?P<owner>[0-9]+):(?P<nonce>[0-9a-z]+)"
):
    async def handle(self, ctx: ComponentContext) -> None:
        await cog_of(ctx.interaction, CountryCog).cancel(ctx)


COUNTRY_ITEMS = (ConfirmCountryButton, CancelCountryButton)


class CountryCog(GuardedCog):
    def __init__(self, guards: Guards, players: CountryPort, game_data: GameData) -> None:
        super().__init__(guards)
        self.players = players
        self.game_data = game_data

    def _current(self, uid: int) -> str | None:
        profile = self.players.profile(uid)
        return profile.country if profile else None

    def _label(self, code: str | None) -> str:
        return country_label(self.game_data, code) if code else TEXT["not_set"]

    @app_commands.command(name="setcountry", description="Change the country shown with your name")
    @app_commands.describe(country="Start typing your country's name or code")
    @requires(PLAYER_READ)  # the preview changes nothing; the Confirm click does
    async def setcountry(self, interaction: discord.Interaction, country: str) -> None:
        typed = clean_text(country, field=TEXT["field"], max_length=100)
        code = registration.validate_country(resolve_country(self.game_data, typed), self.game_data.countries)
        old = self._current(interaction.user.id)
        if old == code:
            await interaction.response.send_message(TEXT["unchanged"].format(country=self._label(code)))
            return
        offer, owner = nonce(interaction), interaction.user.id
        view = persistent_view(
            ConfirmCountryButton.build(
                label=TEXT["confirm"], style=discord.ButtonStyle.success, owner=owner, code=code, nonce=offer
            ),
            CancelCountryButton.build(
                label=TEXT["cancel"].format(old=old) if old else TEXT["keep_unset"],
                style=discord.ButtonStyle.secondary,
                owner=owner,
                nonce=offer,
            ),
        )
        await interaction.response.send_message(
            TEXT["preview"].format(old=self._label(old), new=self._label(code)), view=view
        )

    @setcountry.autocomplete("country")
    async def country_autocomplete(
        self, interaction: discord.Interaction, typed: str
    ) -> list[app_commands.Choice[str]]:
        return [
            app_commands.Choice(name=label, value=code)
            for label, code in country_suggestions(self.game_data, typed)
        ]

    async def confirm(self, ctx: ComponentContext, code: str) -> None:
        changed = await self.players.set_country(ctx.user_id, code, key=ctx.idempotency_key)
        await ctx.finish(content=TEXT["changed"].format(country=self._label(changed)))

    async def cancel(self, ctx: ComponentContext) -> None:
        await ctx.finish(content=TEXT["kept"].format(country=self._label(self._current(ctx.user_id))))


FEATURE = Feature(
    "country",
    lambda deps: CountryCog(deps.guards, deps.ladder.players, deps.game_data),
    COUNTRY_ITEMS,
)
