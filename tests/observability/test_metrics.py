from __future__ import annotations

from evoladder.observability import Metrics


def test_metrics_render_prometheus_text() -> None:
    m = Metrics()
    m.command_seconds.labels("profile").observe(0.0004)
    m.bind_store(lambda: 7, lambda: 1.5, lambda: 1, lambda: 42)
    text = m.render().decode()
    assert 'evoladder_command_seconds_count{command="profile"} 1.0' in text
    assert "evoladder_journal_backlog_entries 7.0" in text
    assert "evoladder_not_saving 1.0" in text and "evoladder_shipping_stopped_seq 42.0" in text
    # Two instances never share state (no module-level registry).
    assert 'command="profile"' not in Metrics().render().decode()
