"""Trip-planner benchmark on the prompt set in ``data/prompts/prompts.jsonl``.

    python -m nco.planner.bench --out docs/results/planner --force

Measures, per prompt:

* offline parser accuracy per field against the expected TripRequest
  (categories, cuisines, start place, end place, date, start time,
  deadline/time limit, dependencies compared as transitive closures);
* the checker's verdict on the planned itinerary (every hard constraint) and
  whether every task was planned;
* MSGS against an exact branch and bound (requests with up to 4 tasks, 20
  candidate POIs per task) and against the greedy nearest-feasible baseline,
  all on the same candidates and objective;
* latency: parse, plan (search + checker) and their sum, after a warm-up
  prompt; city load time per city.

Writes ``prompts.csv`` (one row per prompt), ``cities.csv`` and ``summary.md``
into ``--out`` (default ``results/planner`` under the working folder;
atomically; existing files only with ``--force``).  Prompts and cities are
the cells of :func:`nco.benchrun.run_grid` grids: each row reaches its CSV as
soon as it is measured.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from nco import benchrun, resources
from nco.errors import InputError
from nco.fsio import check_output, read_bytes
from nco.planner import msgs as M
from nco.planner.parse import parse_offline
from nco.planner.plan import load_planner_city, plan_request, prepare

PROMPTS = resources.data("prompts", "prompts.jsonl")
FIELDS = ["categories", "cuisines", "start_place", "end_place", "date", "start_time", "end", "dependencies"]
#: the files :func:`run_bench` writes into its output folder
OUTPUTS = ("prompts.csv", "cities.csv", "summary.md")


def load_prompts(path: str | Path = PROMPTS) -> list[dict]:
    """The benchmark prompts (one dict per line of the JSONL file)."""
    try:
        text = read_bytes(path, "prompt benchmark").decode("utf-8")
    except UnicodeDecodeError:
        raise InputError("prompt benchmark: not UTF-8 text", path=str(path)) from None
    out = []
    for k, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except (ValueError, RecursionError):
            raise InputError("not a JSON object", path=str(path), line=k) from None
        if not isinstance(item, dict) or not {"id", "prompt", "city", "today", "expected"} <= set(item):
            raise InputError("expected an object with id, prompt, city, today and expected", path=str(path), line=k)
        out.append(item)
    return out


def check_outputs(out: Path, force: bool = False, inputs=()) -> None:
    """Refuse an output folder whose files exist (unless ``force``) or would replace an input."""
    if out.exists() and not out.is_dir():
        raise InputError("--out: not a folder", path=str(out))
    for name in OUTPUTS:
        target = out / name
        if out.is_dir():
            check_output(target, "--out", force=force, inputs=inputs)


def _closure(pairs, n: int) -> set[tuple[int, int]]:
    out = {tuple(p) for p in pairs}
    changed = True
    while changed:
        changed = False
        for a, b in list(out):
            for c, d in list(out):
                if b == c and (a, d) not in out:
                    out.add((a, d))
                    changed = True
    return out


def _norm_place(s):
    return None if s is None else " ".join(s.lower().split())


def field_scores(req, exp: dict) -> dict[str, bool]:
    """Which fields of a parsed request match the expected ones."""
    cats = [t.category for t in req.tasks]
    n = len(cats)
    return {
        "categories": cats == exp["categories"],
        "cuisines": [t.cuisine for t in req.tasks] == exp["cuisines"],
        "start_place": _norm_place(req.start_place) == _norm_place(exp["start_place"]),
        "end_place": _norm_place(req.end_place) == _norm_place(exp["end_place"]),
        "date": req.date == exp["date"],
        "start_time": req.start_time == exp["start_time"],
        "end": req.deadline == exp["deadline"] and req.time_limit_min == exp["time_limit_min"],
        "dependencies": cats == exp["categories"]
        and _closure([(d.before, d.after) for d in req.dependencies], n) == _closure(exp["dependencies"], n),
    }


_LOAD_SNIPPET = """
import json, sys, time
t0 = time.perf_counter()
import networkx, numpy, opening_hours, pyrosm, scipy.sparse.csgraph  # noqa: F401
from nco import roads
from nco.planner.plan import load_planner_city
from nco.planner.pois import load_pois
t1 = time.perf_counter()
city = sys.argv[1]
G = roads.load(city, mode="walk")
t2 = time.perf_counter()
P = load_pois(str(roads.CITIES[city]))
t3 = time.perf_counter()
C = load_planner_city(city, mode="walk")
t4 = time.perf_counter()
print(json.dumps({"imports_s": t1 - t0, "graph_s": t2 - t1, "pois_s": t3 - t2, "total_s": t4 - t1,
                  "graph_nodes": G.number_of_nodes(), "pois": len(P), "poi_cache": P.from_cache}))
"""


def measure_load(city: str, cache_dir: str) -> dict:
    """Time :func:`~nco.planner.plan.load_planner_city` in a fresh process (imports timed apart).

    ``cache_dir`` becomes ``NCO_CACHE`` (the POI disk cache).
    """
    env = dict(os.environ, NCO_CACHE=cache_dir)
    out = subprocess.run([sys.executable, "-c", _LOAD_SNIPPET, city], env=env, capture_output=True, text=True,
                         check=True)
    res = json.loads(out.stdout.strip().splitlines()[-1])
    return {k: (round(v, 3) if isinstance(v, float) else v) for k, v in res.items()}


def _city_row(city: str, cache: str) -> dict:
    """Cold and warm load times of one city (see :func:`measure_load`)."""
    cold = measure_load(city, cache)   # fresh process, empty POI cache
    warm = measure_load(city, cache)   # fresh process, POI cache filled by the cold run
    return {"city": city, "imports_s": cold["imports_s"], "cold_graph_s": cold["graph_s"],
            "cold_pois_s": cold["pois_s"], "cold_total_s": cold["total_s"], "warm_total_s": warm["total_s"],
            "graph_nodes": cold["graph_nodes"], "pois": cold["pois"]}


def prompt_row(p: dict, city, exact_limit: float = 20.0, small_candidates: int = 20,
               exact_max_tasks: int = 4) -> dict:
    """Every measurement of one prompt (one row of ``prompts.csv``).

    Parameters
    ----------
    p
        The prompt (a line of the prompt file).
    city
        Its city, loaded (:func:`~nco.planner.plan.load_planner_city`).
    exact_limit, small_candidates, exact_max_tasks
        Seconds per exact search, candidate POIs per task for the
        MSGS / exact / greedy comparison, and the most tasks solved exactly.
    """
    today = dt.date.fromisoformat(p["today"])
    row = {"id": p["id"], "city": p["city"], "kind": p["kind"], "n_tasks": len(p["expected"]["categories"])}
    t0 = time.perf_counter()
    try:
        pr = parse_offline(p["prompt"], today=today)
    except InputError as exc:
        return {**row, **{f: False for f in FIELDS}, "error": str(exc)}
    t1 = time.perf_counter()
    row.update(field_scores(pr.request, p["expected"]))
    try:
        plan = plan_request(pr.request, city=city, today=today, backend=pr.backend, notes=pr.notes,
                            prompt=p["prompt"])
    except InputError as exc:
        return {**row, "error": str(exc)}
    t2 = time.perf_counter()
    row.update({"parse_s": round(t1 - t0, 4), "plan_s": round(t2 - t1, 4), "total_s": round(t2 - t0, 4),
                "planned": len(plan.itinerary), "all_planned": not plan.blocked,
                "checker_ok": plan.check.feasible, "violations": "; ".join(plan.check.violations),
                "blocked": "; ".join(f"{pr.request.describe_task(t)}: {w}" for t, w in plan.blocked.items())})
    # all alternatives are checked too
    row["alternatives_ok"] = all(c.check.feasible for c in plan.candidates)
    # MSGS vs exact vs greedy on the same small problem
    pb = prepare(pr.request, city, today, max_candidates=small_candidates).problem
    ms = M.msgs(pb)[0]
    gr = M.greedy(pb)
    row.update({"msgs_score": round(ms.score, 6), "greedy_score": round(gr.score, 6),
                "msgs_tasks": len(ms.visits), "greedy_tasks": len(gr.visits)})
    if pb.n_tasks <= exact_max_tasks:
        t3 = time.perf_counter()
        ex, proven = M.exact(pb, time_limit=exact_limit)
        row.update({"exact_score": round(ex.score, 6), "exact_proven": proven,
                    "exact_s": round(time.perf_counter() - t3, 3), "exact_tasks": len(ex.visits)})
    return row


def run_bench(prompts: list[dict], out: Path, exact_limit: float = 20.0, small_candidates: int = 20,
              exact_max_tasks: int = 4, command: str | None = None) -> dict:
    """Run every measurement; write CSV and markdown into ``out``; return the summary.

    ``command`` is the line that regenerates the results, stated under the
    summary.  Existing files in ``out`` are replaced (the command line
    checks ``--force`` first, :func:`check_outputs`).
    """
    out.mkdir(parents=True, exist_ok=True)
    cities = sorted({p["city"] for p in prompts})
    with tempfile.TemporaryDirectory() as cache:
        city_rows = benchrun.run_grid(benchrun.grid(cities, ["load"], [0], [0]), lambda c: _city_row(c.instance, cache),
                                      benchrun.RunFile(out / "cities.csv", key={"instance": "city"}, force=True),
                                      desc="city loads", total=len(cities))
    loaded = {c: load_planner_city(c, mode="walk") for c in cities}
    # warm-up: first use of dateparser and wordllama
    parse_offline("Tomorrow a museum, then grab an espresso, back by 4pm", today=dt.date(2025, 6, 12))
    rows = benchrun.run_grid(
        benchrun.grid([(p["id"], p) for p in prompts], ["plan"], [0], [0]),
        lambda c: prompt_row(c.data, loaded[c.data["city"]], exact_limit, small_candidates, exact_max_tasks),
        benchrun.RunFile(out / "prompts.csv", key={"instance": "id"}, force=True), desc="prompts", total=len(prompts))
    summary = summarise(rows, city_rows)
    summary["load_average"] = [round(x, 1) for x in os.getloadavg()] if hasattr(os, "getloadavg") else None
    summary["cpus"] = os.cpu_count()
    benchrun.write_markdown(out / "summary.md", summary_markdown(summary, city_rows), command=command)
    return summary


def summarise(rows: list[dict], city_rows: list[dict]) -> dict:
    """Aggregate the per-prompt rows."""
    s: dict = {"n": len(rows), "cities": sorted({r["city"] for r in rows})}
    for kind in ("all", "template", "hand", "heldout"):
        rs = [r for r in rows if kind == "all" or r["kind"] == kind]
        s[f"acc_{kind}"] = {f: sum(bool(r.get(f)) for r in rs) / max(len(rs), 1) for f in FIELDS}
        s[f"n_{kind}"] = len(rs)
    planned = [r for r in rows if "checker_ok" in r]
    s["planned_prompts"] = len(planned)
    s["checker_ok"] = sum(r["checker_ok"] for r in planned) / max(len(planned), 1)
    s["alternatives_ok"] = sum(r["alternatives_ok"] for r in planned) / max(len(planned), 1)
    feas = [r for r in planned if r["all_planned"]]
    s["fully_planned"] = len(feas)
    s["checker_ok_fully_planned"] = sum(r["checker_ok"] for r in feas) / max(len(feas), 1)
    ex = [r for r in planned if "exact_score" in r and r["exact_proven"]]
    gaps = [max(0.0, (r["exact_score"] - r["msgs_score"]) / r["exact_score"]) for r in ex if r["exact_score"] > 0]
    s["exact_n"] = len(ex)
    s["exact_unproven"] = sum(1 for r in planned if "exact_score" in r and not r["exact_proven"])
    s["msgs_gap_mean"] = statistics.mean(gaps) if gaps else float("nan")
    s["msgs_gap_max"] = max(gaps) if gaps else float("nan")
    s["msgs_optimal_share"] = sum(g <= 1e-9 for g in gaps) / max(len(gaps), 1)
    g_gaps = [max(0.0, (r["exact_score"] - r["greedy_score"]) / r["exact_score"]) for r in ex if r["exact_score"] > 0]
    s["greedy_gap_mean"] = statistics.mean(g_gaps) if g_gaps else float("nan")
    s["greedy_optimal_share"] = sum(g <= 1e-9 for g in g_gaps) / max(len(g_gaps), 1)
    s["msgs_vs_greedy_better"] = sum(r["msgs_score"] > r["greedy_score"] + 1e-9 for r in planned) / max(len(planned), 1)
    s["msgs_vs_greedy_worse"] = sum(r["msgs_score"] < r["greedy_score"] - 1e-9 for r in planned) / max(len(planned), 1)
    s["msgs_score_mean"] = statistics.mean(r["msgs_score"] for r in planned) if planned else float("nan")
    s["greedy_score_mean"] = statistics.mean(r["greedy_score"] for r in planned) if planned else float("nan")
    s["msgs_tasks_mean"] = statistics.mean(r["msgs_tasks"] for r in planned) if planned else float("nan")
    s["greedy_tasks_mean"] = statistics.mean(r["greedy_tasks"] for r in planned) if planned else float("nan")
    tot = sorted(r["total_s"] for r in planned)
    if tot:
        s["latency_median_s"] = statistics.median(tot)
        s["latency_p95_s"] = tot[min(len(tot) - 1, int(0.95 * len(tot)))]
        s["latency_max_s"] = tot[-1]
        s["latency_under_1s"] = sum(t < 1.0 for t in tot) / len(tot)
        s["parse_median_s"] = statistics.median(r["parse_s"] for r in planned)
        s["plan_median_s"] = statistics.median(r["plan_s"] for r in planned)
    s["city_load"] = city_rows
    s["errors"] = [(r["id"], r["error"]) for r in rows if "error" in r]
    return s


def _pct(x: float, digits: int = 1) -> str:
    return "n/a" if math.isnan(x) else f"{100 * x:.{digits}f} %"


def summary_markdown(s: dict, city_rows: list[dict]) -> str:
    """``summary.md``: the summary of :func:`summarise` as markdown."""
    md = ["# Trip planner benchmark", "",
          (f"{s['n']} prompts ({s['n_template']} templated, {s['n_hand']} hand-written, {s['n_heldout']} hand-written "
          "held out) over "
          f"{len(s['cities'])} bundled cities ({', '.join(s['cities'])})."), "",
          "## Offline parser accuracy per field", "",
          ("The held-out prompts were written after the parser was developed, to measure unseen phrasing "
          "(docs/planner.md tells which later parser changes touched them)."), "",
          "| field | all | templated | hand-written | held out |", "|---|---|---|---|---|"]
    for f in FIELDS:
        md.append(f"| {f} | {_pct(s['acc_all'][f])} | {_pct(s['acc_template'][f])} | {_pct(s['acc_hand'][f])} | "
                  f"{_pct(s['acc_heldout'][f])} |")
    md += ["", "## Hard constraints (independent checker)", "",
           f"- prompts planned: {s['planned_prompts']} of {s['n']}; every task planned in {s['fully_planned']}",
           (f"- best itinerary passes the checker: {_pct(s['checker_ok'])} of planned prompts "
           f"({_pct(s['checker_ok_fully_planned'])} of the fully planned ones)"),
           f"- every alternative itinerary passes the checker: {_pct(s['alternatives_ok'])}", "",
           "## MSGS against the exact optimum and the greedy baseline", "",
           (f"Same candidates (up to 20 POIs per task) and objective; exact = branch and bound, requests with up to "
           f"4 tasks; {s['exact_n']} solved to proven optimality, {s['exact_unproven']} stopped by the time limit "
           "(left out)."), "",
           "| method | mean gap to optimum | share optimal | mean objective (all prompts) | mean tasks planned |",
           "|---|---|---|---|---|",
           (f"| MSGS | {_pct(s['msgs_gap_mean'], 3)} (max {_pct(s['msgs_gap_max'], 2)}) | {_pct(s['msgs_optimal_share'])} | "
           f"{s['msgs_score_mean']:.4f} | {s['msgs_tasks_mean']:.2f} |"),
           (f"| greedy nearest-feasible | {_pct(s['greedy_gap_mean'], 2)} | {_pct(s['greedy_optimal_share'])} | "
           f"{s['greedy_score_mean']:.4f} | {s['greedy_tasks_mean']:.2f} |"), "",
           (f"MSGS beats greedy on {_pct(s['msgs_vs_greedy_better'])} of the prompts and is worse on "
           f"{_pct(s['msgs_vs_greedy_worse'])}."), "",
           "## Latency (after a warm-up prompt, city already loaded)", "",
           (f"Machine: {s.get('cpus')} CPU cores; load average at the end of the run {s.get('load_average')} "
           "(other jobs shared the cores)."), ""]
    if "latency_median_s" in s:
        md += [(f"- parse + plan per prompt: median {s['latency_median_s']:.3f} s, p95 {s['latency_p95_s']:.3f} s, "
               f"max {s['latency_max_s']:.3f} s; under 1 s: {_pct(s['latency_under_1s'])}"),
               f"- parse median {s['parse_median_s']:.3f} s, plan (search + checker) median {s['plan_median_s']:.3f} s"]
    md += ["", ("City load (`load_planner_city`: walk graph from `nco.roads`, POIs, nearest nodes), each in a fresh process, "
           "Python imports timed apart; cold = empty POI disk cache, warm = POI cache filled:"), "",
           ("| city | imports (s) | graph (s) | POIs, cold (s) | load, cold (s) | load, warm (s) | walk graph nodes | "
           "named POIs |"), "|---|---|---|---|---|---|---|---|"]
    for c in city_rows:
        md.append(f"| {c['city']} | {c['imports_s']:.2f} | {c['cold_graph_s']:.2f} | {c['cold_pois_s']:.2f} | "
                  f"{c['cold_total_s']:.2f} | {c['warm_total_s']:.2f} | {c['graph_nodes']} | {c['pois']} |")
    if s["errors"]:
        md += ["", "## Prompts the parser refused", ""] + [f"- {i}: {e}" for i, e in s["errors"]]
    md += ["", "Map data (c) OpenStreetMap contributors.", ""]
    return "\n".join(md)


def main(argv: list[str] | None = None) -> int:
    """``python -m nco.planner.bench``: run the benchmark and print its summary."""
    argv = list(sys.argv[1:] if argv is None else argv)
    ap = argparse.ArgumentParser(prog="python -m nco.planner.bench", description=__doc__.splitlines()[0])
    ap.add_argument("--out", default="results/planner", help="output folder for CSV and markdown "
                    "(default results/planner)")
    ap.add_argument("--prompts", default=str(PROMPTS), help="prompt benchmark (JSONL)")
    ap.add_argument("--limit", type=int, default=None, help="only the first N prompts")
    ap.add_argument("--city", action="append", help="only these cities (repeatable)")
    ap.add_argument("--exact-limit", type=float, default=20.0, help="seconds per exact search")
    ap.add_argument("--force", action="store_true", help="replace result files that exist in --out")
    args = ap.parse_args(argv)
    try:
        check_outputs(Path(args.out), args.force, inputs=[args.prompts])
        prompts = load_prompts(args.prompts)
    except InputError as exc:
        print(f"nco: error: {exc}", file=sys.stderr)
        return 2
    if args.city:
        prompts = [p for p in prompts if p["city"] in args.city]
    if args.limit:
        prompts = prompts[: args.limit]
    run_bench(prompts, Path(args.out), exact_limit=args.exact_limit,
              command=benchrun.command_line("python -m nco.planner.bench", argv))
    print((Path(args.out) / "summary.md").read_text())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
