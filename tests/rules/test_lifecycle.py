from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from evoladder.rules.errors import IllegalTransition, ValidationFailed
from evoladder.rules.lifecycle import OPEN_STATUSES, MatchLifecycle, MatchStatus, check_replay_free


def started() -> MatchLifecycle:
    return MatchLifecycle().confirm("a").confirm("b")


def test_confirmed_by_one_then_both() -> None:
    m = MatchLifecycle().confirm("b")
    assert m.status is MatchStatus.FOUND and m.unconfirmed == ("a",)
    assert m.confirm("a").status is MatchStatus.IN_PROGRESS
    with pytest.raises(IllegalTransition, match="already confirmed"):
        m.confirm("b")


def test_confirm_timeout_cancels() -> None:
    m = MatchLifecycle().confirm("a").confirm_timeout()
    assert m.status is MatchStatus.CANCELLED and m.end_reason == "confirm_timeout"
    with pytest.raises(IllegalTransition):
        started().confirm_timeout()


def test_abort_unconfirmed_or_unplayed_only() -> None:
    assert MatchLifecycle().abort("a").aborted_by == "a"
    assert started().abort("b").status is MatchStatus.ABORTED
    with pytest.raises(IllegalTransition, match="already been reported"):
        started().report("a", "win").abort("b")
    with pytest.raises(IllegalTransition, match="no longer be aborted"):
        MatchLifecycle().abort("a").abort("b")


def test_reports_agree_complete() -> None:
    m = started().report("a", "loss")
    assert m.status is MatchStatus.IN_PROGRESS
    m = m.report("b", "win")
    assert (m.status, m.result) == (MatchStatus.COMPLETED, "b")
    d = started().report("a", "draw").report("b", "draw")
    assert d.result == "draw"


def test_reports_disagree_conflict_and_frozen() -> None:
    m = started().report("a", "win").report("b", "win")
    assert m.status is MatchStatus.CONFLICT and m.result is None
    with pytest.raises(IllegalTransition, match="no longer be reported"):
        m.report("a", "loss")


def test_report_before_confirm_refused() -> None:
    with pytest.raises(IllegalTransition, match="confirm"):
        MatchLifecycle().report("a", "win")


def test_replay_settles_or_conflicts() -> None:
    assert started().settle_by_replay("a").result == "a"
    assert started().report("a", "win").settle_by_replay("a").status is MatchStatus.COMPLETED
    m = started().report("b", "win").settle_by_replay("a")
    assert m.status is MatchStatus.CONFLICT and m.replay_result == "a"
    # A report arriving after... a replay settled is refused; a report contradicting a pending replay conflicts.
    with pytest.raises(IllegalTransition):
        started().settle_by_replay("a").report("b", "win")


def test_report_deadline_a_lone_report_is_a_dispute_never_a_result() -> None:
    assert started().report_deadline().status is MatchStatus.CANCELLED
    m = started().report("a", "win").report_deadline()
    assert (m.status, m.result, m.end_reason) == (MatchStatus.CONFLICT, None, "lone_report_at_deadline")
    assert MatchLifecycle().report_deadline().status is MatchStatus.CANCELLED
    with pytest.raises(IllegalTransition):
        started().abort("a").report_deadline()


def test_a_verified_replay_alone_completes_and_settles_an_uncontradicted_dispute() -> None:
    assert (started().settle_by_replay("b").status, started().settle_by_replay("b").result) == (
        MatchStatus.COMPLETED,
        "b",
    )
    lone = started().report("a", "win").report_deadline()
    assert lone.settle_by_replay("a").status is MatchStatus.COMPLETED  # the replay confirms the lone word
    kept = lone.settle_by_replay("b")
    assert (kept.status, kept.end_reason) == (MatchStatus.CONFLICT, "lone_report_at_deadline")
    disagree = started().report("a", "win").report("b", "win")
    assert disagree.settle_by_replay("a").status is MatchStatus.CONFLICT  # b's report contradicts it


def test_strict_mode_unlocks_a_report_only_with_a_verified_replay() -> None:
    with pytest.raises(IllegalTransition, match="once your replay of this game is verified"):
        started().report("a", "win", require_replay=True, replay_verified=False)
    m = started().report("a", "win", require_replay=True, replay_verified=True)
    assert m.reports == {"a": "win"}


def test_a_replay_another_match_holds_is_refused() -> None:
    check_replay_free(3, None)  # new, or freed when its uploader replaced it
    check_replay_free(3, 3)
    with pytest.raises(ValidationFailed, match="already the evidence of match #2"):
        check_replay_free(3, 2)


def test_admin_resolve_and_invalidate() -> None:
    conflict = started().report("a", "win").report("b", "win")
    assert conflict.admin_resolve("draw").result == "draw"
    corrected = conflict.admin_resolve("a").admin_resolve("b")  # a completed match corrected
    assert corrected.status is MatchStatus.COMPLETED and corrected.result == "b"
    with pytest.raises(IllegalTransition, match="already has that result"):
        conflict.admin_resolve("a").admin_resolve("a")
    with pytest.raises(IllegalTransition, match="only open, disputed or completed"):
        started().abort("a").admin_resolve("a")
    done = started().report("a", "win").report("b", "loss")
    assert done.admin_invalidate().status is MatchStatus.INVALIDATED
    with pytest.raises(IllegalTransition):
        done.admin_invalidate().admin_invalidate()


EVENTS = st.lists(
    st.one_of(
        st.tuples(st.just("confirm"), st.sampled_from("ab")),
        st.tuples(st.just("abort"), st.sampled_from("ab")),
        st.tuples(st.just("report"), st.sampled_from("ab"), st.sampled_from(["win", "loss", "draw"])),
        st.tuples(st.just("settle_by_replay"), st.sampled_from(["a", "b", "draw"])),
        st.tuples(st.just("confirm_timeout")),
        st.tuples(st.just("report_deadline")),
        st.tuples(st.just("admin_resolve"), st.sampled_from(["a", "b", "draw"])),
        st.tuples(st.just("admin_invalidate")),
    ),
    max_size=12,
)


@given(EVENTS)
def test_random_event_sequences_never_reach_an_illegal_state(events: list[tuple[str, ...]]) -> None:
    m = MatchLifecycle()
    for name, *args in events:
        try:
            m = getattr(m, name)(*args)
        except IllegalTransition:
            continue
        # Invariants of every reachable state:
        assert (m.status is MatchStatus.COMPLETED) == (
            m.result is not None
        ) or m.status is MatchStatus.INVALIDATED
        if m.status is MatchStatus.IN_PROGRESS or m.reports:
            assert m.confirmed == {"a", "b"} or m.status is MatchStatus.INVALIDATED
        if m.status is MatchStatus.ABORTED:
            assert m.aborted_by in ("a", "b") and not m.reports
        assert len(m.reports) <= 2
        assert m.is_open == (m.status in OPEN_STATUSES)
