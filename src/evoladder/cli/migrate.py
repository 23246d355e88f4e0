"""``evoladder migrate``: bring the database's schema up to date (SQLite or PostgreSQL)."""

from __future__ import annotations

import argparse

from evoladder.cli.common import StartError, settings_and_game_data
from evoladder.store.db import DatabaseError, open_database


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser("migrate", help="apply the database schema migrations it lacks")
    p.add_argument("--database", help="database URL (overrides EVOLADDER_DATABASE_URL)")
    p.set_defaults(handler=handle)


def handle(args: argparse.Namespace) -> int:
    overrides = {"database_url": args.database} if args.database else {}
    settings, _ = settings_and_game_data(**overrides)
    try:
        database = open_database(settings)
        try:
            applied = database.migrate()
            version = database.schema_version()
        finally:
            database.close()
    except DatabaseError as exc:
        raise StartError(f"evoladder migrate: {exc}") from exc
    where = database.location
    if applied:
        print(f"{where}: applied {', '.join(applied)}; schema version {version}")
    else:
        print(f"{where}: already at schema version {version}")
    return 0
