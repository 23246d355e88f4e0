"""``evoladder mod learn FILE... [--out PATH] [--version LABEL] [--replace]`` and ``evoladder mod show``.

``learn`` reads replays the operator trusts to have been played with the official mod and records
which dependency hashes belong to it (see ``replays/fingerprint.py`` for the rule). Learning into an
existing label merges (as if all its replays had been learned together); a new label adds a mod
version next to the old ones (a mod update being rolled out); ``--replace`` keeps only the new one.
Nothing is written unless every file was read.
"""

from __future__ import annotations

import argparse
import asyncio
from datetime import UTC, datetime
from pathlib import Path

from evoladder.cli.common import StartError, settings_and_game_data
from evoladder.replays.fingerprint import DEFAULT_VERSION_LABEL, FingerprintError, ModFingerprint, learn
from evoladder.replays.inspect import build_pool
from evoladder.replays.summary import ReplayRefusal, ReplaySummary


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser("mod", help="the official mod's fingerprint")
    sub = p.add_subparsers(dest="mod_command", metavar="SUBCOMMAND", required=True)
    learn_p = sub.add_parser("learn", help="learn the official mod from replays you trust")
    learn_p.add_argument("files", nargs="+", type=Path, help="trusted official .SC2Replay files")
    learn_p.add_argument("--out", type=Path, help="fingerprint file (default: the configured one)")
    learn_p.add_argument(
        "--version",
        default=DEFAULT_VERSION_LABEL,
        help=f"mod version label (default: {DEFAULT_VERSION_LABEL})",
    )
    learn_p.add_argument("--replace", action="store_true", help="drop every other known mod version")
    learn_p.set_defaults(handler=handle_learn)
    show_p = sub.add_parser("show", help="print the known official mod versions")
    show_p.add_argument("--file", type=Path, help="fingerprint file (default: the configured one)")
    show_p.set_defaults(handler=handle_show)


def handle_learn(args: argparse.Namespace) -> int:
    settings, game_data = settings_and_game_data()
    out: Path = args.out or settings.effective_mod_fingerprint_file
    blobs: list[tuple[Path, bytes]] = []
    for path in args.files:
        try:
            blobs.append((path, path.read_bytes()))
        except OSError as exc:
            raise StartError(f"cannot read {path}: {exc.strerror}") from exc
    try:
        current = ModFingerprint.load(out, game_data.mod.name)
    except FingerprintError as exc:
        raise StartError(str(exc)) from exc

    async def parse_all() -> list[ReplaySummary | ReplayRefusal]:
        async with build_pool(settings, game_data) as pool:
            return list(await asyncio.gather(*(pool.parse(data) for _, data in blobs)))

    outcomes = asyncio.run(parse_all())
    refused = [
        (path, o) for (path, _), o in zip(blobs, outcomes, strict=True) if isinstance(o, ReplayRefusal)
    ]
    if refused:
        lines = "\n".join(f"  {path}: {o.reason}" for path, o in refused)
        raise StartError(f"nothing learned; these files cannot be read:\n{lines}")
    summaries = [o for o in outcomes if isinstance(o, ReplaySummary)]
    try:
        version = learn(summaries, learned_at=datetime.now(UTC), label=args.version)
    except FingerprintError as exc:
        raise StartError(f"nothing learned: {exc}") from exc
    updated = current.with_version(version, replace=args.replace)
    updated.save(out)
    print(f"learned {len(summaries)} replay(s) into mod version '{args.version}'; wrote {out}")
    print_fingerprint(updated)
    return 0


def handle_show(args: argparse.Namespace) -> int:
    settings, game_data = settings_and_game_data()
    path: Path = args.file or settings.effective_mod_fingerprint_file
    if not path.exists():
        print(f"no mod fingerprint at {path}; learn one with: evoladder mod learn FILE...")
        return 1
    try:
        print_fingerprint(ModFingerprint.load(path, game_data.mod.name))
    except FingerprintError as exc:
        raise StartError(str(exc)) from exc
    return 0


def print_fingerprint(fingerprint: ModFingerprint) -> None:
    print(f"{fingerprint.mod_name}: {len(fingerprint.versions)} accepted version(s)")
    for v in fingerprint.versions:
        regions = ", ".join(sorted(v.regions))
        maps = len({s.map_name for s in v.samples})
        print(
            f"  {v.label}: {len(v.required)} required + {len(v.optional)} optional dependencies; "
            f"regions {regions}; learned from {len(v.samples)} replay(s) on {maps} map(s), "
            f"last {v.learned_at:%Y-%m-%d %H:%M} UTC"
        )
