"""Who may queue, and with what: races (one Brood War, one StarCraft II, or one of each) and vetoes.

Pure checks: each returns the cleaned choice or raises a ``DomainError`` whose message tells the
player what to do. The store calls them before it changes anything.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Literal

from evoladder.i18n import t
from evoladder.rules.errors import IllegalTransition, ValidationFailed
from evoladder.rules.text import echo

Side = Literal["bw", "sc2", "both"]


def check_can_queue(*, banned: bool, registered: bool, queued: bool, open_match_id: int | None) -> None:
    """A player may queue when not banned, registered (terms and setup), not queued and not playing."""
    if banned:
        raise IllegalTransition(t("rules-queue-banned"))
    if not registered:
        raise IllegalTransition(t("rules-queue-register-first"))
    if queued:
        raise IllegalTransition(t("rules-queue-already"))
    if open_match_id is not None:
        raise IllegalTransition(t("rules-queue-in-match", match_id=str(open_match_id)))


def check_can_leave(*, queued: bool) -> None:
    if not queued:
        raise IllegalTransition(t("rules-queue-not-queued"))


def pick_races(
    races: Sequence[str], *, known: Collection[str], bw: Collection[str], sc2: Collection[str]
) -> tuple[str, ...]:
    """The races a player queues with, Brood War first: one BW race, one SC2 race, or one of each."""
    picked = tuple(dict.fromkeys(races))
    unknown = [r for r in picked if r not in known]
    if unknown:
        raise ValidationFailed(t("rules-queue-unknown-race", race=echo(unknown[0])))
    bw_picked = [r for r in picked if r in bw]
    sc2_picked = [r for r in picked if r in sc2]
    if not picked or len(bw_picked) > 1 or len(sc2_picked) > 1:
        raise ValidationFailed(t("rules-queue-pick-races"))
    return tuple(bw_picked + sc2_picked)


def pick_vetoes(vetoes: Sequence[str], *, pool: Collection[str], max_vetoes: int) -> tuple[str, ...]:
    """Up to ``max_vetoes`` distinct maps of the season's pool."""
    picked = tuple(dict.fromkeys(vetoes))
    outside = [v for v in picked if v not in pool]
    if outside:
        raise ValidationFailed(t("rules-queue-veto-outside", map=echo(outside[0])))
    if len(picked) > max_vetoes:
        raise ValidationFailed(t("rules-queue-too-many-vetoes", max_vetoes=max_vetoes))
    return picked


def side_of(races: Sequence[str], bw: Collection[str]) -> Side:
    """Which side of a match a queue entry can take."""
    has_bw = any(r in bw for r in races)
    has_sc2 = any(r not in bw for r in races)
    return "both" if has_bw and has_sc2 else ("bw" if has_bw else "sc2")
