"""Logs, metrics and event-loop lag: what the operator sees of the running ladder."""

from evoladder.observability.logs import configure_logging, log_service_time
from evoladder.observability.loop_lag import LoopLagMonitor
from evoladder.observability.metrics import Metrics

__all__ = ["LoopLagMonitor", "Metrics", "configure_logging", "log_service_time"]
