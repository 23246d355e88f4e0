"""Content-addressed replay storage on a real directory."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from evoladder.config import Settings
from evoladder.replays.storage import LocalReplayStorage, ReplayStorage, StorageError, local_storage_for


def test_a_replay_is_stored_once_under_its_content_hash(settings: Settings, replays_dir: Path) -> None:
    storage: ReplayStorage = local_storage_for(settings.data_dir)
    data = (replays_dir / "Khione SEL (Official EU).SC2Replay").read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    assert not storage.exists(digest)
    key = storage.put(digest, data)
    assert key == f"{digest[:2]}/{digest}.SC2Replay"
    assert (settings.data_dir / "replays" / key).read_bytes() == data
    assert storage.exists(digest) and storage.get(digest) == data
    assert storage.put(digest, data) == key  # idempotent
    assert [p.name for p in (settings.data_dir / "replays" / digest[:2]).iterdir()] == [f"{digest}.SC2Replay"]


def test_data_that_does_not_match_its_hash_is_not_stored(tmp_path: Path) -> None:
    storage = LocalReplayStorage(tmp_path)
    with pytest.raises(StorageError, match="does not have the content hash"):
        storage.put("0" * 64, b"something else")
    assert not any(tmp_path.rglob("*.SC2Replay"))


def test_bad_hashes_and_missing_replays_are_clear_errors(tmp_path: Path) -> None:
    storage = LocalReplayStorage(tmp_path)
    with pytest.raises(StorageError, match="not a sha256 content hash"):
        storage.exists("../../etc/passwd")
    with pytest.raises(StorageError, match="no stored replay"):
        storage.get("a" * 64)
