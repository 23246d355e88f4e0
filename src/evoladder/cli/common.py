"""Helpers shared by CLI commands: loading settings and game data with readable errors."""

from __future__ import annotations

import sys

from evoladder.config import ConfigError, Settings, load_settings
from evoladder.gamedata import GameData, GameDataError, load_game_data


class StartError(SystemExit):
    """Stops the command with a message on stderr and exit code 2."""

    def __init__(self, message: str) -> None:
        print(message, file=sys.stderr)
        super().__init__(2)


def settings_and_game_data(**overrides: object) -> tuple[Settings, GameData]:
    try:
        settings = load_settings(**overrides)
        game_data = load_game_data(settings.game_data_file, settings.season)
    except (ConfigError, GameDataError) as exc:
        raise StartError(f"evoladder cannot start: {exc}") from exc
    return settings, game_data
