"""Verification: one check per rule of SPEC section 3, on real replays and a two-player fixture."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from evoladder.gamedata import GameData
from evoladder.replays.fingerprint import ModFingerprint, learn
from evoladder.replays.summary import LobbyOptions, ReplayRefusal, ReplaySummary
from evoladder.replays.verify import MatchFacts, MatchPlayerFacts, ReplayVerifier, Verdict
from tests.replays.conftest import make_player, sample_kind

CONFIRMED = datetime(2026, 1, 5, 20, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def fingerprint(evo_samples: dict[Path, ReplaySummary]) -> ModFingerprint:
    official = [s for p, s in evo_samples.items() if sample_kind(p)[1] == "Official"]
    return ModFingerprint(mod_name="SC: Evo Complete").with_version(
        learn(official, learned_at=datetime(2026, 1, 1, tzinfo=UTC))
    )


@pytest.fixture()
def verifier(game_data: GameData, fingerprint: ModFingerprint) -> ReplayVerifier:
    return ReplayVerifier(
        game_data=game_data,
        fingerprint=fingerprint,
        start_window=timedelta(hours=4),
        start_early_slack=timedelta(minutes=15),
    )


@pytest.fixture()
def match() -> MatchFacts:
    return MatchFacts(
        match_id=7,
        players=(
            MatchPlayerFacts(name="Bob", race="sc2_terran", alt_names=("밥",)),
            MatchPlayerFacts(name="Alicia", race="bw_zerg", alt_names=("Alice",)),
        ),
        map_name="Khione SEL",
        confirmed_at=CONFIRMED,
        bnet_region="EU",
    )


def statuses(verdict: Verdict) -> dict[str, str]:
    return {c.name: c.status for c in verdict.checks}


def test_a_ranked_game_that_follows_every_rule_passes_every_check(
    verifier: ReplayVerifier, two_player_summary: ReplaySummary, match: MatchFacts
) -> None:
    verdict = verifier.verify(two_player_summary, match=match)
    assert verdict.ok, verdict.failures
    assert set(statuses(verdict).values()) == {"pass"}
    assert list(statuses(verdict)) == [
        "parse", "duplicate", "players", "observers", "races", "map", "lobby", "mod",
        "start_time", "names", "region", "result",
    ]  # fmt: skip
    assert verdict.check("result").reason == "Alice won"  # type: ignore[union-attr]


def test_without_a_match_only_the_match_free_checks_run(
    verifier: ReplayVerifier, two_player_summary: ReplaySummary
) -> None:
    verdict = verifier.verify(two_player_summary)
    assert verdict.ok
    assert list(statuses(verdict)) == [
        "parse",
        "players",
        "observers",
        "races",
        "map",
        "lobby",
        "mod",
        "result",
    ]


@pytest.mark.parametrize(
    ("stem", "check", "reason_part"),
    [
        ("1v1-abyssalreef-with-5-observers-3.16", "observers", "5 observer(s)"),
        ("1v1-vs-ai-backwater-4.3", "players", "A.I. player(s) in the game (A.I. 1 (Very Easy))"),
        ("coop-2v2-oblivion-4.11", "players", "A.I. player(s)"),
        ("unparseable-4.1.2", "parse", "no dependency list"),
        ("1v1-honorgrounds-3.12", "races", "both players play StarCraft II races"),
        ("1v1-kairos-pvp-4.10", "races", "both players play StarCraft II races"),
        ("1v1-odyssey-3.14-a", "mod", "not played with SC: Evo Complete"),
        ("1v1-odyssey-4.0", "mod", "not played with SC: Evo Complete"),
        ("1v1-proxima-3.14-b", "map", "not in the season's map pool"),
        ("1v1-sequencer-3.14-c", "mod", "the game loaded no custom mod"),
    ],
)
def test_every_standard_game_is_refused_for_its_own_reason(
    verifier: ReplayVerifier, standard_outcomes: dict, stem: str, check: str, reason_part: str
) -> None:
    verdict = verifier.verify(standard_outcomes[stem])
    assert not verdict.ok
    failed = {c.name: c.reason for c in verdict.failures}
    assert check in failed, f"{stem}: {failed}"
    assert reason_part in failed[check]
    if isinstance(standard_outcomes[stem], ReplaySummary):
        assert "mod" in failed  # none of them is the Evo mod, whatever else is wrong


def test_the_evo_samples_pass_the_mod_check_and_fail_only_on_being_one_player_games(
    verifier: ReplayVerifier, evo_samples: dict[Path, ReplaySummary]
) -> None:
    for path, summary in evo_samples.items():
        verdict = verifier.verify(summary)
        expected = {"players"} if sample_kind(path)[1] == "Official" else {"players", "mod"}
        assert {c.name for c in verdict.failures} == expected, path.name
        assert "1 human player(s)" in verdict.check("players").reason  # type: ignore[union-attr]


def test_only_two_humans_on_opposing_teams_are_a_1v1(
    verifier: ReplayVerifier, two_player_summary: ReplaySummary
) -> None:
    a, b = two_player_summary.players
    allied = two_player_summary.model_copy(update={"players": (a, b.model_copy(update={"team": a.team}))})
    check = verifier.verify(allied).check("players")
    assert check is not None and check.reason == "not a 1v1: Alice and Bob are on the same team"
    crowd = two_player_summary.model_copy(
        update={"players": (a, b, make_player("Carol", "bw_terran", "BW Terran", "loss", 3))}
    )
    check = verifier.verify(crowd).check("players")
    assert (
        check is not None
        and check.status == "fail"
        and check.reason.startswith("not a 1v1: 3 human player(s)")
    )


def test_races_must_be_the_matchs_races_per_player(
    verifier: ReplayVerifier, two_player_summary: ReplaySummary, match: MatchFacts
) -> None:
    swapped = two_player_summary.model_copy(
        update={
            "players": (
                make_player("Alice", "sc2_terran", "Terran", "win", 1),
                make_player("Bob", "bw_zerg", "스1 저그", "loss", 2),
            )
        }
    )
    races = verifier.verify(swapped, match=match).check("races")
    assert races is not None and races.status == "fail"
    assert "Alice played SC2 Terran, the match has BW Zerg" in races.reason


def test_unknown_race_strings_fail(verifier: ReplayVerifier, two_player_summary: ReplaySummary) -> None:
    odd = two_player_summary.model_copy(
        update={
            "players": (two_player_summary.players[0], make_player("Bob", None, "Terran Tychus", "loss", 2))
        }  # type: ignore[arg-type]
    )
    races = verifier.verify(odd).check("races")
    assert races is not None and races.status == "fail" and "'Terran Tychus'" in races.reason


def test_map_must_be_the_matchs_map(
    verifier: ReplayVerifier, two_player_summary: ReplaySummary, match: MatchFacts
) -> None:
    other = MatchFacts(**{**match.__dict__, "map_name": "Keres Passage SEL"})
    check = verifier.verify(two_player_summary, match=other).check("map")
    assert check is not None and check.status == "fail"
    assert check.reason == "played on Khione SEL; the match is on Keres Passage SEL"


@pytest.mark.parametrize(
    ("offset", "status", "reason_part"),
    [
        (timedelta(minutes=-10), "pass", "within"),
        (timedelta(hours=3, minutes=59), "pass", "within"),
        (timedelta(hours=5, minutes=3), "fail", "5 h 3 min after"),
        (timedelta(minutes=-40), "fail", "40 min before"),
    ],
)
def test_the_game_must_start_within_the_window_around_confirmation(
    verifier: ReplayVerifier,
    two_player_summary: ReplaySummary,
    match: MatchFacts,
    offset: timedelta,
    status: str,
    reason_part: str,
) -> None:
    game = two_player_summary.model_copy(update={"started_at": CONFIRMED + offset})
    check = verifier.verify(game, match=match).check("start_time")
    assert check is not None and check.status == status and reason_part in check.reason


def test_names_are_checked_against_registered_and_alt_names(
    verifier: ReplayVerifier, two_player_summary: ReplaySummary, match: MatchFacts
) -> None:
    # "Alice" is Alicia's alt name: passes. A stranger does not.
    assert verifier.verify(two_player_summary, match=match).check("names").status == "pass"  # type: ignore[union-attr]
    stranger = two_player_summary.model_copy(
        update={
            "players": (make_player("Mallory", "bw_zerg", "BW Zerg", "win", 1), two_player_summary.players[1])
        }
    )
    names = verifier.verify(stranger, match=match).check("names")
    assert names is not None and names.status == "fail"
    assert names.reason.startswith("Mallory is not a registered or alt name of the match's players")


def test_lobby_speed_and_duration_fail_privacy_and_alliances_warn(
    verifier: ReplayVerifier, two_player_summary: ReplaySummary
) -> None:
    relaxed = two_player_summary.model_copy(
        update={
            "lobby": LobbyOptions(
                privacy="No Match History", speed="Faster", duration="Infinite", locked_alliances=False
            )
        }
    )
    lobby = verifier.verify(relaxed).check("lobby")
    assert lobby is not None and lobby.status == "warn"
    assert (
        lobby.reason == "privacy No Match History (should be Normal); alliances unlocked (should be locked)"
    )
    slow = two_player_summary.model_copy(
        update={
            "lobby": LobbyOptions(
                privacy="Normal", speed="Normal", duration="30 Minutes", locked_alliances=True
            )
        }
    )
    verdict = verifier.verify(slow)
    assert not verdict.ok
    assert verdict.check("lobby").reason == (  # type: ignore[union-attr]
        "game speed Normal (must be Faster); game duration 30 Minutes (must be Infinite)"
    )


def test_a_replay_already_attached_to_another_match_is_refused(
    verifier: ReplayVerifier, two_player_summary: ReplaySummary, match: MatchFacts
) -> None:
    verdict = verifier.verify(two_player_summary, match=match, already_used_by=3)
    assert not verdict.ok
    assert verdict.check("duplicate").reason == "this replay is already attached to match #3"  # type: ignore[union-attr]
    # Re-uploading to the same match is not a duplicate.
    assert verifier.verify(two_player_summary, match=match, already_used_by=7).ok


def test_a_game_on_another_region_warns(
    verifier: ReplayVerifier, two_player_summary: ReplaySummary, match: MatchFacts
) -> None:
    elsewhere = MatchFacts(**{**match.__dict__, "bnet_region": "AM"})
    verdict = verifier.verify(two_player_summary, match=elsewhere)
    assert verdict.ok and verdict.check("region").status == "warn"  # type: ignore[union-attr]


def test_no_winner_is_a_warning_and_a_tie_is_a_result(
    verifier: ReplayVerifier, two_player_summary: ReplaySummary
) -> None:
    a, b = two_player_summary.players
    undecided = two_player_summary.model_copy(
        update={
            "players": (
                a.model_copy(update={"result": "undecided"}),
                b.model_copy(update={"result": "undecided"}),
            )
        }
    )
    assert verifier.verify(undecided).check("result").status == "warn"  # type: ignore[union-attr]
    tie = two_player_summary.model_copy(
        update={"players": (a.model_copy(update={"result": "tie"}), b.model_copy(update={"result": "tie"}))}
    )
    assert verifier.verify(tie).check("result").reason == "the game was a draw"  # type: ignore[union-attr]


def test_a_refusal_is_a_single_failed_parse_check(verifier: ReplayVerifier) -> None:
    verdict = verifier.verify(ReplayRefusal(reason="the file is empty"))
    assert verdict.model_dump() == {
        "ok": False,
        "checks": ({"name": "parse", "status": "fail", "reason": "the file is empty"},),
    }
