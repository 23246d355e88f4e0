"""Access codes: created for N uses until they expire, redeemed once per player, refused with a
clear reason beyond their limit, after expiry or withdrawal; audited; rebuilt by a journal replay."""

from __future__ import annotations

from datetime import timedelta

from evoladder.store.rows import Change
from tests.store.state.helpers import ADMIN, fresh, refused
from tests.store.state.model import START


def test_a_code_opens_the_season_to_as_many_players_as_it_allows() -> None:
    state = fresh()
    journal: list[Change] = []
    outcome, changes = state.create_access_code(
        "abcd efgh", uses_allowed=2, valid_days=7, note="KR invitations", admin_uid=ADMIN, now=START
    )
    journal += changes
    assert outcome.code == "ABCD-EFGH" and outcome.uses_allowed == 2
    audit = next(c.row for c in changes if c.table == "admin_actions")
    assert audit["action"] == "access_code_create" and audit["reason"] == "KR invitations"
    refused(
        state,
        "exists already",
        "create_access_code",
        "ABCD-EFGH",
        uses_allowed=1,
        valid_days=1,
        note="x",
        admin_uid=ADMIN,
        now=START,
    )
    refused(state, "not an access code", "redeem_access_code", 1, "hello", now=START)
    refused(state, "There is no access code", "redeem_access_code", 1, "ZZZZ-ZZZZ", now=START)
    for uid in (1, 2):
        outcome, changes = state.redeem_access_code(uid, "abcd-efgh", now=START)
        journal += changes
        assert state.has_access(uid) and outcome.code == "ABCD-EFGH"
    assert any(c.table == "player_action_logs" and c.row["field"] == "access_code" for c in changes)
    refused(state, "already activated", "redeem_access_code", 1, "ABCD-EFGH", now=START)
    refused(state, "already been used 2 times, its limit", "redeem_access_code", 3, "ABCD-EFGH", now=START)
    assert [g.discord_uid for g in state.access_grants_of("ABCD-EFGH")] == [1, 2]

    replayed = fresh()
    for change in journal:
        replayed.apply_change(change)
    for table in ("access_codes", "access_grants"):
        assert sorted(map(repr, replayed.export(table))) == sorted(map(repr, state.export(table)))


def test_expired_and_withdrawn_codes_are_refused_with_their_reason() -> None:
    state = fresh()
    state.create_access_code(
        "AAAA-BBBB", uses_allowed=1, valid_days=1, note="one", admin_uid=ADMIN, now=START
    )
    state.create_access_code(
        "CCCC-DDDD", uses_allowed=5, valid_days=30, note="five", admin_uid=ADMIN, now=START
    )
    refused(state, "has expired", "redeem_access_code", 1, "AAAA-BBBB", now=START + timedelta(days=1))
    refused(
        state,
        "Uses must be",
        "create_access_code",
        "EEEE-FFFF",
        uses_allowed=0,
        valid_days=1,
        note="x",
        admin_uid=ADMIN,
        now=START,
    )
    refused(
        state,
        "who the code is for",
        "create_access_code",
        "EEEE-FFFF",
        uses_allowed=1,
        valid_days=1,
        note=" ",
        admin_uid=ADMIN,
        now=START,
    )
    outcome, _ = state.revoke_access_code("cccc-dddd", admin_uid=ADMIN, reason="leaked", now=START)
    assert outcome.code == "CCCC-DDDD" and state.access_codes()[0].revoked_at == START
    refused(state, "withdrawn by an admin", "redeem_access_code", 1, "CCCC-DDDD", now=START)
    refused(
        state, "already withdrawn", "revoke_access_code", "CCCC-DDDD", admin_uid=ADMIN, reason="x", now=START
    )
