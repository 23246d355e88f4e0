"""``evoladder-dev``: the development commands (``make bench``, ``make drill``, ``make soak``)."""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from evoladder_dev import bench_command, drill_command, soak


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="evoladder-dev", description="Benchmarks and drills for evoladder's developers."
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in (bench_command, drill_command, soak):
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
