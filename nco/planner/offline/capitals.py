"""Capitals given back to the names a map knows in a prompt typed without them.

People typing on a phone often write every word in lower case ("start at
odeonsplatz at 10, then the gozzoburg"), and the stages that find named places
read a name by its capitals.  In a prompt that has no capital where a sentence
does not begin, each run of words that is a whole name the map holds (any
case, accents or not: :meth:`nco.planner.plan.MapNames.names_any_case`) is
written with the capitals the map gives it, letter for letter in place, so
every position in the prompt stays where it was.  A name of one word that is
also an everyday word of the prompt's language, with its article or not ("bank", "à la poste", "museum",
"sauna"), is left as typed: it names the kind more often than the place.
"""

from __future__ import annotations

import re

from nco.planner import tagschema
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
    return "".join(chars), names


def _everyday(word: str, lang: str) -> bool:
    """Whether ``word`` is a word of the language rather than a name: short, a word the rules of ``lang`` or
    English know, or a kind of place the tagging schema names."""
    w = word.lower()
    return len(w) < 4 or everyday_word(w, lang) or tagschema.lookup(w, tagschema.read_in(lang)) is not None
