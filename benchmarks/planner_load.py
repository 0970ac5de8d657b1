"""City load times of the trip planner, cold and warm, per bundled extract.

Each load runs in a fresh Python process: ``cold`` with an empty user
cache (the road graph, the POIs and the gazetteer are built from the
extract and written to the cache), then ``warm`` runs with the cache filled
(the usual case from the second load of a city on).  The load is
:func:`nco.planner.plan.load_planner_city` with the gazetteer; Python
imports (the planner's modules and scipy, which every plan uses) are timed
apart::

    python benchmarks/planner_load.py --out docs/results/planner --force
    python benchmarks/planner_load.py --cities munich andorra --warm-runs 5

Writes ``load.csv`` (one row per run) and ``load.md`` into ``--out``.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from nco import benchrun, fsio

#: The target for a city load with the gazetteer (issue 13), in seconds.
TARGET_S = 3.0
_COLUMNS = ["city", "run", "imports_s", "graph_s", "pois_s", "snap_s", "gazetteer_s", "load_s",
            "nodes", "edges", "pois", "places"]


def child(city: str) -> dict:
    """Time one city load in this process (called in a fresh interpreter)."""
    t0 = time.perf_counter()
    import scipy.sparse.csgraph  # noqa: F401 - every plan needs scipy: its import is not part of a city
    import scipy.spatial  # noqa: F401

    from nco import roads
    from nco.planner import plan
    from nco.planner.pois import load_pois

    t1 = time.perf_counter()
    path = str(roads.city_extract(city).resolve())
    G = roads.load(path, mode="walk")
    t2 = time.perf_counter()
    pois = load_pois(path)
    t3 = time.perf_counter()
    roads.nearest_nodes(G, pois.lon, pois.lat)
    t4 = time.perf_counter()
    c = plan.load_planner_city(city)  # the same graph and POIs, then the gazetteer
    t5 = time.perf_counter()
    return {"city": city, "imports_s": t1 - t0, "graph_s": t2 - t1, "pois_s": t3 - t2, "snap_s": t4 - t3,
            "gazetteer_s": t5 - t4, "load_s": t5 - t1, "nodes": G.number_of_nodes(),
            "edges": G.number_of_edges(), "pois": len(pois), "places": len(c.gazetteer())}


def run_child(city: str, cache: str) -> dict:
    """One load of ``city`` in a fresh process using ``cache`` as the user cache."""
    env = {**os.environ, "NCO_CACHE": cache, "TQDM_DISABLE": "1"}
    res = subprocess.run([sys.executable, __file__, "--child", city], env=env, capture_output=True, text=True,
                         timeout=600, check=False)
    if res.returncode != 0:
        raise SystemExit(f"loading {city} failed: {(res.stderr.strip().splitlines() or ['?'])[-1]}")
    return json.loads(res.stdout.strip().splitlines()[-1])


def measure(cities: list[str], warm_runs: int) -> list[dict]:
    """One cold and ``warm_runs`` warm loads per city, each city with its own empty cache."""
    rows = []
    for city in cities:
        with tempfile.TemporaryDirectory(prefix="nco-load-") as cache:
            rows.append({**run_child(city, cache), "run": "cold"})
            rows += [{**run_child(city, cache), "run": f"warm{k + 1}"} for k in range(warm_runs)]
        print(_line(rows[-1 - warm_runs]), "|", _line(rows[-1]), flush=True)
    return rows


def _line(r: dict) -> str:
    return f"{r['city']:9s} {r['run']:5s} load {r['load_s']:.2f} s (imports {r['imports_s']:.2f} s)"


def summary(rows: list[dict]) -> list[dict]:
    """Per city: cold load, median warm load and its parts."""
    out = []
    for city in dict.fromkeys(r["city"] for r in rows):
        cold = next(r for r in rows if r["city"] == city and r["run"] == "cold")
        warm = [r for r in rows if r["city"] == city and r["run"] != "cold"]
        med = {k: statistics.median(r[k] for r in warm) for k in _COLUMNS[2:8]}
        out.append({"city": city, "walk graph nodes": cold["nodes"], "POIs": cold["pois"],
                    "gazetteer places": cold["places"], "load, cold (s)": f"{cold['load_s']:.2f}",
                    "load, warm (s)": f"{med['load_s']:.2f}", "graph, warm (s)": f"{med['graph_s']:.2f}",
                    "POIs, warm (s)": f"{med['pois_s']:.2f}", "snap (s)": f"{med['snap_s']:.2f}",
                    "gazetteer, warm (s)": f"{med['gazetteer_s']:.2f}", "imports (s)": f"{med['imports_s']:.2f}",
                    "imports + warm load (s)": f"{med['imports_s'] + med['load_s']:.2f}",
                    f"warm under {TARGET_S:g} s": "yes" if med["load_s"] < TARGET_S else "no"})
    return out


def write(rows: list[dict], out: Path, force: bool, argv: list[str]) -> None:
    """``load.csv`` and ``load.md`` in ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=_COLUMNS, extrasaction="ignore", lineterminator="\n")
    w.writeheader()
    w.writerows({k: (f"{v:.3f}" if isinstance(v, float) else v) for k, v in r.items()} for r in rows)
    csv_path = fsio.check_output(out / "load.csv", "--out", force=force)
    md_path = fsio.check_output(out / "load.md", "--out", force=force)
    fsio.write_text(csv_path, buf.getvalue())
    load = os.getloadavg() if hasattr(os, "getloadavg") else None
    text = ("# City load times of the trip planner\n\n"
            f"Machine: {os.cpu_count()} CPU cores; load average at the end {load and [round(x, 1) for x in load]}"
            " (other jobs shared the cores). Each load in a fresh process; cold = empty user cache, warm ="
            " the median of the loads that found the cache filled. Imports are timed apart.\n\n"
            + benchrun.markdown_table(summary(rows)))
    benchrun.write_markdown(md_path, text, command=benchrun.command_line("python benchmarks/planner_load.py", argv))


def main(argv: list[str] | None = None) -> int:
    """Measure the loads; print them, and write CSV and markdown with ``--out``."""
    from nco import roads

    argv = list(sys.argv[1:] if argv is None else argv)
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cities", nargs="+", default=list(roads.CITIES), choices=list(roads.CITIES))
    ap.add_argument("--warm-runs", type=int, default=3)
    ap.add_argument("--out", default=None, help="folder for load.csv and load.md")
    ap.add_argument("--force", action="store_true", help="replace result files that exist in --out")
    ap.add_argument("--child", default=None, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.child)))
        return 0
    rows = measure(args.cities, max(1, args.warm_runs))
    print(benchrun.markdown_table(summary(rows)))
    if args.out:
        write(rows, Path(args.out), args.force, argv)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
