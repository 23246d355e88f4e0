"""Replay upload through the real worker pool on real files: refused, attached as evidence, duplicates."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evoladder.replays.summary import ReplayRefusal
from evoladder.rules.errors import DomainError, ValidationFailed
from evoladder.rules.events import ReplayChecked
from evoladder.services.clock import ManualClock
from evoladder.services.events import RecordingNotifier
from evoladder.services.replays import stored_summary
from tests.ladder_helpers import BW, SC2, AppFactory, matched


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
    stored = app.store.state.replay_for_match(match_id)
    assert stored is not None and (app.settings.data_dir / "replays" / stored.path).is_file()
    assert notifier.of_type(ReplayChecked)[0].uploader == BW
    # Re-delivered upload: one effect.
    again = await replays.upload(BW, "odyssey.SC2Replay", data, key="upload-1")
    assert again.match_id == match_id

    # The same file for another match is refused, and nothing is written.
    await app.ladder.matches.report(match_id, BW, "win")
    await app.ladder.matches.report(match_id, SC2, "loss")
    clock.advance(60)
    await app.ladder.queue.join(BW, ["bw_terran"], [])
    await app.ladder.queue.join(SC2, ["sc2_zerg"], [])
    from evoladder.services.clock import next_wave_at

    second = (await app.ladder.waves.run_wave(next_wave_at(clock.now(), 45))).match_ids[0]
    await app.ladder.matches.confirm(second, BW)
    await app.ladder.matches.confirm(second, SC2)
    with pytest.raises(ValidationFailed, match=f"#{match_id}"):
        await replays.upload(SC2, "odyssey.SC2Replay", data)
    assert app.store.state.replay_for_match(second) is None


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
