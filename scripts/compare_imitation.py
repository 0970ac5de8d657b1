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
import random
import sys
import time
from pathlib import Path

import torch

import nco
from nco.neural import fasttrain
from nco.neural.train import compose


def forced_logp(policy, env, td, actions: torch.Tensor, orders: int) -> torch.Tensor:
    """Summed log-probability of given action sequences ``(orders * B, T)``
    (start-major, as :func:`nco.neural.fasttrain.rollout` orders its rows)."""
    from rl4co.utils.ops import batchify

    hidden, _ = policy.encoder(td)
    td, env, hidden = policy.decoder.pre_decoder_hook(td, env, hidden, orders)
    td = batchify(td, orders)
    td.set("action", actions[:, 0])
    td = env.step(td)["next"]
    logp = torch.zeros(actions.shape[0])
    for t in range(1, actions.shape[1]):
        logits, mask = policy.decoder(fasttrain.decoder_view(td), hidden, orders)
        lp = torch.log_softmax(logits.float().masked_fill(~mask, float("-inf")), dim=-1)
        logp = logp + lp.gather(-1, actions[:, t:t + 1])[:, 0].clamp_min(-30.0)
        td.set("action", actions[:, t])
        td = env.step(td)["next"]
    return logp


def sequences(routes_per_instance: list, orders: int, rng: random.Random, problem: str = "acvrp") -> torch.Tensor:
    """Action sequences (start-major, padded with 0) for ``orders`` versions
    of each solution, the first as given: VRPs visit the routes in random
    orders with the depot 0 between them; ATSP tours start at random nodes."""
    rows = [[None] * len(routes_per_instance) for _ in range(orders)]
    for b, routes in enumerate(routes_per_instance):
        for s in range(orders):
            if problem == "atsp":
                tour = [0, *routes[0]]
                k = 0 if s == 0 else rng.randrange(len(tour))
                rows[s][b] = tour[k:] + tour[:k]
                continue
            perm = list(routes) if s == 0 else rng.sample(list(routes), len(routes))
            rows[s][b] = [a for k, r in enumerate(perm) for a in ([0] if k else []) + list(r)]
    flat = [seq for per_start in rows for seq in per_start]
    width = max(len(seq) for seq in flat) + (problem != "atsp")  # VRPs end back at the depot
    return torch.tensor([seq + [0] * (width - len(seq)) for seq in flat], dtype=torch.int64)


def imitation(tr, n: int, budget: float, label_s: float, batch: int, orders: int, steps_per_round: int, log):
    """Alternate labelling ``batch`` instances with GA and ``steps_per_round`` steps on the pool."""
    env, rng, pool = tr.env(n), random.Random(0), []
    while time.process_time() < budget:
        td = env.reset(tr.sampler.draw(n, batch))
        for k, inst in enumerate(env.td_to_instances(td)):
            sol = nco.solve(inst, method="ga", time_limit=label_s, clock="process", seed=k)
            pool.append((td[k:k + 1].clone(), sol.routes))
        tr.state.instances = len(pool)  # the lineage counts labelled instances
        for _ in range(steps_per_round):
            if time.process_time() >= budget:
                break
            pick = rng.sample(pool, min(batch, len(pool)))
            td_b = torch.cat([p[0] for p in pick])
            acts = sequences([p[1] for p in pick], orders, rng, tr.problem)
            loss = -forced_logp(tr.policy, env, td_b, acts, orders).mean() / n
            _update(tr, loss)
            log({"labelled": len(pool), "loss": round(float(loss), 5)})


def reinforce(tr, n: int, budget: float, batch: int, log):
    """The lean trainer's POMO step until ``budget``."""
    while time.process_time() < budget:
        m = tr.step(n, batch)
        tr.state.steps += 1
        tr.state.instances += batch
        log({"instances": tr.state.instances, "reward": round(float(m["reward"]), 4)})


def _update(tr, loss) -> None:
    warm = max(1, int(tr.fast.warmup_steps))
    for group in tr.optimizer.param_groups:
        group["lr"] = float(tr.cfg.train.lr) * min(1.0, (tr.state.steps + 1) / warm)
    tr.optimizer.zero_grad(set_to_none=True)
    loss.backward()
    torch.nn.utils.clip_grad_norm_(tr.policy.parameters(), 1.0)
    tr.optimizer.step()
    tr.state.steps += 1


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
