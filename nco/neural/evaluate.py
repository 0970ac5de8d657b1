"""Evaluate a policy checkpoint on a test set: ``nco eval --checkpoint acvrp --test-set acvrp_n100_unseen``.

Reports, per method, the mean cost, the mean gap to the test set's reference
costs (PyVRP), the share of feasible solutions (every cost and feasibility
from :func:`nco.check`) and the time per instance.  Besides the policy it can
run baselines on the same instances: ``nearest`` (nearest-neighbour
construction), ``ortools`` / ``pyvrp`` (with ``--baseline-time`` seconds
each), other policy checkpoints (``policy:<path>``) and the best Lightning
checkpoint of any ``nco train`` run, e.g. an rl4co baseline
(``lightning:<output_dir>``).  ``--out`` writes the table as CSV and markdown.

``python -m nco.neural.evaluate samebudget --runs outputs/samebudget`` compares
same-budget training runs (``<runs>/<problem>_<model>``) on the unseen-city
test sets and writes ``OUT.csv`` and ``OUT.md`` (``--out``).
"""

from __future__ import annotations

import argparse
import csv
import io
import re
import time
from pathlib import Path

import numpy as np

import nco
from nco import fsio
from nco.data.testsets import MAX_NUM, ensure, read_meta, shipped, shipped_names
from nco.errors import InputError
from nco.neural.embeddings import rl4co_vrptw_init_embedding
from nco.neural.policy import (
    MAX_EMBED_DIM,
    MAX_FF_HIDDEN,
    MAX_HEADS,
    MAX_LAYERS,
    POLICY_FOR,
    PROBLEMS,
    RRNCO_OPTIONS,
    Policy,
    check_options,
    check_size,
    check_state_dict,
    load_policy,
    torch_load,
)
from nco.npzsafe import NUMBERS, load_npz
from nco.progress import tqdm

#: Keys under which a test file may store reference costs, in order of preference.
REFERENCE_KEYS = ("reference_cost", "pyvrp_cost", "ref_cost", "reference", "costs")


#: The networks a training run's ``config.yaml`` may name (``model.policy._target_``).
#: Nothing else is ever built from a configuration: each is constructed by
#: explicit code from option values checked against the tables below.
LIGHTNING_NETWORKS = {
    "nco.neural.model.RRNCOPolicy": "rrnco",
    "rl4co.models.zoo.am.AttentionModelPolicy": "am",
    "rl4co.models.zoo.AttentionModelPolicy": "am",
    "rl4co.models.AttentionModelPolicy": "am",
    "rl4co.models.zoo.matnet.MatNetPolicy": "matnet",
    "rl4co.models.zoo.MatNetPolicy": "matnet",
    "rl4co.models.MatNetPolicy": "matnet",
}

_SIZES = {"embed_dim": (int, 1, MAX_EMBED_DIM), "num_encoder_layers": (int, 1, MAX_LAYERS),
          "num_heads": (int, 1, MAX_HEADS), "normalization": ("batch", "instance", "layer"),
          "use_graph_context": (True, False)}

#: Options of rl4co's attention model (POMO baselines) and their bounds.
AM_OPTIONS = {**_SIZES, "env_name": ("tsp", "atsp", "cvrp", "cvrptw"),
              "feedforward_hidden": (int, 1, MAX_FF_HIDDEN), "tanh_clipping": (float, 0.0, 100.0)}

#: Options of rl4co's MatNet and their bounds.
MATNET_OPTIONS = {**_SIZES, "env_name": ("atsp",), "bias": (True, False)}

#: The one node embedding a configuration may name (``model=pomo_tw``), and
#: the name runs made before it moved to ``nco.neural.embeddings`` carry.
VRPTW_EMBEDDING = "nco.neural.embeddings.rl4co_vrptw_init_embedding"
VRPTW_EMBEDDING_NAMES = (VRPTW_EMBEDDING, "nco.neural.train.rl4co_vrptw_init_embedding")

#: The largest ``config.yaml`` read.
MAX_CONFIG_BYTES = 1 << 20

#: Short names: ``<problem>_n<N>_unseen`` (test cities), ``<problem>_n<N>_train`` (training cities).
ALIASES = {"unseen": "test_cities", "test": "test_cities", "train": "train_cities"}


def resolve_test_set(name: str | Path) -> Path:
    """Path of a test set given by path or by name: a shipped set's stem
    (:func:`nco.data.testsets.shipped_names`) or ``<problem>_n<N>_unseen``."""

    p = Path(name)
    if p.suffix == ".npz" and ensure(p).exists():
        return p
    names, stem = shipped_names(), str(name)
    m = re.fullmatch(r"(atsp|acvrp|acvrptw)_n(\d+)_(\w+)", stem)
    if m and m.group(3) in ALIASES:
        stem = next(iter(_stems(m.group(1), int(m.group(2)), m.group(3))), stem)
    if stem in names:
        return shipped(stem)  # drawn from its recipe on first use
    raise InputError(f"no test set {str(name)!r}; known: {', '.join(names)}")


def load_test_set(name: str | Path, limit: int | None = None):
    """Instances and reference costs (or ``None``) of a test set."""

    path = resolve_test_set(name)
    read_meta(path)  # checks the file against the SHA-256 its .json names
    instances = nco.read_all(path)
    found = load_npz(path, {k: (NUMBERS, 2) for k in REFERENCE_KEYS}, max_elements=len(REFERENCE_KEYS) * MAX_NUM,
                     required=(), what="test set")
    ref = next((np.asarray(found[k], dtype=np.float64).reshape(-1) for k in REFERENCE_KEYS if k in found), None)
    if ref is not None and ref.shape[0] != len(instances):
        raise InputError(f"{ref.shape[0]} reference costs for {len(instances)} instances", path=str(path))
    if limit is not None:
        instances = instances[: int(limit)]
        ref = None if ref is None else ref[: int(limit)]
    return instances, ref


def _stems(problem: str, n: int, alias: str) -> list[str]:
    """The shipped test sets ``<problem>_n<n>_seed<S>_<kind>`` of an alias (``unseen``, ``train``), in stem order."""
    rx = re.compile(rf"{problem}_n{int(n)}_seed\d+_{ALIASES[alias]}")
    return [s for s in shipped_names() if rx.fullmatch(s)]


def load_unseen(problem: str, n: int, limit: int | None = None):
    """Instances and reference costs of every shipped unseen-city test set of ``problem`` at size ``n``
    (``<problem>_n<n>_seed<S>_test_cities``, in order of their stems), joined; the first ``limit``."""
    stems = _stems(problem, n, "unseen")
    if not stems:
        raise InputError(f"no shipped unseen-city test set of {problem} at N = {n}; known: {', '.join(shipped_names())}")
    parts = [load_test_set(s) for s in stems]
    instances = [i for insts, _ in parts for i in insts]
    refs = None if any(r is None for _, r in parts) else np.concatenate([r for _, r in parts])
    if limit is not None:
        instances, refs = instances[: int(limit)], None if refs is None else refs[: int(limit)]
    return instances, refs


def run_method(method: str, instances, *, checkpoint=None, augment: int = 8, num_starts=None,
               baseline_time: float = 1.0, progress: bool = True) -> tuple[list, float]:
    """Solve every instance with ``method``; returns solutions and wall seconds.

    ``method`` is ``neural`` (``checkpoint``), ``policy:<path>``,
    ``lightning:<run folder or .ckpt>`` (see :func:`load_lightning_policy`), or
    a name known to :func:`nco.solve` (run for ``baseline_time`` seconds each).
    """
    t0 = time.perf_counter()
    if method.startswith("lightning:"):
        policy = load_lightning_policy(method.split(":", 1)[1])
        sols = policy.solve(instances, num_starts=num_starts, augment=augment, progress=progress, method=method)
    elif method == "neural" or method.startswith("policy:"):
        ck = checkpoint if method == "neural" else method.split(":", 1)[1]
        if ck is None:
            ck = POLICY_FOR[instances[0].problem]
        policy = load_policy(ck)
        sols = policy.solve(instances, num_starts=num_starts, augment=augment, progress=progress, method=method)
    else:
        sols = [nco.solve(inst, method=method, time_limit=baseline_time, seed=0)
                for inst in tqdm(instances, desc=method, disable=not progress)]
    return sols, time.perf_counter() - t0


def lightning_files(spec: str | Path) -> tuple[Path, Path]:
    """The checkpoint and ``config.yaml`` of ``spec`` (a run's ``output_dir`` or a
    ``.ckpt`` in its ``checkpoints/``); :class:`InputError` when either is missing."""
    p = Path(spec)
    if p.is_dir():
        ckpt, run_dir = p / "checkpoints" / "best.ckpt", p
    elif p.suffix == ".ckpt":
        ckpt, run_dir = p, p.parent.parent
    else:
        raise InputError(f"no training run folder or .ckpt file {str(spec)!r}")
    if not ckpt.is_file():
        raise InputError(f"no Lightning checkpoint {str(ckpt)!r}")
    config = run_dir / "config.yaml"
    if not config.is_file():
        raise InputError(f"no config.yaml of the run beside {str(ckpt)!r} (nco train writes it)")
    return ckpt, config


def load_lightning_policy(spec: str | Path):
    """The policy of a training run's Lightning checkpoint, ready to solve instances.

    ``spec`` is the run's ``output_dir`` (its ``checkpoints/best.ckpt`` is
    loaded) or a ``.ckpt`` inside ``<output_dir>/checkpoints``.  The network
    is rebuilt from the run's saved ``config.yaml`` (written by ``nco train``)
    and gets the checkpoint's ``policy.*`` weights.  This is how rl4co
    baselines (``model=pomo``, ``pomo_tw``, ``matnet``), which keep no package
    checkpoint, are evaluated; RRNCO runs work too.  The returned object
    decodes like :class:`~nco.neural.policy.Policy` (multi-start greedy over
    coordinate augmentations, every solution scored by :func:`nco.check`);
    networks that read no coordinates (MatNet) are never augmented.

    Nothing in the configuration or checkpoint runs code: the network is
    one of :data:`LIGHTNING_NETWORKS`, built from checked plain values
    (:func:`build_lightning_network`), and the weights are read with
    ``torch.load(..., weights_only=True)``.

    Raises
    ------
    InputError
        When the folder, checkpoint or configuration is missing, damaged or
        names a network that is not allowed or too large, or the weights do
        not fit the network.
    """
    ckpt, config = lightning_files(spec)
    problem, net = build_lightning_network(config)
    blob = torch_load(ckpt, "Lightning checkpoint")
    if not isinstance(blob, dict) or not isinstance(blob.get("state_dict"), dict):
        raise InputError("not a Lightning checkpoint: no 'state_dict' dictionary", path=str(ckpt))
    state = {k[len("policy."):]: v for k, v in blob["state_dict"].items() if str(k).startswith("policy.")}
    check_state_dict(state, ckpt)
    try:
        net.load_state_dict(state)
    except RuntimeError as exc:
        raise InputError(f"checkpoint weights do not fit the run's network: {str(exc).splitlines()[0]}",
                         path=str(ckpt)) from None
    return LightningPolicy(net, problem, meta={"checkpoint": str(ckpt)})


def read_run_config(config) -> tuple[str, str, dict]:
    """The problem, network class name and network options of a run's
    ``config.yaml``, as plain values; nothing is instantiated.

    Raises
    ------
    InputError
        Not YAML, no ``env.problem`` or ``model.policy._target_``, or a
        problem or network that is not allowed (:data:`LIGHTNING_NETWORKS`).
    """
    from omegaconf import OmegaConf

    try:
        cfg = OmegaConf.create(fsio.read_bytes(config, "config.yaml", MAX_CONFIG_BYTES).decode("utf-8"))
        policy = OmegaConf.to_container(OmegaConf.select(cfg, "model.policy"), resolve=True)
        problem = OmegaConf.select(cfg, "env.problem")
    except InputError:
        raise
    except Exception as exc:  # YAML, UTF-8 and interpolation errors
        raise InputError(f"not a readable run configuration ({type(exc).__name__}: "
                         f"{str(exc).strip().splitlines()[0][:120] if str(exc).strip() else ''})",
                         path=str(config)) from None
    if problem not in PROBLEMS:
        raise InputError(f"env.problem must be one of {', '.join(PROBLEMS)}, got {str(problem)[:60]!r}",
                         path=str(config))
    if not isinstance(policy, dict) or policy.get("_target_") not in LIGHTNING_NETWORKS:
        target = policy.get("_target_") if isinstance(policy, dict) else None
        raise InputError(f"model.policy._target_ {str(target)[:80]!r} is not a network nco builds "
                         f"(allowed: {', '.join(sorted(set(LIGHTNING_NETWORKS)))})", path=str(config))
    target = policy.pop("_target_")
    return problem, target, policy


def build_lightning_network(config):
    """The problem and the untrained network of a run's ``config.yaml``.

    The class comes from :data:`LIGHTNING_NETWORKS` and every option is
    checked (:data:`~nco.neural.policy.RRNCO_OPTIONS`, :data:`AM_OPTIONS`,
    :data:`MATNET_OPTIONS`, :data:`~nco.neural.policy.MAX_PARAMETERS`) before
    the network is built.
    """
    problem, target, options = read_run_config(config)
    kind = LIGHTNING_NETWORKS[target]
    if kind == "rrnco":
        return problem, _rrnco(options, config)
    init = options.pop("init_embedding", None)
    allowed = AM_OPTIONS if kind == "am" else MATNET_OPTIONS
    opts = check_options(options, allowed, config, "model.policy")
    dim = opts.get("embed_dim", 128 if kind == "am" else 256)
    heads = opts.get("num_heads", 8 if kind == "am" else 16)
    if dim % heads:
        raise InputError(f"model.policy.num_heads ({heads}) must divide embed_dim ({dim})", path=str(config))
    check_size(opts.get("num_encoder_layers", 3 if kind == "am" else 5), dim, opts.get("feedforward_hidden", 512),
               config, factor=2 if kind == "matnet" else 1)
    if kind == "matnet":
        from rl4co.models.zoo.matnet import MatNetPolicy

        if init is not None:
            raise InputError("model.policy.init_embedding is not an option of MatNet", path=str(config))
        return problem, MatNetPolicy(**opts)
    from rl4co.models.zoo.am import AttentionModelPolicy

    return problem, AttentionModelPolicy(**opts, init_embedding=_init_embedding(init, dim, config))


def _rrnco(options: dict, config):
    from nco.neural.model import RRNCOConfig, RRNCOPolicy

    opts = check_options(options, RRNCO_OPTIONS, config, "model.policy")
    try:
        cfg = RRNCOConfig(**opts)
    except InputError as exc:
        raise InputError(f"model.policy: {exc}", path=str(config)) from None
    check_size(cfg.num_layers, cfg.embed_dim, cfg.ff_hidden, config)
    return RRNCOPolicy(**cfg.to_dict())


def _init_embedding(init, dim: int, config):
    """The node embedding a configuration names: none, or :data:`VRPTW_EMBEDDING`."""
    if init is None:
        return None
    if not isinstance(init, dict) or init.get("_target_") not in VRPTW_EMBEDDING_NAMES or \
            set(init) - {"_target_", "embed_dim"} or init.get("embed_dim", dim) != dim:
        raise InputError(f"model.policy.init_embedding must be {{_target_: {VRPTW_EMBEDDING}, embed_dim: {dim}}}",
                         path=str(config))
    return rl4co_vrptw_init_embedding(dim)


class LightningPolicy(Policy):
    """:class:`~nco.neural.policy.Policy` decoding for any rl4co constructive
    policy (see :func:`load_lightning_policy`)."""

    def __init__(self, net, problem: str, meta: dict | None = None):
        from rl4co.models.zoo.matnet import MatNetPolicy

        super().__init__(net, meta, problem=problem)
        self.reads_coordinates = not isinstance(net, MatNetPolicy)

    def __repr__(self) -> str:
        n = sum(p.numel() for p in self.net.parameters())
        return f"LightningPolicy({self.problem!r}, {type(self.net).__name__}, parameters={n:,})"

    def solve(self, instances, num_starts=None, augment: int = 8, progress: bool = False, method: str = "lightning"):
        """As :meth:`Policy.solve`; no augmentation for networks that read no
        coordinates; torch is seeded (MatNet draws random one-hot column
        embeddings), so results repeat."""
        import torch

        instances = self._check(instances)
        dim = getattr(getattr(self.net.encoder, "init_embedding", None), "embed_dim", None)
        if not self.reads_coordinates and dim is not None and max(i.n_nodes for i in instances) > dim:
            raise InputError(f"MatNet's one-hot column embedding needs embed_dim >= nodes: "
                             f"{max(i.n_nodes for i in instances)} nodes, embed_dim {dim}")
        torch.manual_seed(0)
        return super().solve(instances, num_starts=num_starts, augment=augment if self.reads_coordinates else 1,
                             progress=progress, method=method)


def summarise(method: str, sols, wall: float, reference) -> dict:
    """One table row: mean cost, mean gap (feasible solutions only), feasible share, time."""
    cost = np.array([s.cost for s in sols])
    feas = np.array([s.feasible for s in sols])
    row = {"method": method, "instances": len(sols), "feasible_pct": round(100.0 * feas.mean(), 2),
           "mean_cost": round(float(cost.mean()), 4), "gap_pct": None,
           "time_per_instance_s": round(wall / len(sols), 4)}
    if reference is not None:
        ok = feas & (reference > 0)
        if ok.any():
            row["gap_pct"] = round(float((100.0 * (cost[ok] - reference[ok]) / reference[ok]).mean()), 3)
    return row


def write_table(rows: list[dict], out: str | Path, title: str = "") -> tuple[Path, Path]:
    """Write ``rows`` as ``<out>.csv`` and ``<out>.md``."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    csv_path, md_path = out.with_suffix(".csv"), out.with_suffix(".md")
    keys = list(rows[0])
    with fsio.atomic_open(csv_path, "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=keys)
        w.writeheader()
        w.writerows(rows)
    lines = [f"### {title}", ""] if title else []
    lines += ["| " + " | ".join(keys) + " |", "|" + "---|" * len(keys)]
    for r in rows:
        lines.append("| " + " | ".join("" if r[k] is None else str(r[k]) for k in keys) + " |")
    fsio.write_text(md_path, "\n".join(lines) + "\n")
    return csv_path, md_path


def evaluate(checkpoint, test_set, augment: int = 8, num_starts=None, limit=None, baselines=(),
             baseline_time: float = 1.0, progress: bool = True) -> list[dict]:
    """Rows for the policy and each baseline on one test set."""
    instances, ref = load_test_set(test_set, limit=limit)
    for method in baselines:  # bad files fail before anything runs
        if method.startswith("lightning:"):
            load_lightning_policy(method.split(":", 1)[1])
        elif method.startswith("policy:"):
            load_policy(method.split(":", 1)[1])
    rows = []
    for method in ("neural", *baselines):
        sols, wall = run_method(method, instances, checkpoint=checkpoint, augment=augment,
                                num_starts=num_starts, baseline_time=baseline_time, progress=progress)
        rows.append(summarise(method if method != "neural" else f"neural:{checkpoint}", sols, wall, ref))
    return rows


def add_arguments(parser) -> None:
    parser.add_argument("--checkpoint", required=True,
                        help="shipped policy (atsp, acvrp, acvrptw) or path to an exported .pt")
    parser.add_argument("--test-set", required=True, help="test set name in data/testsets or a .npz path")
    parser.add_argument("--augment", type=int, default=8, help="coordinate augmentations, 1..8 (default 8)")
    parser.add_argument("--num-starts", type=int, default=None, help="POMO starts (default: every node, max 100)")
    parser.add_argument("--limit", type=int, default=None, help="evaluate the first LIMIT instances only")
    parser.add_argument("--baselines", default="",
                        help="comma-separated: nearest, ortools, pyvrp, policy:<path>, lightning:<run folder or .ckpt>")
    parser.add_argument("--baseline-time", type=float, default=1.0, help="seconds per instance for search baselines")
    parser.add_argument("--threads", type=int, default=None, help="torch CPU threads")
    parser.add_argument("--out", default=None, help="write the table to OUT.csv and OUT.md")


def run(args) -> int:
    import torch

    if args.threads:
        torch.set_num_threads(int(args.threads))
    baselines = [b.strip() for b in args.baselines.split(",") if b.strip()]
    rows = evaluate(args.checkpoint, args.test_set, augment=args.augment, num_starts=args.num_starts,
                    limit=args.limit, baselines=baselines, baseline_time=args.baseline_time)
    keys = list(rows[0])
    print("  ".join(f"{k:>18}" for k in keys))
    for r in rows:
        print("  ".join(f"{'' if r[k] is None else r[k]!s:>18}" for k in keys))
    if args.out:
        csv_path, md_path = write_table(rows, args.out, title=f"{args.test_set}, augment {args.augment}")
        print(f"wrote {csv_path} and {md_path}")
    return 0


# -- same-budget comparison of training runs ------------------------------------
def training_summary(run_dir: str | Path) -> dict:
    """Steps, CPU and wall seconds (``train_stats.json``) and the validation
    curve (``logs/metrics.csv``: elapsed minutes, cost) of one ``nco train`` run."""
    run_dir = Path(run_dir)
    stats_file = run_dir / "train_stats.json"
    if not stats_file.is_file():
        raise InputError(f"no train_stats.json in {str(run_dir)!r} (nco train writes it at the end)")
    stats = fsio.read_json_object(stats_file, "train_stats.json")
    curve = []
    metrics = run_dir / "logs" / "metrics.csv"
    if metrics.is_file():
        text = fsio.read_bytes(metrics, "metrics.csv").decode("utf-8", errors="replace")
        for line, r in enumerate(csv.DictReader(io.StringIO(text)), start=2):
            if r.get("val/reward") and r.get("time/elapsed_min"):
                try:
                    curve.append((int(r["step"]), float(r["time/elapsed_min"]), -float(r["val/reward"])))
                except (TypeError, ValueError):
                    raise InputError("step, time/elapsed_min or val/reward is not a number",
                                     path=str(metrics), line=line) from None
    return {**stats, "curve": curve}


def same_budget(runs: str | Path, problems=("atsp", "acvrp", "acvrptw"), sizes=(50, 100), limit: int = 16,
                augment: int = 8, baselines=(), baseline_time: float = 1.0,
                progress: bool = False) -> tuple[list[dict], dict]:
    """Rows comparing the runs ``<runs>/<problem>_<model>`` of each problem
    (``rrnco`` and its rl4co baseline, trained by ``nco train``) on the
    unseen-city test sets, and each run's validation curve (``(problem, model)``
    -> ``[(step, minutes, cost), ...]``).

    Each run's best Lightning checkpoint is evaluated with
    :func:`load_lightning_policy` (multi-start greedy x ``augment``; no
    augmentation for MatNet) on the first ``limit`` instances of
    ``<problem>_n<size>_unseen``; costs and feasibility come from the checker.
    ``baselines`` (e.g. ``nearest``, ``ortools`` for ``baseline_time`` seconds)
    run on the same instances.
    """
    runs = Path(runs)
    rows, curves = [], {}

    def row(problem, test_set, model, r, summ=None, val=(), note=""):
        summ = summ or {}
        return {"problem": problem, "test_set": test_set, "model": model,
                "train_steps": summ.get("steps"), "train_cpu_s": summ.get("cpu_s"),
                "train_wall_s": summ.get("wall_s"),
                "val_first": round(val[0], 3) if val else None, "val_best": round(min(val), 3) if val else None,
                "instances": r["instances"], "gap_pct": r["gap_pct"], "feasible_pct": r["feasible_pct"],
                "mean_cost": r["mean_cost"], "s_per_instance": r["time_per_instance_s"], "note": note}

    for problem in problems:
        dirs = sorted(d for d in runs.glob(f"{problem}_*") if d.is_dir() and (d / "train_stats.json").exists())
        dirs.sort(key=lambda d: d.name != f"{problem}_rrnco")
        if not dirs:
            raise InputError(f"no finished training run {problem}_<model> in {str(runs)!r}")
        test_sets = {f"{problem}_n{n}_unseen": load_test_set(f"{problem}_n{n}_unseen", limit=limit) for n in sizes}
        for d in dirs:
            summ = training_summary(d)
            model = d.name[len(problem) + 1:]
            curves[(problem, model)] = summ["curve"]
            val = [c for _, _, c in summ["curve"]]
            for test_set, (instances, ref) in test_sets.items():
                if not rows:  # first call: imports and set-up, not timed
                    run_method(f"lightning:{d}", instances[:1], augment=1, num_starts=2, progress=False)
                try:
                    sols, wall = run_method(f"lightning:{d}", instances, augment=augment, progress=progress)
                    r, note = summarise(model, sols, wall, ref), ""
                except InputError as exc:  # e.g. MatNet beyond its one-hot size
                    r = {"instances": len(instances), "gap_pct": None, "feasible_pct": None, "mean_cost": None,
                         "time_per_instance_s": None}
                    note = str(exc)
                rows.append(row(problem, test_set, model, r, summ, val, note))
        for test_set, (instances, ref) in test_sets.items():
            for method in baselines:
                sols, wall = run_method(method, instances, baseline_time=baseline_time, progress=progress)
                rows.append(row(problem, test_set, method, summarise(method, sols, wall, ref)))
    return rows, curves


def main(argv: list[str] | None = None) -> int:
    """``python -m nco.neural.evaluate samebudget --runs outputs/samebudget --out docs/results/neural/samebudget``."""

    import torch

    ap = argparse.ArgumentParser(prog="python -m nco.neural.evaluate",
                                 description="compare same-budget training runs on the unseen-city test sets")
    ap.add_argument("what", choices=["samebudget"])
    ap.add_argument("--runs", default="outputs/samebudget", help="folder of <problem>_<model> training runs")
    ap.add_argument("--problems", default="atsp,acvrp,acvrptw")
    ap.add_argument("--sizes", type=int, nargs="+", default=[50, 100])
    ap.add_argument("--limit", type=int, default=16)
    ap.add_argument("--augment", type=int, default=8)
    ap.add_argument("--baselines", default="nearest,ortools", help="comma-separated methods run on the same instances")
    ap.add_argument("--baseline-time", type=float, default=1.0, help="seconds per instance for search baselines")
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--out", default="results/neural/samebudget", help="write OUT.csv and OUT.md")
    args = ap.parse_args(argv)
    torch.set_num_threads(args.threads)
    rows, curves = same_budget(args.runs, [p for p in args.problems.split(",") if p], args.sizes,
                               limit=args.limit, augment=args.augment,
                               baselines=[b for b in args.baselines.split(",") if b],
                               baseline_time=args.baseline_time, progress=True)
    _, md = write_table(rows, args.out, title="Same training budget, unseen-city test sets")
    lines = ["", "### Validation curves (same validation instances per problem, training cities)", "",
             "| problem | model | (step, minutes, validation cost) after each epoch |", "|---|---|---|"]
    for (problem, model), pts in curves.items():
        lines.append(f"| {problem} | {model} | " + " ".join(f"({s}, {t:.1f}, {c:.3f})" for s, t, c in pts) + " |")
    fsio.write_text(md, md.read_text() + "\n".join(lines) + "\n")
    print(md.read_text())
    return 0


if __name__ == "__main__":
    from nco.cli import guard

    raise SystemExit(guard(main))
