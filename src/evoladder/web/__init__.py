"""The HTTP front end: health, metrics and the public leaderboard (page and JSON), served in-process."""

from evoladder.web.app import create_app
from evoladder.web.health import LadderHealth
from evoladder.web.server import WebServer
from evoladder.web.sources import HealthProbe, HealthReport, LadderReader, WebDeps

__all__ = [
    "HealthProbe",
    "HealthReport",
    "LadderHealth",
    "LadderReader",
    "WebDeps",
    "WebServer",
    "create_app",
]
