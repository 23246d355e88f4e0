"""A pass-through FUSE filesystem that injects real faults: I/O errors, a full disk, a stalled sync.

Mounted over a backing directory, it forwards every call to the real files, except that — as the
control file says, re-read whenever it changes — a write can fail with ``ENOSPC``, an ``fsync`` can
fail with ``EIO`` or block for a while. Programs under test see these as the kernel hands them real
errors (it is a real filesystem, not a mock of the store). Used by the fault tests and ``make drill``.

    python -m evoladder_dev.faultfs BACKING MOUNTPOINT CONTROL.json

Control file (JSON, every key optional): ``{"match": "journal", "write_errno": "ENOSPC",
"fsync_errno": "EIO", "fsync_delay_s": 2.0}`` — faults apply to paths containing ``match``.
"""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

# fusepy: a thin ctypes binding of libfuse 2 (Debian's libfuse2); only the tests and drills need it.
from fuse import FUSE, FuseOSError, Operations


class Faults:
    """The current faults, read from the control file when it changes."""

    def __init__(self, control: Path) -> None:
        self.control = control
        self._mtime = -1.0
        self._lock = threading.Lock()
        self.config: dict[str, Any] = {}

    def current(self, path: str) -> dict[str, Any]:
        with self._lock:
            try:
                mtime = self.control.stat().st_mtime_ns
            except FileNotFoundError:
                mtime = 0
            if mtime != self._mtime:
                self._mtime = mtime
                try:
                    self.config = json.loads(self.control.read_text() or "{}")
                except (OSError, ValueError):
                    self.config = {}
            config = self.config
        match = config.get("match")
        return config if not match or match in path else {}


class FaultyPassthrough(Operations):  # type: ignore[misc]
    def __init__(self, root: str, faults: Faults) -> None:
        self.root = root
        self.faults = faults

    def _full(self, path: str) -> str:
        return os.path.join(self.root, path.lstrip("/"))

    def _fail(self, path: str, key: str) -> None:
        name = self.faults.current(path).get(key)
        if name:
            raise FuseOSError(getattr(errno, name))

    # --- metadata --------------------------------------------------------------------------
    def access(self, path: str, mode: int) -> None:
        if not os.access(self._full(path), mode):
            raise FuseOSError(errno.EACCES)

    def chmod(self, path: str, mode: int) -> None:
        os.chmod(self._full(path), mode)

    def chown(self, path: str, uid: int, gid: int) -> None:
        os.chown(self._full(path), uid, gid)

    def getattr(self, path: str, fh: int | None = None) -> dict[str, Any]:
        st = os.lstat(self._full(path))
        keys = ("st_atime", "st_ctime", "st_gid", "st_mode", "st_mtime", "st_nlink", "st_size", "st_uid")
        return {key: getattr(st, key) for key in keys}

    def readdir(self, path: str, fh: int) -> list[str]:
        return [".", "..", *os.listdir(self._full(path))]

    def statfs(self, path: str) -> dict[str, Any]:
        st = os.statvfs(self._full(path))
        keys = ("f_bavail", "f_bfree", "f_blocks", "f_bsize", "f_favail", "f_ffree", "f_files", "f_flag",
                "f_frsize", "f_namemax")  # fmt: skip
        return {key: getattr(st, key) for key in keys}

    def utimens(self, path: str, times: tuple[float, float] | None = None) -> None:
        os.utime(self._full(path), times)

    # --- names -----------------------------------------------------------------------------
    def mkdir(self, path: str, mode: int) -> None:
        os.mkdir(self._full(path), mode)

    def rmdir(self, path: str) -> None:
        os.rmdir(self._full(path))

    def unlink(self, path: str) -> None:
        os.unlink(self._full(path))

    def rename(self, old: str, new: str) -> None:
        os.rename(self._full(old), self._full(new))

    # --- files -----------------------------------------------------------------------------
    def open(self, path: str, flags: int) -> int:
        return os.open(self._full(path), flags)

    def create(self, path: str, mode: int, fi: Any = None) -> int:
        return os.open(self._full(path), os.O_RDWR | os.O_CREAT, mode)

    def read(self, path: str, size: int, offset: int, fh: int) -> bytes:
        return os.pread(fh, size, offset)

    def write(self, path: str, data: bytes, offset: int, fh: int) -> int:
        self._fail(path, "write_errno")
        return os.pwrite(fh, data, offset)

    def truncate(self, path: str, length: int, fh: int | None = None) -> None:
        self._fail(path, "write_errno")
        with open(self._full(path), "r+b") as f:
            f.truncate(length)

    def flush(self, path: str, fh: int) -> None:
        return None

    def fsync(self, path: str, datasync: int, fh: int) -> None:
        faults = self.faults.current(path)
        delay = float(faults.get("fsync_delay_s") or 0)
        if delay:
            time.sleep(delay)
        self._fail(path, "fsync_errno")
        if datasync:
            os.fdatasync(fh)
        else:
            os.fsync(fh)

    def fsyncdir(self, path: str, datasync: int, fh: int) -> None:
        return None

    def release(self, path: str, fh: int) -> None:
        os.close(fh)


@contextmanager
def mounted(backing: Path, mountpoint: Path, control: Path) -> Iterator[Path]:
    """Mount a faulty filesystem for the duration of the block (needs /dev/fuse and fusermount)."""
    backing.mkdir(parents=True, exist_ok=True)
    mountpoint.mkdir(parents=True, exist_ok=True)
    control.write_text("{}")
    proc = subprocess.Popen(
        [sys.executable, "-m", "evoladder_dev.faultfs", str(backing), str(mountpoint), str(control)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 10
        while not os.path.ismount(mountpoint):
            if proc.poll() is not None or time.monotonic() > deadline:
                err = proc.stderr.read().decode() if proc.stderr else ""
                raise RuntimeError(f"the fault filesystem did not mount on {mountpoint}: {err.strip()}")
            time.sleep(0.05)
        yield mountpoint
    finally:
        set_faults(control)
        subprocess.run(["fusermount", "-u", "-z", str(mountpoint)], check=False, capture_output=True)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


def set_faults(control: Path, **faults: Any) -> None:
    """Replace the faults (none given: no faults). Takes effect at the next file operation."""
    tmp = control.with_suffix(".tmp")
    tmp.write_text(json.dumps(faults))
    os.replace(tmp, control)


def available() -> str | None:
    """Why a fault filesystem can't be mounted here, or None when it can."""
    if not os.path.exists("/dev/fuse"):
        return "/dev/fuse is missing"
    if subprocess.run(["which", "fusermount"], capture_output=True).returncode != 0:
        return "fusermount is missing (apt-get install fuse libfuse2)"
    return None


def main() -> None:
    backing, mountpoint, control = sys.argv[1:4]
    FUSE(
        FaultyPassthrough(os.path.abspath(backing), Faults(Path(control))),
        mountpoint,
        foreground=True,
        nothreads=False,
        allow_other=False,
    )


if __name__ == "__main__":
    main()
