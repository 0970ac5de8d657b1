"""Time per query of candidate routes plus their ranking, on extracts the
route code was never developed on.

For each ``.osm.pbf`` extract: loads the drivable graph, answers one query
to build the graph index (timed apart as ``first query``), then ``--pairs``
random origin-destination node pairs, each :func:`nco.routes.alternatives`
(k = 5) followed by :func:`nco.routes.rank`, timed separately and together.
Python imports and the model load are done before the clock starts::

    python -m nco.routes.querybench --osm-dir ../shared/osm --pairs 200 --out docs/results/routes --force

Writes ``queries.csv`` (one row per query) and ``queries.md`` (one row per city).
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import sys
import time
from pathlib import Path

import numpy as np

import nco.roads
from nco import benchrun, fsio
from nco.errors import InputError
from nco.routes import alternatives, rank
from nco.routes.graph import graph_index

#: Extracts new to the route code (neither used for training nor for testing CCN).
NEW_CITIES = ("baltimore", "harrisburg", "new_york", "paris", "krems", "bayreuth_north", "campo_grande")
#: The target per query, alternatives and ranking together (issue 13).
TARGET_MS = 100.0
_COLUMNS = ["city", "query", "candidates", "alternatives_ms", "rank_ms", "total_ms"]


def _one(G, a, b) -> dict | None:
    t0 = time.perf_counter()
    try:
        cands = alternatives(G, a, b, k=5)
    except InputError:
        return None  # unreachable pairs are skipped (the same for every method)
    t1 = time.perf_counter()
    rank(cands, context={"hour": 8})
    t2 = time.perf_counter()
    return {"candidates": len(cands), "alternatives_ms": 1000 * (t1 - t0), "rank_ms": 1000 * (t2 - t1),
            "total_ms": 1000 * (t2 - t0)}


def run_city(path: Path, pairs: int, seed: int = 0) -> tuple[list[dict], dict]:
    """Rows of the timed queries and the city's facts (nodes, first-query seconds)."""
    city = path.name.split("_centre")[0]
    G = nco.roads.load(path, mode="drive")
    nodes = list(G.nodes)
    t0 = time.perf_counter()
    graph_index(G)
    first = _one(G, nodes[0], nodes[-1])
    facts = {"city": city, "nodes": len(nodes), "first_s": time.perf_counter() - t0, "first_ok": first is not None}
    rng = np.random.default_rng(seed)
    rows = []
    for q in range(pairs):
        a, b = rng.choice(len(nodes), size=2, replace=False)
        r = _one(G, nodes[a], nodes[b])
        if r is not None:
            rows.append({"city": city, "query": q, **r})
    return rows, facts


def summary(rows: list[dict], facts: dict) -> dict:
    """One line of the markdown table."""
    tot = np.array([r["total_ms"] for r in rows])
    alt = np.array([r["alternatives_ms"] for r in rows])
    rk = np.array([r["rank_ms"] for r in rows])
    return {"city": facts["city"], "drive nodes": facts["nodes"], "queries": len(rows),
            "mean candidates": f"{np.mean([r['candidates'] for r in rows]):.2f}",
            "alternatives ms mean / p50": f"{alt.mean():.0f} / {np.median(alt):.0f}",
            "rank ms mean / p50": f"{rk.mean():.0f} / {np.median(rk):.0f}",
            "total ms mean / p50 / p95": f"{tot.mean():.0f} / {np.median(tot):.0f} / {np.percentile(tot, 95):.0f}",
            f"< {TARGET_MS:g} ms": f"{100 * (tot < TARGET_MS).mean():.0f} %",
            "first query (index) s": f"{facts['first_s']:.2f}"}


def _warm_up() -> None:
    """Imports and the ranking model, once, before any clock runs."""
    G = nco.roads.load("sydney", mode="drive")
    nodes = list(G.nodes)
    rank(alternatives(G, nodes[0], nodes[len(nodes) // 2], k=5))


def write(rows: list[dict], lines: list[dict], out: Path, force: bool, argv: list[str]) -> None:
    """``queries.csv`` and ``queries.md`` in ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=_COLUMNS, lineterminator="\n")
    w.writeheader()
    w.writerows({k: (round(v, 2) if isinstance(v, float) else v) for k, v in r.items()} for r in rows)
    csv_path = fsio.check_output(out / "queries.csv", "--out", force=force)
    md_path = fsio.check_output(out / "queries.md", "--out", force=force)
    fsio.write_text(csv_path, buf.getvalue())
    load = [round(x, 1) for x in os.getloadavg()] if hasattr(os, "getloadavg") else None
    text = ("# Candidate routes plus ranking per query, on extracts new to the route code\n\n"
            f"Machine: {os.cpu_count()} CPU cores; load average at the end {load}. k = 5; random node pairs;"
            " unreachable pairs skipped.\n\n" + benchrun.markdown_table(lines))
    benchrun.write_markdown(md_path, text, command=benchrun.command_line("python -m nco.routes.querybench", argv))


def main(argv: list[str] | None = None) -> int:
    """Time the queries; print a table, and write CSV and markdown with ``--out``."""
    argv = list(sys.argv[1:] if argv is None else argv)
    ap = argparse.ArgumentParser(prog="python -m nco.routes.querybench", description=__doc__.splitlines()[0])
    ap.add_argument("--osm-dir", required=True, help="folder holding <city>_centre.osm.pbf extracts")
    ap.add_argument("--cities", nargs="+", default=list(NEW_CITIES))
    ap.add_argument("--pairs", type=int, default=200)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", default=None, help="folder for queries.csv and queries.md")
    ap.add_argument("--force", action="store_true", help="replace result files that exist in --out")
    args = ap.parse_args(argv)
    paths = [Path(args.osm_dir) / f"{c}_centre.osm.pbf" for c in args.cities]
    missing = [p.name for p in paths if not p.is_file()]
    if missing:
        raise InputError(f"--osm-dir {args.osm_dir} lacks {', '.join(missing)}")
    _warm_up()
    rows, lines = [], []
    for p in paths:
        r, facts = run_city(p, args.pairs, args.seed)
        rows += r
        lines.append(summary(r, facts))
        print(" | ".join(str(v) for v in lines[-1].values()), flush=True)
    print(benchrun.markdown_table(lines))
    if args.out:
        write(rows, lines, Path(args.out), args.force, argv)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
