"""The arrays of a road graph that route search and route features share.

:func:`graph_index` turns an osmnx-style graph into a :class:`GraphIndex`
(links with travel time, length, road class, bearings and traffic signals, a
compressed-sparse-row layout, chains of pass-through nodes contracted), built
once per graph.  Traffic signals come from node tags
``highway=traffic_signals`` or, for a bundled extract, from its ``.osm.pbf``
(:func:`traffic_signals`).
"""

from __future__ import annotations

import functools
import weakref
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import scipy.sparse as sp

from nco.errors import InputError
from nco.geo import bearing_deg
from nco.roads import CITIES

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


def csr_layout(tail: np.ndarray, head: np.ndarray, n: int):
    """Compressed-sparse-row layout of the links ``tail -> head`` over ``n`` nodes.

    Returns
    -------
    tuple
        ``order`` (the links sorted by tail, then head), ``indptr`` and
        ``indices`` (the heads in that order, as int32).
    """
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
        Nodes with traffic signals; by default :func:`traffic_signals`.
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
    first = np.array([c[:2].ravel() for c in coords], dtype=float)  # the first and the last step of each link
    last = np.array([c[-2:].ravel() for c in coords], dtype=float)
    bearing_start = np.asarray(bearing_deg(first[:, 0], first[:, 1], first[:, 2], first[:, 3]), dtype=float)
    bearing_end = np.asarray(bearing_deg(last[:, 0], last[:, 1], last[:, 2], last[:, 3]), dtype=float)
    if signals is None:
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
    order, indptr, indices = csr_layout(u, v, n)
    rorder, rindptr, rindices = csr_layout(v, u, n)
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


def turn_angles(idx: GraphIndex, links: np.ndarray) -> np.ndarray:
    """Signed heading change at each inner junction (degrees, right turns positive)."""
    if len(links) < 2:
        return np.zeros(0)
    d = idx.bearing_start[links[1:]] - idx.bearing_end[links[:-1]]
    return (d + 540.0) % 360.0 - 180.0


# -- traffic signals ----------------------------------------------------------
@functools.lru_cache(maxsize=16)
def _signals_in_pbf(path: str) -> frozenset:
    import pyrosm

    osm = pyrosm.OSM(path)
    df = osm.get_data_by_custom_criteria(
        custom_filter={"highway": ["traffic_signals"]},
        filter_type="keep", keep_nodes=True, keep_ways=False, keep_relations=False)
    if df is None or len(df) == 0:
        return frozenset()
    return frozenset(int(i) for i in df["id"].tolist())


def traffic_signals(G) -> set:
    """Node ids of ``G`` with traffic signals.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        A road graph.  Nodes whose attribute ``highway`` equals
        ``traffic_signals`` are used when present; otherwise, for a graph
        loaded from a bundled extract (``G.graph["name"]`` is its file name),
        the signals are read from that ``.osm.pbf``.

    Returns
    -------
    set
        Node ids (possibly empty).
    """
    tagged = {n for n, d in G.nodes(data=True) if str(d.get("highway", "")) == "traffic_signals"}
    if tagged:
        return tagged
    label = str(G.graph.get("name", ""))
    for path in CITIES.values():
        if Path(path).name == label and Path(path).is_file():
            ids = _signals_in_pbf(str(Path(path).resolve()))
            return {n for n in G.nodes if n in ids}
    return set()
