"""Benchmark of candidate-route generation on the bundled cities.

For ``--pairs`` random origin-destination node pairs per city (uniform over
the nodes of the drivable graph), runs :func:`nco.routes.alternatives` and
records the number of distinct candidates, their mean pairwise overlap
(shared length over the shorter route's length), the stretch of every
alternative over the fastest route, and the query time.  Writes
``alternatives.csv`` (one row per query) and ``alternatives.md`` (one row per
city) into ``--out`` (default ``results/routes`` under the working folder)::

    python -m nco.routes.bench --pairs 500 --out docs/results/routes --force

The cities are the cells of a :func:`nco.benchrun.run_grid` grid: the
queries of a city are appended to the CSV when the city is done, and
``--resume`` skips the cities already in it.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np
from tqdm.auto import tqdm

import nco.roads
from nco import benchrun
from nco.errors import InputError
from nco.roads import CITIES
from nco.routes.alternatives import alternatives
from nco.routes.graph import graph_index

#: the columns of ``alternatives.csv``
FIELDS = ["city", "query", "error", "candidates", "mean_overlap", "mean_stretch", "max_stretch", "fastest_min", "ms"]


def _index(city: str):
    """The city's drivable graph, its index and the graph's facts (size, index time)."""
    G = nco.roads.load(city)
    t0 = time.perf_counter()
    idx = graph_index(G)
    return G, idx, {"nodes": idx.n, "links": len(idx.u), "index_s": time.perf_counter() - t0}


def _query(G, o, t, k: int) -> dict:
    """The measures of one origin-destination query (rounded as the CSV keeps them)."""
    t1 = time.perf_counter()
    cands = alternatives(G, o, t, k=k)
    ms = 1000 * (time.perf_counter() - t1)
    comp = np.asarray(cands.attrs["comparison"])
    shared_col = cands.attrs["comparison_fields"].index("shared_fraction")
    n = len(cands)
    iu = np.triu_indices(n, 1)
    stretch = cands["stretch"].to_numpy()[1:]
    row = {"candidates": n, "mean_overlap": float(comp[:, :, shared_col][iu].mean()) if n > 1 else float("nan"),
           "mean_stretch": float(stretch.mean()) if n > 1 else float("nan"),
           "max_stretch": float(stretch.max()) if n > 1 else float("nan"),
           "fastest_min": float(cands["travel_time"].iloc[0] / 60), "ms": ms}
    return {f: round(v, 4) if isinstance(v, float) else v for f, v in row.items()}


def query_rows(city: str, pairs: int, k: int = 5, seed: int = 0, progress: bool = True,
               facts: dict | None = None) -> list[dict]:
    """One row per random origin-destination query in ``city``.

    Parameters
    ----------
    city
        A bundled city.
    pairs
        Number of queries.
    k
        Candidates asked for.
    seed
        Seed of the node pairs.
    progress
        Show a progress bar.
    facts
        When given, ``facts[city]`` gets the graph's size and index time.
    """
    G, idx, info = _index(city)
    if facts is not None:
        facts[city] = info
    rng = np.random.default_rng(seed)
    rows = []
    for q in tqdm(range(pairs), desc=f"alternatives {city}", unit="query", disable=not progress):
        a, b = rng.choice(idx.n, size=2, replace=False)
        try:
            rows.append({"city": city, "query": q, "error": "", **_query(G, idx.nodes[a], idx.nodes[b], k)})
        except InputError as exc:
            rows.append({"city": city, "query": q, "error": str(exc)})
    return rows


def summarise(city: str, rows: list[dict], k: int, facts: dict) -> dict:
    """The summary of one city's query rows (``facts``: see :func:`query_rows`)."""
    ok = [r for r in rows if not r.get("error")]
    many = [r for r in ok if r["candidates"] > 1]
    cnt = np.array([r["candidates"] for r in ok])
    ms = np.array([r["ms"] for r in ok])

    def agg(fn, col):
        return fn([r[col] for r in many]) if many else float("nan")

    return {
        **facts, "city": city, "queries": len(rows), "errors": len(rows) - len(ok),
        "mean_candidates": cnt.mean(), "share_ge3": float((cnt >= 3).mean()), "share_k": float((cnt >= k).mean()),
        "mean_overlap": agg(np.mean, "mean_overlap"), "mean_stretch": agg(np.mean, "mean_stretch"),
        "max_stretch": agg(np.max, "max_stretch"), "fastest_min": float(np.mean([r["fastest_min"] for r in ok])),
        "ms_mean": ms.mean(), "ms_p50": float(np.percentile(ms, 50)), "ms_p95": float(np.percentile(ms, 95)),
        "share_under_100ms": float((ms < 100).mean()),
    }


def run_city(city: str, pairs: int, k: int = 5, seed: int = 0, progress: bool = True) -> tuple[list[dict], dict]:
    """Query rows and a summary for one city."""
    facts: dict = {}
    rows = query_rows(city, pairs, k, seed, progress, facts)
    return rows, summarise(city, rows, k, facts[city])


def summary_markdown(summaries: list[dict], k: int, pairs: int) -> str:
    """The per-city table of ``alternatives.md``."""
    lines = [
        f"{pairs} random origin-destination node pairs per city, k = {k} (defaults: stretch <= 1.5, overlap <= 0.7).",
        "",
        ("| city | nodes | mean candidates | >= 3 | = k | mean pairwise overlap | mean stretch of alternatives | "
         "max stretch | fastest route (min) | query ms mean / p50 / p95 | < 100 ms | errors |"),
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for s in summaries:
        lines.append(
            f"| {s['city']} | {s['nodes']} | {s['mean_candidates']:.2f} | {s['share_ge3']:.0%} | {s['share_k']:.0%} | "
            f"{s['mean_overlap']:.2f} | {s['mean_stretch']:.3f} | {s['max_stretch']:.2f} | {s['fastest_min']:.1f} | "
            f"{s['ms_mean']:.0f} / {s['ms_p50']:.0f} / {s['ms_p95']:.0f} | {s['share_under_100ms']:.0%} | {s['errors']} |")
    return "\n".join(lines) + "\n"


def main(argv=None) -> int:
    """Run the benchmark over the bundled cities."""
    argv = list(sys.argv[1:] if argv is None else argv)
    p = argparse.ArgumentParser(prog="python -m nco.routes.bench", description=__doc__.splitlines()[0])
    p.add_argument("--pairs", type=int, default=500)
    p.add_argument("--k", type=int, default=5)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--cities", default=",".join(CITIES), help="comma-separated bundled cities")
    p.add_argument("--out", default="results/routes", help="output folder (default results/routes)")
    p.add_argument("--resume", action="store_true", help="keep the cities already in the CSV and run the rest")
    p.add_argument("--force", action="store_true", help="replace earlier results in --out")
    args = p.parse_args(argv)
    out = Path(args.out)
    cities = [c.strip() for c in args.cities.split(",") if c.strip()]
    try:
        out.mkdir(parents=True, exist_ok=True)
        runs = benchrun.RunFile(out / "alternatives.csv", FIELDS, {"instance": "city"}, resume=args.resume,
                                force=args.force)
    except (InputError, OSError) as exc:
        print(f"nco: error: {exc}", file=sys.stderr)
        return 2
    facts: dict = {}
    cells = list(benchrun.grid(cities, ["alternatives"], [args.k], [args.seed]))
    rows = benchrun.run_grid(cells, lambda c: query_rows(c.instance, args.pairs, args.k, args.seed, facts=facts),
                             runs, progress=False)
    summaries = []
    for city in cities:
        info = facts[city] if city in facts else _index(city)[2]  # a resumed city: measure its graph again
        s = summarise(city, [r for r in rows if r["city"] == city], args.k, info)
        summaries.append(s)
        print(f"{city}: {s['mean_candidates']:.2f} candidates, overlap {s['mean_overlap']:.2f}, "
              f"stretch {s['mean_stretch']:.3f}, {s['ms_mean']:.0f} ms mean, {s['ms_p95']:.0f} ms p95", flush=True)
    benchrun.write_markdown(out / "alternatives.md", summary_markdown(summaries, args.k, args.pairs),
                            command=benchrun.command_line("python -m nco.routes.bench", argv))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
