"""``evoladder backup DIR``: a consistent online backup (the ladder may keep running)."""

from __future__ import annotations

import argparse
from pathlib import Path

from evoladder.cli.common import StartError, settings_and_game_data
from evoladder.store.backup import BackupError, backup
from evoladder.store.db import DatabaseError


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser("backup", help="copy the journal, the database and the replays to DIR")
    p.add_argument("directory", type=Path, help="a new, empty directory")
    p.set_defaults(handler=handle)


def handle(args: argparse.Namespace) -> int:
    settings, _ = settings_and_game_data()
    try:
        report = backup(settings, args.directory)
    except (BackupError, DatabaseError, OSError) as exc:
        raise StartError(f"backup failed: {exc}") from exc
    print(f"backup written to {report.path}:")
    for part in report.parts:
        print(f"  {part}")
    return 0
