"""Transitions nobody asks for: forgetting old idempotency keys, and the write-only command log."""

from __future__ import annotations

from datetime import datetime, timedelta

from evoladder.store.state.core import Changes, Done, StateCore
from evoladder.store.state.outcomes import CommandLogged, KeysForgotten


class Housekeeping(StateCore):
    def forget_idempotency_keys(
        self, *, now: datetime, older_than_s: float, limit: int = 10_000
    ) -> Done[KeysForgotten]:
        """Drop remembered outcomes older than a re-delivery could ever be (bounded work per call)."""
        cutoff = now - timedelta(seconds=older_than_s)
        old = [key for key, rec in self.t.remembered.items() if rec.at < cutoff][:limit]
        changes = Changes()
        for key in old:
            del self.t.remembered[key]
            changes.delete("idempotency_keys", key=key)
        return KeysForgotten(len(old)), list(changes)

    def log_command(
        self, discord_uid: int, command: str, service_ms: float, *, now: datetime
    ) -> Done[CommandLogged]:
        """One ``command_calls`` row (write-only: it goes to the database, not to memory)."""
        changes = Changes()
        changes.insert_row(
            "command_calls",
            {
                "call_id": self.take_id("call_id"),
                "discord_uid": discord_uid,
                "command": command,
                "at": now,
                "service_ms": float(service_ms),
            },
        )
        return CommandLogged(), list(changes)
