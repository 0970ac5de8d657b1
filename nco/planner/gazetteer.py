"""A gazetteer per OSM extract: every named feature, found by any of its names.

The planner resolves the start and end places of a prompt here.  Each
named feature of the extract becomes a :class:`Place` with all its names:
``name``, every ``name:<lang>``, ``alt_name``, ``official_name``,
``old_name``, ``short_name``, ``loc_name`` (``;``-separated lists split),
the part of a name outside brackets, and ``ref`` / ``railway:ref`` for
stations.  Features are the planner's POIs (stations and stops, squares,
landmarks, shops, ...; read once by :func:`nco.planner.pois.load_pois`) and
the named streets of its road graph (:func:`nco.roads.load`), so there is
no second OSM reader.

Names are compared after :func:`fold`: Unicode is transliterated to ASCII
with `anyascii <https://pypi.org/project/anyascii/>`_ (ISC licence, no
dependencies; Cyrillic, Greek, CJK, Arabic, ...), case-folded, and
punctuation becomes spaces.  A phrase is looked up exactly, then fuzzily
with `rapidfuzz <https://pypi.org/project/RapidFuzz/>`_ (``ratio``, ``token_set_ratio`` and ``partial_ratio`` with factors 1, 0.95, 0.9;
the best score divided by 100 is the confidence).  Generic words ("main station",
"Hauptbahnhof", "Gare", "metro", "square", "Platz", ...) are read as a
hint on the kind of place: "the main railway station" is the extract's
most important railway station (train service, station category,
Wikidata, "central" in its name); "Marienplatz station" prefers the
station called Marienplatz.  Candidates further than :data:`SAME_PLACE_M`
apart whose scores are within :data:`AMBIGUOUS_MARGIN` are reported as
ambiguous, with the candidates.

The gazetteer is cached on disk beside the POI cache (``$NCO_CACHE/gazetteer``)
as JSON holding the extract's size, modification time and SHA-256 and a
SHA-256 of its own records; a cache that does not match in every respect is
rebuilt.
"""

from __future__ import annotations

import bisect

import hashlib
import math
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from anyascii import anyascii
from rapidfuzz import fuzz, process

from nco import fsio, roads
from nco.fsio import sha256_file
from nco.geo import haversine
from nco.resources import cache_dir

#: bump when the record layout or the naming rules change
CACHE_VERSION = 2
CACHE_FORMAT = "nco-gazetteer"
#: candidates closer than this (metres) are one place (a square and its station)
SAME_PLACE_M = 350.0
#: two places whose confidences differ by less than this are ambiguous
AMBIGUOUS_MARGIN = 0.03
#: the least confidence of a fuzzy match that is accepted
MIN_CONFIDENCE = 0.82

#: kinds of place, in the order a meeting point is preferred when names tie
KINDS = ("station", "square", "landmark", "stop", "street", "area", "shop", "poi")

_NAME_KEYS = ("name", "alt_name", "official_name", "old_name", "short_name", "loc_name", "int_name", "reg_name")
_LEADING = {"the", "a", "an", "der", "die", "das", "dem", "den", "le", "la", "les", "l", "el", "los", "las",
            "o", "os", "il", "lo", "det", "de", "des", "du", "del", "do", "da", "von", "of", "at"}
#: generic words (folded) -> the hint they give: ("station", "main" / "metro" / "any"), ("square", ...), ...
_GENERIC: dict[str, tuple[str, str]] = {}


def _generic(kind: str, sub: str, words: str) -> None:
    for w in words.split("|"):
        _GENERIC[w] = (kind, sub)


_generic("station", "main", "main station|main railway station|main train station|central station|"
         "central railway station|central train station|hauptbahnhof|hbf|gare centrale|stazione centrale|"
         "estacion central|estacao central|centraal station|centralstation|centralstationen|centralen|"
         "paarautatieasema|rautatieasema|main rail station|grand central|gare principale|dworzec glowny|"
         "dworzec centralny|hlavni nadrazi")
_generic("station", "rail", "railway station|train station|rail station|bahnhof|bf|gare|gare sncf|estacion|"
         "estacao|estacao ferroviaria|estacion de tren|stazione|station|juna asema|jarnvagsstation|stationen|"
         "asema|dworzec|dworzec kolejowy|stacja|stacja kolejowa|nadrazi|vlakove nadrazi|zeleznicni stanice|stanice")
_generic("station", "metro", "metro|metro station|subway|subway station|underground|underground station|tube|"
         "tube station|u bahn|u bahnhof|ubahn|s bahn|sbahn|metroasema|tunnelbana|tunnelbanestation|t bana|"
         "estacao de metro|estacion de metro|station de metro|metro stop|light rail|light rail station")
_generic("stop", "any", "stop|bus stop|tram stop|haltestelle|arret|paragem|parada|pysakki|hallplats")
_generic("square", "any", "square|plaza|platz|place|praca|piazza|plein|torget|torg|tori|placa|aukio|largo|plac|namesti")


def fold(text: str) -> str:
    """``text`` transliterated to ASCII, case-folded, punctuation as single spaces.

    Examples
    --------
    >>> fold("Красная площадь")
    'krasnaya ploshchad'
    >>> fold("Σύνταγμα")
    'syntagma'
    >>> fold("Gärtnerplatz")
    'gartnerplatz'
    """
    text = anyascii(str(text).replace("ß", "ss")).casefold()
    return " ".join("".join(c if c.isalnum() else " " for c in text).split())


@dataclass(frozen=True)
class Place:
    """One named feature of an extract.

    Attributes
    ----------
    id : str
        ``"node/1"``, ``"way/2"``, ``"relation/3"`` or ``"street/<name>"``.
    name : str
        Its display name.
    kind : str
        One of :data:`KINDS`.
    lon, lat : float
    importance : float
        In [0, 1]: how likely a prompt means this one when names tie.
    names : tuple of (str, float)
        Every name it is known by (not folded), with a weight: 1 for a full
        name, 0.97 for the part of one outside or inside brackets.
    station : str
        For stations: ``"rail"`` or ``"metro"``; else ``""``.
    """

    id: str
    name: str
    kind: str
    lon: float
    lat: float
    importance: float
    names: tuple[tuple[str, float], ...]
    station: str = ""


@dataclass
class Match:
    """The answer of :meth:`Gazetteer.lookup`.

    Attributes
    ----------
    query : str
    place : Place or None
        The place chosen (``None``: not found).
    confidence : float
        In [0, 1]; 1 for an exact name.
    matched : str
        The name (of ``place``) that matched.
    candidates : list of (Place, float)
        Other places the phrase could mean, best first (with confidences).
    ambiguous : bool
        Several distinct places matched about equally well.
    """

    query: str
    place: Place | None
    confidence: float = 0.0
    matched: str = ""
    candidates: list = field(default_factory=list)
    ambiguous: bool = False

    def describe(self, role: str = "place") -> str | None:
        """A note for the plan: ``None`` for a clean match, else what happened and the candidates."""
        others = ", ".join(f"{p.name} ({c:.2f})" for p, c in self.candidates[:4])
        if self.place is None:
            return f"{role} {self.query!r} not found" + (f" (closest: {others})" if others else "")
        if self.ambiguous:
            return (f"{role} {self.query!r} is ambiguous: using {self.place.name}; "
                    f"other candidates: {others}")
        if self.confidence < 0.999:
            return f"{role} {self.query!r} read as {self.place.name} (confidence {self.confidence:.2f})"
        return None


# ---------------------------------------------------------------- building
def _split(value: str) -> list[str]:
    return [v.strip() for v in value.split(";") if v.strip()]


def names_of(tags: dict, label: str = "") -> list[tuple[str, float]]:
    """Every name of a feature with its weight (1 for a full name, less for a part of one).

    Parameters
    ----------
    tags : dict
        OSM tags.
    label : str
        The planner's display name ("Name (English name)"), also a name.
    """
    out: list[tuple[str, float]] = [(label, 1.0)] if label else []
    for key, value in tags.items():
        base = key.split(":", 1)[0]
        if base in _NAME_KEYS and isinstance(value, str) and (key == base or base in ("name", "alt_name", "official_name")):
            out.extend((v, 1.0) for v in _split(value))
    if _station_kind(tags):
        for key in ("ref", "railway:ref"):
            if isinstance(tags.get(key), str) and len(tags[key]) >= 2:
                out.append((tags[key], 1.0))
    for n, _w in list(out):
        bare = re.sub(r"\s*\([^)]*\)\s*", " ", n).strip()
        if bare and bare != n:
            out.append((bare, 0.97))
            out.extend((inner, 0.97) for inner in re.findall(r"\(([^)]+)\)", n))
    return out


def _station_kind(tags: dict) -> str:
    """``"rail"``, ``"metro"`` or ``""`` (not a station)."""
    if not (tags.get("railway") in ("station", "halt") or tags.get("public_transport") == "station"
            or tags.get("amenity") == "bus_station"):
        return ""
    metro = tags.get("station") in ("subway", "light_rail", "monorail") or tags.get("subway") == "yes" \
        or tags.get("light_rail") == "yes"
    if tags.get("train") == "yes" or tags.get("station") == "train":
        return "rail"
    return "metro" if metro else ("bus" if tags.get("amenity") == "bus_station" else "rail")


def kind_of(tags: dict) -> str:
    """The :data:`KINDS` entry of a feature with these OSM tags."""
    if _station_kind(tags):
        return "station"
    if tags.get("railway") in ("tram_stop", "stop", "subway_entrance") or tags.get("highway") == "bus_stop" \
            or tags.get("public_transport") in ("platform", "stop_position", "stop_area"):
        return "stop"
    if tags.get("place") == "square" or tags.get("highway") == "pedestrian" and tags.get("area") == "yes":
        return "square"
    if tags.get("place"):
        return "area"
    if tags.get("tourism") in ("attraction", "museum", "gallery", "viewpoint", "zoo", "theme_park") \
            or tags.get("historic") or tags.get("amenity") in ("place_of_worship", "townhall", "theatre", "marketplace",
                                                              "ferry_terminal", "arts_centre", "fountain"):
        return "landmark"
    if tags.get("shop"):
        return "shop"
    return "poi"


def importance(tags: dict, quality: float = 0.0) -> float:
    """How likely a prompt means this feature when names tie, in [0, 1].

    Stations: rail service, a low ``railway:station_category``, Wikidata and
    "central" in a name; other features: the POI quality proxy.
    """
    sk = _station_kind(tags)
    if not sk:
        return float(min(1.0, 0.2 + 0.8 * quality))
    q = 0.3 + (0.2 if sk == "rail" else 0.0) + (0.1 if tags.get("wikidata") else 0.0)
    cat = tags.get("railway:station_category", "")
    q += {"1": 0.3, "2": 0.25, "3": 0.15, "4": 0.05}.get(cat, 0.0)
    names = " ".join(fold(v) for k, v in tags.items() if k.startswith(("name", "official_name")) and isinstance(v, str))
    if re.search(r"\b(hauptbahnhof|hbf|central|centrale|centraal|centralstation|paarautatieasema|main)\b", names):
        q += 0.3
    return float(min(1.0, q))


def places_from(pois, streets: dict[str, tuple[float, float]] | None = None) -> list[Place]:
    """The places of an extract.

    Parameters
    ----------
    pois : iterable of nco.planner.pois.POI
        Named features with ``id``, ``name``, ``lon``, ``lat``, ``tags`` and ``quality``.
    streets : dict, optional
        Street name -> a point on it (:meth:`nco.planner.plan.City.streets`).
    """
    out = []
    for p in pois:
        names = tuple(dict(reversed(names_of(p.tags, p.name))).items())[::-1]
        kind = kind_of(p.tags)
        out.append(Place(p.id, p.name, kind, float(p.lon), float(p.lat), importance(p.tags, p.quality),
                         names, _station_kind(p.tags)))
    for name, (lon, lat) in sorted((streets or {}).items()):
        kind = "square" if _generic_of(fold(name).split())[0] == ("square", "any") else "street"
        out.append(Place(f"street/{name}", name, kind, float(lon), float(lat), 0.2, tuple(names_of({}, name))))
    return out


def _generic_of(tokens: list[str]) -> tuple[tuple[str, str] | None, list[str]]:
    """The longest generic phrase at the start or the end of ``tokens`` and the tokens left."""
    for n in range(min(4, len(tokens)), 0, -1):
        for head in (True, False):
            part = tokens[:n] if head else tokens[len(tokens) - n:]
            hint = _GENERIC.get(" ".join(part))
            if hint:
                rest = tokens[n:] if head else tokens[:len(tokens) - n]
                if hint[0] == "station" and rest and rest[-1] in ("main", "central", "railway", "train"):
                    hint, rest = ("station", "main" if rest[-1] in ("main", "central") else "rail"), rest[:-1]
                return hint, rest
    return None, tokens


def _strip_articles(tokens: list[str]) -> list[str]:
    while tokens and tokens[0] in _LEADING:
        tokens = tokens[1:]
    return tokens


def _hint_fits(hint: tuple[str, str] | None, place: Place) -> bool | None:
    """Whether ``place`` is of the kind the generic words ask for (``None``: no hint)."""
    if hint is None:
        return None
    kind, sub = hint
    if kind == "station":
        if sub == "main":
            return place.kind == "station" and place.station != "metro"
        if sub == "metro":
            return place.kind == "station" and place.station == "metro" or place.kind == "stop"
        return place.kind == "station"
    return place.kind == kind or (kind == "square" and place.kind == "street")


# ---------------------------------------------------------------- lookup
#: fuzzy scorers and the factor on their score: whole strings, a phrase whose
#: words are all in the name, a phrase that is part of the name
_SCORERS = ((fuzz.ratio, 1.0), (fuzz.token_set_ratio, 0.95), (fuzz.partial_ratio, 0.9))


class Gazetteer:
    """The named places of one extract, looked up by any of their names.

    Parameters
    ----------
    places : list of Place
    source : str
        What they were read from (for messages).
    """

    def __init__(self, places: list[Place], source: str):
        self.places = places
        self.source = source
        self.from_cache = False
        self.lon = np.array([p.lon for p in places])
        self.lat = np.array([p.lat for p in places])
        self.index: dict[str, list[tuple[int, float]]] = {}
        for i, p in enumerate(places):
            for n, w in p.names:
                key = fold(n)
                if key:
                    self.index.setdefault(key, []).append((i, w))
        self.keys = list(self.index)
        self._sorted: list[str] | None = None  # the keys in order, for names said by their first words
        # names of several words written as one ("Walmart" for "Wal-Mart", "7eleven"), built on first use
        self._joined: dict[str, list[tuple[int, float]]] | None = None

    def __len__(self) -> int:
        return len(self.places)

    def lookup(self, text: str) -> Match:
        """The place a phrase names.

        Parameters
        ----------
        text : str
            "Marienplatz", "the main railway station", "U-Bahn Odeonsplatz",
            "Сенатская площадь", ...

        Returns
        -------
        Match
            ``place`` is ``None`` when nothing matches with at least
            :data:`MIN_CONFIDENCE`; ``candidates`` then lists the closest.
        """
        tokens = _strip_articles(fold(text).split())
        if not tokens:
            return Match(text, None)
        hint, core = _generic_of(tokens)
        core = _strip_articles(core)
        scores = self._exact(" ".join(tokens), hint, 1.0)
        if hint and scores and not any(_hint_fits(hint, self.places[i]) for i in scores):
            # the generic word is part of a name ("Square Jules Ferry", a garden)
            scores = self._exact(" ".join(tokens), None, 1.0)
        if hint and (not core or self._is_area(" ".join(core)) and not self._named_so(" ".join(core), hint)):
            _merge(scores, self._generic(hint))  # "Munich main station"; not "metro do Bolhão", a station so named
        elif hint:
            for key in _local_forms(core, hint):
                _merge(scores, self._exact(key, hint, 0.97))
        if not scores and len(tokens) == 1:
            scores = {i: (0.97 * w, tokens[0]) for i, w in self._written_as_one(tokens[0])}
        if not scores:
            _merge(scores, self._fuzzy(" ".join(tokens), hint))
            if hint and core:
                _merge(scores, self._fuzzy(" ".join(core), hint, core=True))
        found = self._decide(text, scores, hint)
        saint = _saint_written_out(tokens) if found.place is None else None
        if saint:  # "St. Leo's": the map writes "Saint Leo Roman Catholic Church"
            written_out = self.lookup(saint)
            if written_out.place is not None:
                written_out.query = text
                return written_out
        return found

    def _written_as_one(self, key: str) -> list[tuple[int, float]]:
        """Places whose name of two or more words is ``key`` with its spaces and dashes left out ("walmart")."""
        if self._joined is None:
            self._joined = {}
            for k, rows in self.index.items():
                if " " in k:
                    self._joined.setdefault(k.replace(" ", ""), []).extend(rows)
        return self._joined.get(key, []) if len(key) >= 5 else []

    def has_name(self, text: str) -> bool:
        """Whether some place carries ``text`` as a whole name (after :func:`fold`), without fuzzy matching."""
        return fold(text) in self.index

    def spelt(self, text: str) -> str | None:
        """The name ``text`` folds to as a place spells it ("odeonsplatz" -> "Odeonsplatz"), or ``None``."""
        key = fold(text)
        for i, _w in self.index.get(key, []):
            name = next((n for n, _ in self.places[i].names if fold(n) == key), None)
            if name:
                return name
        return None

    def spelt_start(self, text: str) -> str | None:
        """The words a name begins with when ``text`` folds to them and no name of another place begins so
        ("concha acustica" -> "Concha Acústica" of "Concha Acústica Helena Meireles"), or ``None``."""
        key = fold(text)
        if not key:
            return None
        if self._sorted is None:
            self._sorted = sorted(self.keys)
        i = bisect.bisect_left(self._sorted, key + " ")
        found = []
        while i < len(self._sorted) and self._sorted[i].startswith(key + " "):
            found.append(self._sorted[i])
            i += 1
        places = {j for k in found for j, _w in self.index[k]}
        if len(places) != 1:
            return None
        name = self.spelt(found[0])
        words = len(key.split())
        return " ".join(name.split()[:words]) if name and fold(" ".join(name.split()[:words])) == key else None

    def holding(self, text: str) -> list[Place]:
        """Places with a longer name that holds the words of ``text`` in a row ("Palais Princier" ->
        "Palais Princier de Monaco"), without fuzzy matching."""
        key = f" {' '.join(_strip_articles(fold(text).split()))} "
        rows = {i for k in self.keys if key in f" {k} " and k != key.strip() for i, _w in self.index[k]}
        return [self.places[i] for i in sorted(rows)]

    def containing(self, text: str) -> list[Place]:
        """Places with a name that holds ``text`` anywhere, inside a longer word too ("Esplanadi" ->
        "Esplanadin puisto", "Pohjoisesplanadi"), the place so named included, without fuzzy matching."""
        key = fold(text)
        rows = {i for k in self.keys if key in k for i, _w in self.index[k]}
        return [self.places[i] for i in sorted(rows)]

    def _exact(self, key: str, hint, weight: float) -> dict[int, tuple[float, str]]:
        out: dict[int, tuple[float, str]] = {}
        for i, w in self.index.get(key, []):
            fits = _hint_fits(hint, self.places[i])
            _merge(out, {i: (weight * w * (1.0 if fits is not False else 0.9), key)})
        return out

    def _generic(self, hint) -> dict[int, tuple[float, str]]:
        """Places of the hinted kind, by importance (the "main station" of the extract)."""
        fit = [i for i, p in enumerate(self.places) if _hint_fits(hint, p)]
        fit.sort(key=lambda i: -self.places[i].importance)
        top = self.places[fit[0]].importance if fit else 0.0
        # no station looks like a main one and several could be: not a confident answer
        doubt = 0.2 if hint[1] == "main" and top < 0.8 and len(self._spread(fit)) > 1 else 0.0
        return {i: (0.9 - doubt - (top - self.places[i].importance), " ".join(hint)) for i in fit[:8]}

    def _spread(self, rows: list[int]) -> list[int]:
        """One of ``rows`` per group of places closer than :data:`SAME_PLACE_M`."""
        reps: list[int] = []
        for i in rows:
            p = self.places[i]
            if all(haversine(p.lon, p.lat, self.places[j].lon, self.places[j].lat) > SAME_PLACE_M for j in reps):
                reps.append(i)
        return reps

    def _fuzzy(self, key: str, hint, core: bool = False) -> dict[int, tuple[float, str]]:
        """Places with a name close to ``key``; for the ``core`` of a phrase with generic words, only places of that kind."""
        out: dict[int, tuple[float, str]] = {}
        for scorer, factor in _SCORERS:
            if scorer is fuzz.partial_ratio and (len(key) < 5 or " " in key or core):
                continue  # a short word or a phrase is part of too many names
            for name, score, _ in process.extract(key, self.keys, scorer=scorer, limit=30, score_cutoff=55):
                if scorer is fuzz.partial_ratio and len(name) < len(key):
                    continue  # the name is part of the phrase, not the phrase part of the name
                if scorer is fuzz.token_set_ratio and not set(key.split()) <= set(name.split()):
                    score = fuzz.token_sort_ratio(key, name)  # only the name's words are in the phrase
                for i, w in self.index[name]:
                    fits = _hint_fits(hint, self.places[i])
                    if core and not fits:
                        continue
                    bonus = {True: 0.03, False: -0.05, None: 0.0}[fits]
                    _merge(out, {i: (min(0.99, factor * score / 100.0 * w + bonus), name)})
        return out

    def _named_so(self, key: str, hint) -> bool:
        """Whether a place of the hinted kind, other than a main station, carries the name ``key`` (the metro
        station of a district so named; the main station of a town is its main station, whatever its name)."""
        return hint[1] != "main" and any(_hint_fits(hint, self.places[i]) for i, _w in self.index.get(key, []))

    def _is_area(self, key: str) -> bool:
        """Whether ``key`` names a town or district (as in "Munich main station")."""
        return any(self.places[i].kind == "area" for i, _w in self.index.get(key, []))

    def _decide(self, text: str, scores: dict[int, tuple[float, str]], hint) -> Match:
        order = sorted(scores, key=lambda i: (-round(scores[i][0], 3), KINDS.index(self.places[i].kind),
                                              -self.places[i].importance))
        clusters = self._spread(order)
        if not clusters or scores[clusters[0]][0] < MIN_CONFIDENCE:
            return Match(text, None, candidates=[(self.places[i], round(scores[i][0], 3)) for i in clusters[:5]])
        best, conf = clusters[0], scores[clusters[0]][0]
        rivals = [i for i in clusters[1:] if scores[i][0] >= conf - AMBIGUOUS_MARGIN
                  and self.places[i].kind == self.places[best].kind
                  and self.places[i].importance >= self.places[best].importance - 0.25]
        name = next((n for n, _w in self.places[best].names if fold(n) == scores[best][1]), self.places[best].name)
        return Match(text, self.places[best], round(conf, 3), name,
                     [(self.places[i], round(scores[i][0], 3)) for i in (rivals or clusters[1:4])], bool(rivals))


#: how a square is named locally, before ("place X") or after ("Xplatz") its name
_SQUARE_BEFORE = ("place", "praca", "plaza", "placa", "piazza", "largo", "plac")
_SQUARE_AFTER = ("platz", "plein", "torget", "torg", "tori", "aukio", "square")


def _local_forms(core: list[str], hint: tuple[str, str]) -> list[str]:
    """Folded names a place of the hinted kind called ``core`` may carry ("Odeon square" -> "odeonsplatz")."""
    key = " ".join(core)
    forms = [key]
    if hint[0] == "square":
        joined = "".join(core)
        forms += [f"{w} {key}" for w in _SQUARE_BEFORE] + [f"{w} da {key}" for w in ("praca", "largo")]
        forms += [f"{joined}{w}" for w in _SQUARE_AFTER] + [f"{joined}s{w}" for w in _SQUARE_AFTER]
        forms += [f"{key} {w}" for w in _SQUARE_AFTER]
    return forms


#: a saint's name shortened, as the map often writes it in full
_SAINTS = {"st": "saint", "ste": "sainte", "sto": "santo", "sta": "santa", "sv": "svaty", "sw": "swiety"}


def _saint_written_out(tokens: list[str]) -> str | None:
    """The folded name with its saint written out and an English possessive dropped ("st leo s" -> "saint leo"),
    or ``None`` when it names no saint so shortened."""
    if len(tokens) < 2 or tokens[0] not in _SAINTS:
        return None
    return " ".join([_SAINTS[tokens[0]], tokens[1], *(t for t in tokens[2:] if t != "s")])


def _merge(into: dict[int, tuple[float, str]], more: dict[int, tuple[float, str]]) -> dict:
    for i, (c, n) in more.items():
        if i not in into or c > into[i][0]:
            into[i] = (c, n)
    return into


# ---------------------------------------------------------------- cache
def cache_file(pbf: str | Path, mode: str) -> Path:
    """The JSON cache of the gazetteer of an extract (its streets depend on the travel ``mode``)."""
    path = Path(pbf)
    key = hashlib.sha256(f"{path.resolve()}\0{mode}".encode("utf-8", "surrogatepass")).hexdigest()[:20]
    return cache_dir("gazetteer", f"{path.name}.{key}.json")


def source_identity(pbf: str | Path, mode: str) -> dict:
    """What a cache must have been built from: the extract's size, mtime and SHA-256, and the mode."""
    st = os.stat(pbf)
    return {"size": st.st_size, "mtime_ns": st.st_mtime_ns, "sha256": sha256_file(pbf), "mode": mode}


def cache_identity(pbf: str | Path, mode: str, features: int) -> dict:
    """The identity a gazetteer cache must match: the extract and mode, the
    number of features the POI reader found in it (that changes with the
    reader) and the version of the road graph the street names come from."""
    return {**source_identity(pbf, mode), "features": features, "roads": roads.GRAPH_CACHE_VERSION}


def _record(p: Place) -> dict:
    return {"id": p.id, "name": p.name, "kind": p.kind, "lon": p.lon, "lat": p.lat, "importance": p.importance,
            "names": [[n, w] for n, w in p.names], "station": p.station}


def _place(r: dict) -> Place:
    """A place from a cache record; ``ValueError`` for anything of the wrong type."""
    ok = (isinstance(r, dict) and all(isinstance(r.get(k), str) for k in ("id", "name", "kind", "station"))
          and r["kind"] in KINDS
          and all(isinstance(r.get(k), (int, float)) and math.isfinite(r[k]) for k in ("lon", "lat", "importance"))
          and isinstance(r.get("names"), list)
          and all(isinstance(x, list) and len(x) == 2 and isinstance(x[0], str) and isinstance(x[1], (int, float))
                  for x in r["names"]))
    if not ok:
        raise ValueError("bad gazetteer record")
    return Place(r["id"], r["name"], r["kind"], float(r["lon"]), float(r["lat"]), float(r["importance"]),
                 tuple((n, float(w)) for n, w in r["names"]), r["station"])


def read_cache(cache: Path, source: dict) -> list[Place] | None:
    """The places of a cache file that matches ``source`` and its own checksum; ``None`` otherwise."""
    return fsio.read_records(cache, "gazetteer cache", CACHE_FORMAT, CACHE_VERSION, source, "places", _place)


def write_cache(cache: Path, source: dict, places: list[Place]) -> None:
    """Write the cache atomically; a cache that cannot be written is skipped."""
    fsio.write_records(cache, CACHE_FORMAT, CACHE_VERSION, source, "places", [_record(p) for p in places])


def load_gazetteer(pois, streets, pbf: str | None = None, mode: str = "walk", source: str = "") -> Gazetteer:
    """The gazetteer of an extract, from its disk cache when that matches.

    Parameters
    ----------
    pois : iterable of nco.planner.pois.POI
        The extract's named features (:func:`nco.planner.pois.load_pois`).
    streets : dict or callable
        Street name -> a point on it (from the road graph), or a function
        returning that dict, called only when the cache cannot be used.
    pbf : str, optional
        The extract's path; without one (an online place) nothing is cached.
    mode : str
        The road graph's travel mode.
    source : str
        A label for messages.

    Returns
    -------
    Gazetteer
        ``from_cache`` tells whether the disk cache was used.
    """
    street_names = streets if callable(streets) else lambda: streets
    if pbf is None or not Path(pbf).is_file():
        return Gazetteer(places_from(pois, street_names()), source)
    pois = list(pois)
    ident = cache_identity(pbf, mode, len(pois))
    cache = cache_file(pbf, mode)
    places = read_cache(cache, ident) if cache.is_file() else None
    if places is not None:
        gaz = Gazetteer(places, source or Path(pbf).name)
        gaz.from_cache = True
        return gaz
    places = places_from(pois, street_names())
    write_cache(cache, ident, places)
    return Gazetteer(places, source or Path(pbf).name)
