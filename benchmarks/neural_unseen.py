"""The shipped policies on every unseen-city test set, by size: the table ``nco train promote`` judges by.

For each problem and size, every shipped test set of that size from the test
cities (Munich, Monaco) is joined (:func:`nco.neural.evaluate.load_unseen`),
solved by the policy (multi-start greedy x 8 augmentations, one CPU thread)
and by nearest neighbour, every solution checked; gaps are to the PyVRP
references stored in the sets::

    python benchmarks/neural_unseen.py --sizes 100 200 500 --out docs/results/neural/unseen --force
    python benchmarks/neural_unseen.py --checkpoint acvrp=outputs/run/acvrp.pt --problems acvrp

Writes ``unseen.csv`` (one row per problem and size) and ``unseen.md`` into ``--out``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import torch

from nco import benchrun
from nco.errors import InputError
from nco.neural.evaluate import load_unseen, run_method, summarise

PROBLEMS = ("atsp", "acvrp", "acvrptw")


COLUMNS = ["problem", "N", "instances", "policy gap %", "nearest gap %", "policy feasible %", "policy s / instance"]


def row(problem: str, n: int, checkpoint: str) -> dict:
    """Policy and nearest-neighbour gaps on every unseen-city set of ``problem`` at size ``n``."""
    insts, ref = load_unseen(problem, n)
    policy = summarise(checkpoint, *run_method("neural", insts, checkpoint=checkpoint, augment=8, progress=False), ref)
    near = summarise("nearest", *run_method("nearest", insts, progress=False), ref)
    return {"set": f"{problem}_n{n}", "problem": problem, "N": n, "instances": len(insts), "checkpoint": checkpoint,
            "policy gap %": policy["gap_pct"], "nearest gap %": near["gap_pct"],
            "policy feasible %": policy["feasible_pct"], "policy s / instance": policy["time_per_instance_s"]}


def main(argv: list[str] | None = None) -> int:
    """Evaluate the policies by size; write CSV and markdown with ``--out``."""
    argv = list(sys.argv[1:] if argv is None else argv)
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--problems", nargs="+", choices=PROBLEMS, default=list(PROBLEMS))
    ap.add_argument("--sizes", nargs="+", type=int, default=[100, 200, 500])
    ap.add_argument("--checkpoint", action="append", default=[], metavar="PROBLEM=FILE",
                    help="evaluate this policy instead of the shipped one (repeatable)")
    ap.add_argument("--out", default=None, help="folder for unseen.csv and unseen.md")
    ap.add_argument("--force", action="store_true", help="replace result files that exist in --out")
    ap.add_argument("--resume", action="store_true", help="keep the rows already in --out and run the other sets")
    args = ap.parse_args(argv)
    if any("=" not in c for c in args.checkpoint):
        raise InputError("--checkpoint takes PROBLEM=FILE, e.g. acvrp=outputs/run/acvrp.pt")
    checkpoints = dict(c.split("=", 1) for c in args.checkpoint)
    torch.set_num_threads(1)
    cells = benchrun.grid([(f"{p}_n{n}", (p, n)) for p in args.problems for n in args.sizes], ["neural"], [0], [0])
    run = lambda c: row(*c.data, checkpoints.get(c.data[0], c.data[0]))
    if args.out:
        Path(args.out).mkdir(parents=True, exist_ok=True)
        out = benchrun.RunFile(Path(args.out) / "unseen.csv", key={"instance": "set"}, force=args.force,
                              resume=args.resume)
        rows = benchrun.run_grid(cells, run, out, progress=False)
    else:
        rows = [run(c) for c in cells]
    text = ("# Policies on the unseen cities by size\n\nGap (%) to the PyVRP references on the unseen cities "
            "(Munich, Monaco), every shipped test set of each size joined; multi-start greedy x 8 augmentations, "
            "one CPU thread.\n\n" + benchrun.markdown_table(rows, COLUMNS))
    print(text)
    if args.out:
        benchrun.write_markdown(Path(args.out) / "unseen.md", text,
                                command=benchrun.command_line("python benchmarks/neural_unseen.py", argv))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
