"""``evoladder season list|set``: see the seasons' map pools and switch the current one (written to
``.env`` as ``EVOLADDER_SEASON``; restart the ladder to apply)."""

from __future__ import annotations

import argparse
from pathlib import Path

from evoladder.cli.common import StartError, settings_and_game_data


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser("season", help="list the seasons' map pools or switch the current season")
    sub = p.add_subparsers(dest="season_command", required=True)
    sub.add_parser("list", help="every season in the game data, with its maps")
    use = sub.add_parser("set", help="make a season current (writes EVOLADDER_SEASON to .env)")
    use.add_argument("name")
    use.add_argument("--env-file", type=Path, default=Path(".env"))
    p.set_defaults(handler=handle)


def handle(args: argparse.Namespace) -> int:
    _settings, game = settings_and_game_data()
    if args.season_command == "list":
        for name, maps in game.seasons.items():
            mark = " (current)" if name == game.current_season else ""
            print(f"{name}{mark}: {', '.join(m.short for m in maps)}")
        return 0
    if args.name not in game.seasons:
        raise StartError(f"unknown season '{args.name}'; known: {', '.join(game.seasons)}")
    env_file: Path = args.env_file
    lines = env_file.read_text(encoding="utf-8").splitlines() if env_file.exists() else []
    lines = [line for line in lines if not line.startswith("EVOLADDER_SEASON=")]
    lines.append(f"EVOLADDER_SEASON={args.name}")
    env_file.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"season set to {args.name} in {env_file}; restart the ladder to use its map pool")
    return 0
