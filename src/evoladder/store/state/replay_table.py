"""The replays table in memory: the replays a start loads packed into sorted columns, new ones as objects.

A stored replay is written once and changed at most once (freed from its match), so the replays a
start loads are packed: their 32-byte hashes in one sorted array (found by binary search), the
fixed columns beside it, and every summary-and-verdict blob in one ``bytes``. That is about 300
bytes a replay, against about 600 as a ``Replay`` object with its hash text, datetime and dict entry.
Replays uploaded while running stay objects until the next start packs them (merging into sorted
columns is a copy of all of them, too much to do while serving). A load builds the columns straight
from the database's rows: no ``Replay`` object is made for a packed replay at all.

``get`` / ``[]`` give the canonical object (a packed replay asked for this way
becomes an object again), ``peek`` a copy to read that leaves it packed.
"""

from __future__ import annotations

import io
from array import array
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import numpy as np
import numpy.typing as npt

from evoladder.store.records import Replay, compact_json, hash_digest, replay_storage_path

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MICRO = timedelta(microseconds=1)
NO_MATCH = -1


class ReplayTable:
    def __init__(self) -> None:
        self._live: dict[str, Replay] = {}
        self._clear_packed()

    def _clear_packed(self) -> None:
        self._keys: npt.NDArray[Any] = np.zeros(0, dtype="S32")
        self._gone: npt.NDArray[np.bool_] = np.zeros(0, dtype=bool)
        self._match_id: npt.NDArray[np.int64] = np.zeros(0, dtype=np.int64)
        self._uploaded_by: npt.NDArray[np.uint64] = np.zeros(0, dtype=np.uint64)
        self._uploaded_at: npt.NDArray[np.int64] = np.zeros(0, dtype=np.int64)
        self._blob_starts: npt.NDArray[np.int64] = np.zeros(0, dtype=np.int64)
        self._blob_ends: npt.NDArray[np.int64] = np.zeros(0, dtype=np.int64)
        self._blobs = b""
        self._packed_count = 0

    # --- the mapping -------------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self._live) + self._packed_count

    def __bool__(self) -> bool:
        return len(self) > 0

    def __contains__(self, replay_hash: object) -> bool:
        return replay_hash in self._live or (type(replay_hash) is str and self._position(replay_hash) >= 0)

    def __iter__(self) -> Iterator[str]:
        return iter([*self._live, *(self._hash_at(i) for i in self._packed_positions())])

    def get(self, replay_hash: str, default: Replay | None = None) -> Replay | None:
        """The canonical object (a packed replay becomes an object again)."""
        replay = self._live.get(replay_hash)
        if replay is not None:
            return replay
        position = self._position(replay_hash)
        if position < 0:
            return default
        replay = self._unpack(position)
        self._drop(position)
        self._live[replay_hash] = replay
        return replay

    def __getitem__(self, replay_hash: str) -> Replay:
        replay = self.get(replay_hash)
        if replay is None:
            raise KeyError(replay_hash)
        return replay

    def __setitem__(self, replay_hash: str, replay: Replay) -> None:
        position = self._position(replay_hash)
        if position >= 0:
            self._drop(position)
        self._live[replay_hash] = replay

    def pop(self, replay_hash: str, default: Replay | None = None) -> Replay | None:
        replay = self.get(replay_hash)
        if replay is None:
            return default
        del self._live[replay_hash]
        return replay

    def peek(self, replay_hash: str) -> Replay | None:
        """The replay to read (a packed one is copied out, and stays packed)."""
        replay = self._live.get(replay_hash)
        if replay is not None:
            return replay
        position = self._position(replay_hash)
        return None if position < 0 else self._unpack(position)

    def values(self) -> Iterator[Replay]:
        """Every replay to read (see ``peek``)."""
        yield from list(self._live.values())
        for position in self._packed_positions():
            yield self._unpack(position)

    def live_values(self) -> list[Replay]:
        return list(self._live.values())

    def live(self, replay_hash: str) -> Replay | None:
        """The replay if it is held as an object (packed ones are not looked at)."""
        return self._live.get(replay_hash)

    @property
    def packed_count(self) -> int:
        return self._packed_count

    # --- loading ----------------------------------------------------------------------------------
    def load_rows(self, rows: Iterable[dict[str, Any]]) -> int:
        """Take a bulk load's rows: packed where the columns hold every value exactly, the rest as
        objects. Returns the number of rows.

        Each packed row goes straight into growing buffers (hashes and blobs in ``BytesIO``, numbers
        in typed arrays), so no per-row object outlives its row: holding every row's text until the
        end, then its encoding, then the joined buffer, took about three times the blobs' size at
        peak — 10 GB more than the table itself for 10,000,000 replays.
        """
        for position in self._packed_positions():  # a second load keeps what the first one packed
            replay = self._unpack(position)
            self._live[replay.replay_hash] = replay
        self._clear_packed()
        digests, blobs = io.BytesIO(), io.BytesIO()
        match_ids, uploaded_by, uploaded_at, blob_ends = array("q"), array("Q"), array("q"), array("q")
        write_digest, write_blob, blob_end = digests.write, blobs.write, blobs.tell
        live, count, packed = self._live, 0, 0
        for row in rows:
            count += 1
            digest = _packable(row)
            if digest is None:
                live[row["replay_hash"]] = Replay.from_row(row)
                continue
            if live:
                live.pop(row["replay_hash"], None)
            write_digest(digest)
            match_id = row["match_id"]
            match_ids.append(NO_MATCH if match_id is None else match_id)
            uploaded_by.append(row["uploaded_by"])
            uploaded_at.append((row["uploaded_at"] - EPOCH) // _MICRO)
            # A blob is the summary, a newline, the verdict; blobs are newline-separated. Compact
            # JSON text is taken as it is (inlined: a call per text is half this loop).
            summary, verdict = row["summary"], row["verdict"]
            if packed:
                write_blob(b"\n")
            write_blob(
                summary.encode() if type(summary) is str and "\n" not in summary else compact_json(summary)
            )
            write_blob(b"\n")
            write_blob(
                verdict.encode() if type(verdict) is str and "\n" not in verdict else compact_json(verdict)
            )
            blob_ends.append(blob_end())
            packed += 1
        if packed:
            self._pack(digests.getvalue(), match_ids, uploaded_by, uploaded_at, blobs.getvalue(), blob_ends)
        return count

    def _pack(
        self,
        digests: bytes,
        match_ids: array[int],
        uploaded_by: array[int],
        uploaded_at: array[int],
        blobs: bytes,
        blob_ends: array[int],
    ) -> None:
        """Sort the loaded columns by hash; ``blobs`` holds the blobs in load order."""
        keys = np.frombuffer(digests, dtype="S32")
        order = np.argsort(keys, kind="stable")
        self._keys = keys[order]
        self._match_id = np.frombuffer(match_ids, dtype=np.int64)[order]
        self._uploaded_by = np.frombuffer(uploaded_by, dtype=np.uint64)[order]
        self._uploaded_at = np.frombuffer(uploaded_at, dtype=np.int64)[order]
        ends = np.frombuffer(blob_ends, dtype=np.int64)
        self._blob_ends = ends[order]
        self._blob_starts = np.r_[0, ends[:-1] + 1][order]
        self._blobs = blobs
        self._gone = np.zeros(len(keys), dtype=bool)
        self._packed_count = len(keys)

    # --- inside ------------------------------------------------------------------------------------
    def _position(self, replay_hash: str) -> int:
        digest = hash_digest(replay_hash) if self._packed_count else None
        if digest is None:
            return -1
        keys = self._keys
        position = int(keys.searchsorted(digest))
        if position == len(keys) or keys[position] != digest.rstrip(b"\0") or self._gone[position]:
            return -1
        return position

    def _unpack(self, position: int) -> Replay:
        start = int(self._blob_starts[position])
        match_id = int(self._match_id[position])
        return Replay(
            self._hash_at(position),
            None if match_id == NO_MATCH else match_id,
            int(self._uploaded_by[position]),
            None,
            EPOCH + timedelta(microseconds=int(self._uploaded_at[position])),
            self._blobs[start : int(self._blob_ends[position])],
        )

    def _hash_at(self, position: int) -> str:
        return self._keys[position : position + 1].tobytes().hex()

    def _drop(self, position: int) -> None:
        self._gone[position] = True
        self._packed_count -= 1

    def _packed_positions(self) -> list[int]:
        return np.flatnonzero(~self._gone).tolist()


def _packable(row: dict[str, Any]) -> bytes | None:
    """The row's 32-byte hash when the columns can hold all of it exactly, else None: a hash of 64
    lowercase hex digits stored at its content-addressed path, a UTC time, ids in range."""
    replay_hash, at = row["replay_hash"], row["uploaded_at"]
    if type(replay_hash) is not str or row["path"] != replay_storage_path(replay_hash):
        return None
    if type(at) is not datetime or at.utcoffset() != timedelta(0):
        return None
    match_id, by = row["match_id"], row["uploaded_by"]
    if match_id is not None and (type(match_id) is not int or not 0 <= match_id < 2**63):
        return None
    if type(by) is not int or not 0 <= by < 2**64:
        return None
    return hash_digest(replay_hash)
