"""``evoladder check``: the journal and the database pass their integrity checks, memory equals the
database, and every MMR and W/L/D equals the replay of match history (completed matches plus admin
adjustments).

Rows are compared in the journal's wire form (UTC timestamps to the microsecond, JSON compared as
values), so "equal" means what the database would hold, not how a driver happens to render it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from evoladder.store.db import Database
from evoladder.store.db.codec import CODECS
from evoladder.store.facade import HOT_TABLES, Store, StoreState
from evoladder.store.rows import TABLES
from evoladder.store.state import replay_history

MAX_LISTED = 10  # differences listed per table; the counts are always complete


@dataclass
class CheckReport:
    rows_compared: dict[str, int] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    mmrs_replayed: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems

    def summary(self) -> str:
        lines = [f"{name}: {n} rows" for name, n in self.rows_compared.items()]
        lines.append(f"MMR history replayed for {self.mmrs_replayed} (player, race) pairs")
        lines.append("check: OK" if self.ok else f"check: {len(self.problems)} problem(s)")
        lines.extend(f"  - {p}" for p in self.problems)
        return "\n".join(lines)


def _comparable(table: str, row: dict[str, Any]) -> tuple[tuple[Any, ...], list[Any]]:
    codec = CODECS[table]
    values = codec.encode("upsert", row)
    json_positions = [i for i, c in enumerate(TABLES[table].columns) if c.type == "json"]
    for i in json_positions:
        if values[i] is not None:
            values[i] = json.loads(values[i])
    return codec.key_of("upsert", values), values


def _index(table: str, rows: Iterable[dict[str, Any]]) -> dict[tuple[Any, ...], list[Any]]:
    return dict(_comparable(table, r) for r in rows)


def compare_tables(state: StoreState, database: Database, report: CheckReport) -> None:
    for table in HOT_TABLES:
        memory = _index(table, state.export(table))
        stored = _index(table, database.load(table))
        report.rows_compared[table] = len(memory)
        missing = [k for k in memory if k not in stored]
        extra = [k for k in stored if k not in memory]
        differing = [k for k in memory if k in stored and memory[k] != stored[k]]
        columns = TABLES[table].column_names
        for label, keys in (("in memory, not in the database", missing), ("in the database only", extra)):
            if keys:
                report.problems.append(f"{table}: {len(keys)} row(s) {label}, e.g. {keys[:MAX_LISTED]}")
        for k in differing[:MAX_LISTED]:
            diff = {c: (m, d) for c, m, d in zip(columns, memory[k], stored[k], strict=True) if m != d}
            report.problems.append(f"{table} {k}: memory vs database differ in {diff}")
        if len(differing) > MAX_LISTED:
            report.problems.append(f"{table}: {len(differing) - MAX_LISTED} more differing rows")


def compare_history(state: StoreState, database: Database, mmr_start: int, report: CheckReport) -> None:
    adjustments = [a["payload"] for a in database.load("admin_actions") if a["action"] == "adjust_mmr"]
    totals = replay_history(state.export("matches"), adjustments, mmr_start)
    listed = 0
    seen = set()
    for row in state.export("mmrs"):
        key = (row["discord_uid"], row["race"])
        seen.add(key)
        report.mmrs_replayed += 1
        t = totals.get(key)
        expected = (
            (t.mmr, t.games, t.wins, t.losses, t.draws, t.last_played_at)
            if t
            else (mmr_start, 0, 0, 0, 0, None)
        )
        actual = (row["mmr"], row["games"], row["wins"], row["losses"], row["draws"], row["last_played_at"])
        if expected != actual and listed < MAX_LISTED:
            listed += 1
            report.problems.append(
                f"mmrs {key}: stored (mmr, games, W, L, D, last) {actual} but history gives {expected}"
            )
    unstored = [k for k in totals if k not in seen]
    if unstored:
        report.problems.append(
            f"{len(unstored)} (player, race) pairs have history but no MMR row, e.g. {unstored[:5]}"
        )


def check_store(store: Store) -> CheckReport:
    """Compare a store's memory with its database (ship first: see ``Store.wait_shipped``)."""
    report = CheckReport()
    report.problems.extend(store.journal.integrity_problems())
    report.problems.extend(store.database.integrity_problems())
    compare_tables(store.state, store.database, report)
    compare_history(store.state, store.database, store.settings.mmr_start, report)
    return report
