"""``evoladder simulate``: a synthetic community through the wave engine and its two peers (the first
bot's wave matcher and a ShieldBattery-style continuous matcher), one seed or many."""

from __future__ import annotations

import argparse
import json
import math
from pathlib import Path

from tqdm import tqdm

from evoladder.cli.common import StartError, settings_and_game_data
from evoladder.simulate.compare import MATCHERS, compare, ticks_in

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
        "simulate", help="simulate a community playing through the wave engine and its two peers"
    )
    p.add_argument("--players", type=int, default=300, help="size of the synthetic community")
    p.add_argument("--hours", type=float, default=24.0, help="simulated time")
    which = p.add_mutually_exclusive_group()
    which.add_argument("--seed", type=int, default=None, help="one run: population, arrivals and outcomes")
    which.add_argument(
        "--seeds",
        type=parse_seeds,
        default=None,
        help="the judgement over many seeds, e.g. 1001-1100 or 1,2,5-9: mean paired differences with 95 %% intervals",
    )
    p.add_argument("--workers", type=int, default=None, help="processes for --seeds (default: one per core)")
    p.add_argument("--json", type=Path, default=None, dest="json_file", help="where to write the figures")
    p.add_argument("--plots", type=Path, default=None, help="directory for PNG pictures (optional)")
    p.set_defaults(handler=handle)


def parse_seeds(text: str) -> list[int]:
    """``1-100`` or ``1,2,5-9``: the seeds in order, each once."""
    seeds: list[int] = []
    for part in text.split(","):
        low, dash, high = part.strip().partition("-")
        try:
            first, last = int(low), int(high) if dash else int(low)
        except ValueError:
            raise argparse.ArgumentTypeError(f"expected seeds like 1-100 or 1,2,5-9, got {text!r}") from None
        if last < first:
            raise argparse.ArgumentTypeError(f"seed range {part!r} runs backwards")
        seeds.extend(s for s in range(first, last + 1) if s not in seeds)
    return seeds


def handle(args: argparse.Namespace) -> int:
    if args.players < 2:
        raise StartError("--players must be at least 2")
    if not args.hours > 0 or not math.isfinite(args.hours):
        raise StartError("--hours must be a positive number")
    if args.workers is not None and args.workers < 1:
        raise StartError("--workers must be at least 1")
    if args.seeds is not None:
        return _judge(args)
    if args.json_file is None:
        raise StartError("--json is required for a single-seed run (where to write the metrics)")
    return _one_seed(args, 1 if args.seed is None else args.seed)


def _one_seed(args: argparse.Namespace, seed: int) -> int:
    settings, game_data = settings_and_game_data()
    total = sum(ticks_in(args.hours, name, settings) for name in MATCHERS)
    with tqdm(total=total, unit="tick", desc="simulating") as bar:

        def advance() -> None:
            bar.update()

        comparison = compare(game_data, settings, args.players, args.hours, seed, on_wave=advance)
    metrics = comparison.metrics()
    payload: dict[str, dict[str, object]] = {
        name: {key: metrics[name][key] for key in REPORTED} for name in MATCHERS
    }
    payload["details"] = {"players": args.players, "hours": args.hours, "seed": seed}
    for name in MATCHERS:
        payload["details"][name] = {k: v for k, v in metrics[name].items() if k not in REPORTED}
    args.json_file.parent.mkdir(parents=True, exist_ok=True)
    args.json_file.write_text(json.dumps(payload, indent=2))
    print(f"{'metric':<22}" + "".join(f"{name:>12}" for name in MATCHERS))
    for key in REPORTED:
        print(f"{key:<22}" + "".join(f"{metrics[name][key]:>12.4g}" for name in MATCHERS))
    print(f"wrote {args.json_file}")
    if args.plots is not None:
        from evoladder.simulate.plots import write_plots  # matplotlib only when pictures are asked for

        for path in write_plots(comparison, args.plots):
            print(f"wrote {path}")
    return 0


def _judge(args: argparse.Namespace) -> int:
    from evoladder.simulate.judge import SeedRun, as_json, format_table, judgement, means, run_seeds

    settings_and_game_data()  # a bad configuration fails here, not in every worker
    seeds: list[int] = args.seeds
    with tqdm(total=len(seeds), unit="seed", desc="simulating") as bar:

        def advance(_: SeedRun) -> None:
            bar.update()

        runs = run_seeds(seeds, args.players, args.hours, workers=args.workers, on_seed=advance)
    verdict = judgement(runs)
    print(f"{len(seeds)} seeds, {args.players} players, {args.hours:g} h each; means, then engine − peer")
    print("(waits in %, others absolute; 95 % bootstrap interval over seeds)")
    print(format_table(verdict, means(runs)))
    if args.json_file is not None:
        args.json_file.parent.mkdir(parents=True, exist_ok=True)
        args.json_file.write_text(json.dumps(as_json(runs, verdict, args.players, args.hours), indent=2))
        print(f"wrote {args.json_file}")
    if args.plots is not None:
        from evoladder.simulate.plots import write_judgement_plot

        waits = {name: [w for r in runs for w in r.waits_s[name]] for name in MATCHERS}
        gaps = {name: [g for r in runs for g in r.gaps[name]] for name in MATCHERS}
        print(f"wrote {write_judgement_plot(waits, gaps, len(runs), args.plots)}")
    return 0
