"""Compare GA parameter settings (and PyVRP's ILS) at one time limit, paired.

usage: python benchmarks/earli/tune_ga.py FILE [FILE ...] --time-limit S
           [--seeds 0,1] [--limit K] --configs CONFIG [CONFIG ...]

Each FILE is an instance file or a batch of them (a real-city test set's
``.npz``); ``--limit`` keeps the first K instances of each.  Each CONFIG is
a comma-separated list of keyword arguments for ``nco.solve``
(``method='pyvrp'`` for the ILS; otherwise fields of
``solvers.ga.GAParams``), e.g. ``"ils_steps=20"``; ``""`` is the GA with
its defaults.  Time limits are CPU seconds of the process.  Every solution
is checked (``nco.solve`` returns the checker's cost).  Prints, per configuration, the mean of the
cost difference to the first configuration in % (paired over instance and
seed) with its standard error, and on how many runs it was cheaper.

    python benchmarks/earli/tune_ga.py outputs/sizes/dev/acvrptw_n500_seed4444_test_cities.npz \\
        --time-limit 2 --seeds 0 --configs "ils_steps=20" "ils_steps=100" "ils_steps=200" ""
"""

from __future__ import annotations

import argparse
import ast
import sys

import numpy as np

import nco
from nco.benchrun import mean_se


def _options(cfg: str) -> dict:
    """``"method='ga', pop=20"`` as a dict; values must be Python literals
    (read with ``ast.literal_eval``, never executed)."""
    call = ast.parse(f"f({cfg})", mode="eval").body
    if not isinstance(call, ast.Call) or call.args:
        raise SystemExit(f"expected key=value pairs, got {cfg!r}")
    return {kw.arg: ast.literal_eval(kw.value) for kw in call.keywords}


def costs(insts, cfg: str, time_limit: float, seeds) -> np.ndarray:
    """Checked costs of one configuration, one row per seed."""
    kw = _options(cfg)
    method = kw.pop("method", "ga")
    out = np.empty((len(seeds), len(insts)))
    for s, seed in enumerate(seeds):
        for i, inst in enumerate(insts):
            sol = nco.solve(inst, method=method, time_limit=time_limit, seed=seed, clock="process", **kw)
            out[s, i] = sol.cost if sol.feasible else np.nan  # the checker's cost (nco.solve checks)
    return out


def main(argv) -> int:
    ap = argparse.ArgumentParser(prog="python benchmarks/earli/tune_ga.py", description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="+")
    ap.add_argument("--time-limit", type=float, required=True)
    ap.add_argument("--seeds", default="0")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--configs", nargs="+", required=True)
    args = ap.parse_args(argv)
    try:
        insts = [inst for f in args.files for inst in nco.read_all(f)[:args.limit]]
    except nco.InputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    seeds = [int(s) for s in args.seeds.split(",")]
    first = None
    for cfg in args.configs:
        c = costs(insts, cfg, args.time_limit, seeds)
        first = c if first is None else first
        d = (100.0 * (c - first) / first).ravel()
        mean, se = mean_se(d)
        print(f"{cfg or 'defaults':24s} {args.time_limit:g} s  {mean:+.2f} % (SE {se:.2f})  "
              f"cheaper on {int(np.sum(d < 0))} of {d.size}  mean cost {np.nanmean(c):.3f}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
