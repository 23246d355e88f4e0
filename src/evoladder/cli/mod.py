"""``evoladder mod learn FILE... [--out PATH] [--version LABEL] [--replace | --write-default]`` and
``evoladder mod show``.

``learn`` reads replays the operator trusts to have been played with the official mod and records
which dependency hashes belong to it (see ``replays/fingerprint.py`` for the rule). Learning into an
existing label merges (as if all its replays had been learned together); a new label adds a mod
version next to the old ones (a mod update being rolled out); ``--replace`` keeps only the new one.
Until the operator learned one, learning starts from the default the package ships.
``--write-default`` regenerates that shipped default from exactly the files given (for developers:
``evoladder mod learn --write-default ../shared/replays/*"(Official "*``), dated by the newest game
so the same replays always give the same file. Nothing is written unless every file was read.
"""

from __future__ import annotations

import argparse
import asyncio
from datetime import UTC, datetime
from pathlib import Path

from evoladder.cli.common import StartError, settings_and_game_data
from evoladder.replays.fingerprint import (
    DEFAULT_VERSION_LABEL,
    FingerprintError,
    ModFingerprint,
    current_fingerprint,
    learn,
    shipped_path,
)
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
    learn_p.add_argument(
        "--write-default",
        action="store_true",
        help="regenerate the default fingerprint shipped in the package from exactly these replays",
    )
    learn_p.set_defaults(handler=handle_learn)
    show_p = sub.add_parser("show", help="print the known official mod versions")
    show_p.add_argument("--file", type=Path, help="fingerprint file (default: the configured one)")
    show_p.set_defaults(handler=handle_show)


def handle_learn(args: argparse.Namespace) -> int:
    settings, game_data = settings_and_game_data()
    learned: Path = args.out or settings.effective_mod_fingerprint_file
    out = shipped_path() if args.write_default else learned
    blobs: list[tuple[Path, bytes]] = []
    for path in args.files:
        try:
            blobs.append((path, path.read_bytes()))
        except OSError as exc:
            raise StartError(f"cannot read {path}: {exc.strerror}") from exc
    try:
        current = (
            ModFingerprint(mod_name=game_data.mod.name)
            if args.write_default
            else current_fingerprint(learned, game_data.mod.name)
        )
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
    # The shipped default is dated by its newest game, so regenerating it changes nothing by itself.
    learned_at = max(s.started_at for s in summaries) if args.write_default else datetime.now(UTC)
    try:
        version = learn(summaries, learned_at=learned_at, label=args.version)
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
        if args.file is not None:
            print(f"no mod fingerprint at {path}")
            return 1
        print(f"no fingerprint learned yet at {path}: the default shipped with evoladder is in use")
        path = shipped_path()
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
