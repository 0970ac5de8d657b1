"""Is a GA seeded by the policy better than one seeded by the construction,
at the same search budget, when the policy's own time is not counted?

For each instance the policy samples K solutions once (its time is printed,
not charged); then the GA runs from those samples and, separately, from the
nearest-neighbour construction, each with ``fill_random=0`` (the seeds plus
one random solution at most; what ``earli`` does with and without its
policy), and as ``nco.solve(method="ga")`` does by default (the construction
and random educated solutions), for every budget and seed (CPU seconds of the
process).  Gaps are to the best-known cost, or to the test set's reference
cost for a real-city suite.  Writes one CSV row per run.

usage: python benchmarks/earli/seeded_refine.py OUT.csv --budgets 1,2,5 --seeds 0,1
       INSTANCE_FILE...
       python benchmarks/earli/seeded_refine.py OUT.csv --budgets 1,2,5 --suite city-acvrp-n500
"""

import argparse
import time

import study_io
import torch
from nco.solvers import ga

import nco
from nco.earli import policy_problem


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    ap.add_argument("out")
    study_io.add_instance_arguments(ap)
    ap.add_argument("--budgets", default="1,2,5")
    ap.add_argument("--seeds", default="0,1")
    ap.add_argument("--k", type=int, default=8)
    ap.add_argument("--temperature", type=float, default=0.3)
    args = ap.parse_intermixed_args(argv)
    budgets = [float(b) for b in args.budgets.split(",")]
    seeds = [int(s) for s in args.seeds.split(",")]
    torch.set_num_threads(1)
    rows = []
    policies = {}
    for inst, ref in study_io.instances(args):
        problem = policy_problem(inst)
        if problem not in policies:
            policies[problem] = nco.load_policy(problem)
        t = time.process_time()
        samples = policies[problem].sample([inst], num_samples=args.k, temperature=args.temperature,
                                           greedy_first=True)[0]
        sample_cpu = time.process_time() - t
        nearest = nco.solve(inst, method="nearest").routes
        p = ga.problem_data(inst)
        for name, pool in (("policy", samples), ("nearest", [nearest]), ("ga default", None)):
            for budget in budgets:
                for seed in seeds:
                    if pool is None:
                        res = ga.genetic_algorithm(inst, budget, seed=seed, seeds=[nearest], problem=p,
                                                   clock="process")
                    else:
                        res = ga.genetic_algorithm(inst, budget, seed=seed, seeds=pool, fill_random=0,
                                                   problem=p, clock="process")
                    cost = nco.check(inst, res.routes).cost
                    row = {"instance": inst.name, "n_clients": inst.n_clients, "seeds": name,
                           "budget_cpu_s": budget, "seed": seed, "cost": cost,
                           "gap_pct": round(100 * (cost - ref) / ref, 4), "iterations": res.iterations,
                           "policy_cpu_s_not_charged": round(sample_cpu, 2) if name == "policy" else 0.0}
                    rows.append(row)
                    print(row, flush=True)
    study_io.write_rows(args.out, rows)


if __name__ == "__main__":
    main()
