"""Compare GA parameter settings (and PyVRP's ILS) at one time limit.

usage: python benchmarks/earli/tune_ga.py INSTANCE_FILE TIME_LIMIT SEED CONFIG...

Each CONFIG is a comma-separated list of keyword arguments for
``nco.solve`` (``method="pyvrp"`` for the ILS; otherwise fields of
``solvers.ga.GAParams``), e.g. ``"ils_steps=0"`` ``"ils_steps=20"``.  Prints
one line per configuration with the checker's gap to the best-known cost.
"""

import ast
import sys
import time

import nco
from nco import bks


def _options(cfg: str) -> dict:
    """``"method='ga', pop=20"`` as a dict; values must be Python literals
    (read with ``ast.literal_eval``, never executed)."""
    call = ast.parse(f"f({cfg})", mode="eval").body
    if not isinstance(call, ast.Call) or call.args:
        raise SystemExit(f"expected key=value pairs, got {cfg!r}")
    return {kw.arg: ast.literal_eval(kw.value) for kw in call.keywords}


def main(argv):
    path, tl, seed, *configs = argv
    inst = nco.read(path)
    ref = bks.for_instance(inst).cost
    for cfg in configs:
        kw = _options(cfg)
        method = kw.pop("method", "ga")
        t = time.perf_counter()
        sol = nco.solve(inst, method=method, time_limit=float(tl), seed=int(seed), **kw)
        print(inst.name, seed, method, cfg, sol.feasible, f"gap {100 * (sol.cost - ref) / ref:.2f}",
              f"wall {time.perf_counter() - t:.2f}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
