"""Check a solution file against an instance, or every instance that has a .sol beside it.

Examples
--------
::

    nco check data/bench/cvrp/X/X-n101-k25.vrp data/bench/cvrp/X/X-n101-k25.sol
    nco check --all data/bench --out docs/results/check

The checker's cost must equal the cost the ``.sol`` file states, and the
solution must be feasible.  Where ``BKS.csv`` holds a lower cost than the
file (a newer best-known solution), the summary says so.
"""

from __future__ import annotations

import csv
import io
import math
import sys
from dataclasses import asdict, dataclass
from pathlib import Path

import nco
from nco import bks, fsio
from nco.errors import InputError

#: Instance file suffixes looked for beside a ``.sol`` file, in this order.
INSTANCE_SUFFIXES = (".vrp", ".txt", ".atsp", ".tsp")


def add_arguments(parser) -> None:
    parser.add_argument("instance", nargs="?", help="instance file (or, with --all, a folder)")
    parser.add_argument("solution", nargs="?", help="VRPLIB .sol file")
    parser.add_argument("--all", metavar="DIR", default=None,
                        help="check every instance under DIR that has a .sol file beside it")
    parser.add_argument("--out", default=None,
                        help="with --all: folder for the summary (check.csv and check.md)")
    parser.add_argument("--force", action="store_true", help="with --out: replace an existing summary")
    parser.add_argument("--tol", type=float, default=1e-6, help="cost tolerance (default 1e-6)")


@dataclass
class Row:
    """The check of one ``.sol`` file."""

    set: str
    instance: str
    n_clients: int | None
    stated_cost: float | None
    cost: float | None
    cost_matches: bool
    feasible: bool
    bks: float | None
    note: str


def check_file(instance_path, solution_path, tol: float = 1e-6, root: Path | None = None) -> Row:
    """Check one ``.sol`` file against its instance.

    Parameters
    ----------
    instance_path, solution_path
        The instance and the VRPLIB ``.sol`` file.
    tol
        Absolute tolerance between the checker's cost and the stated cost.
    root
        Folder that ``set`` is reported relative to.

    Returns
    -------
    Row
        Stated and checked cost, feasibility, the BKS and a note (the first
        violation, a cost mismatch, or a lower BKS).
    """
    return _check(instance_path, solution_path, tol, root)[0]


def _check(instance_path, solution_path, tol: float, root: Path | None):
    ip = Path(instance_path)
    set_name = str(ip.parent.relative_to(root)) if root is not None else ip.parent.name
    inst = nco.read(ip)
    routes, stated = nco.read_solution(solution_path)
    res = nco.check(inst, routes)
    rec = bks.for_instance(inst)
    notes = []
    matches = stated is not None and abs(res.cost - stated) <= tol
    if stated is None:
        notes.append("the .sol states no cost")
    elif not matches:
        notes.append(f"checker cost {res.cost:g} differs from stated {stated:g}")
    if not res.feasible:
        notes.append(f"infeasible: {res.violations[0]}")
    if rec is not None and rec.cost < res.cost - tol:
        notes.append(f"BKS.csv holds a lower cost {rec.cost:g} (a newer best-known solution; the .sol is older)")
    row = Row(set_name, inst.name, inst.n_clients, stated, res.cost, bool(matches), res.feasible,
              None if rec is None else rec.cost, "; ".join(notes))
    return row, res


def check_all(folder, tol: float = 1e-6, progress: bool = True) -> list[Row]:
    """Check every instance under ``folder`` that has a ``.sol`` file beside it."""
    from tqdm import tqdm

    root = Path(folder)
    if not root.exists():
        raise InputError("no such folder", path=str(root))
    if not root.is_dir():
        raise InputError("--all needs a folder", path=str(root))
    pairs = []
    for sol in sorted(root.rglob("*.sol")):
        inst = next((sol.with_suffix(s) for s in INSTANCE_SUFFIXES if sol.with_suffix(s).exists()), None)
        if inst is not None:
            pairs.append((inst, sol))
    if not pairs:
        raise InputError("no instance with a .sol file beside it", path=str(root))
    rows = []
    for inst, sol in tqdm(pairs, desc="check", unit="sol", disable=not progress, file=sys.stderr):
        try:
            rows.append(check_file(inst, sol, tol, root))
        except InputError as exc:
            rows.append(Row(str(inst.parent.relative_to(root)), inst.stem, None, None, None, False, False,
                            None, f"error: {exc}"))
    return rows


def summary_markdown(rows: list[Row]) -> str:
    """Per-set summary and a list of every ``.sol`` with a note."""
    by_set: dict[str, list[Row]] = {}
    for r in rows:
        by_set.setdefault(r.set, []).append(r)
    out = ["| set | .sol files | checker cost = stated | feasible | BKS.csv lower than .sol |",
           "|---|---:|---:|---:|---:|"]
    for s, rs in sorted(by_set.items()):
        lower = sum(1 for r in rs if r.bks is not None and r.cost is not None and r.bks < r.cost - 1e-6)
        out.append(f"| {s} | {len(rs)} | {sum(r.cost_matches for r in rs)} | {sum(r.feasible for r in rs)} | {lower} |")
    lower = sum(1 for r in rows if r.bks is not None and r.cost is not None and r.bks < r.cost - 1e-6)
    out.append(f"| **all** | {len(rows)} | {sum(r.cost_matches for r in rows)} | "
               f"{sum(r.feasible for r in rows)} | {lower} |")
    noted = [r for r in rows if r.note]
    if noted:
        out += ["", "| set | instance | stated | checker | BKS | note |", "|---|---|---:|---:|---:|---|"]
        for r in noted:
            out.append(f"| {r.set} | {r.instance} | {_fmt(r.stated_cost)} | {_fmt(r.cost)} | {_fmt(r.bks)} | {r.note} |")
    return "\n".join(out) + "\n"


def _fmt(v) -> str:
    return "" if v is None else f"{v:g}"


def write_summary(rows: list[Row], folder) -> tuple[Path, Path]:
    """Write ``check.csv`` (one row per ``.sol``) and ``check.md`` into ``folder``."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    csv_path, md_path = folder / "check.csv", folder / "check.md"
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=list(Row.__dataclass_fields__))
    w.writeheader()
    for r in rows:
        w.writerow(asdict(r))
    fsio.write_text(csv_path, buf.getvalue())
    fsio.write_text(md_path, summary_markdown(rows))
    return csv_path, md_path


def _check_tol(tol: float) -> float:
    if not (math.isfinite(tol) and tol >= 0):
        raise InputError(f"--tol must be a finite number >= 0, got {tol:g}")
    return tol


def _check_summary_folder(folder, force: bool) -> None:
    p = Path(folder)
    if p.exists() and not p.is_dir():
        raise InputError("--out: expected a folder, found a file", path=str(p))
    for name in ("check.csv", "check.md"):
        fsio.check_output(p / name, "--out", force=force) if p.is_dir() else None


def run(args) -> int:
    _check_tol(args.tol)
    if args.all is not None:
        if args.instance is not None:
            raise InputError("give either --all DIR or INSTANCE SOLUTION, not both")
        if args.out is not None:
            _check_summary_folder(args.out, args.force)
        rows = check_all(args.all, args.tol)
        print(summary_markdown(rows), end="")
        if args.out is not None:
            csv_path, md_path = write_summary(rows, args.out)
            print(f"summary written to {csv_path} and {md_path}")
        ok = all(r.cost_matches and r.feasible for r in rows)
        return 0 if ok else 1
    if args.instance is None or args.solution is None:
        raise InputError("nco check needs INSTANCE and SOLUTION files (or --all DIR)")
    row, res = _check(args.instance, args.solution, args.tol, None)
    print(f"{row.instance}: cost {row.cost:g}, {'feasible' if row.feasible else 'INFEASIBLE'}, "
          f"{len(res.route_costs)} route(s)")
    if row.stated_cost is not None:
        print(f"stated cost {row.stated_cost:g}: {'matches' if row.cost_matches else 'DIFFERS'}")
    if row.bks is not None:
        print(f"best known {row.bks:g}, gap {100.0 * (row.cost - row.bks) / row.bks:.2f} %")
    for v in res.violations:
        print(f"violation: {v}")
    return 0 if row.feasible and (row.stated_cost is None or row.cost_matches) else 1
