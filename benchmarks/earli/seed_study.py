"""Where EARLI's time goes and what its seeds are worth.

For each instance: sample K solutions from the trained policy (1 greedy +
K-1 at the temperature), educate each with the GA's local search, and compare
with the seeds the GA uses without a policy (the nearest-neighbour
construction and K-1 random solutions), educated the same way.  Reports per
seed set: the time to make the seeds, the gap to the best-known cost of the
best and the mean seed before and after education, how many are feasible,
their diversity (mean broken-pairs distance between pairs, 0 = identical) and
the education time per seed.

Times are CPU seconds of this process (the policy runs with one torch
thread), so they do not depend on the machine's load.  Gaps are to the
best-known cost, or to the test set's reference cost for a real-city suite.

usage: python benchmarks/earli/seed_study.py OUT.csv INSTANCE_FILE... [--k 8]
       [--temperature 0.3] [--problem atsp|acvrp|acvrptw]
       python benchmarks/earli/seed_study.py OUT.csv --suite city-acvrp-n500 [--filter RE]
"""

from __future__ import annotations

import argparse
import itertools
import time
from pathlib import Path

import numpy as np
import pyvrp
import study_io
import torch
from nco.solvers import ga

import nco
from nco.earli import policy_problem


def _stats(inst, p, sols, ref):
    n = p.n_clients
    costs, feas = [], 0
    inds = []
    for s in sols:
        res = nco.check(inst, s)
        if res.feasible:
            feas += 1
            costs.append(res.cost)
        rr = study_io.valid_client_routes(s, n, p.data.vehicle_type(0).num_available)
        if rr is not None:
            inds.append(study_io.client_routes(pyvrp.Solution(p.data, rr)))
    pairs = list(itertools.combinations(inds, 2))
    div = float(np.mean([study_io.broken_pairs(a, b, n) for a, b in pairs])) if pairs else float("nan")
    gaps = [100.0 * (c - ref) / ref for c in costs] if ref else []
    return {
        "feasible": feas,
        "best_gap": min(gaps) if gaps else float("nan"),
        "mean_gap": float(np.mean(gaps)) if gaps else float("nan"),
        "diversity": div,
    }


def _educate(inst, p, sols, seed):
    ls = ga.local_search(inst, p, pyvrp.RandomNumberGenerator(seed))
    pm = pyvrp.PenaltyManager(ga.initial_penalties(p, inst), ga.GAParams().penalty)
    big = pm.max_cost_evaluator()
    out, secs = [], []
    for s in sols:
        rr = study_io.valid_client_routes(s, p.n_clients, p.data.vehicle_type(0).num_available)
        t = time.process_time()
        sol = ls(pyvrp.Solution(p.data, rr), pm.cost_evaluator(), exhaustive=True)
        if not sol.is_feasible():
            sol = ls(sol, big, exhaustive=True)
        secs.append(time.process_time() - t)
        out.append(study_io.node_routes(study_io.client_routes(sol)))
    return out, float(np.mean(secs))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    ap.add_argument("out")
    study_io.add_instance_arguments(ap)
    ap.add_argument("--k", type=int, default=8)
    ap.add_argument("--temperature", type=float, default=0.3)
    ap.add_argument("--problem", default=None)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_intermixed_args(argv)
    torch.set_num_threads(1)
    rows = []
    policies = {}
    for inst, ref in study_io.instances(args):
        p = ga.problem_data(inst)
        problem = args.problem or policy_problem(inst)
        sets = {}
        try:
            if problem not in policies:
                t = time.process_time()
                policies[problem] = nco.load_policy(problem)
                print(f"loaded the {problem} policy in {time.process_time() - t:.1f} s")
            t = time.process_time()
            sets["policy"] = (policies[problem].sample([inst], num_samples=args.k, temperature=args.temperature,
                                                       greedy_first=True)[0], time.process_time() - t)
        except nco.InputError as exc:
            print(f"{inst.name}: no policy ({exc})")
        t = time.process_time()
        base = [nco.solve(inst, method="nearest").routes]
        rng = pyvrp.RandomNumberGenerator(args.seed)
        base += [study_io.node_routes(study_io.client_routes(pyvrp.Solution.make_random(p.data, rng)))
                 for _ in range(args.k - 1)]
        sets["nearest+random"] = (base, time.process_time() - t)
        for name, (sols, secs) in sets.items():
            raw = _stats(inst, p, sols, ref)
            edu, edu_s = _educate(inst, p, sols, args.seed)
            done = _stats(inst, p, edu, ref)
            row = {"instance": inst.name, "n_clients": inst.n_clients, "seeds": name, "k": len(sols),
                   "make_s": round(secs, 3), "educate_s_per_seed": round(edu_s, 4)}
            row.update({f"raw_{k}": (round(v, 4) if isinstance(v, float) else v) for k, v in raw.items()})
            row.update({f"educated_{k}": (round(v, 4) if isinstance(v, float) else v) for k, v in done.items()})
            rows.append(row)
            print(row, flush=True)
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    study_io.write_rows(args.out, rows)


if __name__ == "__main__":
    main()
