"""``evoladder-dev bench``: run the benchmarks and write bench/results.json."""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from evoladder_dev.bench import AREAS, BenchContext, run_all


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser("bench", help="run the benchmarks against their baselines")
    p.add_argument("--out", type=Path, default=Path("bench/results.json"))
    p.add_argument("--scale", type=float, default=1.0, help="1.0 = the SPEC's large synthetic ladder")
    p.add_argument("--only", action="append", default=[], choices=AREAS or None, help="run only these areas")
    p.set_defaults(handler=handle)


def handle(args: argparse.Namespace) -> int:
    with tempfile.TemporaryDirectory(prefix="evoladder-bench-") as tmp:
        run_all(BenchContext(scale=args.scale, work_dir=Path(tmp), only=tuple(args.only)), args.out)
    print(f"wrote {args.out}")
    return 0
