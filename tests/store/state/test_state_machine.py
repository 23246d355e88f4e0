"""Hypothesis drives random transitions on ``LadderState``; after every step memory must answer like
the model, MMRs and W/L/D must equal the replay of match history, and ranks the reference ones; at
the end a bulk reload and a journal replay must rebuild the same memory."""

from __future__ import annotations

from hypothesis import HealthCheck, settings

from tests.store.state.model import LadderMachine

TestLadderState = LadderMachine.TestCase
TestLadderState.settings = settings(
    max_examples=40,
    stateful_step_count=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
