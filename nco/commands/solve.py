"""Solve an instance file (VRPLIB, TSPLIB, Solomon or RRNCO .npz) and report the checked cost.

Examples
--------
::

    nco solve data/bench/cvrp/X/X-n101-k25.vrp --method pyvrp --time-limit 5 --json
    nco solve data/bench/vrptw/solomon/C101.txt --out C101.sol --plot C101.png
"""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path

from nco.errors import InputError


def add_arguments(parser) -> None:
    parser.add_argument("file", help="instance file (.vrp, .atsp, .tsp, Solomon .txt, RRNCO .npz)")
    parser.add_argument("--method", "-m", default=None,
                        help="solver name (pyvrp, ortools, nearest, ...); default: the best measured one")
    parser.add_argument("--time-limit", "-t", type=float, default=5.0, help="wall-clock seconds (default 5)")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    parser.add_argument("--index", type=int, default=0, help="which instance of a batch .npz (default 0)")
    parser.add_argument("--initial", default=None, help="a VRPLIB .sol file to start from")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--out", default=None, help="write the routes to this VRPLIB .sol file")
    parser.add_argument("--plot", default=None, help="draw the routes to this image file (.png, .svg, .pdf)")


def result_dict(sol, bks_cost: float | None) -> dict:
    """The ``--json`` object: instance, method, cost, feasible, routes, runtime_s, bks, gap_pct."""
    from nco.bks import gap_pct

    gap = gap_pct(sol.cost, bks_cost) if sol.feasible else None
    return {
        "instance": sol.instance.name,
        "method": sol.method,
        "cost": sol.cost,
        "feasible": sol.feasible,
        "routes": sol.routes,
        "runtime_s": round(sol.runtime_s, 4),
        "bks": bks_cost,
        "gap_pct": None if gap is None else round(gap, 4),
    }


def _check_output(path: str | None, what: str) -> Path | None:
    if path is None:
        return None
    p = Path(path)
    if p.is_dir():
        raise InputError(f"{what} is a directory, expected a file name", path=str(p))
    if not p.parent.exists():
        raise InputError(f"{what}: the folder {p.parent} does not exist", path=str(p))
    return p


def run(args) -> int:
    import nco
    import solvers
    from nco import bks

    if not (math.isfinite(args.time_limit) and args.time_limit > 0):
        raise InputError(f"--time-limit must be a positive number of seconds, got {args.time_limit:g}")
    out = _check_output(args.out, "--out")
    plot = _check_output(args.plot, "--plot")
    if args.method is not None:
        solvers.get(args.method)  # unknown names fail before the file is read
    inst = nco.read(args.file, index=args.index)
    initial = None
    if args.initial is not None:
        initial, _ = nco.read_solution(args.initial)
    from tqdm import tqdm

    # a time bar on a terminal (tqdm turns itself off when stderr is not one)
    with tqdm(total=round(args.time_limit, 2), unit="s", desc=inst.name, disable=None, file=sys.stderr,
              bar_format="{desc}: {percentage:3.0f}%|{bar}| {n:.1f}/{total:.1f} s{postfix}") as bar:
        def progress(elapsed, cost):
            bar.n = min(round(elapsed, 2), bar.total)
            bar.set_postfix_str(f"best {cost:g}")

        sol = nco.solve(inst, method=args.method, time_limit=args.time_limit, seed=args.seed, initial=initial,
                        progress=progress)
        bar.n = bar.total
        bar.refresh()
    rec = bks.for_instance(inst)
    res = result_dict(sol, None if rec is None else rec.cost)
    if out is not None:
        nco.write_solution(out, sol.routes, sol.cost)
    if plot is not None:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt

        ax = sol.plot()
        ax.figure.savefig(plot, dpi=120, bbox_inches="tight")
        plt.close(ax.figure)
    if args.json:
        print(json.dumps(res))
    else:
        state = "feasible" if sol.feasible else "INFEASIBLE"
        print(f"{inst!r}")
        print(f"method {sol.method}: cost {sol.cost:g} ({state}), {sol.num_routes} route(s), "
              f"{sol.runtime_s:.2f} s")
        if res["bks"] is not None:
            gap = "n/a" if res["gap_pct"] is None else f"{res['gap_pct']:.2f} %"
            print(f"best known {res['bks']:g}, gap {gap}")
        for v in sol.violations[:10]:
            print(f"  violation: {v}")
        if out is not None:
            print(f"routes written to {out}")
        if plot is not None:
            print(f"plot written to {plot}")
    if not sol.feasible:
        print(f"nco: warning: the solution is infeasible ({len(sol.violations)} violation(s))", file=sys.stderr)
    return 0
