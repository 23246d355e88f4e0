from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from evoladder.rules.access import check_code_spec, check_redeemable, format_code, normalize_code
from evoladder.rules.errors import DomainError

NOW = datetime(2026, 5, 1, tzinfo=UTC)


def test_codes_are_typed_in_any_case_with_or_without_the_dash() -> None:
    assert format_code("ABCDEFGH") == "ABCD-EFGH"
    assert normalize_code(" abcd efgh ") == normalize_code("ABCD-EFGH") == "ABCD-EFGH"
    for bad in ("ABCD-EFG", "ABCD-EFG0", "hello world", ""):  # 0 and O are not in the alphabet
        with pytest.raises(DomainError, match="not an access code"):
            normalize_code(bad)


def test_what_an_admin_may_create() -> None:
    assert check_code_spec(1, 7, " for Bob ") == (1, 7, "for Bob")
    for uses, days, fragment in (
        (0, 7, "Uses"),
        (10_001, 7, "Uses"),
        (1, 0, "Validity"),
        (1, 366, "Validity"),
    ):
        with pytest.raises(DomainError, match=fragment):
            check_code_spec(uses, days, "x")


def test_when_a_code_can_be_redeemed() -> None:
    facts = {"code": "ABCD-EFGH", "uses": 0, "uses_allowed": 1, "expires_at": NOW + timedelta(days=1)}
    check_redeemable(**facts, revoked=False, already_activated=False, now=NOW)
    for change, fragment in (
        ({"already_activated": True}, "already activated"),
        ({"revoked": True}, "withdrawn"),
        ({"now": NOW + timedelta(days=1)}, "expired"),
        ({"uses": 1}, "already been used once, its limit"),
    ):
        args = {**facts, "revoked": False, "already_activated": False, "now": NOW, **change}
        with pytest.raises(DomainError, match=fragment):
            check_redeemable(**args)  # type: ignore[arg-type]
