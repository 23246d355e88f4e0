"""PNG pictures of a comparison, engine and baseline side by side on shared axes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # files only; never needs a display
import matplotlib.pyplot as plt
from matplotlib.axes import Axes

from evoladder.simulate.compare import Comparison
from evoladder.simulate.simulation import RunRecord


def _side_by_side(
    comparison: Comparison, path: Path, title: str, draw: Callable[[Axes, RunRecord], None]
) -> Path:
    fig, axes = plt.subplots(1, len(comparison.runs), figsize=(12, 4.5), sharex=True, sharey=True)
    for ax, (name, record) in zip(axes, comparison.runs.items(), strict=True):
        draw(ax, record)
        ax.set_title(name)
        ax.grid(alpha=0.3)
    fig.suptitle(f"{title} — {comparison.players} players, {comparison.hours:g} h, seed {comparison.seed}")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path


def write_plots(comparison: Comparison, out_dir: Path) -> list[Path]:
    """Wait distribution, MMR gap against wait, worst-player ping, MMR convergence; returns the files."""
    out_dir.mkdir(parents=True, exist_ok=True)
    max_wait_min = max((max(r.waits_s, default=0) for r in comparison.runs.values()), default=0) / 60
    wait_bins = [i * max(max_wait_min, 1) / 40 for i in range(41)]
    max_ping = max((max(r.worst_ping_ms, default=0) for r in comparison.runs.values()), default=0)
    ping_bins = [i * max(max_ping, 1) / 40 for i in range(41)]

    def waits(ax: Axes, r: RunRecord) -> None:
        ax.hist([w / 60 for w in r.waits_s], bins=wait_bins, color="tab:blue")
        ax.set_yscale("log")
        ax.set_xlabel("wait (minutes)")
        ax.set_ylabel("queue entries")

    def gap_vs_wait(ax: Axes, r: RunRecord) -> None:
        ax.scatter([w / 60 for w in r.longer_wait_s], r.gaps, s=6, alpha=0.5, color="tab:orange")
        ax.set_xlabel("longer wait of the pair (minutes)")
        ax.set_ylabel("MMR gap")

    def pings(ax: Axes, r: RunRecord) -> None:
        ax.hist(r.worst_ping_ms, bins=ping_bins, color="tab:green")
        ax.set_xlabel("worse player's expected ping (ms)")
        ax.set_ylabel("matches")

    def convergence(ax: Axes, r: RunRecord) -> None:
        ax.plot(
            [h for h, _ in r.spearman_by_hour], [rho for _, rho in r.spearman_by_hour], color="tab:purple"
        )
        ax.set_xlabel("simulated hour")
        ax.set_ylabel("Spearman(true skill, MMR)")

    return [
        _side_by_side(comparison, out_dir / "wait_distribution.png", "Wait time", waits),
        _side_by_side(comparison, out_dir / "mmr_gap_vs_wait.png", "MMR gap against wait", gap_vs_wait),
        _side_by_side(comparison, out_dir / "worst_ping_distribution.png", "Worst-player ping", pings),
        _side_by_side(comparison, out_dir / "mmr_convergence.png", "MMR convergence", convergence),
    ]


def write_judgement_plot(
    waits_s: dict[str, list[float]], gaps: dict[str, list[float]], seeds: int, out_dir: Path
) -> Path:
    """Wait and MMR-gap distributions (every seed pooled), engine against each peer on one axis each."""
    out_dir.mkdir(parents=True, exist_ok=True)
    fig, (wait_ax, gap_ax) = plt.subplots(1, 2, figsize=(12, 4.5))
    for name in waits_s:
        for ax, values, scale in ((wait_ax, waits_s[name], 60.0), (gap_ax, gaps[name], 1.0)):
            ordered = sorted(v / scale for v in values)
            if ordered:
                share = [(i + 1) / len(ordered) for i in range(len(ordered))]
                ax.plot(ordered, share, label=name)
    wait_ax.set_xlabel("wait (minutes)")
    gap_ax.set_xlabel("MMR gap")
    for ax in (wait_ax, gap_ax):
        ax.set_ylabel("share at or below")
        ax.grid(alpha=0.3)
        ax.legend()
    fig.suptitle(f"Engine against its peers — {seeds} seeds pooled")
    fig.tight_layout()
    path = out_dir / "judgement_distributions.png"
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path
