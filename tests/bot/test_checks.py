from __future__ import annotations

import pytest

from evoladder.bot import errors
from evoladder.bot.checks import (
    ADMIN_ACTION,
    OWNER_ACTION,
    PLAYER_ACTION,
    PLAYER_READ,
    SETUP_FLOW,
    TERMS_FLOW,
    UNKNOWN_USER,
    PlayerStatus,
    RateLimiter,
    refusal_for,
)

READY = PlayerStatus(terms_accepted=True, setup_done=True)


def refused(requirement, status, *, in_dm=True):  # type: ignore[no-untyped-def]
    return refusal_for(requirement, status, in_dm=in_dm, command="queue")


def test_a_ready_player_passes_player_commands_in_dms_only() -> None:
    assert refused(PLAYER_ACTION, READY) is None
    refusal = refused(PLAYER_ACTION, READY, in_dm=False)
    assert isinstance(refusal, errors.NotInDMs)
    assert "direct message" in refusal.user_message and "/queue" in refusal.user_message


def test_terms_come_before_setup_and_each_flow_needs_only_its_step() -> None:
    assert isinstance(refused(PLAYER_READ, UNKNOWN_USER), errors.TermsNotAccepted)
    assert isinstance(refused(PLAYER_READ, PlayerStatus(terms_accepted=True)), errors.SetupIncomplete)
    assert refused(TERMS_FLOW, UNKNOWN_USER) is None
    assert isinstance(refused(SETUP_FLOW, UNKNOWN_USER), errors.TermsNotAccepted)
    assert refused(SETUP_FLOW, PlayerStatus(terms_accepted=True)) is None


def test_a_banned_player_only_ever_reads_the_ban_notice() -> None:
    banned = PlayerStatus(banned=True, ban_reason="smurfing", terms_accepted=True, setup_done=True)
    for requirement in (PLAYER_READ, PLAYER_ACTION, TERMS_FLOW, SETUP_FLOW, ADMIN_ACTION):
        refusal = refused(requirement, banned, in_dm=False)
        assert isinstance(refusal, errors.Banned)
        assert "smurfing" in refusal.user_message


def test_admin_and_owner_actions() -> None:
    assert isinstance(refused(ADMIN_ACTION, READY, in_dm=False), errors.NotAdmin)
    assert refused(ADMIN_ACTION, PlayerStatus(is_admin=True), in_dm=False) is None
    assert refused(ADMIN_ACTION, PlayerStatus(is_owner=True), in_dm=False) is None
    assert isinstance(refused(OWNER_ACTION, PlayerStatus(is_admin=True), in_dm=False), errors.NotOwner)
    assert refused(OWNER_ACTION, PlayerStatus(is_owner=True), in_dm=False) is None


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_the_rate_limit_is_a_sliding_window_per_user() -> None:
    clock = FakeClock()
    limiter = RateLimiter(limit=3, window_s=10, clock=clock)
    assert [limiter.retry_after(1) for _ in range(3)] == [None, None, None]
    clock.now += 4
    assert limiter.retry_after(1) == pytest.approx(6)
    assert limiter.retry_after(2) is None  # another user has their own window
    clock.now += 6
    assert limiter.retry_after(1) is None  # the first action left the window


def test_a_ban_never_locks_the_owner_out() -> None:
    """Durability issue, item 5: an owner banned (before becoming owner) must still reach /admin."""
    banned_owner = PlayerStatus(banned=True, ban_reason="old", is_owner=True, is_admin=True)
    assert refused(ADMIN_ACTION, banned_owner, in_dm=False) is None
    assert refused(OWNER_ACTION, banned_owner, in_dm=False) is None
    banned_admin = PlayerStatus(banned=True, ban_reason="old", is_admin=True)
    assert isinstance(refused(ADMIN_ACTION, banned_admin, in_dm=False), errors.Banned)


def test_a_closed_season_asks_for_a_code_after_the_terms() -> None:
    no_code = PlayerStatus(terms_accepted=True, setup_done=True, has_access=False)
    refusal = refused(PLAYER_READ, no_code)
    assert isinstance(refusal, errors.AccessRequired) and "/activate" in refusal.user_message
    assert isinstance(refused(SETUP_FLOW, PlayerStatus(has_access=False)), errors.TermsNotAccepted)
