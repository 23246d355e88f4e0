"""Whether a wave's pair may become a match: two different queued players, each on a race they queued
with, one Brood War race against one StarCraft II race, on a pool map and a known server."""

from __future__ import annotations

from collections.abc import Collection, Sequence

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
        raise IllegalTransition("A player can't be matched with themself.")
    for uid, race, queued in ((player_a, race_a, queued_a), (player_b, race_b, queued_b)):
        if queued is None:
            raise IllegalTransition(f"Player {uid} is not in the queue.")
        if race not in queued:
            raise IllegalTransition(f"Player {uid} did not queue as {race}.")
    if {race_a in bw_races, race_b in bw_races} != {True, False}:
        raise IllegalTransition("A match is one Brood War race against one StarCraft II race.")


def check_venue(map_name: str, server: str, *, map_pool: Collection[str], servers: Collection[str]) -> None:
    if map_name not in map_pool:
        raise ValidationFailed(f"“{map_name}” is not in this season's map pool.")
    if server not in servers:
        raise ValidationFailed(f"Unknown server {server!r}.")


QueueSight = tuple[object, tuple[str, ...], tuple[str, ...]]  # (joined at, races, vetoes) as seen


def check_unchanged(uid: int, seen: QueueSight | None, current: QueueSight | None) -> None:
    """A pair computed from an older view of the queue stands only if the entry is still the same."""
    if seen is not None and seen != current:
        raise IllegalTransition(
            f"Player {uid} changed their queue entry while the wave was computed; they wait for the next one."
        )
