"""Imitation of GA solutions: the training recipe that measured better.

At equal CPU time (600 s, ACVRP N = 50, from the shipped weights) learning
the genetic algorithm's solutions by teacher forcing gained 5.7 points of
unseen-city gap at N = 50 and 8.1 at N = 100 over REINFORCE/POMO (see
``docs/training.md``), so it is the recipe ``nco train imitate`` runs:

1. draw ``batch`` fresh instances from the training cities and label each
   with ``nco.solve(method="ga")`` (``label_seconds`` CPU seconds each; on
   ``workers`` processes that label without pause while the policy learns);
   every label is checked by :func:`nco.check`, infeasible ones are dropped;
2. between labelling rounds, take ``steps_per_round`` optimiser steps that
   maximise the log-likelihood of solutions drawn from the labelled pool,
   each in ``orders`` equivalent forms (VRP routes in random orders, ATSP
   tours from random starting nodes): the mean over the forms
   (``order_loss="mean"``, the default), or the likelihood of the solution
   whatever its form, ``log sum_s p(form_s)`` (``"set"``), whose gradient
   goes mostly to the form the policy already prefers, so that it can keep
   one order of routes instead of learning every order equally;
3. stop after ``seconds`` of this process's CPU time (``workers=1``: the
   labels are computed here and count) or of wall-clock time (``workers`` >
   1), save the policy with its lineage and a resume point
   (``OUT.run/last.ckpt``: weights, optimizer, weight average, counters),
   and let ``nco train promote`` decide whether it replaces the shipped one.
   ``--set resume=OUT.run/last.ckpt`` (with a new ``--set seed=K`` for
   fresh instances) continues the same run, without a fresh optimizer;
   ``--set init_from=OUT`` starts a new one from its weights.

    nco train imitate --problem atsp --n 50 --seconds 600 --out outputs/imit/atsp.pt
    nco train promote outputs/imit/atsp.pt --problem atsp

On a GPU machine ``scripts/gpu_train.sh`` runs it with the GPU learning and
the CPU cores labelling (``RECIPE=imitation``, the default).
"""

from __future__ import annotations

import argparse
import concurrent.futures as cf
import glob
import json
import random
import time
from collections import deque
from pathlib import Path

import torch
from rl4co.utils.ops import batchify

from nco import fsio
from nco.batch import pool_context, solve_routes
from nco.data.cities import load_split, training_tiles
from nco.errors import InputError
from nco.neural import fasttrain
from nco.neural.policy import Policy
from nco.neural.train import compose
from nco.solution import Solution

#: Where labels come from (:class:`Imitation`'s ``teacher``).
TEACHERS = ("ga", "self")

#: How the ``orders`` forms of a label are scored (:class:`Imitation`'s ``order_loss``).
ORDER_LOSSES = ("mean", "set")


def forced_logp(policy, env, td, actions: torch.Tensor, orders: int) -> torch.Tensor:
    """Summed log-probability of given action sequences ``(orders * B, T)``
    (start-major, as :func:`nco.neural.fasttrain.rollout` orders its rows);
    the first action of each is given, not scored."""
    hidden, _ = policy.encoder(td)
    td, env, hidden = policy.decoder.pre_decoder_hook(td, env, hidden, orders)
    td = batchify(td, orders)
    td.set("action", actions[:, 0])
    td = env.step(td)["next"]
    logp = torch.zeros(actions.shape[0], device=actions.device)
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
            rows[s][b] = _one_order(routes, s, rng, problem)
    flat = [seq for per_start in rows for seq in per_start]
    width = max(len(seq) for seq in flat) + (problem != "atsp")  # VRPs end back at the depot
    return torch.tensor([seq + [0] * (width - len(seq)) for seq in flat], dtype=torch.int64)


def _one_order(routes, s: int, rng: random.Random, problem: str) -> list[int]:
    if problem == "atsp":
        tour = [0, *routes[0]]
        k = 0 if s == 0 else rng.randrange(len(tour))
        return tour[k:] + tour[:k]
    perm = list(routes) if s == 0 else rng.sample(list(routes), len(routes))
    return [a for k, r in enumerate(perm) for a in ([0] if k else []) + list(r)]


class Imitation:
    """The imitation loop over a :class:`nco.neural.fasttrain.FastTrainer`.

    Parameters
    ----------
    trainer
        The trainer (policy, optimiser, sampler, lineage) to train.
    n
        Nodes (ATSP) or clients of the training instances, or several sizes:
        labelling rounds take them in turn (the GA gets ``label_seconds``
        per instance of the smallest size, proportionally more for larger
        ones) and every optimiser step learns from one size.
    label_seconds, batch, orders, steps_per_round, workers
        See the module docstring.
    teacher
        ``"ga"``: the GA from scratch labels each instance; ``"self"``: the
        policy being trained decodes each instance (multi-start greedy over
        ``self_augment`` augmentations) and PyVRP's iterated local search,
        started from its best decode, improves it for ``label_seconds``
        (self-improvement: labels that stay close to what the policy
        already does, where the GA from scratch also seeds its population
        with constructions of its own).
    order_loss
        ``"mean"`` or ``"set"``: see the module docstring.
    """

    def __init__(self, trainer, n, label_seconds: float = 1.0, batch: int = 16, orders: int = 8,
                 steps_per_round: int = 4, workers: int = 1, teacher: str = "ga", self_augment: int = 8,
                 order_loss: str = "mean"):
        if teacher not in TEACHERS:
            raise InputError(f"teacher must be one of {', '.join(TEACHERS)}, got {teacher!r}")
        if order_loss not in ORDER_LOSSES:
            raise InputError(f"order_loss must be one of {', '.join(ORDER_LOSSES)}, got {order_loss!r}")
        self.order_loss = order_loss
        self.teacher, self.self_augment = teacher, int(self_augment)
        self.tr, self.batch, self.orders = trainer, int(batch), int(orders)
        self.sizes = [int(n)] if isinstance(n, int) else [int(x) for x in n]
        self.label_seconds, self.steps_per_round, self.workers = float(label_seconds), int(steps_per_round), int(workers)
        self.envs = {size: trainer.env(size) for size in self.sizes}
        self.rng, self.pool, self.rounds = random.Random(0), [], 0
        self.resumed = int(trainer.state.instances)  # labelled before a resume: the lineage counts on from there

    def _draw(self):
        """The next labelling round's size, its reset batch and its instances."""
        n = self.sizes[self.rounds % len(self.sizes)]
        self.rounds += 1
        td = self.envs[n].reset(self.tr.sampler.draw(n, self.batch))
        instances = self.envs[n].td_to_instances(td)
        return n, td, instances, self._starts(instances)

    def _starts(self, instances) -> list:
        """Where each label's search starts: nowhere (``ga``: the GA from
        scratch), or the policy's best multi-start greedy decode (``self``)."""
        if self.teacher == "ga":
            return [None] * len(instances)
        policy = Policy(self.tr.exported(), meta=self.tr.recipe(), problem=self.tr.problem).to(str(self.tr.device))
        try:
            with torch.no_grad():
                sols = policy.solve(instances, augment=self.self_augment)
        finally:
            self.tr.policy.train()
        return [s.routes if s.feasible else None for s in sols]

    def label(self) -> None:
        """Draw ``batch`` instances and add them with their GA solutions to the pool (in this process)."""
        n, td, instances, starts = self._draw()
        for k, inst in enumerate(instances):
            raw = solve_routes(inst, self._job(len(self.pool), n, starts[k]))
            self._add(n, td[k:k + 1], inst, raw)

    def _job(self, seed: int, n: int, initial=None) -> dict:
        seconds = self.label_seconds * n / min(self.sizes)
        method = "ga" if self.teacher == "ga" else "pyvrp"
        return {"method": method, "time_limit": seconds, "clock": "process", "seed": seed, "initial": initial}

    def _add(self, n: int, td_row, inst, raw: dict) -> None:
        """A labelled instance into the pool, its solution checked here."""
        sol = Solution.from_routes(inst, raw["routes"])
        if sol.feasible:
            self.pool.append((n, td_row.clone(), sol.routes))
            self.tr.state.instances = self.resumed + len(self.pool)  # the lineage counts labelled instances

    def _submit(self, executor, pending: deque) -> None:
        """``batch`` fresh instances to label on the worker processes."""
        n, td, instances, starts = self._draw()
        for k, inst in enumerate(instances):
            job = self._job(len(self.pool) + len(pending), n, starts[k])
            pending.append((n, td[k:k + 1], inst, executor.submit(solve_routes, inst, job)))

    def _collect(self, pending: deque, block: bool) -> int:
        """Finished labels into the pool (waiting for one when ``block``); how many."""
        if block and pending:
            cf.wait([item[-1] for item in pending], return_when=cf.FIRST_COMPLETED)
        done, keep = [], []
        while pending:  # by position: the rows are TensorDicts, which do not compare
            item = pending.popleft()
            (done if item[-1].done() else keep).append(item)
        pending.extend(keep)
        for n, td_row, inst, fut in done:
            self._add(n, td_row, inst, fut.result())
        return len(done)

    def learn(self) -> float:
        """One optimiser step on ``batch`` labelled solutions of one size (that
        of a random pool entry); the loss per node."""
        n = self.rng.choice(self.pool)[0]
        same = [p for p in self.pool if p[0] == n]
        pick = self.rng.sample(same, min(self.batch, len(same)))
        td = torch.cat([p[1] for p in pick]).to(self.tr.device)
        acts = sequences([p[2] for p in pick], self.orders, self.rng, self.tr.problem).to(self.tr.device)
        logp = forced_logp(self.tr.policy, self.envs[n], td, acts, self.orders)
        if self.order_loss == "set":
            logp = torch.logsumexp(logp.view(self.orders, -1), dim=0)
        loss = -logp.mean() / n
        self.tr.update(loss)
        self.tr.state.steps += 1
        return float(loss.detach())

    def run(self, done, log=print) -> None:
        """Label and learn until ``done()``; ``log`` gets one JSON line a step.

        With one worker, rounds alternate: label ``batch`` instances, then
        ``steps_per_round`` steps.  With more, ``workers`` processes label
        without pause while this process learns, at the same ratio of steps
        to new labels."""
        if self.workers == 1:
            while not done():
                self.label()
                for _ in range(self.steps_per_round):
                    if done():
                        break
                    self._step(log)
            return
        with cf.ProcessPoolExecutor(max_workers=self.workers, mp_context=pool_context()) as executor:
            self._run_async(executor, done, log)
            executor.shutdown(wait=False, cancel_futures=True)

    def _run_async(self, executor, done, log) -> None:
        pending: deque = deque()
        credit = 0.0  # optimiser steps earned by new labels
        while not done():
            while len(pending) < 2 * self.workers:
                self._submit(executor, pending)
            credit += self._collect(pending, block=credit < 1 or not self.pool) * self.steps_per_round / self.batch
            if self.pool and credit >= 1:
                credit -= 1
                self._step(log)

    def _step(self, log) -> None:
        loss = self.learn()
        log(json.dumps({"cpu_s": round(time.process_time(), 1), "step": self.tr.state.steps,
                        "labelled": len(self.pool), "loss": round(loss, 5)}))


def trainer_for(problem: str, n: int, out: Path, command: str, device: str = "auto", overrides=()):
    """A :class:`~nco.neural.fasttrain.FastTrainer` that continues from the
    shipped ``problem`` weights (or ``init_from=...`` among the Hydra
    ``overrides``), for sizes up to ``n``, writing its run folder beside ``out``."""
    cfg = compose([f"experiment={problem}_gpu", "threads=1", f"env.num_loc={int(n)}", "fast.echo=false",
                   "fast.warmup_steps=10", f"output_dir={out}.run", f"fast.device={device}", *overrides])
    tr = fasttrain.FastTrainer(cfg, command)
    tr.policy.train()
    return tr


def imitate_main(argv: list[str]) -> int:
    """``nco train imitate --problem P --out FILE.pt [--n 50] [--seconds 600] [--workers 1]``."""
    p = argparse.ArgumentParser(prog="nco train imitate", description=__doc__.splitlines()[0])
    p.add_argument("--problem", required=True, choices=("atsp", "acvrp", "acvrptw"))
    p.add_argument("--out", required=True, help="the policy to write (.pt, with its recipe .json)")
    p.add_argument("--n", default="50", help="nodes (ATSP) or clients per training instance, or several sizes "
                                            "separated by commas, taken in turn (default 50)")
    p.add_argument("--seconds", type=float, default=600.0,
                   help="CPU seconds of this process (workers=1) or wall seconds (default 600)")
    p.add_argument("--label-seconds", type=float, default=1.0, help="GA CPU seconds per label (default 1)")
    p.add_argument("--batch", type=int, default=16)
    p.add_argument("--orders", type=int, default=8)
    p.add_argument("--steps-per-round", type=int, default=4)
    p.add_argument("--workers", type=int, default=1, help="processes labelling with the GA (default 1)")
    p.add_argument("--teacher", choices=TEACHERS, default="ga",
                   help="ga: label with the GA from scratch (default); self: PyVRP's local search improves "
                        "the policy's own best decode for --label-seconds")
    p.add_argument("--order-loss", choices=ORDER_LOSSES, default="mean",
                   help="mean: learn every form of a label (routes in random orders) equally (default); set: the "
                        "likelihood of the label in any of its forms, which lets the policy keep its own order")
    p.add_argument("--self-augment", type=int, default=8,
                   help="augmentations of the policy's decode with --teacher self (1 to 8, default 8)")
    p.add_argument("--ema", type=float, default=0.0, metavar="DECAY",
                   help="export the moving average of the weights with this decay, e.g. 0.99 (default 0: the "
                        "last weights); the last weights are then written beside it as NAME.last.pt")
    p.add_argument("--snapshot-every", type=float, default=0.0, metavar="SECONDS",
                   help="also export the policy every this many seconds (of the --seconds clock) as "
                        "NAME.stepK.pt, for a learning curve (default 0: only at the end)")
    p.add_argument("--tiles", action="store_true",
                   help="also train on regions cut from the training cities' larger extracts "
                        "(nco.data.cities.training_tiles: 3 km squares with enough streets)")
    p.add_argument("--device", default="auto", help="auto (a GPU when there is one), cpu or cuda")
    p.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                   help="a training-configuration override, e.g. init_from=runs/atsp.pt or env.folder=CITIES")
    p.add_argument("--force", action="store_true", help="replace an existing --out")
    args = p.parse_args(argv)
    _check_args(args)
    out = Path(args.out)
    overrides = [f"fast.ema_decay={args.ema}", *args.set]
    if args.tiles:
        names = load_split()["train"] + training_tiles()
        overrides.append(f"env.cities=[{','.join(names)}]")
    tr = trainer_for(args.problem, max(args.sizes), out, "nco train imitate " + " ".join(argv), args.device, overrides)
    loop = Imitation(tr, args.sizes, args.label_seconds, args.batch, args.orders, args.steps_per_round, args.workers,
                     args.teacher, args.self_augment, args.order_loss)
    clock = time.process_time if args.workers == 1 else time.monotonic
    t0, wall0 = clock(), time.time()
    snapshots = Snapshots(tr, out, args.snapshot_every, lambda: clock() - t0, wall0)
    loop.run(lambda: snapshots.due() or clock() - t0 >= args.seconds)
    tr.state.wall_s = time.time() - wall0
    fasttrain.save_policy(tr.exported(), out, tr.recipe())
    if tr.average is not None:
        fasttrain.save_policy(tr.policy, out.with_suffix(".last.pt"), tr.recipe())
    # weights, optimizer, average and counters: "--set resume=OUT.run/last.ckpt" continues this very run
    fasttrain.save_resume(tr.resume_file, tr.policy, tr.optimizer, tr.state, tr.previous, tr.average)
    print(f"wrote {out} ({len(loop.pool)} labelled instances, {tr.state.steps} steps; resume point {tr.resume_file})")
    return 0


class Snapshots:
    """Export the trainer's policy every ``every`` seconds of ``elapsed()``
    as ``NAME.stepK.pt`` beside ``out`` (never, for ``every`` 0)."""

    def __init__(self, trainer, out: Path, every: float, elapsed, wall0: float):
        self.tr, self.out, self.every, self.elapsed, self.wall0 = trainer, out, float(every), elapsed, wall0
        self.next = self.every

    def due(self) -> bool:
        """Write a snapshot when one is due; always ``False`` (a ``done`` test that never stops the loop)."""
        if self.every > 0 and self.elapsed() >= self.next:
            self.next += self.every
            self.tr.state.wall_s = time.time() - self.wall0
            path = self.out.with_suffix(f".step{self.tr.state.steps}.pt")
            fasttrain.save_policy(self.tr.exported(), path, self.tr.recipe())
        return False


def _check_args(args) -> None:
    try:
        args.sizes = [int(x) for x in str(args.n).split(",")]
    except ValueError:
        raise InputError(f"--n must be integers separated by commas, got {args.n!r}") from None
    if not all(4 <= x <= 1000 for x in args.sizes):
        raise InputError(f"--n: sizes must be 4 to 1000, got {args.n!r}")
    if not 1 <= args.self_augment <= 8:
        raise InputError(f"--self-augment must be from 1 to 8, got {args.self_augment}")
    for name in ("batch", "orders", "steps_per_round", "workers"):
        if getattr(args, name) < 1:
            raise InputError(f"--{name.replace('_', '-')} must be a positive integer, got {getattr(args, name)}")
    if not 0 <= args.ema < 1:
        raise InputError(f"--ema must be from 0 to below 1, got {args.ema}")
    if not 0 <= args.snapshot_every < 1e6:
        raise InputError(f"--snapshot-every must be 0 or a positive number of seconds, got {args.snapshot_every}")
    for name in ("seconds", "label_seconds"):
        if not 0 < getattr(args, name) < 1e6:
            raise InputError(f"--{name.replace('_', '-')} must be a positive number of seconds")
    fsio.check_output(args.out, "--out", force=args.force)
    out = Path(args.out)
    beside = sorted(out.parent.glob(f"{glob.escape(out.stem)}.step*.pt")) + [out.with_suffix(".last.pt")]
    taken = [p for p in beside if p.exists()] if (args.ema or args.snapshot_every) and not args.force else []
    if taken:
        raise InputError("exists (the last weights and snapshots are written beside --out); "
                         "pass --force to replace it", path=str(taken[0]))
