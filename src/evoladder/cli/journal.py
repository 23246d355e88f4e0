"""``evoladder journal show SEQ``: one journal entry's row changes, e.g. the one shipping stopped on."""

from __future__ import annotations

import argparse
import json
from datetime import UTC, datetime

from evoladder.cli.common import StartError, settings_and_game_data
from evoladder.store.journal import Journal, JournalError, decode_entry


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser("journal", help="look inside the durable journal")
    sub = p.add_subparsers(dest="journal_command", required=True)
    show = sub.add_parser("show", help="print one entry's row changes as JSON")
    show.add_argument("seq", type=int)
    p.set_defaults(handler=handle)


def handle(args: argparse.Namespace) -> int:
    settings, _ = settings_and_game_data()
    journal = Journal(settings.data_dir / "journal")
    try:
        record = journal.entry(args.seq)
    except JournalError as exc:
        raise StartError(f"evoladder journal: {exc}") from exc
    if record is None:
        raise StartError(f"entry {args.seq} is not in {journal.path} (shipped and deleted, or never written)")
    changes = [{"table": c.table, "op": c.op, "row": c.row} for c in decode_entry(record.payload)]
    written = datetime.fromtimestamp(record.written_at, UTC).isoformat()
    # ensure_ascii keeps a NUL or a lone surrogate visible (and printable) as an escape.
    print(json.dumps({"seq": record.seq, "written_at": written, "changes": changes}, default=str, indent=2))
    return 0
