"""VROOM against the other methods at VROOM's own time, instance by instance.

``nco bench`` gives every method the same time limits; this script gives
each method, on each instance, the CPU time VROOM takes there with its
default settings (exploration level 5, its highest; one thread; no
timeout: a wall-clock limit of ``--own-limit`` seconds that it does not
reach).  For every instance of the suite VROOM runs first and its CPU
seconds (the ``cpu_s`` column) are measured; then each other method gets
that many CPU seconds (``--clock process``, rounded up to 0.1 s, at most
``--cap``) on the same instance.  One CSV per suite in ``nco bench``'s
columns (``time_limit`` is each run's own budget), run through
:mod:`nco.benchrun` (``--resume`` continues it), and a markdown table.

``--summary`` gathers these tables and the ``nco bench`` tables at equal
CPU time into one markdown table and one plot.

Examples
--------
::

    python benchmarks/vroom_table.py --suite solomon --limit 12 --methods pyvrp,ga,ortools \\
        --out docs/results/vroom/own
    nco bench --suite solomon --limit 12 --methods vroom,pyvrp,ga,ortools --time-limits 5 \\
        --clock process --out docs/results/vroom/equal
    python benchmarks/vroom_table.py --summary docs/results/vroom
"""

from __future__ import annotations

import argparse
import math
import time
from pathlib import Path

import numpy as np

import nco
from nco import bench, benchrun, bks
from nco.cli import guard

#: the suites of the table, in the order they are shown
SUITES = ["solomon", "gh200", "gh400", "city-acvrptw-n100", "city-acvrptw-n500"]
OWN_LIMIT_S = 3600.0


def _row(inst, ref, method: str, budget: float, seed: int, sol, cpu: float) -> dict:
    gap = bks.gap_pct(sol.cost, ref) if sol.feasible and ref is not None else None
    return {"instance": inst.name, "n_clients": inst.n_clients, "method": method, "time_limit": budget,
            "seed": seed, "cost": sol.cost, "feasible": sol.feasible, "runtime_s": round(sol.runtime_s, 3),
            "bks": ref, "gap_pct": None if gap is None else round(gap, 4), "cpu_s": round(cpu, 3)}


def run_cell(cell: benchrun.Cell) -> dict:
    """One checked solve: VROOM with its own time (wall-clock limit it does
    not reach), every other method on CPU seconds."""
    inst, ref = cell.data
    clock = "wall" if cell.method == "vroom" else "process"
    cpu0 = time.process_time()
    sol = nco.solve(inst, method=cell.method, time_limit=cell.budget, seed=cell.seed, clock=clock)
    return _row(inst, ref, cell.method, cell.budget, cell.seed, sol, time.process_time() - cpu0)


def own_budget(vroom_cpu_s: float, cap: float | None) -> float:
    """The CPU seconds the other methods get: VROOM's, rounded up to 0.1 s
    (at least 0.1), at most ``cap``."""
    b = max(0.1, math.ceil(round(vroom_cpu_s * 10, 6)) / 10)
    return b if cap is None else min(b, cap)


def cells(instances, methods: list[str], seeds: list[int], runs: benchrun.RunFile, own_limit: float,
          cap: float | None):
    """VROOM's cell of each instance and seed, then the other methods' at
    the CPU time VROOM's run took (read from ``runs`` once it is there)."""
    for name, data in instances:
        for seed in seeds:
            first = benchrun.Cell(name, "vroom", own_limit, seed, data)
            yield first  # run_grid runs it (or finds it in the CSV) before asking for the next cell
            vroom_row = runs.done[runs.cell_key(first)][0]
            budget = own_budget(vroom_row["cpu_s"], cap)
            for m in methods:
                yield benchrun.Cell(name, m, budget, seed, data)


def run_own_time(suite_name: str, methods: list[str], seeds: list[int], out, limit=None, filter=None,
                 own_limit: float = OWN_LIMIT_S, cap: float | None = None, resume=False, force=False,
                 progress=True, count: int | None = None) -> list[dict]:
    """Run the grid of one suite (``count``: the first instances of a batch
    test set, instead of the suite's ``count``); rows as :data:`nco.bench.COLUMNS`."""
    suite = bench.load_suite(suite_name)
    if count is not None:
        suite.count = count
    methods = [m for m in methods if m != "vroom"]
    files = bench.instance_files(suite, None, filter, limit)
    Path(out).mkdir(parents=True, exist_ok=True)
    runs = benchrun.RunFile(Path(out) / f"{suite.name}.csv", bench.COLUMNS, bench.RUN_KEY, resume=resume,
                            force=force, read=bench.read_runs)
    insts = ((inst.name, (inst, ref)) for inst, ref in bench.suite_instances(files, suite))
    total = bench._count(files, suite) * len(seeds) * (1 + len(methods))
    return benchrun.run_grid(cells(insts, methods, seeds, runs, own_limit, cap), run_cell, runs,
                             progress=progress, desc=suite.name, total=total)


def complete(rows: list[dict]) -> list[dict]:
    """The rows of the instances (and seeds) that every method of the CSV has run."""
    methods = {r["method"] for r in rows}
    have: dict[tuple, set] = {}
    for r in rows:
        have.setdefault((r["instance"], r["seed"]), set()).add(r["method"])
    return [r for r in rows if have[(r["instance"], r["seed"])] == methods]


def _mean_gap(rows: list[dict]) -> str:
    gaps = [r["gap_pct"] for r in rows if r["feasible"] and r["gap_pct"] is not None]
    bad = sum(1 for r in rows if not r["feasible"])
    txt = f"{np.mean(gaps):.2f}" if gaps else "n/a"
    return txt + (f" ({bad} infeasible)" if bad else "")


def own_markdown(rows: list[dict], suite_name: str, cap: float | None) -> str:
    """Mean gap per method at VROOM's own time, and the per-instance table."""
    methods = ["vroom", *sorted({r["method"] for r in rows} - {"vroom"})]
    vroom = {(r["instance"], r["seed"]): r for r in rows if r["method"] == "vroom"}
    cpu = [r["cpu_s"] for r in vroom.values()]
    capped = [] if cap is None else [k for k, r in vroom.items() if r["cpu_s"] > cap]
    out = [f"Mean gap to the reference cost (%), suite `{suite_name}`, every method at the CPU time VROOM "
           "takes on each instance (exploration level 5, one thread, no timeout)"
           + (f", at most {cap:g} CPU s for the others" if cap is not None else "") + ".", "",
           "| instances | VROOM CPU s (mean, min-max) | " + " | ".join(methods) + " |",
           "|---:|---:|" + "---:|" * len(methods)]
    out.append(f"| {len({r['instance'] for r in rows})} | {np.mean(cpu):.1f} ({min(cpu):.1f}-{max(cpu):.1f}) | "
               + " | ".join(_mean_gap([r for r in rows if r["method"] == m]) for m in methods) + " |")
    share = [r["cpu_s"] / r["time_limit"] for r in rows if r["method"] != "vroom"]
    if share:
        out += ["", (f"CPU time used / budget of the other methods: mean {np.mean(share):.2f}, "
                    f"min {np.min(share):.2f}, max {np.max(share):.2f}.")]
    if capped:
        out += ["", f"VROOM took more than {cap:g} CPU s on {len(capped)} instance(s): "
                    + ", ".join(k[0] for k in capped) + "; the others had the cap there."]
    out += ["", "Per instance (cost / gap %; the others' budget is VROOM's CPU s rounded up to 0.1 s):", "",
            "| instance | clients | reference | VROOM CPU s | " + " | ".join(methods) + " |",
            "|---|---:|---:|---:|" + "---:|" * len(methods)]
    for (name, seed), v in sorted(vroom.items(), key=lambda kv: (kv[1]["n_clients"], kv[0])):
        cells_ = []
        for m in methods:
            rs = [r for r in rows if r["instance"] == name and r["seed"] == seed and r["method"] == m]
            if not rs:
                cells_.append("")
            elif not rs[0]["feasible"]:
                cells_.append("infeasible")
            else:
                g = rs[0]["gap_pct"]
                cells_.append(f"{rs[0]['cost']:g}" + ("" if g is None else f" / {g:.2f}"))
        ref = "" if v["bks"] is None else f"{v['bks']:g}"
        out.append(f"| {name} | {v['n_clients']} | {ref} | {v['cpu_s']:.1f} | " + " | ".join(cells_) + " |")
    return "\n".join(out) + "\n"


def summary(folder) -> str:
    """One table over every suite: mean gap per method at VROOM's own time
    (``<folder>/own``) and at equal CPU time (``<folder>/equal``, the
    ``nco bench`` runs); writes ``summary.md`` and ``summary.png``."""
    folder = Path(folder)
    own = {s: complete(bench.read_runs(folder / "own" / f"{s}.csv")) for s in SUITES
           if (folder / "own" / f"{s}.csv").exists()}
    eq = {s: complete(bench.read_runs(folder / "equal" / f"{s}.csv")) for s in SUITES
          if (folder / "equal" / f"{s}.csv").exists()}
    methods = ["vroom", "pyvrp", "ga", "ortools"]
    lines = [("Mean gap to the reference cost (%) per suite (best-known solutions for Solomon and "
             "Gehring-Homberger, the set's PyVRP reference for the city sets; lower is better)."), "",
             "| suite | instances | budget | " + " | ".join(methods) + " |", "|---|---:|---|" + "---:|" * len(methods)]
    panels = []
    for s in SUITES:
        for kind, data in (("VROOM's own time", own.get(s)), ("equal CPU time", eq.get(s))):
            if not data:
                continue
            if kind == "equal CPU time":
                for tl in sorted({r["time_limit"] for r in data}):
                    rs = [r for r in data if r["time_limit"] == tl]
                    gaps = [_mean_gap([r for r in rs if r["method"] == m]) for m in methods]
                    lines.append(f"| {s} | {len({r['instance'] for r in rs})} | {tl:g} CPU s each | "
                                 + " | ".join(gaps) + " |")
                    panels.append((s, f"{tl:g} CPU s", rs))
            else:
                cpu = [r["cpu_s"] for r in data if r["method"] == "vroom"]
                gaps = [_mean_gap([r for r in data if r["method"] == m]) for m in methods]
                lines.append(f"| {s} | {len(cpu)} | VROOM's own: {np.mean(cpu):.1f} CPU s mean "
                             f"({min(cpu):.1f}-{max(cpu):.1f}) | " + " | ".join(gaps) + " |")
                panels.append((s, "VROOM's time", data))
    text = "\n".join(lines) + "\n"
    benchrun.write_markdown(folder / "summary.md", text,
                            command=f"python benchmarks/vroom_table.py --summary {folder}")
    if panels:
        _plot(panels, methods, folder / "summary.png")
    return text


def _plot(panels, methods, path) -> Path:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    suites = list(dict.fromkeys(s for s, _, _ in panels))
    fig, axes = plt.subplots(1, len(suites), figsize=(3.6 * len(suites), 3.4), squeeze=False)
    width = 0.8 / len(methods)
    for ax, s in zip(axes[0], suites):
        ps = [(label, rs) for s2, label, rs in panels if s2 == s]
        for k, m in enumerate(methods):
            ys = []
            for _, rs in ps:
                g = [r["gap_pct"] for r in rs if r["method"] == m and r["feasible"] and r["gap_pct"] is not None]
                ys.append(np.mean(g) if g else np.nan)
            ax.bar(np.arange(len(ps)) + (k - (len(methods) - 1) / 2) * width, ys, width, label=m)
        ax.set_xticks(range(len(ps)), [label for label, _ in ps])
        ax.axhline(0, color="k", lw=0.6)
        ax.set_title(s)
        ax.grid(axis="y", alpha=0.3)
    axes[0][0].set_ylabel("mean gap to reference (%)")
    axes[0][-1].legend(fontsize=8)
    fig.tight_layout()
    return benchrun.write_png(fig, path)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    p.add_argument("--suite", help=f"a suite of configs/bench ({', '.join(SUITES)}, ...)")
    p.add_argument("--methods", default="pyvrp,ga,ortools", help="the methods run at VROOM's time")
    p.add_argument("--seeds", default="0")
    p.add_argument("--limit", type=int, default=None, help="only K instances, evenly spread over the suite")
    p.add_argument("--filter", default=None)
    p.add_argument("--count", type=int, default=None, help="only the first K instances of a batch test set")
    p.add_argument("--own-limit", type=float, default=OWN_LIMIT_S,
                   help=f"VROOM's wall-clock limit, far above what it takes (default {OWN_LIMIT_S:g})")
    p.add_argument("--cap", type=float, default=None, help="at most this many CPU s for the other methods")
    p.add_argument("--out", default="results/vroom-own")
    p.add_argument("--resume", action="store_true")
    p.add_argument("--force", action="store_true")
    p.add_argument("--no-progress", action="store_true")
    p.add_argument("--report", action="store_true",
                   help="only write the markdown of the runs already in the CSV (an unfinished grid: whole instances)")
    p.add_argument("--summary", default=None, metavar="FOLDER",
                   help="only gather FOLDER/own/*.csv and FOLDER/equal/*.csv into FOLDER/summary.md and .png")
    args = p.parse_args(argv)

    def go() -> int:
        if args.summary:
            print(summary(args.summary), end="")
            return 0
        if not args.suite:
            p.error("--suite or --summary is required")
        methods = [m for m in args.methods.split(",") if m]
        seeds = [int(s) for s in args.seeds.split(",") if s]
        if args.report:
            rows = complete(bench.read_runs(Path(args.out) / f"{bench.load_suite(args.suite).name}.csv"))
        else:
            rows = run_own_time(args.suite, methods, seeds, args.out, args.limit, args.filter, args.own_limit,
                                args.cap, args.resume, args.force, not args.no_progress, args.count)
        md = own_markdown(rows, bench.load_suite(args.suite).name, args.cap)
        argv_ = ["--suite", args.suite, "--methods", args.methods, "--seeds", args.seeds]
        for opt in ("limit", "filter", "count", "cap"):
            if getattr(args, opt) is not None:
                argv_ += [f"--{opt}", f"{getattr(args, opt):g}" if opt == "cap" else str(getattr(args, opt))]
        if args.own_limit != OWN_LIMIT_S:
            argv_ += ["--own-limit", f"{args.own_limit:g}"]
        cmd = benchrun.command_line("python benchmarks/vroom_table.py", [*argv_, "--out", str(args.out)])
        benchrun.write_markdown(Path(args.out) / f"{Path(args.suite).stem}.md", md, command=cmd)
        print(md, end="")
        return 0

    return guard(go)


if __name__ == "__main__":
    raise SystemExit(main())
