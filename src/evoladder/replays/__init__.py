"""Replays: parsed in worker processes, verified against a match and the official mod, stored by hash.

The composition root builds one ``ReplayParserPool`` (``build_pool``) and one ``ReplayVerifier``
(``build_verifier``); ``inspect_replay`` is the path every caller (bot, CLI, tests) goes through.
"""

from evoladder.replays.fingerprint import FingerprintError, ModFingerprint, ModJudgement, ModVersion, learn
from evoladder.replays.inspect import Inspection, build_pool, build_verifier, inspect_replay
from evoladder.replays.pool import PoolClosed, PoolStartError, PoolStats, ReplayParserPool
from evoladder.replays.storage import LocalReplayStorage, ReplayStorage, StorageError, local_storage_for
from evoladder.replays.summary import (
    Dependency,
    LobbyOptions,
    ParseOutcome,
    ReplayPlayer,
    ReplayRefusal,
    ReplaySummary,
)
from evoladder.replays.verify import Check, MatchFacts, MatchPlayerFacts, ReplayVerifier, Verdict

__all__ = [
    "Check",
    "Dependency",
    "FingerprintError",
    "Inspection",
    "LobbyOptions",
    "LocalReplayStorage",
    "MatchFacts",
    "MatchPlayerFacts",
    "ModFingerprint",
    "ModJudgement",
    "ModVersion",
    "ParseOutcome",
    "PoolClosed",
    "PoolStartError",
    "PoolStats",
    "ReplayParserPool",
    "ReplayPlayer",
    "ReplayRefusal",
    "ReplayStorage",
    "ReplaySummary",
    "ReplayVerifier",
    "StorageError",
    "Verdict",
    "build_pool",
    "build_verifier",
    "inspect_replay",
    "learn",
    "local_storage_for",
]
