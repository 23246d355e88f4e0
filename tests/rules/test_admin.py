from __future__ import annotations

import pytest

from evoladder.rules.admin import MMR_MAX, check_admin_change, check_ban_change, check_mmr, require_reason
from evoladder.rules.errors import DomainError


def test_reason_required_and_trimmed() -> None:
    assert require_reason("  cheating ") == "cheating"
    with pytest.raises(DomainError, match="reason"):
        require_reason("   ")


def test_mmr_bounds() -> None:
    assert check_mmr(MMR_MAX) == MMR_MAX
    for bad in (-1, MMR_MAX + 1, 1500.5):
        with pytest.raises(DomainError, match="whole number"):
            check_mmr(bad)


def test_changes_must_change_something() -> None:
    check_ban_change(banned_now=False, ban=True)
    with pytest.raises(DomainError, match="already banned"):
        check_ban_change(banned_now=True, ban=True)
    with pytest.raises(DomainError, match="not banned"):
        check_ban_change(banned_now=False, ban=False)
    with pytest.raises(DomainError, match="already an admin"):
        check_admin_change(is_admin=True, make_admin=True)
