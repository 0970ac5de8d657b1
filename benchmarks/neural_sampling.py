"""Does sampling after the greedy decode pay?  Best of multi-start greedy x 8
augmentations, then ``--rounds`` rounds of multi-start sampling (8
augmentations x 100 starts each) at ``--temperature``, on the first
``--limit`` unseen-city instances; prints the mean gap after each round and
the CPU seconds per instance::

    python benchmarks/neural_sampling.py --problem atsp --limit 16 --temperature 0.3 --rounds 3
"""

from __future__ import annotations

import argparse
import time

import numpy as np
import torch

from nco.neural.evaluate import load_unseen
from nco.neural.policy import load_policy


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--problem", default="atsp", choices=("atsp", "acvrp", "acvrptw"))
    p.add_argument("--n", type=int, default=100)
    p.add_argument("--limit", type=int, default=16)
    p.add_argument("--temperature", type=float, default=1.0)
    p.add_argument("--rounds", type=int, default=3)
    args = p.parse_args(argv)
    torch.set_num_threads(1)
    torch.manual_seed(0)
    inst, ref = load_unseen(args.problem, args.n, limit=args.limit)
    policy = load_policy(args.problem)
    gap = lambda reward: round(float(np.mean(-reward / ref - 1) * 100), 2)  # noqa: E731
    t0 = time.process_time()
    best = policy._rollout(inst, "multistart_greedy", 100, 8)[0].max(1)
    print(f"greedy x 8: gap {gap(best)} %, {(time.process_time() - t0) / len(inst):.3f} CPU s / instance")
    for r in range(args.rounds):
        t0 = time.process_time()
        sampled = policy._rollout(inst, "multistart_sampling", 100, 8, temperature=args.temperature)[0]
        best = np.maximum(best, sampled.max(1))
        print(f"round {r + 1}: gap {gap(best)} %, {(time.process_time() - t0) / len(inst):.3f} CPU s / instance")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
