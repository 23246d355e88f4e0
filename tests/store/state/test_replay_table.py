"""Loaded replays packed into sorted columns: exact round trips, and a table that stays a dict to its users."""

from __future__ import annotations

import json
import tracemalloc
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from evoladder.store.records import Replay, replay_storage_path
from evoladder.store.state.replay_table import ReplayTable

T0 = datetime(2026, 5, 1, 12, 0, tzinfo=UTC)


def stored(n: int, *, match_id: int | None = 1, path: str | None = None) -> Replay:
    replay_hash = f"{n:064x}"
    return Replay.uploaded(
        replay_hash=replay_hash,
        match_id=match_id,
        uploaded_by=11 + n,
        path=path or replay_storage_path(replay_hash),
        summary={"map": "[SC:Evo] Sylphid (실피드)", "n": n},
        verdict={"ok": True, "checks": []},
        now=T0 + timedelta(seconds=n),
    )


def loaded(*replays: Replay) -> ReplayTable:
    table = ReplayTable()
    assert table.load_rows(r.to_row() for r in replays) == len(replays)
    return table


@given(
    digests=st.lists(st.binary(min_size=32, max_size=32), unique=True, max_size=30),
    match_id=st.one_of(st.none(), st.integers(0, 2**63 - 1)),
    by=st.integers(0, 2**64 - 1),
    at=st.datetimes(min_value=datetime(1971, 1, 1), max_value=datetime(2200, 1, 1), timezones=st.just(UTC)),
)
def test_every_packed_replay_is_found_and_reads_back_exactly(
    digests: list[bytes], match_id: int | None, by: int, at: datetime
) -> None:
    rows: list[dict[str, Any]] = [
        {
            "replay_hash": d.hex(),
            "match_id": match_id,
            "uploaded_by": by,
            "path": replay_storage_path(d.hex()),
            "uploaded_at": at,
            "summary": {"i": i},
            "verdict": {"ok": i % 2 == 0},
        }
        for i, d in enumerate(digests)
    ]
    table = ReplayTable()
    table.load_rows(rows)
    assert table.packed_count == len(rows) == len(table)
    for row in rows:
        copy = table.peek(row["replay_hash"])
        assert copy is not None and copy.to_row() == row
    assert sorted(r.to_row()["replay_hash"] for r in table.values()) == sorted(d.hex() for d in digests)
    # a hash next to a stored one (one bit off) is not found
    for d in digests:
        near = (int.from_bytes(d, "big") ^ 1).to_bytes(32, "big")
        if near not in digests:
            assert table.peek(near.hex()) is None and near.hex() not in table


def test_rows_the_columns_cannot_hold_exactly_stay_objects() -> None:
    odd_rows = []
    for change in (
        {"path": "elsewhere/x.SC2Replay"},
        {"replay_hash": "AB" * 32},  # upper case would come back lower case
        {"replay_hash": "not-a-hash"},
        {"uploaded_at": datetime(2026, 5, 1)},
        {"uploaded_at": datetime(2026, 5, 1, tzinfo=timezone(timedelta(hours=2)))},
        {"match_id": -5},
    ):
        row = stored(len(odd_rows) + 100).to_row() | change
        if "replay_hash" in change and "path" not in change:
            row["path"] = replay_storage_path(row["replay_hash"])
        odd_rows.append(row)
    table = ReplayTable()
    table.load_rows([*odd_rows, stored(1).to_row()])
    assert table.packed_count == 1 and len(table) == len(odd_rows) + 1
    for row in odd_rows:
        replay = table.peek(row["replay_hash"])
        assert replay is not None and replay.to_row() == row and table.get(row["replay_hash"]) is replay


def test_get_makes_a_packed_replay_an_object_and_peek_leaves_it_packed() -> None:
    # 0 and 256 end in zero bytes, which numpy's fixed-width bytes drop when compared carelessly
    replays = [stored(n, match_id=n or None) for n in (5, 0, 256, 3)]
    table = loaded(*replays)
    for replay in replays:
        copy = table.peek(replay.replay_hash)
        assert copy == replay and copy is not replay and replay.replay_hash in table
    assert table.peek("f" * 64) is None and table.peek("not a hash") is None and "x" not in table
    assert sorted(table) == sorted(r.replay_hash for r in replays)
    live = table.get(replays[0].replay_hash)
    assert live == replays[0] and table.packed_count == 3 and table.get(replays[0].replay_hash) is live
    live.match_id = None  # a change in place is the change
    assert table.peek(replays[0].replay_hash) is live
    assert table.pop(replays[2].replay_hash) == replays[2] and replays[2].replay_hash not in table
    newer = stored(3, match_id=77)
    table[newer.replay_hash] = newer  # replaces the packed one
    assert table.peek(newer.replay_hash) is newer and len(table) == 3 and table.packed_count == 1
    assert sorted(r.replay_hash for r in table.values()) == sorted(
        r.replay_hash for r in (replays[0], replays[1], newer)
    )


def test_a_bulk_load_holds_little_more_than_the_packed_blobs_at_its_peak() -> None:
    """Rows stream through: no row's text is kept until the end of the load (holding every text,
    then its encoding, then the joined buffer peaked at three times the blobs: 10 GB at 10,000,000)."""
    n, summary_size = 20_000, 300

    def rows() -> Iterator[dict[str, Any]]:
        for i in range(n):
            replay_hash = f"{i:064x}"
            yield {
                "replay_hash": replay_hash,
                "match_id": i,
                "uploaded_by": 11,
                "path": replay_storage_path(replay_hash),
                "uploaded_at": T0,
                "summary": json.dumps(
                    {"n": i, "pad": "x" * summary_size}, separators=(",", ":")
                ),  # fresh text, as a database gives
                "verdict": '{"ok":true}',
            }

    blob_bytes = sum(len(r["summary"]) + len(r["verdict"]) + 2 for r in rows())
    table = ReplayTable()
    tracemalloc.start()
    try:
        before, _ = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        table.load_rows(rows())
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert table.packed_count == n
    assert table.peek(f"{n - 1:064x}") is not None
    assert peak - before < 2 * blob_bytes, f"peak {peak - before:,} bytes for {blob_bytes:,} bytes of blobs"
