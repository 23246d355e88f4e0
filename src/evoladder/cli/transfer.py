"""``evoladder export`` / ``evoladder import``: a whole ladder to and from a portable file, or from one
database to another (``evoladder import sqlite:///data/evoladder.sqlite3 --database postgresql://...``)."""

from __future__ import annotations

import argparse
import asyncio
from pathlib import Path

from tqdm import tqdm

from evoladder.cli.common import StartError, settings_and_game_data
from evoladder.store.db import open_database
from evoladder.store.portable import (
    PortableError,
    export_ladder,
    import_rows,
    iter_rows,
    read_export,
    settle_journal,
)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    exp = subparsers.add_parser("export", help="write the whole ladder to a portable file (.jsonl.gz)")
    exp.add_argument("file", type=Path)
    exp.add_argument("--database", help="database URL (overrides EVOLADDER_DATABASE_URL)")
    exp.add_argument("--data-dir", help="data directory (overrides EVOLADDER_DATA_DIR)")
    exp.set_defaults(handler=handle_export)
    imp = subparsers.add_parser(
        "import", help="load a ladder into a new database from an export file or another database URL"
    )
    imp.add_argument("source", help="an export file, or a sqlite:/// or postgresql:// URL to copy from")
    imp.add_argument("--database", help="target database URL (overrides EVOLADDER_DATABASE_URL)")
    imp.add_argument("--data-dir", help="target data directory (overrides EVOLADDER_DATA_DIR)")
    imp.set_defaults(handler=handle_import)


def _overrides(args: argparse.Namespace) -> dict[str, object]:
    out: dict[str, object] = {}
    if args.database:
        out["database_url"] = args.database
    if args.data_dir:
        out["data_dir"] = args.data_dir
    return out


def handle_export(args: argparse.Namespace) -> int:
    settings, game = settings_and_game_data(**_overrides(args))
    try:
        asyncio.run(settle_journal(settings, game))
        with tqdm(unit=" rows", desc="export") as bar:
            done = export_ladder(settings, args.file, bar.update)
    except PortableError as exc:
        raise StartError(f"export failed: {exc}") from exc
    print(
        f"exported {done.total:,} rows to {args.file}: "
        + ", ".join(f"{t} {n:,}" for t, n in done.rows.items())
    )
    return 0


def handle_import(args: argparse.Namespace) -> int:
    settings, _game = settings_and_game_data(**_overrides(args))
    source: str = args.source
    try:
        with tqdm(unit=" rows", desc="import") as bar:
            if source.startswith(("sqlite:///", "postgresql://", "postgres://")):
                src_settings = settings.model_copy(update={"database_url": source})
                src = open_database(src_settings)
                try:
                    done = import_rows(settings, iter_rows(src), bar.update)
                finally:
                    src.close()
            else:
                done = import_rows(settings, read_export(Path(source)), bar.update)
    except PortableError as exc:
        raise StartError(f"import failed: {exc}") from exc
    print(f"imported {done.total:,} rows into {settings.effective_database_url}")
    return 0
