"""Solve an instance file (VRPLIB, TSPLIB, Solomon, RRNCO .npz or a VROOM-style .json) and report the checked cost.

A ``.json`` file is read as VROOM input (:func:`nco.read_json`); with
``--json`` the answer is VROOM's output format plus the checked ``cost``,
``feasible`` and ``violations``.  ``[lon, lat]`` locations take their road
matrices from ``--city NAME`` or ``--osm FILE``.

Examples
--------
::

    nco solve data/bench/cvrp/X/X-n101-k25.vrp --method pyvrp --time-limit 5 --json
    nco solve data/bench/vrptw/solomon/C101.txt --out C101.sol --plot C101.png --force
    nco solve data/bench/cvrp/X/X-n502-k39.vrp --iterations 2000 --seed 1 --json
    nco solve data/examples/dispatch_munich.json --city munich --json

Ctrl-C stops the search and prints the best solution found so far, marked
interrupted (exit code 130).
"""

from __future__ import annotations

import json
import math
import os
import sys
import threading
import time
import warnings
from pathlib import Path

import nco
from nco import bks, fsio, solvers, vroom
from nco.errors import InputError
from nco.solve import DEFAULT_TIME_LIMIT, default_method


def add_arguments(parser) -> None:
    parser.add_argument("file", help="instance file (.vrp, .atsp, .tsp, Solomon .txt, RRNCO .npz), or the name of "
                                     "a bundled benchmark instance (X-n101-k25, C101, ft70)")
    parser.add_argument("--method", "-m", default=None,
                        help="solver name (pyvrp, ortools, nearest, ...); default: the best measured one")
    parser.add_argument("--time-limit", "-t", type=float, default=None,
                        help="wall-clock seconds for the whole command, from its start: starting Python, reading the instance "
                             "and solving (default 5; none with --iterations alone)")
    parser.add_argument("--iterations", type=int, default=None,
                        help="stop after this many iterations (ILS iterations, GA offspring, OR-Tools solutions, "
                             "decoded rollouts); with a seed and no time limit the same answer on every run")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    parser.add_argument("--index", type=int, default=0, help="which instance of a batch .npz (default 0)")
    parser.add_argument("--initial", default=None, help="a VRPLIB .sol file to start from")
    parser.add_argument("--workers", type=int, default=None,
                        help="processes solving sub-problems at once (the decompose methods, the default from "
                             "5,000 clients; default 1)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--out", default=None, help="write the routes to this VRPLIB .sol file")
    parser.add_argument("--plot", default=None, help="draw the routes to this image file (.png, .svg, .pdf, ...)")
    parser.add_argument("--force", action="store_true", help="replace existing --out / --plot files")
    parser.add_argument("--schedule", action="store_true",
                        help="with --json: add the per-stop schedule (always there for depots, vehicle types, ...)")
    parser.add_argument("--city", default=None,
                        help="a VROOM .json with [lon, lat] locations: the bundled city whose roads give the matrices")
    parser.add_argument("--osm", default=None,
                        help="a VROOM .json with [lon, lat] locations: an OSM extract whose roads give the matrices")


def result_dict(sol, bks_cost: float | None, schedule: bool = False) -> dict:
    """The ``--json`` object: instance, method, cost, feasible, routes,
    runtime_s, bks, gap_pct and interrupted (Ctrl-C stopped the search);
    on an instance with rich fields (depots, vehicle types, ...) or with
    ``schedule``, also vehicle_types and the per-stop schedule."""

    gap = bks.gap_pct(sol.cost, bks_cost) if sol.feasible else None
    out = {
        "instance": sol.instance.name,
        "method": sol.method,
        "cost": sol.cost,
        "feasible": sol.feasible,
        "routes": sol.routes,
        "runtime_s": round(sol.runtime_s, 4),
        "bks": bks_cost,
        "gap_pct": None if gap is None else round(gap, 4),
        "interrupted": bool(sol.info.get("interrupted", False)),
    }
    if sol.instance.fields_used() or schedule:
        out["vehicle_types"] = sol.vehicle_types
        out["schedule"] = schedule_json(sol)
    return out


def schedule_json(sol) -> list[list[dict]]:
    """Per route, per stop: node, kind, arrival, wait, start, departure and
    load (a list, one entry per load dimension); empty when a route holds
    something other than client ids."""
    out = []
    for s in sol.schedules():
        out.append([{"node": int(v), "kind": "client" if v >= sol.instance.num_depots else
                     ("start" if i == 0 else "end"),
                     "arrival": float(s.arrival[i]), "wait": float(s.wait[i]), "start": float(s.start[i]),
                     "departure": float(s.departure[i]), "load": [float(x) for x in s.load[i]]}
                    for i, v in enumerate(s.nodes)])
    return out


def is_vroom_json(arg) -> bool:
    """Whether the input is a VROOM-style .json problem."""
    return str(arg).lower().endswith(".json")


def _check_limits(args) -> None:
    if args.time_limit is not None and not (math.isfinite(args.time_limit) and args.time_limit > 0):
        raise InputError(f"--time-limit must be a positive number of seconds, got {args.time_limit:g}")
    if args.iterations is not None and args.iterations < 1:
        raise InputError(f"--iterations must be a positive integer, got {args.iterations}")


def _check_outputs(args) -> tuple[Path | None, Path | None]:
    """``--out`` and ``--plot`` checked before anything is solved."""

    inputs = [args.file, args.initial]
    out = fsio.check_output(args.out, "--out", force=args.force, inputs=inputs)
    plot = fsio.check_output(args.plot, "--plot", force=args.force, inputs=inputs)
    if plot is not None:
        ext = plot.suffix.lower().lstrip(".")
        kinds = plot_formats()
        if ext not in kinds:
            raise InputError(f"--plot: unknown image format {plot.suffix or '(none)'!r}; use one of "
                             f"{', '.join('.' + k for k in sorted(kinds))}", path=str(plot))
    if out is not None and plot is not None and fsio.same_file(out, plot):
        raise InputError("--out and --plot name the same file", path=str(out))
    return out, plot


def plot_formats() -> set[str]:
    """File extensions matplotlib can save figures as."""
    from matplotlib.backend_bases import FigureCanvasBase

    return set(FigureCanvasBase.get_supported_filetypes())


class ProgressBar:
    """A time bar on a terminal (off when stderr is not one): elapsed
    wall-clock seconds against the time limit, and the best cost, redrawn
    by a timer thread so that it moves between improvements.  ``start`` (a
    ``time.perf_counter`` value, default now) is where the limit counts from."""

    def __init__(self, desc: str, total: float | None, interval: float = 0.25, file=None, disable=None,
                 start: float | None = None):
        from tqdm import tqdm

        fmt = ("{desc}: {percentage:3.0f}%|{bar}| {n:.1f}/{total:.1f} s{postfix}" if total is not None
               else "{desc}: {n:.1f} s{postfix}")
        self.bar = tqdm(total=total, desc=desc, disable=disable, file=file or sys.stderr, bar_format=fmt)
        self.total = total
        self.best = None
        self.t0 = time.perf_counter() if start is None else start
        self._stop = threading.Event()
        self._thread = None
        if not self.bar.disable:
            self._thread = threading.Thread(target=self._tick, args=(interval,), daemon=True)
            self._thread.start()

    def __enter__(self) -> "ProgressBar":
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
            self._draw()
        self.bar.close()

    def update(self, elapsed: float, cost: float) -> None:
        """The ``progress`` callback of :func:`nco.solve`: a new best cost."""
        self.best = cost

    def _tick(self, interval: float) -> None:
        while not self._stop.wait(interval):
            self._draw()

    def _draw(self) -> None:
        n = time.perf_counter() - self.t0
        self.bar.n = round(n if self.total is None else min(n, self.total), 1)
        if self.best is not None:
            self.bar.set_postfix_str(f"best {self.best:g}", refresh=False)
        self.bar.refresh()


def instance_path(arg: str) -> str | Path:
    """``arg``, or the bundled benchmark file of that name when no file
    ``arg`` exists (``nco solve X-n101-k25``)."""

    if Path(arg).exists():
        return arg
    return bks.bundled_instance(arg) or arg


def run(args) -> int:
    started = time.perf_counter() - process_age()
    _check_limits(args)
    out, plot = _check_outputs(args)
    if args.method is not None and args.method not in solvers.PROVIDERS:
        solvers.get(args.method)  # unknown names fail before the file is read
    vroom_in = is_vroom_json(args.file)
    if (args.city is not None or args.osm is not None) and not vroom_in:
        raise InputError("--city and --osm apply to a VROOM .json input only")
    if args.city is not None and args.osm is not None:
        raise InputError("give --city or --osm, not both")
    if vroom_in:
        inst = vroom.read_json(args.file, city=args.city, osm=args.osm)
    else:
        inst = nco.read(instance_path(args.file), index=args.index)
    initial = None
    if args.initial is not None:
        initial, _ = nco.read_solution(args.initial)
    total = args.time_limit if args.time_limit is not None or args.iterations is not None else 5.0
    extra = _workers_option(inst, args)
    with ProgressBar(inst.name, total, start=started) as bar, warnings.catch_warnings():
        warnings.showwarning = _show_warning
        sol = nco.solve(inst, method=args.method, time_limit=_time_left(args, started), seed=args.seed, initial=initial,
                        progress=bar.update, iterations=args.iterations, interruptible=True, **extra)
    rec = None if vroom_in else bks.for_instance(inst)
    res = result_dict(sol, None if rec is None else rec.cost, schedule=args.schedule)
    if args.json and vroom_in:
        print(json.dumps({**vroom.vroom_output(sol), "interrupted": res["interrupted"]}), flush=True)
    elif args.json:
        print(json.dumps(res), flush=True)
    else:
        _print_text(inst, sol, res)
    rc = _write_outputs(sol, out, plot, quiet=args.json)
    if not sol.feasible:
        print(f"nco: warning: the solution is infeasible ({len(sol.violations)} violation(s))", file=sys.stderr)
    if res["interrupted"]:
        return 130
    return rc


def _show_warning(message, category, filename, lineno, file=None, line=None) -> None:
    """Warnings during a solve as one line each, like errors."""
    text = " ".join(str(message).split())
    print(f"nco: warning: {text}", file=sys.stderr)


def _print_text(inst, sol, res: dict) -> None:
    state = "feasible" if sol.feasible else "INFEASIBLE"
    print(f"{inst!r}")
    print(f"method {sol.method}: cost {sol.cost:g} ({state}), {sol.num_routes} route(s), "
          f"{sol.runtime_s:.2f} s")
    if res["interrupted"]:
        print("interrupted (Ctrl-C): the best solution found until then")
    if res["bks"] is not None:
        gap = "n/a" if res["gap_pct"] is None else f"{res['gap_pct']:.2f} %"
        print(f"best known {res['bks']:g}, gap {gap}")
    for v in sol.violations[:10]:
        print(f"  violation: {v}")
    sys.stdout.flush()


def _write_outputs(sol, out: Path | None, plot: Path | None, quiet: bool) -> int:
    """Write ``--out`` and ``--plot`` after the result is printed; a failure
    is one line on stderr and exit code 2, never a traceback."""

    rc = 0
    for path, what, write in ((out, "--out", lambda p: nco.write_solution(p, sol.routes, sol.cost)),
                              (plot, "--plot", lambda p: _save_plot(sol, p))):
        if path is None:
            continue
        try:
            write(path)
        except Exception as exc:  # the result is out already: report, never a traceback
            reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            print(f"nco: error: {what}: {path}: not written ({reason})", file=sys.stderr)
            rc = 2
            continue
        if not quiet:
            print(f"{'routes' if what == '--out' else 'plot'} written to {path}")
    return rc


def _save_plot(sol, path: Path) -> None:
    """Draw the routes to ``path`` (written to a temporary file, then renamed)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    ax = sol.plot()
    try:
        with fsio.atomic_path(path) as tmp:
            ax.figure.savefig(tmp, dpi=120, bbox_inches="tight", format=path.suffix.lower().lstrip("."))
    finally:
        plt.close(ax.figure)


def _workers_option(inst, args) -> dict:
    """``{"workers": k}`` for a decompose method, refused for the others."""
    if args.workers is None:
        return {}
    method = args.method or default_method(inst, time_limit=args.time_limit)
    if not method.startswith("decompose"):
        raise InputError(f"--workers applies to the decompose methods, not {method!r}")
    return {"workers": args.workers}


#: The least time a solve gets when reading took the whole limit.
MIN_SOLVE_SECONDS = 0.1


def _time_left(args, started: float) -> float | None:
    """The time limit of the solve: ``--time-limit`` (default 5 s without
    ``--iterations``) less what the command took so far, from the start of
    the process (imports and reading the instance included), so that the
    command ends within its limit at any size."""
    limit = args.time_limit
    if limit is None and args.iterations is None:
        limit = DEFAULT_TIME_LIMIT
    if limit is None:
        return None
    return max(MIN_SOLVE_SECONDS, limit - (time.perf_counter() - started))


def process_age() -> float:
    """Seconds since this process started (Linux ``/proc``; 0 elsewhere)."""
    try:
        fields = Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        return max(0.0, uptime - int(fields[19]) / os.sysconf("SC_CLK_TCK"))
    except (OSError, ValueError, IndexError, AttributeError):
        return 0.0
