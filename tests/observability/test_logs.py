from __future__ import annotations

import json
import logging

import pytest

from evoladder.observability import log_service_time
from evoladder.observability.logs import JsonFormatter


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
