"""A throwaway PostgreSQL cluster on a spare port, for outage tests and drills.

It is started, stopped and restarted on demand (that is the outage) and removed afterwards. It
needs PostgreSQL's server binaries and root (the server runs as the ``postgres`` user via
``runuser``, in a directory that user owns).
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

PG_BIN = Path(os.environ.get("EVOLADDER_PG_BIN", "/usr/lib/postgresql/15/bin"))


class ClusterUnavailable(Exception):
    """This machine cannot run a throwaway cluster (no binaries, not root, no postgres user)."""


def _spare_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


class ThrowawayCluster:
    """``with ThrowawayCluster() as pg: ... pg.stop() ... pg.start() ...`` — removed on exit."""

    def __init__(self) -> None:
        if not (PG_BIN / "initdb").exists():
            raise ClusterUnavailable(f"no PostgreSQL server binaries in {PG_BIN} (set EVOLADDER_PG_BIN)")
        if os.geteuid() != 0 or shutil.which("runuser") is None:
            raise ClusterUnavailable("a throwaway cluster needs root and runuser (it runs as user postgres)")
        try:
            import pwd

            self._owner = pwd.getpwnam("postgres")
        except KeyError as exc:
            raise ClusterUnavailable("there is no postgres user to run the cluster") from exc
        self.port = _spare_port()
        self.root = Path(tempfile.mkdtemp(prefix="evoladder-pg-"))
        self.data = self.root / "data"
        self.url = f"postgresql://postgres@127.0.0.1:{self.port}/postgres"
        self.running = False

    def _as_postgres(self, *args: str) -> None:
        result = subprocess.run(
            ["runuser", "-u", "postgres", "--", *args],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        if result.returncode != 0:
            raise RuntimeError(f"{' '.join(args[:2])} failed ({result.returncode}): {result.stderr.strip()}")

    def create(self) -> None:
        os.chown(self.root, self._owner.pw_uid, self._owner.pw_gid)
        self._as_postgres(
            str(PG_BIN / "initdb"), "-D", str(self.data), "-A", "trust", "-U", "postgres", "--no-sync"
        )

    def start(self) -> None:
        options = f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c shared_buffers=32MB"
        self._as_postgres(
            str(PG_BIN / "pg_ctl"),
            "-D",
            str(self.data),
            "-o",
            options,
            "-l",
            str(self.root / "log"),
            "-w",
            "start",
        )
        self.running = True

    def stop(self) -> None:
        """A fast shutdown: open connections are cut, as when a hosted database goes away."""
        self._as_postgres(str(PG_BIN / "pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop")
        self.running = False

    def remove(self) -> None:
        try:
            if self.running:
                self.stop()
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def __enter__(self) -> ThrowawayCluster:
        try:
            self.create()
            self.start()
        except BaseException:
            self.remove()
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        self.remove()
