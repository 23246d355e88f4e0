from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from evoladder.rules.mmr import expected_score, rate, score_for


def test_equal_ratings_move_twenty() -> None:
    change = rate(1500, 1500, 1.0)
    assert (change.delta_a, change.delta_b, change.new_a, change.new_b) == (20, -20, 1520, 1480)


def test_hundred_point_gap_predicts_62_38() -> None:
    assert 0.61 < expected_score(1600, 1500) < 0.62


@pytest.mark.parametrize(
    ("gap", "underdog_win", "favourite_win"),
    [(100, 25, 15), (400, 35, 5)],
)
def test_worked_examples(gap: int, underdog_win: int, favourite_win: int) -> None:
    assert rate(1500, 1500 + gap, 1.0).delta_a == underdog_win
    assert rate(1500 + gap, 1500, 1.0).delta_a == favourite_win


def test_draw_moves_towards_each_other() -> None:
    assert rate(1500, 1500, 0.5).delta_a == 0
    change = rate(1400, 1600, 0.5)
    assert change.delta_a > 0 > change.delta_b


def test_ratings_are_integers() -> None:
    change = rate(1517, 1433, 0.0)
    assert all(isinstance(v, int) for v in (change.new_a, change.new_b, change.delta_a, change.delta_b))


def test_rejects_unknown_score() -> None:
    with pytest.raises(ValueError):
        rate(1500, 1500, 0.7)


def test_score_for_results() -> None:
    assert score_for("a", "a") == 1.0 and score_for("a", "b") == 0.0 and score_for("draw", "b") == 0.5


ratings = st.integers(min_value=0, max_value=4000)
scores = st.sampled_from([0.0, 0.5, 1.0])


@given(ratings, ratings, scores)
def test_zero_sum_and_symmetric(a: int, b: int, s: float) -> None:
    change = rate(a, b, s)
    assert change.delta_a + change.delta_b == 0
    mirrored = rate(b, a, 1.0 - s)
    assert mirrored.delta_a == change.delta_b


@given(st.integers(min_value=1000, max_value=2000), st.integers(min_value=0, max_value=1500))
def test_win_gain_grows_with_gap(a: int, gap: int) -> None:
    # The bigger the opponent's advantage, the more a win is worth (monotone, never negative).
    assert 0 <= rate(a, a + gap, 1.0).delta_a <= rate(a, a + gap + 50, 1.0).delta_a <= 40
