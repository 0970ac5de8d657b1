"""Benchmarks of the shipped policies beyond the fixed test sets.

``python -m nco.neural.bench throughput``: instances per second at N = 100
(multi-start greedy x 8 augmentations, the same batch) for the RRNCO policy
and rl4co's POMO attention model (ACVRP) / MatNet (ATSP) of the same width
and depth.  Speed does not depend on training, so the rl4co networks run with
fresh weights.

``python -m nco.neural.bench generalization --sizes 200 500``: new test
instances at larger N on the unseen cities, with PyVRP references
(:func:`nco.data.testsets.build_testset`), evaluated like ``nco eval``.

``python -m nco.neural.bench cities``: the same at N = 100 on the training
cities, to set beside the unseen-city table.

``python -m nco.neural.bench decode --sizes 100 500 --num 4``: CPU seconds
(one thread) of rl4co's decoding loop and of the lean decoder
(:mod:`nco.neural.decode`) on the bundled unseen-city test sets, for 8
solutions per instance (:meth:`Policy.sample`) and for multi-start greedy x
8 augmentations (:meth:`Policy.solve`, N <= 100); ``--repeats 3`` keeps the
least of 3 lean runs per instance (the CPU may be shared).

``python -m nco.neural.bench seeds --sizes 500``: the seeds EARLI gets from
the policy (best of 8 lean samples, temperature 0.3) against the
nearest-neighbour construction, as gaps to the test sets' PyVRP references.

Each runs its grid through :func:`nco.benchrun.run_grid` and writes
``<out>.csv`` and ``<out>.md`` (``--out``, default ``results/neural/<what>``
under the working folder; the copies quoted in ``docs/neural.md`` are in
``docs/results/neural/``).  Existing results are continued with
``--resume`` (the cells already in the CSV are skipped) or replaced with
``--force``.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

import numpy as np

import nco
from nco import benchrun
from nco.checker import check
from nco.data import city_matrices, load_split, sample_instances
from nco.data.testsets import build_testset
from nco.errors import InputError
from nco.neural.decode import LeanDecoder
from nco.neural.envs import decoding_env, to_tensordict
from nco.neural.evaluate import evaluate, load_test_set

#: what the command can run
WHAT = ("throughput", "generalization", "cities", "decode", "seeds")


def _instances(problem: str, n: int, num: int, seed: int = 11):
    cities = [city_matrices(c) for c in load_split()["test"]]
    return sample_instances(cities, problem, n, num=num, seed=seed)


def throughput(problem: str = "acvrp", n: int = 100, batch: int = 8, augment: int = 8, repeats: int = 2) -> list[dict]:
    """Instances per second of the shipped policy and of an rl4co baseline of the same size."""
    import torch
    from rl4co.data.transforms import StateAugmentation

    insts = _instances(problem, n, batch)
    policy = nco.load_policy(problem)
    cfg = policy.net.config
    rows = []

    def timed(fn):
        fn()  # warm-up
        t0 = time.perf_counter()
        for _ in range(repeats):
            fn()
        return (time.perf_counter() - t0) / repeats

    sec = timed(lambda: policy.solve(insts, augment=augment))
    rows.append({"problem": problem, "n": n, "model": f"RRNCO ({cfg.embed_dim}-d, {cfg.num_layers} layers)",
                 "batch": batch, "augment": augment, "starts": min(n, 100),
                 "instances_per_s": round(batch / sec, 3), "s_per_instance": round(sec / batch, 4)})
    if problem == "acvrp":
        from rl4co.models.zoo.am import AttentionModelPolicy

        base = AttentionModelPolicy(env_name="cvrp", embed_dim=cfg.embed_dim, num_encoder_layers=cfg.num_layers,
                                    num_heads=cfg.num_heads, normalization="instance", use_graph_context=False)
        name = "rl4co POMO (attention model)"
    elif problem == "atsp":
        from rl4co.models.zoo.matnet import MatNetPolicy

        base = MatNetPolicy(env_name="atsp", embed_dim=cfg.embed_dim, num_encoder_layers=cfg.num_layers,
                            num_heads=cfg.num_heads)
        name = "rl4co MatNet"
    else:
        return rows  # rl4co has no matrix ACVRPTW model to compare with
    base.eval()
    env = decoding_env(problem, insts[0].n_nodes)

    def run_base():
        td = env.reset(to_tensordict(insts, problem))
        if augment > 1 and problem != "atsp":
            td = StateAugmentation(num_augment=augment, augment_fn="dihedral8")(td)
        with torch.inference_mode():
            base(td, env, phase="test", decode_type="multistart_greedy", num_starts=min(n, 100))

    sec = timed(run_base)
    rows.append({"problem": problem, "n": n, "model": f"{name} ({cfg.embed_dim}-d, {cfg.num_layers} layers)",
                 "batch": batch, "augment": augment if problem != "atsp" else 1, "starts": min(n, 100),
                 "instances_per_s": round(batch / sec, 3), "s_per_instance": round(sec / batch, 4)})
    return rows


def _cpu_seconds(fn, instances, repeats: int = 1) -> tuple[float, list]:
    """Mean over instances of the least CPU seconds of ``repeats`` runs of
    ``fn(instance)`` (after one untimed warm-up), and the results of the last runs."""
    fn(instances[0])
    out, spent = [], 0.0
    for inst in instances:
        best = float("inf")
        for _ in range(max(1, repeats)):
            t0 = time.process_time()
            res = fn(inst)
            best = min(best, time.process_time() - t0)
        out.append(res)
        spent += best
    return spent / len(instances), out


def _best_cost(inst, pool) -> float:
    costs = [check(inst, r).cost for r in pool if check(inst, r).feasible]
    return min(costs) if costs else float("nan")


def _decode_tasks(policy, n: int) -> dict:
    """Task -> (augmentations, rl4co loop, lean decoder, target CPU s); each
    function returns an instance's solutions."""
    tasks = {"8 solutions": (1, lambda i: policy.sample([i], num_samples=8, lean=False)[0],
                             lambda i: policy.sample([i], num_samples=8)[0], 0.2)}
    if n <= 100:
        tasks["greedy x 8 augmentations"] = (8, lambda i: [policy.solve([i], augment=8, lean=False)[0].routes],
                                             lambda i: [policy.solve([i], augment=8)[0].routes], 0.5)
    return tasks


def decode_speed(problem: str, n: int, num: int = 4, repeats: int = 1) -> list[dict]:
    """rl4co's loop and the lean decoder on the first ``num`` instances of the
    unseen-city test set of ``problem`` at size ``n``: CPU seconds per
    instance (of the lean decoder and the encoder: the least of ``repeats``
    runs), the encoder's share, the mean best cost found, and the CPU's load
    average (1 minute) after the cell."""
    insts, _ = load_test_set(f"{problem}_n{n}_unseen", limit=num)
    policy = nco.load_policy(problem)
    rows = []
    for task, (aug, old, lean, target) in _decode_tasks(policy, n).items():
        encode_s, _ = _cpu_seconds(lambda i, aug=aug: LeanDecoder(policy.net, policy.augmented([i], aug)[1]), insts,
                                   repeats)
        old_s, old_out = _cpu_seconds(old, insts)  # seconds per run: once is enough
        lean_s, lean_out = _cpu_seconds(lean, insts, repeats)
        best = lambda pools: round(float(np.mean([_best_cost(i, p) for i, p in zip(insts, pools)])), 3)
        rows.append({"problem": problem, "n": n, "task": task, "instances": len(insts), "repeats": repeats,
                     "old_cpu_s": round(old_s, 3), "lean_cpu_s": round(lean_s, 3),
                     "speedup": round(old_s / lean_s, 1), "encoder_cpu_s": round(encode_s, 3),
                     "target_cpu_s": target, "met": bool(lean_s <= target),
                     "old_best_cost": best(old_out), "lean_best_cost": best(lean_out),
                     "load_avg": round(os.getloadavg()[0], 1)})
    return rows


def seed_quality(problem: str, n: int = 500, num: int = 4, num_samples: int = 8,
                 temperature: float = 0.3) -> dict:
    """Gaps of the best and the mean of ``num_samples`` policy samples and of
    the nearest-neighbour construction on the unseen-city test set."""
    insts, ref = load_test_set(f"{problem}_n{n}_unseen", limit=num)
    policy = nco.load_policy(problem)
    sample_s, pools = _cpu_seconds(lambda i: policy.sample([i], num_samples=num_samples,
                                                          temperature=temperature)[0], insts)
    nearest_s, nearest = _cpu_seconds(lambda i: nco.solve(i, method="nearest", time_limit=1), insts)
    costs = [[check(i, r).cost if check(i, r).feasible else np.nan for r in pool] for i, pool in zip(insts, pools)]
    best = np.array([np.nanmin(c) for c in costs])
    gap = lambda c: round(float(np.mean(100.0 * (np.asarray(c) - ref) / ref)), 2)
    return {"problem": problem, "n": n, "instances": len(insts), "samples": num_samples,
            "temperature": temperature, "feasible_pct": round(100.0 * float(np.isfinite(costs).mean()), 1),
            "best_sample_gap_pct": gap(best), "mean_sample_gap_pct": gap([np.nanmean(c) for c in costs]),
            "nearest_gap_pct": gap([s.cost for s in nearest]),
            "best_sample_beats_nearest": int(sum(b < s.cost for b, s in zip(best, nearest))),
            "policy_cpu_s": round(sample_s, 3), "nearest_cpu_s": round(nearest_s, 3)}


def generalization(problem: str, sizes=(200, 500), num: int = 8, cities=None, tag: str = "unseen",
                   augment: int = 8, baselines=("nearest", "ortools"), work_dir="outputs/testsets") -> list[dict]:
    """Evaluate the shipped policy on new test sets (with PyVRP references) at each size."""
    rows = []
    for n in sizes:
        out = Path(work_dir) / tag
        path = build_testset(problem, int(n), out, num=num, cities=cities)
        for r in evaluate(problem, path, augment=augment, baselines=baselines):
            rows.append({"test_set": f"{problem}_n{n}_{tag}", **r})
    return rows


def _grid(what: str, problems: list[str], sizes: list[int]) -> tuple[list, dict]:
    """The cells of ``what`` and the CSV columns that name a cell (see
    :class:`nco.benchrun.RunFile`)."""
    if what == "throughput":
        return list(benchrun.grid(problems, [what], [100], [0])), {"instance": "problem"}
    if what in ("decode", "seeds"):
        return list(benchrun.grid(problems, [what], sizes, [0])), {"instance": "problem", "budget": "n"}
    tag, sizes = ("train", [100]) if what == "cities" else ("unseen", sizes)
    sets = [(f"{p}_n{n}_{tag}", (p, n, tag)) for p in problems for n in sizes]
    return list(benchrun.grid(sets, [what], [0], [0])), {"instance": "test_set"}


def _cell_function(args):
    """``run_cell`` of :func:`nco.benchrun.run_grid` for ``args.what``."""
    def run(cell: benchrun.Cell):
        p, n = cell.instance, int(cell.budget)
        if args.what == "throughput":
            return throughput(p, batch=args.batch, augment=args.augment, repeats=args.repeats)
        if args.what == "decode":
            return decode_speed(p, n, num=args.num, repeats=args.repeats)
        if args.what == "seeds":
            return seed_quality(p, n, num=args.num)
        problem, size, tag = cell.data
        cities = load_split()["train"] if tag == "train" else None
        return generalization(problem, sizes=[size], num=args.num, cities=cities, tag=tag, augment=args.augment)

    return run


def main(argv=None) -> int:
    """Run one benchmark (``what``) and write its CSV and markdown table."""
    import torch  # torch only for this command, set before anything runs

    argv = list(sys.argv[1:] if argv is None else argv)
    ap = argparse.ArgumentParser(prog="python -m nco.neural.bench", description=__doc__.splitlines()[0])
    ap.add_argument("what", choices=WHAT)
    ap.add_argument("--problems", default="atsp,acvrp,acvrptw")
    ap.add_argument("--sizes", type=int, nargs="+", default=[200, 500])
    ap.add_argument("--num", type=int, default=8, help="instances per test set")
    ap.add_argument("--augment", type=int, default=8)
    ap.add_argument("--batch", type=int, default=4, help="throughput: instances in the batch")
    ap.add_argument("--repeats", type=int, default=1,
                    help="throughput: timed repetitions after a warm-up; decode: runs per instance, the least kept")
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--out", default=None, help="table path without suffix (default: results/neural/<what>)")
    ap.add_argument("--resume", action="store_true", help="keep the rows already in the CSV and run the rest")
    ap.add_argument("--force", action="store_true", help="replace earlier results")
    args = ap.parse_args(argv)
    torch.set_num_threads(args.threads)
    problems = [p for p in args.problems.split(",") if p]
    out = Path(args.out) if args.out else Path("results", "neural", args.what)
    out.parent.mkdir(parents=True, exist_ok=True)
    cells, key = _grid(args.what, problems, args.sizes)
    try:
        runs = benchrun.RunFile(out.with_suffix(".csv"), key=key, resume=args.resume, force=args.force)
    except InputError as exc:
        print(f"nco: error: {exc}", file=sys.stderr)
        return 2
    rows = benchrun.run_grid(cells, _cell_function(args), runs, desc=args.what, total=len(cells))
    md = benchrun.markdown_table(rows, title=f"{args.what} ({' '.join(problems)})")
    benchrun.write_markdown(out.with_suffix(".md"), md,
                            command=benchrun.command_line("python -m nco.neural.bench", argv))
    print(md)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
