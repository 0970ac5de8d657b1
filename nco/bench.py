"""Benchmark methods x time limits x seeds over a suite of instances; write CSV + markdown + PNG.

Examples
--------
::

    nco bench --suite cvrp-x --methods pyvrp,ortools --time-limits 2,10 --out results/
    nco bench --suite atsp --methods pyvrp --time-limits 10 --out results/
    nco bench --suite cvrp-x-small --methods nearest,pyvrp --time-limits 1 --limit 2

A suite is ``configs/bench/<name>.yaml``::

    description: Uchoa et al. (2017) X instances
    root: bench                 # inside the bundled data (nco.resources.data), "testsets"
                                # (the shipped real-city test sets), an absolute path, or --data
    files: [cvrp/X/*.vrp]       # globs under root
    instances: [X-n101-k25]     # optional: only these names
    buckets: [[100, 200], [200, 500], [500, 1000]]   # client counts, lo <= n < hi; [n, n] is n
    fleet: unlimited            # or "name": k vehicles from "-k<k>" in the name
    groups: {near 100: [100, 150]}   # optional extra rows (client counts, inclusive)
    count: 8                    # batch .npz files (real-city test sets): the first 8 instances;
                                # their reference is the file's ``reference_cost``
    reference: none             # generated instances with no best-known cost (default: bks)

Method names come from the solver registry (:mod:`solvers`), so every
registered solver can be benchmarked without changes here. The peer
LKH-3 (``lkh``) of :mod:`nco.peers` needs the optional extra ``peers``
(HGS-CVRP, ``hgs``, is a dependency); VROOM (``vroom``, a registered solver) the extra
``vroom``.  Every run is
checked by :func:`nco.check`; the gap is to ``BKS.csv``
(:mod:`nco.bks`).  The grid runs through :func:`nco.benchrun.run_grid`: runs
are appended to the CSV as they finish, so a long benchmark can be resumed
(``--resume``); the markdown table ends with the command that regenerates it.
"""

from __future__ import annotations

import argparse
import csv
import dataclasses
import math
import re
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

import nco
from nco import benchrun, bks, resources, solvers
from nco.cli import guard
from nco.data.testsets import load_testset, restore, shipped_dir
from nco.earli import warm_up
from nco.errors import InputError
from nco.npzsafe import NUMBERS, npz_headers

SUITES_DIR = resources.config_dir() / "bench"
COLUMNS = ["instance", "n_clients", "method", "time_limit", "seed", "cost", "feasible", "runtime_s", "bks", "gap_pct",
           "cpu_s"]
#: ``cpu_s`` is the CPU time the process got during the run: with a wall-clock
#: limit on a shared machine, ``cpu_s / runtime_s`` well below 1 means the
#: solver had less than a core.


@dataclass
class Suite:
    """A benchmark suite (see the module docstring for the YAML keys)."""

    name: str
    files: list[str]
    root: str = "bench"
    description: str = ""
    instances: list[str] | None = None
    buckets: list[tuple[int, int]] = field(default_factory=lambda: [(100, 200), (200, 500), (500, 1000)])
    fleet: str = "unlimited"
    groups: dict[str, tuple[int, int]] = field(default_factory=dict)
    count: int | None = None
    reference: str = "bks"

    def __post_init__(self):
        if self.reference not in ("bks", "none"):
            raise InputError(f"suite {self.name!r}: reference must be 'bks' or 'none', got {self.reference!r}")
        if self.count is not None and (int(self.count) != self.count or self.count < 1):
            raise InputError(f"suite {self.name!r}: 'count' must be a positive integer, got {self.count!r}")
        if not self.files:
            raise InputError(f"suite {self.name!r}: 'files' lists no globs")
        try:
            self.buckets = [(int(lo), int(hi)) for lo, hi in self.buckets]
        except (TypeError, ValueError):
            raise InputError(f"suite {self.name!r}: 'buckets' must be a list of [lo, hi] pairs") from None
        if any(lo > hi for lo, hi in self.buckets):
            raise InputError(f"suite {self.name!r}: every bucket needs lo <= hi")
        if self.fleet not in ("unlimited", "name"):
            raise InputError(f"suite {self.name!r}: fleet must be 'unlimited' or 'name', got {self.fleet!r}")
        try:
            self.groups = {str(k): (int(v[0]), int(v[1])) for k, v in (self.groups or {}).items()}
        except (TypeError, ValueError, IndexError, AttributeError):
            raise InputError(f"suite {self.name!r}: 'groups' must map names to [lo, hi] pairs") from None

    def bucket(self, n_clients: int) -> str:
        """Label of the size bucket ``n_clients`` falls in (``lo <= n < hi``;
        the last bucket includes ``hi``; ``[n, n]`` is exactly ``n``), or
        ``"other"``."""
        last = len(self.buckets) - 1
        for k, (lo, hi) in enumerate(self.buckets):
            if lo <= n_clients < hi or (n_clients == hi and (k == last or lo == hi)):
                return _bucket_label(lo, hi)
        return "other"

    @property
    def bucket_labels(self) -> list[str]:
        return [_bucket_label(lo, hi) for lo, hi in self.buckets]


def _bucket_label(lo: int, hi: int) -> str:
    return str(lo) if lo == hi else f"{lo}-{hi}"


def suites() -> list[str]:
    """Names of the suites in ``configs/bench``."""
    return sorted(p.stem for p in SUITES_DIR.glob("*.yaml"))


def suite_root(root: str) -> Path:
    """The folder a suite's ``root`` names: ``testsets`` is the cache of the
    shipped real-city test sets (drawn on first use), any other relative
    path is inside the bundled data (``bench``), an absolute path is itself."""
    if root == "testsets":
        return shipped_dir()
    return resources.data(*Path(root).parts)


def load_suite(name: str) -> Suite:
    """Load suite ``name`` from ``configs/bench/<name>.yaml`` (or a YAML path)."""
    import yaml

    path = Path(name)
    if path.suffix not in (".yaml", ".yml"):
        path = SUITES_DIR / f"{name}.yaml"
    if not path.exists():
        raise InputError(f"unknown suite {name!r}; choose from {', '.join(suites())}")
    try:
        cfg = yaml.safe_load(path.read_text()) or {}
    except yaml.YAMLError as exc:
        raise InputError(f"not valid YAML ({exc})", path=str(path)) from None
    known = {f.name for f in dataclasses.fields(Suite)} - {"name"}
    unknown = set(cfg) - known
    if unknown:
        raise InputError(f"unknown key(s) {', '.join(sorted(unknown))}", path=str(path))
    return Suite(name=path.stem, **cfg)


def _natural(p: Path):
    return [int(t) if t.isdigit() else t for t in re.split(r"(\d+)", p.name)]


def instance_files(suite: Suite, data: str | Path | None = None, filter: str | None = None,
                   limit: int | None = None) -> list[Path]:
    """The instance files of ``suite``, in natural name order.

    Parameters
    ----------
    suite
        The suite.
    data
        Folder to read instead of the suite's ``root``.
    filter
        Keep files whose name (stem) matches this regular expression.
    limit
        Keep this many, evenly spread over the list (deterministic).
    """
    root = Path(data) if data is not None else suite_root(suite.root)
    if not root.is_dir():
        raise InputError("benchmark data folder not found", path=str(root))
    if any(g.endswith(".npz") for g in suite.files):
        restore(root)  # test sets kept as recipes are drawn again on first use
    files = sorted({p for g in suite.files for p in root.glob(g) if p.is_file()}, key=_natural)
    if suite.instances is not None:
        keep = set(suite.instances)
        files = [p for p in files if p.stem in keep]
    if filter:
        try:
            rx = re.compile(filter)
        except re.error as exc:
            raise InputError(f"--filter is not a valid regular expression ({exc})") from None
        files = [p for p in files if rx.search(p.stem)]
    if limit is not None:
        if limit < 1:
            raise InputError(f"--limit must be positive, got {limit}")
        if limit < len(files):
            idx = np.unique(np.round(np.linspace(0, len(files) - 1, limit)).astype(int))
            files = [files[i] for i in idx]
    if not files:
        raise InputError(f"suite {suite.name!r}: no instance files match {suite.files}", path=str(root))
    return files


def fleet_from_name(instance):
    """``instance`` limited to the k vehicles that ``-k<k>`` in its name states
    (the classic CVRPLIB sets state their best-known costs for that fleet);
    unchanged for ATSP and for names without ``-k<k>``."""
    m = re.search(r"-k(\d+)", instance.name)
    if m and instance.problem != "atsp":
        return dataclasses.replace(instance, num_vehicles=int(m.group(1)))
    return instance


def apply_fleet(instance, suite: Suite):
    """``instance`` with the fleet the suite asks for (``fleet: name``: see
    :func:`fleet_from_name`; ``unlimited``: unchanged)."""
    return fleet_from_name(instance) if suite.fleet == "name" else instance


def _count(files, suite: Suite) -> int:
    n = 0
    for p in files:
        if p.suffix == ".npz":
            shape = npz_headers(p, {"distance_matrix": (NUMBERS, 3)}, what="test set")["distance_matrix"][0]
            b = shape[0] if len(shape) == 3 else 1
            n += b if suite.count is None else min(b, suite.count)
        else:
            n += 1
    return n


def suite_instances(files, suite: Suite):
    """(instance, reference cost) for every instance of the suite's files: the
    BKS table for single-instance files, ``reference_cost`` for batch ``.npz``."""
    for path in files:
        if path.suffix == ".npz":
            insts, refs, _ = load_testset(path)
            for b, inst in enumerate(insts[: suite.count]):
                yield inst, None if refs is None else float(refs[b])
        else:
            inst = nco.read(path)
            rec = bks.for_instance(inst)  # the file's data; the set's fleet rule is the BKS's own
            yield apply_fleet(inst, suite), None if rec is None else rec.cost


def read_runs(path) -> list[dict]:
    """The runs of a benchmark CSV, typed."""
    rows = []
    with Path(path).open(newline="") as fh:
        for r in csv.DictReader(fh):
            rows.append({
                "instance": r["instance"], "n_clients": int(r["n_clients"]), "method": r["method"],
                "time_limit": float(r["time_limit"]), "seed": int(r["seed"]),
                "cost": float(r["cost"]), "feasible": r["feasible"] == "True",
                "runtime_s": float(r["runtime_s"]),
                "bks": float(r["bks"]) if r["bks"] else None,
                "gap_pct": float(r["gap_pct"]) if r["gap_pct"] else None,
                "cpu_s": float(r["cpu_s"]) if r.get("cpu_s") else None,
            })
    return rows


def run_suite(suite: Suite, methods: list[str], time_limits: list[float], seeds: list[int], out,
              data=None, filter: str | None = None, limit: int | None = None, resume: bool = False,
              progress: bool = True, clock: str = "wall", force: bool = False, backend: str = "serial",
              workers: int | None = None, address: str | None = None) -> list[dict]:
    """Run every method x time limit x seed on every instance of ``suite``.

    Returns the runs (dicts with :data:`COLUMNS`) and writes them to
    ``out/<suite>.csv`` as they finish (atomically, by
    :func:`nco.benchrun.run_grid`).  An existing CSV is refused unless
    ``resume`` (runs already in it are kept and not repeated) or ``force``
    (it is replaced).  ``clock="process"`` gives each solver CPU seconds
    instead of wall-clock seconds (only solvers that take a ``clock``
    option: pyvrp, ortools); on a shared machine this measures quality per
    CPU second whatever the load.  With an ``earli`` method the policy is
    loaded and its speed measured once, before the first timed run
    (:func:`nco.earli.warm_up`): a long-lived process pays that once.

    ``backend="local"`` or ``"ray"`` spreads the runs of each method x time
    limit x seed over ``workers`` processes or a Ray cluster at ``address``
    (:func:`nco.solve_many`); use ``clock="process"`` with it, so that runs
    sharing a machine keep comparable budgets.  ``cpu_s`` is then left empty
    (the CPU time is the workers').
    """
    for m in methods:
        solvers.get(m)
    files = instance_files(suite, data, filter, limit)
    runs = benchrun.RunFile(_runs_path(out, suite), COLUMNS, RUN_KEY, resume=resume, force=force, read=read_runs)
    instances = ((inst.name, (inst, ref)) for inst, ref in suite_instances(files, suite))
    cells = benchrun.grid(instances, methods, time_limits, seeds)
    total = _count(files, suite) * len(methods) * len(time_limits) * len(seeds)
    if backend != "serial":
        return _run_parallel(list(cells), runs, clock, dict(backend=backend, workers=workers, address=address,
                                                            progress=progress))
    return benchrun.run_grid(cells, _solver_cell(methods, clock), runs, progress=progress, desc=suite.name,
                             total=total)


def _run_parallel(cells: list, runs, clock: str, spread: dict) -> list[dict]:
    """The cells not yet in ``runs``, grouped by method x time limit x seed,
    each group solved by :func:`nco.solve_many`; all rows in grid order."""
    todo: dict[tuple, list] = {}
    for cell in cells:
        if runs.done.get(runs.cell_key(cell)) is None:
            todo.setdefault((cell.method, cell.budget, cell.seed), []).append(cell)
    for (method, budget, seed), group in todo.items():
        sols = nco.solve_many([c.data[0] for c in group], method=method, time_limit=budget, seed=seed,
                              clock=clock, **spread)
        runs.add([_row(c.data[0], c.data[1], method, budget, seed, sol, None) for c, sol in zip(group, sols)])
    return [r for cell in cells for r in runs.done[runs.cell_key(cell)]]


def _row(inst, ref, method: str, budget: float, seed: int, sol, cpu: float | None) -> dict:
    gap = bks.gap_pct(sol.cost, ref) if sol.feasible else None
    return {"instance": inst.name, "n_clients": inst.n_clients, "method": method, "time_limit": budget,
            "seed": seed, "cost": sol.cost, "feasible": sol.feasible, "runtime_s": round(sol.runtime_s, 3),
            "bks": ref, "gap_pct": None if gap is None else round(gap, 4),
            "cpu_s": None if cpu is None else round(cpu, 3)}


#: the columns of :data:`COLUMNS` that name a run's cell (see :class:`nco.benchrun.RunFile`)
RUN_KEY = {"instance": "instance", "method": "method", "budget": "time_limit", "seed": "seed"}


def _solver_cell(methods: list[str], clock: str):
    """The cell function of :func:`run_suite`: one checked solve, its gap to the reference."""
    warm = [not any(m.startswith("earli") for m in methods)]

    def run(cell: benchrun.Cell) -> dict:
        inst, ref = cell.data
        if not warm[0]:
            # load the policy and measure its speed once, outside every timed run
            warm_up(inst, clock=clock)
            warm[0] = True
        cpu0 = time.process_time()
        extra = {} if clock == "wall" else {"clock": clock}
        sol = nco.solve(inst, method=cell.method, time_limit=cell.budget, seed=cell.seed, **extra)
        return _row(inst, ref, cell.method, cell.budget, cell.seed, sol, time.process_time() - cpu0)

    return run


def _runs_path(out, suite: Suite) -> Path:
    """``out/<suite>.csv``; ``out`` is created when missing."""
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise InputError("--out: expected a folder, found a file", path=str(out))
    out.mkdir(parents=True, exist_ok=True)
    return out / f"{suite.name}.csv"


def _label(method: str, tl: float) -> str:
    return f"{method} {tl:g} s"


def summary_markdown(rows: list[dict], suite: Suite) -> str:
    """Mean gap (%) per size bucket, method and time limit, and per instance.

    Means are over feasible runs with a BKS (instances x seeds); a cell says
    how many runs were infeasible when some were.  Runs below the BKS are
    listed (for proven optima that would be a checker or data error).
    """
    cols = sorted({(r["method"], r["time_limit"]) for r in rows}, key=lambda c: (c[0], c[1]))
    by_bucket: dict[str, list[dict]] = {}
    for r in rows:
        by_bucket.setdefault(suite.bucket(r["n_clients"]), []).append(r)
    labels = [b for b in [*suite.bucket_labels, "other"] if b in by_bucket]

    def cell(rs):
        gaps = [r["gap_pct"] for r in rs if r["feasible"] and r["gap_pct"] is not None]
        bad = sum(1 for r in rs if not r["feasible"])
        txt = f"{np.mean(gaps):.2f}" if gaps else "n/a"
        return txt + (f" ({bad} infeasible)" if bad else "")

    head = "| clients | instances | " + " | ".join(_label(m, t) for m, t in cols) + " |"
    out = [f"Mean gap to the best-known cost (%), suite `{suite.name}`.", "", head,
           "|---|---:|" + "---:|" * len(cols)]
    for b in [*labels, "all"]:
        rs = rows if b == "all" else by_bucket[b]
        n_inst = len({r["instance"] for r in rs})
        cells = [cell([r for r in rs if (r["method"], r["time_limit"]) == c]) for c in cols]
        name = "**all**" if b == "all" else b
        out.append(f"| {name} | {n_inst} | " + " | ".join(cells) + " |")
    for g, (lo, hi) in suite.groups.items():
        rs = [r for r in rows if lo <= r["n_clients"] <= hi]
        if rs:
            n_inst = len({r["instance"] for r in rs})
            cells = [cell([r for r in rs if (r["method"], r["time_limit"]) == c]) for c in cols]
            out.append(f"| {g} ({lo}-{hi}) | {n_inst} | " + " | ".join(cells) + " |")
    runtimes = [r["runtime_s"] / r["time_limit"] for r in rows]
    if runtimes:
        out += ["", (f"Runtime / time limit over {len(rows)} runs: mean {np.mean(runtimes):.3f}, "
                     f"max {np.max(runtimes):.3f}.")]
    share = [r["cpu_s"] / r["runtime_s"] for r in rows if r.get("cpu_s") is not None and r["runtime_s"] > 0.05]
    if share:
        out[-1] += (f" CPU time / wall time (the share of a core the solver got): mean {np.mean(share):.2f}, "
                    f"min {np.min(share):.2f}.")
    below = [r for r in rows if r["feasible"] and r["gap_pct"] is not None and r["gap_pct"] < -1e-9]
    if below:
        out += ["", "Runs below the best-known cost:", ""]
        out += [f"- {r['instance']} {_label(r['method'], r['time_limit'])} seed {r['seed']}: "
                f"{r['cost']:g} < {r['bks']:g}" for r in below]
    else:
        gaps = [r["gap_pct"] for r in rows if r["feasible"] and r["gap_pct"] is not None]
        if gaps:
            out += ["", f"No run is below its best-known cost (lowest gap {min(gaps):.2f} %)."]
    out += ["", *_per_instance(rows, cols)]
    return "\n".join(out) + "\n"


def _per_instance(rows: list[dict], cols: list[tuple]) -> list[str]:
    """The per-instance table of :func:`summary_markdown`: mean cost / gap over seeds."""
    insts = sorted({(r["n_clients"], r["instance"]) for r in rows})
    out = ["Per instance (mean over seeds; cost / gap %):", "",
           "| instance | clients | BKS | " + " | ".join(_label(m, t) for m, t in cols) + " |",
           "|---|---:|---:|" + "---:|" * len(cols)]
    for n, name in insts:
        rs = [r for r in rows if r["instance"] == name]
        ref = rs[0]["bks"]
        cells = []
        for c in cols:
            cr = [r for r in rs if (r["method"], r["time_limit"]) == c]
            feas = [r for r in cr if r["feasible"]]
            if not cr:
                cells.append("")
            elif not feas:
                cells.append("infeasible")
            else:
                cost = np.mean([r["cost"] for r in feas])
                gaps = [r["gap_pct"] for r in feas if r["gap_pct"] is not None]
                cells.append(f"{cost:g} / {np.mean(gaps):.2f}" if gaps else f"{cost:g}")
        out.append(f"| {name} | {n} | {'' if ref is None else f'{ref:g}'} | " + " | ".join(cells) + " |")
    return out


def plot_gap_vs_time(rows: list[dict], suite: Suite, path) -> Path:
    """Time-to-quality curves: mean gap vs time limit, one line per method,
    one panel per size bucket and one for all instances."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import matplotlib.ticker

    groups = [b for b in suite.bucket_labels if any(suite.bucket(r["n_clients"]) == b for r in rows)]
    panels = [*groups, "all"] if len(groups) > 1 else ["all"]
    fig, axes = plt.subplots(1, len(panels), figsize=(4 * len(panels), 3.4), squeeze=False)
    methods = sorted({r["method"] for r in rows})
    for ax, b in zip(axes[0], panels):
        rs = rows if b == "all" else [r for r in rows if suite.bucket(r["n_clients"]) == b]
        for m in methods:
            tls = sorted({r["time_limit"] for r in rs if r["method"] == m})
            ys = []
            for t in tls:
                g = [r["gap_pct"] for r in rs if r["method"] == m and r["time_limit"] == t
                     and r["feasible"] and r["gap_pct"] is not None]
                ys.append(np.mean(g) if g else np.nan)
            ax.plot(tls, ys, marker="o", label=m)
        ax.set_xscale("log")
        ticks = sorted({r["time_limit"] for r in rs})
        ax.set_xticks(ticks, [f"{t:g}" for t in ticks])
        ax.xaxis.set_minor_locator(matplotlib.ticker.NullLocator())
        ax.set_xlabel("time limit (s)")
        ax.set_title(f"{suite.name}: {b}" + ("" if b == "all" else " clients"))
        ax.grid(alpha=0.3)
    axes[0][0].set_ylabel("mean gap to BKS (%)")
    axes[0][-1].legend()
    fig.tight_layout()
    return benchrun.write_png(fig, path)


def _csv_list(text: str, typ, what: str) -> list:
    try:
        vals = [typ(v) for v in text.split(",") if v.strip()]
    except ValueError:
        raise InputError(f"{what} must be a comma-separated list, got {text!r}") from None
    if not vals:
        raise InputError(f"{what} is empty")
    return vals


def add_arguments(parser) -> None:
    parser.add_argument("--suite", required=True, help=f"suite name in configs/bench ({', '.join(suites())}) or a YAML file")
    parser.add_argument("--methods", default="pyvrp", help="comma-separated solver names (default pyvrp; the peer lkh "
                        "needs the extra 'peers')")
    parser.add_argument("--time-limits", default="2,10", help="comma-separated seconds (default 2,10)")
    parser.add_argument("--seeds", default="0", help="comma-separated seeds (default 0)")
    parser.add_argument("--out", default="results", help="output folder (default results/)")
    parser.add_argument("--data", default=None, help="benchmark folder to read instead of the suite's root")
    parser.add_argument("--limit", type=int, default=None, help="only K instances, evenly spread over the suite")
    parser.add_argument("--filter", default=None, help="only instances whose name matches this regular expression")
    parser.add_argument("--clock", choices=["wall", "process"], default="wall",
                        help="time limits in wall-clock seconds (default) or CPU seconds of the process")
    parser.add_argument("--backend", choices=["serial", "local", "ray"], default="serial",
                        help="serial (default), local (a process pool) or ray (a Ray cluster, `pip install "
                             "'nco[ray]'`); with local or ray use --clock process")
    parser.add_argument("--workers", type=int, default=None, help="processes for --backend local (default: CPUs)")
    parser.add_argument("--address", default=None, help="Ray cluster address for --backend ray (default: a local one)")
    parser.add_argument("--resume", action="store_true", help="keep the runs already in the CSV and do the rest")
    parser.add_argument("--force", action="store_true", help="replace earlier results in --out")
    parser.add_argument("--no-progress", action="store_true", help="no progress bar")


def run(args) -> int:
    suite = load_suite(args.suite)
    methods = _csv_list(args.methods, str, "--methods")
    tls = _csv_list(args.time_limits, float, "--time-limits")
    if any(not (math.isfinite(t) and t > 0) for t in tls):
        raise InputError(f"--time-limits must be positive seconds, got {args.time_limits!r}")
    seeds = _csv_list(args.seeds, int, "--seeds")
    rows = run_suite(suite, methods, tls, seeds, args.out, data=args.data, filter=args.filter,
                     limit=args.limit, resume=args.resume, progress=not args.no_progress, clock=args.clock,
                     force=args.force, backend=args.backend, workers=args.workers, address=args.address)
    out = Path(args.out)
    md = summary_markdown(rows, suite)
    if args.clock != "wall":
        md = md.replace("\n", f" Time limits are CPU seconds of the process (`--clock {args.clock}`).\n", 1)
    benchrun.write_markdown(out / f"{suite.name}.md", md, command=regenerate_command(args))
    png = plot_gap_vs_time(rows, suite, out / f"{suite.name}.png")
    print(md, end="")
    print(f"\nruns: {out / (suite.name + '.csv')}\ntable: {out / (suite.name + '.md')}\nplot: {png}")
    return 0


def regenerate_command(args) -> str:
    """The ``nco bench`` command line that runs the same grid as ``args``."""
    argv = ["--suite", args.suite, "--methods", args.methods, "--time-limits", args.time_limits,
            "--seeds", args.seeds]
    for opt in ("filter", "limit", "data"):
        if getattr(args, opt) is not None:
            argv += [f"--{opt}", str(getattr(args, opt))]
    if args.clock != "wall":
        argv += ["--clock", args.clock]
    if getattr(args, "backend", "serial") != "serial":
        argv += ["--backend", args.backend] + (["--workers", str(args.workers)] if args.workers else [])
    return benchrun.command_line("nco bench", [*argv, "--out", str(args.out)])


def main(argv: list[str] | None = None) -> int:
    """``python -m nco.bench ...``: the same as ``nco bench ...``."""
    parser = argparse.ArgumentParser(prog="nco bench", description=__doc__.strip().splitlines()[0])
    add_arguments(parser)
    args = parser.parse_args(argv)
    return guard(lambda: run(args))


if __name__ == "__main__":
    raise SystemExit(main())
