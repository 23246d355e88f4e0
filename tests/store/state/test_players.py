"""Each ``LadderState`` transition: its effect, its row changes, and every refusal (state untouched)."""

from __future__ import annotations

from evoladder.store.state.outcomes import (
    PlayerSetUp,
    PlayerTouched,
    PreferencesSaved,
    TermsChanged,
)
from tests.store.state.helpers import BW, SC2, assert_full_rows, fresh, in_progress, refused, register
from tests.store.state.model import MAP, START


def test_first_contact_creates_then_refreshes_the_name() -> None:
    state = fresh()
    outcome, changes = state.touch_player(1, "one", now=START)
    assert outcome == PlayerTouched(created=True) and [c.table for c in changes] == ["players"]
    assert state.touch_player(1, "one", now=START) == (PlayerTouched(created=False), [])
    _, changes = state.touch_player(1, "uno", now=START)
    assert state.player(1).discord_name == "uno" and changes[0].row["discord_name"] == "uno"  # type: ignore[union-attr]
    assert_full_rows(changes)


def test_setup_requires_terms_and_validates_and_logs_each_field() -> None:
    state = fresh()
    state.touch_player(1, "one", now=START)
    refused(
        state,
        "accept the terms",
        "setup",
        1,
        player_name="Alpha",
        battletag="Alpha#123",
        alt_names=[],
        country="KR",
        region="KRJ",
        now=START,
    )
    state.accept_terms(1, now=START)
    refused(
        state,
        "not valid",
        "setup",
        1,
        player_name="A1",
        battletag="A#123",
        alt_names=[],
        country="KR",
        region="KRJ",
        now=START,
    )
    outcome, changes = state.setup(
        1,
        player_name="Alpha",
        battletag="Alpha#123",
        alt_names=["알파고"],
        country="kr",
        region="KRJ",
        now=START,
    )
    assert outcome == PlayerSetUp(player_name="Alpha")
    logged = {c.row["field"]: c.row["new_value"] for c in changes if c.table == "player_action_logs"}
    assert logged["player_name"] == "Alpha" and logged["country"] == "KR"
    assert state.player_by_name("ALPHA").discord_uid == 1  # type: ignore[union-attr]
    assert state.player_by_name("알파고").discord_uid == 1  # type: ignore[union-attr]
    assert_full_rows(changes)


def test_names_are_distinct_across_players_case_insensitively() -> None:
    state = fresh()
    register(state, 1, "Alpha")
    state.touch_player(2, "two", now=START)
    state.accept_terms(2, now=START)
    refused(
        state,
        "already registered",
        "setup",
        2,
        player_name="alpha",
        battletag="B#123",
        alt_names=[],
        country="KR",
        region="KRJ",
        now=START,
    )
    # A player may re-run setup keeping their own name.
    state.setup(
        1, player_name="Alpha", battletag="Alpha#999", alt_names=[], country="KR", region="KRJ", now=START
    )
    assert state.player(1).battletag == "Alpha#999"  # type: ignore[union-attr]


def test_set_country_moves_leaderboard_entries() -> None:
    state = fresh()
    match_id = in_progress(state)
    state.report_result(match_id, 1, "win", now=START)
    state.report_result(match_id, 2, "loss", now=START)
    refused(state, "not a country code", "set_country", 1, "QQ", now=START)
    _, changes = state.set_country(1, "DE", now=START)
    assert [c.table for c in changes] == ["player_action_logs", "players"]
    assert [r.discord_uid for r in state.leaderboard_page(START, countries=["DE"]).rows] == [1]
    assert [r.discord_uid for r in state.leaderboard_page(START, countries=["KR"]).rows] == [2]


def test_decline_terms_withdraws_acceptance_but_not_while_playing() -> None:
    state = fresh()
    match_id = in_progress(state)
    refused(state, "finish your match", "decline_terms", 1, now=START)
    state.report_result(match_id, 1, "win", now=START)
    state.report_result(match_id, 2, "loss", now=START)
    outcome, changes = state.decline_terms(1, now=START)
    assert outcome == TermsChanged(accepted=False) and state.player(1).terms_accepted_at is None  # type: ignore[union-attr]
    refused(state, "Finish /termsofservice and /setup", "join_queue", 1, [BW[0]], [], now=START)
    assert [c.table for c in changes] == ["player_action_logs", "players"]


def test_preferences_are_validated_logged_and_remembered() -> None:
    state = fresh()
    register(state, 1, "Alpha")
    refused(state, "veto only pool maps", "set_preferences", 1, [BW[0]], ["Nowhere"], now=START)
    state.set_preferences(1, [BW[0]], [MAP], now=START)
    outcome, changes = state.set_preferences(1, [BW[0], SC2[2]], [], now=START)
    assert outcome == PreferencesSaved(races=(BW[0], SC2[2]), vetoes=())
    assert {c.row["field"] for c in changes if c.table == "player_action_logs"} == {
        "preferences.races",
        "preferences.vetoes",
    }
    assert state.set_preferences(1, [BW[0], SC2[2]], [], now=START)[1] == []  # nothing changed
