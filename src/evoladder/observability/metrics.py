"""Prometheus metrics of one ladder process (own registry: built once by the composition root)."""

from __future__ import annotations

from collections.abc import Callable

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest

_LATENCY_BUCKETS_S = (0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1.0, 3.0)


class Metrics:
    def __init__(self) -> None:
        r = self.registry = CollectorRegistry()
        self.command_seconds = Histogram(
            "evoladder_command_seconds",
            "Service time of a command or click",
            ["command"],
            registry=r,
            buckets=_LATENCY_BUCKETS_S,
        )
        self.command_errors = Counter(
            "evoladder_command_errors_total", "Commands that failed unexpectedly", ["command"], registry=r
        )
        self.transitions = Counter(
            "evoladder_transitions_total", "State transitions applied", ["transition"], registry=r
        )
        self.journal_backlog_entries = Gauge(
            "evoladder_journal_backlog_entries", "Journal entries not yet in the database", registry=r
        )
        self.journal_backlog_age = Gauge(
            "evoladder_journal_backlog_age_seconds", "Age of the oldest unshipped entry", registry=r
        )
        self.shipped_rows = Counter(
            "evoladder_shipped_rows_total", "Row changes applied to the database", registry=r
        )
        self.wave_players = Histogram(
            "evoladder_wave_queued_players",
            "Players queued at a wave",
            registry=r,
            buckets=(0, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000),
        )
        self.wave_seconds = Histogram(
            "evoladder_wave_seconds",
            "Time to compute a wave",
            registry=r,
            buckets=(0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 2, 5),
        )
        self.matches_made = Counter("evoladder_matches_made_total", "Matches made by waves", registry=r)
        self.match_mmr_gap = Histogram(
            "evoladder_match_mmr_gap",
            "MMR gap of matches made",
            registry=r,
            buckets=(25, 50, 100, 150, 200, 300, 400, 600, 1000),
        )
        self.match_ping_ms = Histogram(
            "evoladder_match_worst_ping_ms",
            "Worse player's expected ping",
            registry=r,
            buckets=(25, 50, 75, 100, 150, 200, 250, 350, 500),
        )
        self.match_wait_seconds = Histogram(
            "evoladder_match_wait_seconds",
            "Queue wait of matched players",
            registry=r,
            buckets=(45, 90, 180, 300, 600, 1200, 3600, 9000),
        )
        self.matches_completed = Counter(
            "evoladder_matches_completed_total", "Matches completed with a result", registry=r
        )
        self.replay_outcomes = Counter(
            "evoladder_replay_parse_total", "Replay parse outcomes", ["outcome"], registry=r
        )
        self.loop_lag_seconds = Histogram(
            "evoladder_event_loop_lag_seconds",
            "Event-loop lag",
            registry=r,
            buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5),
        )
        self.queue_size = Gauge("evoladder_queue_players", "Players in the queue", registry=r)
        self.open_matches = Gauge("evoladder_open_matches", "Matches found or in progress", registry=r)
        self.not_saving = Gauge(
            "evoladder_not_saving", "1 while the journal can't commit and writes are refused", registry=r
        )
        self.shipping_stopped = Gauge(
            "evoladder_shipping_stopped_seq",
            "The journal entry the database refused (shipping waits on it); 0 when shipping",
            registry=r,
        )

    def bind_store(
        self,
        entries: Callable[[], float],
        age_s: Callable[[], float],
        not_saving: Callable[[], float],
        stopped_seq: Callable[[], float],
    ) -> None:
        """Let the store gauges read the live store at scrape time."""
        self.journal_backlog_entries.set_function(entries)
        self.journal_backlog_age.set_function(age_s)
        self.not_saving.set_function(not_saving)
        self.shipping_stopped.set_function(stopped_seq)

    def render(self) -> bytes:
        return generate_latest(self.registry)
