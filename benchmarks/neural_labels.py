"""How far a policy is from the labels that train it: the self-improvement
teacher of ``nco train imitate --teacher self`` on development instances.

    python benchmarks/neural_labels.py --problem acvrp --checkpoint acvrp \
        --label-seconds 0.3 1 --out docs/results/neural/labels_acvrp

On the ``dev`` set of ``benchmarks/neural_sizes.py`` at N = 100 (training
cities, seed 4444, ``--num`` instances, PyVRP 2 s references), per instance:
the policy's multi-start greedy decode with one augmentation (where the
teacher starts), PyVRP's local search from that decode for each
``--label-seconds`` (CPU seconds: the label), and the GA from scratch for
``--ga-seconds`` (the ``--teacher ga`` label).  A label far below the decode
means the policy has more to learn from its teacher than the teacher can
give it; labels about as good as the decode mean the teacher is the limit.
Writes a CSV (one row per instance) and a markdown table of mean gaps.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
import torch
from neural_sizes import dev_set

import nco
from nco import benchrun
from nco.errors import InputError
from nco.neural.policy import load_policy

N = 100


def gap(sol, ref: float) -> float:
    """``sol``'s gap (%) to ``ref``, as the CSV keeps it."""
    return round(sol.gap_pct(float(ref)), 3)


def row(i: int, inst, ref: float, decode, args) -> dict:
    """One development instance: the decode, the labels from it, the GA."""
    out = {"instance": i, "reference": round(float(ref), 4), "decode_gap_pct": gap(decode, ref)}
    for s in args.label_seconds:
        r = nco.solve(inst, method="pyvrp", time_limit=s, clock="process", seed=i, initial=decode.routes)
        out[f"label_{s:g}s_gap_pct"] = gap(r, ref)  # nco.solve's cost is the checker's
    r = nco.solve(inst, method="ga", time_limit=args.ga_seconds, clock="process", seed=i)
    out[f"ga_{args.ga_seconds:g}s_gap_pct"] = gap(r, ref)
    return out


def table(found: list[dict], args) -> str:
    cols = [k for k in found[0] if k.endswith("_gap_pct")]
    means = {c.removesuffix("_gap_pct"): f"{np.mean([r[c] for r in found]):.2f}" for c in cols}
    return (f"# Policy and labels\n\nMean gap (%) to the PyVRP references, {len(found)} development instances "
            f"of `{args.problem}` at N = {N} (training cities), policy `{args.checkpoint}`.\n\n"
            + benchrun.markdown_table([means]))


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--problem", choices=("atsp", "acvrp", "acvrptw"), required=True)
    ap.add_argument("--checkpoint", default=None, help="a policy of --problem (default: the shipped one)")
    ap.add_argument("--label-seconds", type=float, nargs="+", default=[0.3, 1.0])
    ap.add_argument("--ga-seconds", type=float, default=1.0)
    ap.add_argument("--num", type=int, default=16)
    ap.add_argument("--work", default="outputs/sizes", help="folder of the development sets")
    ap.add_argument("--out", required=True, help="path of the CSV and markdown table, without suffix")
    ap.add_argument("--force", action="store_true", help="replace earlier results")
    ap.add_argument("--resume", action="store_true", help="keep the rows already in the CSV and run the rest")
    args = ap.parse_args(argv)
    args.checkpoint = args.checkpoint or args.problem
    torch.set_num_threads(1)
    out = Path(args.out)
    try:
        runs = benchrun.RunFile(out.with_suffix(".csv"), key={"instance": "instance"}, force=args.force,
                                resume=args.resume)
        insts, ref, _ = dev_set(args.problem, N, Path(args.work), args.num)
        decodes = load_policy(args.checkpoint, lean=True).solve(insts, augment=1)
    except InputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    cells = benchrun.grid([(str(i), i) for i in range(len(insts))], ["labels"], [0], [0])
    found = benchrun.run_grid(cells, lambda c: row(c.data, insts[c.data], ref[c.data], decodes[c.data], args),
                              runs, desc="labels")
    text = table(found, args)
    print(text)
    benchrun.write_markdown(out.with_suffix(".md"), text,
                            command=benchrun.command_line("python benchmarks/neural_labels.py", argv))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
