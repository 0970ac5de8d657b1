"""Polish and Czech: what their grammar asks of the offline parser before their cue words are read.

Both languages inflect nouns by case, and people often type them without their diacritics ("kosciol",
"namesti"), so the rules of :mod:`nco.planner.offline.lang` are written for the words as typed without
them, and the words of a prompt are folded so before they are read (:func:`fold_words`); the names of
places keep their letters.  A name said after a preposition takes a case ending ("przy Isartorze", "z
Karlsplatzu", "u Wachauer Parku", "od Hlavního nádraží"): :func:`name_bases` puts it back in the base form
the map knows ("Isartor", "Karlsplatz", "Wachauer Park", "Hlavní nádraží").
"""

from __future__ import annotations

import itertools
import re

from nco.planner.offline.lexicon import SLAVIC
from nco.planner.offline.text import caseless, opens_sentence
from nco.planner.tagschema import unaccented

#: a word
_WORD = re.compile(r"[^\W\d_]+")


def fold_words(text: str) -> str:
    """``text`` with its words typed as without diacritics, but for a capitalised word inside a sentence (a name:
    "Plaça del Poble", "Kremži")."""
    def fold(m: re.Match) -> str:
        w = m.group(0)
        return w if w[0].isupper() and not opens_sentence(text, m.start()) else unaccented(w)
    return _WORD.sub(fold, text)


# ------------------------------------------------------------------ names in the base form
#: the prepositions after which a place name takes a case ending ("przy", "na", "z", "od", "u", "v", "ve", "do")
_PREPOSITIONS = {
    "pl": "z ze od do przy na w we u pod spod obok kolo koło za przed po naprzeciwko",
    "cs": "z ze od do u na v ve k ke pod před za po vedle kolem blízko naproti",
}
#: case endings of a noun and what its base form ends with instead, most likely first: Polish (locative
#: "Isartorze", "Stachusie", "Harsdorfie", genitive "Karlsplatzu", instrumental "Parkiem") and Czech
#: (genitive "Isartoru", locative "Harsdorfu", "Kremži", instrumental "Parkem")
_ENDINGS = {
    "pl": [("rze", "r"), ("cie", "t"), ("dzie", "d"), ("ście", "st"), ("scie", "st"), ("śle", "sł"), ("le", "ł"),
           ("le", "l"), ("sie", "s"), ("zie", "z"), ("nie", "n"), ("mie", "m"), ("fie", "f"), ("wie", "w"),
           ("pie", "p"), ("bie", "b"), ("ce", "ka"), ("dze", "ga"), ("owi", ""), ("iem", ""), ("em", ""),
           ("u", ""), ("a", ""), ("ie", ""), ("e", ""), ("y", "a"), ("i", "a"), ("ę", "a"), ("ą", "a"), ("ii", "ia"),
           ("ji", "ja"), ("e", "a"), ("u", "o"), ("a", "o"), ("ie", "o"), ("i", "ia"), ("e", "ia")],
    "cs": [("ře", "r"), ("ru", "r"), ("u", ""), ("a", ""), ("em", ""), ("ovi", ""), ("e", ""), ("ě", ""),
           ("i", ""), ("y", "a"), ("ě", "a"), ("e", "a"), ("u", "a"), ("ou", "a"), ("ce", "ka"), ("ze", "ha"),
           ("ze", "ga"), ("še", "cha"), ("ii", "ie"), ("i", "e"), ("u", "o"), ("a", "o"), ("ě", "o")],
}
#: adjective endings of the cases and the base form's ("Hlavního" -> "Hlavní", "Starego" -> "Stary")
_ADJECTIVE_ENDINGS = {
    "pl": [("ego", "y"), ("ego", "i"), ("emu", "y"), ("ym", "y"), ("im", "i"), ("ej", "a"), ("ą", "a"), ("iej", "ia")],
    "cs": [("ého", "ý"), ("ému", "ý"), ("ém", "ý"), ("ým", "ý"), ("ího", "í"), ("ímu", "í"), ("ím", "í"),
           ("ém", "é"), ("é", "á"), ("ou", "á")],
}


def bases_of(word: str, lang: str) -> list[str]:
    """The base forms an inflected word of a name may have in ``lang``, most likely first, the word itself first
    ("Isartorze" -> "Isartor", "Karlsplatzu" -> "Karlsplatz", "Hlavního" -> "Hlavní"); a fleeting "e" is put
    back ("Rynku" -> "Rynek")."""
    out = [word]
    low = word.lower()
    for end, base in _ADJECTIVE_ENDINGS.get(lang, []) + _ENDINGS.get(lang, []):
        if low.endswith(end) and len(low) - len(end) >= 3:
            stem = word[: len(word) - len(end)]
            out.append(stem + base)
            if not base and len(stem) >= 4 and stem[-1].lower() not in "aeiouyąęóáéěíúůý" \
                    and stem[-2].lower() not in "aeiouyąęóáéěíúůý":
                out.append(stem[:-1] + "e" + stem[-1])  # "Rynku" -> "Rynek"
    return list(dict.fromkeys(out))


#: a capitalised word, or a run of them, with the words that link a name ("Plaça del Poble", "Torre dos Clérigos"),
#: and up to two words in lower case that may end it ("Hlavního nádraží")
_NAME_RUN = re.compile(r"(?-i:[A-ZÀ-ÝĀ-Ž])[\w'’-]*(?:\s+(?:(?:de|do|da|dos|das|del|di|du|des|la|le|am|an|der|"
                       r"of|the|St\.?)\s+)*(?-i:[A-ZÀ-ÝĀ-Ž])[\w'’-]*)*(?:\s+(?-i:[a-zà-ÿā-ž])[\w'’-]*){0,2}")
#: a run of up to three words in lower case, for a prompt typed so ("przy isartorze", "v bille")
_LOWER_RUN = re.compile(r"(?-i:[a-zà-ÿā-ž])[\w'’-]*(?:\s+[\w'’-]+){0,2}")


def name_bases(text: str, known, lang: str, everyday=lambda w: False) -> str:
    """``text`` with each name said after a preposition of ``lang`` in the base form the map knows, when it is
    not a whole name as said ("przy Isartorze" -> "przy Isartor", "z Karlsplatzu" -> "z Karlsplatz"); in a prompt
    typed in lower case, words too ("v bille" -> "v billa"), unless ``everyday`` says a word is one of the language.
    ``known``: what the map knows of names (:class:`nco.planner.plan.MapNames`); without one, ``text``."""
    if lang not in SLAVIC or not hasattr(known, "has_name"):
        return text
    for pat, repl in _EXONYMS_RE[lang]:  # "v Kremži", "w Monachium": the city, no name to look for
        text = pat.sub(repl, text)
    preps = set(_PREPOSITIONS[lang].split())
    typed_low = caseless(text)
    out = []
    for w in _WORD.finditer(text):
        before = text[max(0, w.start() - 14):w.start()].split()
        if not before or before[-1].lower() not in preps:
            continue
        m = (_NAME_RUN if w.group(0)[0].isupper() else _LOWER_RUN).match(text, w.start())
        if m is None or (m.re is _LOWER_RUN and (not typed_low or everyday(w.group(0)))):
            continue
        said = m.group(0).rstrip(".")
        base = _known_base(said, known, lang)
        if base and base != _said_part(said, base):
            out.append((m.start(), m.start() + len(_said_part(said, base)), base))
    text_out, last = [], 0
    for a, b, base in sorted(set(out)):
        if a >= last:
            text_out.append(text[last:a] + base)
            last = b
    return "".join(text_out) + text[last:]


def _said_part(said: str, base: str) -> str:
    """The words of ``said`` that ``base`` stands for (as many words as it has)."""
    return " ".join(said.split()[:len(base.split())])


def _known_base(said: str, known, lang: str) -> str | None:
    """The form of the first words of the name ``said`` (in a base form, the last most often) that the map holds as
    a whole name ("Wachauer Parku" -> "Wachauer Park"); ``None`` if none, or if the words as said are one already."""
    words = said.split()
    for n in range(len(words), 0, -1):
        head = words[:n]
        if known.has_name(" ".join(head)):
            return None
        options = [bases_of(w, lang)[:8] for w in head]
        for combo in itertools.islice(itertools.product(*options), 1, 300):
            base = " ".join(combo)
            if len(base) >= 4 and known.has_name(base):
                return base
    return None


# ------------------------------------------------------------------ before the rules
#: the bundled cities and their neighbours by their Polish and Czech names, in any case ("w Monachium", "v Kremži",
#: "z Vídně"): the names the map and the English rules know (capitalised, so read as written)
_EXONYMS = {
    "pl": [(r"\bMonachium\b", "Munich"), (r"\bParyż(?:u|a|em)?\b|\bParyz(?:u|a|em)?\b", "Paris"),
           (r"\bSztokholm(?:ie|u|em)?\b", "Stockholm"), (r"\bNow(?:y|ym|ego|emu) Jork(?:u|iem)?\b", "New York"),
           (r"\bHelsin(?:ek|kach|kami)\b", "Helsinki"), (r"\bMonak(?:o|u|iem)\b", "Monaco"),
           (r"\bAndor(?:ze|ry|rze|e|y)\b", "Andorra"), (r"\bKrems(?:ie|u|em)\b", "Krems"),
           (r"\bBayreuth(?:u|em|cie)\b", "Bayreuth"), (r"\bHarrisburg(?:u|iem)\b", "Harrisburg"),
           (r"\bWied(?:eń|en|nia|niu)\b|\bWiedn(?:ia|iu)\b", "Vienna")],
    "cs": [(r"\bMnichov(?:ě|e|a|u|em)?\b", "Munich"), (r"\bPaří(?:ž|ži|že)\b|\bPari(?:z|zi|ze)\b", "Paris"),
           (r"\bStockholm(?:u|em)\b", "Stockholm"), (r"\bNew York(?:u|em)\b", "New York"),
           (r"\bHelsin(?:ky|kách|kach|ek|kami)\b", "Helsinki"), (r"\bMonak(?:o|u|em)\b", "Monaco"),
           (r"\bAndo(?:ře|re|rry|ry)\b", "Andorra"), (r"\bKrem(?:ž|z)(?:e|i|ích|ich)\b|\bKrems(?:u|em)\b", "Krems"),
           (r"\bBayreuth(?:u|em)\b", "Bayreuth"), (r"\bHarrisburg(?:u|em)\b", "Harrisburg"),
           (r"\bPort(?:u|em)\b", "Porto"), (r"\bVíde(?:ň|n)\b|\bVíd(?:ně|ni|ní)\b|\bVid(?:ne|ni)\b", "Vienna")],
}
_EXONYMS_RE = {lang: [(re.compile(p), r) for p, r in rules] for lang, rules in _EXONYMS.items()}
#: what a clock time is said with and needs not ("o godzinie 10", "o godz. 10"; "v 10 hodin", "ve 14 hod."); the
#: words an hour word is no time in ("po drugiej stronie": across; "ve dvou": the two of us); the part of the day
#: said before the hour ("dziś wieczorem o siódmej", "dnes večer v sedm": at seven in the evening); hours written
#: "h" after what one has ("mam 2h", "mám jen 1,5 h")
_BEFORE_RULES = {
    "pl": [(r"\b(o|do|od|przed|po|na|okolo|kolo)\s+godz(?:inie|iny|ine|ina|\.)?\s*(?=\d|[^\W\d_])", r"\1 "),
           (r"\bpo (?:drugiej|tamtej|jednej) stronie\b", "across"),
           (r"\b(wieczorem|po poludniu|rano) (o|okolo|kolo) ([^\W\d]+)\b", r"\2 \3 \1"),
           (r"\b(mam|mamy|tylko|jeszcze|okolo|ok\.?)\s+(\d{1,2}(?:[.,]5)?)\s?(?:h|godz\.?)(?![\w:])", r"\1 \2 hours")],
    "cs": [(r"\b(v|ve|do|od|pred|kolem|okolo)\s+(\d{1,2})(?:[:.](\d{2}))?\s+(?:hodin\b|hod\b\.?)",
            lambda m: f"{m.group(1)} {m.group(2)}:{m.group(3) or '00'}"),
           (r"\bve (?:dvou|trech|ctyrech)\b", "together"),
           (r"\b(vecer|odpoledne|rano|dopoledne) (ve?|kolem) ([^\W\d]+)\b", r"\2 \3 \1"),
           (r"\b(mam|mame|jen|jenom|asi|zhruba|cca\.?)\s+(\d{1,2}(?:[.,]5)?)\s?(?:h|hod\.?)(?![\w:])", r"\1 \2 hours")],
}
_BEFORE_RULES_RE = {lang: _EXONYMS_RE[lang] + [(re.compile(p, re.IGNORECASE), r) for p, r in _BEFORE_RULES[lang]]
                    for lang in SLAVIC}


def prepare(text: str, lang: str) -> str:
    """``text`` as the rules of ``lang`` read it: words folded (:func:`fold_words`), the cities by the names the map
    knows, clock times said with the word for an hour written without it."""
    text = fold_words(text)
    for pat, repl in _BEFORE_RULES_RE.get(lang, []):
        text = pat.sub(repl, text)
    return text
