"""The ``/profile`` MMR-over-time picture: one line per race, as a PNG.

Uses matplotlib's object API (a ``Figure`` with its own Agg canvas, no pyplot state), so it can run
in a worker thread, off the event loop.
"""

from __future__ import annotations

import io

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from evoladder.bot.present.text import race_name
from evoladder.gamedata import GameData
from evoladder.store.profile import Profile

CHART_FILENAME = "mmr.png"


def has_chart(profile: Profile) -> bool:
    return any(race.mmr_points for race in profile.races)


def mmr_chart_png(profile: Profile, game_data: GameData) -> bytes:
    """The picture of every race's MMR after each recent game (the profile's points)."""
    figure = Figure(figsize=(6.4, 3.2), dpi=100)
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    for race in profile.races:
        if not race.mmr_points:
            continue
        times = [at for at, _ in race.mmr_points]
        values = [mmr for _, mmr in race.mmr_points]
        axes.plot(times, values, marker="o", markersize=3, label=race_name(game_data, race.race))  # type: ignore[arg-type]
    axes.set_ylabel("MMR")
    axes.set_title(f"{profile.player_name or 'Player'}: MMR over the last 90 days")
    axes.grid(alpha=0.3)
    axes.legend(loc="best", fontsize="small")
    figure.autofmt_xdate()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()
