"""Open vocabulary of place kinds: phrases in several languages -> OSM tags.

The phrases come from the presets of the OpenStreetMap tagging schema used
by the iD editor (``@openstreetmap/id-tagging-schema`` on npm, ISC licence):
each preset has a name and search terms in many languages.  The shipped
subset, ``data/tagschema.json`` (package data ``nco.bundled``), keeps the
presets of single ``key=value`` tags of points and areas under the keys in
:data:`KEYS`, with names, aliases and terms in :data:`LANGS`.  Rebuild it
from a downloaded package (``npm pack @openstreetmap/id-tagging-schema``)::

    python -m nco.planner.tagschema build path/to/package data/tagschema.json

:func:`find_kinds` finds the phrases of a prompt that name a kind of place;
:func:`visit_minutes` is the documented visit length per kind.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from nco import resources
from nco.fsio import read_bytes, write_text

#: OSM keys whose presets are kept
KEYS = ("amenity", "shop", "tourism", "leisure", "historic", "craft", "healthcare", "natural", "man_made", "club")
#: languages kept (``pt-BR`` is merged into ``pt``)
#: (Norwegian is ``no``: the schema's ``nb`` translation holds a few dozen presets, ``no`` over a thousand)
LANGS = ("en", "de", "fr", "es", "pt", "pt-BR", "fi", "sv", "it", "ca", "da", "no", "pl", "cs", "nl")
#: words too general to name a kind on their own
GENERIC = set(["place", "places", "station", "stations", "shop", "shops", "store", "stores", "food", "drink", "drinks", "point", "area", "terminal", "centre", "center", "house", "hall", "office", "building", "room", "service", "services", "public", "transit", "transportation", "square", "street", "road", "train", "bus", "car", "tram", "metro", "water", "art", "games", "hobby", "gift", "gifts", "supplies", "repair", "rental", "store", "shopping", "market", "local", "kiosk", "stand", "spot", "site", "thing", "things", "stuff", "time", "day", "break", "tour", "trip", "walk", "visit", "lunch", "dinner", "breakfast", "meal", "bar", "bars", "view", "home", "city", "town", "village", "old", "new", "big", "small", "nice", "good", "best", "open", "pick", "up", "pickup", "ticket", "tickets"]) | {"pick up"}
GENERIC.add("have")  # Danish "have" (a garden) is the English verb of the rewritten prompt
#: visit length in minutes per tag (then per key); other kinds take :data:`DEFAULT_MINUTES`
MINUTES = {"leisure=sauna": 90, "leisure=swimming_pool": 90, "leisure=sports_centre": 90, "leisure=fitness_centre": 60,
           "tourism=zoo": 150, "tourism=aquarium": 90, "tourism=theme_park": 240, "amenity=fuel": 10,
           "amenity=post_office": 10, "amenity=atm": 5, "amenity=toilets": 5, "amenity=ferry_terminal": 15,
           "amenity=nightclub": 120, "amenity=casino": 90, "shop=hairdresser": 45, "shop=laundry": 60,
           "natural=beach": 90, "amenity=bicycle_rental": 10, "craft=winery": 60, "amenity=charging_station": 30}
KEY_MINUTES = {"shop": 20, "craft": 20, "amenity": 20, "healthcare": 30, "tourism": 45, "leisure": 45,
               "historic": 20, "natural": 30, "man_made": 15, "club": 60}
DEFAULT_MINUTES = 30
#: phrases the schema lacks or gives to another preset (checked before it)
EXTRA = {"fuel station": "amenity=fuel", "petrol station": "amenity=fuel", "baumarkt": "shop=doityourself",
         "quincaillerie": "shop=hardware", "chocolaterie": "shop=chocolate", "phone shop": "shop=mobile_phone",
         "schwimmbad": "leisure=swimming_pool", "swimming pool": "leisure=swimming_pool",
         "pool": "leisure=swimming_pool",
         "swimming": "leisure=swimming_pool", "zur post": "amenity=post_office", "postamt": "amenity=post_office",
         "box office": "shop=ticket", "ticket office": "shop=ticket", "wine cellar": "shop=wine",
         "flower shop": "shop=florist", "rent a bike": "amenity=bicycle_rental", "wine tasting": "craft=winery", "bike rental": "amenity=bicycle_rental",
         "perfumery": "shop=perfumery", "weinkeller": "shop=wine", "heuriger": "amenity=bar", "wine tavern": "amenity=bar",
         "exchange office": "amenity=bureau_de_change", "exchange money": "amenity=bureau_de_change",
         "exchange some money": "amenity=bureau_de_change", "exchange currency": "amenity=bureau_de_change",
         "exchange euros": "amenity=bureau_de_change", "exchange dollars": "amenity=bureau_de_change",
         "exchange some dollars": "amenity=bureau_de_change", "exchange some euros": "amenity=bureau_de_change",
         "change money": "amenity=bureau_de_change", "currency exchange": "amenity=bureau_de_change",
         "money exchange": "amenity=bureau_de_change", "wechselstube": "amenity=bureau_de_change",
         "geldwechsel": "amenity=bureau_de_change", "casa de cambio": "amenity=bureau_de_change",
         "casa de cambios": "amenity=bureau_de_change", "casa de câmbio": "amenity=bureau_de_change",
         "cambio": "amenity=bureau_de_change", "canvi de moneda": "amenity=bureau_de_change",
         "cambiavalute": "amenity=bureau_de_change", "valutaväxling": "amenity=bureau_de_change",
         "växlingskontor": "amenity=bureau_de_change", "valuutanvaihto": "amenity=bureau_de_change",
         "wisselkantoor": "amenity=bureau_de_change",
         "car repair": "shop=car_repair", "mechanic": "shop=car_repair", "taller mecánico": "shop=car_repair",
         "taller mecanico": "shop=car_repair", "taller mecànic": "shop=car_repair", "taller": "shop=car_repair",
         "autowerkstatt": "shop=car_repair", "werkstatt": "shop=car_repair", "garagiste": "shop=car_repair",
         "oficina mecânica": "shop=car_repair", "officina meccanica": "shop=car_repair",
         "bilverkstad": "shop=car_repair", "autokorjaamo": "shop=car_repair", "autogarage": "shop=car_repair",
         "brauerei": "craft=brewery", "brewery": "craft=brewery", "cervecería": "craft=brewery",
         "deli": "shop=deli", "delicatessen": "shop=deli", "feinkost": "shop=deli", "épicerie fine": "shop=deli",
         "discoteca": "amenity=nightclub", "disco": "amenity=nightclub", "nightclub": "amenity=nightclub",
         "climbing gym": "leisure=sports_centre", "bouldering gym": "leisure=sports_centre", "petrol": "amenity=fuel",
         "gas": "amenity=fuel", "golf": "leisure=golf_course", "jazz club": "amenity=nightclub",
         "jazzclub": "amenity=nightclub", "club de jazz": "amenity=nightclub", "locale jazz": "amenity=nightclub",
         "citi bike": "amenity=bicycle_rental", "bike share": "amenity=bicycle_rental", "vélib": "amenity=bicycle_rental",
         "university": "amenity=university", "universität": "amenity=university", "université": "amenity=university",
         "universidad": "amenity=university", "universidade": "amenity=university", "università": "amenity=university",
         "universitat": "amenity=university", "yliopisto": "amenity=university", "universitet": "amenity=university",
         "universiteit": "amenity=university", "correos": "amenity=post_office", "correios": "amenity=post_office",
         # a kiosk for papers and tickets, said plainly ("in die Trafik", "au kiosque"), is a visit; the schema keeps
         # "kiosk" for no kind of its own
         "kiosk": "shop=kiosk", "kiosks": "shop=kiosk", "kiosque": "shop=kiosk", "kiosco": "shop=kiosk",
         "quiosque": "shop=kiosk", "edicola": "shop=newsagent", "tobacconist": "shop=tobacco",
         "copyshop": "shop=copyshop", "copy-shop": "shop=copyshop",
         # where the boats leave, said with the word for a boat rather than a ferry ("la terminal del barco")
         "boat terminal": "amenity=ferry_terminal", "terminal del barco": "amenity=ferry_terminal",
         "terminal de barcos": "amenity=ferry_terminal", "terminal dos barcos": "amenity=ferry_terminal",
         "terminal do barco": "amenity=ferry_terminal", "gare maritime": "amenity=ferry_terminal",
         "estación marítima": "amenity=ferry_terminal", "estação fluvial": "amenity=ferry_terminal",
         "fährterminal": "amenity=ferry_terminal", "fähranleger": "amenity=ferry_terminal",
         # a parcel shop, or the shop of a parcel service, takes parcels as a post office does ("beim Hermes-Shop")
         "paketshop": "amenity=post_office", "paket-shop": "amenity=post_office", "parcel shop": "amenity=post_office",
         "hermes-shop": "amenity=post_office", "dhl-shop": "amenity=post_office", "dpd-shop": "amenity=post_office",
         "gls-shop": "amenity=post_office", "point relais": "amenity=post_office", "relais colis": "amenity=post_office",
         # a vintage shop sells old clothes ("un negozio vintage", "a vintage store")
         "vintage shop": "shop=clothes", "vintage store": "shop=clothes", "negozio vintage": "shop=clothes",
         "tienda vintage": "shop=clothes", "loja vintage": "shop=clothes", "boutique vintage": "shop=clothes",
         "vintageladen": "shop=clothes", "vintagebutik": "shop=clothes", "vintagewinkel": "shop=clothes",
         "trafik": "shop=tobacco", "tabac": "shop=tobacco", "tabac-presse": "shop=tobacco",
         "tabac presse": "shop=tobacco", "tabaccheria": "shop=tobacco", "estanco": "shop=tobacco",
         "stamps": "amenity=post_office", "post a parcel": "amenity=post_office", "send a parcel": "amenity=post_office",
         "sim card": "shop=mobile_phone", "phone charger": "shop=mobile_phone", "sunscreen": "shop=chemist",
         "barber": "shop=hairdresser", "bowling": "leisure=bowling_alley", "sweets": "shop=confectionery",
         "candy": "shop=confectionery", "paket abgeben": "amenity=post_office", "pakete abschicken": "amenity=post_office",
         "déposer un colis": "amenity=post_office", "enviar un paquete": "amenity=post_office",
         "enviar uma encomenda": "amenity=post_office", "spedire un pacco": "amenity=post_office",
         "skicka ett paket": "amenity=post_office", "envoyer un colis": "amenity=post_office",
         "envoyer le colis": "amenity=post_office", "send the parcel": "amenity=post_office",
         "send a package": "amenity=post_office", "mail a package": "amenity=post_office",
         "enviar el paquete": "amenity=post_office", "enviar a encomenda": "amenity=post_office",
         "spedire il pacco": "amenity=post_office", "ein paket aufgeben": "amenity=post_office",
         # comic shops: a bookshop of comics (books=comic)
         "comic shop": "shop=books", "comic store": "shop=books", "comics shop": "shop=books", "comicladen": "shop=books",
         "comicshop": "shop=books", "seriebutik": "shop=books", "seriebutiken": "shop=books",
         "seriebutiker": "shop=books", "seriebutikerna": "shop=books", "serieaffär": "shop=books",
         "serieaffären": "shop=books", "serieaffärer": "shop=books", "serieaffärerna": "shop=books",
         "librairie bd": "shop=books",
         "tienda de cómics": "shop=books", "tienda de comics": "shop=books", "loja de quadrinhos": "shop=books",
         "loja de banda desenhada": "shop=books", "fumetteria": "shop=books", "botiga de còmics": "shop=books",
         "stripwinkel": "shop=books", "stripboekenwinkel": "shop=books", "sarjakuvakauppa": "shop=books",
         # a fountain said plainly is one to look at; the schema lists these words as drinking water too
         # ("so viele Brunnen wie möglich", "ver las fuentes"); a drinking fountain keeps its own word
         "brunnen": "amenity=fountain", "fuente": "amenity=fountain", "fuentes": "amenity=fountain",
         "fontana": "amenity=fountain", "fontane": "amenity=fountain", "fontan": "amenity=fountain",
         "fontaner": "amenity=fountain", "fontanerna": "amenity=fountain", "chafariz": "amenity=fountain",
         "chafarizes": "amenity=fountain", "fonts": "amenity=fountain", "fontein": "amenity=fountain",
         "fonteinen": "amenity=fountain",
         # a cemetery, which the schema lists with the crematorium too ("as many cemeteries as possible")
         "cemetery": "amenity=grave_yard", "cemeteries": "amenity=grave_yard", "friedhof": "amenity=grave_yard",
         "friedhofe": "amenity=grave_yard", "cimetiere": "amenity=grave_yard", "cimetieres": "amenity=grave_yard",
         "cementerio": "amenity=grave_yard", "cementerios": "amenity=grave_yard", "cemiterio": "amenity=grave_yard",
         "cemiterios": "amenity=grave_yard", "cimitero": "amenity=grave_yard", "cimiteri": "amenity=grave_yard",
         "begraafplaats": "amenity=grave_yard",
         # a self-service laundry, a word the schema lacks ("need a laundrette", "Waschsalon")
         "laundromat": "shop=laundry", "laundrette": "shop=laundry", "launderette": "shop=laundry",
         "waschsalon": "shop=laundry", "wasserette": "shop=laundry",
         # the Catalan post ("passa per correus"), as "correos" and "correios"; the French "passer à la Poste"
         "correus": "amenity=post_office", "la poste": "amenity=post_office",
         # a wine cellar in Spanish and Portuguese ("una bodega de vino", "uma adega"), as "wine cellar"
         "bodega de vino": "shop=wine", "bodega de vinos": "shop=wine", "bodegas de vino": "shop=wine",
         "adega": "shop=wine", "adegas": "shop=wine", "cave a vin": "shop=wine", "cave a vins": "shop=wine",
         # a watchmaker a visitor calls on is a watch shop; the schema gives the word to the clockmaker's craft
         "horloger": "shop=watches", "horlogerie": "shop=watches", "uhrmacher": "shop=watches",
         "watchmaker": "shop=watches",
         # an electronics shop said plainly sells appliances and phones; the schema gives these words to the shop
         # of radio parts ("una tienda de electrónica por un cargador", "Elektronikladen")
         "tienda de electronica": "shop=electronics", "tiendas de electronica": "shop=electronics",
         "loja de eletronica": "shop=electronics", "lojas de eletronica": "shop=electronics",
         "elektronikladen": "shop=electronics", "elektroniikkaliike": "shop=electronics",
         # gifts and shoes bought, which the schema also lists for a drugstore and a cobbler
         "regalos": "shop=gift", "zapatos": "shop=shoes",
         # the vet, as people say it ("vet appointment", "the vet for the cat")
         "vet": "amenity=veterinary", "vets": "amenity=veterinary",
         # a parcel shop takes and hands out parcels as a post office does ("zum Paketshop")
         "paketshop": "amenity=post_office", "parcel shop": "amenity=post_office",
         # the Brazilian word for the bus station ("passar na rodoviária comprar passagem")
         "rodoviaria": "amenity=bus_station",
         # a friperie sells second-hand clothes: a clothes shop
         "friperie": "shop=clothes", "friperies": "shop=clothes",
         # second-hand, which the schema lists for charity shops and pawnbrokers too ("secondhandbutiken")
         "secondhand": "shop=second_hand",
         # a fountain of drinking water ("une fontaine d'eau potable")
         "fontaine d eau potable": "amenity=drinking_water", "fontaines d eau potable": "amenity=drinking_water",
         # a club one goes out to at night ("then a club", "go clubbing")
         "a club": "amenity=nightclub", "clubbing": "amenity=nightclub",
         # a bike taken to be mended ("get my bike fixed", "bike repair")
         "bike fixed": "shop=bicycle", "bike repaired": "shop=bicycle", "bike repair": "shop=bicycle",
         "fix my bike": "shop=bicycle", "bicycle repair": "shop=bicycle",
         # a bottle bought is one of wine or spirits ("a bottle of red", "une bouteille de whisky")
         "bottle of red": "shop=alcohol", "bottle of white": "shop=alcohol", "bottle of rose": "shop=alcohol",
         "bottle of bubbly": "shop=alcohol", "bouteille": "shop=alcohol", "bouteilles": "shop=alcohol",
         "botella": "shop=alcohol", "botellas": "shop=alcohol", "bottiglia": "shop=alcohol",
         # a shop of comic magazines, and the second-hand bookshop of Swedish and Finnish ("antikvariaatit läpi")
         "serietidningsbutik": "shop=books", "serietidningsbutiken": "shop=books",
         "serietidningsbutiker": "shop=books", "serietidningsbutikerna": "shop=books",
         "antikvariat": "shop=books", "antikvariatet": "shop=books", "antikvariaten": "shop=books",
         "antikvariaatti": "shop=books", "antikvariaatit": "shop=books", "antikvariaattiin": "shop=books",
         "antikvariaatteja": "shop=books", "antikvariaateissa": "shop=books", "antikvariaattia": "shop=books",
         # ... and of Portuguese, Polish, Czech and French ("dois alfarrabistas", "antykwariat", "un bouquiniste")
         "alfarrabista": "shop=books", "alfarrabistas": "shop=books", "antykwariat": "shop=books",
         "antykwariatu": "shop=books", "antykwariaty": "shop=books", "antikvariatu": "shop=books",
         "antikvariaty": "shop=books", "bouquiniste": "shop=books",
         "bouquinistes": "shop=books", "libreria de viejo": "shop=books", "librerias de viejo": "shop=books",
         # perfume in Catalan ("comprar perfum"), which the schema lists for a cosmetics shop
         "perfum": "shop=perfumery", "perfums": "shop=perfumery",
         # a chocolate maker's shop ("a chocolatier", "una xocolateria", "uma chocolataria")
         "chocolatier": "shop=chocolate", "chocolatiers": "shop=chocolate", "chocolataria": "shop=chocolate",
         "xocolateria": "shop=chocolate",
         # a coffee house is a café, not a shop of coffee beans ("breakfast in a coffee house")
         "coffee house": "amenity=cafe", "coffeehouse": "amenity=cafe",
         # a diner, a bar and a sausage stand, as people say them ("lunch at a diner", "num barzinho", "ein Würstel")
         "diner": "amenity=restaurant", "barzinho": "amenity=bar", "barzinhos": "amenity=bar", "boteco": "amenity=bar",
         "botecos": "amenity=bar", "wurstel": "amenity=fast_food", "wurstelstand": "amenity=fast_food",
         # a slice of pizza, had at a pizza counter ("grab a slice")
         "grab a slice": "amenity=fast_food", "pizza slice": "amenity=fast_food", "slice of pizza": "amenity=fast_food",
         # fuel said by its name, a stop at a filling station ("gasolina, la carnicería y ...", "fare benzina")
         "gasolina": "amenity=fuel", "benzina": "amenity=fuel", "gasolio": "amenity=fuel",
         # the state shops of wine and spirits of Finland and Sweden, and the Dutch liquor shop ("alkosta viiniä")
         "alko": "shop=alcohol", "alkoon": "shop=alcohol", "alkosta": "shop=alcohol", "alkossa": "shop=alcohol",
         "systembolaget": "shop=alcohol", "slijterij": "shop=alcohol",
         # the second-hand shop of Dutch ("een tweedehandswinkel", "naar de kringloop")
         "tweedehands": "shop=second_hand", "tweedehandswinkel": "shop=second_hand",
         "kringloopwinkel": "shop=second_hand", "kringloop": "shop=second_hand",
         # a phone charger in the languages read ("un cargador de móvil", "un caricabatterie")
         "cargador de movil": "shop=mobile_phone", "cargador del movil": "shop=mobile_phone",
         "carregador de telemovel": "shop=mobile_phone", "carregador de celular": "shop=mobile_phone",
         "caricabatterie": "shop=mobile_phone", "chargeur de telephone": "shop=mobile_phone",
         "handy ladegerat": "shop=mobile_phone", "handyladegerat": "shop=mobile_phone",
         # a haircut said by the verb ("cortar o cabelo", "cortarme el pelo", "me faire couper les cheveux")
         "cortar o cabelo": "shop=hairdresser", "cortar el pelo": "shop=hairdresser",
         "cortarme el pelo": "shop=hairdresser", "tagliare i capelli": "shop=hairdresser",
         "couper les cheveux": "shop=hairdresser", "haare schneiden": "shop=hairdresser",
         "klippa haret": "shop=hairdresser", "haar knippen": "shop=hairdresser"}
#: linking words of shop names whose head comes first ("tienda de deportes", "negozio di biciclette")
_LINKS = ("de", "d", "di", "da", "do", "del", "des", "du", "dels")
#: phrase endings that only say "a place of that kind" ("chocolate shop" -> chocolate)
_HEADS = ("shop", "store", "station", "stand", "place", "house", "centre", "center", "boutique", "laden", "geschäft",
          "geschaft", "handlung", "magasin", "tienda", "loja", "kauppa", "affär", "affar", "butik", "negozio", "botiga")


def unaccented(text: str) -> str:
    """``text`` without its accents, case kept, ``ł`` as ``l``
    ("kościół" -> "kosciol", "Náměstí" -> "Namesti")."""
    t = unicodedata.normalize("NFKD", text.replace("ł", "l").replace("Ł", "L"))
    return unicodedata.normalize("NFC", "".join(c for c in t if not unicodedata.combining(c)))


def fold(text: str) -> str:
    """Lower case, no accents, ``ß`` as ``ss``, ``ł`` as ``l``, ``store`` as ``shop``, single spaces."""
    t = unaccented(text.casefold().replace("ß", "ss"))
    t = " ".join(re.findall(r"[^\W_]+", t))
    return re.sub(r"\bstores?\b", "shop", t)


def build(package: str | Path, out: str | Path) -> dict:
    """Write the compact schema subset from an unpacked npm package folder.

    Parameters
    ----------
    package
        The ``package`` folder of ``npm pack @openstreetmap/id-tagging-schema``.
    out
        The JSON to write.

    Returns
    -------
    dict
        What was written.
    """
    pkg = Path(package)
    meta = json.loads(read_bytes(pkg / "package.json", "package.json"))
    presets = json.loads(read_bytes(pkg / "dist" / "presets.json", "presets"))
    kept: dict[str, dict[str, list[str]]] = {}
    for pid, p in presets.items():
        tag = _preset_tag(p)
        if tag is None:
            continue
        for lang in LANGS:
            path = pkg / "dist" / "translations" / f"{lang}.json"
            tr = _translations(str(path), lang).get(pid)
            if not tr:
                continue
            words = [tr.get("name", "")] + tr.get("aliases", "").split("\n") + tr.get("terms", "").split(",")
            words = [w.strip() for w in words if w and w.strip()]
            slot = kept.setdefault(tag, {}).setdefault(lang[:2], [])
            slot += [w for w in words if w not in slot]
    data = {"source": f"{meta['name']} {meta['version']} (npm), presets and translations",
            "licence": "ISC, Copyright (c) iD Contributors", "langs": sorted({lang[:2] for lang in LANGS}),
            "kinds": dict(sorted(kept.items()))}
    write_text(out, json.dumps(data, ensure_ascii=False, separators=(",", ":")))
    return data


def _preset_tag(p: dict) -> str | None:
    """``key=value`` of a preset of one tag on points or areas under :data:`KEYS`, else ``None``."""
    ref = p.get("reference") or {}
    tags = p.get("tags") or {}
    if ref.get("key") == "amenity" and ref.get("value") == "ferry_terminal":
        return "amenity=ferry_terminal"
    if len(tags) != 1 or not {"point", "area"} & set(p.get("geometry", [])):
        return None
    (k, v), = tags.items()
    return f"{k}={v}" if k in KEYS and v not in ("*", "yes") else None


@lru_cache(maxsize=16)
def _translations(path: str, lang: str) -> dict:
    try:
        data = json.loads(read_bytes(path, "translations"))
    except Exception:  # noqa: BLE001 - a missing language is skipped
        return {}
    return data.get(lang, {}).get("presets", {}).get("presets", {})


@dataclass(frozen=True)
class Kind:
    """A phrase of a prompt that names a kind of place.

    Attributes
    ----------
    start, end : int
        Where it is in the folded text.
    tag : str
        OSM ``key=value``.
    phrase : str
        The words matched.
    """

    start: int
    end: int
    tag: str
    phrase: str


def read_in(lang: str) -> tuple[str, ...]:
    """The languages of the schema a prompt in ``lang`` is read in: English and its own."""
    return tuple(sorted({"en", lang} & set(LANGS)))


@lru_cache(maxsize=1)
def schema() -> dict:
    """The shipped schema subset (``data/tagschema.json``)."""
    return json.loads(read_bytes(resources.data("tagschema.json"), "tag schema"))


#: POIs one passes rather than visits, besides the kinds no prompt means a visit to (:data:`SKIP_TAGS`:
#: hotels, ...)
PASSED_TAGS = {"tourism=information", "tourism=yes", "amenity=parking", "amenity=parking_entrance",
               "amenity=bicycle_parking", "amenity=motorcycle_parking", "amenity=taxi", "amenity=toilets",
               "amenity=bench", "amenity=waste_basket", "amenity=shelter", "amenity=vending_machine",
               "amenity=recycling", "amenity=charging_station", "amenity=post_box", "amenity=clock",
               "amenity=parking_space"}

#: kinds a prompt names without meaning a visit ("my hotel is at ...")
SKIP_TAGS = {"tourism=hotel", "tourism=hostel", "tourism=guest_house", "tourism=apartment", "tourism=motel",
             "tourism=camp_site", "tourism=caravan_site", "tourism=chalet", "amenity=research_institute",
             # infrastructure and services no one makes a trip of, whose terms are everyday words
             # ("teléfono", "terrasse", "encomenda", "giocattoli", "estación", "industria")
             "amenity=telephone", "leisure=outdoor_seating", "craft=caterer", "amenity=toy_library",
             "amenity=bus_station", "shop=outpost", "amenity=events_venue", "amenity=studio",
             # places one only passes or sits at, and where children spend the day, not a trip
             "amenity=bench", "amenity=kindergarten", "amenity=school", "amenity=childcare"}
#: terms of the ticket seller that name the ticket itself or a sale ("tenemos entrada para el spa",
#: "abbiamo i biglietti"): one who holds a ticket goes to the event, not to a ticket shop
TICKET_ITSELF = {"ticket", "boleto", "billete", "entrada", "venta", "bilhete", "bilhetes", "ingresso", "entradas",
                 "lippu", "liput", "matkalippu", "konserttilippu", "tapahtumalippu", "paasylippu", "paasyliput",
                 "biljetter", "biglietti"}
#: terms of a bank that are everyday words of something else ("on a réservé une table", "pay a deposit")
BANK_NOT = {"reserve", "deposit", "savings"}
#: terms of fast food that say how something is taken, not where ("comprar vino para llevar", "à emporter")
TO_TAKE_AWAY = {"para llevar", "a emporter", "asporto"}
#: terms that name something else than the kind of place they are listed with
NOT_THE_PLACE = {"shop=ticket": TICKET_ITSELF, "amenity=bank": BANK_NOT, "amenity=fast_food": TO_TAKE_AWAY}
#: keys whose presets are structures, not places one visits (a bridge or a tower worth seeing is a sight)
SKIP_KEYS = {"man_made"}


@lru_cache(maxsize=32)
def phrase_index(langs: tuple[str, ...] = ("en",)) -> dict[str, str]:
    """Folded phrase -> tag in ``langs``: every preset name, and terms that belong to one preset only (a one-word
    term that is goods names the shop that sells them: :func:`_term_tag`)."""
    names, terms = _indexes(langs)
    out = {f: _term_tag(f, next(iter(t))) for f, t in terms.items() if len(t) == 1}
    out.update(names)
    return out


@lru_cache(maxsize=32)
def name_index(langs: tuple[str, ...] = ("en",)) -> dict[str, str]:
    """Folded preset name -> tag in ``langs`` (names only: "Perfumería", not the goods a term lists)."""
    return _indexes(langs)[0]


@lru_cache(maxsize=32)
def _indexes(langs: tuple[str, ...]) -> tuple[dict[str, str], dict[str, set[str]]]:
    names: dict[str, str] = {}
    terms: dict[str, set[str]] = {}
    for tag, by_lang in schema()["kinds"].items():
        if tag in SKIP_TAGS or tag.split("=", 1)[0] in SKIP_KEYS:
            continue
        for lang, words in by_lang.items():
            if lang not in langs:
                continue
            _index_words(tag, words, names, terms)
    return names, terms


def _index_words(tag: str, words: list[str], names: dict, terms: dict) -> None:
    """Add a preset's name (first word) and terms of one language to the index being built."""
    for k, w in enumerate(words):
        if k == 0:  # a name with alternatives: "Gym / Fitness Center", "Bar (latam) / Bar de copas (es)", a note in
            # brackets inside one ("Lugar (1) de estacionamento")
            for part in (fold(re.sub(r"\(.*?\)", " ", x)) for x in w.split("/")):
                if part and part not in GENERIC and len(part) >= 3 and (" " in part or min(map(len, part.split())) > 1):
                    names.setdefault(part, tag)
            continue
        f = fold(w)
        if not f or f in GENERIC or len(f) < 3 or min(len(x) for x in f.split()) < 2:
            continue
        if f in NOT_THE_PLACE.get(tag, ()):
            continue
        if " " in f or len(f) >= 7:  # short single-word terms are too loose ("toy" -> toy library)
            terms.setdefault(f, set()).add(tag)


def _term_tag(term: str, tag: str) -> str:
    """The tag a search term of the preset ``tag`` names: the shop that sells it when it is one word of goods
    (:func:`goods_tag`; Dutch "schoenen", shoes, is a term of the leather shop, "kleding", clothes, one of the public
    washing place), else ``tag``."""
    return (" " not in term and goods_tag(term)) or tag


@lru_cache(maxsize=32)
def _spelt(langs: tuple[str, ...]) -> dict[str, set[str]]:
    """Every name and term of ``langs`` as spelt, accents kept (casefolded) -> its tags, skipped kinds too."""
    out: dict[str, set[str]] = {}
    for tag, by_lang in schema()["kinds"].items():
        for lang in set(by_lang) & set(langs):
            for w in by_lang[lang]:
                out.setdefault(" ".join(w.casefold().split()), set()).add(tag)
    return out


def _other_word(phrase: str, folded: str, tag: str | None, langs: tuple[str, ...]) -> bool:
    """Whether ``phrase``, spelt with its accents, is a word of another kind than ``tag``, the one its folded form
    names: Swedish "bänk" (a bench) is no "bank"."""
    if tag is None or folded == phrase.casefold():
        return False
    spelt = _spelt(langs).get(" ".join(phrase.casefold().split()))
    return spelt is not None and tag not in spelt


@lru_cache(maxsize=1)
def _extra() -> dict[str, str]:
    """:data:`EXTRA` with its phrases folded as prompts are ("cervecería" -> "cerveceria")."""
    return {fold(k): v for k, v in EXTRA.items()}


def lookup(phrase: str, langs: tuple[str, ...] = ("en",)) -> str | None:
    """The tag a phrase names ("sauna", "hardware store", "Tankstelle"), or ``None``."""
    f = fold(phrase)
    idx = phrase_index(langs)
    if _other_word(phrase, f, idx.get(f), langs):
        return None
    if f in _extra():
        return _extra()[f]
    if f in idx:
        return idx[f]
    words = f.split()
    if len(words) >= 2 and phrase.split()[0].lower() == "the":
        words = words[1:]  # "the same place", "the house": an article, not "thé" (tea) folded
    head = words[-1][:-1] if words[-1].endswith("s") and words[-1][:-1] in _HEADS else words[-1]  # "watch boutiques"
    if len(words) >= 2 and head in _HEADS and head != "station":
        return _shop_of(" ".join(words[:-1]), idx)
    if len(words) >= 3 and (words[0] in _HEADS or words[0] == "shopping") and words[1] in _LINKS:
        # shops said in the plural are read as shopping first ("tiendas de deporte" -> "shopping de deporte")
        goods = " ".join(words[2:])
        return _shop_of(goods, idx) or (_shop_of(goods[:-1], idx) if goods.endswith("s") else None)
    if len(words) == 1:
        return _compound_shop(f, idx)
    return None


#: the shop word at the end of a compound, inflected forms included ("Spielzeugladen", "kirjakaupassa",
#: "skoaffären", "speelgoedwinkel"), spoken Finnish too ("kirjakaupas")
_COMPOUND_HEAD = re.compile(r"^(?P<mod>[a-z]{2,}?)(?:s|en|n|e)?(?P<head>laden|geschaft|geschafte|handlung|handel|"
                            r"butik(?:en)?|affar(?:en)?|kaup(?:pa|an|assa|paan|asta|as|ast)|liike|liikkeessa|liikkeeseen|"
                            r"winkel|zaak)$")


def _compound_shop(f: str, idx: dict[str, str]) -> str | None:
    """The shop a one-word compound of goods and a shop word names, or ``None``."""
    m = _COMPOUND_HEAD.match(f)
    if not m:
        return None
    whole = f[: m.start("head")]
    tag = _extra().get(whole) or idx.get(whole) or idx.get(m.group("mod"))
    if tag:
        return tag if tag.split("=")[0] in ("shop", "craft") or whole == m.group("mod") else None
    return goods_tag(whole) or goods_tag(m.group("mod"))


#: goods whose shop the schema's terms do not name ("buy some flowers")
_GOODS = {"flower": "shop=florist", "grocery": "shop=supermarket", "groceries": "shop=supermarket",
          "bread": "shop=bakery", "book": "shop=books", "newspaper": "shop=newsagent", "stamp": "amenity=post_office",
          "drink": "shop=beverages", "drinks": "shop=beverages"}


#: what a shop sells, in the languages of the offline parser (English, German, French, Spanish, Portuguese,
#: Italian, Catalan, Swedish, Finnish, Dutch, Danish, Norwegian, Polish, Czech): word stems, matched as the whole
#: word or, from four letters, as its start ("parfüm" in "Parfümladen", "kniv" in "knivbutik", "kukka" in
#: "kukkakauppa")
GOODS_WORDS = {
    "shop=perfumery": "perfume parfum parfüm perfum profum parfym hajuvesi hajuvede parfumerie",
    "shop=knives": "knife knive messer couteau coutel cuchill faca coltell ganivet kniv veitsi mes",
    "shop=tea": "tea tee thé té chá tè te the herbat",
    "shop=shoes": "shoe schuh chaussur zapat sapat scarp sabat sko kenkä kenka kenki schoen obuw buty obuv boty "
                  "sneaker turnschuh tênis",
    "shop=clothes": "clothes clothing jeans kleid kleidung vêtement vetement ropa roupa vestit abbigliament roba kläd klad "
                    "vaate kleding ubran odziez ciuch oblecen klær",
    "shop=toys": "toy spielzeug spielwaren jouet juguet brinquedo giocattol joguin leksak lelu speelgoed zabawk hrack "
                 "legetøj leketøy",
    "shop=books": "book buch livre libro livro llibre bok kirja boek ksiazk knih bøger bøker comic serietidning "
                  "tegneserie sarjakuv fumett quadrinh historiet komiks",
    "shop=florist": "flower blume blumen fleur flor fiore blomster blomm kukka bloem kwiat kvetin",
    "shop=wine": "wine wein vin vino vinho vi vinh viini wijn",
    "shop=alcohol": "bottle liquor spirituosen alcool alcohol alkohol bebida licor liquor sprit alko drank whisky whiskey "
                    "schnaps "
                    "vodka wodk "
                    "champagne champagner champan prosecco cava",
    "shop=photo": "photo foto camera camara kamera valokuva",
    "shop=bicycle": "bike bicycle fahrrad rad vélo velo bicicleta bici cykel pyörä pyora fiets rower sykkel",
    "shop=sports": "sport deporte desporto esport idrott urheilu",
    "shop=outdoor": "outdoor camping trekking retkeily friluft ulkoilu mountain montagne montaña montanha montagna "
                    "muntanya bergsport",
    "shop=ski": "ski esquí esqui sci skid suksi",
    "shop=mobile_phone": "phone handy mobile mobil móvil movil telemóvel telemovel cellular celular telefon puhelin",
    "shop=computer": "computer ordinateur ordenador computador informatica informática dator tietokone",
    "shop=jewelry": "jewel jewelry jewellery schmuck bijou joya joia gioiell joier smycke koru sieraden smykk bizuter "
                    "sperk",
    "shop=watches": "watch uhren montre reloj relógio relogio orologi rellotge klock kello horloge",
    "shop=cheese": "cheese käse kase fromage queso queijo formagg formatge ost juusto kaas",
    "shop=chocolate": "chocolate schokolade chocolat cioccolat xocolat choklad suklaa chocola czekolad cokolad praline "
                      "chokolade sjokolade",
    "shop=confectionery": "sweets candy süßigkeit süssigkeit bonbon caramel dulce doce dolci godis karkki snoep",
    "shop=hardware": "hardware eisen eisenwaren rauta quincaill ferreter ferragen ferrament järnhandel rautakauppa "
                     "ijzerwaren hammer nails screws schrauben nägel martillo clavos tornillos martelo parafuso "
                     "martello chiodi hammare spik skruv vasara nauloja ruuveja spijkers schroeven skruer młotek "
                     "gwoździe śruby kladivo hřebíky šrouby",
    "shop=music": "music musik musique música musica musiikki muziek muzyk hudb",
    "shop=electronics": "electronic elektronik électroniqu electrónic electrônic elettronic elektroniikka",
    "shop=gift": "gift souvenir geschenk cadeau regalo presente present lahja prezent pamiatk darek suvenyr gave",
    "shop=antiques": "antique antik antiquit antigüedad antiguidad antiquariat antiquari antikvitet antiikki antiek",
    "shop=furniture": "furniture möbel meuble mueble móvei movei mobili moble möbler huonekalu meubel mebl nabytek "
                      "møbl",
    "shop=pet": "pet tier animal animaux mascota anima djur lemmikki dieren",
    "shop=optician": "glasses brille lunette gafas óculos oculos occhial ulleres glasögon glasogon silmälasi bril "
                     "okular bryle",
    "shop=butcher": "meat fleisch viande carne carn kött kott liha vlees mieso kielbas kød kjøtt",
    "shop=greengrocer": "vegetable gemüse légume legume verdura verdur grönsak gronsak vihannes groente warzyw zelenin "
                        "grøntsag grønnsak",
    "shop=fabric": "fabric stoff tissu tela tecido tessut teixit tyg kangas stof",
    "shop=cosmetics": "cosmetic kosmetik cosmétique cosmetica cosmético kosmetiikka",
    "shop=bag": "bag tasche sac bolso bolsa borsa väsk laukku tas",
    "shop=art": "art kunst arte konst taide",
    "shop=car_repair": "car repair mecánico mecanico garage werkstatt autokorjaamo",
    "shop=tobacco": "tobacco cigar cigarette tabak zigarre zigarette tabac cigare tabaco cigarro charuto tabacco "
                    "sigaro sigarett cigarr tupakka sikari sigaar cigaret tobak papieros tyton puro",
}
_GOODS_INDEX = sorted(((fold(w), tag) for tag, ws in GOODS_WORDS.items() for w in ws.split()),
                      key=lambda x: -len(x[0]))


def goods_tag(word: str) -> str | None:
    """The shop that sells ``word`` in any of the parser's languages (:data:`GOODS_WORDS`), or ``None``."""
    f = fold(word)
    for stem, tag in _GOODS_INDEX:
        if f == stem or (len(stem) >= 4 and " " not in f and f.startswith(stem) and len(f) <= len(stem) + 4):
            return tag
        if len(stem) == 3 and f.startswith(stem) and f[3:] in _SHORT_STEM_ENDINGS:
            return tag  # "skor", "bags", "vins": a short stem with a plural or case ending only
    return None


#: the endings a goods word of three letters takes in the languages read ("sko" -> "skor", "ost" -> "osten")
_SHORT_STEM_ENDINGS = ("s", "r", "e", "er", "ar", "en", "et")


#: words after the goods that name no goods of their own ("outdoor gear shop", "camping supplies store")
_GENERIC_GOODS = re.compile(r"\s+(?:gear|equipment|supplies|goods|stuff|things|items|accessories|products|parts)$")


def _shop_of(modifier: str, idx: dict[str, str]) -> str | None:
    """The shop a "<modifier> shop" phrase names: a ``shop=``/``craft=`` tag only."""
    goods = _GENERIC_GOODS.sub("", modifier)
    return (goods != modifier and _shop_of_said(goods, idx)) or _shop_of_said(modifier, idx)


def _shop_of_said(modifier: str, idx: dict[str, str]) -> str | None:
    """:func:`_shop_of` for the modifier as said."""
    kinds = schema()["kinds"]
    for value in (modifier, modifier + "s", modifier + "es", modifier.rstrip("s"), modifier.replace(" ", "_")):
        if f"shop={value}" in kinds:
            return f"shop={value}"
    tag = _GOODS.get(modifier) or _GOODS.get(modifier.rstrip("s"))
    if tag:
        return tag
    # the goods as said, singular, or as "<goods> shop/store" ("toys" -> shop=toys)
    singular = modifier[:-3] + "y" if modifier.endswith("ies") else modifier[:-1] if modifier.endswith("s") else modifier
    for key in (modifier, modifier + "s", singular, f"{singular} shop", f"{singular} store", f"{modifier} shop"):
        tag = _extra().get(key) or idx.get(key)
        if tag and tag.split("=")[0] in ("shop", "craft"):
            return tag
    return goods_tag(modifier)


def shop_for(goods: str, langs: tuple[str, ...] = ("en",)) -> str | None:
    """The shop that sells ``goods`` ("toy" -> shop=toys, "chocolates" -> shop=chocolate), or ``None``."""
    return _shop_of(fold(goods), phrase_index(langs))


#: plural endings of the languages read, and what the singular ends in instead ("perfumerías", "livrarias",
#: "klädbutiker", "giardinetti", "miradouros", "taidegalleriaa")
_PLURALS = (("ies", "y"), ("es", ""), ("s", ""), ("er", ""), ("ar", ""), ("or", "a"), ("en", ""), ("i", "o"), ("i", "e"),
            ("aa", "a"), ("ää", "ä"), ("n", ""))  # "Boutiquen": shops only, "liegen" is no lounger


def _plural_lookup(word: str, langs: tuple[str, ...]) -> str | None:
    """The tag of a plural whose singular is the name of a kind of place ("perfumerías"), not a term
    (the schema lists goods as terms: "guitarras" are no music shop); ``None`` for short words."""
    if len(word) < 6:
        return None
    names = name_index(langs)
    for end, sing in _PLURALS:
        f = fold(word[:len(word) - len(end)] + sing)
        if word.endswith(end) and len(f) >= 5 and (f in names or _COMPOUND_HEAD.match(f)):
            tag = names.get(f) or _compound_shop(f, phrase_index(langs))  # "klädbutiker": shops of a kind
            if tag and (end != "n" or tag.startswith("shop=")):
                return tag
    return None


#: endings of the definite form in Swedish, Danish and Norwegian ("cykelbutikken", "bokhandeln", "parken")
_DEFINITE = ("erne", "ene", "arna", "orna", "erna", "en", "et", "na", "n", "t")
#: Finnish case endings ("suklaapuodissa", "kirjastosta", "uimahalliin", "optikolle")
_CASES = ("ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä", "lle", "aan", "ään", "een", "iin", "oon", "öön",
          "uun", "yyn", "hin", "han", "hen", "ksi", "na", "nä", "a", "ä", "n")
#: Finnish consonant gradation, the weak grade of a stem and its strong grade ("puodi" -> "puoti", "kaupa" -> "kauppa")
_GRADATION = (("d", "t"), ("v", "p"), ("p", "pp"), ("t", "tt"), ("k", "kk"), ("nn", "nt"), ("mm", "mp"), ("ng", "nk"),
              ("ll", "lt"), ("rr", "rt"))
#: what an inflected word may be read as: kinds of place one goes to, never nature or street furniture ("klockan" is
#: no clock, "lähden" no spring, "förresten" no wood)
_NOT_INFLECTED = ("natural=", "amenity=clock", "amenity=bbq", "amenity=community_centre", "leisure=bleachers")
#: a Finnish verb of going to do something ("katsomaan", "syömässä"), no place
_FI_VERB = re.compile(r"m(?:aan|ään|assa|ässä|asta|ästä|atta|ättä)$")


def stems(word: str, langs: tuple[str, ...]) -> list[str]:
    """What an inflected Nordic or Finnish ``word`` may be the form of, the base kept four letters or longer."""
    out = []
    if {"sv", "da", "no"} & set(langs):
        for end in _DEFINITE:
            base = word[:-len(end)]
            if word.endswith(end) and len(base) >= 4:
                out += [base] + ([base[:-1]] if base[-1] == base[-2] else [])  # "butikken" -> "butik"
    if "fi" in langs and not _FI_VERB.search(word):
        for end in _CASES:
            base = word[:-len(end)]
            if word.endswith(end) and len(base) >= 4:
                for stem in (base + v for v in ("", "i", "a", "ä", "e", "o")):
                    out.append(stem)
                    m = re.fullmatch(r"(.*?)([^aeiouyäö]+)([aeiouyäö]+)", stem)
                    out += [m[1] + m[2][:-len(w)] + s + m[3] for w, s in _GRADATION if m and m[2].endswith(w)]
    return out


def _inflected_lookup(word: str, langs: tuple[str, ...]) -> str | None:
    """The tag of a Nordic definite form or a Finnish case form of the name of a kind of place ("cykelbutikken",
    "suklaapuodissa"), names and shop compounds only; ``None`` for short words and kinds one does not go to."""
    if len(word) < 6:
        return None
    names = name_index(langs)
    for stem in stems(fold(word), langs):
        tag = names.get(stem) or _compound_shop(stem, phrase_index(langs))
        if tag and not tag.startswith(_NOT_INFLECTED):
            return tag
    return None


def _hyphen_head(word: str, langs: tuple[str, ...]) -> str | None:
    """The kind the last part of a word joined by a hyphen names when written alone ("Oldtimer-Sammlung",
    "Kunst-Museum"); ``None`` for a part shorter than five letters ("Notre-Dame") and for names ("Jean-Marie")."""
    head = word.rsplit("-", 1)[-1]
    return lookup(head, langs) if "-" in word and len(head) >= 5 else None


def search_word_only(phrase: str, tag: str, langs: tuple[str, ...] = ("en",)) -> bool:
    """Whether ``phrase`` is one word the schema lists only among the search terms of a kind of place other
    than a shop ("enfants" for an indoor playground, "energia" for a charging station, "history" for a
    museum): a word said of many things, not the name of a place one goes to."""
    f = fold(phrase)
    return " " not in f and tag.split("=")[0] != "shop" and f not in name_index(langs) and f not in EXTRA and \
        f in _indexes(langs)[1]


#: an article elided before a word (French, Italian, Catalan), not after "of" ("de l'eau", "museu de l'electricitat")
_ELIDED = re.compile(r"(?<!\bde )(?<!\bdu )(?<!\bdi )(?<!\bda )(?<!\bof )(?:l|un|all|nell|sull|dall)['’](?=[^\W\d_])",
                     re.IGNORECASE)


def find_kinds(low: str, langs: tuple[str, ...] = ("en",), max_words: int = 4) -> list[Kind]:
    """Phrases of ``low`` that name a kind of place, longest first, not overlapping.

    Parameters
    ----------
    low : str
        The prompt (any case; positions refer to this string).
    langs : tuple of str
        Languages whose names and terms are matched.
    max_words : int
        Longest phrase tried.
    """
    words = [(m.start(), m.end()) for m in re.finditer(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", low)]
    found: list[Kind] = []
    used = [False] * len(words)
    for n in range(max_words, 0, -1):
        for i in range(len(words) - n + 1):
            if any(used[i:i + n]):
                continue
            a, b = words[i][0], words[i + n - 1][1]
            if n == 1 and (elided := _ELIDED.match(low, a, b)):
                a = elided.end()  # "l'edicola", "un'enoteca", "l'épicerie": the word after the article
            tag = lookup(low[a:b], langs) or (_plural_lookup(low[a:b], langs) or _inflected_lookup(low[a:b], langs)
                                              or _hyphen_head(low[a:b], langs) if n == 1 else None)
            if tag:
                found.append(Kind(a, b, tag, low[a:b]))
                used[i:i + n] = [True] * n
    return sorted(found, key=lambda k: k.start)


def label(tag: str, lang: str = "en") -> str:
    """The preset name of a tag ("Sauna", "Hardware Store"), or the tag itself."""
    words = schema()["kinds"].get(tag, {}).get(lang) or schema()["kinds"].get(tag, {}).get("en")
    return words[0] if words else tag


def visit_minutes(tag: str) -> int:
    """Usual visit length of a kind (:data:`MINUTES`, then :data:`KEY_MINUTES`)."""
    return MINUTES.get(tag, KEY_MINUTES.get(tag.split("=", 1)[0], DEFAULT_MINUTES))


def build_command(module: str, build_subset, what: str, argv: list[str] | None = None) -> int:
    """``python -m <module> build PACKAGE OUT``: a subset of an unpacked npm package written by ``build_subset``;
    ``what`` names the key of its entries ("kinds", "brands")."""
    ap = argparse.ArgumentParser(prog=f"python -m {module}", description=sys.modules[module].__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    b = sub.add_parser("build", help="write the subset from an unpacked npm package")
    b.add_argument("package")
    b.add_argument("out")
    args = ap.parse_args(sys.argv[1:] if argv is None else argv)
    data = build_subset(args.package, args.out)
    print(f"{len(data[what])} {what}, {Path(args.out).stat().st_size} bytes -> {args.out}")
    return 0


def main(argv: list[str] | None = None) -> int:
    """``python -m nco.planner.tagschema build PACKAGE OUT``."""
    return build_command("nco.planner.tagschema", build, "kinds", argv)

if __name__ == "__main__":
    raise SystemExit(main())
