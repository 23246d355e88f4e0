"""Replay upload through the real worker pool on real files: refused, attached as evidence, duplicates."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from evoladder.bootstrap import App
from evoladder.gamedata import GameData
from evoladder.replays.parse import ReplayParser, race_alias_table
from evoladder.replays.summary import LobbyOptions, ReplayRefusal, ReplaySummary
from evoladder.rules.errors import DomainError, ValidationFailed
from evoladder.rules.events import ReplayChecked
from evoladder.services.clock import ManualClock, next_wave_at
from evoladder.services.events import RecordingNotifier
from evoladder.services.replays import stored_summary
from evoladder.store.records import Match
from tests.ladder_helpers import BW, SC2, AppFactory, matched
from tests.replays.conftest import make_player


async def test_upload_paths(
    make_app: AppFactory, clock: ManualClock, notifier: RecordingNotifier, replays_dir: Path
) -> None:
    app = await make_app(start_pool=True)
    replays = app.ladder.replays
    with pytest.raises(DomainError, match="no match waiting for a replay"):
        await replays.upload(BW, "game.SC2Replay", b"x" * 100)

    match_id = await matched(app, clock)
    await app.ladder.matches.confirm(match_id, BW)
    await app.ladder.matches.confirm(match_id, SC2)

    with pytest.raises(ValidationFailed, match="not a replay"):
        await replays.upload(BW, "screenshot.png", b"\x89PNG")
    with pytest.raises(ValidationFailed, match="can't be used"):
        await replays.upload(BW, "broken.SC2Replay", b"\x00" * 2048)
    too_big = b"\x00" * (app.settings.replay_max_bytes + 1)
    with pytest.raises(ValidationFailed, match="at most 5 MB"):
        await replays.upload(BW, "big.SC2Replay", too_big)

    # A real two-player game, but not SC: Evo: stored and attached as evidence, result not settled.
    data = (replays_dir / "standard-sc2" / "1v1-odyssey-4.0.SC2Replay").read_bytes()
    upload = await replays.upload(BW, "odyssey.SC2Replay", data, key="upload-1")
    assert not upload.verdict.ok and not upload.settled and upload.status == "in_progress"
    assert {c.name for c in upload.verdict.failures} >= {"races"}
    stored = app.store.state.replay_of(match_id, BW)
    assert stored is not None and (app.settings.data_dir / "replays" / stored.path).is_file()
    assert notifier.of_type(ReplayChecked)[0].uploader == BW
    # Re-delivered upload: one effect.
    again = await replays.upload(BW, "odyssey.SC2Replay", data, key="upload-1")
    assert again.match_id == match_id

    # The same file never becomes another match's replay: sent again (here by the opponent, during
    # their next match) it goes to the match it is already the evidence of.
    await app.ladder.matches.report(match_id, BW, "win")
    await app.ladder.matches.report(match_id, SC2, "loss")
    clock.advance(60)
    await app.ladder.queue.join(BW, ["bw_terran"], [])
    await app.ladder.queue.join(SC2, ["sc2_zerg"], [])
    second = (await app.ladder.waves.run_wave(next_wave_at(clock.now(), 45))).match_ids[0]
    await app.ladder.matches.confirm(second, BW)
    await app.ladder.matches.confirm(second, SC2)
    resent = await replays.upload(SC2, "odyssey.SC2Replay", data)
    assert resent.match_id == match_id and app.store.state.match_replays(second) == []


async def test_the_stored_summary_leaves_out_the_dependency_list(
    make_app: AppFactory, replays_dir: Path
) -> None:
    app = await make_app(start_pool=True)
    data = (replays_dir / "Khione SEL (Official EU).SC2Replay").read_bytes()
    outcome = await app.pool.parse(data)
    assert not isinstance(outcome, ReplayRefusal)
    kept = stored_summary(outcome)
    assert "dependencies" not in kept and kept["dependency_count"] == len(outcome.dependencies) > 10
    assert kept["map_name"] == "Khione SEL" and kept["content_hash"] == outcome.content_hash
    assert len(json.dumps(kept)) < len(outcome.model_dump_json()) / 2


# --- which match a replay is of, and each player's replay (durability issue, item 6) ------------------
class ContentPool:
    """Stands in for the worker pool: two-player games built from a real sample, one per file content
    (the real Evo samples are one-player games)."""

    def __init__(self, base: ReplaySummary) -> None:
        self.base = base
        self.by_hash: dict[str, ReplaySummary] = {}

    async def parse(self, data: bytes) -> ReplaySummary:
        return self.by_hash[hashlib.sha256(data).hexdigest()]

    def game(self, tag: str, *, map_name: str, started_at: datetime, winner: str = "Flash") -> bytes:
        """The bytes of a replay of Flash (BW Terran) vs Jaedong (SC2 Zerg) with that content."""
        data = f"replay of {tag}".encode()
        content_hash = hashlib.sha256(data).hexdigest()
        self.by_hash[content_hash] = self.base.model_copy(
            update={
                "content_hash": content_hash,
                "map_name": map_name,
                "players": (
                    make_player("Flash", "bw_terran", "BW Terran", "win" if winner == "Flash" else "loss", 1),
                    make_player(
                        "Jaedong", "sc2_zerg", "SC2 Zerg", "win" if winner == "Jaedong" else "loss", 2
                    ),
                ),
                "started_at": started_at,
                "lobby": LobbyOptions(
                    privacy="Normal", speed="Faster", duration="Infinite", locked_alliances=True
                ),
            }
        )
        return data


@pytest.fixture()
def content_pool(replays_dir: Path, game_data: GameData) -> ContentPool:
    parser = ReplayParser(race_alias_table(game_data), max_bytes=5 * 1024 * 1024)
    base = parser.parse((replays_dir / "Khione SEL (Official EU).SC2Replay").read_bytes())
    assert isinstance(base, ReplaySummary)
    return ContentPool(base)


async def started(app: App, clock: ManualClock) -> Match:
    match_id = await matched(app, clock)
    await app.ladder.matches.confirm(match_id, BW)
    await app.ladder.matches.confirm(match_id, SC2)
    match = app.store.state.match(match_id)
    assert match is not None and match.confirmed_at is not None
    return match


async def test_the_replay_of_a_disputed_match_goes_to_the_dispute_not_the_newer_match(
    app: App, clock: ManualClock, content_pool: ContentPool
) -> None:
    """Before: it attached to the newer open match (``assert 2 == 1``) and could never reach the dispute."""
    app.ladder.replays.pool = content_pool  # type: ignore[assignment]
    first = await started(app, clock)
    await app.ladder.matches.report(first.match_id, BW, "win")
    await app.ladder.matches.report(first.match_id, SC2, "win")  # disputed
    clock.advance(40 * 60)
    await app.ladder.queue.join(BW, ["bw_terran"], [])
    await app.ladder.queue.join(SC2, ["sc2_zerg"], [])
    [second] = (await app.ladder.waves.run_wave(next_wave_at(clock.now(), 45))).match_ids
    await app.ladder.matches.confirm(second, BW)
    await app.ladder.matches.confirm(second, SC2)
    assert first.confirmed_at is not None
    data = content_pool.game(
        "game one", map_name=first.map, started_at=first.confirmed_at + timedelta(minutes=2)
    )
    upload = await app.ladder.replays.upload(BW, "game1.SC2Replay", data)
    assert upload.match_id == first.match_id and upload.status == "conflict"
    assert [r.replay_hash for r in app.ladder.views.match_replays(first.match_id)] == [
        hashlib.sha256(data).hexdigest()
    ]
    assert app.ladder.views.match_replays(second) == []
    again = await app.ladder.replays.upload(BW, "game1.SC2Replay", data)  # a re-send is no refusal
    assert again.match_id == first.match_id


async def test_a_replaced_replay_can_be_sent_again(
    app: App, clock: ManualClock, content_pool: ContentPool
) -> None:
    """Before: refused as "already used for match #None"."""
    app.ladder.replays.pool = content_pool  # type: ignore[assignment]
    match = await started(app, clock)
    assert match.confirmed_at is not None
    x = content_pool.game("x", map_name=match.map, started_at=match.confirmed_at + timedelta(minutes=1))
    y = content_pool.game("y", map_name=match.map, started_at=match.confirmed_at + timedelta(minutes=2))
    await app.ladder.replays.upload(BW, "x.SC2Replay", x)
    await app.ladder.replays.upload(BW, "y.SC2Replay", y)
    again = await app.ladder.replays.upload(BW, "x.SC2Replay", x)
    assert again.match_id == match.match_id
    replay = app.ladder.views.replay_of(match.match_id, BW)
    assert replay is not None and replay.replay_hash == hashlib.sha256(x).hexdigest()


async def test_both_players_replays_are_kept_and_no_message_says_none(
    app: App, clock: ManualClock, content_pool: ContentPool, notifier: RecordingNotifier
) -> None:
    app.ladder.replays.pool = content_pool  # type: ignore[assignment]
    match = await started(app, clock)
    assert match.confirmed_at is not None
    mine = content_pool.game(
        "flash's", map_name=match.map, started_at=match.confirmed_at + timedelta(minutes=1)
    )
    theirs = content_pool.game(
        "jaedong's", map_name=match.map, started_at=match.confirmed_at + timedelta(minutes=1)
    )
    await app.ladder.replays.upload(BW, "mine.SC2Replay", mine)
    await app.ladder.replays.upload(SC2, "theirs.SC2Replay", theirs)
    kept = app.ladder.views.match_replays(match.match_id)
    assert [(r.replay_hash, r.uploaded_by) for r in kept] == [
        (hashlib.sha256(d).hexdigest(), uid) for d, uid in ((mine, BW), (theirs, SC2))
    ]
    assert all((app.settings.data_dir / "replays" / r.path).is_file() for r in kept)
    assert all("None" not in str(e) for e in notifier.of_type(ReplayChecked))
