"""Whether a wave's pair may become a match: two different queued players, each on a race they queued
with, one Brood War race against one StarCraft II race, on a pool map and a known server."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from evoladder.i18n import t
from evoladder.rules.errors import IllegalTransition, ValidationFailed


def check_pair(
    player_a: int,
    race_a: str,
    queued_a: Sequence[str] | None,
    player_b: int,
    race_b: str,
    queued_b: Sequence[str] | None,
    *,
    bw_races: Collection[str],
) -> None:
    """``queued_*`` are the races each player queued with (None: not in the queue)."""
    if player_a == player_b:
        raise IllegalTransition(t("rules-pair-self"))
    for uid, race, queued in ((player_a, race_a, queued_a), (player_b, race_b, queued_b)):
        if queued is None:
            raise IllegalTransition(t("rules-pair-not-queued", player=str(uid)))
        if race not in queued:
            raise IllegalTransition(t("rules-pair-wrong-race", player=str(uid), race=race))
    if {race_a in bw_races, race_b in bw_races} != {True, False}:
        raise IllegalTransition(t("rules-pair-sides"))


def check_venue(map_name: str, server: str, *, map_pool: Collection[str], servers: Collection[str]) -> None:
    if map_name not in map_pool:
        raise ValidationFailed(t("rules-map-not-in-pool", map=map_name))
    if server not in servers:
        raise ValidationFailed(t("rules-server-unknown", server=server))


QueueSight = tuple[object, tuple[str, ...], tuple[str, ...]]  # (joined at, races, vetoes) as seen


def check_unchanged(uid: int, seen: QueueSight | None, current: QueueSight | None) -> None:
    """A pair computed from an older view of the queue stands only if the entry is still the same."""
    if seen is not None and seen != current:
        raise IllegalTransition(t("rules-pair-entry-changed", player=str(uid)))
