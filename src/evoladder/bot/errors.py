"""What a user reads when something goes wrong, and the one place that answers with it.

Errors a user can cause (a guard refusing, a rule refusing, a bad option value) get their own clear
message. Anything else is a bug: it is logged with the interaction's context and the user gets a short
apology with a reference they can give an admin. Answering never raises, so nothing crashes a view.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

import discord
from discord import app_commands

from evoladder.bot.voice import Voice, Voices
from evoladder.i18n import Text, english, shipped_catalog
from evoladder.rules.errors import DomainError
from evoladder.rules.text import echo

log = logging.getLogger(__name__)


class UserFacingError(app_commands.AppCommandError):
    """An error whose message (a catalog ``Text``) is written for the user who caused it."""

    def __init__(self, message: Text) -> None:
        if not isinstance(message, Text):  # words for players come from the catalogs only
            raise TypeError(f"UserFacingError takes a catalog Text, not {type(message).__name__}")
        self.text = message
        self.user_message = english(self.text)  # for logs and tests
        super().__init__(self.user_message)


class GuardRefusal(UserFacingError, app_commands.CheckFailure):
    """A guard (``checks.py``) refused the interaction before any handler ran."""

    reason = "refused"


class Banned(GuardRefusal):
    reason = "banned"


class NotInDMs(GuardRefusal):
    reason = "not_in_dms"


class TermsNotAccepted(GuardRefusal):
    reason = "terms_not_accepted"


class SetupIncomplete(GuardRefusal):
    reason = "setup_incomplete"


class NotAdmin(GuardRefusal):
    reason = "not_admin"


class NotOwner(GuardRefusal):
    reason = "not_owner"


class RateLimited(GuardRefusal):
    reason = "rate_limited"


class NotYourComponent(GuardRefusal):
    reason = "not_your_component"


class AccessRequired(GuardRefusal):
    reason = "access_required"


def generic_apology(interaction: discord.Interaction, say: Voice) -> str:
    return say("error-unexpected", ref=str(interaction.id))


def user_message_for(error: BaseException, say: Voice) -> str | None:
    """The message for an error the user caused, in the reader's language, or None when it is a bug."""
    original = error
    while isinstance(original, app_commands.CommandInvokeError | app_commands.TransformerError):
        if isinstance(original, app_commands.TransformerError):
            return say("error-bad-value", value=echo(str(original.value)))
        original = original.original
    if isinstance(original, UserFacingError | DomainError):
        return say(original.text)
    if isinstance(original, app_commands.CommandNotFound):
        return say("error-command-gone")
    if isinstance(original, app_commands.CommandOnCooldown):
        return say("error-cooldown", seconds=round(original.retry_after))
    return None


def voice_of(interaction: discord.Interaction) -> Voice:
    """The voice to answer this interaction in (English if the client has none, e.g. a bare bot)."""
    voices = getattr(interaction.client, "voices", None)
    return voices.of(interaction) if isinstance(voices, Voices) else Voice(shipped_catalog(), "en")


def describe(interaction: discord.Interaction) -> str:
    """The context of an interaction for a log line: who, where, what."""
    data: Mapping[str, Any] = interaction.data or {}
    what = data.get("name") or data.get("custom_id") or "?"
    return (
        f"interaction={interaction.id} type={interaction.type.name} what={what!r} "
        f"user={interaction.user.id} guild={interaction.guild_id} channel={interaction.channel_id}"
    )


async def answer_error(interaction: discord.Interaction, error: BaseException) -> str:
    """Tell the user what went wrong (ephemeral), logging bugs with context; returns the outcome label."""
    say = voice_of(interaction)
    message = user_message_for(error, say)
    if message is None:
        log.error("unexpected error handling %s", describe(interaction), exc_info=error)
        message = generic_apology(interaction, say)
        outcome = "error"
    else:
        outcome = f"refused:{getattr(error, 'reason', type(error).__name__)}"
    await send_ephemeral(interaction, message)
    return outcome


async def send_ephemeral(interaction: discord.Interaction, message: str) -> None:
    """Answer with an ephemeral message, as a follow-up when the interaction was already answered."""
    try:
        if interaction.response.is_done():
            await interaction.followup.send(message, ephemeral=True)
        else:
            await interaction.response.send_message(message, ephemeral=True)
    except discord.HTTPException:
        log.exception("could not deliver an error message for %s", describe(interaction))
