"""Who may queue, and with what: races (one Brood War, one StarCraft II, or one of each) and vetoes.

Pure checks: each returns the cleaned choice or raises a ``DomainError`` whose message tells the
player what to do. The store calls them before it changes anything.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Literal

from evoladder.rules.errors import IllegalTransition, ValidationFailed

Side = Literal["bw", "sc2", "both"]


def check_can_queue(*, banned: bool, registered: bool, queued: bool, open_match_id: int | None) -> None:
    """A player may queue when not banned, registered (terms and setup), not queued and not playing."""
    if banned:
        raise IllegalTransition("You are banned from the ladder and can't queue.")
    if not registered:
        raise IllegalTransition("Finish /termsofservice and /setup before queueing.")
    if queued:
        raise IllegalTransition("You are already in the queue.")
    if open_match_id is not None:
        raise IllegalTransition(f"You are in match #{open_match_id}: finish it before queueing again.")


def check_can_leave(*, queued: bool) -> None:
    if not queued:
        raise IllegalTransition("You are not in the queue.")


def pick_races(
    races: Sequence[str], *, known: Collection[str], bw: Collection[str], sc2: Collection[str]
) -> tuple[str, ...]:
    """The races a player queues with, Brood War first: one BW race, one SC2 race, or one of each."""
    picked = tuple(dict.fromkeys(races))
    unknown = [r for r in picked if r not in known]
    if unknown:
        raise ValidationFailed(f"Unknown race {unknown[0]!r}: pick from the race menu.")
    bw_picked = [r for r in picked if r in bw]
    sc2_picked = [r for r in picked if r in sc2]
    if not picked or len(bw_picked) > 1 or len(sc2_picked) > 1:
        raise ValidationFailed(
            "Pick one Brood War race, one StarCraft II race, or one of each to play either side."
        )
    return tuple(bw_picked + sc2_picked)


def pick_vetoes(vetoes: Sequence[str], *, pool: Collection[str], max_vetoes: int) -> tuple[str, ...]:
    """Up to ``max_vetoes`` distinct maps of the season's pool."""
    picked = tuple(dict.fromkeys(vetoes))
    outside = [v for v in picked if v not in pool]
    if outside:
        raise ValidationFailed(f"“{outside[0]}” is not in this season's map pool: veto only pool maps.")
    if len(picked) > max_vetoes:
        raise ValidationFailed(f"You can veto at most {max_vetoes} maps.")
    return picked


def side_of(races: Sequence[str], bw: Collection[str]) -> Side:
    """Which side of a match a queue entry can take."""
    has_bw = any(r in bw for r in races)
    has_sc2 = any(r not in bw for r in races)
    return "both" if has_bw and has_sc2 else ("bw" if has_bw else "sc2")
