"""``evoladder admin add|remove|list``: manage ladder admins from the shell (the ladder must be stopped:
the journal allows one process at a time)."""

from __future__ import annotations

import argparse
import asyncio

from evoladder.bootstrap import build_app
from evoladder.cli.common import StartError, settings_and_game_data
from evoladder.config import Settings
from evoladder.gamedata import GameData
from evoladder.rules.errors import DomainError


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser("admin", help="add, remove or list ladder admins")
    sub = p.add_subparsers(dest="admin_command", required=True)
    add = sub.add_parser("add", help="make a Discord user an admin")
    add.add_argument("discord_id", type=int)
    rm = sub.add_parser("remove", help="remove an admin")
    rm.add_argument("discord_id", type=int)
    rm.add_argument("--reason", default="removed by the operator from the command line")
    sub.add_parser("list", help="list the admins")
    p.set_defaults(handler=handle)


async def _run(settings: Settings, game: GameData, args: argparse.Namespace) -> str:
    app = await build_app(settings, game, start_pool=False)
    try:
        admin = app.ladder.admin
        if args.admin_command == "add":
            await admin.operator_add_admin(args.discord_id, settings.owner_id)
            return f"{args.discord_id} is now an admin"
        if args.admin_command == "remove":
            await admin.operator_remove_admin(args.discord_id, settings.owner_id or 0, args.reason)
            return f"{args.discord_id} is no longer an admin"
        admins = admin.admins()
        return "\n".join(f"{a.discord_uid} (added {a.added_at:%Y-%m-%d})" for a in admins) or "no admins"
    finally:
        await app.close()


def handle(args: argparse.Namespace) -> int:
    settings, game = settings_and_game_data()
    try:
        print(asyncio.run(_run(settings, game, args)))
    except DomainError as exc:
        raise StartError(str(exc)) from exc
    return 0
