"""``nco.solve_many`` on the bundled X instances: the same costs on every
backend, and the speed-up of a process pool over one process.

    python benchmarks/batch_speedup.py --iterations 300 --workers 2 --out docs/results/batch

Every instance is solved with a fixed number of iterations and a seed (no
time limit), so the routes do not depend on the worker or its load; the
script checks that serial, local and (when Ray is installed) Ray give the
same costs and reports each backend's wall time and the speed-up over
serial.  Run it on an otherwise idle machine: the speed-up measures how
well the pool uses the cores it is given.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import time

import nco
from nco import benchrun, fsio, resources


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--iterations", type=int, default=300)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--method", default="pyvrp")
    ap.add_argument("--out", required=True, help="folder for batch_speedup.csv / .md")
    args = ap.parse_args()
    paths = sorted(resources.data("bench", "cvrp", "X").glob("*.vrp"))
    insts = [nco.read(p) for p in paths]
    backends = ["serial", "local"] + (["ray"] if importlib.util.find_spec("ray") else [])
    rows, costs = [], {}
    for backend in backends:
        t0 = time.perf_counter()
        sols = nco.solve_many(insts, method=args.method, iterations=args.iterations, seed=0, backend=backend,
                              workers=args.workers, progress=False)
        wall = time.perf_counter() - t0
        costs[backend] = [s.cost for s in sols]
        rows.append({"backend": backend, "instances": len(insts), "workers": 1 if backend == "serial" else args.workers,
                     "wall_s": round(wall, 1), "all_feasible": all(s.feasible for s in sols),
                     "same_costs_as_serial": costs[backend] == costs["serial"]})
    for r in rows:
        r["speedup"] = round(rows[0]["wall_s"] / r["wall_s"], 2)
    out = os.path.join(args.out, "batch_speedup")
    os.makedirs(args.out, exist_ok=True)
    with fsio.atomic_open(out + ".csv", "w") as fh:
        fh.write(",".join(rows[0]) + "\n" + "".join(",".join(str(v) for v in r.values()) + "\n" for r in rows))
    md = benchrun.markdown_table(rows, title=f"solve_many: {len(insts)} X instances, {args.method}, "
                                             f"{args.iterations} iterations each, seed 0")
    cmd = benchrun.command_line("python benchmarks/batch_speedup.py",
                                ["--iterations", args.iterations, "--workers", args.workers, "--out", args.out])
    benchrun.write_markdown(out + ".md", md, command=cmd)
    print(md)


if __name__ == "__main__":
    main()
