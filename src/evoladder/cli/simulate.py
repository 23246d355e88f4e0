"""``evoladder simulate``: a synthetic community through the wave engine and the first bot's matcher."""

from __future__ import annotations

import argparse
import json
import math
from pathlib import Path

from tqdm import tqdm

from evoladder.cli.common import StartError, settings_and_game_data
from evoladder.simulate.compare import MATCHERS, compare, waves_in

REPORTED = (
    "wait_s_p50",
    "wait_s_p90",
    "wait_s_p99",
    "mmr_gap_p50",
    "mmr_gap_p90",
    "mmr_gap_p99",
    "ping_ms_p50",
    "ping_ms_p90",
    "matched_share",
    "matches",
    "skill_mmr_spearman",
)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser(
        "simulate", help="simulate a community playing through the wave engine and the first bot's matcher"
    )
    p.add_argument("--players", type=int, default=300, help="size of the synthetic community")
    p.add_argument("--hours", type=float, default=24.0, help="simulated time")
    p.add_argument("--seed", type=int, default=1, help="population, arrivals and outcomes")
    p.add_argument("--json", type=Path, required=True, dest="json_file", help="where to write the metrics")
    p.add_argument("--plots", type=Path, default=None, help="directory for PNG pictures (optional)")
    p.set_defaults(handler=handle)


def handle(args: argparse.Namespace) -> int:
    if args.players < 2:
        raise StartError("--players must be at least 2")
    if not args.hours > 0 or not math.isfinite(args.hours):
        raise StartError("--hours must be a positive number")
    settings, game_data = settings_and_game_data()
    total = waves_in(args.hours, settings) * len(MATCHERS)
    with tqdm(total=total, unit="wave", desc="simulating") as bar:

        def advance() -> None:
            bar.update()

        comparison = compare(game_data, settings, args.players, args.hours, args.seed, on_wave=advance)
    metrics = comparison.metrics()
    payload: dict[str, dict[str, object]] = {
        name: {key: metrics[name][key] for key in REPORTED} for name in MATCHERS
    }
    payload["details"] = {"players": args.players, "hours": args.hours, "seed": args.seed}
    for name in MATCHERS:
        payload["details"][name] = {k: v for k, v in metrics[name].items() if k not in REPORTED}
    args.json_file.parent.mkdir(parents=True, exist_ok=True)
    args.json_file.write_text(json.dumps(payload, indent=2))
    print(f"{'metric':<22}{'engine':>12}{'baseline':>12}")
    for key in REPORTED:
        print(f"{key:<22}{metrics['engine'][key]:>12.4g}{metrics['baseline'][key]:>12.4g}")
    print(f"wrote {args.json_file}")
    if args.plots is not None:
        from evoladder.simulate.plots import write_plots  # matplotlib only when pictures are asked for

        for path in write_plots(comparison, args.plots):
            print(f"wrote {path}")
    return 0
