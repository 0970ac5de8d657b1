"""City matrices in the RRNCO schema: build from OpenStreetMap, load, split.

A city file is ``{City}/{City}_data.npz`` (``numpy.savez_compressed``) with

- ``distance``: ``(P, P)`` road distance in kilometres, asymmetric;
- ``duration``: ``(P, P)`` travel time in minutes, asymmetric;
- ``points``: ``(P, 2)`` latitude, longitude of the points;

exactly as in the published RRNCO dataset, so that folders of their files
and of ours load the same way.  Entries above ``1e5`` mean "unreachable"
(RRNCO stores 1e9 m before scaling); :meth:`CityMatrix.reachable` drops such
points as RRNCO's samplers do.  Beside each file we write
``{City}_meta.json`` (source, seed, graph size, build time, attribution,
format version and the SHA-256 of the data file).

Cache files are never trusted blindly: both files are written atomically
under a per-city lock (the data file first, then the meta file naming its
checksum); reading checks the checksum and each array's header (numbers
only, at most :data:`MAX_POINTS` points) before its data.  A damaged or
half-written city of the bundled extracts is rebuilt on next use
(:func:`city_matrices`); any other gives one error saying to rebuild it.

The recipe (:func:`build_city`): the drive network of :func:`nco.roads.load`;
streets inside a 3 km x 3 km box around the city centre (the whole extract
when it is smaller), motorways, tunnels, bridges and streets within 50 m of
water (``natural=water``, any ``waterway``) excluded; ``P`` points
placed uniformly by street length (seed 42); distance and duration of the
fastest route between every ordered pair of points on the directed graph,
entering and leaving each street in the directions it may be driven.

Matrices derive from OpenStreetMap data, (c) OpenStreetMap contributors (ODbL).
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import math
import os
import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

import numpy as np

from nco import fsio, resources, roads
from nco.errors import InputError
from nco.geo import pairwise_km as haversine_km  # the name nco.data.samplers imports
from nco.npzsafe import NUMBERS, load_npz

ATTRIBUTION = roads.ATTRIBUTION

#: Above this value (km or minutes) a matrix entry means "unreachable".
UNREACHABLE_KM = 1e5

#: City centres (latitude, longitude) of the bundled extracts whose extract
#: is larger than the sampling box; the others use the whole extract.
CITY_CENTRES = {
    "munich": (48.1374, 11.5755),  # Marienplatz
    "porto": (41.1469, -8.6110),  # Avenida dos Aliados
    "helsinki": (60.1699, 24.9414),
    "monaco": (43.7384, 7.4246),
    "andorra": (42.5075, 1.5218),  # Andorra la Vella
    "krems": (48.4100, 15.6000),  # Krems an der Donau, north of the river
}

#: The most points per city, built or read (RRNCO uses 1,000; 2,500 lets a
#: test set of 2,000 clients and its depot be drawn from one city).  The
#: build holds several ``P x P`` float64 arrays, about 0.5 GB at this size.
MAX_POINTS = 2500

#: Sides of the sampling box (km) and water margins (m) accepted.
MAX_BOX_KM = 50.0
MAX_WATER_M = 1000.0

#: What ``{City}_meta.json`` says it is; files of another version are rebuilt.
CITY_FORMAT = "nco.city"
CITY_FORMAT_VERSION = 1

REBUILD = "rebuild it with nco data cities (or delete it to rebuild on next use)"

#: Highway types never used for points (RRNCO drops motorways).
EXCLUDED_HIGHWAYS = ("motorway", "motorway_link")

#: Default split of the bundled cities (see ``bundled_split.json``).
SPLIT_FILE = Path(__file__).with_name("bundled_split.json")


@dataclass
class CityMatrix:
    """One city's points and asymmetric road matrices (RRNCO units).

    Parameters
    ----------
    name
        City name (the folder name in the RRNCO layout).
    distance
        ``(P, P)`` kilometres; ``distance[i, j]`` is from point ``i`` to ``j``.
    duration
        ``(P, P)`` minutes.
    points
        ``(P, 2)`` latitude, longitude.
    meta
        Free-form information (source, seed, build time, ...).
    """

    name: str
    distance: np.ndarray
    duration: np.ndarray
    points: np.ndarray
    meta: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.distance = np.asarray(self.distance, dtype=np.float64)
        self.duration = np.asarray(self.duration, dtype=np.float64)
        self.points = np.asarray(self.points, dtype=np.float64)
        p = self.points.shape[0] if self.points.ndim == 2 else -1
        if self.points.ndim != 2 or self.points.shape[1] != 2:
            raise InputError(f"city {self.name}: points has shape {self.points.shape}, expected (P, 2)")
        for label, m in (("distance", self.distance), ("duration", self.duration)):
            if m.shape != (p, p):
                raise InputError(f"city {self.name}: {label} has shape {m.shape}, expected ({p}, {p})")
            if np.isnan(m).any():
                i, j = (int(x) for x in np.argwhere(np.isnan(m))[0])
                raise InputError(f"city {self.name}: {label}[{i}, {j}] is NaN")
            if (m < 0).any():
                i, j = (int(x) for x in np.argwhere(m < 0)[0])
                raise InputError(f"city {self.name}: {label}[{i}, {j}] is negative")
        if p < 2:
            raise InputError(f"city {self.name}: needs at least 2 points, has {p}")

    @property
    def n_points(self) -> int:
        return int(self.points.shape[0])

    def reachable(self) -> "CityMatrix":
        """The city without points whose row or column has an unreachable
        entry (above :data:`UNREACHABLE_KM`), as RRNCO's samplers drop them."""
        bad = (self.distance > UNREACHABLE_KM) | (self.duration > UNREACHABLE_KM)
        np.fill_diagonal(bad, False)
        if not bad.any():
            return self
        keep = np.ones(self.n_points, dtype=bool)
        # Drop the point that spoils most pairs first, until none is left.
        while True:
            sub = bad[np.ix_(keep, keep)]
            if not sub.any():
                break
            idx = np.flatnonzero(keep)
            score = sub.sum(0) + sub.sum(1)
            keep[idx[int(np.argmax(score))]] = False
        return CityMatrix(self.name, self.distance[np.ix_(keep, keep)], self.duration[np.ix_(keep, keep)],
                          self.points[keep], dict(self.meta, dropped_points=int((~keep).sum())))

    def stats(self) -> dict:
        """Asymmetry and detour statistics of the distance matrix.

        Returns
        -------
        dict
            ``asymmetric_share``: share of unordered pairs with
            ``|d_ij - d_ji| > 1 %`` of the larger of the two;
            ``mean_rel_asymmetry``: mean of ``|d_ij - d_ji| / d_ij`` over
            ordered pairs; ``detour_ratio``: mean ratio of road distance to
            great-circle distance over ordered pairs at least 100 m apart
            (``median_detour_ratio``: its median);
            ``duration_asymmetric_share``: the first statistic for durations.
        """
        d, t = self.distance, self.duration
        iu = np.triu_indices(self.n_points, 1)
        a, b = d[iu], d.T[iu]
        share = float(np.mean(np.abs(a - b) > 0.01 * np.maximum(a, b)))
        ta, tb = t[iu], t.T[iu]
        tshare = float(np.mean(np.abs(ta - tb) > 0.01 * np.maximum(ta, tb)))
        off = ~np.eye(self.n_points, dtype=bool)
        pos = off & (d > 0)
        rel = float(np.mean(np.abs(d - d.T)[pos] / d[pos]))
        straight = haversine_km(self.points)
        far = off & (straight >= 0.1)
        ratio = d[far] / straight[far]
        detour = float(np.mean(ratio)) if far.any() else float("nan")
        median = float(np.median(ratio)) if far.any() else float("nan")
        return dict(asymmetric_share=share, mean_rel_asymmetry=rel, detour_ratio=detour,
                    median_detour_ratio=median, duration_asymmetric_share=tshare)


# -- file layout -----------------------------------------------------------
def city_folder_name(name: str) -> str:
    """The RRNCO folder name of a city (``munich`` -> ``Munich``)."""
    return name[:1].upper() + name[1:] if name.islower() else name


def _paths(folder: Path) -> tuple[Path, Path]:
    return folder / f"{folder.name}_data.npz", folder / f"{folder.name}_meta.json"


@contextlib.contextmanager
def file_lock(lock: Path, shared: bool = False):
    """Hold an ``flock`` on the file ``lock``: exclusive (creating the file)
    for writers, shared for readers (only where a writer made the file).
    Where the file cannot be opened (a read-only folder) nothing is locked."""
    try:
        fh = open(lock, "rb" if shared else "ab")
    except OSError:
        yield
        return
    with fh:
        fcntl.flock(fh, fcntl.LOCK_SH if shared else fcntl.LOCK_EX)
        yield


def city_lock(folder, shared: bool = False):
    """:func:`file_lock` on one city folder (``.{City}.lock`` inside it),
    creating the folder for an exclusive lock.

    Builds take it exclusively and readers shared, so no process reads
    another's files half-way through their replacement.
    """
    folder = Path(folder)
    if not shared:
        with contextlib.suppress(OSError):
            folder.mkdir(parents=True, exist_ok=True)
    return file_lock(folder / f".{folder.name}.lock", shared)


def write_city(city: CityMatrix, out_dir) -> Path:
    """Write ``{out_dir}/{City}/{City}_data.npz`` (RRNCO schema) and the
    ``{City}_meta.json`` beside it; returns the ``.npz`` path.

    Both files are written to temporary files and renamed into place under
    the city's lock (:func:`city_lock`): the data file first, then the meta
    file naming its SHA-256, so a meta file never vouches for data it did
    not see.  Temporary files left by killed builds are removed.
    """
    folder = Path(out_dir) / city_folder_name(city.name)
    with city_lock(folder):
        return _write_city(city, out_dir)


def _write_city(city: CityMatrix, out_dir) -> Path:
    folder = Path(out_dir) / city_folder_name(city.name)
    folder.mkdir(parents=True, exist_ok=True)
    path, meta_path = _paths(folder)
    for stale in folder.glob(f".{folder.name}_*.tmp.*"):
        with contextlib.suppress(OSError):
            stale.unlink()
    with fsio.atomic_path(path) as tmp:
        np.savez_compressed(tmp, distance=city.distance, duration=city.duration, points=city.points)
    meta = dict(city.meta, name=folder.name, n_points=city.n_points, attribution=ATTRIBUTION,
                format=CITY_FORMAT, format_version=CITY_FORMAT_VERSION, data_file=path.name,
                sha256=fsio.sha256_file(path))
    fsio.write_text(meta_path, json.dumps(meta, indent=2, default=str) + "\n")
    return path


def load_city(path, name: str | None = None) -> CityMatrix:
    """Read one RRNCO city file.

    The arrays' headers are checked before their data is read (numbers
    only, at most :data:`MAX_POINTS` points).  When the ``{City}_meta.json``
    beside the file names a SHA-256 (every file :func:`write_city` writes),
    the data file must match it.

    Parameters
    ----------
    path
        A ``{City}_data.npz`` file or the ``{City}`` folder holding it.
    name
        City name; defaults to the folder name.

    Raises
    ------
    InputError
        A missing, damaged, half-written or foreign file; the message says
        to rebuild it.
    """
    p = Path(path)
    if p.is_dir():
        p = p / f"{p.name}_data.npz"
    with city_lock(p.parent, shared=True):
        return _load_city(p, name)


def _load_city(p: Path, name: str | None) -> CityMatrix:
    if not p.is_file():
        raise InputError("no such city file", path=str(p))
    meta = _read_meta(p)
    if "sha256" in meta and fsio.sha256_file(fsio.check_input(p, "city file")) != meta["sha256"]:
        raise InputError(f"does not match the SHA-256 in {_meta_path(p).name} (damaged or half-written); "
                         f"{REBUILD}", path=str(p))
    n = MAX_POINTS
    data = load_npz(p, {k: (NUMBERS, 2) for k in ("distance", "duration", "points")},
                    max_elements=2 * n * n + 2 * n, what="city file")
    city_name = name or (p.parent.name if p.name.endswith("_data.npz") else p.stem)
    try:
        return CityMatrix(city_name, data["distance"], data["duration"], data["points"], meta)
    except InputError as exc:
        raise InputError(f"{exc}; {REBUILD}", path=str(p)) from None


def _meta_path(p: Path) -> Path:
    return p.with_name(p.name.replace("_data.npz", "_meta.json"))


def _read_meta(p: Path) -> dict:
    """The meta file beside a city file ({} when there is none)."""
    mp = _meta_path(p)
    if mp == p or not mp.exists():
        return {}
    meta = fsio.read_json_object(mp, "city meta file", hint=f" (damaged or half-written); {REBUILD}")
    version = meta.get("format_version", CITY_FORMAT_VERSION)
    if version != CITY_FORMAT_VERSION:
        raise InputError(f"format version {version!r}, this nco reads {CITY_FORMAT_VERSION}; {REBUILD}",
                         path=str(mp))
    if "sha256" in meta and not (isinstance(meta["sha256"], str) and len(meta["sha256"]) == 64):
        raise InputError(f"'sha256' is not a SHA-256 hex digest; {REBUILD}", path=str(mp))
    return meta


def load_cities(folder, names=None) -> dict[str, CityMatrix]:
    """Read a folder of RRNCO city files (``{City}/{City}_data.npz``).

    Parameters
    ----------
    folder
        The dataset folder (RRNCO's ``data/dataset`` or ours).
    names
        Cities to read (folder names); all present when ``None``.

    Returns
    -------
    dict
        City name -> :class:`CityMatrix`, in the order of ``names`` or sorted.
    """
    root = Path(folder)
    if not root.is_dir():
        raise InputError("no such dataset folder", path=str(root))
    if names is None:
        names = sorted(d.name for d in root.iterdir() if (d / f"{d.name}_data.npz").is_file())
        if not names:
            raise InputError("no {City}/{City}_data.npz files in this folder", path=str(root))
    out = {}
    for n in names:
        folder_name = city_folder_name(n)
        if not (root / folder_name).is_dir() and (root / n).is_dir():
            folder_name = n
        out[n] = load_city(root / folder_name, name=n)
    return out


def load_split(path=None) -> dict[str, list[str]]:
    """A train/test split by city, RRNCO style: ``{"train": [...], "test": [...]}``.

    Parameters
    ----------
    path
        A JSON file (RRNCO's ``splited_cities_list.json`` works unchanged);
        by default the split of the bundled cities, :data:`SPLIT_FILE`.
    """
    p = Path(path) if path is not None else SPLIT_FILE
    data = fsio.read_json_object(p, "split file", hint=" (a split has 'train' and 'test' lists)")
    for key in ("train", "test"):
        if not isinstance(data.get(key), list) or not all(isinstance(c, str) for c in data[key]):
            raise InputError(f"a split needs a list of city names under {key!r}", path=str(p))
    both = set(data["train"]) & set(data["test"])
    if both:
        raise InputError(f"cities in both train and test: {', '.join(sorted(both))}", path=str(p))
    return {"train": list(data["train"]), "test": list(data["test"])}


# -- building --------------------------------------------------------------
def city_matrices(name: str, cache_dir=None, n_points: int = 1000, seed: int = 42,
                  water_m: float = 50.0) -> CityMatrix:
    """The matrices of a bundled city, built into a cache on first use.

    Parameters
    ----------
    name
        A key of :data:`nco.roads.CITIES`, a tile of one (:func:`city_tiles`),
        or the folder name of a city already in the cache (e.g. an RRNCO
        file copied there).
    cache_dir
        Where city folders live; by default ``$NCO_CACHE/cities``, else
        ``data/cities`` beside the bundled extracts, else (read-only data)
        ``~/.cache/nco/cities``.
    n_points, seed, water_m
        Passed to :func:`build_city` when the city must be built; a cached
        city built with other values is rebuilt.
    """
    root = Path(cache_dir) if cache_dir is not None else resources.cache_dir("cities")
    if (n_points, seed, water_m) != (1000, 42, 50.0):
        # other recipes live beside the RRNCO one, never over it
        root = root / f"n{n_points}-seed{seed}-water{water_m:g}"
    folder = root / city_folder_name(name)
    tile = parse_tile(name)
    buildable = name.lower() in roads.CITIES or tile is not None
    with city_lock(folder) if buildable else contextlib.nullcontext():
        city = _cached(folder, name, (n_points, seed, water_m), buildable)
        if city is not None:
            return city
        if not buildable:
            raise InputError(f"unknown city {name!r}: not bundled ({', '.join(roads.CITIES)}) and not in {root}")
        if tile is not None:
            city = build_city(tile[0], n_points=n_points, seed=seed, water_m=water_m,
                              centre=tile_centre(*tile), name=name.lower())
        else:
            city = build_city(name.lower(), n_points=n_points, seed=seed, water_m=water_m)
        try:
            _write_city(city, root)
        except OSError as exc:
            raise InputError(f"cannot write the city cache ({exc.strerror or type(exc).__name__})",
                             path=str(folder)) from None
    return city


# -- tiles: more regions from the larger extracts ---------------------------
#: A tile of a bundled extract: ``<city>_r<row>c<col>`` (see :func:`city_tiles`).
TILE_NAME = re.compile(r"^(?P<city>[a-z_]+?)_r(?P<row>\d{1,2})c(?P<col>\d{1,2})$")

#: Kilometres of drivable street a tile needs to count as a region (the 3 km
#: boxes of the bundled training cities hold 4 to 97), and the most tiles
#: taken from one extract (the densest), so that no extract dominates.
MIN_TILE_KM = 15.0
MAX_TILES = 4


def parse_tile(name: str) -> tuple[str, int, int] | None:
    """``(city, row, col)`` of a tile name of a bundled extract, else ``None``."""
    m = TILE_NAME.match(name.strip().lower()) if isinstance(name, str) else None
    if m is None or m["city"] not in roads.CITIES:
        return None
    return m["city"], int(m["row"]), int(m["col"])


def _bounds(G) -> tuple[float, float, float, float]:
    """South, west, north, east of a network's nodes."""
    ys = [d["y"] for _, d in G.nodes(data=True)]
    xs = [d["x"] for _, d in G.nodes(data=True)]
    return min(ys), min(xs), max(ys), max(xs)


def default_centre(G, key: str | None) -> tuple[float, float]:
    """The sampling box's centre: :data:`CITY_CENTRES` for a bundled city
    listed there, else the centre of the network's bounding box."""
    if key in CITY_CENTRES:
        return CITY_CENTRES[key]
    s, w, n, e = _bounds(G)
    return (s + n) / 2, (w + e) / 2


class _TileGrid(NamedTuple):
    """The grid of ``box_km`` squares over an extract: south-west corner and cell sides (degrees)."""

    lat0: float
    lon0: float
    dlat: float
    dlon: float
    rows: int
    cols: int

    @classmethod
    def of(cls, G, box_km: float) -> _TileGrid:
        s, w, n, e = _bounds(G)
        dlat = box_km / 111.195
        dlon = dlat / max(1e-6, math.cos(math.radians((s + n) / 2)))
        return cls(s, w, dlat, dlon, max(1, math.ceil((n - s) / dlat)), max(1, math.ceil((e - w) / dlon)))

    def centre(self, row: int, col: int) -> tuple[float, float]:
        return self.lat0 + (row + 0.5) * self.dlat, self.lon0 + (col + 0.5) * self.dlon


def tile_centre(city: str, row: int, col: int, box_km: float = 3.0) -> tuple[float, float]:
    """``(lat, lon)`` of the centre of a tile of a bundled extract."""
    grid = _TileGrid.of(roads.load(city, mode="drive"), box_km)
    if not (0 <= row < grid.rows and 0 <= col < grid.cols):
        raise InputError(f"{city} has tiles r0c0 to r{grid.rows - 1}c{grid.cols - 1}, not r{row}c{col}")
    return grid.centre(row, col)


def city_tiles(city: str, box_km: float = 3.0, min_km: float = MIN_TILE_KM, most: int = MAX_TILES) -> list[str]:
    """More regions from one bundled extract, for training on more road networks.

    The extract's drivable network is cut into a grid of ``box_km`` squares;
    a square is a region when it holds at least ``min_km`` of drivable
    street (as the recipe counts it, water not excluded) and does not
    overlap the city's own sampling box; the ``most`` densest are kept,
    densest first.  Each region is built like a city (:func:`city_matrices`
    of its name, ``<city>_r<row>c<col>``), with routes on the whole extract.
    Small extracts (one box) have none.
    """
    key = _bundled_key(city)
    if key is None:
        raise InputError(f"tiles are cut from bundled extracts ({', '.join(roads.CITIES)}), not {city!r}")
    G = roads.load(key, mode="drive")
    grid = _TileGrid.of(G, box_km)
    own = default_centre(G, key)
    found = []
    for r in range(grid.rows):
        for c in range(grid.cols):
            lat, lon = grid.centre(r, c)
            if abs(lat - own[0]) < grid.dlat and abs(lon - own[1]) < grid.dlon:
                continue
            km = sum(row[2] for row in _street_table(G, (lat, lon), box_km)) / 1000.0
            if km >= min_km:
                found.append((-km, f"{key}_r{r}c{c}"))
    return [name for _, name in sorted(found)[:most]]


def _train_cities(cities) -> list[str]:
    return list(cities) if cities is not None else load_split()["train"]


def training_tiles(cities=None) -> list[str]:
    """The tiles (:func:`city_tiles`) of the bundled training cities, or of ``cities``."""
    return [t for c in _train_cities(cities) for t in city_tiles(c)]


def spare_tiles(cities=None) -> list[str]:
    """Tiles of the training cities' extracts that training does not use (dense
    enough, beyond the :data:`MAX_TILES` densest): road networks a policy
    trained with ``--tiles`` has not seen, for validation without the test cities."""
    return [t for c in _train_cities(cities) for t in city_tiles(c, most=10**6)[MAX_TILES:]]


def _cached(folder: Path, name: str, recipe: tuple, buildable: bool) -> CityMatrix | None:
    """The cached city in ``folder``, or ``None`` when it must be built: no
    file, another recipe, or (for a city we can build) a damaged file."""
    path = _paths(folder)[0]
    if not path.is_file():
        return None
    try:
        city = _load_city(path, name) if buildable else load_city(path, name)
    except InputError:
        if buildable:
            return None
        raise
    built = city.meta.get("n_points"), city.meta.get("seed"), city.meta.get("water_m")
    if city.meta.get("source") is None or built == recipe:
        return city
    return None


def _near_water(G, keys, place, centre, metres: float) -> np.ndarray:
    """Which streets (node pairs) pass within ``metres`` of water."""
    import shapely

    geoms = roads.water(place)
    if not geoms or not keys:
        return np.zeros(len(keys), dtype=bool)
    # Only water near the streets matters: clip the candidates to their box.
    ends = np.array([[[G.nodes[a]["x"], G.nodes[a]["y"]], [G.nodes[b]["x"], G.nodes[b]["y"]]] for a, b in keys])
    pad = 2 * metres / 111_195.0 / max(0.1, math.cos(math.radians(centre[0])))
    lo, hi = ends.reshape(-1, 2).min(0) - pad, ends.reshape(-1, 2).max(0) + pad
    geoms = np.array(geoms, dtype=object)
    geoms = geoms[shapely.intersects(shapely.box(lo[0], lo[1], hi[0], hi[1]), geoms)]
    if not len(geoms):
        return np.zeros(len(keys), dtype=bool)
    lat0 = math.radians(centre[0])
    k = math.pi / 180.0 * 6_371_008.8

    def project(xy):
        return np.column_stack([xy[:, 0] * k * math.cos(lat0), xy[:, 1] * k])

    water_m = shapely.transform(geoms, project)
    zone = shapely.union_all(shapely.buffer(water_m, metres, quad_segs=4))
    shapely.prepare(zone)
    lines = shapely.linestrings(project(ends.reshape(-1, 2)).reshape(-1, 2, 2))
    return shapely.intersects(zone, lines)


def _street_table(G, centre, box_km: float, place=None, water_m: float = 0.0):
    """Undirected streets inside the box: (a, b, fwd len/time, bwd len/time)."""
    half_lat = box_km / 2 / 111.195
    half_lon = half_lat / max(1e-6, math.cos(math.radians(centre[0])))
    lat0, lon0 = centre

    def inside(n):
        d = G.nodes[n]
        return abs(d["y"] - lat0) <= half_lat and abs(d["x"] - lon0) <= half_lon

    best: dict[tuple, dict] = {}
    for u, v, d in G.edges(data=True):
        if u == v or d.get("tunnel") or d.get("bridge") or d.get("highway") in EXCLUDED_HIGHWAYS:
            continue
        if not (inside(u) and inside(v)):
            continue
        key = (u, v) if u < v else (v, u)
        entry = best.setdefault(key, {})
        direction = "f" if (u, v) == key else "b"
        if direction not in entry or d["travel_time"] < entry[direction][1]:
            entry[direction] = (float(d["length"]), float(d["travel_time"]))
    items = list(best.items())
    if water_m > 0 and place is not None:
        wet = _near_water(G, [key for key, _ in items], place, centre, water_m)
        items = [it for it, w in zip(items, wet) if not w]
    rows = []
    for (a, b), e in items:
        f = e.get("f", (np.nan, np.nan))
        bk = e.get("b", (np.nan, np.nan))
        length = f[0] if "f" in e else bk[0]
        rows.append((a, b, length, f[0], f[1], bk[0], bk[1]))
    return rows


def _bundled_key(place) -> str | None:
    """The bundled city name of ``place`` (a name or the path of its extract)."""
    if isinstance(place, str) and place.strip().lower() in roads.CITIES:
        return place.strip().lower()
    try:
        resolved = Path(os.fspath(place)).resolve()
    except TypeError:
        return None
    for key, path in roads.CITIES.items():
        if path.resolve() == resolved:
            return key
    return None


def street_point_matrices(G, streets, pick: np.ndarray, frac: np.ndarray, progress: bool = False):
    """Fastest-route matrices between points placed on streets.

    Parameters
    ----------
    G
        The drive graph.
    streets
        Rows ``(a, b, length, fwd_len, fwd_time, bwd_len, bwd_time)``: an
        undirected street between nodes ``a`` and ``b``; the forward
        (``a -> b``) or backward values are NaN where that direction is not
        allowed.
    pick, frac
        Point ``p`` lies on street ``pick[p]`` at fraction ``frac[p]`` of the
        way from ``a`` to ``b``.
    progress
        Show a progress bar.

    Returns
    -------
    distance_m, duration_s : numpy.ndarray
        Length and travel time of the fastest route between every ordered
        pair of points; a point leaves and joins its street only in the
        allowed directions (as OSRM's phantom nodes do).
    """
    n_pts = len(pick)
    a = np.array([s[0] for s in streets], dtype=np.int64)
    b = np.array([s[1] for s in streets], dtype=np.int64)
    tab = np.array([s[2:] for s in streets], dtype=np.float64)
    _, f_len, f_time, b_len, b_time = tab.T
    fl, ft, bl, bt = f_len[pick], f_time[pick], b_len[pick], b_time[pick]
    fwd, bwd = ~np.isnan(fl), ~np.isnan(bl)
    inf = np.inf
    # Leaving a point: forward to b, or backward to a.
    ex_node = np.column_stack([b[pick], a[pick]])
    ex_len = np.column_stack([np.where(fwd, (1 - frac) * fl, inf), np.where(bwd, frac * bl, inf)])
    ex_time = np.column_stack([np.where(fwd, (1 - frac) * ft, inf), np.where(bwd, frac * bt, inf)])
    # Reaching a point: forward from a, or backward from b.
    en_node = np.column_stack([a[pick], b[pick]])
    en_len = np.column_stack([np.where(fwd, frac * fl, inf), np.where(bwd, (1 - frac) * bl, inf)])
    en_time = np.column_stack([np.where(fwd, frac * ft, inf), np.where(bwd, (1 - frac) * bt, inf)])

    src, src_idx = np.unique(ex_node, return_inverse=True)
    dst, dst_idx = np.unique(en_node, return_inverse=True)
    src_idx = src_idx.reshape(ex_node.shape)
    dst_idx = dst_idx.reshape(en_node.shape)
    node_len, node_time = roads.travel_matrices(G, src, dst, progress=progress)

    best_t = np.full((n_pts, n_pts), inf)
    best_d = np.full((n_pts, n_pts), inf)
    for i in range(2):
        for j in range(2):
            t = ex_time[:, i, None] + node_time[np.ix_(src_idx[:, i], dst_idx[:, j])] + en_time[None, :, j]
            d = ex_len[:, i, None] + node_len[np.ix_(src_idx[:, i], dst_idx[:, j])] + en_len[None, :, j]
            better = t < best_t
            best_t = np.where(better, t, best_t)
            best_d = np.where(better, d, best_d)
    # Two points on the same street: straight along it where that direction is allowed.
    order = np.argsort(pick, kind="stable")
    groups = np.split(order, np.flatnonzero(np.diff(pick[order])) + 1)
    for g in groups:
        if len(g) < 2:
            continue
        fp, fq = frac[g][:, None], frac[g][None, :]
        k = g[0]
        cands = []
        if fwd[k]:
            ok = fq > fp
            cands.append((np.where(ok, (fq - fp) * ft[k], inf), (fq - fp) * fl[k]))
        if bwd[k]:
            ok = fq < fp
            cands.append((np.where(ok, (fp - fq) * bt[k], inf), (fp - fq) * bl[k]))
        sub_t, sub_d = best_t[np.ix_(g, g)], best_d[np.ix_(g, g)]
        for t, d in cands:
            better = t < sub_t
            sub_t, sub_d = np.where(better, t, sub_t), np.where(better, d, sub_d)
        best_t[np.ix_(g, g)], best_d[np.ix_(g, g)] = sub_t, sub_d
    np.fill_diagonal(best_t, 0.0)
    np.fill_diagonal(best_d, 0.0)
    return best_d, best_t


def check_recipe(n_points: int, seed: int, box_km: float = 3.0, water_m: float = 50.0,
                 names=("n_points", "seed", "box_km", "water_m")) -> None:
    """Refuse a build recipe outside the documented bounds before any work:
    ``2 <= n_points <= MAX_POINTS``, ``seed >= 0``, ``0 < box_km <= MAX_BOX_KM``,
    ``0 <= water_m <= MAX_WATER_M``.  ``names`` are the option names used in
    the messages."""
    if not _is_int(n_points) or not 2 <= n_points <= MAX_POINTS:
        raise InputError(f"{names[0]} must be an integer from 2 to {MAX_POINTS}, got {n_points}")
    if not _is_int(seed) or seed < 0:
        raise InputError(f"{names[1]} must be a non-negative integer, got {seed}")
    if not (0 < box_km <= MAX_BOX_KM):
        raise InputError(f"{names[2]} must be above 0 and at most {MAX_BOX_KM:g}, got {box_km}")
    if not (0 <= water_m <= MAX_WATER_M):
        raise InputError(f"{names[3]} must be from 0 to {MAX_WATER_M:g}, got {water_m}")


def _is_int(v) -> bool:
    return isinstance(v, (int, np.integer)) and not isinstance(v, bool)


def build_city(place, n_points: int = 1000, seed: int = 42, box_km: float = 3.0, centre=None,
               name: str | None = None, water_m: float = 50.0, progress: bool = False) -> CityMatrix:
    """Build a city's points and matrices with the RRNCO recipe.

    Parameters
    ----------
    place
        Anything :func:`nco.roads.load` accepts (bundled name, extract path,
        place name).
    n_points
        Number of points (RRNCO: 1000; at most :data:`MAX_POINTS`).
    seed
        Random seed of the point placement (RRNCO: 42).
    box_km
        Side of the square sampling box around the centre (at most
        :data:`MAX_BOX_KM`).
    centre
        ``(lat, lon)`` of the box centre; by default :data:`CITY_CENTRES` for
        bundled cities, else the centre of the network's bounding box.
    name
        City name; by default the bundled name or the file stem.
    water_m
        Streets passing within this many metres of water (``natural=water``,
        any ``waterway``) get no points (RRNCO: 50); 0 keeps them.
    progress
        Show a progress bar over the shortest-path computation.

    Returns
    -------
    CityMatrix
        Distances in km, durations in minutes, points as (lat, lon).
    """
    t0 = time.perf_counter()
    check_recipe(n_points, seed, box_km, water_m)
    G = roads.load(place, mode="drive")
    key = _bundled_key(place)
    if name is None:
        name = key or Path(os.fspath(place)).name.split(".")[0].removesuffix("_centre")
    if centre is None:
        centre = default_centre(G, key)
    streets = _street_table(G, centre, box_km, place=place, water_m=water_m)
    if not streets:
        raise InputError(f"{name}: no drivable street (without motorways, tunnels, bridges, water) "
                         f"inside the {box_km:g} km box around {centre}")
    a = np.array([s[0] for s in streets], dtype=np.int64)
    b = np.array([s[1] for s in streets], dtype=np.int64)
    length = np.array([s[2] for s in streets], dtype=np.float64)
    rng = np.random.default_rng(seed)
    pick = rng.choice(len(streets), size=n_points, p=length / length.sum())
    frac = rng.uniform(0.0, 1.0, size=n_points)
    ya = np.array([G.nodes[n]["y"] for n in a[pick]])
    xa = np.array([G.nodes[n]["x"] for n in a[pick]])
    yb = np.array([G.nodes[n]["y"] for n in b[pick]])
    xb = np.array([G.nodes[n]["x"] for n in b[pick]])
    points = np.column_stack([ya + frac * (yb - ya), xa + frac * (xb - xa)])

    best_d, best_t = street_point_matrices(G, streets, pick, frac, progress=progress)
    # RRNCO's convention for "no route": 1e9 before scaling.
    best_d[~np.isfinite(best_d)] = 1e9
    best_t[~np.isfinite(best_t)] = 1e9
    seconds = time.perf_counter() - t0
    meta = dict(
        source=Path(G.graph.get("name", str(place))).name,
        seed=seed, n_points=n_points, box_km=box_km, water_m=water_m, centre=[float(centre[0]), float(centre[1])],
        graph_nodes=G.number_of_nodes(), graph_edges=G.number_of_edges(),
        streets_in_box=len(streets), build_seconds=round(seconds, 2),
    )
    return CityMatrix(name, best_d / 1000.0, best_t / 60.0, points, meta)
