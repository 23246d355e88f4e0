"""Re-deriving MMR when an admin changes a completed match: the ladder afterwards equals a replay of
the whole history from scratch with the new result, every later match's ratings and changes included,
and the check's definition (``replay_history``) still explains every record."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from evoladder.rules import mmr
from evoladder.store.state import LadderState, replay_history
from tests.store.state.helpers import ADMIN, BW, SC2, fresh, register
from tests.store.state.model import MAP, SERVER, SETTINGS, START

Key = tuple[int, str]
SIDE = {1: BW[0], 3: BW[0], 2: SC2[0], 4: SC2[0]}  # players 1 and 3 play BW, 2 and 4 SC2


def play(state: LadderState, a: int, b: int, result: str, at: datetime) -> int:
    """A match between ``a`` (BW) and ``b`` (SC2) that completes at ``at`` with ``result``."""
    state.join_queue(a, [SIDE[a]], [], now=at)
    state.join_queue(b, [SIDE[b]], [], now=at)
    match_id: int = state.create_match(a, SIDE[a], b, SIDE[b], map_name=MAP, server=SERVER, now=at)[
        0
    ].match_id
    for uid in (a, b):
        state.confirm_match(match_id, uid, now=at)
    reports = {"a": ("win", "loss"), "b": ("loss", "win"), "draw": ("draw", "draw")}[result]
    state.report_result(match_id, a, reports[0], now=at)  # type: ignore[arg-type]
    state.report_result(match_id, b, reports[1], now=at)  # type: ignore[arg-type]
    return match_id


def from_scratch(
    events: list[tuple[Any, ...]],
) -> tuple[dict[Key, int], dict[int, tuple[int, int, int, int]]]:
    """The reference: rate every match in time order from the starting rating, admin adjustments in
    between. Returns the ratings and, per match, (before a, before b, delta a, delta b)."""
    ratings: dict[Key, int] = {}
    rated = {}
    for event in events:
        if event[0] == "adjust":
            _, key, delta = event
            ratings[key] = ratings.get(key, SETTINGS.mmr_start) + delta
            continue
        _, match_id, a, b, result = event
        ka, kb = (a, SIDE[a]), (b, SIDE[b])
        ra, rb = ratings.get(ka, SETTINGS.mmr_start), ratings.get(kb, SETTINGS.mmr_start)
        change = mmr.rate(ra, rb, mmr.score_for(result, "a"), SETTINGS.k_factor, SETTINGS.mmr_divisor)
        ratings[ka], ratings[kb] = change.new_a, change.new_b
        rated[match_id] = (ra, rb, change.delta_a, change.delta_b)
    return ratings, rated


def assert_equals_reference(
    state: LadderState, events: list[tuple[Any, ...]], adjustments: list[dict[str, Any]]
) -> None:
    ratings, rated = from_scratch(events)
    for (uid, race), value in ratings.items():
        assert state.mmr_value(uid, race) == value, (uid, race)
    for match_id, (ra, rb, da, db) in rated.items():
        m = state.match(match_id)
        assert m is not None and (m.mmr_a_before, m.mmr_b_before, m.delta_a, m.delta_b) == (ra, rb, da, db), (
            match_id
        )
    history = replay_history(state.export("matches"), adjustments, SETTINGS.mmr_start)
    for row in state.export("mmrs"):
        totals = history[(row["discord_uid"], row["race"])]
        assert (
            row["mmr"],
            row["games"],
            row["wins"],
            row["losses"],
            row["draws"],
            row["last_played_at"],
        ) == (
            totals.mmr,
            totals.games,
            totals.wins,
            totals.losses,
            totals.draws,
            totals.last_played_at,
        )


def test_correcting_then_voiding_an_old_match_rederives_every_later_game() -> None:
    state = fresh()
    for uid, name in ((1, "Alpha"), (2, "Bravo"), (3, "Charlie"), (4, "Delta")):
        register(state, uid, name)
    at = [START + timedelta(hours=h) for h in range(12)]
    schedule = [(1, 2, "a"), (1, 4, "b"), (3, 2, "b"), (3, 4, "draw"), (1, 2, "a"), (3, 4, "a"), (1, 4, "a")]
    events: list[tuple[Any, ...]] = []
    adjustments: list[dict[str, Any]] = []
    ids = []
    for n, (a, b, result) in enumerate(schedule):
        ids.append(play(state, a, b, result, at[n]))
        events.append(("match", ids[-1], a, b, result))
        if n == 1:  # an admin adjustment between games stays where it was
            outcome, _ = state.admin_adjust_mmr(
                2, SC2[0], 35, how="add", admin_uid=ADMIN, reason="x", now=at[n]
            )
            events.append(("adjust", (2, SC2[0]), 35))
            adjustments.append({"discord_uid": 2, "race": SC2[0], "delta": 35})
    assert_equals_reference(state, events, adjustments)

    outcome, _ = state.admin_resolve(ids[0], "b", admin_uid=ADMIN, reason="replay", now=at[8])
    events[0] = ("match", ids[0], 1, 2, "b")
    assert_equals_reference(state, events, adjustments)
    assert outcome.rederived >= 3  # both players' later games, and their opponents' after them
    moved = {uid for uid, *_ in outcome.shifts}
    assert {1, 2} <= moved and moved - {1, 2}, outcome.shifts  # the knock-on reached third players

    outcome, _ = state.admin_invalidate(ids[2], admin_uid=ADMIN, reason="smurf", now=at[9])
    events = [e for e in events if not (e[0] == "match" and e[1] == ids[2])]
    assert_equals_reference(state, events, adjustments)
    assert state.match(ids[2]).status == "invalidated"  # type: ignore[union-attr]
