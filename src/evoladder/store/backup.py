"""``evoladder backup``: a consistent copy of a ladder that may be running.

The journal is copied first, then the database: every entry the journal copy lacks was deleted only
after it reached the database, so the database copy (taken later) holds it. Restoring the pair gives
the ladder as of the database copy, with nothing acknowledged missing. SQLite files are copied with
SQLite's online backup API; PostgreSQL with ``pg_dump`` (custom format). Replays and the learned mod
fingerprint are copied as files (content-addressed: a copy never changes).
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from evoladder.config import Settings
from evoladder.store.db import open_database
from evoladder.store.journal import FILE_NAME, Journal

SQLITE_COPY = "evoladder.sqlite3"
PG_DUMP = "ladder.pgdump"
JOURNAL_DIR = "journal"


class BackupError(Exception):
    """The backup could not be made; the message says which part and why."""


@dataclass
class BackupReport:
    path: Path
    parts: list[str] = field(default_factory=list)


def backup(settings: Settings, destination: Path) -> BackupReport:
    """Write a backup into ``destination`` (created; must be empty or missing)."""
    if destination.exists() and any(destination.iterdir()):
        raise BackupError(f"{destination} is not empty: give a new directory for the backup")
    destination.mkdir(parents=True, exist_ok=True)
    report = BackupReport(destination)
    journal = Journal(settings.data_dir / JOURNAL_DIR)
    if journal.path.exists():
        (destination / JOURNAL_DIR).mkdir()
        journal.backup_to(destination / JOURNAL_DIR / FILE_NAME)
        report.parts.append(f"journal → {JOURNAL_DIR}/{FILE_NAME}")
    url = settings.effective_database_url
    if url.startswith("sqlite:///"):
        database = open_database(settings)
        try:
            database.backup_to(destination / SQLITE_COPY)  # type: ignore[attr-defined]
        finally:
            database.close()
        report.parts.append(f"database → {SQLITE_COPY}")
    else:
        done = subprocess.run(
            ["pg_dump", "--format=custom", "--no-owner", f"--file={destination / PG_DUMP}", url],
            capture_output=True,
            text=True,
        )
        if done.returncode != 0:
            raise BackupError(f"pg_dump failed: {done.stderr.strip()}")
        report.parts.append(f"database → {PG_DUMP} (restore with pg_restore)")
    for name in ("replays", "mod_fingerprint.json"):
        source = settings.data_dir / name
        if source.is_dir():
            shutil.copytree(source, destination / name)
            report.parts.append(f"{name}/")
        elif source.is_file():
            shutil.copy2(source, destination / name)
            report.parts.append(name)
    return report
