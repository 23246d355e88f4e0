from __future__ import annotations

from datetime import UTC, datetime

import pytest

from evoladder.rules.aborts import NoAbortsLeft, aborts_left, month_key, spend_abort

NOV = datetime(2026, 11, 30, 23, 59, tzinfo=UTC)
DEC = datetime(2026, 12, 1, 0, 0, tzinfo=UTC)


def test_three_per_month_then_refused() -> None:
    used, month = 0, None
    for expected_left in (3, 2, 1):
        assert aborts_left(used, month, NOV) == expected_left
        used, month = spend_abort(used, month, NOV)
    assert aborts_left(used, month, NOV) == 0
    with pytest.raises(NoAbortsLeft, match="reset on the 1st"):
        spend_abort(used, month, NOV)


def test_resets_at_the_utc_month_start() -> None:
    used, month = 3, month_key(NOV)
    assert aborts_left(used, month, NOV) == 0
    assert aborts_left(used, month, DEC) == 3
    assert spend_abort(used, month, DEC) == (1, "2026-12")


def test_month_is_utc() -> None:
    from datetime import timedelta, timezone

    seoul = timezone(timedelta(hours=9))
    # 08:00 on Dec 1st in Seoul is still November in UTC.
    assert month_key(datetime(2026, 12, 1, 8, tzinfo=seoul)) == "2026-11"


def test_configurable_allowance() -> None:
    assert aborts_left(0, None, NOV, per_month=5) == 5
