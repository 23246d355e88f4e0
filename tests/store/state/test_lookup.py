"""Finding a player by what an admin types: mention, id, player name, alt name, BattleTag (exact,
case-insensitive), BattleTag name without its number, prefix suggestions; kept right by every path
that changes names (setup again, a journal replay, a bulk reload)."""

from __future__ import annotations

from evoladder.store.rows import Change
from evoladder.store.state import LadderState
from tests.store.state.helpers import fresh
from tests.store.state.model import START


def sign_up(state: LadderState, uid: int, name: str, battletag: str, alts: list[str]) -> list[Change]:
    changes = state.touch_player(uid, f"d{uid}", now=START)[1] + state.accept_terms(uid, now=START)[1]
    return (
        changes
        + state.setup(
            uid, player_name=name, battletag=battletag, alt_names=alts, country="KR", region="KRJ", now=START
        )[1]
    )


def ladder() -> tuple[LadderState, list[Change]]:
    state = fresh()
    journal = sign_up(state, 100_000_000_000_000_001, "Alice", "Alice#1234", ["앨리스"])
    journal += sign_up(state, 100_000_000_000_000_002, "Bob", "Bob#1234", [])
    journal += sign_up(state, 100_000_000_000_000_003, "Bobby", "Bob#5678", [])
    journal += sign_up(state, 100_000_000_000_000_004, "Zedd", "Zed#111", [])
    journal += sign_up(state, 100_000_000_000_000_005, "Zara", "Zed#222", ["Zeta"])
    return state, journal


ALICE, BOB, BOBBY, ZEDD, ZARA = (100_000_000_000_000_000 + n for n in range(1, 6))


def check_lookups(state: LadderState) -> None:
    assert state.find_players(f"<@{ALICE}>").exact == (ALICE,)
    assert state.find_players(f"<@!{ALICE}>").exact == (ALICE,)
    assert state.find_players(str(BOB)).exact == (BOB,)
    assert state.find_players("@alice").exact == (ALICE,)
    assert state.find_players("앨리스").exact == (ALICE,)  # an alt name
    assert state.find_players("BOB#5678").exact == (BOBBY,)  # a BattleTag, any case
    assert state.find_players("bob").exact == (BOB,)  # a player name beats a BattleTag name
    assert set(state.find_players("zed").exact) == {ZEDD, ZARA}  # two BattleTags named Zed: both
    assert state.find_players("zeta").exact == (ZARA,)
    nobody = state.find_players("ali")
    assert nobody.exact == () and nobody.suggestions == (ALICE,)  # a prefix only suggests
    unknown = state.find_players("100000000000000999")
    assert unknown.exact == () and unknown.discord_id == 100_000_000_000_000_999
    assert state.suggest_players("BO") == [BOB, BOBBY]
    assert state.suggest_players("z") == [ZARA, ZEDD]
    assert state.suggest_players("", limit=3) == [ALICE, BOB, BOBBY]


def test_every_way_an_admin_names_a_player() -> None:
    state, _ = ladder()
    check_lookups(state)


def test_names_follow_a_new_setup_before_and_after_suggestions_are_built() -> None:
    state, _ = ladder()
    assert state.suggest_players("ali") == [ALICE]  # builds the sorted keys
    state.setup(
        ALICE, player_name="Alicia", battletag="Ali#999", alt_names=[], country="KR", region="KRJ", now=START
    )
    assert state.find_players("alice").exact == () and state.find_players("앨리스").exact == ()
    assert state.find_players("ali#999").exact == (ALICE,)
    assert state.suggest_players("alice") == [] and state.suggest_players("alic") == [ALICE]
    assert state.find_players("alice#1234").exact == ()


def test_a_journal_replay_and_a_bulk_reload_find_the_same_players() -> None:
    state, journal = ladder()
    replayed = fresh()
    for change in journal:
        replayed.apply_change(change)
    check_lookups(replayed)
    reloaded = LadderState(state.settings, state.game_data)
    reloaded.load("players", state.export("players"))
    reloaded.finish_load(START)
    check_lookups(reloaded)
