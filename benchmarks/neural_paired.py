"""Checkpoints of one problem compared instance by instance, on the unseen cities and on the training cities.

A checkpoint is promoted on the unseen-city table (``nco train promote``),
whose sets are fixed: differences between two checkpoints are differences
on the same instances, and their noise is that of the paired per-instance
differences, not of each mean.  This benchmark solves, with every checkpoint
given (multi-start greedy x 8 augmentations, every start, one CPU thread,
the protocol of ``benchmarks/neural_unseen.py``):

* ``unseen``: the shipped ``<problem>_n100_unseen`` set (Munich, Monaco,
  128 instances, PyVRP references);
* ``dev``: a set drawn from the training cities (:func:`neural_sizes.dev_set`,
  ``--num`` instances, PyVRP references, built under ``--work`` on first use);
* ``regions`` (with ``--regions``): a set drawn from the spare tiles of the
  training extracts (:func:`nco.data.cities.spare_tiles`), road networks
  that neither the training cities nor ``--tiles`` training contain: the
  validation set for choosing between runs trained on different cities,
  where ``dev`` favours the runs that saw only the training cities.

and reports each checkpoint's mean gap per set and its paired difference to
the first checkpoint with the standard error of that difference::

    python benchmarks/neural_paired.py --problem acvrp --num 64 \\
        --checkpoints acvrp outputs/r8a/acvrp.pt outputs/r8b/acvrp.pt --out docs/results/neural/paired_acvrp

When the two sets disagree (a checkpoint better on the training cities and
not on the unseen ones), further training fits the training cities rather
than the problem.  Writes ``<out>.csv`` and ``<out>.md``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
import torch

from nco import benchrun
from nco.benchrun import paired_difference
from nco.data.cities import spare_tiles
from nco.errors import InputError
from nco.neural.evaluate import load_unseen
from nco.neural.fasttrain import instance_gaps
from nco.neural.policy import load_policy

sys.path.insert(0, str(Path(__file__).resolve().parent))
from neural_sizes import DEV_SEED, built_set, dev_set  # the dev sets of the size benchmark

COLUMNS = ["checkpoint", "set", "instances", "gap %", "minus first", "SE", "better on"]


def rows(checkpoints: list[str], sets: dict) -> list[dict]:
    """One row per set and checkpoint; the paired difference to the first checkpoint.  Each policy
    is loaded once and solves every set."""
    gaps = {}
    for ck in checkpoints:
        policy = load_policy(ck)
        for name, (insts, ref) in sets.items():
            gaps[ck, name] = instance_gaps(policy.solve(insts, augment=8), ref)
            print(f"{name:7s} {ck}: {np.nanmean(gaps[ck, name]):.3f} %", flush=True)
    out = []
    for name, (insts, _) in sets.items():
        first = gaps[checkpoints[0], name]
        for ck in checkpoints:
            g = gaps[ck, name]
            mean, se = paired_difference(g, first)
            out.append({"checkpoint": ck, "set": name, "instances": len(insts), "gap %": round(float(np.nanmean(g)), 3),
                        "minus first": round(mean, 3), "SE": round(se, 3), "better on": int(np.sum(g < first))})
    return out


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    ap = argparse.ArgumentParser(prog="python benchmarks/neural_paired.py", description=__doc__.splitlines()[0])
    ap.add_argument("--problem", choices=("atsp", "acvrp", "acvrptw"), required=True)
    ap.add_argument("--checkpoints", nargs="+", required=True,
                    help="shipped names or .pt files; the first is the one the others are compared to")
    ap.add_argument("--num", type=int, default=64, help="instances of the dev set (training cities)")
    ap.add_argument("--regions", action="store_true",
                    help="also solve --num instances of the spare tiles of the training extracts")
    ap.add_argument("--work", default="outputs/sizes64", help="folder of the dev set built here")
    ap.add_argument("--out", default=None, help="table path without suffix (.csv and .md are written)")
    ap.add_argument("--force", action="store_true", help="replace earlier results")
    args = ap.parse_args(argv)
    runs = None
    if args.out:
        out = Path(args.out)
        out.parent.mkdir(parents=True, exist_ok=True)
        try:  # refused before anything runs when the results exist
            runs = benchrun.RunFile(out.with_suffix(".csv"), COLUMNS, key={"instance": "checkpoint"}, force=args.force)
        except InputError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
    torch.set_num_threads(1)
    insts, ref, _ = dev_set(args.problem, 100, Path(args.work), args.num)
    sets = {"unseen": load_unseen(args.problem, 100), "dev": (insts, ref)}
    if args.regions:
        r_insts, r_ref, _ = built_set(args.problem, 100, Path(args.work) / "regions", args.num, DEV_SEED, spare_tiles())
        sets["regions"] = (r_insts, r_ref)
    table = rows(args.checkpoints, sets)
    text = (f"# {args.problem.upper()} checkpoints, instance by instance (N = 100)\n\n"
            "Gap (%) to the PyVRP references; multi-start greedy x 8 augmentations, one CPU thread. "
            "`minus first`: mean paired difference to the first checkpoint (negative: better), `SE` its standard "
            "error, `better on`: instances where the checkpoint is cheaper than the first. `unseen`: Munich and "
            f"Monaco; `dev`: {args.num} instances from the training cities"
            + (f"; `regions`: {args.num} instances from the spare tiles of their extracts" if args.regions else "")
            + ".\n\n"
            + benchrun.markdown_table(table, COLUMNS))
    print(text)
    if runs is not None:
        runs.add(table)
        benchrun.write_markdown(out.with_suffix(".md"), text,
                                command=benchrun.command_line("python benchmarks/neural_paired.py", argv))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
