"""Paired comparison of two methods in an `nco bench` CSV.

usage: python benchmarks/earli/paired.py RUNS.csv METHOD_A METHOD_B [TIME_LIMIT]
       python benchmarks/earli/paired.py RUNS.csv... earli@2 pyvrp@10

A method may carry its own time limit (``name@seconds``), to compare a
method at one budget with another at a larger one.  Several CSVs are merged.

Per instance, the mean gap over seeds of A minus that of B; prints the mean
of these differences, their standard error over instances, the t value, how
many instances A wins, and the mean seed-to-seed standard deviation of a
method on one instance (the noise of a single run).
"""

import sys

import numpy as np

from nco.bench import read_runs


def _spec(text, default):
    name, _, tl = text.partition("@")
    return name, float(tl) if tl else default


def main(argv):
    paths = [x for x in argv if x.endswith(".csv")]
    a, b, *rest = [x for x in argv if not x.endswith(".csv")]
    default = float(rest[0]) if rest else None
    specs = {a: _spec(a, default), b: _spec(b, default)}
    rows = [r for p in paths for r in read_runs(p)]
    by: dict = {}
    for r in rows:
        if not (r["feasible"] and r["gap_pct"] is not None):
            continue
        for key, (name, tl) in specs.items():
            if r["method"] == name and (tl is None or r["time_limit"] == tl):
                by.setdefault((r["instance"], key), []).append(r["gap_pct"])
    insts = sorted({i for i, m in by if (i, a) in by and (i, b) in by})
    d = np.array([np.mean(by[(i, a)]) - np.mean(by[(i, b)]) for i in insts])
    se = d.std(ddof=1) / np.sqrt(len(d)) if len(d) > 1 else float("nan")
    noise = np.mean([np.std(v, ddof=1) for v in by.values() if len(v) > 1] or [float("nan")])
    print(f"{len(insts)} instances: mean gap {a} - {b} = {d.mean():+.3f} pp "
          f"(standard error {se:.3f}, t = {d.mean() / se:.2f}); {a} lower on {(d < 0).sum()}, "
          f"{b} lower on {(d > 0).sum()}, tied on {(d == 0).sum()}; "
          f"seed-to-seed standard deviation of one run: {noise:.3f} pp")


if __name__ == "__main__":
    main(sys.argv[1:])
