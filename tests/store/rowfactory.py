"""Full rows for every table, built from ``rows.TABLES`` (for journal, shipper and adapter tests)."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from typing import Any

from evoladder.store.rows import TABLES, Change

BASE = datetime(2026, 1, 1, tzinfo=UTC)


def value_for(col_type: str, rng: random.Random, key: int) -> Any:
    if col_type in ("int", "bigint"):
        return key if key else rng.randrange(0, 2**40 if col_type == "bigint" else 2**30)
    if col_type == "float":
        return rng.random() * 1000
    if col_type == "text":
        return rng.choice(["zerg", "Ünïcødé ✓", 'it\'s "quoted"', ""]) + str(rng.randrange(1000))
    if col_type == "bool":
        return rng.random() < 0.5
    if col_type == "ts":
        return BASE + timedelta(microseconds=rng.randrange(0, 10**14))
    return rng.choice([[], ["a", 1], {"k": [1, 2.5, None, "x"], "nested": {"t": True}}])


def make_row(table: str, key: int, rng: random.Random) -> dict[str, Any]:
    """A row whose key columns derive from ``key`` (text keys as ``k<key>``); nullable columns sometimes None."""
    t = TABLES[table]
    row: dict[str, Any] = {}
    for c in t.columns:
        if c.name in t.key:
            row[c.name] = f"k{key}" if c.type == "text" else key
        elif c.nullable and rng.random() < 0.3:
            row[c.name] = None
        else:
            row[c.name] = value_for(c.type, rng, 0)
    return row


def key_of(table: str, row: dict[str, Any]) -> tuple[Any, ...]:
    return tuple(row[k] for k in TABLES[table].key)


def random_changes(rng: random.Random, n: int, keys: int = 20) -> list[Change]:
    out = []
    for _ in range(n):
        table = rng.choice(list(TABLES))
        row = make_row(table, rng.randrange(1, keys + 1), rng)
        if rng.random() < 0.2:
            out.append(Change(table, "delete", {k: row[k] for k in TABLES[table].key}))
        else:
            out.append(Change(table, "upsert", row))
    return out


def apply_to_model(model: dict[str, dict[tuple[Any, ...], dict[str, Any]]], changes: list[Change]) -> None:
    for c in changes:
        rows = model.setdefault(c.table, {})
        if c.op == "upsert":
            rows[key_of(c.table, c.row)] = dict(c.row)
        else:
            rows.pop(key_of(c.table, c.row), None)
