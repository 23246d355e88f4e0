from __future__ import annotations

import asyncio
import json
import logging
import time

import pytest

from evoladder.observability import LoopLagMonitor, Metrics, log_service_time
from evoladder.observability.logs import JsonFormatter


def test_metrics_render_prometheus_text() -> None:
    m = Metrics()
    m.command_seconds.labels("profile").observe(0.0004)
    m.bind_backlog(lambda: 7, lambda: 1.5)
    text = m.render().decode()
    assert 'evoladder_command_seconds_count{command="profile"} 1.0' in text
    assert "evoladder_journal_backlog_entries 7.0" in text
    # Two instances never share state (no module-level registry).
    assert 'command="profile"' not in Metrics().render().decode()


def test_slow_commands_log_a_warning(caplog: pytest.LogCaptureFixture) -> None:
    logger = logging.getLogger("evoladder.test")
    with caplog.at_level(logging.INFO, logger="evoladder.test"):
        log_service_time(logger, "profile", 3.0, user=1)
        log_service_time(logger, "queue", 150.0, user=2)
    levels = [(r.levelno, r.__dict__["command"]) for r in caplog.records]
    assert levels == [(logging.INFO, "profile"), (logging.WARNING, "queue")]


def test_json_formatter_keeps_context() -> None:
    record = logging.LogRecord("x", logging.WARNING, __file__, 1, "hello %s", ("there",), None)
    record.command = "queue"
    line = json.loads(JsonFormatter().format(record))
    assert line["msg"] == "hello there" and line["command"] == "queue" and line["level"] == "warning"


async def test_loop_lag_sees_a_blocked_loop() -> None:
    monitor = LoopLagMonitor(interval_s=0.01)
    monitor.start()
    await asyncio.sleep(0.05)
    time.sleep(0.12)  # block the loop on purpose
    await asyncio.sleep(0.03)
    await monitor.stop()
    assert max(monitor.samples_ms) >= 80
