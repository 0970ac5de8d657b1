"""Build real-city matrices and test sets from OpenStreetMap.

    nco data cities --osm porto helsinki --points 1000
    nco data stats
    nco data testsets --out testsets
    nco data x --n 20000 --out XL-n20000.vrp

City folders go to the user's cache by default (``$NCO_CACHE/cities``, see
:mod:`nco.resources`), where :func:`nco.data.cities.city_matrices` finds them.

City matrices derive from OpenStreetMap data, (c) OpenStreetMap contributors.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import numpy as np

from nco import resources
from nco.data.cities import build_city, check_recipe, load_cities, write_city
from nco.data.testsets import MAX_NUM, build_testsets, read_meta
from nco.data.xgen import CUSTOMERS, DEMANDS, DEPOTS, generate
from nco.errors import InputError
from nco.io import write_vrplib
from nco.npzsafe import load_npz, npz_headers
from nco.progress import tqdm


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="data_command", metavar="ACTION")
    c = sub.add_parser("cities", help="build RRNCO-style city matrices from OSM extracts")
    c.add_argument("--osm", nargs="+", required=True, metavar="FILE",
                   help="OSM extracts (.osm.pbf/.osm/.osm.bz2), bundled city names or place names")
    c.add_argument("--out", default=None, help="output folder (default: the cache, $NCO_CACHE/cities)")
    c.add_argument("--points", type=int, default=1000, help="points per city, 2 to 2500 (default: 1000)")
    c.add_argument("--seed", type=int, default=42, help="seed of the point placement (default: 42)")
    c.add_argument("--box-km", type=float, default=3.0, help="side of the sampling box in km (default: 3)")
    c.add_argument("--water-m", type=float, default=50.0,
                   help="no points on streets this close to water, in metres (default: 50; 0 keeps them)")
    s = sub.add_parser("stats", help="per-city (and per-test-set) statistics as markdown tables")
    s.add_argument("--cities", default=None, help="folder of {City}/{City}_data.npz files (default: the cache)")
    s.add_argument("--testsets", default=None, help="also summarise the test sets in this folder")
    t = sub.add_parser("testsets", help="build the fixed test sets with PyVRP reference costs")
    t.add_argument("--out", required=True, help="output folder")
    t.add_argument("--sizes", type=int, nargs="+", default=[50, 100], help="instance sizes (default: 50 100)")
    t.add_argument("--problems", nargs="+", default=["atsp", "acvrp", "acvrptw"], help="problems")
    t.add_argument("--num", type=int, default=128, help="instances per set (default: 128)")
    t.add_argument("--seed", type=int, default=3333, help="seed (default: 3333)")
    t.add_argument("--time-limit", type=float, default=None,
                   help="PyVRP seconds per instance (default: 0.02 s per node)")
    t.add_argument("--no-reference", action="store_true", help="do not solve for reference costs")
    t.add_argument("--city-points", type=int, default=1000,
                   help="points per city to draw from (default: 1000, the cities of nco data cities); "
                        "an instance of N clients needs N + 1, so N = 1000 and more need more")
    x = sub.add_parser("x", help="draw a CVRP of any size with the X set's generator (Uchoa et al., 2017)")
    x.add_argument("--n", type=int, required=True, help="number of clients")
    x.add_argument("--depot", choices=DEPOTS, default="R", help="centre, eccentric (corner) or random (default R)")
    x.add_argument("--customers", choices=CUSTOMERS, default="RC",
                   help="random, clustered or half and half (default RC)")
    x.add_argument("--demand", choices=DEMANDS, default="1-100", help="demand distribution (default 1-100)")
    x.add_argument("--route-size", type=float, default=12.0, help="average clients per route (default 12)")
    x.add_argument("--seed", type=int, default=0, help="seed (default 0)")
    x.add_argument("--out", required=True, help="VRPLIB file to write")
    x.add_argument("--force", action="store_true", help="replace an existing --out file")


def run(args) -> int:
    cmd = getattr(args, "data_command", None)
    for name in ("out", "cities"):  # city folders default to the cache
        if cmd in ("cities", "stats") and getattr(args, name, "") is None:
            setattr(args, name, resources.cache_dir("cities"))
    if cmd == "cities":
        return _cities(args)
    if cmd == "stats":
        print(stats_table(args.cities))
        if args.testsets:
            print()
            print(testsets_table(args.testsets))
        return 0
    if cmd == "testsets":
        paths = build_testsets(args.out, sizes=args.sizes, problems=args.problems, num=args.num,
                               seed=args.seed, time_limit=args.time_limit,
                               references=not args.no_reference, city_points=args.city_points)
        for p in paths:
            print(p)
        return 0
    if cmd == "x":
        return _x(args)
    raise InputError("nco data needs an action: cities, stats, testsets or x")


def _x(args) -> int:
    out = Path(args.out)
    if out.exists() and not args.force:
        raise InputError(f"{out} exists; pass --force to replace it")
    inst = generate(args.n, args.depot, args.customers, args.demand, args.route_size, args.seed, dense=False)
    write_vrplib(out, inst)
    print(f"{out}: {inst.name}, {inst.n_clients} clients, capacity {inst.capacity:g}")
    return 0


def _cities(args) -> int:
    check_recipe(args.points, args.seed, args.box_km, args.water_m,
                 names=("--points", "--seed", "--box-km", "--water-m"))
    bar = tqdm(args.osm, desc="cities", unit="city")
    for place in bar:
        bar.set_postfix_str(Path(place).name)
        t0 = time.perf_counter()
        city = build_city(place, n_points=args.points, seed=args.seed, box_km=args.box_km, water_m=args.water_m)
        path = write_city(city, args.out)
        bar.write(f"{path}  ({time.perf_counter() - t0:.1f} s)")
    print(stats_table(args.out))
    return 0


def stats_table(folder) -> str:
    """A markdown table of per-city statistics for a folder of city files."""

    rows = [
        "| city | graph nodes / edges | points | asymmetric pairs (>1 %) | mean abs(d_ij - d_ji) / d_ij "
        "| road / straight-line (mean, median) | build time (s) |",
        "|---|---|---|---|---|---|---|",
    ]
    for name, city in load_cities(folder).items():
        st = city.stats()
        m = city.meta
        graph = f"{m['graph_nodes']:,} / {m['graph_edges']:,}" if "graph_nodes" in m else "-"
        built = f"{m['build_seconds']:.1f}" if "build_seconds" in m else "-"
        rows.append(
            f"| {name} | {graph} | {city.n_points} | {100 * st['asymmetric_share']:.1f} % "
            f"| {st['mean_rel_asymmetry']:.3f} | {st['detour_ratio']:.2f}, {st['median_detour_ratio']:.2f} | {built} |"
        )
    rows.append("")
    rows.append("Matrices derived from OpenStreetMap data, (c) OpenStreetMap contributors.")
    return "\n".join(rows)


def testsets_table(folder) -> str:
    """A markdown table of the test sets in ``folder`` and their references."""

    files = sorted(Path(folder).glob("*_test_cities.npz"))
    if not files:
        raise InputError("no *_test_cities.npz test sets in this folder", path=str(folder))
    rows = [
        "| file | instances | cities | reference | time limit (s/instance) | mean reference cost (km) | all feasible | size (MB) |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for f in files:
        meta = read_meta(f)
        ref = meta.get("reference") if isinstance(meta.get("reference"), dict) else {}
        cities = [str(c) for c in meta.get("cities", [])] if isinstance(meta.get("cities"), list) else []
        shape = npz_headers(f, {"distance_matrix": ("f", 3)}, what="test set")["distance_matrix"][0]
        costs = load_npz(f, {"reference_cost": ("f", 1)}, max_elements=MAX_NUM, required=(), what="test set")
        mean = f"{np.nanmean(costs['reference_cost']):.3f}" if "reference_cost" in costs else "-"
        rows.append(
            f"| {f.name} | {shape[0] if shape else 1} | {', '.join(cities)} | {ref.get('solver', '-')} "
            f"| {ref.get('time_limit_s', '-')} | {mean} | {ref.get('all_feasible', '-')} "
            f"| {f.stat().st_size / 1e6:.1f} |"
        )
    return "\n".join(rows)
