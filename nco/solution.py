"""A solution: routes plus what the checker says about them."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from nco.checker import check
from nco.errors import InputError
from nco.instance import Instance
from nco.schedule import SCHEDULE_COLUMNS, schedule_rows, schedules


@dataclass
class Solution:
    """Routes on an instance, with cost and feasibility from :func:`nco.check`.

    Build one with :meth:`from_routes`; ``cost`` and ``feasible`` are never
    taken from a solver.
    """

    instance: Instance
    routes: list[list[int]]
    cost: float
    feasible: bool
    violations: list[str] = field(default_factory=list)
    method: str = ""
    runtime_s: float = 0.0
    info: dict = field(default_factory=dict)
    vehicle_types: list[int] = field(default_factory=list)

    @classmethod
    def from_routes(cls, instance: Instance, routes, method: str = "", runtime_s: float = 0.0, *,
                    vehicle_types=None, **info) -> Solution:
        """Check ``routes`` on ``instance`` and keep what the checker says.

        Parameters
        ----------
        instance
            The instance.
        routes
            Lists of client ids.  Routes returned by a solver for several
            vehicle types carry them as an attribute ``vehicle_types``.
        method, runtime_s
            Recorded as given.
        vehicle_types
            The vehicle type of each route (see :func:`nco.check`); may be
            left out when the instance has one type.
        **info
            Kept in :attr:`info`.
        """
        if vehicle_types is None:
            vehicle_types = getattr(routes, "vehicle_types", None)
        if hasattr(routes, "__iter__") and not isinstance(routes, (str, bytes, np.ndarray)):
            routes = list(routes)  # a generator is read once
        res = check(instance, routes, vehicle_types)  # before any conversion: 21.7 must not become 21
        types = list(res.vehicle_types) if res.schedules or vehicle_types is not None else []
        plain = _plain(routes)
        if types and len(types) != len(plain):
            types = []  # bad routes: the checker has reported them
        sol = cls(instance, plain, res.cost, res.feasible, res.violations, method, runtime_s, dict(info), types)
        return sol

    @property
    def num_routes(self) -> int:
        return len(self.routes)

    def gap_pct(self, bks: float | None) -> float | None:
        if bks is None or not bks:
            return None
        return 100.0 * (self.cost - bks) / bks

    def __repr__(self) -> str:
        state = "feasible" if self.feasible else f"INFEASIBLE ({len(self.violations)} violations)"
        return (
            f"Solution({self.instance.name!r}, method={self.method!r}, cost={self.cost:g}, "
            f"{state}, routes={self.num_routes}, runtime_s={self.runtime_s:.2f})"
        )

    def to_dict(self) -> dict:
        out = {
            "instance": self.instance.name,
            "method": self.method,
            "cost": self.cost,
            "feasible": self.feasible,
            "routes": self.routes,
            "runtime_s": round(self.runtime_s, 4),
            "violations": self.violations,
        }
        if self.vehicle_types:
            out["vehicle_types"] = self.vehicle_types
        return out

    def schedules(self) -> list:
        """The :class:`nco.schedule.RouteSchedule` of each route (computed
        by the checker's code from the instance alone)."""
        if not self.feasible and self.violations and _bad_ids(self):
            return []
        return schedules(self.instance, self.routes, self.vehicle_types or None)

    def schedule(self):
        """The per-stop schedule as a :class:`pandas.DataFrame`.

        One row per stop, depots included: ``route``, ``vehicle_type``,
        ``stop``, ``node``, ``kind`` (``start``, ``client`` or ``end``),
        ``arrival``, ``wait``, ``start`` (of service), ``departure`` and
        ``load`` on board after the stop (``load_0``, ``load_1``, ... with
        several load dimensions).  Departure from the depot is as late as
        possible without ending later (the least waiting).
        """
        import pandas as pd

        rows = schedule_rows(self.instance, self.schedules())
        return pd.DataFrame(rows, columns=None if rows else list(SCHEDULE_COLUMNS))

    def to_geojson(self, graph=None) -> dict:
        """The routes and stops as a GeoJSON ``FeatureCollection`` (a dict).

        One ``LineString`` per route (properties ``route``,
        ``vehicle_type``, ``distance`` and ``duration``) and one
        ``Point`` per stop with its schedule.  Coordinates are the
        instance's ``coords`` (longitude, latitude for instances built from
        lat/lon points).  With a road ``graph`` (:func:`nco.roads.load`;
        default: ``instance.meta["road_graph"]``, which :func:`nco.read_json`
        sets for lat/lon inputs) and road nodes in
        ``instance.meta["road_nodes"]``, each line follows the fastest road
        path between stops.
        """
        if self.instance.coords is None:
            raise InputError(f"{self.instance.name}: the instance has no coordinates to draw")
        return geojson(self, graph)

    def to_geodataframe(self, graph=None):
        """:meth:`to_geojson` as a :class:`geopandas.GeoDataFrame` (a row per
        route line and per stop; CRS EPSG:4326 when the instance came from
        lat/lon points on a road network, none otherwise)."""
        import geopandas as gpd

        crs = "EPSG:4326" if self.instance.meta.get("road_nodes") is not None else None
        return gpd.GeoDataFrame.from_features(self.to_geojson(graph)["features"], crs=crs)

    def plot(self, ax=None, title: str | None = None):
        """Draw the routes over the coordinates (or an MDS layout of the
        distance matrix when the instance has none).  Returns the axes."""
        import matplotlib.pyplot as plt

        xy = layout(self.instance)
        if ax is None:
            _, ax = plt.subplots(figsize=(6, 6))
        ax.scatter(xy[1:, 0], xy[1:, 1], s=12, c="0.35", zorder=3)
        nd = self.instance.num_depots
        ax.scatter(xy[:nd, 0], xy[:nd, 1], s=90, marker="s", c="crimson", zorder=4, label="depot")
        cmap = plt.get_cmap("tab20")
        graph = self.instance.meta.get("road_graph")
        if graph is not None and self.instance.meta.get("road_nodes") is not None:
            _draw_streets(ax, graph)
            lines = [f["geometry"]["coordinates"] for f in geojson(self, graph)["features"]
                     if f["geometry"]["type"] == "LineString"]
            paths = [np.asarray(c) for c in lines]
        else:
            nodes = ([s.nodes for s in self.schedules()] if self.instance.fields_used()
                     else [[0, *r, 0] for r in self.routes])
            paths = [xy[p] for p in nodes]
        for k, path in enumerate(paths):
            ax.plot(path[:, 0], path[:, 1], lw=1.2, color=cmap(k % 20), zorder=2)
        ax.set_title(title or f"{self.instance.name}: {self.method} cost {self.cost:g}"
                     + ("" if self.feasible else " (infeasible)"))
        ax.set_aspect("equal", adjustable="datalim")
        ax.set_xticks([])
        ax.set_yticks([])
        return ax


def _plain(routes) -> list[list]:
    """Non-empty routes as lists of Python ints (entries that are not
    integers are kept as given; the checker has reported them)."""
    out = []
    if isinstance(routes, (str, bytes)) or not hasattr(routes, "__iter__"):
        return out
    for r in routes:
        if isinstance(r, (str, bytes)) or not hasattr(r, "__iter__"):
            out.append([r])
            continue
        seq = r.tolist() if isinstance(r, np.ndarray) else list(r)
        if seq:
            out.append([int(v) if isinstance(v, (int, np.integer)) and not isinstance(v, bool) else v for v in seq])
    return out


def layout(instance: Instance) -> np.ndarray:
    """2-D positions of the nodes: the coordinates, or classical MDS of the
    symmetrised distance matrix when there are none."""
    if instance.coords is not None:
        return instance.coords
    d = 0.5 * (instance.distance + instance.distance.T)
    np.fill_diagonal(d, 0.0)
    n = d.shape[0]
    j = np.eye(n) - np.ones((n, n)) / n
    b = -0.5 * j @ (d**2) @ j
    w, v = np.linalg.eigh(b)
    top = np.argsort(w)[::-1][:2]
    return v[:, top] * np.sqrt(np.maximum(w[top], 1e-12))


def _bad_ids(sol: Solution) -> bool:
    """Whether a route holds something other than client ids."""
    lo, hi = sol.instance.num_depots, sol.instance.n_nodes - 1
    return any(not isinstance(v, int) or not lo <= v <= hi for r in sol.routes for v in r)


def _leg_coords(sol: Solution, path: list[int], graph) -> list[list[float]]:
    xy = sol.instance.coords
    road = sol.instance.meta.get("road_nodes")
    if graph is None or road is None:
        return [[float(xy[v, 0]), float(xy[v, 1])] for v in path]
    import networkx as nx  # only with a road graph, which has it loaded already

    out: list[list[float]] = []
    for a, b in zip(path[:-1], path[1:]):
        nodes = nx.shortest_path(graph, road[a], road[b], weight="travel_time")
        pts = [[float(graph.nodes[u]["x"]), float(graph.nodes[u]["y"])] for u in nodes]
        out.extend(pts if not out else pts[1:])
    return out or [[float(xy[path[0], 0]), float(xy[path[0], 1])]]


def geojson(sol: Solution, graph=None) -> dict:
    """:meth:`Solution.to_geojson`."""
    feats = []
    graph = graph if graph is not None else sol.instance.meta.get("road_graph")
    scheds = sol.schedules()
    for r, s in enumerate(scheds):
        line = _leg_coords(sol, s.nodes, graph)
        feats.append({"type": "Feature", "geometry": {"type": "LineString", "coordinates": line},
                      "properties": {"route": r, "vehicle_type": s.vehicle_type, "distance": s.distance,
                                     "duration": s.duration, "stops": len(s.nodes)}})
    xy = sol.instance.coords
    for row in schedule_rows(sol.instance, scheds):
        v = row["node"]
        feats.append({"type": "Feature", "properties": row,
                      "geometry": {"type": "Point", "coordinates": [float(xy[v, 0]), float(xy[v, 1])]}})
    return {"type": "FeatureCollection", "features": feats,
            "properties": {"instance": sol.instance.name, "method": sol.method, "cost": sol.cost,
                           "feasible": sol.feasible}}


def _draw_streets(ax, graph) -> None:
    """The road network's edges as thin grey lines under the routes."""
    from matplotlib.collections import LineCollection

    pos = {u: (d["x"], d["y"]) for u, d in graph.nodes(data=True)}
    segs = [(pos[u], pos[v]) for u, v in graph.edges()]
    ax.add_collection(LineCollection(segs, colors="0.85", linewidths=0.6, zorder=1))
