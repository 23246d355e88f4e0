"""A page of the union of disjoint sorted lists, against slicing the sorted union itself."""

from __future__ import annotations

from unittest.mock import patch

from hypothesis import given, settings
from hypothesis import strategies as st
from sortedcontainers import SortedList

from evoladder.store import sorted_union
from evoladder.store.sorted_union import KeyRange, page_keys


@settings(max_examples=200, deadline=None)
@given(
    keys=st.sets(st.integers(0, 10_000), max_size=300),
    lists=st.integers(1, 12),
    first=st.integers(0, 320),
    count=st.integers(1, 40),
    walk=st.booleans(),
    data=st.data(),
)
def test_a_page_is_the_slice_of_the_sorted_union(
    keys: set[int], lists: int, first: int, count: int, walk: bool, data: st.DataObject
) -> None:
    owners = [data.draw(st.integers(0, lists - 1)) for _ in keys]  # which list holds each key
    parts = [SortedList(k for k, o in zip(sorted(keys), owners, strict=True) if o == i) for i in range(lists)]
    # Each list kept between two random bounds, as a rank filter cuts them.
    ranges = []
    for part in parts:
        lo = data.draw(st.integers(0, len(part)))
        ranges.append(KeyRange(part, lo, data.draw(st.integers(lo, len(part)))))
    kept = sorted(k for r in ranges for k in r.keys[r.lo : r.hi])
    with patch.object(sorted_union, "WALK_LIMIT", 10**9 if walk else 0):
        got = page_keys([r for r in ranges if r.lo < r.hi], first, count)
    assert got == kept[first : first + count]
