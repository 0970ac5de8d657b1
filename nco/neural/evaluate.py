"""Evaluate a policy checkpoint on a test set: ``nco eval --checkpoint acvrp --test-set acvrp_n100_unseen``.

Reports, per method, the mean cost, the mean gap to the test set's reference
costs (PyVRP), the share of feasible solutions (every cost and feasibility
from :func:`nco.check`) and the time per instance.  Besides the policy it can
run baselines on the same instances: ``nearest`` (nearest-neighbour
construction), ``ortools`` / ``pyvrp`` (with ``--baseline-time`` seconds
each) and other policy checkpoints (``policy:<path>``).  ``--out`` writes the
table as CSV and markdown.
"""

from __future__ import annotations

import csv
import time
from pathlib import Path

import numpy as np

from nco.errors import InputError

#: Where test sets live (``<name>.npz`` in the RRNCO test-file schema).
TESTSET_DIR = Path(__file__).resolve().parents[2] / "data" / "testsets"

#: Keys under which a test file may store reference costs, in order of preference.
REFERENCE_KEYS = ("reference_cost", "pyvrp_cost", "ref_cost", "reference", "costs")


#: Short names: ``<problem>_n<N>_unseen`` (test cities), ``<problem>_n<N>_train`` (training cities).
ALIASES = {"unseen": "test_cities", "test": "test_cities", "train": "train_cities"}


def resolve_test_set(name: str | Path) -> Path:
    """Path of a test set given by name (``acvrp_n100_unseen``, a file stem in
    ``data/testsets``) or path."""
    import re

    p = Path(name)
    if p.suffix == ".npz" and p.exists():
        return p
    for cand in (TESTSET_DIR / f"{name}.npz", TESTSET_DIR / str(name)):
        if cand.exists() and cand.is_file():
            return cand
    m = re.fullmatch(r"(atsp|acvrp|acvrptw)_n(\d+)_(\w+)", str(name))
    if m and m.group(3) in ALIASES:
        hits = sorted(TESTSET_DIR.glob(f"{m.group(1)}_n{m.group(2)}_seed*_{ALIASES[m.group(3)]}.npz"))
        if hits:
            return hits[0]
    known = sorted(f.stem for f in TESTSET_DIR.glob("*.npz")) if TESTSET_DIR.exists() else []
    raise InputError(f"no test set {str(name)!r}" + (f"; known: {', '.join(known)}" if known else ""))


def load_test_set(name: str | Path, limit: int | None = None):
    """Instances and reference costs (or ``None``) of a test set."""
    import nco

    path = resolve_test_set(name)
    instances = nco.read_all(path)
    ref = None
    with np.load(path, allow_pickle=False) as f:
        for key in REFERENCE_KEYS:
            if key in f.files:
                ref = np.asarray(f[key], dtype=np.float64).reshape(-1)
                break
    if ref is not None and ref.shape[0] != len(instances):
        raise InputError(f"{ref.shape[0]} reference costs for {len(instances)} instances", path=str(path))
    if limit is not None:
        instances = instances[: int(limit)]
        ref = None if ref is None else ref[: int(limit)]
    return instances, ref


def run_method(method: str, instances, *, checkpoint=None, augment: int = 8, num_starts=None,
               baseline_time: float = 1.0, progress: bool = True) -> tuple[list, float]:
    """Solve every instance with ``method``; returns solutions and wall seconds.

    ``method`` is ``neural`` (``checkpoint``), ``policy:<path>``, or a name
    known to :func:`nco.solve` (run for ``baseline_time`` seconds each).
    """
    import nco
    from tqdm.auto import tqdm

    t0 = time.perf_counter()
    if method == "neural" or method.startswith("policy:"):
        from nco.neural.policy import POLICY_FOR, load_policy

        ck = checkpoint if method == "neural" else method.split(":", 1)[1]
        if ck is None:
            ck = POLICY_FOR[instances[0].problem]
        policy = load_policy(ck)
        sols = policy.solve(instances, num_starts=num_starts, augment=augment, progress=progress, method=method)
    else:
        sols = [nco.solve(inst, method=method, time_limit=baseline_time, seed=0)
                for inst in tqdm(instances, desc=method, disable=not progress)]
    return sols, time.perf_counter() - t0


def summarise(method: str, sols, wall: float, reference) -> dict:
    """One table row: mean cost, mean gap (feasible solutions only), feasible share, time."""
    cost = np.array([s.cost for s in sols])
    feas = np.array([s.feasible for s in sols])
    row = {"method": method, "instances": len(sols), "feasible_pct": round(100.0 * feas.mean(), 2),
           "mean_cost": round(float(cost.mean()), 4), "gap_pct": None,
           "time_per_instance_s": round(wall / len(sols), 4)}
    if reference is not None:
        ok = feas & (reference > 0)
        if ok.any():
            row["gap_pct"] = round(float((100.0 * (cost[ok] - reference[ok]) / reference[ok]).mean()), 3)
    return row


def write_table(rows: list[dict], out: str | Path, title: str = "") -> tuple[Path, Path]:
    """Write ``rows`` as ``<out>.csv`` and ``<out>.md``."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    csv_path, md_path = out.with_suffix(".csv"), out.with_suffix(".md")
    keys = list(rows[0])
    with csv_path.open("w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=keys)
        w.writeheader()
        w.writerows(rows)
    lines = [f"### {title}", ""] if title else []
    lines += ["| " + " | ".join(keys) + " |", "|" + "---|" * len(keys)]
    for r in rows:
        lines.append("| " + " | ".join("" if r[k] is None else str(r[k]) for k in keys) + " |")
    md_path.write_text("\n".join(lines) + "\n")
    return csv_path, md_path


def evaluate(checkpoint, test_set, augment: int = 8, num_starts=None, limit=None, baselines=(),
             baseline_time: float = 1.0, progress: bool = True) -> list[dict]:
    """Rows for the policy and each baseline on one test set."""
    instances, ref = load_test_set(test_set, limit=limit)
    rows = []
    for method in ("neural", *baselines):
        sols, wall = run_method(method, instances, checkpoint=checkpoint, augment=augment,
                                num_starts=num_starts, baseline_time=baseline_time, progress=progress)
        rows.append(summarise(method if method != "neural" else f"neural:{checkpoint}", sols, wall, ref))
    return rows


def add_arguments(parser) -> None:
    parser.add_argument("--checkpoint", required=True,
                        help="shipped policy (atsp, acvrp, acvrptw) or path to an exported .pt")
    parser.add_argument("--test-set", required=True, help="test set name in data/testsets or a .npz path")
    parser.add_argument("--augment", type=int, default=8, help="coordinate augmentations, 1..8 (default 8)")
    parser.add_argument("--num-starts", type=int, default=None, help="POMO starts (default: every node, max 100)")
    parser.add_argument("--limit", type=int, default=None, help="evaluate the first LIMIT instances only")
    parser.add_argument("--baselines", default="", help="comma-separated: nearest, ortools, pyvrp, policy:<path>")
    parser.add_argument("--baseline-time", type=float, default=1.0, help="seconds per instance for search baselines")
    parser.add_argument("--threads", type=int, default=None, help="torch CPU threads")
    parser.add_argument("--out", default=None, help="write the table to OUT.csv and OUT.md")


def run(args) -> int:
    import torch

    if args.threads:
        torch.set_num_threads(int(args.threads))
    baselines = [b.strip() for b in args.baselines.split(",") if b.strip()]
    rows = evaluate(args.checkpoint, args.test_set, augment=args.augment, num_starts=args.num_starts,
                    limit=args.limit, baselines=baselines, baseline_time=args.baseline_time)
    keys = list(rows[0])
    print("  ".join(f"{k:>18}" for k in keys))
    for r in rows:
        print("  ".join(f"{'' if r[k] is None else r[k]!s:>18}" for k in keys))
    if args.out:
        csv_path, md_path = write_table(rows, args.out, title=f"{args.test_set}, augment {args.augment}")
        print(f"wrote {csv_path} and {md_path}")
    return 0
