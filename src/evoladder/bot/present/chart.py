"""The ``/profile`` MMR-over-time picture: one line per race, as a PNG.

Uses matplotlib's object API (a ``Figure`` with its own Agg canvas, no pyplot state), so it can run
in a worker thread, off the event loop.
"""

from __future__ import annotations

import io
import logging
from functools import cache

from matplotlib import font_manager
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from evoladder.bot.present.text import english_voice, race_name
from evoladder.bot.voice import Voice
from evoladder.gamedata import GameData
from evoladder.store.profile import Profile

log = logging.getLogger(__name__)

CHART_FILENAME = "mmr.png"
# Locales written in a script matplotlib's own font (DejaVu Sans) lacks.
CJK_LOCALES = frozenset({"ko", "zh-CN"})
# Fonts with Hangul and Chinese glyphs, tried after matplotlib's own for titles and race names in ko
# and zh-CN (without one installed those letters would be drawn as boxes).
CJK_FONTS = (
    "Noto Sans CJK KR",
    "Noto Sans CJK SC",
    "Noto Sans KR",
    "Noto Sans SC",
    "Source Han Sans",
    "NanumGothic",
    "WenQuanYi Zen Hei",
    "Microsoft YaHei",
    "Malgun Gothic",
)


@cache
def font_families() -> list[str]:
    """matplotlib's default sans-serif, then every installed CJK font of ``CJK_FONTS``."""
    installed = {font.name for font in font_manager.fontManager.ttflist}
    return ["DejaVu Sans", *(name for name in CJK_FONTS if name in installed)]


def chart_voice(say: Voice) -> Voice:
    """The voice to label the picture in: the reader's, or English where no installed font can draw
    the reader's script (English labels read better than a row of boxes)."""
    if say.locale in CJK_LOCALES and len(font_families()) == 1:
        _warn_no_cjk_font()
        return english_voice()
    return say


@cache
def _warn_no_cjk_font() -> None:
    log.warning("no CJK font installed: MMR charts for ko and zh-CN readers are labelled in English")


def has_chart(profile: Profile) -> bool:
    return any(race.mmr_points for race in profile.races)


def mmr_chart_png(profile: Profile, game_data: GameData, say: Voice | None = None) -> bytes:
    """The picture of every race's MMR after each recent game (the profile's points), its labels in
    ``say``'s language (English when no voice is given)."""
    say = chart_voice(say or english_voice())
    figure = Figure(figsize=(6.4, 3.2), dpi=100)
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    for race in profile.races:
        if not race.mmr_points:
            continue
        times = [at for at, _ in race.mmr_points]
        values = [mmr for _, mmr in race.mmr_points]
        axes.plot(times, values, marker="o", markersize=3, label=race_name(game_data, race.race, say.locale))  # type: ignore[arg-type]
    families = font_families()
    axes.set_ylabel(say("boards-chart-axis"), fontfamily=families)
    title = say("boards-chart-title", name=profile.player_name or say("boards-chart-unnamed"))
    axes.set_title(title, fontfamily=families)
    axes.grid(alpha=0.3)
    axes.legend(loc="best", prop=font_manager.FontProperties(family=families, size="small"))
    figure.autofmt_xdate()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()
