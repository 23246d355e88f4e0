"""What the store needs from a database, whichever it is.

Adapters are synchronous: they run on the shipper's thread or during startup/offline commands,
never on the event loop. Every driver error leaves an adapter as ``DatabaseError`` (with the
driver's error chained), so the shipper can retry without knowing the driver.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from importlib import resources
from typing import Any, Protocol

from evoladder.store.db.codec import CODECS, WireRow
from evoladder.store.rows import Change

# Rows fetched at a time by a bulk load. Small on purpose: each chunk's transient objects (row
# tuples, timestamp text, duplicate strings before sharing) land in the same allocator pools as the
# records that stay, and pools a chunk leaves partly occupied are never given back. 20,000-row
# chunks left the loaded ladder 43 MB larger at scale 0.3 than 2,000-row ones (545 vs 502 MB).
LOAD_CHUNK_ROWS = 2_000


class DatabaseError(Exception):
    """The database refused or could not be reached; the message says which operation and where."""


class RowRefused(DatabaseError):
    """The database refused a batch's contents (a value it can't hold, a constraint): retrying the same
    rows can never succeed, unlike a connection that failed."""


class ShipOrderError(DatabaseError):
    """A batch does not follow the database's last applied sequence number (a bug, never retried away)."""


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


def migrations_for(backend: str) -> list[Migration]:
    """The packaged SQL migrations of a backend, ordered by version (``NNNN_name.sql``)."""
    folder = resources.files("evoladder.store").joinpath("migrations", backend)
    found = []
    for entry in folder.iterdir():
        if entry.name.endswith(".sql"):
            version, _, rest = entry.name.partition("_")
            found.append(Migration(int(version), rest.removesuffix(".sql"), entry.read_text("utf-8")))
    found.sort(key=lambda m: m.version)
    if [m.version for m in found] != list(range(1, len(found) + 1)):
        raise RuntimeError(f"{backend} migrations are not numbered 1..n: {[m.version for m in found]}")
    return found


@dataclass
class ShipBatch:
    """Journal entries ``first_seq..last_seq`` reduced to the final image of every touched row.

    Changes are full row images, so within one batch only the last change of a key matters; a key
    is either in ``upserts`` or in ``deletes``, never both, which lets adapters apply them in any
    order. Rows are in the wire form (``codec``), which both adapters take.
    """

    first_seq: int
    last_seq: int
    upserts: dict[str, dict[tuple[Any, ...], WireRow]] = field(default_factory=dict)
    deletes: dict[str, dict[tuple[Any, ...], WireRow]] = field(default_factory=dict)
    changes: int = 0
    native: bool = False  # upserts hold timestamps as ``datetime`` (``build_raw(native=True)``)

    @classmethod
    def build(cls, first_seq: int, last_seq: int, entries: Sequence[Sequence[Change]]) -> ShipBatch:
        """Coalesce the entries' changes per key, then encode only the surviving rows."""
        return cls.build_raw(first_seq, last_seq, [[(c.table, c.op, c.row) for c in e] for e in entries])

    @classmethod
    def build_raw(
        cls,
        first_seq: int,
        last_seq: int,
        entries: Iterable[Iterable[tuple[str, str, dict[str, Any]]]],
        *,
        native: bool = False,
    ) -> ShipBatch:
        """``build`` from ``(table, op, row)`` tuples (the journal's decoded form; tables and ops checked).

        ``native`` keeps timestamps as ``datetime`` for a driver that adapts them itself (PostgreSQL:
        psycopg does it in C, far cheaper than formatting them in Python)."""
        batch = cls(first_seq, last_seq, native=native)
        latest: dict[str, dict[tuple[Any, ...], tuple[str, dict[str, Any]]]] = {}
        count = 0
        for entry in entries:
            for table, op, row in entry:
                per_key = latest.get(table)
                if per_key is None:
                    per_key = latest[table] = {}
                per_key[CODECS[table].fast_key(row)] = (op, row)
                count += 1
        batch.changes = count
        for table, changes in latest.items():
            codec = CODECS[table]
            upsert, delete = (codec.native_upsert if native else codec.fast_upsert), codec.fast_delete
            ups: dict[tuple[Any, ...], WireRow] = {}
            dels: dict[tuple[Any, ...], WireRow] = {}
            batch.upserts[table], batch.deletes[table] = ups, dels
            for key, (op, row) in changes.items():
                try:
                    if op == "upsert":
                        ups[key] = upsert(row)
                    else:
                        dels[key] = delete(row)
                except KeyError:
                    codec.encode(op, row)  # type: ignore[arg-type]  # raises ValueError naming the column
                    raise
        return batch

    @property
    def rows(self) -> int:
        return sum(len(v) for v in self.upserts.values()) + sum(len(v) for v in self.deletes.values())


class Database(Protocol):
    """A SQLite or PostgreSQL database holding the ladder's tables."""

    backend: str
    location: str
    native_rows: bool  # ``apply`` takes timestamps as ``datetime`` (see ``ShipBatch.build_raw``)

    def migrate(self) -> list[str]:
        """Apply the migrations this database lacks; return the names applied."""
        ...

    def schema_version(self) -> int: ...

    def last_applied_seq(self) -> int: ...

    def load(self, table: str, *, json_as_text: bool = False) -> Iterator[dict[str, Any]]:
        """Every row of a table as Python values (``rows`` types), streamed.

        ``json_as_text`` leaves JSON columns as their encoded text, for a consumer that keeps them
        encoded anyway (the state keeps replay summaries as text: decoding a million of them
        only to encode them again would double the load time of that table).
        """
        ...

    def max_key(self, table: str) -> int:
        """The largest value of a table's single integer key, 0 when empty (for id allocation)."""
        ...

    def count(self, table: str) -> int: ...

    def apply(self, batch: ShipBatch) -> None:
        """Apply a batch and record ``batch.last_seq`` in one transaction; skip it if already applied."""
        ...

    def integrity_problems(self) -> list[str]:
        """What the database's own integrity check finds (empty: sound)."""
        ...

    def ping(self) -> None: ...

    def close(self) -> None: ...
