from __future__ import annotations

import io
import json
import logging
import sys

import pytest

from evoladder.observability import log_service_time
from evoladder.observability.logs import ConsoleFormatter, JsonFormatter, LogFormat, configure_logging


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


def wave_record() -> logging.LogRecord:
    record = logging.LogRecord("evoladder.waves", logging.INFO, __file__, 1, "wave done", (), None)
    record.__dict__.update(
        {"queued": 21, "matches": 10, "compute_ms": 1.6, "wave_at": "2026-11-22T12:00:45+00:00"}
    )
    return record


def test_a_terminal_line_is_readable_and_keeps_every_field() -> None:
    line = ConsoleFormatter(colour=False).format(wave_record())
    assert line.endswith(
        "INFO  evoladder.waves  wave done  queued=21 matches=10 compute_ms=1.6 wave_at=2026-11-22T12:00:45+00:00"
    )
    warned = logging.LogRecord(
        "evoladder.health", logging.WARNING, __file__, 1, "health alert raised", (), None
    )
    warned.__dict__["detail"] = "Shipping is stuck: 3 entries"
    coloured = ConsoleFormatter(colour=True).format(warned)
    assert "\x1b[33mWARN" in coloured and 'detail="Shipping is stuck: 3 entries"' in coloured


class FakeTerminal(io.StringIO):
    def __init__(self, tty: bool) -> None:
        super().__init__()
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


@pytest.mark.parametrize(
    ("stderr_tty", "stdout_tty", "log_format", "expect_json"),
    [
        (True, True, "auto", False),  # `make run` on a terminal
        (True, False, "auto", True),  # `evoladder run | cat`
        (False, True, "auto", True),  # `evoladder run 2> log`
        (True, True, "json", True),  # asked for
        (False, False, "console", False),
    ],
)
def test_one_setup_picks_lines_for_people_or_for_machines(
    monkeypatch: pytest.MonkeyPatch,
    stderr_tty: bool,
    stdout_tty: bool,
    log_format: LogFormat,
    expect_json: bool,
) -> None:
    stream = FakeTerminal(stderr_tty)
    monkeypatch.setattr(sys, "stdout", FakeTerminal(stdout_tty))
    root = logging.getLogger()
    saved = (root.handlers[:], root.level)
    try:
        configure_logging("INFO", log_format, stream=stream)
        logging.getLogger("evoladder.waves").info("wave done", extra={"queued": 21, "matches": 10})
    finally:
        root.handlers[:], root.level = saved
    line = stream.getvalue().strip()
    if expect_json:
        assert json.loads(line)["queued"] == 21
    else:
        assert "wave done  queued=21 matches=10" in line
