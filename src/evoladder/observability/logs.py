"""Logs for people and for machines, from one standard-library setup.

Every module logs with ``logging`` and puts its fields in ``extra`` (``log.info("wave done",
extra={"queued": 21, ...})``). ``configure_logging`` sends every logger — ours, discord.py's,
uvicorn's — through one handler with one of two formatters:

- ``ConsoleFormatter`` (on a terminal): one readable line per event *with* its fields,
  ``12:00:45.001 INFO  evoladder.waves  wave done  queued=21 matches=10 compute_ms=1.6``, the level
  coloured (unless ``NO_COLOR`` is set);
- ``JsonFormatter`` (when the output is not a terminal, or when configured): one JSON object per
  line with the same fields.

Why the standard library and not structlog: every call site already logs through ``logging`` with
``extra=`` fields, and so do the libraries whose lines we want in the same stream; a formatter is
all that was missing, and it needs no new dependency.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from datetime import UTC, datetime
from typing import Any, Literal, TextIO

SLOW_COMMAND_MS = 100.0
LogFormat = Literal["auto", "console", "json"]
_STANDARD = set(logging.LogRecord("", 0, "", 0, "", (), None).__dict__) | {"message", "asctime", "taskName"}
_COLOURS = {
    logging.DEBUG: "\x1b[2m",  # dim
    logging.INFO: "\x1b[32m",  # green
    logging.WARNING: "\x1b[33m",  # yellow
    logging.ERROR: "\x1b[31m",  # red
    logging.CRITICAL: "\x1b[1;31m",  # bold red
}
_DIM, _RESET = "\x1b[2m", "\x1b[0m"


def fields_of(record: logging.LogRecord) -> dict[str, Any]:
    """The structured fields a call added with ``extra`` (everything not a standard attribute)."""
    return {k: v for k, v in record.__dict__.items() if k not in _STANDARD and not k.startswith("_")}


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        payload: dict[str, Any] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "msg": record.getMessage(),
        }
        payload.update(fields_of(record))
        if record.exc_info:
            payload["exc"] = self.formatException(record.exc_info)
        return json.dumps(payload, ensure_ascii=False, default=str)


def _value(value: Any) -> str:
    """A field's value as ``key=value`` shows it: numbers plain, text quoted when it has spaces."""
    if isinstance(value, float):
        return f"{value:.6g}"
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)
    if text == "" or any(c.isspace() or c in '"=' for c in text):
        return json.dumps(text, ensure_ascii=False)
    return text


class ConsoleFormatter(logging.Formatter):
    """One readable line per event: time, level, logger, message, then ``key=value`` fields."""

    def __init__(self, *, colour: bool) -> None:
        super().__init__()
        self.colour = colour

    def format(self, record: logging.LogRecord) -> str:
        at = datetime.fromtimestamp(record.created).strftime("%H:%M:%S.%f")[:-3]
        level = f"{record.levelname:<5}"
        fields = " ".join(f"{k}={_value(v)}" for k, v in fields_of(record).items())
        if self.colour:
            level = f"{_COLOURS.get(record.levelno, '')}{level}{_RESET}"
            at, logger = f"{_DIM}{at}{_RESET}", f"{_DIM}{record.name}{_RESET}"
        else:
            logger = record.name
        line = f"{at} {level} {logger}  {record.getMessage()}"
        if fields:
            line = f"{line}  {fields}"
        if record.exc_info:
            line = f"{line}\n{self.formatException(record.exc_info)}"
        return line


def interactive(stream: TextIO) -> bool:
    """A person is watching: both the log stream and stdout are terminals (``run | cat`` is not)."""
    return stream.isatty() and sys.stdout.isatty()


def configure_logging(
    level: str = "INFO", log_format: LogFormat = "auto", stream: TextIO | None = None
) -> None:
    """Route every logger to ``stream`` (stderr): readable lines for a person at a terminal, JSON
    lines for anything else (``auto``), or the format asked for."""
    out = stream or sys.stderr
    console = log_format == "console" or (log_format == "auto" and interactive(out))
    handler = logging.StreamHandler(out)
    handler.setFormatter(
        ConsoleFormatter(colour=out.isatty() and "NO_COLOR" not in os.environ) if console else JsonFormatter()
    )
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    logging.getLogger("discord").setLevel(max(logging.getLevelName(level), logging.INFO))


def log_service_time(logger: logging.Logger, command: str, service_ms: float, **context: Any) -> None:
    """Every command logs its service time; anything over 100 ms is a warning."""
    level = logging.WARNING if service_ms > SLOW_COMMAND_MS else logging.INFO
    logger.log(
        level, "command served", extra={"command": command, "service_ms": round(service_ms, 3), **context}
    )
