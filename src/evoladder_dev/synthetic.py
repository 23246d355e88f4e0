"""The large synthetic ladder of SPEC section 7, generated fast (vectorised, seeded).

At ``scale=1.0``: 100,000 players × 6 races (600,000 MMR rows), 1,000,000 matches and 1,000,000
replay summaries (one per match). Columns are NumPy arrays; ``rows(table)`` turns them into row dicts
with the types of ``rows.TABLES``. The data obeys the ladder's invariants: every MMR and W/L/D equals
the replay of the match history (start + the deltas of completed matches), so ``evoladder check``
passes on it and benchmarks read realistic shapes.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import numpy as np
import numpy.typing as npt

from evoladder.gamedata import GameData
from evoladder.store.db.base import Database, ShipBatch
from evoladder.store.db.codec import CODECS
from evoladder.store.records import replay_storage_path
from evoladder.store.state import LadderState

FULL_PLAYERS = 100_000
FULL_MATCHES = 1_000_000
UID_BASE = 100_000_000_000_000_000  # Discord-snowflake-sized ids
DEFAULT_NOW = datetime(2026, 11, 1, tzinfo=UTC)
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_DAY_US = 86_400 * 1_000_000
_LETTERS = np.array(list("abcdefghijklmnopqrstuvwxyz"))
_RESULTS = ("a", "b", "draw")

I64 = npt.NDArray[np.int64]


def _ts(micros: int) -> datetime:
    return _EPOCH + timedelta(microseconds=micros)


def _to_us(ts: datetime) -> int:
    return (ts - _EPOCH) // timedelta(microseconds=1)


def player_name(index: int) -> str:
    """A distinct 3–12 Latin-letter name for player ``index`` ("P" + base-26 digits)."""
    digits = []
    n = index
    for _ in range(5):
        digits.append(chr(ord("a") + n % 26))
        n //= 26
    return "P" + "".join(reversed(digits))


@dataclass
class SyntheticLadder:
    """Columnar tables of a generated ladder; ``rows()`` gives row dicts per table."""

    now: datetime
    races: tuple[str, ...]
    maps: tuple[str, ...]
    servers: tuple[str, ...]
    countries: tuple[str, ...]
    regions: tuple[str, ...]
    mmr_start: int
    # players
    player_uid: I64
    player_country: I64  # index into countries
    player_region: I64
    player_created_us: I64
    # mmrs: one row per (player, race), entry = player index * n_races + race index
    mmr_value: I64
    mmr_wins: I64
    mmr_losses: I64
    mmr_draws: I64
    mmr_last_us: I64  # -1: never played
    # matches (match_id = index + 1, created in id order)
    match_a: I64  # player indexes
    match_b: I64
    match_race_a: I64  # race indexes
    match_race_b: I64
    match_mmr_a: I64
    match_mmr_b: I64
    match_delta: I64  # delta of A; B gets the opposite
    match_result: I64  # index into ("a", "b", "draw")
    match_completed: npt.NDArray[np.bool_]  # else invalidated
    match_map: I64
    match_server: I64
    match_created_us: I64
    match_ended_us: I64
    replay_hash: list[str]

    @property
    def n_players(self) -> int:
        return len(self.player_uid)

    @property
    def n_matches(self) -> int:
        return len(self.match_a)

    def counts(self) -> dict[str, int]:
        return {
            "players": self.n_players,
            "mmrs": self.n_players * len(self.races),
            "matches": self.n_matches,
            "replays": self.n_matches,
        }

    def rows(self, table: str, *, json_as_text: bool = False) -> Iterator[dict[str, Any]]:
        """Row dicts of ``table`` (players, mmrs, preferences, matches, replays; others are empty).

        ``json_as_text`` gives JSON columns as encoded text (as a database returns them), which
        ``LadderState.load`` accepts and which saves decoding when only loading memory.
        """
        if table == "players":
            yield from self._player_rows()
        elif table == "mmrs":
            yield from self._mmr_rows()
        elif table == "preferences":
            yield from self._preference_rows()
        elif table == "matches":
            yield from self._match_rows()
        elif table == "replays":
            yield from self._replay_rows(json_as_text)

    def _player_rows(self) -> Iterator[dict[str, Any]]:
        for i, (uid, country, region, created) in enumerate(
            zip(
                self.player_uid.tolist(),
                self.player_country.tolist(),
                self.player_region.tolist(),
                self.player_created_us.tolist(),
                strict=True,
            )
        ):
            at = _ts(created)
            name = player_name(i)
            yield {
                "discord_uid": uid,
                "discord_name": f"user{i}",
                "player_name": name,
                "battletag": f"{name}#{1000 + i % 9000}",
                "alt_names": [],
                "country": self.countries[country],
                "region": self.regions[region],
                "terms_accepted_at": at,
                "setup_completed_at": at,
                "banned": False,
                "ban_reason": None,
                "aborts_used": 0,
                "aborts_month": None,
                "created_at": at,
                "updated_at": at,
                "language": None,
                "locale": "en-US",
            }

    def _mmr_rows(self) -> Iterator[dict[str, Any]]:
        n_races = len(self.races)
        uids = self.player_uid.tolist()
        created = self.player_created_us.tolist()
        for entry, (value, w, lo, d, last) in enumerate(
            zip(
                self.mmr_value.tolist(),
                self.mmr_wins.tolist(),
                self.mmr_losses.tolist(),
                self.mmr_draws.tolist(),
                self.mmr_last_us.tolist(),
                strict=True,
            )
        ):
            player = entry // n_races
            yield {
                "discord_uid": uids[player],
                "race": self.races[entry % n_races],
                "mmr": value,
                "games": w + lo + d,
                "wins": w,
                "losses": lo,
                "draws": d,
                "last_played_at": _ts(last) if last >= 0 else None,
                "created_at": _ts(created[player]),
            }

    def _preference_rows(self) -> Iterator[dict[str, Any]]:
        bw = [r for r in self.races if r.startswith("bw")]
        sc2 = [r for r in self.races if r.startswith("sc2")]
        for i, (uid, created) in enumerate(
            zip(self.player_uid.tolist(), self.player_created_us.tolist(), strict=True)
        ):
            yield {
                "discord_uid": uid,
                "races": [bw[i % len(bw)], sc2[i % len(sc2)]],
                "vetoes": [self.maps[i % len(self.maps)]],
                "updated_at": _ts(created),
            }

    def _match_rows(self) -> Iterator[dict[str, Any]]:
        uids = self.player_uid.tolist()
        columns = zip(
            self.match_a.tolist(),
            self.match_b.tolist(),
            self.match_race_a.tolist(),
            self.match_race_b.tolist(),
            self.match_mmr_a.tolist(),
            self.match_mmr_b.tolist(),
            self.match_delta.tolist(),
            self.match_result.tolist(),
            self.match_completed.tolist(),
            self.match_map.tolist(),
            self.match_server.tolist(),
            self.match_created_us.tolist(),
            self.match_ended_us.tolist(),
            self.replay_hash,
            strict=True,
        )
        for i, (a, b, ra, rb, ma, mb, delta, res, completed, mp, sv, created, ended, rhash) in enumerate(
            columns
        ):
            created_at = _ts(created)
            confirmed_at = created_at + timedelta(seconds=30)
            result = _RESULTS[res]
            report_a = "draw" if result == "draw" else ("win" if result == "a" else "loss")
            report_b = "draw" if result == "draw" else ("win" if result == "b" else "loss")
            yield {
                "match_id": i + 1,
                "player_a": uids[a],
                "player_b": uids[b],
                "race_a": self.races[ra],
                "race_b": self.races[rb],
                "mmr_a_before": ma,
                "mmr_b_before": mb,
                "delta_a": delta,
                "delta_b": -delta,
                "map": self.maps[mp],
                "server": self.servers[sv],
                "status": "completed" if completed else "invalidated",
                "created_at": created_at,
                "confirm_a_at": confirmed_at,
                "confirm_b_at": confirmed_at,
                "confirmed_at": confirmed_at,
                "report_a": report_a,
                "report_b": report_b,
                "result": result,
                "ended_at": (ended_at := _ts(ended)),
                "end_reason": "reports_agree" if completed else "admin_invalidated",
                "aborted_by": None,
                "resolved_by": None if completed else uids[0],
                "replay_a": rhash,  # player A's replay (the synthetic replay's uploader)
                "replay_b": None,
                "report_a_at": ended_at,  # both reported as the game ended
                "report_b_at": ended_at,
                "pairing": None,  # history made before the waves kept their reasons
            }

    def _replay_rows(self, json_as_text: bool) -> Iterator[dict[str, Any]]:
        uids = self.player_uid.tolist()
        columns = zip(
            self.match_a.tolist(),
            self.match_b.tolist(),
            self.match_race_a.tolist(),
            self.match_race_b.tolist(),
            self.match_result.tolist(),
            self.match_map.tolist(),
            self.match_created_us.tolist(),
            self.match_ended_us.tolist(),
            self.replay_hash,
            strict=True,
        )
        # Encoded by hand (same text as compact, key-sorted json.dumps): a million json.dumps calls
        # would dominate the generation time.
        map_json = [json.dumps(m, ensure_ascii=False) for m in self.maps]
        verdict_text = {
            r: json.dumps({"checks": [], "ok": True, "result": r}, separators=(",", ":"), sort_keys=True)
            for r in _RESULTS
        }
        for i, (a, b, ra, rb, res, mp, created, ended, rhash) in enumerate(columns):
            result = _RESULTS[res]
            started = created + 60_000_000
            started_at = _ts(started).isoformat()
            duration = (ended - started) // 1_000_000
            won_a, won_b = ("true" if result == "a" else "false"), ("true" if result == "b" else "false")
            name_a, name_b = player_name(a), player_name(b)
            if json_as_text:
                summary: Any = (
                    f'{{"duration_s":{duration},"map":{map_json[mp]},"players":['
                    f'{{"name":"{name_a}","race":"{self.races[ra]}","won":{won_a}}},'
                    f'{{"name":"{name_b}","race":"{self.races[rb]}","won":{won_b}}}],'
                    f'"started_at":"{started_at}"}}'
                )
                verdict: Any = verdict_text[result]
            else:
                summary = {
                    "duration_s": duration,
                    "map": self.maps[mp],
                    "players": [
                        {"name": name_a, "race": self.races[ra], "won": result == "a"},
                        {"name": name_b, "race": self.races[rb], "won": result == "b"},
                    ],
                    "started_at": started_at,
                }
                verdict = {"checks": [], "ok": True, "result": result}
            yield {
                "replay_hash": rhash,
                "match_id": i + 1,
                "uploaded_by": uids[a],
                "path": replay_storage_path(rhash),
                "uploaded_at": _ts(ended),
                "summary": summary,
                "verdict": verdict,
            }


def generate(
    game_data: GameData,
    *,
    scale: float = 1.0,
    seed: int = 20261122,
    now: datetime = DEFAULT_NOW,
    mmr_start: int = 1500,
    k: float = 40,
    divisor: float = 500,
    history_days: int = 180,
    countries: Sequence[str] | None = None,
) -> SyntheticLadder:
    """Generate a ladder of ``scale`` × the SPEC's sizes, reproducibly from ``seed``."""
    rng = np.random.default_rng(seed)
    races = tuple(game_data.races)
    bw = np.array([i for i, r in enumerate(races) if game_data.races[r].game == "bw"])
    sc2 = np.array([i for i, r in enumerate(races) if game_data.races[r].game == "sc2"])
    n_players = max(2, round(FULL_PLAYERS * scale))
    n_matches = max(1, round(FULL_MATCHES * scale))
    n_races = len(races)
    now_us = _to_us(now)
    country_pool = tuple(countries or (game_data.common_countries or tuple(game_data.countries)))
    regions = tuple(game_data.regions)

    player_created = now_us - rng.integers(history_days * _DAY_US, 2 * history_days * _DAY_US, n_players)
    # Skewed activity: a few players play most games, as on a real ladder.
    weights = rng.pareto(1.5, n_players) + 1.0
    weights /= weights.sum()
    a = rng.choice(n_players, n_matches, p=weights)
    b = rng.choice(n_players, n_matches, p=weights)
    clash = a == b
    b[clash] = (b[clash] + 1) % n_players
    race_a = bw[rng.integers(0, len(bw), n_matches)]
    race_b = sc2[rng.integers(0, len(sc2), n_matches)]
    created = np.sort(now_us - rng.integers(60_000_000, history_days * _DAY_US, n_matches))
    ended = created + rng.integers(10 * 60_000_000, 40 * 60_000_000, n_matches)
    mmr_a = np.clip(np.round(rng.normal(mmr_start, 250, n_matches)), 500, 3000).astype(np.int64)
    mmr_b = np.clip(np.round(rng.normal(mmr_start, 250, n_matches)), 500, 3000).astype(np.int64)
    result = rng.choice(3, n_matches, p=[0.47, 0.47, 0.06])
    score_a = np.where(result == 0, 1.0, np.where(result == 1, 0.0, 0.5))
    expected_a = 1.0 / (1.0 + 10.0 ** ((mmr_b - mmr_a) / divisor))
    raw = k * (score_a - expected_a)
    delta = (np.sign(raw) * np.floor(np.abs(raw) + 0.5)).astype(np.int64)  # half away from zero
    completed = rng.random(n_matches) >= 0.03

    entries = n_players * n_races
    value = np.full(entries, mmr_start, dtype=np.int64)
    wins = np.zeros(entries, dtype=np.int64)
    losses = np.zeros(entries, dtype=np.int64)
    draws = np.zeros(entries, dtype=np.int64)
    last = np.full(entries, -1, dtype=np.int64)
    done = np.flatnonzero(completed)
    for players, race, sign, won_code, lost_code in ((a, race_a, 1, 0, 1), (b, race_b, -1, 1, 0)):
        entry = players[done] * n_races + race[done]
        res = result[done]
        np.add.at(value, entry, sign * delta[done])
        np.add.at(wins, entry, (res == won_code).astype(np.int64))
        np.add.at(losses, entry, (res == lost_code).astype(np.int64))
        np.add.at(draws, entry, (res == 2).astype(np.int64))
        np.maximum.at(last, entry, ended[done])

    raw_hashes = rng.bytes(32 * n_matches)
    hashes = [raw_hashes[i : i + 32].hex() for i in range(0, 32 * n_matches, 32)]
    return SyntheticLadder(
        now=now,
        races=races,
        maps=tuple(game_data.map_names),
        servers=tuple(game_data.servers),
        countries=country_pool,
        regions=regions,
        mmr_start=mmr_start,
        player_uid=UID_BASE + np.arange(n_players, dtype=np.int64),
        player_country=rng.integers(0, len(country_pool), n_players),
        player_region=rng.integers(0, len(regions), n_players),
        player_created_us=player_created,
        mmr_value=value,
        mmr_wins=wins,
        mmr_losses=losses,
        mmr_draws=draws,
        mmr_last_us=last,
        match_a=a,
        match_b=b,
        match_race_a=race_a,
        match_race_b=race_b,
        match_mmr_a=mmr_a,
        match_mmr_b=mmr_b,
        match_delta=delta,
        match_result=result,
        match_completed=completed,
        match_map=rng.integers(0, len(game_data.map_names), n_matches),
        match_server=rng.integers(0, len(game_data.servers), n_matches),
        match_created_us=created,
        match_ended_us=ended,
        replay_hash=hashes,
    )


HOT_TABLES_GENERATED = ("players", "mmrs", "preferences", "matches", "replays")


def load_into(state: LadderState, ladder: SyntheticLadder) -> None:
    """Bulk-load a generated ladder into a fresh ``LadderState`` (as startup loads a database)."""
    for table in HOT_TABLES_GENERATED:
        state.load(table, ladder.rows(table, json_as_text=True))
    state.finish_load(ladder.now)


def populate_database(db: Database, ladder: SyntheticLadder, chunk_rows: int = 50_000) -> int:
    """Write the generated ladder into a database through the adapter's batch path; returns the rows."""
    db.migrate()
    seq = db.last_applied_seq()
    total = 0
    for table in HOT_TABLES_GENERATED:
        codec = CODECS[table]
        chunk: dict[tuple[Any, ...], list[Any]] = {}
        for row in ladder.rows(table):
            values = codec.encode("upsert", row)
            chunk[codec.key_of("upsert", values)] = values
            if len(chunk) >= chunk_rows:
                seq += 1
                db.apply(ShipBatch(seq, seq, upserts={table: chunk}))
                total += len(chunk)
                chunk = {}
        if chunk:
            seq += 1
            db.apply(ShipBatch(seq, seq, upserts={table: chunk}))
            total += len(chunk)
    return total
