"""Health alerts: each named condition is announced once when it is raised and once when it clears,
from the store's health and the replay pool's liveness; a broken check is itself an alert."""

from __future__ import annotations

from dataclasses import replace

from evoladder.bootstrap import App
from evoladder.rules.events import HealthAlert
from evoladder.services.events import RecordingNotifier
from evoladder.services.health_watch import HealthCondition, HealthWatch, ladder_conditions
from evoladder.store.facade import StoreHealth
from evoladder.store.shipper import ShipStop

HEALTHY = StoreHealth(
    accepting_writes=True,
    database="sqlite",
    database_reachable=True,
    journal_ok=True,
    journal_durable_seq=10,
    shipped_seq=10,
    backlog_entries=0,
    oldest_unshipped_age_s=0.0,
    ship_rows_per_s=100.0,
    last_error=None,
)


async def test_each_condition_is_announced_once_raised_and_once_cleared(
    app: App, notifier: RecordingNotifier
) -> None:
    health = {"now": HEALTHY}
    workers = {"alive": True}
    watch = HealthWatch(
        app.ladder.ctx,
        ladder_conditions(lambda: health["now"], lambda: workers["alive"], stuck_after_s=60),
        period_s=5,
    )
    assert await watch.poll() == []
    health["now"] = replace(
        HEALTHY,
        database_reachable=False,
        backlog_entries=120,
        oldest_unshipped_age_s=95.4,
        last_error="connection refused",
    )
    workers["alive"] = False
    raised = await watch.poll()
    assert [(a.condition, a.raised) for a in raised] == [
        ("database_unreachable", True),
        ("shipping_stuck", True),
        ("replay_workers_down", True),
    ]
    assert raised[1].detail == (
        "Shipping is stuck: 120 journal entries wait, the oldest for 95 s (connection refused)."
    )
    assert await watch.poll() == []  # still down: nothing new
    health["now"] = replace(HEALTHY, journal_ok=False, accepting_writes=False, last_error="disk full")
    workers["alive"] = True
    changed = await watch.poll()
    assert [(a.condition, a.raised) for a in changed] == [
        ("journal_failed", True),
        ("database_unreachable", False),
        ("shipping_stuck", False),
        ("replay_workers_down", False),
    ]
    assert changed[0].detail.startswith("The ladder can't save (disk full)")
    health["now"] = replace(HEALTHY, shipping_stopped=ShipStop(42, "PostgreSQL refused a NUL", 0.0))
    stopped = await watch.poll()
    assert [(a.condition, a.raised) for a in stopped] == [
        ("journal_failed", False),
        ("shipping_stopped", True),
    ]
    assert "journal entry 42" in stopped[1].detail and "evoladder journal show 42" in stopped[1].detail
    assert notifier.of_type(HealthAlert) == [*raised, *changed, *stopped]


async def test_a_new_condition_plugs_in_and_a_broken_check_is_an_alert(app: App) -> None:
    def broken() -> str | None:
        raise RuntimeError("no stats")

    refused = {"row": None}
    watch = HealthWatch(
        app.ladder.ctx,
        [
            HealthCondition("shipping_refused_row", lambda: refused["row"]),
            HealthCondition("broken", broken),
        ],
        period_s=5,
    )
    [alert] = await watch.poll()
    assert alert == HealthAlert("broken", True, "The health check itself failed: no stats.")
    refused["row"] = "The database refused a row of entry 7: shipping stopped."  # type: ignore[assignment]
    [alert] = await watch.poll()
    assert alert.condition == "shipping_refused_row" and alert.raised
