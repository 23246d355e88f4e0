"""End to end: `evoladder run` as a real process in demo mode — health, metrics, leaderboard, SIGTERM."""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=2) as resp:
            return resp.status, resp.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode()


def _metric(text: str, name: str) -> float:
    match = re.search(rf"^{name} ([0-9.e+]+)$", text, re.M)
    return float(match.group(1)) if match else 0.0


@pytest.mark.slow
def test_demo_season_runs_and_shuts_down_cleanly(tmp_path: Path) -> None:
    port = _free_port()
    env = {
        **os.environ,
        "EVOLADDER_DATA_DIR": str(tmp_path / "data"),
        "EVOLADDER_HTTP_PORT": str(port),
        "EVOLADDER_DEMO_WAVE_PERIOD_S": "1",
        "EVOLADDER_DEMO_SPEED": "8",
        "EVOLADDER_DEMO_PLAYERS": "40",
    }
    env.pop("DISCORD_TOKEN", None)
    env.pop("EVOLADDER_DISCORD_TOKEN", None)
    proc = subprocess.Popen(
        [sys.executable, "-m", "evoladder.cli", "run"],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        ready = False
        while time.monotonic() < deadline and not ready:
            time.sleep(0.3)
            assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
            try:
                status, body = _get(f"{base}/health")
            except OSError:
                continue
            ready = status == 200 and json.loads(body)["ready"]
        assert ready, "the ladder never became ready"

        completed = 0.0
        while time.monotonic() < deadline and completed < 3:
            time.sleep(0.5)
            completed = _metric(_get(f"{base}/metrics")[1], "evoladder_matches_completed_total")
        assert completed >= 3, "no matches were played"
        board = json.loads(_get(f"{base}/api/leaderboard")[1])
        assert board["total"] >= 2 and board["rows"][0]["games"] >= 1
    finally:
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err[-3000:]
    assert "local demo season" in out
    db = sqlite3.connect(tmp_path / "data" / "evoladder.sqlite3")
    in_db = db.execute("SELECT count(*) FROM matches WHERE status = 'completed'").fetchone()[0]
    assert in_db >= completed  # every match completed before SIGTERM is in the database
    assert "drained=True" in err or '"drained": true' in err or "everything shipped: True" in err, err[-2000:]
    # Neither stdout nor stderr is a terminal here (as with `evoladder run | cat`): JSON lines.
    logged = [json.loads(line) for line in err.splitlines() if line.strip()]
    waves = [line for line in logged if line["msg"] == "wave done"]
    assert waves and {"queued", "matches", "compute_ms"} <= set(waves[0])
