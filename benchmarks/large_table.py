"""Time-to-quality table of the large suites, where no best-known costs exist.

Reads the run CSVs that ``nco bench`` wrote for the suites ``cvrp-large``
and ``cvrp-xl`` and writes one markdown table: per instance and method, the
cost at each budget as a gap (%) to the best cost any method reached on that
instance in these runs, so the methods are compared with each other.

    python benchmarks/large_table.py docs/results/cvrp-large-cpu/cvrp-large.csv \
        docs/results/cvrp-xl-cpu/cvrp-xl.csv --out docs/results/large.md --force
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

from nco import benchrun
from nco.bench import read_runs


def gaps(rows: list[dict]) -> tuple[dict, dict]:
    """``(best cost per instance, {(instance, method, budget): [gap %, ...]})`` over feasible runs."""
    best: dict[str, float] = {}
    for r in rows:
        if r["feasible"]:
            best[r["instance"]] = min(best.get(r["instance"], float("inf")), float(r["cost"]))
    out: dict[tuple, list[float]] = defaultdict(list)
    for r in rows:
        key = (r["instance"], r["method"], float(r["time_limit"]))
        out[key].append(100.0 * (float(r["cost"]) / best[r["instance"]] - 1.0) if r["feasible"] else float("nan"))
    return best, out


def table(rows: list[dict]) -> str:
    best, g = gaps(rows)
    methods = sorted({r["method"] for r in rows})
    budgets = sorted({float(r["time_limit"]) for r in rows})
    sizes = {r["instance"]: int(r["n_clients"]) for r in rows}
    cols = [(m, b) for m in methods for b in budgets if any(k[1:] == (m, b) for k in g)]
    head = "| instance | clients | best cost | " + " | ".join(f"{m} {b:g} s" for m, b in cols) + " |"
    lines = [head, "|---|---:|---:|" + "---:|" * len(cols)]
    for inst in sorted(best, key=sizes.get):
        cells = []
        for m, b in cols:
            vals = g.get((inst, m, b))
            cells.append("" if not vals else f"{sum(vals) / len(vals):.2f}")
        lines.append(f"| {inst} | {sizes[inst]} | {best[inst]:.0f} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def _labelled(spec: str) -> list[dict]:
    """The runs of ``CSV`` or ``CSV::LABEL`` (LABEL appended to every method
    name, to show two runs of one method side by side)."""
    path, _, label = spec.partition("::")
    rows = read_runs(path)
    for r in rows:
        r["method"] = f"{r['method']} ({label})" if label else r["method"]
    return rows


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("csv", nargs="+", help="run CSVs written by nco bench (CSV::LABEL marks its methods)")
    p.add_argument("--out", required=True, help="markdown file to write")
    p.add_argument("--force", action="store_true", help="replace --out")
    args = p.parse_args(argv)
    out = Path(args.out)
    if out.exists() and not args.force:
        print(f"{out} exists; pass --force to replace it", file=sys.stderr)
        return 2
    rows = [r for spec in args.csv for r in _labelled(spec)]
    md = ("Gap (%) to the best cost any method reached on the instance in these runs "
          "(CPU-second limits, one seed; blank: not run).\n\n" + table(rows))
    benchrun.write_markdown(out, md, command=benchrun.command_line("python benchmarks/large_table.py",
                                                                    [*args.csv, "--out", str(out), "--force"]))
    print(md, end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
