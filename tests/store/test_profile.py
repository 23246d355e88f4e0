"""The ``/profile`` payload: totals, 14/30/90-day W-L-D, ranks, aborts, MMR-over-time points."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from evoladder.store.profile import build_profile
from evoladder.store.state import LadderState
from tests.store.state.helpers import register
from tests.store.state.model import GAME_DATA, MAP, SERVER, SETTINGS, START

BW, SC2 = GAME_DATA.races_of("bw"), GAME_DATA.races_of("sc2")


def play(state: LadderState, a: int, b: int, report_a: str, when: datetime) -> None:
    state.join_queue(a, [BW[0]], [], now=when)
    state.join_queue(b, [SC2[0]], [], now=when)
    outcome, _ = state.create_match(a, BW[0], b, SC2[0], map_name=MAP, server=SERVER, now=when)
    match_id = outcome.match_id
    for uid in (a, b):
        state.confirm_match(match_id, uid, now=when)
    opposite = {"win": "loss", "loss": "win", "draw": "draw"}[report_a]
    state.report_result(match_id, a, report_a, now=when)
    state.report_result(match_id, b, opposite, now=when)


def test_profile_windows_totals_and_points() -> None:
    state = LadderState(SETTINGS, GAME_DATA)
    state.finish_load(START)
    register(state, 1, "Alpha")
    register(state, 2, "Bravo")
    now = START + timedelta(days=100)
    # 95, 60, 20 and 2 days before `now`: windows 14/30/90 hold 1/2/3 of them, the total all 4.
    for days, report in ((95, "win"), (60, "loss"), (20, "draw"), (2, "win")):
        play(state, 1, 2, report, now - timedelta(days=days))
    profile = build_profile(state, 1, now)
    assert profile is not None and profile.player_name == "Alpha" and profile.aborts_left == 3
    (race,) = profile.races
    assert race.race == BW[0] and race.mmr == state.mmr(1, BW[0]).mmr  # type: ignore[union-attr]
    assert (race.total.wins, race.total.losses, race.total.draws) == (2, 1, 1)
    assert (race.recent[14].wins, race.recent[14].games) == (1, 1)
    assert (race.recent[30].draws, race.recent[30].games) == (1, 2)
    assert (race.recent[90].losses, race.recent[90].games) == (1, 3)
    assert race.total.win_percent == 62.5
    assert race.letter is not None and race.last_played_at == now - timedelta(days=2)
    assert [mmr for _, mmr in race.mmr_points][-1] == race.mmr and len(race.mmr_points) == 3
    assert build_profile(state, 99, now) is None


def test_profile_of_an_inactive_player_is_unranked() -> None:
    state = LadderState(SETTINGS, GAME_DATA)
    state.finish_load(START)
    register(state, 1, "Alpha")
    register(state, 2, "Bravo")
    play(state, 1, 2, "win", START)
    profile = build_profile(state, 2, START + timedelta(days=15))
    assert profile is not None and profile.races[0].letter is None
    assert profile.races[0].recent[14].games == 0 and profile.races[0].total.games == 1


def test_profile_totals_over_every_race_and_the_account_status() -> None:
    state = LadderState(SETTINGS, GAME_DATA)
    state.finish_load(START)
    register(state, 1, "Alpha")
    register(state, 2, "Bravo")
    now = START + timedelta(days=40)
    play(state, 1, 2, "win", now - timedelta(days=35))  # Alpha on BW, Bravo on SC2
    play(state, 2, 1, "win", now - timedelta(days=3))  # Bravo on BW now, Alpha on SC2
    play(state, 2, 1, "draw", now - timedelta(days=1))
    alpha = build_profile(state, 1, now)
    assert alpha is not None and len(alpha.races) == 2
    assert alpha.overall == (1, 1, 1) and alpha.overall.win_percent == 50.0
    assert alpha.overall_recent[14] == (0, 1, 1) and alpha.overall_recent[90] == (1, 1, 1)
    account = alpha.account
    assert account.terms_accepted and account.setup_done and not account.banned
    assert account.activation is None  # access is open: no access codes in this ladder
    assert account.aborts_left == SETTINGS.aborts_per_month
    assert account.aborts_reset_at == datetime(
        now.year + (now.month == 12), now.month % 12 + 1, 1, tzinfo=UTC
    )

    state.admin_ban(2, banned=True, admin_uid=900, reason="Smurf account", now=now)
    bravo = build_profile(state, 2, now)
    assert bravo is not None and bravo.account.banned and bravo.account.ban_reason == "Smurf account"


def test_the_cached_walk_always_equals_a_fresh_one() -> None:
    """Games played, corrected and voided, and time passing window edges: the cached profile is the
    one a fresh walk gives (``_walk`` keeps a walk only while it is exact)."""
    rng = random.Random(15)
    state = LadderState(SETTINGS, GAME_DATA)
    state.finish_load(START)
    for uid, name in ((1, "Alpha"), (2, "Bravo"), (3, "Charlie")):
        register(state, uid, name)
    now, played, hits = START, [], 0
    for step in range(400):
        action = rng.random()
        if action < 0.35:
            a, b = rng.sample([1, 2, 3], 2)
            play(state, a, b, rng.choice(["win", "loss", "draw"]), now)
            played.append(max(state.t.matches))
        elif action < 0.45 and played:
            match_id = rng.choice(played)
            other = [r for r in ("a", "b", "draw") if r != state.t.matches[match_id].result]
            state.admin_resolve(match_id, rng.choice(other), admin_uid=1, reason="replay", now=now)  # type: ignore[arg-type]
        elif action < 0.5 and played:
            match_id = played.pop(rng.randrange(len(played)))
            state.admin_invalidate(match_id, admin_uid=1, reason="void", now=now)
        else:  # minutes to weeks: games leave the 14, 30 and 90-day windows on the way
            now += timedelta(minutes=rng.choice([1, 30, 600, 60 * 24 * rng.randint(1, 20)]))
        for uid in (1, 2, 3):
            walk = state.t.profile_walks.get(uid)
            cached = build_profile(state, uid, now)
            hits += walk is not None and state.t.profile_walks.get(uid) is walk
            del state.t.profile_walks[uid]
            assert cached == build_profile(state, uid, now), f"step {step}, player {uid}"
            build_profile(state, uid, now)  # cache it again for the next step
    assert hits > 300  # the cache was used, not just refilled
