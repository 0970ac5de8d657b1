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
import weakref
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp
from scipy.sparse.csgraph import dijkstra

from nco.errors import InputError
from nco.geo import bearing_deg, haversine_m

#: Road classes used for the road-class shares, most important first.
ROAD_CLASSES = ("motorway", "primary", "secondary", "tertiary", "residential", "service")

_CLASS_OF = {
    "motorway": 0, "motorway_link": 0, "trunk": 0, "trunk_link": 0,
    "primary": 1, "primary_link": 1,
    "secondary": 2, "secondary_link": 2,
    "tertiary": 3, "tertiary_link": 3,
    "residential": 4, "living_street": 4, "unclassified": 4, "road": 4,
}
_SERVICE = 5

#: A junction counts as a turn when the heading changes by more than this (degrees).
TURN_DEG = 40.0
#: A heading change above this is a U-turn; candidates with one are dropped.
UTURN_DEG = 150.0


def _road_class(highway) -> int:
    if isinstance(highway, (list, tuple)):
        return min((_road_class(h) for h in highway), default=_SERVICE)
    return _CLASS_OF.get(str(highway), _SERVICE)


def _first_name(name) -> str:
    if isinstance(name, (list, tuple)):
        name = next((n for n in name if isinstance(n, str)), "")
    return name if isinstance(name, str) else ""


@dataclass
class GraphIndex:
    """Arrays over the graph's links (parallel edges collapsed to the fastest).

    Built once per graph by :func:`graph_index` and shared by the candidate
    generator, the feature extractor and the map.
    """

    nodes: list
    node_pos: dict
    x: np.ndarray
    y: np.ndarray
    u: np.ndarray            # link tail (node position)
    v: np.ndarray            # link head (node position)
    travel_time: np.ndarray  # s
    length: np.ndarray       # m
    road_class: np.ndarray   # index into ROAD_CLASSES
    name: list
    signals: np.ndarray      # 1 where the link's head node has traffic signals
    junction: np.ndarray     # per node: True where three or more streets meet
    bearing_start: np.ndarray
    bearing_end: np.ndarray
    coords: list             # (m, 2) lon/lat arrays, tail to head
    straight: bool           # every link is a straight segment between its nodes (no edge geometry)
    link_of: dict            # (u_pos, v_pos) -> link
    csr_order: np.ndarray    # CSR data position -> link
    csr_indptr: np.ndarray
    csr_indices: np.ndarray
    rev_order: np.ndarray    # same for the reversed graph
    rev_indptr: np.ndarray
    rev_indices: np.ndarray
    key: np.ndarray = None   # per node: kept in the contracted graph (junction, dead end, ...)
    chain_tail: np.ndarray = None   # contracted link -> tail node
    chain_head: np.ndarray = None   # contracted link -> head node
    chain_time: np.ndarray = None
    chain_length: np.ndarray = None
    chains: list = None             # contracted link -> its base links
    through: dict = None            # non-key node -> [(contracted link, position of its in-link in the chain)]

    @property
    def n(self) -> int:
        return len(self.nodes)

    def matrix(self, weight: np.ndarray, reverse: bool = False) -> sp.csr_matrix:
        """CSR matrix of the links weighted by ``weight`` (one value per link)."""
        if reverse:
            return sp.csr_matrix((weight[self.rev_order], self.rev_indices, self.rev_indptr), shape=(self.n, self.n))
        return sp.csr_matrix((weight[self.csr_order], self.csr_indices, self.csr_indptr), shape=(self.n, self.n))


_INDEX_CACHE: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


def _csr_layout(tail: np.ndarray, head: np.ndarray, n: int):
    order = np.lexsort((head, tail))
    indptr = np.zeros(n + 1, dtype=np.int64)
    np.add.at(indptr, tail + 1, 1)
    return order, np.cumsum(indptr), head[order].astype(np.int32)


def graph_index(G, signals=None) -> GraphIndex:
    """Return the (cached) :class:`GraphIndex` of an osmnx-style graph.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        Nodes with ``x``/``y`` (lon/lat); edges with ``length``,
        ``travel_time``, ``highway`` and optionally ``name`` and ``geometry``.
    signals : iterable of node ids, optional
        Nodes with traffic signals; by default :func:`nco.routes.features.traffic_signals`.
    """
    if G in _INDEX_CACHE and signals is None:
        return _INDEX_CACHE[G]
    if G.number_of_nodes() == 0 or G.number_of_edges() == 0:
        raise InputError("the road graph has no nodes or no edges")
    nodes = list(G.nodes)
    pos = {n: i for i, n in enumerate(nodes)}
    try:
        x = np.array([float(G.nodes[n]["x"]) for n in nodes])
        y = np.array([float(G.nodes[n]["y"]) for n in nodes])
    except KeyError as exc:
        raise InputError(f"graph nodes need 'x' and 'y' (lon, lat); missing {exc}") from None
    best: dict = {}
    for a, b, data in G.edges(data=True):
        if a == b:
            continue
        if "travel_time" not in data or "length" not in data:
            raise InputError("graph edges need 'travel_time' and 'length' (see nco.roads.load)")
        key = (pos[a], pos[b])
        if key not in best or data["travel_time"] < best[key]["travel_time"]:
            best[key] = data
    if not best:
        raise InputError("the road graph has no edges between distinct nodes")
    keys = list(best)
    u = np.array([k[0] for k in keys], dtype=np.int64)
    v = np.array([k[1] for k in keys], dtype=np.int64)
    datas = [best[k] for k in keys]
    travel_time = np.array([max(float(d["travel_time"]), 1e-3) for d in datas])
    length = np.array([float(d["length"]) for d in datas])
    road_class = np.array([_road_class(d.get("highway")) for d in datas], dtype=np.int64)
    name = [_first_name(d.get("name")) for d in datas]
    coords = []
    for (a, b), d in zip(keys, datas):
        geom = d.get("geometry")
        if geom is not None and hasattr(geom, "coords"):
            c = np.asarray(geom.coords, dtype=float)[:, :2]
            # a stored geometry may run head to tail; orient it tail to head
            if np.hypot(*(c[0] - (x[a], y[a]))) > np.hypot(*(c[-1] - (x[a], y[a]))):
                c = c[::-1]
        else:
            c = np.array([[x[a], y[a]], [x[b], y[b]]])
        if len(c) < 2:
            c = np.array([[x[a], y[a]], [x[b], y[b]]])
        coords.append(c)
    bearing_start = np.array([bearing_deg(c[0, 0], c[0, 1], c[1, 0], c[1, 1]) for c in coords], dtype=float)
    bearing_end = np.array([bearing_deg(c[-2, 0], c[-2, 1], c[-1, 0], c[-1, 1]) for c in coords], dtype=float)
    if signals is None:
        from nco.routes.features import traffic_signals

        signals = traffic_signals(G)
    signal_pos = np.zeros(len(nodes), dtype=bool)
    for s_ in signals:
        if s_ in pos:
            signal_pos[pos[s_]] = True
    sig = signal_pos[v].astype(np.int64)
    neighbours = np.zeros(len(nodes), dtype=np.int64)
    und = {(min(a, b), max(a, b)) for a, b in zip(u.tolist(), v.tolist())}
    for a, b in und:
        neighbours[a] += 1
        neighbours[b] += 1
    n = len(nodes)
    order, indptr, indices = _csr_layout(u, v, n)
    rorder, rindptr, rindices = _csr_layout(v, u, n)
    idx = GraphIndex(
        nodes=nodes, node_pos=pos, x=x, y=y, u=u, v=v, travel_time=travel_time, length=length,
        road_class=road_class, name=name, signals=sig, junction=neighbours >= 3, bearing_start=bearing_start,
        bearing_end=bearing_end, coords=coords, straight=all(len(c) == 2 for c in coords),
        link_of={k: i for i, k in enumerate(keys)},
        csr_order=order, csr_indptr=indptr, csr_indices=indices,
        rev_order=rorder, rev_indptr=rindptr, rev_indices=rindices,
    )
    _contract(idx)
    _INDEX_CACHE[G] = idx
    return idx


def _contract(idx: GraphIndex) -> None:
    """Contract chains of pass-through nodes into single links.

    A node is kept (a *key* node) unless it only passes traffic along one
    street: one link in and one out (one-way), or links in and out to the same
    two neighbours (two-way).  Chains between key nodes become one link; where
    two chains join the same pair of key nodes, or a chain returns to its
    start, an inner node is kept as well, so no route is lost.
    """
    n = idx.n
    out_ptr = idx.csr_indptr
    out_links = idx.csr_order
    in_ptr = idx.rev_indptr
    in_links = idx.rev_order
    key = np.ones(n, dtype=bool)
    u, v = idx.u, idx.v
    for x in range(n):
        outs = out_links[out_ptr[x]:out_ptr[x + 1]]
        ins = in_links[in_ptr[x]:in_ptr[x + 1]]
        if len(outs) == 1 and len(ins) == 1 and v[outs[0]] != u[ins[0]]:
            key[x] = False
        elif len(outs) == 2 and len(ins) == 2:
            on, inn = set(v[outs].tolist()), set(u[ins].tolist())
            if on == inn and len(on) == 2:
                key[x] = False
    out_lists = [out_links[out_ptr[x]:out_ptr[x + 1]].tolist() for x in range(n)]
    v_l = v.tolist()
    for _ in range(20):
        tails, heads, seqs = [], [], []
        for s0 in np.flatnonzero(key).tolist():
            for first in out_lists[s0]:
                seq = [first]
                prev, cur = s0, v_l[first]
                while not key[cur] and len(seq) <= n:
                    nxt = [e for e in out_lists[cur] if v_l[e] != prev]
                    if not nxt:
                        break
                    seq.append(nxt[0])
                    prev, cur = cur, v_l[nxt[0]]
                tails.append(s0), heads.append(cur), seqs.append(seq)
        best: dict = {}
        split = []
        for c, (a, b, seq) in enumerate(zip(tails, heads, seqs)):
            if not key[b]:  # a chain ending in a dead loop: keep its last node
                split.append(b)
                continue
            if a == b:
                split.append(v_l[seq[len(seq) // 2 - (len(seq) % 2 == 0)]])
                continue
            tt = float(idx.travel_time[seq].sum())
            if (a, b) in best:
                other = best[(a, b)]
                slow = c if tt >= other[1] else other[0]
                if slow != c:
                    best[(a, b)] = (c, tt)
                if len(seqs[slow]) > 1:
                    split.append(v_l[seqs[slow][0]])
            else:
                best[(a, b)] = (c, tt)
        if not split:
            break
        key[split] = True
    keep = [c for c, tt in best.values()]
    idx.key = key
    idx.chain_tail = np.array([tails[c] for c in keep], dtype=np.int64)
    idx.chain_head = np.array([heads[c] for c in keep], dtype=np.int64)
    idx.chains = [np.array(seqs[c], dtype=np.int64) for c in keep]
    idx.chain_time = np.array([float(idx.travel_time[ch].sum()) for ch in idx.chains])
    idx.chain_length = np.array([float(idx.length[ch].sum()) for ch in idx.chains])
    through: dict = {}
    for c, ch in enumerate(idx.chains):
        for p_, e in enumerate(ch[:-1].tolist()):
            through.setdefault(v_l[e], []).append((c, p_))
    idx.through = through


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
        self.fwd = _csr_layout(a, b, self.n)
        self.rev = _csr_layout(b, a, self.n)
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
        import nco.roads

        node = nco.roads.nearest_nodes(G, lon, lat)
        p = idx.node_pos[node]
        gap = haversine_m(lon, lat, idx.x[p], idx.y[p])
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


def turn_angles(idx: GraphIndex, links: np.ndarray) -> np.ndarray:
    """Signed heading change at each inner junction (degrees, right turns positive)."""
    if len(links) < 2:
        return np.zeros(0)
    d = idx.bearing_start[links[1:]] - idx.bearing_end[links[:-1]]
    return (d + 540.0) % 360.0 - 180.0


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
    from nco.routes.features import routes_frame

    idx, routes = candidate_paths(G, origin, destination, k, max_stretch=max_stretch, max_overlap=max_overlap,
                                  penalty=penalty, method=method, max_snap_m=max_snap_m)
    return routes_frame(idx, routes)
