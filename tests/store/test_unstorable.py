"""The store's last check before the journal: no text a database would refuse, however deeply nested."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from evoladder.store.facade import unstorable_text

_TEXT = st.lists(st.sampled_from(["a", "é", "名", "\x00", "\ud800", "\udfff", " "]), max_size=4).map("".join)


class _Status(StrEnum):  # a str subclass, as the lifecycle's statuses are
    OK = "ok"
    BAD = "b\x00d"


_LEAVES = st.one_of(
    _TEXT,
    st.integers(),
    st.floats(allow_nan=False),
    st.booleans(),
    st.none(),
    st.just(datetime(2026, 12, 3, tzinfo=UTC)),
    st.binary(max_size=4),
    st.sampled_from(list(_Status)),
)
_VALUES = st.recursive(
    _LEAVES,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.lists(inner, max_size=4).map(tuple),
        st.frozensets(_TEXT, max_size=3),
        st.dictionaries(_TEXT, inner, max_size=4),
    ),
    max_leaves=20,
)


def _reference(value: Any) -> bool:
    """Does ``value`` hold a string with a NUL or a lone surrogate (the definition, walked plainly)?"""
    if isinstance(value, str):
        return "\x00" in value or any(0xD800 <= ord(ch) <= 0xDFFF for ch in value)
    if isinstance(value, Mapping):
        return any(_reference(k) or _reference(v) for k, v in value.items())
    if isinstance(value, list | tuple | set | frozenset):
        return any(_reference(v) for v in value)
    return False


@given(st.lists(_VALUES, max_size=5))
def test_every_nested_string_is_checked(values: list[Any]) -> None:
    assert (unstorable_text(values) is not None) == any(_reference(v) for v in values)
