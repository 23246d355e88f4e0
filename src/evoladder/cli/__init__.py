"""The ``evoladder`` command line. One module per command; each exposes ``register(subparsers)``.

To add a command, write ``evoladder/cli/<name>.py`` with ``register`` and add its name to
``COMMAND_MODULES``.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

COMMAND_MODULES: tuple[str, ...] = (
    "run",
    "transfer",
    "admin",
    "season",
    "replay",
    "mod",
    "migrate",
    "check",
    "backup",
    "journal",
    "simulate",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="evoladder",
        description="The ranked 1v1 ladder of SC: Evo Complete, delivered as a Discord bot.",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        module = importlib.import_module(f"evoladder.cli.{name}")
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return 0
    code: int = args.handler(args)
    return code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
