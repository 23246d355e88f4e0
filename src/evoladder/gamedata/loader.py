"""Read and validate the game data file. A broken file stops the start with a message naming the entry."""

from __future__ import annotations

import gettext
import tomllib
from collections.abc import Mapping
from importlib import resources
from pathlib import Path
from typing import Any

import pycountry

from evoladder.gamedata.model import (
    BNET_REGIONS,
    GameData,
    GameMap,
    LobbySettings,
    ModInfo,
    Race,
    Region,
    Server,
)


class GameDataError(Exception):
    """The game data file is invalid; the message names the entry."""


def default_game_data_path() -> Path:
    return Path(str(resources.files("evoladder") / "data" / "evo_complete.toml"))


def load_game_data(path: Path | None = None, season: str = "season_alpha") -> GameData:
    """Load, validate and index the game data file (the packaged one by default)."""
    path = path or default_game_data_path()
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise GameDataError(f"game data file not found: {path}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise GameDataError(f"{path}: not valid TOML: {exc}") from exc
    try:
        return _build(raw, season)
    except GameDataError as exc:
        raise GameDataError(f"{path}: {exc}") from exc


def _need(obj: dict[str, Any], key: str, where: str, kind: type | tuple[type, ...] = str) -> Any:
    if key not in obj:
        raise GameDataError(f"{where}: missing '{key}'")
    value = obj[key]
    if not isinstance(value, kind):
        raise GameDataError(f"{where}: '{key}' has the wrong type ({type(value).__name__})")
    return value


def _unique(codes: list[str], what: str) -> None:
    seen: set[str] = set()
    for code in codes:
        if code in seen:
            raise GameDataError(f"{what} '{code}' is defined twice")
        seen.add(code)


def _links(obj: dict[str, Any], where: str) -> dict[str, str]:
    links = _need(obj, "links", where, dict)
    missing = [r for r in BNET_REGIONS if not isinstance(links.get(r), str) or not links[r]]
    if missing:
        raise GameDataError(f"{where}: missing link for battle.net region(s) {', '.join(missing)}")
    extra = set(links) - set(BNET_REGIONS)
    if extra:
        raise GameDataError(f"{where}: unknown battle.net region(s) {', '.join(sorted(extra))}")
    return {r: links[r] for r in BNET_REGIONS}


def _build(raw: dict[str, Any], season: str) -> GameData:
    races: dict[str, Race] = {}
    for i, r in enumerate(_need(raw, "races", "file", list)):
        where = f"races[{i}]"
        game = _need(r, "game", where)
        if game not in ("bw", "sc2"):
            raise GameDataError(f"{where}: game must be 'bw' or 'sc2', not '{game}'")
        code = _need(r, "code", where)
        if code in races:
            raise GameDataError(f"race '{code}' is defined twice")
        aliases = tuple(_need(r, "aliases", where, list))
        races[code] = Race(
            code, _need(r, "name", where), _need(r, "short", where), game, aliases, _names(r, where)
        )
    if not any(r.game == "bw" for r in races.values()) or not any(r.game == "sc2" for r in races.values()):
        raise GameDataError("races: need at least one Brood War and one StarCraft II race")
    alias_owner: dict[str, str] = {}
    for race in races.values():
        for alias in (race.code, race.name, race.short, *race.aliases):
            owner = alias_owner.setdefault(alias.casefold(), race.code)
            if owner != race.code:
                raise GameDataError(f"race alias '{alias}' is used by both {owner} and {race.code}")

    regions: dict[str, Region] = {}
    for i, r in enumerate(_need(raw, "regions", "file", list)):
        where = f"regions[{i}]"
        code = _need(r, "code", where)
        if code in regions:
            raise GameDataError(f"region '{code}' is defined twice")
        regions[code] = Region(
            code,
            _need(r, "name", where),
            _need(r, "group", where),
            float(_need(r, "lat", where, (int, float))),
            float(_need(r, "lon", where, (int, float))),
            _names(r, where),
        )

    servers: dict[str, Server] = {}
    for i, s in enumerate(_need(raw, "servers", "file", list)):
        where = f"servers[{i}]"
        code = _need(s, "code", where)
        if code in servers:
            raise GameDataError(f"server '{code}' is defined twice")
        bnet = _need(s, "bnet_region", where)
        if bnet not in BNET_REGIONS:
            raise GameDataError(f"server '{code}': unknown battle.net region '{bnet}'")
        servers[code] = Server(
            code,
            _need(s, "name", where),
            _need(s, "short", where),
            bnet,
            float(_need(s, "lat", where, (int, float))),
            float(_need(s, "lon", where, (int, float))),
            _names(s, where),
        )

    server_table = _server_table(_need(raw, "server_table", "file", dict), regions, servers)

    seasons: dict[str, tuple[GameMap, ...]] = {}
    for name, body in _need(raw, "seasons", "file", dict).items():
        maps = []
        for i, m in enumerate(_need(body, "maps", f"seasons.{name}", list)):
            where = f"seasons.{name}.maps[{i}]"
            maps.append(
                GameMap(
                    _need(m, "name", where),
                    _need(m, "short", where),
                    _need(m, "author", where),
                    _need(m, "game", where),
                    _links(m, f"{where} ({m.get('name', '?')})"),
                )
            )
        if not maps:
            raise GameDataError(f"seasons.{name}: the map pool is empty")
        _unique([m.name for m in maps], f"seasons.{name}: map")
        seasons[name] = tuple(maps)
    if season not in seasons:
        raise GameDataError(f"season '{season}' is not defined (known: {', '.join(sorted(seasons))})")

    mod_raw = _need(raw, "mod", "file", dict)
    mod = ModInfo(_need(mod_raw, "name", "mod"), _need(mod_raw, "author", "mod"), _links(mod_raw, "mod"))
    lobby_raw = _need(raw, "lobby", "file", dict)
    lobby = LobbySettings(
        channel=_need(lobby_raw, "channel", "lobby"),
        locked_alliances=_need(lobby_raw, "locked_alliances", "lobby", bool),
        privacy=_need(lobby_raw, "privacy", "lobby"),
        speed=_need(lobby_raw, "speed", "lobby"),
        duration=_need(lobby_raw, "duration", "lobby"),
        observers=_need(lobby_raw, "observers", "lobby", int),
    )

    countries_raw = _need(raw, "countries", "file", dict)
    countries = {c.alpha_2: getattr(c, "common_name", c.name) for c in pycountry.countries}
    special = _need(countries_raw, "special", "countries", dict)
    countries.update({str(k): str(v) for k, v in special.items()})
    country_names = _localised_countries(countries, countries_raw.get("special_names", {}))
    common = tuple(_need(countries_raw, "common", "countries", list))
    for code in common:
        if code not in countries:
            raise GameDataError(f"countries.common: unknown country code '{code}'")

    measured: dict[tuple[str, str], float] = {}
    latency_raw = raw.get("latency", {})
    for key, ms in dict(latency_raw.get("measured_ping_ms", {})).items():
        region, _, server = str(key).partition(".")
        if region not in regions or server not in servers:
            raise GameDataError(f"latency.measured_ping_ms: '{key}' is not REGION.SERVER with known codes")
        if not isinstance(ms, int | float) or ms <= 0:
            raise GameDataError(f"latency.measured_ping_ms: '{key}' must be a positive number of ms")
        measured[(region, server)] = float(ms)

    return GameData(
        races=races,
        regions=regions,
        servers=servers,
        server_table=server_table,
        seasons=seasons,
        current_season=season,
        mod=mod,
        lobby=lobby,
        countries=countries,
        common_countries=common,
        measured_ping_ms=measured,
        country_names=country_names,
    )


# Our locales → the gettext languages pycountry ships its ISO 3166 translations in.
PYCOUNTRY_LANGUAGES = {"ko": "ko", "zh-CN": "zh_CN", "es-419": "es", "ru": "ru"}


def _localised_countries(
    english: Mapping[str, str], special: Mapping[str, Mapping[str, str]]
) -> dict[str, dict[str, str]]:
    """Every country's name per locale: pycountry's translations, the special codes from the file."""
    out: dict[str, dict[str, str]] = {}
    for locale, language in PYCOUNTRY_LANGUAGES.items():
        try:
            translate = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language]).gettext
        except OSError:
            continue  # no translation shipped: English names stand
        names = {code: translate(name) for code, name in english.items()}
        for code, per_locale in special.items():
            if locale in per_locale:
                names[str(code)] = str(per_locale[locale])
        out[locale] = names
    return out


def _names(entry: Mapping[str, Any], where: str) -> dict[str, str]:
    names = entry.get("names", {})
    if not isinstance(names, dict) or not all(isinstance(v, str) for v in names.values()):
        raise GameDataError(f"{where}: names must map locales to names")
    return {str(k): v for k, v in names.items()}


def _server_table(
    raw: dict[str, Any], regions: dict[str, Region], servers: dict[str, Server]
) -> dict[tuple[str, str], str]:
    columns = _need(raw, "columns", "server_table", list)
    if sorted(columns) != sorted(regions):
        raise GameDataError("server_table.columns must list every region exactly once")
    table: dict[tuple[str, str], str] = {}
    for row_region in regions:
        row = raw.get(row_region)
        if not isinstance(row, list) or len(row) != len(columns):
            raise GameDataError(f"server_table.{row_region}: needs one server per column ({len(columns)})")
        for col_region, server in zip(columns, row, strict=True):
            if server not in servers:
                raise GameDataError(f"server_table.{row_region}/{col_region}: unknown server '{server}'")
            table[(row_region, col_region)] = server
    for (a, b), server in table.items():
        if table[(b, a)] != server:
            raise GameDataError(
                f"server_table is not symmetric: {a}/{b} is {server} but {b}/{a} is {table[(b, a)]}"
            )
    return table
