"""Real faults for the durability tests: a small tmpfs is a real full disk; a FUSE pass-through
filesystem (``evoladder_dev.faultfs``) returns real EIO from fsync or stalls it."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from evoladder_dev import faultfs


@dataclass
class SmallDisk:
    """A mounted tmpfs of a few MB: ``fill()`` takes all its free space, ``free()`` gives it back."""

    path: Path

    def fill(self) -> None:
        ballast = self.path / "ballast"
        try:  # the open too: the ladder may have filled the disk already, and a new file needs room
            with open(ballast, "ab") as f:
                while True:
                    f.write(b"\0" * 65536)
                    f.flush()
        except OSError:
            pass

    def free(self) -> None:
        (self.path / "ballast").unlink(missing_ok=True)


@pytest.fixture()
def small_disk(tmp_path: Path) -> Iterator[SmallDisk]:
    mountpoint = tmp_path / "small-disk"
    mountpoint.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", str(mountpoint)], capture_output=True, text=True
    )
    if done.returncode != 0:
        pytest.fail(f"cannot mount a tmpfs for the full-disk test (needs root): {done.stderr.strip()}")
    try:
        yield SmallDisk(mountpoint)
    finally:
        subprocess.run(["umount", "-l", str(mountpoint)], check=False)


@dataclass
class FaultyDisk:
    path: Path
    control: Path

    def set(self, **faults: object) -> None:
        faultfs.set_faults(self.control, **faults)


@pytest.fixture()
def faulty_disk(tmp_path: Path) -> Iterator[FaultyDisk]:
    reason = faultfs.available()
    if reason is not None:
        pytest.fail(f"the fault filesystem can't run here: {reason}")
    control = tmp_path / "faults.json"
    with faultfs.mounted(tmp_path / "backing", tmp_path / "faulty", control) as mountpoint:
        yield FaultyDisk(mountpoint, control)
    os.sync()
