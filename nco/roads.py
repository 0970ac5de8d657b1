"""Road networks: OpenStreetMap extract or place name -> routable graph -> matrices.

The one road-network module of nco.  The city dataset, the trip planner and
the route alternatives all load their graphs here.

>>> from nco import roads
>>> G = roads.load("munich")                      # bundled extract, drive network
>>> a, b = roads.nearest_nodes(G, [11.5755, 11.5650], [48.1374, 48.1400])
>>> dist_m, time_s = roads.travel_matrices(G, [a, b])
>>> path = roads.shortest_path(G, a, b)          # fastest path, list of node ids

Graphs are osmnx-compatible :class:`networkx.MultiDiGraph` objects
(``G.graph["crs"] == "epsg:4326"``; nodes carry ``x`` = longitude and
``y`` = latitude; edges carry ``length`` in metres, ``speed_kph``,
``travel_time`` in seconds, ``highway``, ``name``, ``oneway``, ``tunnel``,
``bridge`` and ``osmid``), so osmnx and networkx functions apply directly.
They are not simplified: every OSM node of a kept way is a graph node, so
paths follow the street geometry node by node.

Map data (c) OpenStreetMap contributors (ODbL); see :data:`ATTRIBUTION`.
"""

from __future__ import annotations

import bz2
import hashlib
import io
import math
import os
import re
import weakref
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import numpy as np

from nco import fsio, resources
from nco.errors import InputError
from nco.geo import EARTH_RADIUS_M, haversine
from nco.npzsafe import load_npz
from nco.progress import tqdm

#: Shown wherever OSM-derived graphs, maps or matrices are shown or shipped.
ATTRIBUTION = "(c) OpenStreetMap contributors"

#: Network types accepted by :func:`load`.
MODES = ("drive", "walk")

#: Walking speed used for every edge of a ``walk`` graph (km/h).
WALK_SPEED_KPH = 4.8

#: Speed (km/h) of a drivable edge without a usable ``maxspeed`` tag, by
#: ``highway`` value (``*_link`` roads take the value of their road).
DEFAULT_SPEED_KPH = {
    "motorway": 100.0,
    "trunk": 80.0,
    "primary": 50.0,
    "secondary": 50.0,
    "tertiary": 40.0,
    "unclassified": 30.0,
    "residential": 30.0,
    "living_street": 10.0,
    "service": 20.0,
    "road": 30.0,
    "busway": 30.0,
}
_FALLBACK_SPEED_KPH = 30.0

_OSM_SUFFIXES = (".osm.pbf", ".pbf", ".osm", ".osm.bz2", ".xml", ".osm.xml")


#: Bundled OpenStreetMap extracts (city centres), by name.  The folder can be
#: moved with the environment variable ``NCO_DATA`` (it holds ``osm/``).
CITIES: dict[str, Path] = {
    name: resources.data("osm", f"{name}_centre.osm.pbf")
    for name in ("munich", "porto", "helsinki", "monaco", "andorra", "stockholm", "sydney",
                 "baltimore", "harrisburg", "new_york", "paris", "krems", "bayreuth_north", "campo_grande")
}

_GRAPHS: dict[tuple[str, str], nx.MultiDiGraph] = {}


# -- loading -----------------------------------------------------------------
def load(place, mode: str = "drive") -> nx.MultiDiGraph:
    """Load a routable road network.

    Parameters
    ----------
    place
        A bundled city name (a key of :data:`CITIES`), a path to an OSM
        extract (``.osm.pbf``, ``.osm`` or ``.osm.bz2``), or a place name
        that osmnx can geocode (this needs a network connection).
    mode
        ``"drive"``: the drivable network (osmnx's ``drive`` filter), one-way
        streets respected, speeds from ``maxspeed`` or
        :data:`DEFAULT_SPEED_KPH`.  ``"walk"``: the walkable network, every
        edge usable in both directions at :data:`WALK_SPEED_KPH`.

    Returns
    -------
    networkx.MultiDiGraph
        The largest strongly connected component of the network.  The same
        ``place`` and ``mode`` return the same graph object within a process
        (do not modify it; copy it first).

    Raises
    ------
    InputError
        For an unknown mode, a missing file, a file that is not OSM data, an
        extract without roads of that mode, or a place name that cannot be
        looked up (for instance offline).

    Notes
    -----
    Ways clipped at the edge of an extract keep only the nodes present in the
    file; an edge is made only between two consecutive nodes of a way that
    are both present.
    """
    if mode not in MODES:
        raise InputError(f"mode must be one of {MODES}, got {mode!r}")
    source, kind = _resolve(place)
    key = (source, mode)
    if key in _GRAPHS:
        return _GRAPHS[key]
    if kind == "place":
        G = _build_graph(*_segments_place(source, mode), mode, source)
    else:
        G = _extract_graph(Path(source), kind, mode)
    _GRAPHS[key] = G
    return G


def city_extract(name) -> Path:
    """The bundled extract of a city name (case-insensitive, a key of :data:`CITIES`).

    Only the bundled names are accepted: a path or any other text is refused,
    so that a city name never opens a file of its choosing.

    Raises
    ------
    InputError
        Not a bundled city name (the message lists them), or its extract is
        missing from the data folder.
    """
    key = name.strip().lower() if isinstance(name, str) else None
    if key not in CITIES:
        shown = repr(name) if not isinstance(name, str) or len(name) <= 60 else repr(name[:57] + "...")
        raise InputError(f"unknown city {shown}: bundled cities are {', '.join(CITIES)}")
    path = CITIES[key]
    if not path.is_file():
        raise InputError(f"bundled extract for {key!r} is missing: {path.name} (set NCO_DATA to the data folder)")
    return path


def _resolve(place) -> tuple[str, str]:
    if isinstance(place, str) and place.strip().lower() in CITIES:
        return str(city_extract(place).resolve()), "pbf"
    if not isinstance(place, (str, os.PathLike)):
        raise InputError(f"place must be a city name, a file path or a place name, got {type(place).__name__}")
    text = os.fspath(place)
    p = Path(text)
    looks_like_file = text.lower().endswith(_OSM_SUFFIXES) or os.sep in text or p.exists()
    if looks_like_file:
        if not p.is_file():
            raise InputError(f"no such OSM file: {text}")
        return str(p.resolve()), "pbf" if text.lower().endswith(".pbf") else "xml"
    if not text.strip():
        raise InputError("place is empty")
    return text, "place"


def _segments_pbf(path: Path, mode: str):
    try:
        import pyrosm
    except ImportError as exc:  # pragma: no cover - a dependency of nco
        raise InputError(f"reading {path.name} needs pyrosm ({exc})") from None
    try:
        osm = pyrosm.OSM(str(path))
        net = osm.get_network(network_type="driving" if mode == "drive" else "walking", nodes=True)
    except Exception as exc:  # pyrosm raises its own types for bad files
        msg = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise InputError(f"not a readable OSM PBF file ({msg})", path=path.name) from None
    if net is None or net[1] is None or len(net[1]) == 0:
        raise InputError(f"the extract has no {_mode_word(mode)} roads", path=path.name)
    nodes_df, edges = net
    nodes = dict(zip(nodes_df["id"].to_numpy(np.int64).tolist(),
                     zip(nodes_df["lon"].to_numpy(float).tolist(), nodes_df["lat"].to_numpy(float).tolist())))

    def col(name):
        if name in edges.columns:
            return edges[name].tolist()
        return [None] * len(edges)

    segs = []
    for u, v, length, osmid, highway, name, oneway, junction, maxspeed, tunnel, bridge in zip(
        edges["u"].to_numpy(np.int64).tolist(), edges["v"].to_numpy(np.int64).tolist(),
        edges["length"].to_numpy(float).tolist(), col("id"), col("highway"), col("name"),
        col("oneway"), col("junction"), col("maxspeed"), col("tunnel"), col("bridge"),
    ):
        if u not in nodes or v not in nodes or u == v:
            continue
        tags = {"highway": highway, "name": name, "oneway": oneway, "junction": junction,
                "maxspeed": maxspeed, "tunnel": tunnel, "bridge": bridge}
        segs.append((u, v, length, osmid, _clean_tags(tags)))
    return nodes, segs


def _segments_xml(path: Path, mode: str):
    from pyrosm.config.osm_filters import AccessRule, get_osm_filter

    exclude = get_osm_filter(mode)
    opener = bz2.open if path.name.lower().endswith(".bz2") else open
    nodes: dict[int, tuple[float, float]] = {}
    ways = []
    try:
        with opener(path, "rb") as fh:
            context = ET.iterparse(fh, events=("start", "end"))
            _, root = next(context)
            if root.tag != "osm":
                raise InputError(f"not an OSM XML file (root element <{root.tag}>, expected <osm>)", path=path.name)
            for event, el in context:
                if event != "end":
                    continue
                if el.tag == "node":
                    nodes[int(el.get("id"))] = (float(el.get("lon")), float(el.get("lat")))
                    el.clear()
                elif el.tag == "way":
                    tags = {t.get("k"): t.get("v") for t in el.iter("tag")}
                    if "highway" in tags:
                        refs = [int(nd.get("ref")) for nd in el.iter("nd")]
                        ways.append((int(el.get("id")), refs, tags))
                    el.clear()
                elif el.tag == "relation":
                    el.clear()
    except InputError:
        raise
    except (ET.ParseError, OSError, EOFError, StopIteration, TypeError, ValueError) as exc:
        raise InputError(f"not a readable OSM XML file ({exc})", path=path.name) from None
    segs = []
    for wid, refs, tags in ways:
        closed = False
        for key, rule in exclude.items():
            if isinstance(rule, AccessRule):
                closed = rule.closes(tags)
            elif key in tags and tags[key] in rule:
                closed = True
            if closed:
                break
        if closed:
            continue
        clean = _clean_tags(tags)
        for u, v in zip(refs[:-1], refs[1:]):
            if u in nodes and v in nodes and u != v:
                segs.append((u, v, haversine(*nodes[u], *nodes[v]), wid, clean))
    if not segs:
        raise InputError(f"the extract has no {_mode_word(mode)} roads", path=path.name)
    return nodes, segs


def _segments_place(place: str, mode: str):
    try:
        import osmnx as ox

        G0 = ox.graph_from_place(place, network_type=mode, simplify=False)
    except Exception as exc:
        kind = type(exc).__name__
        if "Connection" in kind or "Timeout" in kind:
            reason = "OpenStreetMap's servers cannot be reached (offline?)"
        else:
            reason = f"{kind}: " + (str(exc).splitlines()[0][:160] if str(exc) else "no details")
        raise InputError(
            f"unknown place {place!r}: not a bundled city ({', '.join(CITIES)}), not an OSM file, "
            f"and osmnx could not fetch it ({reason})"
        ) from None
    nodes = {int(n): (float(d["x"]), float(d["y"])) for n, d in G0.nodes(data=True)}
    segs = []
    for u, v, d in G0.edges(data=True):
        if u == v:
            continue
        tags = {k: d.get(k) for k in ("highway", "name", "junction", "maxspeed", "tunnel", "bridge")}
        tags = _clean_tags(tags)
        tags["_directed"] = True  # osmnx already added the reverse of two-way edges
        tags["oneway"] = bool(d.get("oneway", False))
        osmid = d.get("osmid")
        segs.append((int(u), int(v), float(d["length"]), osmid[0] if isinstance(osmid, list) else osmid, tags))
    return nodes, segs


def _mode_word(mode: str) -> str:
    return "drivable" if mode == "drive" else "walkable"


def _first(value):
    if isinstance(value, (list, tuple)):
        return value[0] if value else None
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    return value


def _clean_tags(tags: dict) -> dict:
    out = {k: _first(v) for k, v in tags.items()}
    for k in ("highway", "name", "oneway", "junction", "maxspeed", "tunnel", "bridge"):
        v = out.get(k)
        out[k] = None if v is None else str(v)
    return out


def _truthy(value) -> bool:
    return value is not None and str(value).lower() not in ("no", "false", "0", "")


def _speed_kph(tags: dict) -> float:
    ms = tags.get("maxspeed")
    if ms:
        m = re.match(r"\s*(\d+(?:\.\d+)?)\s*(mph)?", ms)
        if m:
            speed = float(m.group(1)) * (1.609344 if m.group(2) else 1.0)
            if speed > 0:
                return speed
    hw = (tags.get("highway") or "").replace("_link", "")
    return DEFAULT_SPEED_KPH.get(hw, _FALLBACK_SPEED_KPH)


def _build_graph(nodes: dict, segs: list, mode: str, label: str) -> nx.MultiDiGraph:
    """The largest strongly connected component of the segments' network."""
    return _graph_from_arrays(_graph_arrays(nodes, segs, mode, label), mode, label)


def _edge_fields(tags: dict, mode: str):
    """Speed, the directions an OSM segment is usable in and whether it is one-way."""
    if mode == "walk":
        return WALK_SPEED_KPH, True, True, False
    speed = _speed_kph(tags)
    ow = (tags.get("oneway") or "").lower()
    if tags.get("_directed"):
        return speed, True, False, bool(tags.get("oneway"))
    if ow == "-1":
        return speed, False, True, True
    if ow in ("yes", "true", "1") or (tags.get("junction") or "") in ("roundabout", "circular"):
        return speed, True, False, True
    return speed, True, True, False


def _code(table: dict, value: str) -> int:
    code = table.get(value)
    if code is None:
        code = table[value] = len(table)
    return code


def _edge_arrays(nodes: dict, segs: list, mode: str) -> dict:
    """The directed edges of the segments as arrays (OSM node ids at the ends),
    in the order they are added to the graph."""
    su, sv, cols, highways, names = [], [], [], {}, {}
    for u, v, length, osmid, tags in segs:
        speed, forward, backward, oneway = _edge_fields(tags, mode)
        row = (float(length), float(speed), -1 if osmid is None else int(osmid),
               _code(highways, tags.get("highway") or "road"), _code(names, tags.get("name") or ""),
               oneway | (_truthy(tags.get("tunnel")) << 1) | (_truthy(tags.get("bridge")) << 2))
        for a, b, do in ((u, v, forward), (v, u, backward)):
            if do:
                su.append(a)
                sv.append(b)
                cols.append(row)
    length, speed, osmid, hw, nm, flags = (list(c) for c in zip(*cols)) if cols else ([],) * 6
    return dict(u=np.array(su, dtype=np.int64), v=np.array(sv, dtype=np.int64),
                length=np.array(length, dtype=np.float64), speed_kph=np.array(speed, dtype=np.float64),
                osmid=np.array(osmid, dtype=np.int64), highway=np.array(hw, dtype=np.int32),
                name=np.array(nm, dtype=np.int32), flags=np.array(flags, dtype=np.uint8),
                highways=np.array(list(highways), dtype=str), names=np.array(list(names) or [""], dtype=str))


def _graph_arrays(nodes: dict, segs: list, mode: str, label: str) -> dict:
    """The largest strongly connected component of the network as arrays:
    nodes in the order they first appear on an edge, edges by node index."""
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    a = _edge_arrays(nodes, segs, mode)
    if len(a["u"]) == 0:
        raise InputError(f"{label}: the network has no {_mode_word(mode)} roads")
    ends = np.column_stack([a["u"], a["v"]]).ravel()
    ids, first, inv = np.unique(ends, return_index=True, return_inverse=True)
    rank = np.empty(len(ids), dtype=np.int64)
    rank[np.argsort(first, kind="stable")] = np.arange(len(ids))
    uv = rank[inv.reshape(-1, 2)]
    order = np.argsort(first, kind="stable")
    node_id = ids[order]
    n = len(node_id)
    adj = coo_matrix((np.ones(len(uv)), (uv[:, 0], uv[:, 1])), shape=(n, n)).tocsr()
    _, comp = connected_components(adj, directed=True, connection="strong")
    largest = np.argmax(np.bincount(comp))
    keep = comp == largest
    if keep.sum() < 2:
        raise InputError(f"{label}: the {_mode_word(mode)} network has no two mutually reachable nodes")
    new = np.cumsum(keep) - 1
    ek = keep[uv[:, 0]] & keep[uv[:, 1]]
    xy = np.array([nodes[int(i)] for i in node_id[keep]], dtype=np.float64).reshape(-1, 2)
    out = {k: (v if k in ("highways", "names") else v[ek]) for k, v in a.items() if k not in ("u", "v")}
    out.update(node_id=node_id[keep], x=xy[:, 0].copy(), y=xy[:, 1].copy(),
               u=new[uv[ek, 0]].astype(np.int32), v=new[uv[ek, 1]].astype(np.int32))
    return out


def _graph_from_arrays(a: dict, mode: str, label: str) -> nx.MultiDiGraph:
    """The networkx graph of :func:`_graph_arrays`.

    The adjacency is filled directly, in the dict-of-dicts layout networkx
    documents for its graphs (``add_edges_from`` takes seconds on a city):
    one attribute dict per edge, one key dict per ordered node pair shared by
    the successor and predecessor maps, keys 0, 1, ... in edge order.
    """
    G = nx.MultiDiGraph(crs="epsg:4326", name=label, mode=mode, attribution=ATTRIBUTION)
    ids = a["node_id"].tolist()
    node, succ, pred = G._node, G._succ, G._pred  # noqa: SLF001 - networkx's documented adjacency dicts
    for n, x, y in zip(ids, a["x"].tolist(), a["y"].tolist()):
        node[n] = {"x": x, "y": y}
        succ[n] = {}
        pred[n] = {}
    for iu, iv, osmid, length, speed, time, highway, name, oneway, tunnel, bridge in zip(
            a["u"].tolist(), a["v"].tolist(), *_edge_columns(a)):
        u, v = ids[iu], ids[iv]
        keys = succ[u].get(v)
        if keys is None:
            keys = succ[u][v] = pred[v][u] = {}
        keys[len(keys)] = {"osmid": osmid, "length": length, "speed_kph": speed, "travel_time": time,
                           "highway": highway, "name": name, "oneway": oneway, "tunnel": tunnel, "bridge": bridge}
    return G


def _edge_columns(a: dict) -> tuple:
    """The edge attributes of the graph arrays as lists: osmid, length,
    speed_kph, travel_time, highway, name, oneway, tunnel, bridge."""
    highways, names, flags = a["highways"].tolist(), a["names"].tolist(), a["flags"]
    return ([None if o < 0 else o for o in a["osmid"].tolist()], a["length"].tolist(), a["speed_kph"].tolist(),
            (a["length"] / (a["speed_kph"] / 3.6)).tolist(), [highways[i] for i in a["highway"].tolist()],
            [names[i] for i in a["name"].tolist()], (flags & 1).astype(bool).tolist(),
            (flags & 2).astype(bool).tolist(), (flags & 4).astype(bool).tolist())




# -- graph cache ---------------------------------------------------------------
#: Version of the road-graph cache; raised whenever the graph built from an
#: extract changes (filters, speeds, attributes), so older caches are rebuilt.
GRAPH_CACHE_VERSION = 1

#: The arrays of a cached graph: name -> (numpy dtype kinds, dimensions).
_GRAPH_ARRAYS = {
    "node_id": ("i", 1), "x": ("f", 1), "y": ("f", 1), "u": ("i", 1), "v": ("i", 1),
    "length": ("f", 1), "speed_kph": ("f", 1), "osmid": ("i", 1), "highway": ("i", 1),
    "name": ("i", 1), "flags": ("u", 1), "highways": ("U", 1), "names": ("U", 1), "meta": ("U", 1),
}
_GRAPH_CACHE_FORMAT = "nco-road-graph"
_GRAPH_MAX_ELEMENTS = 200_000_000


def graph_cache_file(path, mode: str, sha256: str) -> Path:
    """The cache of the ``mode`` graph of an extract whose content has SHA-256 ``sha256``."""
    stem = re.sub(r"[^A-Za-z0-9_.-]", "_", Path(path).name)[:80]
    return resources.cache_dir("roads", f"{stem}.{mode}.v{GRAPH_CACHE_VERSION}.{sha256[:32]}.npz")


def _arrays_sha256(a: dict) -> str:
    h = hashlib.sha256()
    for k in sorted(k for k in _GRAPH_ARRAYS if k != "meta"):
        arr = np.ascontiguousarray(a[k])
        h.update(f"{k}:{arr.dtype.str}:{arr.shape}\0".encode())
        h.update(arr.tobytes())
    return h.hexdigest()


def _write_graph_cache(cache: Path, a: dict, mode: str, source_sha: str) -> None:
    """Write the graph arrays atomically as an ``.npz``; skipped when it cannot be written."""
    meta = np.array([_GRAPH_CACHE_FORMAT, str(GRAPH_CACHE_VERSION), mode, source_sha, _arrays_sha256(a)])
    buf = io.BytesIO()
    np.savez(buf, meta=meta, **{k: a[k] for k in _GRAPH_ARRAYS if k != "meta"})
    try:
        cache.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fsio.write_bytes(cache, buf.getvalue())
    except OSError:
        pass


def _read_graph_cache(cache: Path, mode: str, source_sha: str) -> dict | None:
    """The arrays of a graph cache that matches the extract, the mode, the
    version and its own checksum and passes every bounds check; ``None`` otherwise."""
    try:
        if not cache.is_file() or (hasattr(os, "getuid") and cache.stat().st_uid != os.getuid()):
            return None
        a = load_npz(cache, _GRAPH_ARRAYS, _GRAPH_MAX_ELEMENTS, what="road graph cache")
    except (OSError, InputError):
        return None
    meta = a["meta"].tolist()
    if (meta[:4] != [_GRAPH_CACHE_FORMAT, str(GRAPH_CACHE_VERSION), mode, source_sha] or len(meta) != 5
            or not _graph_arrays_ok(a) or meta[4] != _arrays_sha256(a)):
        return None
    return a


def _graph_arrays_ok(a: dict) -> bool:
    """Shapes agree, indices and codes are in range, coordinates and lengths are sane."""
    n, m = len(a["node_id"]), len(a["u"])
    if n < 2 or m < 1 or any(len(a[k]) != n for k in ("x", "y")):
        return False
    if any(len(a[k]) != m for k in ("v", "length", "speed_kph", "osmid", "highway", "name", "flags")):
        return False
    in_range = all(((a[k] >= 0) & (a[k] < n)).all() for k in ("u", "v")) and (a["u"] != a["v"]).all()
    codes = (((a["highway"] >= 0) & (a["highway"] < len(a["highways"]))).all()
             and ((a["name"] >= 0) & (a["name"] < len(a["names"]))).all() and (a["flags"] < 8).all())
    coords = (np.isfinite(a["x"]).all() and np.isfinite(a["y"]).all() and (np.abs(a["x"]) <= 180).all()
              and (np.abs(a["y"]) <= 90).all())
    weights = (np.isfinite(a["length"]).all() and (a["length"] >= 0).all() and np.isfinite(a["speed_kph"]).all()
               and (a["speed_kph"] > 0).all() and (a["osmid"] >= -1).all())
    return bool(in_range and codes and coords and weights and len(np.unique(a["node_id"])) == n)


def _extract_graph(path: Path, kind: str, mode: str) -> nx.MultiDiGraph:
    """The graph of an OSM file, from the user's cache when one matches its content."""
    sha = fsio.sha256_file(path)
    cache = graph_cache_file(path, mode, sha)
    a = _read_graph_cache(cache, mode, sha)
    if a is None:
        nodes, segs = _segments_pbf(path, mode) if kind == "pbf" else _segments_xml(path, mode)
        a = _graph_arrays(nodes, segs, mode, path.name)
        _write_graph_cache(cache, a, mode, sha)
    return _graph_from_arrays(a, mode, path.name)


# -- water -------------------------------------------------------------------
_WATER: dict[str, list] = {}
_WATER_TAGS = {"natural": ["water"], "waterway": True}


def water(place) -> list:
    """Water areas and waterways of a place: OSM ``natural=water`` and any
    ``waterway``, as shapely geometries in (lon, lat).

    Parameters
    ----------
    place
        As for :func:`load`.

    Returns
    -------
    list
        Polygons (water areas, closed waterway areas) and line strings
        (rivers, streams, canals); empty when the place has none.
    """
    source, kind = _resolve(place)
    if source in _WATER:
        return _WATER[source]
    if kind == "pbf":
        import pyrosm

        try:
            gdf = pyrosm.OSM(source).get_data_by_custom_criteria(
                custom_filter=_WATER_TAGS, filter_type="keep", keep_nodes=False, keep_ways=True,
                keep_relations=True)
        except Exception as exc:
            raise InputError(f"cannot read water features ({type(exc).__name__})", path=Path(source).name) from None
        geoms = [] if gdf is None else [g for g in gdf.geometry if g is not None and not g.is_empty]
    elif kind == "xml":
        geoms = _water_xml(Path(source))
    else:
        try:
            import osmnx as ox

            gdf = ox.features_from_place(source, tags=_WATER_TAGS)
            geoms = [g for g in gdf.geometry if g is not None and not g.is_empty]
        except Exception:
            geoms = []  # a place without any water feature also raises
    _WATER[source] = geoms
    return geoms


def _water_xml(path: Path) -> list:
    from shapely.geometry import LineString, Polygon

    opener = bz2.open if path.name.lower().endswith(".bz2") else open
    nodes: dict[int, tuple[float, float]] = {}
    ways = []
    with opener(path, "rb") as fh:
        for _, el in ET.iterparse(fh, events=("end",)):
            if el.tag == "node":
                nodes[int(el.get("id"))] = (float(el.get("lon")), float(el.get("lat")))
                el.clear()
            elif el.tag == "way":
                tags = {t.get("k"): t.get("v") for t in el.iter("tag")}
                if tags.get("natural") == "water" or "waterway" in tags:
                    ways.append(([int(nd.get("ref")) for nd in el.iter("nd")], tags))
                el.clear()
    geoms = []
    for refs, tags in ways:
        pts = [nodes[r] for r in refs if r in nodes]
        if len(pts) >= 4 and refs[0] == refs[-1] and len(pts) == len(refs):
            geoms.append(Polygon(pts))
        elif len(pts) >= 2:
            geoms.append(LineString(pts))
    return geoms


# -- nearest nodes -----------------------------------------------------------
_TREES: "weakref.WeakKeyDictionary[nx.MultiDiGraph, tuple]" = weakref.WeakKeyDictionary()


def _project(lon, lat, lat0: float):
    k = math.pi / 180.0 * EARTH_RADIUS_M
    return np.column_stack([np.asarray(lon, float) * k * math.cos(math.radians(lat0)), np.asarray(lat, float) * k])


def _tree(G):
    entry = _TREES.get(G)
    if entry is None or entry[0] != G.number_of_nodes():
        from scipy.spatial import cKDTree

        n = G.number_of_nodes()
        ids = np.fromiter(G.nodes, dtype=np.int64, count=n)
        lon = np.fromiter((x for _, x in G.nodes(data="x")), dtype=float, count=n)
        lat = np.fromiter((y for _, y in G.nodes(data="y")), dtype=float, count=n)
        lat0 = float(lat.mean())
        entry = (G.number_of_nodes(), ids, lat0, cKDTree(_project(lon, lat, lat0)))
        _TREES[G] = entry
    return entry


def nearest_nodes(G: nx.MultiDiGraph, lon, lat, return_dist: bool = False):
    """The graph node nearest to each point.

    Parameters
    ----------
    G
        A graph from :func:`load` (or any graph whose nodes have ``x``/``y``
        in degrees).
    lon, lat
        Longitude and latitude: scalars or equal-length arrays.
    return_dist
        Also return the straight-line distance to the node, in metres.

    Returns
    -------
    int or numpy.ndarray
        A node id for scalar input, an array of node ids for array input
        (and the distances when ``return_dist``).
    """
    scalar = np.ndim(lon) == 0 and np.ndim(lat) == 0
    lon_a, lat_a = np.atleast_1d(np.asarray(lon, float)), np.atleast_1d(np.asarray(lat, float))
    if lon_a.shape != lat_a.shape:
        raise InputError(f"lon and lat have different shapes: {lon_a.shape} and {lat_a.shape}")
    if not (np.isfinite(lon_a).all() and np.isfinite(lat_a).all()):
        raise InputError("lon/lat contain a non-finite value")
    _, ids, lat0, tree = _tree(G)
    dist, pos = tree.query(_project(lon_a, lat_a, lat0))
    out = ids[pos]
    if scalar:
        return (int(out[0]), float(dist[0])) if return_dist else int(out[0])
    return (out, dist) if return_dist else out


# -- matrices and paths ------------------------------------------------------
_CSR: "weakref.WeakKeyDictionary[nx.MultiDiGraph, dict]" = weakref.WeakKeyDictionary()


def _csr(G, weight: str, other: str):
    """The graph as arrays: one edge per ordered node pair (the one with the
    smallest ``weight``), its ``other`` weight, adjacency lists and the
    nodes that only continue a street (chain nodes)."""
    # (networkx counts multigraph edges in linear time: the node count is the
    # cheap guard; graphs from load() are not meant to be modified.)
    key = (weight, other, G.number_of_nodes())
    cache = _CSR.setdefault(G, {})
    if key in cache:
        return cache[key]
    ids = np.fromiter(G.nodes, dtype=np.int64, count=G.number_of_nodes())
    index = {int(n): i for i, n in enumerate(ids)}
    for *_, d in G.edges(data=True):
        if weight not in d or other not in d:
            raise InputError(f"graph edges need '{weight}' and '{other}' attributes "
                             "(graphs from nco.roads.load have them)")
        break
    rl, cl, wl, ol = [], [], [], []
    for u, nbrs in G.adj.items():
        iu = index[u]
        for v, parallel in nbrs.items():
            if u == v:
                continue
            d = min(parallel.values(), key=lambda e: e[weight])
            rl.append(iu)
            cl.append(index[v])
            wl.append(d[weight])
            ol.append(d[other])
    n = len(ids)
    rows, cols = np.array(rl, dtype=np.int64), np.array(cl, dtype=np.int64)
    vals = np.column_stack([np.array(wl, dtype=np.float64), np.array(ol, dtype=np.float64)])
    order = np.lexsort((cols, rows))
    rows, cols, vals = rows[order], cols[order], vals[order]
    out_ptr = np.concatenate([[0], np.cumsum(np.bincount(rows, minlength=n))])
    outdeg = np.diff(out_ptr)
    in_order = np.lexsort((rows, cols))
    in_ptr = np.concatenate([[0], np.cumsum(np.bincount(cols, minlength=n))])
    indeg = np.diff(in_ptr)
    in_nb = rows[in_order]
    # A chain node has one way in and one way out (a one-way street), or the
    # same two neighbours in and out (a two-way street): paths between other
    # nodes pass straight through it.
    chain = np.zeros(n, dtype=bool)
    one = np.flatnonzero((indeg == 1) & (outdeg == 1))
    chain[one] = in_nb[in_ptr[one]] != cols[out_ptr[one]]
    two = np.flatnonzero((indeg == 2) & (outdeg == 2))
    chain[two] = (in_nb[in_ptr[two]] == cols[out_ptr[two]]) & (in_nb[in_ptr[two] + 1] == cols[out_ptr[two] + 1])
    ptr = out_ptr.tolist()
    out_list = cols.tolist()
    entry = dict(ids=ids, index=index, n=n, rows=rows, cols=cols, w=vals[:, 0], o=vals[:, 1],
                 out_ptr=ptr, out_idx=out_list, out_w=vals[:, 0].tolist(), out_o=vals[:, 1].tolist(),
                 chain=chain, packed=None)
    cache[key] = entry
    return entry


def _pack(rows, cols, w, o, n: int) -> dict:
    """Sparse weight matrix plus, for every node, its in-neighbours and the
    secondary weight of the edge from each (for lookups along trees)."""
    from scipy.sparse import csr_matrix

    # A zero-weight edge would vanish from a sparse matrix: keep it as tiny.
    W = csr_matrix((np.maximum(w, 1e-9), (rows, cols)), shape=(n, n))
    order = np.lexsort((rows, cols))
    r_s, c_s, o_s = rows[order], cols[order], o[order]
    counts = np.bincount(c_s, minlength=n)
    width = max(1, int(counts.max(initial=0)))
    start = np.concatenate([[0], np.cumsum(counts)[:-1]])
    slot = np.arange(len(c_s)) - start[c_s]
    in_pred = np.full((n, width), -1, dtype=np.int32)
    in_val = np.zeros((n, width))
    in_pred[c_s, slot] = r_s
    in_val[c_s, slot] = o_s
    return dict(W=W, in_pred=in_pred, in_val=in_val, n=n)


def _contract(c: dict, core: np.ndarray):
    """Replace every run of chain nodes between two core nodes by one edge
    (weights summed): exact for paths between core nodes."""
    ptr, out_idx, out_w, out_o = c["out_ptr"], c["out_idx"], c["out_w"], c["out_o"]
    is_core = core.tolist()
    n = c["n"]
    best: dict[tuple[int, int], tuple[float, float]] = {}
    for u in np.flatnonzero(core).tolist():
        for k in range(ptr[u], ptr[u + 1]):
            prev, v, w, o = u, out_idx[k], out_w[k], out_o[k]
            steps = 0
            while not is_core[v] and steps <= n:
                a, b = ptr[v], ptr[v + 1]
                j = a if (b - a == 1 or out_idx[a] != prev) else a + 1
                w += out_w[j]
                o += out_o[j]
                prev, v = v, out_idx[j]
                steps += 1
            if v == u or not is_core[v]:
                continue
            if (u, v) not in best or w < best[(u, v)][0]:
                best[(u, v)] = (w, o)
    keep = np.flatnonzero(core)
    new = np.full(n, -1, dtype=np.int64)
    new[keep] = np.arange(len(keep))
    rows = new[np.fromiter((k[0] for k in best), dtype=np.int64, count=len(best))]
    cols = new[np.fromiter((k[1] for k in best), dtype=np.int64, count=len(best))]
    vals = np.array(list(best.values()), dtype=np.float64).reshape(-1, 2)
    return _pack(rows, cols, vals[:, 0], vals[:, 1], len(keep)), new


def _indices(G, nodes, index: dict, what: str) -> np.ndarray:
    arr = np.atleast_1d(np.asarray(nodes))
    out = np.empty(len(arr), dtype=np.int64)
    for k, n in enumerate(arr.tolist()):
        try:
            out[k] = index[int(n)]
        except (KeyError, TypeError, ValueError):
            raise InputError(f"{what}: node {n!r} (position {k}) is not in the graph") from None
    return out


def travel_matrices(G: nx.MultiDiGraph, nodes, targets=None, weight: str = "travel_time",
                    chunk: int = 128, progress: bool = False):
    """Road distance and travel time between graph nodes.

    Every entry describes one route: the path from the row node to the
    column node that minimises ``weight`` on the directed graph (the fastest
    path by default, as OSRM's table service reports).  Computed by
    :func:`scipy.sparse.csgraph.dijkstra` from every source at once.

    Parameters
    ----------
    G
        A graph from :func:`load`.
    nodes
        Source node ids (rows; also the columns when ``targets`` is None).
    targets
        Optional target node ids (columns).
    weight
        ``"travel_time"`` (fastest paths) or ``"length"`` (shortest paths).
    chunk
        Sources per Dijkstra call (bounds memory).
    progress
        Show a progress bar over the sources.

    Returns
    -------
    distance_m, duration_s : numpy.ndarray
        ``(len(nodes), len(targets))`` matrices in metres and seconds;
        ``inf`` where no path exists (never within one graph from
        :func:`load`, which keeps a strongly connected component).
        Generally asymmetric.
    """
    from scipy.sparse.csgraph import dijkstra

    if weight not in ("travel_time", "length"):
        raise InputError(f"weight must be 'travel_time' or 'length', got {weight!r}")
    other = "length" if weight == "travel_time" else "travel_time"
    c = _csr(G, weight, other)
    src = _indices(G, nodes, c["index"], "nodes")
    dst = src if targets is None else _indices(G, targets, c["index"], "targets")
    core = ~c["chain"]
    core[src] = True
    core[dst] = True
    if core.all():
        if c["packed"] is None:
            c["packed"] = _pack(c["rows"], c["cols"], c["w"], c["o"], c["n"])
        pk, src_k, dst_k = c["packed"], src, dst
    else:
        pk, new = _contract(c, core)
        src_k, dst_k = new[src], new[dst]
    main = np.empty((len(src), len(dst)))
    second = np.empty((len(src), len(dst)))
    chunk = max(1, int(chunk))
    starts = range(0, len(src), chunk)
    if progress:
        starts = tqdm(starts, desc="shortest paths", unit="chunk")
    for s0 in starts:
        block = src_k[s0:s0 + chunk]
        dist, pred = dijkstra(pk["W"], directed=True, indices=block, return_predecessors=True)
        main[s0:s0 + len(block)] = dist[:, dst_k]
        second[s0:s0 + len(block)] = _along_tree(pred, block, pk)[:, dst_k]
    return (second, main) if weight == "travel_time" else (main, second)


def _along_tree(pred: np.ndarray, sources: np.ndarray, c: dict) -> np.ndarray:
    """Sum of the secondary edge weight along each shortest-path tree, by
    pointer jumping (log-depth vectorised steps)."""
    b, n = pred.shape
    nodes = np.arange(n, dtype=np.int32)
    P = pred.astype(np.int32)
    none = P < 0
    P[none] = np.broadcast_to(nodes, P.shape)[none]
    # The secondary weight of the tree edge (P[v], v): find P[v] among v's in-neighbours.
    slot = (c["in_pred"][None, :, :] == P[:, :, None]).argmax(-1)
    L = np.where(none, 0.0, c["in_val"][nodes[None, :], slot]).ravel()
    unreachable = none.copy()
    unreachable[np.arange(b), sources] = False
    g = (P + (np.arange(b, dtype=np.int32) * n)[:, None]).ravel()
    while True:
        gg = g[g]
        if np.array_equal(gg, g):
            break
        L += L[g]
        g = gg
    L = L.reshape(b, n)
    L[unreachable] = np.inf
    return L


def shortest_path(G: nx.MultiDiGraph, u, v, weight: str = "travel_time") -> list:
    """The path from ``u`` to ``v`` minimising ``weight``.

    Parameters
    ----------
    G
        A graph from :func:`load`.
    u, v
        Node ids.  ``u == v`` gives ``[u]`` (a path of zero length).
    weight
        An edge attribute (``"travel_time"`` or ``"length"``); parallel edges
        count with their smallest value.

    Returns
    -------
    list
        Node ids from ``u`` to ``v``.

    Raises
    ------
    InputError
        When a node is not in the graph or ``v`` cannot be reached from ``u``.
    """
    for name, n in (("u", u), ("v", v)):
        if n not in G:
            raise InputError(f"shortest_path: {name} = {n!r} is not a node of the graph")
    if u == v:
        return [u]
    try:
        return nx.dijkstra_path(G, u, v, weight=weight)
    except nx.NetworkXNoPath:
        raise InputError(f"shortest_path: no path from {u} to {v}") from None


def path_length(G: nx.MultiDiGraph, path, weight: str = "length") -> float:
    """Total ``weight`` along a node path (smallest parallel edge each step)."""
    total = 0.0
    for a, b in zip(path[:-1], path[1:]):
        data = G.get_edge_data(a, b)
        if not data:
            raise InputError(f"path_length: no edge from {a} to {b}")
        total += min(float(d[weight]) for d in data.values())
    return total
