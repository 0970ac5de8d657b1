"""Tasks: the visits a prompt asks for (names the map knows, lexicon, tagging schema, cuisines, embeddings)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from nco.errors import InputError
from nco.planner import brands, tagschema
from nco.planner.offline import reader
from nco.planner.offline.lang import COMPOUNDING, compound_kind
from nco.planner.offline.lexicon import (
    DAY_PART_COMPOUND,
    ACTIVITY,
    ALL_FUNCTION_WORDS,
    AS_MANY_ALONE,
    AS_MANY_BARE,
    AS_MANY_CLOSE,
    AS_MANY_OPEN,
    BUILDING_PARTS,
    CUISINE_RE,
    CUISINES,
    FAST_FOOD_CUISINES,
    FIRST_RE,
    LAST_AFTER_WORDS,
    LEX_MAP,
    LEX_RE,
    LIST_ITEM_KINDS,
    LIST_ITEM_RE,
    LOCAL_KIND_RE,
    LOCAL_KINDS,
    MUST_BE,
    NEED_MET,
    NEG_AFTER_RE,
    NEG_RE,
    PARTICLES,
    PREF_CUES,
    REF_RE,
    SHOP_WORDS,
    SHOPPING_WORDS,
    STOPWORDS_EN,
    THEN_RE,
    THERE_WORDS,
    TIME_FOR_A_MEAL,
    UNTIL_WORDS,
    VEHICLES,
    WITH_PERSON,
    as_many_said,
)
from nco.planner.offline.taken_back import taken_back
from nco.planner.offline.text import (
    Prompt,
    at_sentence_start,
    capitalised_phrase,
    clause_of,
    name_forms,
    segments,
    sentence_bounds,
)
from nco.planner.offline.times import CHILD, picks_someone_up, said_roughly
from nco.planner.request import CATEGORIES, Task

#: a clause must be this similar to a category description to count as a task
MATCH_THRESHOLD = 0.30
#: at most this many visits per trip
MAX_TASKS = 8
#: tags of the 22 categories -> category (a schema phrase for one of them becomes that category)
TAG_CATEGORY = {f"{k}={v}": c.key for c in CATEGORIES.values() for k, vs in c.tags for v in vs}
_MEALS = ("lunch", "dinner", "supper", "breakfast", "brunch")
#: kinds of place one eats or drinks at: food or a drink named with one of them is one visit there
_EATS = {"cafe", "bar", "bakery", "ice_cream", "fast_food", "restaurant"}
#: when a meal begins unless the prompt says (minutes after midnight)
MEAL_WINDOWS = {"breakfast": (7 * 60, 10 * 60), "brunch": (10 * 60, 12 * 60 + 30), "lunch": (11 * 60 + 30, 13 * 60 + 30),
                "dinner": (18 * 60, 21 * 60), "supper": (18 * 60, 21 * 60)}
_COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "a couple of": 2, "couple of": 2, "2": 2, "3": 3, "4": 4}
_MASS_NOUNS = ("drinks", "views", "sights", "gifts", "books", "clothes", "souvenirs", "shops", "groceries", "paintings")
#: what one eats or drinks, said in the plural: "one or two beers", "two coffees" are had at one place, not two
_HAD_PLURALS = ("beers", "coffees", "cocktails", "croissants", "pastries", "donuts", "doughnuts", "sandwiches",
                "dumplings", "snacks", "bagels", "smoothies", "milkshakes", "crepes", "crêpes", "waffles", "churros",
                "cinnamon buns", "cinnamon rolls", "flat whites", "babycinos", "babyccino", "cafezinhos", "hot dogs",
                "desserts", "fries", "noodles", "tapas", "curries", "pastéis de nata", "pasteis de nata", "cannoli",
                "drinques")
#: plurals that count no visits
_ONE_VISIT = frozenset(_MASS_NOUNS + _HAD_PLURALS)


@dataclass
class Mention:
    """A phrase that names a visit (or refers to one: "after lunch")."""

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
    tag: str | None = None
    maximize: bool = False
    word: str = ""
    window: tuple[int, int] | None = None
    timed: bool = False             # the window comes from a clock time in the prompt
    day_part: bool = False          # the window comes from a part of the day said with it ("in the afternoon")
    also: list = field(default_factory=list)  # starts of the mentions merged into this one
    said_to: int = 0                # the end of the last mention merged into this one
    kinds: tuple = ()               # every category of the place the map found for a name
    why: str | None = None          # why the rules read it as no visit (None: a visit)


@lru_cache(maxsize=1)
def _wordllama():
    # wordllama (with numpy and its model) loads only when a clause needs it, not on every `nco` command
    import wordllama
    from wordllama import WordLlama

    return WordLlama.load(cache_dir=Path(wordllama.__file__).parent, disable_download=True)


def common_word(word: str) -> bool:
    """Whether ``word`` is one token of the wordllama tokenizer's vocabulary when said after a space: a word
    common in many texts ("Zeit", "Frau", "Stockholm", "España"), not a rare name ("Zöttl", "Mullot")."""
    return len(_wordllama().tokenizer.encode(" " + word, add_special_tokens=False).tokens) <= 2


def match_category(phrase: str) -> tuple[str, float]:
    """Closest category to ``phrase`` by wordllama embedding similarity.

    Returns
    -------
    (category, similarity)
    """
    keys = [k for k in CATEGORIES if k != "other"]
    ranked = _wordllama().rank(phrase, [CATEGORIES[k].description for k in keys])
    desc_to_key = {CATEGORIES[k].description: k for k in keys}
    best, score = ranked[0]
    return desc_to_key[best], float(score)


def _ref(mlow: str, pos: int) -> str | None:
    before = mlow[max(0, pos - 30):pos]
    if re.search(r"\b(?:before|after) (?:that|this|all that|it)\W*(?:\w+\W+){0,3}$", before):
        return None  # "before that, a walk": "that" is the visit said before (read by the order stage)
    ref = REF_RE.search(before)
    return (ref.group(1) or ref.group("sub")) if ref else None


#: things brought back, before or after them ("return my sister's books", "drop the books back", "books to return")
_RETURNED_BEFORE = re.compile(r"\b(?:return|returning|drop off|bring back|take back|give back)\s+(?:[\w'’]+\s+){0,3}$")
_RETURNED_AFTER = re.compile(r"\s+(?:back|to return|to bring back)\b")


def _lexicon_mentions(mlow: str, taken: list[bool], shops: list[tuple[int, int]] = ()) -> list[Mention]:
    """Mentions of lexicon words (the 22 categories, meals, drinks); not drinks bought at a shop named after
    them (``shops``: the spans of the schema's shops)."""
    out = []
    for m in LEX_RE.finditer(mlow):
        w = m.group(1)
        if any(taken[m.start():m.end()]) or negated(mlow, m.start(), m.end()):
            continue
        cat, cui, dur = LEX_MAP[w]
        seller = _AT_SELLER.match(mlow, m.end())
        if cat == "bar" and seller and any(a <= seller.end() < b for a, b in shops):
            continue  # "a crate of beer at the drinks shop": drinks bought there, not had at a bar
        if w == "books" and (_RETURNED_BEFORE.search(mlow[max(0, m.start() - 40):m.start()]) or
                             _RETURNED_AFTER.match(mlow, m.end())):
            continue  # "drop the books back at the library": books returned, not a bookshop
        # "walk in a park" -> park; "keep the walking short" is a preference (no lexicon word)
        if w == "views" and not re.search(r"\b(see|enjoy|admire|get|catch|with)\b", mlow[max(0, m.start() - 25):m.start()]):
            continue
        # "two bookshops"; "due negozi", rewritten "two shopping"
        plural = (w.endswith("s") and w not in _ONE_VISIT) or \
            (w == "shopping" and re.search(r"\b(?:two|three|four)\s+$", mlow[max(0, m.start() - 10):m.start()]))
        count = _count_of(mlow, m.start(), m.end(), bool(plural)) if w not in _MEALS and w not in _ONE_VISIT else 1
        if re.search(r"\b(quick|short|brief|fast)\s+(?:\w+\s+)?$", mlow[max(0, m.start() - 20):m.start()]):
            dur = max(10, (dur or CATEGORIES[cat].duration_min) // 2)  # "a quick lunch", "a short coffee"
        word = "shopping" if w in SHOPPING_WORDS else w
        out.append(Mention(m.start(), m.end(), cat, cui, dur, _ref(mlow, m.start()), count=count, word=word))
        taken[m.start():m.end()] = [True] * (m.end() - m.start())
    return out


def _sold_kinds(mlow: str, taken: list[bool], langs: tuple[str, ...]) -> list[Mention]:
    """A shop named by what it sells ("a shop that sells good loose-leaf tea"): that kind of shop, read
    before the goods' own word ("tea") can be taken for a café."""
    out = []
    for m in _SELLS.finditer(mlow):
        tag = tagschema.shop_for(m.group(1) or m.group(2), langs)
        if tag and not any(taken[m.start():m.end()]) and not negated(mlow, m.start(), m.end()):
            out.append(_kind_mention(mlow, m.start(), m.end(), tag, m.group(0)))
            taken[m.start():m.end()] = [True] * (m.end() - m.start())
    return out


#: Finnish case endings of a place one goes to or is at ("suutarilla", "kampaamoon", "pesulaan",
#: "lemmikkikauppaan"): at, to, in, into; not "from" ("Kampista"), which names where one sets out
_FI_CASE = re.compile(r"(?:ll[aä]|lle|ss[aä]|(?<=([aeiouyäö]))\1n|h[aeiouyäö]n)$")


def _finnish_kind(word: str, langs: tuple[str, ...]) -> str | None:
    """The shop or workshop a Finnish word names in one of the cases of :data:`_FI_CASE` (by its name, or a
    compound of a shop word: "kukkakauppa"), outside the 22 categories (those the language's own rules read),
    or ``None``; not a term the schema lists for a kind ("toimisto", an office, is no undertaker)."""
    m = _FI_CASE.search(word)
    base = word[:m.start()] if m else None
    if not base or len(base) < 5:
        return None
    tag = LOCAL_KINDS.get(base) or tagschema.name_index(langs).get(tagschema.fold(base)) or \
        (tagschema.lookup(base, langs) if base.endswith(("kauppa", "liike")) else None)
    return tag if tag and tag not in TAG_CATEGORY and tag.split("=")[0] in ("shop", "craft") else None


def _local_kinds(p: Prompt, mlow: str, taken: list[bool]) -> list[Mention]:
    """Kinds of place said the local way (:data:`LOCAL_KINDS`: "die Fahrradwerkstatt", "tirar uma cópia das
    chaves", "a boutique d'occasion", "the state store"), words that name one as an item of a list
    (:data:`LIST_ITEM_KINDS`: "Post, Apotheke", "apotek, bank, blommor") and Finnish kinds in the case of
    going or being there ("suutarilla", "kampaamoon"): read before the lexicon and the schema, whose
    shorter or other words they hold ("garden centre", "loueur de vélos")."""
    found = [(m.start(1), m.end(1), LOCAL_KINDS[m.group(1)]) for m in LOCAL_KIND_RE.finditer(mlow)]
    found += [(m.start(1), m.end(1), LIST_ITEM_KINDS[m.group(1)]) for m in LIST_ITEM_RE.finditer(mlow)]
    if p.lang == "fi":
        langs = tagschema.read_in(p.lang)
        found += [(m.start(), m.end(), tag) for m in re.finditer(r"(?<![\w-])[^\W\d_]{6,}(?![\w-])", mlow)
                  if (tag := _finnish_kind(m.group(0), langs))]
    out = []
    for a, b, tag in sorted(found):
        if any(taken[a:b]) or negated(mlow, a, b):
            continue
        x = _kind_mention(mlow, a, b, tag, mlow[a:b])
        x.count = _count_of(mlow, a, b, plural=True)
        out.append(x)
        taken[a:b] = [True] * (b - a)
    return out


#: how many, said before a kind ("two bookshops", "zwei Buchhandlungen" rewritten "two buchhandlungen", "two of the
#: old Romanesque churches"), not a length of time ("two hours in museums")
_COUNT_BEFORE = re.compile(r"\b(two|three|four|a couple of|couple of|2|3|4)\s+(?:of\s+(?:the|my|our|these|those)\s+)?"
                           r"(?:(?!(?:hours?|h|minutes?|mins?|days?|weeks?|times?|of|in|at|and|or|for|för|für|pour|"
                           r"para|per|voor|to|with)\s)[^\W\d_]+\s+){0,2}$")
#: how many, said in brackets after a kind, in the languages read ("een paar kerken (twee is genoeg)", "en
#: bokhandel (två om det finns)", "a bakery (two if there's time)", "eine Galerie (zwei wären toll)")
_COUNT_SAID = {**dict.fromkeys(("two", "twee", "två", "zwei", "deux", "dos", "due", "dois", "duas", "kaksi", "dues",
                                "2"), 2),
               **dict.fromkeys(("three", "drie", "tre", "drei", "trois", "tres", "três", "kolme", "3"), 3)}
_COUNT_IN_BRACKETS = re.compile(r"\s*\(\s*(?:or\s+|maybe\s+)?(" + "|".join(_COUNT_SAID) + r")\s+(?:is|are|if|would|"
                                r"will|om|är|vore|ist|sind|wenn|falls|wäre|wären|reicht|reichen|si|se|es|est|serait|"
                                r"son|é|è|sería|seria|sarebbe|jos|on|olisi|als|zou|of)\b")


def _count_of(mlow: str, a: int, b: int, plural: bool) -> int:
    """How many visits the kind at ``[a, b)`` is: a number before it when the word is ``plural``, or a number
    in brackets after it; else one."""
    after = _COUNT_IN_BRACKETS.match(mlow, b)
    if after:
        return _COUNT_SAID[after.group(1)]
    cm = _COUNT_BEFORE.search(mlow[max(0, a - 40):a])
    # a number right before the word counts it, the plural rewritten as one ("due librerie" -> "two bookshop")
    right_before = cm and re.fullmatch(r"(?:two|three|four)\s+", cm.group(0))
    return _COUNT_WORDS[cm.group(1)] if cm and (plural or right_before) else 1


def _longer_kinds(mlow: str, kinds: list[tagschema.Kind], taken: list[bool]) -> list[Mention]:
    """Kinds of the tagging schema whose name holds a shorter lexicon word ("dog park", "water park",
    "trampoline park", "indoor playground"): the longer phrase names the place."""
    lex = [(m.start(1), m.end(1)) for m in LEX_RE.finditer(mlow)]
    out = []
    for k in kinds:
        inside = [(a, b) for a, b in lex if k.start <= a and b <= k.end]
        if " " not in k.phrase or not inside or any(b - a >= k.end - k.start for a, b in inside) or \
                any(taken[k.start:k.end]) or negated(mlow, k.start, k.end):
            continue
        out.append(_kind_mention(mlow, k.start, k.end, k.tag, k.phrase))
        taken[k.start:k.end] = [True] * (k.end - k.start)
    return out


#: the languages of the tagging schema that write compounds
_COMPOUNDING_LANGS = tuple(sorted({"en", *COMPOUNDING} & set(tagschema.LANGS)))


def _compound_mentions(p: Prompt, mlow: str, taken: list[bool]) -> list[Mention]:
    """Compounds whose last part is a kind of place: "Frauenkirche", "Nationalbibliothek", "Domkyrkan",
    "stadsbiblioteket", "Kansallismuseo" (:func:`compound_kind`); capitalised, they are named."""
    out = []
    for m in re.finditer(r"(?<![\w-])[^\W\d_]{7,}(?![\w-])", mlow):
        if any(taken[m.start():m.end()]) or tagschema.lookup(m.group(0), tagschema.read_in(p.lang)) or \
                DAY_PART_COMPOUND.match(m.group(0)) or negated(mlow, m.start(), m.end()):
            continue  # "Baumarkt" is a hardware store: the schema reads it whole; "skip the Frauenkirche"
        kind = compound_kind(p.text[m.start():m.end()], p.lang) or (
            _inflected_compound(m.group(0), p.lang) if not p.text[m.start()].isupper() else None)  # "Kauppatorilla"
        if kind is None:
            continue
        whole = tagschema.lookup(m.group(0), _COMPOUNDING_LANGS) if p.lang not in COMPOUNDING else None
        kind = whole if whole in TAG_CATEGORY else kind  # "Supermarkt" in a note: one of the 22, read whole
        x = _kind_mention(mlow, m.start(), m.end(), kind, m.group(0)) if "=" in kind else \
            Mention(m.start(), m.end(), kind, None, None, _ref(mlow, m.start()), word=m.group(0))
        x.name = capitalised_phrase(p.text, m.start()) if p.text[m.start()].isupper() else None
        x.count = 1 if x.name else _count_of(mlow, m.start(), m.end(), plural=False)  # "two tøjbutikker"
        out.append(x)
        taken[m.start():m.end()] = [True] * (m.end() - m.start())
    return out


#: the languages whose kinds of place are said in case or definite forms (:func:`tagschema.stems`)
_INFLECTING = ("fi", "sv", "da", "no")


def _inflected_compound(word: str, lang: str) -> str | None:
    """The kind of a Finnish or Nordic compound said in a case or definite form ("Tuomiokirkossa",
    "kaupunginkirjastoon"): that of the first form the word may be of that is a compound of a kind."""
    forms = tagschema.stems(word, tagschema.read_in(lang)) if lang in _INFLECTING else []
    return next((k for f in forms if (k := compound_kind(f, lang))), None)


def _next_to_taken(mlow: str, taken: list[bool], a: int, b: int) -> bool:
    """Whether a lexicon word touches ``[a, b)`` ("beach bar", "theatre box office": one place, the lexicon's)."""
    left = a >= 2 and mlow[a - 1] == " " and taken[a - 2]
    right = b + 1 < len(mlow) and mlow[b] == " " and taken[b + 1]
    return left or right


#: activities that name the kind of place they need
_ACTIVITIES = {"swim": "leisure=swimming_pool", "swimming": "leisure=swimming_pool",
               "rent bikes": "amenity=bicycle_rental", "hire bikes": "amenity=bicycle_rental",
               "hire a bike": "amenity=bicycle_rental", "bike hire": "amenity=bicycle_rental",
               "workout": "leisure=fitness_centre", "massage": "shop=massage"}
_ACTIVITY_RE = re.compile(r"\b(?:go |went |going )?(?:for |have )?(?:a )?(swim|swimming|workout|massage|rent bikes|"
                          r"hire bikes|hire a bike|bike hire|rent a bike|(?:alquilar|alugar|louer|noleggiare|hyra|vuokrata|"
                          r"huren|leihen)\s+(?:(?:unas?|uns?|umas?|des|une?|delle|en|ett|a|some)\s+)?(?:bicis?|bicicletas?|"
                          r"vélos?|velos?|bici|biciclette|cyklar|cykel|pyör(?:ä|iä)|fietsen|fiets|fahrräder|fahrrad|"
                          r"citi bikes?|bikes?))\b(?! pool)")


#: a shop named by what it sells ("a shop that sells good loose-leaf tea", "somewhere that sells maps")
_SELLS = re.compile(r"\b(?:shop|store|place|somewhere)s? (?:that|which|where they) sells? (?:(?:good|some|nice|fresh|local|"
                    r"cheap|real|loose-leaf|second-hand|used)\s+)*([^\W\d_]{3,})"
                    # tea bought by the packet, not a cup ("buy some tea", "köpa te"; "buy a tea" is a café's)
                    r"|\bbuy (?:some |good |loose-leaf |a (?:box|packet|tin|bag) of )?(tea)\b(?! (?:and|with) )")
#: places that sell things: goods bought just after one are bought there
_SELLERS = ("shop", "bookshop", "supermarket", "market", "bakery", "pharmacy")
#: a purpose after a visit ("a market for the barbecue", "pro churrasco", "für das Grillen")
#: "for" and an article, in the languages read (after their cue words became English)
_FOR = (r"\b(?:for|para|pra|pro|pour|für|per|för|voor|zum|zur)\s+(?:(?:a|an|the|some|my|our|o|os|el|la|los|las|le|les|"
        r"un|une|uma|um|das|den|dem|die|der|il|lo|de|en|ett|een)\s+)?")
_PURPOSE_BEFORE = re.compile(_FOR + "$")


def _bought_at(mlow: str, at: int, before: list[Mention]) -> bool:
    """Whether a place that sells things is named just before ``at`` in its clause, or a shop named by its name
    just before the comma that opens it ("the market to buy meat", "mercado pra comprar carne", "then Stockmann,
    to buy a present"): the goods are bought there."""
    a, _ = clause_of(mlow, at)
    if any(x.category in _SELLERS and a <= x.start and x.end <= at and at - x.end <= 25 for x in before):
        return True
    if a == 0 or mlow[a - 1] != "," or not re.fullmatch(r"\s*(?:[^\W\d_]+\s+){0,2}", mlow[a:at]):
        return False
    # "sen Stockmann, ska köpa en present": a shop named, then the buying in a clause of its own
    return any(x.category in _SELLERS and x.name and x.end < a and not mlow[x.end:a - 1].strip() for x in before)


def _seller(x: Mention) -> bool:
    """Whether the visit ``x`` is to a place that sells or takes in things (a shop of any kind, a market)."""
    return x.category in _SELLERS or (x.tag or "").startswith("shop=")


#: after goods, the place they are bought at or brought to: a word of place, or more goods and "from" ("a bottle of
#: water at the corner shop", "os lençóis em a lavandaria", "protein and bananas from the supermarket")
_AT_SELLER = re.compile(r"(?:\s+of\s+[^\W\d_]+)?(?:\s+(?:at|in|em|en|na|no|au|chez|bei|beim|im|på|hos|da|al|bij)|"
                        r"(?:\s*(?:,|and|&)(?:\s+[^\W\d_]+){1,2}){0,2}\s+(?:from|van|från))\s+"
                        r"(?:(?:the|a|an|o|um|uma|un|une|una|le|la|el|der|dem|het|de)\s+)?")
#: goods after a word of buying or fetching, in a list ("buy água and snacks", "a por embutido and chocolate", "get
#: cheese and ham at a deli")
_GOODS_AFTER_BUY = re.compile(r"\b(?:buy|a por|get|pick up|grab|fetch)\s+(?:(?:a|an|some|the)\s+)?(?:[^\W\d_]+\s*(?:,|and|&)\s*)?$")


def _goods_of_seller(mlow: str, a: int, b: int, before: list[Mention], shops: set[int]) -> bool:
    """Whether the kind named at ``[a, b)`` is goods bought at a shop named with it, after it ("protein
    and bananas from the supermarket", ``shops``: where the schema's shops begin) or before it ("a
    supermarket to buy water and snacks"): no visit."""
    def seller_after(at: int, by_kind: bool = False) -> bool:
        m = _AT_SELLER.match(mlow, at)
        return bool(m) and (m.end() in shops or any(x.start == m.end() and _seller(x) and (x.word or not by_kind)
                                                     for x in before))

    buy = _GOODS_AFTER_BUY.search(mlow[max(0, a - 40):a])
    head = re.match(r"\s+([^\W\d_]{3,})", mlow[b:])  # goods named by two nouns: "a phone charger at RadioShack"
    if seller_after(b) or (head and _content(head.group(1)) and seller_after(b + head.end())) or \
            (buy and seller_after(_goods_list(mlow, a, b)[-1][1], by_kind=True)):
        return True  # "buy alcool and cigarettes at the supermarket": the list of goods, then the kind of shop
    return bool(buy) and _bought_at(mlow, max(0, a - 40) + buy.start(), before)


def _purpose(mlow: str, a: int, before: list[Mention], found) -> bool:
    """Whether the kind at ``a`` is what a visit named before it in its clause is for
    ("a market for the barbecue"): no visit of its own."""
    if not _PURPOSE_BEFORE.search(mlow[max(0, a - 20):a]):
        return False
    c, _ = clause_of(mlow, a)
    return any(c <= x.start < a for x in before) or any(c <= s < a for s, *_ in found)


def _names_a_shop(phrase: str) -> bool:
    """Whether a kind's name holds a word for a shop (:data:`SHOP_WORDS`): a shop, never goods bought at another ("en
    chokladbutik, te från tebutiken")."""
    f = tagschema.fold(phrase)
    return any(w in f for w in SHOP_WORDS)


#: measures of goods ("a bag of", "a box of"): said before the goods, no goods and no shop of their own
_MEASURES = ("bag", "bags", "box", "boxes", "jar", "jars", "pack", "packet", "tin", "tins", "kilo", "pound", "carton")


#: goods said bare as an item of a list of visits, no verb of buying ("Fatbursparken kl. 14: choklad, serietidningar,
#: kaffe"): after a colon or a comma, before a comma, "and" or the sentence's end; goods of
#: :data:`tagschema.GOODS_WORDS` only, not any word the schema lists ("doors 7:30"), of four letters at least ("the" is
#: Italian tea), not goods said with where they are bought ("bread, cheese and snacks at a supermarket")
_LISTED_GOODS = re.compile(r"(?<=[:,;] )(?:some )?([^\W\d_]{4,})(?=\s*(?:[,;.!]|\band\b|$))")


#: a pool said as a place: a word before it ("a pool", "the hotel pool"); else the game ("then pool and live jazz")
_POOL_SAID_AS_PLACE = re.compile(r"\b(?:a|an|the|some|hotel|public|outdoor|indoor|heated|rooftop|local|kids'?|"
                                 r"children's|our|my|nearest|municipal|swimming)\s+$")


def _kind_mentions(mlow: str, taken: list[bool], langs: tuple[str, ...], kinds: list[tagschema.Kind],
                   before: list[Mention] = ()) -> list[Mention]:
    """Kinds of place from the tagging schema (``kinds``, found in ``mlow``: "sauna", "hardware store",
    "Tankstelle") and goods ("buy a toy"); not goods bought at a place just named (:func:`_bought_at`)
    or what a visit is for (:func:`_purpose`)."""
    found, shops = [], {k.start for k in kinds if k.tag.startswith("shop=")}
    # goods said with a word of needing them, or by the bunch ("the kids need shoes", "a bouquet of flowers")
    # goods said with a hyphened word or "new" before them ("buy duty-free perfume", "köpa nya jeans")
    # a measure said before the goods is no goods ("pick up a bag of coffee beans", "buy a box of chocolates")
    # tea and wine are said in two letters ("köpa te", "comprar té", "comprar vi")
    bought = re.finditer(r"\b(?:buy|pick up|get|grab|need|needs|bouquet of|bunch of) (?:a |an |some |the |my |our )?"
                         r"(?:(?:" + "|".join(_MEASURES) + r") of )?"
                         r"(?:[^\W\d_]+-[^\W\d_]+ |(?:new|nya|neue|neuen|nouveaux|nouvelles|nuevos|nuevas|novos|novas|nuovi|"
                         r"nuove|nieuwe|uusia|uudet) )?((?:te|té|tè|vi)\b|[^\W\d_]{3,})", mlow)
    bought = [m for m in bought if not m.group(0).startswith("need") or not any(k.start == m.start(1) for k in kinds)]
    for m in [*bought, *_FOR_KIN.finditer(mlow)]:
        if _bought_at(mlow, m.start(), before) or _OWN_VEHICLE.search(m.group(0)):
            continue  # "grab the car before the car park shuts": one's own car, not a car dealer
        for a, b in _goods_list(mlow, m.start(1), m.end(1)):  # "buy perfume and a watch"
            if _goods_of_seller(mlow, a, b, before, shops):
                break
            tag = tagschema.shop_for(mlow[a:b], langs)
            if not tag or mlow[a:b].startswith("ticket"):
                break
            found.append((a, b, tag, mlow[a:b]))
    found += [(m.start(1), m.end(1), tag, m.group(1)) for m in _LISTED_GOODS.finditer(mlow)
              if (tag := tagschema.goods_tag(m.group(1))) and not any(a <= m.start(1) < b for a, b, *_ in found)
              and not _AT_SELLER.match(mlow, _goods_list(mlow, m.start(1), m.end(1))[-1][1])]
    for m in _ACTIVITY_RE.finditer(mlow):  # an activity names the place it needs ("go for a swim")
        tag = _ACTIVITIES.get(m.group(1), "amenity=bicycle_rental")  # renting bikes, in any language read
        found.append((m.start(1), m.end(1), tag, m.group(1)))
    found += [(k.start, k.end, k.tag, k.phrase) for k in kinds
              if k.phrase not in CUISINES and not any(a < k.end and k.start < b for a, b, *_ in found)
              and not (k.phrase in _MEASURES and mlow.startswith(" of ", k.end))  # "a bag of coffee beans"
              and (k.phrase != "pool" or _POOL_SAID_AS_PLACE.search(mlow, max(0, k.start - 12), k.start))
              and not _purpose(mlow, k.start, before, found)
              and (_names_a_shop(k.phrase) or not _goods_of_seller(mlow, k.start, k.end, before, shops))]
    for m in re.finditer(r"\b([^\W\d_]{3,}) (?:shop|store|boutique)s?\b", mlow):
        if not any(a < m.end() and m.start() < b for a, b, *_ in found):
            found.append((m.start(), m.end(), "shop=*", m.group(0)))  # a shop of a kind the schema lacks
    for m in _ANY_SHOP.finditer(mlow):
        if not any(a < m.end(1) and m.start(1) < b for a, b, *_ in found):
            found.append((m.start(1), m.end(1), "shop=*", m.group(1)))  # "a shop", "shop, then a bakery"
    out = []
    for a, b, tag, phrase in sorted(found):
        if any(taken[a:b]) or negated(mlow, a, b) or _next_to_taken(mlow, taken, a, b):
            continue
        out.append(_kind_mention(mlow, a, b, tag, phrase))
        # a kind said in the plural ("two buchhandlungen"): the schema reads it through its singular
        out[-1].count = _count_of(mlow, a, b, plural=not tagschema.lookup(phrase, langs) or phrase.endswith("s"))
        taken[a:b] = [True] * (b - a)
    return out


def negated(mlow: str, a: int, b: int) -> bool:
    """Whether the kind named at ``mlow[a:b]`` is refused: "no museums", "skip the casino",
    "port wine tasting? no, skip that"."""
    return bool(NEG_RE.search(mlow[max(0, a - 30):a]) or NEG_AFTER_RE.search(mlow[b:b + 90])
                or (_ADVISED.search(mlow[max(0, a - 40):a]) and _BUT_AFTER.match(mlow, b)))


#: a place others advised, then "but" ("Nos han recomendado Caldea, pero preferimos algo más tranquilo"): not taken
_ADVISED = re.compile(r"\b(?:recommended|suggested|recomendad[oa]s?|recomendaram|recommandée?s?|consigliat[oaie]|"
                      r"empfohlen|rekommenderade|recomanat|aangeraden|suositeltiin|suositteli)\s+"
                      r"(?:(?:us|me|to us|to me|the|la|el|le|il|o|a)\s+)?$")
_BUT_AFTER = re.compile(r"\W{0,3}(?:but|pero|aber|mais|mas|ma|men|maar|mutta|però|ale)\b")


#: one's own vehicle, fetched ("grab the car", "pick up my bike")
_OWN_VEHICLE = re.compile(r"\b(?:the|my|our) (?:car|van|bike|bicycle|scooter)$")
#: a shop of no named kind: after "a", or as an item of its own ("shop then supermarket"), not the verb; in the
#: languages read too ("in einen Laden", "passare in un negozio", "en butik", "une boutique"), not one of goods
#: the schema lacks ("una tienda de zorbing")
_ANY_SHOP = re.compile(r"(?:\b(?:a|an|one|another)\s+|(?:^|[,;:.!?]\s*)(?=(?:shop|store)\s*(?:[,;.!?]|then\b|and\b|$)))"
                       r"(shop|store|laden|negozio|butik|tienda|magasin|botiga|boutique|winkel)\b"
                       r"(?!\s+(?:de|di|da|do|du|des|del|dels|della|d')\b)")
_MORE_GOODS = re.compile(r"(?:,\s*|\s+and\s+|\s+or\s+|,\s*and\s+)(?:a |an |some |the )?([^\W\d_]{3,})")


def _goods_list(mlow: str, a: int, b: int) -> list[tuple[int, int]]:
    """Spans of the goods bought: the first and those listed after it."""
    out = [(a, b)]
    while (m := _MORE_GOODS.match(mlow, out[-1][1])) and m.group(1) not in STOPWORDS_EN:
        out.append((m.start(1), m.end(1)))
    return out


def _kind_mention(mlow: str, a: int, b: int, tag: str, phrase: str) -> Mention:
    """The mention of a schema kind (a kind of one of the 22 categories becomes that category)."""
    cat = "shop" if tag == "shop=*" else TAG_CATEGORY.get(tag)
    own = None if cat else tag
    return Mention(a, b, cat or "other", None, None if cat else tagschema.visit_minutes(tag), _ref(mlow, a),
                   tag=own, word=phrase)


def _cuisine_mentions(p: Prompt, mlow: str, mentions: list[Mention], taken: list[bool]) -> None:
    """Cuisine words: attach to a food mention in the clause, or make one."""
    for m in CUISINE_RE.finditer(mlow):
        if any(taken[m.start():m.end()]):
            continue
        if m.group(1) == "local" and not re.match(r"\s+(food|dish|cuisine|restaurant|place|spot|lunch|dinner)", mlow[m.end():]):
            continue
        if _PEOPLE_AFTER.match(mlow, m.end()) or _PEOPLE_BEFORE.search(mlow[max(0, m.start() - 20):m.start()]):
            p.notes.append(f"'{p.text[m.start():m.end()]}' says who someone is, not a meal: not planned")
            continue  # "an American family", "estudiante paraguayo"
        if re.match(r"\s+(market|shop|store|monger|garden|gardens|quarter)\b", mlow[m.end():]) or \
                _NOT_FOOD_AFTER.match(mlow, m.end()) or \
                (p.text[m.start()].isupper() and re.match(r"\s+[A-Z]", p.text[m.end():])):
            continue  # "a fish market", "the Japanese Garden", "Finnish jazz vinyl": not a meal
        if any(x.category not in ("restaurant", "fast_food") and x.start > m.end() and not mlow[m.end():x.start].strip()
               for x in mentions):
            continue  # "a Finnish cinnamon bun", "a Belgian beer", "the Italian deli": the kind of that visit, not a meal
        if any(x.category in _EATS - {"restaurant", "fast_food"} and x.ref is None and x.end <= m.start()
               and re.fullmatch(r"\s*\(\s*", mlow[max(x.end, x.said_to):m.start()]) for x in mentions):
            continue  # "coffee and cake (Austrian style!)": the style of what is had there
        if any(x.category in _EATS - {"restaurant", "fast_food"} and x.ref is None
               and _SOMEWHERE.fullmatch(mlow[x.end:m.start()]) for x in mentions):
            continue  # "a beer somewhere proper Bavarian": the kind of place the drink is had at, no meal of its own
        cui = CUISINES[m.group(1)]
        a, b = clause_of(mlow, m.start())
        food = [x for x in mentions if a <= x.start < b and x.category in ("restaurant", "fast_food") and x.ref is None]
        food = food or _meal_just_before(mlow, mentions, m.start())
        if food:
            food[0].cuisine = food[0].cuisine or cui
            if cui in FAST_FOOD_CUISINES and food[0].word == "eat out":
                food[0].category = "fast_food"  # "syödä burgeri", "comer una hamburguesa": eating a burger
        elif not [x for x in mentions if a <= x.start < b and x.category == "restaurant"]:
            kind = "fast_food" if cui in FAST_FOOD_CUISINES else "restaurant"
            mentions.append(Mention(m.start(), m.end(), kind, cui, None, _ref(mlow, m.start()), word=m.group(1)))


#: what a nationality says of other things than food ("Finnish jazz", "Italian design", "a Thai massage")
_NOT_FOOD_AFTER = re.compile(r"\s+(?:jazz|music|musik|musique|música|musica|art|kunst|design|vinyl|records?|books?|"
                             r"literature|films?|movies?|cinema|massage|fashion|clothes|architecture|history|"
                             r"embassy|consulate|church|crafts?|souvenirs?|language)\b")


#: a place of no named kind, then what it is like ("somewhere proper", "irgendwo", "quelque part de")
_SOMEWHERE = re.compile(r"\s+(?:somewhere|some place|anywhere|irgendwo|quelque part|da qualche parte|någonstans|ergens)"
                        r"(?:\s+[^\W\d_]+)?\s+")


#: people a nationality is said of, after it ("American family") or before it ("estudiante paraguayo")
_PEOPLE = (r"(?:family|families|tourists?|students?|friends?|couple|guys?|girls?|colleagues?|visitors?|in-laws|"
           r"relatives|parents|grandparents|cousins?|guests?|neighbou?rs?|husband|wife|boyfriend|girlfriend|partner|"
           r"mates?|kids|children|familie|touristen|"
           r"famille|touristes|étudiante?s?|familia|turistas?|estudiantes?|família|estudantes?|famiglia|studenti|"
           r"studentessa|familj|familjen|turister|perhe|turistit|opiskelija|toeristen)")
_PEOPLE_AFTER = re.compile(rf"\s+{_PEOPLE}\b")
_PEOPLE_BEFORE = re.compile(rf"\b{_PEOPLE}\s+$")


def _meal_just_before(mlow: str, mentions: list[Mention], at: int) -> list[Mention]:
    """The meal a cuisine follows in the next clause ("an early dinner, Indian if possible",
    "grab a feed, thai maybe"): the mention just before, when it is food without a cuisine."""
    before = [x for x in mentions if x.end <= at]
    last = max(before, key=lambda x: x.end, default=None)
    if last is not None and (at - last.end <= 12 or _HEDGED.fullmatch(mlow, last.end, at)) and \
            last.category in ("restaurant", "fast_food") and last.ref is None and last.cuisine is None:
        return [last]
    return []


#: a hedge between a meal and its cuisine ("Dinner first, ideally Thai", "lunch too, preferably something Lebanese")
_HEDGED = re.compile(r"[\s,]*(?:(?:first|too|please)[\s,]+)?(?:ideally|preferably|maybe|perhaps|probably|"
                     r"if possible|something)(?:[\s,]+(?:something|some))?[\s,:]*")


#: a bare kind word said with its place in the order ("museum first", "Florist LAST please", "Movie has to be last")
_FIRST_AFTER = re.compile(r"\s+(?:" + MUST_BE + r")?(?:first|last)\b")
#: the visit said before, named again with "the" or opening a sentence and a word of "last" ("Edeka als Letztes.",
#: "the cinema finally")
_THE_LAST = re.compile(r"\s+(?:finally|at the (?:very )?end|" + LAST_AFTER_WORDS + r")\b")
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|another|one more|two|three|second)\s+$")
#: a bare kind word after "first" or "last" that opens a sentence ("... and the cinema. First burger, I'm starving")
_FIRST_BEFORE = re.compile(r"(?:^|[.!?;]\s+)(?:first|last)\s+$")


#: two kinds offered as alternatives ("Baumarkt oder Eisenwarenhandlung", "a bakery or a café", "Pizza Madre ideally,
#: or any cheap Thai")
_OR_JOIN = re.compile(r"\s*(?:(?:ideally|preferably|maybe|perhaps|probably)\s*)?,?\s*(?:or|oder|ou|o|eller|tai|of)\s+"
                      # a place word before the second ("en una cafetería o en una panadería", "num bar ou numa
                      # garrafeira")
                      r"(?:(?:in|at|en|em|dans|à|im|in der|in einer|in einem|på|i|bij|in|op|a|al|alla|nel|nella|num|"
                      r"numa|no|na|au|à la)\s+)?"
                      r"(?:(?:a|an|some|the|ein|eine|einen|einer|un|une|uma|um|"
                      r"una|uno|en|ett|een|jokin|any|another|cualquier|qualquer|n'importe quel(?:le)?|irgendein[e]?|"
                      r"qualsiasi|vilken|någon|mikä tahansa)\s+)?"
                      r"(?:(?:cheap|good|nice|small|little|quick|local|typical|simple|decent)\s+)?")
#: where the shopping is done ("hacer compras en un supermercado" -> "shopping at a supermarket")
_AT_A = re.compile(r"\s+(?:at|in|en|em|no|na|au|à la|al|dans|im|in der|på|i)\s+(?:(?:a|an|the|un|una|um|uma|une|le|la|el|o|"
                   r"einem|einer|dem|der)\s+)?")


#: shopping, then the shops it means ("ir de tiendas, sobre todo una perfumería", "shopping: a bookshop")
_SHOPS_SAID = re.compile(r"\s*(?:[:(–-]\s*|,?\s*(?:especially|above all|mainly|mostly|in particular|particularly|such as|"
                         r"e\.g\.|sobre todo|especialmente|principalmente|sobretot|surtout|notamment|en particulier|"
                         r"vor allem|besonders|insbesondere|soprattutto|in particolare|främst|särskilt|framför allt|"
                         r"erityisesti|varsinkin|vooral|zoals|met name)\s+)(?:a |an |the |some |uma? |una? |une |un )?")
#: a visit, then another word for it in brackets ("Spielzeuggeschäft (Modellbau)", "breakfast (or an early lunch)",
#: "il giardino zoologico (Jardin Animalier)")
_BRACKET = re.compile(r"(?:\s+[^\W\d_]+)?\s*\(\s*(?:(?:or|oder|ou|o|eller|tai|of)\s+(?:[^\W\d_]+\s+){0,2})?")


#: what one has with a coffee, at the same café
_SNACKS = {"bagel", "bagels", "donut", "donuts", "doughnut", "doughnuts", "cake", "croissant", "croissants", "pastry",
           "pastries", "muffin", "muffins", "cookie", "cookies", "cinnamon bun", "cinnamon roll", "pretzel", "scone",
           "cannoli", "pastel de nata", "pastéis de nata"}


#: "with" in the languages read, as the earlier stages leave it ("avec", "mit", "com")
_WITH = r"(?:with|com|con|avec|mit|med|met)"
#: an article after "with" or "and" in those languages
_AN = r"(?:a |an |some |um |uma |un |una |une )"
#: a coffee with something to eat, then what it is in brackets ("un café con algo dulce (donuts!)")
_SNACK_SAID = re.compile(r"\s+" + _WITH + r"\s+(?:[^\W\d_]+\s+){1,3}\(\s*")
#: a coffee and a snack, or a coffee with a pastry ("a coffee and a bagel", "un café avec une pâtisserie")
_SNACK_AND = re.compile(r"\s+(?:and|&|plus|" + _WITH + r")\s+(?:the |" + _AN + r")?")
_WITH_PASTRY = re.compile(r"\s+" + _WITH + r"\s+" + _AN + "?")


def _snack_with(mlow: str, y: Mention, x: Mention) -> bool:
    """Whether a coffee and a snack are said together ("a coffee and a bagel", "cake and coffee")."""
    def coffee(a: Mention) -> bool:
        return a.category == "cafe" and a.word not in _SNACKS

    gap = mlow[y.end:x.start]
    with_pastry = coffee(y) and x.category == "bakery" and _WITH_PASTRY.fullmatch(gap)  # "un café avec une pâtisserie"
    pair = (coffee(y) and x.word in _SNACKS) or (coffee(x) and y.word in _SNACKS) or with_pastry
    return pair and y.ref is None and not y.name and not x.name and bool(
        _SNACK_AND.fullmatch(gap) or _SNACK_SAID.fullmatch(gap))


def _in_brackets_after(mlow: str, y: Mention, x: Mention) -> bool:
    """Whether ``x`` is said in brackets right after the visit ``y``."""
    return y.ref is None and bool(_BRACKET.fullmatch(mlow[y.end:x.start])) and \
        re.match(r"[^()]{0,25}\)", mlow[x.end:]) is not None


def _merge(mlow: str, mentions: list[Mention]) -> list[Mention]:
    """One mention per category and clause ("lunch at an Italian restaurant"); one per meal."""
    merged: list[Mention] = []
    for x in sorted(mentions, key=lambda y: y.start):
        a, b = clause_of(mlow, x.start)
        prev = next((y for y in merged if y.category == x.category and y.tag == x.tag and (y.ref is None) == (x.ref is None)
                     and not _two_names(x, y) and "ruins" not in (x.word, y.word)
                     and ((clause_of(mlow, y.start) == (a, b) and x.start - y.end < 45)
                          or (" " in x.word and not x.name and mlow[y.end:x.start] == ", ")  # "the bank, get cash"
                          or re.fullmatch(r"\s*(and|&|with|or|plus)\s+(a |an |some )?(piece of |slice of )?",
                                          mlow[max(y.end, y.said_to):x.start]))), None)
        if prev is None and x.ref is None and merged and merged[-1].word == "shopping" and \
                x.category in ("shop", "supermarket", "market", "other") and (
                    _AT_A.fullmatch(mlow[merged[-1].end:x.start]) or _SHOPS_SAID.fullmatch(mlow[merged[-1].end:x.start])):
            merged[-1] = x  # "shopping at a supermarket", "shopping, above all a perfumery": one visit, there
            continue
        if prev is None and _dish_of_meal(mlow, merged, x):
            merged[-1] = x  # "a crab cake lunch", "a pretzel breakfast": the meal, with what is eaten at it
            continue
        if prev is None and _shopping_there(mlow, merged, x):
            continue  # "über den Viktualienmarkt bummeln", "im Supermarkt einkaufen": one visit, to the place
        if prev is None and _goods_at_named_shop(mlow, merged, x):
            merged[-1] = x  # "zapatillas de deporte en Dick's", "shoes at Macy's": one visit, to that shop
            continue
        if prev is None and _activity_there(mlow, merged, x):
            merged[-1] = x  # "schwimmen im Hallenbad", "climbing at the bouldering gym": one visit, to the place
            continue
        prev = prev or _said_with_last(mlow, merged, x) or _said_again(mlow, merged, x) or _kind_asked_before(mlow, merged, x)
        prev = prev or _named_in_sentence(mlow, merged, x) or _part_of_named(mlow, merged, x)
        if prev is not None:
            prev.also.append(x.start)
            prev.said_to = max(prev.said_to, x.end)
            prev.name, prev.kinds = prev.name or x.name, prev.kinds or x.kinds
            prev.cuisine = prev.cuisine or x.cuisine
            prev.duration = prev.duration or x.duration
            prev.count = max(prev.count, x.count)
            _had_with_it(mlow, merged)
            continue
        merged.append(x)
    return merged


#: words between two mentions of a kind that make them two visits ("a café, then Café Central", "another bar",
#: "a museum, a port tasting at Taylor's": a list of what is wanted)
_TWO_VISITS = re.compile(r"\b(?:then|before|after|afterwards|first|finally|later|next|followed|another|other|second|"
                         r"also|too|again|more|or|instead|elsewhere)\b|,\s*(?:and\s+)?(?:a|an|the|some)\s")


def _named_in_sentence(mlow: str, merged: list[Mention], x: Mention) -> Mention | None:
    """The visit said last when it is ``x``'s kind, said with no name earlier in ``x``'s sentence, and ``x`` names
    the place ("a park for Buddy to run, maybe Repslagarparken?", "go gym for one hour, I have a pass for Anytime
    Fitness"): the kind said, then the place that is it; not when a word between makes them two ("then",
    "another", a list)."""
    y = merged[-1] if merged else None
    if y is None or x.ref is not None or y.ref is not None or not x.name or y.name or x.count != 1 or y.count != 1:
        return None
    if (y.category, y.tag) != (x.category, x.tag) or y.start < sentence_bounds(mlow, x.start)[0]:
        return None
    return None if _TWO_VISITS.search(mlow[max(y.end, y.said_to):x.start]) else y


def _two_names(x: Mention, y: Mention) -> bool:
    """Whether ``x`` and ``y`` name two places ("Fatbursparken och Timmermansparken"), not one said with a part of its
    name ("im Stadtgasthaus zum Goldenen Hirschen", "zur Kosmetik bei Brigitte Eckert": the Kosmetik-Salon)."""
    if not (x.name and y.name) or x.name == y.name:
        return False
    a, b = x.name.casefold(), y.name.casefold()
    return a not in b and b not in a


#: "at" and "in" as the earlier stages leave them in the languages read ("no café", "dans une pâtisserie", "im Park")
_AT_WORDS = r"(?:at|in|en|em|no|na|à|au|dans|im|in der|på|nel|nella|bij)"
#: such a word said inside a visit merged with where it is had ("cake in a Konditorei")
_AT_WORD = re.compile(r"\s" + _AT_WORDS + r"\s")


def _had_with_it(mlow: str, merged: list[Mention]) -> None:
    """Food or drink said with the next one, which a place then names, is had at that place: "un café et une
    pâtisserie au Café Majestic", "a beer and a snack at the Old Tavern" (one visit, there)."""
    if len(merged) < 2:
        return
    z, y = merged[-2], merged[-1]
    joined = re.fullmatch(r"\s+(?:and|&|with|plus)\s+(?:a |an |some |the )?", mlow[max(z.end, z.said_to):y.start])
    sweets = {z.category, y.category} <= {"cafe", "ice_cream", "bakery"}  # "Eis und Kuchen in einer Konditorei"
    placed = y.name or (sweets and _AT_WORD.search(mlow, y.end, max(y.end, y.said_to)))
    if joined and placed and not z.name and z.ref is None and y.ref is None and z.category in _EATS and \
            y.category in _EATS:
        y.also = [z.start, *z.also, *y.also]
        y.word = z.word if z.word in _MEALS and y.word not in _MEALS else y.word  # the meal's window applies
        merged.pop(-2)


def _dish_of_meal(mlow: str, merged: list[Mention], x: Mention) -> bool:
    """Whether the visit said last is a snack word right before the meal ``x`` that it is eaten at:
    "a crab cake lunch", "a quick croissant breakfast"."""
    y = merged[-1] if merged else None
    return y is not None and x.word in _MEALS and y.word in _SNACKS and y.ref is None and not y.name and \
        not mlow[y.end:x.start].strip()


def _goods_at_named_shop(mlow: str, merged: list[Mention], x: Mention) -> bool:
    """Whether the visit said last is goods of no shop named, bought at the shop ``x`` names right after it."""
    y = merged[-1] if merged else None
    return y is not None and x.name is not None and y.name is None and y.ref is None and x.ref is None and \
        y.category == "shop" and y.tag is None and (x.category == "shop" or (x.tag or "").startswith("shop=")) and \
        re.fullmatch(r"(?:\s+(?!and\b|then\b|or\b)[^\W\d_]+){0,3}?\s+(?:at|from|in)\s+(?:the\s+)?",
                     mlow[y.end:x.start]) is not None


def _shopping_there(mlow: str, merged: list[Mention], x: Mention) -> bool:
    """Whether ``x`` is shopping said right after the shop or market it is done at, as languages that put the
    verb last say it ("den Markt bummeln" rewritten "the market shopping", "de winkel shoppen")."""
    y = merged[-1] if merged else None
    return x.word == "shopping" and x.ref is None and y is not None and y.ref is None and \
        y.category in ("shop", "supermarket", "market") and not mlow[y.end:x.start].strip()


#: a part of a building said before the building's name, with the word of "of" between
_PART_OF = re.compile(r"(?:" + BUILDING_PARTS + r")\s+(?:of|from|de|du|des|da|do|dos|del|di)"
                      r"\s+(?:the\s+|la\s+|le\s+|l'|el\s+|o\s+|a\s+)?$")


def _part_of_named(mlow: str, merged: list[Mention], x: Mention) -> Mention | None:
    """The visit said last when it is a part of the place ``x`` names ("den Turm vom Alten Peter"): one visit."""
    y = merged[-1] if merged else None
    if y is None or y.ref is not None or x.ref is not None or not x.name or x.start - y.start > 40:
        return None
    return y if _PART_OF.fullmatch(mlow, y.start, x.start) else None


def _activity_there(mlow: str, merged: list[Mention], x: Mention) -> bool:
    """Whether the visit said last is an activity of a kind outside the categories ("schwimmen" rewritten
    "swimming") said right before the place ``x`` where it is done, with "in" or "at" between."""
    y = merged[-1] if merged else None
    return y is not None and x.ref is None and y.ref is None and y.tag is not None and not y.name and \
        x.tag is not None and re.fullmatch(r"\s+(?:in|at)\s+(?:the\s+|a\s+|an\s+)?", mlow[y.end:x.start]) is not None


#: a place said to be enough for a meal, in the languages read ("a kebab will do", "ein Würstelstand reicht",
#: "wystarczy kebab", "une crêperie suffit", "basta una pizzeria", "ett gatukök räcker")
_WILL_DO = (r"(?:will do|would do|is fine|is enough|reicht|genügt|tut's auch|suffit|suffira|fera l'affaire|basta|"
            r"bastará|sirve|servirá|serve|chega|va bene|räcker|duger|er nok|rækker|holder|wystarczy|wystarczą|stačí|"
            r"staci|postačí|is genoeg|volstaat|riittää|kelpaa|n'hi ha prou)")
_WILL_DO_AFTER = re.compile(r"\s+" + _WILL_DO + r"\b")
_WILL_DO_BEFORE = re.compile(r"\b" + _WILL_DO + r"\s+(?:(?:a|an|ein|eine|un|une|una|um|uma|en|ett|een)\s+)?$")


def _meal_then_eatery(y: Mention, x: Mention) -> bool:
    """Whether ``y`` is a meal or a place one eats at and ``x``, said after it, a place one eats at, neither a
    reference to a visit said elsewhere."""
    return y.ref is None and x.ref is None and (y.word in _MEALS or y.category in _EATS) and x.category in _EATS


def _will_do(mlow: str, y: Mention, x: Mention) -> bool:
    """Whether the place ``x`` is said to be enough for the meal ``y`` just before it in the sentence."""
    if not _meal_then_eatery(y, x):
        return False
    gap = mlow[max(y.end, y.said_to):x.start]
    said = _WILL_DO_AFTER.match(mlow, x.end) or _WILL_DO_BEFORE.search(mlow[max(0, x.start - 25):x.start])
    return bool(said) and len(gap) <= 60 and not re.search(r"[.;!?]|\b(?:then|first|finally|after|and)\b", gap)


def _place_after_dash(mlow: str, y: Mention, x: Mention) -> bool:
    """Whether ``x``, a place one eats or drinks at, follows the meal or snack ``y`` after a dash, a colon or a comma
    and is offered with another ("something sweet – a bakery or a café", "lunch, pizza or kebab"), or is named
    after a dash ("a feed – Pizza Madre ideally"): where ``y`` is had."""
    gap = mlow[max(y.end, y.said_to):x.start]
    if not _meal_then_eatery(y, x):
        return False
    if x.name and re.fullmatch(r"\s*[–—:]\s*", gap):
        return True  # "a feed at some point – Pizza Madre ideally": the place named is where the meal is had
    dish = _DISH_OR.fullmatch(gap)  # "lunch, pizza or kebab"
    if dish is not None and dish.group(1) in CUISINES:
        return True
    return bool(_OR_JOIN.match(mlow, x.end)) and _AFTER_MARK.fullmatch(gap) is not None


#: a dish said after a meal and a mark, then "or": the meal, what it may be ("lunch, pizza or ...")
_DISH_OR = re.compile(r"\s*[–—:,-]\s*([^\W\d_]+)" + _OR_JOIN.pattern)
#: a mark after a meal, and an article ("something sweet – a bakery or a café")
_AFTER_MARK = re.compile(r"\s*[–—:,-]\s*(?:(?:a|an|some|ett|en|ein|eine|un|une|um|uma|una)\s+)?")


def _said_with_last(mlow: str, merged: list[Mention], x: Mention) -> Mention | None:
    """The visit just before ``x`` when ``x`` only says more of it: where it happens ("lunch at Vaccaro's"),
    an alternative ("a DIY store or a hardware store"), a snack with a coffee, another word in brackets."""
    if x.ref is not None or not merged:
        return None
    prev = _meal_place(mlow, merged, x) or _named_place_of(mlow, merged, x)
    y = merged[-1]
    if prev is None and y.ref is None and _OR_JOIN.fullmatch(mlow[max(y.end, y.said_to):x.start]):
        prev = y  # "a DIY store or a hardware store", "a bun at a bakery or café": one visit, to the first kind named
    if prev is None and _snack_with(mlow, y, x):
        prev, y.category, y.tag = y, "cafe", None  # "a coffee and a bagel", "Kaffee und Kuchen": one stop at the café
    if prev is None and (_quick_meal(mlow, y, x) or _dish_with_meal(mlow, y, x)):
        prev = y  # "lunch, something quick", "lunch with crab cakes", "breakfast bagels": one meal
    if prev is None and _place_after_dash(mlow, y, x):
        prev = y  # "fika – bageri eller kafé, spelar ingen roll": where the coffee is had, either place
    if prev is None and _dish_offered(mlow, y, x):
        prev = y  # "grab a feed, thai maybe", "pranzo veloce, anche un kebab va bene": what the meal may be
    if prev is None and _will_do(mlow, y, x):
        prev, y.category, y.tag = y, x.category, x.tag  # "was Kleines essen, ein Würstelstand reicht": there
    if prev is None and _sport_at(mlow, y, x):
        prev, y.category, y.tag = y, x.category, x.tag  # "corrida no parque", "a swim at the beach": that place
    if prev is None and _shopping_mostly(mlow, y, x):
        prev = y  # "fare shopping, vestiti soprattutto": what the shopping is mostly for
    if prev is None and _example_named(mlow, y, x):
        prev, y.name = y, x.name or y.name  # "un point de vue, genre la tour Sankt Peter": that viewpoint, the one named
    if prev is None and _had_there(mlow, y, x):
        prev = y  # "the Marrickville Bowling Club and have a beer there": had at that visit
    if prev is None and _kind_then_its_name(mlow, y, x):
        prev = y  # "een bank, Metro Bank of PNC": the bank, the one named
    if prev is None and _examples_listed(mlow, y, x):
        prev, x.name = y, None  # "as many breweries as you can - Batch, Sauce, Stockade": any of them
    if prev is None and (_meal_somewhere(mlow, y, x) or _sight_named(mlow, y, x)):
        prev = y  # "dinner to finish, somewhere with Finnish food", "a sight, the Shot Tower maybe?"
    if prev is None and _or_else_kind(mlow, y, x):
        prev, y.category, y.tag = y, x.category, x.tag  # "il Palácio da Bolsa o comunque un monumento": a sight
    if prev is None and _food_at_kind(mlow, y, x):
        prev, y.category, y.tag = y, x.category, x.tag  # "comer algo típico en una cervecería": at the beer hall
    if prev is None and _in_brackets_after(mlow, y, x):
        prev = y  # "il giardino zoologico (Jardin Animalier)": the name the map knows tells the kind
        if y.tag and x.tag != y.tag:
            x.name = None  # "second hand-butiken (Humana)": the kind said, not another place of that name
        elif x.name and not y.name:
            y.category, y.tag, y.kinds = x.category, x.tag, x.kinds
    return prev


def _plain(y: Mention, x: Mention) -> bool:
    """Whether neither ``y`` nor ``x`` names a place or refers to a visit said elsewhere."""
    return y.ref is None and x.ref is None and not y.name and not x.name


#: what may stand between a meal and a quick bite said of it: a word of it and a mark ("dinner early, a quick bite",
#: "a quick bite for lunch"), no word of order
_QUICK_GAP = re.compile(r"\s*(?:(?!then\b|and\b|or\b|after\b|before\b)[^\W\d_]+\s*)?[,:–—-]?\s*"
                        r"(?:(?:a|an|at|for|to|some)\s+)?")


def _quick_meal(mlow: str, y: Mention, x: Mention) -> bool:
    """Whether a meal and a quick bite are said together, one of the other ("lunch, something quick",
    "cenar temprano, algo rápido", "qualcosa di veloce a pranzo"): one meal."""
    pair = {y.word.removeprefix("a "), x.word.removeprefix("a ")}
    return _plain(y, x) and len(pair & set(_MEALS)) == 1 and "quick bite" in pair and \
        _QUICK_GAP.fullmatch(mlow[max(y.end, y.said_to):x.start]) is not None


def _dish_with_meal(mlow: str, y: Mention, x: Mention) -> bool:
    """Whether the snack or dish ``x`` is what the meal ``y`` said right before it is had with ("lunch with crab
    cakes", "oběd s krabími koláčky", "desayunar bagels"): one meal."""
    dish = x.word in _SNACKS or (x.category == "fast_food" and x.word != "quick bite")
    gap = mlow[max(y.end, y.said_to):x.start]
    return _plain(y, x) and y.word in _MEALS and dish and \
        re.fullmatch(r"\s+(?:(?:" + _WITH + r"|s|z)\s+(?:(?:a|an|some)\s+)?(?:[^\W\d_]+\s+)?)?", gap) is not None


#: the places a sport is named for, which it can be done outdoors at too ("a run", "a swim")
_SPORT_TAGS = ("leisure=track", "leisure=swimming_pool", "leisure=fitness_centre")
#: "at", "in" and "on" after the translation of the languages read ("no parque", "au parc", "im Park")
_AT_KIND = re.compile(r"\s+(?:at|in|on|em|no|na|au|im|am|auf)\s+(?:(?:the|a|an|o|le|la|der|dem|den)\s+)?")


def _sport_at(mlow: str, y: Mention, x: Mention) -> bool:
    """Whether the sport ``y`` is said with the outdoor place ``x`` it is done at ("a run in the park", "corrida no
    parque", "a swim at the beach"): one visit, to that place."""
    if y.tag not in _SPORT_TAGS or y.ref is not None or y.name or x.ref is not None or x.name:
        return False
    outdoor = x.category in ("park", "playground") or (x.tag or "").startswith(("natural=", "leisure="))
    return outdoor and x.tag not in _SPORT_TAGS and bool(_AT_KIND.fullmatch(mlow[max(y.end, y.said_to):x.start]))


#: "mostly", "above all" in the languages read ("clothes mostly", "vestiti soprattutto", "vor allem Schuhe")
_MOSTLY = (r"(?:mostly|mainly|above all|especially|soprattutto|principalmente|surtout|vor allem|hauptsächlich|"
           r"sobre todo|sobretudo|sobretot|främst|mest|lähinnä|vooral)")


def _shopping_mostly(mlow: str, y: Mention, x: Mention) -> bool:
    """Whether ``x``, a shop said after a comma with a word of "mostly", is what the shopping ``y`` just said is
    for ("shopping, clothes mostly", "fare shopping, vestiti soprattutto", "shopping, vor allem Schuhe")."""
    if y.word != "shopping" or y.ref is not None or x.ref is not None or x.name:
        return False
    if x.category != "shop" and not (x.tag or "").startswith("shop="):
        return False
    gap = mlow[max(y.end, y.said_to):x.start]
    return bool(re.fullmatch(rf"\s*,\s*(?:{_MOSTLY}\s+)?", gap) and
                (re.fullmatch(rf"\s*,\s*{_MOSTLY}\s+", gap) or re.match(rf"\s+{_MOSTLY}\b", mlow[x.end:])))


#: a word that offers what it is said with as a choice ("thai maybe", "anche un kebab va bene", "vielleicht Sushi")
_OFFER = r"(?:maybe|perhaps|also|even|anche|magari|vielleicht|peut-être|quizás|quizá|tal vez|talvez|kanske|ehkä|misschien)"
_OFFERED_AFTER = re.compile(rf"\s*(?:{_OFFER}|va bene|is fine|will do|works|passt|geht auch|ça ira|vale|serve|"
                            r"funkar|käy|or whatever|or something|or so|ou quoi|o lo que sea|o algo|ou algo|o qualcosa|"
                            r"eller nåt|eller något|tai jotain|of zo)\b")


def _dish_offered(mlow: str, y: Mention, x: Mention) -> bool:
    """Whether ``x``, food said after a comma with a word of choice, is what the meal ``y`` just said may be
    ("grab a feed, thai maybe", "lunch, perhaps a kebab", "a quick bite, kebab or whatever"): one meal, not two."""
    meal = y.word in _MEALS or (y.category in ("restaurant", "fast_food") and not y.tag)
    if y.ref is not None or y.name or x.name or not meal or x.category not in ("restaurant", "fast_food"):
        return False
    gap = re.sub(r"^\s+[^\W\d_]+(?=\s*,)", "", mlow[max(y.end, y.said_to):x.start])  # "pranzo veloce, ..."
    if re.fullmatch(rf"\s*,\s*{_OFFER}\s+(?:a |an |some )?", gap):
        return True
    return bool(re.fullmatch(r"\s*,\s*(?:a |an |some )?", gap) and _OFFERED_AFTER.match(mlow, x.end))


#: a meal, a word or two, then "somewhere" and what it serves ("lunch to finish, somewhere Greek", "dinner,
#: somewhere with Finnish food", "Mittagessen, irgendwo mit", "déjeuner, quelque part avec")
_SOMEWHERE_SERVING = re.compile(r"(?:\s+[^\W\d_]+){0,2}\s*,\s*(?:somewhere|some place|a place|anywhere|irgendwo|"
                                r"quelque part|da qualche parte|någonstans|ergens|en algún sitio|em algum lugar|"
                                r"jossain)(?:\s+(?:with|that does|serving|mit|avec|con|com|med|met))?"
                                r"(?:\s+(?:good|nice|proper|real|some))?\s+")


def _meal_somewhere(mlow: str, y: Mention, x: Mention) -> bool:
    """Whether ``x``, food said after "somewhere", is what the meal ``y`` just said is to be: "dinner to finish,
    somewhere with Finnish food", "lunch, somewhere Greek if there's one": one meal, not two."""
    meal = y.word in _MEALS or (y.category == "restaurant" and not y.tag)
    return meal and y.ref is None and not y.name and not x.name and x.category in ("restaurant", "fast_food") and \
        bool(_SOMEWHERE_SERVING.fullmatch(mlow[max(y.end, y.said_to):x.start]))


#: "or anyway", "or at least", "or else" and an article ("o comunque un", "ou du moins un", "oder wenigstens ein")
_OR_ELSE = re.compile(r"\s*,?\s*(?:or|o|ou|oder|eller|tai|of)\s+(?:anyway|otherwise|else|at least|failing that|"
                      r"comunque|altrimenti|almeno|sinon|du moins|au moins|sonst|zumindest|wenigstens|senão|"
                      r"pelo menos|si no|al menos|annars|åtminstone|muuten|ainakin|anders|tenminste)\s+"
                      r"(?:(?:a|an|some|un|une|una|uno|um|uma|ein|eine|einen|en|ett|een)\s+)?")


def _or_else_kind(mlow: str, y: Mention, x: Mention) -> bool:
    """Whether ``x`` is a kind offered instead of the named place ``y`` just before it: "prima il Palácio da Bolsa
    o comunque un monumento", "the Nobel Museum or at least a museum" (one visit, of that kind)."""
    return bool(y.name) and not x.name and y.ref is None and x.ref is None and \
        bool(_OR_ELSE.fullmatch(mlow[max(y.end, y.said_to):x.start]))


#: "at" or "in" and an article, after the translation of the languages read ("en a", "dans une", "in einer")
_AT_THE = _AT_WORDS + r"\s+(?:(?:a|an|the|un|una|um|uma|une|ein|einem|einer|en|ett|some)\s+)?"
#: food or drink, a few words, then "at" or "in" and an article, after the translation of the languages read ("local
#: food en a pub", "cuisine locale dans une brasserie", "a coffee with a slice of cake in a pastry shop", "a beer in a
#: pub"); no word that makes two visits between
_HAD_AT = re.compile(r"(?:\s+(?!and\b|then\b|or\b|before\b|after\b|first\b|later\b)[^\W\d_]+){0,5}\s+" + _AT_THE)


def _food_at_kind(mlow: str, y: Mention, x: Mention) -> bool:
    """Whether ``x``, a place to eat or drink, is where the food or drink ``y`` said just before is had: "comer algo
    típico en una cervecería", "local food at a pub", "un caffè con una fetta di torta in una pasticceria" (one
    visit, there)."""
    if y.category not in _EATS or y.ref is not None or y.name or x.category not in _EATS or x.name or \
            x.ref is not None:
        return False
    at = max(y.end, y.said_to)
    return _HAD_AT.fullmatch(mlow, at, x.start) is not None or _AND_HAD_AT.fullmatch(mlow, at, x.start) is not None


#: a piece of food said after a drink, then where both are had ("coffee and a slice of pie at a diner")
_AND_HAD_AT = re.compile(r"\s+(?:and|&|with|plus)\s+(?:a |an |some )?(?:slice|piece|bit|bowl|plate|portion)\s+of\s+"
                         r"(?:[^\W\d_]+\s+){1,3}" + _AT_THE)


#: the words that name an example, in the languages read ("like", "for example", "par exemple", "tipo", "zum Beispiel")
_FOR_EXAMPLE = (r"tipo|like|say|e\.g\.|for example|par exemple|comme|por ejemplo|como|zum beispiel|ad esempio|come|"
                r"till exempel|bijvoorbeeld")
#: a place named as an example of the kind said just before ("a viewpoint, like the tower of St. Peter",
#: "un point de vue, genre la tour Sankt Peter", "ein Aussichtspunkt, zum Beispiel der Alte Peter")
_EXAMPLE = re.compile(r"\s*[,(:–-]?\s*(?:" + _FOR_EXAMPLE + r"|such as|for instance|genre|style|type|"
                      r"to the beispiel|z\.b\.|z\. b\.|etwa|per esempio|per exemple|t\.ex\.|typ|esimerkiksi|esim\.|"
                      r"zoals|bv\.)\s+"
                      r"(?:(?:the|il|lo|la|le|l'|el|o|a|der|die|das|den|dem|het|de)\s*)?(?:[^\W\d_]+\s+(?:of\s+)?)?")


def _examples_listed(mlow: str, y: Mention, x: Mention) -> bool:
    """Whether ``x``, a place the map knows of the kind of ``y``, is one of the places that may do for ``y``: named
    in its sentence after "as many as possible" of it ("so viele Bars wie du verträgst, Hemingway, Vaticano"), or
    right after it with a comma ("a supermarket, Weis or Giant, doesn't matter"); a kind word that ends the name
    ("een bank, Metro Bank of PNC") is :func:`_kind_then_its_name`'s."""
    if not x.name or (y.name and not y.also) or y.ref is not None or y.category not in (x.kinds or (x.category,)) \
            or (y.tag or x.tag) and y.tag != x.tag:
        return False  # a name already taken from an example said with it ("so viele Bars, wie ..., Hemingway,")
    gap = mlow[max(y.end, y.said_to):x.start]
    if re.fullmatch(r"\s*[,:(–—-]\s*", gap):
        return True
    s0 = sentence_bounds(mlow, x.start)[0]
    return len(gap) <= 80 and s0 <= y.start and not THEN_RE.search(gap) and as_many_said(mlow, s0, x.start)


def _had_there(mlow: str, y: Mention, x: Mention) -> bool:
    """Whether the food or drink ``x`` is had "there", at the visit ``y`` said just before it in its sentence ("see
    the bowling club and have a beer there", "Vanha kauppahalli – siellä syödään lohikeittoa")."""
    if x.category not in _EATS or x.name or x.ref is not None or y.ref is not None:
        return False
    gap = mlow[max(y.end, y.said_to):x.start]
    if THEN_RE.search(gap) or re.search(r"[.;!?]", gap) or len(gap.split()) > 6 or _NEAR_THERE.search(gap) or \
            _NEAR_THERE.match(mlow, x.end):
        return False  # "und dort in der Nähe essen": somewhere near it, a visit of its own
    return bool(_THERE_AFTER_MEAL.match(mlow, x.end) or _THERE_WORD.search(gap))


_THERE_WORD = re.compile(r"\b(?:" + THERE_WORDS + r")\b")
#: near a place, not at it, in the languages read ("near there", "dort in der Nähe", "là à côté", "ahí cerca")
_NEAR_THERE = re.compile(r"\s*\b(?:near|nearby|close by|around|in der nähe|nähe|à côté|près|cerca|perto|vicino|"
                         r"i närheten|lähellä|in de buurt)\b")


def _kind_then_its_name(mlow: str, y: Mention, x: Mention) -> bool:
    """Whether ``x`` is the kind word that ends the name of the place meant for ``y``, the same kind said just
    before with a comma ("een bank, Metro Bank of PNC", "a pharmacy, Rite Aid Pharmacy"): one visit."""
    if y.name or x.name or y.ref is not None or x.ref is not None or (y.category, y.tag) != (x.category, x.tag):
        return False
    m = re.fullmatch(r"\s*[,:(–—-]\s*((?:[^\W\d_][\w'’-]*\s+){1,2})", mlow[max(y.end, y.said_to):x.start])
    return bool(m) and not any(w in STOPWORDS_EN or w in ALL_FUNCTION_WORDS for w in m.group(1).split())


#: what is said of a place named as the one meant for a kind asked for before it ("a bank before lunch, Chase is
#: right there", "una farmacia, la Central está al lado")
_RIGHT_THERE = re.compile(r"\s+(?:is|'s|ist|est|c'est|es|está|é|fica|è|sta|är|ligger|on)\s+(?:right |just |also )?"
                          r"(?:here|nearby|close by|around the corner|on the way|next door|next to it|gleich da|da|"
                          r"juste à côté|à côté|al lado|ao lado|aí|vicino|bredvid|vieressä|daar|ernaast|"
                          + THERE_WORDS + r")\b")


def _kind_asked_before(mlow: str, merged: list[Mention], x: Mention) -> Mention | None:
    """The place of its kind asked for earlier in the sentence that ``x``, a place the map knows said with where it
    is, names: "stop at a bank before lunch, Chase is right there" (one visit, to Chase)."""
    if not x.name or x.ref is not None or not _RIGHT_THERE.match(mlow, x.end):
        return None
    s0 = sentence_bounds(mlow, x.start)[0]
    for y in reversed(merged):
        if y.start < s0:
            return None
        if not y.name and y.ref is None and y.tag == x.tag and y.category in (x.kinds or (x.category,)) and \
                not THEN_RE.search(mlow[y.end:x.start]):
            y.name, y.kinds = x.name, x.kinds
            return y
    return None


def _example_named(mlow: str, y: Mention, x: Mention) -> bool:
    """Whether ``x``, a place the map knows or one of the same kind, is named as an example of the kind ``y``
    asked for just before."""
    return bool(x.name or (x.category, x.tag) == (y.category, y.tag)) and not y.name and y.ref is None and not y.tag and \
        bool(_EXAMPLE.fullmatch(mlow[max(y.end, y.said_to):x.start]))


def _sight_named(mlow: str, y: Mention, x: Mention) -> bool:
    """Whether ``x`` is a place the map knows, said as what the sight asked for just before may be: "a quick
    visit to a sight, the Shot Tower maybe?", "une curiosité, genre la tour X" (one visit, a sight)."""
    if y.category != "sight" or y.tag or y.name or y.ref is not None or not x.name:
        return False
    if x.category != "sight" and "sight" not in (x.kinds or ()):
        return False  # "pomnik katyński, Jewish Museum of Maryland": a museum after the monument, a visit of its own
    gap = mlow[max(y.end, y.said_to):x.start]
    return bool(_NAME_MEANT.fullmatch(gap) or _NAME_BESIDE.fullmatch(gap))


def _said_again(mlow: str, merged: list[Mention], x: Mention) -> Mention | None:
    """A visit said before that ``x`` names again: the same meal ("lunch ... just one lunch"), a bare kind word
    with "first" ("a museum and a park? ... museum first", "... First museum."), the kind with "the" and "last"
    ("... das Kino als Letztes")."""
    if x.ref is not None:
        return None
    same = next((y for y in merged if y.word == x.word and y.ref is None), None) if x.word in _MEALS else None
    if same is not None:
        return same
    before = mlow[max(0, x.start - 10):x.start]
    if (_FIRST_AFTER.match(mlow, x.end) and not _ARTICLE_BEFORE.search(before)) or _FIRST_BEFORE.search(before) \
            or (_THE_LAST.match(mlow, x.end) and re.search(r"(?:\bthe\s+|^|[.!?;:]\s+)$", before)):
        return next((y for y in merged if y.category == x.category and y.tag == x.tag and y.ref is None), None)
    return None


#: a visit, then where it happens ("lunch at Vaccaro's", "a movie at the Regal", "fika på Vete-Katten", "lunch
#: först i Saluhallen", "Frühstück auf dem Markt", "lunch op de markt", "Mittagessen bei Attman's", "chez Flunch")
_AT_NAME = re.compile(r"\s+(?:first\s+)?(?:at|in|on|from|på|i|im|am|beim|bei|bei der|chez|hos|da|auf|au|à la|al|del|"
                      r"no|na|em|en|nel|alla|bij|in de|op)\s+(?:(?:the|der|dem|le|la|el|o|a|il|het|de)\s+)?")
#: a visit, then the place it is of ("the viewpoint of Fort Antoine", "le point de vue du fort Antoine")
_OF_NAME = re.compile(r"\s+(?:of|du|de|des|del|della|di|do|da|von|vom|van)\s+(?:(?:the|la|le|l'|el|o|a|der|dem|het)\s*)?")
#: a visit, then the place named in brackets or after a comma ("Supermarkt (Giant)", "banco (Chase)", "al cinema,
#: al Cinemaplexx")
_NAME_BESIDE = re.compile(r"\s*[(,]\s*(?:(?:at|to|al|alla|au|à|in|no|na)\s+(?:the\s+)?)?")
#: a visit, then the place of its kind that the writer means, later in its sentence ("one more church to pray
#: before I leave, the Capela das Almas", "a diner first, the Capitol Diner", "un jardin, tipo il Jardin ...")
_NAME_MEANT = re.compile(r"[^.!?;:()]{0,40},\s*(?:(?:" + _FOR_EXAMPLE + r"|ideally|preferably|maybe|perhaps|wie)\s+)?"
                         r"(?:(?:the|il|lo|la|le|l'|el|o|a|der|die|das|den|het)\s*)?")


def _named_place_of(mlow: str, merged: list[Mention], x: Mention) -> Mention | None:
    """The visit a place the map knows by name, or a market, is where it happens ("lunch at Gamla
    saluhallen", "lunch at the market"): one visit there, of the visit's kind when the place is of
    it, else the place's kind (a meal at a market is at the market); a kind said of a shopping centre ("the
    cinema of the mall") stays that kind."""
    y = merged[-1] if merged else None
    kinds = x.kinds or (("market",) if x.category == "market" and y is not None and y.word in _MEALS else ())
    if not kinds or y is None or y.ref is not None or y.name:
        return None
    had = y.word in _HAD_THERE or y.word in _SNACKS  # had there, not a place: "drinks and jazz at"
    gap = _past_food_word(mlow[y.end:x.start]) if had else mlow[y.end:x.start]
    same_kind = (y.category, y.tag) in {(k, None) for k in kinds} | {(x.category, x.tag)}
    if not (_AT_NAME.fullmatch(gap) or _OF_NAME.fullmatch(gap)) and \
            not ((_NAME_BESIDE.fullmatch(gap) or _NAME_MEANT.fullmatch(gap)) and same_kind):
        return None
    if kinds == ("shop",) and y.category != "shop" and y.word not in _MEALS and _OF_NAME.fullmatch(gap):
        return y  # "al cinema de l'Illa Carlemany", a mall: a cinema, the one of the shopping centre named
    if y.category not in kinds:
        if y.count > 1:
            return y  # "dois alfarrabistas na Baixa" (a restaurant is called so): where the two are, no visit to it
        eats = [k for k in kinds if k in _EATS or k == "market"] if y.category in _EATS else []
        y.category, y.tag = (eats[0], None) if eats else (x.category, x.tag)
    y.name, y.kinds = x.name, kinds
    return y


#: what one goes to the end place for, in its clause ("be in Escaldes by 7 for dinner with friends")
#: "because we have", in the languages read that say it before what one has ("cause we have dinner
#: reservations there", "porque tenemos cena allí", "perché abbiamo la cena", "eftersom vi har middag där")
_BECAUSE_HAVE = (r"\b(?:because|cause|'cause|since|as|porque|perché|perchè|perquè|eftersom|car)\s+(?:we|i|on|nous|"
                 r"vi|jag)?\s*(?:have|'ve got|got|have got|tenemos|tengo|temos|tenho|abbiamo|ho|tenim|tinc|har|a|"
                 r"avons|ai)\s+(?:(?:a|an|the|some|my|our|la|il|una|un|uma|um|une|en|ett)\s+)?")
_FOR_END = re.compile(r"^[^,;:()]*(?:" + _FOR + "|" + _BECAUSE_HAVE + r")(?:[^\W\d_]+(?:'s|')?\s+)?$")


#: back where the trip ends, said with a word for the place ("back at the hotel", "back to the station")
_BACK_TO = re.compile(r"\bback (?:at|to|in) (?:the |my |our )?[^\W\d_]+")


def _end_reason(p: Prompt, x: Mention, _before_x: list[Mention], _start: str) -> str | None:
    """What the trip ends at its end place for is no visit of its own: "have to be in Escaldes by 7 for
    dinner with friends", "back at the hotel by 5:45 for a client dinner"; a meal with someone there at the time the
    trip ends ("then lunch with Lisa at the station at 12", where the end is read from that deadline)."""
    end = p.places[1] if len(p.places) > 1 else None
    if x.ref is not None or x.name is not None:
        return None
    at_deadline = p.places[2] if len(p.places) > 2 else None  # the end said where the deadline is
    there = end or at_deadline
    if there and x.word in _MEALS and _THERE_AFTER_MEAL.match(p.low, x.end) and p.low.rfind(there.lower(), 0, x.start) >= 0:
        return f"is what the trip ends at {there} for"  # "On finit à Larvotto à 19h, on dîne là-bas avec papa"
    if not end:
        return f"is what the trip ends at {at_deadline} for" if at_deadline and _meal_at_end(p, x, at_deadline) else None
    a, _ = sentence_bounds(p.low, x.start)
    i = p.low.rfind(end.lower(), a, x.start)
    said = i + len(end) if i >= 0 and end != p.places[0] else -1  # the start's name is where one begins
    back = [m.end() for m in _BACK_TO.finditer(p.low, a, x.start)]  # "back at the hotel by 5:45 for a dinner"
    said = max([said, *back])
    if said >= 0 and _FOR_END.search(p.mlow[said:x.start]) or _meal_at_end(p, x, end):
        return f"is what the trip ends at {end} for"
    return None


#: "there" right after a meal, in the languages read ("on dîne là-bas", "cenamos allí", "wir essen dort")
_THERE_AFTER_MEAL = re.compile(r"\s+(?:là-bas|allá|ali|alli|daar|" + THERE_WORDS + r")\b"
                               # "almoçar ali pelos Clérigos": around a place said next, not there
                               r"(?!\s+(?:pelos|pelas|pelo|pela|perto|junto|por|near|by|around|vers|près|bei|nahe)\b)")
#: with someone (one or two words), then where: "with Lisa at the", "med Anna vid", "mit Oma am"
_WITH_SOMEONE_AT = re.compile(r"\s+(?:with|med|mit|avec|con|com|met|kanssa)\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s+(?:at|in|vid|"
                              r"på|bei|am|im|à|au|en|em|no|na|al|bij|op)\s+(?:the\s+)?")


def _meal_at_end(p: Prompt, x: Mention, end: str) -> bool:
    """Whether the meal ``x`` is had with someone where the trip ends, named right after them, then the clock time
    that closes the sentence: "then lunch with Lisa at the station at 12.", "dann Mittagessen mit Oma am Rathaus 12:30"."""
    if x.word not in _MEALS:
        return False
    _, s1 = sentence_bounds(p.low, x.start)
    i = p.low.find(end.lower(), x.end, s1)
    at_time = re.fullmatch(r"\s*(?:at\s+|um\s+|kl\.?\s+)?\d{1,2}(?:[:.]\d\d)?\W*", p.low[i + len(end):s1 + 1])
    return i >= 0 and bool(_WITH_SOMEONE_AT.fullmatch(p.low, x.end, i)) and at_time is not None


#: a meal that names a time of day, not a visit: "lunch break", "pause déjeuner", "errands on my lunch"
_MEAL_AS_TIME = re.compile(r"(?:\b(?:pause|pausa|break|descanso|intervalo|rast|paus|tauko)\s+(?:(?:de|du|di|do|da|del|"
                           r"for)\s+)?|\b(?:errands|ärenden|besorgungen|erledigungen|recados|courses|commissioni|"
                           r"encàrrecs|asioita|boodschappen)\s+(?:at|on|in|during|på|während|durante|pendant|tijdens)\s+"
                           r"(?:the\s+|my\s+|our\s+)?)$")
#: "got an hour for lunch from 12:30": the time one has is the lunch break (read in the text with its durations)
_TIME_FOR_MEAL = re.compile(TIME_FOR_A_MEAL + "$")
_MEAL_BREAK = re.compile(r"\s*(?:break|hour|pause|rast|paus|tauko)\b")
#: a purpose said after a visit, with one word between ("Home Depot for a new garden hose")
_PURPOSE_AFTER = re.compile(_FOR + r"(?:[^\W\d_]+\s+)?$")
#: a meal bought to take away ("pra ele comprar o jantar", "buy dinner at the supermarket")
_BOUGHT = re.compile(r"\b(?:buy|buying|comprar|compra|acheter|kaufen|köpa|ostaa|kopen|comprare)\s+(?:[^\W\d_]+\s+)?$")
#: a shop a meal is bought at, said in its sentence ("buy dinner at the supermarket"); with none, it is bought
#: where food is sold to take away ("comprar algo rápido para cenar")
_SHOP_SAID = re.compile(r"\b(?:supermarkets?|grocer\w*|shops?|stores?|market|bakery|deli|butcher|kiosk)\b")
#: goods bought for a meal ("buy some things for dinner", "comprar cosas para la cena", "acheter de quoi pour le dîner")
_BOUGHT_FOR = re.compile(r"\b(?:buy|buying|comprar|compra|acheter|kaufen|köpa|ostaa|kopen|comprare)\s+"
                         r"(?:[^\W\d_]+\s+){1,2}" + _FOR + "$")
#: goods, then the verb of buying last, as German and Dutch say it ("Schrauben kaufen", "Briefmarken für die Karten
#: kaufen", "brood halen")
_BUY_LAST = re.compile(r"(?:\s+[^\W\d_]+){0,3}\s+(?:kaufen|holen|besorgen|kopen|halen)\b")
#: back at a place: "zurück am Park" when the start is Penbrook Park
_BACK_AT = re.compile(r"\b(?:(?:back|wieder|otra vez|de nuevo|de novo|di nuovo|à nouveau)(?:\s+(?:at|to|in|en|em|no|na|al|"
                      r"au|à))?|(?:live|lives|living|stay|stays|staying|wohnt|wohne|wohnen)"
                      r"\s+(?:right\s+|just\s+|direkt\s+)?(?:on|by|at|next to|across from|opposite|near|beside|am|an|neben)"
                      r")\s+(?:the\s+|dem\s+|der\s+|la\s+|el\s+|le\s+)?$")
#: where one is met or picked up when the trip ends ("done by noon when the truck arrives at the park", "until the
#: driver picks us up at the hospital")
_MET_AT_END = re.compile(r"\b(?:until|till|when)\b[^.;!?]*\bat the\s+$")


def _of_start_kind(p: Prompt, x: Mention, start: str) -> bool:
    """Whether ``x`` is of the start's kind: its word is in the start's name ("the park", Patterson Park) or a
    word of the name is of its kind ("back at the church", start Maria Magdalena kyrka)."""
    if re.search(rf"\b{re.escape(p.mlow[x.start:x.end])}\b", start):
        return True
    kinds = {LEX_MAP[w][0] for w in re.findall(r"[^\W\d_]+", start) if w in LEX_MAP}
    return x.tag is None and x.category in kinds


#: a break said with when it is or how long ("Mittagspause ab 12:15", "lunch break from 12, one hour", "(1h30)")
_TIMED_AFTER = re.compile(r"\d|\b(?:from|ab|dès|à partir|desde|a partir|dalle|från|vanaf|max|hour|heure|stunde|hora|ora|"
                          r"timme|tunti|uur|minut)")


#: family and friends, in the languages read ("grandma", "Oma", "mamie", "abuela", "avó", "nonna", "mormor")
_KIN = (r"(?:grandma|granny|grandmother|grandpa|grandparents|mum|mom|mother|dad|father|parents|sister|brother|aunt|"
        r"auntie|uncle|cousin|friend|friends|in-laws|wife|husband|partner|girlfriend|boyfriend|frau|mann|femme|"
        r"mari|copine|copain|esposa|esposo|marido|mujer|novia|novio|mulher|namorada|namorado|moglie|marito|ragazza|"
        r"fidanzata|fru|sambo|flickvän|pojkvän|vaimo|vaimolle|miehelle|vrouw|vriendin|"
        r"oma|opa|omi|mutter|mama|papa|vater|eltern|schwester|bruder|tante|"
        r"onkel|cousine|freund|freundin|freunden|grand-mère|grand-père|grands-parents|mamie|papi|mère|père|sœur|soeur|"
        r"frère|oncle|ami|amie|amis|abuela|abuelo|abuelos|madre|padre|padres|hermana|hermano|tía|tío|prima|primo|"
        r"amigos|amiga|avó|avô|avós|mãe|pai|pais|irmã|irmão|tia|tio|nonna|nonno|nonni|mamma|genitori|sorella|"
        r"fratello|zia|zio|amici|àvia|avi|avis|mare|pare|pares|germana|germà|tieta|tiet|amics|mormor|farmor|morfar|"
        r"farfar|pappa|föräldrar|syster|bror|moster|faster|morbror|farbror|vänner|kompisar|moeder|vader|ouders|zus|"
        r"broer|oom|vrienden)")
#: whose: "my", "der", "meiner", "ma", "mi", "da minha", "della", "min", "mijn"
_WHOSE = (r"(?:(?:my|our|the|des|some|der|dem|die|meine|meiner|meinem|meinen|unsere|unserer|unserem|ma|mon|mes|nos|notre|la|le|"
          r"les|mi|mis|"
          r"nuestra|nuestro|nuestros|minha|meu|meus|nossa|nosso|da|do|dos|das|mia|mio|miei|nostra|nostro|della|"
          r"dello|dei|el|de|min|mitt|mina|mijn|onze)\s+|l'\s*)*")
#: goods said as an item of a list with the one they are for are bought ("flowers for grandma", "Blumen für Oma");
#: not what is done with them ("light a candle for grandma")
_FOR_KIN = re.compile(rf"(?:^|(?<=[,;:.!?] )|(?<=\band )|(?<=\bneed )|(?<=\bbrauch )|(?<=\bbräucht )|(?<=\bthen ))"
                      rf"([^\W\d_]{{3,}})\s+(?:for|für|pour|para|pra|per|för|"
                      rf"voor)\s+{_WHOSE}{_KIN}\b")
#: with the family: "de família", "en famille", "in famiglia", "con la familia", "with the family", "med familjen"
_WITH_FAMILY = (r"(?:de|en|in|with|com|con|avec|amb|med|mit)\s+(?:(?:the|my|la|a|ma|mi|der|meiner)\s+)?(?:family|família|"
                r"famille|familia|famiglia|familjen|familie)")
#: a meal eaten at home or at someone's home, said right after it ("lunch at my grandma's", "Mittagessen bei der
#: Oma", "déjeuner chez ma sœur", "almoço na casa da minha avó", "pranzo dalla nonna", "lunch hos mormor")
_AT_HOME = re.compile(rf"(?:\s+at)?\s+(?:at home|zu hause|zuhause|daheim|(?:à )?la maison(?!\s+d)|chez (?:moi|nous)|"
                      rf"en casa|em casa|"
                      rf"a casa|hemma|thuis|kotona|(?:(?:at|bei|beim|chez|hos|bij|dalla|dal|dai)\s+|(?:(?:at the|at|en|"
                      rf"na|em|a|in)\s+)?casa\s+(?:de|da|do|di|della|del|dels|dos|das)\s+){_WHOSE}{_KIN}(?:'s)?|{_WITH_FAMILY})\b")
#: a meal said as one with the family ("family dinner", "jantar de família", "dîner en famille", "cena in famiglia")
_FAMILY_MEAL = re.compile(r"\bfamily\s+$")


#: back or home, in the languages read ("home", "hemma", "daheim", "je rentre", "a casa", "kotiin")
_HOME_WORDS = (r"(?:back|home|hemma|hem|daheim|heim|zu hause|zuhause|nach hause|à la maison|rentre|rentrer|rentrons|"
               r"a casa|em casa|en casa|thuis|naar huis|kotona|kotiin)")
#: back or home for a meal, when the trip ends ("be home by 1 for lunch", "um elf zum Mittagessen zurück sein"), or
#: home right before the meal ("je rentre déjeuner à midi", "um 18 Uhr gibts daheim Abendessen")
_BACK_FOR = re.compile(rf"\b{_HOME_WORDS}\b(?:[^.;!?,]{{0,30}}?{_FOR}|\s+)$")
_BACK_AFTER = re.compile(rf"\s+{_HOME_WORDS}\b")


#: someone coming over, then the meal they come for, in the languages read as the earlier stages leave them ("my
#: daughter comes for lunch", "ma fille vient déjeuner", "Tante Rosi kommt zum Essen", "viene mi hermana a comer",
#: "äiti tulee syömään")
_COMES_FOR = re.compile(r"\b(?:comes|come over|comes over|coming over|vient|viennent|viene|vienen|vem|vêm|kommt|"
                        r"kommer|tulee|tulevat|komt)\b(?:\s+[^\W\d_]+){0,2}?\s+(?:(?:for|to the|to|a|à|zum|zur|til|"
                        r"till|pra|para|per)\s+)?$")


#: the time one has before a meal, or until it: the meal is when the trip ends
_TIME_BEFORE_MEAL = re.compile(r"(?:\b(?:hours?|minutes?|mins?|time)\s+(?:[^\W\d_]+\s+)?before|\buntil|\btill)\s+"
                               r"(?:the\s+|my\s+|our\s+)?$")


def _kind_word_of_start(p: Prompt, x: Mention, start: str) -> bool:
    """Whether ``x``, no name, is the kind word said with the start's name: after it, at the start's time ("drop me
    at the East Shore library at 9:30"), or right before a name of two words or more ("w kościele Holy Rosary")."""
    if x.name or not start:
        return False
    after = p.low[:x.start].rstrip().endswith(start) and _EVENT_TIME.match(p.low, x.end)
    return bool(after) or (" " in start and p.low.startswith(" " + start, x.end))


def _meal_not_had_out(p: Prompt, x: Mention, before: str) -> str | None:
    """Why the meal ``x``, named with no place of its own, is had at no visit: someone comes over for it ("ma fille
    vient déjeuner"), or the trip ends when it begins ("two and a half hours before dinner", "free until lunch")."""
    if x.name or _AT_NAME.match(p.mlow, x.end) or (x.word not in _MEALS and x.word != "eat out"):
        return None
    if _COMES_FOR.search(before[-40:]):
        return "is what someone comes over for"
    if x.word in _MEALS and _TIME_BEFORE_MEAL.search(p.low[max(0, x.start - 50):x.start]):
        return "is when the trip ends"
    return None


def _back_for_meal(p: Prompt, x: Mention) -> bool:
    """Whether the meal ``x`` is what one is back for at a time ("back by 1 for lunch", "zum Mittagessen zurück"),
    with no place of its own ("back in town for lunch at a bistro" is a visit)."""
    s0, s1 = sentence_bounds(p.mlow, x.start)
    before = p.mlow[s0:x.start]
    said = _BACK_FOR.search(before) or (_PURPOSE_BEFORE.search(before) and _BACK_AFTER.match(p.mlow, x.end))
    at_time = re.match(r"\s+[^\W\d_]+\s+(?:\d|noon\b|midnight\b)", p.low[x.end:])  # "home for lunch at 12"
    at_place = _AT_NAME.match(p.mlow, x.end) and not at_time
    return bool(said) and not at_place and re.search(r"\d", p.low[s0:s1]) is not None


#: one says what one is: "I'm a", "je suis", "sou", "sono un", "ich bin", "jag är", "ik ben" (with a word or two)
_I_AM = r"\b(?:i'm|i am|je suis|sou|soy|sono|sóc|ich bin|jag är|ik ben|olen)\s+(?:(?:a|an|un|une|um|uma|una|ein|eine|en|ett|een)\s+)?"
_I_AM_A = re.compile(_I_AM + r"(?:[^\W\d_]+\s+)?$")
#: one's trade, then where one does it ("i'm a nurse at the hospital", "Soy enfermera en el hospital", "sono
#: infermiera all'ospedale", "jag är sjuksköterska på sjukhuset", "olen sairaanhoitaja sairaalassa")
_I_AM_A_AT = re.compile(_I_AM + r"[^\W\d_]+\s+(?:at|in|en|em|no|na|a|à|al|all'|på|i|bij|im|am)\s*"
                        r"(?:(?:the|el|la|l'|il|lo|o|a|het|de)\s*)?$")
_I_AM_A_FI = re.compile(r"\b(?:olen|i am)\s+[^\W\d_]+\s+$")
#: a word said of a person who does a trade for love or no longer ("photographe amateur", "retired carpenter")
_AMATEUR = r"(?:amateur|amador|amadora|aficionado|aficionada|passionné|passionnée|passionate|keen|retired|retraité|"\
           r"retraitée|jubilado|jubilada|aposentado|aposentada|pensionato|pensionata|pensionerad|hobby)"
_AMATEUR_AFTER = re.compile(rf"\s+{_AMATEUR}\b")
_AMATEUR_BEFORE = re.compile(rf"\b{_AMATEUR}\s+$")


#: a word for someone keen on what is said before it ("Grand Prix nerd here", "a coffee addict", "jazz fan")
_KEEN_AFTER = re.compile(r"\s+(?:nerd|nerds|geek|geeks|buff|buffs|fan|fans|lover|lovers|enthusiast|enthusiasts|addict|"
                         r"freak|junkie|fanatic|fanático|fanática|fanatico|fanatica|fanaatikko|fantast|liebhaber|"
                         r"liebhaberin)\b")


#: what one collects or photographs, said as who one is at a sentence's start ("Ich sammle alte Flurdenkmäler",
#: "Fotograferar gatukonst och kyrkor", "I collect stamps")
_HOBBY = re.compile(r"(?:^|[.!?:]\s+)(?:i |ich |je |jag |ik |eu |io |yo )?(?:collect|sammle|collectionne|samlar|verzamel|"
                    r"coleciono|colecciono|colleziono|kerään|photograph|fotografiere|photographie|fotograferar|"
                    r"fotografeer|fotografo|fotografío|valokuvaan)\s+(?:[^\W\d_]+\s+){0,4}$")
#: a wish or a going in the sentence: the hobby is what the trip is for ("I photograph churches, so I want to see two")
_WISH = re.compile(r"\b(?:want|would|like|will|going|möchte|vill|quiero|voudrais|vorrei|quero|haluan|wil|wilde)\b")


def _hobby(mlow: str, x: Mention) -> bool:
    """Whether ``x`` is what one collects or photographs, said at the start of a sentence with no wish in it."""
    s0, s1 = sentence_bounds(mlow, x.start)
    return bool(_HOBBY.search(mlow[max(0, s0 - 2):x.start])) and not _WISH.search(mlow[s0:s1]) and not x.kinds


def _said_of_oneself(mlow: str, x: Mention) -> bool:
    """Whether a trade's kind (a photographer, a tailor) says what one is, not a visit: "Photographe
    amateur, je veux...", "I'm a keen photographer", "sou fotógrafo amador"; or a place's name or kind
    what one is keen on ("Grand Prix nerd here", "War of 1812 buff")."""
    if _KEEN_AFTER.match(mlow, x.end) or _hobby(mlow, x):
        return True
    if not (x.tag or "").startswith("craft="):
        return False
    before = mlow[max(0, x.start - 40):x.start]
    return bool(_I_AM_A.search(before) or _AMATEUR_BEFORE.search(before) or _AMATEUR_AFTER.match(mlow, x.end))


def _in_aside(mlow: str, x: Mention, before: list[Mention]) -> bool:
    """Whether ``x`` sits in brackets of three words or more that open right after a visit, saying why
    or what for ("una tienda de licores (llevo vino a una cena)", "a hardware store (my case broke, I need
    tape)"), not another visit ("a museum (and a café after)")."""
    o = mlow.rfind("(", 0, x.start)
    c = mlow.find(")", x.end)
    if o < 0 or c < 0 or ")" in mlow[o:x.start] or "(" in mlow[x.end:c]:
        return False
    inside = mlow[o + 1:c]
    if len(inside.split()) < 3 or re.match(r"\s*(?:and|or|plus|und|oder|et|ou|y|o|e|och|eller|ja|tai|en|of)\b", inside):
        return False
    return any(y.ref is None and 0 <= o - y.end <= 3 for y in before)


def _not_visits(p: Prompt, mentions: list[Mention], why_not=None) -> list[Mention]:
    """The mentions that name a visit; the others are named in the notes, with why (``why_not``, by default
    :func:`_why_not_visit`)."""
    why_not = why_not or _why_not_visit
    start = (p.places[0] or "").lower() if p.places else ""
    out = []
    for x in mentions:
        why = why_not(p, x, out, start)
        x.why = why or x.why
        if why:
            p.notes.append(reader.no_visit_note(p.text[x.start:x.end], why))
            continue
        out.append(x)
    return out


#: "for" right before a need, in the languages read, Spanish "por" too ("Duane Reade por el cargador"): what the visit
#: before it is for
_FOR_NEED = re.compile(r"(?:\bpor\s+(?:(?:el|la|los|las)\s+)?|" + _FOR + ")$")


def _needs_met(p: Prompt, mentions: list[Mention]) -> list[Mention]:
    """The visits less the needs that another visit said in the prompt meets (:data:`NEED_MET`: "out of cash, so
    the bank first", "the kids are starving, lunch at noon"): the need is why one goes there, no visit of its own."""
    return _not_visits(p, mentions, lambda p, x, *_: _need_met(p.mlow, x, mentions))


def _need_met(mlow: str, x: Mention, mentions: list[Mention]) -> str | None:
    """Why the need ``x`` is no visit of its own, or ``None``: a visit of a kind that meets it is said in the prompt
    (one that is no need, or a need met alike said after it: "a huge blister. Need plasters", the plasters), or it
    follows "for" after a visit of its clause ("Duane Reade por el cargador")."""
    met_by = NEED_MET.get(x.word)
    if met_by is None:
        return None
    if any(y is not x and (y.word not in NEED_MET or y.start > x.start) and {y.tag or y.category, *y.kinds} & met_by
           for y in mentions) or (_FOR_NEED.search(mlow, max(0, x.start - 12), x.start)
                                  and _visit_before_in_clause(mlow, x, mentions)):
        return "is the need a visit said with it meets"
    return None


def _visit_before_in_clause(mlow: str, x: Mention, mentions: list[Mention]) -> bool:
    """Whether a visit of ``mentions`` (no reference) is said before ``x`` in its clause ("Home Depot for a garden
    hose": what that visit is for)."""
    clause = clause_of(mlow, x.start)
    return any(y.ref is None and y.end <= x.start and clause_of(mlow, y.start) == clause for y in mentions)


#: somewhere and where, right before a kind of place: the place of the visit said before, not one of its own
_SOMEWHERE_AT = re.compile(r"\bsomewhere\s+(?:on|in|at|near|around|by|along|sur|dans|à|au|en|em|no|na|am|im|an|"
                           r"por|pelo|pela|nel|nella|sul|sulla|på|vid|i|op|bij)\s+(?:the\s+|le\s+|la\s+|el\s+|o\s+|"
                           r"a\s+|der\s+|dem\s+|den\s+|die\s+|l')?$")


#: coming from a service said in the sentence of the start ("after church", "from church", as the earlier stages write
#: "po mszy", "después de misa", "salgo de misa")
_FROM_SERVICE = re.compile(r"\b(?:after|from|leaving|out of)\s+$")


def _why_not_visit(p: Prompt, x: Mention, before_x: list[Mention], start: str) -> str | None:
    """Why a mention says something else than a visit, or ``None``: a meal that is a time of day ("my lunch
    break from 12"), a kind that is what an earlier visit of its clause is for ("Home Depot for a garden
    hose"), the start's kind said as where the trip ends or one lives ("back at the park" when it starts at
    Patterson Park), a meal bought to take away, a kind in an aside about the visit before it."""
    mlow = p.mlow
    before = mlow[max(0, x.start - 40):x.start]
    if x.word in _MEALS and (_MEAL_AS_TIME.search(before) or _MEAL_BREAK.match(mlow, x.end)
                             or (_TIME_FOR_MEAL.search(p.low, max(0, x.start - 40), x.start)
                                 and re.match(r"\s+(?:from|starting|beginning)\b", p.low[x.end:]))) and \
            _TIMED_AFTER.search(p.low[x.end:x.end + 25]):
        return "is when the trip happens"
    if x.ref is None and not x.name and x.category not in _EATS and _PURPOSE_AFTER.search(before[-25:]) and \
            _visit_before_in_clause(mlow, x, before_x):
        return "is what a visit before it is for"
    if not x.name and _of_start_kind(p, x, start) and (_BACK_AT.search(before) or _MET_AT_END.search(
            mlow, sentence_bounds(mlow, x.start)[0], x.start)):
        return "is the start, where the trip ends"
    if x.word == "church" and not x.name and _FROM_SERVICE.search(before) and start and \
            p.low.find(start, *sentence_bounds(p.low, x.start)) >= 0:
        return "is the service one comes from, where the trip starts"  # "Po mszy w kościele X", "después de misa"
    if _kind_word_of_start(p, x, start):
        return "is the kind word of the start's name"
    if x.word in _MEALS and x.category in _EATS and (_BOUGHT.search(before[-20:]) or _BOUGHT_FOR.search(before)) \
            and _SHOP_SAID.search(mlow, *sentence_bounds(mlow, x.start)):
        return "is bought, not eaten out"
    if x.word in _MEALS and (_AT_HOME.match(mlow, x.end) or _FAMILY_MEAL.search(before)):
        return "is eaten at home or at someone's home"
    if x.word in _MEALS and _back_for_meal(p, x):
        return "is what one is back for when the trip ends"
    why = _meal_not_had_out(p, x, before)
    if why:
        return why
    if _said_of_oneself(mlow, x):
        return "is what someone is"
    if CHILD.fullmatch(p.low[x.start:x.end].strip()) and picks_someone_up(p.low, x.start):
        return "is where someone is picked up"  # "die Lena vom Kindergarten holen"
    if not x.name and _RIDE.fullmatch(mlow, x.start, x.end):
        return "is a means of transport"  # "mit der Bahn aus Wien"
    if not x.ref and _done_before(mlow, x):
        return "is a visit already made"
    if _advised_against(p, x):
        return "is advised against"
    if x.name and not x.ref and any(y.name == x.name and y.count == 1 and _said_again_at_once(p.mlow, y, x)
                                    for y in before_x):
        return "is the place said before"  # "snacks at Sheetz, yes, Sheetz": one visit
    if x.name and _THAN.search(p.low[max(0, x.start - 60):x.start]):
        return "is what a visit is compared with"  # "way better than Starbucks"
    if x.name and _wanted_less(p.mlow, sentence_bounds(p.mlow, x.start)[0], x, before_x):
        return "is what is wanted less"  # "rather the Hofgarten than the Englischer Garten"
    if _wish_given_up(p, x):
        return "is a wish given up"
    if not x.name and before_x and _SOMEWHERE_AT.search(mlow, max(0, x.start - 30), x.start):
        return "is where the visit before it happens"  # "lunch somewhere on the Rocher", "irgendwo am Hafen"
    if _said_of_visit_before(p, x, before_x):
        return "is what is at the visit before it"  # "entra nella cattedrale, c'è la tomba di Grace Kelly"
    if x.category == "bank" and not x.name and _SIT.search(mlow, *clause_of(mlow, x.start)):
        return "is a bench to sit on"  # "auf eine Bank setzen", "senta-te nos bancos"
    if not x.ref and not x.name and _CLOSED_AFTER.match(mlow, x.end):
        return "is said to be closed"
    why = _said_as_context(p, x, before_x, start)
    if why:
        return why
    if x.tag and _PLACE_NOUN.match(mlow, x.end) and any(
            y.word in _MEALS and clause_of(mlow, y.start) == clause_of(mlow, x.start) for y in before_x):
        return "says what the meal's place is like"  # "lunch på något billigt ställe": a cheap place
    if x.tag and x.word in _CHILDREN:
        return "is who the trip is for"  # "un jardin pour que les enfants courent un peu"
    if _NOT_TODAY.search(p.low, *_aside_of(mlow, x)):
        return "is for another day"
    if x.word == "bar" and re.match(r"\s+(?:be)?zahl", mlow[x.end:]):
        return "is paying in cash"  # "weil die zwei nur bar zahlen"
    if _bought_at_visit_before(mlow, x, before_x):
        return "is bought at the visit before it"  # "in eine Eisenhandlung, Schrauben kaufen"
    if _in_aside(mlow, x, before_x):
        return "is said in brackets about the visit before it"
    named = x.name.lower().strip(" .,;!?") if x.name else ""
    if named and start and _BACK_AT.search(before) and re.search(r"(?:^|\s)" + re.escape(named), start):
        return "is the start, where the trip ends"  # "wieder zum Sportheim", "takaisin Arthuriin" (Hotelli Arthur)
    if x.name and any(_names_place(x.name, pl) for pl in p.places if pl):
        return "is where the trip starts or ends"
    if x.name and " " not in mlow[x.start:x.end].strip() and x.word not in _MEALS and WITH_PERSON.search(before):
        return "is the person one is with"  # "dinner with Rita at Praça da Batalha", though a café is called so
    if x.ref == "before" and not x.name and x.word in _CLOSING:
        return "is what the visits before it must be done by"  # "the Atelier Brancusi before closing"
    if x.word in _EVENTS and not x.name and (_HAVE.search(before[-25:]) or (
            _EVENT_TIME.match(p.low, x.end) and len(p.places) > 1 and p.places[1])):
        return "is an event one has, with its own time"
    if not x.name and _appointment(p, x):
        return "is an appointment with its own time, not a visit to plan"
    if x.word in _MEALS and _meal_before_start(p, x, before_x):
        return "is had before the trip starts"
    return _said_in_passing(p, x, before_x) or _somebody_there(mlow, x)


#: a means of transport, said as the whole mention ("mit der Bahn aus Wien")
_RIDE = re.compile(VEHICLES)


#: another day or time, not this trip ("maybe the zoo another day", "un autre jour", "otro día", "noutro dia",
#: "an einem anderen Tag", "en annan dag", "joku toinen päivä", "next time")
_ANOTHER_DAY = re.compile(r"\b(?:(?:some\s+)?other day|another day|autre jour|otro día|outro dia|noutro dia|altro giorno|"
                          r"altre dia|anderen tag|annan dag|andere dag|toinen päivä|next time|la prochaine fois|"
                          r"la próxima vez|da próxima vez|la prossima volta|la propera vegada|nächstes mal|nästa gång|"
                          r"ensi kerralla|volgende keer)\b")
#: said to be for tomorrow or tonight ("the zoo is for tomorrow", "c'est pour demain", "é para amanhã", "è per
#: stasera", "Djurparken sparar vi till i morgon", "that's for tonight", "se on illaksi")
_TONIGHT = r"(?:tonight|this evening|today abend|ce soir|esta noche|logo à noite|stasera|aquesta nit|i kväll|vanavond)"
_FOR_LATER = re.compile(r"\b(?:(?:is|'s|ist|est|c'est|es|eso es|é|isso é|è|és|això és|är|det är|on|fica|zijn|save|"
                        r"keep|sparar vi|sparen wir|guardamos|gardons)\s+(?:for|für|pour|para|per|till|för|before)\s+"
                        rf"(?:tomorrow|{_TONIGHT})|on illaksi)\b(?!')")
#: booked on its own, apart from this trip ("dinner is booked for 8 with friends, not part of this", "ça ne fait pas
#: partie du programme", "no forma part d'això", "das gehört nicht dazu", "den ingår inte i detta", "se ei kuulu")
_NOT_PART = re.compile(r"\b(?:not part of|no forma (?:part|parte|from)|ne fait pas partie|não faz parte|non fa parte|"
                       r"gehört nicht dazu|gehört (?:da )?nicht zum|ingår inte|hoort hier niet|hoort er niet|"
                       r"(?:ei|without) kuulu|is separate|apart from this)\b")
_BOOKED = re.compile(r"\b(?:booked|reserved|gebucht|reserviert|réservée?s?|reservad[oa]s?|reservat|reservada|"
                     r"prenotat[oa]|marcad[oa]|bokad|bokat|geboekt|varattu)\b")
_TONIGHT_SAID = re.compile(rf"\b(?:{_TONIGHT}|illalle|illaksi)\b")
#: a habit at home ("at home we always end up at a pub", "zu Hause landen wir immer in einer Kneipe", "em casa
#: acabamos sempre num pub", "hemma hamnar vi alltid på en pub", "kotona päädymme aina pubiin")
_ALWAYS = re.compile(r"\b(?:always|usually|immer|meistens|toujours|siempre|sempre|alltid|aina|altijd|meestal)\b")
_AT_HOME_SAID = re.compile(r"\b(?:at home|back home|zu hause|daheim|chez nous|chez moi|en casa|em casa|a casa|hemma|"
                           r"kotona|thuis)\b")
#: what a town or district is like ("a neighbourhood full of bars", "un barrio lleno de bares", "ein Viertel voller
#: Bars", "joka on täynnä baareja", "there's a church on every corner", "à chaque coin de rue", "i varje hörn")
_FULL_OF = re.compile(r"\b(?:full of|voller|voll mit|plein de|pleine de|lleno de|llena de|cheio de|cheia de|pieno di|"
                      r"piena di|ple de|plena de|fullt av|full av|vol|vol met|täynnä)\s+(?:[^\W\d_]+\s+)?$")
_EVERY_CORNER = re.compile(r"\b(?:on every corner|at every corner|jeder ecke|chaque coin|cada esquina|ogni angolo|"
                           r"cada cantonada|joka kulmassa|varje hörn|elke hoek)\b")
#: compared with ("better than at the supermarket", "ruhiger als der Zoo", "mejor que el del supermercado", "più
#: tranquillo dello zoo", "lugnare än djurparken", "parempaa kuin supermarketissa"): a comparative, then "than"
_THAN = re.compile(r"\b(?:better|worse|[^\W\d_]+er|more [^\W\d_]+|less [^\W\d_]+|besser|schlechter|meilleure?s?|pire|"
                   r"plus [^\W\d_]+|moins [^\W\d_]+|mejor|peor|más [^\W\d_]+|menos [^\W\d_]+|melhor|pior|"
                   r"mais [^\W\d_]+|migliore|peggiore|più [^\W\d_]+|meno [^\W\d_]+|millor|pitjor|més [^\W\d_]+|"
                   r"bättre|sämre|[^\W\d_]+are|beter|slechter|parempaa|parempi|[^\W\d_]+mpi|[^\W\d_]+mpaa)\s+"
                   r"(?:(?:sein|zijn|be|ser|être|essere|vara|olla)\s+)?(?:than|als|que|qu'|do que|dello|della|"
                   r"dell'|di quello del|än|kuin)\s*(?:(?:at|in|på|bei|at the|in the|el del|o do|the|la|le|el|o|a|il|lo|het|"
                   r"de|der|dem)\s+)*$")
_ARTICLE = (r"(?:(?:a|an|the|un|une|ein|eine|einen|einem|ett|en|et|een|um|uma|una|uno|le|la|el|il|lo|o|der|die|das|den|"
            r"dem)\s+)?")
#: what is wanted less, after what is wanted more ("rather a park than a museum", "lieber ein Biergarten als ein
#: Restaurant", "plutôt un square qu'un musée", "mejor un parque que un museo", "hellre en park än ett museum")
_RATHER_THAN = re.compile(r"\b(?:rather|lieber|plutôt|mejor|melhor|millor|hellre|hellere|heller|liever|piuttosto|"
                          r"meglio|mieluummin|preferably|preferiblemente|de preferência|raczej|wolimy|wolę|wolałbym|"
                          r"wolałabym|"
                          r"radsi|radši|radeji|raději|spis|spíš|spise|spíše)\b[^.,;:!?]{1,50}?\b"
                          r"(?:than|als|que|qu['’]|än|end|enn|dan|kuin|che|di|do que|over|niz|niż|nez|než)\s*"
                          + _ARTICLE + r"$|"
                          r"\bliever\b[^.,;:!?]{1,50}?\bthen\s+" + _ARTICLE + r"$|"  # "liever een park dan een museum"
                          # "prefiro um jardim a um museu", "je préfère un square à un musée", "we'd prefer X to Y"
                          r"\b(?:prefer|prefers|prefiro|prefere|preferimos|préfère|préférons|préfèrent|prefiero|"
                          r"preferisco|preferiamo|föredrar|foretrækker|foretrekker)\b[^.,;:!?]{1,50}?"
                          r"\b(?:to|a|à|at|ao|al|alla|framför|frem for|fremfor)\s+" + _ARTICLE + r"$")
#: the place a visit said with it is next to ("the café next to the church", "im Café neben der Kirche", "a la
#: cafeteria al costat de l'església", "kaféet bredvid kyrkan")
_NEXT_TO = re.compile(r"^\s+(?:right\s+|just\s+)?(?:next to|beside|neben|at côté de|à côté de|at côté du|à côté du|"
                      r"al lado de|al lado del|ao lado de|ao lado da|ao lado do|accanto a|accanto al|accanto alla|"
                      r"al costat de|al costat del|bredvid|naast|across from|across the street from|opposite|"
                      r"facing|gegenüber|gegenüber von|en face de|en face du|enfrente de|enfrente del|frente a|frente al|"
                      r"em frente a|em frente ao|em frente à|di fronte a|di fronte al|di fronte alla|mittemot|"
                      r"tegenover|davant de|davant del)\s*(?:(?:the|l'|la|le|el|o|a|il|lo|het|de|der|dem)"
                      r"\s*)?$")
_NEXT_TO_AFTER = re.compile(r"\s+(?:vieressä|vieressä oleva\w*)\s")
#: meeting someone in front of a place ("we meet Anna outside the bank", "treffen wir Anna vor der Bank",
#: "quedamos con Ana delante del banco", "incontriamo Anna davanti alla banca", "tapaamme Annan pankin edessä")
_MEET = (r"\b(?:meet|meeting|treffen|treffe|trifft|retrouve|retrouvons|retrouver|quedamos|quedem|quedo|encontramos|"
         r"encontro|incontriamo|incontro|träffar|träffas|ses|tapaamme|tapaan|spreken|afspreken)\b")
_MEET_OUTSIDE = re.compile(_MEET + r"[^.;!?,]{0,40}?\s(?:outside|in front of|vor|devant|delante de|delante del|"
                           r"à porta d[oa]|em frente d[oa]|davanti a|davanti al|davanti alla|davant de|davant del|"
                           r"utanför|framför)\s+(?:(?:the|la|le|el|o|a|il|lo|het|de|der|dem)\s+)?$")
#: the same in German and Dutch, whose "vor" and "voor" read as "before" ("treffen wir Anna vor der Bank")
_MEET_BEFORE = re.compile(_MEET + r"[^.;!?,]{0,40}?\sbefore\s+(?:the\s+)?$")
#: a condition that a place is full ("in case the restaurants are all full", "falls die Restaurants voll sind",
#: "por si los restaurantes están llenos", "jos ravintolat ovat täynnä", "mochten de restaurants vol zitten")
_IN_CASE = re.compile(r"\b(?:in case|at the cas où|au cas où|falls|por si|caso|nel caso|per si|ifall|mochten|jos|if)\s+"
                      r"(?:(?:the|la|le|les|los|las|os|as|i|gli|els|de|die)\s+)?$")
_FULL = re.compile(r"\s+(?:[^\W\d_]+\s+){0,2}(?:full|packed|voll|pleine?s?|llen[oa]s?|chei[oa]s?|pien[oi]|pien[ae]|"
                   r"plens?|plenes|täynnä|fulla|vol)\b")
#: what the trip must be done before ("before the shops close", "bevor die Geschäfte schließen", "antes de que
#: cierren las tiendas", "prima che chiudano i negozi", "voordat de winkels sluiten", "innan affärerna stänger")
_CLOSE = r"(?:close|closes|schließen|schliessen|ferment|ferme|cierren|cierra|fecharem|fecham|chiudano|chiude|tanquin|tanca|sulkevat|sulkeutuvat|stänger|sluiten|sluit)"
_BEFORE_CLOSE = re.compile(r"\b(?:before|bevor|avant|antes de|first che|prima che|abans que|voordat|innan|ennen)\s+"
                           r"(?:(?:the|que|kuin|de)\s+)*(?:" + _CLOSE + r"\s+)?(?:(?:the|die|les|las|as|i|le|la|els|"
                           r"de|os)\s+)?$")
_CLOSE_AFTER = re.compile(r"\s+(?:" + _CLOSE + r")\b")
_CLOSE_BEFORE = re.compile(r"\b" + _CLOSE + r"\s+(?:(?:the|die|les|las|as|i|le|la|els|de|os)\s+)?$")
#: a meal included at one's lodging ("breakfast is included at the hotel", "das Frühstück im Hotel ist inklusive",
#: "le petit-déjeuner est inclus", "frukosten ingår på hotellet", "aamiainen kuuluu hintaan")
_INCLUDED = re.compile(r"\b(?:included|inklusive|inbegriffen|inclus|incluse|incluido|incluida|incluído|incluída|inclusa|"
                       r"incluso|inclòs|inclosa|ingår|inbegrepen|kuuluu hintaan|sisältyy)\b")
#: coming from a place, or just out of it ("we just came out of the cinema", "wir kommen gerade aus dem Kino", "on
#: revient de la piscine", "venimos de la piscina", "siamo appena usciti dal cinema", "vi kom precis ut från bion")
_CAME_FROM = re.compile(r"\b(?:come|came|coming|comes|kommen|komme|kommt|revient|reviens|revenons|sort|sortons|sortir|"
                        r"salir|venimos|vengo|vimos|venho|viemos|veniamo|vengo|usciti|uscite|uscito|venim|vinc|komen|"
                        r"kom|kommer|arriving|arrive|arriviamo|arribem|llegamos|chegamos|arrivons|tulemme|tulimme|"
                        r"tulin)\b(?:\s+[^\W\d_]+){0,4}?\s+(?:out of|from|de|du|de la|del|dalla|dal|dallo|da|do|des|"
                        r"uit|van|aus|vom|ulos|ut from)\s*(?:(?:the|la|le|l'|el|o|a|il|lo|het|de|der|dem)\s*)?$|"
                        r"\b(?:just left|acabamos de leaving from|acabámos de leaving from|acabamos de salir de[l]?|"
                        r"acabem de sortir de[l]?|tul\w+\s+juuri(?:\s+ulos)?)\s*(?:(?:the|la|el|o|a)\s+)?$")


def _wanted_less(mlow: str, a: int, x: Mention, before_x: list[Mention]) -> bool:
    """Whether ``x`` is what is wanted less (:data:`_RATHER_THAN`), a visit said between it and the word of
    preference ("prefiro um jardim a um museu"; not "prefer to start at a museum")."""
    m = _RATHER_THAN.search(mlow, a, x.start)
    return m is not None and any(m.start() < y.start and y.end <= x.start for y in before_x)


def _said_in_passing(p: Prompt, x: Mention, before_x: list[Mention]) -> str | None:
    """Why ``x`` is said in passing, in the ten languages read: for another day or tonight ("the zoo is for
    tomorrow", "maybe the zoo another day"), booked apart ("dinner is booked for 8, not part of this"), a habit at
    home ("at home we always end up at a pub"), what a district is like ("a neighbourhood full of bars", "a church
    on every corner"), what a visit is compared with ("better than at the supermarket"), what a visit is next to
    ("the café next to the church"), where one meets someone ("outside the bank"), a condition that it is full ("in
    case the restaurants are all full"), what the trip must end before ("before the shops close"), a meal included
    at the hotel, where one comes from ("we just came out of the cinema")."""
    mlow = p.low  # the day and clock words said with it count: they are masked in ``p.mlow``
    if x.name:
        return None
    s0, s1 = sentence_bounds(mlow, x.start)
    sent = mlow[s0:s1]
    a, b = clause_of(mlow, x.start)
    before = mlow[max(a, x.start - 60):x.start]
    if _ANOTHER_DAY.search(mlow, *clause_of(mlow, x.start, wide=True)) or (
            _FOR_LATER.search(mlow, x.end, s1) and not re.search(r"\d", sent)):
        return "is for another day"
    if _NOT_PART.search(sent) or (_BOOKED.search(sent) and (_TONIGHT_SAID.search(sent) or _ALREADY.search(sent))
                                   and not re.search(r"\d", sent)):
        return "is booked apart from this trip"
    if _ALWAYS.search(sent) and _AT_HOME_SAID.search(sent):
        return "is a habit at home"
    if _FULL_OF.search(before) or _EVERY_CORNER.search(mlow, a, b):
        return "says what the town or district is like"
    if _THAN.search(before):
        return "is what a visit is compared with"
    if _wanted_less(mlow, s0, x, before_x):
        return "is what is wanted less"
    if any(_NEXT_TO.match(mlow[m.end():x.start]) for m in LEX_RE.finditer(p.mlow, a, x.start)) or \
            any(_NEXT_TO.match(mlow[max(y.end, y.said_to):x.start]) for y in before_x if y.end <= x.start) or \
            (_NEXT_TO_AFTER.match(mlow, x.end) and LEX_RE.search(mlow, x.end, s1)):
        return "is what a visit is next to"
    if _MEET_OUTSIDE.search(mlow, s0, x.start) or (p.lang in ("de", "nl") and _MEET_BEFORE.search(mlow, s0, x.start)) \
            or (re.match(r"\s+edessä\b", mlow[x.end:]) and re.search(_MEET, sent)):
        return "is where one meets someone"
    if _IN_CASE.search(before) and _FULL.match(mlow, x.end):
        return "is said in a condition that it is full"
    if _BEFORE_CLOSE.search(before) and (_CLOSE_AFTER.match(mlow, x.end) or _CLOSE_BEFORE.search(before)):
        return "is what the trip must end before"
    if x.word in _MEALS and _INCLUDED.search(sent):
        return "is included at one's lodging"
    if _CAME_FROM.search(before):
        return "is where one comes from"
    if _I_AM_A_AT.search(before) or (p.lang == "fi" and _I_AM_A_FI.search(before)):
        return "is where one works"
    return None


#: what is bought, right after a shop: a word of buying before it ("in eine Buchhandlung, ein Geschenk kaufen", rewritten
#: "a bookshop, buy a gift"; "osta lelukaupasta joku pieni lahja")
_BUY_RIGHT_AFTER = re.compile(r"[^.;:!?]{0,25}?\bbuy\s+(?:a\s+|an\s+|some\s+)?")
#: drinks and snacks bought at a shop, not had at a place of their own
_DRINK_GOODS = {"beer", "beers", "a beer", "coffee", "snacks", "a snack", "snack"}
#: a verb of buying after the shop, what is bought after it, no word of going on between ("the supermarket to buy
#: bacalhau and some beers"); not the verb said last of goods before it, as German says it ("ein Buch bei Barnes &
#: Noble kaufen und irgendwo einen Kaffee trinken", rewritten "a buch bei barnes & noble buy and somewhere a coffee")
_BUY_GOODS = re.compile(r"[^.;:!?]{0,30}?\b(?:buy|pick up|pegar)\b(?!\s+(?:and|&)\s)"
                        r"(?![^.;:!?]*\b(?:then|after|afterwards)\b)[^.;:!?]{0,30}")
#: the verb of buying after goods and "and", as the German verb last is rewritten ("Bier und Snacks kaufen")
_AND_BUY = re.compile(r"\s+(?:and|&)\s+buy\b")
#: kinds of one trade: a visit to one, said right after the other, is the same ("zum Schlüsseldienst,
#: Wohnungsschlüssel nachmachen lassen")
_ONE_TRADE = {frozenset({"shop=locksmith", "craft=key_cutter"})}


def _bought_at_visit_before(mlow: str, x: Mention, before_x: list[Mention]) -> bool:
    """Whether ``x`` is bought or done at the shop said right before it: goods with the verb of buying after them
    ("in eine Eisenhandlung, Schrauben kaufen"), a gift bought there ("a bookshop, buy a gift"), the same trade
    ("Schlüsseldienst, key cutting")."""
    y = before_x[-1] if before_x else None
    if y is None or not (_seller(y) or y.tag == "amenity=post_office"):
        return False
    gap = mlow[y.end:x.start]
    if x.word in _DRINK_GOODS and not x.name and _drinks_bought(mlow, x, gap):
        return True  # "a supermarket to buy some beers", "im Supermarkt Bier und Snacks kaufen"
    return bool(re.fullmatch(r"\s*,\s*", gap) and (_BUY_LAST.match(mlow, x.end) or frozenset({x.tag, y.tag}) in _ONE_TRADE)) or \
        (x.category == "shop" and x.word in ("gift", "gifts") and _BUY_RIGHT_AFTER.fullmatch(gap) is not None)


def _drinks_bought(mlow: str, x: Mention, gap: str) -> bool:
    """Whether the drinks or snacks ``x``, said ``gap`` after a shop, are bought there: a verb of buying between
    them, or right after them with a few words and no mark between ("Bier und Snacks kaufen", "beer and buy
    snacks")."""
    if _BUY_GOODS.fullmatch(gap):
        return True
    close = not re.search(r"[,.;:!?]", gap) and len(gap.split()) <= 3
    return close and bool(_BUY_LAST.match(mlow, x.end) or _AND_BUY.match(mlow, x.end))


def _said_as_context(p: Prompt, x: Mention, before_x: list[Mention], start: str) -> str | None:
    """Why ``x`` is only the setting of the trip, not a visit of its own: a place liked last time that the
    visit after it follows from ("we loved the aquarium last time, so a museum"), the start's kind said as where
    one is back at ("sen tillbaka till kyrkan", "um halb fünf wieder an der Kirche"), something left for another
    day ("Ins Kiasma gehen wir erst morgen"), an event at the place ("before a concert there") or where the trip
    ends ("a drink before the show"), a question after the same kind was asked for ("... a beer. Any good beer
    spots around?"), goods got at a visit ("the library to pick out books"), what one does at home ("home by 7:45
    to shower"), someone one goes with ("io e Marco"), a place closed or where an appointment is."""
    said = p.low[x.start:x.end]
    named = (x.name and not x.word) or (not x.name and x.word == said and x.category == "shop")  # a name, a brand
    if x.name and not x.word and _a_companion(p.low, said) or named and _wanting(p.low, said):  # "a Rita quer"
        return "is someone one goes with"
    if not x.ref and _liked_before(p.mlow, x):
        return "is a place liked before, which the next visit follows from"
    if not x.name and _back_at_start_kind(p, x, start):
        return "is the start, where the trip ends"
    if _later_day(p.low, x):
        return "is for another day"
    if x.word in _EVENTS and not x.name and _THERE_AFTER.match(p.mlow, x.end):
        return "is an event at a place said before it"
    if x.word in _EVENTS and x.ref == "before" and _event_at_end(p, x):
        return "is the event the trip ends at"
    if not x.name and _asked_again(p.mlow, x, before_x):
        return "asks where a visit said before may be"
    if not x.name and x.ref is None and _goods_there(p.mlow, x, before_x):
        return "is what is got at the visit before it"
    if not x.name and _HOME_TO_DO.search(p.mlow[max(0, x.start - 40):x.start]):
        return "is what one does at home when the trip ends"
    return _not_open_or_elsewhere(p, x)


#: a place said to be closed, after it in its sentence ("the mall, it's closed", "das Museum hat heute zu",
#: "le marché est fermé", "el mercado está cerrado", "o museu está fechado", "il museo è chiuso")
_CLOSED = re.compile(r"\s*(?:,\s*|\(\s*)?(?:(?:which|that|as|since|because|weil|denn|car|porque|perché|eftersom)\s+)?"
                     r"(?:(?:it|they|er|es|sie|il|elle|ils)\s*)?(?:'s|'re|is|are|ist|sind|hat|haben|est|sont|c'est|"
                     r"está|están|es|é|è|är|on|zijn)\s+(?:(?:heute|today|aujourd'hui|hoy|hoje|oggi|idag|tänään|"
                     r"vandaag|still|now|all day)\s+)?(?:closed|shut|zu|geschlossen|fermée?s?|cerrad[oa]s?|"
                     r"fechad[oa]s?|chius[oaie]|stängd|stängt|kiinni|dicht|gesloten)\b")
#: where an appointment or a meeting is, said right after it, a clock time between ("consulta no hospital", "an
#: appointment at the clinic", "Termin im Klinikum", "appt 11am Penn State", "danach Treffen am Dorfpark")
_APPOINTMENT_AT = re.compile(r"\b(?:consulta|appointment|appt|termin|rendez-vous|rdv|cita|appuntamento|tid|"
                             r"afspraak|treffen|meeting|encontro|incontro|träff|tapaaminen)\s+"
                             r"(?:\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm|h|uhr)?\s+)?(?:(?:at|in|em|no|na|à|au|beim|im|am|"
                             r"bei|en|al|all'|alla|på|op|bij)\s+)?(?:(?:the|o|a|la|le|el|der|dem|het|de)\s+|l'\s*)?$")
#: "it's a zoo": a place that is too busy, not the zoo ("Skip the market, it's a zoo on weekends")
_ITS_A = re.compile(r"\b(?:it's|it is|it gets|gets|c'est|es|é|ist|är)\s+(?:a|an|un|una|um|uma|ein|ett)\s+$")


def _not_open_or_elsewhere(p: Prompt, x: Mention) -> str | None:
    """Why ``x`` is no visit: a place said closed ("Don't send me near the mall, it's closed"), where an appointment
    is ("Às 14h tenho consulta no hospital"), a busy place likened to a zoo ("it's a zoo on weekends")."""
    if _CLOSED.match(p.low, x.end):
        return "is said to be closed"
    if _APPOINTMENT_AT.search(p.low[max(0, x.start - 30):x.start]):
        return "is where an appointment is, with its own time"
    if x.tag == "tourism=zoo" and _ITS_A.search(p.low[max(0, x.start - 20):x.start]):
        return "says that a place is busy"
    return None


#: the trip's end or length said in the sentence of an event it comes before ("Done by 3 so I can nap before the
#: show", "We have three hours before the musical")
_ENDS_BEFORE_EVENT = re.compile(r"\b(?:\d+|an?|one|two|three|four|five|six)\s+(?:hours?|hrs?)\b|"
                                r"\b(?:done|back|finished|home|free|out)\s+(?:by|at|before|until)\b")


def _event_at_end(p: Prompt, x: Mention) -> bool:
    """Whether the event ``x``, said as what visits come before ("before we go to the show"), is where the
    trip ends: an end place is read (the show said first with its time and place, "Concert at Rams Head Live,
    doors at 8pm ... a drink before the show"), or no other event is asked for and the trip's end or length is
    said in its sentence."""
    end = any(p.places[1:3])  # the end, or the place of the deadline ("a gig at the Red Rattler at 8pm")
    if end and not x.name:
        return True
    words = "|".join(re.escape(w) for w in sorted(_EVENTS, key=len, reverse=True))
    others = [m for m in re.finditer(rf"\b(?:{words})\b", p.mlow) if m.start() != x.start]
    said = _ENDS_BEFORE_EVENT.search(p.low, sentence_bounds(p.mlow, x.start)[0], x.start)  # times are masked in mlow
    return not others and said is not None


#: home or back, when, then what one does there ("home by 7:45 to shower", "zu Hause um zu duschen")
_HOME_TO_DO = re.compile(rf"\b{_HOME_WORDS}\s+(?:by|at|before|around|for)\b[^.;!?,()]{{0,15}}?\s"
                         rf"(?:to|um zu|pour|para|per|för att|om te)\s+$")


#: goods one gets at a place ("snacks", "books"), when said as what a visit is for
_GOODS = {"snacks", "books", "clothes", "souvenirs", "gifts", "groceries", "flowers"}
#: what one goes there to do with them ("to pick out", "to pick up some", "to get", "to buy the")
_TO_GET = re.compile(r"\bto\s+[^\W\d_]+\s+(?:up\s+|out\s+)?(?:(?:some|a few|the|my|our|her|his|a|an)\s+)?$")


def _goods_there(mlow: str, x: Mention, before_x: list[Mention]) -> bool:
    """Whether ``x`` is goods got at the visit said before it in its clause: "a supermarket run for snacks",
    "then the library to pick out books" (no bookshop)."""
    before = mlow[max(0, x.start - 30):x.start]
    if x.word not in _GOODS or not (_PURPOSE_AFTER.search(before[-25:]) or _TO_GET.search(before)):
        return False
    a, _ = clause_of(mlow, x.start)
    return any(y.ref is None and a <= y.start and y.end <= x.start and y.category != x.category for y in before_x)


#: oneself, in the languages read ("I", "me", "io", "ich", "moi", "yo", "eu", "jag", "minä", "ik")
_ME = r"(?:i|me|io|ich|je|moi|yo|eu|jag|minä|ik|jo)"
_AND = r"(?:and|e|und|et|y|och|ja|en|i|&)"


#: the article some languages give a person's name ("a Rita", "la Laia", "der Tom"), and where the subject of a
#: clause stands, with it
_NAME_ARTICLE = r"(?:a|o|la|el|en|na|il|der|die)\s+"
_SUBJECT = (r"(?:^|[.,;:!?()\n-]\s*|\b(?:and|und|e|y|et|och|i|en|ja|but|aber|mais|mas|pero|ma|men)\s+)"
            r"(?:" + _NAME_ARTICLE + r")?")
#: wanting, said of someone by name ("Rita wanted", "a Rita queria", "la Laia vol", "Tom will", "Lisa vill")
_WANTS = (r"(?:also\s+|too\s+|também\s+|aussi\s+|auch\s+|también\s+|anche\s+|också\s+|també\s+)?"
          r"(?:wants|wanted|would like|'d like|needs(?!\s+(?:to|sie|er|es|ich|wir|man|du|ihr)\b)|insists|insisted|"
          r"quer|queria|vol|volia|vuole|voleva|vorrebbe|will(?!\s+be\b)|wollte|möchte|veut|voulait|voudrait|aimerait|"
          r"quiere|quería|querría|vill|ville|haluaa|halusi|wil|wilde|zou graag)\b"
          r"(?!\s+(?:vi|jag|du|han|hon|de|ich|wir|sie|er|man|ihr|we|i|you|je|il|on|nous|ik|wij|me|minä)\b)")


def _a_companion(low: str, name: str) -> bool:
    """Whether a one-word name the map knows is someone one goes with, said with oneself somewhere in the
    prompt: "Domani io e Marco partiamo ... (Marco è fissato)", "Lisa and I start at", "ich und Jonas"."""
    if not re.fullmatch(r"[^\W\d_]+", name):
        return False
    n = re.escape(name)
    return re.search(rf"\b{_ME}\s+{_AND}\s+{n}\b|\b{n}\s+{_AND}\s+{_ME}\b", low) is not None


def _wanting(low: str, name: str) -> bool:
    """Whether a one-word name the map knows is the subject of a wish: someone of the party ("A Rita queria ir
    às caves", "Anni will Schuhe kaufen"), not a place."""
    name = re.sub("^" + _NAME_ARTICLE, "", name)  # "a Rita": the article of a name
    return re.fullmatch(r"[^\W\d_]+", name) is not None and \
        re.search(rf"{_SUBJECT}{re.escape(name)}\s+{_WANTS}", low) is not None


#: liking a place ("we loved", "j'avais adoré", "ci era piaciuta", "hat uns gefallen", "nos encantó", "älskade")
_LIKED = re.compile(r"\b(?:loved|liked|enjoyed|adored|adoré|adorée|aimé|aimée|adorato|adorata|amato|piaciut[oaie]|"
                    r"gefallen|gefiel|geliebt|encantó|encantaron|gustó|gustaron|adoramos|adoré|amamos|adorei|"
                    r"gostei|gostámos|gostamos|adorámos|älskade|gillade|tykkäsin|tykkäsimme|rakastin|rakastimme|"
                    r"genoten|vonden|fanden|adoraram|encantar|rakastivat)\b")
#: a time before this trip ("last time", "last year", "la dernière fois", "l'anno scorso", "letztes Jahr")
_LAST_TIME = re.compile(r"\b(?:last (?:time|year|summer|winter|spring|autumn|week|month|visit)|la dernière fois|"
                        r"l'an dernier|l'année dernière|l'été dernier|l'anno scorso|l'ultima volta|l'estate scorsa|"
                        r"letztes (?:mal|jahr)|letzten sommer|beim letzten (?:mal|besuch)|la última vez|el año pasado|"
                        r"el verano pasado|da última vez|a última vez|no ano passado|o ano passado|förra (?:gången|"
                        r"året|sommaren)|i fjol|viime kerralla|viime vuonna|viime kesänä|vorige keer|vorig jaar|"
                        r"vorige zomer)\b")
#: so, then what is said after it, to the end of its clause ("so this time a museum first,", "donc d'abord une
#: église,", "quindi vorremmo tornarci,")
_SO_NEXT = re.compile(r"[^.!?;]{0,60}?[,.;!]?\s*\b(?:so|donc|quindi|perciò|dunque|daher|deshalb|"
                      r"así que|por eso|entonces|então|por isso|så|joten|dus|daarom)\b([^,.;!?]*)")


def _liked_before(mlow: str, x: Mention) -> bool:
    """Whether ``x`` is a place one liked last time, said as why the visit after it, in the clause that "so"
    opens, is wanted: "Last year we loved the view from the palace, so first a viewpoint", "La dernière fois
    j'avais adoré les petites églises, donc d'abord une église"; "we loved the galleries last time, so as many of
    those as we can" and "ci era piaciuta l'Asamkirche, quindi vorremmo tornarci" stay visits."""
    s0, _ = sentence_bounds(mlow, x.start)
    so = _SO_NEXT.match(mlow, x.end)
    if so is None:
        return False
    said = mlow[s0:so.start(1)]
    return bool(_LIKED.search(said) and _LAST_TIME.search(said) and LEX_RE.search(so.group(1)))


#: back, then where, in the languages read after their cue words became English ("back till the church", "back a
#: park" from "retour au square", "back tori" from "takaisin torille", "wieder at the church")
_BACK_TO_KIND = re.compile(r"\b(?:back|wieder|tillbaka|takaisin|zurück|terug|"
                           # said to someone else: "vuelves al parque", "torni al giardino", "te recojo en la iglesia"
                           r"vuelves|vuelve|regresas|torna|torni|ritorna|ritorni|tornes|voltas|volta|voltes|"
                           r"vens ter(?: outra vez)?|reviens|revenez|te recojo|te busco|te pego|te apanho|apanho-te|"
                           r"te récupère|ti vengo a prendere|ti prendo|et recullo|pick you up|meet you back|"
                           r"hämtar dig|haal je op|i must be at)\s+(?:(?:at|to|in|till|a|à|au|al|alla|allo|en|"
                           r"ao|à la|na|no|zum|zur|am|an|naar|op|på|vid|i|bij)\s+)?(?:(?:the|der|dem|die|la|le|el|o|a|het|"
                           r"de|il|lo|l')\s*)?(?P<word>[^\W\d_]+\s+)?$")
#: being where the trip ends, with a deadline after the place ("I must be at the garden by 8")
_BE_AT_KIND = re.compile(r"\b(?:must|have to|has to|need to|should)\s+be\s+(?:back\s+)?(?:at|in)\s+(?:the\s+)?$")
_BY_AFTER = re.compile(r"\s+(?:by|before)\b")


def _start_kinds(p: Prompt) -> set[str]:
    """The kinds the start's name says by a compound word ("Dreifaltigkeitskirche": church, "Fatbursparken":
    park, "Kauppatori": market)."""
    kinds = {compound_kind(w, p.lang) for w in re.findall(r"[^\W\d_]+", p.places[0] or "")} if p.places else set()
    return {TAG_CATEGORY.get(k, k) for k in kinds if k}


def _back_at_start_kind(p: Prompt, x: Mention, start: str) -> bool:
    """Whether ``x`` is the start, said by its kind as where one is back at when the trip ends: "sen tillbaka till
    kyrkan" from Sankt Paulskyrkan, "Back at the park by 1:30" from Fatbursparken, "Retour au square à 18h",
    "back to the mall parking lot" from Colonial Park Mall, "Devo tornare al giardino entro le 20"."""
    if not start or x.ref is not None:
        return False
    before = p.low[max(0, x.start - 40):x.start]  # the start's name is masked in mlow
    back = _BACK_TO_KIND.search(before)
    of_start = _of_start_kind(p, x, start) or (x.tag is None and x.category in _start_kinds(p))
    if back and back.group("word"):  # "back to the mall parking lot": a word of the start's name, then the kind
        return back.group("word").strip() in start.split() and x.category not in _EATS
    return of_start and bool(back or (_BE_AT_KIND.search(before) and _BY_AFTER.match(p.mlow, x.end)))


#: said to be done only on a later day ("é só amanhã", "erst morgen", rewritten "first tomorrow", "not until
#: Saturday", "seulement demain", "först i morgon"), in the clause of the place
_LATER_DAY = re.compile(r"\b(?:only|just|first|not (?:until|till|before)|é só|só|sólo|solo|seulement|pas avant|"
                        r"erst|först|vasta|pas avant|nur)\s+(?:on\s+|el\s+|le\s+|am\s+|on\s+)?(?:tomorrow|"
                        r"next week|the weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b")
#: "not today" said after a comma at the end of the sentence ("la llevo el domingo, hoy no.")
_NOT_TODAY_AFTER = re.compile(r"\s*,\s*(?:not today|hoy no|hoje não|pas aujourd'hui|nicht heute|heute nicht|oggi no|"
                              r"inte idag|ei tänään|vandaag niet|avui no|today no|today not)\s*(?:[.!;]|$)")


def _later_day(low: str, x: Mention) -> bool:
    """Whether the clause of ``x`` says it is for a later day: "Levar o cão ao veterinário é só amanhã", "Ins
    Kiasma gehen wir erst morgen", "La ropa para la iglesia la llevo el domingo, hoy no"."""
    a, b = clause_of(low, x.start, wide=True)
    return bool(_LATER_DAY.search(low, a, b) and not re.search(r"\bfirst thing\b", low[a:b])) or \
        bool(_NOT_TODAY_AFTER.match(low, b))


#: "there" right after an event ("before a concert there", "vor dem Konzert dort", "avant un concert là-bas")
_THERE_AFTER = re.compile(r"\s+(?:there|dort|da|là|là-bas|lì|là|allí|ahí|ali|lá|där|siellä|daar)\b")
#: a question to the reader about where a kind of place is ("Any good beer spots around Södermalm?", "Is there a
#: good bar nearby?", "Gibt es da eine gute Bar?", "Y a-t-il un bon bar près d'ici ?")
_ASKED = re.compile(r"\s*(?:any|is there|are there|do you know|know any|anything|gibt es|kennst du|y a-t-il|"
                    r"tu connais|connais-tu|hay|conoces|há|conheces|c'è|ci sono|conosci|finns det|vet du|"
                    r"onko|tiedätkö|is er|ken je)\b")


def _asked_again(mlow: str, x: Mention, before_x: list[Mention]) -> bool:
    """Whether ``x`` is in a question to the reader about a kind of place already asked for: "To finish I'd
    love a beer. ... Any good beer spots around Södermalm?", or that opens with it ("Flo will danach ins Kino.
    Kino bei dem Wetter? Na gut")."""
    s0, s1 = sentence_bounds(mlow, x.start)
    if not mlow[s1:s1 + 1] == "?" and not mlow[s0:s1].rstrip().endswith("?"):
        return False
    opens = len(re.findall(r"[^\W\d_]+", mlow[s0:x.start])) <= 1  # "Kino bei dem Wetter?", "A museum, in this heat?"
    return bool(_ASKED.match(mlow, s0) or opens) and any(y.category == x.category and y.tag == x.tag and
                                                          y.ref is None for y in before_x)


#: a visit already made: a word of the past ("already", "yesterday", "schon", "déjà", "ayer") and a verb of having
#: been or seen ("been", "waren", "vu", "fuimos"), in the clause of the place
_ALREADY = re.compile(r"\b(?:already|yesterday|hier (?:nous|on|j'ai|je|soir|matin)|(?:faits?|faites?|vus?|vues?) hier|"
                      r"last (?:time|year|week|month|summer|trip|visit|stay)|before now|gestern|bereits|letztes mal|"
                      r"earlier (?:this|in the) (?:week|trip|month|year)|"
                      # last week, last year, in the languages read ("la setmana passada", "l'anno scorso")
                      r"letzte woche|letztes jahr|la semaine dernière|l'année dernière|la semana pasada|el año pasado|"
                      r"a semana passada|o ano passado|la settimana scorsa|l'anno scorso|la setmana passada|"
                      r"l'any passat|förra veckan|förra året|viime viikolla|viime vuonna|vorige week|vorig jaar|"
                      r"déjà|ya|ayer|la última vez|já|ontem|da última vez|già|ieri|l'ultima volta|redan|igår|i går|förra "
                      r"gången|eilen|viime kerralla|gisteren|vorige keer|ahir|jo|ja hem|ja he|"
                      r"(?:hebben|heb|zijn|ben) al|schon|al (?=gezien|geweest|bezocht|gedaan)|"
                      # Danish and Norwegian: the day before yesterday, last time, last year ("i aftes", last
                      # night, is "yesterday" by then)
                      r"i forgårs|sidste gang|forrige gang|sidste år|i fjor|allerede)\b")
#: yesterday, in the languages read ("we loved the playground yesterday", "ayer", "ontem", "ieri", "i går")
_YESTERDAY = re.compile(r"\b(?:yesterday|gestern|ayer|ontem|ieri|ahir|igår|i går|eilen|gisteren)\b")
_BEEN = re.compile(r"\b(?:been|was|were|went|visited|saw|seen|did|done|enough|genug|war|waren|warst|gewesen|besucht|"
                   r"gesehen|été|allé|allée|allés|vu|vus|visité|visitée|fait|faits|faites|fui|fuimos|fue|fueron|estuve|"
                   r"estuvimos|visitamos|"
                   r"vimos|fomos|estive|estivemos|visitei|visitámos|stato|stata|stati|andato|andati|visto|"
                   r"visitato|visti|viste|visitati|fatti|vart|varit|var|besökte|besökt|sett|såg|käynyt|käytiin|nähty|nähnyt|geweest|bezocht|gezien|"
                   r"estat|vaig anar|vam anar|vaig veure|vam veure|vaig visitar|vam visitar|"
                   # a meal had already ("we already had breakfast", "on a déjà pris le petit-déjeuner", "já tomámos o
                   # pequeno-almoço", "abbiamo già fatto colazione", "vi har redan ätit frukost", "söimme jo aamiaisen")
                   r"had|ate|eaten|pris|mangé|tomamos|tomámos|tomei|comimos|comemos|comi|fatto|mangiato|preso|ätit|åt|"
                   r"söimme|söin|syöneet|gegessen|gehabt|gegeten|gehad|ontbeten|hem|näimme|näin|kävimme|kävin|vam|"
                   r"vàrem|"
                   # Danish and Norwegian: have seen, visited, been ("vi har set det", "besøgte vi sidste år"; "så vi
                   # i går" is "we saw" by then)
                   r"har set|har sett|besøgte|besøkte|været|vært)\b")


#: a kind said to be closed ("the market is closed today", "O mercado hoje está fechado", "das Museum ist heute zu")
_CLOSED_AFTER = re.compile(r"\s+(?:[^\W\d_]+\s+){0,2}(?:is|are|ist|sind|est|sont|está|están|estão|è|sono|är|on|ovat|"
                           r"zijn|està|estan)\s+(?:[^\W\d_]+\s+)?(?:closed|geschlossen|zu|fermée?s?|cerrad[oa]s?|"
                           r"fechad[oa]s?|chius[oia]|stängda?|stängt|kiinni|suljettu|gesloten|dicht|tancad[ae]s?|tancats?)\b")


#: words for children, which the tagging schema lists for places made for them ("enfants", "children")
_CHILDREN = {"children", "kids", "enfants", "kinder", "kindern", "niños", "crianças", "bambini", "barnen", "lapset",
             "kinderen", "nens"}
#: a word for any place, after a word that says what it is like ("a cheap place", "något billigt ställe")
_PLACE_NOUN = re.compile(r"\s+(?:place|spot|ställe|sitio|lugar|endroit|coin|lokal|posto|locale|paikka|plek|lloc|sítio)\b")
#: what is said of another day, not today ("the wedding, Saturday at the club, but not today", "ma oggi no")
#: (the day words read as English: "oggi" is "today")
_NOT_TODAY = re.compile(r"\b(?:(?:not|no|non|pas|nicht|não|inte|ei|niet) today|today (?:no|not|non|nicht|não|inte|niet)|"
                        r"pas aujourd'hui|nicht heute|heute nicht|hoy no|no hoy|hoje não|não hoje|inte idag|ei tänään|"
                        r"niet vandaag|vandaag niet|avui no)\b")


def _aside_of(mlow: str, x: Mention) -> tuple[int, int]:
    """The brackets ``x`` is said in, else its clause ("and" and "but" do not end it)."""
    o, c = mlow.rfind("(", 0, x.start), mlow.find(")", x.end)
    if o >= 0 and c >= 0 and ")" not in mlow[o:x.start] and "(" not in mlow[x.end:c]:
        return o, c
    return clause_of(mlow, x.start, wide=True)


#: a verdict against a place said after it, as the ten languages say it once rewritten ("Café Rival ... it's fine
#: but overrated", "L'Illa Carlemany no val la pena", "le Café de Paris est hors de prix", "den Viktualienmarkt lass
#: bitte aus", "den Adventmarkt kannst du dir schenken", "Kiasmaan ei tänään kannata", "então esquece esse")
_VERDICT_AGAINST = re.compile(
    r"^[^.;!?]{0,80}?\b(?:not worth (?:it|the)|isn't worth|overrated|over-rated|a tourist trap|tourist traps?|a rip-off|"
    r"overpriced|no val (?:gens |pas )?la pena|no vale la pena|não vale a pena|non vale la pena|ne vaut pas le coup|"
    r"hors de prix|surfaite?s?|lass(?:t)? (?:\w+ ){0,2}aus\b|lasst (?:\w+ ){0,2}aus\b|(?:kannst du dir|kann man sich|"
    r"könnt ihr euch) schenken|lohnt (?:sich )?nicht|ist es nicht wert|überbewertet|(?:ei|without) (?:\w+ )?kannata|"
    r"inte (?:är )?värt|överskattad|overschat|niet de moeite|esquece(?: esse| essa|-o|-a)?\b|olvídalo|olvidate|"
    r"lascia perdere|lascialo|(?:ni|without) t'hi acostis|sopravvalutat[oaie]|sobrevalorad[oa]s?|sobrevalorizad[oa]s?|"
    # what is called off ("Mittagessen fällt aus", "lunch is off", "le déjeuner est annulé", "lunchen skippar vi")
    r"fällt (?:\w+ )?(?:aus|flach)\b|entfällt|is (?:off|cancelled|canceled)\b|est annulée?|skippar vi|jää väliin|"
    r"vervalt|se cancela|salta(?:mos)?\b|saltiamo|n'aura pas lieu)")
#: advice against going, said before the place ("Don't bother with the duty-free shops", "Évite juste la place
#: de la République", "ne va pas manger à l'Inner Harbor", "não vás ao Majestic", "no vayas al mercado")
_ADVICE_AGAINST = re.compile(
    r"\b(?:don't bother with|do not bother with|stay away from|évite[zs]?|evita|evite|eviten|evitad|undvik|"
    r"vermeide|vermeidet|ne va(?:s)? pas|n'allez pas|não vás|não vá|não vão|no vayas|no vaya|no vayáis|non andare|"
    r"non andate|geh nicht|geht nicht|gå inte|ga niet|no vagis)\s+(?:[^\W\d_][\w'-]*\s+){0,4}$")
#: "there is", in the languages read ("there's a fountain in the courtyard", "c'è la tomba", "da gibt es einen Brunnen")
_THERE_IS = re.compile(r"\b(?:there's|there is|there are|c'è|c è|ci sono|il y a|hay(?! que)|há(?! que)|es gibt|gibt es|"
                       r"gibt's|da ist|det finns|där finns|er is|er zijn|hi ha)\s+(?:[\w'-]+\s+){0,3}$")
#: what the visit just said is, after a comma ("Bistro Süd, das ist unser Lieblingsrestaurant", "The Camden, it's an
#: English pub")
_IS_DESCRIBED = re.compile(r"(?<=[,;–—(] )(?:that's|that is|it's|it is|das ist|the ist|es ist|c'est|es|é|è|är|det är|"
                           r"se on|dat is|het is|és)\s+(?:(?:a|an|the|our|my|their|ein|eine|einer|unser|unsere|mein|"
                           r"meine|un|une|notre|mon|ma|nuestro|nuestra|mi|o|a|nosso|nossa|meu|minha|il|la|nostro|nostra|"
                           r"mio|mia|vårt|vår|min|mitt|en|ett|onze|ons|mijn|een|el)\s+){0,2}(?:[\w'-]+\s+){0,3}$")


def _said_of_visit_before(p: Prompt, x: Mention, before_x: list[Mention]) -> bool:
    """Whether ``x`` is said of a visit before it in its sentence, not asked for: what is there ("entra nella
    cattedrale, c'è la tomba di Grace Kelly") or what the visit is ("Bistro Süd, das ist unser Lieblingsrestaurant");
    a question asks for it ("gibt's da nicht einen Buchladen in der Nähe?")."""
    low, lo = p.low, max(0, x.start - 40)
    said = (not x.name and _THERE_IS.search(low, lo, x.start)) or _IS_DESCRIBED.search(low, lo, x.start)
    s1 = sentence_bounds(low, x.start)[1]
    sentence = sentence_bounds(p.mlow, x.start)
    return bool(said) and low[s1:s1 + 1] != "?" and any(
        y.end <= x.start and sentence_bounds(p.mlow, y.start) == sentence and not THEN_RE.search(p.mlow, y.end, x.start)
        for y in before_x)  # "dann Mittagessen, zum Schluss gibt's Kaffee und Kuchen": a step of its own


#: sitting down, in the languages read: the "Bank" or "banco" said with it is a bench
_SIT = re.compile(r"\b(?:sit|sits|sitting|setz\w*|sitz\w*|senta\w*|sente\w*|siént\w*|assie[dt]s?|asseoir|"
                  r"assis|assieds-toi|siediti|sederti|sedersi|siedi|sitt\w*|sätt dig|sätter|istu\w*|zit\w*|seu|"
                  r"seure|asseu\w*)\b")
#: "instead" said alone after two places: the first is the one not to go to ("go to the Ratskeller instead")
_INSTEAD = re.compile(r"\b(?:instead|stattdessen|plutôt|en su lugar|en lugar de eso|invece|i stället|sen sijaan|"
                      r"em vez disso|en canvi|in plaats daarvan)\b(?!\s+(?:of|de|d'|di|von|för|van)\b)")


def _advised_against(p: Prompt, x: Mention) -> bool:
    """Whether the writer advises against ``x``: a verdict after it, advice before it, or another place said after
    it in its sentence with "instead" ("Hofbräuhaus, honestly it's stag parties, go to the Ratskeller instead")."""
    low = p.low
    s0, s1 = sentence_bounds(low, x.start)
    if _VERDICT_AGAINST.match(low[x.end:s1]) or _ADVICE_AGAINST.search(low, max(s0, x.start - 45), x.start):
        return True
    instead = _INSTEAD.search(low, x.end, s1)
    return instead is not None and bool(LEX_RE.search(p.mlow, x.end, instead.start()) or re.search(
        r"\b(?:go|geh|va|ve|vai|vá|gå|ga|mene)\b[^.;!?]*(?-i:[A-ZÀ-Ý])", p.text[x.end:instead.start()]))


#: someone's wish said in the past or the conditional, in the languages read ("Dave wanted", "Thomas wollte", "meine
#: Frau hätte gern", "mon beau-frère voulait", "la Rita queria", "Jussi ehdotti", "les élèves réclamaient")
_PAST_WISH = re.compile(r"\b(?:wanted|wished|would (?:have )?(?:liked|loved)|suggested|proposed|asked for|begged for|"
                        r"was keen on|had hoped|wollte|wollten|hätte gern|hätten gern|hätte gerne|wünschte|schlug|"
                        r"voulait|voulaient|aurait (?:aimé|voulu)|auraient (?:aimé|voulu)|réclamaient|réclamait|"
                        r"proposait|"
                        r"quería|querían|hubiera querido|habría querido|propuso|queria|queriam|teria gostado|sugeriu|"
                        r"propôs|voleva|volevano|avrebbe voluto|proponeva|ville ha|föreslog|önskade|wilde|wilden|"
                        r"halusi|halusivat|olisi halunnut|ehdotti|ehdottivat|volia|volien|proposava)\b")
#: someone's wish said in the present ("Tom wants", "I'd love", "Jana möchte", "il veut", "quiere", "vuole", "vill")
_WISH_NOW = re.compile(r"\b(?:wants?|'d (?:love|like)|would (?:love|like)|i want|möchte|möchten|will|wollen|veut|"
                       r"veulent|"
                       r"voudrait|quiere|quieren|quer|querem|vuole|vogliono|vill|vil|haluaa|haluavat|wil|willen)\b")
#: "but", in the languages read, not "but also"
_BUT = re.compile(r"\b(?:but|mais|aber|pero|mas|ma|mutta|men|maar|però)\b(?!\s+(?:also|aussi|auch|también|também|anche|"
                  r"myös|också|ook|també)\b)")
#: a wish given up, said after it in its sentence ("so forget it", "fällt aus", "das lassen wir", "donc non", "fica para
#: outra vez", "ei tällä kertaa", "so we'll skip it", "next time"; the Finnish "ei" rewritten "without" before a word)
_GIVEN_UP = re.compile(r"\b(?:forget it|skip it|we'll skip|so no\b|not this time|next time|another time|fällt aus|"
                       r"fällt weg|"
                       r"lassen wir|das wird nix|nächstes mal|donc non|pas cette fois|la prochaine fois|une autre fois|"
                       r"otra vez será|la próxima|fica para outra vez|para a próxima|da próxima|la prossima volta|"
                       r"un'altra volta|nästa gång|inte den här gången|(?:ei|without) tällä kertaa|"
                       r"ensi kerralla|volgende keer)")


def _wish_given_up(p: Prompt, x: Mention) -> bool:
    """Whether ``x`` is someone's wish the writer gives up in its sentence: said in the past or the conditional
    with "but" after it ("Dave wanted the Viktualienmarkt, but the stalls are shut"), or said so and then given up
    ("Thomas wollte Bowling, gibt's nicht, fällt aus"; "Tom wants a sauna, but ..., so forget it")."""
    if x.ref is not None:
        return False
    s0, s1 = sentence_bounds(p.low, x.start)
    but = _BUT.search(p.low, x.end, s1)
    if but is not None and (but.start() - x.end > 50 or LEX_RE.search(p.mlow, x.end, but.start())):
        return False  # "a phone shop, then I'd love a sauna but ..., so skip it": the sauna is given up, not the shop
    if _PAST_WISH.search(p.low, max(s0, x.start - 60), x.start):
        return but is not None or _GIVEN_UP.search(p.low, x.end, s1) is not None
    return but is not None and _WISH_NOW.search(p.low, max(s0, x.start - 60), x.start) is not None and \
        _GIVEN_UP.search(p.low, but.end(), s1) is not None


def _said_again_at_once(mlow: str, y: Mention, x: Mention) -> bool:
    """Whether ``x`` says ``y`` again in its sentence, no word of order or of another visit between."""
    return sentence_bounds(mlow, x.start)[0] <= y.start and not _TWO_VISITS.search(mlow, y.end, x.start)


#: a comma, then a pronoun that takes up what was said before it ("les musées, on les a faits hier", "museums, we did
#: those yesterday", "die Kirchen, die kennen wir schon", "las iglesias, ya las vimos", "as igrejas, já as vimos")
_RESUMED = re.compile(r",\s*(?:on les|on l['’]|nous les|je les|je l['’]|we did (?:those|them|that)|we've (?:done|seen) "
                      r"(?:those|them|that)|(?:die|das|den) (?:hatten|haben|kennen|waren)|ya (?:los|las|lo|la)|"
                      r"já (?:os|as|o|a)|li abbiamo|le abbiamo|l['’]abbiamo|dem (?:har|såg)|de har vi)\b")


#: "and" right after a name or a kind, said with the next one ("Kiasma and Ateneum ...")
_JOINED = re.compile(r"\s+(?:and|und|et|y|e|och|og|ja|en)\s+")

#: done with what comes right after, in the languages read as rewritten ("fertig mit Strand": "done mit Strand")
_DONE_WITH = re.compile(r"\b(?:done|finished|fertig|klaar|färdig|færdig|ferdig)\s+(?:with|mit|met|med)\s+"
                        r"(?:(?:the|our|my|dem|der|den|unserem|de|het)\s+)?$")


def _done_before(mlow: str, x: Mention) -> bool:
    """Whether the clause of ``x`` says it was visited already: "Im Schloss waren wir gestern schon", "we went to
    the zoo yesterday", "on a déjà vu le musée", "ya fuimos al museo", "the kids loved the playground yesterday"."""
    return _done_before_at(mlow, x.start, x.end)


#: a visit missed, in the languages read ("I missed", "we never got to", "hab ich verpasst", "on a raté")
_MISSED = re.compile(r"\b(?:missed|didn't get to|did not get to|never got to|never made it to|couldn't see|"
                     r"could not see|verpasst|raté|ratée|manqué|me perdí|nos perdimos|perdi|perdemos|"
                     r"mi sono perso|mi sono persa)\b")


def _done_before_at(mlow: str, start: int, end: int) -> bool:
    """:func:`_done_before` of what is said from ``start`` to ``end`` (a mention, or a name said without its kind:
    "Stonewall Inn så vi i går")."""
    if _DONE_WITH.search(mlow, max(0, start - 30), start):
        return True  # "ab drei am Larvotto fertig mit Strand", "at two at the Capitol Diner done with lunch"
    a, b = clause_of(mlow, start)
    joined = _JOINED.match(mlow, end)
    if joined and b <= joined.end():  # "Kiasma and Ateneum on jo nähty": said of both
        b = clause_of(mlow, joined.end())[1]
    if _RESUMED.match(mlow, b) and not mlow[end:b].strip():  # "les musées, on les a faits hier": said of them
        b = clause_of(mlow, b + 1)[1]
    if _MISSED.search(mlow, a, b):
        return False  # "Last time I was here I missed the Residenz museum": not seen, so wanted
    return bool(_ALREADY.search(mlow, a, b) and (_BEEN.search(mlow, a, b) or (
        _LIKED.search(mlow, a, b) and _YESTERDAY.search(mlow, a, b))))


#: a word of working or studying, then where ("my wife works at the hospital", "trabajo hasta tarde en el hospital",
#: "sou professor na Uniderp", "je bosse à Bastille", "tyttäreni työskentelee Ateneumissa")
_WORK_BEFORE = re.compile(
    r"\b(?:(?:i|we|you|they) work|works|working|worked|(?:i|we|they) study|studies|studying|arbeite|arbeitet|arbeiten|"
    r"trabajo|trabaja|trabajamos|trabalho|trabalha|trabalhar|trabalhando|travaille|travailles|bosse|bosses|lavoro|"
    r"lavora|treballo|treballa|jobbar|arbetar|pluggar|studerar|werk|werkt|estudio|estudia|estudo|estuda|étudie|studio|"
    r"studia|estudiante|estudante|étudiant|étudiante|student|studentin|professor|professora|profesor|profesora|"
    r"teacher|lehrer|lehrerin|enseignant|enseignante)\s+(?:[^\W\d_]+\s+){0,3}?(?:at|in|on|en|em|no|na|à|au|a|al|"
    r"alla|nel|nella|bei|im|am|an der|an dem|auf|på|i|bij|op)\s+(?:(?:the|el|la|los|las|le|les|l'|o|os|a|as|il|lo|"
    r"der|die|das|dem|den|het|de)\s*)?(?:[^\W\d_]+\s+){0,2}$|\b(?:työskentelee|työskentelen|töissä|opiskelee)\s+$")
#: where one works or studies, then the verb, as German and Dutch put it ("die an der Uni studiert")
_WORK_AFTER = re.compile(r"\s+(?:[^\W\d_]+\s+)?(?:arbeitet|arbeite|arbeiten|studiert|studiere|studieren|werkt|"
                         r"studeert)\b")
#: someone is there the whole of a time of day ("I'm stuck at the office all day", "Mein Mann ist den ganzen Tag
#: auf einer Konferenz", "I'm at soccer all morning")
_ALL_DAY = re.compile(r"\b(?:all (?:day|morning|afternoon|evening)|the whole (?:day|morning|afternoon|evening)|(?:den|the) ganzen (?:tag|vormittag|"
                      r"nachmittag)|"
                      r"toute la (?:journée|matinée)|tout l'après-midi|todo el día|toda la (?:mañana|tarde)|o dia (?:todo|"
                      r"inteiro)|a manhã toda|tutto il giorno|tutta la mattina|tot el dia|tot el matí|hela dagen|"
                      r"hela förmiddagen|koko päivän|koko aamupäivän|de hele dag|de hele ochtend)\b")
#: someone is somewhere, a few words before it ("my husband is at", "Mein Mann ist den ganzen Tag auf")
_IS = (r"\b(?:i'm|i am|we're|we are|he's|she's|is|are|will be|'ll be|bin|ist|sind|suis|est|sommes|estoy|está|estamos|estou|tô|sono|"
       r"è|siamo|sóc|és|som|är|oon|olen|on|ben|zijn)\s+")
_SOMEONE_IS = re.compile(_IS + r"(?:[^\W\d_]+\s+){0,3}$")
#: the same with the time of day right after the verb, and what one is at there ("Mein Mann ist den ganzen Tag auf
#: einer Konferenz im", "she is all day at a workshop in the")
_IS_ALL_DAY = re.compile(_IS + _ALL_DAY.pattern + r"\s+(?:[^\W\d_]+\s+){0,5}$")
#: someone spends a time of day there ("my wife spends the morning at the hairdresser", "passe la matinée chez le",
#: "verbringt den Vormittag beim", "tillbringar förmiddagen hos", "viettää aamupäivän", "zit de hele ochtend bij")
_SPENDS = re.compile(r"\b(?:spends?|spending|verbringt|verbringe|verbringen|passe|passes|passons|pasa|paso|pasamos|"
                     r"passa|passo|passiamo|passem|tillbringar|viettää|vietän|vietämme|zit|zitten)\s+(?:(?:the|la|le|"
                     r"el|o|a|den|de)\s+)?(?:(?:hele|whole|ganzen)\s+)?(?:morning|afternoon|day|evening|vormittag|"
                     r"nachmittag|tag|matinée|journée|après-midi|tomorrow|tarde|día|manhã|dia|mattina|mattinata|"
                     r"pomeriggio|giornata|matí|tarda|förmiddagen|eftermiddagen|dagen|aamupäivän|iltapäivän|päivän|"
                     r"ochtend|middag|dag)\s+(?:[^\W\d_]+\s+){0,2}$|\b(?:viettää|vietän|vietämme)\s+\w+\s+$")
#: no need to come or go there ("inutile de passer", "also komm ja nicht vorbei", "no cal que hi vinguis", "älä tule
#: sinne", "da musst du aber nicht hin", "don't need to go back there")
_NOT_COMING = re.compile(
    r"\b(?:(?:don't|do not|no need to|not) (?:\w+ )?(?:come|go)(?: back)? (?:there|by|over)|don't come|"
    r"(?:komm|kommst|komme)\s+(?:\w+\s+)?(?:not|nicht)\s+(?:vorbei|hin)|(?:not|nicht)\s+hin\b|"
    r"inutile de (?:passer|venir)|pas besoin de (?:passer|venir)|ne viens pas|no hace falta que (?:vengas|pases|vayas)|"
    r"no vengas|no cal que (?:hi )?(?:vinguis|passis|vagis)|não (?:precisas?|tens) de (?:vir|ir|passar)|não venhas|"
    r"non (?:serve|c'è bisogno) (?:che (?:tu )?(?:venga|passi)|di (?:venire|passare))|non venire|"
    r"behöver (?:inte|not) (?:komma|gå dit)|kom inte|älä tule|ei tarvitse tulla|en ole menossa|"
    r"(?:kom|hoef je)\s+(?:niet|not)\s+(?:langs|heen)|hoeft (?:niet|not) te komen)\b")


#: a verb of living somewhere, in the languages read ("I live", "wohne", "j'habite", "moro", "bor", "woon")
_LIVE = (r"(?:live|lives|living|wohne|wohnen|wohnt|habite|habitons|habitent|vivo|vivimos|vive|viven|moro|moramos|"
         r"mora|moram|abito|abitiamo|abita|visc|vivim|viu|bor|bodde|woon|wonen|woont)")
#: how far: "a minute from", "two blocks from", "à deux minutes du", "a cinco minutos del" (a duration is blanked)
_HOW_FAR = (r"(?:(?:at|à|a|om)\s+)?(?:(?:[^\W\d_]+|\d+)\s+(?:minute|minutes|min|mins|minuten|minutos|minuti|"
            r"minuts|minuter|minuutin|block|blocks|step|steps|pas|passos|pasos|passi|schritte)(?:'s walk)?\s+)?"
            r"(?:away\s+)?(?:from|von|vom|du|des|da|do|dal|dalla|dallo|del|från|van)")
#: where, next to it: "by", "near", "next to", "neben", "près du", "al lado del", "perto da", "vicino alla", "nära"
_NEAR = (r"(?:on|by|at|near|next to|close to|across from|opposite|beside|behind|round the corner from|"
         r"around the corner from|neben|beim|bei|am|an|nahe|gegenüber|près de|près du|près des|at côté de|"
         r"at côté du|à côté de|à côté du|en face de|en face du|cerca de|cerca del|al lado de|al lado del|"
         r"junto a|junto al|enfrente de|enfrente del|perto de|perto da|perto do|ao lado de|ao lado da|"
         r"ao lado do|em frente a|em frente da|em frente do|vicino a|vicino al|vicino alla|accanto a|"
         r"accanto al|accanto alla|di fronte a|di fronte al|di fronte alla|a prop de|a prop del|al costat de|"
         r"al costat del|davant de|davant del|nära|vid|bredvid|mittemot|naast|bij|vlakbij|tegenover|dichtbij|"
         # above it ("our apartment is above a bakery", "über", "encima de", "por cima de", "sopra", "ovanför")
         r"above|über|at the-dessus de|au-dessus de|encima de|por cima de|sopra|a sobre de|ovanför|boven)")
#: one lives close to the place ("I live a minute from the gym", "ich wohne direkt neben der Kirche", "moro perto
#: da igreja"): where one lives, not a visit
_LIVES_NEAR = re.compile(rf"\b{_LIVE}\s+(?:right\s+|just\s+|only\s+|direkt\s+|gleich\s+|juste\s+|justo\s+|"
                         rf"mesmo\s+|bem\s+|proprio\s+|precis\s+|pal\s+|vlak\s+)?(?:{_HOW_FAR}|{_NEAR})"
                         rf"\s+(?:(?:the|der|die|das|dem|den|la|le|les|el|los|o|a|os|as|il|lo|het|de)\s+|l'\s*)?"
                         rf"(?:[^\W\d_]+\s+)?$")  # "we live right by the waterfront park": a word of its name


#: where one stays, then a verb of being there ("our hotel is right next to a park", "unser Hotel liegt direkt neben
#: einem Park", "o nosso hotel fica ao lado de um parque", "hotellimme on aivan puiston vieressä")
_LODGING_IS = (r"\b(?:hotel|hostel|airbnb|apartment|flat|guesthouse|b&b|hôtel|hotell|hotellet|hotellimme|hotellini|"
               r"albergo|apartamento|appartement|appartamento|wohnung|ferienwohnung|unterkunft|pension|pensão|pensione|"
               r"pousada|alojamento|alojamiento|alloggio|logement|boende|majoitus|majoituksemme|huisje|onderkomen|piso|"
               r"pis|lägenhet|lägenheten|asunto|asuntomme|asuntoni)\s+"
               r"(?:is|'s|liegt|ist|est|se trouve|está|queda|fica|è|si trova|ligger|är|ligt|zit|és|on)\s+")
#: what one's lodging is near, said before it ("our hotel is right next to a", "ons hotel ligt vlak naast een")
_LODGING_NEAR = re.compile(_LODGING_IS + rf"(?:[^\W\d_]+\s+)?(?:{_NEAR}\s+|(?:à|at) côté d'\s*|al costat d'\s*|"
                           rf"a prop d'\s*|près d'\s*|en face d'\s*|davant d'\s*)(?:(?:the|a|an|der|die|das|dem|den|einem|einer|"
                           rf"la|le|les|el|los|o|os|as|il|lo|het|de|een|un|una|uma|um|une|en|ett)\s+)?$")
#: the same in Finnish, the place before its postposition ("hotellimme on aivan puiston vieressä")
_LODGING_BEFORE = re.compile(_LODGING_IS + r"(?:[^\W\d_]+\s+)?$")
_NEAR_AFTER = re.compile(r"\s+(?:vieressä|lähellä|edessä|takana|luona|vieressään|yläpuolella|alapuolella)\b")


#: one lives or stays in the place ("wir wohnen in einer Ferienwohnung", "we're staying in a guesthouse", "estamos
#: alojados en un albergue")
_LIVES_IN = re.compile(rf"\b(?:{_LIVE}|stay|stays|staying|übernachten|alojad[oa]s?|hospedad[oa]s?|alloggiamo|"
                       rf"alloggio|logeren)\s+(?:in|at|im|en|em|no|na|au|i|på|bei|op)\s+(?:(?:the|a|an|der|die|das|dem|"
                       rf"la|le|el|o|un|una|uma|um|une|il|lo|een|het)\s+)?(?:[^\W\d_]+\s+)?$")


def _somebody_there(mlow: str, x: Mention) -> str | None:
    """Why ``x`` is where someone works, studies or is all day, or where a car is parked, not a visit: "my wife
    works at the hospital", "die an der Uni studiert", "I'm stuck at the office all day", "Ich bin im Klinikum bis 6,
    also komm nicht vorbei", "o carro ficou no parque", "before the car park shuts"."""
    a, b = clause_of(mlow, x.start)
    before = mlow[max(a, x.start - 60):x.start]
    if _WORK_BEFORE.search(before) or _WORK_AFTER.match(mlow, x.end):
        return "is where someone works or studies"
    if _LIVES_NEAR.search(before):
        return "is where someone lives near"
    if _LIVES_IN.search(before):
        return "is where someone lives or stays"
    if _LODGING_NEAR.search(before) or (_LODGING_BEFORE.search(before) and _NEAR_AFTER.match(mlow, x.end)):
        return "is what one's lodging is near"
    if (_SOMEONE_IS.search(before) and _ALL_DAY.search(mlow, a, b)) or _IS_ALL_DAY.search(before) or \
            _SPENDS.search(before):
        return "is where someone spends the day"
    s0, s1 = sentence_bounds(mlow, x.start)
    if _NOT_COMING.search(mlow, s0, s1):
        return "is where someone is, with no need to go"
    if _VEHICLE_LEFT.search(before) or _VEHICLE_THERE.match(mlow[x.end:s1]) or _PARKED_AFTER.match(mlow, x.end) or (
            re.fullmatch(_VEHICLE, x.word) and _VEHICLE_PARKED.match(mlow, x.start)) or \
            (x.word == "park" and _PARKING.search(before)):
        return "is where a car or bike is parked"
    return None


_VEHICLE = (r"(?:car|carro|coche|voiture|auto|macchina|bil|bilen|wagen|radl|fahrrad|rad|cykel|cykeln|pyörä|fiets|"
            r"moto|scooter)")
#: a verb of leaving or parking a vehicle
_PARKED = (r"(?:is|stands|was left|left|parked|ficou|está|fica|deixei|deixamos|dejé|dejamos|está aparcado|tenemos|"
           r"tengo|laissé|garé|garée|est|steht|stehen|geparkt|abgestellt|lasciato|lasciata|parcheggiato|è|står|"
           r"parkerat|parkeerd|staat|on)")
#: a vehicle left there, then the place ("o carro ficou no parque", "tenemos el coche en el parking", "Cykeln står
#: vid kyrkan")
_VEHICLE_LEFT = re.compile(rf"\b(?:{_VEHICLE}\s+(?:\w+\s+)?{_PARKED}|(?:ich|i|we|wir) park(?:e|en|ed)?|on se gare|"
                           rf"on s'est garée?s?|nous nous sommes garée?s|aparcado|aparcat|aparquem|estacionámos|"
                           rf"estacionado|parcheggiato|pysäköimme|pysäköin|parkerade|parkerat|"
                           rf"je me gare|nous nous garons|aparcamos|aparco|estacionamos|estaciono|parcheggiamo|"
                           rf"parcheggio|parkerar|parkeren)\s+"
                           rf"(?:[^\W\d_]+\s+){{0,3}}$")
#: the place, then that a vehicle is left there ("al parco, dove abbiamo lasciato la macchina", "am Platz (da steht
#: mein Radl)")
_VEHICLE_THERE = re.compile(rf"[^.;!?]{{0,12}}?\b(?:where|da|dort|dove|où|donde|onde|där|jossa|waar)\b"
                            rf"(?:[^.;!?]{{0,40}}?\b{_PARKED}\b[^.;!?]{{0,20}}?\b{_VEHICLE}\b|"
                            rf"[^.;!?]{{0,30}}?\b{_VEHICLE}\b\s+(?:\w+\s+)?{_PARKED}\b)")
#: the vehicle itself, then that it is left somewhere ("la voiture est garée au même endroit", "das Auto steht am
#: Markt"): the vehicle word is no visit
_VEHICLE_PARKED = re.compile(rf"{_VEHICLE}\s+(?:\w+\s+)?{_PARKED}\b")
#: the verb of parking after the place, as German and Dutch put it ("neben dem Supermarkt geparkt")
_PARKED_AFTER = re.compile(r"\s+(?:[^\W\d_]+\s+)?(?:geparkt|geparkeerd)\b")
#: "park" as the verb or in "car park" ("Ich park am Markt", "before the car park shuts")
_PARKING = re.compile(r"\b(?:car|ich|i|we|wir)\s+$")


#: events one has ("I have a concert tonight"), or that start at their time where the trip ends ("finish at
#: the Red Rattler, there's a show at 19:30"); "dinner, then the opera at 8pm" stays a visit
_EVENTS = {"concert", "a show", "the show", "musical", "ballet", "opera", "movie", "the movie", "film", "the film"}
#: closing time, said as what a visit comes before ("avant la fermeture", "antes del cierre", "vor Ladenschluss")
_CLOSING = {"closing", "closing time", "fermeture", "cierre", "chiusura", "fecho", "encerramento", "schließung",
            "ladenschluss", "stängning", "sluiting", "tancament"}
_HAVE = re.compile(r"\b(?:have|has|got|there is|there's|hay|tenho|tengo|j'ai|habe|hab|har|ho|tinc|heb)\s+"
                   r"(?:(?:a|an|the|my|our|um|uma|un|una|une|ein|einen|eine|en|ett|een)\s+)?$")
_EVENT_TIME = re.compile(r"\s*(?:(?:at|a las|às|à|um|klockan|kl\.?|alle|om|starts at|begins at)\s*\d|"
                         r"(?:tonight|this evening|esta noite|esta noche|ce soir|heute abend|i kväll|stasera|vanavond)\b)")


#: a doctor or dentist, by the kind of place
_MEDICAL_TAGS = {"amenity=dentist", "amenity=doctors", "healthcare=physiotherapist"}
#: a word for an appointment that a kind of place also lists ("uma consulta" is at the doctor's)
_APPOINTMENT_WORDS = {"consulta", "appointment"}
#: a clock time, then "I have" ("at 11 I have", "a las 11 tengo", "às dez tenho", "alle 7 ho una")
_TIME_HAVE = re.compile(r"\b(?:at|a|à|às|um|alle|kl\.?)\s+\d{1,2}(?::\d\d)?\s*(?:[ap]m\s+)?(?:i |we )?(?:have|has|got)\s+"
                        r"(?:(?:a|an|my|our|the)\s+)?$")
#: a clock time said right after a doctor ("dentist at 11", "Zahnarzt um 10", "dentist appointment at 11")
_TIME_AFTER = re.compile(r"\s+(?:appointment\s+)?(?:at|um|kl\.?|alle|a las|às|à)\s+\d")
#: where, then a name ("at the", "al", "nos", "im")
_AT_END = re.compile(r"\s+(?:at|in|al|alla|au|à|nos|nas|no|na|em|en|im|am|beim|på|i|vid)\s+(?:the\s+)?")


def _at_end_place(p: Prompt, x: Mention) -> bool:
    """Whether the end place, or where the trip's deadline is, is named right after ``x`` ("dinner at the
    Aliados" when the trip ends there)."""
    at = _AT_END.match(p.low, x.end)
    ends = [pl.lower() for pl in p.places[1:3] if pl]
    return bool(at) and any(p.low.startswith(e, at.end()) for e in ends)


def _appointment(p: Prompt, x: Mention) -> bool:
    """Whether ``x`` is an appointment with its own time, not a visit to plan: a doctor said with a clock time
    ("Zahnarzt um 10", "a las 11 tengo dentista", "dentist appointment at 11") and what one is back for ("then
    back for the dentist"), or what one has at a clock time
    where the trip ends ("at 7 I have dinner at the Aliados", "concert at the Musiikkitalo at 7pm" when the trip
    ends there, "zum Mittagessen im Gasthof X" where it ends); "consulta" is always an appointment."""
    before = p.low[max(0, x.start - 40):x.start]
    if x.word in _APPOINTMENT_WORDS:
        return True
    if x.tag in _MEDICAL_TAGS:
        timed = _TIME_AFTER.match(p.low, x.end) and not _visits_after(p.mlow, x.end)
        return bool(_TIME_HAVE.search(before) or timed or _BACK_FOR.search(before))
    # "um 12 bin ich zum Mittagessen im Gasthof X"
    had = x.word in _MEALS and (_PURPOSE_BEFORE.search(before) or _meal_with_its_time(p, x))
    return (x.word in _EVENTS or _TIME_HAVE.search(before) is not None or bool(had)) and _at_end_place(p, x)


def _meal_with_its_time(p: Prompt, x: Mention) -> bool:
    """Whether the meal ``x`` has a clock time in its clause ("dinner at Piroska Csárda at 7"), not the meal one has
    time until ("free until dinner at Savotta at 19:00": a visit there)."""
    a, b = clause_of(p.low, x.start)
    return _DIGIT.search(p.low, a, b) is not None and not _UNTIL_MEAL.search(p.low, max(a, x.start - 12), x.start)


#: "until" right before a meal ("free until dinner at Savotta")
_UNTIL_MEAL = re.compile(r"\b(?:" + UNTIL_WORDS + r")\s+$")
_DIGIT = re.compile(r"\d")


def _visits_after(mlow: str, at: int) -> bool:
    """Whether visits are said after ``at`` in its sentence, after a word of order ("the dentist at 10, then a
    cafe"); "Zahnarzt um 10, danach fang ich dort an" names none."""
    _, s1 = sentence_bounds(mlow, at)
    then = THEN_RE.search(mlow, at, s1)
    return bool(then and LEX_RE.search(mlow, then.end(), s1))


#: after a meal ("after the lunch", "then lunch" where "dopo pranzo" was read as "then")
_AFTER_MEAL = re.compile(r"\b(?:after(?: the| my| our)?|then)\s+$")
#: the meal ends its clause, or a clock time follows it ("après le déjeuner.", "dopo pranzo, verso l'una e mezza")
_MEAL_ENDS = re.compile(r"\s*[.;,]")
_TIME_NEXT = re.compile(r"\s*,\s*(?:[^\W\d_]+\s+)?(?:[^\W\d_]+')?\d")


def _meal_before_start(p: Prompt, x: Mention, before_x: list[Mention]) -> bool:
    """Whether the meal ``x`` is said as when the trip starts, in the sentence of the start and before any visit
    ("J'arrive à Stachus vers 13h30, après le déjeuner", "Ab halb zwei, nach dem Mittagessen, vom Tillman Park aus",
    "Parto dal X dopo pranzo, verso l'una e mezza"); "a cinema after dinner" is a visit."""
    start = (p.places[0] or "").lower() if p.places else ""
    s0, s1 = sentence_bounds(p.low, x.start)
    after = _AFTER_MEAL.search(p.low, max(s0, x.start - 12), x.start)
    if not start or not after or start not in p.low[s0:s1] or any(y.start >= s0 for y in before_x):
        return False
    if after.group(0).startswith("then"):
        return bool(_TIME_NEXT.match(p.low, x.end)) and p.lang != "en"
    return bool(_MEAL_ENDS.match(p.low, x.end))


def _names_place(name: str, place: str) -> bool:
    """Whether a visit's name is the start or end place ("Svenska Teatern (Swedish Theatre)" and "Svenska
    Teatern"; "Stadtgasthaus zum Goldenen Hirschen" and "Goldenen Hirschen"): the words of the place are the first
    or the last words of the name."""
    a, b = name.lower().split(), place.lower().split()
    return len(b) >= 2 and b in (a[:len(b)], a[-len(b):])


def _walks(mlow: str, mentions: list[Mention]) -> list[Mention]:
    """"A walk" is a park unless its clause names the place ("a walk along the harbour", "in the Hofgarten")."""
    def placed(x: Mention) -> bool:
        a, b = clause_of(mlow, x.start)
        return any(y is not x and a <= y.start < b and y.word not in _MEALS for y in mentions)
    return [x for x in mentions if x.word not in ("a walk", "a stroll") or not placed(x)]


def _past_food_word(gap: str) -> str:
    """``gap`` after a food said with the first one, or as its alternative ("coffee and cake at the bakery" ->
    " at the "; "Kaffee und Mehlspeise in einer Konditorei": a word the lexicon lacks counts too; "Eis oder Kuchen
    in einem Café")."""
    more = re.match(r"\s+(?:and|&|with|or)\s+(?:(?:a|an|some)\s+)?([^\W\d_]+)", gap)
    food = more and (more.group(1) in LEX_MAP or not _everyday(more.group(1)))
    return gap[more.end():] if food else gap


#: eating or drinking said after the place it happens at, as German says it ("im Café essen", "was trinken")
_HAD_THERE = ("eat out", "a drink", "drinks")


#: errands said by what one does, which a bank does too ("change money at a bank")
_ERRANDS = ("amenity=bureau_de_change", "amenity=atm")
#: where a meal is had, as the languages say it once rewritten: "at a", "in a proper", "en a", "al", "em a", "på a"
_AT_EATERY = re.compile(r"\s+(?:at|in|from|en|em|no|na|num|numa|al|alla|allo|au|à|dans|im|am|beim|bei|på|i|bij|nel|nella)"
                        r"(?:\s+(?:a|an|the|some|any|la|le|el|il|lo|l'|un|una|uno|um|uma|une|o|ett|en|een|het|de|der|"
                        r"dem|einem|einer|einen|cualquier|qualquer|qualsiasi|irgendeiner|irgendeinem|n'importe quel|"
                        r"n'importe quelle|vilket|någon)(?:\s+[^\W\d_]+)?)?\s+")


#: what a place is gone to for, before a meal or a thing to eat ("for lunch", "auf ein Bier", "zum Frühstück", "pour le
#: déjeuner", "para o almoço", "per pranzo", "till lunch", "voor de lunch")
_FOR_MEAL = re.compile(r"\s+(?:for|auf|zum|zur|pour|para|per|till|voor)\s+(?:a\s+|an\s+|some\s+|[^\W\d_]*\s*'s\s+|"
                       r"(?:le|la|l'|el|o|il|lo|de)\s*)?")


#: a word of a place after a kind of food ("a falafel place for dinner", "a taco spot")
_PLACE_WORD = re.compile(r"^\s+(?:place|spot|joint)\b")
#: where a meal said just before is had, a market ("breakfast wir in the alten Markthalle")
_MEAL_AT_MARKET = re.compile(r"\s+(?:(?:wir|ich|we|i)\s+)?(?:(?:something|algo|qualcosa|quelque chose|etwas|was|"
                             r"alguma coisa|iets)\s+)?(?:at|in|on|en|em|no|na|au|al)\s+(?:the\s+|a\s+)?"
                             r"(?:[^\W\d_]+\s+)?")
#: what is had at a market just named, before the verb of eating ("to eat out", "eine Lachssuppe"), no word of going
#: on between
_EATEN_THERE = re.compile(r"[\s)]*(?:(?:to|for)\s+)?(?:(?:a|an|some|un|une|una|um|uma|ein|eine|einen)\s+)?"
                          r"(?:(?!(?:and|then|or|after|before|plus|but)\b)[^\W\d_]+\s+)?")


#: a word of preference right before where a meal is had ("Mittagessen, am liebsten in einem Gasthof", "lunch,
#: preferably at a diner", "déjeuner, de préférence dans un bistrot")
_PREFERABLY = re.compile(r"^\s*,?\s*(?:(?:am|at) liebsten|preferably|ideally|de préférence|idéalement|preferiblemente|"
                         r"idealmente|de preferência|preferibilmente|helst|gärna|mieluiten|bij voorkeur|najlepiej|"
                         r"nejlépe|nejradši)(?=\s)")


def _meal_place(mlow: str, merged: list[Mention], x: Mention) -> Mention | None:
    """The place of a meal named with it ("a beer garden for lunch", "dinner at a pub"): one visit."""
    y = merged[-1] if merged else None
    if y is None or y.ref is not None:
        return None
    gap = mlow[max(y.end, y.said_to):x.start]  # "a bakery or a café for breakfast": after the alternative
    gap = gap if y.name else _PREFERABLY.sub("", gap)  # "lunch, am liebsten in einem Gasthof"
    if (y.category, y.tag) == (x.category, x.tag):  # "Kaffee und Kuchen in einem Café": there
        return y if y.category in _EATS and _AT_EATERY.fullmatch(_past_food_word(gap)) else None
    # German goes to a place "auf" what one has there ("ins Café auf Kaffee und Kuchen", "in die Bar auf ein Bier")
    if (x.word in _MEALS or x.category in _EATS) and _FOR_MEAL.fullmatch(_PLACE_WORD.sub("", gap)):
        y.word = y.word if y.word in _MEALS or x.word not in _MEALS else x.word  # the meal's window applies
        return y  # "a bakery for lunch", "a supermarket for tomorrow's snacks": what one gets there
    if x.word in _HAD_THERE and not x.name and y.category in _EATS | {"market"} and not gap.strip():
        return y  # "im Biergarten einkehren", "im Café essen", "in der Cafeteria X was trinken": had at the place just named
    if x.word in _MEALS and not x.name and not y.name and y.category in _EATS and y.word not in _MEALS \
            and not gap.strip():
        y.word = x.word  # the meal's window applies
        return y  # "beer garden lunch", "a bakery breakfast", "pub lunch": the meal said as what the place is for
    eats = (y.word in _MEALS and x.category in ("bar", "cafe", "fast_food")) or \
        (y.category in _EATS and x.category in _EATS)  # "some cake at a bakery", "a drink at a cafe"
    if eats and _AT_EATERY.fullmatch(_past_food_word(gap)):
        if not (y.word == "breakfast" and x.category == "bar"):  # "colazione al bar": a coffee bar
            y.category, y.tag = x.category, x.tag
        y.cuisine = y.cuisine or x.cuisine
        return y
    if (y.word in _MEALS or y.word == "quick bite") and not y.name and x.category == "market" and x.ref is None \
            and _MEAL_AT_MARKET.fullmatch(gap):
        y.category, y.tag, y.name, y.kinds = x.category, x.tag, x.name, x.kinds
        return y  # "Erst frühstücken wir in der alten Markthalle", "manger un morceau au marché": had at the market
    if y.category == "market" and x.category == "restaurant" and not x.name and x.ref is None and \
            (_EATEN_THERE.fullmatch(gap) or (gap.strip() == "and" and _THERE_WORD.search(mlow, x.start, x.end))):
        y.word = x.word if x.word in _MEALS else y.word  # the meal's window applies
        return y  # "in der alten Markthalle eine Lachssuppe essen", "le Viktualienmarkt et manger là-bas": had there
    if y.tag in _ERRANDS and x.category == "bank" and _AT_EATERY.fullmatch(gap):
        y.category, y.tag = x.category, x.tag  # "cambiar dinero en un banco": at the bank
        return y
    return None


#: eating something named, in the languages read, when no word of a kind of place is said with it ("comer uma
#: francesinha", "eat crab cakes", "Weißwürste essen", "spise krabber", "pořádně se najíst")
_EATING = re.compile(r"\b(?:eat|eating|comer|manger|mangiare|menjar|essen|äta|spise|syödä|najíst|najist|sníst|zjeść|"
                     r"zjesc|eten)\b")
#: what is no dish: words of going on after a verb of eating ("eten met collega's", "eating before", "manger
#: quelque part")
_NO_DISH = ALL_FUNCTION_WORDS | STOPWORDS_EN | {"out", "together", "quelque", "part", "algures", "qualcosa", "there",
                                                 "home", "kotona", "hjemme", "hemma", "thuis", "daheim", "zuhause",
                                                 "casa", "maison", "doma",
                                                 # where a place said before is ("manger là-bas quelque chose")
                                                 "là-bas", "lá", "ali", "allí", "ahí", "lì", "dort", "daar", "där",
                                                 "der", "siellä"}
#: something, said before a verb of eating that ends its phrase ("noe å spise", "was essen"): a meal
_SOMETHING = {"noe", "noget", "något", "nåt", "was", "etwas", "iets", "jotain", "jotakin"}
#: verbs of eating said after what is eaten ("Weißwürste essen", "pannenkoeken eten"), and those said before it too
_VERB_LAST = {"essen", "eten"}
_VERB_EITHER = {"spise", "äta", "syödä"}


def _eating(mlow: str, a: int, b: int, mentions: list[Mention]) -> int | None:
    """Where a verb of eating is in the segment ``[a, b)`` when a dish is said with it ("eat crab cakes", "comer uma
    francesinha", "Weißwürste essen", "noe å spise") in a sentence that names no place to eat; ``None`` otherwise."""
    m = _EATING.search(mlow, a, b)
    if m is None:
        return None
    verb = m.group(0)
    dish = [w.strip(".,;!?") for w in mlow[m.end():b].split()[:3]] if verb not in _VERB_LAST else []
    if not any(w and w not in _NO_DISH and not any(c.isdigit() for c in w) for w in dish):
        before = [w.strip(".,;!?") for w in mlow[a:m.start()].split()[-2:]] if verb in _VERB_LAST | _VERB_EITHER else []
        if not any(w in _SOMETHING or (w and w not in _NO_DISH and w.isalpha()) for w in before):
            return None
    lo, hi = sentence_bounds(mlow, m.start())
    meal = any(lo <= x.start < hi and x.category in ("restaurant", "fast_food", "cafe") for x in mentions)
    return None if meal else m.start()


#: buying a thing no word of a kind of place or of goods names ("buy a samarreta", "buy some maly darek"): a shop
_BUYING = re.compile(r"\bbuy\s+(?:a|an|some|two|a couple of|new)\s+(?!(?:ticket|tickets|gift card|drink|round)\b)")


def _embedding_mentions(p: Prompt, mlow: str, mentions: list[Mention]) -> None:
    """Clauses with an activity but no known word: the closest category by embeddings, else a note."""
    for a, b in segments(mlow):
        seg = mlow[a:b]
        if any(a <= s < b for x in mentions for s in [x.start, *x.also]):
            continue
        eat, buy = _eating(mlow, a, b, mentions), _BUYING.search(mlow, a, b)
        at = eat if eat is not None else (buy.start() if buy else None)
        if at is not None and not negated(mlow, at, b):  # "comer uma francesinha", "buy a samarreta"
            cat = "restaurant" if eat is not None else "shop"
            mentions.append(Mention(at, b, cat, None, None, _ref(mlow, at)))
            p.notes.append(f"'{seg.strip(' ,.;!?')}' read as {'a meal out' if eat is not None else 'a shop'}")
            continue
        act = ACTIVITY.search(seg)
        if not act:
            _note_unread(p, a, b)
            continue
        phrase = seg[act.start():].strip(" ,.;!?")
        phrase = re.sub(r"\b(i|we|want|would|like|to|and|then|also|please|maybe)\b", " ", phrase)
        if len(phrase.split()) < 2 or all(w in STOPWORDS_EN or w in _CUE_WORDS for w in phrase.split()):
            continue
        if negated(mlow, a + act.start(), b):  # "No park stroll needed": a thing not wanted
            p.notes.append(f"'{seg.strip(' ,.;!?')}' refused, so not planned")
            continue
        cat, score = match_category(phrase)
        if score >= MATCH_THRESHOLD and any(x.category == cat and x.ref is None for x in mentions):
            p.notes.append(f"'{seg.strip(' ,.;!?')}' reads as a {cat}, which is said already: not planned twice")
        elif score >= MATCH_THRESHOLD:
            mentions.append(Mention(a + act.start(), b, cat, None, None, _ref(mlow, a + act.start())))
            p.notes.append(f"'{seg.strip()}' read as a {cat} (embedding similarity {score:.2f})")
        else:
            p.notes.append(f"not understood, so not planned: '{seg.strip(' ,.;!?')}'")


#: English cue words the time, place and order stages read (the other languages are rewritten into them)
_CUE_WORDS = {"order", "any", "train", "bus", "boat", "flight", "leaves", "meet", "back", "done", "midnight", "noon",
              "ending"}


def _note_unread(p: Prompt, a: int, b: int) -> None:
    """Name a clause with words the parser did not read (no phrase is dropped silently)."""
    seg = p.mlow[a:b]
    if any(re.search(pat, seg) for pat in PREF_CUES.values()):
        return
    words = [w for w in re.findall(r"[^\W\d_]+(?:'[^\W\d_]+)?", seg)
             if w not in STOPWORDS_EN and w not in _CUE_WORDS and len(w) > 2]
    named = _names_a_place(p, a, b) if words else None
    at = p.text.find(named, a) if named else -1
    if named and negated(p.mlow, at, at + len(named)):  # "Avoid the High Line please": no visit there
        p.notes.append(f"'{named}' refused, so not planned")
    elif named and _done_before_at(p.mlow, at, at + len(named)):  # "Hemingway var vi på i aftes"
        p.notes.append(reader.no_visit_note(named, "is a visit already made"))
    elif named:
        p.notes.append(f"not understood, so not planned: '{p.text[a:b].strip(' ,.;!?')}' "
                       "(a place named without its kind: say e.g. 'the X museum')")
        p.named.append((named, a, p.notes[-1]))
    elif p.lang != "en" and words:
        p.notes.append(f"words not read ({p.lang}): '{' '.join(words)}'")
    elif words and re.search(r"\b(a|an|some)\s+[^\W\d_]{3,}", seg):
        p.notes.append(f"not understood, so not planned: '{p.text[a:b].strip(' ,.;!?')}'")


def _names_a_place(p: Prompt, a: int, b: int) -> str | None:
    """The capitalised name an unread clause gives inside a sentence ("then the Louvre"), if any."""
    for m in re.finditer(r"[^\W\d_]{3,}", p.mlow[a:b]):
        i = a + m.start()
        if p.text[i].isupper() and m.group(0) not in STOPWORDS_EN and m.group(0) not in _CUE_WORDS \
                and not at_sentence_start(p.text, i):
            i = _name_start(p, a, i)
            return capitalised_phrase(p.text, i) or m.group(0)
    return None


def _name_start(p: Prompt, a: int, i: int) -> int:
    """Back from the word at ``i`` to the first capitalised word of its name ("Sagrada Familia")."""
    while i - 1 > a and p.text[i - 1] == " ":
        j = max(p.text.rfind(" ", a, i - 1) + 1, a)
        prev = p.text[j:i - 1]
        if not prev[:1].isupper() or not p.mlow[j:i - 1].strip() or prev[-1] in ".,;:!?":
            break
        i = j
    return i


#: ruins, in the languages read
_RUIN = re.compile(r"\b(?:ruins?|ruine|ruinen|ruïne|ruinas?|rovine|rauniot|raunio|zřícenina|zricenina|ruiny)\b")


def _ruins(mlow: str, mentions: list[Mention]) -> list[Mention]:
    """A church said as ruins ("the Gagelkirche ruins", "Ruine der Gagelkirche") is a sight, one visit: the word
    for ruins is no visit of its own."""
    out = list(mentions)
    for x in (y for y in mentions if y.category == "church"):
        for m in _RUIN.finditer(mlow, max(0, x.start - 20), min(len(mlow), x.end + 12)):
            gap = mlow[x.end:m.start()] if m.start() >= x.end else mlow[m.end():x.start]
            if len(gap.split()) <= 2 and not re.search(r"[,.;:!?]", gap):
                x.category, x.word = "sight", "ruins"  # a sight of its own: no other is merged into it
                out = [y for y in out if y is x or not y.start <= m.start() < y.end]
                break
    return out


def _inflected_name(p: Prompt, k: tagschema.Kind, langs: tuple[str, ...]) -> bool:
    """Whether a kind found only in an inflected form is written with a capital inside a sentence of a Nordic or
    Finnish prompt: a place's name in a case form ("Kahdelta Kauppatorilla"), which the map reads, no kind."""
    return p.lang in _INFLECTING and p.text[k.start:k.start + 1].isupper() and \
        not at_sentence_start(p.text, k.start) and tagschema.lookup(k.phrase, langs) is None


def find_mentions(p: Prompt) -> list[Mention]:
    """Every mention of a visit, in the order of the prompt."""
    mlow = p.mlow
    taken = [False] * len(mlow)
    langs = tagschema.read_in(p.lang)
    kinds = _named_kinds(p, [k for k in tagschema.find_kinds(mlow, langs) if not _inflected_name(p, k, langs)], langs)
    mentions = _map_mentions(p, taken)
    mentions += _brand_mentions(p, taken)
    mentions += _landmark_mentions(p, kinds, taken)
    mentions += _local_kinds(p, mlow, taken)
    mentions += _sold_kinds(mlow, taken, langs)
    mentions += _longer_kinds(mlow, kinds, taken)
    mentions += _lexicon_mentions(mlow, taken, [(k.start, k.end) for k in kinds if k.tag.startswith("shop=")])
    mentions += _compound_mentions(p, mlow, taken)
    mentions += _kind_mentions(mlow, taken, langs, kinds, mentions)
    _cuisine_mentions(p, mlow, mentions, taken)
    _stand_ins(p, mentions)
    mentions = _walks(mlow, _merge(mlow, _ruins(mlow, mentions)))
    _embedding_mentions(p, mlow, mentions)
    candidates = mentions
    # the end's reasons first, then the others, then the needs another visit meets
    mentions = _needs_met(p, _not_visits(p, _not_visits(p, mentions, _end_reason)))
    mentions = taken_back(p, reader.second_reading(p, candidates, mentions))
    mentions.sort(key=lambda x: x.start)
    _definite_references(mlow, mentions)
    _counted_then_named(mlow, mentions)
    _structure(mlow, mentions)
    for x in mentions:
        _name_hint(p, x)
    _visit_times(p, mentions)
    return mentions


#: what stands between a counted kind and the places that name them, or between those places ("two gardens, the
#: Jardin X and the Square Y", "a couple of breweries, Batch and Stockade", "deux jardins, le jardin X et ...")
_NAMES_LISTED = re.compile(r"[\s,:;(–—-]*(?:(?!(?:then|after|before|later|next)\b)(?:[^\W\d_]+|&)[\s,]+){0,4}")


def _counted_then_named(mlow: str, mentions: list[Mention]) -> None:
    """A counted kind, then the places of that kind that name them: the names are those visits, not more
    ("two gardens, the Jardin X and the Square Y": two parks, not four)."""
    for i, x in enumerate(mentions):
        if x.count < 2 or x.ref is not None:
            continue
        named, end = 0, max(x.end, x.said_to)  # the end of the name merged into it ("breweries, Batch")
        for y in mentions[i + 1:i + x.count + 1]:
            if not (y.name and y.ref is None and y.category == x.category and y.count == 1
                    and y.start - end <= 30 and _NAMES_LISTED.fullmatch(mlow, end, y.start)):
                break
            named, end = named + 1, y.end
        if named and named < x.count:
            x.count -= named


#: kinds of one trade or of the same goods, in the order one stands in for the first where the map has no place of it
#: ("get a key copied": a locksmith where no key cutter is mapped, "a bottle of wine": a shop of alcohol)
STAND_INS = {
    "craft=key_cutter": ("shop=locksmith", "craft=locksmith", "craft=shoemaker"),
    "shop=locksmith": ("craft=locksmith", "craft=key_cutter", "craft=shoemaker"),
    "craft=locksmith": ("shop=locksmith", "craft=key_cutter"),
    "shop=wine": ("shop=alcohol", "shop=beverages"), "shop=alcohol": ("shop=wine", "shop=beverages"),
    "shop=tobacco": ("shop=kiosk", "shop=newsagent"), "shop=hearing_aids": ("healthcare=audiologist", "shop=optician"),
    "shop=copyshop": ("shop=stationery",), "shop=outdoor": ("shop=sports",),
    "shop=perfumery": ("shop=cosmetics", "shop=beauty", "shop=chemist"),
    "shop=dry_cleaning": ("shop=laundry",), "shop=laundry": ("shop=dry_cleaning",),
    "craft=clockmaker": ("shop=watches", "shop=jewelry"), "shop=watches": ("shop=jewelry", "craft=clockmaker"),
    "shop=music": ("shop=musical_instrument",), "shop=musical_instrument": ("shop=music",),
    "healthcare=optometrist": ("shop=optician",), "shop=chocolate": ("shop=confectionery",),
    "shop=confectionery": ("shop=chocolate",), "shop=chemist": ("amenity=pharmacy",),
    "amenity=bureau_de_change": ("amenity=bank", "amenity=atm"), "amenity=atm": ("amenity=bank",),
    "leisure=fitness_centre": ("leisure=sports_centre",), "leisure=swimming_pool": ("leisure=sports_centre",),
    "leisure=ice_rink": ("leisure=sports_centre",), "leisure=bowling_alley": ("leisure=sports_centre",),
    "craft=tailor": ("shop=tailor", "craft=dressmaker"), "shop=tailor": ("craft=tailor", "craft=dressmaker"),
    "craft=dressmaker": ("craft=tailor", "shop=tailor"),
    "shop=hardware": ("shop=doityourself",), "shop=doityourself": ("shop=hardware",),
    "shop=knives": ("shop=knife",), "shop=records": ("shop=music",),
    "shop=household_linen": ("shop=textiles", "shop=fabric"), "shop=fabric": ("shop=textiles",),
    "shop=textiles": ("shop=fabric",), "market": ("shop=supermarket",),
}


def _stand_ins(p: Prompt, mentions: list[Mention]) -> None:
    """A visit of a kind the map has no place of, not named, goes to the first kind of :data:`STAND_INS` the map
    has (a note says so): "a key copied" to a locksmith, "cash" to a bank, a market to a supermarket."""
    has_kind = getattr(p.known, "has_kind", None)
    for x in mentions if has_kind else ():
        kind = x.tag or x.category
        other = None if x.name else stand_in(has_kind, kind)
        if other is not None:
            p.notes.append(f"no place of kind {kind} on the map: '{p.text[x.start:x.end]}' planned at {other}")
            x.category, x.tag = (TAG_CATEGORY[other], None) if other in TAG_CATEGORY else ("other", other)


def stand_in(has_kind, kind: str) -> str | None:
    """The first kind of :data:`STAND_INS` for ``kind`` (a tag or a category) the map has, by ``has_kind`` (a test
    of a tag), when it has no place of ``kind`` itself; ``None`` otherwise."""
    if kind not in STAND_INS or _map_has(has_kind, kind):
        return None
    return next((t for t in STAND_INS[kind] if has_kind(t)), None)


def _map_has(has_kind, kind: str) -> bool:
    """Whether the map has a place of ``kind``, a tag or a category (any of its tags)."""
    if kind not in CATEGORIES:
        return has_kind(kind)
    return any(has_kind(f"{k}={v}") for k, vs in CATEGORIES[kind].tags for v in vs)


#: a word said of what one has or is with ("avec les enfants", "nos deux enfants", "pour un congrès", "my surgery")
_WITH_OR_MINE = re.compile(r"\b(?:with|avec|mit|con|com|med|met|kanssa|for|pour|para|per|für|my|our|mon|ma|mes|nos|notre|"
                           r"mein|meine|meinen|unsere|mi|mis|nuestro|nuestra|meu|minha|nosso|nossa|mio|mia|miei|nostro|"
                           r"min|mitt|mina|vår|våra|mijn|onze)\s+(?:(?:the|a|an|la|le|les|l'|il|el|los|las|o|os|as|um|"
                           r"uma|un|une|una|der|die|das|den|dem|two|deux|dos|zwei|due|två|kaksi|twee)\s+){0,2}$")


def _named_kinds(p: Prompt, kinds: list[tagschema.Kind], langs: tuple[str, ...]) -> list[tagschema.Kind]:
    """The kinds of place the schema finds by a name or a shop's word; one word it lists only among the
    search terms of another kind, said of what one has or is with ("avec les enfants", "pour un congrès"), of a
    kind one passes rather than visits ("un lugar legal": no parking space) or of a kind the map has no place of,
    is named in the notes, not planned."""
    out = []
    for k in kinds:
        if not tagschema.search_word_only(k.phrase, k.tag, langs):
            out.append(k)
        elif k.tag in tagschema.PASSED_TAGS:
            p.notes.append(f"'{p.text[k.start:k.end]}' is a word the tagging schema lists for "
                           f"{tagschema.label(k.tag)}, a place one passes rather than visits: not planned")
        elif not _in_map(p, k.tag):
            p.notes.append(f"'{p.text[k.start:k.end]}' is a word the tagging schema lists for "
                           f"{tagschema.label(k.tag)}, of which the map has none: not planned")
        elif _WITH_OR_MINE.search(p.mlow[max(0, k.start - 25):k.start]) or _after_content_word(p.mlow, k.start):
            p.notes.append(f"'{p.text[k.start:k.end]}' is a word the tagging schema lists for "
                           f"{tagschema.label(k.tag)}, not its name: not planned")
        else:
            out.append(k)
    return out


#: the keys of the tagging schema whose kinds are as often things one passes as places one goes to (a give box, a
#: clock, a rock)
_FIXTURE_KEYS = ("amenity", "natural", "man_made")


def _in_map(p: Prompt, tag: str) -> bool:
    """Whether the map has a place of kind ``tag`` (``True`` with no map to ask, and for kinds outside
    :data:`_FIXTURE_KEYS`): a word said of many things ("chaussures", "circuit") is no visit to an amenity or a
    natural feature the extract lacks."""
    has_kind = getattr(p.known, "has_kind", None)
    if has_kind is None or tag in TAG_CATEGORY or tag.split("=")[0] not in _FIXTURE_KEYS:
        return True  # "una terraza": a bar, whatever its tag; "eine Hundewiese": a place one goes to, map or not
    return has_kind(tag)


def _after_content_word(mlow: str, at: int) -> bool:
    """Whether the word right before ``at`` is a content word that the word at ``at`` goes with ("school holidays",
    "knee surgery", "gastar energia", "nobody is cooking"), not an article, preposition or other function word."""
    m = re.search(r"([^\W\d_]+)\s+$", mlow[max(0, at - 30):at])
    if m and m.group(1) in ("is", "are", "am", "was", "were", "be"):
        return bool(re.match(r"[^\W\d_]+ing\b", mlow[at:]))  # "nobody is cooking tonight": a verb
    return bool(m) and not {m.group(1)} & (STOPWORDS_EN | ALL_FUNCTION_WORDS | PARTICLES)


#: words that place a name as where something is, not where one goes ("near the Louvre", "we live by Giant",
#: "lunch somewhere in Soho", "irgendwo in Schwabing", "quelque part dans le Marais")
_WHERE_ONLY = re.compile(r"\b(?:(?:somewhere|anywhere|irgendwo|quelque part|en algún (?:sitio|lugar)|em algum lugar|"
                         r"da qualche parte|någonstans|ergens)\s+(?:in|around|at|near|à|dans|en|em|no|na|a|i|på|am|im)|"
                         r"near|next to|close to|behind|opposite|across from|beside|outside|around the corner from|"
                         r"live|living|lives|stay|staying|stays|hotel|nahe|neben|perto d[aeo]s?|junto a|cerca de|"
                         r"près d[eu]|à côté d[eu]|vicino a|accanto a|nära|lähellä|naast|bij)\s+(?:the\s+)?$")


def _map_mentions(p: Prompt, taken: list[bool]) -> list[Mention]:
    """Names the map knows as a place one visits ("Olive Garden", "Casa de la Vall", "Stonewall Inn"):
    a visit of the kind the map gives, read before kind words, so that a kind word inside a name
    ("Garden", "Vall", "Park" of "Colonial Park Diner") is not a visit of its own; a name of two or
    more words the map knows as a place one does not visit ("Bank Street", "West Village") is no visit."""
    visit = getattr(p.known, "visit", None)
    if visit is None:
        return []
    out = []
    for a, b in _name_spans(p) + _lower_names(p):
        if any(taken[a:b]):
            continue
        again = _named_again(p, a, b, out)
        if again is not None:  # "Mercado do Bolhão ... o Bolhão before the Lello": the place named before
            out.append(again)
            taken[again.start:again.end] = [True] * (again.end - again.start)
            continue
        kind, x, y = _ask_map(p, a, b, visit)
        kind = kind or _landmark_said(p, a, b)
        if kind is None or (y == b and _kind_word_at(p, b)) or _said_as_kind(p, x, y, kind):
            continue  # "the Residenz museum": a museum named so, read by the kind stages
        kinds, tag, poi = kind
        linked = _kind_linked_before(p, x)
        if linked and linked[1] not in kinds and linked[1] not in _PART_OF_A_PLACE and linked[1] != tag and poi and \
                tagschema.fold(p.text[x:y]) != tagschema.fold(re.sub(r"\s*\(.*\)", "", poi)):
            p.notes.append(f"'{p.text[x:y]}' read as where the {linked[0]} is")  # "la boulangerie de la
            taken[x:y] = [True] * (y - x)  # Condamine": a bakery there, not the market the district is named for
            continue
        kinds, poi = _kind_said_before(p, x, a, kinds, poi)
        where = _WHERE_ONLY.search(p.mlow[max(0, x - 30):x])  # "the hotel is near the Livraria Lello"
        if where or negated(p.mlow, x, y) or negated(p.mlow, x, _phrase_end(p.mlow, y)):  # "Lello não, obrigada"
            p.notes.append(f"'{p.text[x:y]}' {'is where something is' if where else 'refused'}, so not planned")
            p.mask(x, y)
            taken[x:y] = [True] * (y - x)
            continue
        if kinds or tag:
            cat = kinds[0] if kinds else "other"
            p.notes.append(f"'{p.text[x:y]}' read as a visit to {poi or 'a place of that kind'} ({tag or cat}), "
                           "a name the map knows")
            out.append(Mention(x, y, cat, None, tagschema.visit_minutes(tag) if tag else None, _ref(p.mlow, x),
                               name=poi, tag=tag, kinds=kinds or (cat,)))
        elif " " not in p.text[x:y].strip():
            continue
        taken[x:y] = [True] * (y - x)
    return out


#: a definite article just before a word ("the Casino", "il Casinò", "le Casino", "das Casino")
_THE_BEFORE = re.compile(r"(?<!\bde )(?<!\bdel )(?<!\bda )(?<!\bdi )(?<!\bdu )(?<!\bof )(?<!\bvon )"
                         r"\b(?:the|le|la|il|lo|el|der|die|das|den|dem|o|l['’])\s*$")


def _landmark_mentions(p: Prompt, kinds: list[tagschema.Kind], taken: list[bool]) -> list[Mention]:
    """A kind word written with a capital after a definite article inside a sentence ("the Casino", "il Casinò"):
    the one landmark of that kind whose name the word begins, when the map has it (the Casino de Monte-Carlo, a
    sight), not any place of the kind ("then the casino"), nor the last word of a longer name ("Casa de la Vall")."""
    landmark = getattr(p.known, "landmark", None)
    out = []
    for k in kinds if landmark else ():
        if " " in k.phrase or not p.text[k.start].isupper() or at_sentence_start(p.text, k.start) or \
                any(taken[k.start:k.end]) or not _THE_BEFORE.search(p.mlow[max(0, k.start - 6):k.start]):
            continue
        kind = landmark(p.text[k.start:k.end], k.tag)
        if kind is None or negated(p.mlow, k.start, k.end):
            continue
        kinds_, _, poi = kind
        out.append(Mention(k.start, k.end, kinds_[0], None, None, _ref(p.mlow, k.start), name=poi, kinds=kinds_))
        taken[k.start:k.end] = [True] * (k.end - k.start)
    return out


#: a word that links a kind to the place it is at ("the cinema of the Illa Carlemany", "le café du musée")
_LINK = re.compile(r"\b(?:de|del|da|do|du|des|of|von|vom|van)\b")


def _kind_said_before(p: Prompt, x: int, a: int, kinds: tuple, poi: str) -> tuple[tuple, str | None]:
    """``(kinds, poi)`` of a name at ``a`` the map knows, with the kind word said before it at ``x``: the kind said
    first among the place's ("l'église São Francisco", a museum too: a church); a kind the place is not, linked to
    it ("al cinema de l'Illa Carlemany", a mall), is the visit, to a place of that kind (no name)."""
    m = re.match(r"[^\W\d_]+", p.mlow[x:a]) if x < a and kinds else None
    if m is None:
        return kinds, poi
    word = m.group(0)
    cat = _kind_of_word(p, word)
    if cat is None or cat == "other" or "=" in cat:
        return kinds, poi
    if cat in kinds:
        return (cat, *(k for k in kinds if k != cat)), poi
    if _LINK.search(p.mlow, m.end() + x, a) and tagschema.fold(word) not in tagschema.fold(poi).split():
        return (cat,), None
    return kinds, poi


def _said_as_kind(p: Prompt, a: int, b: int, kind) -> bool:
    """Whether a name of two or more words at ``[a, b)`` is whole the schema's phrase for a kind outside the
    categories that the place the map found (``kind``, :meth:`MapNames.visit`) is not ("Dog park first": a dog
    park, whatever the map calls one; "Citi Bike" is the bike share the map has), read by the kind stages."""
    tag = tagschema.lookup(p.mlow[a:b], tagschema.read_in(p.lang)) if " " in p.mlow[a:b].strip() else None
    return bool(tag) and tag not in TAG_CATEGORY and kind[1] != tag


#: a definite article, or a preposition of going or being there, just before a name ("au Palais" read "at Palais",
#: "the Gozzoburg", "zum Dom")
_THE_OR_AT_THE = re.compile(r"\b(?:the|le|la|il|lo|el|der|die|das|den|dem|au|al|am|im|zum|zur|ao|del|du|dal|at|to)\s+$|\bl['’]$")


def _landmark_said(p: Prompt, a: int, b: int):
    """What the map says of one capitalised word after an article inside a sentence that no place bears whole
    but that begins the name of one place of a category only ("la relève de la garde au Palais": the Palais
    Princier): that place; ``None`` otherwise."""
    landmark = getattr(p.known, "landmark", None)
    word = p.text[a:b]
    if landmark is None or " " in word.strip() or at_sentence_start(p.text, a) or \
            not _THE_OR_AT_THE.search(p.text[max(0, a - 6):a].lower()) or p.known.area(word):
        return None  # "hospedado em Lawnton": a town, whatever place is named after it
    return landmark(word)


def _brand_mentions(p: Prompt, taken: list[bool]) -> list[Mention]:
    """A chain named for its kind of place ("Duane Reade for aspirin", "beim Edeka", "a Woolworths run"): a visit
    of the kind its shops are in the city's country (:func:`brands.kind`), when the map does not know the name;
    one word only after a list separator or a word of going there (:data:`_LISTED`), not opening a sentence."""
    country = getattr(p.known, "country", None)
    if country is None:
        return []
    out = []
    for a, b in _name_spans(p):
        b -= p.text[b - 1] == "."  # "a stop at Target.": the sentence's end
        name, one = p.text[a:b], " " not in p.text[a:b].strip()
        if any(taken[a:b]) or (one and (_everyday(p.mlow[a:b]) or not _brand_said(p, a, b))):
            continue
        tag = brands.kind(name, country())
        if tag is None or p.known.visit(name) is not None or p.known.area(name) or negated(p.mlow, a, b) \
                or _WHERE_ONLY.search(p.mlow[max(0, a - 30):a]):
            continue
        p.notes.append(f"'{name}' read as a visit to a {tagschema.label(tag)}, a brand of that kind")
        out.append(_kind_mention(p.mlow, a, b, tag, p.mlow[a:b]))
        taken[a:b] = [True] * (b - a)
    return out


#: after a chain's name, what one goes there for ("Kmart for school shoes", "a Target run")
_BRAND_AFTER = re.compile(r"\s+(?:for|run)\b")


def _brand_said(p: Prompt, a: int, b: int) -> bool:
    """Whether one word at ``[a, b)`` is said as a chain one goes to: after a list separator, a colon or a word
    of going there, not opening a sentence ("Lidl, the bank", "errands: Lowe's, ..."), or before what one goes
    there for ("Kmart for school shoes")."""
    before = p.mlow[max(0, a - 12):a]
    listed = (_LISTED_OR_NEXT.search(before) or before.rstrip().endswith(":")) and not at_sentence_start(p.text, a)
    return bool(listed or _BRAND_AFTER.match(p.mlow, b))


def _everyday(word: str) -> bool:
    """Whether one word is an everyday word of the parser's lists (a function word, a kind, a cue), not a brand."""
    return word in STOPWORDS_EN or word in ALL_FUNCTION_WORDS or word in PARTICLES or word in LEX_MAP or \
        word in _CUE_WORDS or word in CUISINES


def _named_again(p: Prompt, a: int, b: int, named: list[Mention]) -> Mention | None:
    """A capitalised word of a place named before, said again alone ("Livraria Lello ... before the Lello",
    "Torre dos Clérigos ... a Torre"): a mention of that place, not a new name for the map; not a name the map
    holds whole ("Museu Carmen Thyssen ... Museu del Perfum"), nor one with a capitalised word of its own after it
    ("Arena Outlet och Schiesser Outlet")."""
    has_name = getattr(p.known, "has_name", None)
    if has_name is not None and has_name(p.text[a:b].strip(" .,;:!?")):
        return None
    capitals = list(re.finditer(r"(?-i:[A-ZÀ-Ý])[^\W\d_]{3,}", p.text[a:b]))
    for m in capitals:
        word = m.group(0).lower()
        y = next((y for y in named if y.name and word in _words_of(p.text[y.start:y.end])
                  and word not in LEX_MAP and not tagschema.lookup(word, tagschema.read_in(p.lang))), None)
        if y is not None and all(c.group(0).lower() in _words_of(p.text[y.start:y.end]) for c in capitals) \
                and _kind_linked_before(p, a + m.start()) is None:
            x0 = a + m.start()
            return Mention(x0, b, y.category, None, y.duration, _ref(p.mlow, x0) or "same", name=y.name, tag=y.tag,
                           kinds=y.kinds)
    return None


#: a word linked to the name after it ("le marché de la Condamine", "la poste de la Condamine")
_WORD_OF_NAME = re.compile(r"([^\W\d_]+)\s+(?:de la|de l'|del|de|du|des|do|da|of the|of|di|della)\s*$")


#: kinds said of a part of a named place ("le point de vue du fort Antoine", "the garden of the museum"): the place
_PART_OF_A_PLACE = {"viewpoint", "sight", "park", "church", "museum", "gallery", "market"}


def _kind_linked_before(p: Prompt, x: int) -> tuple[str, str] | None:
    """``(word, kind)`` of a kind word linked to the name at ``x`` ("la boulangerie de la Condamine", "la poste de
    la Condamine"): a category of the lexicon or a tag of the schema."""
    m = _WORD_OF_NAME.search(p.mlow, max(0, x - 30), x)
    if m is None:
        return None
    kind = _kind_of_word(p, m.group(1))
    return (m.group(1), kind) if kind else None


def _kind_of_word(p: Prompt, word: str) -> str | None:
    """The kind one word names: a category of the lexicon, else the schema's tag (as its category when it has one)."""
    kind = LEX_MAP[word][0] if word in LEX_MAP else tagschema.lookup(word, tagschema.read_in(p.lang))
    return TAG_CATEGORY.get(kind, kind) if kind else None


def _words_of(text: str) -> list[str]:
    return re.findall(r"[^\W\d_]+", text.lower())


def _lower_names(p: Prompt) -> list[tuple[int, int]]:
    """Names written in lower case that a place carries whole ("pizza madre", "camelot lounge"): runs of
    two or three words not read yet, with a word that is no kind, cue or function word."""
    has_name = getattr(p.known, "has_name", None)
    if has_name is None:
        return []
    words = [m for m in re.finditer(r"[^\W\d_][\w'’-]*", p.mlow) if p.text[m.start()].islower()]
    langs = tagschema.read_in(p.lang)
    out = []
    for i in range(len(words)):
        for n in (3, 2):
            run = words[i:i + n]
            if len(run) < n or re.search(r"[^\w\s'’-]", p.mlow[run[0].start():run[-1].end()]):
                continue  # a name does not run over punctuation
            a, b = run[0].start(), run[-1].end()
            if any(w.group(0) not in STOPWORDS_EN and w.group(0) not in LEX_MAP and w.group(0) not in _CUE_WORDS
                   for w in run) and run[0].group(0) not in STOPWORDS_EN and has_name(p.text[a:b]) and \
                    tagschema.lookup(p.mlow[a:b], langs) is None:  # "a sports shop" is a kind, whatever its name
                out.append((a, b))
                break
    return out


def _ask_map(p: Prompt, a: int, b: int, visit):
    """``(kind, x, y)``: what the map says of the name at ``[a, b)`` or of a span ``[x, y)`` around it
    (:func:`_with_neighbours`, with the base forms of Finnish words), or of a chain named in a list
    or after a word of going there ("Apotheke, Edeka, ...", "bij de Lidl"); ``kind`` is ``None`` when
    the map does not know it."""
    has_name = getattr(p.known, "has_name", None)
    for x, y in _with_neighbours(p, a, b):
        forms = name_forms(p.text[x:y], p.lang)  # "Ateneumissa"; "vom Alten Peter": the Alter Peter, a whole name
        forms = dict.fromkeys([f for f in forms[1:] if has_name and has_name(f)] + forms)
        kind = next(filter(None, map(visit, forms)), None)
        if kind is not None:
            return kind, x, y
    chain = getattr(p.known, "chain", None)
    if chain and _LISTED.search(p.mlow[max(0, a - 12):a]) and not at_sentence_start(p.text, a) \
            and not (_ARTICLE_BEFORE.search(p.mlow[max(0, a - 10):a]) and _noun_after(p, b)):
        return chain(p.text[a:b]), a, b  # "a Moomin book": a shop's first word said of a thing, no visit
    return None, a, b


def _noun_after(p: Prompt, at: int) -> bool:
    """Whether a lower-case content word follows ``at`` ("Moomin book"), not a function word ("Leihradl von")."""
    m = re.match(r"\s+((?-i:[a-zà-ÿ])[^\W\d_]*)", p.text[at:])
    return bool(m) and _content(m.group(1)) and m.group(1).lower() not in ALL_FUNCTION_WORDS | PARTICLES


def _phrase_end(mlow: str, at: int) -> int:
    """Where the phrase going on at ``at`` ends: at the next punctuation, within three words."""
    m = re.match(r"(?:\s+[^\W\d_]+){0,3}(?=\s*[?!.,;:])", mlow[at:])
    return at + m.end() if m else at


def _kind_word_at(p: Prompt, at: int) -> bool:
    """Whether a kind word follows ``at`` ("Residenz museum", "Oodi library"), not a meal had at the place named
    ("im Marché des Enfants Rouges zu Mittag essen")."""
    m = re.match(r"\s+([^\W\d_]+)", p.mlow[at:])
    langs = tagschema.read_in(p.lang)
    return bool(m) and m.group(1) not in _MEALS and \
        (m.group(1) in LEX_MAP or tagschema.lookup(m.group(1), langs) is not None)


#: what comes before a chain's name said for a visit: a list separator, "and", or a word of going there
_LISTED_WORDS = (r"and|och|und|et|e|y|i|og|ja|en|at|to|in|the|a|an|bei|beim|bij|de|del|al|alla|allo|au|zu|zum|zur|no|"
                 r"na|em|på|till")
_LISTED = re.compile(r"(?:[,+&]|\b(?:" + _LISTED_WORDS + r")\b)\s*$")
#: the same, or a word of the order of the visits, or of going to a shop ("then Hemköp", "need to hit Woolies")
_LISTED_OR_NEXT = re.compile(r"(?:[,+&]|\b(?:" + _LISTED_WORDS + r"|then|first|finally|hit)\b)\s*$")


_WORD_BEFORE = re.compile(r"(?:(?:l'|d'|l’|d’)?([^\W\d_][\w'’-]*)\s+)?(?:(?:de|des|du|da|do|dos|das|del|della|di|von|van|"
                          r"of)\s+)?$")
_WORDS_AFTER = re.compile(r"\s+([^\W\d_][\w'’-]*)(?:\s+([^\W\d_][\w'’-]*))?")


def _with_neighbours(p: Prompt, a: int, b: int) -> list[tuple[int, int]]:
    """Spans to ask the map for a name at ``[a, b)``, longest first: with the word before it
    ("atelier Brancusi", "market des Enfants Rouges") and the lower-case words after it ("Brancusi
    studio"), then the name alone, without the word that opens its sentence ("Osta Hemköpistä"), and, last,
    the first of two German words ("im Walmart Snacks kaufen": German writes the goods after the shop with a
    capital too)."""
    left = _WORD_BEFORE.search(p.mlow[max(0, a - 40):a])
    x = max(0, a - 40) + left.start(1) if left and left.group(1) and _content(left.group(1)) else a
    right = _WORDS_AFTER.match(p.text, b)
    ends = [b]
    for k in (1, 2):
        if not (right and right.group(k) and right.group(k).islower() and _content(right.group(k)) and
                p.mlow[right.start(k)].strip()):
            break
        if right.group(k) not in PARTICLES:  # "en Andorra de compras": a name does not end in "de"
            ends.append(right.end(k))
    starts = {x, a}
    opening = at_sentence_start(p.text, a)
    second = re.match(r"[^\W\d_][\w'’-]*\s+(?=(?-i:[A-ZÀ-Ý]))", p.text[a:b]) if opening else None
    if second:  # "Kävele Fatbursparkenin läpi", "Osta Hemköpistä": a verb that opens the sentence, then the name
        starts.add(a + second.end())
    spans = {(s, e) for s in starts for e in ends if p.mlow[s:e] == p.low[s:e]}
    first = re.match(r"[^\W\d_][\w'’-]*(?=\s+(?-i:[A-ZÄÖÜ])[^\W\d_]+$)", p.text[a:b]) if p.lang == "de" else None
    return sorted(spans, key=lambda se: (se[0] - se[1], se[0])) + ([(a, a + first.end())] if first else [])


def _content(word: str) -> bool:
    """Whether a word can be part of a name (not a function word or a word of order)."""
    return word.lower() not in STOPWORDS_EN and word.lower() not in _CUE_WORDS and not THEN_RE.fullmatch(word.lower())


_CONTRACTION = re.compile(r"([a-z]+)['’](?:re|s|m|ll|ve|d)")


def _function_contraction(word: str) -> bool:
    """Whether ``word`` is a function word with its ending ("we're", "let's"): no name, whatever the map holds."""
    m = _CONTRACTION.fullmatch(word)
    return bool(m) and m.group(1) in STOPWORDS_EN


def _name_of_kind_words(text: str, a: int, has_name) -> str | None:
    """A name the map holds whole, written in capitalised kind words ("The Donut Pub", "Coffee Bar Central",
    "Pizza + Eiscafe"), that :func:`capitalised_phrase` takes for ordinary words: two words or more after "The"."""
    m = re.match(r"(?:The\s+)?([A-ZÀ-Ý][\w'’-]*(?:\s+(?:[+&]\s+)?[A-ZÀ-Ý][\w'’-]*)+)", text[a:])
    if not (m and has_name):
        return None
    return m.group(0) if has_name(m.group(0)) or has_name("The " + m.group(0)) else None  # "im Donut Pub"


def _name_spans(p: Prompt) -> list[tuple[int, int]]:
    """Capitalised names in the parts of the prompt not read yet (not the start or end place), each
    a run of capitalised words with its particles; one word that is a kind word ("Lunch", "Kirche")
    is left to the kind stages."""
    out, end = [], 0
    langs = tagschema.read_in(p.lang)
    has_name = getattr(p.known, "has_name", None)
    for m in re.finditer(r"(?<![\w'’-])[^\W\d_][\w'’-]*", p.text):
        a = m.start()
        if a < end or not p.text[a].isupper() or not p.mlow[a].strip():
            continue
        name = _name_of_kind_words(p.text, a, has_name) or capitalised_phrase(p.text, a)
        # "the Gozzoburg and the Pfarrkirche St. Veit": two names, each written as in the prompt
        if not (name and has_name and has_name(name)):  # "Barnes & Noble": one name the map holds whole
            name = name and re.split(r"\s+(?:and|&|und|et|y|e|i|och|en|ja)\s+(?:the\s+|la\s+|el\s+|l['’])?(?=[A-ZÀ-Ý])",
                                     name)[0]
            first = name and re.split(r"\s+(?:and|&|und|et|y|e|i|och|en|ja)\s+", name)[0]
            known_first = first and has_name and first != name and any(
                has_name(c) for c in (first, first.split(None, 1)[-1], first.split(None, 2)[-1]))
            name = first if known_first else name  # "(Visit) the Residenz and the church": a name the map holds, then
            # a kind of place
        span = name and re.match(r"\s*".join(re.escape(w) + r"\.?" for w in name.split()), p.text[a:])
        if not span or p.mlow[a:a + span.end()] != p.low[a:a + span.end()]:
            continue  # not a name, or it runs into the start or end place ("From Kamppi")
        end = a + span.end()
        a = _after_opening_word(p, a, end, name)
        word = name.lower()
        if " " not in name and (word in LEX_MAP or word in STOPWORDS_EN or tagschema.lookup(word, langs)
                                or _function_contraction(word)):
            continue
        out.append((a, end))
    return out


def _after_opening_word(p: Prompt, a: int, b: int, name: str) -> int:
    """Where a name of two or more words begins in a run at ``[a, b)`` that a function word capitalised at a
    sentence's start opens ("First Home Depot for a crate", "Then Trader Joe's"): after that word, unless the map
    holds the whole run as a name ("The Donut Pub")."""
    m = re.match(r"([^\W\d_]+)\s+(?=\S+\s+\S)", name)
    has_name = getattr(p.known, "has_name", None)
    if m and m.group(1).lower() in STOPWORDS_EN and at_sentence_start(p.text, a) and not (has_name and has_name(name)):
        return a + len(p.text[a:b]) - len(p.text[a:b].split(None, 1)[1])
    return a


def _definite_references(mlow: str, mentions: list[Mention]) -> None:
    """"A drink, dinner ... the drink after dinner": "the <kind>" said again is the visit said before;
    so is a place named again ("der Hofgarten vor dem Biergarten ... bevor ich in den Hofgarten geh")."""
    seen, names = set(), set()
    for x in mentions:
        key = (x.category, x.tag, x.cuisine)
        definite = (x.word.startswith("the ") or _DEFINITE.search(mlow[max(0, x.start - 7):x.start])
                    or _bare_in_order_sentence(mlow, x)) \
            and not _SAINT_NAMED.match(mlow, x.end)
        again = x.name and x.name.lower() in names and _ORDER_NEAR.search(mlow[max(0, x.start - 25):x.end + 25])
        if x.ref is None and ((key in seen and x.name is None and definite) or again):
            x.ref = "same"
        elif x.ref is None:
            seen.add(key)
            names |= {x.name.lower()} if x.name else set()


#: a saint's name after a kind ("la chiesa di San Carlo", "die Kirche St. Michael"): that one, not one said before
_SAINT_NAMED = re.compile(r"\s+(?:(?:of|di|de|del|da|do|dos|das|du|des)\s+)?(?:san|santa|santo|sankt|st\.?|saint|sainte|"
                          r"são|sant)\b")
#: a word of order near a place named again: it refers to the visit said before, not to a second one
_ORDER_NEAR = re.compile(r"\b(?:before|after)\b")
#: a definite article just before a kind, in the languages read, alone or joined to a preposition ("the drink", "le
#: bar", "el teatro", "o museu", "al banc", "au marché", "do banco", "zum Bäcker")
_DEFINITE = re.compile(r"(?:^|\s)(?:the|le|la|les|l'|el|los|las|il|lo|gli|o|os|as|al|au|aux|du|del|dels|als|ao|aos|do|"
                       r"dos|alla|allo|nel|nella|dal|dalla|zum|zur|im|ins|dem|den|der|die|das)\s*$")


#: a word of order right after a kind, or right before it ("gallery before comic shop, comic shop before dinner",
#: "apteekki ennen kirjastoa" rewritten)
_ORDER_AFTER_KIND = re.compile(r"\s*(?:(?:must|has to|have to|should|needs to|need to|i must|we must)\s+)?"
                               r"(?:(?:be|come|go)\s+)?(?:(?:at|done)\s+)?(?:before|after)\b")
_ORDER_BEFORE_KIND = re.compile(r"\b(?:before|after)\s+$")


def _bare_in_order_sentence(mlow: str, x: Mention) -> bool:
    """A kind said with no article about the order, the visit said before: it opens a sentence with a word of order
    in it ("Dinner, then a nightclub. Nightclub has to come after dinner.") or stands right beside "before" or
    "after" ("the gallery before comic shop, comic shop before dinner")."""
    if _ORDER_AFTER_KIND.match(mlow, x.end) or _ORDER_BEFORE_KIND.search(mlow, max(0, x.start - 8), x.start):
        return True
    a, b = sentence_bounds(mlow, x.start)
    opening = mlow[a:x.start].strip(" -*\n")
    opens = not opening or _DEFINITE.search(" " + opening) is not None
    return opens and _ORDER_NEAR.search(mlow[x.end:b]) is not None


#: the meal said again with the time its table is booked for, in a sentence of its own ("Dinner at 8? Our dinner
#: reservation is at 8pm", rewritten "the dinner booked for")
_MEAL_BOOKED = re.compile(r"\bthe (\w+) booked for\s*$")


def _visit_times(p: Prompt, mentions: list[Mention]) -> None:
    """Clock times of visits ("lunch around noon", "the show at 8pm") and meal times become begin windows."""
    for pos, v in p.event_times:
        # "then the museum. At 2pm", "at 2pm. breakfast": another sentence's
        reach = 80 if p.low.endswith("booked for ", 0, pos) else 40  # a table booked, said after the meal
        near = [x for x in mentions if x.end <= pos and pos - x.end <= reach
                and not _SENTENCE_END.search(p.low, x.end, pos)]
        after = [x for x in mentions if x.start >= pos and _TIME_THEN_VISIT.fullmatch(p.mlow, pos, x.start)
                 and not _SENTENCE_END.search(p.low, pos, x.start)]
        inside = [x for x in mentions if x.end <= pos < x.said_to]  # "Vanha kauppahalli at 1 for lunch": its time
        booked = _MEAL_BOOKED.search(p.low, max(0, pos - 30), pos)  # "our dinner reservation is at 8pm"
        near = near or ([x for x in mentions if x.word == booked.group(1) and x.end <= pos] if booked else [])
        if not near and not after:
            p.notes.append(f"the time {_hhmm(v)} is not tied to a visit, so it is not kept")
            continue
        # "at 11 the museum and at 2pm lunch": the visit said after it
        x = inside[0] if inside else after[0] if after else near[-1]
        v = _meal_half_day(p.low, pos, x.word, v)
        around = re.search(r"\b(around|about|approximately|roughly|ca)\W*$", p.low[max(0, pos - 16):pos])
        if x.category in ("theatre", "cinema"):
            x.window = (max(0, v - 15), v)
        else:
            x.window = (max(0, v - 30), min(24 * 60 - 1, v + 30)) if around else (max(0, v - 15), min(24 * 60 - 1, v + 15))
        x.timed = True
        p.notes.append(f"{x.word or x.category} at {_hhmm(v)}: it begins between {_hhmm(x.window[0])} and "
                       f"{_hhmm(x.window[1])}")
    for x in mentions:
        if x.window is None and x.ref is None:
            _part_of_day(p, x)
        if x.window is None and x.word in MEAL_WINDOWS:
            x.window = MEAL_WINDOWS[x.word]


#: the parts of the day in the languages read, as the earlier stages leave them, with when a visit then begins
_PARTS_OF_DAY = (
    (re.compile(r"\b(?:(?:in the|this) morning|vormittags?|förmiddag(?:en)?|formiddag(?:en)?|aamupäivällä|dopoledne|"
                r"(?:'s|in de) ochtends?|mattinata|la matinée|le matin|al matí)\b"), (8 * 60, 12 * 60 - 1)),
    (re.compile(r"\b(?:(?:in the|this) afternoon|l'afternoon|nachmittags?|pomeriggio|(?:por|à|a) (?:la )?tarde|"
                r"la tarda|eftermiddag(?:en)?|iltapäivällä|'s middags|odpoledne|po południu)\b"),
     (12 * 60, 18 * 60 - 1)),
    (re.compile(r"\b(?:(?:in the|this) evening|abends|am abend|in the soir|la soirée|(?:à|a) noite|la sera|"
                r"(?:på|om) (?:kvällen|aftenen)|illalla|'s avonds|wieczorem|večer)\b"), (18 * 60, 23 * 60 - 1)),
)
#: what may stand between a part of the day and the visit said with it ("am Nachmittag Kaffee", "and in the
#: afternoon an ice cream", "the Brancusi studio in the afternoon", "por la tarde mirar una tienda", "iltapäivällä
#: Akateemiseen kirjakauppaan"): two words at most, of any kind
_DAY_PART_GAP = re.compile(r"\s*(?:[^\W\d_]+\s+){0,2}")
#: between a visit and the part of the day said after it ("the studio in the afternoon", "le musée l'après-midi")
_DAY_PART_AFTER = re.compile(r"\s*(?:(?:in|at|on) (?!the (?:morning|afternoon|evening)))?")
#: words of the trip's own time ("I have two hours", "free from 2", "leaving at 10")
_TRIP_WORDS = r"i have|we have|free|from|starting|start|leave|leaving"
#: the part of the day the whole trip is in ("this afternoon I have two hours: a museum"): no visit's own
_TODAY_PART = re.compile(r"\b(?:" + _TRIP_WORDS + r")\b[^.;!?]*$")


def _part_of_day(p: Prompt, x: Mention) -> None:
    """The window of a visit said with a part of the day right before or after it, in its clause ("in the afternoon
    an ice cream", "l'Atelier Brancusi l'après-midi"): when it begins."""
    a, b = clause_of(p.mlow, x.start)
    for pattern, window in _PARTS_OF_DAY:
        before = [m for m in pattern.finditer(p.mlow, a, x.start) if _DAY_PART_GAP.fullmatch(p.mlow, m.end(), x.start)]
        after = pattern.match(p.mlow, _DAY_PART_AFTER.match(p.mlow, x.end).end())
        if (before or (after and after.end() <= b)) and not _TODAY_PART.search(p.mlow, max(0, x.start - 40), x.start):
            break
    else:
        window = _heading_part(p.mlow, x)
        if window is None:
            return
    x.window, x.day_part = window, True
    p.notes.append(f"{x.word or x.category} in that part of the day: it begins between {_hhmm(window[0])} "
                   f"and {_hhmm(window[1])}")


#: what may stand before a part of the day that heads a group of visits: the start of the sentence or a mark, then
#: "and" or a short word ("a la tarda", "nel pomeriggio")
_HEADS_GROUP = re.compile(r"(?:^|[.;:,!?\n•-])\s*(?:and\s+)?(?:[^\W\d_]{1,3}\s+)?$")
#: between such a part of the day and a visit of its group: no clock time, no word of the trip's start or end
_NOT_GROUP = re.compile(r"\d|\b(?:" + _TRIP_WORDS + r"|back|until|by)\b")


def _heading_part(mlow: str, x: Mention) -> tuple[int, int] | None:
    """The window of the part of the day that heads the visits said after it in the sentence ("Vormittags: Dom und
    Buchhandlung, nachmittags ein Museum", "le matin, la banque et la poste ; l'après-midi, le musée"), the last one
    said before ``x``; ``None`` when none does."""
    s0, _ = sentence_bounds(mlow, x.start)
    said = [(m, window) for pattern, window in _PARTS_OF_DAY for m in pattern.finditer(mlow, s0, x.start)]
    if not said:
        return None
    m, window = max(said, key=lambda mw: mw[0].start())
    if not _HEADS_GROUP.search(mlow[s0:m.start()]) or _NOT_GROUP.search(mlow, m.end(), x.start):
        return None
    return window


#: the end of a sentence between a clock time and a visit
_SENTENCE_END = re.compile(r"[.!?]\s")
#: between a clock time (blanked once read) and the visit said right after it: four words at most, of any kind
#: ("at 7 i want dinner", "um 10 wollen wir auf den Turm")
_TIME_THEN_VISIT = re.compile(r"(?:[\s\d:]|\.(?=\d))*\s*(?:h|uhr|o'clock|am|pm)?\s*(?:[^\W\d_]+\s+|l'){0,4}")


def _meal_half_day(low: str, pos: int, word: str, v: int) -> int:
    """A meal's clock time without am/pm in the half of the day of its window ("dinner at 9" is 21:00)."""
    if word not in MEAL_WINDOWS or v >= 12 * 60 or re.match(r"\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m", low[pos:]):
        return v
    mid = sum(MEAL_WINDOWS[word]) / 2
    return v + 12 * 60 if abs(v + 12 * 60 - mid) < abs(v - mid) else v


def _hhmm(v: int) -> str:
    return f"{v // 60:02d}:{v % 60:02d}"


def _kind_beside(mlow: str, mentions: list[Mention], a: int, b: int):
    """The visit a phrase without a kind of its own qualifies: the one named just before it in its
    sentence with no word of order between, else the one right after it, else a kind in the plural that ends the
    sentence before."""
    s0, s1 = sentence_bounds(mlow, a)
    before = [x for x in mentions if s0 <= x.start and x.end <= a and a - x.end <= 40 and x.ref is None
              and not THEN_RE.search(mlow[x.end:a]) and not FIRST_RE.search(mlow[x.end:a])]
    if before:
        return before[-1]
    after = [x for x in mentions if b <= x.start < s1 and re.fullmatch(r"\s*(?:[^\W\d_]+\s+)?", mlow[b:x.start])
             and x.ref is None]
    if after:
        return after[0]
    # "I'm visiting the historic churches. I'd like to see as many as possible"
    said = [x for x in mentions if x.end <= s0 and s0 - x.end <= 80 and x.ref is None]
    return said[-1] if said and said[-1].word.endswith("s") and said[-1].count == 1 else None


def _structure(mlow: str, mentions: list[Mention]) -> None:
    """"As many museums as possible" (maximize); a box office is a short errand."""
    for m in AS_MANY_OPEN.finditer(mlow):
        close = AS_MANY_CLOSE.search(mlow, m.end(), min(len(mlow), m.end() + 60))
        if close and not re.search(r"[.;!?]", mlow[m.end():close.start()]):
            inside = [x for x in mentions if any(m.end() <= a < close.start() for a in [x.start, *x.also])]
            beside = _kind_beside(mlow, mentions, m.start(), close.end())  # "a brewery crawl - as many as we can"
            _maximize(mlow, mentions, inside or ([beside] if beside else []))
    before_kind = set()
    for m in AS_MANY_ALONE.finditer(mlow):
        after = [x for x in mentions if any(m.end() <= a < m.end() + 40 for a in [x.start, *x.also])][:1]
        _maximize(mlow, mentions, after)
        before_kind |= {m.start()} if after else set()
    for m in AS_MANY_BARE.finditer(mlow):
        if m.start() in before_kind:
            continue
        x = _kind_beside(mlow, mentions, m.start(), m.end())
        if x is not None:
            _maximize(mlow, mentions, [x])
    _examples_of_many(mlow, mentions)
    for m in re.finditer(r"\b(box office|ticket office|pick up (?:the |our |my )?tickets|buy tickets)\b", mlow):
        a, b = clause_of(mlow, m.start(), wide=True)
        venues = [x for x in mentions if a <= x.start < b and x.category in ("theatre", "cinema")]
        for x in venues:
            x.duration = 15
        if venues:  # the box office of the venue named with it, not a ticket shop of its own
            mentions[:] = [x for x in mentions if not (x.tag == "shop=ticket" and a <= x.start < b)]


def _examples_of_many(mlow: str, mentions: list[Mention]) -> None:
    """Places named in brackets after "as many ... as possible" are examples of it ("as many music stores as I
    can (Guitar Center, Menchey, whatever else)", "möglichst viele Aussichtspunkte (Alte Robinie, ...)")."""
    for x in [y for y in mentions if y.maximize]:
        o = mlow.find("(", x.end, x.end + 40)
        c = mlow.find(")", o)
        if o < 0 or c < 0 or re.search(r"[.;!?]", mlow[x.end:o]):
            continue
        mentions[:] = [y for y in mentions if y.maximize or y.ref is not None or not o < y.start < c]


def _maximize(mlow: str, mentions: list[Mention], chosen: list[Mention]) -> None:
    """Visit as many places as possible of each kind ``chosen`` names: one open-ended visit per kind,
    which every other plain mention of that kind is ("roteiro de igrejas ... só igrejas", "jardins et parcs")."""
    for x in [y for y in chosen if y.ref is None]:
        if x not in mentions:
            continue  # already absorbed by a visit of its kind
        x.maximize, x.count = True, 1
        same = [y for y in mentions if y is not x and y.ref is None and (y.category, y.tag) == (x.category, x.tag)
                and y.name is None]
        for y in same:
            x.also.append(y.start)
            mentions.remove(y)


def _name_hint(p: Prompt, x: Mention) -> None:
    """A capitalised name around a mention: "the Deutsches Museum", "lunch at Hofbräuhaus"."""
    text = p.text
    orig = text[x.start:x.end]
    if x.name and x.kinds:
        return  # the map named it
    if orig[:1].isupper() and x.start > 0:
        i = x.start  # the keyword is part of a capitalised name: walk back to its start
        while i > 0:
            j = text.rfind(" ", 0, i - 1)
            w = text[j + 1:i - 1]
            if w[:1].isupper() and not re.match(r"(The|A|An|I|We|Then|And|After|Before)$", w) \
                    and text[i - 1] == " " and not re.search(r"[.,;:!?]$", w):
                i = j + 1
            else:
                break
        name = capitalised_phrase(text, i)
        if name and len(name) > len(orig) and orig.lower() in name.lower() and not at_sentence_start(text, i):
            x.name = name
    if x.name is None:
        after = re.match(r"\s+(?:at|in|called|named)\s+(?:the\s+)?(?=[A-Z])", text[x.end:])
        if after and x.ref is None:
            name = capitalised_phrase(text, x.end + after.end())
            if name and name not in p.places and not re.match(r"\d", name):
                x.name = name


def _same_visit(x: Mention, y: Mention) -> bool:
    """Whether the reference ``x`` can mean the visit ``y``: the same kind, and the same place when both
    are named ("the Shot Tower before the Jewish Museum": two museums, not one); "after the meal" means the meal
    said, a quick bite as well ("lunch, a quick bite ... Nach dem Essen ein Eis")."""
    if x.word in _ANY_MEAL and not x.name and {x.category, y.category} <= {"restaurant", "fast_food"}:
        return True
    return (x.category, x.tag) == (y.category, y.tag) and (not x.name or not y.name or x.name == y.name)


#: words of eating that name no kind of meal ("after the meal", "nach dem Essen", rewritten "after the eat out")
_ANY_MEAL = {"eat out", "a meal", "meal", "eating", "food", "eat"}


def make_tasks(mentions: list[Mention]) -> list[Task]:
    """The tasks of the mentions, in the order of mention (references point at them)."""
    tasks: list[Task] = []
    plain = [x for x in mentions if x.ref is None]
    made: list[Mention] = []
    for x in mentions:
        if x.ref and any(_same_visit(x, y) for y in plain):
            continue  # only refers to a task mentioned elsewhere
        if x.ref and (y := next((y for y in made if _same_visit(x, y)), None)) is not None:
            x.task, x.tasks = y.task, y.tasks
            continue  # "before the show ... after the show": one show
        x.tasks = []
        for _ in range(x.count):
            x.tasks.append(len(tasks))
            tasks.append(Task(category=x.category, duration_min=x.duration or CATEGORIES[x.category].duration_min,
                              cuisine=x.cuisine, name=x.name, tag=x.tag, maximize=x.maximize,
                              earliest=_hhmm(x.window[0]) if x.window else None,
                              latest=_hhmm(x.window[1]) if x.window else None))
        x.task = x.tasks[0]
        x.ref_new = bool(x.ref)
        made.append(x)
    for x in mentions:
        if x.ref and x.task is None:
            same = next(y for y in plain if _same_visit(x, y))
            x.task, x.tasks = same.task, same.tasks
        if x.timed and x.task is not None:
            # "before dinner at 7pm": the time belongs to the dinner mentioned elsewhere
            tasks[x.task].earliest, tasks[x.task].latest = _hhmm(x.window[0]), _hhmm(x.window[1])
    if not tasks:
        raise InputError("nothing to plan: the prompt names no place to visit "
                         "(say e.g. 'a museum, then lunch at an Italian place, back by 4pm')")
    if len(tasks) > MAX_TASKS:
        raise InputError(f"too many visits: {len(tasks)} (at most {MAX_TASKS} per trip); split the day into several trips")
    return tasks


def task_in_clause(low: str, pos: int) -> bool:
    """Whether the wide clause around ``pos`` names a visit."""
    a, b = clause_of(low, pos, wide=True)
    return bool(LEX_RE.search(low[a:b]) or CUISINE_RE.search(low[a:b]))


def assign_durations(p: Prompt, durations, mentions: list[Mention], tasks: list[Task], span: int | None = None) \
        -> int | None:
    """Durations to the nearest visit in their clause; one without a visit is the time limit (returned). ``span``:
    the minutes the trip has by the times said, if they say it."""
    limit = None
    for a, _b, mins in durations:
        ca, cb = clause_of(p.low, a, wide=True)
        if _LIMIT_OPENS.match(p.low, _b) and not any(sentence_bounds(p.low, a)[0] <= x.start < a for x in mentions):
            limit = mins if limit is None else limit  # "2 hours from 12:00 at the station: lunch, ...", "drie uur
            continue  # de tijd: ..."; not "the Deutsches Museum, 2 hours: the science part"
        cands = [x for x in mentions if x.ref is None and x.task is not None and ca <= x.start < cb]
        x = min(cands, key=lambda y: abs(y.start - a)) if cands else \
            _visit_just_before(p, mentions, a, _b, span is not None and span != mins)
        if x is None and re.search(r"\([^()]{0,40}$", p.low[max(0, a - 40):a]):
            p.notes.append(f"'{p.text[a:_b]}' said in brackets of no visit read, so not kept")
            continue  # "die Kirche (mit Anstehen ca. 40 Minuten)": how long something takes, not the time one has
        if x is None and span is not None and said_roughly(p, a, _b):
            continue  # "just a few hours on Saturday, from 1 to 5pm"
        if x is None:
            limit = mins if limit is None else limit
            continue
        tasks[x.task].duration_min = mins
    return limit


#: after a length, what makes it the time one has: a colon opening the visits ("From 12 at Bindlach station, 2 hours:
#: lunch, ..."), the time it runs from ("2 hours from 12:00"), "of time" ("drie uur de tijd:")
_LIMIT_OPENS = re.compile(r"\s*(?:of time|the time|the tijd)?\s*:(?!\d)|\s+from\s+(?:at\s+)?\d")
#: what may stand between a visit and the length said of it in a clause of its own or in brackets ("Turm von St.
#: Peter (mit Anstehen ca. 40 Minuten)", "um pequeno-almoço numa pastelaria, 20 minutos chegam")
_TO_LENGTH = re.compile(r"[^\d;:!?]{0,30}?(?:,|\(|–|-)[^\d;:!?()]{0,25}$")
#: a length said in brackets after its visit
_IN_BRACKETS = re.compile(r"[^\d;:!?()]{0,30}\([^\d;:!?()]{0,25}$")
#: a length said to be enough, in the languages read ("20 minutos chegam", "un'oretta basta", "eine Stunde reicht")
_ENOUGH = re.compile(r"\W*(?:is |are |will )?(?:" + _WILL_DO + r"|enough|plenty|do|chegam|bastam|bastano|bastan|"
                     r"reichen|genügen|suffisent|alcanza|alcanzan|sobra|riittävät)\b")


def _visit_just_before(p: Prompt, mentions: list[Mention], at: int, end: int, last: bool = False) -> Mention | None:
    """The visit said right before a length said of it: in brackets after it, said to be enough, or between it and
    the next visit of the sentence ("a coffee, 20 minutes, then the museum"); a length said last on its own is the
    time one has ("Café depois livraria, 1h30")."""
    before = [x for x in mentions if x.ref is None and x.task is not None and x.end <= at]
    x = max(before, key=lambda y: y.end, default=None)
    e = x.said_to if x is not None and x.end < x.said_to <= at else x.end if x else 0
    if x is None or not _TO_LENGTH.fullmatch(p.low[e:at]) or re.search(r"[.!?]\s+(?-i:[A-ZÀ-Ý])", p.text[e:at]):
        return None  # not over the end of a sentence ("ca." and "max." are no end)
    s1 = sentence_bounds(p.low, end)[1]
    visit_after = any(end <= y.start < s1 for y in mentions)
    return x if _IN_BRACKETS.fullmatch(p.low[e:at]) or _ENOUGH.match(p.low, end) or visit_after or last else None
