"""The databases the store ships to and loads from: SQLite (default) and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

from evoladder.config import Settings
from evoladder.store.db.base import Database, DatabaseError, ShipBatch, ShipOrderError

__all__ = ["Database", "DatabaseError", "ShipBatch", "ShipOrderError", "open_database"]


def open_database(settings: Settings) -> Database:
    """The database named by ``settings.effective_database_url`` (connects; does not migrate)."""
    url = settings.effective_database_url
    if url.startswith("sqlite:///"):
        from evoladder.store.db.sqlite import SqliteDatabase

        return SqliteDatabase(Path(url.removeprefix("sqlite:///")))
    from evoladder.store.db.postgres import PostgresDatabase

    return PostgresDatabase(
        url,
        pool_min=settings.pg_pool_min,
        pool_max=settings.pg_pool_max,
        prepared_statements=settings.pg_prepared_statements,
    )
