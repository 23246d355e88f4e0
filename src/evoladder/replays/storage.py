"""Replay files, stored once each, addressed by the sha256 of their content.

``ReplayStorage`` is the seam: the local directory below today, an object store later. Whether a
replay is "already attached to another match" is the store's decision (its replays table is keyed by
the same content hash); the storage only answers ``exists``. Methods are blocking file I/O of small
files: callers on the event loop run them with ``asyncio.to_thread``.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from pathlib import Path
from typing import Protocol

_SHA256 = re.compile(r"^[0-9a-f]{64}$")
SUFFIX = ".SC2Replay"


class StorageError(Exception):
    """A replay could not be stored or read."""


class ReplayStorage(Protocol):
    """Where replay files live, by content hash."""

    def put(self, content_hash: str, data: bytes) -> str:
        """Store ``data`` (whose sha256 is ``content_hash``) unless already there; returns its key."""
        ...

    def get(self, content_hash: str) -> bytes:
        """The stored file's bytes; raises ``StorageError`` if there is none."""
        ...

    def exists(self, content_hash: str) -> bool: ...


class LocalReplayStorage:
    """``<root>/ab/abcdef....SC2Replay``: two-character fan-out keeps directories small."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def path_of(self, content_hash: str) -> Path:
        if not _SHA256.match(content_hash):
            raise StorageError(f"not a sha256 content hash: {content_hash!r}")
        return self.root / content_hash[:2] / f"{content_hash}{SUFFIX}"

    def put(self, content_hash: str, data: bytes) -> str:
        if hashlib.sha256(data).hexdigest() != content_hash:
            raise StorageError(f"the data does not have the content hash {content_hash}")
        path = self.path_of(content_hash)
        key = path.relative_to(self.root).as_posix()
        if path.exists():
            return key  # same content, same name: storing it again changes nothing
        path.parent.mkdir(parents=True, exist_ok=True)
        # Written to a temporary name and renamed, so a crash never leaves a partial file under the
        # final name (which `exists` would then wrongly report as stored).
        fd, tmp = tempfile.mkstemp(prefix=".incoming-", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return key

    def get(self, content_hash: str) -> bytes:
        path = self.path_of(content_hash)
        try:
            return path.read_bytes()
        except FileNotFoundError as exc:
            raise StorageError(f"no stored replay {content_hash}") from exc

    def exists(self, content_hash: str) -> bool:
        return self.path_of(content_hash).is_file()


def local_storage_for(data_dir: Path) -> LocalReplayStorage:
    """The default storage: ``data_dir/replays``."""
    return LocalReplayStorage(data_dir / "replays")
