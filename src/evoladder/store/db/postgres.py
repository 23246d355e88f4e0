"""PostgreSQL adapter: psycopg 3 with one connection pool, created once.

A batch is one statement per table: ``INSERT ... SELECT FROM unnest(arrays) ON CONFLICT DO UPDATE``
(and ``DELETE ... WHERE key IN unnest(...)``), or for large batches ``COPY`` into a staging table
and one upsert from it, so a batch of thousands of rows is a handful of round trips. Timestamps and JSON arrive as text arrays (the journal's wire form) and are cast by the
server. ``prepared_statements=False`` turns off server-side prepared statements, which Supabase's
transaction pooler (PgBouncer/Supavisor) cannot keep across transactions.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, datetime
from typing import Any

import psycopg
from psycopg_pool import ConnectionPool, PoolTimeout

from evoladder.store.db.base import (
    LOAD_CHUNK_ROWS,
    DatabaseError,
    RowRefused,
    ShipBatch,
    ShipOrderError,
    migrations_for,
)
from evoladder.store.db.codec import SharedText
from evoladder.store.rows import TABLES, ColumnType

log = logging.getLogger(__name__)

_ARRAY_TYPE: dict[ColumnType, str] = {
    "int": "integer[]",
    "bigint": "bigint[]",
    "float": "double precision[]",
    "text": "text[]",
    "bool": "boolean[]",
    "ts": "timestamptz[]",
    "json": "jsonb[]",
}
# psycopg adapts a list of str as text[]; the server then casts it to these element types.
_TEXT_ON_THE_WIRE = {"ts", "json"}
# From this many rows a table's upserts go through COPY (psycopg's C path) instead of unnest arrays,
# whose text-array quoting runs in Python and dominates large batches (measured 3x slower).
COPY_FROM_ROWS = 500
_MIGRATION_LOCK_ID = 0x45564F4C  # 'EVOL': serialises concurrent `migrate` runs


def _q(name: str) -> str:
    return f'"{name}"'


def _array_param(col_type: ColumnType) -> str:
    if col_type in _TEXT_ON_THE_WIRE:
        return f"%s::text[]::{_ARRAY_TYPE[col_type]}"
    return f"%s::{_ARRAY_TYPE[col_type]}"


def _upsert_sql(table: str) -> str:
    t = TABLES[table]
    cols = ", ".join(_q(c) for c in t.column_names)
    arrays = ", ".join(_array_param(c.type) for c in t.columns)
    updates = ", ".join(f"{_q(c)} = EXCLUDED.{_q(c)}" for c in t.column_names if c not in t.key)
    return (
        f"INSERT INTO {_q(table)} ({cols}) SELECT * FROM unnest({arrays}) "
        f"ON CONFLICT ({', '.join(_q(k) for k in t.key)}) DO UPDATE SET {updates}"
    )


# The staging tables of a binary COPY: PostgreSQL's binary format per column type (psycopg encodes
# ints, timestamps and booleans in C). JSON arrives as text and is cast on the way into the table.
_COPY_TYPE: dict[ColumnType, str] = {
    "int": "int4",
    "bigint": "int8",
    "float": "float8",
    "text": "text",
    "bool": "bool",
    "ts": "timestamptz",
    "json": "text",
}


def _staging_sql(table: str) -> str:
    t = TABLES[table]
    cols = ", ".join(f"{_q(c.name)} {_COPY_TYPE[c.type]}" for c in t.columns)
    return f"CREATE TEMP TABLE staging_{table} ({cols}) ON COMMIT DROP"


def _upsert_from_staging_sql(table: str) -> str:
    t = TABLES[table]
    cols = ", ".join(_q(c) for c in t.column_names)
    selected = ", ".join(f"{_q(c.name)}::jsonb" if c.type == "json" else _q(c.name) for c in t.columns)
    updates = ", ".join(f"{_q(c)} = EXCLUDED.{_q(c)}" for c in t.column_names if c not in t.key)
    return (
        f"INSERT INTO {_q(table)} ({cols}) SELECT {selected} FROM staging_{table} "
        f"ON CONFLICT ({', '.join(_q(k) for k in t.key)}) DO UPDATE SET {updates}"
    )


def _delete_sql(table: str) -> str:
    t = TABLES[table]
    types = {c.name: c.type for c in t.columns}
    keys = ", ".join(_q(k) for k in t.key)
    arrays = ", ".join(_array_param(types[k]) for k in t.key)
    return f"DELETE FROM {_q(table)} WHERE ({keys}) IN (SELECT * FROM unnest({arrays}))"


def _columns(rows: Any, width: int) -> list[list[Any]]:
    """Rows (lists of values) to one list per column, the shape ``unnest`` takes."""
    cols: list[list[Any]] = [[] for _ in range(width)]
    appenders = [c.append for c in cols]
    for row in rows:
        for append, value in zip(appenders, row, strict=True):
            append(value)
    return cols


class PostgresDatabase:
    """A PostgreSQL database reached through a pool of ``pool_min..pool_max`` connections."""

    backend = "postgres"

    native_rows = True  # see ShipBatch.build_raw

    def __init__(
        self,
        url: str,
        *,
        pool_min: int = 1,
        pool_max: int = 4,
        prepared_statements: bool = True,
        connect_timeout_s: float = 5.0,
        open_timeout_s: float = 30.0,
    ) -> None:
        self.location = psycopg.conninfo.make_conninfo(url, password="***") if "password" in url else url
        kwargs: dict[str, Any] = {"autocommit": False, "connect_timeout": max(1, int(connect_timeout_s))}
        if not prepared_statements:
            kwargs["prepare_threshold"] = None
        self._pool = ConnectionPool(
            url,
            min_size=pool_min,
            max_size=pool_max,
            kwargs=kwargs,
            open=False,
            timeout=connect_timeout_s,
            check=ConnectionPool.check_connection,
            name="evoladder",
        )
        try:
            self._pool.open(wait=True, timeout=open_timeout_s)
        except PoolTimeout as exc:
            self._pool.close()
            raise DatabaseError(f"cannot connect to PostgreSQL at {self.location}: {exc}") from exc
        self._upserts = {name: _upsert_sql(name) for name in TABLES}
        self._deletes = {name: _delete_sql(name) for name in TABLES}
        self._upserts_from_staging = {name: _upsert_from_staging_sql(name) for name in TABLES}
        self._staging = {name: _staging_sql(name) for name in TABLES}
        self._copy_types = {name: [_COPY_TYPE[c.type] for c in t.columns] for name, t in TABLES.items()}

    def _fail(self, what: str, exc: Exception) -> DatabaseError:
        # The server (or the driver, before sending) refused the data itself: no retry can help.
        # Connection trouble, timeouts and a server going away are OperationalError/InterfaceError.
        refused = isinstance(exc, psycopg.DataError | psycopg.IntegrityError | psycopg.ProgrammingError)
        kind = RowRefused if refused else DatabaseError
        return kind(f"{what} on PostgreSQL {self.location} failed: {type(exc).__name__}: {exc}")

    # --- schema ------------------------------------------------------------------------------
    def schema_version(self) -> int:
        try:
            with self._pool.connection() as conn:
                exists = conn.execute("SELECT to_regclass('schema_migrations') IS NOT NULL").fetchone()
                if not (exists and exists[0]):
                    return 0
                row = conn.execute("SELECT COALESCE(MAX(version), 0) FROM schema_migrations").fetchone()
                return int(row[0]) if row else 0
        except (psycopg.Error, PoolTimeout) as exc:
            raise self._fail("reading the schema version", exc) from exc

    def migrate(self) -> list[str]:
        applied: list[str] = []
        try:
            with self._pool.connection() as conn, conn.transaction():
                conn.execute("SELECT pg_advisory_xact_lock(%s)", (_MIGRATION_LOCK_ID,))
                conn.execute(
                    "CREATE TABLE IF NOT EXISTS schema_migrations "
                    "(version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL)"
                )
                row = conn.execute("SELECT COALESCE(MAX(version), 0) FROM schema_migrations").fetchone()
                current = int(row[0]) if row else 0
                for m in migrations_for(self.backend):
                    if m.version <= current:
                        continue
                    with conn.transaction():
                        conn.execute(m.sql.encode())  # bytes: run as a script, no parameters
                        conn.execute(
                            "INSERT INTO schema_migrations (version, name, applied_at) VALUES (%s, %s, now())",
                            (m.version, m.name),
                        )
                    log.info("applied migration %04d_%s to %s", m.version, m.name, self.location)
                    applied.append(f"{m.version:04d}_{m.name}")
        except (psycopg.Error, PoolTimeout) as exc:
            raise self._fail("migrating", exc) from exc
        return applied

    # --- reads -------------------------------------------------------------------------------
    def last_applied_seq(self) -> int:
        try:
            with self._pool.connection() as conn:
                row = conn.execute("SELECT last_seq FROM ship_state WHERE id = 1").fetchone()
        except (psycopg.Error, PoolTimeout) as exc:
            raise self._fail("reading ship_state", exc) from exc
        if row is None:
            raise DatabaseError(f"ship_state has no row on {self.location}; run `evoladder migrate`")
        return int(row[0])

    def load(self, table: str, *, json_as_text: bool = False) -> Iterator[dict[str, Any]]:
        t = TABLES[table]
        names = t.column_names
        ts_cols = [i for i, c in enumerate(t.columns) if c.type == "ts"]
        cols = ", ".join(
            f"{_q(c.name)}::text" if json_as_text and c.type == "json" else _q(c.name) for c in t.columns
        )
        share = SharedText(table).share
        try:
            # A server-side cursor streams the table, so a million rows never sit in libpq at once.
            with (
                self._pool.connection() as conn,
                conn.transaction(),
                conn.cursor(name=f"load_{table}", binary=True) as cur,
            ):
                cur.itersize = LOAD_CHUNK_ROWS
                cur.execute(f"SELECT {cols} FROM {_q(table)}")
                while chunk := cur.fetchmany(LOAD_CHUNK_ROWS):
                    for record in chunk:
                        values = share(list(record))
                        for i in ts_cols:
                            v = values[i]
                            if v is not None and v.tzinfo is not UTC:
                                values[i] = v.astimezone(UTC)
                        yield dict(zip(names, values, strict=True))
        except (psycopg.Error, PoolTimeout) as exc:
            raise self._fail(f"loading {table}", exc) from exc

    def max_key(self, table: str) -> int:
        (key,) = TABLES[table].key
        try:
            with self._pool.connection() as conn:
                row = conn.execute(f"SELECT COALESCE(MAX({_q(key)}), 0) FROM {_q(table)}").fetchone()
        except (psycopg.Error, PoolTimeout) as exc:
            raise self._fail(f"reading the largest key of {table}", exc) from exc
        return int(row[0]) if row else 0

    def count(self, table: str) -> int:
        try:
            with self._pool.connection() as conn:
                row = conn.execute(f"SELECT COUNT(*) FROM {_q(table)}").fetchone()
        except (psycopg.Error, PoolTimeout) as exc:
            raise self._fail(f"counting {table}", exc) from exc
        return int(row[0]) if row else 0

    # --- writes ------------------------------------------------------------------------------
    def apply(self, batch: ShipBatch) -> None:
        try:
            with self._pool.connection() as conn, conn.transaction():
                row = conn.execute("SELECT last_seq FROM ship_state WHERE id = 1 FOR UPDATE").fetchone()
                last = int(row[0]) if row else 0
                if last >= batch.last_seq:
                    return
                if last != batch.first_seq - 1:
                    raise ShipOrderError(
                        f"{self.location} has applied up to {last}; batch {batch.first_seq}..{batch.last_seq}"
                        " does not follow it"
                    )
                for table, dels in batch.deletes.items():
                    if dels:
                        conn.execute(self._deletes[table], _columns(dels.values(), len(TABLES[table].key)))
                for table, ups in batch.upserts.items():
                    if len(ups) >= COPY_FROM_ROWS:
                        self._copy_upsert(conn, table, ups.values(), binary=batch.native)
                    elif ups:
                        conn.execute(self._upserts[table], _columns(ups.values(), len(TABLES[table].columns)))
                conn.execute(
                    "UPDATE ship_state SET last_seq = %s, updated_at = %s WHERE id = 1",
                    (batch.last_seq, datetime.now(UTC)),
                )
        except (psycopg.Error, PoolTimeout) as exc:
            raise self._fail(f"shipping {batch.first_seq}..{batch.last_seq}", exc) from exc
        except UnicodeError as exc:  # a lone surrogate: the driver can't encode it for the server
            raise RowRefused(
                f"shipping {batch.first_seq}..{batch.last_seq} on PostgreSQL {self.location}: {exc}"
            ) from exc

    def _copy_upsert(
        self, conn: psycopg.Connection[Any], table: str, rows: Iterable[Sequence[Any]], *, binary: bool
    ) -> None:
        """Large batches: COPY into a transaction-scoped staging table, then one upsert from it.

        Rows with native values go in PostgreSQL's binary format (psycopg encodes them in C);
        rows in the wire form (timestamps as text) in the text format."""
        staging = f"staging_{table}"
        cols = ", ".join(_q(c) for c in TABLES[table].column_names)
        conn.execute(self._staging[table])
        fmt = " (FORMAT BINARY)" if binary else ""
        with conn.cursor().copy(f"COPY {staging} ({cols}) FROM STDIN{fmt}") as copy:
            if binary:
                copy.set_types(self._copy_types[table])
            for values in rows:
                copy.write_row(values)
        conn.execute(self._upserts_from_staging[table])

    def integrity_problems(self) -> list[str]:
        """What PostgreSQL can tell cheaply: every table readable and its primary key unique."""
        problems = []
        try:
            with self._pool.connection() as conn:
                for table, spec in TABLES.items():
                    key = ", ".join(_q(k) for k in spec.key)
                    row = conn.execute(
                        f"SELECT COUNT(*) FROM (SELECT {key} FROM {_q(table)} GROUP BY {key} HAVING COUNT(*) > 1) d"
                    ).fetchone()
                    if row and row[0]:
                        problems.append(f"{table}: {row[0]} duplicated keys")
        except (psycopg.Error, PoolTimeout) as exc:
            problems.append(f"PostgreSQL {self.location} can't be checked: {exc}")
        return problems

    def ping(self) -> None:
        try:
            with self._pool.connection() as conn:
                conn.execute("SELECT 1")
        except (psycopg.Error, PoolTimeout) as exc:
            raise self._fail("ping", exc) from exc

    def close(self) -> None:
        self._pool.close()
