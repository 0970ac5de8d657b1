"""REINFORCE (POMO) against imitation of GA solutions, at equal CPU seconds, from the shipped weights.

    python scripts/compare_imitation.py --method reinforce --out outputs/cmp/reinforce.pt
    python scripts/compare_imitation.py --method imitation --out outputs/cmp/imitation.pt
    nco eval --checkpoint outputs/cmp/reinforce.pt --test-set acvrp_n50_unseen --augment 8 --limit 16 \
        --baselines policy:nco/checkpoints/acvrp.pt,policy:outputs/cmp/imitation.pt --threads 1

Both start from ``nco/checkpoints/<problem>.pt`` and stop after ``--cpu-seconds``
of this process's CPU time (labels included): ``reinforce`` is the lean
trainer's step (:meth:`nco.neural.fasttrain.FastTrainer.step`); ``imitation``
labels fresh instances with ``nco.solve(method="ga")`` (``--label-seconds``
CPU seconds each) into a pool and, between labelling rounds, maximises the
log-likelihood of the labelled solutions (teacher forcing, each solution in
``--orders`` random orders of its routes).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path


from nco.neural import fasttrain
from nco.neural.imitation import Imitation
from nco.neural.train import compose


def imitation(tr, n: int, budget: float, label_s: float, batch: int, orders: int, steps_per_round: int, log):
    """The package's imitation loop (:class:`nco.neural.imitation.Imitation`) until ``budget``."""
    loop = Imitation(tr, n, label_s, batch, orders, steps_per_round)
    loop.run(lambda: time.process_time() >= budget, log=lambda line: log(json.loads(line)))


def reinforce(tr, n: int, budget: float, batch: int, log):
    """The lean trainer's POMO step until ``budget``."""
    while time.process_time() < budget:
        m = tr.step(n, batch)
        tr.state.steps += 1
        tr.state.instances += batch
        log({"instances": tr.state.instances, "reward": round(float(m["reward"]), 4)})


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--method", choices=("reinforce", "imitation"), required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--problem", default="acvrp", choices=("atsp", "acvrp", "acvrptw"))
    ap.add_argument("--n", type=int, default=50)
    ap.add_argument("--cpu-seconds", type=float, default=600.0)
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--label-seconds", type=float, default=1.0)
    ap.add_argument("--orders", type=int, default=8)
    ap.add_argument("--steps-per-round", type=int, default=4)
    args = ap.parse_args()
    cfg = compose([f"experiment={args.problem}_gpu", "threads=1", f"env.num_loc={args.n}", "fast.echo=false",
                   "fast.warmup_steps=10", f"output_dir={args.out}.run"])
    tr = fasttrain.FastTrainer(cfg, " ".join(["python scripts/compare_imitation.py", *sys.argv[1:]]))
    tr.policy.train()
    budget = time.process_time() + args.cpu_seconds
    t0 = time.time()

    def log(row):
        print(json.dumps({"cpu_s": round(time.process_time(), 1), "step": tr.state.steps, **row}), flush=True)

    if args.method == "reinforce":
        reinforce(tr, args.n, budget, args.batch, log)
    else:
        imitation(tr, args.n, budget, args.label_seconds, args.batch, args.orders, args.steps_per_round, log)
    tr.state.wall_s = time.time() - t0
    fasttrain.save_policy(tr.policy, Path(args.out), tr.recipe())


if __name__ == "__main__":
    main()
