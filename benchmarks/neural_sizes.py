"""Size generalization of the shipped policies: N = 100, 200, 500, with and
without the size adaptation of :mod:`nco.neural.sizing`, against nearest
neighbour and PyVRP references.

    python benchmarks/neural_sizes.py --out docs/results/neural/sizes

Two kinds of test sets per problem and size:

* ``dev``: drawn from the five training cities (seed 4444, 8 instances,
  PyVRP references with the time of the unseen sets of that size, see
  :func:`reference_seconds`): where the adaptation's settings were chosen;
* ``unseen``: the unseen cities (munich, monaco): the shipped
  ``<problem>_n100_unseen`` (first ``--unseen-100`` instances) and
  ``<problem>_n500_unseen`` sets (4 instances, PyVRP 20 s), and at N = 200
  a set drawn like them (seed 3333, 8 instances, PyVRP 4 s).

Per set: the mean gap to the reference of nearest neighbour, of the policy
without and with adaptation (greedy, ``--starts`` POMO starts x
``--augment`` augmentations, lean decoder), of the best of ``--samples``
sampled solutions with adaptation (``Policy.sample``, temperature 0.3, what
EARLI seeds with), and on how many instances the adapted policy beats
nearest neighbour.  At or below the training size the adaptation is the
identity, so both policy columns are one run.  Sets are built under
``--work`` on first use.

    python benchmarks/neural_sizes.py --scan 0 0.5 1 1.5 2 --splits dev --sizes 200 500 \
        --out docs/results/neural/sizes_scan

``--scan``: the adaptation's exponent ``alpha`` (prior scale
``(N / N_train) ** alpha``, :data:`nco.neural.sizing.PRIOR_EXPONENT`) at each
value given, per problem and set, the greedy gap only: how the shipped
exponents were chosen (on the ``dev`` sets).

    python benchmarks/neural_sizes.py --problems acvrp --checkpoint outputs/run/acvrp.pt \
        --scan 0 0.5 1 1.5 2 --splits dev --sizes 200 500 --choose --out outputs/run/acvrp_scan

``--checkpoint``: measure a checkpoint of one problem instead of the shipped
policy.  ``--choose`` (with ``--scan`` and ``--checkpoint``): record in the
checkpoint's recipe the exponent with the lowest greedy gap averaged over
the ``dev`` sets among those that beat nearest neighbour on the most ``dev``
instances, every one when some exponent does (:func:`choose`) (``size_adaptation.exponent``, read by
:func:`nco.neural.sizing.exponent`), so that the policy decodes with it from
then on, in ``nco train promote`` too.
"""

from __future__ import annotations

import argparse
import copy
import functools
import json
import sys
import time
from pathlib import Path

import numpy as np
import torch

import nco
from nco import benchrun, fsio
from nco.data import load_split
from nco.data.testsets import build_testset, load_testset, testset_path
from nco.errors import InputError
from nco.neural import sizing
from nco.neural.evaluate import load_test_set
from nco.neural.policy import read_recipe

PROBLEMS = ("atsp", "acvrp", "acvrptw")
DEV_SEED, UNSEEN_SEED = 4444, 3333
COLUMNS = ["problem", "split", "n", "instances", "reference", "prior_scale", "nearest_gap_pct",
           "policy_gap_pct", "adapted_gap_pct", "adapted_beats_nearest", "adapted_samples_gap_pct",
           "policy_cpu_s", "adapted_cpu_s"]
SCAN_COLUMNS = ["problem", "split", "n", "alpha", "prior_scale", "instances", "nearest_gap_pct", "adapted_gap_pct",
                "adapted_beats_nearest"]


def reference_seconds(n: int) -> float:
    """PyVRP seconds per instance of the references built here: those of the
    unseen-city sets (2 s at N = 100, 4 s at 200, 20 s at 500)."""
    return 20.0 if n >= 500 else round(0.02 * n, 3)


def built_set(problem: str, n: int, folder: Path, num: int, seed: int, cities=None):
    """A set built here (once: the references are time-limited, so a set is
    kept rather than drawn and solved again)."""
    path = testset_path(folder, problem, n, seed)
    if not path.exists():
        build_testset(problem, n, folder, num=num, seed=seed, cities=cities, time_limit=reference_seconds(n),
                      progress=False)
    insts, ref, meta = load_testset(path)
    return insts, ref, f"PyVRP {meta['reference']['time_limit_s']:g} s"


def dev_set(problem: str, n: int, work: Path, num: int):
    """Instances and references drawn from the training cities."""
    return built_set(problem, n, work / "dev", num, DEV_SEED, load_split()["train"])


def unseen_set(problem: str, n: int, work: Path, num: int, limit_100: int):
    """Instances and references from the unseen cities."""
    if n == 200:
        return built_set(problem, n, work / "unseen", num, UNSEEN_SEED)
    insts, ref = load_test_set(f"{problem}_n{n}_unseen", limit=limit_100 if n == 100 else None)
    return insts, ref, "PyVRP (shipped set)"


def costs(solutions) -> np.ndarray:
    return np.array([s.cost if s.feasible else np.nan for s in solutions])


def gap(c, ref) -> float:
    return round(float(np.mean(100.0 * (np.asarray(c) - ref) / ref)), 2)


def greedy(policy, insts, adapt: bool, args) -> tuple[np.ndarray, float]:
    """Costs and CPU seconds per instance of greedy multi-start x augmentations."""
    policy.size_adaptation = adapt
    t0 = time.process_time()
    c = costs(policy.solve(insts, num_starts=args.starts, augment=args.augment))
    return c, (time.process_time() - t0) / len(insts)


def best_sample(policy, insts, k: int) -> np.ndarray:
    """The best of ``k`` sampled solutions per instance (adaptation on)."""
    policy.size_adaptation = True
    pools = policy.sample(insts, num_samples=k, temperature=0.3)
    return np.array([min(nco.check(i, r).cost if nco.check(i, r).feasible else np.inf for r in pool)
                     for i, pool in zip(insts, pools)])


@functools.cache
def policy_of(name: str):
    """The policy measured, loaded once per process."""
    return nco.load_policy(name, lean=True)


@functools.cache
def measured_set(problem: str, split: str, n: int, work: str, num: int, limit_100: int):
    """Instances, references, what the references are and nearest-neighbour
    costs of one set: read and solved once per process, not once per exponent."""
    insts, ref, reference = (dev_set(problem, n, Path(work), num) if split == "dev"
                             else unseen_set(problem, n, Path(work), num, limit_100))
    return insts, ref, reference, costs([nco.solve(i, method="nearest", time_limit=1) for i in insts])


def run_set(problem: str, split: str, n: int, args) -> dict:
    """The row of one test set."""
    insts, ref, reference, nearest = measured_set(problem, split, n, args.work, args.num, args.unseen_100)
    policy = policy_of(args.checkpoint or problem)
    scale = sizing.policy_scale(policy, n)
    plain, plain_s = greedy(policy, insts, False, args)
    adapted, adapted_s = (plain, plain_s) if scale == 1.0 else greedy(policy, insts, True, args)
    return {"problem": problem, "split": split, "n": n, "instances": len(insts), "reference": reference,
            "prior_scale": round(scale, 3), "nearest_gap_pct": gap(nearest, ref), "policy_gap_pct": gap(plain, ref),
            "adapted_gap_pct": gap(adapted, ref), "adapted_beats_nearest": int(np.sum(adapted < nearest)),
            "adapted_samples_gap_pct": gap(best_sample(policy, insts, args.samples), ref),
            "policy_cpu_s": round(plain_s, 2), "adapted_cpu_s": round(adapted_s, 2)}


def scan_set(problem: str, split: str, n: int, alpha: float, args) -> dict:
    """The row of one set at one exponent (adapted greedy decoding)."""
    insts, ref, _, nearest = measured_set(problem, split, n, args.work, args.num, args.unseen_100)
    policy = copy.copy(policy_of(args.checkpoint or problem))  # the same network with this exponent
    policy.meta = dict(policy.meta, size_adaptation={"exponent": alpha})
    scale = sizing.policy_scale(policy, n)
    adapted, _ = greedy(policy, insts, True, args)
    return {"problem": problem, "split": split, "n": n, "alpha": alpha, "prior_scale": round(scale, 3),
            "instances": len(insts), "nearest_gap_pct": gap(nearest, ref), "adapted_gap_pct": gap(adapted, ref),
            "adapted_beats_nearest": int(np.sum(adapted < nearest))}


def parse(argv) -> argparse.Namespace:
    ap = argparse.ArgumentParser(prog="python benchmarks/neural_sizes.py", description=__doc__.splitlines()[0])
    ap.add_argument("--problems", default=",".join(PROBLEMS))
    ap.add_argument("--sizes", type=int, nargs="+", default=[100, 200, 500])
    ap.add_argument("--splits", default="dev,unseen")
    ap.add_argument("--num", type=int, default=8, help="instances of the sets built here")
    ap.add_argument("--unseen-100", type=int, default=16, help="instances of the shipped N = 100 sets")
    ap.add_argument("--starts", type=int, default=16)
    ap.add_argument("--augment", type=int, default=8)
    ap.add_argument("--samples", type=int, default=8)
    ap.add_argument("--scan", type=float, nargs="+", default=None, help="exponents to compare (see above)")
    ap.add_argument("--checkpoint", default=None, help="a checkpoint of the one problem in --problems "
                    "(default: the shipped policies)")
    ap.add_argument("--choose", action="store_true", help="with --scan and --checkpoint: record the best "
                    "exponent on the dev sets in the checkpoint's recipe")
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--work", default="outputs/sizes", help="folder of the sets built here")
    ap.add_argument("--out", default="docs/results/neural/sizes", help="table path without suffix")
    ap.add_argument("--resume", action="store_true", help="keep the rows already in the CSV and run the rest")
    ap.add_argument("--force", action="store_true", help="replace earlier results")
    args = ap.parse_args(argv)
    if args.checkpoint and "," in args.problems:
        ap.error("--checkpoint measures one problem: give it with --problems")
    if args.choose and not (args.scan and args.checkpoint and "dev" in args.splits.split(",")):
        ap.error("--choose needs --scan, --checkpoint and the dev split")
    return args


def choose(rows: list[dict]) -> tuple[float, dict]:
    """The exponent to record, and every exponent's greedy gap averaged over the ``dev`` rows: the lowest
    average among the exponents whose adapted decode beats nearest neighbour on the most ``dev`` instances
    (on every one when some exponent does)."""
    means, beats = {}, {}
    for a in sorted({float(r["alpha"]) for r in rows}):
        dev = [r for r in rows if r["split"] == "dev" and float(r["alpha"]) == a]
        if dev:
            means[a] = round(float(np.mean([float(r["adapted_gap_pct"]) for r in dev])), 3)
            beats[a] = sum(int(r["adapted_beats_nearest"]) for r in dev)
    pool = [a for a in means if beats[a] == max(beats.values())]
    return min(pool, key=lambda a: (means[a], a)), means


def record_choice(checkpoint: str, rows: list[dict], sizes) -> float:
    """Write the chosen exponent into the checkpoint's recipe (atomically)."""
    alpha, means = choose(rows)
    path = Path(checkpoint).with_suffix(".json")
    recipe = read_recipe(path)
    recipe["size_adaptation"] = {"exponent": alpha, "dev_gap_pct": {f"{a:g}": g for a, g in means.items()},
                                 "chosen_on": f"dev sets from the training cities, N = {', '.join(map(str, sizes))}"}
    fsio.write_text(path, json.dumps(recipe, indent=2, default=str) + "\n")
    return alpha


def run(args, sets, runs) -> list[dict]:
    """Run the grid (one cell a set, or a set and an exponent with ``--scan``)."""
    if not args.scan:
        cells = [benchrun.Cell(p, s, float(n), 0, None) for _, (p, s, n) in sets]
        return benchrun.run_grid(cells, lambda c: run_set(c.instance, c.method, int(c.budget), args), runs,
                                 desc="sizes", total=len(cells))
    cells = [benchrun.Cell(p, s, float(n), a, a) for _, (p, s, n) in sets for a in args.scan]  # seed: alpha
    return benchrun.run_grid(cells, lambda c: scan_set(c.instance, c.method, int(c.budget), c.data, args), runs,
                             desc="scan", total=len(cells))


def main(argv=None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args = parse(argv)
    torch.set_num_threads(args.threads)
    sets = [(f"{p}_n{n}_{s}", (p, s, n)) for s in args.splits.split(",") for p in args.problems.split(",")
            for n in args.sizes]
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    try:
        key = {"instance": "problem", "method": "split", "budget": "n"} | ({"seed": "alpha"} if args.scan else {})
        runs = benchrun.RunFile(out.with_suffix(".csv"), SCAN_COLUMNS if args.scan else COLUMNS, key=key,
                                resume=args.resume, force=args.force)
    except InputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    rows = run(args, sets, runs)
    title = "Exponent of the prior scale" if args.scan else "Size generalization"
    md = benchrun.markdown_table(rows, SCAN_COLUMNS if args.scan else COLUMNS,
                                title=f"{title} (gaps to the reference, %)")
    benchrun.write_markdown(out.with_suffix(".md"), md,
                            command=benchrun.command_line("python benchmarks/neural_sizes.py", argv))
    print(md)
    if args.choose:
        print(f"size adaptation exponent {record_choice(args.checkpoint, rows, args.sizes):g} "
              f"recorded in {Path(args.checkpoint).with_suffix('.json')}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
