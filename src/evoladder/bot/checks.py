"""The guards, in one place: banned, DM-only, terms, access (closed seasons), setup, admin, owner,
per-user rate limit. The owner is never locked out by a ban (nobody can ban them; an owner banned
before becoming owner still runs every command, so they can unban themself).

Every command and component declares a ``Requirement``; ``GuardedCog.interaction_check`` and the
persistent components call ``enforce`` with it before any handler runs. What the guards know about a
player comes from a ``PlayerGate`` the ladder services provide (an in-memory read, no I/O).
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol, TypeVar

import discord

from evoladder.bot.errors import (
    AccessRequired,
    Banned,
    GuardRefusal,
    NotAdmin,
    NotInDMs,
    NotOwner,
    RateLimited,
    SetupIncomplete,
    TermsNotAccepted,
)
from evoladder.i18n import t


class PlayerFacts(Protocol):
    """What the guards read about a Discord user (the services' status object has these attributes)."""

    @property
    def banned(self) -> bool: ...
    @property
    def ban_reason(self) -> str | None: ...
    @property
    def terms_accepted(self) -> bool: ...
    @property
    def setup_done(self) -> bool: ...
    @property
    def is_admin(self) -> bool: ...
    @property
    def is_owner(self) -> bool: ...
    @property
    def has_access(self) -> bool: ...


@dataclass(frozen=True, slots=True)
class PlayerStatus:
    """The guards' facts about a Discord user as a plain value (tests, users the services don't know)."""

    banned: bool = False
    ban_reason: str | None = None
    terms_accepted: bool = False
    setup_done: bool = False
    is_admin: bool = False
    is_owner: bool = False
    has_access: bool = True


UNKNOWN_USER = PlayerStatus()


class PlayerGate(Protocol):
    """Answers ``status(user_id)`` from memory; the services implement it."""

    def status(self, user_id: int, /) -> PlayerFacts: ...


@dataclass(frozen=True, slots=True)
class Requirement:
    """What an interaction needs before its handler may run."""

    dm_only: bool = True
    terms: bool = True
    setup: bool = True
    admin: bool = False
    owner: bool = False
    state_changing: bool = False


# The requirements the ladder's commands use (SPEC section 4).
PLAYER_READ = Requirement()
PLAYER_ACTION = Requirement(state_changing=True)
# /termsofservice and /setup only show a form; its Accept / Confirm buttons are the state changes.
TERMS_FLOW = Requirement(terms=False, setup=False)
SETUP_FLOW = Requirement(setup=False)
ADMIN_ACTION = Requirement(dm_only=False, terms=False, setup=False, admin=True, state_changing=True)
OWNER_ACTION = Requirement(dm_only=False, terms=False, setup=False, owner=True, state_changing=True)
# Components already live where their message was sent (a DM, the admin channel), so no DM check.
COMPONENT_ACTION = Requirement(dm_only=False, state_changing=True)


def refusal_for(
    requirement: Requirement, status: PlayerFacts, *, in_dm: bool, command: str
) -> GuardRefusal | None:
    """The first guard the user fails, in the order a user should hear them, or None."""
    if status.banned and not status.is_owner:
        if status.ban_reason:
            return Banned(t("checks-banned-reason", reason=status.ban_reason))
        return Banned(t("checks-banned"))
    if requirement.dm_only and not in_dm:
        return NotInDMs(t("checks-dm-only", command=command))
    if requirement.owner and not status.is_owner:
        return NotOwner(t("checks-owner-only"))
    if requirement.admin and not (status.is_admin or status.is_owner):
        return NotAdmin(t("checks-admin-only"))
    if requirement.terms and not status.terms_accepted:
        return TermsNotAccepted(t("checks-terms-first"))
    if requirement.terms and not status.has_access:
        return AccessRequired(t("checks-access-required"))
    if requirement.setup and not status.setup_done:
        return SetupIncomplete(t("checks-setup-first"))
    return None


class RateLimiter:
    """A sliding window per user: at most ``limit`` state-changing actions in ``window_s`` seconds."""

    def __init__(self, limit: int, window_s: float, clock: Callable[[], float] = time.monotonic) -> None:
        self._limit = limit
        self._window_s = window_s
        self._clock = clock
        self._recent: dict[int, deque[float]] = {}

    def retry_after(self, user_id: int) -> float | None:
        """Count one action; None when allowed, else the seconds until the next one is."""
        now = self._clock()
        recent = self._recent.setdefault(user_id, deque())
        while recent and now - recent[0] >= self._window_s:
            recent.popleft()
        if len(recent) >= self._limit:
            return self._window_s - (now - recent[0])
        recent.append(now)
        return None


def enforce(
    interaction: discord.Interaction,
    requirement: Requirement,
    gate: PlayerGate,
    limiter: RateLimiter,
    *,
    command: str,
) -> None:
    """Raise the user's ``GuardRefusal`` if the interaction may not run, else return."""
    status = gate.status(interaction.user.id)
    in_dm = interaction.guild_id is None
    refusal = refusal_for(requirement, status, in_dm=in_dm, command=command)
    if refusal is not None:
        raise refusal
    if requirement.state_changing:
        wait = limiter.retry_after(interaction.user.id)
        if wait is not None:
            raise RateLimited(t("checks-rate-limited", seconds=max(1, round(wait))))


F = TypeVar("F", bound=Callable[..., object])
REQUIREMENT_ATTRIBUTE = "__evoladder_requirement__"


def requires(requirement: Requirement) -> Callable[[F], F]:
    """Declare what a command callback needs (the default is ``PLAYER_READ``)."""

    def decorate(func: F) -> F:
        target = getattr(func, "callback", func)  # works above or below @app_commands.command
        setattr(target, REQUIREMENT_ATTRIBUTE, requirement)
        return func

    return decorate


def requirement_of(callback: object) -> Requirement:
    requirement = getattr(callback, REQUIREMENT_ATTRIBUTE, PLAYER_READ)
    assert isinstance(requirement, Requirement)
    return requirement
