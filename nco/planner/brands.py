"""Brands as kinds of place: "Starbucks" is a café, "Duane Reade" a pharmacy, "Edeka" a supermarket.

The names come from the OpenStreetMap name-suggestion-index (``name-suggestion-index`` on npm,
BSD-3-Clause licence): each brand has its names, the OSM tags of its shops and the countries it
is found in.  The shipped subset, ``data/brands.json`` (package data ``nco.bundled``), keeps the
brands of the kinds in :data:`KEEP` (shops, places to eat and drink, banks, pharmacies, gyms...)
with the countries of their ``locationSet``.  Rebuild it from a downloaded package
(``npm pack name-suggestion-index``)::

    python -m nco.planner.brands build path/to/package data/brands.json

:func:`kind` says what kind of place a brand name is in a country.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

from nco import resources
from nco.fsio import read_bytes, write_text
from nco.planner import tagschema

#: kinds of place people go to, by the tag a brand's shops carry, the preferred first when a name has several
#: (a petrol station last: "Giant", "Sheetz" are shops that sell fuel too); a key with ``None`` keeps every
#: value but those of :data:`SKIP`
KEEP = {"shop": None,
        "amenity": ("restaurant", "fast_food", "cafe", "ice_cream", "bar", "pub", "pharmacy", "bank", "atm",
                    "bureau_de_change", "post_office", "cinema", "casino", "library", "bicycle_rental",
                    "car_rental", "internet_cafe", "karaoke_box", "money_transfer", "veterinary", "fuel"),
        "leisure": ("fitness_centre", "sports_centre", "bowling_alley", "amusement_arcade", "escape_game",
                    "indoor_play", "trampoline_park", "miniature_golf", "sauna"),
        "tourism": ("theme_park",)}
#: shops no one walks to on a trip (trades, vehicles, services to a building)
SKIP = {"shop=car", "shop=trade", "shop=wholesale", "shop=truck", "shop=truck_repair", "shop=tractor",
        "shop=tractor_repair", "shop=plant_hire", "shop=storage_rental", "shop=money_lender", "shop=gas",
        "shop=agrarian", "shop=groundskeeping", "shop=pest_control", "shop=boat", "shop=caravan", "shop=tyres",
        "shop=car_parts", "shop=car_repair", "shop=funeral_directors", "shop=window_blind", "shop=doors",
        "shop=flooring", "shop=tiles", "shop=catalogue", "shop=outpost", "shop=motorcycle_repair",
        "shop=bathroom_furnishing", "shop=motorcycle", "shop=tool_hire", "shop=pawnbroker", "shop=fuel"}
#: regions of the name-suggestion-index (UN M49) -> their countries; "*" is the world
REGIONS = {"001": "*",
           "150": "ad al at ax ba be bg by ch cy cz de dk ee es fi fo fr gb gg gi gr hr hu ie im is it je li lt lu lv "
                  "mc md me mk mt nl no pl pt ro rs ru se si sj sk sm ua va xk",
           "005": "ar bo br cl co ec fk gf gy pe py sr uy ve", "fx": "fr"}
#: countries of the bundled extracts
CITY_COUNTRY = {"munich": "de", "porto": "pt", "helsinki": "fi", "monaco": "mc", "andorra": "ad", "stockholm": "se",
                "sydney": "au", "baltimore": "us", "harrisburg": "us", "new_york": "us", "paris": "fr", "krems": "at",
                "bayreuth_north": "de", "campo_grande": "br"}
#: a brand of one word needs this many letters ("Aldi", not "Bom" or "One")
MIN_LETTERS = 4
#: the names people call a chain by in speech, as the brand's own name ("a Woolies run", "Maccas", "ab in den Mäckes",
#: "au Macdo", "på Donken", "syödään Hesessä")
NICKNAMES = {"woolies": "woolworths", "maccas": "mcdonald's", "macca's": "mcdonald's", "mickey d's": "mcdonald's",
             "mäckes": "mcdonald's", "mäcces": "mcdonald's", "macdo": "mcdonald's", "donken": "mcdonald's",
             "mäkki": "mcdonald's", "mäkkäri": "mcdonald's", "hese": "hesburger", "sbux": "starbucks",
             "tarjay": "target", "dunkies": "dunkin", "mcdo": "mcdonald's", "mekáč": "mcdonald's",
             "maczek": "mcdonald's", "mcd": "mcdonald's"}


def build(package: str | Path, out: str | Path) -> dict:
    """Write the compact brand subset from an unpacked npm package folder.

    Parameters
    ----------
    package
        The ``package`` folder of ``npm pack name-suggestion-index``.
    out
        The JSON to write.

    Returns
    -------
    dict
        What was written: ``brands`` maps a folded name to ``[tag, countries]`` pairs (countries
        space-separated, ``*`` for the world, ``-xx`` for a country left out).
    """
    pkg = Path(package)
    meta = json.loads(read_bytes(pkg / "package.json", "package.json"))
    nsi = json.loads(read_bytes(pkg / "dist" / "json" / "nsi.json", "name-suggestion-index", 64 << 20))["nsi"]
    ranks: dict[str, dict[tuple[str, str], int]] = {}  # name -> (tag, countries) -> how the name was got
    for path, entry in nsi.items():
        tag = path.removeprefix("brands/").replace("/", "=", 1)
        if not path.startswith("brands/") or not _kept(tag):
            continue
        for item in entry.get("items", []):
            where = _countries(item.get("locationSet", {}))
            for name, rank in _names(item).items() if where else ():
                ranks.setdefault(name, {})[(tag, where)] = min(rank, ranks.get(name, {}).get((tag, where), rank))
    kept = {name: [list(e) for e in sorted(es, key=lambda e: (es[e], _tag_order(e[0])))] for name, es in ranks.items()}
    data = {"source": f"{meta['name']} {meta['version']} (npm), dist/json/nsi.json",
            "licence": "BSD-3-Clause, Copyright name-suggestion-index contributors",
            "brands": dict(sorted(kept.items()))}
    write_text(out, json.dumps(data, ensure_ascii=False, separators=(",", ":")))
    return data


def _kept(tag: str) -> bool:
    """Whether brands of ``tag`` are kept (:data:`KEEP`, :data:`SKIP`)."""
    key, _, value = tag.partition("=")
    if key not in KEEP or tag in SKIP or "/" in value:
        return False
    return KEEP[key] is None or value in KEEP[key]


def _tag_order(tag: str) -> tuple[int, int]:
    """Where a kept tag comes in :data:`KEEP` (the first wins for a name of several kinds)."""
    key, _, value = tag.partition("=")
    values = KEEP[key] or ()
    return list(KEEP).index(key), values.index(value) if value in values else 0


def _names(item: dict) -> dict[str, int]:
    """Folded names of a brand, with and without a leading "The" and an apostrophe ("The Home Depot", "Lowe's"),
    each with how it was got: 0 its name, 1 its brand, alternative or English name, 2 a match name (the
    name of the shops of one kind wins over the brand of another: "Giant" is a supermarket, its pharmacies
    are "Giant Pharmacy")."""
    tags = item.get("tags", {})
    raw = [(re.sub(r"\s*\(.*?\)", "", item.get("displayName", "")), 0), (tags.get("name", ""), 0)]
    raw += [(tags.get(k, ""), 1) for k in ("brand", "alt_name", "name:en", "brand:en", "short_name")]
    raw += [(n, 2) for n in item.get("matchNames", [])]
    out: dict[str, int] = {}
    for n, rank in raw:
        for form in (n, re.sub(r"^the\s+", "", n, flags=re.I), re.sub(r"['’]", "", n)):
            f = tagschema.fold(form)
            if f and re.fullmatch(r"[^\W\d_]+(?: [^\W\d_]+)*", f):  # letters only: no "7-Eleven", no "24/7"
                out[f] = min(rank, out.get(f, rank))
    return out


def _countries(location_set: dict) -> str:
    """The countries of a ``locationSet`` as kept (see :func:`build`); empty when none is a country or region."""
    inc = set()
    for code in location_set.get("include", []):
        if isinstance(code, str):
            c = code.lower().split("-")[0].removesuffix(".geojson")
            inc.update(REGIONS.get(c, c if len(c) == 2 else "").split())  # "us-ny.geojson": in the US
    exc = {c.lower() for c in location_set.get("exclude", []) if isinstance(c, str) and len(c) == 2}
    if "*" in inc:
        return " ".join(["*"] + sorted(f"-{c}" for c in exc))
    return " ".join(sorted(inc - exc))


@lru_cache(maxsize=1)
def brands() -> dict[str, list[list[str]]]:
    """The shipped brand subset (``data/brands.json``): folded name -> ``[tag, countries]`` pairs."""
    return json.loads(read_bytes(resources.data("brands.json"), "brands"))["brands"]


def _sold_in(countries: str, country: str | None) -> bool:
    """Whether a brand of ``countries`` (as kept) is found in ``country`` (any, when it is not known)."""
    where = countries.split()
    return country is None or (country in where or "*" in where) and f"-{country}" not in where


@lru_cache(maxsize=4096)
def kind(name: str, country: str | None = None) -> str | None:
    """The tag of the kind of place the brand ``name`` is in ``country`` ("Edeka" -> shop=supermarket),
    or ``None``: not a brand there, a word of one or two letters, or one word the tagging schema knows
    ("Casino" is a kind, not the supermarket chain)."""
    f = tagschema.fold(name)
    f = _nicknames().get(f, f)
    if " " not in f and len(f) < MIN_LETTERS:
        return None
    tags = [tag for tag, where in brands().get(f, []) if _sold_in(where, country)]
    # one word the schema lists for another kind is an everyday word ("Casino", "Boots"); for its own kind, the brand
    # the schema names ("Systembolaget")
    if not tags or (" " not in f and tags[0] not in _schema_words().get(f, {tags[0]})):
        return None
    return tags[0]


@lru_cache(maxsize=1)
def _nicknames() -> dict[str, str]:
    """:data:`NICKNAMES` folded as names are looked up."""
    return {tagschema.fold(k): tagschema.fold(v) for k, v in NICKNAMES.items()}


@lru_cache(maxsize=1)
def _schema_words() -> dict[str, set[str]]:
    """Every word of the names and terms of the tagging schema, in all its languages, with the kinds it is said of:
    everyday words of places and goods ("casino", "boots", "casa")."""
    out: dict[str, set[str]] = {}
    for tag, by_lang in tagschema.schema()["kinds"].items():
        for w in (w for ws in by_lang.values() for w in ws):
            for x in tagschema.fold(w).split():
                out.setdefault(x, set()).add(tag)
    return out


def country(city) -> str | None:
    """The ISO country code of a city (a :class:`nco.planner.plan.City`): a bundled city's, else the one most
    of its POIs give in ``addr:country``; ``None`` when unknown."""
    if city.name in CITY_COUNTRY:
        return CITY_COUNTRY[city.name]
    said = Counter(str(p.tags.get("addr:country", "")).lower() for p in city.pois)
    said.pop("", None)
    return said.most_common(1)[0][0] if said else None


def main(argv: list[str] | None = None) -> int:
    """``python -m nco.planner.brands build PACKAGE OUT``."""
    return tagschema.build_command("nco.planner.brands", build, "brands", argv)

if __name__ == "__main__":
    raise SystemExit(main())
