"""Diverse candidate routes between two points of a road network.

Two generators feed one pool, and a greedy filter picks from it:

* **penalised shortest paths with link memory**: after each path, every link
  it used costs ``1 + penalty`` times more for the next search, cumulatively
  (a link used twice costs ``1 + 2 * penalty``), as in GenMRP's link memory;
* **plateau (via-node) candidates**: one forward search from the origin and
  one backward search to the destination; every node ``v`` with
  ``d(o, v) + d(v, t)`` within the stretch bound gives the path
  ``o -> v -> t`` made of the two shortest-path trees.  Nodes on long
  plateaus (where both trees agree) give the natural "other road" routes.

Candidates are then taken fastest first, skipping any that is not simple, has
a U-turn, is slower than ``max_stretch`` times the fastest route, or shares
more than ``max_overlap`` of its length with a route already taken.

The searches run on a compressed-sparse-row copy of the graph built once per
graph (``scipy.sparse.csgraph.dijkstra``), so a query costs a handful of
single-source searches.
"""

from __future__ import annotations

import heapq

import numpy as np
import scipy.sparse as sp
from scipy.sparse.csgraph import dijkstra

import nco.roads
from nco.errors import InputError
from nco.geo import haversine
from nco.routes.features import routes_frame
from nco.routes.graph import UTURN_DEG, GraphIndex, csr_layout, graph_index, turn_angles

class _QueryGraph:
    """The contracted graph plus the partial chains that start at the origin
    and end at the destination when those are not key nodes."""

    def __init__(self, idx: GraphIndex, o: int, t: int):
        self.idx = idx
        tails, heads, seqs = [idx.chain_tail], [idx.chain_head], list(idx.chains)
        extra_t, extra_h = [], []
        if not idx.key[o]:
            for c, p in idx.through.get(o, []):
                extra_t.append(o), extra_h.append(int(idx.chain_head[c])), seqs.append(idx.chains[c][p + 1:])
        if not idx.key[t]:
            for c, p in idx.through.get(t, []):
                extra_t.append(int(idx.chain_tail[c])), extra_h.append(t), seqs.append(idx.chains[c][:p + 1])
        if not idx.key[o] and not idx.key[t]:  # both inside one chain, o before t
            pos_t = dict(idx.through.get(t, []))
            for c, p in idx.through.get(o, []):
                if c in pos_t and pos_t[c] > p:
                    extra_t.append(o), extra_h.append(t), seqs.append(idx.chains[c][p + 1:pos_t[c] + 1])
        self.tail = np.concatenate(tails + [np.array(extra_t, dtype=np.int64)])
        self.head = np.concatenate(heads + [np.array(extra_h, dtype=np.int64)])
        self.seqs = seqs
        self.time = np.array([float(idx.travel_time[q].sum()) for q in seqs[len(idx.chains):]])
        self.time = np.concatenate([idx.chain_time, self.time])
        self.n = idx.n
        # parallel links may appear between o/t and a key node: keep the fastest
        keys = self.tail * self.n + self.head
        order = np.lexsort((self.time, keys))
        first = np.ones(len(order), dtype=bool)
        first[1:] = keys[order][1:] != keys[order][:-1]
        self.use = order[first]
        self.keys = keys[self.use]
        srt = np.argsort(self.keys)
        self.use, self.keys = self.use[srt], self.keys[srt]

        a, b = self.tail[self.use], self.head[self.use]
        self.fwd = csr_layout(a, b, self.n)
        self.rev = csr_layout(b, a, self.n)
        extra_len = np.array([float(idx.length[q].sum()) for q in seqs[len(idx.chains):]])
        self.length = np.concatenate([idx.chain_length, extra_len])

    def matrix(self, weight: np.ndarray, reverse: bool = False) -> sp.csr_matrix:
        """CSR matrix of the contracted links weighted by ``weight`` (one value per link)."""
        order, indptr, indices = self.rev if reverse else self.fwd
        return sp.csr_matrix((weight[self.use][order], indices, indptr), shape=(self.n, self.n))

    def links(self, path: list[int]) -> np.ndarray:
        """The contracted links along a node path."""
        p = np.asarray(path, dtype=np.int64)
        return self.use[np.searchsorted(self.keys, p[:-1] * self.n + p[1:])]

    def expand(self, qlinks: np.ndarray) -> np.ndarray:
        """Base links of a sequence of contracted links."""
        return np.concatenate([self.seqs[q] for q in qlinks.tolist()])


def _resolve(G, idx: GraphIndex, point, what: str, max_snap_m: float) -> int:
    """Node position of a node id or a ``(lon, lat)`` pair."""
    try:
        if point in idx.node_pos:
            return idx.node_pos[point]
    except TypeError:  # unhashable: a list or an array
        pass
    if isinstance(point, (tuple, list, np.ndarray)) and len(point) == 2:
        try:
            lon, lat = float(point[0]), float(point[1])
        except (TypeError, ValueError):
            raise InputError(f"{what} must be a node id or (lon, lat), got {point!r}") from None
        if not (-180 <= lon <= 180 and -90 <= lat <= 90):
            raise InputError(f"{what} ({lon}, {lat}) is not a (lon, lat) position")
        node = nco.roads.nearest_nodes(G, lon, lat)
        p = idx.node_pos[node]
        gap = haversine(lon, lat, idx.x[p], idx.y[p])
        if gap > max_snap_m:
            raise InputError(
                f"{what} ({lon:.6f}, {lat:.6f}) is {gap:.0f} m from the nearest road of the network "
                f"(limit {max_snap_m:.0f} m): it lies outside the network's area")
        return p
    raise InputError(f"{what} {point!r} is not a node of the road graph (give a node id or (lon, lat))")


def _walk(pred: np.ndarray, start: int, end: int) -> list[int] | None:
    """Nodes from ``start`` to ``end`` in a predecessor tree rooted at ``start``."""
    out = [end]
    cur = end
    while cur != start:
        cur = int(pred[cur])
        if cur < 0:
            return None
        out.append(cur)
    return out[::-1]


def _overlap(len_shared: float, la: float, lb: float) -> float:
    return len_shared / max(min(la, lb), 1e-9)


def candidate_paths(G, origin, destination, k: int = 5, *, max_stretch: float = 1.5,
                    max_overlap: float = 0.7, penalty: float = 0.4, max_iter: int | None = None,
                    max_via: int = 100, max_snap_m: float = 300.0, method: str = "both"):
    """Candidate routes as link arrays (the work behind :func:`alternatives`).

    Returns
    -------
    idx : GraphIndex
    routes : list of (links ndarray, source str)
        At most ``k`` routes, the fastest first.
    """
    if not isinstance(k, (int, np.integer)) or k < 1:
        raise InputError(f"k must be a positive integer, got {k!r}")
    if not max_stretch >= 1.0:
        raise InputError(f"max_stretch must be at least 1, got {max_stretch}")
    if not 0.0 < max_overlap <= 1.0:
        raise InputError(f"max_overlap must be in (0, 1], got {max_overlap}")
    if method not in ("both", "penalty", "plateau"):
        raise InputError(f"method must be 'both', 'penalty' or 'plateau', got {method!r}")
    idx = graph_index(G)
    o = _resolve(G, idx, origin, "origin", max_snap_m)
    t = _resolve(G, idx, destination, "destination", max_snap_m)
    if o == t:
        raise InputError(f"origin and destination are the same road node ({idx.nodes[o]}); nothing to route")
    q = _QueryGraph(idx, o, t)
    dist_f, pred_f = dijkstra(q.matrix(q.time), directed=True, indices=o, return_predecessors=True)
    if not np.isfinite(dist_f[t]):
        raise InputError(f"no path from node {idx.nodes[o]} to node {idx.nodes[t]}: the destination is unreachable from the origin")
    best = float(dist_f[t])
    bound = best * max_stretch + 1e-6
    fastest = _walk(pred_f, o, t)
    pool: list[tuple[float, list, str]] = [(best, fastest, "fastest")]

    if method in ("both", "penalty") and k > 1:
        mult = np.ones(len(q.time))
        mult[q.links(fastest)] += penalty
        for _ in range(max_iter if max_iter is not None else k):
            lim = bound * float(mult.max())
            d, pred = dijkstra(q.matrix(q.time * mult), directed=True, indices=o, return_predecessors=True, limit=lim)
            if not np.isfinite(d[t]):
                break
            path = _walk(pred, o, t)
            ql = q.links(path)
            mult[ql] += penalty
            pool.append((float(q.time[ql].sum()), path, "penalty"))
    pool.sort(key=lambda r: r[0])

    vias = iter(())
    if method in ("both", "plateau") and k > 1:
        dist_b, pred_b = dijkstra(q.matrix(q.time, reverse=True), directed=True, indices=t,
                                  return_predecessors=True, limit=bound)
        via_cost = dist_f + dist_b
        on_fastest = np.zeros(idx.n, dtype=bool)
        on_fastest[fastest] = True
        cand = np.flatnonzero((via_cost <= bound) & ~on_fastest)
        cand = cand[np.argsort(via_cost[cand], kind="stable")][:max_via]
        vias = _via_paths(pred_f.tolist(), pred_b.tolist(), o, t, cand, via_cost, on_fastest)

    merged = heapq.merge(pool, vias, key=lambda r: r[0])
    return idx, _select(q, merged, k, bound, max_overlap)


def _via_paths(pred_f, pred_b, o, t, cand, via_cost, covered):
    """Plateau routes o -> v -> t in order of cost, skipping via nodes already
    on a generated route (they would give the same route again)."""
    covered = covered.copy()
    for vnode in cand.tolist():
        if covered[vnode]:
            continue
        head = _walk(pred_f, o, vnode)
        tail = _walk(pred_b, t, vnode)  # in the reversed tree: t ... vnode
        if head is None or tail is None:
            continue
        path = head + tail[::-1][1:]
        covered[path] = True
        yield float(via_cost[vnode]), path, "plateau"


def _select(q: _QueryGraph, pool, k: int, bound: float, max_overlap: float):
    """Take routes from ``pool`` ((cost, node path, source), sorted by cost)
    that pass the filters, up to ``k``; returns (base links, source) pairs."""
    idx = q.idx
    chosen: list[tuple[np.ndarray, str]] = []
    chosen_sets: list[tuple[set, float]] = []
    seen: set = set()
    for cost, path, source in pool:
        if len(chosen) >= k:
            break
        if cost > bound or len(set(path)) != len(path):
            continue
        key = tuple(path)
        if key in seen:
            continue
        seen.add(key)
        ql = q.links(path)
        qset = set(ql.tolist())
        total = float(q.length[ql].sum())
        ok = True
        for other, other_total in chosen_sets:
            common = qset & other
            shared = float(q.length[list(common)].sum()) if common else 0.0
            if _overlap(shared, total, other_total) > max_overlap:
                ok = False
                break
        if not ok:
            continue
        links = q.expand(ql)
        if len(chosen) and np.any(np.abs(turn_angles(idx, links)) > UTURN_DEG):
            continue
        chosen.append((links, source))
        chosen_sets.append((qset, total))
    return chosen


def alternatives(G, origin, destination, k: int = 5, *, max_stretch: float = 1.5, max_overlap: float = 0.7,
                 penalty: float = 0.4, method: str = "both", max_snap_m: float = 300.0):
    """Up to ``k`` diverse candidate routes from ``origin`` to ``destination``.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        A road graph from :func:`nco.roads.load` (osmnx-compatible).
    origin, destination : node id or (lon, lat)
        A node of ``G``, or a position snapped to its nearest node.
    k : int
        Most routes to return; fewer come back when the network offers fewer
        routes that pass the stretch and overlap filters.
    max_stretch : float
        Drop routes slower than ``max_stretch`` times the fastest one.
    max_overlap : float
        Drop a route sharing more than this fraction of the shorter route's
        length with a route already taken.
    penalty : float
        Link-memory penalty: each use of a link multiplies its cost by
        ``1 + penalty`` more for the following searches.
    method : {"both", "penalty", "plateau"}
        Candidate generators feeding the pool.
    max_snap_m : float
        A ``(lon, lat)`` farther than this from every road node is an error.

    Returns
    -------
    geopandas.GeoDataFrame
        One row per route, fastest first (EPSG:4326 LineStrings) with
        ``travel_time`` (s), ``length`` (m), ``stretch`` (travel time over the
        fastest), ``turns``, ``left_turns``, ``right_turns``,
        ``turn_angle_sum`` and ``max_turn_angle`` (degrees), ``signals``,
        road-class length shares ``share_<class>``, ``streets``, ``nodes``
        and ``source`` (the generator).  ``.attrs["comparison"]`` holds the
        N x N x F comparison features of every ordered pair on the segments
        where the two routes differ, with their names in
        ``.attrs["comparison_fields"]`` (see :func:`nco.routes.features.comparison_features`).

    Raises
    ------
    nco.InputError
        Unknown node, a position outside the network, origin equal to
        destination, or no path between them.
    """
    idx, routes = candidate_paths(G, origin, destination, k, max_stretch=max_stretch, max_overlap=max_overlap,
                                  penalty=penalty, method=method, max_snap_m=max_snap_m)
    return routes_frame(idx, routes)
