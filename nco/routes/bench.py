"""Benchmark of candidate-route generation on the bundled cities.

For ``--pairs`` random origin-destination node pairs per city (uniform over
the nodes of the drivable graph), runs :func:`nco.routes.alternatives` and
records the number of distinct candidates, their mean pairwise overlap
(shared length over the shorter route's length), the stretch of every
alternative over the fastest route, and the query time.  Writes
``alternatives.csv`` (one row per query) and ``alternatives.md`` (one row per
city)::

    python -m nco.routes.bench --pairs 500 --out docs/results/routes
"""

from __future__ import annotations

import argparse
import csv
import time
from pathlib import Path

import numpy as np

from nco.errors import InputError


def run_city(city: str, pairs: int, k: int = 5, seed: int = 0, progress: bool = True) -> tuple[list[dict], dict]:
    """Query rows and a summary for one city."""
    import nco.roads
    from nco.routes.alternatives import alternatives
    from nco.routes.graph import graph_index

    G = nco.roads.load(city)
    t0 = time.perf_counter()
    idx = graph_index(G)
    build_s = time.perf_counter() - t0
    rng = np.random.default_rng(seed)
    rows = []
    it = range(pairs)
    if progress:
        from tqdm.auto import tqdm

        it = tqdm(it, desc=f"alternatives {city}", unit="query")
    for q in it:
        a, b = rng.choice(idx.n, size=2, replace=False)
        o, t = idx.nodes[a], idx.nodes[b]
        t1 = time.perf_counter()
        try:
            cands = alternatives(G, o, t, k=k)
        except InputError as exc:
            rows.append({"city": city, "query": q, "error": str(exc)})
            continue
        ms = 1000 * (time.perf_counter() - t1)
        comp = np.asarray(cands.attrs["comparison"])
        shared_col = cands.attrs["comparison_fields"].index("shared_fraction")
        n = len(cands)
        iu = np.triu_indices(n, 1)
        overlap = float(comp[:, :, shared_col][iu].mean()) if n > 1 else float("nan")
        stretch = cands["stretch"].to_numpy()[1:]
        rows.append({"city": city, "query": q, "error": "", "candidates": n, "mean_overlap": overlap,
                     "mean_stretch": float(stretch.mean()) if n > 1 else float("nan"),
                     "max_stretch": float(stretch.max()) if n > 1 else float("nan"),
                     "fastest_min": float(cands["travel_time"].iloc[0] / 60), "ms": ms})
    ok = [r for r in rows if not r["error"]]
    cnt = np.array([r["candidates"] for r in ok])
    ms = np.array([r["ms"] for r in ok])
    ov = np.array([r["mean_overlap"] for r in ok if r["candidates"] > 1])
    st = np.array([r["mean_stretch"] for r in ok if r["candidates"] > 1])
    mx = np.array([r["max_stretch"] for r in ok if r["candidates"] > 1])
    summary = {
        "city": city, "nodes": idx.n, "links": len(idx.u), "index_s": build_s, "queries": len(rows),
        "errors": len(rows) - len(ok), "mean_candidates": cnt.mean(), "share_ge3": float((cnt >= 3).mean()),
        "share_k": float((cnt >= k).mean()), "mean_overlap": ov.mean() if len(ov) else float("nan"),
        "mean_stretch": st.mean() if len(st) else float("nan"), "max_stretch": mx.max() if len(mx) else float("nan"),
        "fastest_min": float(np.mean([r["fastest_min"] for r in ok])),
        "ms_mean": ms.mean(), "ms_p50": float(np.percentile(ms, 50)), "ms_p95": float(np.percentile(ms, 95)),
        "share_under_100ms": float((ms < 100).mean()),
    }
    return rows, summary


def write(rows: list[dict], summaries: list[dict], out: Path, k: int, pairs: int) -> None:
    """``alternatives.csv`` (queries) and ``alternatives.md`` (summary table)."""
    out.mkdir(parents=True, exist_ok=True)
    fields = ["city", "query", "error", "candidates", "mean_overlap", "mean_stretch", "max_stretch", "fastest_min", "ms"]
    with open(out / "alternatives.csv", "w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=fields)
        w.writeheader()
        for r in rows:
            w.writerow({f: (round(r[f], 4) if isinstance(r.get(f), float) else r.get(f, "")) for f in fields})
    lines = [
        f"{pairs} random origin-destination node pairs per city, k = {k} (defaults: stretch <= 1.5, overlap <= 0.7).",
        "",
        "| city | nodes | mean candidates | >= 3 | = k | mean pairwise overlap | mean stretch of alternatives | "
        "max stretch | fastest route (min) | query ms mean / p50 / p95 | < 100 ms | errors |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for s in summaries:
        lines.append(
            f"| {s['city']} | {s['nodes']} | {s['mean_candidates']:.2f} | {s['share_ge3']:.0%} | {s['share_k']:.0%} | "
            f"{s['mean_overlap']:.2f} | {s['mean_stretch']:.3f} | {s['max_stretch']:.2f} | {s['fastest_min']:.1f} | "
            f"{s['ms_mean']:.0f} / {s['ms_p50']:.0f} / {s['ms_p95']:.0f} | {s['share_under_100ms']:.0%} | {s['errors']} |")
    (out / "alternatives.md").write_text("\n".join(lines) + "\n")


def main(argv=None) -> int:
    """Run the benchmark over the bundled cities."""
    from nco.roads import CITIES

    p = argparse.ArgumentParser(prog="python -m nco.routes.bench", description=__doc__.splitlines()[0])
    p.add_argument("--pairs", type=int, default=500)
    p.add_argument("--k", type=int, default=5)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--cities", default=",".join(CITIES), help="comma-separated bundled cities")
    p.add_argument("--out", default="docs/results/routes")
    args = p.parse_args(argv)
    rows, summaries = [], []
    for city in args.cities.split(","):
        r, s = run_city(city.strip(), args.pairs, args.k, args.seed)
        rows += r
        summaries.append(s)
        print(f"{city}: {s['mean_candidates']:.2f} candidates, overlap {s['mean_overlap']:.2f}, "
              f"stretch {s['mean_stretch']:.3f}, {s['ms_mean']:.0f} ms mean, {s['ms_p95']:.0f} ms p95", flush=True)
    write(rows, summaries, Path(args.out), args.k, args.pairs)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
