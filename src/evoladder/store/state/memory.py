"""Keeping millions of loaded records small and out of the garbage collector's way."""

from __future__ import annotations

import ctypes
import gc
import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from evoladder.rules.lifecycle import MatchStatus
from evoladder.store.records import Mmr
from evoladder.store.state.tables import Tables

log = logging.getLogger(__name__)


def share_repeated_values(t: Tables) -> None:
    """Point equal values of related rows at one object (ids, equal timestamps).

    A database returns fresh objects per row: without this, 1,000,000 matches would hold
    2,000,000 copies of player ids, 600,000 ratings would each key their player by a copy of the id,
    and a replay or a report that settled its match would carry a second copy of the same instant.
    (Replays a load packs hold no objects: ``ReplayTable``; a match keeps a replay's hash as bytes.)
    """
    players = t.players
    for player in players.values():
        created = player.created_at
        if player.terms_accepted_at == created:
            player.terms_accepted_at = created
        if player.setup_completed_at == created:
            player.setup_completed_at = created
        if player.updated_at == created:
            player.updated_at = created
    # each player's ratings keyed by the player's own id object, in the same order
    owned: dict[int, dict[str, Mmr]] = {}
    for uid, per in t.mmrs.items():
        owner = players.get(uid)
        if owner is None:
            owned[uid] = per
            continue
        owned[owner.discord_uid] = per
        for rec in per.values():
            rec.discord_uid = owner.discord_uid
            if rec.created_at == owner.created_at:
                rec.created_at = owner.created_at
    t.mmrs.clear()
    t.mmrs.update(owned)
    replays = t.replays
    mmrs_of, player_of, replay_of = t.mmrs.get, players.get, replays.live
    completed = MatchStatus.COMPLETED.value
    any_live_replay = len(replays) > replays.packed_count  # a load packs them all, as a rule
    for match in t.matches.values():
        ended = match.ended_at
        a, b = player_of(match.player_a), player_of(match.player_b)
        if a is not None:
            match.player_a = a.discord_uid
        if b is not None:
            match.player_b = b.discord_uid
        if ended is not None and match.status == completed:
            for records_of_player, race in (
                (mmrs_of(match.player_a), match.race_a),
                (mmrs_of(match.player_b), match.race_b),
            ):
                entry = None if records_of_player is None else records_of_player.get(race)
                if entry is not None and entry.last_played_at == ended:
                    entry.last_played_at = ended
        if ended is not None:  # the report that settled the match came in at its end
            if match.report_a_at == ended:
                match.report_a_at = ended
            if match.report_b_at == ended:
                match.report_b_at = ended
        confirmed = match.confirmed_at
        if confirmed is not None:
            if match.confirm_a_at == confirmed:
                match.confirm_a_at = confirmed
            if match.confirm_b_at == confirmed:
                match.confirm_b_at = confirmed
        # (a match reads a hash as text built from its bytes: not worth building with no replay to find)
        for replay_hash in (match.replay_a, match.replay_b) if any_live_replay else ():
            replay = None if replay_hash is None else replay_of(replay_hash)
            if replay is not None and replay.match_id == match.match_id:
                replay.match_id = match.match_id
                if ended is not None and replay.uploaded_at == ended:
                    replay.uploaded_at = ended
    for replay in replays.live_values():  # packed ones hold no objects to share
        uploader = players.get(replay.uploaded_by)
        if uploader is not None:
            replay.uploaded_by = uploader.discord_uid


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic GC during a bulk load: the load allocates millions of long-lived objects,
    so each collection meanwhile would rescan them all (the load runs twice as slow) and find no
    garbage (records hold no reference cycles)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def settle_after_load() -> None:
    """Move what was loaded out of the collector's reach and give freed heap pages back."""
    # Millions of long-lived records would make every full collection of the cyclic GC rescan
    # them all (≈ 1 s pauses on the event loop); freezing moves what is loaded out of its reach.
    gc.freeze()
    _return_free_heap_to_os()


def _return_free_heap_to_os() -> None:
    """Give back the heap pages the load's transient row dicts left free (glibc keeps them mapped)."""
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL("libc.so.6")
    except OSError:
        log.info("libc.so.6 not loadable (not glibc?): freed load memory stays with the allocator")
        return
    libc.malloc_trim(0)
