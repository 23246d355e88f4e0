"""The wire form of a row: what the journal stores and what the databases are sent.

A row travels as a list of values in ``rows.TABLES`` column order (key columns only for a delete).
Timestamps become fixed-width ISO 8601 text in UTC (so text order is time order, SQLite can index it
and PostgreSQL casts it to ``timestamptz``), JSON columns become compact JSON text (so the shipper
passes them through without parsing), everything else stays as is. Decoding turns the wire form
back into the Python values ``rows`` documents.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any

from evoladder.store.rows import TABLES, Change, ColumnType, Op, Table

WireRow = list[Any]
WireChange = tuple[str, Op, WireRow]
_Converter = Callable[[Any], Any] | None


def ts_to_wire(value: datetime) -> str:
    """UTC, always with microseconds, e.g. ``2026-01-02T03:04:05.000006+00:00``."""
    if value.tzinfo is not UTC:
        if value.tzinfo is None:
            raise ValueError(f"timestamp {value!r} has no time zone; the store keeps UTC-aware datetimes")
        value = value.astimezone(UTC)
    return value.isoformat(timespec="microseconds")


# One encoder, built once: ``json.dumps`` with non-default options builds a new one per call.
_json_encode = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False).encode


def json_to_wire(value: Any) -> str:
    return _json_encode(value)


def _nullable(fn: Callable[[Any], Any]) -> Callable[[Any], Any]:
    def convert(value: Any) -> Any:
        return None if value is None else fn(value)

    return convert


_TO_WIRE: dict[ColumnType, _Converter] = {
    "int": None,
    "bigint": None,
    "float": float,
    "text": None,
    "bool": bool,
    "ts": ts_to_wire,
    "json": json_to_wire,
}
_FROM_WIRE: dict[ColumnType, _Converter] = {
    "int": None,
    "bigint": None,
    "float": float,
    "text": None,
    "bool": bool,
    "ts": datetime.fromisoformat,
    "json": json.loads,
}


class TableCodec:
    """Precomputed converters for one table, so encoding a row is one pass over its columns."""

    def __init__(self, table: Table) -> None:
        self.table = table
        self.columns = table.column_names
        self.key_positions = tuple(self.columns.index(k) for k in table.key)
        cols = {c.name: c for c in table.columns}

        def build(mapping: dict[ColumnType, _Converter], names: Sequence[str]) -> list[_Converter]:
            out: list[_Converter] = []
            for name in names:
                fn = mapping[cols[name].type]
                out.append(None if fn is None else (_nullable(fn) if cols[name].nullable else fn))
            return out

        # Only the columns that need converting, by position (nullability is checked by the database).
        def positions(names: Sequence[str]) -> list[tuple[int, Callable[[Any], Any]]]:
            out = []
            for i, name in enumerate(names):
                fn = _TO_WIRE[cols[name].type]
                if fn is not None:
                    out.append((i, fn))
            return out

        self._upsert_conv = positions(self.columns)
        self._key_conv = positions(table.key)
        self._from_wire = list(zip(self.columns, build(_FROM_WIRE, self.columns), strict=True))
        self._key_from_wire = list(zip(table.key, build(_FROM_WIRE, table.key), strict=True))
        self._from_wire_json_as_text = [
            (name, None if cols[name].type == "json" else fn) for name, fn in self._from_wire
        ]
        self.fast_upsert = _compile_encoder(table, table.column_names)
        # For a driver that adapts Python values itself (psycopg, in C): timestamps stay datetimes.
        self.native_upsert = _compile_encoder(table, table.column_names, native=True)
        self.fast_delete = _compile_encoder(table, table.key)
        self.fast_key = _compile_key(table)

    def encode(self, op: Op, row: dict[str, Any]) -> WireRow:
        names, converters = (
            (self.columns, self._upsert_conv) if op == "upsert" else (self.table.key, self._key_conv)
        )
        try:
            values = [row[name] for name in names]
        except KeyError as exc:
            raise ValueError(f"{self.table.name} {op} is missing column {exc.args[0]!r}: {row!r}") from exc
        for i, fn in converters:
            v = values[i]
            if v is not None:
                values[i] = fn(v)
        return values

    def decode(self, op: Op, values: Sequence[Any], *, json_as_text: bool = False) -> dict[str, Any]:
        """Wire values to a row of Python values; ``json_as_text`` leaves JSON columns encoded."""
        pairs = self._from_wire if op == "upsert" else self._key_from_wire
        if json_as_text and op == "upsert":
            pairs = self._from_wire_json_as_text
        if len(values) != len(pairs):
            raise ValueError(f"{self.table.name} {op} has {len(values)} values, expected {len(pairs)}")
        return {
            name: v if fn is None or v is None else fn(v) for (name, fn), v in zip(pairs, values, strict=True)
        }

    def key_of(self, op: Op, values: Sequence[Any]) -> tuple[Any, ...]:
        """The key of a wire row (upserts carry every column, deletes only the key)."""
        if op == "delete":
            return tuple(values)
        return tuple(values[i] for i in self.key_positions)


def _compile_encoder(
    table: Table, names: Sequence[str], *, native: bool = False
) -> Callable[[dict[str, Any]], WireRow]:
    """``encode`` for one table and operation as one generated list display (the shipper encodes
    every shipped row: a loop over converters per row costs several times more). Raises
    ``KeyError`` for a missing column; ``encode`` turns that into its message.
    """
    cols = {c.name: c.type for c in table.columns}
    env: dict[str, Any] = {
        "_ts": ts_to_wire,
        "_json": _json_encode,
        "_bool": bool,
        "_float": float,
        "_UTC": UTC,
    }
    conversions = {
        "ts": 'x.isoformat(timespec="microseconds") if x.tzinfo is _UTC else _ts(x)',
        "json": "_json(x)",
        "bool": "_bool(x)",
        "float": "_float(x)",
    }
    if native:
        del conversions["ts"]
    parts = []
    for name in names:
        get = f"r[{name!r}]"
        conv = conversions.get(cols[name])
        # As ``encode``: None passes through (the database refuses it where it does not belong).
        parts.append(get if conv is None else f"(None if (x := {get}) is None else {conv})")
    fn_name = f"encode_{table.name}_{len(names)}{'_native' if native else ''}"
    source = f"def {fn_name}(r):\n    return [{', '.join(parts)}]\n"
    exec(source, env)  # the source is built from rows.TABLES only, never from data
    encoder: Callable[[dict[str, Any]], WireRow] = env[fn_name]
    return encoder


def _compile_key(table: Table) -> Callable[[dict[str, Any]], tuple[Any, ...]]:
    """A row's key tuple (the key columns' values in key order)."""
    env: dict[str, Any] = {}
    source = f"def key_{table.name}(r):\n    return ({''.join(f'r[{k!r}], ' for k in table.key)})\n"
    exec(source, env)  # built from rows.TABLES only
    key: Callable[[dict[str, Any]], tuple[Any, ...]] = env[f"key_{table.name}"]
    return key


CODECS: dict[str, TableCodec] = {name: TableCodec(table) for name, table in TABLES.items()}


def encode_change(change: Change) -> WireChange:
    codec = CODECS.get(change.table)
    if codec is None:
        raise ValueError(f"unknown table {change.table!r} in a change")
    if change.op not in ("upsert", "delete"):
        raise ValueError(f"unknown operation {change.op!r} in a change to {change.table}")
    return (change.table, change.op, codec.encode(change.op, change.row))


def decode_change(wire: Sequence[Any]) -> Change:
    table, op, values = wire
    return Change(table, op, CODECS[table].decode(op, values))


SHARED_TEXT_LIMIT = 4096


def shareable_text_columns(table: Table) -> list[int]:
    """The positions of a table's text columns whose values may repeat between rows: all of them but
    a key of one column, which is unique per row. A text column of a composite key repeats (every
    rating row names one of six races: 600,000 copies of them cost 35 MB unshared)."""
    unique = table.key[0] if len(table.key) == 1 else None
    return [i for i, c in enumerate(table.columns) if c.type == "text" and c.name != unique]


class SharedText:
    """Makes equal values of a load's repetitive text columns one shared ``str`` object.

    A database hands back a new string per row: a million matches would carry a million copies
    of "completed", of each race, map and server name (~50 bytes each, hundreds of MB in all).
    A column stops being shared once it shows more than ``limit`` distinct values (names,
    hashes): those are unique anyway and caching them would only cost memory.
    """

    def __init__(self, table: str, limit: int = SHARED_TEXT_LIMIT) -> None:
        t = TABLES[table]
        self.limit = limit
        self._columns: list[tuple[int, dict[str, str]]] = [(i, {}) for i in shareable_text_columns(t)]

    def share(self, values: list[Any]) -> list[Any]:
        """Replace, in place, text values seen before by the first copy; return ``values``."""
        too_varied = None
        for i, cache in self._columns:
            v = values[i]
            if v is None:
                continue
            seen = cache.get(v)
            if seen is not None:
                values[i] = seen
            elif len(cache) < self.limit:
                cache[v] = v
            else:
                too_varied = i
        if too_varied is not None:
            self._columns = [(i, c) for i, c in self._columns if i != too_varied]
        return values


def _share(cache: dict[str, str], value: str | None, limit: int = SHARED_TEXT_LIMIT) -> str | None:
    if value is None:
        return None
    seen = cache.get(value)
    if seen is not None:
        return seen
    if len(cache) < limit:
        cache[value] = value
    return value


def compile_row_loader(
    table: str, *, json_as_text: bool = False
) -> Callable[[Sequence[Any]], dict[str, Any]]:
    """A function turning one wire row (in column order) into a row dict, for bulk loads.

    Generated per table (as ``dataclasses`` does) so a row costs one dict display instead of a
    loop over columns with a converter call each: startup loads millions of rows. Repeated text
    is shared as in ``SharedText``; ``json_as_text`` leaves JSON columns encoded.
    """
    t = TABLES[table]
    env: dict[str, Any] = {
        "_ts": datetime.fromisoformat,
        "_json": json.loads,
        "_bool": bool,
        "_share": _share,
    }
    converters = {"ts": "_ts", "bool": "_bool", "json": None if json_as_text else "_json"}
    shared = set(shareable_text_columns(t))
    parts = []
    for i, c in enumerate(t.columns):
        expr = f"v[{i}]"
        if i in shared:
            env[f"_seen{i}"] = {}
            expr = f"_share(_seen{i}, v[{i}])"
        elif (fn := converters.get(c.type)) is not None:
            expr = f"(None if v[{i}] is None else {fn}(v[{i}]))" if c.nullable else f"{fn}(v[{i}])"
        parts.append(f"{c.name!r}: {expr}")
    source = f"def load_{table}(v):\n    return {{{', '.join(parts)}}}\n"
    exec(source, env)  # the source is built from rows.TABLES only, never from data
    loader: Callable[[Sequence[Any]], dict[str, Any]] = env[f"load_{table}"]
    return loader
