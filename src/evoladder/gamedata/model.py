"""Typed, immutable game data. Pure: no I/O here (see ``loader`` for reading the file)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

Side = Literal["bw", "sc2"]
BNET_REGIONS: tuple[str, ...] = ("AM", "EU", "AS")


@dataclass(frozen=True, slots=True)
class Race:
    code: str
    name: str
    short: str
    game: Side
    aliases: tuple[str, ...]
    names: Mapping[str, str] = field(default_factory=dict)  # locale → name (English: ``name``)


@dataclass(frozen=True, slots=True)
class Region:
    code: str
    name: str
    group: str
    lat: float
    lon: float
    names: Mapping[str, str] = field(default_factory=dict)  # locale → name (English: ``name``)


@dataclass(frozen=True, slots=True)
class Server:
    code: str
    name: str
    short: str
    bnet_region: str
    lat: float
    lon: float
    names: Mapping[str, str] = field(default_factory=dict)  # locale → name (English: ``name``)


@dataclass(frozen=True, slots=True)
class GameMap:
    name: str
    short: str
    author: str
    game: str
    links: Mapping[str, str]

    def link(self, bnet_region: str) -> str:
        return self.links[bnet_region]


@dataclass(frozen=True, slots=True)
class ModInfo:
    name: str
    author: str
    links: Mapping[str, str]


@dataclass(frozen=True, slots=True)
class LobbySettings:
    channel: str
    locked_alliances: bool
    privacy: str
    speed: str
    duration: str
    observers: int


@dataclass(frozen=True)
class GameData:
    """Everything the ladder knows about the game, validated and indexed for lookups."""

    races: Mapping[str, Race]
    regions: Mapping[str, Region]
    servers: Mapping[str, Server]
    server_table: Mapping[tuple[str, str], str]
    seasons: Mapping[str, tuple[GameMap, ...]]
    current_season: str
    mod: ModInfo
    lobby: LobbySettings
    countries: Mapping[str, str]
    common_countries: tuple[str, ...]
    measured_ping_ms: Mapping[tuple[str, str], float]
    # locale → country code → name, for the other languages (pycountry's translations, XX/ZZ from the file)
    country_names: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    _race_by_alias: dict[str, str] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        for race in self.races.values():
            for alias in (race.code, race.name, race.short, *race.aliases):
                self._race_by_alias[alias.casefold()] = race.code

    # --- races ---------------------------------------------------------------------------------
    def race(self, code: str) -> Race:
        return self.races[code]

    def races_of(self, side: Side) -> tuple[str, ...]:
        return tuple(code for code, race in self.races.items() if race.game == side)

    def race_from_text(self, text: str) -> str | None:
        """Our race code for a race string as replays or players write it (names and localised aliases)."""
        return self._race_by_alias.get(text.strip().casefold())

    # --- maps ----------------------------------------------------------------------------------
    @property
    def map_pool(self) -> tuple[GameMap, ...]:
        return self.seasons[self.current_season]

    @property
    def map_names(self) -> tuple[str, ...]:
        return tuple(m.name for m in self.map_pool)

    def game_map(self, name: str) -> GameMap | None:
        for m in self.map_pool:
            if m.name == name:
                return m
        return None

    # --- servers -------------------------------------------------------------------------------
    def table_server(self, region_a: str, region_b: str) -> str:
        """The community's region-pair table's server for two residential regions."""
        return self.server_table[(region_a, region_b)]

    # --- countries -----------------------------------------------------------------------------
    def country_name(self, code: str, locale: str = "en") -> str | None:
        """The country's name as a reader of ``locale`` writes it (pycountry's translations; the
        special codes XX and ZZ from the data file)."""
        code = code.upper()
        english = self.countries.get(code)
        if english is None:
            return None
        return self.country_names.get(locale, {}).get(code, english)

    # --- names in a reader's language ------------------------------------------------------------
    def race_name(self, code: str, locale: str = "en") -> str:
        race = self.races.get(code)
        return code if race is None else race.names.get(locale, race.name)

    def region_name(self, code: str, locale: str = "en") -> str:
        region = self.regions.get(code)
        return code if region is None else region.names.get(locale, region.name)

    def server_name(self, code: str, locale: str = "en") -> str:
        server = self.servers.get(code)
        return code if server is None else server.names.get(locale, server.name)
