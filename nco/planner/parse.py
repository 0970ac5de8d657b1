"""Prompt -> :class:`~nco.planner.request.TripRequest`.

Three parsers share one output:

* :func:`parse_offline` needs no network and no large model: rules for times,
  dates (``dateparser``), durations, deadlines and ordering cues ("then",
  "after lunch"), a lexicon of POI words and preference cues, and for
  phrases the lexicon does not know a category matcher over the static
  ``wordllama`` embeddings that ship inside its PyPI package.
* :class:`OpenAIParser` calls any OpenAI-compatible ``/chat/completions``
  endpoint with structured outputs (the strict JSON Schema of
  :func:`~nco.planner.request.llm_schema`).
* :class:`OllamaParser` calls Ollama's ``/api/chat`` with ``format`` set to
  the same schema.

:func:`parse` validates what a language model returns, retries once, and
otherwise falls back to the offline parser, saying so in its notes.
"""

from __future__ import annotations

import datetime as dt
import http.client
import json
import os
import re
import socket
import threading
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from nco.errors import InputError
from nco.planner.request import (CATEGORIES, Dependency, Preferences, Task, TripRequest, find_cycle, llm_schema,
                                 validate_request)

#: prompts longer than this are refused (a trip request fits in a paragraph)
MAX_PROMPT_CHARS = 2000
#: seconds to connect to a language model and seconds to wait for its answer (``NCO_LLM_TIMEOUT`` overrides)
DEFAULT_LLM_TIMEOUT = 20.0
#: the largest answer read from a language model
MAX_ANSWER_BYTES = 1 << 20


@dataclass
class ParseResult:
    """A parsed request and how it was obtained.

    Attributes
    ----------
    request : TripRequest
    backend : str
        ``"offline"``, ``"openai"`` or ``"ollama"``.
    notes : list of str
        Assumptions and fallbacks worth telling the user.
    """

    request: TripRequest
    backend: str
    notes: list[str] = field(default_factory=list)


# ============================================================== lexicons
_NUM_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
              "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
              "forty": 40, "forty-five": 45, "forty five": 45, "fifty": 50, "sixty": 60, "ninety": 90,
              "a": 1, "an": 1, "a couple of": 2, "couple of": 2, "a few": 3, "few": 3, "several": 3}

#: phrase -> (category, cuisine, duration override in minutes)
_LEXICON: list[tuple[str, str, str | None, int | None]] = []


def _lex(category: str, words: str, cuisine: str | None = None, duration: int | None = None) -> None:
    for w in words.split("|"):
        _LEXICON.append((w, category, cuisine, duration))


_lex("museum", "museum|museums|exhibition|exhibitions|exhibit|exhibits")
_lex("gallery", "art gallery|art galleries|gallery|galleries|some art|modern art|paintings")
_lex("sight", "sightseeing|sights|sight|landmark|landmarks|monument|monuments|attraction|attractions|"
     "castle|palace|historic site|historic sites|old town|memorial|city gate|famous building")
_lex("viewpoint", "viewpoint|viewpoints|lookout|scenic view|nice view|panorama|view over the city|views")
_lex("church", "church|churches|cathedral|chapel|basilica|igreja|église|kirche|kirkko|kyrka|duomo|iglesia")
_lex("park", "park|parks|garden|gardens|green space|somewhere green|green area|botanical garden|garten|jardim|"
     "jardin|jardins|giardino|puisto|parque")
_lex("playground", "playground|playgrounds")
_lex("restaurant", "restaurant|restaurants|lunch|dinner|supper|a meal|proper meal|eat out|eatery|bistro|trattoria|"
     "somewhere to eat|place to eat|bite to eat")
_lex("restaurant", "lunch", duration=60)
_lex("restaurant", "dinner|supper", duration=90)
_lex("fast_food", "fast food|fast-food|burger joint|kebab|quick bite|takeaway|snack bar")
_lex("cafe", "cafe|café|cafes|cafés|coffee|coffees|espresso|cappuccino|latte|coffee shop|cup of tea|tea room|"
     "tea house|teahouse|afternoon tea|coffee break|cake")
_lex("cafe", "breakfast|brunch", duration=45)
_lex("ice_cream", "ice cream|ice-cream|gelato|gelateria")
_lex("bakery", "bakery|bakeries|pastry|pastries|croissant|pastry shop|fresh bread")
_lex("bar", "bar|bars|pub|pubs|beer|beers|a drink|drinks|cocktail|cocktails|pint|beer garden|biergarten|"
     "wine bar|glass of wine|brewery")
_lex("shop", "shopping|shops|souvenir|souvenirs|clothes|boutique|boutiques|gift shop|gifts|fashion store|"
     "clothing store|department store|shoe shop|jewellery|jewelry")
_lex("bookshop", "bookshop|bookshops|bookstore|bookstores|book store|book shop|books|livraria|librairie|"
     "buchhandlung|kirjakauppa|libreria")
_lex("supermarket", "supermarket|groceries|grocery store|grocery|convenience store|food shopping")
_lex("pharmacy", "pharmacy|chemist|drugstore|medicine|apotheke")
_lex("bank", "atm|cash machine|cashpoint|bank|withdraw money|get cash|some cash")
_lex("theatre", "theatre|theater|opera|play at|concert hall")
_lex("cinema", "cinema|movie|movies|film screening")
_lex("library", "library|libraries")
_lex("market", "market|markets|marketplace|farmers market|food market|flea market")

#: cuisine words -> OSM cuisine value; alone they mean a restaurant
_CUISINES = {
    "italian": "italian", "pizza": "pizza", "pizzeria": "pizza", "sushi": "sushi", "japanese": "japanese",
    "ramen": "ramen", "chinese": "chinese", "indian": "indian", "thai": "thai", "asian": "asian",
    "mexican": "mexican", "french": "french", "greek": "greek", "turkish": "turkish",
    "vietnamese": "vietnamese", "german": "german", "bavarian": "bavarian", "regional": "regional",
    "local": "regional", "portuguese": "portuguese", "spanish": "spanish", "tapas": "tapas",
    "seafood": "seafood", "fish": "fish", "steak": "steak_house", "steakhouse": "steak_house",
    "burger": "burger", "burgers": "burger", "korean": "korean", "lebanese": "lebanese",
    "austrian": "austrian", "finnish": "finnish", "nordic": "nordic", "vegetarian": "vegetarian",
    "vegan": "vegan", "american": "american", "mediterranean": "mediterranean", "french-style": "french",
}

_PREF_CUES = {
    "distance": r"walking short|short walk|short walks|not too far|nearby|close by|close together|close to each other|"
                r"minimal walking|minimi[sz]e walking|little walking|not much walking|less walking|walk much|"
                r"walk too much|walk a lot|tired feet|long walks|shortest|short distances|not far|compact|"
                r"easy on the feet|nearest|close to one another|little travel|short trips?",
    "quality": r"\bbest\b|\btop\b|famous|highly rated|well[- ]known|must[- ]see|popular|renowned|iconic|"
               r"high quality|top[- ]rated|good ones|really good|great ones|worth it|notable|important",
    "completion": r"as many as possible|all of them|make sure|everything|don't skip|do not skip|fit (?:it )?all|"
                  r"must do all|every one|all the tasks|all of it|all (?:three|four|five) ",
}

_ACTIVITY = re.compile(
    r"\b(see|visit|check out|grab|have|get|eat|drink|stroll|explore|go to|stop at|stop by|pop into|browse|buy|"
    r"relax|admire|enjoy|try|taste|hit|look at|wander|sit|find)\b")

_STOPWORDS_EN = set("""a an the and or but then to at by in on of for from with without into after before i we me my our
you your it is are be am was will would like want wish love need must should could can have has do does go
going get some any this that there here back start starting begin end finish until till about around
hours hour minutes minute min time day morning afternoon evening tonight today tomorrow next please also
want'd i'd i'm we'd let's lets visit see walk eat lunch dinner coffee museum park place places near
quick short long first after later afterwards somewhere good nice trip plan route tour by up down out
not no too much very just only so if when where what how who which one two three four five six seven
eight nine ten eleven twelve half quarter am pm noon o'clock more most less least all every each other
another again around towards head heading take spend stay stop drink""".split())


#: frequent function words of other languages (German, French, Spanish, Portuguese, Italian, Finnish, Swedish)
_FOREIGN = set("""und der die das ein eine einen dann mit zum zur nach ich möchte um uhr morgen heute bis zurück
ins gehen essen mittagessen danach le les et une avec puis je voudrais demain déjeuner ensuite aller
musée el los las y con luego quiero mañana después almuerzo ir una os uma depois eu quero amanhã almoço
museu il di poi vorrei domani pranzo dopo ja sitten haluan huomenna lounas och sedan jag vill imorgon
lunch efter""".split()) - {"lunch"}


# ============================================================== helpers
@dataclass
class _Mention:
    start: int
    end: int
    category: str
    cuisine: str | None
    duration: int | None
    ref: str | None = None          # "after"/"before" when the mention only refers to a task
    task: int | None = None         # index of the (first) task it is, or refers to
    tasks: list = field(default_factory=list)
    ref_new: bool = False
    name: str | None = None
    count: int = 1


def _lexicon_regex():
    words = sorted({w for w, *_ in _LEXICON}, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(" + "|".join(re.escape(w) for w in words) + r")(?![\w-])")


_LEX_RE = _lexicon_regex()
_LEX_MAP = {}
for _w, _c, _cu, _d in _LEXICON:
    _LEX_MAP[_w] = (_c, _cu, _d if _d is not None else _LEX_MAP.get(_w, (None, None, None))[2])
_CUISINE_RE = re.compile(r"(?<![\w-])(" + "|".join(sorted(map(re.escape, _CUISINES), key=len, reverse=True)) + r")(?![\w-])")

_HOUR_WORDS = {k: v for k, v in _NUM_WORDS.items() if isinstance(v, int) and 1 <= v <= 12 and " " not in k
               and k not in ("a", "an", "few", "several")}
_HW = "|".join(sorted(_HOUR_WORDS, key=len, reverse=True))
_TIME_RE = re.compile(
    r"(?P<noon>\bnoon\b|\bmidday\b|\bmidnight\b)"
    r"|(?P<half>\bhalf past (?P<hh>\d{1,2}|" + _HW + r"))\b"
    r"|(?P<q>\bquarter (?P<qd>past|to) (?P<qh>\d{1,2}|" + _HW + r"))\b"
    r"|(?<![\d:.,])(?P<h>\d{1,2})(?:[:.h](?P<m>\d{2}))?\s*(?P<ap>a\.?m\.?|p\.?m\.?)(?![a-z])"
    r"|(?<![\d:.,])(?P<h24>\d{1,2})[:h](?P<m24>\d{2})(?![\d])(?!\s*(?:hours?|hrs?|minutes?|mins?)\b)"
    r"|(?P<ocl>\d{1,2}|" + _HW + r")\s*o'?clock"
    r"|\b(?:at|by|until|till|around|from|before|after|between|and|to) (?P<bare>\d{1,2}|" + _HW + r")"
    r"(?=\s*(?:$|[,;!?)]|[.:](?!\d)|and\b|to\b|until\b|then\b|in the\b|tomorrow\b|today\b|on\b|this\b|from\b|for\b|with\b|i\b|we\b|-))"
)
_DAYPART_RE = re.compile(r"^\s*(in the (morning|afternoon|evening)|tonight|this (morning|afternoon|evening))")

_NUM = r"(?:\d+(?:[.,]\d+)?|" + "|".join(sorted(map(re.escape, _NUM_WORDS), key=len, reverse=True)) + r")"
_DUR_RE = re.compile(
    r"(?P<hd>half a day|half-day|half day)"
    r"|(?P<hh>half an? hour|half-hour|a half hour)"
    r"|(?P<qh>(?:a )?quarter of an hour|quarter-hour|quarter hour)"
    r"|(?P<hm>\d+)\s*h\s*(?P<hmm>\d{2})\b"
    r"|(?P<n>" + _NUM + r")(?P<andhalf>\s+and\s+a\s+half)?[\s-]*(?P<u>hours?|hrs?|h|minutes?|mins?|min)\b"
    r"(?P<andhalf2>\s+and\s+a\s+half)?"
)
_LIMIT_BEFORE = re.compile(
    r"(\bhave\b|\bhas\b|\bgot\b|\bwithin\b|\bonly\b|\bin total\b|\bmax(imum)?\b|\bat most\b|\bup to\b|\bno more than\b|"
    r"\blimit\b|\bbudget\b|\binto\b|\bjust\b|\bless than\b|\bunder\b|\bspare\b|\bleft\b|\btrip of\b|\bin\b|\bfree\b|"
    r"\bthere for\b|\btotal of\b|\blast(s)?\b|\bhere for\b|\bavailable\b)\W*(?:about |around |roughly |only |just |a good |"
    r"a total of |maybe |approximately |the next |only about |like )?$")
_LIMIT_AFTER = re.compile(
    r"^\W*(in total|total|to spare|free|max|tops|trip|tour|outing|window|available|of free time|budget|"
    r"altogether|overall|in the city|off|layover|stopover|before (?:my|our|the) (?:train|flight|bus))\b")

_THEN_RE = re.compile(r"\b(then|and then|after that|afterwards|afterward|followed by|next|later|after which|"
                      r"once (?:that's|that is|i'm|we're) done|from there|and finally|finally|lastly)\b")
_FIRST_RE = re.compile(r"\b(start(?:ing)? (?:off )?with|begin(?:ning)? with|first of all|to start|first)\b")
_LAST_RE = re.compile(r"\b(end(?:ing)? (?:the day |up )?with|finish(?:ing)? (?:the day |off )?with|to finish|"
                      r"at the end|to end|wrap up with|round off with)\b")
_REF_RE = re.compile(r"\b(after|before|following)\s+(?:the |my |our |a |an |some |having |visiting |eating |"
                     r"that |seeing |doing |going to the |we have |i have |i've had |we've had )?$")
_NEG_RE = re.compile(r"\b(no|not|avoid|skip|without|don't|do not|never|hate|instead of)\b(?:\s+\w+){0,2}\s*$")

_DEADLINE_CUES = {"by", "until", "till", "before", "latest", "back", "return", "returning", "finish", "finished",
                  "end", "ending", "done", "wrap", "home", "train", "flight", "bus", "meeting", "appointment",
                  "later", "must", "need", "deadline", "leave", "catch", "ends", "over", "tops", "to"}
_START_CUES = {"start", "starting", "begin", "beginning", "from", "after", "out", "set", "head", "arrive",
               "arriving", "starts", "leaving", "depart", "departing", "between", "free", "available", "off",
               "since"}

_PLACE_CUE_START = re.compile(
    r"\b(?:start(?:ing)?|begin(?:ning)?|set(?:ting)? off|depart(?:ing)?|leav(?:e|ing)|head(?:ing)? out|"
    r"i'?m|i am|we'?re|we are|staying|stay|be|meet(?:ing)?|arriv(?:e|ing)|pick(?:ing)? me up|"
    r"(?:the )?trip starts?|route starts?|coming)\s+(?:out\s+)?(?:at|from|in|near|by|to)\s+",
    re.IGNORECASE)
_PLACE_CUE_FROM = re.compile(r"(?<![\w])(?:from|starting point(?: is)?:?)\s+", re.IGNORECASE)
_PLACE_CUE_END = re.compile(
    r"\b(?:back (?:at|to|in)|return(?:ing)? to|end(?:ing)? (?:up )?(?:at|in)|finish(?:ing)? (?:at|in)|"
    r"be at|get to|make it to|arrive at|reach|catch (?:a|my|the) (?:train|bus|flight) (?:at|from))\s+",
    re.IGNORECASE)
_PARTICLES = {"de", "da", "do", "dos", "das", "der", "die", "am", "an", "of", "the", "la", "le", "del", "di",
              "von", "im", "i", "y", "du", "des", "e", "og", "och", "st", "st.", "and", "&", "-", "sur",
              "auf", "zum", "zur", "dem"}


def _clock(h: int, m: int, ap: str | None) -> int:
    ap = (ap or "").replace(".", "")
    if ap == "pm" and h < 12:
        h += 12
    if ap == "am" and h == 12:
        h = 0
    return h * 60 + m


def _hour_value(tok: str) -> int:
    return int(tok) if tok.isdigit() else _HOUR_WORDS[tok]


def _find_times(low: str) -> list[tuple[int, int, int, bool]]:
    """``(start, end, minutes, ambiguous)`` of clock times in ``low``."""
    out = []
    for m in _TIME_RE.finditer(low):
        amb = False
        if m.group("noon"):
            v = 24 * 60 - 1 if m.group("noon") == "midnight" else 12 * 60
        elif m.group("half"):
            v, amb = _hour_value(m.group("hh")) * 60 + 30, True
        elif m.group("q"):
            h = _hour_value(m.group("qh"))
            v, amb = (h * 60 + 15) if m.group("qd") == "past" else (h * 60 - 15), True
        elif m.group("h") is not None:
            h, mm = int(m.group("h")), int(m.group("m") or 0)
            if h > 12 or mm > 59:
                raise InputError(f"impossible time {m.group(0).strip()!r}: hours run 1-12 with am/pm, minutes 00-59")
            v = _clock(h, mm, m.group("ap"))
        elif m.group("h24") is not None:
            h, mm = int(m.group("h24")), int(m.group("m24"))
            if (h, mm) == (24, 0):
                v = 24 * 60  # midnight at the end of the day
            elif h > 23 or mm > 59:
                raise InputError(f"impossible time {m.group(0).strip()!r}: hours run 00-23, minutes 00-59")
            else:
                v, amb = h * 60 + mm, h <= 12 and h < 8
        elif m.group("ocl"):
            v, amb = _hour_value(m.group("ocl")) * 60, True
        else:
            tok = m.group("bare")
            h = _hour_value(tok)
            if h > 12:
                if h > 23:
                    continue
                v = h * 60
            else:
                v, amb = h * 60, True
        if amb:
            h = v // 60
            dp = _DAYPART_RE.match(low[m.end():])
            if dp and ("morning" not in dp.group(0)):
                if h < 12:
                    v += 12 * 60
            elif dp:
                pass
            elif 1 <= h <= 7:
                v += 12 * 60
        s0 = m.start("bare") if m.group("bare") else m.start()
        out.append((s0, m.end(), v % (24 * 60) if v < 24 * 60 else 24 * 60 - 1, amb))
    return out


def _duration_minutes(m: re.Match) -> int:
    if m.group("hd"):
        return 240
    if m.group("hh"):
        return 30
    if m.group("qh"):
        return 15
    if m.group("hm"):
        return int(m.group("hm")) * 60 + int(m.group("hmm"))
    n = m.group("n")
    val = float(n.replace(",", ".")) if n[0].isdigit() else float(_NUM_WORDS[n])
    if m.group("andhalf") or m.group("andhalf2"):
        val += 0.5
    unit = m.group("u")
    return int(round(val * 60)) if unit.startswith("h") else int(round(val))


def _segments(low: str) -> list[tuple[int, int]]:
    """Spans of clauses: split at sentence ends, commas, semicolons and 'then'/'and'."""
    cuts = [0]
    for m in re.finditer(r"[.;!?]\s|[.;!?]$|,|\bthen\b|\band\b|\bbut\b|\bfollowed by\b|\bafter that\b|\bbefore\b|\bafterwards\b", low):
        cuts.append(m.start())
    cuts.append(len(low))
    cuts = sorted(set(cuts))
    return [(a, b) for a, b in zip(cuts, cuts[1:]) if b > a]


def _sentence_bounds(low: str, pos: int) -> tuple[int, int]:
    a = max(low.rfind(". ", 0, pos), low.rfind("! ", 0, pos), low.rfind("? ", 0, pos), low.rfind(";", 0, pos))
    ends = [i for i in (low.find(". ", pos), low.find("! ", pos), low.find("? ", pos), low.find(";", pos)) if i >= 0]
    return a + 1, (min(ends) if ends else len(low))


#: a place named by generic words only ("the main railway station"), resolved by the gazetteer
_GENERIC_PLACE = re.compile(r"(?:the\s+)?(?:(?:main|central)\s+(?:railway\s+|train\s+|rail\s+)?|"
                            r"(?:railway|train)\s+)station\b", re.IGNORECASE)


def _capitalised_phrase(text: str, start: int) -> str | None:
    """The run of capitalised words (with name particles) that begins at ``start``,
    or a generic place ("the main station") there."""
    generic = _GENERIC_PLACE.match(text, start)
    if generic:
        return generic.group(0)
    words = []
    for m in re.finditer(r"[^\s,;!?()]+", text[start:]):
        if m.start() > 0 and text[start + m.start() - 1] not in " \t":
            break
        w = m.group(0)
        core = w.rstrip(".:'’")
        if not core:
            break
        if core[0].isupper() or (core.isdigit() and words):
            words.append(core)
            nxt = text[start + m.end():start + m.end() + 1]
            if nxt and nxt in ",;!?()":
                break
            if w.endswith(".") and not core.lower() in ("st", "dr"):
                break
            continue
        if core.lower() in _PARTICLES and words:
            words.append(core)
            continue
        if core.lower() == "the" and not words:
            continue
        break
    while words and words[-1].lower() in _PARTICLES:
        words.pop()
    if not words:
        return None
    phrase = " ".join(words)
    if all(w.lower() in _STOPWORDS_EN or w.lower() in _LEX_MAP for w in words):
        return None  # "In", "Then", "Lunch": ordinary words at a sentence start
    # a time or a weekday is not a place
    if re.fullmatch(r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Tomorrow|I|We)(\s.*)?", phrase):
        return None
    return phrase


@lru_cache(maxsize=1)
def _wordllama():
    import wordllama
    from wordllama import WordLlama

    return WordLlama.load(cache_dir=Path(wordllama.__file__).parent, disable_download=True)


#: a clause must be this similar to a category description to count as a task
MATCH_THRESHOLD = 0.30


def match_category(phrase: str) -> tuple[str, float]:
    """Closest category to ``phrase`` by wordllama embedding similarity.

    Returns
    -------
    (category, similarity)
    """
    wl = _wordllama()
    keys = list(CATEGORIES)
    ranked = wl.rank(phrase, [CATEGORIES[k].description for k in keys])
    desc_to_key = {CATEGORIES[k].description: k for k in keys}
    best, score = ranked[0]
    return desc_to_key[best], float(score)


def _check_prompt(text: str, english: bool = True) -> str:
    """The prompt with its white space folded; refuses empty and overlong
    prompts and, for the offline parser (``english``), non-English ones."""
    if not isinstance(text, str) or not text.strip():
        raise InputError("empty prompt: say what you want to do, e.g. 'a museum, then lunch, back by 4pm'")
    if len(text) > 64 * MAX_PROMPT_CHARS:
        raise InputError(f"prompt too long: {len(text)} characters (limit {MAX_PROMPT_CHARS})")
    # control and format characters, and undecodable bytes (lone surrogates), become spaces
    text = "".join(c if c.isprintable() else " " for c in text)
    text = " ".join(text.split())
    if len(text) > MAX_PROMPT_CHARS:
        raise InputError(f"prompt too long: {len(text)} characters (limit {MAX_PROMPT_CHARS}); "
                         "keep it to the trip: places, times and preferences")
    if not english:
        return text
    letters = [c for c in text if c.isalpha()]
    if letters and sum(c.isascii() or c in "äöüßéèêáàâíìóòôúùçñåø" for c in letters) < 0.7 * len(letters):
        raise InputError("the prompt does not look like English; the offline parser reads English only "
                         "(an LLM backend, parser='openai' or 'ollama', reads other languages)")
    foreign = sum(w in _FOREIGN for w in re.findall(r"[^\W\d_]+", text.lower()))
    english = sum(w in _STOPWORDS_EN for w in re.findall(r"[a-z']+", text.lower()))
    if foreign >= 2 and foreign > english:
        raise InputError("the prompt does not look like English; the offline parser reads English only "
                         "(an LLM backend, parser='openai' or 'ollama', reads other languages)")
    words = [w for w in re.findall(r"[a-zA-Z'’]+", text) if not w[0].isupper() or w.lower() in _STOPWORDS_EN]
    if len(words) >= 4:
        known = sum(w.lower().replace("’", "'") in _STOPWORDS_EN or w.lower() in _LEX_MAP or w.lower() in _CUISINES
                    for w in words)
        if known < 0.25 * len(words):
            raise InputError("the prompt does not look like English; the offline parser reads English only "
                             "(an LLM backend, parser='openai' or 'ollama', reads other languages)")
    return text


# ============================================================== offline parser
def parse_offline(text: str, today: dt.date | None = None) -> ParseResult:
    """Parse a prompt with rules, a lexicon and wordllama embeddings.

    Parameters
    ----------
    text : str
        The trip request in English.
    today : datetime.date, optional
        Reference for "tomorrow", "on Saturday" (default: the current date).

    Returns
    -------
    ParseResult

    Raises
    ------
    InputError
        Empty, too long or non-English prompts; prompts with nothing to plan;
        contradictory times.
    """
    text = _check_prompt(text)
    today = today or dt.date.today()
    low = text.lower().replace("’", "'")
    notes: list[str] = []
    masked = list(low)

    def mask(a: int, b: int) -> None:
        for i in range(max(a, 0), min(b, len(masked))):
            masked[i] = " "

    # ---- places
    start_place = end_place = None
    for m in _PLACE_CUE_START.finditer(text):
        ph = _capitalised_phrase(text, m.end())
        if ph:
            start_place = ph
            mask(m.end(), m.end() + len(ph))
            break
    start_at = -1
    for m in _PLACE_CUE_START.finditer(text):
        if _capitalised_phrase(text, m.end()) == start_place:
            start_at = m.end()
            break
    fallbacks = [_PLACE_CUE_FROM,
                 re.compile(r"\b(?:start(?:ing)?|leav(?:e|ing)|depart(?:ing)?|begin(?:ning)?|stay(?:ing)?)\s+"
                            r"(?:[a-z]+\s+){1,3}?(?:at|from|near|in)\s+", re.I),
                 re.compile(r"\bstart(?:ing)?\s+(?:at\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?\s+"
                            r"(?:(?:at|from|in)\s+)?", re.I),
                 re.compile(r"\b(?:near|around)\s+", re.I), re.compile(r"(?:^|[.!?]\s+)at\s+", re.I),
                 re.compile(r"^(?=[A-Z][^,.]{2,40}(?:,|\s+\d))"),
                 re.compile(r"(?<![a-z] )\bat\s+(?=[A-Z])")]
    for cue in fallbacks:
        if start_place is not None:
            break
        for m in cue.finditer(text):
            ph = _capitalised_phrase(text, m.end())
            # "Leaving Marienplatz at 6pm": a verb that opens the sentence is not part of the name
            while ph and " " in ph and re.fullmatch(r"(leaving|starting|departing|meeting|beginning|heading|from|at)",
                                                    ph.split(" ", 1)[0].lower()):
                ph = ph.split(" ", 1)[1]
            if ph:
                at = text.find(ph, m.end())
                start_place, start_at = ph, at
                mask(at, at + len(ph))
                break
    back = re.search(r"\b(back|return|returning|come back|get back|head back|round trip|loop)\b", low)
    for m in _PLACE_CUE_END.finditer(text):
        ph = _capitalised_phrase(text, m.end())
        if ph and m.end() != start_at:
            end_place = ph
            mask(m.end(), m.end() + len(ph))
            break
    if end_place is None and back:
        tail = low[back.end():back.end() + 40]
        if re.match(r"\s*(to|at)\s+(the|my|our)\s+(start|hotel|beginning|starting point|station|apartment|place)|"
                    r"\s*where i (started|began)|\s*(here|home)|\s*(by|before|at|for|around|in time|\.|,|$)|\s*$", tail) \
                or back.group(1) in ("round trip", "loop"):
            end_place = start_place or "start"
    if end_place and start_place and end_place.lower() in ("the start", "start"):
        end_place = start_place

    # ---- date
    date = None
    dm = re.search(r"\b(the day after tomorrow|tomorrow|today|tonight|this (?:morning|afternoon|evening)|"
                   r"(?:on |this |next |coming )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
                   r"(?:on )?(?:the )?\d{1,2}(?:st|nd|rd|th)?(?: of)? (?:january|february|march|april|may|june|july|"
                   r"august|september|october|november|december)|(?:on )?(?:january|february|march|april|may|june|july|"
                   r"august|september|october|november|december) \d{1,2}(?:st|nd|rd|th)?|\d{4}-\d{2}-\d{2})\b", low)
    if dm:
        phrase = dm.group(1)
        if phrase in ("tonight",) or phrase.startswith("this m") or phrase.startswith("this a") or phrase.startswith("this e"):
            date = today
        else:
            import dateparser

            base = dt.datetime.combine(today, dt.time(12))
            p = dateparser.parse(phrase.replace("coming ", ""), languages=["en"],
                                 settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "future"})
            date = p.date() if p else None
        mask(dm.start(), dm.end())

    # ---- clock times
    start_time = deadline = None
    times = _find_times(low)
    used = set()
    rng = re.search(r"\b(?:between|from)\s+(\S+(?:\s?[ap]\.?m\.?)?)\s+(?:and|to|until|till|-)\s+", low)
    for i, (a, b, v, amb) in enumerate(times):
        if rng and rng.start() <= a < rng.end() and i + 1 < len(times) and times[i + 1][0] == rng.end():
            start_time, deadline = v, times[i + 1][2]
            if times[i + 1][3] and deadline <= start_time and deadline < 12 * 60:
                deadline += 12 * 60
            used |= {i, i + 1}
            break
    for i, (a, b, v, amb) in enumerate(times):
        if i in used:
            continue
        before_text = re.sub(r"\bby (car|taxi|cab|bike|bicycle|foot|bus|train|tram|metro|subway|boat)\b", " ",
                             masked_before(low, a, times, i))  # means of transport, not a deadline
        ctx = re.findall(r"[a-z']+", before_text)[-6:]
        kind = None
        if re.search(r"\b(leave|leaving|depart|departing|head out|set off|heading out)\s+(?:[a-z']+\s+){0,3}?"
                     r"(?:at|around)\s*$", before_text) and not re.search(r"\b(need|have|must|got)\s+to\s+\w+\s+"
                                                                         r"(?:[a-z']+\s+){0,3}?(?:at|around)\s*$",
                                                                         before_text):
            kind = "start"
        for w in reversed(ctx if kind is None else []):
            if w in _DEADLINE_CUES:
                kind = "deadline"
                break
            if w in _START_CUES:
                kind = "start"
                break
            if w in _LEX_MAP and kind is None and w not in ("views",):
                kind = "task"
                break
        if kind is None:
            kind = "start" if start_time is None else "deadline"
        if kind == "deadline" and start_time is None and deadline is not None:
            kind = "start"
        if kind == "task" and start_time is None and all(t[0] >= a for t in times):
            kind = "start"
        if kind == "task":
            notes.append(f"the time given for a visit ({_fmt(v)}) is not a constraint the planner keeps; "
                         "opening hours and the order decide when each visit happens")
            continue
        if kind == "start" and start_time is None:
            start_time = v
        elif kind == "deadline" and deadline is None:
            deadline = v
        elif start_time is None:
            start_time = v
        elif deadline is None:
            deadline = v
        mask(a, b)
    if start_time is not None and deadline is not None and deadline <= start_time:
        if deadline < 12 * 60 and deadline + 12 * 60 > start_time and any(t[2] == deadline and t[3] for t in times):
            deadline += 12 * 60
    for a, b, *_ in times:
        mask(a, b)

    # ---- durations
    time_limit = None
    durations: list[tuple[int, int, int]] = []
    for m in _DUR_RE.finditer(low):
        mins = _duration_minutes(m)
        before, after = low[max(0, m.start() - 30):m.start()], low[m.end():m.end() + 25]
        is_limit = bool(_LIMIT_BEFORE.search(before) or _LIMIT_AFTER.search(after))
        if re.search(r"\bfor\s+(?:about |around |roughly |maybe |approximately )?$", before) and \
                re.match(r"^\W*(in total|total|altogether|overall)\b", after) is None:
            is_limit = bool(re.search(r"\b(have|got|free|out|there|here|available|around|city|town)\b\W*"
                                      r"(?:\w+\W+)?for\s+(?:about |around |roughly |maybe |approximately )?$", before)) \
                and not _task_in_clause(low, m.start())
        if m.group("hd"):
            is_limit = not (re.search(r"\b(spend|for)\b", before) and _task_in_clause(low, m.start()))
        if is_limit:
            if time_limit is None:
                time_limit = mins
        else:
            durations.append((m.start(), m.end(), mins))
        mask(m.start(), m.end())
    if re.search(r"\b(all day|whole day|full day|entire day)\b", low) and time_limit is None and deadline is None:
        notes.append("'all day': no time limit beyond the end of the day")

    # ---- task mentions
    mlow = "".join(masked)
    mentions: list[_Mention] = []
    taken = [False] * len(mlow)
    for m in _LEX_RE.finditer(mlow):
        w = m.group(1)
        if any(taken[m.start():m.end()]):
            continue
        if _NEG_RE.search(mlow[max(0, m.start() - 30):m.start()]):
            continue
        cat, cui, dur = _LEX_MAP[w]
        # "walk in a park" -> park; "keep the walking short" is a preference (no lexicon word)
        if w == "views" and not re.search(r"\b(see|enjoy|admire|get|catch|with)\b", mlow[max(0, m.start() - 25):m.start()]):
            continue
        if w in ("top", "best"):
            continue
        ref = _REF_RE.search(mlow[max(0, m.start() - 30):m.start()])
        count = 1
        cm = re.search(r"\b(two|three|four|a couple of|couple of|2|3|4)\s+(?:\w+\s+)?$", mlow[max(0, m.start() - 20):m.start()])
        if cm and w.endswith("s") and w not in ("drinks", "views", "sights", "gifts", "books", "clothes", "souvenirs",
                                                 "shops", "groceries", "paintings"):
            count = {"two": 2, "three": 3, "four": 4, "a couple of": 2, "couple of": 2, "2": 2, "3": 3, "4": 4}[cm.group(1)]
        if re.search(r"\b(quick|short|brief|fast)\s+(?:\w+\s+)?$", mlow[max(0, m.start() - 20):m.start()]):
            dur = max(10, (dur or CATEGORIES[cat].duration_min) // 2)  # "a quick lunch", "a short coffee"
        mentions.append(_Mention(m.start(), m.end(), cat, cui, dur, ref.group(1) if ref else None, count=count))
        for i in range(m.start(), m.end()):
            taken[i] = True
    # compound names: "Frauenkirche", "Englischer Garten", "Kansallismuseo"
    for m in re.finditer(r"(?<![\w-])([a-zäöüßå]{3,}(kirche|kirkko|kyrka|garten|puisto|museum|museo))(?![\w-])", mlow):
        if any(taken[m.start():m.end()]) or not text[m.start()].isupper():
            continue
        cat = {"kirche": "church", "kirkko": "church", "kyrka": "church", "garten": "park", "puisto": "park",
               "museum": "museum", "museo": "museum"}[m.group(2)]
        ref = _REF_RE.search(mlow[max(0, m.start() - 30):m.start()])
        mentions.append(_Mention(m.start(), m.end(), cat, None, None, ref.group(1) if ref else None,
                                 name=_capitalised_phrase(text, m.start())))
        for i in range(m.start(), m.end()):
            taken[i] = True
    # cuisine words: attach to a food mention in the clause, or make one
    for m in _CUISINE_RE.finditer(mlow):
        if any(taken[m.start():m.end()]):
            continue
        if m.group(1) == "local" and not re.match(r"\s+(food|dish|cuisine|restaurant|place|spot|lunch|dinner)", mlow[m.end():]):
            continue
        cui = _CUISINES[m.group(1)]
        a, b = _clause_of(mlow, m.start())
        food = [x for x in mentions if a <= x.start < b and x.category in ("restaurant", "fast_food") and x.ref is None]
        if food:
            food[0].cuisine = food[0].cuisine or cui
        elif re.match(r"\s*(food|place|spot|restaurant|dish|cuisine|meal|lunch|dinner|joint|bistro)?", mlow[m.end():]) \
                and not [x for x in mentions if a <= x.start < b and x.category == "restaurant"]:
            ref = _REF_RE.search(mlow[max(0, m.start() - 30):m.start()])
            mentions.append(_Mention(m.start(), m.end(), "restaurant", cui, None, ref.group(1) if ref else None))
    mentions.sort(key=lambda x: x.start)
    # merge mentions of one category in one clause ("lunch at an Italian restaurant")
    merged: list[_Mention] = []
    for x in mentions:
        a, b = _clause_of(mlow, x.start)
        prev = next((y for y in merged if y.category == x.category and (y.ref is None) == (x.ref is None)
                     and ((_clause_of(mlow, y.start) == (a, b) and x.start - y.end < 45)
                          or re.fullmatch(r"\s*(and|&|with|or|plus)\s+(a |an |some )?(piece of |slice of )?",
                                          mlow[y.end:x.start]))), None)
        if prev is not None:
            prev.cuisine = prev.cuisine or x.cuisine
            prev.duration = prev.duration or x.duration
            prev.count = max(prev.count, x.count)
            continue
        merged.append(x)
    mentions = merged

    # embedding matcher for clauses with an activity but no lexicon word
    for a, b in _segments(mlow):
        seg = mlow[a:b]
        if any(a <= x.start < b for x in mentions):
            continue
        act = _ACTIVITY.search(seg)
        if not act:
            continue
        phrase = seg[act.start():].strip(" ,.;!?")
        phrase = re.sub(r"\b(i|we|want|would|like|to|and|then|also|please|maybe)\b", " ", phrase)
        if len(phrase.split()) < 2:
            continue
        cat, score = match_category(phrase)
        if score >= MATCH_THRESHOLD:
            ref = _REF_RE.search(mlow[max(0, a + act.start() - 30):a + act.start()])
            mentions.append(_Mention(a + act.start(), b, cat, None, None, ref.group(1) if ref else None))
            notes.append(f"'{seg.strip()}' read as a {cat} (embedding similarity {score:.2f})")
    mentions.sort(key=lambda x: x.start)

    # name hints: "the Deutsches Museum", "lunch at Hofbräuhaus"
    for x in mentions:
        seg_text = text[max(0, x.start - 40):x.end + 40]
        del seg_text
        orig = text[x.start:x.end]
        if orig[:1].isupper() and x.start > 0:
            # the keyword is part of a capitalised name: walk back to its start
            i = x.start
            while i > 0:
                j = text.rfind(" ", 0, i - 1)
                w = text[j + 1:i - 1]
                if w[:1].isupper() and not re.match(r"(The|A|An|I|We|Then|And|After|Before)$", w) \
                        and text[i - 1] == " " and not re.search(r"[.,;:!?]$", w):
                    i = j + 1
                else:
                    break
            name = _capitalised_phrase(text, i)
            if name and len(name) > len(orig) and orig.lower() in name.lower() and not _at_sentence_start(text, i):
                x.name = name
        if x.name is None:
            after = re.match(r"\s+(?:at|in|called|named)\s+(?:the\s+)?(?=[A-Z])", text[x.end:])
            if after and x.ref is None:
                name = _capitalised_phrase(text, x.end + after.end())
                if name and name not in (start_place, end_place) and not re.match(r"\d", name):
                    x.name = name

    # ---- tasks from mentions, in the order of mention
    tasks: list[Task] = []
    plain_cats = {x.category for x in mentions if x.ref is None}
    for x in mentions:
        if x.ref and x.category in plain_cats:
            continue  # only refers to a task mentioned elsewhere
        x.tasks = []
        for _ in range(x.count):
            x.tasks.append(len(tasks))
            tasks.append(Task(category=x.category, duration_min=x.duration or CATEGORIES[x.category].duration_min,
                              cuisine=x.cuisine, name=x.name))
        x.task = x.tasks[0]
        if x.ref:
            x.ref_new = True
    for x in mentions:
        if x.ref and x.task is None:
            same = next(y for y in mentions if y.ref is None and y.category == x.category)
            x.task, x.tasks = same.task, same.tasks
    if not tasks:
        raise InputError("nothing to plan: the prompt names no place to visit "
                         "(say e.g. 'a museum, then lunch at an Italian place, back by 4pm')")
    if len(tasks) > 8:
        raise InputError(f"too many visits: {len(tasks)} (at most 8 per trip); split the day into several trips")

    # durations -> nearest task mention in the same clause
    for a, b, mins in durations:
        ca, cb = _clause_of(low, a, wide=True)
        cands = [x for x in mentions if x.ref is None and x.task is not None and ca <= x.start < cb]
        if not cands:
            if time_limit is None:
                time_limit = mins
            continue
        x = min(cands, key=lambda y: abs(y.start - a))
        if x.task is not None:
            tasks[x.task].duration_min = mins

    # ---- dependencies
    deps: set[tuple[int, int]] = set()
    # a mention that only refers back ("after lunch") does not start a task of its own
    plain = [x for x in mentions if x.ref is None or getattr(x, "ref_new", False)]
    postfix = r"\s*(?:[.;!?]|$)"
    for m in _THEN_RE.finditer(mlow):
        if m.group(1) in ("afterwards", "afterward", "later") and re.match(postfix, mlow[m.end():]):
            continue  # "a drink afterwards." – handled below
        prev = [x for x in mentions if x.end <= m.start() and x.task is not None]
        nxt = [x for x in plain if x.start >= m.end()]
        if prev and nxt:
            deps |= {(t, nxt[0].task) for t in prev[-1].tasks}
    for m in re.finditer(r"\b(afterwards|afterward|after|later)\b(?=" + postfix + ")", mlow):
        before = [x for x in plain if x.end <= m.start()]
        if len(before) >= 2:
            deps |= {(t, before[-1].task) for t in before[-2].tasks if t not in before[-1].tasks}
    for x in mentions:
        if not x.ref:
            continue
        s0, s1 = _sentence_bounds(mlow, x.start)
        ca, cb = _clause_of(mlow, x.start)
        own = [y for y in plain if ca <= y.start < cb and y.task != x.task]
        if not own:
            # "After lunch, a park and a museum." – everything that follows in the sentence
            own = [y for y in plain if x.end <= y.start < s1 and y.task != x.task]
        else:
            own = own[:1]
        if not own:
            own = [y for y in plain if s0 <= y.start < x.start and y.task != x.task][-1:]
        for y in own:
            for g in y.tasks:
                for r in x.tasks:
                    deps.add((r, g) if x.ref in ("after", "following") else (g, r))
    for m in _FIRST_RE.finditer(mlow):
        if m.group(1) == "first" and re.match(r"\s+(thing|time)", mlow[m.end():]):
            continue
        # "a playground first": the mention just before; "first a playground": the one after
        prev = [x for x in plain if x.end <= m.start() and not mlow[x.end:m.start()].strip()]
        nxt = prev[-1:] if m.group(1) == "first" and prev else [x for x in plain if x.start >= m.end()]
        if nxt:
            f = nxt[0].task
            deps |= {(f, t) for t in range(len(tasks)) if t not in nxt[0].tasks}
    for m in _LAST_RE.finditer(mlow):
        nxt = [x for x in plain if x.start >= m.end()]
        if nxt:
            f = nxt[0].task
            deps |= {(t, f) for t in range(len(tasks)) if t not in nxt[0].tasks}
    if re.search(r"\bin (that|this|the given|the same) order\b|\bin order\b", mlow):
        seq = sorted(plain, key=lambda y: y.start)
        for y, z in zip(seq, seq[1:]):
            deps |= {(t, z.task) for t in y.tasks}
    for m in re.finditer(r"\bin between\b", mlow):
        mid = [x for x in plain if x.end <= m.start()]
        if not mid:
            continue
        x = mid[-1]
        before = [y for y in plain if y.end <= x.start]
        after = [y for y in plain if y.start >= m.end()]
        if before and len(before[-1].tasks) >= 2:
            deps |= {(before[-1].tasks[0], x.task), (x.task, before[-1].tasks[1])}
        elif before and after:
            deps |= {(before[-1].tasks[-1], x.task), (x.task, after[0].task)}
    deps = {d for d in deps if d[0] != d[1]}
    labels = {}
    for x in mentions:
        for t in x.tasks if x.ref is None or x.ref_new else []:
            labels.setdefault(t, text[x.start:x.end])
    deps = _reduce(deps, [labels.get(i, tasks[i].category) for i in range(len(tasks))])

    # ---- preferences and mode
    prefs = Preferences()
    for key, pat in _PREF_CUES.items():
        if re.search(pat, low):
            setattr(prefs, key, min(1.0, getattr(prefs, key) + 0.4))
    mode = "drive" if re.search(r"\b(by car|drive|driving|car|rental car|taxi)\b", low) else "walk"

    req = dict(tasks=[t.model_dump() for t in tasks], start_place=start_place, end_place=end_place,
               date=date.isoformat() if date else None,
               start_time=_fmt(start_time) if start_time is not None else None,
               deadline=_fmt(deadline) if deadline is not None else None,
               time_limit_min=time_limit, dependencies=[{"before": a, "after": b} for a, b in sorted(deps)],
               preferences=prefs.model_dump(), mode=mode)
    try:
        request = validate_request(req)
    except InputError as exc:
        raise InputError(f"cannot read this prompt: {exc}") from None
    request.check_times()
    return ParseResult(request, "offline", notes)


def masked_before(low: str, a: int, times, i: int) -> str:
    """Text between the previous clock time (or sentence start) and position ``a``."""
    s0, _ = _sentence_bounds(low, a)
    prev_end = max([t[1] for t in times[:i]] + [s0])
    return low[prev_end:a]


def _fmt(v: int) -> str:
    v = min(int(v), 24 * 60 - 1)
    return f"{v // 60:02d}:{v % 60:02d}"


def _clause_of(low: str, pos: int, wide: bool = False) -> tuple[int, int]:
    pat = r"[.;!?](\s|$)|,|\bthen\b|\bfollowed by\b|\bafter that\b|\bafterwards\b"
    if not wide:
        pat += r"|\band\b|\bbut\b"
    a = 0
    b = len(low)
    for m in re.finditer(pat, low):
        if m.end() <= pos:
            a = m.end()
        elif m.start() > pos:
            b = m.start()
            break
    return a, b


def _task_in_clause(low: str, pos: int) -> bool:
    a, b = _clause_of(low, pos, wide=True)
    return bool(_LEX_RE.search(low[a:b]) or _CUISINE_RE.search(low[a:b]))


def _at_sentence_start(text: str, i: int) -> bool:
    k = i - 1
    while k >= 0 and text[k] == " ":
        k -= 1
    return k < 0 or text[k] in ".!?"


def _reduce(deps: set[tuple[int, int]], labels: list[str]) -> set[tuple[int, int]]:
    """Drop dependencies implied by others (transitive reduction).

    Raises
    ------
    InputError
        The dependencies form a cycle; the message names it with ``labels``.
    """
    cycle = find_cycle(deps, len(labels))
    if cycle:
        raise InputError("the task order is circular (each must come before the next): "
                         + " -> ".join(labels[i] for i in cycle))
    out = set(deps)
    for a, b in sorted(deps):
        rest = out - {(a, b)}
        if _reaches(rest, a, b):
            out = rest
    return out


def _reaches(edges: set[tuple[int, int]], a: int, b: int) -> bool:
    stack, seen = [a], {a}
    while stack:
        u = stack.pop()
        if u == b:
            return True
        for x, y in edges:
            if x == u and y not in seen:
                seen.add(y)
                stack.append(y)
    return False


# ============================================================== LLM backends
SYSTEM_PROMPT = """You turn a trip request into JSON for a route planner. Only parse; do not plan.
Today is {today} ({weekday}). Times are 24-hour HH:MM local time; dates YYYY-MM-DD.
tasks: one entry per visit, in the order the prompt mentions them; category is one of: {categories}.
Meals (lunch, dinner) are restaurant visits; coffee and breakfast are cafe visits. duration_min: minutes at the
place (the prompt's value, else a usual length). cuisine: lower-case OSM cuisine for food places if said, else null.
name: a specific place name if the prompt names one, else null.
start_place/end_place: place names as written (end_place = start_place when the user must come back), else null.
deadline: latest end time; time_limit_min: total trip length if said; null otherwise.
dependencies: {{"before": i, "after": j}} when task i must come before task j ("then", "after lunch").
preferences: weights in [0, 1] for quality, distance (short travel) and completion; default 0.3, 0.3, 0.4,
raise a weight to 0.7 when the prompt stresses it. mode: "walk" unless the user drives."""


def system_prompt(today: dt.date) -> str:
    """The instructions sent to a language model with the schema."""
    return SYSTEM_PROMPT.format(today=today.isoformat(), weekday=today.strftime("%A"),
                                categories=", ".join(CATEGORIES))


class LLMError(RuntimeError):
    """A language-model call failed or returned something unusable."""


class LLMUnavailable(LLMError):
    """The endpoint cannot be reached or does not answer in time (not worth a retry)."""


def llm_timeout(value: float | str | None = None) -> float:
    """Seconds for the LLM connect and read timeouts: ``value``, else
    ``NCO_LLM_TIMEOUT``, else :data:`DEFAULT_LLM_TIMEOUT`.

    Raises
    ------
    InputError
        Not a positive number of seconds (at most one hour).
    """
    where = "--llm-timeout"
    if value is None:
        value, where = os.environ.get("NCO_LLM_TIMEOUT") or DEFAULT_LLM_TIMEOUT, "NCO_LLM_TIMEOUT"
    try:
        seconds = float(value)
    except (TypeError, ValueError):
        seconds = float("nan")
    if not 0 < seconds <= 3600:
        raise InputError(f"{where} must be a number of seconds in (0, 3600], got {str(value)[:40]!r}")
    return seconds


def _clean(text: str, limit: int = 200) -> str:
    """``text`` as one short printable line (an endpoint's words go into notes and terminals)."""
    text = "".join(c if c.isprintable() else " " for c in str(text))
    return " ".join(text.split())[:limit]


def _post_json(url: str, payload: dict, headers: dict, timeout: float) -> dict:
    """POST ``payload`` as JSON; the answer's JSON.

    ``timeout`` bounds the connection and each read; the whole exchange is
    bounded by twice ``timeout`` however slowly the endpoint sends.
    """
    box: dict = {}

    def work():
        try:
            box["data"] = _post_json_blocking(url, payload, headers, timeout)
        except BaseException as exc:  # handed to the caller
            box["error"] = exc

    worker = threading.Thread(target=work, name="nco-llm-request", daemon=True)
    worker.start()
    worker.join(2 * timeout)
    if worker.is_alive():
        raise LLMUnavailable(f"no complete answer from {_clean(url)} within {2 * timeout:g} s")
    exc = box.get("error")
    if isinstance(exc, LLMError):
        raise exc
    if exc is not None:
        raise LLMError(f"the request to {_clean(url)} failed ({type(exc).__name__}: {_clean(exc, 120)})")
    return box["data"]


def _post_json_blocking(url: str, payload: dict, headers: dict, timeout: float) -> dict:
    if not url.lower().startswith(("http://", "https://")):
        raise LLMUnavailable(f"the LLM base URL must start with http:// or https://, got {_clean(url, 80)!r}")
    req = urllib.request.Request(url, data=json.dumps(payload).encode(), method="POST",
                                 headers={"Content-Type": "application/json", **headers})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            body = resp.read(MAX_ANSWER_BYTES + 1)
    except urllib.error.HTTPError as exc:
        said = _clean(exc.read(2000).decode(errors="replace"))
        raise LLMError(f"HTTP {exc.code} from {_clean(url)}: {said}") from None
    except (TimeoutError, socket.timeout):
        raise LLMUnavailable(f"no answer from {_clean(url)} within {timeout:g} s") from None
    except (urllib.error.URLError, OSError, ValueError, http.client.HTTPException) as exc:
        reason = getattr(exc, "reason", exc)
        if isinstance(reason, (TimeoutError, socket.timeout)):
            raise LLMUnavailable(f"no answer from {_clean(url)} within {timeout:g} s") from None
        raise LLMUnavailable(f"cannot reach {_clean(url)}: {_clean(reason)}") from None
    if len(body) > MAX_ANSWER_BYTES:
        raise LLMError(f"{_clean(url)} answered more than {MAX_ANSWER_BYTES} bytes")
    try:
        return json.loads(body.decode("utf-8"))
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:
        raise LLMError(f"{_clean(url)} did not answer JSON: {_clean(exc)}") from None


class OpenAIParser:
    """Any OpenAI-compatible chat-completions endpoint with structured outputs.

    Parameters
    ----------
    base_url : str
        E.g. ``"https://api.openai.com/v1"`` or a local vLLM/llama.cpp server.
    model : str
        Model name.
    api_key : str, optional
        Bearer token (default: environment ``OPENAI_API_KEY``).
    timeout : float, optional
        Seconds to connect and seconds to wait for the answer (default
        :func:`llm_timeout`: ``NCO_LLM_TIMEOUT`` or 20).
    """

    name = "openai"

    def __init__(self, base_url: str, model: str, api_key: str | None = None, timeout: float | None = None):
        self.base_url = base_url.rstrip("/")
        self.model = model
        self.api_key = api_key if api_key is not None else os.environ.get("OPENAI_API_KEY")
        self.timeout = llm_timeout(timeout)

    def payload(self, text: str, today: dt.date) -> dict:
        """The request body (exposed for inspection and tests)."""
        return {
            "model": self.model,
            "messages": [{"role": "system", "content": system_prompt(today)}, {"role": "user", "content": text}],
            "response_format": {"type": "json_schema",
                                "json_schema": {"name": "TripRequest", "strict": True, "schema": llm_schema()}},
            "temperature": 0,
        }

    def __call__(self, text: str, today: dt.date) -> str:
        headers = {"Authorization": f"Bearer {self.api_key}"} if self.api_key else {}
        data = _post_json(f"{self.base_url}/chat/completions", self.payload(text, today), headers, self.timeout)
        try:
            msg = data["choices"][0]["message"]
        except (KeyError, IndexError, TypeError):
            raise LLMError("answer has no choices[0].message") from None
        if msg.get("refusal"):
            raise LLMError(f"the model refused: {msg['refusal']}")
        content = msg.get("content")
        if not isinstance(content, str):
            raise LLMError("answer has no message content")
        return content


class OllamaParser:
    """An Ollama server (``POST /api/chat`` with ``format`` = the JSON Schema).

    Parameters
    ----------
    base_url : str
        Default ``"http://127.0.0.1:11434"``.
    model : str
        Model name, e.g. ``"llama3.1"``.
    timeout : float, optional
        Seconds to connect and seconds to wait for the answer (default
        :func:`llm_timeout`: ``NCO_LLM_TIMEOUT`` or 20).
    """

    name = "ollama"

    def __init__(self, base_url: str = "http://127.0.0.1:11434", model: str = "llama3.1",
                 timeout: float | None = None):
        self.base_url = base_url.rstrip("/")
        self.model = model
        self.timeout = llm_timeout(timeout)

    def payload(self, text: str, today: dt.date) -> dict:
        """The request body (exposed for inspection and tests)."""
        return {
            "model": self.model,
            "messages": [{"role": "system", "content": system_prompt(today)}, {"role": "user", "content": text}],
            "format": llm_schema(),
            "stream": False,
            "options": {"temperature": 0},
        }

    def __call__(self, text: str, today: dt.date) -> str:
        data = _post_json(f"{self.base_url}/api/chat", self.payload(text, today), {}, self.timeout)
        try:
            content = data["message"]["content"]
        except (KeyError, TypeError):
            raise LLMError("answer has no message.content") from None
        if not isinstance(content, str):
            raise LLMError("answer has no message content")
        return content


def make_parser(parser: str = "auto", base_url: str | None = None, model: str | None = None,
                api_key: str | None = None, timeout: float | None = None):
    """The backend named by ``parser``; ``None`` for the offline parser.

    ``"auto"`` uses an LLM only when configured through the environment:
    ``NCO_LLM`` (``openai`` or ``ollama``), ``NCO_LLM_BASE_URL``,
    ``NCO_LLM_MODEL``; otherwise the offline parser.  ``timeout`` is
    passed to the backend (see :func:`llm_timeout`).
    """
    if parser == "auto":
        kind = os.environ.get("NCO_LLM", "").strip().lower()
        if kind not in ("openai", "ollama"):
            return None
        parser = kind
        base_url = base_url or os.environ.get("NCO_LLM_BASE_URL")
        model = model or os.environ.get("NCO_LLM_MODEL")
    if parser == "offline":
        return None
    if parser == "openai":
        if not base_url or not model:
            raise InputError("parser='openai' needs base_url and model (or NCO_LLM_BASE_URL / NCO_LLM_MODEL)")
        return OpenAIParser(base_url, model, api_key, timeout)
    if parser == "ollama":
        return OllamaParser(base_url or "http://127.0.0.1:11434", model or "llama3.1", timeout)
    if callable(parser):
        return parser
    raise InputError(f"unknown parser {parser!r}: use 'auto', 'offline', 'openai' or 'ollama'")


def parse(text: str, parser="auto", today: dt.date | None = None, base_url: str | None = None,
          model: str | None = None, api_key: str | None = None, timeout: float | None = None) -> ParseResult:
    """Parse a prompt with the chosen backend.

    A language model's answer is validated against :class:`TripRequest`;
    an invalid answer is retried once, an endpoint that cannot be reached
    or does not answer within ``timeout`` is not; then the offline parser
    is used and :attr:`ParseResult.notes` says why.

    Parameters
    ----------
    text : str
        The prompt.
    parser : str or callable
        ``"auto"``, ``"offline"``, ``"openai"``, ``"ollama"``, or a callable
        ``(text, today) -> JSON text``.
    today : datetime.date, optional
        Reference date for relative dates.
    base_url, model, api_key : str, optional
        LLM endpoint settings.
    timeout : float, optional
        Seconds to connect and seconds to wait for the answer (default
        ``NCO_LLM_TIMEOUT`` or :data:`DEFAULT_LLM_TIMEOUT`).

    Returns
    -------
    ParseResult

    Raises
    ------
    InputError
        A bad prompt (see :func:`parse_offline`), contradictory times or a
        circular task order in the model's answer, a bad timeout.
    """
    today = today or dt.date.today()
    backend = make_parser(parser, base_url, model, api_key, timeout)
    if backend is None:
        return parse_offline(text, today)
    text = _check_prompt(text, english=False)
    name = getattr(backend, "name", "llm")
    error = _ask_llm(backend, text, today)
    if isinstance(error, ParseResult):
        return error
    result = parse_offline(text, today)
    result.notes.insert(0, f"the {name} parser {error}; the offline parser was used instead")
    result.backend = "offline (fallback)"
    return result


#: model answers that are the prompt's fault, not the model's: reported, not retried
_FATAL = ("contradictory", "nothing to plan", "the trip would run past midnight")


def _ask_llm(backend, text: str, today: dt.date):
    """A :class:`ParseResult` from the model, or why it failed (a phrase for the fallback note)."""
    name = getattr(backend, "name", "llm")
    errors = []
    for _attempt in range(2):
        try:
            raw = backend(text, today)
            req = validate_request(raw if isinstance(raw, str) else json.dumps(raw))
            req.check_times()
            if not req.tasks:
                raise InputError("nothing to plan: the model found no place to visit in the prompt")
            return ParseResult(req, name, [])
        except InputError as exc:
            if str(exc).startswith(_FATAL) or "task order is circular" in str(exc):
                raise
            errors.append(_clean(exc))
        except LLMUnavailable as exc:
            return f"is unavailable ({_clean(exc)})"
        except LLMError as exc:
            errors.append(_clean(exc))
        except (TypeError, ValueError, RecursionError) as exc:  # a callable backend's odd answer
            errors.append(f"unusable answer ({type(exc).__name__})")
    return f"failed twice ({errors[-1]})"


__all__ = ["ParseResult", "parse", "parse_offline", "OpenAIParser", "OllamaParser", "match_category",
           "make_parser", "LLMError", "LLMUnavailable", "llm_timeout", "Dependency"]
