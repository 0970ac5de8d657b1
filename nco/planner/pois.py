"""Points of interest from OpenStreetMap extracts: categories, opening hours, quality.

POIs are read from a ``.osm.pbf`` with pyrosm (``amenity``, ``tourism``,
``shop``, ``leisure``, ``historic``; stations, squares and other named
places are kept for finding the start place only).  Opening hours are
evaluated with ``opening-hours-py``, the reference parser of the OSM
``opening_hours`` syntax.

OSM has no ratings, so :func:`quality` is a documented proxy in [0, 1]:

========================================  ======
signal (OSM tags)                         weight
========================================  ======
own ``wikipedia`` or ``wikidata`` page     0.35
``heritage`` or ``historic`` tag           0.15
``tourism=attraction``                     0.10
names in other languages (``name:xx``)     0.10
website, phone or e-mail                   0.10
``opening_hours``                          0.10
``description``                            0.05
``wheelchair``                             0.05
chain (``brand``)                         -0.10
========================================  ======
"""

from __future__ import annotations

import datetime as dt
import difflib
import hashlib
import json
import math
import os
import re
import unicodedata
import warnings
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np
import opening_hours as ohlib

from nco.errors import InputError
from nco import fsio
from nco.fsio import check_input, sha256_file
from nco.planner.request import CATEGORIES

#: OSM keys read from the extract
POI_KEYS = {"amenity": True, "shop": True, "tourism": True, "leisure": True, "historic": True, "craft": True,
            "railway": ["station", "halt", "tram_stop"], "public_transport": ["station"], "place": True}


@dataclass
class POI:
    """One point of interest.

    Attributes
    ----------
    id : str
        ``"node/123"``, ``"way/4"`` or ``"relation/5"``.
    name : str
        Its name (with the English one in brackets where OSM has both).
    lon, lat : float
        Location (centroid of ways and relations).
    categories : tuple of str
        Planner categories it belongs to (may be empty: a station, a square).
    cuisine : str or None
        OSM ``cuisine`` (``"italian;pizza"``).
    opening_hours : str or None
        Raw OSM ``opening_hours`` text.
    quality : float
        The quality proxy of the module docstring.
    tags : dict
        All tags.
    """

    id: str
    name: str
    lon: float
    lat: float
    categories: tuple[str, ...]
    cuisine: str | None
    opening_hours: str | None
    quality: float
    tags: dict = field(repr=False)

    @property
    def osm_url(self) -> str:
        """Link to the object on openstreetmap.org."""
        return f"https://www.openstreetmap.org/{self.id}"


def quality(tags: dict) -> float:
    """Quality proxy in [0, 1] from OSM tags (see the module docstring)."""
    q = 0.0
    if tags.get("wikipedia") or tags.get("wikidata"):
        q += 0.35
    if tags.get("heritage") or tags.get("historic"):
        q += 0.15
    if tags.get("tourism") == "attraction":
        q += 0.10
    if any(k.startswith("name:") for k in tags):
        q += 0.10
    if any(tags.get(k) for k in ("website", "contact:website", "phone", "contact:phone", "email", "contact:email", "url")):
        q += 0.10
    if tags.get("opening_hours"):
        q += 0.10
    if tags.get("description"):
        q += 0.05
    if tags.get("wheelchair"):
        q += 0.05
    if tags.get("brand"):
        q -= 0.10
    return float(min(1.0, max(0.0, q)))


#: keys whose values name a kind of place (:meth:`POITable.of_tag`)
TAG_KEYS = ("amenity", "shop", "tourism", "leisure", "historic", "craft", "healthcare", "natural", "man_made", "club")


def has_tag(tags: dict, tag: str) -> bool:
    """Whether OSM ``tags`` carry ``key=value`` (one of ``;``-separated values counts)."""
    k, _, v = tag.partition("=")
    return v in [x.strip() for x in tags.get(k, "").split(";")]


def categories_of(tags: dict) -> tuple[str, ...]:
    """Planner categories whose OSM tags match ``tags``."""
    out = []
    for cat in CATEGORIES.values():
        for key, values in cat.tags:
            if tags.get(key) in values:
                out.append(cat.key)
                break
    return tuple(out)


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("ß", "ss")
    return " ".join("".join(c if c.isalnum() else " " for c in text).split())


class POITable:
    """The POIs of one extract, with the lookups the planner needs.

    Parameters
    ----------
    pois : list of POI
        Every POI read (including named places without a category).
    source : str
        What they were read from (for messages).
    """

    def __init__(self, pois: list[POI], source: str):
        self.pois = pois
        self.source = source
        self.from_cache = False
        self.lon = np.array([p.lon for p in pois])
        self.lat = np.array([p.lat for p in pois])
        self.by_category: dict[str, list[int]] = {k: [] for k in CATEGORIES}
        for i, p in enumerate(pois):
            for c in p.categories:
                self.by_category[c].append(i)
        self._by_tag: dict[str, list[int]] | None = None
        self._by_id: dict[str, POI] | None = None
        self._first: dict[str, list[int]] | None = None
        self._names: dict[str, list[int]] = {}
        for i, p in enumerate(pois):
            for n in {p.tags.get("name"), p.tags.get("name:en"), p.name}:
                if n:
                    self._names.setdefault(_norm(n), []).append(i)

    def __len__(self) -> int:
        return len(self.pois)

    def __getitem__(self, i: int) -> POI:
        return self.pois[i]

    def by_id(self) -> dict[str, POI]:
        """Every POI by its OSM id (built on first use)."""
        if self._by_id is None:
            self._by_id = {p.id: p for p in self.pois}
        return self._by_id

    def named_first(self, word: str) -> list[int]:
        """Indices of POIs whose name begins with the word ``word`` ("Hemköp" -> "Hemköp Fatburen"): a chain."""
        if self._first is None:
            self._first = {}
            for i, p in enumerate(self.pois):
                words = _norm(p.name).split()
                if words:
                    self._first.setdefault(words[0], []).append(i)
        return list(self._first.get(_norm(word), []))

    def of_tag(self, tag: str) -> list[int]:
        """Indices of POIs tagged ``key=value`` (any kind in the extract, see :mod:`nco.planner.tagschema`)."""
        if self._by_tag is None:
            self._by_tag = {}
            for i, p in enumerate(self.pois):
                for k, v in p.tags.items():
                    if k in TAG_KEYS:
                        for one in v.split(";"):
                            self._by_tag.setdefault(f"{k}={one.strip()}", []).append(i)
        return list(self._by_tag.get(tag, []))

    def of_category(self, category: str, cuisine: str | None = None, name: str | None = None,
                    tag: str | None = None) -> list[int]:
        """Indices of POIs of ``category`` (or of ``tag`` when given), narrowed by cuisine or name when any match."""
        idx = self.of_tag(tag) if tag else self.by_category.get(category, [])
        if name:
            key = _norm(name)
            named = [i for i in idx if key and key in _norm(self.pois[i].name)]
            if named:
                return named
        if cuisine:
            want = _norm(cuisine)
            hit = [i for i in idx if self.pois[i].cuisine and want in _norm(self.pois[i].cuisine)]
            return hit
        return list(idx)

    def centre(self) -> tuple[float, float]:
        """Median ``(lon, lat)`` of the POIs: the default start."""
        return float(np.median(self.lon)), float(np.median(self.lat))

    def find_place(self, text: str, extra_names: dict[str, tuple[float, float]] | None = None) -> tuple[str, float, float]:
        """Locate a place named in a prompt.

        Parameters
        ----------
        text : str
            ``"Marienplatz"``, ``"the Hauptbahnhof"`` or ``"48.137, 11.575"``.
        extra_names : dict, optional
            More names (e.g. streets of the road network) -> ``(lon, lat)``.

        Returns
        -------
        (name, lon, lat)

        Raises
        ------
        InputError
            No place of that name in the extract (with close names).
        """
        parts = text.replace(";", ",").split(",")
        if len(parts) == 2:
            try:
                a, b = float(parts[0]), float(parts[1])
                lat, lon = (a, b) if abs(a) <= 90 else (b, a)
                return f"{lat:.5f}, {lon:.5f}", lon, lat
            except ValueError:
                pass
        key = _norm(text)
        for prefix in ("the ", "a "):
            if key.startswith(prefix):
                key = key[len(prefix):]
        if not key:
            raise InputError("empty place name")
        extra = {_norm(k): v for k, v in (extra_names or {}).items()}
        # exact name, then a name that starts with it, then a name containing it
        if key in self._names:
            return self._best_named(self._names[key])
        if key in extra:
            lon, lat = extra[key]
            return text.strip(), lon, lat
        for cond in (lambda n: n.startswith(key + " "), lambda n: f" {key} " in f" {n} "):
            hits = [i for n, ids in self._names.items() if cond(n) for i in ids]
            if hits:
                return self._best_named(hits)
            ehits = [n for n in extra if cond(n)]
            if ehits:
                lon, lat = extra[min(ehits, key=len)]
                return text.strip(), lon, lat
        close = difflib.get_close_matches(key, list(self._names) + list(extra), n=1, cutoff=0.85)
        if close:
            if close[0] in self._names:
                return self._best_named(self._names[close[0]])
            lon, lat = extra[close[0]]
            return close[0], lon, lat
        near = difflib.get_close_matches(key, list(self._names) + list(extra), n=3, cutoff=0.6)
        hint = f" (close names: {', '.join(near)})" if near else ""
        raise InputError(f"place {text.strip()!r} not found in {self.source}{hint}")

    def _best_named(self, ids: list[int]) -> tuple[str, float, float]:
        # a station or square beats a shop that merely carries the name
        def rank(i):
            t = self.pois[i].tags
            return (0 if (t.get("place") or t.get("railway") or t.get("public_transport")) else 1, -self.pois[i].quality)
        i = min(ids, key=rank)
        return self.pois[i].name, self.pois[i].lon, self.pois[i].lat


#: bump when the POI record or the cache layout changes, so old disk caches are rebuilt
CACHE_VERSION = 4
_CACHE_FORMAT = "nco-poi-cache"


def _cache_root() -> Path:
    return Path(os.environ.get("NCO_CACHE") or os.path.join(os.path.expanduser("~"), ".cache", "nco")) / "pois"


def _cache_file(path: Path) -> Path:
    """The JSON cache of an extract, named by its resolved path."""
    key = hashlib.sha256(str(path.resolve()).encode("utf-8", "surrogatepass")).hexdigest()[:20]
    return _cache_root() / f"{path.name}.{key}.json"


def _source_identity(path: Path) -> dict:
    """What the cache must have been built from: the extract's size, mtime and SHA-256."""
    st = path.stat()
    return {"size": st.st_size, "mtime_ns": st.st_mtime_ns, "sha256": sha256_file(path)}


def _to_record(p: POI) -> dict:
    return {"id": p.id, "name": p.name, "lon": p.lon, "lat": p.lat, "categories": list(p.categories),
            "cuisine": p.cuisine, "opening_hours": p.opening_hours, "quality": p.quality, "tags": p.tags}


def _from_record(r: dict) -> POI:
    """A POI from a cache record; ``ValueError`` for anything of the wrong type or out of range."""
    opt = (str, type(None))
    ok = (isinstance(r, dict) and isinstance(r.get("id"), str) and isinstance(r.get("name"), str)
          and all(isinstance(r.get(k), (int, float)) and math.isfinite(r[k]) for k in ("lon", "lat", "quality"))
          and isinstance(r.get("categories"), list) and all(c in CATEGORIES for c in r["categories"])
          and isinstance(r.get("cuisine"), opt) and isinstance(r.get("opening_hours"), opt)
          and isinstance(r.get("tags"), dict) and all(isinstance(v, str) for v in r["tags"].values()))
    if not ok:
        raise ValueError("bad POI record")
    return POI(r["id"], r["name"], float(r["lon"]), float(r["lat"]), tuple(r["categories"]), r["cuisine"],
               r["opening_hours"], float(r["quality"]), dict(r["tags"]))


@lru_cache(maxsize=16)
def load_pois(pbf: str) -> POITable:
    """Read the POIs of an ``.osm.pbf`` extract.

    Cached in the process and on disk (``$NCO_CACHE/pois`` or
    ``~/.cache/nco/pois``) as JSON that records the extract's size,
    modification time and SHA-256 and a SHA-256 of its own records; a cache
    that does not match in every respect is rebuilt.

    Parameters
    ----------
    pbf : str
        Path of the extract.

    Returns
    -------
    POITable
        ``from_cache`` tells whether the disk cache was used.

    Raises
    ------
    InputError
        The extract is missing, unreadable or holds no POIs.
    """
    path = check_input(pbf, "OSM extract")
    source = _source_identity(path)
    cache = _cache_file(path)
    pois = (fsio.read_records(cache, "POI cache", _CACHE_FORMAT, CACHE_VERSION, source, "pois", _from_record)
            if cache.is_file() else None)
    if pois is not None:
        table = POITable(pois, path.name)
        table.from_cache = True
        return table
    table = _read_pois(path, pbf)
    fsio.write_records(cache, _CACHE_FORMAT, CACHE_VERSION, source, "pois", [_to_record(p) for p in table.pois])
    return table


def _read_pois(path: Path, pbf: str) -> POITable:
    import pyrosm

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            gdf = pyrosm.OSM(str(path)).get_pois(custom_filter=POI_KEYS)
        except Exception as exc:  # pyrosm raises plain errors on broken files
            raise InputError(f"cannot read POIs from {pbf}: {exc}") from None
    if gdf is None or len(gdf) == 0:
        raise InputError(f"no points of interest in {pbf}")
    return POITable(_records(gdf), path.name)


def pois_from_place(place: str) -> POITable:
    """POIs of a place looked up online with osmnx (needs a network connection).

    Raises
    ------
    InputError
        When the lookup fails (for instance offline).
    """
    try:
        import osmnx as ox

        gdf = ox.features_from_place(place, tags={k: True for k in ("amenity", "shop", "tourism", "leisure", "historic")})
    except Exception as exc:
        reason = str(exc).splitlines()[0][:160] if str(exc) else type(exc).__name__
        raise InputError(f"cannot fetch POIs of {place!r} from OpenStreetMap ({type(exc).__name__}: {reason})") from None
    gdf = gdf.reset_index()
    gdf = gdf.rename(columns={"element": "osm_type", "element_type": "osm_type", "osmid": "id"})
    if len(gdf) == 0:
        raise InputError(f"no points of interest in {place!r}")
    return POITable(_records(gdf), place)


def _records(gdf) -> list[POI]:
    """POI records from a GeoDataFrame whose columns are OSM tags (pyrosm or osmnx layout)."""
    n = len(gdf)
    skip = {"tags", "geometry", "lon", "lat", "id", "osm_type", "visible", "version", "timestamp", "changeset"}
    cols = {c: gdf[c].tolist() for c in gdf.columns if c not in ("geometry",)}
    cols.setdefault("lon", [math.nan] * n)
    cols.setdefault("lat", [math.nan] * n)
    geoms = gdf.geometry.values
    tag_cols = [c for c in cols if c not in skip]
    pois: list[POI] = []
    seen = set()
    for r in range(n):
        name = cols["name"][r] if "name" in cols else None
        if not isinstance(name, str) or not name.strip():
            continue
        tags = {}
        raw = cols["tags"][r] if "tags" in cols else None
        if isinstance(raw, str) and raw:
            try:
                extra = json.loads(raw)
            except ValueError:
                extra = None
            if isinstance(extra, dict):
                tags.update({str(k): v for k, v in extra.items() if isinstance(v, str)})
        for c in tag_cols:
            v = cols[c][r]
            if isinstance(v, str) and v:
                tags[c] = v
        lon, lat = cols["lon"][r], cols["lat"][r]
        if lon is None or lat is None or math.isnan(lon) or math.isnan(lat):
            geom = geoms[r]
            if geom is None or geom.is_empty:
                continue
            pt = geom.representative_point()
            lon, lat = pt.x, pt.y
        osm_type = cols["osm_type"][r] if "osm_type" in cols else "node"
        pid = f"{osm_type}/{int(cols['id'][r])}"
        if pid in seen:
            continue
        seen.add(pid)
        en = tags.get("name:en")
        if any(k.startswith(("disused:", "abandoned:", "was:")) for k in tags) or \
                re.search(r"\b(permanently )?closed\b", f"{name} {en or ''}", re.IGNORECASE):
            continue  # a place that no longer operates
        label = name if not en or _norm(en) == _norm(name) else f"{name} ({en})"
        oh = tags.get("opening_hours")
        pois.append(POI(pid, label, float(lon), float(lat), categories_of(tags),
                        tags.get("cuisine"), oh if oh else None, quality(tags), tags))
    return pois


# ---------------------------------------------------------------- opening hours
@lru_cache(maxsize=65536)
def open_intervals(opening_hours: str, day: dt.date) -> tuple[tuple[int, int], ...] | None:
    """Open intervals of ``opening_hours`` on ``day``, in minutes after its midnight.

    Intervals that run past midnight keep going (e.g. ``(1080, 1560)`` for
    18:00-02:00).  ``None`` when the text does not parse.
    """

    try:
        oh = ohlib.OpeningHours(opening_hours)
    except (SyntaxError, ValueError, ohlib.ParserError, Exception):  # noqa: B014 (the lib raises several)
        return None
    start = dt.datetime.combine(day, dt.time())
    end = start + dt.timedelta(hours=30)
    out = []
    try:
        for a, b, state, _ in oh.intervals(start, end):
            if state != ohlib.State.OPEN:
                continue
            b = b or end
            out.append((int((a - start).total_seconds() // 60), int(math.ceil((b - start).total_seconds() / 60))))
    except Exception:  # an expression the library parses but cannot evaluate
        return None
    return tuple(out)


def fits_open(intervals: tuple[tuple[int, int], ...], arrive: float, duration: float) -> float | None:
    """Earliest start >= ``arrive`` of a ``duration``-minute visit inside one open interval.

    ``None`` when no interval holds the visit.
    """
    for a, b in intervals:
        s = max(arrive, a)
        if s + duration <= b + 1e-9:
            return s
    return None
