"""``evoladder replay inspect FILE [--match MATCH.json] [--json]``: a replay's summary and verdict.

The same code path as the bot: the file is parsed in a worker process and verified by the same
verifier. Without ``--match`` only the checks that need no match run. Exit code 0 when the verdict is
ok, 1 when a check failed, 2 when the command itself cannot run (bad arguments, unreadable files).

``--match`` takes the match's facts as JSON::

    {"match_id": 12, "map_name": "Khione SEL", "confirmed_at": "2026-01-05T20:00:00Z",
     "bnet_region": "EU",
     "players": [{"name": "Alice", "race": "bw_zerg", "alt_names": ["앨리스"]},
                 {"name": "Bob", "race": "sc2_terran"}],
     "already_used_by": null}
"""

from __future__ import annotations

import argparse
import asyncio
import json
from datetime import datetime
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from evoladder.cli.common import StartError, settings_and_game_data
from evoladder.gamedata import GameData
from evoladder.replays.fingerprint import FingerprintError
from evoladder.replays.inspect import Inspection, build_pool, build_verifier, inspect_replay
from evoladder.replays.verify import MatchFacts, MatchPlayerFacts


class _MatchPlayerFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1)
    race: str = Field(min_length=1)
    alt_names: list[str] = Field(default_factory=list)


class _MatchFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    match_id: int
    map_name: str = Field(min_length=1)
    confirmed_at: datetime
    bnet_region: str | None = None
    players: list[_MatchPlayerFile] = Field(min_length=2, max_length=2)
    already_used_by: int | None = None

    @field_validator("confirmed_at")
    @classmethod
    def _aware(cls, v: datetime) -> datetime:
        if v.tzinfo is None:
            raise ValueError("needs a time zone (e.g. 2026-01-05T20:00:00Z)")
        return v


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser("replay", help="replay tools")
    sub = p.add_subparsers(dest="replay_command", metavar="SUBCOMMAND", required=True)
    inspect = sub.add_parser("inspect", help="print a replay's summary and verdict")
    inspect.add_argument("file", type=Path, help="the .SC2Replay file")
    inspect.add_argument("--match", type=Path, help="JSON file with the match's facts to verify against")
    inspect.add_argument("--json", action="store_true", help="print JSON instead of text")
    inspect.set_defaults(handler=handle_inspect)


def load_match_facts(path: Path, game_data: GameData) -> tuple[MatchFacts, int | None]:
    """The match facts in ``path`` (races as codes or names), and the match that already uses the replay."""
    try:
        raw = _MatchFile.model_validate_json(path.read_bytes())
    except OSError as exc:
        raise StartError(f"cannot read the match file {path}: {exc.strerror}") from exc
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors())
        raise StartError(f"the match file {path} is not valid: {problems}") from exc
    players: list[MatchPlayerFacts] = []
    for p in raw.players:
        race = p.race if p.race in game_data.races else game_data.race_from_text(p.race)
        if race is None:
            known = ", ".join(game_data.races)
            raise StartError(f"the match file {path} names an unknown race {p.race!r} (known: {known})")
        players.append(MatchPlayerFacts(name=p.name, race=race, alt_names=tuple(p.alt_names)))
    facts = MatchFacts(
        match_id=raw.match_id,
        players=(players[0], players[1]),
        map_name=raw.map_name,
        confirmed_at=raw.confirmed_at,
        bnet_region=raw.bnet_region,
    )
    return facts, raw.already_used_by


def handle_inspect(args: argparse.Namespace) -> int:
    settings, game_data = settings_and_game_data()
    try:
        data = args.file.read_bytes()
    except OSError as exc:
        raise StartError(f"cannot read {args.file}: {exc.strerror}") from exc
    match, used_by = load_match_facts(args.match, game_data) if args.match else (None, None)
    try:
        verifier = build_verifier(settings, game_data)
    except FingerprintError as exc:
        raise StartError(str(exc)) from exc

    async def run() -> Inspection:
        async with build_pool(settings, game_data, workers=1) as pool:
            return await inspect_replay(pool, verifier, data, match=match, already_used_by=used_by)

    inspection = asyncio.run(run())
    if args.json:
        print(json.dumps(inspection.to_json(), indent=2, ensure_ascii=False))
    else:
        print_text(inspection, args.file)
    return 0 if inspection.verdict.ok else 1


def print_text(inspection: Inspection, path: Path) -> None:
    s = inspection.summary
    print(f"{path.name}")
    if s is not None:
        print(f"  sha256   {s.content_hash}")
        print(f"  started  {s.started_at.isoformat()}  length {s.game_length_s} s  build {s.release}")
        print(f"  map      {s.map_name} ({s.bnet_region})")
        for p in s.players:
            kind = "human" if p.is_human else "A.I."
            tag = f"[{p.clan_tag}] " if p.clan_tag else ""
            print(
                f"  player   {tag}{p.name} ({p.toon_handle or '-'}) {p.race_text} -> {p.race or '?'}, {p.result}, {kind}"
            )
        if s.observers:
            print(f"  observers {', '.join(s.observers)}")
        lobby = s.lobby
        alliances = "locked" if lobby.locked_alliances else "unlocked"
        print(f"  lobby    {lobby.privacy}, {lobby.speed}, {lobby.duration}, alliances {alliances}")
        print(f"  depends  {len(s.dependencies)} files (the last one is the map)")
    verdict = inspection.verdict
    print(f"  verdict  {'OK' if verdict.ok else 'REFUSED'}")
    for check in verdict.checks:
        print(f"    {check.status:4}  {check.name:10}  {check.reason}")
