"""SC: Evo Complete game data: races, regions, servers, maps, mod, lobby settings, countries."""

from evoladder.gamedata.loader import GameDataError, default_game_data_path, load_game_data
from evoladder.gamedata.model import (
    BNET_REGIONS,
    GameData,
    GameMap,
    LobbySettings,
    ModInfo,
    Race,
    Region,
    Server,
    Side,
)

__all__ = [
    "BNET_REGIONS",
    "GameData",
    "GameDataError",
    "GameMap",
    "LobbySettings",
    "ModInfo",
    "Race",
    "Region",
    "Server",
    "Side",
    "default_game_data_path",
    "load_game_data",
]
