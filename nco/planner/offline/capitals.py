"""Capitals given back to the names a map knows in a prompt typed without them.

People typing on a phone often write every word in lower case ("start at
odeonsplatz at 10, then the gozzoburg"), and the stages that find named places
read a name by its capitals.  In a prompt that has no capital where a sentence
does not begin, each run of words that is a whole name the map holds (any
case, accents or not: :meth:`nco.planner.plan.MapNames.names_any_case`) is
written with the capitals the map gives it, letter for letter in place, so
every position in the prompt stays where it was.  A name of one word that is
also an everyday word of the prompt's language, with its article or not ("bank", "à la poste", "museum",
"sauna"), is left as typed: it names the kind more often than the place.  So is a chain's name of one word
(:func:`nco.planner.brands.kind` in the map's country) said where a chain is gone to: after a comma, "and" or a
colon, or before "for" or "run" ("home depot for paint, walmart, lunch", "the pharmacy and hemköp",
"woolies for the week's shop"), unless it is an everyday word.
"""

from __future__ import annotations

import re

from nco.planner import brands, tagschema
from nco.planner.offline.lang import everyday_word
from nco.planner.offline.lexicon import PARTICLES
from nco.planner.offline.places import LODGINGS
from nco.planner.offline.text import caseless

#: a word
_WORD = re.compile(r"[^\W_][\w'’-]*")
#: "and" or "with" (and an article) right before a word: a person is named there more often than a place
_WITH_SOMEONE = re.compile(r"\b(?:e|and|und|et|y|och|ja|en|with|com|con|mit|avec|met|med)\s+(?:(?:a|o|la|le|el|die|der|"
                           r"the)\s+)?$")
#: a word for where one stays right before a name ("hotel rival")
_LODGING_BEFORE = re.compile(r"\b(?:" + "|".join(LODGINGS) + r")\s+$", re.IGNORECASE)


def restore_capitals(text: str, known, lang: str) -> tuple[str, list[str]]:
    """``text`` with the map's capitals on the names it holds, when ``text`` is
    :func:`~nco.planner.offline.text.caseless`, and the names so read; ``text`` unchanged otherwise (or with no map
    that can say, ``known`` without ``names_any_case``)."""
    if not hasattr(known, "names_any_case") or not caseless(text):
        return text, []
    chars, names = list(text), []
    for a, b, name in known.names_any_case(text):
        said = list(_WORD.finditer(text, a, b))
        content = [m.group(0) for m in said if m.group(0).lower() not in PARTICLES]
        if all(len(w) <= 2 for w in content):
            continue  # "c/ a" is "with the", though it folds to "C&A"
        if len(content) <= 1 and all(_everyday(w, lang) for w in content):
            continue  # "a bank", "à la poste": the kind, though a place of the map is called so
        if len(content) == 1 and _WITH_SOMEONE.search(text, 0, a):
            continue  # "eu e a rita", "with maria": a person, though a café is called so
        spelt = _WORD.findall(name)
        caps = [w[0].isupper() for w in spelt] if len(spelt) == len(said) else [True] * len(said)
        if not any(caps):
            continue
        for m, cap in zip(said, caps):
            if cap:
                chars[m.start()] = chars[m.start()].upper()
        lodging = _LODGING_BEFORE.search(text, 0, a)
        if lodging:  # "leaving hotel rival": the hotel's word goes with its name, as it is written "Hotel Rival"
            a = lodging.start()
            chars[a] = chars[a].upper()
        names.append("".join(chars[a:b]))
    for m in _chains(text, known, lang):
        chars[m.start()] = chars[m.start()].upper()
        names.append("".join(chars[m.start():m.end()]))
    return "".join(chars), names


#: where a chain is named as a place gone to: after a list's comma, colon, arrow or plus, or an "and" of no other
#: meaning (the Swedish "o" typed short: "apoteket o hemköp"; "e vivo a ventimiglia", "en total" are words); before
#: "for" or "run"
_LISTED_BEFORE = re.compile(r"(?:[,:;→+]|\b(?:and|und|et|och|og|plus|o))\s+"
                            r"(?:(?:the|a|an|to|at|zum|zur|beim|au|al|ao|no|na|på|till)\s+)?$")
_LISTED_AFTER = re.compile(r"\s+(?:for|run)\b")
#: a word of where one goes or buys right before a chain's name ("groceries at giant", "zum hofer", "på ica")
_GONE_TO = re.compile(r"\b(?:to|at|from|zum|zur|beim|bei|im|ins|au|chez|al|ao|na|no|på|till|hos|bij|naar)\s+$")
#: chains of places to eat and drink, said as what a meal may be more often than as a place gone to ("was essen,
#: mcdonalds oder döner"): left to the meal
_MEAL_TAGS = {"amenity=fast_food", "amenity=restaurant", "amenity=cafe", "amenity=bar", "amenity=pub",
              "amenity=ice_cream"}


def _chains(text: str, known, lang: str):
    """The words of ``text`` that name a chain where one is gone to (see the module's docstring)."""
    country = getattr(known, "country", None)
    if country is None:
        return
    for m in _WORD.finditer(text):
        w = m.group(0)
        listed = _LISTED_BEFORE.search(text, max(0, m.start() - 12), m.start()) or _LISTED_AFTER.match(text, m.end()) \
            or _GONE_TO.search(text, max(0, m.start() - 8), m.start())
        if listed and len(w) >= 4 and w.islower() and not _everyday(w, lang) \
                and brands.kind(w, country()) not in (None, *_MEAL_TAGS):
            yield m


def _everyday(word: str, lang: str) -> bool:
    """Whether ``word`` is a word of the language rather than a name: short, a word the rules of ``lang`` or
    English know, or a kind of place the tagging schema names."""
    w = word.lower()
    return len(w) < 4 or everyday_word(w, lang) or tagschema.lookup(w, tagschema.read_in(lang)) is not None
