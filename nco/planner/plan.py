"""Plan a trip: prompt -> TripRequest -> POI candidates on the road network -> MSGS -> checked itinerary.

>>> import nco
>>> plan = nco.plan_trip("Tomorrow from Marienplatz at 10am: a museum, then lunch at an "
...                      "Italian place, a park after lunch, back by 4pm.", city="munich")
>>> plan.itinerary            # ordered stops
>>> plan.explain()            # why, what was tight, what could not be met
>>> plan.to_html()            # offline map page;  plan.plot() for a static figure
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np

from nco import roads
from nco.errors import InputError
from nco.fsio import check_input, write_text
from nco.geo import haversine
from nco.planner import brands, draw, tagschema
from nco.planner.check import ItineraryCheck, check_itinerary
from nco.planner.draw import plain_text
from nco.planner.gazetteer import Gazetteer, Match, Place, fold, load_gazetteer
from nco.planner.msgs import ALWAYS_OPEN, Itinerary, Problem, clip, fits, infinite_to_big, msgs, task_intervals
from nco.planner.offline.lang import compound_kind
from nco.planner.offline.lexicon import CUISINE_RE
from nco.planner.offline.tasks import common_word
from nco.planner.offline.text import DAY_WORDS
from nco.planner.parse import ParseResult, parse
from nco.planner.pois import POITable, categories_of, has_tag, load_pois, open_intervals, pois_from_place
from nco.planner.request import CATEGORIES, Task, TripRequest, hhmm, validate_request
from nco.progress import tqdm

#: candidate POIs kept per task (best by quality and distance)
MAX_CANDIDATES = 15
#: with at least this many POIs of a category with known opening hours, the others are not used
MIN_KNOWN_HOURS = 3
#: minutes of slack under which a constraint is reported as tight
TIGHT_MIN = 15
#: Earth radius (km) of the straight-line distances that rank candidate POIs.
PLANNER_EARTH_RADIUS_KM = 6371.0


# ================================================================ city
@dataclass
class City:
    """A road graph and the POIs of one extract, ready for planning.

    Attributes
    ----------
    name : str
    source : str
        The extract's path.
    mode : str
        ``"walk"`` or ``"drive"``.
    G : networkx.MultiDiGraph
        From :func:`nco.roads.load`.
    pois : POITable
    poi_nodes : numpy.ndarray
        Nearest graph node of every POI.
    """

    name: str
    source: str
    mode: str
    G: object
    pois: POITable
    poi_nodes: np.ndarray
    _streets: dict | None = field(default=None, repr=False)
    _gazetteer: Gazetteer | None = field(default=None, repr=False)

    def streets(self) -> dict[str, tuple[float, float]]:
        """Street and square names of the graph -> a point on them."""
        if self._streets is None:
            out: dict[str, tuple[float, float]] = {}
            for u, _v, d in self.G.edges(data=True):
                names = d.get("name")
                for n in (names if isinstance(names, list) else [names]):
                    if isinstance(n, str) and n and n not in out:
                        nd = self.G.nodes[u]
                        out[n] = (float(nd["x"]), float(nd["y"]))
            self._streets = out
        return self._streets

    def gazetteer(self) -> Gazetteer:
        """The named places of the extract (:mod:`nco.planner.gazetteer`), built on first use."""
        if self._gazetteer is None:
            pbf = self.source if Path(self.source).is_file() else None
            self._gazetteer = load_gazetteer(self.pois.pois, self.streets, pbf, self.mode, self.pois.source)
        return self._gazetteer

    def locate(self, text: str) -> Match:
        """The place a prompt names, as a gazetteer :class:`~nco.planner.gazetteer.Match`.

        ``"48.137, 11.575"`` is a point.  When the whole phrase is unknown,
        what follows a linking word is tried ("Hotel near Karlsplatz" ->
        "Karlsplatz"); a miss keeps the candidates of the whole phrase.
        """
        try:
            name, lon, lat = self.pois.find_place(text) if _is_point(text) else ("", 0.0, 0.0)
        except InputError:
            name = ""
        if name:
            return Match(text, Place("point", name, "poi", lon, lat, 1.0, ((name, 1.0),)), 1.0, name)
        words = text.split()
        first = None
        # tails after a word that links a place to another ("Hotel near Karlsplatz"), never "Museum" of "Tobacco Museum"
        tails = [0] + [k + 1 for k, w in enumerate(words[:-1]) if w.lower() in _LINK_WORDS]
        for k in tails:
            m = self.gazetteer().lookup(" ".join(words[k:]))
            if m.place is not None:
                m.query = text
                return m
            first = first or m
        return first or Match(text, None)

    def find_place(self, text: str) -> tuple[str, float, float]:
        """``(name, lon, lat)`` of a place named in a prompt (POIs, stations, streets); see :meth:`locate`.

        Raises
        ------
        InputError
            Nothing in the extract has a name close enough (the closest are named).
        """
        m = self.locate(text)
        if m.place is None:
            close = ", ".join(p.name for p, _c in m.candidates[:3])
            hint = f" (close names: {close})" if close else ""
            raise InputError(f"place {text.strip()!r} not found in {self.pois.source}{hint}")
        return m.place.name, m.place.lon, m.place.lat


#: words after which the rest of a phrase may name the place on its own
_LINK_WORDS = {"near", "at", "by", "opposite", "outside", "behind", "beside", "to", "from", "in", "off", "next"}


def _is_point(text: str) -> bool:
    """Whether ``text`` is ``"lat, lon"`` (or ``"lon; lat"``)."""
    parts = text.replace(";", ",").split(",")
    try:
        return len(parts) == 2 and all(float(x) == float(x) for x in parts)
    except ValueError:
        return False


@lru_cache(maxsize=8)
def _load_city(source: str, name: str, mode: str) -> City:
    with tqdm(total=3, desc=f"loading {name}", unit="step", disable=None, leave=False) as bar:
        bar.set_postfix_str(f"{mode} network")
        G = roads.load(source, mode=mode)
        bar.update()
        bar.set_postfix_str("points of interest")
        pois = load_pois(source)
        bar.update()
        bar.set_postfix_str("snapping to the network")
        nodes = roads.nearest_nodes(G, pois.lon, pois.lat)
        bar.update()
    city = City(name, source, mode, G, pois, np.asarray(nodes))
    city.gazetteer()
    return city


@lru_cache(maxsize=4)
def _load_place(place: str, mode: str) -> City:
    G = roads.load(place, mode=mode)
    pois = pois_from_place(place)
    return City(place, place, mode, G, pois, np.asarray(roads.nearest_nodes(G, pois.lon, pois.lat)))


def load_planner_city(city: str | None = None, osm: str | Path | None = None, mode: str = "walk",
                      place: str | None = None) -> City:
    """Load the road network and POIs of a bundled city, an OSM extract or
    (online) a place for planning (cached).

    Parameters
    ----------
    city : str, optional
        A bundled extract (:data:`nco.roads.CITIES`); only these names are
        accepted, never a path.
    osm : str or Path, optional
        An ``.osm.pbf`` file instead.
    mode : str
        ``"walk"`` or ``"drive"``.
    place : str, optional
        A place name looked up online with osmnx ("Lyon, France"); needs a
        network connection.

    Raises
    ------
    InputError
        Unknown city, missing file, failed online lookup.
    """
    if place is not None:
        return _load_place(str(place), mode)
    if osm is not None:
        p = check_input(osm, "OSM extract")
        return _load_city(str(p.resolve()), p.name.split(".")[0], mode)
    if city is None:
        raise InputError(f"name a city ({', '.join(roads.CITIES)}) or pass osm='file.osm.pbf'")
    path = roads.city_extract(city)
    return _load_city(str(path.resolve()), str(city).strip().lower(), mode)


#: Former name of :func:`load_planner_city`.
load_city = load_planner_city


def _reload(city: City, mode: str) -> City:
    """``city`` loaded again for another travel mode, from the same source."""
    if city.name in roads.CITIES and roads.CITIES[city.name].resolve() == Path(city.source):
        return load_planner_city(city.name, mode=mode)
    if Path(city.source).is_file():
        return load_planner_city(osm=city.source, mode=mode)
    return load_planner_city(place=city.source, mode=mode)


# ================================================================ results
@dataclass
class Stop:
    """One visit of an itinerary.

    Attributes
    ----------
    task : int
        Index into ``request.tasks``.
    category : str
    name : str
    poi_id : str
        OSM id (``"node/123"``).
    lon, lat : float
    arrive, begin, depart : datetime.datetime
        Arrival, start of the visit (after any wait for opening), departure.
    travel_min : float
        Minutes from the previous place.
    opening_hours : str or None
        Raw OSM text.
    hours_today : str
        Open intervals that day ("10:00-17:00"), "not in OSM" or "always open".
    quality : float
        Quality proxy.
    tags : dict
        OSM tags.
    """

    task: int
    category: str
    name: str
    poi_id: str
    lon: float
    lat: float
    arrive: dt.datetime
    begin: dt.datetime
    depart: dt.datetime
    travel_min: float
    opening_hours: str | None
    hours_today: str
    quality: float
    tags: dict = field(repr=False)

    @property
    def wait_min(self) -> float:
        """Minutes waited for the POI to open."""
        return (self.begin - self.arrive).total_seconds() / 60

    def to_dict(self) -> dict:
        """Plain-data form."""
        return {"task": self.task, "category": self.category, "name": self.name, "osm_id": self.poi_id,
                "lon": round(self.lon, 6), "lat": round(self.lat, 6), "arrive": self.arrive.isoformat(timespec="minutes"),
                "begin": self.begin.isoformat(timespec="minutes"), "depart": self.depart.isoformat(timespec="minutes"),
                "travel_min": round(self.travel_min, 1), "wait_min": round(self.wait_min, 1),
                "opening_hours": self.opening_hours, "hours_today": self.hours_today, "quality": round(self.quality, 2)}


class Candidate:
    """One itinerary: stops, objective value, and the checker's verdict (computed on first use)."""

    def __init__(self, stops: list[Stop], score: float, travel_min: float, end: dt.datetime, check_fn):
        self.stops = stops
        self.score = score
        self.travel_min = travel_min
        self.end = end
        self._check_fn = check_fn
        self._check: ItineraryCheck | None = None

    @property
    def check(self) -> ItineraryCheck:
        """:func:`~nco.planner.check.check_itinerary` on this itinerary."""
        if self._check is None:
            self._check = self._check_fn(self.stops)
        return self._check


class Plan:
    """The result of :func:`plan_trip`.

    Attributes
    ----------
    prompt : str or None
    request : TripRequest
        What was parsed; edit it and call :meth:`replan`.
    itinerary : list of Stop
        The best itinerary (possibly partial).
    candidates : list of Candidate
        Diverse alternatives, best first (``candidates[0]`` is the plan).
    blocked : dict
        Task index -> why it could not be fit.
    notes : list of str
        Parser notes and planning assumptions.
    backend : str
        Which parser produced the request.
    check : ItineraryCheck
        The independent checker's verdict on :attr:`itinerary`.
    """

    def __init__(self, prompt, request, city, start, end, day, candidates, blocked, notes, backend):
        self.prompt = prompt
        self.request: TripRequest = request
        self.city: City = city
        self.start = start          # (name, lon, lat)
        self.end = end              # (name, lon, lat) or None
        self.day: dt.date = day
        self.candidates: list[Candidate] = candidates
        self.blocked: dict[int, str] = blocked
        self.notes: list[str] = notes
        self.backend: str = backend
        self._paths: dict = {}
        #: task -> quality of every candidate POI the search could use
        self.candidate_quality: dict[int, list[float]] = {}

    # ----------------------------------------------------------- accessors
    @property
    def itinerary(self) -> list[Stop]:
        """The best itinerary's stops."""
        return self.candidates[0].stops if self.candidates else []

    @property
    def check(self) -> ItineraryCheck:
        """Checker verdict on the best itinerary."""
        return self.candidates[0].check

    @property
    def feasible(self) -> bool:
        """Every task planned and every hard constraint holds."""
        return not self.blocked and self.check.feasible

    def __repr__(self) -> str:
        stops = " -> ".join(f"{s.name} ({s.category})" for s in self.itinerary) or "no stops"
        return f"<Plan {self.city.name} {self.day}: {stops}; {len(self.blocked)} blocked>"

    def replan(self, request: TripRequest | dict | None = None, **kwargs) -> "Plan":
        """Plan again from an edited request (same city and day rules)."""
        req = self.request if request is None else (request if isinstance(request, TripRequest) else validate_request(request))
        return plan_request(req, city=self.city, notes=[], backend=self.backend, prompt=self.prompt,
                            today=self.day if req.date is None else None, **kwargs)

    # ----------------------------------------------------------- explain
    def explain(self) -> str:
        """Why these POIs, which constraints were tight, what could not be met."""
        r = self.request
        lines = []
        window = f"{hhmm(r.start_minutes())}-{hhmm(r.end_minutes())}"
        how = "walking" if self.city.mode == "walk" else "driving"
        endtxt = f", back to {self.end[0]}" if self.end else ""
        lines.append(f"Trip in {self.city.name} on {self.day:%A %Y-%m-%d}, {window}, {how}, from {self.start[0]}{endtxt}.")
        lines.append(f"Request parsed by the {self.backend} parser: {len(r.tasks)} task(s): "
                     + ", ".join(f"{i + 1}. {r.describe_task(i)} {t.duration_min} min" for i, t in enumerate(r.tasks)) + ".")
        if r.dependencies:
            lines.append("Order: " + "; ".join(f"{r.describe_task(d.before)} before {r.describe_task(d.after)}"
                                               for d in r.dependencies) + ".")
        for n in self.notes:
            lines.append(f"Note: {n}.")
        wq, wd, wc = r.preferences.normalised()
        lines.append(f"Why these places: each itinerary is scored by quality {wq:.2f}, short travel {wd:.2f} and "
                     f"completion {wc:.2f} (weights from the prompt); the best one that keeps every hard constraint "
                     "is the plan.")
        if not self.itinerary:
            lines.append("No visit could be planned.")
        for k, s in enumerate(self.itinerary):
            wait = f", waits {s.wait_min:.0f} min for opening" if s.wait_min >= 1 else ""
            qs = self.candidate_quality.get(s.task, [])
            rank = f" (rank {1 + sum(q > s.quality + 1e-9 for q in qs)} of {len(qs)} candidates)" if qs else ""
            lines.append(f"{k + 1}. {s.begin:%H:%M}-{s.depart:%H:%M} {s.name} ({s.category}); "
                         f"{s.travel_min:.0f} min {how} from the previous place{wait}; hours that day: {s.hours_today}; "
                         f"quality {s.quality:.2f}{rank}.")
        if self.candidates:
            c = self.candidates[0]
            end_min = r.end_minutes()
            finish = c.end.hour * 60 + c.end.minute + (24 * 60 if c.end.date() > self.day else 0)
            lines.append(f"Trip ends {c.end:%H:%M}" + (f" at {self.end[0]}" if self.end else "")
                         + f" ({end_min - finish:.0f} min before the latest end {hhmm(end_min)}); "
                         f"{c.travel_min:.0f} min {how} in all.")
            tight = self.tight()
            lines.append("Tight constraints: " + ("; ".join(tight) if tight else "none (all slack >= "
                                                                                   f"{TIGHT_MIN} min)") + ".")
        for t, why in sorted(self.blocked.items()):
            lines.append(f"Not planned: {r.describe_task(t)}: {why}.")
        chk = self.check if self.candidates else None
        if chk is not None:
            lines.append("Checker: every hard constraint holds." if chk.feasible
                         else "Checker: VIOLATIONS: " + "; ".join(chk.violations))
            for w in chk.warnings:
                lines.append(f"Warning: {w}.")
        if len(self.candidates) > 1:
            lines.append(f"{len(self.candidates) - 1} alternative itinerary(ies): "
                         + "; ".join(" -> ".join(s.name for s in c.stops) + f" (score {c.score:.3f})"
                                     for c in self.candidates[1:]) + ".")
        lines.append(f"Map data {roads.ATTRIBUTION}.")
        return "\n".join(plain_text(line).replace("\n", " ") for line in lines)

    def tight(self) -> list[str]:
        """Constraints with less than :data:`TIGHT_MIN` minutes of slack in the best itinerary."""
        out = []
        if not self.candidates:
            return out
        c = self.candidates[0]
        end = dt.datetime.combine(self.day, dt.time()) + dt.timedelta(minutes=self.request.end_minutes())
        slack = (end - c.end).total_seconds() / 60
        if slack < TIGHT_MIN:
            out.append(f"latest end {end:%H:%M} (slack {slack:.0f} min)")
        for s in c.stops:
            iv = _intervals_for(s, self.day)
            if iv:
                m = (s.depart - dt.datetime.combine(self.day, dt.time())).total_seconds() / 60
                close = [b for a, b in iv if a <= m <= b]
                if close and close[0] - m < TIGHT_MIN:
                    out.append(f"{s.name} closes {hhmm(close[0])}, visit ends {s.depart:%H:%M}")
            if s.wait_min >= 1:
                out.append(f"{s.name} opens {s.begin:%H:%M} (arrival {s.arrive:%H:%M})")
        return out

    # ----------------------------------------------------------- output
    def to_dict(self) -> dict:
        """Plain-data form (what :meth:`to_json` writes)."""
        return {
            "prompt": self.prompt, "city": self.city.name, "date": self.day.isoformat(), "backend": self.backend,
            "request": self.request.model_dump(),
            "start": {"name": self.start[0], "lon": self.start[1], "lat": self.start[2]},
            "end": None if self.end is None else {"name": self.end[0], "lon": self.end[1], "lat": self.end[2]},
            "itinerary": [s.to_dict() for s in self.itinerary],
            "blocked": [{"task": t, "what": self.request.describe_task(t), "reason": why}
                        for t, why in sorted(self.blocked.items())],
            "feasible": self.feasible,
            "check": {"feasible": self.check.feasible, "violations": self.check.violations,
                      "warnings": self.check.warnings, "travel_min": round(self.check.travel_min, 1)}
            if self.candidates else None,
            "alternatives": [{"score": round(c.score, 4), "stops": [s.to_dict() for s in c.stops]}
                             for c in self.candidates[1:]],
            "notes": self.notes, "attribution": roads.ATTRIBUTION,
        }

    def to_json(self, path: str | Path | None = None, indent: int = 2) -> str:
        """JSON text of :meth:`to_dict`; also written to ``path`` when given."""
        text = json.dumps(self.to_dict(), indent=indent, ensure_ascii=False).translate(_JSON_UNSAFE)
        if path is not None:
            write_text(path, text)
        return text

    def _leg_nodes(self, stops: list[Stop]) -> list:
        """Road nodes of the start, each stop and the end, in visiting order."""
        pts = [(self.start[1], self.start[2])] + [(s.lon, s.lat) for s in stops]
        if self.end is not None:
            pts.append((self.end[1], self.end[2]))
        return [roads.nearest_nodes(self.city.G, lon, lat) for lon, lat in pts]

    def leg_paths(self, stops: list[Stop]) -> list[list[tuple[float, float]]]:
        """Road geometry (lon, lat) of each leg."""
        G = self.city.G
        nodes = self._leg_nodes(stops)
        out = []
        for a, b in zip(nodes[:-1], nodes[1:]):
            if (a, b) not in self._paths:
                path = roads.shortest_path(G, a, b)
                self._paths[(a, b)] = [(G.nodes[n]["x"], G.nodes[n]["y"]) for n in path]
            out.append(self._paths[(a, b)])
        return out

    def leg_alternatives(self, leg: int, k: int = 5, context: dict | None = None):
        """Alternative roads for one leg of the itinerary, ranked by CCN.

        The itinerary's times use the fastest road between stops; this shows
        which other roads a traveller could take on leg ``leg`` (0 = from the
        start to the first stop) and how the learned route-choice model
        (:func:`nco.routes.rank`) orders them.  ``context`` defaults to the
        hour the leg begins.

        Returns
        -------
        (geopandas.GeoDataFrame, nco.routes.Ranking)
            The candidates and their ranking (``.best``, ``.scores``,
            ``.explain(i, j)``).
        """
        from nco import routes  # lazy: scipy and the route features, ~0.4 s on every `nco plan`

        stops = self.itinerary
        nodes = self._leg_nodes(stops)
        if not 0 <= leg < len(nodes) - 1:
            raise InputError(f"leg must be in 0..{len(nodes) - 2} for this itinerary, got {leg}")
        a, b = nodes[leg], nodes[leg + 1]
        leaves = (dt.datetime.combine(self.day, dt.time()) + dt.timedelta(minutes=self.request.start_minutes())
                  if leg == 0 else stops[leg - 1].depart)
        ctx = {"hour": leaves.hour + leaves.minute / 60.0, "weekday": self.day.weekday(), **(context or {})}
        cands = routes.alternatives(self.city.G, a, b, k=k)
        return cands, routes.rank(cands, ctx)

    def to_folium(self, alternatives: bool = True):
        """Interactive map (folium): the route on the roads, numbered stops,
        alternatives as layers (see :func:`nco.planner.draw.to_folium`)."""
        return draw.to_folium(self, alternatives)

    def to_html(self, alternatives: bool = True, tiles: bool = True) -> draw.HtmlPage:
        """The map as one self-contained HTML page that works offline: streets,
        legs, stops labelled with number and arrival time (see
        :func:`nco.planner.draw.to_html`); a notebook shows it in an iframe."""
        return draw.to_html(self, alternatives, tiles)

    def save_html(self, path: str | Path, alternatives: bool = True) -> Path:
        """Write :meth:`to_html` (the offline page), atomically."""
        return draw.save_html(self, path, alternatives)

    def plot(self, path: str | Path | None = None, ax=None, alternatives: bool = True):
        """Static map with numbered stops and times: :func:`nco.planner.draw.plot`."""
        return draw.plot(self, path, ax, alternatives)


#: JSON escapes for what a terminal or a JavaScript parser could misread (C1 controls, line separators) and
#: for lone surrogates, which cannot be encoded
_JSON_UNSAFE = {c: f"\\u{c:04x}" for c in [*range(0x7f, 0xa0), 0x2028, 0x2029, *range(0xd800, 0xe000)]}


def _intervals_for(stop: Stop, day: dt.date):
    if stop.opening_hours:
        return open_intervals(stop.opening_hours, day)
    return None


# ================================================================ planning
def _hours_text(iv) -> str:
    if iv is None:
        return "not in OSM"
    if iv == ALWAYS_OPEN:
        return "always open"
    if not iv:
        return "closed"
    return ", ".join(f"{hhmm(a)}-{hhmm(min(b, 24 * 60))}" for a, b in iv if a < 24 * 60)


def _straight_km(lon, lat, to) -> np.ndarray:
    """Great-circle km from each (lon, lat) to the place ``to`` = (name, lon, lat)."""
    return haversine(lon, lat, to[1], to[2], radius=PLANNER_EARTH_RADIUS_KM)


@dataclass
class Prepared:
    """A request made ready for search: the :class:`Problem` and what it came from."""

    problem: Problem
    rows: list[int]                  # POI rows by matrix column (2.. ) order
    start: tuple[str, float, float]
    end: tuple[str, float, float] | None
    day: dt.date
    blocked: dict[int, str]
    notes: list[str]
    intervals_shown: dict[int, tuple | None]


def _resolve_place(city: City, text: str, role: str, notes: list[str]) -> tuple[str, float, float]:
    """``(name, lon, lat)`` of a start or end place; a fuzzy or ambiguous match is noted, a miss is an error."""
    m = city.locate(text)
    if m.place is None:
        city.find_place(text)  # raises with the closest names
    note = m.describe(role)
    if note:
        notes.append(note)
    return m.place.name, m.place.lon, m.place.lat


def prepare(request: TripRequest, city: City, today: dt.date | None = None,
            max_candidates: int = MAX_CANDIDATES) -> Prepared:
    """Locate start and end, choose candidate POIs per task, build the travel matrix.

    Parameters
    ----------
    request : TripRequest
    city : City
    today : datetime.date, optional
        Trip day when the request has no date.
    max_candidates : int
        Candidates per task.

    Returns
    -------
    Prepared
    """
    notes: list[str] = []
    blocked: dict[int, str] = {}
    request.check_times()
    day = request.trip_date(today)
    if request.start_place:
        start = _resolve_place(city, request.start_place, "start place", notes)
    else:
        lon, lat = city.pois.centre()
        start = ("the city centre", lon, lat)
        notes.append("no start place given: starting at the centre of the extract")
    end = None
    if request.end_place:
        same = request.start_place and request.end_place.strip().lower() == request.start_place.strip().lower()
        end = start if same or request.end_place.strip().lower() in ("start", "the start") else _resolve_place(city, request.end_place, "end place", notes)
    if request.start_time is None:
        notes.append(f"no start time given: starting at {hhmm(request.start_minutes())}")
    if request.deadline is None and request.time_limit_min is None:
        notes.append(f"no deadline or time limit given: the trip ends by {hhmm(request.end_minutes())}")
    t0, t1 = float(request.start_minutes()), float(request.end_minutes())
    wq, wd, wc = request.preferences.normalised()
    scale_km = 1.0 if city.mode == "walk" else 5.0
    cand: list[list[int]] = []
    intervals: dict[int, tuple] = {}
    shown: dict[int, tuple | None] = {}
    for ti, task in enumerate(request.tasks):
        cat = CATEGORIES[task.category]
        kind = task.tag or task.category
        rows = city.pois.of_category(task.category, task.cuisine, task.name, tag=task.tag)
        if not rows and task.cuisine:
            rows = city.pois.of_category(task.category, None, task.name, tag=task.tag)
            if rows:
                notes.append(f"no {kind} with {task.cuisine} cuisine in the extract: any {kind} is used")
        if task.name and rows and not any(task.name.lower() in city.pois[i].name.lower() for i in rows):
            notes.append(f"no {kind} named {task.name!r} in the extract: any {kind} is used")
        if not rows:
            blocked[ti] = f"no {task.tag or task.category}{' with ' + task.cuisine + ' cuisine' if task.cuisine else ''} in the {city.name} extract"
            cand.append([])
            continue
        ivs = {}
        for i in rows:
            oh = city.pois[i].opening_hours
            iv = open_intervals(oh, day) if oh else None
            if iv is None and cat.outdoor and not oh:
                iv = ALWAYS_OPEN
            ivs[i] = iv
        known = [i for i in rows if ivs[i] is not None]
        if len(known) >= MIN_KNOWN_HOURS:
            use = known
        else:
            use = rows
            if len(known) < len(rows):
                notes.append(f"few {kind} POIs have opening hours in OSM ({len(known)} of {len(rows)}): "
                             "those without are assumed open")
        for i in use:
            shown[i] = ivs[i]
            intervals[i] = ivs[i] if ivs[i] is not None else ALWAYS_OPEN
        window = request.task_window(ti)
        if window is None and (task.earliest or task.latest):
            notes.append(f"{request.describe_task(ti)}: its time ({task.earliest or ''}-{task.latest or ''}) "
                         "does not fit in the trip, so it is planned whenever the trip allows")
        fit = [i for i in use if (b := fits(clip(intervals[i], window, task.duration_min), t0,
                                            task.duration_min)) is not None
               and b + task.duration_min <= t1]
        if not fit:
            at = f", beginning between {hhmm(window[0])} and {hhmm(window[1])}," if window else ""
            blocked[ti] = (f"opening hours: no {task.tag or task.category} is open for {task.duration_min} min{at} "
                           f"between {hhmm(t0)} and {hhmm(t1)} on {day:%A}")
            cand.append([])
            continue
        d = _straight_km(city.pois.lon[fit], city.pois.lat[fit], start)
        if end is not None:
            d = (d + _straight_km(city.pois.lon[fit], city.pois.lat[fit], end)) / 2
        q = np.array([city.pois[i].quality for i in fit])
        score = wq * q - wd * d / scale_km - 0.05 * d / scale_km
        order = np.argsort(-score, kind="stable")[:max_candidates]
        cand.append([fit[k] for k in order])
    # travel matrix over start, end and every candidate node
    G = city.G
    s_node = roads.nearest_nodes(G, start[1], start[2])
    e_node = roads.nearest_nodes(G, end[1], end[2]) if end is not None else s_node
    rows_all = sorted({i for c in cand for i in c})
    node_of = {i: int(city.poi_nodes[i]) for i in rows_all}
    uniq = [s_node, e_node] + sorted({node_of[i] for i in rows_all} - {s_node, e_node})
    col = {n: k for k, n in enumerate(uniq)}  # start == end: its column is 1, equal to column 0
    _, T_s = roads.travel_matrices(G, uniq)
    T = infinite_to_big(np.asarray(T_s) / 60.0)
    loc = {i: col[node_of[i]] for i in rows_all}
    pb = Problem(n_tasks=len(request.tasks), durations=[t.duration_min for t in request.tasks],
                 preds=request.predecessors(), candidates=cand, intervals=intervals,
                 quality={i: city.pois[i].quality for i in rows_all}, loc=loc, T=T, start=t0, end=t1,
                 has_end=end is not None, weights=(wq, wd, wc),
                 windows=[request.task_window(i) for i in range(len(request.tasks))])
    return Prepared(pb, rows_all, start, end, day, blocked, notes, shown)


def _why_blocked(prep: Prepared, request: TripRequest, best: Itinerary) -> dict[int, str]:
    pb = prep.problem
    out = dict(prep.blocked)
    done = best.tasks
    for t in range(pb.n_tasks):
        if t in done or t in out:
            continue
        missing = [p for p in pb.preds[t] if p not in done]
        blocked_pred = [p for p in missing if p in out]
        if blocked_pred:
            out[t] = (f"task order: it must come after {request.describe_task(blocked_pred[0])}, "
                      "which could not be fit")
            continue
        alone = []
        hours_only = []
        for poi in pb.candidates[t]:
            j = pb.loc[poi]
            arrive = pb.start + pb.T[0, j]
            back = pb.T[j, 1] if pb.has_end else 0.0
            if arrive + pb.durations[t] + back <= pb.end:
                hours_only.append(poi)
                b = fits(task_intervals(pb, t, poi), arrive, pb.durations[t])
                if b is not None and b + pb.durations[t] + back <= pb.end:
                    alone.append(poi)
        if not hours_only:
            out[t] = (f"time budget: no {request.describe_task(t)} can be reached, visited for "
                      f"{pb.durations[t]} min and left again between {hhmm(pb.start)} and {hhmm(pb.end)}")
        elif not alone:
            out[t] = (f"opening hours: no {request.describe_task(t)} within reach is open long enough "
                      f"between {hhmm(pb.start)} and {hhmm(pb.end)}")
        elif missing:
            out[t] = (f"time budget and task order: after {request.describe_task(missing[0])} it no longer "
                      f"fits before {hhmm(pb.end)}")
        else:
            out[t] = f"time budget: it does not fit together with the other visits before {hhmm(pb.end)}"
    return out


def _stops(prep: Prepared, city: City, request: TripRequest, it: Itinerary) -> list[Stop]:
    midnight = dt.datetime.combine(prep.day, dt.time())
    pb = prep.problem
    out = []
    pos = 0
    for t, poi, arrive, begin, depart in it.visits:
        p = city.pois[poi]
        j = pb.loc[poi]
        out.append(Stop(t, request.tasks[t].tag or request.tasks[t].category, p.name, p.id, p.lon, p.lat,
                        midnight + dt.timedelta(minutes=arrive), midnight + dt.timedelta(minutes=begin),
                        midnight + dt.timedelta(minutes=depart), float(pb.T[pos, j]), p.opening_hours,
                        _hours_text(prep.intervals_shown.get(poi)), p.quality, p.tags))
        pos = j
    return out


#: most visits planned for one "as many ... as possible" task
MAX_REPEAT = 4


def expand_maximize(request: TripRequest) -> tuple[TripRequest, set[int]]:
    """Copies of each "as many as possible" task (up to :data:`MAX_REPEAT` visits, 8 tasks in all).

    Returns
    -------
    (TripRequest, set of int)
        The request with the copies appended (same order constraints as
        their task) and the indices of the copies: visits that may be left
        out without the plan being partial.
    """
    data = request.model_dump()
    optional: set[int] = set()
    for i, t in enumerate(request.tasks):
        kind = t.tag or t.category
        if not t.maximize or sum((x.tag or x.category) == kind for x in request.tasks) > 1:
            continue
        for _ in range(min(MAX_REPEAT - 1, 8 - len(data["tasks"]))):
            k = len(data["tasks"])
            data["tasks"].append({**data["tasks"][i], "maximize": False})
            data["dependencies"] += [{"before": k if d.before == i else d.before, "after": k if d.after == i else d.after}
                                     for d in request.dependencies if i in (d.before, d.after)]
            optional.add(k)
    return (validate_request(data), optional) if optional else (request, optional)


def _drop_task(request: TripRequest, k: int) -> TripRequest:
    """The request without task ``k`` (the last one) and its order constraints."""
    data = request.model_dump()
    del data["tasks"][k]
    data["dependencies"] = [d for d in data["dependencies"] if k not in (d["before"], d["after"])]
    return validate_request(data)


def plan_request(request: TripRequest, city: City | str | None = "munich", osm: str | Path | None = None,
                 place: str | None = None, today: dt.date | None = None, n_candidates: int = 3, beam: int = 40,
                 max_candidates: int = MAX_CANDIDATES, notes: list[str] | None = None,
                 backend: str = "given", prompt: str | None = None) -> Plan:
    """Plan a :class:`TripRequest` (parsed, written by hand, or edited).

    Parameters
    ----------
    request : TripRequest
    city : City or str, optional
        A loaded :class:`City` or a bundled city name.
    osm : str or Path, optional
        An ``.osm.pbf`` extract instead of ``city``.
    place : str, optional
        A place name looked up online instead of ``city``.
    today : datetime.date, optional
        Trip day when the request has no date (default: today).
    n_candidates : int
        Diverse itineraries to return.
    beam : int
        MSGS beam width.
    max_candidates : int
        Candidate POIs per task.

    Returns
    -------
    Plan

    Raises
    ------
    InputError
        The request is inconsistent (also after edits made by assigning to
        its fields, e.g. a circular task order), or see :func:`load_planner_city`.
    """
    request = validate_request(request.model_dump())  # assignments to fields bypass validation
    request, optional = expand_maximize(request)
    if not isinstance(city, City):
        city = load_planner_city(city, osm, request.mode, place)
    elif city.mode != request.mode:
        city = _reload(city, request.mode)
    while True:
        prep = prepare(request, city, today, max_candidates)
        its = msgs(prep.problem, beam=beam, n_results=n_candidates)
        best = its[0]
        blocked = _why_blocked(prep, request, best)
        if not optional or all(t in optional for t in blocked):
            break
        # a copy of an "as many as possible" visit took the place of a visit that was asked for
        request, optional = _drop_task(request, max(optional)), optional - {max(optional)}
    notes = list(notes or [])
    for t in sorted({request.tasks[i].tag or request.tasks[i].category for i in optional}):
        same = [i for i, x in enumerate(request.tasks) if (x.tag or x.category) == t]
        notes.append(f"as many {t} visits as possible: {sum(i not in blocked for i in same)} of at most {len(same)} fit")
        for i in same:
            if i in optional:
                blocked.pop(i, None)

    def check_fn(stops):
        return check_itinerary(request, stops, city.G, prep.start[1:], prep.end[1:] if prep.end else None, prep.day)

    cands = []
    midnight = dt.datetime.combine(prep.day, dt.time())
    for it in its:
        cands.append(Candidate(_stops(prep, city, request, it), it.score, it.travel,
                               midnight + dt.timedelta(minutes=it.finish), check_fn))
    cands[0].check  # the plan itself is always checked
    plan = Plan(prompt, request, city, prep.start, prep.end, prep.day, cands, blocked,
                list(notes or []) + prep.notes, backend)
    plan.candidate_quality = {t: [prep.problem.quality[i] for i in c] for t, c in enumerate(prep.problem.candidates)}
    return plan


def plan_trip(prompt: str, city: str | None = "munich", osm: str | Path | None = None, place: str | None = None,
              parser="auto",
              today: dt.date | None = None, base_url: str | None = None, model: str | None = None,
              api_key: str | None = None, n_candidates: int = 3, beam: int = 40,
              max_candidates: int = MAX_CANDIDATES, llm_timeout: float | None = None) -> Plan:
    """Plan a trip from a text prompt.

    Parameters
    ----------
    prompt : str
        The request in words (for the offline parser: English, German, French, Spanish,
        Portuguese, Italian, Catalan, Finnish, Swedish or Dutch).
    city : str, optional
        A bundled extract: ``munich``, ``porto``, ``helsinki``, ``monaco``,
        ``andorra``, ``stockholm``, ``sydney`` (names only, never a path).
    osm : str or Path, optional
        An ``.osm.pbf`` extract instead.
    place : str, optional
        A place name ("Lyon, France") looked up online with osmnx instead;
        needs a network connection.
    parser : str or callable
        ``"auto"`` (offline unless an LLM is configured through ``NCO_LLM``,
        ``NCO_LLM_BASE_URL``, ``NCO_LLM_MODEL``), ``"offline"``,
        ``"openai"``, ``"ollama"``, or a callable ``(text, today) -> JSON``.
    today : datetime.date, optional
        Reference date for "tomorrow" and the default trip day.
    base_url, model, api_key : str, optional
        LLM endpoint settings.
    n_candidates : int
        Diverse itineraries to return.
    beam : int
        MSGS beam width.
    max_candidates : int
        Candidate POIs per task.
    llm_timeout : float, optional
        Seconds to connect to the LLM and to wait for its answer before the
        offline parser is used (default ``NCO_LLM_TIMEOUT`` or 20).

    Returns
    -------
    Plan

    Raises
    ------
    InputError
        Unknown city; empty or too long prompt, or one in a language the offline parser does not read;
        nothing to plan;
        contradictory times; a start place not in the extract.
    """
    if osm is None and place is None:
        if city is None:
            raise InputError(f"name a city ({', '.join(roads.CITIES)}) or pass osm='file.osm.pbf'")
        roads.city_extract(city)  # an unknown city is refused before any parsing
    elif osm is not None:
        check_input(osm, "OSM extract")
    today = today or dt.date.today()
    known = None if place else knows(lambda: load_planner_city(city, osm))
    pr: ParseResult = parse(prompt, parser=parser, today=today, base_url=base_url, model=model, api_key=api_key,
                            timeout=llm_timeout, known_place=known)
    where = None if place else city
    request, notes = pr.request, pr.notes
    if pr.named:  # places named without their kind: the map knows what they are
        where = load_planner_city(where, osm, pr.request.mode, place)
        request, notes = named_visits(where, pr, known)
    return plan_request(request, city=where, osm=osm, place=place, today=today,
                        n_candidates=n_candidates, beam=beam, max_candidates=max_candidates, notes=notes,
                        backend=pr.backend, prompt=prompt)


def named_visits(city: City, pr: ParseResult, names: MapNames | None = None) -> tuple[TripRequest, list[str]]:
    """The request with a visit to each place the prompt named without its kind ("then the Louvre")
    that the extract knows as a POI of a category, and the notes saying so; a name the extract does
    not know stays in the notes as not planned. ``names``: the :class:`MapNames` the prompt was parsed
    with, so that the map is not asked again."""
    tasks, notes = list(pr.request.tasks), list(pr.notes)
    deps = {(d.before, d.after) for d in pr.request.dependencies}
    names = names or MapNames(city)
    for name, at, note in reversed(sorted(pr.named, key=lambda x: x[1])):  # from the last, so indices hold
        name, found = _known_head(names, name)
        if found is None and not re.search(rf"\b(?:{_NOT_AT_A_NAME}) (?:the )?{re.escape(name)}", note):
            found = names.distinct_word(name)  # "le pain chez Mullot"; not "from Stockholm", "Deixo a Inês"
        if set(fold(name).split()[:1]) & DAY_WORDS:
            continue  # "am Freitag frei": a day, not the shop of that name
        kinds, tag, poi = found or ((), None, "")
        if not kinds and not tag:
            continue  # not known, or a place one does not visit (a street, a station)
        cat = kinds[0] if kinds else "other"  # "beim Fressnapf": a pet shop, a kind outside the categories
        minutes = CATEGORIES[cat].duration_min if kinds else tagschema.visit_minutes(tag)
        tasks.insert(at, Task(category=cat, duration_min=minutes, name=poi, tag=None if kinds else tag))
        deps = _insert_in_order(deps, at)
        if note in notes:
            conf = names.match(name).confidence
            notes[notes.index(note)] = f"'{name}' read as a visit to {poi} ({kinds[0] if kinds else tag}, " \
                                       f"confidence {conf:.2f})"
    data = pr.request.model_dump()
    data["tasks"] = [t.model_dump() for t in tasks]
    data["dependencies"] = [{"before": a, "after": b} for a, b in sorted(deps)]
    return validate_request(data), notes


#: words before a name that make it no business called by a word of its name: where one comes from, a person
#: after an article or a preposition ("a Inês", "de Erasmus", "para a Inês"), who one is with ("mit Bello")
_NOT_AT_A_NAME = "from|a|de|para|with|mit|avec|con|com|med|met"


def _known_head(names: MapNames, name: str) -> tuple[str, tuple | None]:
    """``name`` and :meth:`MapNames.visit` of it, or of the first words of it that are a whole name the extract holds
    when ``name`` is not one ("beim Billa Milch": Billa, the milk said after it with a capital as German nouns are)."""
    found, words = names.visit(name), name.split()
    if found is not None or len(words) < 2:
        return name, found
    for head in (" ".join(words[:k]) for k in range(len(words) - 1, 0, -1)):
        if names(head, exact=True) and (visit := names.visit(head)):
            return head, visit
    return name, None


#: gazetteer confidence of a whole name or an alias (:mod:`nco.planner.gazetteer`); below it, a fuzzy match
WHOLE_NAME = 0.97


def knows(city) -> MapNames:
    """What the extract of ``city`` (a :class:`City`, or a function that loads one when first asked)
    knows of the names in a prompt: see :class:`MapNames`."""
    return MapNames(city)



#: a word of a name ("D'Agostino", "Saint-Charles", "24")
_WORD = re.compile(r"[^\W_][\w'’-]*")

#: words of where before a city's own name ("In Paris", "nach Krems", "à Porto")
_WHERE_WORDS = {"in", "at", "to", "from", "i", "im", "en", "em", "a", "à", "no", "na", "nach", "naar", "till", "dans", "de",
                "da", "do", "aus", "uit", "fran", "från", "per", "por", "pour", "para"}


class MapNames:
    """What an extract knows of the names in a prompt, for the offline parser.

    Called with a name, it says whether the extract knows a place by it: any place for a name of two
    or more words, its whole name or an alias for one word ("Joana" is no "Joanna", "Hotel" no hotel).
    :meth:`visit` says what kind of place a name given for a visit is ("dinner at Olive Garden" is a
    restaurant, not a park; "Casa de la Vall" a castle, not a valley).
    """

    def __init__(self, city):
        self._city = city
        self._matches: dict[str, Match] = {}
        self._own: set[str] = set()  # the city's own name ("Porto, Saturday.") is no visit

    def _loaded(self) -> City:
        if not isinstance(self._city, City):
            self._city = self._city()
        if not self._own:
            words = fold(self._city.name.replace("_", " ")).split() or [""]
            self._own = {" ".join(words), words[0]}
        return self._city

    def match(self, name: str) -> Match:
        """What the gazetteer answers for ``name`` (asked once per name)."""
        if name not in self._matches:
            self._matches[name] = self._loaded().locate(name)
        return self._matches[name]

    def __call__(self, name: str, exact: bool = False) -> bool:
        """``exact``: only a whole name or an alias, whatever the number of words."""
        m = self.match(name)
        conf = m.confidence if m.place is not None else 0.0
        return conf >= WHOLE_NAME or (conf > 0 and not exact and len(name.split()) >= 2)

    def first_part(self, name: str) -> bool:
        """Whether ``name`` is the first part of a name the extract holds joined by a dash ("Caldea" of
        "Caldea-Inuu"): see :func:`_first_part`."""
        m = self.match(name)
        return m.place is not None and _first_part(name, m)

    def visit(self, name: str) -> tuple[tuple[str, ...], str | None, str] | None:
        """``(categories, tag, name)`` of the place ``name`` surely names (:func:`_names_it`): a POI of
        a category, or of a shop, amenity, leisure or tourism tag outside them (``categories`` empty);
        ``((), None, name)`` for a place one does not visit (a street, a square, a station, a hotel);
        ``None`` for a name the extract does not surely know."""
        m = self.match(name)
        if m.place is None or self.is_own(name) or not (_names_it(name, m.confidence) or _first_part(name, m)
                                                        or _kind_in_word(name, m)):
            return None
        poi = self._loaded().pois.by_id().get(m.place.id)
        if m.place.kind in ("area", "station", "stop"):
            # "the Jardin Exotique": the garden, not the district; "Jardim do Morro": the park, not its metro stop
            poi = self._poi_called(m.place.name) or poi
        elif m.place.kind == "square":
            poi = self._poi_called(m.place.name, "park") or poi  # "a rest in Abingdon Square": the park it is
        if poi is not None and _named_after(_poi_kind(poi), name):
            poi = self._landmark(name) or poi  # "Palais Princier", a bike station too: the palace is meant
        poi = self._branch(name) or poi  # "Müller (drogerie)": the chain's shop, not a café of the same name
        kind = _poi_kind(poi) if poi is not None else None
        if kind and len(kind[0]) > 1:
            kind = (_brand_first(kind[0], name, self.country()), kind[1])
        if kind is None and m.place.kind == "landmark":
            return ("sight",), None, m.place.name  # "die Historische Brücke": a monument the map has, no POI
        return kind + (poi.name,) if kind else ((), None, m.place.name)

    def distinct_word(self, word: str) -> tuple[tuple[str, ...], str | None, str] | None:
        """``(categories, tag, name)`` of the one place one visits whose longer name holds the one capitalised
        ``word`` as a whole word, when no other place's name holds it ("Zöttl" of "Bäckerei Zöttl", "Rita's" of
        "Rita's Italian Ice": a business called by the word that sets it apart); ``None`` when none, or several
        ("Palais", "Maria"), or a street, a square or a station, hold it, or a place is called by the word alone."""
        word = word.strip()
        if not re.fullmatch(r"(?-i:[A-ZÀ-Ý])[^\W\d_]{3,}(?:['’]s)?", word) or self.is_own(word) or \
                CUISINE_RE.fullmatch(word.lower()) or common_word(word):
            return None
        gazetteer = self._loaded().gazetteer()
        if len({fold(p.name) for p in gazetteer.containing(word)}) != 1:
            return None  # other names hold it too, in a longer word perhaps: "Esplanadi" of "Esplanadin puisto"
        held = gazetteer.holding(word)  # the one name, when it holds the word as a word of its own
        poi = self._loaded().pois.by_id().get(held[0].id) if held else None
        kind = _poi_kind(poi) if poi is not None else None
        return kind + (poi.name,) if kind and (kind[0] or kind[1]) else None

    def landmark(self, word: str, tag: str | None = None) -> tuple[tuple[str, ...], None, str] | None:
        """``(categories, None, name)`` of the one POI of a category (tagged ``tag`` when given) whose name begins
        with ``word`` ("the Casino": the Casino de Monte-Carlo, a sight; "au Palais": the Palais Princier);
        ``None`` when none or several."""
        pois = self._loaded().pois
        hits = [pois[i] for i in pois.named_first(word) if _first_word_is(pois[i].name, word)
                and pois[i].categories and (not tag or has_tag(pois[i].tags, tag))]
        return (_kinds(hits[0]), None, hits[0].name) if len(hits) == 1 else None

    def _branch(self, name: str):
        """A POI called ``name`` of the kind of the brand of that name in the city's country (:func:`brands.kind`),
        when the extract holds several places of that name ("Müller", a chemist chain and a café), or ``None``."""
        tag = brands.kind(name, self.country())
        if tag is None:
            return None
        pois = self._loaded().pois
        return next((pois[i] for i in pois.named_first(name.split()[0])
                     if fold(pois[i].name) == fold(name) and has_tag(pois[i].tags, tag)), None)

    def _poi_called(self, name: str, category: str | None = None):
        """The one POI of a category called ``name`` exactly (accents and case aside) whose name says its kind
        ("Jardin Exotique", a garden; not "Little Italy", a cinema named after the district), or ``None``; with
        ``category``, the one of that category, whatever its name says (a square laid out as a park: "Abingdon
        Square")."""
        pois = self._loaded().pois
        hits = [pois[i] for i in pois.named_first(name.split()[0])
                if pois[i].categories and fold(pois[i].name) == fold(name)
                and (category is None or category in pois[i].categories)]
        return hits[0] if len(hits) == 1 and (category or _says_its_kind(hits[0], name)) else None

    def _landmark(self, name: str):
        """The POI of a category whose longer name holds ``name`` (the landmark a station is named after)."""
        pois = self._loaded().pois.by_id()
        return next((pois[p.id] for p in self._city.gazetteer().holding(name)
                     if p.id in pois and pois[p.id].categories), None)

    def _street_named(self, word: str) -> bool:
        """Whether a street's name begins with ``word``."""
        key = fold(word) + " "
        return any(p.kind == "street" and fold(p.name).startswith(key) for p in self._city.gazetteer().holding(word))

    def is_own(self, name: str) -> bool:
        """Whether ``name`` is the city's own name, alone or after a word of where ("In Paris for ...")."""
        self._loaded()  # the city's own names come with it, whatever was asked before
        words = fold(name).split()
        return " ".join(words) in self._own or (len(words) >= 2 and words[0] in _WHERE_WORDS
                                                and " ".join(words[1:]) in self._own)

    def is_city(self, name: str) -> bool:
        """Whether ``name`` names the city itself in any language the map gives it ("Monaco di Baviera", "München"
        for Munich), not a district or a town within it ("Monaco-Ville")."""
        if self.is_own(name):
            return True
        m = self.match(name)
        return m.place is not None and m.place.kind == "area" and m.confidence >= WHOLE_NAME and any(
            " ".join(fold(n).split()) in self._own for n in re.split(r"\s*[()]\s*", m.place.name) if n)

    def area(self, name: str) -> bool:
        """Whether ``name`` is the city's own name or an area the map knows (a town, a district): where
        one is, not a spot to start from when the prompt names one too."""
        if self.is_own(name):
            return True
        m = self.match(name)
        return m.place is not None and m.place.kind == "area" and _names_it(name, m.confidence)

    def names_in(self, text: str) -> list[tuple[int, int]]:
        """Spans of ``text`` that are whole names of two to six words the extract holds, beginning with
        a capital or with the article of a name that has one ("le Jardin animalier" of "Le Jardin Animalier"), the
        longest first from the left ("Marché de la Condamine", "Campo 24 de Agosto"):
        the offline parser keeps them as written, no word of them read as a cue or a kind."""
        words = list(_WORD.finditer(text))

        def whole(a: int, b: int, i: int, n: int) -> str | None:
            return text[a:b] if _opens_name(words, i, n) and self.has_name(text[a:b]) else None

        return [(a, b) for a, b, _ in _longest_runs(words, whole, shortest=2)]

    def names_any_case(self, text: str) -> list[tuple[int, int, str]]:
        """Spans of ``text`` that are whole names of one to six words the extract holds, whatever their case
        ("start at odeonsplatz", "casa de la vall"), or the first two words or more of one name only ("concha
        acustica" of "Concha Acústica Helena Meireles"), the longest first from the left, each with the name as
        the map spells it."""
        words = list(re.finditer(r"[^\W_]+", text))  # "d'ordino": the name after the article's apostrophe
        gazetteer = self._loaded().gazetteer()

        def spelt(a: int, b: int, _i: int, n: int) -> str | None:
            said = text[a:b]  # "the high line": "The High Line", its article not typed
            return gazetteer.spelt(said) or gazetteer.spelt("the " + said) or \
                (gazetteer.spelt_start(said) if n >= 2 else None)

        return _longest_runs(words, spelt, shortest=1)

    def has_kind(self, tag: str) -> bool:
        """Whether the extract has a POI tagged ``tag`` ("amenity=give_box")."""
        return bool(self._loaded().pois.of_tag(tag))

    def has_name(self, name: str) -> bool:
        """Whether a place carries ``name`` as a whole name (no fuzzy matching: cheap for many phrases)."""
        return self._loaded().gazetteer().has_name(name)

    def country(self) -> str | None:
        """The extract's country, for the brands found there (:func:`nco.planner.brands.country`)."""
        return brands.country(self._loaded())

    def chain(self, word: str) -> tuple[tuple[str, ...], str | None, str] | None:
        """``(categories, tag, word)`` when ``word`` is the first word of the names of POIs that are
        nearly all of one kind (a chain: "Hemköp", "Lidl", "Starbucks"); ``None`` otherwise."""
        if " " in word.strip() or len(word) < 3 or self.is_own(word):
            return None
        pois = self._loaded().pois
        named = [pois[i] for i in pois.named_first(word) if _first_word_is(pois[i].name, word)]
        every = [_poi_kind(p) for p in named]
        kinds = [k for k in every if k is not None]
        if not kinds:
            return None
        best = max(set(kinds), key=kinds.count)
        if kinds.count(best) < 2 * len(every) / 3 or self._street_named(word):  # a school or a street named
            return None  # so too ("in Penbrook": Penbrook Avenue, Penbrook Park): a place name, no chain
        if _named_after(best, word) and any(map(_of_network, named)):
            return None  # bike-share stations named after the street they stand in: a place name, no chain
        return best + (word,)


#: articles that begin some names ("Le Jardin Animalier", "La Condamine", "The Donut Pub")
_NAME_ARTICLES = {"the", "le", "la", "les", "el", "il", "lo", "der", "die", "das", "den"}


def _longest_runs(words: list, name_of, shortest: int) -> list[tuple[int, int, str]]:
    """``(start, end, name)`` of the runs of ``shortest`` to six ``words`` (matches) that ``name_of(start, end, i,
    n)`` names, the longest first from the left; the words of a run are not tried again."""
    spans, i = [], 0
    while i < len(words):
        runs = ((words[i].start(), words[i + n - 1].end(), n) for n in range(min(6, len(words) - i), shortest - 1, -1))
        found = next(((a, b, n, name) for a, b, n in runs if (name := name_of(a, b, i, n))), None)
        if found:
            spans.append(found[:2] + found[3:])
        i += found[2] if found else 1
    return spans


def _opens_name(words: list, i: int, n: int) -> bool:
    """Whether the word ``i`` may open a name of ``n`` words: a capitalised word, or an article before a name of
    two words or more, the first capitalised ("le Jardin animalier"; "à la Poste" is the post office)."""
    w = words[i].group(0)
    return w[0].isupper() or (n >= 3 and w in _NAME_ARTICLES and words[i + 1].group(0)[0].isupper())


#: points of transport named after the place they stand at ("Palais princier", a bike-share station)
_NAMED_AFTER = {"amenity=bicycle_rental", "amenity=kick-scooter_rental", "amenity=car_sharing",
                "amenity=ferry_terminal"}


def _named_after(kind, said: str) -> bool:
    """Whether a POI of ``kind`` (:func:`_poi_kind`) is a station named after a place and ``said`` does not
    name its kind ("Citi Bike" does)."""
    if not kind or kind[1] not in _NAMED_AFTER:
        return False
    words = fold(said).split()
    runs = [" ".join(words[i:i + n]) for n in (1, 2) for i in range(len(words) - n + 1)]
    return all(tagschema.lookup(r, tagschema.LANGS) != kind[1] for r in runs)


def _says_its_kind(poi, name: str) -> bool:
    """Whether a word of ``name`` names a tag ``poi`` carries ("Jardin" of a ``leisure=garden``) or a tag of
    one of its categories ("Jardim" of a ``leisure=park``)."""
    tags = [t for t in (tagschema.lookup(w, tagschema.LANGS) for w in fold(name).split()) if t]
    return any(poi.tags.get(t.partition("=")[0]) == t.partition("=")[2]
               or set(categories_of(dict([t.split("=", 1)]))) & set(poi.categories) for t in tags)


def _first_word_is(name: str, word: str) -> bool:
    """Whether ``name`` begins with ``word`` as said, not with a short acronym ("TAG Heuer" is no "Tag" of
    "den Tag planen") or its possessive ("Oma's Köstlichkeiten" is no "Oma" of "bei der Oma")."""
    first = re.match(r"[\w'’]+", name)
    said = re.match(r"[\w'’]+", word)
    return bool(first and said) and fold(first.group(0)) == fold(said.group(0)) and \
        not (first.group(0).isupper() and 1 < len(first.group(0)) <= 3 and not said.group(0).isupper())


def _of_network(poi) -> bool:
    """Whether a station belongs to a network (bike share) whose name it does not carry: named after its place."""
    net = fold(poi.tags.get("network") or poi.tags.get("operator") or "")
    return bool(net) and not set(net.split()) & set(fold(poi.name).split())


def _poi_kind(poi) -> tuple[tuple[str, ...], str | None] | None:
    """``(categories, None)`` of a POI of a category, ``((), tag)`` of one of another kind one visits."""
    if poi.categories:
        return _kinds(poi), None
    keys = ("amenity", "leisure", "tourism") if poi.tags.get("shop") == "yes" else ("shop", "amenity", "leisure",
                                                                                    "tourism")
    for key in keys:
        tag = f"{key}={poi.tags.get(key)}"
        if poi.tags.get(key) and tag not in tagschema.PASSED_TAGS and tag not in tagschema.SKIP_TAGS:
            return (), tag
    if poi.tags.get("shop") == "yes":  # a shop the map names without its trade ("Paul & Joe"), not the shop of a
        return ("shop",), None  # petrol station ("Aral Autohof": amenity=fuel and shop=yes)
    return None


def _kinds(poi) -> tuple[str, ...]:
    """The categories of a POI, the most telling first: Livraria Lello is a bookshop before a sight."""
    return tuple(sorted(poi.categories, key=lambda k: k == "sight"))


def _brand_first(cats: tuple[str, ...], name: str, country: str | None) -> tuple[str, ...]:
    """The categories of a POI of several, the one of its brand first: a "Duane Reade" that sells groceries too
    is a pharmacy before a supermarket (:func:`brands.kind`)."""
    tag = brands.kind(name, country)
    key, _, value = (tag or "").partition("=")
    own = [c for c in cats if any(k == key and value in vs for k, vs in CATEGORIES[c].tags)]
    return tuple(own + [c for c in cats if c not in own])


#: articles and possessives that open a sentence and a name alike ("O nosso" of "O nosso Cantinho", "Les enfants" of
#: "Marché des Enfants Rouges"): with one word in lower case, no name ("le Taney" is one)
_OPENING_WORDS = _NAME_ARTICLES | {
    "o", "a", "os", "as", "les", "des", "de", "du", "our", "my", "nosso", "nossa", "meu", "minha", "notre", "nos", "mon",
    "ma", "mes", "unser", "unsere", "mein", "meine", "nuestro", "nuestra", "mi", "nostro", "nostra", "mio", "mia",
    "vårt", "vår", "min", "mitt", "ons", "onze", "mijn", "nostre", "meva"}


def _names_it(name: str, confidence: float) -> bool:
    """Whether a name given without its kind surely names the place found: its whole name or an
    alias (confidence 0.97 and up), or all words of a name of two or more ("High Line"); one word
    that is only part of a name ("Palais", "Schnitzel", "Les enfants" of "Marché des Enfants Rouges", "O nosso" of "O
    nosso Cantinho") is no visit."""
    words = [w for w in name.split() if w.lower() not in _OPENING_WORDS]
    return confidence >= WHOLE_NAME or (confidence >= 0.95 and len(name.split()) >= 2 and (
        len(words) >= 2 or any(w[:1].isupper() for w in words)))


def _first_part(name: str, m: Match) -> bool:
    """Whether one capitalised word of five letters or more is the first part of a name joined by a dash
    ("Caldea" of "Caldea-Inuu"): a place called by what sets it apart, not by the word of its kind."""
    parts = re.split(r"\s*-\s*", m.place.name)
    return m.confidence >= 0.95 and len(parts) > 1 and re.fullmatch(r"(?-i:[A-ZÀ-Ý])[^\W\d_]{4,}", name.strip()) \
        is not None and fold(parts[0]) == fold(name)


def _kind_in_word(name: str, m: Match) -> bool:
    """Whether one word that says its kind as a compound does is a whole word of the name found ("Stadtmuseum" of
    "Münchner Stadtmuseum", "Hofgarten"): the place so called, not a part of a longer name said by chance."""
    word = name.strip()
    return m.confidence >= 0.95 and re.fullmatch(r"(?-i:[A-ZÀ-Ý])[^\W\d_]{5,}", word) is not None and \
        fold(word) in fold(m.place.name).split() and compound_kind(word, "de") is not None


def _insert_in_order(deps: set[tuple[int, int]], at: int) -> set[tuple[int, int]]:
    """Order pairs after a task is inserted at ``at``; it sits in the chain it interrupts ("A, then X, then B")."""
    out = {(a + (a >= at), b + (b >= at)) for a, b in deps}
    reach, stack = set(), [at - 1]
    while stack:
        u = stack.pop()
        for a, b in out:
            if a == u and b not in reach:
                reach.add(b)
                stack.append(b)
    if at >= 1 and at + 1 in reach:
        out |= {(at - 1, at), (at, at + 1)}
    return out
