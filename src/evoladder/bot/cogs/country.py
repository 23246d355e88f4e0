"""``/setcountry``: change the country shown with your name — autocomplete over every country, a preview
of old → new, and a Confirm click that makes the change (logged with the old and the new value).

The chosen code rides in the Confirm button's custom id, so the confirm needs no memory here and works
after a restart; the custom id is the change's idempotency key, so a double click changes it once.
"""

from __future__ import annotations

from typing import Protocol

import discord
from discord import app_commands
from discord.app_commands import locale_str

from evoladder.bot.checks import PLAYER_READ, requires
from evoladder.bot.components import ComponentContext, PersistentButton, cog_of, nonce, persistent_view
from evoladder.bot.feature import Feature
from evoladder.bot.guarded import GuardedCog, Guards
from evoladder.bot.present.pickers import country_label, country_suggestions, find_country
from evoladder.bot.voice import Voice
from evoladder.gamedata import GameData
from evoladder.i18n import t
from evoladder.rules import registration
from evoladder.rules.text import clean_text
from evoladder.store.profile import Profile


class CountryPort(Protocol):
    """What this feature needs from the player service."""

    def profile(self, discord_uid: int) -> Profile | None: ...

    async def set_country(self, discord_uid: int, country: str, *, key: str | None = None) -> str: ...


def resolve_country(game_data: GameData, typed: str, locale: str = "en") -> str:
    """The code for what the user entered: a suggestion's code, a code, or a country's exact name
    (in English or in the reader's language).

    Anything else is passed on unchanged so the registration rules refuse it with their message.
    """
    return find_country(game_data, typed, locale) or typed.strip()


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

    def _label(self, code: str | None, say: Voice) -> str:
        return country_label(self.game_data, code, say.locale) if code else say("account-country-not-set")

    @app_commands.command(
        name=locale_str("setcountry", key="cmd-setcountry"),
        description=locale_str("Change the country shown with your name", key="cmd-setcountry.description"),
    )
    @app_commands.describe(
        country=locale_str(
            "Start typing your country's name or code", key="cmd-setcountry-country.description"
        )
    )
    @app_commands.rename(country=locale_str("country", key="cmd-setcountry-country"))
    @requires(PLAYER_READ)  # the preview changes nothing; the Confirm click does
    async def setcountry(self, interaction: discord.Interaction, country: str) -> None:
        say = self.say(interaction)
        typed = clean_text(country, field=t("account-country-field"), max_length=100)
        code = registration.validate_country(
            resolve_country(self.game_data, typed, say.locale), self.game_data.countries
        )
        old = self._current(interaction.user.id)
        if old == code:
            await interaction.response.send_message(
                say("account-country-unchanged", country=self._label(code, say))
            )
            return
        offer, owner = nonce(interaction), interaction.user.id
        view = persistent_view(
            ConfirmCountryButton.build(
                label=say("account-country-confirm"),
                style=discord.ButtonStyle.success,
                owner=owner,
                code=code,
                nonce=offer,
            ),
            CancelCountryButton.build(
                label=say("account-country-cancel", old=old) if old else say("account-country-keep-unset"),
                style=discord.ButtonStyle.secondary,
                owner=owner,
                nonce=offer,
            ),
        )
        await interaction.response.send_message(
            say("account-country-preview", old=self._label(old, say), new=self._label(code, say)), view=view
        )

    @setcountry.autocomplete("country")
    async def country_autocomplete(
        self, interaction: discord.Interaction, typed: str
    ) -> list[app_commands.Choice[str]]:
        locale = self.say(interaction).locale
        return [
            app_commands.Choice(name=label, value=code)
            for label, code in country_suggestions(self.game_data, typed, locale)
        ]

    async def confirm(self, ctx: ComponentContext, code: str) -> None:
        changed = await self.players.set_country(ctx.user_id, code, key=ctx.idempotency_key)
        say = ctx.say
        await ctx.finish(content=say("account-country-changed", country=self._label(changed, say)))

    async def cancel(self, ctx: ComponentContext) -> None:
        say = ctx.say
        current = self._label(self._current(ctx.user_id), say)
        await ctx.finish(content=say("account-country-kept", country=current))


FEATURE = Feature(
    "country",
    lambda deps: CountryCog(deps.guards, deps.ladder.players, deps.game_data),
    COUNTRY_ITEMS,
)
