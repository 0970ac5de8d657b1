"""Compare GA parameter settings (and PyVRP's ILS) at one time limit.

usage: python docs/results/earli/tune_ga.py INSTANCE_FILE TIME_LIMIT SEED CONFIG...

Each CONFIG is a comma-separated list of keyword arguments for
``nco.solve`` (``method="pyvrp"`` for the ILS; otherwise fields of
``solvers.ga.GAParams``), e.g. ``"ils_steps=0"`` ``"ils_steps=20"``.  Prints
one line per configuration with the checker's gap to the best-known cost.
"""

import sys
import time

import nco
from nco import bks


def main(argv):
    path, tl, seed, *configs = argv
    inst = nco.read(path)
    ref = bks.for_instance(inst).cost
    for cfg in configs:
        kw = eval(f"dict({cfg})")  # noqa: S307 - a command-line tool for the benchmark author
        method = kw.pop("method", "ga")
        t = time.perf_counter()
        sol = nco.solve(inst, method=method, time_limit=float(tl), seed=int(seed), **kw)
        print(inst.name, seed, method, cfg, sol.feasible, f"gap {100 * (sol.cost - ref) / ref:.2f}",
              f"wall {time.perf_counter() - t:.2f}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
