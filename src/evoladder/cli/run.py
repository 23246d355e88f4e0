"""``evoladder run``: start the ladder (Discord with a token, otherwise a local demo season)."""

from __future__ import annotations

import argparse

from evoladder.cli.common import settings_and_game_data


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser("run", help="start the ladder (Discord bot, or a local demo without a token)")
    p.add_argument("--database", help="database URL (overrides EVOLADDER_DATABASE_URL)")
    p.add_argument("--data-dir", help="data directory (overrides EVOLADDER_DATA_DIR)")
    p.add_argument("--port", type=int, help="HTTP port (overrides EVOLADDER_HTTP_PORT)")
    p.add_argument(
        "--check-config", action="store_true", help="load and validate everything, print it, and exit"
    )
    p.set_defaults(handler=handle)


def handle(args: argparse.Namespace) -> int:
    overrides: dict[str, object] = {}
    if args.database:
        overrides["database_url"] = args.database
    if args.data_dir:
        overrides["data_dir"] = args.data_dir
    if args.port is not None:
        overrides["http_port"] = args.port
    settings, game = settings_and_game_data(**overrides)
    print("evoladder: configuration and game data loaded")
    print(f"  database: {settings.effective_database_url}")
    print(f"  races:    {', '.join(f'{r.short} {r.name}' for r in game.races.values())}")
    print(f"  regions:  {len(game.regions)} ({', '.join(game.regions)})")
    print(f"  servers:  {len(game.servers)} ({', '.join(game.servers)})")
    pairs = len({frozenset(k) for k in game.server_table})
    print(f"  server table: {pairs} region pairs; policy: {settings.server_policy}")
    print(
        f"  season:   {game.current_season}, {len(game.map_pool)} maps: {', '.join(m.short for m in game.map_pool)}"
    )
    print(f"  mod:      {game.mod.name} by {game.mod.author}")
    print(f"  countries: {len(game.countries)}")
    print(f"  Discord:  {'token set' if settings.discord_token else 'no DISCORD_TOKEN (local demo season)'}")
    if args.check_config:
        return 0
    from evoladder.runtime import run

    return run(settings, game)
