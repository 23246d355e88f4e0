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

from evoladder.rules.errors import DomainError

log = logging.getLogger(__name__)


class UserFacingError(app_commands.AppCommandError):
    """An error whose message is written for the user who caused it."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.user_message = message


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


def generic_apology(interaction: discord.Interaction) -> str:
    return (
        "Sorry, something went wrong on our side and nothing was changed. Please try again in a moment; "
        f"if it keeps happening, tell an admin this reference: `{interaction.id}`."
    )


def user_message_for(error: BaseException) -> str | None:
    """The message for an error the user caused, or None when it is a bug."""
    original = error
    while isinstance(original, app_commands.CommandInvokeError | app_commands.TransformerError):
        if isinstance(original, app_commands.TransformerError):
            return f"`{original.value}` is not a valid value here. Please pick one of the suggestions."
        original = original.original
    if isinstance(original, UserFacingError):
        return original.user_message
    if isinstance(original, DomainError):
        return str(original)
    if isinstance(original, app_commands.CommandNotFound):
        return "This command is not available any more. Discord may take a minute to show the current ones."
    if isinstance(original, app_commands.CommandOnCooldown):
        return f"Please wait {original.retry_after:.0f} s before using this again."
    return None


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
    message = user_message_for(error)
    if message is None:
        log.error("unexpected error handling %s", describe(interaction), exc_info=error)
        message = generic_apology(interaction)
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
