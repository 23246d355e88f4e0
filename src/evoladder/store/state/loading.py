"""Filling memory: the bulk load at start, re-applying journaled rows (recovery), and export.

``apply_change`` is table-driven: each hot table has one applier that keeps its indexes right, so a
replayed row lands exactly as the transition that made it left memory. Re-applying is idempotent.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime
from typing import Any

from evoladder.store.records import INTERNAL_SLOTS, RECORD_TYPES, Match, Mmr, Player, QueueEntry
from evoladder.store.rows import TABLES, Change
from evoladder.store.state.core import StateCore
from evoladder.store.state.memory import collector_paused, settle_after_load, share_repeated_values

COLD_ID_COLUMNS = {"player_action_logs": "log_id", "command_calls": "call_id", "admin_actions": "action_id"}


class Loading(StateCore):
    def load(self, table_name: str, rows: Iterable[dict[str, Any]]) -> int:
        """Bulk-load one hot table's rows (no validation beyond building records); returns the count."""
        if table_name in COLD_ID_COLUMNS:
            raise ValueError(f"{table_name} is a cold table: give its max id to set_next_ids instead")
        record_type = RECORD_TYPES[table_name]
        count = 0
        with collector_paused():
            if table_name == "replays":
                return self.t.replays.load_rows(rows)
            if table_name == "mmrs":
                for row in rows:
                    rec = Mmr.from_row(row)
                    self.t.mmrs.setdefault(rec.discord_uid, {})[rec.race] = rec
                    count += 1
                return count
            target = self.t.keyed(table_name)
            key_of = _row_key(table_name)
            from_row = record_type.from_row
            for row in rows:
                target[key_of(row)] = from_row(row)
                count += 1
        return count

    def finish_load(self, now: datetime | None = None) -> None:
        """Build the derived indexes and the leaderboard once every table is loaded.

        ``now`` places the leaderboard's activity window; by default the current time (loading is
        not a transition, and the first read with a later ``now`` moves the window on).
        """
        with collector_paused():
            share_repeated_values(self.t)  # first, so the indexes hold the shared objects
            self.t.rebuild_indexes()
            if self.t.matches:
                self.set_next_ids(match_id=max(self.t.matches))
            self.leaderboard.build(
                self.t.mmrs,
                {uid: p.country for uid, p in self.t.players.items()},
                now or datetime.now(UTC),
            )
            self.loaded = True
        settle_after_load()

    # --- recovery ------------------------------------------------------------------------------
    def apply_change(self, change: Change) -> None:
        """Re-apply a journaled row image to memory (startup recovery). Idempotent."""
        table, row = change.table, change.row
        if table in COLD_ID_COLUMNS:
            column = COLD_ID_COLUMNS[table]
            self.set_next_ids(**{column: row[column]})
        elif change.op == "delete":
            self._deleters().get(table, self._delete_keyed)(table, row)
        else:
            new = RECORD_TYPES[table].from_row(row)
            self._upserters().get(table, self._upsert_keyed)(table, new)

    def _upserters(self) -> dict[str, Callable[[str, Any], None]]:
        return {
            "players": self._upsert_player,
            "mmrs": self._upsert_mmr,
            "matches": self._upsert_match,
            "queue_entries": self._upsert_queue_entry,
        }

    def _deleters(self) -> dict[str, Callable[[str, dict[str, Any]], None]]:
        return {
            "mmrs": self._delete_mmr,
            "players": self._delete_player,
            "matches": self._delete_match,
            "queue_entries": self._delete_queue_entry,
        }

    def _upsert_keyed(self, table: str, new: Any) -> None:
        key = TABLES[table].key
        self.t.keyed(table)[tuple(getattr(new, c) for c in key) if len(key) > 1 else getattr(new, key[0])] = (
            new
        )

    def _upsert_player(self, table: str, new: Player) -> None:
        old = self.t.players.get(new.discord_uid)
        if old is not None:
            self.t.unindex_names(old)
            _copy_into(old, new)
            new = old
        else:
            self.t.players[new.discord_uid] = new
        self.t.index_names(new)
        self.leaderboard.set_country(new.discord_uid, new.country)

    def _upsert_mmr(self, table: str, new: Mmr) -> None:
        per = self.t.mmrs.setdefault(new.discord_uid, {})
        old = per.get(new.race)
        if old is not None:
            _copy_into(old, new)
            new = old
        else:
            per[new.race] = new
        if self.loaded:
            self.leaderboard.update(new)

    def _upsert_match(self, table: str, new: Match) -> None:
        old = self.t.matches.get(new.match_id)
        if old is not None:
            _copy_into(old, new)
            self.t.refile_match(old)
        else:
            self.t.add_match(new)
            self.set_next_ids(match_id=new.match_id)

    def _upsert_queue_entry(self, table: str, new: QueueEntry) -> None:
        self.t.enqueue(new)

    def _delete_keyed(self, table: str, key_row: dict[str, Any]) -> None:
        self.t.keyed(table).pop(_row_key(table)(key_row), None)

    def _delete_mmr(self, table: str, key_row: dict[str, Any]) -> None:
        dropped = self.t.mmrs.get(key_row["discord_uid"], {}).pop(key_row["race"], None)
        if dropped is not None:
            self.leaderboard.remove(dropped)

    def _delete_player(self, table: str, key_row: dict[str, Any]) -> None:
        old = self.t.players.pop(key_row["discord_uid"], None)
        if old is not None:
            self.t.unindex_names(old)

    def _delete_match(self, table: str, key_row: dict[str, Any]) -> None:
        self.t.drop_match(key_row["match_id"])

    def _delete_queue_entry(self, table: str, key_row: dict[str, Any]) -> None:
        self.t.dequeue(key_row["discord_uid"])

    # --- export --------------------------------------------------------------------------------
    def export(self, table_name: str) -> Iterator[dict[str, Any]]:
        """Every row of a hot table as the database should hold it (for ``evoladder check``)."""
        if table_name == "mmrs":
            for per in self.t.mmrs.values():
                for rec in per.values():
                    yield rec.to_row()
            return
        for rec in self.t.keyed(table_name).values():
            yield rec.to_row()

    def counts(self) -> dict[str, int]:
        """Rows per hot table (for health output and checks)."""
        t = self.t
        return {
            "players": len(t.players),
            "mmrs": sum(len(per) for per in t.mmrs.values()),
            "preferences": len(t.preferences),
            "queue_entries": len(t.queue),
            "matches": len(t.matches),
            "replays": len(t.replays),
            "admins": len(t.admins),
            "idempotency_keys": len(t.remembered),
            "notice_acks": len(t.notice_acks),
        }


def _row_key(table_name: str) -> Callable[[dict[str, Any]], Any]:
    """How a hot table is keyed in memory: its one key column's value, or the tuple of several."""
    key = TABLES[table_name].key
    if len(key) == 1:
        column = key[0]
        return lambda row: row[column]
    return lambda row: tuple(row[c] for c in key)


def _copy_into(target: Any, source: Any) -> None:
    """Copy a fresh record's columns into the live one (internal fields stay the live one's)."""
    for name in type(target).__slots__:
        if name not in INTERNAL_SLOTS:
            setattr(target, name, getattr(source, name))
