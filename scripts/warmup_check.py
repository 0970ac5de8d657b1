"""Greedy cost of the shipped ACVRP policy on 32 fixed N = 50 instances before
and after each of the first lean-trainer steps (batch 32), with and without
the learning-rate warm-up.

    python scripts/warmup_check.py --warmup 1     # no warm-up: full step size from the first step
    python scripts/warmup_check.py --warmup 50
"""

import argparse

import torch

from nco.data.samplers import DeviceSampler
from nco.neural import fasttrain
from nco.neural.train import compose


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--warmup", type=int, default=50)
    ap.add_argument("--steps", type=int, default=4)
    args = ap.parse_args()
    cfg = compose(["experiment=acvrp_gpu", "threads=1", "env.num_loc=50", "fast.batch_size=32", "fast.ref_size=50",
                   "fast.echo=false", "output_dir=outputs/warmup_check", f"fast.warmup_steps={args.warmup}"])
    tr = fasttrain.FastTrainer(cfg, "warmup check")
    env = tr.env(50)
    fixed = env.reset(DeviceSampler(tr.cities, "acvrp", seed=99).draw(50, 32))

    def greedy_cost() -> float:
        tr.policy.eval()
        with torch.no_grad():
            r, _ = fasttrain.rollout(tr.policy, tr.policy.decoder, env, fixed.clone(), 50, greedy=True)
        tr.policy.train()
        return round(float(-r.mean()), 3)

    print("before", greedy_cost())
    for k in range(args.steps):
        tr.state.steps = k
        tr.step(50, 32)
        print("after step", k + 1, greedy_cost(), flush=True)


if __name__ == "__main__":
    main()
