"""Chat spellings: the short forms people type in a message, written out before the rules read a prompt.

Each language has its own ("hab" for "habe", "jsuis" for "je suis", "oon" for "olen", "e" for "är",
"to na" for "estou na"); :func:`expand` writes them out word by word, and the longer ones
(:data:`MARKERS`) also count as function words when the language is detected.
"""

from __future__ import annotations

import re

from rapidfuzz import process
from rapidfuzz.distance import OSA

from nco.planner.offline.lexicon import HOUR_WORD_ALT, LEX_MAP, STOPWORDS_EN

#: short form -> full form, per language ("" drops the word)
CHAT_WORDS: dict[str, dict[str, str]] = {
    "en": {"b4": "before", "bc": "because", "cuz": "because", "2day": "today", "tonite": "tonight", "hr": "hour",
           "thru": "through", "approx": "about", "n": "and", "tmrw": "tomorrow", "tmr": "tomorrow",
           "2moro": "tomorrow", "pls": "", "plz": "",
           "abt": "about", "w/": "with", "thx": "", "hrs": "hours", "mins": "minutes"},
    "de": {"heut": "heute", "nachm": "nachmittag", "vorm": "vormittag", "evtl": "eventuell", "gibts": "gibt es",
           "ne": "eine", "nen": "einen", "nem": "einem", "ner": "einer", "hab": "habe", "std": "stunden",
           "ca": "circa", "gehts": "geht es", "isses": "ist es", "bhf": "Bahnhof", "hbf": "Hauptbahnhof"},
    "fr": {"dmn": "demain", "auj": "aujourd'hui", "ajd": "aujourd'hui", "aprem": "après-midi", "qd": "quand",
           "ds": "dans", "ptit": "petit", "ptite": "petite", "stp": "", "svp": "", "jsp": "", "jsuis": "je suis",
           "chui": "je suis", "chuis": "je suis", "jdois": "je dois", "jveux": "je veux",
           "jpeux": "je peux", "slt": "salut", "pr": "pour", "tt": "tout", "dispo": "disponible", "bcp": "beaucoup"},
    "es": {"mñn": "mañana", "finde": "fin de semana", "tmb": "también", "dsp": "después", "dps": "después",
           "porfa": "", "q": "que", "xq": "porque", "pq": "porque", "tb": "también", "d": "de", "toy": "estoy",
           "tamos": "estamos"},
    "pt": {"dps": "depois", "qq": "qualquer", "hj": "hoje", "c/": "com", "p/": "para", "tbm": "também",
           "qdo": "quando", "cmg": "comigo", "msm": "mesmo", "tô": "estou", "to": "estou", "tamo": "estamos",
           "tar": "estar", "tá": "estar", "pra": "para",
           "pro": "para o", "num": "em um", "numa": "em uma", "vc": "você", "q": "que",
           "tb": "também", "pq": "porque"},
    "it": {"dp": "dopo", "xké": "perché", "qnd": "quando", "cn": "con", "x": "per", "cmq": "comunque", "nn": "non",
           "ke": "che", "qlc": "qualche"},
    "ca": {"q": "que", "xq": "perquè", "tb": "també"},
    "sv": {"imorn": "imorgon", "nånstans": "någonstans", "iaf": "i alla fall", "e": "är", "o": "och", "va": "vara",
           "sen": "sedan", "nåt": "något", "ngn": "någon", "mkt": "mycket",
           "dom": "de"},
    "fi": {"oon": "olen", "ollaan": "olemme", "sit": "sitten", "takas": "takaisin", "kaks": "kaksi",
           "yks": "yksi", "haluun": "haluan", "mä": "minä", "mul": "minulla", "mulla": "minulla",
           "meil": "meillä", "tänää": "tänään", "huomen": "huomenna",
           # the spoken words for first and last ("ekana burgeri", "vikana leffa")
           "ekana": "ensin", "ekaks": "ensin", "vikana": "viimeiseksi", "vikaks": "viimeiseksi"},
    "nl": {"k": "ik", "t": "het", "ff": "even", "mn": "mijn", "wss": "waarschijnlijk"},
    # Polish and Czech as typed, without diacritics ("bd" for "będę", "nwm" for "nie wiem", "hod" for "hodin")
    "pl": {"bd": "bede", "tzn": "to znaczy", "nwm": "", "pls": "", "plz": "", "prosze": "", "min": "minut"},
    "cs": {"hod": "hodin", "min": "minut", "tj": "to jest", "jj": "ano", "pls": "", "prosim": "", "dik": ""},
    "da": {"kbh": "København", "iaften": "i aften", "pga": "på grund af", "evt": "eventuelt", "mvh": ""},
    "no": {"ikveld": "i kveld", "pga": "på grunn av", "evt": "eventuelt", "mvh": "", "åssen": "hvordan"},
}
#: the forms no other language writes alike: they tell the language of a prompt
MARKERS: dict[str, set[str]] = {
    "de": {"nen", "hab", "std", "gehts", "isses"},
    "fr": {"jsuis", "chui", "chuis", "jdois", "jveux", "jpeux", "slt", "dispo"},
    "es": {"xq", "tamos"},
    "pt": {"tô", "tamo", "vc"},
    "it": {"cmq", "nn", "ke", "qlc"},
    "sv": {"nåt", "ngn", "mkt"},
    "fi": {"oon", "ollaan", "sit", "takas", "kaks", "yks", "haluun", "mä", "mul", "mulla", "meil", "tänää"},
    "nl": {"ff", "mn", "wss"},
    "pl": {"nwm", "tzn"},
    "cs": {"jj", "dik"},
    "da": {"kbh", "iaften"},
    "no": {"ikveld", "åssen"},
}
_PATTERNS = {lang: re.compile(r"(?<![\w'/-])(" + "|".join(sorted(map(re.escape, words), key=len, reverse=True))
                              + r")(?![\w'/-])", re.IGNORECASE) for lang, words in CHAT_WORDS.items()}
#: "at like 5", "around like 3pm", "at like nine thirty", "from about ten": a filler word before a number
_LIKE = re.compile(r"(?i)\b(at|around|by|for|until|till|in|from|um|à|a las|às|alle|klockan)\s+"
                   r"(?:like|so|genre|tipo|typ|uh|um|äh|ähm|euh|eh|about|roughly|approximately|maybe|say)\s+"
                   r"(?=\d|(?:" + HOUR_WORD_ALT + r"|noon|midnight|half|quarter)\b)")


#: "like" right before an hour said with its minutes, no clock word before ("leaving Union Square like nine thirty
#: ish"): the time it is at
_LIKE_HOUR = re.compile(r"(?i)\blike\s+(?=(?:(?:" + HOUR_WORD_ALT + r")\s+(?:thirty|fifteen|forty-five|forty five|"
                        r"o'clock)|\d{1,2}:\d{2})\b)")


#: the words of a place name typed short, in any language: before the name ("Pç. da Batalha", "Hospital Sto.
#: António", "Av. dos Aliados") and after it ("Sheridan Sq", "Sydenham stn")
_NAME_BEFORE = re.compile(r"\b(?:(Pç|Pça)\.?|(Sto|Sta|Avda|Av)\.)[^\S\n]+(?=[A-ZÀ-Ýa-zà-ý])")
_NAME_AFTER = re.compile(r"(?<=[A-Za-zÀ-ÿ])[^\S\n]+(Sq|stn|Stn)\b\.?")
_WRITTEN_OUT = {"pç": "Praça", "pça": "Praça", "sto": "Santo", "sta": "Santa", "avda": "Avenida", "sq": "Square",
                "stn": "station"}
#: "Av." before an article of Portuguese, Spanish or Catalan ("Av. dos Aliados") is "Avenida", else "Avenue"
_IBERIAN_ARTICLE = re.compile(r"(?:d[aoe]s?|del)\b", re.IGNORECASE)


def place_abbreviations(text: str) -> str:
    """``text`` with the words of place names typed short written out (:data:`_NAME_BEFORE`, :data:`_NAME_AFTER`)."""
    def before(m: re.Match) -> str:
        short = (m.group(1) or m.group(2)).lower()
        if short == "av":
            return "Avenida " if _IBERIAN_ARTICLE.match(text, m.end()) else "Avenue "
        return _WRITTEN_OUT[short] + " "
    text = _NAME_BEFORE.sub(before, text)
    return _NAME_AFTER.sub(lambda m: " " + _WRITTEN_OUT[m.group(1).lower()], text)


def expand(text: str, lang: str) -> str:
    """``text`` with the chat spellings of ``lang`` written out."""
    text = _LIKE_HOUR.sub("at ", _LIKE.sub(r"\1 ", text))
    pat = _PATTERNS.get(lang)
    if pat is None:
        return text
    words = CHAT_WORDS[lang]
    return " ".join(pat.sub(lambda m: words[m.group(1).lower()], text).split())


#: one-word kinds of the lexicon a typo is matched to, and the least similarity accepted (one letter wrong,
#: missing, doubled or two letters swapped in six: rapidfuzz's normalised optimal string alignment)
_KIND_WORDS = [k for k in LEX_MAP if " " not in k and len(k) >= 5]
TYPO_SCORE = 0.83


#: words one letter away from a kind word that are words of their own, not misspellings
#: ("the bank branch" is no brunch, "a marker" no market, "the latter" no latte, "a galera" no gallery)
WORDS_NOT_TYPOS = frozenset({"branch", "branches", "marker", "markers", "latter",
                             "galera", "galère", "galere"})  # "ver o jogo com a galera": the gang, no gallery


def _known_word(low: str, known: frozenset[str]) -> bool:
    """Whether the lower-case word is spelt as a table spells it (a plural or a case ending included)."""
    return (low in LEX_MAP or low in STOPWORDS_EN or low in known or low in WORDS_NOT_TYPOS
            or low.rstrip("s") in LEX_MAP or low[:-2] in LEX_MAP)


def fix_typos(text: str, known: frozenset[str] = frozenset(), kinds: list[str] | None = None,
              nouns_capitalised: bool = False) -> str:
    """``text`` with misspelt kinds of place in lower case ("suppermarket", "galery", "pharmcy") spelt as the
    lexicon spells them; a word of six letters or more that no table knows is matched to the nearest kind
    (``kinds``: the words of one language that name kinds, default the English lexicon; a capitalised word is
    left alone, a name, unless the language writes every noun capitalised)."""
    kinds = _KIND_WORDS if kinds is None else kinds

    def fix(m: re.Match) -> str:
        w = m.group(0)
        low = w.lower()
        a_name = w[0].isupper() and not nouns_capitalised
        if a_name or len(low) < 6 or _known_word(low, known) or low in kinds:
            return w
        best = process.extractOne(low, kinds, scorer=OSA.normalized_similarity,
                                   score_cutoff=TYPO_SCORE)
        return best[0] if best and best[0][:2] == low[:2] else w
    return re.sub(r"(?<![\w'-])[^\W\d_]+(?![\w'-])", fix, text)
