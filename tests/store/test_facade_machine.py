"""The state engineer's Hypothesis state machine, run through a real ``Store`` on SQLite and PostgreSQL.

Every transition goes through ``Store.execute`` (journal, group commit); after every step memory must
answer like the model (the machine's invariants); at the end the database after shipping, a fresh
reload from it, and memory (hence the model) must all agree, and MMRs must equal the match history.
"""

from __future__ import annotations

import asyncio
import shutil
import tempfile
from pathlib import Path
from typing import Any

import psycopg
import pytest
from hypothesis import HealthCheck
from hypothesis import settings as hypothesis_settings
from hypothesis.stateful import run_state_machine_as_test

from evoladder.config import Settings, load_settings
from evoladder.store.check import check_store
from evoladder.store.facade import HOT_TABLES, Store
from evoladder.store.state import LadderState
from tests.store.state.model import GAME_DATA, SETTINGS, START, LadderMachine

RUNS = hypothesis_settings(
    max_examples=15, stateful_step_count=40, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


def _rows(state: LadderState) -> dict[str, list[str]]:
    return {t: sorted(repr(r) for r in state.export(t)) for t in HOT_TABLES}


class StoreMachine(LadderMachine):
    """``LadderMachine`` whose transitions run through a ``Store`` on a real database."""

    database_url: str | None = None

    def __init__(self) -> None:
        super().__init__()
        self.dir = Path(tempfile.mkdtemp(prefix="evoladder-machine-"))
        if self.database_url is not None:
            # One database per test, emptied for each example (creating databases is slow).
            with psycopg.connect(self.database_url, autocommit=True) as conn:
                conn.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public")
        overrides: dict[str, Any] = {f: getattr(SETTINGS, f) for f in type(SETTINGS).model_fields}
        overrides.update(data_dir=self.dir, database_url=self.database_url, _env_file=None)
        self.store_settings: Settings = load_settings(**overrides)
        self.loop = asyncio.new_event_loop()
        self.store = self.loop.run_until_complete(
            Store.open(self.store_settings, LadderState(self.store_settings, GAME_DATA), now=START)
        )
        self.state = self.store.state

    def execute(self, name: str, *args: Any, **kwargs: Any) -> Any:
        def transition() -> Any:
            outcome, changes = getattr(self.state, name)(*args, now=self.now, **kwargs)
            self.journal.extend(changes)
            return outcome, changes

        return self.loop.run_until_complete(self.store.execute(transition))

    def teardown(self) -> None:
        try:
            super().teardown()  # memory vs bulk reload and journal replay of memory's own export
            assert self.loop.run_until_complete(self.store.wait_shipped(30))
            report = check_store(self.store)
            assert report.ok, report.summary()
            memory = _rows(self.state)
            assert self.loop.run_until_complete(self.store.close())
            fresh = self.loop.run_until_complete(
                Store.open(self.store_settings, LadderState(self.store_settings, GAME_DATA), now=self.now)
            )
            try:
                assert fresh.open_report.journal_entries_replayed == 0
                assert _rows(fresh.state) == memory
            finally:
                self.loop.run_until_complete(fresh.close())
        finally:
            self.loop.run_until_complete(self.store.close())
            self.loop.close()
            shutil.rmtree(self.dir, ignore_errors=True)


def test_store_machine_on_sqlite() -> None:
    run_state_machine_as_test(StoreMachine, settings=RUNS)


@pytest.mark.postgres
def test_store_machine_on_postgres(postgres_url: str) -> None:
    class OnPostgres(StoreMachine):
        database_url = postgres_url

    run_state_machine_as_test(OnPostgres, settings=RUNS)
