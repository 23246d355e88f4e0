"""``LadderState``: the canonical hot state in memory, its indexed reads, and its transitions.

One module per area, composed here into one face:

- ``tables``: the hot tables and their derived indexes;  ``core``: ids, audit rows, idempotency;
- ``players``, ``queue``, ``matches``, ``admin``, ``notices``, ``housekeeping``: the transitions, each of which
  checks the pure rules (``evoladder.rules``) and then only mutates;
- ``results``: what a finished match does to MMR and W/L/D (once);  ``history``: the replay of match
  history those must equal;  ``outcomes``: what transitions return, with their events;
- ``reads``: every lookup;  ``loading``: bulk load, recovery, export;  ``memory``: keeping it small;
- staff tools: ``access`` (access codes for closed seasons), ``lookup`` + ``name_index`` (finding a
  player by mention, id, name, alt name or BattleTag).

Admin adjustments are recorded as ``admin_actions`` rows (action ``adjust_mmr``, payload
``{"discord_uid", "race", "old", "new", "delta"}``), which ``replay_history`` reads, so the replay
explains every MMR. Correcting or invalidating a completed match re-derives the players' later games
from it on (``history.rederive_later``); an invalidated match keeps its deltas as evidence, its
status takes it out of the replay.
"""

from __future__ import annotations

from evoladder.rules.admin import MMR_MAX, MMR_MIN
from evoladder.store.state.access import AccessTransitions
from evoladder.store.state.admin import AdminTransitions
from evoladder.store.state.core import Done, NotFound
from evoladder.store.state.history import HistoryTotals, replay_history
from evoladder.store.state.housekeeping import Housekeeping
from evoladder.store.state.loading import Loading
from evoladder.store.state.lookup import PlayerFinding, PlayerSearch
from evoladder.store.state.notices import NoticeTransitions
from evoladder.store.state.reads import LeaderboardPage, LeaderboardRow, QueueCounts, Reads


class LadderState(
    AdminTransitions, AccessTransitions, PlayerFinding, NoticeTransitions, Housekeeping, Reads, Loading
):
    """All hot tables in memory, indexed for every read the ladder makes, and every transition."""


__all__ = [
    "MMR_MAX",
    "MMR_MIN",
    "Done",
    "HistoryTotals",
    "LadderState",
    "LeaderboardPage",
    "LeaderboardRow",
    "NotFound",
    "PlayerSearch",
    "QueueCounts",
    "replay_history",
]
