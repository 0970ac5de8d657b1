"""GA against PyVRP on the real-city test sets (a batch .npz, no BKS).

usage: python benchmarks/earli/cities.py OUT.csv TESTSET.npz --count 4
       --methods pyvrp,ga --time-limits 1,5 --seed 0

Solves the first COUNT instances of the set with each method and CPU-second
limit (``clock="process"``) and writes the checker's cost, feasibility and
CPU time per run, with the set's ``reference_cost`` when it has one.
"""

import argparse
import time

import numpy as np
import study_io

import nco


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    ap.add_argument("out")
    ap.add_argument("testset")
    ap.add_argument("--count", type=int, default=4)
    ap.add_argument("--methods", default="pyvrp,ga")
    ap.add_argument("--time-limits", default="1,5")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    insts = nco.read_all(args.testset)[: args.count]
    data = np.load(args.testset)
    ref = data["reference_cost"] if "reference_cost" in data.files else None
    rows = []
    for k, inst in enumerate(insts):
        for m in args.methods.split(","):
            for tl in (float(t) for t in args.time_limits.split(",")):
                c0 = time.process_time()
                sol = nco.solve(inst, method=m, time_limit=tl, seed=args.seed, clock="process")
                rows.append({"instance": inst.name, "n_clients": inst.n_clients, "method": m,
                             "time_limit": tl, "seed": args.seed, "cost": round(sol.cost, 4),
                             "feasible": sol.feasible, "cpu_s": round(time.process_time() - c0, 3),
                             "reference_cost": None if ref is None else round(float(ref[k]), 4)})
                print(rows[-1], flush=True)
    study_io.write_rows(args.out, rows)


if __name__ == "__main__":
    main()
