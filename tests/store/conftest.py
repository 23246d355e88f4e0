"""Fixtures of the store tests: real faults (a full disk, a faulty filesystem)."""

from tests.store.faults import faulty_disk, small_disk

__all__ = ["faulty_disk", "small_disk"]
