"""Alternative routes between two points of a city, ranked by CCN.

    nco routes --city munich --from 11.5660,48.1390 --to 11.5850,48.1330 --k 5 --png routes.png

Prints one line per candidate, best first, with why it beats the next one;
``--json`` prints the routes (GeoJSON-like) instead.  Map data (c)
OpenStreetMap contributors.
"""

from __future__ import annotations

import json

import numpy as np

import nco.roads
from nco.errors import InputError
from nco.fsio import atomic_path, check_input, check_output
from nco.routes import alternatives, rank
from nco.routes.graph import graph_index

_COLOURS = ["#d62728", "#1f77b4", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf"]


def add_arguments(p) -> None:
    """Options of ``nco routes``."""
    where = p.add_mutually_exclusive_group(required=True)
    where.add_argument("--city", help="bundled city name (munich, porto, helsinki, monaco, andorra, stockholm, "
                       "sydney, ...)")
    where.add_argument("--osm", metavar="FILE", help="an OpenStreetMap extract (.osm.pbf or .osm) of your own")
    p.add_argument("--from", dest="origin", required=True, metavar="LON,LAT", help="origin")
    p.add_argument("--to", dest="destination", required=True, metavar="LON,LAT", help="destination")
    p.add_argument("--k", type=int, default=5, help="most candidate routes (default 5)")
    p.add_argument("--hour", type=float, default=8.0, help="hour of departure, 0-24 (default 8)")
    p.add_argument("--familiar", action="store_true", help="the driver knows the area")
    p.add_argument("--weekday", type=int, default=2, help="0 = Monday .. 6 = Sunday (default 2)")
    p.add_argument("--png", metavar="FILE", help="draw the ranked routes on the street map")
    p.add_argument("--force", action="store_true", help="replace an existing --png file")
    p.add_argument("--json", action="store_true", help="print routes and ranking as JSON")


def _lonlat(text: str, what: str) -> tuple[float, float]:
    try:
        lon, lat = (float(v) for v in str(text).split(","))
    except ValueError:
        raise InputError(f"--{what} must be LON,LAT (e.g. 11.5660,48.1390), got {text!r}") from None
    return lon, lat


def run(args) -> int:
    """Run ``nco routes``."""

    extract = nco.roads.city_extract(args.city) if args.city is not None else check_input(args.osm, "--osm")
    check_output(args.png, "--png", force=args.force, inputs=[extract])
    origin = _lonlat(args.origin, "from")
    destination = _lonlat(args.destination, "to")
    G = nco.roads.load(extract)
    cands = alternatives(G, origin, destination, k=args.k)
    context = {"hour": args.hour, "familiar": bool(args.familiar), "weekday": args.weekday}
    ranking = rank(cands, context)
    if args.png:
        draw_routes(G, cands, ranking, args.png, title=f"{args.city or extract.name}: {len(cands)} routes, ranked by CCN "
                    f"({args.hour:g} h, {'familiar' if args.familiar else 'unfamiliar'} driver)")
    if args.json:
        print(json.dumps(to_json(cands, ranking), indent=1))
        return 0
    print(f"{len(cands)} candidate routes, best first (context: {context}):")
    order = ranking.order.tolist()
    for pos, i in enumerate(order):
        r = cands.iloc[i]
        main = r["share_motorway"] + r["share_primary"] + r["share_secondary"]
        line = (f"{pos + 1}. route {i}: {r['travel_time'] / 60:.1f} min, {r['length'] / 1000:.2f} km, "
                f"{r['turns']} turns, {r['signals']} signals, main roads {main:.0%}, score {ranking.scores[i]:+.2f}")
        print(line)
        if pos + 1 < len(order):
            print(f"   {ranking.explain(i, order[pos + 1])}")
        via = _distinct_streets(cands, i, order[0])
        print(f"   via {via}" if via else "   via unnamed streets")
    if args.png:
        print(f"map written to {args.png}")
    print(nco.roads.ATTRIBUTION)
    return 0


def _distinct_streets(cands, i: int, best: int, most: int = 4) -> str:
    """Streets of route ``i`` that the best route does not use (all of them for the best)."""
    own = list(dict.fromkeys(cands["streets"].iloc[i]))
    if i != best:
        other = set(cands["streets"].iloc[best])
        own = [s for s in own if s not in other] or own
    return ", ".join(own[:most]) + (", ..." if len(own) > most else "")


def to_json(cands, ranking) -> dict:
    """Routes (LineString coordinates and features) with their rank and explanations."""
    routes = []
    best = ranking.best
    for i in ranking.order.tolist():
        r = cands.iloc[i]
        item = {
            "route": int(i), "rank": int(np.flatnonzero(ranking.order == i)[0]) + 1, "score": float(ranking.scores[i]),
            "travel_time_s": float(r["travel_time"]), "length_m": float(r["length"]), "stretch": float(r["stretch"]),
            "turns": int(r["turns"]), "left_turns": int(r["left_turns"]), "signals": int(r["signals"]),
            "road_class_shares": {c[6:]: float(r[c]) for c in cands.columns if c.startswith("share_")},
            "streets": list(r["streets"]), "source": r["source"],
            "geometry": {"type": "LineString", "coordinates": [list(map(float, p)) for p in r.geometry.coords]},
        }
        if i != best:
            e = ranking.explain(best, i)
            item["versus_best"] = {"by_field": e.by_field, "deciding": e.deciding, "features": e.features}
        routes.append(item)
    return {"best": best, "context": ranking.context, "routes": routes, "attribution": "(c) OpenStreetMap contributors"}


def draw_routes(G, cands, ranking=None, path=None, title: str | None = None, ax=None):
    """Draw candidate routes over the street network; save to ``path`` (PNG, atomically) when given.

    The best-ranked route is drawn widest and on top; each legend entry gives
    rank, time and length.  Returns the matplotlib axes.
    """
    import matplotlib

    if ax is None:
        matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.collections import LineCollection

    idx = graph_index(G)
    b = cands.total_bounds  # minx, miny, maxx, maxy
    padx, pady = max((b[2] - b[0]) * 0.12, 0.002), max((b[3] - b[1]) * 0.12, 0.0015)
    x0, x1, y0, y1 = b[0] - padx, b[2] + padx, b[1] - pady, b[3] + pady
    if ax is None:
        aspect = (y1 - y0) / max((x1 - x0) * np.cos(np.radians((y0 + y1) / 2)), 1e-9)
        fig, ax = plt.subplots(figsize=(8, float(np.clip(8 * aspect, 4, 11)) + 1.6))
    inside = [(c[:, 0].max() >= x0) & (c[:, 0].min() <= x1) & (c[:, 1].max() >= y0) & (c[:, 1].min() <= y1)
              for c in idx.coords]
    segs = [c for c, ok in zip(idx.coords, inside) if ok]
    widths = [0.5 + 0.5 * (idx.road_class[e] <= 2) for e, ok in enumerate(inside) if ok]
    ax.add_collection(LineCollection(segs, colors="#c8c8c8", linewidths=widths, zorder=1))
    order = ranking.order.tolist() if ranking is not None else list(range(len(cands)))
    handles = {}
    for pos, i in reversed(list(enumerate(order))):
        r = cands.iloc[i]
        xy = np.asarray(r.geometry.coords)
        colour = _COLOURS[pos % len(_COLOURS)]
        label = (f"{'#%d ' % (pos + 1) if ranking is not None else ''}route {i}: {r['travel_time'] / 60:.1f} min, "
                 f"{r['length'] / 1000:.2f} km, {r['turns']} turns, {r['signals']} signals")
        (handles[pos],) = ax.plot(xy[:, 0], xy[:, 1], color=colour, lw=6.0 if pos == 0 else 3.0,
                                  alpha=0.9 if pos == 0 else 0.85, solid_capstyle="round",
                                  zorder=10 + len(order) - pos, label=label)
    first = np.asarray(cands.iloc[0].geometry.coords)
    o = ax.scatter([first[0, 0]], [first[0, 1]], s=90, c="black", marker="o", zorder=50, label="origin")
    d = ax.scatter([first[-1, 0]], [first[-1, 1]], s=160, c="black", marker="*", zorder=50, label="destination")
    ax.set_xlim(x0, x1)
    ax.set_ylim(y0, y1)
    ax.set_aspect(1.0 / np.cos(np.radians((y0 + y1) / 2)))
    ax.set_xlabel("longitude")
    ax.set_ylabel("latitude")
    hs = [handles[p] for p in sorted(handles)] + [o, d]
    ax.legend(hs, [h.get_label() for h in hs], loc="upper center", bbox_to_anchor=(0.5, -0.09), fontsize=8,
              ncol=1, frameon=False)
    if title:
        ax.set_title(title.replace("$", r"\$"), fontsize=10)  # literal text, never math mode
    ax.text(0.995, 0.005, "(c) OpenStreetMap contributors", transform=ax.transAxes, ha="right", va="bottom",
            fontsize=7, color="#444444", bbox=dict(facecolor="white", alpha=0.7, lw=0))
    if path:
        ax.figure.tight_layout()
        with atomic_path(path) as tmp:
            ax.figure.savefig(tmp, dpi=130, format="png")
        plt.close(ax.figure)
    return ax
