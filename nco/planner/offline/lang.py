"""Languages of the offline parser: detect one, rewrite its cue words into English.

The later stages read English cue words ("at 10:00", "then", "back by",
"lunch"); a prompt in German, French, Spanish, Portuguese, Italian,
Catalan, Finnish, Swedish, Dutch, Polish, Czech, Danish or Norwegian is first
rewritten word by word with the rules below (times, place cues, order words,
meals and the common kinds of place).  Place names are left as written.
Kinds of place the rules do not name are found later in the tagging schema's
translations (:mod:`nco.planner.tagschema`), whatever the language.  Polish
and Czech are read as typed without diacritics, their nouns in any case, their
names after a preposition in the base form the map knows
(:mod:`nco.planner.offline.slavic`).  Danish and Norwegian are told from
Swedish, and from each other, by the words only each writes ("jeg",
"bagefter", "morgenmad"; "gjerne", "etterpå", "lunsj"); a tie goes to
Swedish, then to Danish.
"""

from __future__ import annotations

import re
from functools import lru_cache

from nco.errors import InputError
from nco.planner import tagschema
from nco.planner.offline.chat import MARKERS, expand, fix_typos
from nco.planner.offline.clock import DAYPARTS, UNITS, word_times
from nco.planner.offline.phrases import PHRASES, quarter_hours, rewrite
from nco.planner.offline.lexicon import (ALL_FUNCTION_WORDS, BUDGET_WORDS, CUISINES, DAYS, FUNCTION_WORD_SETS,
                                         LEX_MAP, SHOP_WORDS, SLAVIC, STOPWORDS_EN, VEHICLES)
from nco.planner.offline.places import lower_case_name
from nco.planner.offline.slavic import bases_of, prepare
from nco.planner.offline.text import PLACE_NOUNS, POST_NOUNS, STOP_NOUNS, fi_bases_of, loose, nordic
from nco.planner.request import CATEGORIES

#: languages the offline parser reads
LANGUAGES = {"en": "English", "de": "German", "fr": "French", "es": "Spanish", "pt": "Portuguese",
             "it": "Italian", "ca": "Catalan", "fi": "Finnish", "sv": "Swedish", "nl": "Dutch", "pl": "Polish",
             "cs": "Czech", "da": "Danish", "no": "Norwegian"}
#: parts of the day and street words, one language each; with the days (:data:`DAYS`) they tell the
#: language of an itinerary, which has few function words
_DAY_WORDS = {
    "de": "vormittag nachmittag abend straße platz", "fr": "matin après-midi soir soirée rue quai",
    "es": "tarde noche plaza calle", "pt": "manhã noite rua largo praça", "it": "mattina pomeriggio sera piazza",
    "ca": "matí tarda vespre nit plaça carrer", "fi": "aamu iltapäivä ilta katu tori",
    "sv": "förmiddag eftermiddag kväll gatan torget", "nl": "ochtend middag avond straat plein gracht",
    "pl": "rano wieczorem południu popołudnie ulica ulicy plac placu rynek rynku",
    "cs": "ráno dopoledne odpoledne večer ulice náměstí",
    "da": "formiddag eftermiddag aften gade gaden torv pladsen", "no": "formiddag ettermiddag kveld gaten plassen",
}
_NUMBERS = {
    "de": "eins zwei drei vier fünf sechs sieben acht neun zehn",
    "fr": "un deux trois quatre cinq six sept huit neuf dix",
    "es": "una dos tres cuatro cinco seis siete ocho nueve diez",
    "pt": "uma duas três quatro cinco seis sete oito nove dez",
    "it": "una due tre quattro cinque sei sette otto nove dieci",
    "ca": "una dues tres quatre cinc sis set vuit nou deu",
    "fi": "yksi kaksi kolme neljä viisi kuusi seitsemän kahdeksan yhdeksän kymmenen",
    "sv": "en två tre fyra fem sex sju åtta nio tio",
    "nl": "een twee drie vier vijf zes zeven acht negen tien",
    "pl": "jedna dwie trzy cztery piec szesc siedem osiem dziewiec dziesiec",
    "cs": "jedna dve tri ctyri pet sest sedm osm devet deset",
    "da": "en to tre fire fem seks syv otte ni ti",
    "no": "en to tre fire fem seks sju åtte ni ti",
}
_EN_NUMBERS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]


def detect(text: str) -> str:
    """The language of a prompt (a key of :data:`LANGUAGES`).

    Raises
    ------
    InputError
        A prompt in none of them.
    """
    low = text.lower().replace("’", "'")
    words = re.findall(r"[^\W\d_]+(?:'[^\W\d_]+)?", low)
    # kind words shared with the other languages ("museum", "lunch", "park") are no English evidence
    english = sum(w in STOPWORDS_EN and w not in LEX_MAP for w in words)
    counts = {lang: sum(w in evidence and w not in LEX_MAP for w in words) for lang, evidence in _EVIDENCE.items()}
    best = max(counts, key=counts.get)
    if best in SLAVIC:  # "i", "do", "a", "to": Polish and Czech words that English spells alike
        english = sum(w in STOPWORDS_EN and w not in LEX_MAP and w not in _ALIKE_IN_ENGLISH for w in words)
    if counts[best] >= min(3, max(1, len(words) // 4)) and counts[best] > english:  # short prompts have few
        return best
    by_kinds = _by_kind_words(words, counts, english)  # a note of kinds ("Canton Square 9h: farmacia, supermercado")
    if by_kinds is not None and english <= 1:
        return by_kinds
    try:
        _check_english(text, broad=by_kinds is None)
    except InputError:
        if by_kinds is None:
            raise
        return by_kinds
    return "en"


def _by_kind_words(words: list[str], counts: dict[str, int], english: int) -> str | None:
    """The language of a note with few small words, by the names of kinds of place only it uses ("Estación 9h •
    farmacia • cajero • café", "Stazione 18h → aperitivo → cena"): one language clearly ahead, or none; with no
    English word at all, one word of one language alone is enough ("gare de Monaco 9h. pharm., banque, café")."""
    score = {lang: counts.get(lang, 0) + sum(tagschema.fold(w) in _kind_names(lang) for w in words)
             for lang in LANGUAGES if lang != "en"}
    best = max(score, key=score.get)
    rivals = [n for lang, n in score.items() if lang != best and lang not in KIN.get(best, ())]
    return best if score[best] >= (1 if english == 0 else 2) and score[best] > max(rivals) else None


@lru_cache(maxsize=16)
def _kind_names(lang: str) -> frozenset[str]:
    """The one-word names of kinds of place in ``lang`` that English does not use ("farmacia", "kahvila")."""
    langs = ("pt", "pt-BR") if lang == "pt" else (lang,)
    english = tagschema.phrase_index(("en",))
    return frozenset(w for w in tagschema.name_index(langs) if " " not in w and w not in english
                     and w not in STOPWORDS_EN and w not in LEX_MAP)


def _refuse() -> None:
    names = ", ".join(LANGUAGES.values())
    raise InputError(f"the prompt does not look like English or another language the offline parser reads ({names}); "
                     "an LLM backend (parser='openai' or 'ollama') reads other languages")


#: English typed in a hurry ("arvo errands ... leaving Sydenham stn ~3:30, home b4 5", "btwn mtgs")
_SHORTHAND_EN = {"arvo", "b4", "btwn", "tmrw", "tmw", "frm", "stn", "mtg", "mtgs", "bday", "wfh", "pls", "thx", "asap",
                 "approx", "ish", "abt", "appt", "errand", "errands", "leaving", "leave", "w"}


@lru_cache(maxsize=1)
def _english_words() -> frozenset[str]:
    """The words of the tagging schema's English names and terms ("gift", "card", "home", "bottle")."""
    return frozenset(w for k in tagschema.phrase_index(("en",)) for w in re.findall(r"[a-z]+", k))


def _check_english(text: str, broad: bool = False) -> None:
    """Refuse a prompt that is not in English either (another script, too few known words: the small words, the
    kinds of place and, ``broad`` (no other language's kinds of place said), the schema's English words and
    shorthand)."""
    letters = [c for c in text if c.isalpha()]
    if letters and sum(c.isascii() or c in "äöüßéèêáàâíìóòôúùçñåø" for c in letters) < 0.7 * len(letters):
        _refuse()
    words = [w for w in re.findall(r"[a-zA-Z'’]+", text) if not w[0].isupper() or w.lower() in STOPWORDS_EN]
    if len(words) >= 4:
        known = sum(w.lower().replace("’", "'") in STOPWORDS_EN or w.lower() in LEX_MAP or w.lower() in CUISINES
                    or broad and (w.lower() in _SHORTHAND_EN or w.lower() in _english_words()) for w in words)
        if known < 0.25 * len(words):
            _refuse()


# ------------------------------------------------------------------ rewriting rules
#: "we leave" and "we start" in Finnish, said and spoken ("lähdetään", "lähetään", "aloitetaan")
_FI_WE_LEAVE = r"\b(?:lähdetään|lähetään|lähdemme|aloitetaan|aloitamme)\b"
#: (pattern, replacement) per language, applied in order, case-insensitive
RULES: dict[str, list[tuple[str, str]]] = {
    "de": [
    # errands and activities said by what one does ("ein Rezept einlösen", "Kopfschmerztabletten", "eine SIM-Karte",
    # "Dokumente ausdrucken", "Wäsche waschen", "einen Ersatzschlüssel anfertigen lassen", "die Stiefel besohlen
    # lassen", "ein paar Bahnen schwimmen", "kegeln gehen", "Schlittschuh laufen", "ein Kanu leihen", "Geld
    # wechseln", "mein Fahrrad reparieren lassen", "die Enten füttern", "den Hund frei laufen lassen")
    (r"\b(?:ein |das |mein )?rezept (?:einlösen|abholen)\b", "pick up a prescription"),
    # the hairdresser said by the appointment there ("hab ich einen Friseurtermin")
    (r"\bfriseurtermin\b", "friseur"),
    (r"\bmedikament(?:e|en)?\b|\b\w*tabletten\b|\bschmerzmittel\b", "medicine"),
    (r"\bsim-?karte\w*|\bprepaid-?karte\w*", "sim card"),
    (r"\b(?:ein paar |einige |die |meine )?(?:dokumente|unterlagen|tickets) (?:aus)?drucken\b|\bkopien machen\b", "photocopies"),
    (r"\bwäsche waschen\b", "do the laundry"),
    (r"\b(?:einen |den |einige |ein paar )?\w*schlüssel (?:nachmachen|anfertigen|kopieren|machen)(?: lassen)?\b", "key cutting"),
    (r"\b(?:meine |die |unsere )?(?:schuhe|stiefel) (?:neu )?(?:reparieren|besohlen|flicken)(?: lassen)?\b", "shoes repaired"),
    (r"\bschwimmen gehen\b|\b(?:ein paar |einige )?bahnen schwimmen\b", "go swimming"),
    (r"\btrainieren(?: gehen)?\b", "work out"), (r"\bbowlen(?: gehen)?\b|\bkegeln(?: gehen)?\b", "bowling"),
    (r"\bschlittschuh(?:laufen| laufen| fahren)(?: gehen)?\b|\beislaufen(?: gehen)?\b", "ice skating"),
    (r"\b(?:ein |einen |zwei )?(?:kajaks?|kanus?)\b", "a kayak"), (r"\bsportsbar\b", "sports bar"),
    (r"\bsaunieren\b", "sauna"), (r"\b(?:eine |die )?zeitung(?= buy\b(?! (?:am|beim|im|in|an|bei|at|in the|at the) ))", "newsagent"),
    (r"\b(?:ein |das )?geschenk\b(?: (?:buy|kaufen|besorgen))?", "buy a gift"),
    (r"\b(?:geld|dollar|euro|franken|pfund|kronen) (?:wechseln|umtauschen|tauschen)\b", "change money"),
    (r"\b(?:mein |das |unser |meine )?(?:fahrrad|rad|räder) (?:reparieren|flicken|richten)(?: lassen)?\b"
     r"|\b(?:den )?platten (?:am|an meinem|an unserem) (?:fahr)?rad (?:flicken|reparieren)(?: lassen)?\b", "fix my bike"),
    (r"\b(?:die )?enten füttern\b", "feed the ducks"),
    (r"\b(?:den |unseren |meinen )?hund (?:frei |ohne leine |without leine )?(?:laufen|rennen|toben) lassen\b", "let the dog run"),
    (r"\b(?:ein paar |einige )?(?:postkarten|karten|briefe) (?:verschicken|schicken|abschicken|wegschicken)\b", "send postcards"),
        (r"\bmitbringsel\b", "souvenir"),
        (r"so viele (\w+),? wie (?:möglich|du schaffst|du kannst|ihr schafft|ihr könnt|du verträgst|(?:es )?geht)",
         r"as many \1 as possible"),
        (r"reihenfolge (?:ist )?egal|egal in welcher reihenfolge|in beliebiger reihenfolge", "in any order"),
        (r"in dieser reihenfolge", "in that order"),
        (r"fährt mein (zug|bus|schiff) (?:vom|von der|von|ab)", r"my \1 leaves from"),
        (r"mein (zug|bus|schiff) fährt (?:vom|von der|von|ab)", r"my \1 leaves from"),
        (r"\bzug\b", "train"), (r"\bschiff\b", "boat"), (r"fährt", "leaves"),
        (r"\bmitternacht\b", "midnight"), (r"\bmittag\b", "noon"),
        (r"\bzeit bis\b", "free until"), (r"\b(?:bis )?spätestens(?: at)?\b", "by"),  # "spätestens um 12": by 12
        (r"\bbis\b", "by"), (r"\bum\b", "at"), (r"\bgegen\b", "around"), (r"\bab\b", "from"),
        (r"\bam\b", "at"), (r"\bvom\b", "from"), (r"\bvon\b", "from"), (r"\btreffpunkt\b", "meet at"),
        (r"\bstart am\b", "start at"), (r"\blos geht'?s\b", "start"),
        # off work or off at a time, then where ("Feierabend um 18 Uhr beim Bahnhof", "Los um 9 am Rathaus"): the start
        (r"\b(?:feierabend|los)\b(?= (?:um|at) \d)", "start"),
        (r"\bich (?:starte|beginne|fange)\b", "i start"), (r"\bwir (?:starten|beginnen|fangen)\b", "we start"),
        (r"\bich bin\b", "i'm"), (r"\bwir sind\b", "we're"), (r"\ban (?:der|dem|den)\b|\bbeim\b", "at the"), (r"\bzur post\b", "to the post office"), (r"\bfange\b", "start"), (r"\bstarte\b|\bbeginne\b", "start"),
        (r"\bzurück\b", "back"), (r"\bfertig\b", "done"), (r"\bschon\b", ""),
        (r"\b(?:essen gehen|auswärts essen|was essen|etwas essen|(?<!eis )essen)\b", "eat out"),
        (r"\b(?:was|etwas) trinken(?: gehen)?\b", "a drink"), (r"\bvorher\b", "before that"),
        (r"\bals (?:aller)?erstes\b|\bzuallererst\b|\bzuerst\b|\berst\b", "first"),
        (r"\bdann\b|\bdanach\b|\banschlie(?:ß|ss)end\b|\bhinterher\b", "then"),
        (r"\bund\b", "and"), (r"\boder\b", "or"), (r"\bvor (?:dem|der)\b", "before the"), (r"\bvor\b", "before"), (r"\bbevor\b", "before"),
        (r"\bnachdem\b", "after"),  # "Mittagessen, nachdem wir im Museum waren"
        (r"\bnach (?:dem|der)\b", "after the"), (r"\bich habe\b", "i have"), (r"\bich brauche?\b", "i need"), (r"\bbraucht\b", "needs"),
        (r"\bich möchte\b|\bmöchte ich\b", "i want"), (r"\bnoch\b", ""),
        # the evening of today or tomorrow ("heute Abend", "morgen Abend", "am Abend")
        (r"\b(?:heute|diesen) abend\b", "tonight"), (r"\bmorgen abend\b", "tomorrow evening"),
        (r"\b(?:am|jeden) abend\b", "in the evening"),
        # the morning of today, not tomorrow ("heute Morgen", "am Morgen", "jeden Morgen")
        (r"\b(?:heute|am|diesen|jeden|den ganzen) morgen\b", "this morning"), (r"\bmorgen\b", "tomorrow"),
        (r"\bheute\b", "today"), (r"\bminuten\b", "minutes"),
        (r"\bstunden?\b|(?<=\d )stund\b|(?<=\bzwei |\bdrei |\bvier )stund\b", "hours"),  # "Mehr wie 3 Stund"
        (r"\bspaziergang im park\b", "walk in a park"), (r"\beis essen\b|\beiscafé\b|\beisdiele\b|\beis\b", "ice cream"),
        (r"\bmittagessen\b", "lunch"), (r"\babendessen\b", "dinner"), (r"\bfrühstück\b", "breakfast"),
        (r"\bkaffee\b", "coffee"), (r"\bkuchen\b", "cake"), (r"\bmuseen\b", "museums"), (r"\bkirche\b", "church"),
        (r"\bapotheke\b", "pharmacy"), (r"\bsupermarkt\b", "supermarket"), (r"\bbäckerei\b", "bakery"),
        (r"\bbuchladen\b|\bbuchhandlung\b", "bookshop"), (r"\bkneipe\b", "pub"), (r"\bgalerien\b", "galleries"),
        (r"\bgalerie\b", "gallery"), (r"\bkino\b", "cinema"), (r"\btheater\b", "theatre"), (r"\bmarkt\b", "market"),
        (r"\bbibliothek\b", "library"), (r"\bspielplatz\b", "playground"), (r"\baussichtspunkt\b", "viewpoint"),
        (r"\bsehenswürdigkeiten\b", "sights"), (r"\bein(?:e|en|em|er)?\b", "a"), (r"\bim\b", "in the"),
        (r"\bzum (?=breakfast|brunch|lunch|dinner)", "for "), (r"\bzu(?:m|r)\b|\bins\b", "to the"), (r"\bder\b|\bdie\b|\bdas\b|\bden\b|\bdem\b", "the"),
        # goods said for their shop: "Brot holen", "frische Brötchen", "Lebensmittel"
        (r"\b(?:frische[ns]?\s+)?(?:brot|brötchen|semmeln)\s+(?:holen|kaufen|besorgen|mitnehmen)\b", "buy bread"),
        (r"\bfrische[ns]?\s+(?:brot|brötchen|semmeln)\b", "fresh bread"), (r"\b(?:brot|brötchen|semmeln)\b", "bread"),
        (r"\bblumenstrau(?:ß|ss)\b", "florist"), (r"\bdrogeriemarkt\b", "drogerie"),
        # flowers got for someone ("dann Blumen für die Kollegin", "Blumen für meine Gastgeberin brauche ich")
        (r"\bblumen(?= für\b| (?:kaufen|holen|besorgen|mitbringen)\b)", "florist"),
        (r"\blebensmittel\b|\bwocheneinkauf\b", "groceries"),
        # clothes, toys, stamps, books and papers bought, the verb last ("Klamotten kaufen", "Spielsachen für die
        # Kinder", "Briefmarken", "ein Buch kaufen", "eine Zeitung holen", "eine Flasche Schnaps besorgen")
        (r"\bklamotten\b", "clothes"), (r"\b(?:spielsachen|spielzeug)\b", "toys"), (r"\bbriefmarken\b", "stamps"),
        (r"\b(?:mode|bekleidungs|klamotten)(?:geschäft|geschäfte|geschäften|laden|läden)\b", "clothing store"),
        (r"\b(?:a |the )?(?:buch|bücher)(?= (?:kaufen|besorgen|holen)\b)", "books"),
        # (the goods named by their shop, the verb kept last: "Briefmarken holen" after "zur Post" is bought there)
        (r"\b(?:a |the )?(?:zeitung|zeitungen|zeitschrift|zeitschriften)(?= (?:kaufen|besorgen|holen)\b)", "newsagent"),
        (r"\b(?:a |the )?(?:flaschen? )?(?:schnaps|spirituosen|whisky|wodka|likör)(?= (?:kaufen|besorgen|holen)\b)",
         "off-licence"), (r"\btoys(?=(?: (?:für|for) the (?:kinder|kids))? (?:kaufen|besorgen|holen)\b)", "toy shop"),
        (r"\bspäti\b|\bspätkauf\b", "kiosk"),  # the late-night shop of Berlin ("noch schnell zum Späti")
        # a film or a play seen ("einen Film anschauen", "ein Theaterstück sehen"), the view enjoyed ("die Aussicht genießen")
        (r"\b(?:a |the )?film(?= (?:anschauen|ansehen|sehen|schauen|gucken)\b)", "a movie"), (r"\btheaterstück\b", "theatre"),
        (r"\b(?:the )?aussicht genießen\b", "enjoy the views"), (r"\bschöne[nr]? aussicht\b", "nice view"),
        # post sent ("ein Paket aufgeben", "einen Brief abschicken"), water for one's bottle ("meine Wasserflasche
        # auffüllen"), the toilet said plainly ("ein öffentliches Klo")
        (r"\b(?:a |the )?(?:[\w-]*paket|päckchen|brief) (?:aufgeben|abgeben|abschicken|verschicken|wegschicken|"
         r"einwerfen)\b", "send a parcel"),
        (r"\b(?:meine |unsere |the |a )?(?:wasserflaschen?|trinkflaschen?) (?:auffüllen|nachfüllen|füllen)\b",
         "refill my water bottle"), (r"\btrinkwasser\b", "drinking water"),
        (r"\b(?:öffentliche[sn]? )?(?:klo|wc)\b", "public toilet"),
    ],
    "fr": [
    # errands and activities said by what one does ("passer chez le barbier", "retirer du liquide", "poster une
    # lettre", "des médicaments", "une carte SIM", "imprimer des documents", "faire une lessive", "un double de clé",
    # "faire ressemeler mes bottes", "mettre de l'essence", "faire quelques longueurs", "une séance de muscu", "du
    # patin à glace", "me faire masser", "changer de l'argent", "me faire tatouer", "nourrir les canards")
    # the small public gardens of French towns, said as a kind ("le plus de squares possible"; "le square Denis
    # Poulot" is a name)
    (r"(?<!\ble )(?<!\bau )(?<!\bdu )\bsquares\b", "parks"),
    (r"\bbarbiers?\b", "barber"),
    (r"\bretirer (?:de l'argent|du liquide|des espèces|de l'argent liquide|des sous)\b", "withdraw money"),
    (r"\bposter (?:une|la|ma|des|mes) (?:lettres?|cartes? postales?|colis)\b", "send a parcel"),
    (r"\bmédicaments?\b|\bparacétamol\b|\bordonnance\b", "medicine"), (r"\bcartes? sim(?: prépayées?)?\b", "sim card"),
    (r"\bimprimer (?:des|mes|quelques|nos|les) (?:documents|papiers|billets)\b|\b(?:faire )?des photocopies\b", "photocopies"),
    (r"\bfaire (?:une|la|ma|notre) lessive\b|\blaver (?:notre|mon|le|nos) linge\b", "do the laundry"),
    (r"\b(?:faire )?(?:un |le )?double (?:de|d'une|des) clés?\b|\bfaire refaire (?:une|la|ma|des|mes) clés?\b", "key cutting"),
    (r"\bfaire (?:réparer|ressemeler) (?:mes|des|nos|les) (?:chaussures|bottes|souliers)\b", "shoes repaired"),
    (r"\b(?:mettre|prendre) de l'essence\b", "fill up the tank"),
    (r"\b(?:aller )?nager\b(?![^.,;!?]{0,25}\b(?:mar|mer|mare|meer|zee|lac|lago|playa|praia|spiaggia|platja|strand|havet|sjön|järvessä|meressä|fiume|rio|río|riu|rivière)\b)|\bfaire (?:quelques|des) longueurs\b", "go swimming"),
    (r"\b(?:une )?séance de (?:muscu|musculation|sport)\b|\bfaire de la muscu\w*", "a workout"),
    (r"\b(?:faire du )?patin(?:age)? (?:à|sur) glace\b", "ice skating"), (r"\b(?:un )?(?:canoës?|kayaks?)\b", "a kayak"),
    (r"\b(?:me|se|nous) faire masser\b", "get a massage"), (r"\b(?:un |le )?(?:médecin )?généraliste\b", "a doctor"),
    (r"\bbuy (?:le |un |les )?journa(?:l|ux)\b", "buy a newspaper"), (r"\b(?:(?:buy|trouver|chercher) )?(?:un |des |le )?cadeaux?\b", "buy a gift"),
    (r"\bchanger (?:de l'argent|des (?:dollars|euros|livres|francs)(?: en \w+)?)\b", "change money"),
    (r"\b(?:me|se|nous) faire tatouer\b|\b(?:un )?tatouage\b", "a tattoo"),
    (r"\bfaire (?:réparer|réviser) (?:mon|le|notre|nos|mes) vélos?\b", "fix my bike"),
    (r"\b(?:nourrir|donner à manger aux|donner du pain aux) (?:les )?canards\b", "feed the ducks"),
    (r"\b(?:laisser|faire) courir (?:le|mon|notre) chien\b|\blâcher (?:le|mon|notre) chien\b", "let the dog run"),
        # a dog park ("un parc à chiens", "un espace canin"), a drink said the everyday way ("boire un coup", "l'apéro")
        (r"\bparcs? (?:à|pour) chiens\b|\bespaces? canins?\b", "dog park"),
        # an afternoon snack somewhere, not one bought ("acheter le goûter", by now "buy le goûter") or had at a
        # place named after it
        (r"(?<!prendre )(?<!pour )(?<!buy )\b(?:un|le) goûter\b(?!\s+(?:au|à|dans|sur|en)\b)",
         "a pastry"),
        (r"\bboire un (?:coup|pot)\b|\bprendre l'apéro\b|\bun apéro\b", "a drink"), (r"\bbaguettes?\b", "bread"),
        # an exhibition, a film, the tourist sights, the media library ("voir une expo", "voir un film", "les sites
        # touristiques", "la médiathèque")
        (r"\bexpos?\b", "exhibition"), (r"\b(?:voir|regarder) un film\b", "see a movie"),
        (r"\b(?:sites|lieux) touristiques\b", "sights"), (r"\bmédiathèque\b", "library"),
        # post sent and stamps ("envoyer un colis", "des timbres"), water for one's bottle ("remplir ma gourde")
        (r"\benvoyer (?:un|le|mon|une|la|ma|des|mes) (?:colis|paquet|lettre|lettres|carte postale|cartes postales)\b",
         "send a parcel"), (r"\btimbres\b", "stamps"),
        (r"\b(?:remplir|recharger) (?:ma|notre|nos|mes|la|les) (?:gourdes?|bouteilles? d'eau)\b", "refill my water bottle"),
        # a shop after an elided article ("chez l'opticien", "à l'épicerie fine")
        (r"\b(chez|à) l'(?=(?:opticien|épicerie|horloger|herboriste)\b)", r"\1 the "),
        (r"le plus (?:de|d')\s?(\w+) possibles?|autant (?:de|d')\s?(\w+) que (?:possible|tu peux|tu pourras|vous pouvez)|un maximum (?:de|d')\s?(\w+)",
         r"as many \1\2\3 as possible"), (r"\bparcs\b", "parks"),
        (r"dans n'importe quel ordre|peu importe l'ordre|dans le désordre", "in any order"),
        (r"dans cet ordre", "in that order"), (r"\bmidi\b", "noon"), (r"\bminuit\b", "midnight"),
        (r"\bretour (?:à|avant)\b", "back by"), (r"\bretour\b", "back"), (r"\bavant (?=\d|noon|midnight)", "by "),
        (r"\bjusqu'(?:à|a)\b", "until"), (r"\bvers\b", "around"),
        (r"\bde (?=\d{1,3}\s*(?:minutes?|mins?|mn|heures?)\b)", "of "),
        (r"\bà partir de\b|\bde\b(?= \d+(?!\d|e\b|er\b|ère\b|ème\b|è\b))", "from"),
        (r"\bje (?:commence|pars|démarre) (?:de|du|depuis)\b", "i start from"),
        (r"\b(?:je quitte|on quitte|nous quittons)\b", "leaving"),  # "Je quitte l'Hôtel de Paris à 14h"
        (r"\bje (?:commence|pars|démarre)\b", "i start"), (r"(^|[.!?] )de (?=[A-Z])", r"\1from "), (r"\bdépart (?:de|du|des)\b", "starting from"),
        (r"\brendez-vous (?:au|à)\b", "meet at"), (r"\bfini\b", "done"),
        (r"\btout d'abord\b|\bd'abord\b|\ben premier\b|\bavant tout\b", "first"), (r"\bpuis\b|\bensuite\b", "then"), (r"\baprès\b", "after"), (r"\bet\b", "and"),
        (r"\bavant (?:le|la|les|l')\s?", "before the "), (r"\baprès (?:le|la|les|l')\s?", "after the "),
        (r"\bavant\b", "before"), (r"\bj'ai\b", "i have"), (r"\bheures?\b", "hours"), (r"\bdemain\b", "tomorrow"),
        (r"\bpetit-déjeuner\b", "breakfast"), (r"\bdéjeuner\b", "lunch"), (r"\bd[îi]ner\b", "dinner"),
        (r"\bmusées\b", "museums"), (r"\bmusée\b", "museum"), (r"\béglise\b", "church"), (r"\bparc\b", "park"),
        (r"\bjardin\b", "garden"), (r"\bune glace\b|\bglace\b", "ice cream"), (r"\blibrairie\b", "bookshop"),
        (r"\bboulangerie\b", "bakery"), (r"\bpâtisserie\b", "pastry shop"), (r"\bpharmacie\b", "pharmacy"),
        (r"\bsupermarché\b", "supermarket"), (r"\bsalon de thé\b", "tea room"), (r"\bcinéma\b", "cinema"),
        (r"\b(?:je|on|nous|tu|il|elle) march(?:e|ons|es)\b", "i walk"),  # "non en fait je marche": no market
        (r"\b(?:au|le|du|un) marche\b", "the market"),
        (r"\bmarché\b", "market"), (r"\bthéâtre\b", "theatre"), (r"\bbibliothèque\b", "library"),
        (r"\bgalerie\b", "gallery"), (r"\bmagasin de souvenirs\b", "souvenir shop"), (r"\bpoint de vue\b", "viewpoint"),
        (r"\bune?\b", "a"), (r"\bau\b", "at the"), (r"\bà\b", "at"),
        (r"\bdu pain\b|\bune baguette\b", "bread"), (r"\b(?:faire )?(?:les|des|mes|nos) courses\b", "groceries"),
    ],
    "es": [
    # one visit before another ("al museo antes que al parque"); a clock time after "a la" in digits ("a la 1")
    (r"\bantes que (?:al|a la|a los|a las)\b", "before the"), (r"\bantes que\b", "before"),
    (r"\ba la (1)\b(?![:.]?\d)", r"a las \1"),
    (r"\b(?:tengo|tenemos) que (?:estar|volver) de vuelta\b", "i must be back"),  # "tengo que estar de vuelta en X"
    # errands and activities said by what one does ("ir al barbero", "mandar unas postales", "recoger una receta",
    # "una tarjeta SIM", "hacer unas fotocopias", "lavar la ropa", "arreglar los zapatos", "llenar el depósito",
    # "ir a nadar", "jugar al tenis", "jugar a los bolos", "patinar sobre hielo", "alquilar una piragua", "darme un
    # masaje", "cambiar dólares", "tatuarme", "arreglar la bici", "dar de comer a los patos", "soltar al perro")
    (r"\bbarberos?\b|\bbarbería\b", "barber"),
    (r"\b(?:mandar|enviar|echar) (?:unas |las |una |la )?(?:postales|cartas?)(?: al correo)?\b", "send a parcel"),
    (r"\b(?:recoger|comprar) (?:una |la |mi )?receta\b|\bmedicinas?\b|\bmedicamentos?\b|\b(?:unas )?pastillas(?: para el dolor de cabeza)?\b",
     "medicine"),
    (r"\b(?:una )?(?:tarjeta )?sim\b(?: para el móvil)?", "sim card"),
    (r"\bimprimir (?:unos |los |mis |unas |las )?(?:documentos|papeles|billetes)\b|\b(?:hacer )?(?:unas )?fotocopias\b", "photocopies"),
    (r"\blavar la ropa\b|\bhacer la colada\b", "do the laundry"),
    (r"\b(?:hacer )?(?:una )?copia de (?:la|las|unas|una|mis) llaves?\b", "key cutting"),
    (r"\b(?:arreglar|reparar|llevar) (?:los|mis|unos|las) (?:zapatos|botas)(?: a arreglar| a reparar)?\b", "shoes repaired"),
    (r"\b(?:llenar el depósito|repostar|echar gasolina)\b", "fill up the tank"),
    (r"\bllevar el coche a lavar\b", "wash the car"),
    (r"\b(?:ir a )?nadar(?: un rato)?\b(?![^.,;!?]{0,25}\b(?:mar|mer|mare|meer|zee|lac|lago|playa|praia|spiaggia|platja|strand|havet|sjön|järvessä|meressä|fiume|rio|río|riu|rivière)\b)|\bdarme un baño en la piscina\b", "go swimming"),
    (r"\b(?:jugar al|echar un partido de|jugar un partido de) tenis\b", "play tennis"),
    (r"\b(?:jugar a los )?bolos\b|\bbolera\b", "bowling"), (r"\bpatinar sobre hielo\b|\bpista de hielo\b", "ice skating"),
    (r"\balquilar (?:un |una |unos |unas )?(?:kayaks?|piraguas?|canoas?)\b", "rent a kayak"),
    (r"\b(?:darme|hacerme|darnos|hacernos) (?:un )?masaje\b", "get a massage"),
    (r"\b(?:comprar|buy) (?:el |un )?periódico\b", "buy a newspaper"), (r"\b(?:un )?ramo de flores\b", "bunch of flowers"),
    # the post office ("ir al correo", "pasar por correos", "la oficina de correos"; "mandar un correo" is an email)
    (r"\b(?:la )?oficina de correos\b|\bcorreos\b|(?<=\bal )correo\b", "post office"),
    (r"\b(?:(?:buy|buscar|encontrar) )?(?:un |el )?regalo\b", "buy a gift"),
    (r"\bcambiar (?:dinero|dólares|euros|libras)(?: a \w+)?\b", "change money"), (r"\btatuarme\b", "a tattoo"),
    (r"\b(?:arreglar|reparar|llevar) (?:la|mi) (?:bici|bicicleta)(?: a reparar| a arreglar)?\b", "fix my bike"),
    (r"\b(?:dar de comer|echar pan) a los patos\b", "feed the ducks"),
    (r"\bsoltar al perro\b|\bdejar que el perro corra(?: suelto)?\b", "let the dog run"),
        # a drink said the everyday way ("tomar algo", "unas cañas"); an exhibition, a film, sightseeing ("ver una
        # exposición", "ver una peli", "hacer turismo")
        (r"\b(?:tomar|tomarnos|tomarme) algo\b(?!\s+(?:en|a|al)\s)", "a drink"), (r"\b(?:unas |unos |una |un )?cañas?\b", "beers"),
        (r"\bexposici(?:ón|ones)\b", "exhibition"), (r"\b(?:pelis?|películas?)\b", "movie"),
        (r"\bhacer turismo\b", "sightseeing"),
        # a delicatessen, chocolates, the optician ("una tienda gourmet", "bombones", "ir al óptico")
        (r"\btiendas? (?:gourmet|de delicatessen)\b", "deli"), (r"\bbombones\b", "chocolates"), (r"\bópticos?\b", "optician"),
        # post sent and stamps ("enviar un paquete", "comprar sellos")
        (r"\benviar (?:un|el|una|la) (?:paquete|carta|postal)\b|\benviar (?:unas |las )?(?:cartas|postales)\b", "send a parcel"),
        (r"\bsellos\b", "stamps"),
        # water for one's bottle and drinking water ("rellenar mi botella de agua", "una fuente de agua potable")
        (r"\b(?:rellenar|llenar) (?:mi|la|nuestra|mis|las|nuestras) (?:botellas?|botellines?|cantimploras?)(?: de agua)?\b",
         "refill my water bottle"), (r"\b(?:fuentes? de )?agua potable\b", "drinking water"),
        # public toilets ("unos aseos públicos", "un baño público"), a dog park ("un pipicán"), a picnic site ("un merendero")
        (r"\b(?:baños?|aseos?|servicios) públicos?\b|\baseos\b", "public toilets"),
        (r"\bparques? (?:para|de) perros\b|\bpipicán\b|\bzonas? caninas?\b", "dog park"), (r"\bmerenderos?\b", "picnic site"),
        (r"\b(?:un|a) par de (?:horas|hours)\b", "two hours"),
        (r"tantos (\w+) como sea posible|el máximo de (\w+)(?: posibles?)?", r"as many \1\2 as possible"),
        (r"en cualquier orden|da igual el orden|sin orden", "in any order"), (r"en ese orden", "in that order"),
        (r"\bmedianoche\b", "midnight"), (r"\bmediodía\b", "noon"), (r"\bvuelvo a las\b", "back by"),
        (r"\bhasta las\b|\bhasta\b", "until"), (r"\bantes de las\b", "by"), (r"\b(?:hacia|sobre) las\b", "around"),
        (r"\ba las\b", "at"), (r"\b(?:empiezo|comienzo|empezando) en\b", "i start at"), (r"\bsalgo de\b|\bdesde\b", "from"),
        (r"\bprimero de todo\b|\bantes que nada\b|\bprimero\b", "first"),
        (r"\bdespués (?:de la|del|de los|de las)\b", "after the"),
        (r"\bdespués de\b", "after"), (r"\by (?:luego|después)\b|\bluego\b|\bdespués\b", "then"), (r"\by\b", "and"),
        (r"\bantes (?:de|del|que)\b", "before"), (r"\bquiero\b", "i want"), (r"\btengo\b", "i have"),
        (r"\bhoras?\b", "hours"),
        # the morning, not tomorrow ("por la mañana", "esta mañana", "toda la mañana")
        (r"\besta mañana\b", "this morning"), (r"\b(?:por|de) la mañana\b", "in the morning"),
        (r"\btoda la mañana\b", "the whole morning"), (r"\bla mañana\b", "the morning"), (r"\bmañana\b", "tomorrow"), (r"\bcomer\b|\balmorzar\b|\balmuerzo\b", "lunch"),
        (r"\bcenar\b|\bcena\b", "dinner"), (r"\bdesayun(?:o|ar)\b", "breakfast"), (r"\bmuseos\b", "museums"),
        (r"\bmuseo\b", "museum"), (r"\biglesia\b", "church"), (r"\bparque\b", "park"),
        (r"\bhelado\b|\bheladería\b", "ice cream"), (r"\blibrería\b", "bookshop"), (r"\bpanadería\b", "bakery"),
        (r"\bfarmacia\b", "pharmacy"), (r"\bsupermercado\b", "supermarket"), (r"\bmercado\b", "market"),
        (r"\bcine\b", "cinema"), (r"\bteatro\b", "theatre"), (r"\btienda de recuerdos\b", "souvenir shop"),
        (r"\bmirador\b", "viewpoint"), (r"\bbiblioteca\b", "library"), (r"\bgalería\b", "gallery"),
        (r"\buna?\b", "a"), (r"\btomar\b|\bver\b|\bvisitar\b", "visit"),
        (r"\bpan\b", "bread"), (r"\b(?:hacer )?la compra\b", "groceries"),
    ],
    "pt": [
    # errands and activities said by what one does ("mandar uns postais", "aviar uma receita", "um cartão SIM",
    # "lavar a roupa", "arranjar os sapatos", "atestar o depósito", "ir nadar", "fazer ioga", "jogar ténis",
    # "patinar no gelo", "alugar um caiaque", "ir ao médico", "trocar dinheiro", "consertar a bicicleta", "dar de
    # comer aos patos", "deixar o cão correr")
    (r"\b(?:mandar|enviar) (?:uns |os |umas |uma |a )?(?:postais|cartas?)\b", "send a parcel"),
    (r"\baviar (?:uma |a )?receita\b|\bremédios?\b|\bmedicamentos?\b", "medicine"),
    (r"\b(?:um )?cartão sim\b(?: para o (?:telemóvel|celular))?", "sim card"),
    (r"\bimprimir (?:uns |os |uns |umas |as )?(?:documentos|papéis|bilhetes)\b|\b(?:tirar )?(?:umas )?fotocópias\b", "photocopies"),
    (r"\blavar a roupa\b|\blavandaria\b", "do the laundry"),
    (r"\b(?:arranjar|consertar|mandar consertar|mandar arranjar) (?:os|as|uns|umas|meus|minhas) (?:sapatos|botas)\b", "shoes repaired"),
    (r"\batestar o depósito\b|\babastecer(?: o carro)?\b|\bpôr gasolina\b", "fill up the tank"),
    (r"\blevar o carro à lavagem\b", "wash the car"), (r"\b(?:ir )?nadar(?: um bocado)?\b(?![^.,;!?]{0,25}\b(?:mar|mer|mare|meer|zee|lac|lago|playa|praia|spiaggia|platja|strand|havet|sjön|järvessä|meressä|fiume|rio|río|riu|rivière)\b)", "go swimming"),
    (r"\btreinar no ginásio\b", "work out at the gym"), (r"\bioga\b", "yoga"),
    (r"\bjogar t[éê]nis\b", "play tennis"), (r"\bminigolfe\b|\bmini-golfe\b", "minigolf"),
    (r"\bpatinar no gelo\b|\bpista de gelo\b", "ice skating"),
    (r"\balugar (?:um |uma |uns |umas )?(?:caiaques?|canoas?)\b", "rent a kayak"),
    (r"\b(?:ir ao|consultar um|consultar o) médico\b", "see a doctor"),
    (r"\b(?:comprar|buy) (?:o |um )?jornal\b", "buy a newspaper"), (r"\b(?:um )?ramo de flores\b", "bunch of flowers"),
    (r"\b(?:(?:buy|encontrar|procurar) )?(?:uma |a )?prenda\b", "buy a gift"),
    (r"\btrocar (?:dinheiro|dólares|euros|libras)(?: por \w+)?\b", "change money"), (r"\btatuar-me\b", "a tattoo"),
    (r"\b(?:arranjar|consertar|reparar) (?:a|a minha) (?:bicicleta|bici|bina)\b", "fix my bike"),
    (r"\b(?:dar de comer|alimentar|dar pão) (?:aos|os) patos\b", "feed the ducks"),
    (r"\bdeixar o cão correr\b|\bsoltar o cão\b", "let the dog run"),
        # a drink said the everyday way ("beber um copo", "um chope"); the week's groceries ("as compras da semana")
        (r"\b(?:beber|tomar) (?:um|uns) copos?\b|\b(?:um|uns) copos?\b(?! d[eo]\b)", "a drink"),
        (r"\bchopes?\b|\bchopp\b", "beer"),
        (r"\b(?:fazer )?(?:as )?compras da semana\b", "groceries"),
        # an exhibition, monuments, sightseeing, a fair, a film ("ver uma exposição", "fazer turismo", "uma feira",
        # "ver um filme"); not the "-feira" of the days of the week
        (r"\bexposiç(?:ão|ões)\b", "exhibition"), (r"\bmonumentos\b", "monuments"), (r"\bfazer turismo\b", "sightseeing"),
        (r"(?<![\w-])(?-i:feiras?)\b", "market"), (r"\bfilmes?\b", "movie"), (r"\bver (?:uns |os |alguns )?quadros\b", "see paintings"),
        # a delicatessen, the optician ("uma charcutaria", "o oculista"), a bottle bought ("uma garrafa de whisky")
        (r"\bcharcutarias?\b", "deli"), (r"\boculistas?\b", "optician"),
        # post sent and stamps ("enviar uma carta", "comprar selos")
        (r"\benviar (?:uma|a|um|o) (?:carta|postal|encomenda|pacote)\b|\benviar (?:uns |os )?postais\b", "send a parcel"),
        (r"\bselos\b", "stamps"),
        # water for one's bottle, a drinking fountain ("encher a minha garrafa de água", "um bebedouro")
        (r"\bencher (?:a |as )?(?:minha |nossa |minhas |nossas )?garrafas?(?: de água)?\b", "refill my water bottle"),
        (r"\bbebedouros?\b", "drinking water"), (r"\bgarrafas? de (?!água)", "a bottle of "),
        # the toilets ("a casa de banho", "um banheiro público"), a dog park ("um parcão"), a picnic site ("um parque de
        # merendas")
        (r"\bcasas? de banho(?: públicas?)?\b|\bbanheiros?(?: públicos?)?\b", "public toilets"),
        (r"\bparques? (?:para|de) cães\b|\bparcão\b|\bparques? caninos?\b", "dog park"),
        (r"\bparques? de merendas\b", "picnic site"),
        (r"\b(?:um|a) par de (?:horas|hours)\b", "two hours"),
        (r"o máximo de (\w+) possível", r"as many \1 as possible"), (r"em qualquer ordem", "in any order"),
        (r"\b(?:ao|à|pelo|pela) (?=mei[oa]-|meio dia\b)", "at "), (r"\bmeia-noite\b", "midnight"),
        (r"\bmeio-dia\b|(?<=\bat )meio dia\b", "noon"),  # "ao meio dia": noon, "meio dia" alone half a day
        (r"\bvolto até (?:às|as)\b", "back by"),
        (r"\baté (?:às|as|à|a)\b|\baté\b", "until"), (r"\bpel[ao]s? (?=\d)", "around "), (r"\bàs\b", "at"),
        (r"\bcomeço (?:na|no|em)\b", "i start at"), (r"\bsaio (?:da|do|de)\b|\ba partir (?:das|dos|da|do|de)\b", "from"),
        (r"\bprimeiro de tudo\b|\bantes de mais nada\b|\bprimeiro\b", "first"),
        (r"\bdepois (?:do|da|dos|das)\b", "after the"),
        (r"\bdepois de\b", "after"), (r"\be depois\b|\bdepois\b|\bem seguida\b", "then"), (r"\be\b", "and"),
        (r"\bquero\b", "i want"), (r"\btenho\b", "i have"), (r"\bhoras?\b", "hours"), (r"\bamanhã\b", "tomorrow"),
        (r"\balmoço\b|\balmoçar\b", "lunch"), (r"\bjantar\b", "dinner"), (r"\bpequeno-almoço\b", "breakfast"),
        (r"\bmuseus\b", "museums"), (r"\bmuseu\b", "museum"), (r"\bigreja\b", "church"), (r"\bparque\b", "park"),
        (r"\bgelado\b|\bsorvete\b|\bgelataria\b|\bsorveteria\b", "ice cream"), (r"\bpadaria\b", "bakery"),
        (r"\bfarmácia\b", "pharmacy"), (r"\bsupermercado\b", "supermarket"), (r"\bmercado\b", "market"),
        (r"\bteatro\b", "theatre"), (r"\bmiradouro\b", "viewpoint"), (r"\bbiblioteca\b", "library"),
        (r"\bloja de (?:lembranças|souvenirs)\b", "souvenir shop"), (r"\bumas?\b|\bum\b", "a"),
        (r"\bvisitar\b", "visit"), (r"\b(?:no|na|nos|nas)\b(?! \d)", "at the"),
        (r"\bpão\b", "bread"), (r"\b(?:fazer )?as compras do (?:mês|supermercado)\b|\bmercearia\b", "groceries"),
    ],
    "it": [
    # errands and activities said by what one does ("un antidolorifico", "una scheda SIM", "stampare dei documenti",
    # "fare il bucato", "duplicare una chiave", "far risuolare gli stivali", "fare una nuotata", "pattinare sul
    # ghiaccio", "noleggiare una canoa", "farmi un massaggio", "andare dal medico", "cambiare dei soldi", "farmi un
    # tatuaggio", "aggiustare la bicicletta", "dare da mangiare alle anatre", "far correre il cane")
    (r"\b(?:un )?antidolorific[oi]\b|\bmedicin(?:e|a|ali)\b", "medicine"),
    (r"\b(?:una )?(?:scheda )?sim\b", "sim card"),
    (r"\bstampare (?:dei |i |alcuni |dei miei )?(?:documenti|biglietti)\b|\b(?:fare )?(?:delle )?fotocopie\b", "photocopies"),
    (r"\bfare il bucato\b|\bfare (?:una|a) lavatrice\b|\blavare i (?:vestiti|panni)\b", "do the laundry"),
    (r"\bduplicare (?:una|a|la|le|delle) chiav[ei]\b", "key cutting"),
    (r"\bfar (?:riparare|risuolare|aggiustare) (?:le|gli|i|delle) (?:scarpe|stivali)\b", "shoes repaired"),
    (r"\b(?:andare a )?nuotare\b(?![^.,;!?]{0,25}\b(?:mar|mer|mare|meer|zee|lac|lago|playa|praia|spiaggia|platja|strand|havet|sjön|järvessä|meressä|fiume|rio|río|riu|rivière)\b)|\bfare (?:una nuotata|qualche vasca)\b", "go swimming"),
    (r"\bpattinare sul ghiaccio\b|\bpalaghiaccio\b|\bpista di pattinaggio\b", "ice skating"),
    (r"\bnoleggiare (?:un |una |dei |delle )?(?:kayak|canoe|canoa)\b", "rent a kayak"),
    (r"\b(?:farmi|fare|farci) (?:un )?massaggio\b", "get a massage"),
    (r"\bandare dal (?:medico|dottore)\b", "see a doctor"),
    (r"\b(?:comprare|buy) (?:il |un )?giornale\b", "buy a newspaper"), (r"\b(?:(?:buy|trovare|cercare) )?(?:un )?regalo\b", "buy a gift"),
    (r"\bcambiare (?:dei soldi|soldi|denaro|dollari|euro|sterline)(?: in \w+)?\b", "change money"),
    (r"\b(?:farmi|fare|farci) (?:un )?tatuaggio\b", "a tattoo"),
    (r"\b(?:far riparare|aggiustare|riparare) (?:la|la mia) (?:bici|bicicletta)\b", "fix my bike"),
    (r"\b(?:dare da mangiare|dare il pane) (?:alle|agli|ai) (?:anatre|papere|anatroccoli)\b", "feed the ducks"),
    (r"\bfar correre il cane\b|\blasciare libero il cane\b", "let the dog run"),
        # a bite on the go, a drink, an aperitivo ("qualcosa al volo", "bere qualcosa", "fare un aperitivo")
        (r"\b(?:mangiare )?(?:qualcosa|un boccone) al volo\b", "a quick bite"),
        (r"\bbere qualcosa\b|\bbere un bicchiere\b|\b(?:un |l')?aperitiv[oi]\b|\bapericena\b", "a drink"),
        # clothes, flowers, an exhibition, sightseeing, a film ("comprare dei vestiti", "dei fiori", "vedere una mostra",
        # "un giro turistico", "vedere un film")
        (r"\bvestiti\b|\babbigliamento\b", "clothes"),
        (r"(?<=\bbuy )fiori\b|\bmazz(?:o|i) di fiori\b", "flowers"),  # not the flowers of a name ("Campo de' Fiori")
        (r"\b(una|la|le|delle|alla|alle) mostr[ae]\b", r"\1 exhibition"),
        (r"\bgiro turistico\b|\bfare (?:un po' di )?turismo\b", "sightseeing"), (r"\b(?:vedere|guardare) un film\b", "see a movie"),
        # the delicatessen, the barber, the optician ("in salumeria", "dal barbiere", "dall'ottico")
        (r"\bsalumeri[ae]\b", "deli"), (r"\bbarbier[ei]\b", "barber"), (r"\b(?:dall'|all'|l')?ottic[oi]\b", "optician"),
        # the post office and post sent ("all'ufficio postale", "alla posta", "la posta e un panificio", "in posta")
        (r"\b(?:all'|l')?ufficio postale\b|\b(?:alla|la|in) posta\b(?!\s+(?:elettronica|prioritaria|di)\b)",
         "the post office"),
        (r"\bspedire (?:un|il|una|la) (?:pacco|lettera|cartolina)\b|\bspedire (?:delle |le )?cartoline\b", "send a parcel"),
        # water for one's bottle ("riempire la borraccia"), a dog park ("un'area cani"), a picnic site ("un'area picnic")
        (r"\b(?:riempire|ricaricare) (?:la |le )?(?:mia |nostra |mie |nostre )?borracc(?:ia|e)\b", "refill my water bottle"),
        (r"\b(?:un')?area cani\b|\baree cani\b", "a dog park"), (r"\b(?:un')?are(?:a|e) (?:picnic|pic-nic|pic nic)\b", "a picnic site"),
        (r"\b(?:un|a) paio (?:d'|di )(?:ore|hours)\b", "two hours"),
        (r"\b(?:devo|dobbiamo|devi|deve) (?:essere|stare|tornare) di nuovo (?:in|a|al|alla|allo)\s+", "i must be back at "),
        (r"(?:^|(?<=[\s,:;]))da (?=(?-i:[A-ZÀ-Ý]))", "from "),
        (r"\bfino alle\b", "until"), (r"\balle\b", "at"), (r"\bparto (?:dalla|dal|da)\b", "starting from"),
        # a visit that must come after another ("deve venire dopo pranzo"): not "then"
        (r"\b(?:deve|devono|dovrebbe) (?:venire|essere|arrivare) dopo\b|\bviene dopo\b", "must come after"),
        (r"\bpoi\b|\bdopo\b", "then"), (r"\bprima di tutto\b|\bper prim[oa]\b|\bprima\b", "first"), (r"\bpranzo\b", "lunch"), (r"\bcena\b", "dinner"),
        (r"\bmuseo\b", "museum"), (r"\bchiesa\b", "church"), (r"\bgelato\b", "ice cream"), (r"\bparco\b", "park"),
        (r"\bore\b", "hours"), (r"\bminuti\b", "minutes"), (r"\buna?\b|\buno\b", "a"), (r"\be\b", "and"),
        (r"\bpane\b", "bread"), (r"\b(?:fare )?la spesa\b", "groceries"), (r"\bposta\b", "post office"),
    ],
    "ca": [
    # "cap a" before a time is "around" ("cap a dos quarts de deu"), no cape; "cap de setmana" is the weekend
    (r"\bcap a\b(?=\s+(?:les\s|la una\b|dos quarts|tres quarts|un quart|\d))", "around"),
    (r"\bcaps? de setmana\b", "weekend"),
    # errands and activities said by what one does ("recollir una recepta", "una targeta SIM", "imprimir uns
    # documents", "rentar la roba", "fer còpia d'unes claus", "arreglar les sabates", "omplir el dipòsit", "rentar
    # el cotxe", "anar a nedar", "jugar a bitlles", "patinar sobre gel", "llogar un caiac", "fer-me un massatge",
    # "anar al metge", "comprar el diari", "canviar diners", "tatuar-me", "donar menjar als ànecs", "deixar córrer el gos")
    (r"\brecollir (?:una|a|la) recepta\b|\bmedicaments?\b", "medicine"),
    (r"\b(?:una |a )?(?:targeta )?sim\b(?: per al mòbil)?", "sim card"),
    (r"\bimprimir (?:uns |els |unes |les )?(?:documents|papers|bitllets)\b|\b(?:fer )?(?:unes )?fotocòpies\b", "photocopies"),
    (r"\brentar la roba\b|\bfer (?:una |a )?bugada(?: a la bugaderia)?\b", "do the laundry"),
    (r"\b(?:fer )?(?:una |a )?còpia (?:de la|de les|d'unes|d'una) claus?\b", "key cutting"),
    (r"\b(?:fer )?(?:arreglar|adobar|reparar) (?:les|unes|les meves) (?:sabates|botes)\b", "shoes repaired"),
    (r"\bomplir el dipòsit\b|\bposar benzina\b", "fill up the tank"),
    (r"\brentar el cotxe\b|\bportar el cotxe a rentar\b", "wash the car"),
    (r"\b(?:anar a )?nedar\b(?![^.,;!?]{0,25}\b(?:mar|mer|mare|meer|zee|lac|lago|playa|praia|spiaggia|platja|strand|havet|sjön|järvessä|meressä|fiume|rio|río|riu|rivière)\b)|\bfer (?:uns )?llargs\b", "go swimming"), (r"\bioga\b", "yoga"),
    (r"\b(?:jugar a )?bitlles\b", "bowling"), (r"\bpatinar sobre gel\b|\bpista de gel\b", "ice skating"),
    (r"\bllogar (?:un |una |a |uns |unes )?(?:caiacs?|canoes?|canoa)\b", "rent a kayak"),
    (r"\b(?:fer-me|fer-nos|rebre) (?:un |a )?massatge\b", "get a massage"),
    (r"\b(?:anar al|veure un|veure a|veure el) metge\b", "see a doctor"),
    (r"\b(?:comprar|buy) (?:el |un )?diari\b", "buy a newspaper"), (r"\b(?:un |a )?ram de flors\b", "bunch of flowers"),
    (r"\b(?:(?:buy|buscar|trobar) )?(?:un |a )?regals?\b", "buy a gift"),
    (r"\bcanviar (?:diners|dòlars|euros|lliures)(?: a \w+)?\b", "change money"),
    (r"\b(?:fer-me|fer-nos) (?:un |a )?tatuatge\b|\btatuar-me\b", "a tattoo"),
    (r"\b(?:arreglar|reparar|portar) (?:la|la meva) (?:bici|bicicleta)(?: a reparar| a arreglar)?\b", "fix my bike"),
    (r"\bdonar (?:menjar|pa) als ànecs\b", "feed the ducks"),
    (r"\bdeixar (?:córrer|anar) el gos\b", "let the dog run"),
        # fast food, a vermouth, an exhibition, sightseeing, a film ("menjar alguna cosa ràpida", "fer un vermut",
        # "veure una exposició", "fer turisme", "una pel·lícula")
        (r"\bmenjar (?:alguna cosa|algo) ràpida?\b|\bmenjar ràpid\b", "fast food"), (r"\b(?:fer )?(?:un )?vermuts?\b", "a drink"),
        (r"\bexposici(?:ó|ons)\b", "exhibition"), (r"\bfer turisme\b", "sightseeing"), (r"\bpel·lícul(?:a|es)\b|\bpelis?\b", "movie"),
        # a delicatessen, chocolates, a haircut, the optician ("una xarcuteria", "bombons", "tallar-me els cabells",
        # "l'òptica")
        (r"\bxarcuteri(?:a|es)\b", "deli"), (r"\bbombons\b", "chocolates"),
        (r"\btallar(?:-me|-nos)? (?:els cabells|el cabell)\b", "hair cut"), (r"\b(?:l')?òptica\b", "optician"),
        # post sent and stamps ("enviar un paquet", "comprar segells")
        (r"\benviar (?:un|el|una|la) (?:paquet|carta|postal)\b|\benviar (?:unes |les )?postals\b", "send a parcel"),
        (r"\bsegells\b", "stamps"),
        # water for one's bottle and drinking water ("omplir la meva ampolla d'aigua", "una font d'aigua potable"), a
        # bottle bought ("una ampolla de rom")
        (r"\bomplir (?:la meva |la nostra |la |les )?ampoll(?:a|es)(?: d'aigua)?\b", "refill my water bottle"),
        (r"\b(?:fonts? d')?aigua potable\b", "drinking water"), (r"\bampolla de (?!aigua)", "bottle of "),
        (r"\brom\b", "rum"),
        # a bike hired, a dog park, a picnic site ("llogar una bici", "un parc per a gossos", "una zona de pícnic")
        (r"\bllogar (?:una |unes )?bici(?:s|cleta|cletes)?\b", "rent a bike"),
        (r"\bparcs? (?:per a|per|de) gossos\b|\bzon(?:a|es) (?:per a gossos|canin(?:a|es))\b|\bpipicans?\b", "dog park"),
        (r"\b(?:zon(?:a|es)|àrea|àrees) de pícnic\b", "picnic site"),
        (r"\b(?:vull |volem )?sortir de\b", "leaving from"), (r"\b(?:un|a) parell d'(?:hores|hours)\b", "two hours"),
        (r"\bcap a\b", "towards"),  # "l'autobús cap a Barcelona": no cape
        (r"\bfins a les\b", "until"), (r"\ba les\b", "at"), (r"\bcomenço a\b", "i start at"),
        (r"\bdesprés\b", "then"), (r"\bdinar\b", "lunch"), (r"\bsopar\b", "dinner"), (r"\bmuseu\b", "museum"),
        (r"\besglésia\b", "church"), (r"\bparc\b", "park"), (r"\buna?\b", "a"),
        (r"\bi\b(?!')(?! (?:want|have|need|start|am|must)\b)", "and"),
        (r"\b(?<=comprar )pa\b", "bread"), (r"\b(?:fer )?la compra\b", "groceries"),
        
    ],
    "fi": [
    # errands and activities said by what one does, with their case endings ("leikkauttaa hiukset", "nostaa
    # käteistä", "lähettää postikortteja", "särkylääkettä", "SIM-kortin", "tulostaa papereita", "pestä pyykit",
    # "teettää vara-avaimen", "korjauttaa kengät", "pestä auto", "käydä uimassa", "käydä salilla", "pelata
    # tennistä", "keilata", "luistella", "vuokrata kajakin", "käydä hieronnassa", "käydä hammaslääkärissä",
    # "vaihtaa rahaa", "ottaa tatuoinnin", "korjauttaa pyörän", "syöttää sorsia", "päästää koiran juoksemaan")
    (r"\bleikkauttaa (?:hiukset|tukka|tukan)\b|\bhiustenleikkuu\w*", "haircut"),
    (r"\bnostaa (?:rahaa|käteistä)\b|\bkäteistä\b", "withdraw money"),
    (r"\b(?:lähettää|postittaa) (?:postikortteja|kortteja|kirjeen|kirjeitä|kirje)\b", "send a parcel"),
    (r"\bhakea (?:lääkkeet|lääkkeitä|reseptilääkkeet|reseptilääkkeitä)\b|\b\w*lääkettä\b|\b\w*lääkkeitä\b", "medicine"),
    (r"\bsim-kort\w*|\bprepaid-liittym\w*", "sim card"),
    (r"\btulostaa (?:papereita|paperit|dokumentteja|liput)\b|\bottaa kopioita\b", "photocopies"),
    (r"\bpestä pyyk(?:it|kiä|kejä)\b(?: itsepalvelupesulassa)?", "do the laundry"),
    (r"\bteettää (?:vara-)?avaim(?:en|et)\b|\bvara-avaim\w*", "key cutting"),
    (r"\bkorjauttaa (?:kengät|kenkäni|saappaat)\b", "shoes repaired"),
    (r"\bpestä auto\b|\bviedä auto pesuun\b", "wash the car"),
    (r"\b(?:käydä|mennä) uimassa\b(?![^.,;!?]{0,25}\b(?:mar|mer|mare|meer|zee|lac|lago|playa|praia|spiaggia|platja|strand|havet|sjön|järvessä|meressä|fiume|rio|río|riu|rivière)\b)|\buida\b(?![^.,;!?]{0,25}\b(?:mar|mer|mare|meer|zee|lac|lago|playa|praia|spiaggia|platja|strand|havet|sjön|järvessä|meressä|fiume|rio|río|riu|rivière)\b)", "go swimming"),
    (r"\b(?:käydä|mennä) (?:salilla|salille|kuntosalilla)\b|\btreenata\b", "work out"), (r"\bjoogaan\b|\bjoogassa\b", "yoga"),
    (r"\b(?:käydä )?pela(?:ta|amassa) tennistä\b", "play tennis"),
    (r"\b(?:käydä )?pela(?:ta|amassa) minigolfia\b|\bminigolfiss?a\b", "minigolf"),
    (r"\bkeilata\b|\bkeilaamassa\b|\bkeilaamaan\b", "bowling"), (r"\bluistella\b|\bluistelemassa\b|\bluistelemaan\b", "ice skating"),
    (r"\bvuokrata (?:kajakin|kajakit|kajakkeja|kanootin|kanootit|kanootteja|soutuveneen)\b", "rent a kayak"),
    (r"\bvuokrata polkupyör(?:än|ät|iä)\b", "rent a bike"),
    (r"\b(?:käydä|mennä) hieronnassa\b|\bhierontaan\b|\bsaada hieronta\b", "get a massage"),
    (r"\bkäydä saunassa\b", "sauna"),
    (r"\b(?:käydä|mennä) hammaslääkäri(?:ssä|in)\b", "see a dentist"), (r"\b(?:käydä|mennä) lääkäri(?:ssä|in)\b", "see a doctor"),
    (r"\b(?:ostaa|buy) (?:päivän )?(?:sanoma)?leh(?:den|ti)\b", "buy a newspaper"),
    (r"\b(?:(?:buy|ostaa|etsiä) )?(?:[^\W\d_]*lahja(?:n|t)?|tuliaisia)\b", "buy a gift"),  # "syntymäpäivälahjan"
    (r"\bvaihtaa (?:rahaa|dollareita|euroja|kruunuja)(?: euroiksi)?\b", "change money"),
    (r"\b(?:ottaa|hankkia|otattaa) tatuoinni?n\b|\btatuointi\w*", "a tattoo"),
    (r"\bkorjauttaa pyörän\b|\bviedä pyörä (?:huoltoon|korjaukseen)\b", "fix my bike"),
    (r"\b(?:syöttää|ruokkia) sorsia\b", "feed the ducks"),
    (r"\b(?:päästää|antaa) koiran (?:juoksemaan|juosta)(?: vapaana)?\b", "let the dog run"),
        (r"\b(?:(?:klo|kello) (\d{1,2})(?:[.:](\d{2}))?|(\d{1,2}):(\d{2})) mennessä\b", r"by \1\3:\2\4"),
        (r"\b(?:klo|kello) (\d{1,2})(?:[.:](\d{2}))?", r"at \1:\2"),
        (r"\bat (\d{1,2}):(\d{2})? mennessä", r"by \1:\2"), (r"\btakaisin\b", "back"),
        # "lähetään hakaniemestä", "kiasmasta lähetään": where one starts from, said before or after
        (r"\b(\w+(?:sta|stä))\s+" + _FI_WE_LEAVE, r"we start from \1"), (_FI_WE_LEAVE, "we start from"),
        (r"\blähden\b|\baloitan\b", "i start"), (r"\bensin\b|\bensimmäiseksi\b|\bensimmäisenä\b", "first"), (r"\bsen jälkeen\b|\bsitten\b", "then"),
        (r"\bja\b", "and"), (r"\bminulla on\b", "i have"), (r"\btuntia\b", "hours"), (r"\btunti\b", "one hour"),
        (r"\b(hours|one hour) aikaa\b", r"\1 free"),  # "Tunti aikaa": the time one has
        (r"\baikaa\s+(?:on\s+)?(?:n\.|noin)\s+(?=\d)", "we have about "),  # "aikaa n. 3h"
        (r"\blounas\b|\blounaalle\b", "lunch"), (r"\billallinen\b|\bpäivällinen\b", "dinner"),
        (r"\bsyömään\b", "eat out"),
        # having the time or the wish to eat ("ehdin syödä ja käydä apteekissa", "haluamme syödä jossain")
        (r"\b(?:ehdin|ehdimme|ehditään|haluan|haluamme|voin|voimme|voisin|voisimme|pitää|täytyy)\s+syödä\b"
         r"(?=\s*(?:[,.;!?]|$|ja\b|and\b|jossain\b|jotain\b))", "eat out"),  # "syödä jäätelöä": what one eats says it
        (r"\bmuseo\b", "museum"), (r"\bkahvila\b", "cafe"),
        (r"\bkirjakauppa\b", "bookshop"), (r"\bapteekki\b", "pharmacy"), (r"\bkirkko\b", "church"),
        (r"\bpuisto\b", "park"), (r"\bjäätelö\b", "ice cream"), (r"\bleipomo\b", "bakery"),
        (r"\bruokakauppa\b", "supermarket"), (r"\bsaunaan\b", "sauna"), (r"\bhaluan\b", "i want"),
        (r"\bkirjasto\b", "library"), (r"\bgalleria\b", "gallery"), (r"\bteatteri\b", "theatre"),
        (r"\belokuvat\b|\belokuvateatteri\b|\bkino\b|\bleffa\b", "cinema"), (r"\btori\b", "market"), (r"\bbaari\b|\bpubi\b", "bar"),
        (r"\bravintola\b", "restaurant"), (r"\bleikkipuisto\b", "playground"), (r"\bnäköalapaikka\b", "viewpoint"),
        (r"\bpankki\b", "bank"), (r"\bkauppahalli\b", "market"), (r"\bkahvi\b", "coffee"),
        # hours said in the genitive before what they measure ("kahden tunnin rako", "kolmen tunnin tauko")
        *((rf"\b{w}\s+tunnin\b", f"{n} hour") for n, w in enumerate(
            ("yhden", "kahden", "kolmen", "neljän", "viiden", "kuuden", "seitsemän", "kahdeksan"), start=1)),
        # the post office in its cases ("hakea paketti postista", "käydä postissa", "viedä kirje postiin")
        (r"\bpost(?:ista|issa|iin|iinkin|ilta|ille|itoimisto\w*)\b", "post office"),
        (r"\bkuntosali\b", "gym"), (r"\buimahalli\b", "swimming pool"), (r"\byökerho\b", "nightclub"),
        (r"\btaidegalleria\b", "gallery"), (r"\bjäätelökioski\b|\bjäätelöbaari\b", "ice cream"),
        (r"\bpankkiautomaatti\b", "atm"), (r"\bkatedraali\b|\btuomiokirkko\b", "church"),
        (r"\bpostissa\b|\bpostiin\b|\bpostitoimistoon\b|\bpostitoimistossa\b", "post office"),
        # "Olen Kauppatorilla klo 13.30 tapaamassa kaveria": where one meets someone, by then
        (r"\bi'm at ((?-i:[A-ZÀ-Ý])[\w-]+(?:\s+(?-i:[A-ZÀ-Ý])[\w-]+)*) at (\d{1,2}:\d{2}) tapaamassa\b",
         r"i must be at \1 by \2 meeting"),
        (r"\bleipää\b|\bleipä\b", "bread"), (r"\bruokaostokset\b|\bruokaostoksille\b", "groceries"),
        (r"\bvaateostoks(?:ia|et|ille|illa)\b", "clothes shopping"),
        # fast food, a beer, the food shop, with their case endings ("pikaruokaa", "grillillä", "nakkikioskille",
        # "kaljalle", "käydä kaupassa")
        (r"\bpikaruoka\w*|\bgrilli(?:lle|llä)\b|\bnakkikioski\w*|\bnakkari\w*", "fast food"),
        (r"\bkalja(?:lle|lla)\b|\bkaljoille\b", "pub"),
        (r"\b(?:käydä|käyn|käymme|käydään|mennä|menen|menemme|poiketa) (?:kaupassa|kauppaan)\b", "grocery store"),
        # an exhibition, a viewpoint, flowers ("näyttelyyn", "näköalapaikalta", "ostaa kukkia")
        (r"\bnäyttely\w*", "exhibition"), (r"\b(?:from )?näköalapaik\w*", "viewpoint"), (r"\bkukkia\b|\bkukkakimpu?n\b", "flowers"),
        # a brewery, the beach ("panimoon", "rannalle")
        (r"\bpanimo\w*", "brewery"), (r"\branta(?:an|a)?\b|\brann(?:alle|alla|assa)\b", "beach"),
        # second-hand shops, the delicatessen, the hairdresser, the optician ("kirpparilla", "kierrätyskeskuksessa",
        # "herkkukaupassa", "kampaajalle", "optikolle")
        (r"\bkirppar\w*|\bkirpputor\w*|\bkierrätyskeskuk?s\w*", "second-hand shop"),
        (r"\bherkkukaupasta\b", "from the deli"), (r"\bherkkukaup\w*|\bherkkupuo\w*|\bdelikatessikaup\w*", "deli"),
        (r"\bkampaaja\w*", "hairdresser"), (r"\boptiko\w*|\boptikkoliikke\w*", "optician"),
        # post sent ("lähettää paketin postista"), water for one's bottle ("täyttää vesipullon", "juomavesipiste")
        (r"\blähettä(?:ä|mään) (?:paketin|paketti|kirjeen|kirje|postikortin|postikortit|kortin|kortit)(?: postista)?\b",
         "send a parcel"),
        (r"\btäyttä(?:ä|mään) (?:vesi)?pullo(?:n|ni|t|mme|jamme)?\b", "refill my water bottle"),
        (r"\bjuomavesipist\w*|\bjuomave\w*|\bvesipist\w*", "drinking water"),
        # the toilets, a city bike, a dog park, a picnic site ("vessaan", "yleinen vessa", "vuokrata pyörän",
        # "koirapuistoon", "piknikpaikalle")
        (r"\b(?:yleinen |yleiseen |yleisessä |yleisen )?vess\w*", "public toilets"),
        (r"\bvuokra(?:ta|amaan|an) (?:kaupunki)?pyör(?:än|iä|ä|ät)\b|\bkaupunkipyör\w*", "rent a bike"),
        (r"\bkoirapuist\w*|\bkoira-aitau\w*", "dog park"), (r"\bpiknikpaik\w*|\bpiknikalue\w*|\beväspaik\w*", "picnic site"),
    ],
    "sv": [
    (r"\b(?:jag|vi) bor på\b", "i'm staying at"),  # "jag bor på Hotel Rival": where one stays
    (r"\b(?:en )?(?:macka|mackor|smörgås|smörgåsar)\b", "a sandwich"),  # "ta en macka på vägen"
    (r"\b(?:ska|måste) (?:va|vara) hemma\b", "i must be home"),  # "ska va hemma 13"
    (r"\bhemma(?=\s+(?:kl\.?\s*|klockan\s+|vid\s+)?\d)", "home"),
    (r"\bdjurpark(?:en|er|erna)?\b", "zoo"),  # "djurparken": the zoo, no park
    (r"\b(?:runt|kring)\s+(?=(?:kl\.?\s*)?\d)", "around "),  # "är vid Mariatorget runt 9.30"
    # errands and activities said by what one does ("posta ett brev", "värktabletter", "hämta ut ett recept", "ett
    # SIM-kort", "skriva ut några dokument", "tvätta kläder", "göra en extranyckel", "laga skorna", "gå och simma",
    # "träna på gymmet", "bowla", "åka skridskor", "hyra en kajak", "basta", "gå till tandläkaren", "växla pengar",
    # "laga cykeln", "mata ankorna", "låta hunden springa lös")
    (r"\bposta (?:ett |en )?(?:brev|vykort|paket)\b", "send a parcel"),
    (r"\bvärktabletter\b|\bmedicin(?:er)?\b|\bhämta ut (?:ett |mitt )?recept\b", "medicine"),
    (r"\bsim-?kort\w*|\bkontantkort\w*", "sim card"),
    (r"\bskriva ut (?:några |ett par |mina )?(?:dokument|papper|biljetter)\b|\bkopiera (?:några |ett par )?papper\b", "photocopies"),
    (r"\btvätta (?:kläder|kläderna|tvätt)\b|\btvätta på en tvättomat\b", "do the laundry"),
    (r"\bkopiera (?:en |ett par |nycklar|nyckeln)\s?(?:nyckel|nycklar)?\b|\b(?:göra )?(?:en )?extranyck(?:el|lar)\b", "key cutting"),
    (r"\blaga (?:skorna|skor|stövlarna)\b|\bsula om (?:skorna|stövlarna)\b", "shoes repaired"),
    (r"\b(?:gå och )?simma(?: några längder)?\b(?![^.,;!?]{0,25}\b(?:mar|mer|mare|meer|zee|lac|lago|playa|praia|spiaggia|platja|strand|havet|sjön|järvessä|meressä|fiume|rio|río|riu|rivière)\b)", "go swimming"),
    (r"\b(?:gå till|träna på|träna i) gymmet\b|\bträna på gym\b", "work out at the gym"),
    (r"\b(?:gå och )?bowla\b", "bowling"), (r"\båka skridskor\b", "ice skating"),
    (r"\bhyra (?:en |ett |två )?(?:kajak|kajaker|kanot|kanoter)\b", "rent a kayak"), (r"\bsportbar\b", "sports bar"),
    (r"\b(?:gå och )?basta\b|\bsitta i bastun\b", "sauna"),
    (r"\b(?:gå till|besöka) (?:en |ett )?tandläkar(?:e|en)\b", "see a dentist"),
    (r"\b(?:gå till|besöka|träffa) (?:en )?läkar(?:e|en)\b", "see a doctor"),
    (r"\bdagens tidning\b", "newspaper"),
    (r"\bväxla (?:pengar|dollar|euro|kronor)(?: till \w+)?\b", "change money"),
    (r"\b(?:laga|få) cykeln(?: lagad)?\b", "fix my bike"), (r"\bmata (?:ankorna|änderna|fåglarna)\b", "feed the ducks"),
    (r"\blåta hunden springa(?: lös)?\b|\bsläppa hunden lös\b", "let the dog run"),
        # eating out and fast food ("gå ut och äta", "en snabb bit mat", "en hamburgare", "ett gatukök")
        (r"\bgå ut och äta\b|\bäta ute\b", "eat out"), (r"\b(?:en |ett )?snabb(?:t)? (?:bit mat|käk|mat)\b|\bsnabbmat\b", "a quick bite"),
        (r"\b(?:ham)?burgare\b", "burger"), (r"\bgatukök\w*|\bkorvkiosk\w*|\bgrillkiosk\w*", "fast food"),
        # the bank, an exhibition, the sights, a film ("till banken", "en utställning", "sevärdheterna", "se en film")
        (r"\bbanken\b", "the bank"), (r"\butställning(?:en|ar|arna)?\b", "exhibition"),
        (r"\bsevärdhet(?:er|erna|en)?\b", "sights"), (r"\b(?:se|kolla på|titta på) (?:en )?film\b", "see a movie"),
        # a second-hand shop ("en secondhandbutik"); goods bought in a shop ("ost i en delikatessaffär"), a paper at the
        # kiosk ("en tidning i kiosken"), wine at the state shop ("på Systemet")
        (r"\bsecond ?hand-?butik(?:en|er|erna)?\b|\bsecondhandaffär(?:en)?\b", "second-hand shop"),
        (r"\bi (?=(?:(?:en|ett|the) )?[^\W\d_]*(?:affär|butik|bageri|kiosk)\w*\b)", "in "),
        (r"\bkiosk(?:en|er|erna)\b", "the kiosk"), (r"\btidning(?:en|ar)?\b", "newspaper"), (r"\bsystemet\b", "systembolaget"),
        # the optician, the butcher ("optikern", "slaktaren", "en köttbutik")
        (r"\boptiker(?:n)?\b", "optician"), (r"\bslaktar(?:e|en|n)?\b|\bköttbutik(?:en)?\b|\bköttaffär(?:en)?\b", "butcher"),
        # post sent, stamps, the post ("skicka ett paket", "köpa frimärken", "till posten")
        (r"\bskicka (?:ett |en )?(?:paket|brev|vykort)\b", "send a parcel"), (r"\bfrimärken?\b", "stamps"),
        (r"\bposten\b", "the post office"),
        # water for one's bottle, drinking water, the toilets, a dog park ("fylla på vattenflaskan", "en
        # dricksvattenfontän", "toaletten", "en hundrastgård")
        (r"\bfylla på (?:vatten)?flaskan\b|\bfylla på vatten\b", "refill my water bottle"), (r"\bdricksvatten\w*", "drinking water"),
        (r"\b(?:offentliga? )?toalett(?:en|er|erna)?\b|\btoa\b", "public toilet"),
        (r"\bhundrastgård(?:en|ar)?\b|\bhundpark(?:en)?\b|\bhundrastplats\w*", "dog park"),
        (r"\bklockan (\d{1,2})(?:[.:](\d{2}))?", r"at \1:\2"), (r"\b(?:klar|tillbaka) till\b", "back by"),
        (r"\btill (?=\d)", "by "), (r"\btotalt\b", "in total"),  # "3 timmar totalt": the time in all
        (r"\b(?:start|börjar|startar) (?:i|på)\b(?= (?-i:[A-ZÅÄÖ]))", "start at"),  # "Vi börjar i Esplanadparken"
        (r"\bjag (?:börjar|startar)\b", "i start"), (r"\bvid\b", "at"),
        (r"\bfrån\b", "from"), (r"\bförst\b", "first"), (r"\bsedan\b|\bdärefter\b", "then"), (r"\boch\b", "and"),
        (r"\bjag har\b", "i have"),
        (r"\b(?:och|and) har\b(?= (?:\w+ )?(?:timmar|timme|minuter|hours)\b)", "and i have"), (r"\btimmar\b|\btimme\b", "hours"), (r"\bmiddag\b", "dinner"),
        (r"\bfrukost\b", "breakfast"), (r"\bkyrka\b", "church"), (r"\bkafé\b|\bkaffe\b", "cafe"),
        (r"\bapotek\b", "pharmacy"), (r"\bmataffär\b|\bmatbutik\b", "supermarket"), (r"\bbageri\b", "bakery"),
        (r"\bbokhandel\b", "bookshop"), (r"\bglass\b", "ice cream"), (r"\bkafé\b|\bkafe\b|\bcafé\b", "cafe"),
        (r"\bbibliotek\b", "library"), (r"\bmuseum\b", "museum"), (r"\bgalleri\b", "gallery"),
        (r"\bteater\b", "theatre"), (r"\bmarknad\b", "market"), (r"\blekplats\b", "playground"),
        (r"\brestaurang\b", "restaurant"), (r"\bbar\b", "bar"), (r"\bpark\b", "park"),
        (r"\ben\b|\bett\b", "a"), (r"\bbukett\b", "bouquet of"),
        (r"\bfärskt bröd\b", "fresh bread"), (r"\bbröd\b", "bread"), (r"\bhandla mat\b|\bmatvaror\b", "groceries"),
    ],
}
RULES["nl"] = [
    # errands and activities said by what one does ("me laten knippen", "een recept ophalen", "medicijnen", "een
    # simkaart", "documenten printen", "de was doen", "een sleutel laten bijmaken", "mijn schoenen laten repareren",
    # "de auto voltanken", "gaan zwemmen", "baantjes trekken", "tennissen", "schaatsen", "een kano huren", "naar de
    # tandarts", "de huisarts", "een krant", "geld wisselen", "een tatoeage", "een lekke band laten plakken", "de
    # eendjes voeren", "de hond laten rennen")
    (r"\b(?:me|mij|ons) laten knippen\b", "haircut"),
    (r"\b(?:een |het |mijn )?recept ophalen\b|\bmedicijnen\b|\bparacetamol\b", "medicine"),
    (r"\b(?:een )?(?:prepaid )?simkaart(?:je)?\b", "sim card"),
    (r"\b(?:een paar |wat |mijn )?(?:documenten|papieren|tickets) (?:printen|afdrukken|uitprinten)\b", "photocopies"),
    (r"\bde was doen\b|\bkleren wassen\b", "do the laundry"),
    (r"\b(?:een |de |extra )*sleutels? laten (?:bijmaken|maken|kopiëren)\b", "key cutting"),
    (r"\b(?:mijn |de |onze )?(?:schoenen|laarzen) laten (?:repareren|maken|verzolen)\b", "shoes repaired"),
    (r"\b(?:de auto )?voltanken\b|\btanken\b", "fill up the tank"),
    (r"\bde auto (?:wassen|door de wasstraat halen)\b|\bwasstraat\b", "wash the car"),
    (r"\b(?:gaan )?zwemmen\b(?![^.,;!?]{0,25}\b(?:mar|mer|mare|meer|zee|lac|lago|playa|praia|spiaggia|platja|strand|havet|sjön|järvessä|meressä|fiume|rio|río|riu|rivière)\b)|\bbaantjes trekken\b", "go swimming"), (r"\bsporten in de gym\b", "work out at the gym"),
    (r"\btennissen\b|\b(?:een potje )?tennis spelen\b", "play tennis"),
    (r"\bmidgetgolf(?:en)?\b|\bminigolf(?:en)?\b", "minigolf"), (r"\b(?:gaan )?bowlen\b", "bowling"),
    (r"\b(?:gaan )?schaatsen\b|\bijsbaan\b", "ice skating"),
    (r"\b(?:een |twee )?(?:kajak|kajaks|kano|kano's) huren\b", "rent a kayak"), (r"\bsportbar\b", "sports bar"),
    (r"\b(?:me|mij|ons) laten masseren\b", "get a massage"), (r"\btandarts\b", "dentist"),
    (r"\b(?:dokter|huisarts)\b", "doctor"), (r"\b(?:een |de )?krant(?= (?:kopen|buy|halen)\b(?! (?:bij|in|op|at|in the|at the) ))", "newsagent"),
    (r"\b(?:een )?cadeau(?:tje)?\b(?: (?:kopen|buy|zoeken|halen)| voor (?:mijn|onze|de) \w+ (?:kopen|buy|zoeken|halen))?", "buy a gift"), (r"\b(?:geld|dollars|euro's|ponden) wisselen\b", "change money"),
    (r"\b(?:een )?(?:tattoo|tatoeage) laten zetten\b", "a tattoo"),
    (r"\b(?:mijn |de )?fiets laten (?:maken|repareren)\b|\b(?:een )?lekke band laten plakken\b", "fix my bike"),
    (r"\b(?:de )?eend(?:jes|en) voeren\b", "feed the ducks"), (r"\bde hond (?:laten rennen|los laten lopen|loslaten)\b", "let the dog run"),
    # a quick bite, fries, coffee, a drink, groceries ("een snelle hap", "een patatje", "een bakkie doen", "een borrel",
    # "boodschappen doen")
    (r"\b(?:een )?snelle hap\b", "a quick bite"), (r"\b(?:een )?(?:patatje|frietje|patat|friet|frieten)\b", "fries"),
    (r"\b(?:een )?bakkie(?: doen| koffie)?\b", "coffee"), (r"\b(?:een )?borrel(?: drinken)?\b|\bborrelen\b", "a drink"),
    (r"\b(?:iets|wat) (?:gaan )?drinken\b", "a drink"),  # "als laatste iets drinken aan de haven"
    (r"\b(?:(?:we |ik )?doen (?:snel |even |nog )?boodschappen|(?:snel |even )?boodschappen(?: (?:doen|halen))?)\b",
     "groceries"),  # "boodschappen voor morgen", "we doen boodschappen voor een picknick"
    # clothes, books, flowers, chocolates, toys, stamps ("kleren kopen", "een boek kopen", "bloemen", "bonbons")
    (r"\bkleren\b", "clothes"), (r"\bboeken\b", "books"), (r"\b(?:een |het )?boek(?= kopen\b)", "books"),
    (r"\bbloemen\b", "flowers"), (r"\bbonbons\b|\bpralines\b", "chocolates"), (r"\bspeelgoed\b", "toys"),
    (r"\bpostzegels\b", "stamps"),
    # an exhibition, the sights, a film, a play ("een tentoonstelling", "de bezienswaardigheden", "naar de film",
    # "een toneelstuk")
    (r"\btentoonstelling(?:en)?\b", "exhibition"), (r"\bbezienswaardigheden\b", "sights"),
    (r"\b(?:een )?film (?:kijken|zien|bekijken)\b|\bnaar de film\b", "see a movie"), (r"\btoneelstuk\b", "theatre"),
    # post sent, water for one's bottle, drinking water ("een pakketje versturen", "mijn waterfles bijvullen", "een
    # watertappunt")
    (r"\b(?:een )?(?:pakketje|pakket|brief|kaart|ansichtkaart)(?:en)? (?:versturen|opsturen|posten|sturen)\b", "send a parcel"),
    (r"\b(?:mijn |onze |de )?(?:waterfles|drinkfles)(?:sen)? (?:bijvullen|vullen)\b", "refill my water bottle"),
    (r"\bwatertappunt(?:en)?\b|\bdrinkwater(?:punt|kraan|fontein)?\b", "drinking water"),
    # the toilets, a dog park, a picnic site ("naar de wc", "een hondenuitlaatplaats", "een picknickplek")
    (r"\b(?:openbare? )?(?:wc|toilet|toiletten)\b", "public toilet"),
    (r"\bhondenpark\w*|\bhondenuitlaat\w*|\bhondenlosloop\w*", "dog park"),
    (r"\bpicknick(?:plaats|plek|plekje|plaatsen|plekken)\b", "picnic site"),
    (r"zo ?veel (\w+) (?:als|als maar) mogelijk|zoveel mogelijk (\w+)", r"as many \1\2 as possible"),
    (r"in willekeurige volgorde|(?:de )?volgorde maakt niet uit|maakt niet uit in welke volgorde", "in any order"),
    (r"in die volgorde|in deze volgorde", "in that order"),
    (r"\bmijn (trein|bus|boot) vertrekt (?:vanaf|van|bij)", r"my \1 leaves from"), (r"\btrein\b", "train"),
    (r"\bmiddernacht\b", "midnight"), (r"\b(?:uiterlijk|voor) (?=\d)", "by "), (r"\bom\b", "at"),
    (r"\brond\b|\brond de\b|\btegen\b", "around"), (r"\btot\b", "until"), (r"\bvanaf\b", "from"),
    # "om 17 uur moeten we terug zijn bij ons pension": "zijn" before the place
    (r"\b(?:(?:moet|moeten) (?:ik|we|wij)|(?:ik|we|wij) (?:moet|moeten)) (?:weer |terug )?zijn (?:bij|op|in|aan) "
     r"(?:de |het )?(?=(?-i:[A-ZÀ-Ý])|Q\ue000)", "i must be at "),
    (r"\b(?:moet|moeten) (?:ik|we|wij) (?:terug )?(?:bij|op|in|aan) (?:de |het )?", "i must be at "),
    (r"\b(?:ik|we|wij) (?:moet|moeten) (?:terug )?(?:bij|op|in|aan) (?:de |het )?", "i must be at "),
    # "om vijf uur willen we bij het station zijn": where one wants to be, with "zijn" at the end of the clause
    (r"\b(?:(?:wil|willen) (?:ik|we|wij)|(?:ik|we|wij) (?:wil|willen)) (?:terug )?(?:bij|op|in|aan) (?:de |het )?"
     r"(?=[^.,;!?]{1,40}\bzijn\b)", "i want to be at "),
    # "we willen om 14.00 bij de Gozzoburg eindigen": where one wants to end, with "eindigen" at the end of the clause
    (r"\b(?:(?:wil|willen|moet|moeten) (?:ik|we|wij)|(?:ik|we|wij) (?:wil|willen|moet|moeten))"
     r"((?: (?:om|at) \d{1,2}:\d{2})?) (?:bij|op|in|aan) (?:de |het )?(?=[^.,;!?]{1,40}\beindigen\b)", r"\1 i must be at "),
    (r"\b(?:moet|moeten) (?:ik|we|wij) terug zijn\b|\b(?:ik|we|wij) (?:moet|moeten) terug zijn\b", "back"),
    (r"\bzijn\b(?=\W*$|\W*[.!?])", ""),
    (r"\bik (?:begin|start|vertrek)\b", "i start"), (r"\bik ben\b", "i'm"), (r"\b(?:we|wij) zijn\b", "we're"),
    (r"\b(?:op|bij|aan) (?:de|het)\b", "at the"), (r"\b(?:op|bij)\b", "at"), (r"\bin (?:de|het)\b", "in the"),
    (r"\bterug\b", "back"), (r"\bklaar\b", "done"), (r"\bals eerste\b|\beerst\b", "first"),
    # "than" after a comparative, not "then" ("rustiger dan de dierentuin", "liever dan een museum")
    (r"\b(rustiger|drukker|leuker|beter|mooier|goedkoper|duurder|groter|kleiner|liever|eerder|later|meer|minder|"
     r"sneller|dichterbij|verder|stiller|gezelliger|interessanter)((?:\s+(?:zijn|is|wordt|worden))?)\s+dan\b",
     r"\1\2 than"),
    (r"\bdaarna\b|\bdan\b|\bvervolgens\b|\bnadien\b", "then"), (r"\btot slot\b|\bten slotte\b|\bals laatste\b", "finally"),
    (r"\ben\b", "and"), (r"\bof\b", "or"), (r"\bvoor (?:de|het)\b", "before the"),
    # a shop for food, then "voor" a meal: what it is for ("bakker voor ontbijt"), not "before"
    (r"\b(bakker(?:ij)?|supermarkt|markt|slager(?:ij)?|winkel) voor (?=(?:breakfast|brunch|lunch|dinner)\b)", r"\1 for "),
    (r"\bvoor\b|\bvoordat\b", "before"),  # "lunchen voordat we naar het museum gaan"
    (r"\bna (?:de|het)\b", "after the"), (r"\bna\b|\bnadat\b", "after"),
    (r"\b(?:ik heb|we hebben|wij hebben)\b", "i have"), (r"\b(?:en|and) hebben\b", "and i have"),
    (r"\b(?:ik wil|we willen|wij willen|ik zou graag|graag)\b", "i want"),
    (r"\bdierentuin(?:en)?\b", "zoo"),  # "naar de dierentuin": the zoo, no park
    (r"\bmorgen\b", "tomorrow"),
    (r"\bvandaag\b", "today"), (r"\buur\b", "hours"), (r"\bminuten\b", "minutes"), (r"\blunchen\b", "lunch"),
    (r"\bavondeten\b|\buit eten\b|\bdiner\b", "dinner"), (r"\bontbijt(?:en)?\b", "breakfast"),
    (r"\b(?:ergens|somewhere|samen|gaan|lekker)\s+(?:(?:iets|wat)\s+)?eten\b", "eat out"),  # "ergens eten": a meal
    (r"\bkoffie(?:zaak|zaakje|bar|barretje|tent|tentje)\b", "café"),  # where coffee is had, not a shop of beans
    (r"\bkoffie(?: drinken)?\b", "coffee"), (r"\bkerken\b", "churches"), (r"\bkerk\b", "church"),
    (r"\bmusea\b", "museums"), (r"\bapotheek\b", "pharmacy"), (r"\bsupermarkt\b", "supermarket"),
    (r"\bbanketbakker(?:ij)?\b", "pastry shop"), (r"\bkathedraal\b", "church"), (r"\bpinautomaat\b", "atm"),
    (r"\bnachtclub\b", "nightclub"), (r"\bkunstgalerie\b", "gallery"), (r"\bbakker(?:ij)?\b", "bakery"), (r"\bboekwinkel\b|\bboekhandel\b", "bookshop"), (r"\bkroeg\b", "pub"),
    (r"\bijsje\b|\bijssalon\b|\bijs\b", "ice cream"), (r"\bgalerie\b", "gallery"), (r"\bgalerieën\b", "galleries"),
    (r"\bbioscoop\b", "cinema"), (r"\bschouwburg\b|\btheater\b", "theatre"), (r"\bmarkt\b", "market"),
    (r"\bbibliotheek\b", "library"), (r"\bspeeltuin\b", "playground"), (r"\buitkijkpunt\b|\butkijkpunt\b", "viewpoint"),
    (r"\btuin\b", "garden"), (r"\bwandeling\b", "walk"), (r"\bopticien\b|\boptiek\b", "optician"),
    (r"\bslager(?:ij)?\b", "butcher"), (r"\bkapper\b", "hairdresser"), (r"\bbloemist\b", "florist"),
    (r"\bpostkantoor\b", "post office"), (r"\bzwembad\b", "swimming pool"), (r"\bsportschool\b", "gym"),
    (r"\bslijterij\b", "bottle shop"), (r"\btankstation\b", "petrol station"), (r"\bgroenteboer\b", "greengrocer"),
    (r"\bkaasboer\b", "cheese shop"), (r"\bwinkel\b", "shop"), (r"\been\b", "a"),
    (r"\bhet\b|\bde\b", "the"),
    # goods named by their shop, the verb of buying kept last ("bloemen kopen", "speelgoed kopen": bought at a
    # shop named just before, or at one of their own)
    (r"\b(?:some |wat )?flowers(?= (?:kopen|halen)\b)", "florist"),
    (r"\b(?:some |wat )?chocolates(?= (?:kopen|halen)\b)", "chocolate shop"),
    (r"\b(?:some |wat )?toys(?= (?:kopen|halen)\b)", "toy shop"),
    # other goods, the verb of buying last ("wijn kopen", "thee halen"): bought ("a bottle of" is read on its own)
    (r"\bthee\b", "tea"),
    (r"\b(?<!fles )(?<!flessen )(?:wat |a paar |a pakje )?(wijn|port|tea|kaas|tabak|sigaretten|schoenen|parfum|"
     r"souvenirs?|sieraden|vlees|groente|drank|chocolade|chocola)\s+(?:kopen|halen)\b", r"buy \1"),
    (r"\bbrouwerij(?:en)?\b", "brewery"),
]
#: Polish, as typed without diacritics (:func:`nco.planner.offline.slavic.fold_words`): the nouns with their case
#: endings ("kościół", "kościoła", "kościele", "kościoły", "kościołów"), the prepositions before a place ("przy", "na",
#: "pod", "z", "od", "spod"), the clock cues ("o 10", "do 17", "na 16:30", "przed 13")
RULES["pl"] = [
    # "and", "or", "but" first, before the rules write English ("i", "a") of their own; greetings
    (r"\b(?:i|oraz)\b(?!')(?! (?:want|must|have|need|start|am|will)\b)"
     r"|\ba\b(?! (?:drink|quick|beer|glass|petrol|couple|walk|cinnamon)\b)", "and"),
    (r"\b(?:albo|lub)\b", "or"), (r"\bale\b", "but"),
    (r"\b(?:dzien dobry|czesc|hej|witam|witajcie|siema|prosze|dzieki|dziekuje)\b,?", ""), (r"\bprzy okazji\b", "also"),
    # errands said by what one does ("odebrać lek", "wypłacić pieniądze", "nadać paczkę", "ostrzyc się", "kupić chleb",
    # "kupić kwiaty", "zrobić zakupy spożywcze", "wymienić pieniądze", "zatankować")
    (r"\b(?:odebrac|wykupic|zrealizowac|odebrala|odebral) (?:\w+ )?(?:lek|leki|lekarstwa?|recepte)\b",
     "pick up a prescription"),
    (r"\b(?:mam|mamy) recepte\b", "i have a prescription"),
    (r"\bleki\b|\blekarstw\w*|\btabletki\b|\brecept[aey]\b", "medicine"),
    (r"\b(?:wyplacic|wybrac|podjac) (?:troche |jakies )?(?:pieniadze|pieniedzy|gotowke|gotowki|kase)\b"
     r"|\bbankomat\w*", "get cash"),
    (r"\b(?:nadac|wyslac) (?:\w+ )?(?:paczke|paczki|list|listy|kartke|kartki|pocztowke|pocztowki)\b", "send a parcel"),
    (r"\bostrzyc sie\b|\bobciac wlosy\b|\bfryzjer\w*", "hairdresser"),
    (r"\b(?:kupic|kupie|kupimy) (?:\w+ )?(?:chleb|bulki|bulke|pieczywo|rogale)\b", "buy bread"),
    (r"\b(?:kupic|kupie|kupimy) (?:\w+ ){0,2}prezent(?:y|u)?\b", "buy a gift"),  # "kupić mamie jakiś prezent"
    (r"\bchleb\w*|\bbulk[aie]\b|\bpieczywo\b", "bread"),
    (r"\b(?:kupic|kupie|kupimy) (?:\w+ )?kwiat(?:y|ki|kow)\b|\bkwiat(?:y|ki|kow)\b|\bkwiaciarn\w*", "florist"),
    (r"\b(?:zrobic |na )?zakupy spozywcze\b|\bsklep\w* spozywcz\w*|\bspozywcz\w*|\bzakupy na obiad\b", "groceries"),
    (r"\b(?:sklep\w*|obuwnicz\w*) (?:z butami|obuwnicz\w*)\b|\bbuty\b", "shoe shop"),
    (r"\bsklep\w* z pamiatkami\b|\bpamiatk\w*", "souvenir shop"),
    # toys, a laundry, a second-hand shop, bikes hired, a massage ("sklep z zabawkami", "pralnia", "lumpeks",
    # "wypożyczyć rowery", "masaż")
    (r"\b(?:sklep\w* z )?zabawk\w*", "toy shop"), (r"\bpralni\w*", "laundry"),
    (r"\blumpeks\w*|\bciucholand\w*|\bsklep\w* z uzywan\w*", "second-hand shop"),
    (r"\bwypozycz\w* rower\w*", "rent bikes"), (r"\bmasaz\w*", "massage"),
    (r"\bsklepy (?:z ubraniami|z ciuchami|odziezowe)\b", "clothing stores"),
    (r"\bsklep\w* (?:z ubraniami|z ciuchami|odziezow\w*)|\bubran\w*|\bciuch\w*|\bodziez\w*", "clothing store"),
    (r"\bsklep\w* monopolow\w*|\bmonopolow\w*", "liquor store"),
    (r"\bsklep\w* muzyczn\w*", "music shop"),  # "do sklepu muzycznego"
    (r"\b(?:zrobic |na |robic )?zakup(?:y|ow|ach)\b|\bpozakupowac\b", "shopping"),
    (r"\bwymienic (?:\w+ )?(?:pieniadze|walute|euro|dolary|zlotowki)\b|\bkantor\w*", "change money"),
    (r"\bzatankowac\b|\bstacj\w* benzynow\w*", "a petrol station"),
    # what one comes from is where one starts ("po mszy w kościele Holy Rosary o 10:30"); another's wish said after
    # "a" is one of its own ("potem babcia chce pomnik, a dzieci chcą lody")
    (r"\bpo (?:mszy|nabozenstwie|pracy|spotkaniu|zajeciach|lekcjach|wizycie) (?:w|we|przy|z|u|pod) (?:kosciele )?",
     "i start at "),
    (r",\s*and (?=(?:dzieci|babcia|dziadek|mama|tata|zona|maz|corka|syn|wnuczka|wnuk|tesciowa|tesc|siostra|brat)\b)",
     ". "),
    (r"\bmsz(?:a|y|e|a|ie)\b|\bnabozenstw\w*", "church"), (r"\bdrogeri\w*", "drogeria"),
    # what one goes to a shop for ("do drogerii po kosmetyki"): no kind of its own
    (r"\b(?:po|for) (kosmetyki|ubrania|prezent\w*|upominki|gazete|gazety|bilety|rzeczy)\b", r"for \1"),
    # some, another, home ("jakiś sklep", "inną kawiarnię", "obiad w domu", "i do domu")
    (r"\bdrugie sniadani\w*", "brunch"),
    (r"\bjaki(?:s|egos|ejs|ms|es|mis)\b|\bjakas\b", "some"), (r"\binn(?:y|a|e|ego|ej|ym)\b", "another"),
    (r"\bdrug(?:i|a|ie|iego|iej|a)\b(?! (?:stronie|strony)\b)", "another"),
    (r"\bjeszcze jed(?:en|na|no|nego|nej|ne)\b", "another"), (r"\bw domu\b", "at home"), (r"\bdo domu\b", "home"),
    # as many as possible ("jak najwięcej kościołów", "tyle muzeów, ile się da"), the order ("w dowolnej
    # kolejności", "kolejność obojętna", "w tej kolejności")
    (r"\bjak najwiecej (\w+)|\bmozliwie (?:duzo|najwiecej) (\w+)|\btyle (\w+),? ile (?:sie da|mozna|zdaze|zdazymy)",
     r"as many \1\2\3 as possible"),
    (r"\bile (?:tylko )?(?:sie da|mozna|zdaze|zdazymy)\b|\bjak najwiecej\b", "as many as possible"),
    (r"\bw (?:dowolnej|kazdej|jakiejkolwiek) kolejnosci\b|\bkolejnosc (?:jest )?(?:obojetna|dowolna|"
     r"nie ma znaczenia|bez znaczenia|mi obojetna)\b|\b(?:obojetnie|wszystko jedno|niewazne) w jakiej kolejnosci\b",
     "in any order"),
    (r"\bw (?:tej|takiej|podanej) kolejnosci\b|\bpo kolei\b", "in that order"),
    # one's train or bus leaving from a place ("mój pociąg odjeżdża z Dworca Głównego"), or at a time ("pociąg mam
    # o 15:10", "pociąg powrotny o 17")
    (r"\b(?:moj|nasz) (pociag|autobus|prom|samolot) (?:odjezdza|odchodzi|jedzie|odplywa|odlatuje) (?:z|ze|spod|od)\b",
     r"my \1 leaves from"),
    (r"\b(pociag|autobus)\w*(?: powrotny| do domu)?(?: mam| mamy)?\s+(?:o|at)\s+(\d{1,2}(?::\d{2})?)\s+"
     r"(?:z|ze|od|spod)\s+", r"my \1 leaves at \2 from "),
    (r"\b(?:pociag|autobus)(?: powrotny| do domu)?(?: mam| mamy)?(?=\s+(?:o|at)\s+\d)", "back"),
    (r"\bpociag\w*", "train"), (r"\bautobus\w*", "bus"),
    # noon and midnight ("w południe", "do południa", "o północy"); the parts of the day ("po południu", "wieczorem",
    # "rano")
    (r"\bpo poludniu\b", "in the afternoon"), (r"\bprzed poludniem\b", "in the morning"),
    (r"\b(?:w|o) poludni[eu]\b", "at noon"), (r"\bdo poludnia\b", "until noon"), (r"\bpoludni[eu]\b", "noon"),
    (r"\bo polnocy\b", "at midnight"), (r"\bdo polnocy\b", "until midnight"),
    (r"\bjutro rano\b", "tomorrow morning"), (r"\bdzis wieczorem\b|\bdzisiaj wieczorem\b", "tonight"),
    (r"\bwieczorem\b", "in the evening"), (r"\brano\b", "in the morning"),
    # the day ("jutro", "dziś", "w sobotę", "w niedzielę")
    (r"\bpojutrze\b", "the day after tomorrow"), (r"\bjutro\b", "tomorrow"), (r"\bdzis(?:iaj)?\b", "today"),
    (r"\b(?:w|na) poniedzialek\b", "on monday"), (r"\b(?:we|w|na) wtorek\b", "on tuesday"),
    (r"\b(?:w|na) srode\b", "on wednesday"), (r"\b(?:w|na) czwartek\b", "on thursday"),
    (r"\b(?:w|na) piatek\b", "on friday"),
    (r"\b(?:w|na) sobote\b", "on saturday"), (r"\b(?:w|na) niedziele\b", "on sunday"),
    # a time taken back ("o 10, nie, jednak o wpół do dziesiątej")
    (r"\bnie,? jednak\b|\bnie,? raczej\b|\bnie,? czekaj\b", "no, actually"),
    # where one is and starts ("jestem przy", "zaczynam od", "startujemy z", "wychodzę z", "zbiórka o 9:30 przy",
    # "spotykamy się pod")
    (r"\b(?:zbiorka|zbiorke|spotkanie|spotykamy sie|spotkajmy sie|widzimy sie|umowilismy sie|umowmy sie)"
     r"(?= (?:o \d|at \d|na|przy|pod|w|u|obok|kolo|przed)\b)", "meet"),
    (r"\b(?:w|do|z) pracy\b|\bdo pracy\b", "at work"),  # "o 10 muszę być w pracy": no place the map knows
    # where one stays ("mieszkamy w Harsdorfie", "nocujemy w Ordino", "śpimy w hotelu X")
    (r"\b(?:mieszkam|mieszkamy|nocuje|nocujemy|spie|spimy|zatrzymalismy sie|zatrzymujemy sie)\s+(?:w|we|u|przy|na)\s+",
     "i'm staying at "),
    # leaving from a place, a time perhaps between ("wychodzę o 8:00 z hotelu Klinglhuber", "startujemy spod X")
    (r"\b(?:zaczynam|zaczynamy|startuje|startujemy|ruszam|ruszamy|wyruszam|wyruszamy|wychodze|wychodzimy|wyjezdzam|"
     r"wyjezdzamy)((?:\s+o\s+\d{1,2}(?::\d{2})?)?)\s+(?:z|ze|spod|od)\s+", r"i start\1 from "),
    (r"\b(?:zaczynam|zaczynamy|zaczne|zaczniemy|startuje|startujemy|ruszam|ruszamy|wyruszam|wyruszamy|wychodze|"
     r"wychodzimy|wyjezdzam|wyjezdzamy)\b", "i start"),
    (r"\bjestem\b", "i'm"), (r"\bjestesmy\b", "we're"), (r"\bbede\b", "i'll be"), (r"\bbedziemy\b", "we'll be"),
    (r"\b(?:przyjezdzam|przyjezdzamy|przyjade|przyjedziemy|docieram|dojezdzam)\b", "arriving"),
    (r"\bpociagiem\b", "by train"), (r"\bautobusem\b", "by bus"),
    # the end: where one must be ("muszę być z powrotem na dworcu o 14", "o 14 muszę być przy Isartorze"), back
    # ("wracam o 12", "wracamy na 16:30"), ending ("kończę przy Sheridan Square", "koniec o 13 na Praça")
    (r"\b(?:musze|musimy|powinienem|powinnam|powinnismy|mam|mamy)\s+(?:juz |tez |jeszcze )?(?:byc|wrocic|dotrzec|"
     r"dojechac|zdazyc)(?: z powrotem)?\s+(?:na|w|we|przy|pod|u|obok|kolo|do(?! \d))\s+", "i must be at "),
    (r"\b(?:musze|musimy|powinienem|powinnam|powinnismy)\s+(?:juz |tez )?(?:byc|wrocic)(?: z powrotem)?\b", "back"),
    (r"\bz powrotem\b", "back"), (r"\b(?:wracam|wracamy|wroce|wrocimy|powrot)\b", "back"),
    (r"\b(?:koniec|konczymy|koncze|zakoncze|zakonczymy|konczy sie)\s+((?:o|at) \d{1,2}(?::\d{2})?\s+)?"
     r"(?:na|w|we|przy|pod|u|obok)\s+(?=(?-i:[A-ZÀ-Ý])|Q\ue000)", r"ending \1at "),
    (r"\bmam czas\b|\bmamy czas\b|\bczas mam\b|\bczas mamy\b", "free"),
    (r"\b(?:mam|mamy) woln(?:e|y)\b|\b(?:jestem|jestesmy) woln(?:y|a|i)\b", "i'm free"),
    # an event one has, with its place and time ("o 19 mam koncert w Red Rattler"): the end, the visits before it
    (r"\b(?:mam|mamy) (?:bilety na )?(koncert|przedstawienie|spektakl|mecz|spotkanie|wizyt[ae])\w*\s+"
     r"(?:w|we|na|przy)\s+", r"i have a \1 at "),
    (r"\bkoncert\b", "concert"), (r"\b(?:przedstawienie|spektakl)\b", "show"), (r"\bmecz\b", "match"),
    (r"\bspotkanie\b", "meeting"), (r"\bwizyt[ae]\b", "appointment"),
    # the clock cues before a time ("o 10", "do 17", "na 16:30", "od 9", "przed 13", "po 15", "około 14")
    (r"\b(?:najpozniej|nie pozniej niz)(?: o| do| na)? (?=\d)", "by "), (r"\bo (?=\d)", "at "),
    (r"\bdo (?=\d)", "until "), (r"\bna (?=\d)", "by "), (r"\bod (?=\d)", "from "), (r"\bprzed (?=\d)", "before "),
    (r"\bpo (?=\d)", "after "), (r"\b(?:okolo|kolo|ok\.?) (?=\d)", "around "),
    # the time one has ("mam dwie godziny", "mamy tylko godzinę", "pół godziny", "kwadrans")
    (r"\b(?:mam|mamy)\b", "i have"), (r"\btylko\b", "only"), (r"\b(?:lacznie|w sumie|razem|na wszystko)\b", "in total"),
    (r"\bpol godziny\b", "half an hour"), (r"\b(?:jedna )?godzin[ea]\b", "an hour"),
    (r"\bgodzin(?:y)?\b", "hours"), (r"\bminut[ay]?\b", "minutes"), (r"\bkwadrans\b", "15 minutes"),
    # what one wants ("chcę", "chciałbym", "potrzebuję"), what someone else wants ("babcia chce", "dzieci chcą")
    (r"\b(babcia|dziadek|mama|tata|zona|maz|corka|syn|siostra|brat|tesciowa|tesc|wnuczka|wnuk|ona|on|kolega|"
     r"kolezanka|szef|szefowa|ciocia|wujek|partner|partnerka|dziecko|sasiadka|sasiad) chce\b", r"\1 wants"),
    (r"\bchca\b", "want"), (r"\bnie chce\b|\bnie chcemy\b", "i don't want"),
    (r"\b(?:chce|chcemy|chcialbym|chcialabym|chcielibysmy|chcialbys|wolalbym|wolalabym)\b", "i want"),
    (r"\b(?:potrzebuje|potrzebujemy)\b", "i need"), (r"\b(?:musi|musza) byc\b", "must be"),
    (r"\bbez\b", "without"), (r"\bzadn(?:ych|ego|ej|y|a|e)\b", "no"),
    (r"\b(?:zobaczyc|obejrzec|zwiedzic|odwiedzic|zajrzec)\b", "see"), (r"\b(?:zjesc|zjemy|zjem)\b", "eat"),
    (r"\b(?:napic sie|wypic|wypijemy)\b", "have"), (r"\b(?:kupic|kupie|kupimy)\b", "buy"),
    (r"\b(?:isc|pojsc|pojdziemy|pojde|idziemy|ide|skoczyc|wpasc)\b", "go"), (r"\bspacer\w* po\b", "a walk in"),
    (r"\bspacer\w*", "a walk"),
    # the order ("najpierw", "potem", "na koniec", "przed kolacją", "po obiedzie")
    (r"\bnajpierw\b|\bna poczatek\b|\bna poczatku\b|\bpo pierwsze\b|\bnajpierw to\b", "first"),
    (r"\bna (?:sam |samym )?(?:koniec|koncu)\b|\bna zakonczenie\b|\bjako ostatni[aey]?\b|\bwreszcie\b|\bw koncu\b",
     "finally"),
    (r"\b(?:a )?potem\b|\b(?:a )?pozniej\b|\bnastepnie\b|\bpo czym\b|\bpo tym\b", "then"), (r"\bkoniec\b", "done"),
    # a visit taken back ("winiarnię skreśl", "zamiast tego kawiarnia")
    (r"\b(?:skresl|skreslcie|wykresl|odpusc|odpuscmy|zapomnij o|zapomnijmy o)\b(?=\s*(?:[.,;!]|$))", "scratch that"),
    (r"\b(?:skresl|skreslcie|wykresl|odpusc|odpuscmy|zapomnij o|zapomnijmy o)\b", "scratch"),
    (r"\bzamiast tego\b|\bw zamian\b", "instead"),
    # meals, drinks, the common kinds of place, in their cases
    (r"\bsniadani\w*", "breakfast"), (r"\bdrugie breakfast\b", "brunch"), (r"\bobiad\w*|\bobiedzie\b", "lunch"),
    (r"\blunch\w*", "lunch"), (r"\bkolacj\w*", "dinner"),
    (r"\bkaw(?:a|e|y|ie|ke|ka|usia|usie|ki)\b", "coffee"), (r"\bherbat\w*", "tea"),
    (r"\blod(?:y|ow|ach|ami)\b|\blodziarni\w*", "ice cream"), (r"\bdeser\w*", "dessert"),
    (r"\bbuy (?:(?:dobre|jakies|butelk\w*) )?win(?:o|a)\b", "buy wine"),  # wine bought, not had
    (r"\bpiw(?:o|a|ko|ka|em)\b", "a beer"), (r"\bwin(?:o|a|ko|ka)\b", "a glass of wine"),
    (r"\bdrink(?:a|i|ow)?\b", "a drink"), (r"\bpizz(?:a|e|y)\b", "pizza"),
    (r"\bciast(?:ko|ka|o|a)\b|\bsernik\w*|\bszarlotk\w*", "cake"),
    (r"\b(?:(?:eat|zjesc|przekasic) )?cos (?:szybkiego|na szybko)\b", "a quick bite"),
    (r"\bcos (?:zjesc|przekasic)\b|\b(?:zjesc|przekasic|eat) cos\b|\bcos do jedzenia\b", "eat out"),
    (r"\bmuze(?:a|ow|ach|ami|om)\b", "museums"), (r"\bmuzeum\b", "museum"), (r"\baptek\b", "pharmacies"),
    (r"\bkoscio(?:ly|low|lach|lami)\b", "churches"), (r"\bkoscio(?:l|la|le|lem|lowi)\b|\bkosciele\b", "church"),
    (r"\bkatedr\w*|\bbazylik\w*|\bkaplic\w*|\bcerkw\w*|\bsanktuari\w*", "church"),
    (r"\bpar(?:ki|kow|kach)\b", "parks"), (r"\bpar(?:k|ku|kiem)\b", "park"), (r"\bogrod(?:u|zie|em|y)?\b", "garden"),
    (r"\brestauracj\w*|\bknajp\w*", "restaurant"), (r"\bpizzeri\w*", "pizzeria"), (r"\bbistr\w*", "bistro"),
    (r"\bkawiarn\w*|\bkafejk\w*", "cafe"), (r"\bcukierni\w*", "pastry shop"), (r"\bpiekarni\w*", "bakery"),
    (r"\bogrod\w* piwn\w*", "beer garden"), (r"\bbrowar\w*", "brewery"), (r"\bpub(?:u|ie|ow|y)?\b", "pub"),
    (r"\bwiniarni\w*|\bbar\w* winn\w*", "wine bar"), (r"\bbar(?:y|ow|ach)\b", "bars"), (r"\bbar(?:u|ze|em)?\b", "bar"),
    (r"\bsklep(?:y|ow|ach)\b", "shops"), (r"\bsklep(?:u|ie|em)?\b", "shop"),
    (r"\bsupermarket\w*|\bmarket(?:u|ie)?\b|\bsamoobslug\w*", "supermarket"),
    (r"\baptek(?:a|i|e|a)\b|\baptece\b", "pharmacy"), (r"\bban(?:k|ku|kiem)\b", "bank"), (r"\bbibliotek\w*", "library"),
    (r"\btarg(?:u|i|ow|iem)?\b|\btargowisk\w*|\bhal\w* targow\w*|\bbazar\w*|\bjarmark\w*", "market"),
    (r"\b(?:punk[tc]\w*|taras\w*|wiez\w*) widokow\w*|\bwidok\w* na miasto\b", "viewpoint"),
    (r"\bzachod\w* slonca\b", "sunset"), (r"\boptyk\w*", "optician"),
    (r"\bplac\w* zabaw\b", "playground"), (r"\bkin(?:o|a|ie|em)\b", "cinema"), (r"\bteatr\w*", "theatre"),
    (r"\bgaleri(?:e|i|ach)\b", "galleries"), (r"\bgaleri(?:a|e|i)\b", "gallery"),
    (r"\bzabyt(?:ki|kow|kach)\b", "sights"), (r"\bzabyt\w*", "sight"), (r"\bpomnik\w*", "monument"),
    (r"\batrakcj\w*", "attractions"), (r"\bzam(?:ek|ku|kiem)\b", "castle"), (r"\bpalac\w*", "palace"),
    (r"\bksiegarn\w*|\bantykwariat\w*", "bookshop"), (r"\bkebab\w*|\bzapiekank\w*|\bhamburger\w*", "fast food"),
    (r"\bpoczt\w*", "post office"),
    # counts ("jedna kawiarnia"), "no"
    (r"\bjed(?:en|na|no|nego|nej)\b", "one"), (r"\bnie\b", "no"),
    (r"\bprzed (?=(?-i:[A-ZÀ-Ý])|Q\ue000)", "at "), (r"\bprzed\b", "before"),
    (r"\bpo (?=(?:the |a )?(?:breakfast|brunch|lunch|dinner|coffee|museum|church|park|cinema|theatre|shopping)\b)",
     "after "),
    # the station ("z dworca", "na dworcu"), "Dworzec" before the name the map knows it by ("przy stacji Sydenham")
    (r"\b(?:dworz|dworc)\w*(?=\s+(?:(?-i:[A-ZÀ-Ý])|Q\ue000))", "Dworzec"),
    (r"((?<![\w'-])(?!(?:od|z|ze|na|w|we|u|do|przy|pod|spod|obok|kolo|przed)\b)(?-i:[A-ZÀ-Ý])[\w'-]*|Q\ue000\d+\ue001) "
     r"(?:dworzec|stacja)\b", r"\1 station"), (r"\bstacj\w*(?=\s+(?:(?-i:[A-ZÀ-Ý])|Q\ue000))", "Stacja"),
    (r"\b(?:na|przy|pod|u|obok|kolo|w|we) (?:dworz|dworc|stacj)\w*", "at the station"),
    (r"\b(?:z|ze|od|spod|sprzed) (?:dworz|dworc|stacj)\w*", "from the station"),
    (r"\bdo (?:dworz|dworc|stacj)\w*", "to the station"), (r"\b(?:dworz|dworc|stacj)\w*", "the station"),
    (r"\b(?:na|przy|pod|u|obok|kolo)\s+(?=\d+(?:st|nd|rd|th)\b)", "at the "),
    # the prepositions of a place ("na Marienplatzu", "przy Isartorze", "z Fells Point", "do kawiarni", "na kawę",
    # "z apteki")
    (r"\b(?:na|do) (?=(?:a )?(?:coffee|lunch|dinner|breakfast|brunch|a beer|a drink|ice cream|dessert|tea|pizza|"
     r"a glass of wine)\b)", "for "),
    (r"\b(?:z|ze) (?=(?:pharmacy|church|museum|cafe|bakery|restaurant|bookshop|shop|supermarket|bank|library|market|"
     r"park|cinema|theatre|gallery|bar|pub|post office|drogeria)\b)", "from the "),
    (r"\b(?:w|we)\s+(?=(?-i:[A-ZÀ-Ý])|Q\ue000)", "in "),
    (r"\b(?:na|przy|pod|u|obok|kolo|naprzeciwko)\s+(?=(?-i:[A-ZÀ-Ý])|Q\ue000)", "at "),
    (r"\b(?:z|ze|od|spod|sprzed)\s+(?:hotelu|pensjonatu|hostelu)\s+(?=(?-i:[A-ZÀ-Ý])|Q\ue000)", "from hotel "),
    (r"\b(?:z|ze|od|spod|sprzed)\s+(?=(?-i:[A-ZÀ-Ý])|Q\ue000)", "from "),
    (r"\bdo\s+(?=(?-i:[A-ZÀ-Ý])|Q\ue000)", "to "),
    (r"\b(?:do|na)\b(?!')", "to"), (r"\b(?:w|we)\b(?!')", "in"), (r"\bprzy\b", "at"), (r"\b(?:z|ze)\b(?!')", "with"),
    (r"\b(?:sie|mi|nam|mnie)\b", ""),
    # a drink had in a place is a visit to the place ("wino w winiarni"); "as the first" said after the visit
    (r"\b(?:a glass of wine|a beer|a drink|coffee) (?:in|at) (?:the |a |some )?(wine bar|pub|bar|cafe|brewery|"
     r"beer garden)\b", r"a \1"),
    (r"\b(?:to |for )?(the \w+) ((?:[^\W\d]+ ){0,4}?)jako pierwsz[aey]\b", r"first \1 \2"),
    (r"\bjako pierwsz[aey]\b", "first"),
    # a time and a place opening a sentence ("O 10 przy Pfarrkirche, potem ..."): where one is then; the place said
    # before the verb ("na dworzec przyjeżdżamy o 9:40"); "I" said with its verb ("ja chcę")
    (r"(?:^|(?<=[.!?;\n] ))at (\d{1,2}(?::\d{2})?) at (?=(?-i:[A-ZÀ-Ý])|Q\ue000)", r"at \1 i'm at "),
    (r"\b(at|from|to) the station (arriving|i start|i'm|we're|i'll be|we'll be)\b", r"\2 \1 the station"),
    (r"\bja (?=i want|i need|i have|i'm|i start|i must)", ""),
]
#: Czech, as typed without diacritics (:func:`nco.planner.offline.slavic.fold_words`): the nouns with their case
#: endings ("kostel", "kostela", "kostele", "kostely", "kostelů"), the prepositions before a place ("u", "na", "v",
#: "z", "od"), the clock cues ("v 10", "ve 14", "do 17", "před 13")
RULES["cs"] = [
    # "and", "or", "but" first, before the rules write English ("i", "a") of their own; greetings
    (r"\bi\b(?!')(?! (?:want|must|have|need|start|am|will)\b)|\ba\b(?! (?:drink|quick|beer|glass|petrol|couple|walk|"
     r"cinnamon)\b)", "and"), (r"\b(?:nebo|anebo)\b", "or"), (r"\bale\b", "but"),
    (r"\b(?:dobry den|ahoj|cau|cus|zdravim|prosim|diky|dekuji|dik)\b,?", ""),
    # errands said by what one does ("vyzvednout lék", "vybrat peníze", "poslat balík", "ostříhat se", "koupit chleba",
    # "koupit květiny", "nakoupit potraviny", "vyměnit peníze", "natankovat")
    (r"\b(?:vyzvednout|vyzvednu|vyzvedneme) (?:\w+ )?(?:lek|leky|leku|recept)\b", "pick up a prescription"),
    (r"\b(?:mam|mame) recept\b", "i have a prescription"),
    (r"\bleky\b|\blecive?\b|\bprasky\b|\brecept\b", "medicine"),
    (r"\b(?:vybrat|vyzvednout) (?:nejake )?(?:penize|hotovost|prachy)\b|\bbankomat\w*", "get cash"),
    (r"\b(?:poslat|odeslat|podat) (?:\w+ )?(?:balik|balicek|dopis|pohled|pohledy|pohlednici|pohlednice)\b",
     "send a parcel"),
    (r"\bostrihat se\b|\bnechat se ostrihat\b|\bkadernic\w*|\bkadernik\w*|\bholic\w*", "hairdresser"),
    (r"\bmasaz\w*", "massage"), (r"\b(?:pujcit|pujcime|pujcim|vypujcit) (?:si )?(?:kola|kolo)\b", "rent bikes"),
    (r"\b(?:koupit |koupim |koupime )?(?:nejaky |maly )?(?:darek|darky|darecek)\b", "buy a gift"),
    (r"\b(?:koupit|koupim|koupime|nakoupit) (?:\w+ )?(?:chleba|chleb|rohliky|pecivo)\b", "buy bread"),
    (r"\bchleba\b|\bchleb\b|\brohlik\w*|\bpecivo\b", "bread"),
    (r"\b(?:koupit|koupim|koupime) (?:\w+ )?kvetin(?:y|u)\b|\bkvetiny\b|\bkytic\w*|\bkvetinarstv\w*", "florist"),
    (r"\bnakoupit potraviny\b|\bnakoupit jidlo\b|\bsamoobsluh\w*", "groceries"),
    (r"\bobchod\w* (?:s|se) (?:botami|obuvi)\b|\bobuv\w*|\bboty\b", "shoe shop"),
    (r"\bobchod\w* (?:se )?suvenyr\w*|\bsuvenyr\w*", "souvenir shop"),
    (r"\bobchody s (?:oblecenim|obleckem|hadry)\b", "clothing stores"),
    (r"\bobchod\w* (?:s|se) (?:oblecenim|obleckem|hadry)|\boblecen\w*|\bobchod\w* s modou\b", "clothing store"),
    (r"\b(?:nakoupit|nakupovat|nakupy|nakupu)\b", "shopping"),
    (r"\bvymenit (?:\w+ )?(?:penize|eura|dolary|koruny)\b|\bsmenarn\w*", "change money"),
    (r"\bnatankovat\b|\bcerpac\w* stanic\w*|\bpump[auy]\b", "a petrol station"),
    # what one comes from is where one starts ("po mši v kostele X v 10"); another's wish said after "a" is one of its
    # own ("pak babička chce pomník, a děti chtějí zmrzlinu")
    (r"\bpo (?:msi|bohosluzbe|praci|schuzce|skole|navsteve) (?:v|ve|u|z|ze|pred) (?:kostele )?", "i start at "),
    (r",\s*and (?=(?:deti|babicka|deda|dedecek|mama|tata|zena|manzel|manzelka|dcera|syn|vnuk|vnucka|sestra|bratr)\b)",
     ". "),
    (r"\bmse\b|\bmsi\b|\bbohosluzb\w*", "church"),
    # what one goes to a shop for ("do drogerie pro kosmetiku"): no kind of its own
    (r"\bpro (kosmetik\w*|obleceni|darek|darky|noviny|listky|veci)\b", r"for \1"),
    # some, another, at home ("nějaký obchod", "jinou kavárnu", "oběd doma"); a meal in a pub ("oběd v hospodě"): a
    # restaurant
    (r"\bnejak(?:y|a|ou|e|eho|em|ym)\b", "some"), (r"\bjin(?:y|a|ou|e|eho|em|ym)\b", "another"),
    (r"\bdruh(?:y|a|e|eho|ou|em)\b", "another"),
    (r"\bjeste jed(?:en|nu|no|noho|ne)\b", "another"), (r"\bdoma\b", "at home"),
    (r"\b(obed\w*|vecer(?:e|i)|snidan\w*) (v|ve|do) (some )?((?:[^\W\d]+(?:ske|ske|ce|em|e|ou|y|ych) )?)"
     r"(?:hospod|pivnic)\w*", r"\1 \2 \3\4restaurace"),
    # as many as possible ("co nejvíc kostelů", "co nejvíce muzeí"), the order ("v libovolném pořadí", "pořadí je
    # jedno", "v tomto pořadí")
    (r"\bvyhlid(?:ka|ky|ek|ku|kach|kam|kou)\b", "viewpoints"),  # "co nejvíc vyhlídek"
    (r"\bobchod\w* s hudebninami\b|\bhudebnin\w*", "music shop"),
    (r"\bco nejvic(?:e)? (\w+)|\btolik (\w+),? kolik (?:to )?(?:jen )?(?:pujde|stihnu|stihneme|se da)",
     r"as many \1\2 as possible"),
    (r"\bkolik (?:jen )?(?:to )?(?:pujde|stihnu|stihneme|se da)\b|\bco nejvic(?:e)?\b", "as many as possible"),
    (r"\bv (?:libovolnem|jakemkoli|jakemkoliv|jakemkoli jinem) poradi\b|\bporadi (?:je )?(?:jedno|fuk|libovolne|"
     r"nehraje roli)\b|\bna poradi (?:nezalezi|nesejde)\b|\bnezalezi na poradi\b", "in any order"),
    (r"\bv (?:tomto|tomhle|tom|uvedenem) poradi\b|\bpoporade\b", "in that order"),
    # one's train or bus leaving from a place or at a time ("vlak mi jede v 15:20", "vlak domů jede ve 14:50")
    (r"\b(?:muj|nas) (vlak|autobus|trajekt|let) (?:jede|odjizdi|leti) (?:z|ze|od)\b", r"my \1 leaves from"),
    (r"\b(vlak|autobus)(?: (?:zpatky|zpet|domu))? (?:mi |nam )?(?:jede|odjizdi)(?: (?:zpatky|zpet|domu))?\s+"
     r"(?:v|ve|at)\s+(\d{1,2}(?::\d{2})?)\s+(?:z|ze|od)\s+", r"my \1 leaves at \2 from "),
    (r"\b(?:vlak|autobus)(?: (?:zpatky|zpet|domu))? (?:mi |nam )?(?:jede|odjizdi)(?: (?:zpatky|zpet|domu))?\b"
     r"(?=\s+(?:v|ve|o|at)\s+\d)", "back"),
    (r"\b(?:vlak|autobus)(?: (?:zpatky|zpet|domu))?(?=\s+(?:v|ve|at)\s+\d)", "back"),
    (r"\bvlak\w*", "train"), (r"\bautobus\w*", "bus"), (r"\bdomu\b", "home"),
    # noon and midnight ("v poledne", "do poledne", "o půlnoci"); the parts of the day ("odpoledne", "večer", "ráno")
    (r"\bv poledne\b", "at noon"), (r"\bdo poledne\b", "until noon"), (r"\bpoledne\b", "noon"),
    (r"\bo pulnoci\b", "at midnight"), (r"\bdo pulnoci\b", "until midnight"),
    (r"\bzitra rano\b", "tomorrow morning"), (r"\bdnes vecer\b", "tonight"),
    (r"\bodpoledne\b", "in the afternoon"), (r"\bdopoledne\b", "in the morning"), (r"\bvecer\b", "in the evening"),
    (r"\brano\b", "in the morning"),
    # the day ("zítra", "dnes", "v sobotu", "v neděli")
    (r"\bpozitri\b", "the day after tomorrow"), (r"\bzitra\b", "tomorrow"), (r"\bdnes(?:ka)?\b", "today"),
    (r"\b(?:v|na) pondeli\b", "on monday"), (r"\b(?:v|na) utery\b", "on tuesday"),
    (r"\b(?:ve|na) stredu\b", "on wednesday"), (r"\b(?:ve|na) ctvrtek\b", "on thursday"),
    (r"\b(?:v|na) patek\b", "on friday"),
    (r"\b(?:v|na) sobotu\b", "on saturday"), (r"\b(?:v|na) nedeli\b", "on sunday"),
    # a time taken back ("v 10, ne, v půl jedenácté")
    (r"\bne,? vlastne\b|\bne,? spis\b|\bne,? pockej\b", "no, actually"),
    # where one is and starts ("jsem u", "začínám na", "vyrážíme od", "sraz v 9:30 na nádraží")
    (r"\b(?:sraz|setkani|sejdeme se|sejdem se|potkame se|uvidime se)(?= (?:v \d|ve \d|at \d|na|v|ve|u|pred|vedle)\b)",
     "meet"),
    (r"\b(?:v|do|z) prac[ie]\b", "at work"),  # "v 10 musím být v práci"
    # where one stays ("bydlíme v Harsdorfu", "spíme v hotelu X"); a harbour by its name ("u přístavu Port Hercule")
    (r"\b(?:bydlim|bydlime|spim|spime|nocujeme|nocuji|jsme ubytovani|jsem ubytovany|jsem ubytovana)\s+(?:v|ve|u|na)\s+",
     "i'm staying at "),
    (r"\bpristav(?:u|em|e)?\s+(?=(?-i:[A-ZÀ-Ý]))", ""), (r"\bpristav(?:u|em|e)?\b", "harbour"),
    (r"\b(?:zacinam|zaciname|zacnu|zacneme|vyrazim|vyrazime|vychazim|vychazime|startuju|startujeme|odjizdim|"
     r"odjizdime)\b", "i start"),
    (r"\bjsem\b", "i'm"), (r"\bjsme\b", "we're"), (r"\bbudu\b", "i'll be"), (r"\bbudeme\b", "we'll be"),
    (r"\b(?:prijedu|prijedeme|prijizdim|prijizdime|dorazim|dorazime)\b", "arriving"),
    (r"\bvlakem\b", "by train"), (r"\bautobusem\b", "by bus"),
    # the end: where one must be ("musím být zpátky na nádraží ve 14", "ve 14 musím být u Isartoru"), back ("zpátky
    # ve 12"), ending ("končím u Sheridan Square", "konec ve 13 na Praça")
    (r"\b(?:zpatky|zpet) (?:na|v|ve|u|do|k|ke)\s+((?:(?!musi)[^\W\d]+\s+){1,4}?)(?:musim|musime|mam|mame|potrebuju|"
     r"potrebujeme|chci|chceme) byt\b", r"i must be back at \1"),
    (r"\b(?:musim|musime|potrebuju|potrebujeme|mam|mame)\s+(?:uz |taky |jeste )?(?:byt|dorazit|dojet|stihnout)"
     r"(?: (?:zpatky|zpet))?\s+(?:na|v|ve|u|vedle|do(?! \d)|k|ke)\s+(?!\d)", "i must be at "),
    (r"\b(?:zpatky|zpet)\s+(?:musim|musime) byt\b", "back"),
    (r"\b(?:musim|musime)\s+(?:uz |taky )?(?:byt|se vratit)(?: (?:zpatky|zpet))?\b", "back"),
    (r"\b(?:zpatky|zpet|navrat)\b", "back"),
    (r"\b(?:vracim se|vracime se|vratim se|vratime se)\b", "back"),
    (r"\b(?:konec|koncim|koncime|skoncim|skoncime)\s+((?:v|ve|at) \d{1,2}(?::\d{2})?\s+)?"
     r"(?:na|v|ve|u|vedle)\s+(?=(?-i:[A-ZÀ-Ý])|Q\ue000)", r"ending \1at "),
    (r"\bmam cas\b|\bmame cas\b|\bcas mam\b|\bcas mame\b", "free"),
    (r"\b(?:mam|mame) volno\b|\b(?:jsem|jsme) voln(?:y|a|i)\b", "i'm free"),
    # an event one has, with its place and time ("v 19 mám koncert v Red Rattler"): the end, the visits before it
    (r"\b(?:mam|mame) (?:listky na )?(koncert|predstaveni|zapas|schuzk[au]|sraz|navstev[au])\w*\s+(?:v|ve|na|u)\s+",
     r"i have a \1 at "),
    (r"\bkoncert\b", "concert"), (r"\bpredstaveni\b", "show"), (r"\bzapas\b", "match"),
    (r"\bschuzk[au]\b", "meeting"), (r"\bnavstev[au]\b", "appointment"),
    # the clock cues before a time ("v 10", "ve 14", "do 17", "od 9", "před 13", "po 15", "kolem 14")
    (r"\bnejpozdeji(?: v| ve| do)? (?=\d)", "by "), (r"\bve? (?=\d)", "at "), (r"\bdo (?=\d)", "until "),
    (r"\bod (?=\d)", "from "), (r"\bpred (?=\d)", "before "), (r"\bpo (?=\d)", "after "),
    (r"\b(?:kolem|okolo|cca\.?) (?=\d)", "around "),
    # the time one has ("mám dvě hodiny", "máme jen hodinu", "půl hodiny", "čtvrt hodiny")
    (r"\b(?:mam|mame)\b", "i have"), (r"\b(?:jen|jenom|pouze)\b", "only"),
    (r"\b(?:celkem|dohromady|na vsechno)\b", "in total"),
    (r"\bpul hodiny\b", "half an hour"), (r"\bctvrt hodiny\b", "15 minutes"), (r"\b(?:jednu )?hodin[au]\b", "an hour"),
    (r"\bhodin(?:y)?\b", "hours"), (r"\bminut[uy]?\b", "minutes"),
    # what one wants ("chci", "chtěl bych", "potřebuju"), what someone else wants ("babička chce", "děti chtějí")
    (r"\b(?:chci|chceme|chtel bych|chtela bych|chteli bychom|chtel bys|rad bych|rada bych)\b", "i want"),
    (r"\bchce\b", "wants"), (r"\bchteji\b", "want"),
    (r"\b(?:potrebuju|potrebuji|potrebujeme)\b", "i need"),
    (r"\bnechci\b|\bnechceme\b", "i don't want"), (r"\bbez\b", "without"), (r"\bzadn(?:y|a|e|ou|ych)\b", "no"),
    (r"\b(?:videt|uvidet|navstivit|prohlednout si|prohlednout|podivat se (?:na|do))\b", "see"),
    (r"\b(?:poobedvat|naobedvat se|obedvat)\b", "have lunch"), (r"\b(?:povecerat|navecerat se)\b", "have dinner"),
    (r"\b(?:snist|najist se)\b", "eat"), (r"\b(?:dat si|dame si|dam si)\b", "have"),
    (r"\b(?:napit se|vypit)\b", "have"), (r"\b(?:koupit|koupim|koupime)\b", "buy"),
    (r"\b(?:jit|zajit|zajdeme|zajdu|jdeme|jdu|pujdeme|pujdu|skocit|skocime)\b", "go"),
    (r"\bprochazk\w* po\b", "a walk in"),
    (r"\bprochazk\w*|\bprojit se\b", "a walk"),
    # the order ("nejdřív", "pak", "nakonec", "před večeří", "po obědě")
    (r"\bnejdriv(?:e)?\b|\bnejprve\b|\bnapred\b|\bzaprve\b|\bna zacatek\b", "first"),
    (r"\b(?:and )?nakonec\b|\bna (?:uplny )?konec\b|\bna zaver\b|\bjako posledni\b|\buplne na konci\b", "finally"),
    (r"\b(?:and )?pak\b|\b(?:and )?potom\b|\bpote\b|\bnasledne\b|\bpak jeste\b", "then"), (r"\bkonec\b", "done"),
    # a visit taken back ("vinárnu škrtni", "místo toho kavárna")
    (r"\b(?:skrtni|skrtnete|vyskrtni|zrus|zruste|vynech|vynechte|zapomen na)\b(?=\s*(?:[.,;!]|$))", "scratch that"),
    (r"\b(?:skrtni|skrtnete|vyskrtni|zrus|zruste|vynech|vynechte|zapomen na)\b", "scratch"),
    (r"\bmisto toho\b|\bnamisto toho\b", "instead"),
    # meals, drinks, the common kinds of place, in their cases
    (r"\bsnidan\w*", "breakfast"), (r"\bobed(?:a|e|u|em)?\b|\bobedvat\b", "lunch"), (r"\bvecer(?:e|i|ich)\b", "dinner"),
    (r"\bsvacin\w*", "a snack"),
    (r"\bkav(?:a|u|y|e|icku|icka)\b|\bkafe\b|\bkaficko\b", "coffee"), (r"\bcaj\w*", "tea"),
    (r"\bzmrzlin(?:a|u|y|ou)\b|\bzmrzlinarn\w*", "ice cream"), (r"\bdezert\w*", "dessert"),
    (r"\b(?:koupit|koupim|koupime|buy) (?:(?:dobre|nejake|lahev|lahve) )?vin(?:o|a)\b", "buy wine"),
    (r"\bpiv(?:o|a|ko|ku|em)\b", "a beer"), (r"\bvin(?:o|a|ko|ka)\b", "a glass of wine"),
    (r"\bdrink(?:a|y|u)?\b", "a drink"), (r"\bpizz(?:a|u|y)\b", "pizza"),
    (r"\bzakus(?:ek|ky)\b|\bdort\w*|\bkolac\w*|\bbuchti?\w*", "cake"),
    (r"\b(?:(?:dat si|have|snist) )?neco (?:rychleho|na rychlo|narychlo)\b", "a quick bite"),
    (r"\bneco (?:snist|k jidlu|na zub|maleho)\b|\bnajist se\b", "eat out"),
    (r"\bmuze(?:a|i|ich|im)\b", "museums"), (r"\bmuze(?:um|u|em)\b", "museum"),
    (r"\bkostel(?:y|ich|um)\b", "churches"), (r"\bkostel(?:a|e|em|u)?\b", "church"),
    (r"\bkatedral\w*|\bbazilik\w*|\bkaple\b|\bkapli\b|\bchram\w*", "church"),
    (r"\bpark(?:y|ich|um)\b", "parks"), (r"\bpark(?:u|em)?\b", "park"), (r"\bzahrad\w*", "garden"),
    (r"\brestaurac\w*", "restaurant"), (r"\bhospod\w*|\bpivnic\w*", "pub"), (r"\bpizzeri\w*", "pizzeria"),
    (r"\bbistr\w*", "bistro"), (r"\bvinar(?:na|nu|ny|ne|nou|nach|en)\b", "wine bar"),
    (r"\bkavar(?:na|nu|ny|ne|nou|nach|en)\b|\bkavarnicku\b", "cafe"), (r"\bcukrar\w*", "pastry shop"),
    (r"\bpekar(?:na|nu|ny|ne|nou|en)\b|\bpekarstvi\b", "bakery"), (r"\bpivovar\w*", "brewery"),
    (r"\bbar(?:y|ech)\b", "bars"), (r"\bbar(?:u|em)?\b", "bar"),
    (r"\bobchod(?:y|ech|um)\b", "shops"), (r"\bobchod(?:u|e|em)?\b", "shop"),
    (r"\bsupermarket\w*", "supermarket"), (r"\blekar(?:na|nu|ny|ne|nou|en)\b", "pharmacy"),
    (r"\bbank(?:a|u|y|ce)\b", "bank"), (r"\bknihovn\w*", "library"),
    (r"\btrh(?:u|y|em)?\b|\btrzist\w*|\btrznic\w*|\bfarmarsk\w* trh\w*", "market"),
    (r"\bvyhlid(?:ka|ku|ky|ce|kou)\b|\brozhledn\w*", "viewpoint"), (r"\bzapad\w* slunce\b", "sunset"),
    (r"\boptik(?:a|u|y|e|ou)\b", "optician"),
    (r"\b(?:detsk\w* )?hrist(?:e|i)\b", "playground"), (r"\bkin(?:o|a|e|em)\b", "cinema"), (r"\bdivadl\w*", "theatre"),
    (r"\bgaleri(?:e|i|ich)\b", "gallery"), (r"\bpamat(?:ky|ek|kach)\b", "sights"), (r"\bpamat(?:ka|ku|ce)\b", "sight"),
    (r"\bpomnik\w*", "monument"), (r"\bzajimavost\w*", "sights"), (r"\bzam(?:ek|ku|kem)\b", "castle"),
    (r"\bhrad(?:u|e|em)?\b", "castle"), (r"\bknihkupectv\w*", "bookshop"),
    (r"\brychl\w* obcerstven\w*|\bkebab\w*|\bburger\w*|\bhranolk\w*", "fast food"),
    (r"\bpost(?:a|u|e|y)\b", "post office"),
    # counts ("jedna kavárna"), "no"
    (r"\bjed(?:en|na|no|nu|noho|ne)\b", "one"), (r"\bne\b", "no"),
    (r"\bpred (?=(?-i:[A-ZÀ-Ý])|Q\ue000)", "at "), (r"\bpred\b", "before"),
    (r"\bpo (?=(?:the |a )?(?:breakfast|brunch|lunch|dinner|coffee|museum|church|park|cinema|theatre|shopping)\b)",
     "after "),
    # the station ("od nádraží", "na nádraží", "u stanice Sydenham"), the name the map knows it by
    (r"\b(?:vlakov\w* )?nadrazi(?=\s+(?:(?-i:[A-ZÀ-Ý])|Q\ue000))", "Nadrazi"),
    (r"((?<![\w'-])(?!(?:od|z|ze|na|u|v|ve|do|k|ke|pred|vedle)\b)(?-i:[A-ZÀ-Ý])[\w'-]*|Q\ue000\d+\ue001) "
     r"(?:vlakove )?nadrazi\b", r"\1 station"),
    (r"\bstanic\w*(?=\s+(?:(?-i:[A-ZÀ-Ý])|Q\ue000))", "Stanice"),
    (r"\b(?:na|u|v|ve|vedle|pred) (?:vlakov\w* )?(?:nadrazi|stanic\w*)", "at the station"),
    (r"\b(?:z|ze|od) (?:vlakov\w* )?(?:nadrazi|stanic\w*)", "from the station"),
    (r"\b(?:do|k|ke) (?:vlakov\w* )?(?:nadrazi|stanic\w*)", "to the station"),
    (r"\b(?:vlakov\w* )?nadrazi\b|\bstanic\w*", "the station"),
    (r"\b(?:na|u|vedle)\s+(?=\d+(?:st|nd|rd|th)\b)", "at the "),
    # the prepositions of a place ("na Marienplatzu", "u Isartoru", "z Fells Point", "do kavárny", "na kafe")
    (r"\b(?:na|do) (?=(?:a )?(?:coffee|lunch|dinner|breakfast|brunch|a beer|a drink|ice cream|dessert|tea|pizza|"
     r"a glass of wine|a snack)\b)", "for "),
    (r"\b(?:v|ve)\s+(?=(?-i:[A-ZÀ-Ý])|Q\ue000)", "in "),
    (r"\b(?:na|u|vedle|naproti|blizko)\s+(?=(?-i:[A-ZÀ-Ý])|Q\ue000)", "at "),
    # from the hotel and its name ("od hotelu Admiral Fell Inn")
    (r"\b(?:z|ze|od)\s+(?:hotelu|penzionu|hostelu)\s+(?=(?-i:[A-ZÀ-Ý])|Q\ue000)", "from hotel "),
    (r"\b(?:z|ze|od)\s+(?=(?-i:[A-ZÀ-Ý])|Q\ue000)", "from "),
    (r"\b(?:do|k|ke)\s+(?=(?-i:[A-ZÀ-Ý])|Q\ue000)", "to "),
    (r"\b(?:do|na|k|ke)\b(?!')", "to"), (r"\b(?:v|ve)\b(?!')", "in"), (r"\bu\b(?!')", "at"),
    (r"\b(?:s|se)\b(?= \w)", "with"), (r"\b(?:z|ze)\b(?!')", "from"), (r"\b(?:se|si|mi|nam)\b", ""),
    # a drink had in a place is a visit to the place ("víno ve vinárně"); "as the first" said after the visit
    (r"\b(?:a glass of wine|a beer|a drink|coffee) (?:in|at) (?:the |a |some )?(wine bar|pub|bar|cafe|brewery)\b",
     r"a \1"),
    (r"\b(?:to |for )?(the \w+) ((?:[^\W\d]+ ){0,4}?)jako prvni\b", r"first \1 \2"), (r"\bjako prvni\b", "first"),
    # a time and a place opening a sentence ("V 10 u Pfarrkirche, pak ..."): where one is then; the place said
    # before the verb ("na nádraží přijedeme v 9:40"); "I" said with its verb ("já chci")
    (r"(?:^|(?<=[.!?;\n] ))at (\d{1,2}(?::\d{2})?) at (?=(?-i:[A-ZÀ-Ý])|Q\ue000)", r"at \1 i'm at "),
    (r"\b(at|from|to) the station (arriving|i start|i'm|we're|i'll be|we'll be)\b", r"\2 \1 the station"),
    (r"\bja (?=i want|i need|i have|i'm|i start|i must)", ""),
]

RULES["da"] = [
    # errands said by what one does ("hente medicin", "sende en pakke", "blive klippet", "vaske tøj", "købe ind",
    # "handle ind", "spise ude")
    (r"\bhente (?:min |en )?(?:medicin|recept)\b|\bmedicin\b|\bhovedpinepiller\b", "medicine"),
    (r"\bsende (?:en |et )?(?:pakke|brev|postkort)\b", "send a parcel"),
    (r"\b(?:blive|få mig|lade mig) klippe(?:t)?\b|\bklippe håret\b", "haircut"),
    (r"\bvaske tøj\b", "do the laundry"),
    (r"\b(?:købe|handle) (?:ind|mad|dagligvarer)\b|\bdagligvarer\b", "groceries"),
    (r"\b(?:gå ud og )?spise (?:ude|på restaurant)\b", "eat out"),
    # the meals: Danish "frokost" is lunch ("spise frokost", "morgenmad", "aftensmad", "middag", "en kop kaffe",
    # "en is")
    (r"\b(?:spise )?frokost(?:en)?\b", "lunch"), (r"\b(?:spise )?morgenmad(?:en)?\b", "breakfast"),
    (r"\b(?:spise )?(?:aftensmad|middag)(?:en)?\b", "dinner"),
    (r"\b(?:drikke |få |have )?(?:en )?kop kaffe\b|\bdrikke kaffe\b|\bkaffe\b", "coffee"), (r"\bkage\b", "cake"),
    (r"\b(?:en )?is\b|\bisbar\b|\bishus\b|\bisbutik\b", "ice cream"),
    (r"\bpølsevogn\w*|\bpølsebod\w*|\bgrillbar\w*", "fast food"), (r"\bbrugt tøj\b", "second-hand shop"),
    # a swimming bath, a brewery, the vet, a gym, a builders' market ("svømmehallen", "bryggeriet", "dyrlægen",
    # "fitnesscentret", "byggemarkedet"), the car filled up ("tanke bilen")
    (r"\bsvømmehal(?:l|len|ler|lerne)?\b", "swimming pool"), (r"\bbryggeri(?:et|er)?\b", "brewery"),
    (r"\bdyrlæge(?:n|r)?\b|\bdyreklinik\w*", "vet"), (r"\bfitnesscent(?:er|ret|eret)\b", "gym"),
    (r"\bbyggemarked(?:et)?\b", "hardware store"), (r"\btanke (?:op|bilen|benzin)\b", "get petrol"),
    # the common kinds of place, singular and plural ("en kirke", "to museer", "caféer", "så mange barer som muligt")
    (r"\bkirker\b", "churches"), (r"\bkirke\b", "church"), (r"\bmuseer\b", "museums"), (r"\bmuseum\b", "museum"),
    (r"\bparker\b", "parks"), (r"\bpark\b", "park"), (r"\bgallerier\b", "galleries"), (r"\bgalleri\b", "gallery"),
    (r"\brestauranter\b", "restaurants"), (r"\brestaurant\b", "restaurant"),
    (r"\bcaféer\b|\bcafeer\b|\bkaffebarer\b", "cafes"), (r"\bcafé\b|\bcafe\b|\bkaffebar\b", "cafe"),
    (r"\bbarer\b", "bars"), (r"\bbar\b", "bar"), (r"\bværtshus\b|\bbodega\b", "pub"),
    (r"\bbagerier\b", "bakeries"), (r"\bbageri\b|\bbager\b", "bakery"), (r"\bapotek(?:er)?\b", "pharmacy"),
    (r"\bsupermarked(?:er)?\b|\bdagligvarebutik\b|\bkøbmand\b", "supermarket"),
    (r"\bboghandler\b|\bboghandel\b", "bookshop"), (r"\bbutikker\b", "shops"), (r"\bbutik\b", "shop"),
    (r"\bbiblioteker\b", "libraries"), (r"\bbibliotek\b", "library"), (r"\bmarked\b|\btorvehal(?:ler)?\b", "market"),
    (r"\budsigtspunkt(?:er)?\b", "viewpoint"), (r"\blegeplads(?:er)?\b", "playground"),
    (r"\bbiograf(?:en)?\b|\bbio\b", "cinema"), (r"\bteat(?:er|ret|eret)\b", "theatre"),
    (r"\bseværdigheder\b", "sights"),
    (r"\bseværdighed\b", "sight"), (r"\bhæveautomat\b", "atm"),
    # goods bought ("købe en bog", "chokolade", "blomster", "frisk brød")
    (r"\bbøger\b", "books"), (r"\bbog\b", "book"), (r"\bchokolade\b", "chocolate"), (r"\bblomster\b", "flowers"),
    (r"\bfrisk(?:t)? brød\b", "fresh bread"), (r"\bbrød\b", "bread"), (r"\btøj\b", "clothes"),
    (r"\b(?:et )?sted at spise\b", "eat out"), (r"\bvinsmagning\b", "wine tasting"),
    (r"\bsouvenirer\b", "souvenirs"),
    # asking for a route, a walk, seeing, visiting and shopping ("kan du planlægge en tur", "gå en tur i X", "se",
    # "besøge", "handle")
    (r"\b(?:kan du )?(?:planlægge|lave|sammensætte|foreslå) (?:en |et )?(?:tur|rute|gåtur|program)\b", "plan a route"),
    (r"\b(?:gå )?(?:en )?(?:gåtur|slentretur)\b|\bgå en tur\b|\ben tur(?= (?:i|på|rundt|langs|til|ved)\b)", "a walk"),
    (r"\bse\b", "see"), (r"\bbesøge\b", "visit"), (r"\bhandle\b", "go shopping"),
    # the parts of the day, home, again ("i morgen eftermiddag", "hjemme igen")
    (r"\beftermiddag(?:en)?\b", "afternoon"), (r"\bformiddag(?:en)?\b", "morning"), (r"\baften(?:en)?\b", "evening"),
    (r"\bhjem(?:me)?\b", "home"), (r"\bigen\b", "again"),
    # the time one has and the words of a plan ("jeg har tre timer", "en halv time", "vi vil gerne")
    (r"\ben halv time\b", "half an hour"), (r"\b(?:en|et) time\b", "an hour"), (r"\btimer\b", "hours"),
    (r"\btime\b", "hour"), (r"\b(?:jeg|vi) har\b", "i have"),
    # wanting, with the verb of what one wants to do after it ("vil gerne se", "vil gerne have en is": wants one);
    # someone else's wish by name ("Mikkel vil have en kop kaffe")
    (r"\b((?!(?-i:Jeg|Vi|Du|De|Han|Hun|Man|Det|Der|Så|Og|Men|Hvis|Hvad)\b)(?-i:[A-ZÆØÅ])[\w-]+) (?:vil|ville) "
     r"(?:rigtig )?(?:gerne )?(?:have |få )?", r"\1 wants "),
    # the verb before its subject, after a time or a place said first ("I morgen vil vi gerne starte kl. 10")
    (r"\b(?:vil|ville) (?:jeg|vi) (?:rigtig )?(?:gerne )?", "i want to "), (r"\bskal (?:jeg|vi)\b", "i must"),
    (r"\b(?:starte|begynde)\b", "start"),
    # wanting, said by oneself
    (r"\b(?:(?:jeg|vi) )?(?:vil|ville) (?:rigtig )?(?:gerne )?(?:have|få)\b", "i want"),
    (r"\b(?:(?:jeg|vi) )?(?:vil|ville) (?:rigtig )?(?:gerne )?(?=(?!(?:en|et|i|på|til|ind|ud|med|noget|nogle|a|an|"
     r"the|in|at)\b)[^\W\d_]{2,}\b)", "i want to "),
    (r"\b(?:(?:jeg|vi) )?(?:vil|ville) (?:rigtig )?(?:gerne\b)?", "i want "),
    (r"\b(?:jeg|vi) kunne godt tænke (?:mig|os) at\b|\b(?:jeg|vi) har lyst til at\b", "i want to"),
    # the small words ("omkring kl. 10", "så", "fra", "ved", "hos", "i", "på", "og", "en")
    (r"\b(?:omkring|cirka|ca\.?)\s+(?=(?:kl\.?\s*)?\d)", "around "),
    # "så" before the next visit is "then"; "så mange", "så snart", "så vi kan" say something else
    (r"\b(?:og )?så\b(?!\s+(?:mange|meget|lidt|længe|snart|tidligt|sent|hurtigt|godt|vi kan|jeg kan|at|det)\b)",
     "then"),
    # where one comes from is no start ("vi er fire venner fra København", "jeg er fra Aarhus")
    (r"\b(er|venner|veninder|kolleger|familie|turister|gæster) fra\b", r"\1 of"),
    (r"\bi\b(?= (?:a|an|the|en|et|den|det|(?-i:[A-ZÆØÅÀ-Ý])))", "in"), (r"\bfra\b", "from"),
    (r"\bpå\b(?= (?:a|an|the|en|et|(?-i:[A-ZÆØÅÀ-Ý])))", "at"), (r"\bved\b|\bhos\b", "at"), (r"\bog\b", "and"),
    (r"\beller\b", "or"), (r"\bmed\b", "with"), (r"\btil (?=\d)", "by "), (r"\ben\b|\bet\b", "a"),
]
RULES["no"] = [
    # errands said by what one does ("hente medisin", "sende en pakke", "klippe håret", "vaske klær", "handle mat",
    # "spise ute")
    (r"\bhente (?:min |en |ei )?(?:medisin|resept)\b|\bmedisin\b|\bhodepinetabletter\b", "medicine"),
    (r"\bsende (?:en |et |ei )?(?:pakke|brev|postkort)\b", "send a parcel"),
    (r"\bklippe håret\b|\bklippe meg\b", "haircut"), (r"\bvaske klær\b", "do the laundry"),
    (r"\b(?:kjøpe|handle) (?:inn|mat|dagligvarer)\b|\bdagligvarer\b", "groceries"),
    (r"\b(?:gå ut og )?spise (?:ute|på restaurant)\b", "eat out"),
    # the meals: Norwegian "frokost" is breakfast ("spise lunsj", "frokost", "middag", "en kopp kaffe", "en is")
    (r"\b(?:spise )?lunsj(?:en)?\b|\b(?:spise )?lunch(?:en)?\b", "lunch"),
    (r"\b(?:spise )?frokost(?:en)?\b", "breakfast"), (r"\bbrunsj(?:en)?\b", "brunch"),
    (r"\b(?:spise )?(?:middag|kveldsmat)(?:en)?\b", "dinner"),
    (r"\b(?:drikke |ta |ha )?(?:en )?kopp kaffe\b|\bdrikke kaffe\b|\bkaffe\b", "coffee"), (r"\bkake\b", "cake"),
    (r"\b(?:en )?is\b|\biskrem\b|\bisbar\b|\biskiosk\b", "ice cream"),
    (r"\bpølsebod\w*|\bgatekjøkken\w*|\bgrillbar\w*", "fast food"),
    (r"\bbrukte klær\b|\bbruktbutikk\w*", "second-hand shop"),
    # a swimming bath, a brewery, the vet, a gym, the wine monopoly ("svømmehallen", "bryggeriet", "dyrlegen",
    # "treningssenteret", "Vinmonopolet")
    (r"\bsvømmehall(?:en|er|ene)?\b", "swimming pool"), (r"\bbryggeri(?:et|er)?\b", "brewery"),
    (r"\bdyrlege(?:n|r)?\b|\bdyreklinikk\w*", "vet"),
    (r"\btrenings(?:senter|senteret|studio|studioet)\b|\bfitnessenter(?:et)?\b", "gym"),
    (r"\bvinmonopol(?:et)?\b|\bpolet\b", "liquor store"),
    # the common kinds of place, singular and plural ("en kirke", "to museer", "kafeer", "så mange barer som mulig")
    (r"\bkirker\b", "churches"), (r"\bkirke\b", "church"), (r"\bmuseer\b", "museums"), (r"\bmuseum\b", "museum"),
    (r"\bparker\b", "parks"), (r"\bpark\b", "park"), (r"\bgallerier\b", "galleries"), (r"\bgalleri\b", "gallery"),
    (r"\brestauranter\b", "restaurants"), (r"\brestaurant\b", "restaurant"),
    (r"\bkafeer\b|\bkaféer\b|\bkaffebarer\b", "cafes"), (r"\bkafé\b|\bkafe\b|\bcafé\b|\bcafe\b|\bkaffebar\b", "cafe"),
    (r"\bbarer\b", "bars"), (r"\bbar\b", "bar"), (r"\bpuber\b", "pubs"),
    (r"\bbakerier\b", "bakeries"), (r"\bbakeri\b|\bbaker\b", "bakery"), (r"\bapotek(?:er)?\b", "pharmacy"),
    (r"\bsupermarked(?:er)?\b|\bmatbutikk\b|\bdagligvarebutikk\b", "supermarket"),
    (r"\bbokhandler\b|\bbokhandel\b", "bookshop"), (r"\bbutikker\b", "shops"), (r"\bbutikk\b", "shop"),
    (r"\bbiblioteker\b", "libraries"), (r"\bbibliotek\b", "library"), (r"\bmarked\b", "market"),
    (r"\butsiktspunkt(?:er)?\b", "viewpoint"), (r"\blekeplass(?:er)?\b", "playground"), (r"\bkino\b", "cinema"),
    (r"\bteater\b", "theatre"), (r"\bseverdigheter\b", "sights"), (r"\bseverdighet\b", "sight"),
    (r"\bminibank\b", "atm"),
    # goods bought ("kjøpe en bok", "sjokolade", "blomster", "ferskt brød")
    (r"\bbøker\b", "books"), (r"\bbok\b", "book"), (r"\bsjokolade\b", "chocolate"), (r"\bblomster\b", "flowers"),
    (r"\bfersk(?:t)? brød\b", "fresh bread"), (r"\bbrød\b", "bread"), (r"\bklær\b", "clothes"),
    (r"\b(?:et )?sted å spise\b", "eat out"), (r"\bvinsmaking\b", "wine tasting"),
    (r"\bsuvenirer\b|\bsouvenirer\b", "souvenirs"),
    # asking for a route, a walk, seeing, visiting and shopping ("kan du planlegge en tur", "gå en tur i X", "se",
    # "besøke", "handle")
    (r"\b(?:kan du )?(?:planlegge|lage|sette sammen|foreslå) (?:en |ei |et )?(?:tur|rute|gåtur|program)\b",
     "plan a route"),
    (r"\b(?:gå )?(?:en )?(?:gåtur|spasertur)\b|\bgå en tur\b|\ben tur(?= (?:i|på|rundt|langs|til|ved)\b)", "a walk"),
    (r"\bse\b", "see"), (r"\bbesøke\b", "visit"), (r"\bhandle\b", "go shopping"),
    # the parts of the day, home, again ("i morgen ettermiddag", "hjemme igjen")
    (r"\bettermiddag(?:en)?\b", "afternoon"), (r"\bformiddag(?:en)?\b", "morning"), (r"\bkveld(?:en)?\b", "evening"),
    (r"\bhjem(?:me)?\b", "home"), (r"\bigjen\b", "again"),
    # the time one has and the words of a plan ("jeg har tre timer", "en halv time", "vi vil gjerne")
    (r"\ben halv time\b", "half an hour"), (r"\b(?:en|ei|ett) time\b", "an hour"), (r"\btimer\b", "hours"),
    (r"\btime\b", "hour"), (r"\b(?:jeg|vi) har\b", "i have"),
    # wanting, with the verb of what one wants to do after it ("vil gjerne se", "vil gjerne ha en is": wants one);
    # someone else's wish by name ("Ola vil ha en kopp kaffe")
    (r"\b((?!(?-i:Jeg|Vi|Du|De|Han|Hun|Man|Det|Der|Så|Og|Men|Hvis|Hva)\b)(?-i:[A-ZÆØÅ])[\w-]+) (?:vil|ville) "
     r"(?:veldig )?(?:gjerne )?(?:ha |få )?", r"\1 wants "),
    # the verb before its subject, after a time or a place said first ("I morgen vil vi gjerne starte kl. 10")
    (r"\b(?:vil|ville) (?:jeg|vi) (?:veldig )?(?:gjerne )?", "i want to "), (r"\b(?:skal|må) (?:jeg|vi)\b", "i must"),
    (r"\b(?:starte|begynne)\b", "start"),
    # wanting, said by oneself
    (r"\b(?:(?:jeg|vi) )?(?:vil|ville) (?:veldig )?(?:gjerne )?(?:ha|få)\b", "i want"),
    (r"\b(?:(?:jeg|vi) )?(?:vil|ville) (?:veldig )?(?:gjerne )?(?=(?!(?:en|et|ei|ett|i|på|til|inn|ut|med|noe|noen|a|"
     r"an|the|in|at)\b)[^\W\d_]{2,}\b)", "i want to "),
    (r"\b(?:(?:jeg|vi) )?(?:vil|ville) (?:veldig )?(?:gjerne\b)?", "i want "),
    (r"\b(?:jeg|vi) har lyst til å\b", "i want to"),
    # the small words ("rundt klokka 10", "så", "fra", "ved", "hos", "i", "på", "og", "en")
    (r"\b(?:rundt|omkring|cirka|ca\.?)\s+(?=(?:kl\.?\s*|klokka\s+)?\d)", "around "),
    # "så" before the next visit is "then"; "så mange", "så snart", "så vi kan" say something else
    (r"\b(?:og )?så\b(?!\s+(?:mange|mye|litt|lenge|snart|tidlig|sent|raskt|godt|vi kan|jeg kan|at|det)\b)", "then"),
    # where one comes from is no start ("vi er to venninner fra Bergen", "jeg er fra Oslo")
    (r"\b(er|venner|venninner|kolleger|familie|turister|gjester) fra\b", r"\1 of"),
    (r"\bi\b(?= (?:a|an|the|en|ei|et|ett|den|det|(?-i:[A-ZÆØÅÀ-Ý])))", "in"), (r"\bfra\b", "from"),
    (r"\bpå\b(?= (?:a|an|the|en|ei|et|ett|(?-i:[A-ZÆØÅÀ-Ý])))", "at"), (r"\bved\b|\bhos\b", "at"), (r"\bog\b", "and"),
    (r"\beller\b", "or"), (r"\bmed\b", "with"), (r"\btil (?=\d)", "by "), (r"\ben\b|\bei\b|\bett\b|\bet\b", "a"),
]
#: Danish and Norwegian rules also read their words typed without "æ", "ø", "å"
_SPELT = {"da": nordic, "no": nordic}
_COMPILED = {lang: [(re.compile(_SPELT.get(lang, str)(loose(p)), re.IGNORECASE), r) for p, r in rules]
             for lang, rules in RULES.items()}


def _rule_words(lang: str, kinds_only: bool) -> set[str]:
    """The words of the rules of ``lang`` (only those rewritten into a kind of place, with ``kinds_only``)."""
    if kinds_only:
        return {w for w in _rule_kinds(lang) if len(w) >= 5}
    out = set()
    for pat, _repl in RULES.get(lang, []) + PHRASES.get(lang, []):
        out |= {w.lower() for w in re.findall(r"[^\W\d_]{5,}", re.sub(r"\\[a-zA-Z]", " ", pat))}
    return out


def _rule_kinds(lang: str) -> dict[str, str]:
    """The whole words of the rules of ``lang`` rewritten into a kind of place, with the lexicon word they become
    ("museo" -> "museum"; not "desayun(?:o|ar)")."""
    out: dict[str, str] = {}
    for pat, repl in RULES.get(lang, []) + PHRASES.get(lang, []):
        if isinstance(repl, str) and repl.strip() in LEX_MAP:
            for w in re.findall(r"(?:\\b|\||\(\?:|^)([^\W\d_]{4,})(?=\\b(?:\||\)|$))", pat):
                out[w.lower()] = repl.strip()
    return out


#: per language: the words its rules know, and those of them that name a kind of place (typos are matched to them)
_RULE_WORDS = {lang: frozenset(_rule_words(lang, False)) for lang in RULES}
_KIND_RULE_WORDS = {lang: sorted(_rule_words(lang, True)) for lang in RULES}
#: languages that write many words alike: a word of the rules of both is still one of each ("apotek", "bibliotek"),
#: and a tie between them goes to the one listed first in :data:`LANGUAGES` (Swedish, then Danish, then Norwegian)
KIN = {"sv": ("da", "no"), "da": ("sv", "no"), "no": ("sv", "da")}
#: per language: the words of its rules that no other language's rules know and English does not use
#: ("boulangerie", "bokhandel"); the detector counts them with the function words
_OWN_WORDS = {lang: frozenset(w for w in words if w not in STOPWORDS_EN and w not in LEX_MAP
                              and not any(w in _RULE_WORDS[o] for o in RULES
                                          if o != lang and o not in KIN.get(lang, ())))
              for lang, words in _RULE_WORDS.items()}
#: per language: everyday words of a spoken note that no other language read writes ("bin um 3 beim Park, aber
#: davor ...", "muss i wieder dort sein")
_SPOKEN = {"de": {"bin", "beim", "muss", "davor", "aber"},
           # Polish and Czech: the nouns of a trip in their everyday cases ("dworca", "kościoła", "nádraží", "oběd")
           "pl": {"dworca", "dworcu", "dworzec", "kościół", "kościoła", "kościele", "kościoły", "apteka", "apteki",
                  "aptece", "kawiarnia", "kawiarni", "restauracja", "restauracji", "piekarnia", "piekarni",
                  "księgarnia", "księgarni", "sklep", "sklepu", "muzea", "muzeów", "lody", "piwo", "kolacja",
                  "kolacji", "śniadanie", "spacer", "zabaw", "wracamy", "będę", "muszę", "musimy", "kończę", "z", "w",
                  "od", "przy", "oraz", "lub", "jest", "tak", "też", "jak", "czy", "muzeum", "targ"},
           "cs": {"nádraží", "kostel", "kostela", "kostely", "lékárna", "lékárnu", "lékárny", "kavárna", "kavárnu",
                  "kavárny", "restaurace", "restauraci", "pekárna", "pekárnu", "knihkupectví", "obchod", "oběd",
                  "večeře", "večeři", "snídaně", "zmrzlina", "zmrzlinu", "pivo", "hospoda", "hospodě", "vinárna",
                  "muzea", "hodin", "hodiny", "zpátky", "zpět", "nejdřív", "nakonec", "jsem", "jsme", "chci",
                  "chceme", "budu", "budeme", "procházka", "sraz", "končím", "v", "ve", "u", "z", "ze", "od", "jak",
                  "taky", "nebo", "už", "až", "muzeum", "trh"}}
#: Polish and Czech words that English spells alike ("i", "do", "a", "to"): no English evidence in a prompt of theirs
_ALIKE_IN_ENGLISH = {"i", "do", "a", "to", "no", "na"}
#: per language: every word the detector counts for it
_EVIDENCE = {lang: fw | set(MARKERS.get(lang, ())) | _OWN_WORDS[lang] | set(f"{DAYS[lang]} {_DAY_WORDS[lang]}".split())
             | _SPOKEN.get(lang, set()) for lang, fw in FUNCTION_WORD_SETS.items()}
for _lang in SLAVIC:  # Polish and Czech words typed with their diacritics or without
    _EVIDENCE[_lang] |= {tagschema.unaccented(w) for w in _EVIDENCE[_lang]}

def everyday_word(word: str, lang: str) -> bool:
    """Whether ``word`` (lower case) is a word the offline parser knows as one of ``lang`` or of English: a
    function or cue word, a day, a number, a word of the lexicon or of the rules of ``lang``."""
    return (word in ALL_FUNCTION_WORDS or word in STOPWORDS_EN or word in LEX_MAP or word in _RULE_WORDS.get(lang, ())
            or word in _EVIDENCE.get(lang, ()) or word in _NUMBERS.get(lang, "").split())


#: languages that write a kind of place as the last part of a compound ("Stadtbibliothek", "Domkyrkan")
COMPOUNDING = ("de", "sv", "nl", "fi", "da", "no")
#: keys of the kinds a compound may name ("Föreställning" holds no scaffolder's "ställning")
_VISITED_KEYS = {"amenity", "shop", "tourism", "leisure", "historic"}
#: endings the last part of a compound may carry: Swedish and Dutch definite, German and Dutch case or plural
_HEAD_ENDINGS = ("", "en", "et", "n", "t", "e", "er", "es", "s")


@lru_cache(maxsize=16)
def _kind_heads(lang: str) -> dict[str, str]:
    """Folded words of ``lang`` that name a kind of place: one-word terms of the tagging schema (a tag)
    and the words its rules rewrite into a kind (a category)."""
    out = {w: t for w, t in tagschema.phrase_index((lang,)).items()
           if " " not in w and len(w) >= 4 and t.split("=")[0] in _VISITED_KEYS}
    out.update({tagschema.fold(w): LEX_MAP[repl][0] for w, repl in _rule_kinds(lang).items()})
    if lang in ("sv", "da", "no"):  # a Swedish (Danish, Norwegian) noun in -um is definite in -et ("Stadsmuseet")
        out.update({w[:-2] + "et": k for w, k in list(out.items()) if w.endswith("um")})
    return out


#: compounding languages whose prompts read a capitalised name with the heads of the others as well, as the
#: languages that do not compound do ("Tuomiokirkko", "Frauenkirche" in a Danish or a Norwegian prompt)
_FOREIGN_NAMES_READ = ("da", "no")


def _compound_languages(lang: str, word: str) -> tuple[str, ...]:
    """The languages whose heads :func:`compound_kind` tries for ``word`` in a prompt in ``lang``, its own first."""
    if lang not in COMPOUNDING:
        return COMPOUNDING
    if lang in _FOREIGN_NAMES_READ and word[:1].isupper():
        return (lang, *(lg for lg in COMPOUNDING if lg != lang))
    return (lang,)


#: what the compounds of another language may name in a prompt: a category, or a tag of one that is no castle
_FOREIGN_HEADS = {*CATEGORIES, *(f"{k}={v}" for c in CATEGORIES.values() for k, vs in c.tags for v in vs if k != "historic")}
#: castles: towns are named after them, in every language ("Harrisburg", "Göteborg", "Hämeenlinna")
_TOWN_HEADS = {"historic=castle"}


#: the goods that begin a compound of goods and a word for a shop (:data:`SHOP_WORDS`: "Chokladbutik",
#: "Spielwarenladen", "bloemenwinkel", "lelukauppa", "chokoladebutik", "sjokoladebutikk"), folded, per kind (German,
#: Swedish, Dutch, Finnish, Danish, Norwegian)
_GOODS_SHOPS = {
    "shop=chocolate": "schokoladen schokolade choklad chocolade suklaa chokolade sjokolade",
    "shop=tea": "tee te thee",
    "shop=coffee": "kaffee kaffe koffie kahvi",
    "shop=florist": "blumen blomster blom bloemen kukka",
    "shop=toys": "spielwaren spielzeug leksaks leksak speelgoed lelu legetoj leketoy",
    "bookshop": "bucher buch bok boeken boek kirja bog bogs boger boker",
    "shop=shoes": "schuh sko skor schoenen schoen kenka",
    "shop=clothes": "kleider klader kleding vaate toj klaer kles",
    "shop=cheese": "kase ost kaas juusto",
    "shop=wine": "wein vin wijn viini",
    "shop=confectionery": "sussigkeiten susswaren godis snoep karkki slik godteri",
    "shop=seafood": "fisch fisk vis kala",
    "shop=greengrocer": "obst gemuse frukt groente hedelma vihannes",
    "shop=gift": "souvenir souvenirs geschenk present cadeau lahja",
    "shop=tobacco": "tabak tobak",
    "shop=sports": "sport sports",
}
_GOODS_STEM = {stem: kind for kind, stems in _GOODS_SHOPS.items() for stem in stems.split()}


def _goods_shop(f: str) -> str | None:
    """The kind of a folded compound of goods and a generic shop word ("chokladbutik" -> shop=chocolate), or ``None``."""
    head = next((h for h in SHOP_WORDS if f.endswith((h, h + "en", h + "n"))), None)
    if head is None:
        return None
    goods = f[:f.rfind(head)]
    for stem in (goods, goods[:-1] if goods.endswith(("s", "n", "e")) else goods):
        if stem in _GOODS_STEM:
            return _GOODS_STEM[stem]
    return None


def _short_goods_shop(base: str) -> bool:
    """Whether ``base`` is a shop of goods of a short word ("tebutikk"): inside a longer word ("platebutikk", a
    record shop) it is no head, the letters before it are the goods."""
    head = next((h for h in SHOP_WORDS if base.endswith(h)), None)
    return head is not None and len(base) - len(head) <= 3 and _goods_shop(base) is not None


def compound_kind(word: str, lang: str) -> str | None:
    """The kind of place the last part of a compound names, a category or a tag ("Nationalbibliothek" ->
    library, "Domkyrkan" -> church, "Kansallismuseo" -> museum), or ``None``. A prompt in a language that
    does not compound reads, in a capitalised word, the categories of those that do (names such as
    "Frauenkirche", "Hofgarten"), not their rarer kinds; no language's castles (towns are named after
    them: "Harrisburg", "Göteborg")."""
    if lang not in COMPOUNDING and lang not in SLAVIC and not word[:1].isupper():
        return None  # a Polish or Czech prompt writes a foreign compound as it comes ("2. stadtmuseum")
    f = tagschema.fold(word)
    if lang in COMPOUNDING and (shop := _goods_shop(f)):
        return shop
    for lg in _compound_languages(lang, word):
        heads = _kind_heads(lg)
        for i in range(3, len(f) - 3):
            for end in _HEAD_ENDINGS:
                base = f[i:len(f) - len(end)]
                if f.endswith(end) and len(base) >= 4 and base in heads and heads[base] not in _TOWN_HEADS and \
                        (lg == lang or heads[base] in _FOREIGN_HEADS) and not _short_goods_shop(base):
                    return heads[base]
    return None


#: meeting someone somewhere, per language: the verbs, the prepositions of the place, an article that may follow
_MEETING = [
    (r"(?:(?:he|hemos|ha) quedado|quedé|quedo|quedamos) con", r"en|a|al", r"(?:la\s+|el\s+)?"),
    (r"(?:(?:he|hem|ha) quedat|quedo|quedem) amb", r"a|al|a la|en", r"(?:la\s+|el\s+|en\s+)?"),
    (r"(?:máme|mám|mame|mam) sraz s(?:e)?", r"u|na|v|ve|před", ""),
    (r"encontro|encontramos|vou encontrar|vamos encontrar", r"no|na|em", ""),
    (r"(?:ska |skall )?träffa[r]?", r"vid|på|i", ""),
    (r"(?:skal )?(?:møde|møder|mødes med|treffe|treffer|møte|møter)", r"ved|på|i", ""),
    (r"je retrouve|on retrouve|nous retrouvons|retrouver|je rejoins|rejoindre", r"à|au|à la|aux", ""),
    (r"incontro|incontriamo|incontrare|vedo|vediamo", r"a|al|alla|in", ""),
]


#: leaving, said with the infinitive, and the word "from" after it, in the Romance languages read ("salir del",
#: "partire dalla", "sortir de l'")
_LEAVE_INF = r"(?<!\bà )(?<!\ba )\b(?:partir|salir|sair|partire|sortir|uscire)\s+"
_OUT_OF = r"(?:del|dal|dalla|dallo|dos|das|do|da|de la|de l'|du|des|de|d')(?:\s+|(?<=')(?=\w))"


#: "only" before an amount of time, in the languages read ("ich habe nur zwei Stunden", "ho solo un'ora")
_ONLY = (r"only|just|nur|bloß|lediglich|seulement|solo|sólo|solamente|apenas|só|somente|soltanto|només|bara|endast|"
         r"vain|ainoastaan|maar|alleen|slechts")
#: "from the" in the Romance languages and German, the longer forms first ("dalla", "de la", "vom", "von der")
_FROM_THE = r"dalla|dallo|dal|da|de la|de l'|du|des|del|de|d'|do|dos|das|vom|von der|von"
#: drinks and outings said alike in every language read, rewritten before the rules of each language
#: a means of transport, in the languages read, as said with arriving by it or taking it somewhere ("chego de trem",
#: "je prends le métro jusqu'à")
_RIDES = (r"(?:trem|comboio|tren|treno|train|autobús|autobus|ônibus|autocarro|bus|barco|bateau|avião|avión|aereo|"
          r"avion|coche|carro|auto|voiture|tåg|tåget|buss|båt|métro|metro|tram|tranvía|rer|navette|vaporetto)")
_SHARED = [(re.compile(loose(p), re.IGNORECASE), r) for p, r in [
    # a record shop and design shops, in every language read ("uma loja de discos", "una botiga de discos", "un
    # negozio di dischi", "een platenzaak", "so viele Designläden wie möglich")
    (r"\b(?:lojas? de discos|botigues? de discos|tiendas? de discos|disquer[ií]as?|negozi[oi] di dischi|"
     r"platenzaak\w*|platenwinkels?|platebutikk\w*|pladebutik\w*)\b", "record shop"),
    (r"\b(?:design(?:läden|laden|geschäfte?|butik(?:en|er|erna)?|kaup(?:pa|at|poja|poihin|passa)|winkels?)|"
     r"boutiques? de (?:design|créateurs)|tiendas? de diseño|lojas? de design|negozi[oi] di design|"
     r"botigues? de disseny)\b", "design shops"),
    # a picnic, in every language read ("ein Picknick", "pique-niquer", "si udělat piknik", "picknicken"), not the
    # place said for it ("une aire de pique-nique", "un'area picnic", "una zona de pícnic")
    (r"\bzum picknick(?:en)?\b", "for a picnic"),
    (r"(?<!\bde )(?<!\bdi )(?<!\barea )(?<!\baree )(?<!\bàrea )(?<!\bàrees )\b(?:picknick(?:en|a)?|pique-niquer|"
     r"pique-nique|piquenique|piknik(?:ki|oida|ować)?|pícnic|picnic)\b", "picnic"),
    # a massage, in every language read ("un masaje", "un massaggio", "un massatge", "uma massagem")
    (r"\b(?:masajes?|massaggi[oi]?|massatges?|massagens?)\b", "massage"),
    # shopping, in every language read
    ((r"\b(?:ir de compras|hacer compras|fazer compras|ir às compras|"
      r"(?:las|the|unas|umas|algunas|algumas|unes|algunes|mica de|poco de|pouco de) compr(?:as|es)(?!\s+d[aeo]l?\b)|"
      r"anar de compres|fare shopping|faire du shopping|compr(?:as|es)(?= (?:per|por|pela|pelo|pelas|pelos)\b)|"
      r"faire les (?:magasins|boutiques)|shoppen|bummeln|shoppa|winkelen|shoppailemaan|shoppailla|lojas|tiendas|"
      r"negozi|botigues|boutiques|butiker|winkels|shoppe)\b"), "shopping"),
    # the time one has, said with a verb of having, "only" perhaps, before an amount of time ("Tenim 75 minutes",
    # "Wir haben 45 minutes", "tenemos tres horas para", "ho solo 90 minutes", "je n'ai qu'une heure", "on dispose de
    # deux heures")
    (r"\b(?:tenim|tinc|tenemos|tengo|tenho|temos|abbiamo|ho|j'ai|on a|nous avons|wir haben|haben wir|ich habe|"
     r"habe ich|vi har|jag har|har vi|har jag|we hebben|hebben we|ik heb|heb ik|meillä on|minulla on|aikaa on|aikaa|"
     r"jeg har|har jeg|(?<=\bog )har|"
     # the same with the pronoun left out, as one says it ("und hab zwei Stunden", "och har två timmar")
     r"(?<=\bund )hab|(?<=\bund )habe|(?<=\boch )har|(?<=\ben )heb|mulla on|meillä|"
     r"(?:je |on |nous )?n'(?:ai|a|avons) qu(?:e|(?='))|(?:on |je |nous )?dispos(?:e|ons) d(?:e|(?='))|"
     r"disponemos de|dispongo de|dispomos de|disponho de|disposem de|disposo de|disponiamo di|dispongo di"
     r"|i have|we have)(?:\s+|')(?:(?:" + _ONLY + r")\s+)?(?:(?:une|un|una|uma|um|ein|eine|en|ett|een)\s+(?=\d))?"
     r"(?=(?:[^\W\d_]+\s+){0,3}?(?:\d+\s*)?(?:" + UNITS + r"|heure|ora|tunti)\b)",
     "we have "),
    (r"\b(?:wir haben|haben wir)\b|(?<=\bund |\band )haben\b", "we have"),  # "... und haben 90 Minuten"
    # the first hour of the day said with "from" or "between" ("a partir de las 10", "a partir das 10h", "zwischen
    # 10 und 17 Uhr", "mellan 10 och 17", "tussen 10 en 17 uur")
    (r"\b(?:a partir de(?: las| les)?|a partir d(?:as|os|els)|à partir de|a partire dalle)\s+(?=\d)", "from "),
    (r"\b(?:zwischen|mellan|tussen|mellem|mellom)\s+(?=\d)", "between "),

    (r"(?<!\w)vóór(?!\w)", "before"),  # Dutch "before", with its accent ("het museum vóór de lunch")
    (r"\binsgesamt\b", "in total"),
    (r"\b(?:inom|entro|binnen|dentro de|en menos de|em menos de|inden for|innenfor)\s+"
     r"(?=\d+\s+(?:minut|hour|timm|tunn|or[ae]|hor|uur|timer))",
     "within "),
    (r"\bminuter\b|\bminuuttia\b|\bminuten\b|\bminutos\b|\bminuti\b|\bminuts\b|\bminutter\b", "minutes"),
    # "um 11" in a prompt that mixes languages
    (r"\bum\s+(?=\d)", "at "),
    # "about" said in every language read ("j'ai environ 2 heures", "we hebben ongeveer twee uur")
    (r"\b(?:environ|à peu près|etwa|ungefähr|ca\.?|circa|unos|unas|umas|uns|unes|cerca de|aproximadamente|"
     r"più o meno|ungefär|omkring|noin|suunnilleen|ongeveer|zo'n|approx\.?|omtrent|cirka)"
     r"(?=\s+(?:\d|[^\W\d_]+\s+(?:" + UNITS + r")\b))",
     "about"),
    # hours "free" said in every language read ("dos horas libres", "zwei Stunden frei", "två timmar ledigt")
    (r"\b(" + UNITS + r")\s+(?:libres?|livres?|liber[ioae]|lliures?|frei|vrij|ledig[at]?|vapaata|vapaana|fri|ledige)\b",
     r"\1 free"),
    (r"\b(?:una|uma|une|un|eine?|en|ett) (?:copa|copo|verre|bicchiere|glas|drink|drinkki)\b|\bet glass?\b", "a drink"),
    (r"\b(?:unas|unos|umas|uns|des|quelques|alcuni|qualche|unes|algunes|ein paar|några|een paar|pari) "
     r"(?:copas|copos|copes|verres|bicchieri|drinks|drinkar|drinkjes|drinkkiä)\b", "drinks"),
    # a starting point, named so in every language read ("Lähtöpaikka Mariatorget", "Point de départ : ...")
    (r"\b(?:lähtöpaikka|lähtöpiste|punto de partida|point de départ|ponto de partida|punto di partenza|"
     r"punt de sortida|ausgangspunkt|startpunkt|utgångspunkt|startplats|startpunt|vertrekpunt|udgangspunkt|"
     r"utgangspunkt|startsted)\b(?:\s*:)?",
     "starting point:"),
    # ending at a place, and the end or the arrival there, in every language read ("acabar no Coliseu",
    # "acabar a Caldea", "Fin au Square X", "Ankunft in Bindlach", "sluta vid Mariatorget")
    (r"\b(?:(?:acabar|acabo|acabamos|acabem|acabarem|acabaré|terminar|terminamos|terminem|finir|finis|finit|"
     r"termina|terminam|terminan|acaba|acabam|acaban|finiamo|terminiamo|"  # "a gente termina na Afonso Pena"
     r"finissons|terminer|termine|terminons|finire|finisco|finiamo|terminare|sluta|slutar|avsluta|avslutar|eindigen|"
     r"eindig|eindigt|enden|fin|fim|final|fine|einde|slut|slutte|slutter|slutt|afslutte|afslutter|avslutte|avslutter)"
     r"\s*:?\s+(?:au|aux|à la|à l'|à|a la|a l'|al|a|en|em|no|na|"
     r"nos|nas|ao|alla|allo|all'|in|am|an der|im|beim|vid|på|i|bij|op|aan de|in de|at|ved)|"
     # "arrivo" alone is "I arrive" ("Arrivo a Place d'Armes alle 12:30"): the start; "l'arrivo" the end
     r"(?:ankunft|ankomst|aankomst|arrivée|llegada|chegada|l'arrivo|arribada)\s+(?:in|am|an der|im|beim|à la|à l'|au|"
     r"aux|à|a la|a l'|al|a|en|em|no|na|ao|alla|all'|i|vid|på|till|bij|op|te|in de|ved|til))"
     r"(?:\s+|(?<='))(?=(?-i:[A-ZÀ-Ý])|Q\ue000)", "ending at "),
    # ending by a time at a place ("Dobbiamo finire entro le 15 al Viktualienmarkt", "terminar antes de las 6 en X")
    (r"\b(?:finire|finiamo|terminare|acabar|acabamos|terminar|terminamos|finir|finissons|terminer|sluta|avsluta|"
     r"eindigen|enden|fim|final|slutte|afslutte|avslutte)\s+((?:by|before|until|at)\s+\d{1,2}(?::\d{2})?)\s+"
     r"(?:al|alla|allo|a|à|au|aux|à la|en|em|no|na|ao|am|im|an der|beim|vid|på|i|bij|op|in|at|ved)\s+"
     r"(?=(?-i:[A-ZÀ-Ý]))", r"\1 ending at "),
    # ending with a visit, in every language read ("acabar amb un sopar", "finir par un musée", "avsluta med fika")
    (r"\b(?:acabar|acabant|acabem|acabo|acabamos|acabando|terminar|terminando|terminamos|termino|finir|finissant|"
     r"terminer|finire|finiamo|terminare|concludere|avsluta|avslutar|eindigen|eindig|afsluiten|afslutte|avslutte|"
     r"slutte af|slutte)\s+"
     r"(?:amb|con|com|par|med|met)\b", "ending with"),
    # meeting someone somewhere, in every language read: a place to be at, the end ("he quedado con mi hermana en
    # Caldea", "encontro meu marido no Parque", "ska träffa min syster vid ...", "je retrouve une amie au ...",
    # "je retrouve des amis place de la Bastille": a place noun with no preposition)
    *((r"\b(?:" + verbs + r")\s+((?:[^\W\d_]+\s+){1,3}?)(?:(?:" + preps + r"|at)\s+" + article +
       r"(?=(?-i:[A-ZÀ-Ý]))|(?=(?:" + "|".join(sorted(PLACE_NOUNS)) +
       r")\s+(?:(?:de|del|di|da|do|du|des|la|le|l')\s*)*(?-i:[A-ZÀ-Ý])))",
       r"i must meet \1at ") for verbs, preps, article in _MEETING),
    # seeing each other at a place, in every language read ("nos vemos en X", "on se retrouve au X", "ens veiem a
    # X", "wir sehen uns am X", "we zien elkaar bij X"): a meeting place
    # (a time may come first: "Treffen uns um 13 Uhr am X", "A gente se encontra no X")
    (r"\b(?:nos vemos|nos encontramos|ens veiem|ens trobem|on se (?:retrouve|voit)|nous nous retrouvons|"
     r"wir sehen uns|(?:wir )?treffen uns|treffen wir uns|(?:a gente )?se encontra|(?:we|wij) zien elkaar|"
     r"vi (?:ses|mødes|møtes|treffes))\s+"
     r"((?:(?:at|à|às|a las|a les|alle|om|kl\.?)\s+)?\d{1,2}:\d{2}\s+)?"
     r"(?:en la|en el|en|no|na|em|a la|a l'|al|a|à la|à l'|au|aux|à|am|an der|"
     r"im|beim|vor dem|vor der|bij|op|in|aan|at|ved|på|foran)(?:\s+|(?<='))(?=(?-i:[A-ZÀ-Ý])|Q\ue000)", r"meet \1at "),
    # taking out cash, in every language read: a cash machine ("Geld abheben", "retirer de l'argent")
    (r"\b(?:(?:geld|bargeld) (?:abheben|holen|ziehen)|(?:retirer|tirer) (?:de l'argent|des (?:sous|espèces|billets))|"
     r"(?:sacar|retirar) (?:dinero|efectivo|pasta|dinheiro|pelas)|(?:levantar|tirar) (?:dinheiro|grana)|"
     r"prelevare(?: (?:soldi|contanti))?|ritirare (?:soldi|contanti)|treure (?:diners|calés)|nostaa rahaa|"
     r"ta ut (?:pengar|kontanter)|(?:geld )?pinnen|geld (?:opnemen|halen)|hæve (?:penge|kontanter)|"
     r"ta ut (?:penger|kontanter))\b", "get cash"),
    # renting bikes, said in every language read: a bicycle rental
    (r"\b(?:louer (?:des|un) vélos?|alquilar (?:unas |una )?(?:bicis?|bicicletas?)|alugar (?:umas |uma )?bicicletas?|"
     r"noleggiare (?:le |una |delle )?bici(?:clette|cletta)?|(?:fahrräder|räder|ein fahrrad|ein rad) (?:mieten|leihen|ausleihen)|"
     r"hyra (?:cyklar|en cykel)|fietsen huren|een fiets huren|vuokrata (?:pyörät|pyöriä|pyörä)|"
     r"leje (?:cykler|en cykel)|leie (?:sykler|en sykkel)|"
     r"llogar (?:bicicletes|una bicicleta))\b", "rent a bike"),
    # a glass of wine or of port, a draught beer, a drink on a terrace, in the languages read ("ein Glaserl Grünen
    # Veltliner", "um copo de vinho do Porto", "um fino", "uma imperial", "een terrasje", "ein Craft-Bier")
    (r"\b(?:(?:ein|um|uma|un|una|een|ett|et|en)\s+)?(?:glas(?:erl)?|gläschen|achterl|copo|copa|bicchiere|calice|verre|"
     r"glaasje)\s+(?:(?:de|di|van|med|of)\s+)?(?:vinho|vino|vin|wein|wijn|weißwein|rotwein|grünen veltliner|veltliner|"
     r"sekt|porto|port|portwein)\b", "a glass of wine"),
    (r"\b(?:um fino|uns finos|uma imperial|umas imperiais|een pilsje)\b", "a beer"),
    (r"\b(?:een )?terrasje(?: pakken| doen)?\b", "a drink on a terrace"), (r"\bcraft-bier(?:e)?\b", "craft beer"),
    (r"\b(?:cervesa|cerveza|cerveja|birra|bière|biere|bier|öl|olut|oluelle|oluella|kalja|biertje|øl|fadøl)\b",
     "beer"),
    (r"\b(?:cervesetes|cervezas|cervejas|birre|bières|biere|biertjes)\b", "beers"),
    (r"\b(?:vinet|vin|vino|vinho|wein|viini|viiniä|wijn)\b(?= (?:en|à|a|in|i|på|em|no|na|al|au|im|bei))",
     "wine"),
    # a means of transport leaving ("o autocarro para Madrid sai do terminal às 19h", "el de vuelta sale del mismo
    # sitio", "il treno riparte alle 17", "le car part de la gare routière"): when the trip must end
    (r"\b(" + VEHICLES + r")\b([^.;!?]{0,40}?)\s+(?:sai|saem|sale|salen|surt|surten|parte|partono|part|repart|riparte|"
     r"sairá|saldrá|partira)\s+(?:(?:del|dal|dalla|dallo|dos|das|do|da|de la|de l'|de|d'|du)(?:\s+|(?<=')(?=\w)))?",
     r"\1\2 leaves from "),
    # leaving from a place, in the present, the future or as an imperative ("salgo del", "partiremos do", "je partirai
    # de l'Église", "sal de Oberlin", "esci dalla")
    (r"\b(?:salgo|saliendo|sortim|sortint|surto|parto|partimos|partendo|saio|saímos|saindo|sai|saem|sale|salen|surt|"
     r"surten|parte|partono|saldré|saldremos|saldrá|sal|partiré|partiremos|sairei|sairemos|sairá|partirei|partiremos|"
     r"partirai|partirons|partira|pars|partez|partirò|partiremo|partirà|parti|esci|uscirò|usciremo|sortiré|sortirem|"
     r"sales|sais|surts|sors|salís|saís)\s+"
     r"(?:del|dal|dalla|dallo|dos|das|do|da|de la|de l'|de|d')(?:\s+|(?<=')(?=\w))", "from "),
    # leaving a named place, said with the infinitive ("je voudrais partir de la Mairie", "quiero salir del Museo",
    # "voglio partire da Piazza X"); "à partir de", "a partir das" say a time
    (_LEAVE_INF + _OUT_OF + r"(?=(?-i:[A-ZÀ-Ý]))", "leaving from "),
    # the same with the time between ("salir a las 17:00 del hotel Carlton Plaza", "partire alle 10 dalla Piazza")
    (_LEAVE_INF + r"((?:a las|a la|a les|alle|às|à|vers|hacia|sobre las|verso le)\s+\d{1,2}(?:[:.h]\d{2})?(?:\s*h)?)\s+"
     + _OUT_OF + r"(?=(?-i:[A-ZÀ-Ý])|(?:hotel|hostel|albergo|hôtel)\s+(?-i:[A-ZÀ-Ý]))", r"leaving \1 from "),
    # dropped off somewhere by a bus or a car ("the bus drops us at the national bus station"): the start
    (r"\b(?:drops?|dropping|dropped)\s+(?:us|me|them|her|him)\s+(?:off\s+)?(?:at|in)\s+", "arriving at "),
    # leaving, and coming out of a place one is in ("on part du", "je sors de la bibliothèque à 17h"): the start
    (r"\b(?:(?:il|elle|on) part|je sors|on sort|nous sortons) (?:de la|de l'|du|des|de|d')(?:\s+|(?<=')(?=\w))",
     "starting from "),
    # being at a place by a time, where the trip ends ("et doit être à Oberkampf à 14 h", "ed essere a Tillman
    # Park entro mezzogiorno", "i ser a Canillo", "moeten we in Colonial Park zijn", "sind wir in Bindlach verabredet")
    (r"\b(?:et|doit|dois|doivent|devons|devez|ed|e|i|y)\s+(?:être|essere|ser|estar)\s+(?:à|au|a|in|al|alla|en)\s+"
     r"(?=(?-i:[A-ZÀ-Ý]))", "and i must be at "),
    # having to or wanting to be or arrive at a place, where the trip ends ("Il faut être Place X à 17h", "quero estar
    # na Sé", "He d'arribar a l'Estació X", "tengo que estar en la Plaza X")
    (r"(?:\b(?:il faut|faut|quero|queremos|preciso|precisamos|tenho de|tenho que|temos de|temos que|quiero|necesito|"
     r"tengo que|tenemos que|vull|volem|voglio|vogliamo|devo|dobbiamo)\s+|\b(?:he|hem|haig) d')"
     r"(?:être|estar|ser|essere|arribar|arriver|llegar|chegar|arrivare)\s+"
     r"(?:(?:à la|à l'|à|au|a la|a l'|al|a|ao|na|no|em|en la|en el|en|in|alla|allo|all'|at)(?:\s+|(?<=')))?"
     r"(?=(?-i:[A-ZÀ-Ý])|Q\ue000)", "i must be at "),
    # picking someone up somewhere, in French ("à 17h faut que je récupère ma fille place d'Armes", "on récupère
    # les enfants à l'école Saint-Charles"): where the trip ends
    (r"\b(?:je|on|nous) (?:récupère|récupérons|dois récupérer|vais récupérer|doit récupérer|passe prendre|"
     r"passerai prendre) (?:ma|mon|mes|notre|nos|les|la|le) [^\W\d_]+ (?:(?:à la|au|aux|à|devant le|devant la|"
     r"devant)\s+|à l')?(?=(?-i:[A-ZÀ-Ý])|Q\ue000|(?:place|rue|gare|square|parc|pont|quai)\b)", "i must be at "),
    # someone needing or looking for goods, which name the shop ("mon fils a besoin de chaussures", "mi cuñada busca
    # perfumes", "a avó precisa de óculos", "la nonna ha bisogno di scarpe", "Tom sucht Turnschuhe"); not one picked
    # up ("te busco a las 5"), not trying ("cerca di"), not needing to be somewhere ("precisa de estar")
    (r"(?:\b(?:a|ai|as|avons|avez|ont) besoin (?:de |d'|des )|"
     r"(?<!\bte )(?<!\bnos )(?<!\bme )(?<!\bos )(?<!\blo )(?<!\bla )\b(?:busca|buscan|buscamos|necesita|necesitan|"
     r"necesitamos|necessita|necessiten|necessitem)\s+|\b(?:precisa|precisam|precisamos|preciso) de |"
     r"\b(?:procura|procuram|procuramos)\s+(?!(?:de|por)\b)|\b(?:ha|hanno|abbiamo|ho) bisogno di |"
     r"\b(?:sucht|suchen)\s+(?!(?:nach|sich|uns|dich|mich|euch)\b))"
     r"(?![^\W\d_]+(?:ar|er|ir|re|ère|ôr)\b)", "needs "),  # not a verb: "precisamos de comprar", "besoin d'aller"
    # having to catch a ride at a place, where the trip ends ("je dois prendre le métro à X", "devo prendere il
    # treno a X"; Spanish and Portuguese in their phrase rules)
    (r"\b(?:je dois|nous devons|on doit|il faut|devo|dobbiamo)\s+(?:prendre|attraper|prendere)\s+"
     r"(?:le|la|l'|mon|notre|un|une|il|lo|il mio)\s*(?:métro|metro|train|treno|bus|autobus|tram|rer|navette|bateau|"
     r"traghetto|vaporetto)\s+(?:à la|à l'|à|au|a|alla|al)(?:\s+|(?<='))(?=(?-i:[A-ZÀ-Ý])|Q\ue000)", "i must be at "),
    (r"\b(?:moeten|moet) (?:we|wij|ik) (?:in|bij|op|aan) ((?-i:[A-ZÀ-Ý])[\w'-]*(?:\s+(?-i:[A-ZÀ-Ý])[\w'-]*)*) zijn\b",
     r"i must be at \1"),
    # setting off from a place, said with a German verb whose particle comes last ("Wir fahren um 10 Uhr in
    # Neudrossenfeld los", "fang um 14 Uhr beim Bahnhof an", "wir gehen ab 9 vom Marienplatz los")
    (r"\b(?:fang|fange|fangt|fangen|fahre|fahren|fahrt|gehe|gehen|geht|laufe|laufen|lauft)(?: (?:wir|ich|ihr))? "
     r"((?:um|ab|gegen|at|from|around) [\w:.]+(?: uhr)? )?(?:am|im|beim|at|an der|vom|von der|in|bei der|bei) "
     r"((?-i:[A-ZÄÖÜ])[\w'-]*(?:\s+(?-i:[A-ZÄÖÜ])[\w'-]*)*) (?:an|los)\b", r"start \1at \2"),
    # having to be at a place, the verb last ("muss ich spätestens dann am Hauptbahnhof sein", "müssen wir um 6
    # wieder beim Dom sein"): where the trip ends
    (r"\b(?:muss|müssen|sollte|sollten|musst|müsst|solltest|solltet) (?:ich|wir|du|ihr) ((?:[\w:.]+ ){0,4}?)"
     r"(?:am|im|beim|an der|bei der|in der) ((?-i:[A-ZÄÖÜ])[\w'-]*(?:\s+(?-i:[A-ZÄÖÜ])[\w'-]*)*) sein\b",
     r"\1i must be at \2"),
    # an event starting, said with the German separable verb ("der Film fängt um acht an"): when it begins
    (r"\b(fängt|fangen) ((?:um|gegen) [\w:.]+(?: uhr)?) an\b", r"beginnt \2"),
    # being back, said to someone ("Um sechs seid ihr wieder am Gärtnerplatz", "bist du aber wieder am Hohen Markt")
    (r"\b(?:bist du|seid ihr) ((?:[\w:.]+ ){0,3}?)wieder (?:am|im|beim|an der|bei der|in der) "
     r"(?=(?-i:[A-ZÄÖÜ]))", r"\1i must be back at "),
    (r"(?:\b(?:sind|bin) (?:wir|ich) (?:in|am|an der|im|beim)|\bi'm at|\bwe're at) "
     r"((?-i:[A-ZÄÖÜ])[\w'-]*(?:\s+(?-i:[A-ZÄÖÜ])[\w'-]*)*)"
     r" (?:verabredet|verabredet sein|zum essen verabredet)\b", r"i must be at \1"),
    (r"\b(?:per le|per l'|pour|para las|para la|per a les|per les)\s*(?=\d)", "by "),
    (r"\b(?:rendez-vous|rdv)\b(?! (?:au|à|a|aux)\b)", "meet at"),
    (r"\b(?:desde|des de|des del|des dels|depuis|dès|vanaf|vanuit|från)\b(?: (?:la|le|el|de|het|l')\b)?\s*", "from "),
    (r"\b(?:partenza|départ|salida|partida|saída|sortida|abfahrt|avgång|lähtö|vertrek) (?:" + _FROM_THE +
     r"|från|van|vanaf)(?:(?<=')|\b)\s*",
     "starting from "),  # not "départ demain"
    (r"\b(?:partenza|départ|salida|partida|saída|sortida|abfahrt|avgång|lähtö|vertrek)\b(?= (?:(?:demain|domani|"
     r"mañana|amanhã|demà|morgen|imorgon|huomenna|morgens) )?(?:alle|à|a las|às|a les|um|kl|klo|kello|om|\d))",
     "starting"),  # "Départ demain à 10h du centre"
    (r"\b(?:afgang|avgang) fra\s+", "starting from "),
    (r"\b(?:afgang|avgang)\b(?= (?:kl|klokken|klokka|at|\d))", "starting"),
    (r"\b(?:vi (?:börjar|startar|går ut|utgår)|on (?:commence|part|démarre)|nous (?:commençons|partons)|empezamos|"
     r"comenzamos|salimos|partimos|começamos|saímos|cominciamo|partiamo|iniziamo|comencem|sortim|partim|"
     r"saldríamos|saldremos|partiríamos|empezaríamos|sairíamos|sairemos|partiríem|sortiríem|partirions|partiremmo|"
     r"aloitamme|lähdemme|(?:wir|und) (?:starten|beginnen|fangen|gehen los)|(?:we|wij) (?:beginnen|starten|vertrekken)|"
     r"starten wir|beginnen wir|starte ich|beginne ich|"
     r"vi (?:starter|begynder|begynner|tager afsted|drar))\b",
     "we start"),
    # starting, said to someone else ("Empiezas en Grace Church", "Começas na Trindade", "Tu démarres à Fontvieille")
    (r"\b(?:empiezas|comienzas|começas|comences|commences|démarres|cominci|inizi|startest|beginnst|aloitat|"
     r"begin je|je begint|du börjar|börjar du|du starter|starter du|du begynder|du begynner)\s+"
     r"(?=(?:en|na|no|em|à|a|au|in|bij|om|vid|på|am|im|dal|dalla|da|de|des|du|at|from|ved|fra|i)\b|\d)", "you start "),
    (r"\b(?:commences|démarres|començes|comences|começas|empiezas|comienzas|cominci|inizi)\s+"
     r"(?=(?:place|plaza|praça|piazza|plaça|largo)\b)", "you start at "),  # "Tu commences place du Casino"
    # being at a place, said to someone ("Si estás en el Comú a las 11", "se sei in Piazza Duomo alle 11",
    # "quand tu es à la Bastille"): the start
    (r"\b(?:si |cuando |quand |se |quando )?(?:estás|estarás|você está|você estará|tu es|tu seras|tu sei|se sei|"
     r"quando sei|je bent)\s+(?:at|en el|en la|en|em|no|na|à la|à l'|à|au|in|al|bij|op)\s+(?=(?-i:[A-ZÀ-Ý]))",
     "you start at "),
    # leaving, said in the first person before a time ("salgo a las 9 del Centro", "surto a les 10 de casa",
    # "en beginnen om 12.00 uur in de Rue de Bretagne")
    (r"\b(?:salgo|saio|surto|parto|je pars|beginnen|vertrekken|starten)\b(?= (?:at|à|a|a las|às|a les|alle|om|um|\d))",
     "i start"),
    # arriving home, said with the verb of arriving: the end ("Llego a casa a las 4", "chego em casa às 18h")
    (r"\b(?:llego|llegamos|llegaré|llegaremos|chego|chegamos|chegarei|chegaremos|arrivo|arriviamo|arribo|arribem)"
     r"\s+(?:a|em|na)\s+casa\b", "back home"),
    # arriving somewhere, said in every language read: the start
    (r"\b(?:llego|llegamos|llegaré|llegaremos|chego|chegamos|chegarei|chegaremos|arrivo|arriviamo|arriverò|arriveremo|"
     r"arribo|arribem|arribaré|arribarem|j'arrive|nous arrivons|on arrive|j'arriverai|nous arriverons|on arrivera|"
     r"(?:jag|vi) (?:kommer(?: fram)?|anländer)|saavun|saavumme)"
     # the means of transport said between ("chego de trem na estação", "llego en tren a", "arrivo in treno alla")
     r"(?:\s+(?:de|en|in|con|col|com|par|med|mit)\s+" + _RIDES + r")?"
     r"\s+(?:(?:a la|al|alla|allo|à la|au|aux|à|a|na|no|em|ao|"
     r"in|till|vid|på|at)\s+|a l'|all'|à l')?", "arriving at "),
    (r"\barrivée\s+(?:(?:à la|au|aux|à|en)\s+|à l')", "arriving at "),  # the noun: "arrivée à la gare vers 10h"
    (r"\baan (?:op|bij|in) (?:de |het )?(?=(?-i:[A-Z]))", "arriving at "),
    # taking a means of transport as far as a place, and being there: the start ("je prends le métro jusqu'à
    # Rambuteau, j'y serai vers 11h", "tomo el metro hasta X", "apanho o metro até X", "prendo la metro fino a X")
    (r"\b(?:je prends|on prend|nous prenons|tomo|tomamos|cojo|cogemos|apanho|apanhamos|pego|pegamos|prendo|"
     r"prendiamo|agafo|agafem) (?:le|la|el|o|a|il|lo|un|une|um|uma) " + _RIDES + r" "
     r"(?:jusqu'à|jusqu'au|hasta|até à|até ao|até|fino a|fins a) (?:la |el |o |a |il |l')?", "arriving at "),
    (r"\b(?:j'y serai|je serai là|estaré allí|estaré ahí|estarei lá|ci sarò|hi seré)\b", "i'll be there"),
    (r"\b(?:on y sera|nous y serons|estaremos allí|estaremos ahí|estaremos lá|ci saremo|hi serem)\b",
     "we'll be there"),
    (r"\bwe start (?:(?:dalla|dallo|dal|da|de la|du|des|del|de|do|dos|das|vom|von|från|van)\b|de l'|d')\s*",
     "we start from "),  # not "on part demain"
    # a buying verb with a pronoun joined to it buys as well ("comprarme algo de ropa", "comprarle un regalo")
    # German goods before the verb that buys them ("Anni will Schuhe kaufen", "ein paar Postkarten besorgen")
    # after a word in lower case, so that neither a name ("Eisenhandlung Neunteufel") nor what the goods are for
    # ("Briefmarken für die Postkarten kaufen") is taken for them
    (r"\b((?!(?:die|der|den|dem|das|des|für)\b)(?-i:[a-zäöüß])\w*\s+)"
     r"((?:ein paar|einige|neue|neuen|eine|einen|ein)\s+)?"
     r"((?!zeitung|zeitschrift)(?-i:[A-ZÄÖÜ])[\w-]+)\s+(?:kaufen|besorgen)\b", r"\1buy \2\3"),
    (r"\b(?:acheter|achète|comprar(?:me|te|le|les|nos|se|-me|-lhe|-lhes|-nos)?|compro|comprarmi|comprarti|comprargli|kaufen|kaufe|comprare|compra|köpa|köper|ostaa|ostan|"
     r"ostamaan|ostetaan|ostamme|kopen|koop)"
     r"(?: (?:des|du|de la|de l'|un|une|unos|unas|algo de|um|uma|uns|umas|dei|delle|degli|del|della|qualche|"
     r"ein|eine|einen|några|en|ett|wat|een|uns|unes|algun|alguna))?\s+", "buy "),
    (r"\b(?:købe|køber|kjøpe|kjøper)(?: (?:en|et|ei|ett|nogle|noget|noen|noe|lidt|litt))?\s+", "buy "),
    # the meal said with a verb of "we" too ("dopo pranziamo con calma", "almoçamos fora", "cenamos", "dînons")
    (r"\b(?:pranzare|almorzar|almoçar|almuerza|almuerzas|almuercen|almoça|almoces|pranza|pranzate|déjeune|déjeunez|"
     r"pranziamo|almorzamos|almoçamos|déjeunons|"
     r"mittagessen|(?:zu )?mittag essen|mittags essen|lunchen|luncha|äta lunch|lounastaa|lounaalle|"
     r"lounaalla|lounaan)\b", "lunch"),
    (r"\b(?:cenare|cenar|cena|cenas|cenate|janta|jantas|jante|dîne|dînez|jantar|dîner|diner|zu abend essen|abendessen|dineren|äta middag|illastaa|illalliselle|"
     r"illallisella|päivälliselle|sopar|ceniamo|cenamos|jantamos|dînons)\b", "dinner"),
    (r"\b(?:desayunamos|fare colazione|colazione|desayunar|desayuna|desayunas|esmorza|tomar o pequeno-almoço|"
     r"petit-déjeuner|frühstücken|äta frukost|"
     r"aamiaiselle|aamiainen|esmorzar|ontbijten|ontbijt)\b", "breakfast"),
]]


#: the end said with its time before its place, in every language read ("Fin à 17h place de la République",
#: "Ende um 15 Uhr in Harsdorf", "Final a las 14:00 en la Plaça Rebés", "Slut kl 16:00 vid Mariatorget"):
#: where the trip ends, read before the phrase rules make the end word a deadline
_ENDING_AT_TIME = re.compile(
    r"\b(?:fin|fim|final|fine|ende|einde|slut|loppu|end|acabamos|terminamos|terminem|acabem|finiamo|terminiamo|"
    r"on finit|nous finissons|on termine|wir enden|vi slutar|we eindigen)\s*:?\s+"
    r"(?:(?:à|a|a las|a les|às|as|alle|um|om|kl\.?|klo|kello|at|gegen|vers|hacia|verso|cap a)\s+)?(\d{1,2}:\d{2})\s*,?\s+"
    r"(?:(?:au|aux|à la|à|a la|al|a|en|em|no|na|ao|alla|allo|in der|in|am|an der|im|beim|auf dem|vid|på|i|bij|op|"
    r"at)\s+(?:(?:la|el|le|o|a|the|der|dem|de|het)\s+)?|(?:à l'|a l'|all'))?"
    r"(?=(?-i:[A-ZÀ-Ý])|Q\ue000|(?:" + "|".join(sorted(PLACE_NOUNS | STOP_NOUNS)) + r")\s)", re.IGNORECASE)


#: the destination named so, opening a sentence, in every language read ("Ziel ist der Dorfpark", "Destino: a Praça
#: Nova", "Destination : le Parc X", "Mål: Mariatorget", "Onze bestemming is het Museumplein"): where the trip ends
_DESTINATION = re.compile(
    r"(?:^|(?<=[.!?;,]\s))(?:(?:unser|mein|notre|mon|nuestro|mi|o nosso|o meu|il nostro|il mio|el nostre|el meu|vårt|"
    r"mitt|onze|mijn|our|my)\s+)?(?:ziel|endpunkt|destination|destino|destinazione|destí|määränpää|mål|bestemming|"
    r"eindpunt)(?:\s+(?:ist|is|est|es|é|è|är|on))?\s*:?\s+(?:(?:der|die|das|den|the|la|le|el|o|a|il|lo|het|de)\s+|l')?"
    r"(?=(?-i:[A-ZÀ-Ý])|Q\ue000)", re.IGNORECASE)


#: where one lives, stays or left the car, near a place, in every language read ("Wir wohnen nahe Place X", "moro
#: perto do Parque X", "siamo in un albergo vicino a Piazza X", "aparcamos cerca de la Plaça X", "je loge au Hôtel X",
#: "vi bor nära Mariatorget"): where the trip starts, unless it leaves from elsewhere
_STAYING_NEAR = re.compile(
    r"\b(?:(?:ich |wir )?(?:wohne|wohnen|übernachte|übernachten)|moro|moramos|(?:estou|estamos) hospedad[oa]s?|"
    r"(?:estoy|estamos|estou) (?:alojad|hospedad)[oa]s?|alloggiamo|alloggio|(?:siamo|sono) alloggiat[ioae]|"
    r"(?:estem|estic) allotjat(?:s|da|des)?|"
    r"(?:siamo|sono|alloggio|alloggiamo|stiamo|sto) in (?:un |una )?(?:albergo|hotel|appartamento|b&b)|abito|abitiamo|"
    r"vivo|vivimos|(?:me|nos) alojo|(?:me|nos) alojamos|aparcamos|aparco|aparqué|estacionamos|"
    r"j'habite|nous habitons|on habite|je loge|on loge|nous logeons|visc|vivim|m'allotjo|ens allotgem|"
    r"(?:jag|vi) bor|ik woon|(?:we|wij) wonen|ik logeer|(?:we|wij) logeren)\s+"
    r"(?:nahe|in der nähe (?:des|der|vom|von)|neben (?:dem|der)|perto d[oa]s?|ao pé d[oa]|junto a[o]?|vicino (?:a|al|alla|all')|"
    r"cerca (?:de la|del|de)|près d[eu]|près de la|à côté d[eu]|au|à la|à|a prop (?:de la|del|de)|al costat (?:de la|del|de)|"
    r"nära|vid|vlakbij|bij|in de buurt van)(?:\s+|(?<='))(?=(?-i:[A-ZÀ-Ý])|Q\ue000|(?:" + "|".join(sorted(PLACE_NOUNS)) +
    r")\s)", re.IGNORECASE)


#: a station of a city's bicycle scheme, written as a name ("Station Vélib", "estació de Bicing")
_BIKES = re.compile(r"(?i)\b(?:(?:station|borne|estació|estación)\s+(?:de\s+)?)?(?:vélib'?|bicing|bicimad)\b")
#: a number of hours written with "h" after "in": a time from now ("dans 3h", "en 2h", "in 2h")
_IN_HOURS = re.compile(r"(?i)\b(?:in|dans|en|em|tra|fra|inom|binnen)\s+(\d{1,2})\s?h\b(?![:.]?\d)")
#: "no" said before a kind of place in every language read ("Keine Museen", "Nada de igrejas", "Pas de casino
#: ni de shopping", "Res de botigues", "Inga museer", "geen kerken", "sem igrejas"): read as "without museums"
_NEGATION = re.compile(
    r"(?:\b(?-i:keine[nms]?|kein|nada de|pas de|ni de|ni|res de|inga|ingen|inget|geen|niente|nessun[oa]?|ningún|ninguna|"
    r"ningunos|ningunas|nenhum|nenhuma|nem|sem|sin|sans|ohne|senza|ei|ilman)|"
    r"(?:^|(?<=[.!?:;]\s))(?-i:Keine[nms]?|Kein|Nada de|Pas de|Res de|Inga|Ingen|Inget|Geen|Niente|Nessun[oa]?|"
    r"Ningún|Ninguna|Nenhum|Nenhuma|Sem|Sin|Sans|Ohne|Senza|Ei|Ilman))\s+(?=[^\W\d_])")
#: the same in Danish and Norwegian ("ingen museer", "ikke nogen kirker", "ingen kirker"), where "ni" is nine
_NEGATION_DA_NO = re.compile(r"\b(?:(?-i:ingen|intet|ikke nogen|ikke noen|ikke noget|ikke noe)|"
                             r"(?:^|(?<=[.!?:;]\s))(?-i:Ingen|Intet))\s+(?=[^\W\d_])")
#: "um 11" in a prompt that mixes German into English
_UM = re.compile(r"(?i)\bum\s+(?=\d)")
#: "landing at", "touching down in": arriving, not a kind of place
_ARRIVING = re.compile(r"(?i)(?<!\bthe )(?<!\ba )(?<!ship )(?<!boat )(?<!ferry )(?<!water )\b"
                       r"(?:landing|landed|touching down|touched down|pulling in|docking)\s+(?=at|in)\b")


#: hours said fondly ("tres horetes", "dos horitas", "duas horinhas", "un'oretta", "ein Stündchen")
_PLAIN_HOURS = {"horet": "hores", "horit": "horas", "horinh": "horas", "oret": "ore", "stündch": "stunden"}
_ONE_HOUR = {"horet": "hora", "horit": "hora", "horinh": "hora", "oret": "ora", "stündch": "stunde"}


def _plain_hours(m: re.Match) -> str:
    stem, end = m.group(1).lower(), (m.group(2) or "").lower()
    return (_PLAIN_HOURS if end in ("as", "es", "e", "en") else _ONE_HOUR)[stem]


#: rewrites for every language read, English included: something quick to eat ("comer algo rápido",
#: "qualquer coisa rápida", "was Schnelles essen", "un boccone veloce", "något snabbt", "something quick to eat",
#: a bite: "manger un morceau", "einen Happen essen", "een hapje eten"),
#: one's own, before a commitment ("my meeting", "mein Termin", "a minha aula"), said (:data:`_MY`) or not
_MY = (r"\b(?:my|our|mein|meine|unser|unsere|ma|mon|notre|mi|nuestra|nuestro|a minha|o meu|minha|meu|la mia|il mio|"
       r"mitt|min|vår|vårt|mijn|onze|la meva|el meu)\s+")
_MINE = r"(?:" + _MY + r"|\b(?:the|die|der|das|la|le|el|a|o)\s+)?"
#: a capitalised name, with the article and the small words a name has ("the Rathaus", "la Casa de la Vall", "Mairie
#: du 3e"), as the commitment rules read it: unlike :data:`_EVENT_NAME`, it runs on past a period
_NAMED = (r"((?:the\s+|der\s+|dem\s+|la\s+|le\s+|l'|el\s+|o\s+|a\s+|de\s+|het\s+)?(?-i:[A-ZÀ-Ý])[\w'’.-]*"
          r"(?:\s+(?:(?-i:[A-ZÀ-Ý])[\w'’.-]*|de|du|da|do|del|la|der|dos|das|of|the|\d+e))*)")
#: a clock time with the word before it, as written in the languages read ("at 11", "um 20 Uhr", "à 20h", "kl 16.40",
#: "at noon")
_CLOCK = (r"\s+(?:at|um|à|a las|a la|às|as|alle|kl\.?|klockan|klo|om|a les|ca\.?|for|pour|für|para|per)?\s*"
          r"(\d{1,2}(?:[:.h]\d{2})?\s*(?:h|uhr|[ap]\.?m\.?)?(?![\d:])|noon|midday|mittag|midi|mediodía|meio-dia|"
          r"mezzogiorno)")
#: commitments that end before one's free time: meetings, classes, appointments, shifts, in the languages read
_COMMITMENT = (r"(?:meetings?|class|lesson|lecture|conference|appointment|course|workshop|shift|exam|interview|"
               r"audition|rehearsal|practice|mass|service|"
               r"besprechung|termin|konferenz|kurs|vorlesung|schicht|sitzung|tagung|seminar|"
               r"réunion|cours|rendez-vous|conférence|formation|séminaire|reunión|clase|cita|conferencia|curso|"
               r"reunião|aula|consulta|conferência|riunione|lezione|conferenza|corso|appuntamento|möte|mötet|"
               r"lektion|lektionen|konferens|konferensen|kursen|vergadering|les|cursus|afspraak|reunió|classe|"
               r"kokoukseni|luentoni|kurssini|palaverini|tapaamiseni|vuoroni)")
#: where a commitment is held
_AT_WORDS = (r"at|in|im|in der|am|an der|beim|bei der|à la|à l'|au|à|en la|en el|en|na|no|em|al|alla|allo|a|vid|på|"
             r"i|bij|op|in de|in het|a la|a l'")
#: a commitment ending
_ENDS = (r"(?:ends|finishes|is over|wraps up|wraps|endet|ist vorbei|ist zu ende|finit|se termine|termine|acaba|termina|"
         r"finaliza|finisce|slutar|är slut|loppuu|päättyy|eindigt|is afgelopen|is klaar|acabarà)")
#: hours said fondly, errands said with a verb or a service rather than the place, compound meals
_EVERY_LANGUAGE = [(re.compile(p, re.IGNORECASE), r) for p, r in [
    # a visit that waits for another, or is done once another is ("lunch has to wait until we've done the museum",
    # "the Shot Tower once I've done the bars"): after it
    (r"\b(?:has to|have to|must|can|should|will|'ll) wait (?:until|till) (?:after )?"
     r"(?:(?:we've|we have|i've|i have|we|i) (?:done|seen|visited|had|been to|finished)\s+)?", "after "),
    (r"\bonce (?:we've|we have|i've|i have) (?:done|seen|visited|had|been to|finished)\s+", "after "),
    # a tower with no name, in the languages read ("einen Kirchturm", "un clocher", "una torre", "een kerktoren")
    (r"\b(?:einen|ein|un|une|una|uma|um|een|ett|en) (?:kirchturm|turm|clocher|torre|campanario|kerktoren|toren|"
     r"kyrktorn|torn|tårn|kirketårn)\b", "a tower"),
    # a comic shop, and a book, in the languages read ("sarjakuvakauppaan", "tegneseriebutikker", "un bouquin",
    # "koupit knihu")
    (r"\b(?:sarjakuvakaup\w*|tegneseriebutik\w*|seriebutik\w*|comic-?(?:laden|läden|shop|shops)|"
     r"tiendas? de c[óo]mics?|lojas? de (?:quadrinhos|banda desenhada)|fumetteri[ae])\b", "comic shop"),
    (r"\b(?:un |le |des )?bouquins?\b", "a book"), (r"\b(?:knihu|knížku|knizku|ksiazke|książkę)\b", "a book"),
    # being at the hotel, in the definite form of the Nordic languages ("vi må være på hotellet kl. 16"), when no name
    # follows it ("på hotellet Rival"); leaving it is read where one stays ("från hotellet kl 10")
    (r"\bpå (hotel|hostel)let\b(?!\s+(?-i:[A-ZÅÄÖÆØ]))", r"at the \1"),
    # "about" before a clock time is "around" ("leaving home about 9:", "about 9am"), not before a length ("about 2
    # hours", "for about 3")
    (r"(?<!\bfor )\babout\s+(?=\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?(?![\d.])(?!\s*(?:hours?|hrs?|h\b|minutes?|"
     r"mins?|days?|people|persons|kids|km|miles?|euros?|dollars?|%|years?|of\b|or\b|and\b|½|-|to\b)))", "around "),
    # the cathedral said in Portuguese, in any language ("primeiro a Sé", "messa alla Sé", "rezar en la Sé"); not "Sé do
    # Porto", a name the map knows, nor Spanish "sé" (I know)
    (r"(?-i:\b(?:a|à|na|da|la|alla|le|the|en la|to the) Sé)\b(?!\s+(?:do|de|di|du)\s)", "the cathedral"),
    # a collection of things one goes to see ("la collection de voitures du Prince", "the car collection of the
    # Prince", "la collezione di auto d'epoca"): a museum, not a shop for collectors
    (r"\b(?:collection|colecci[oó]n|cole[cç][aã]o|collezione|collectie|col·lecció|kolekc[ei]|kolekcj[aię])"
     r"(?=\s+(?:of|de|di|do|da|des|du|del|della|dei|van|aut|d')\b)", "museum"),
    # hours and a half said in one word or with "and a half" ("zweieinhalb Stunden", "anderthalb Stunden", "två och en
    # halv timme", "en och en halv timme"): in digits
    (r"\b(?:anderthalb|eineinhalb|einundhalb|en och en halv)(?=\s+(?:stunden?|std|timm(?:e|ar)))", "1.5"),
    (r"\bzweieinhalb\b|\btvå och en halv\b(?=\s+timm)", "2.5"), (r"\bdreieinhalb\b|\btre och en halv\b(?=\s+timm)", "3.5"),
    (r"\bviereinhalb\b|\bfyra och en halv\b(?=\s+timm)", "4.5"), (r"\bfünfeinhalb\b", "5.5"),
    (r"(?<=\d\.5) timme\b", " timmar"),
    # one's lodging said and then named ("back at our hotel, the Bayerischer Hof, by five", "terug bij ons pension,
    # Gästehaus Aigner", "zurück in unserer Unterkunft (Haus Maria)"): the name where the lodging word stood
    (r"\b(?:our|my|ons|onze|mijn|unser(?:em|er|e)?|mein(?:em|er|e)?|notre|mon|nuestro|mi|nosso|meu|nostro|mio|vårt|"
     r"mitt|vores|mit)\s+(?:hotel|hostel|apartment|flat|airbnb|pension|guesthouse|b&b|hôtel|hotell|appartement|"
     r"ferienwohnung|unterkunft|hostal|albergo|vandrarhem)\s*(?:,|\(|–|-)\s*"
     r"(?:the\s+|het\s+|das\s+|le\s+|l'|el\s+|o\s+)?"
     r"(?=(?-i:[A-ZÀ-Ý]))", ""),
    # a commitment ending at a place at a clock time, where the free time starts ("my meeting at the Rathaus ends at
    # 11", "Mein Termin im Rathaus endet um 11", "ma réunion à la Mairie finit à 11h", "a minha aula na Faculdade
    # acaba às 12h", "mitt möte vid Mariatorget slutar kl 11", "class finishes at noon at the University")
    (_MINE + _COMMITMENT + r"\s+(?:" + _AT_WORDS + r")\s+" + _NAMED + r"\s+" + _ENDS + _CLOCK,
     r"starting from \1 at \2"),
    (_MY + _COMMITMENT + r"\s+" + _ENDS + _CLOCK + r"\s+(?:" + _AT_WORDS + r")\s+" + _NAMED, r"starting from \2 at \1"),
    # a table booked somewhere at a clock time, where the trip ends ("we have a table booked at the Hofbräuhaus at
    # 8", "on a réservé une table au Bouillon République à 20h", "wir haben einen Tisch im Augustiner um 20 Uhr
    # reserviert", "temos mesa reservada no Majestic às 20h", "abbiamo un tavolo prenotato da Pietro alle 20")
    (r"\b(?:a |une |einen |nen |una |uma |un |ett )?(?:table|tisch|mesa|tavolo|bord)\s+(?:booked|reserved|réservée?|"
     r"reservada|reservado|prenotato|bokat|bokad|gebucht|reserviert)?\s*(?:" + _AT_WORDS + r"|chez|da|dal|dalla)\s+" +
     _NAMED + r"\s*(?:reserviert|gebucht)?" + _CLOCK, r"i must be at \1 by \2"),
    (r"\b(?:um|für)\s+(\d{1,2}(?::\d{2})?)\s*(?:uhr)?\s+(?:einen|nen)\s+tisch\s+(?:im|in der|beim|bei der|bei|am)\s+" +
     _NAMED + r"\s+(?:reserviert|gebucht)", r"i must be at \2 by \1"),
    (r"\b(?:réservé|reservamos|reservei|reservámos|prenotato|bokat|reserviert|gebucht|booked|reserved)\s+"
     r"(?:une |una |"
     r"uma |un |ett |einen |a )?(?:table|tisch|mesa|tavolo|bord)\s+(?:" + _AT_WORDS + r"|chez|da|dal|dalla)\s+" +
     _NAMED + _CLOCK, r"i must be at \1 by \2"),
    # a table booked for a time with no place after it, in the languages read (after those booked at a place): the
    # time of the meal said before it, no visit of its own
    # ("dinner at Georges, I booked a table for 8pm", "j'ai réservé pour 20h", "já reservei mesa para as 20h30",
    # "ho prenotato un tavolo per le 20", "our dinner reservation is at 12:30")
    (r"\b(?:i've|i have|we've|we have|i|we) (?:booked|reserved) (?:a |the |our )?table (?:for|at)\b", "booked for"),
    (r"\b(?:our|my|the) (lunch|dinner|brunch|breakfast) (?:reservation|booking) is (?:at|for)\b", r"the \1 booked for"),
    (r"\b(?:j'ai|j’ai|on a|nous avons) réservé (?:une table |la table )?(?:pour|à)\b", "booked for"),
    (r"\b(?:já )?(?:reservei|reservámos|reservamos)(?: (?:uma )?mesa)? (?:para|pra)\b(?: as| às)?", "booked for"),
    (r"\b(?:(?:he|hemos) reservado|reservé)(?: (?:una )?mesa)? para\b(?: las)?", "booked for"),
    (r"\b(?:ho|abbiamo) prenotato(?: (?:un )?tavolo)? per\b(?: le)?", "booked for"),
    (r"\b(?:he|hem) reservat(?: (?:una )?taula)? per a\b(?: les)?", "booked for"),
    # a ride leaving a place, said without "from" ("my train leaves the Hauptbahnhof at 16:40")
    (r"\b((?:train|bus|coach|ferry|boat|flight|shuttle)\b(?:\s+[^\s.,;:!?]+){0,3}?\s+(?:leaves|departs))\s+"
     r"(?=(?:the\s+)?(?-i:[A-Z]))", r"\1 from "),
    # not leaving without something is wanting it ("eu não saio daqui sem comer um gelado", "I won't leave without
    # a pretzel", "je ne pars pas sans une glace", "nicht ohne Kaffee")
    (r"\b(?:não|no|non|ne|nicht|not|won't|don't|can't|cannot|inte|ei|niet)\b(?:\s+[\w'’]+){0,3}?\s+"
     r"(?:sem|sin|sans|senza|ohne|without|utan|ilman|zonder)\b", "i want"),
    # the Finnish cinnamon bun, said so in other languages too ("a korvapuusti somewhere")
    (r"\bkorvapuusti(?:a|t|n)?\b", "a cinnamon bun"),
    # the same bun in Dutch and its cardamom cousin ("ergens een kaneelbroodje", "a proper cardamom bun"), not what one
    # goes to a place for ("till ett bageri för kanelbullar", read with the place)
    (r"(?<!\bfor )(?<!\bvoor )(?<!\bfor a )(?<!\bvoor een )\b(?:kaneelbroodjes?|cardamom (?:bun|buns|roll|rolls))\b",
     "a cinnamon bun"),
    # a drink before a meal, the word borrowed into other languages ("an aperitivo to finish", "ein Aperitif")
    (r"\b(?:an |un |une |ein(?:en)? |l')?(?:aperitivo|apéritif|aperitif|apéro|apero)s?\b", "a drink"),
    # the changing of the guard, an event with its own time ("il cambio della guardia è alle 11:55"), no money changed
    (r"\b(?:(?:il |el |le |la |o |a |the |die |der )?(?:cambio della guardia|cambio de (?:la )?guardia|relève de la "
     r"garde|wachablösung|changing of the guards?|troca da guarda|canvi de (?:la )?guàrdia|vaktavlösningen|"
     r"vaktavlösning|vahdinvaihto|wisseling van de wacht))", "the changing of the guard"),
    # the start line or a bend of a racing circuit, a sight ("la linea di partenza del Gran Premio", "die
    # Start-Ziel-Linie der Formel 1", "le virage du Fairmont")
    (r"\b(?:start(?:ing)?[ -]line|start[ /-]finish(?: line)?|finish line|linea di (?:partenza|arrivo|traguardo)|"
     r"ligne (?:de départ|d'arrivée)|línea de (?:salida|meta|partida)|linha de (?:partida|chegada)|start-ziel-linie|"
     r"startlinie|ziellinie|start/mål-streken|startstreken|målstreken|startlinjen|mållinjen|startlijn|finishlijn|"
     r"hairpin|tornante|épingle|virage du fairmont)\b(?:\s+(?:del|de la|du|de|der|von der|of the|van het|fra|från)\s+"
     r"(?:circuito|circuit|gran premio|grand prix|grand-prix|grand-prix-circuit|formel 1|formula 1|fórmula 1|f1)"
     r"(?:\s+(?:de|di)\s+(?:f1|fórmula 1|formula 1))?\b)?", "start line"),
    # a layover's length, said before or after the word ("Escale de 4 h", "escala de 3 horas", "scalo di 4 ore",
    # "4 Stunden Aufenthalt", "3 timmars uppehåll"): the time one has
    (r"\b(?:escale|escala|scalo|sosta|stopover|layover|correspondance|aufenthalt|umsteigezeit|uppehåll|odotusaika|"
     r"overstaptijd)\s+(?:de|di|of|van|von|d')\s*(\d{1,2}(?:[.,]\d)?)\s*(?:h|hours?|heures?|horas?|ore|uur|stunden?|"
     r"timmar|tuntia)\b", r"\1 hours layover"),
    (r"\b(\d{1,2}(?:[.,]\d)?)\s*(?:h|hours?|heures?|horas?|ore|uur|stunden?|timmars?|tunnin)\s+(?:d'|de |di |of )?"
     r"(?:escale|escala|scalo|sosta|stopover|layover|correspondance|aufenthalt|umsteigezeit|uppehåll|odotusaika|"
     r"overstap)\b", r"\1 hours layover"),
    # the hour it is now, said bare ("són les 11", "klockan är 10", "es ist 9"): a clock time
    (r"\b((?:it's|it is|es ist|il est|son las|es la|são|sono le|klockan är|het is|són les|és la|kello on|nyt on)\s+"
     r"(?:(?:already|only|just|now|ja|erst|schon|déjà|ya|já|già|redan|pas|jo|vasta)\s+)?)(\d{1,2})(?![\d:]|[.,]\d|\s*(?:h\b|"
     r"uhr|min|hours?|horas?|heures?|timmar|tuntia|uur|€|euros?|%|grad|degrees|°|km|people|personas|personnes|år|ans|"
     r"años|anni|jahre|years|vuotta))", r"\1\2:00"),
    # "mahd. monta kirjakauppaa": as many bookshops as possible, written short
    (r"\bmahd\.?(?=\s+monta\b)", "mahdollisimman"),
    # somewhere, in the languages read ("déjeuner quelque part sur le Rocher", "irgendwo am Hafen", "en algún sitio")
    (r"\b(?:quelque part|irgendwo|en algún (?:sitio|lugar)|em algum lugar|nalgum sítio|algures|da qualche parte|"
     r"någonstans|nånstans|jossain|ergens)\b(?!\s+(?:was|etwas|algo|qualcosa|något|nåt|jotain|iets|quelque chose|"
     r"à manger|da mangiare)\b)", "somewhere"),
    # two of a kind, said as a pair ("un par de iglesias", "um par de museus", "un paio di chiese", "ett par kyrkor")
    (r"\b(?:un par de|um par de|un paio di|un parell de|ett par)\b", "a couple of"),
    # finishing work is when one's trip starts, not when it ends ("I finish work at 5:30 near X", "we get off work at 4")
    (r"\b(?:i|we)\s+(?:finish|get off|leave|am done with|'m done with)\s+work\b",
     "after work"),
    (r"\b(?:(?:comer|comemos|comamos|come|manger|mangiare|menjar|äta|syödä|eten|eat|grab|essen|cenar|almorzar|almoçar|"
     r"jantar|dîner|déjeuner|pranzare|cenare|dinar|sopar)\s+)?"
     r"(?:(?:algo|qualquer coisa|alguma coisa|quelque chose|qualcosa|alguna cosa|was|etwas|något|jotain|iets|something)"
     r"\s+(?:de\s+|di\s+)?(?:rápid[oa]|rapide|veloce|ràpid|schnelles|snabbt|nopeaa|snels|quick)|un boccone veloce|"
     r"un bocado rápido|un (?:morceau|bout) sur le pouce|un (?:morceau|bout)(?:\s+(?:rapidement|vite|en vitesse))?|"
     r"einen happen|"
     r"(?:un truc|quelque chose) (?:vite fait|sur le pouce)|"
     r"un boccone|un bocado|een hapje)(?:\s+(?:to eat|essen|à manger|da mangiare|att äta|syötävää|eten))?\b",
     "a quick bite"),
    # eating something, said plainly ("comer qualquer coisa", "mangiare qualcosa", "äta något", "syödä jotain",
    # "menjar alguna cosa", "iets eten"): a meal out
    (r"\b(?:(?:comer|comemos|manger|mangiare|menjar|äta|syödä|spise)\s+(?:algo|qualquer coisa|alguma coisa|"
     r"quelque chose|qualcosa|alguna cosa|något|nåt|jotain|jotakin|noget|noe)|iets (?:eten|te eten))\b"
     r"(?!\s+(?:de\s+|di\s+)?(?:rápid|rapid|"
     r"veloce|ràpid|snabb|nopea|snel|quick|al volo|sur le pouce|en vitesse|vite|leggero|light))"
     # where it is eaten, said after it, names the place ("comer algo típico en una cervecería")
     r"(?!(?:\s+[^\W\d_]+){0,2}\s+(?:(?:en|em|in|at|dans|à|a|på|bij|op|no|na)\s+(?:una?|uma?|la|el|le|o|the|an?|"
     r"une|ett|een|het|der|dem|il|lo)|num|numa|nel|nella|al|alla|au|ao)\s)",
     "eat out"),
    (r"\b(horet|horit|horinh|oret|stündch)(a|as|e|es|o|en)?\b", _plain_hours),
    # finishing something at a place at a time: where and when the trip starts ("Finishing my session at
    # Anytime Fitness at 6:30am. Then coffee ...")
    (r"\b(?:i'?m )?finish(?:ing|ed)? (?:my|our) (?:session|workout|class|shift|training|practice|run|lecture)\s+at\s+",
     "starting at "),
    # time to kill in a place: where one is, so where the trip starts ("2 hrs to kill in Colonial Park")
    (r"\b(to kill|to spare)\s+(?:in|at|around)\s+(?:the\s+)?(?=(?-i:[A-Z]))", r"\1, starting at "),
    (r"\b(?:church service|mass|gottesdienst|heilige messe|la messe|a misa|la misa|a missa|à missa|la messa|"
     r"alla messa|gudstjänst(?:en)?|högmässa(?:n)?|jumalanpalvelu(?:s|kseen|ksessa)|messuun|kerkdienst|de mis|"
     r"misa|missa|msz[ayę]|mše|mši|messa (?:delle|alle|della domenica|domenicale|nella|in))\b",  # "Misa a las 11"
     "church"),
    (r"\b(?:tanken|volltanken|faire le plein(?: d'essence)?|echar gasolina|poner gasolina|abastecer(?: o carro)?|"
     r"fare (?:il pieno|benzina)|tanka(?: bilen)?|tankata|refuel|fill up the tank|get gas)\b", "a petrol station"),
    (r"\b[a-zäöüß]{3,}(frühstück|mittagessen|abendessen)\b", r"\1"),  # "Weißwurstfrühstück": a breakfast
]]


#: an age ("notre fils de 5 ans", "mia madre ha 80 anni", "my 4 year old"): no clock time
_AGE = re.compile(r"(?i)\b\d{1,3}(?=[\s-]*(?:ans|años|anos|anni|jahre[n]?|år|vuotias|jaar|years?[\s-]old|year\b|yo\b|y/o\b))")


#: being picked up at a place, in the languages read: where the trip ends ("Abholung am Marienplatz", "um 17 Uhr holt
#: uns der Fahrdienst am Odeonsplatz ab", "I'll pick her up at Central Station", "te recojo en la Plaza X", "je viens
#: te chercher à la Gare X", "jag hämtar dig vid Slussen"); being picked up oneself ("picking me up at") stays a start
_PICKED_UP = re.compile(
    r"\b(?:abholung\s+(?:(?:um|gegen|ab)\s+\d{1,2}:\d{2}\s+)?(?:am|an der|an dem|beim|bei der|im|vor dem|vor der)|"
    r"(?:i'll|i will|we'll|we will|i can|we can|i'm going to|we're going to|i|we) (?:pick|collect) "
    r"(?:her|him|them|you|the kids|the children) up (?:at|from)|"
    # "I pick up my son from the Kindergarten at X", "we collect our daughter at X"
    r"(?:i|we|i'll|we'll|i have to|we have to|i must|we must) (?:pick up|collect|fetch) (?:my|our|the) (?:son|daughter|"
    r"kids|children|wife|husband|mum|mom|dad|friend|sister|brother|parents|grandma|grandpa|boy|girl|little one)s? "
    r"(?:up )?(?:from|at)(?: the)?(?: [a-z]+ (?:at|in|on))?(?: the)?|"
    r"(?:picks|will pick|'ll pick|is picking|collects|will collect|'ll collect) (?:me|us) up (?:at|from)(?: the)?|"
    r"(?:je|on|nous) (?:viens|viendrai|viendra|venons|passe|passerai|passera) (?:te|vous|la|le|les) "
    r"(?:chercher|prendre|récupérer) (?:à la|à l'|au|aux|à)|"
    r"(?:te|la|lo|los|las|os) (?:recojo|recogemos|recogeré|recogeremos|busco|buscamos|buscaré|pego|pegamos) "
    r"(?:en la|en el|en|no|na|em)|"
    r"(?:ti|la|lo|li|vi) (?:vengo|veniamo|verrò|verremo) a prendere (?:alla|al|allo|a|in)|"
    r"(?:jag|vi) hämtar (?:dig|henne|honom|er|dem|barnen) (?:vid|på|i)|"
    # "jeg skal hente min datter ved X", "vi må hente datteren vår på X"
    r"(?:jeg|vi) (?:skal |må )?(?:hente|henter) (?:(?:min|mit|mine|vores|vort|vår|vårt|våre) )?[^\W\d_]+"
    r"(?: (?:min|mitt|mine|vår|vårt|våre))? (?:ved|på|i)|"
    # someone picks oneself up or waits for one there ("un ami me récupère à X", "me recoge en X", "mi viene a
    # prendere a X", "em recull a X", "hämtar mig vid X", "haalt ons op bij X")
    r"(?:me|nous|m') ?(?:récupère|récupèrent|attend|attendent) (?:à la|à l'|au|aux|à|devant le|devant la|devant)|"
    r"(?:me|nos) (?:recoge|recogen|busca|buscan|espera|esperan|pega|pegam|apanha|apanham) (?:en la|en el|en|no|na|em)|"
    r"(?:mi|ci) (?:viene|vengono) a prendere (?:alla|al|allo|a|in)|(?:mi|ci) (?:aspetta|aspettano) (?:alla|al|allo|a|in)|"
    r"(?:em|ens) (?:recull|recullen|espera|esperen) (?:a la|al|a)|"
    r"hämtar (?:mig|oss) (?:vid|på|i)|(?:haalt|halen) (?:me|mij|ons) (?:op )?(?:bij|aan|op|in)(?: de| het)?)"
    r"(?:\s+|(?<='))(?=(?-i:[A-ZÀ-Ý])|Q\ue000)",
    re.IGNORECASE)
#: a German name: capitalised words, or the placeholders of the names kept as written ("am Alten Peter")
_DE_NAME = r"(?:(?-i:[A-ZÄÖÜ])[\w'-]*|Q\ue000\d+\ue001)(?:\s+(?:(?-i:[A-ZÄÖÜ])[\w'-]*|Q\ue000\d+\ue001))*"
#: the German separable verb: "holt uns der Fahrdienst am Odeonsplatz ab", "holen wir sie an der Uni X ab"
_PICKED_UP_DE = re.compile(
    r"\bhol(?:t|en|e|st)\s+((?:[^\W\d_]+\s+|\d{1,2}(?::\d{2})?\s+){1,6}?)(?:am|an der|an dem|beim|bei der|im|vor dem|"
    r"vor der)\s+"
    "(" + _DE_NAME + r")\s+ab\b",
    re.IGNORECASE)


#: checking out of somewhere, said with the German separable verb ("wir checken um 11 Uhr aus dem Hampton Inn aus",
#: "checken am Vormittag im Hellstens Glashus aus"): where the trip starts, with a clock time said between
_CHECK_OUT_DE = re.compile(
    r"\bcheck(?:e|en|t|st)\s+((?:[^\W\d_]+\s+|\d{1,2}(?::\d{2})?\s+){0,4}?)"
    r"(?:aus dem|aus der|im|in der|in dem|am|beim)\s+"
    "(" + _DE_NAME + r")\s+aus\b",
    re.IGNORECASE)


#: checking in somewhere, said with the German separable verb ("um 19:30 checken wir im Schnupp ein", "und checken am
#: Ende im Hotel Columbus ein"): where the trip ends
_CHECK_IN_DE = re.compile(
    r"\bcheck(?:e|en|t|st)\s+((?:[^\W\d_]+\s+|\d{1,2}(?::\d{2})?\s+){0,4}?)(?:im|in der|in dem|am|beim|bei)\s+"
    "(" + _DE_NAME + r")\s+ein\b",
    re.IGNORECASE)


#: arriving or getting off somewhere, said with a German separable verb ("wir kommen um 9 mit dem Zug in Oberdorf
#: an", "mein Zug kommt um 8:40 in Oberdorf an", "steige um 7:30 in Oberdorf aus dem Zug"): the start
_COMING_IN_DE = re.compile(
    r"\b(?:(?:wir kommen|ich komme|kommen wir|komme ich|(?<![\w ])komme?|(?:mein|unser) (?:zug|bus|flug|flieger|schiff|boot) kommt|"
    r"kommt (?:mein|unser) (?:zug|bus|flug|flieger|schiff|boot))|(steige|steigen))\s+"
    r"(?P<between>(?:[^\s.,;!?]+\s+){0,7}?)(?:in|am|im|an der|beim)\s+(?P<place>" + _DE_NAME + r")\s+"
    r"(?(1)aus|an)\b", re.IGNORECASE)


#: having arrived somewhere, said in German ("Bin um 7:10 in Ramsenthal angekommen", "wir sind um 9 am Bahnhof
#: angekommen"): the start, as :func:`_coming_in` says it
_ARRIVED_DE = re.compile(
    r"\b(?:ich bin|wir sind|bin|sind)\s+(?P<between>(?:[^\s.,;!?]+\s+){0,7}?)(?:in|am|im|an der|beim)\s+"
    r"(?P<place>" + _DE_NAME + r")\s+angekommen\b",
    re.IGNORECASE)


#: coming out of a place at a clock time, said in German ("wir kommen um 11 Uhr aus dem Museum", "ich komme
#: um 15 Uhr aus der Schule"): the start (the clock time between is needed: "ich komme aus der Stadt" is where one
#: lives)
_COMING_OUT_DE = re.compile(
    r"\b(?:wir kommen|ich komme|kommen wir|komme ich)\s+((?:[^\s.,;!?]+\s+){0,3}?\d{1,2}(?::\d{2})?"
    r"(?:\s+uhr)?)\s+aus\s+(?:dem|der)\s+"
    r"((?:Q\ue000\d+\ue001|(?-i:[A-ZÄÖÜ])[\w'-]*)(?:\s+(?:Q\ue000\d+\ue001|(?-i:[A-ZÄÖÜ])[\w'-]*))*)",
    re.IGNORECASE)


def _said_time(words: str) -> str:
    """The German clock time among ``words`` ("mich um 11 ", "wir um 11 Uhr "), or ""."""
    time = re.search(r"\b(?:um|gegen|ab)\s+\d{1,2}(?::\d{2})?(?:\s+uhr)?", words, re.IGNORECASE)
    return time.group(0) if time else ""


def _picked_up_de(m: re.Match) -> str:
    """The place of :data:`_PICKED_UP_DE` as where one must be, with the clock time said between ("holt mich um 11
    am Bahnhof X ab" -> "i must be at Bahnhof X um 11")."""
    return f"i must be at {m.group(2)} {_said_time(m.group(1))}".rstrip()


def _coming_in(m: re.Match) -> str:
    """The arrival of :data:`_COMING_IN_DE` or :data:`_ARRIVED_DE` said in English, the place right after the cue
    and a clock time said between after it ("um 9 mit dem Zug in X an" -> "arriving at X um 9 mit dem Zug";
    "mit dem Zug in X an, 9:45" -> "mit dem Zug arriving at X, 9:45";
    "steige um 7:30 in X aus" -> "arriving at X um 7:30")."""
    between, place = m.group("between"), m.group("place")
    return f"arriving at {place} {between}".rstrip() if re.search(r"\d", between) else f"{between}arriving at {place}"


def _place_phrases(text: str) -> str:
    """``text`` with the ways of saying where the trip starts or ends that every language read shares rewritten into
    English, before the phrase rules of each language read their words ("Fin à 17:00 place X" -> "ending at 17:00
    at place X", "Ziel ist der Dorfpark" -> "destination: Dorfpark", "moro perto do Q" -> "staying near Q")."""
    text = _ENDING_AT_TIME.sub(r"ending at \1 at ", text)
    text = _PICKED_UP_DE.sub(_picked_up_de, _PICKED_UP.sub("i must be at ", text))
    text = _CHECK_IN_DE.sub(lambda m: f"{m.group(1) if re.search(r'[0-9]', m.group(1)) else ''}i must be at {m.group(2)}",
                            text)
    text = _CHECK_OUT_DE.sub(lambda m: f"leaving from {m.group(2)} {_said_time(m.group(1))}".rstrip(), text)
    text = _COMING_OUT_DE.sub(r"leaving from \2 \1", _COMING_IN_DE.sub(_coming_in, _ARRIVED_DE.sub(_coming_in, text)))
    return _STAYING_NEAR.sub("staying near ", _DESTINATION.sub("destination: ", text))


def normalise(text: str, lang: str, keep: list[tuple[int, int]] = ()) -> str:
    """``text`` with the cue words of ``lang`` rewritten into English (place names kept); the spans in
    ``keep`` (names the map holds) are kept as written."""
    text = _restore_kept(_normalise(_hide_kept(text, keep), lang), text, keep)
    return _trip_words(_event_ends(_MEDICAL_AT.sub("an appointment", text)))


#: an appointment somewhere at a time, in the languages read ("gig", "consulta", "Termin", "konserten")
_EVENT = (r"(?:gig|show|concert|concerto|concierto|konzert|konsert(?:en)?|konsertti|appointment|consulta|termin|"
          r"rendez-vous|rdv|cita|training|entraînement|treino|soundcheck|rehearsal|ensaio|probe|ceremony|match|game|"
          r"jogo|partido|partita|spiel|wedding|hochzeit|mariage|boda|casamento|matrimonio|bröllop|häät|casament|"
          r"spectacle|espectáculo|espetáculo|spettacolo|föreställning|esitys|voorstelling|meeting|reunião|"
          r"reunión|réunion|riunione|möte|kokous|vergadering|besprechung|sitzung|team dinner|client dinner|"
          r"business lunch|work dinner|conference dinner|dinner with clients|"
          r"gala dinner|business dinner|dîner de gala|cena de gala|jantar de gala|galadinner|ballet|balletto|ballett|"
          r"birthday lunch|birthday dinner|birthday party|dinner reservation|lunch reservation|reservation|"
          r"møde|møte|aftale|avtale|koncert(?:en)?|konserten|forestilling(?:en)?|bryllup(?:et)?)")
_EVENT_NAME = (r"(?-i:[A-ZÀ-Ý])[\w'’-]*(?:\s+(?:(?-i:[A-ZÀ-Ý])[\w'’-]*|de|da|do|das|dos|del|la|le|du|des|of)){0,5}")
_EVENT_TIME = r"(?:\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?|noon|midday)"
_EVENT_AT = r"(?:at|in|na|no|em|på|im|am|à|au|en|al|a)\s+(?:the\s+)?"
#: "before that" said right after the appointment, in the languages read
_THEN_BEFORE_THAT = (r"(?=[\s.,;:!]+(?:before that|before this|beforehand|before(?=\s*,)|antes|avant|vorher|davor|"
                     r"innan|sitä ennen|ennen sitä|abans|prima)\b)")
#: "Gig at the Red Rattler at 8pm. Before that, ...", "i have consulta at 16:30 at Praça X. before that ...": the
#: appointment is where and when the trip ends
_EVENT_THEN_BEFORE = re.compile(
    r"(?i)\b(?:(?:i|we) have (?:a |an |my |the )?)?" + _EVENT + r"(?:'s| is)?\s+(?:" + _EVENT_AT + r"(?P<p1>" +
    _EVENT_NAME + r")\s+(?:at|around|by)\s+(?P<t1>" + _EVENT_TIME + r")|(?:at|around)\s+(?P<t2>" + _EVENT_TIME +
    r")\s+" + _EVENT_AT + r"(?P<p2>" + _EVENT_NAME + r"))" + _THEN_BEFORE_THAT)
#: "Um 14 Uhr ist die Hochzeit in der X. Vorher ...", "At 2pm is the wedding at X. Before that": the same, the time
#: said first
_TIME_EVENT_BEFORE = re.compile(
    r"(?i)\b(?:at|around)\s+(?P<t1>" + _EVENT_TIME + r")\s+(?:is|ist|est|es|é|è|är|on)\s+(?:the |my |our |la |le |el |o |a )?"
    + _EVENT + r"\s+" + _EVENT_AT + r"(?P<p1>" + _EVENT_NAME + r")" + _THEN_BEFORE_THAT)
#: "a bar innan konserten på Musikhuset kl 19", "before the show at X at 8": the same, said after the visits
_BEFORE_EVENT = re.compile(
    r"(?i)\b(?:before|innan|avant|antes d[oe]|vor)\s+(?:the |le |la |l'|o |a |el |dem |der |den )?" + _EVENT +
    r"\s+" + _EVENT_AT + r"(?P<p1>" + _EVENT_NAME + r")\s+(?:at|around|by)\s+(?P<t1>" + _EVENT_TIME + r")")


#: a visit to a doctor, in the languages read: with a clock time it is an appointment, not a visit to plan
_MEDICAL = (r"(?:dentist|doctor|gp|zahnarzt|zahnärztin|arzt|ärztin|hausarzt|tandläkare[n]?|läkare[n]?|dentiste|médecin|"
            r"dentista|médico|medico|metge|hammaslääkäri\w*|lääkäri\w*|tandarts|huisarts|dokter|physio|"
            r"physiotherapist|kinésithérapeute|kiné|fisioterapeuta|fysioterapeut|orthodontist|kieferorthopäde|"
            r"zahnarzttermin|arzttermin|tandläkartid|läkartid|hammaslääkäriaika|lääkäriaika)")
#: "Dentist at 11:30 near the Shot Tower", "Tandläkare vid Mariatorget kl. 15", "a dentist at the Mairie du 11e at
#: 11:45": the doctor with a clock time in its clause, no visit said after it
_MEDICAL_AT = re.compile(r"(?i)\b(?:(?:a|an|my|the|einen|den|dem|der|un|una|um|uma|en|el|le|la|il|lo|o|de|het)\s+)?"
                         + _MEDICAL + r"\b(?=[^.,;!?\n]{0,40}?\b(?:at|by|around)\s+\d{1,2}:\d{2}(?![^.;!?\n]*\b(?:then|after that|"
                         r"afterwards)\b))")


#: "The concert starts at 20:00 at the Nationaltheater", "das Konzert in der Philharmonie beginnt um 20:00": an
#: event that begins, where the trip ends unless something is done after it
_STARTS = (r"(?:starts|begins|beginnt|fängt an|commence|débute|empieza|comienza|começa|inicia|inizia|comincia|börjar|"
           r"alkaa|begint)")
_IS = r"(?:is|ist|est|es|é|è|är)"
_EVENT_STARTS = re.compile(
    r"(?i)\b" + _EVENT + r"\s+(?:(?:" + _STARTS + r"|" + _IS + r")\s+(?:at|around)\s+(?P<t1>" + _EVENT_TIME + r")\s+" +
    _EVENT_AT + r"(?P<p1>" + _EVENT_NAME + r")|(?:" + _IS + r"\s+)?" + _EVENT_AT + r"(?P<p2>" + _EVENT_NAME + r")\s+" +
    _STARTS + r"\s+(?:at|around)\s+(?P<t2>" + _EVENT_TIME + r"))")
#: "the team dinner is at Wollmar at 19:00": the same, with "is" and no word of beginning
_EVENT_IS_AT = re.compile(r"(?i)\b" + _EVENT + r"\s+" + _IS + r"\s+" + _EVENT_AT + r"(?P<p1>" + _EVENT_NAME +
                          r")\s+(?:at|around)\s+(?P<t1>" + _EVENT_TIME + r")")
_AFTER_EVENT = re.compile(r"(?i)\b(?:after|nach|après|después|depois|dopo|efter|jälkeen|na)\s+"
                          r"(?:the\s+|dem\s+|le\s+|"
                          r"la\s+|el\s+|o\s+|a\s+|il\s+|lo\s+)?" + _EVENT)


def _event_ends(text: str) -> str:
    """An appointment with its place and time that the visits come before, rewritten as the end."""
    def end(m: re.Match) -> str:
        return f"i must be at {m.group('p1') or m.group('p2')} by {m.group('t1') or m.group('t2')}"
    text = _BEFORE_EVENT.sub(lambda m: ", " + end(m), _EVENT_THEN_BEFORE.sub(end, _TIME_EVENT_BEFORE.sub(end, text)))
    if _AFTER_EVENT.search(text):
        return text
    starts = _EVENT_STARTS.sub(end, text, count=1)
    return starts if starts != text else _EVENT_IS_AT.sub(end, text, count=1)


def _hide_kept(text: str, keep: list[tuple[int, int]]) -> str:
    """``text`` with each span of ``keep`` replaced by a placeholder, capitalised as the name it hides."""
    out, last = [], 0
    for i, (a, b) in enumerate(keep):
        out.append(text[last:a] + _kept_word(i))
        last = b
    return "".join(out) + text[last:]


def _restore_kept(text: str, original: str, keep: list[tuple[int, int]]) -> str:
    """The spans hidden by :func:`_hide_kept` back in place."""
    return re.sub(r"Zqxkept([a-z])([a-z])", lambda m: original[slice(*keep[_kept_index(m)])], text)


def _kept_word(i: int) -> str:
    """The placeholder of the ``i``-th kept name: one capitalised word no rule knows, without digits."""
    return f"Zqxkept{chr(97 + i // 26)}{chr(97 + i % 26)}"


def _kept_index(m: re.Match) -> int:
    return (ord(m.group(1)) - 97) * 26 + ord(m.group(2)) - 97


#: short Danish and Norwegian words typed without "æ", "ø", "å" ("pa Mariatorget", "og sa en ol"), which the rules
#: do not loosen as they do longer ones (:func:`~nco.planner.offline.text.nordic`)
_NORDIC_SHORT = {"pa": "på", "sa": "så", "na": "nå", "ga": "gå", "fa": "få", "ma": "må", "ol": "øl", "bat": "båt"}
_NORDIC_SHORT_RE = re.compile(r"\b(?:" + "|".join(_NORDIC_SHORT) + r")\b", re.IGNORECASE)


def _nordic_typed(text: str) -> str:
    """A Danish or Norwegian ``text`` typed with no "æ", "ø", "å" at all, its short words written as they are
    spelt ("pa" -> "på", "og sa en ol" -> "og så en øl"); a text with any of them unchanged."""
    if re.search(r"[æøåÆØÅ]", text):
        return text
    return _NORDIC_SHORT_RE.sub(lambda m: _NORDIC_SHORT[m.group(0).lower()] if m.group(0).islower()
                                else _NORDIC_SHORT[m.group(0).lower()].capitalize(), text)


#: words of Brazilian Portuguese, not of Portugal ("pra", "tô", "você", "ônibus", "café da manhã", "academia" for a gym)
_BRAZILIAN = re.compile(r"(?i)\b(?:pra|pro|tô|tá|você|vocês|a gente|ônibus|galera|bora|mano|café da manhã|sorvete|"
                        r"banheiro|celular|academia|legal)\b")
#: "mercado" alone, the everyday word for a supermarket in Brazil; not a market named ("Mercado Municipal", "mercado
#: do Bolhão") nor an open-air one ("mercado de rua")
_BR_MERCADO = re.compile(r"\b(?-i:mercado)\b(?!\s+(?:municipal|central|p[uú]blico|de rua|d[aoe]s?\s+(?-i:[A-ZÀ-Ý])|"
                         r"(?-i:[A-ZÀ-Ý])))", re.IGNORECASE)


def _normalise(text: str, lang: str) -> str:
    if lang in SLAVIC:  # Polish and Czech read as typed without diacritics, names kept
        text = prepare(text, lang)
    if lang in ("da", "no"):
        text = _nordic_typed(text)
    text = _AGE.sub("", text)
    if lang == "pt" and _BRAZILIAN.search(text):  # "passar no mercado pra comprar pão": the grocery store in Brazil
        text = _BR_MERCADO.sub("supermercado", text)
    if lang == "de":  # "am 4. Advent", "bis zum 3. Mai": a day of the month, no clock time
        text = re.sub(r"\b((?i:am|zum|vom|den))\s+\d{1,2}\.(?=\s+[A-ZÄÖÜ])", r"\1", text)
    for pat, repl in _EVERY_LANGUAGE:
        text = pat.sub(repl, text)
    text = quarter_hours(expand(text, lang), lang)
    text = _MORNING_H.sub(r"0\1\2", _hours_had(_IN_HOURS.sub(r"in \1 hours", text)))
    if lang != "en":  # typed with its minutes, a time is on the 24-hour clock: "7.15", "a les 7:45"
        text = _MORNING_HM.sub(r"0\1\2", text)
    text = _symbols(_dotted_times(_typed_times(text)))
    if lang == "en":  # British "half 9": half past nine
        text = fix_typos(_ARRIVING.sub("arriving ", _UM.sub("at ", _PICKED_UP.sub("i must be at ", text))))
        return word_times(re.sub(r"(?i)\bhalf (\d{1,2})\b(?![:.]?\d|\s*(?:hours?|hrs?|h|an?)\b)", r"half past \1", text), "en")
    negation = _NEGATION_DA_NO if lang in ("da", "no") else _NEGATION
    text = negation.sub("without ", text)  # before typos are fixed: "nada" is no misspelt kind
    text = re.sub(r"\b[Pp]as d['’](?=[^\W\d_])", "without ", text)  # "Pas d'églises"
    if lang in _DEFINITE_ENDINGS:  # before typos are fixed: "bokhandeln" is the bookshop said before, no misspelt
        text = _swedish_definite(text, lang)  # "bokhandel"; "kirken", "stasjonen" the same
    text = fix_typos(text, ALL_FUNCTION_WORDS | _RULE_WORDS[lang], _KIND_RULE_WORDS[lang], lang == "de")
    if lang == "fi":
        text = _finnish_words(_finnish_places(_finnish_words(text, capitals=True)))
    text = _BIKES.sub("bike rental", text)  # before names are protected: "Station Vélib" is no name
    t, names = protect_names(word_times(_clock_times(text), lang), lang)
    t = rewrite(_place_phrases(t), lang)
    for pat, repl in _SHARED:
        t = pat.sub(repl, t)
    t = _protect_lower_places(t, names)
    for pat, repl in _COMPILED[lang]:
        t = pat.sub(repl, t)
    t = _START_AFTER_TIME.sub(r"\1\2 from ", _AT_AFTER_TIME.sub(r"\1 \2 at ", t))
    if lang in SLAVIC:
        t = _kinds_said_again(_kind_bases(t, lang))
    t = re.sub(r"(?<![\d:])(\d{1,2}):(?=\D|$)", r"\1:00", t)  # "at 10:" from an hour without minutes
    t = re.sub(r"(?<![\d:])(\d{1,2}):(\d{2})(?=\s*" + BUDGET_WORDS + ")", r"\1h\2", t)  # "3h max": a budget
    t = re.sub(r"\b(?:per|pour|para|als|voor|till|för)\s+(?:(?:the|a|la|il|lo|le|el|o|um|uma|un|une|de|het)\s+|l')?"
               r"(?=(?:breakfast|brunch|lunch|dinner|supper)\b)", "for ", t)  # "una pasticceria per la colazione"
    t = re.sub(r"\b(after|before) (?:le|la|les|l'|el|los|las|del|de la|de l'|do|da|dos|das|il|lo|gli|der|dem|den)"
               r"(?:\s+|(?<=')(?=\w))(?!\d)", r"\1 the ", t)  # "après la boulangerie" read word by word
    t = re.sub(r"\b(before|after|until|around|at|by|from) (?:the )?(?:las|les|la|as|às|le|alle|ore|kello|klo)\s+(?=\d)",
               r"\1 ", t)  # "antes de las 3": the article of a clock time
    numbers = dict(zip(_NUMBERS[lang].split(), _EN_NUMBERS))
    numbers.update({"ein": "one", "eine": "one", "une": "one", "um": "one", "dois": "two", "dos": "two"})
    # "two hours", not "dix-sept hours"
    t = re.sub(r"(?<![\w-])(\w+)(?= hours\b)", lambda m: numbers.get(m.group(1).lower(), m.group(1)), t)
    nouns = "|".join(sorted(PLACE_NOUNS))
    t = re.sub(r"\b(at|by|until|around|from) (?:la|el|le|les|o|a|os|as|los|las|the) (?=[A-ZÀ-Ý]|(?:" + nouns + r")\b)",
               r"\1 ", t)
    t = re.sub(r"\b(at|by|until|around|from|to) l'(?=[A-ZÀ-Ý])", r"\1 ", t)  # "à l'Isartor"
    # not an ordinal or an hour past 24 ("en 42nd Street": a street)
    t = re.sub(r"\b(at|by|until|around|from)\s+([01]?\d|2[0-4])(?![\d:]|\.\d|(?:st|nd|rd|th)\b)", r"\1 \2:00", t)
    t = re.sub(r"\b(about)\s+(\d{1,2})(?=\s*[.,;!?]|\s*$)", r"around \2:00", t)  # "ca 16." ends a clause: a clock time
    return fix_typos(" ".join(restore_names(t, names).split()), ALL_FUNCTION_WORDS)


#: the walk or the route asked for is the trip itself, not a visit ("plan me a short walk to a church");
#: camping somewhere is where one stays; children a visit is for are no kind of place ("une aire de jeux pour
#: les enfants", "a park for the children")
_TRIP_WORDS = [
    (re.compile(r"(?i)\b(?:for|pour|para|per|für|för|voor|per a|varten)\s+(?:(?:the|les|los|las|as|os|i|die|de|my|our|"
                r"mes|nos|mis|nuestros|meus|nossos|miei|nostri|meine|unsere|mina|våra|mijn|onze|els|meus)\s+)?"
                r"(?:kids|children|child|enfants|niños|niñas|crianças|bambini|kinder|kinderen|barnen|barn|nens|lapsille)\b"),
     "for the kids"),
    (re.compile(r"(?i)\b((?:plan|propose|suggest|make|build|recommend|design|organi[sz]e|put together)(?: me| us)?) "
                r"(?:a |an )?(?:short |little |small |nice |quick )?(?:walk|stroll|walking route|walking tour)\b"), r"\1 a route"),
    (re.compile(r"(?i)\ba (?:short |little |small |nice |quick )?(?:walk|stroll) (to|past|via|along)\b"), r"a route \1"),
    (re.compile(r"(?i)\b(i'?m|we'?re|i am|we are) camping (at|in|near)\b"), r"\1 staying \2"),
    # who passed the request on is no place: "forwarding from Ana:", "message from my dad:"
    (re.compile(r"(?i)\b(?:forward(?:ed|ing)?|fwd|message|msg|text|note|e-?mail|request)\s+from\s+"
                r"(?:my\s+|our\s+)?[\w'-]+\s*:"), "note:"),
    # the theme of an evening before its plan ("Theatre night! ... then the show at the theatre"): no visit of its
    # own when the plan names the place again
    (re.compile(r"(?i)^\s*(?:theat(?:re|er)|movie|cinema|film|pub|museum|gallery|shopping|park|beach|bar)\s+"
                r"(?:night|day|evening|afternoon|morning|trip)\s*!\s*(?=.*\b(?:theat(?:re|er)|movie|cinema|film|pub|"
                r"museum|gallery|shop|park|beach|bar|show)s?\b)"), ""),
]


#: where one starts, said after the day or the time with a Romance or German "from the" ("we start venerdì at 9:00
#: dal Port Hercule", "salimos el sábado a las 10 del Hotel X"): "from"
_START_AFTER_TIME = re.compile(r"\b(we start|starting|leaving)((?:\s+[^\W\d_]+){0,2}?\s+(?:at|around|from)\s+"
                               r"\d{1,2}(?::\d\d)?)\s+(?:dall'|" + _FROM_THE + r")(?:(?<=')|\s+)"
                               r"(?=(?-i:[A-ZÀ-Ý])|Q\ue000)")
#: where one meets or is, said after the time with a Romance or German "at the" ("meet at 16:00 al Parc Central",
#: "i'm at 10:00 na Praça X"): "at"
_AT_AFTER_TIME = re.compile(r"\b(meet at|i'm at|we're at|we start at|starting at|leaving at)\s+"
                            r"(?:(?:les|las|as|às|alle|le|la|um)\s+)?(\d{1,2}(?::\d\d)?)\s+"
                            r"(?:al|a la|a l'|alla|allo|all'|au|à la|à l'|à|no|na|em|am|im|beim|en el|en la)"
                            r"(?:\s+|(?<='))(?=(?-i:[A-ZÀ-Ý])|Q\ue000)")


def _trip_words(text: str) -> str:
    for pat, repl in _TRIP_WORDS:
        text = pat.sub(repl, text)
    return text


#: the kinds of place the rules of Polish and Czech write, and their plurals: the languages have no article, so a
#: count says the plural ("tři galerie": three galleries) and a kind said again is the visit said before ("Najpierw
#: pomnik, potem kościół": the church named before, "the church")
_SLAVIC_KINDS = {"museum": "museums", "church": "churches", "park": "parks", "cafe": "cafes",
                 "restaurant": "restaurants", "bar": "bars", "pub": "pubs", "bakery": "bakeries",
                 "pharmacy": "pharmacies", "bookshop": "bookshops",
                 "gallery": "galleries", "market": "markets", "library": "libraries", "cinema": "cinemas",
                 "theatre": "theatres", "playground": "playgrounds", "viewpoint": "viewpoints", "monument": "monuments",
                 "sight": "sights", "shop": "shops", "supermarket": "supermarkets", "castle": "castles",
                 "garden": "gardens", "pizzeria": "pizzerias", "wine bar": "wine bars", "drugstore": "drugstores"}
_SLAVIC_KIND = re.compile(r"(?<![\w'-])(?:(a|an|one|two|three|four|five|many|the|another|some|any|my|our|this|that|"
                          r"every|each)\s+)?(" + "|".join(sorted(_SLAVIC_KINDS, key=len, reverse=True)) +
                          r")\b(?!['-]|\s+(?:shop|store|garden|bar)\b)")


def _kind_bases(t: str, lang: str) -> str:
    """Polish or Czech rewritten: a word the rules left, in a case of a kind of place the tagging schema names, in
    its base form ("do pralni" -> "pralnia", "na siłownię" -> "silownia", "do drogerii" -> "drogerie", "do
    posilovny" -> "posilovna")."""
    langs = tagschema.read_in(lang)

    def base(m: re.Match) -> str:
        w = m.group(0)
        if len(w) < 5 or w in STOPWORDS_EN or w in LEX_MAP or tagschema.lookup(w, langs) or \
                t[max(0, m.start() - 4):m.start()] == "for ":
            return w
        return next((c for c in bases_of(w, lang)[1:] if len(c) >= 5 and tagschema.lookup(c, langs)), w)

    return re.sub(r"(?<![\w'-])[a-z]+(?![\w'-])", base, t)


def _kinds_said_again(t: str) -> str:
    """Polish or Czech rewritten: a kind after a count in the plural, a kind said again with "the"."""
    seen: set[str] = set()

    def repl(m: re.Match) -> str:
        det, kind = m.group(1), m.group(2)
        again = kind in seen
        seen.add(kind)
        if det in ("two", "three", "four", "five", "many"):
            return f"{det} {_SLAVIC_KINDS[kind]}"
        return f"the {kind}" if again and det is None else m.group(0)

    return _SLAVIC_KIND.sub(repl, t)


#: a place noun, a linking article and a capitalised name: "place du Marché", "Praça do Mercado"
_NAMED_PLACE = re.compile(
    r"\b(?:" + "|".join(sorted(PLACE_NOUNS, key=len, reverse=True)) + r")\s+"
    r"(?:(?:du|de la|de l'|des|del|de|do|da|dos|das|di|della|dello|dei|degli|delle|dels|d')\s?)?"
    r"((?-i:[A-ZÀ-Ý])[\w'-]*(?:\s+(?-i:[A-ZÀ-Ý])[\w'-]*)*)", re.IGNORECASE)


_NAME_THEN_NOUN = re.compile(r"(?<![\w'])((?-i:[A-ZÀ-Ý])[\w'-]*(?:\s+(?-i:[A-ZÀ-Ý])[\w'-]*)*\s+(?-i:"
                             + "|".join(POST_NOUNS) + r"))(?![\w-])")


#: a name with a Finnish place ending ("-lta" from, "-lla" at, "-sta" out of, "-lle" to, "-ssa" in) after
#: the "i" Finnish puts between a foreign name and its ending ("Mariatorgetilta", "Hornsgatanilta")
_FI_LINK_I = re.compile(r"\b((?-i:[A-ZÀ-Ý])\w+?)i(lta|ltä|lla|llä|sta|stä|lle|ssa|ssä)\b")
_FI_FROM = re.compile(r"(?<!lähtee )((?:(?-i:[A-ZÀ-Ý])[\w'-]*\s+(?:(?:del|de|la|el|dels|des|du|da|do|di|of|the)\s+)*)*)"
                      r"\b(\w{4,}?(?=lta\b|ltä\b)|(?-i:[A-ZÀ-Ý])\w{3,}?(?=sta\b|stä\b))(?:lta|ltä|sta|stä)\b")





def _fi_bases() -> set[str]:
    """The Finnish words the rules of :data:`RULES` know in their base form."""
    words = set()
    for pat, _ in RULES["fi"]:
        words |= set(re.findall(r"\\b([a-zäö]{4,})\\b", pat))
    return words


def _fi_base(word: str, bases: set[str]) -> str:
    """The base form of an inflected Finnish word the rules know, else the word."""
    low = word.lower()
    if low in bases:
        return word
    return next((cand for cand in fi_bases_of(low) if cand in bases), word)


def _sv_bases(lang: str = "sv") -> set[str]:
    """The Swedish (Danish, Norwegian) words the rules of :data:`RULES` and :data:`PHRASES` know in their base form."""
    return {w for pat, _ in RULES[lang] + PHRASES[lang] if isinstance(pat, str)
            for w in re.findall(r"\\b([a-zæøåäöé]{3,})(?=\\b|\(\?:|\|)", pat)}


#: the words of the parts of the day said after a clock time ("klokken tre om eftermiddagen")
_DAYPART_WORDS = {w for words in DAYPARTS.values() for phrase in words for w in phrase.split()}
#: the definite endings of a noun: Swedish; Danish and Norwegian with their plural ("kirkerne", "museene") and
#: Norwegian with its feminine ("kirka" of "kirke")
_DEFINITE_ENDINGS = {"sv": ("et", "en", "t", "n"), "da": ("et", "en", "t", "n", "ne"),
                     "no": ("et", "en", "t", "n", "ne", "a")}


def _swedish_definite(text: str, lang: str = "sv") -> str:
    """Swedish, Danish and Norwegian nouns with the definite ending as "the <noun>" ("kaféet", "bageriet",
    "restaurangen"; "kirken", "biografen", "museerne"; "bakeriet", "kirka")."""
    bases = _sv_bases(lang)

    def at_start(m: re.Match) -> bool:  # "Frisören först": a capital at a sentence start only
        return re.search(r"(?:^|[.!?:]\s*)$", text[:m.start()]) is not None

    def base(m: re.Match) -> str:
        w = m.group(0)
        if w.lower() in _DAYPART_WORDS:  # "om eftermiddagen": a part of the day, read with its clock time
            return w
        for end in _DEFINITE_ENDINGS[lang]:
            stem = w.lower()[: -len(end)] + ("e" if end == "a" else "")
            if len(end) == 1 and end != "a" and stem[-1:] not in "aeiouyåäöæøé" and stem[-2:] not in ("el", "er"):
                continue  # "-n" and "-t" alone follow a vowel or -el, -er ("kyrkan", "bokhandeln"): "barn" is no "bar"
            if w.lower().endswith(end) and stem in bases and w.lower() not in bases \
                    and (w.islower() or at_start(m)):
                return "the " + w[: -len(end)] + ("e" if end == "a" else "")
        return w

    return re.sub(r"\b[a-zæøåäöéA-ZÆØÅÄÖ][a-zæøåäöé]{3,}\b", base, text)


def _finnish_words(text: str, capitals: bool = False) -> str:
    """Inflected Finnish words the rules know, in their base form ("kirjastossa" -> "kirjasto"); with
    ``capitals``, only those capitalised at the start of a sentence ("Apteekista pitää hakea ..."), read
    before the place endings of names are."""
    bases = _fi_bases()

    def base(m: re.Match) -> str:
        w = m.group(0)
        if capitals and not re.search(r"(?:^|[.!?:;]\s*)$", text[:m.start()]):
            return w
        return _fi_base(w, bases)

    return re.sub(r"\b[A-ZÄÖ][a-zäö]{4,}\b" if capitals else r"\b[a-zäö]{5,}\b", base, text)


#: Finnish hours said with the ablative ending ("kello kolmelta", "puoli kahdelta"): the hour word
_FI_HOUR_FROM = {"yhdeltä": "yksi", "kahdelta": "kaksi", "kolmelta": "kolme", "neljältä": "neljä", "viideltä": "viisi",
                 "kuudelta": "kuusi", "seitsemältä": "seitsemän", "kahdeksalta": "kahdeksan",
                 "yhdeksältä": "yhdeksän", "kymmeneltä": "kymmenen", "yhdeltätoista": "yksitoista",
                 "kahdeltatoista": "kaksitoista",
                 # spoken: "yheltä", "kahelta", "kuuelta", "kympiltä", "yheltätoista"
                 "yheltä": "yksi", "kahelta": "kaksi", "kuuelta": "kuusi", "kympiltä": "kymmenen",
                 "yheltätoista": "yksitoista", "kaheltatoista": "kaksitoista"}
#: a name in the genitive before a postposition of place ("Ateneumin edessä", "Stockmannin luona")
_FI_POSTPOSITION = re.compile(r"\b((?-i:[A-ZÀ-Ý])[\w-]+?)n (?:edessä|luona|vieressä|kohdalla|ulkopuolella|takana|lähellä)\b")
#: the same, leaving from there ("Kiasman edestä": from in front of Kiasma)
_FI_POSTPOSITION_FROM = re.compile(r"\b((?-i:[A-ZÀ-Ý])[\w-]+?)n (?:edestä|luota|vierestä|kohdalta|takaa)\b")


#: Finnish hours said with the illative ending before "until" or "by" ("kahteentoista asti", "kolmeen mennessä")
_FI_HOUR_TO = {"yhteen": "yksi", "kahteen": "kaksi", "kolmeen": "kolme", "neljään": "neljä", "viiteen": "viisi",
               "kuuteen": "kuusi", "seitsemään": "seitsemän", "kahdeksaan": "kahdeksan", "yhdeksään": "yhdeksän",
               "kymmeneen": "kymmenen", "yhteentoista": "yksitoista", "kahteentoista": "kaksitoista"}
#: Finnish hours said with the translative ending ("neljäksi": by four, "Laivaan pitää ehtiä neljäksi")
_FI_HOUR_BY = {"yhdeksi": "yksi", "kahdeksi": "kaksi", "kolmeksi": "kolme", "neljäksi": "neljä", "viideksi": "viisi",
               "kuudeksi": "kuusi", "seitsemäksi": "seitsemän", "kahdeksaksi": "kahdeksan", "yhdeksäksi": "yhdeksän",
               "kymmeneksi": "kymmenen", "yhdeksitoista": "yksitoista", "kahdeksitoista": "kaksitoista"}
#: Finnish hours said with the elative ending ("kymmenestä"), from when a range runs: the hour word
_FI_HOUR_OUT = {"yhdestä": "yksi", "kahdesta": "kaksi", "kolmesta": "kolme", "neljästä": "neljä", "viidestä": "viisi",
                "kuudesta": "kuusi", "seitsemästä": "seitsemän", "kahdeksasta": "kahdeksan", "yhdeksästä": "yhdeksän",
                "kymmenestä": "kymmenen", "yhdestätoista": "yksitoista", "kahdestatoista": "kaksitoista"}
#: a range of hours, from one hour to the next ("kymmenestä kahteentoista", "klo kolmesta viiteen")
_FI_RANGE = re.compile(r"(?i)\b(?:(?:kello|klo)\s+)?(" + "|".join(_FI_HOUR_OUT) + r")\s+(?:(?:kello|klo)\s+)?("
                       + "|".join(_FI_HOUR_TO) + r")\b(?!\s+(?:tuntiin|minuuttiin)\b)")
#: Finnish hours said with the partitive ending after "ennen" ("ennen viittä": before five): the hour word
_FI_HOUR_BEFORE = {"yhtä": "yksi", "kahta": "kaksi", "kolmea": "kolme", "neljää": "neljä", "viittä": "viisi",
                   "kuutta": "kuusi", "seitsemää": "seitsemän", "seittemää": "seitsemän", "kahdeksaa": "kahdeksan",
                   "yhdeksää": "yhdeksän", "kymmentä": "kymmenen", "yhtätoista": "yksitoista",
                   "kahtatoista": "kaksitoista"}
_FI_BEFORE = re.compile(r"(?i)\bennen\s+(?:(?:kello|klo)\s+)?(" + "|".join(_FI_HOUR_BEFORE) + r")\b(?!\s+(?:vaille|yli)\b)")
#: an hour from which on ("kahdestatoista alkaen", "kolmesta lähtien": from twelve, from three on)
_FI_FROM_HOUR = re.compile(r"(?i)\b(?:(?:kello|klo)\s+)?(" + "|".join(_FI_HOUR_OUT) +
                           r")\s+(?:alkaen|lähtien|eteenpäin)\b")
_FI_UNTIL = re.compile(r"(?i)\b(?:(kello|klo|puoli)\s+)?(" + "|".join(_FI_HOUR_TO) + r")(?=\s+(?:asti|saakka|mennessä)\b)")


#: the trip or the day ending at a place ("Päivä päättyy Oodiin", "lopetan Kauppatorille")
_FI_END = re.compile(r"(?i)\b(?:päättyy|päätän|päätämme|lopetan|lopetamme|loppuu)\s+((?-i:[A-ZÀ-Ý])[\w-]{2,})")


#: seeing each other at a place, said in Finnish ("Nähdään Hakaniemen torilla", "Tavataan Kauppatorilla"): a meeting
_FI_MEET = re.compile(r"(?i)\b(?:nähdään|tavataan)\s+"
                      r"((?-i:[A-ZÀ-Ý])[\w-]*?(?:\s+[\w-]+?)?(?:lla|llä|ssa|ssä))\b")


#: coming or arriving to a place, said in Finnish with its name in the illative ("Tullaan Kamppiin", "Saavumme
#: Rautatientorille"): where the trip starts
_FI_COME_TO = re.compile(r"(?i)\b(?:tullaan|tulemme|tulen|saavumme|saavun|saavutaan)\s+((?-i:[A-ZÀ-Ý])[\w-]{2,}"
                         r"(?:iin|aan|ään|een|oon|uun|yyn|lle|seen))\b")


def _fi_name_to(word: str) -> str:
    """A name without the ending of "to" or "at" ("Oodiin" -> "Oodi", "Kiasmaan" -> "Kiasma",
    "Ateneumiin" -> "Ateneum", "Kauppatorille" -> "Kauppatori")."""
    low = word.lower()
    if low.endswith(("lle", "lla", "llä", "ssa", "ssä", "seen")):
        stem = word[:-4] if low.endswith("seen") else word[:-3]
    elif len(low) > 4 and low[-1] == "n" and low[-2] == low[-3]:
        stem = word[:-2]  # the illative lengthens the last vowel
    else:
        return word
    return stem[:-1] if stem.endswith("i") and _foreign_end(stem[:-1]) else stem


def _finnish_places(text: str) -> str:
    """Finnish place endings undone: "Rautatientorilta" and "Plaça del Poblelta" are "from <name>"; the hours
    said with a case ending in their base form, after "kello" ("kolmelta", "kahteentoista asti")."""
    # a verb of starting that opens a sentence is no part of the name after it ("Aloitetaan Aleksanterinkadulta")
    text = re.sub(r"\b(Aloitetaan|Lähdetään|Aloitan|Aloitamme|Lähden|Lähdemme|Aloitat|Lähdet|Aloitatte|Lähdette)\s+(?=[A-ZÅÄÖ])",
                  lambda m: m.group(1).lower() + " ", text)
    # the same asked of someone ("Lähde Narinkkatorilta"; "lähde" alone is a spring)
    text = re.sub(r"\b(?:Lähde|Lähtekää|Aloita|Aloittakaa)\s+(?=[A-ZÅÄÖ])", "start ", text)
    # the ablative names the hour on its own ("kymmeneltä": at ten; "puol yhdeltä": half past twelve)
    text = re.sub(r"\b(?:(kello|klo)\s+)?(?:(puol(?:i|ta)?)\s+)?(" + "|".join(_FI_HOUR_FROM) + r")\b",
                  lambda m: f"{m.group(1) or 'kello'} {'puoli ' if m.group(2) else ''}{_FI_HOUR_FROM[m.group(3).lower()]}",
                  text, flags=re.IGNORECASE)
    text = re.sub(r"\b(?:(?:kello|klo)\s+)?(?:(puol(?:i|ta)?)\s+)?(" + "|".join(_FI_HOUR_BY) + r")\b",
                  lambda m: f"by kello {'puoli ' if m.group(1) else ''}{_FI_HOUR_BY[m.group(2).lower()]}", text,
                  flags=re.IGNORECASE)
    text = re.sub(r"(?i)\bviimeistään\s+(?=kello|klo|\d)", "by ", text)
    text = _FI_RANGE.sub(lambda m: f"kello {_FI_HOUR_OUT[m.group(1).lower()]} - kello {_FI_HOUR_TO[m.group(2).lower()]}",
                         text)
    text = _FI_UNTIL.sub(lambda m: f"{m.group(1) or 'kello'} {_FI_HOUR_TO[m.group(2).lower()]}", text)
    text = _FI_FROM_HOUR.sub(lambda m: f"from kello {_FI_HOUR_OUT[m.group(1).lower()]}", text)
    text = _FI_BEFORE.sub(lambda m: f"ennen kello {_FI_HOUR_BEFORE[m.group(1).lower()]}", text)
    text = _FI_END.sub(lambda m: "ending at " + _fi_name_to(m.group(1)), text)
    text = _FI_MEET.sub(lambda m: "meet at " + _fi_name_to(m.group(1)), text)
    text = _FI_COME_TO.sub(lambda m: "arriving at " + _fi_name_to(m.group(1)), text)
    text = _FI_POSTPOSITION.sub(_fi_genitive, text)
    text = _FI_POSTPOSITION_FROM.sub(lambda m: "from" + _fi_genitive(m)[2:], text)
    t = _FI_LINK_I.sub(_fi_unlink, _FI_LOWER_AT.sub(_fi_lower_at, text))
    return _FI_FROM.sub(_fi_from, _FI_FROM_NOUN.sub(_fi_from, t))


#: "olen kauppatorilla", "oon hornsgatanilla": a name in lower case with the ending "-lla" after "I am"
_FI_LOWER_AT = re.compile(r"\b(olen|olemme)\s+((?-i:[a-zåäö])\w{3,}?)(?:lla|llä)\b", re.IGNORECASE)


def _fi_lower_at(m: re.Match) -> str:
    """"olen at <name>" without the ending (and the linking "i" after a foreign name)."""
    stem = m.group(2)
    if stem.endswith("i") and _foreign_end(stem[:-1]):
        stem = stem[:-1]
    return f"{m.group(1)} at {stem}"


#: a place noun in lower case after a name in the genitive, with the ending "-sta" ("Esplanadin puistosta": from
#: the Esplanadi park)
_FI_FROM_NOUN = re.compile(r"\b((?-i:[A-ZÀ-Ý])[\w'-]*n\s+)([a-zåäö]{3,}?)(?:sta|stä)\b")


def _fi_from(m: re.Match) -> str:
    """"from <name>" for a name with the ending "-lta" or "-sta" ("Lähden Hyde Parkista" -> "Lähden from Hyde Park")."""
    words = m.group(1).split()
    lead = 0  # a capitalised verb opens the sentence, not the name
    while lead < len(words) and (words[lead].lower() in ALL_FUNCTION_WORDS or words[lead].lower() in STOPWORDS_EN):
        lead += 1
    name = " ".join(words[lead:] + [m.group(2)[0].upper() + m.group(2)[1:]])
    return "".join(w + " " for w in words[:lead]) + "from " + name


def _foreign_end(stem: str) -> bool:
    """Whether ``stem`` ends as no Finnish word does ("Mariatorget", "Park", "Stockmann"), so an "i" after it links."""
    foreign = re.search(r"(?:[eao]n|et|[ou]m|[ae]m|ad|rk|rd|ld|ck|nn|ll|ss|[bcfgqwxz])$", stem, re.IGNORECASE)
    return bool(foreign) and not re.search(r"(?:pp|tt|kk|ng)$", stem)


def _fi_unlink(m: re.Match) -> str:
    """The name without the linking "i" ("Mariatorgetilta" -> "Mariatorgetlta")."""
    return m.group(1) + m.group(2) if _foreign_end(m.group(1)) else m.group(0)


def _fi_genitive(m: re.Match) -> str:
    """"at <name>" for "<name>n edessä" ("Ateneumin edessä" -> "at Ateneum")."""
    name = m.group(1)
    return "at " + (name[:-1] if name.endswith("i") and _foreign_end(name[:-1]) else name)


#: two or more capitalised words inside a sentence: a name, even when its first word names a kind ("Café Majestic"),
#: after an elided article too ("de l'Église Saint-Charles")
_CAPITALISED_NAME = re.compile(r"(?:(?<=[a-zà-ÿ,:] )|(?<=\b[dlDL]'))((?-i:[A-ZÀ-Ý])[\w'-]+"
                               r"(?:\s+(?:(?:de|do|da|del|di|du|des|dos|das|della|dels|d')\s+)?"
                               r"(?-i:[A-ZÀ-Ý])[\w'-]+)+)")


_GERMAN_ADJECTIVE_NAME = re.compile(r"(?<=[a-zäöüß,:] )(((?-i:[A-ZÄÖÜ])[a-zäöüß]+(?:en|er|es|em|e))\s+(?-i:[A-ZÄÖÜ])[\w'-]+)")


def protect_names(text: str, lang: str = "") -> tuple[str, list[str]]:
    """``text`` with the capitalised names after a place noun (and, but in German, where every noun is
    capitalised, any run of capitalised words inside a sentence) replaced by placeholders, so that no
    word rule translates a name ("place du Marché" stays a place, not a market; "Café Majestic" a
    name, not a cafe); :func:`restore_names` puts them back."""
    names: list[str] = []

    def hide(m: re.Match) -> str:
        whole = m.group(0)[0].isupper()  # "Parque das Nações": the noun is part of the name too
        names.append(m.group(0) if whole else m.group(1))
        keep = "" if whole else m.group(0)[: m.start(1) - m.start(0)]
        return keep + f"Q\ue000{len(names) - 1}\ue001"  # capitalised, as the name it hides

    def hide_all(m: re.Match) -> str:
        words = m.group(1).split()
        lead = 0  # "Från Stockholms södra": a capitalised cue word opens the sentence, not the name
        while lead < len(words) - 1 and (words[lead].lower() in ALL_FUNCTION_WORDS or words[lead].lower() in STOPWORDS_EN):
            lead += 1
        names.append(" ".join(words[lead:]))
        return "".join(w + " " for w in words[:lead]) + f"Q\ue000{len(names) - 1}\ue001"

    def hide_adjective(m: re.Match) -> str:
        if m.group(2).lower() in ALL_FUNCTION_WORDS or m.group(2).lower() in _RULE_WORDS["de"]:
            return m.group(0)
        return hide_all(m)

    text = _NAME_THEN_NOUN.sub(hide_all, _NAMED_PLACE.sub(hide, text))
    if lang == "de":  # "am Hohen Markt", "Täglicher Markt": an adjective is capitalised only in a name
        return _GERMAN_ADJECTIVE_NAME.sub(hide_adjective, text), names
    return _CAPITALISED_NAME.sub(hide_all, text), names


#: the place cues the phrase rules write, after which a name in lower case is kept as written
_PLACE_CUES = re.compile(r"\b(?:i must be at|i want to be at|i'm at|we're at|ending at|back to|meet at|arriving at|"
                         r"i start at|i start from|we start from|leaving from|starting from|from) "
                         r"(?:(?:the|la|el|le|les|los|las|il|lo|o|a|os|as|der|die|das|den|dem) |l')?")


def _protect_lower_places(text: str, names: list[str]) -> str:
    """``text`` with the names written in lower case after a place cue hidden like those of
    :func:`protect_names`, so that no word rule translates the kind in them ("tenho que estar no parque dos
    poderes", "muss am hohen markt sein")."""
    out, last = [], 0
    for m in _PLACE_CUES.finditer(text):
        name = lower_case_name(text, m.end()) if m.start() >= last else None
        if name and name.islower() and text.startswith(name, m.end()):
            names.append(name)
            out.append(text[last:m.end()] + f"Q\ue000{len(names) - 1}\ue001")
            last = m.end() + len(name)
    return "".join(out) + text[last:]


def restore_names(text: str, names: list[str]) -> str:
    """The names hidden by :func:`protect_names` back in place."""
    return re.sub("Q\ue000(\\d+)\ue001", lambda m: names[int(m.group(1))], text)


#: words that say a clock time follows, in every language read ("at", "kl.", "klo", "um", "alle", "às", ...)
_CLOCK_WORDS = (r"at|by|from|until|till|around|before|after|to|starting|start|kl\.?|klockan|klo|kello|um|ab|bis|"
                r"gegen|om|vanaf|tot|alle|dalle|entro le|verso le|às|as|das|até às|a las|desde las|hasta las|"
                r"a les|des de les|fins a les|à|vers|dès|avant|från|vid|till|före|senast|mennessä|asti|klokken|klokka|"
                r"fra|ved|til|før|inden|innen")
_DOTTED = re.compile(r"(?i)(?<![\w.])(" + _CLOCK_WORDS + r")\s+(\d{1,2})[.](\d{2})(?![\d.,]*\d)")


_T = r"\d{1,2}(?:[:.h]\d{2}|h)?(?:\s*(?:uhr|uur))?"
#: a span of the day: "10-14", "10:00–13:00", "entre las 10 y las 14", "dalle 10 alle 14", "de 10h à 14h",
#: "van 10 tot 14 uur", "mellan 10 och 14"
_RANGES = [re.compile(p, re.IGNORECASE) for p in (
    r"(?<![\w:.,/-])(?:(?:kello|klo|kl\.?|klockan|um|om|alle|às|a las|a les|à|at)\s+)?(" + _T + r")\s*[-–—]\s*("
    + _T + r")(?![\w:.,/-]|\s*(?:€|eur|kr|%|minutes?|min|hours?|h\b|"
    r"km|people|persons|years))",
    r"\bentre las (" + _T + r") y las (" + _T + r")", r"\bde las (" + _T + r") a las (" + _T + r")",
    r"\bdalle (" + _T + r") alle (" + _T + r")", r"\bdes? (" + _T + r") (?:à|a) (" + _T + r")",
    r"\bvan (" + _T + r") tot (" + _T + r")", r"\bmellan (" + _T + r") och (" + _T + r")",
    r"\b(?:miedzy|mezi) (" + _T + r") a (" + _T + r")",
    r"\b(?:mellem|mellom) (" + _T + r") og (" + _T + r")",
    r"\bfra (?:kl\.? )?(" + _T + r") til (?:kl\.? )?(" + _T + r")",
    r"\bdas (" + _T + r") às (" + _T + r")", r"\bde les (" + _T + r") a les (" + _T + r")",
    r"\bvon (" + _T + r") bis (" + _T + r")",
    # "free, 2 till 6", "available 10 to 1": two bare hours after a comma or "free" are the span one has
    r"(?:(?<=[,:;] )|(?<=\bfree )|(?<=\bavailable ))(\d{1,2}(?::\d{2})?) (?:till|until|to) (\d{1,2}(?::\d{2})?)"
    r"(?=\s*(?:[ap]\.?m\.?)?\s*(?:[.,;!?]|$))")]
_UNIT = re.compile(r"\s*(?:uhr|uur)$", re.IGNORECASE)


def _ranges(text: str) -> str:
    """A span of the day in any language read as "from <time> to <time>"."""
    def repl(m: re.Match) -> str:
        a, b = (_UNIT.sub("", x).replace(".", ":") for x in m.groups())
        a, b = (x + ":00" if x.isdigit() else x.replace("h", ":").rstrip(":") + ("00" if x.endswith("h") else "")
                for x in (a, b))
        return f"from {a} to {b}" if max(int(a.split(':')[0]), int(b.split(':')[0])) <= 24 else m.group(0)

    for pat in _RANGES:
        text = pat.sub(repl, text)
    return text


def _symbols(text: str) -> str:
    """Arrows between visits as "then", "@" before a time or place as "at", "14h30" after a clock word as 14:30."""
    text = _ranges(text)
    t = re.sub(r"\s*(?:->|=>|→|⟶|>>|–>|-->)\s*|\s+>\s+(?=[^\W\d])", ", then ", text)
    t = re.sub(r"(?<=[^\W\d])\s*\+\s*(?=[^\W\d])", " and ", t)  # "pharmacy + bakery", "cafe+bookshop"
    t = re.sub(r"(?i)\b(?:whichever|whatever|either one|either|no matter which|doesn't matter which) (?:comes? )?first\b|"
               r"\b(?:either|whichever|whatever|any old) order\b|\border (?:doesn't|does not|don't) matter\b|"
               r"\b(?:don't|do not) care about (?:the )?order\b", "in any order", t)
    t = re.sub(r"(?i)\bhalf (one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b", r"half past \1", t)
    t = re.sub(r"(?<!\S)@\s*", "at ", t)
    t = re.sub(r"(?i)(?:\b(at|around|about|by|until|till)\s+)?\b(\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?|noon|"
               r"midday|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s*-?ish\b",
               lambda m: f"{m.group(1) or 'around'} {m.group(2)}", t)  # "10ish", "by sixish", "noonish"
    return re.sub(r"(?i)(?<![\w.])(" + _CLOCK_WORDS + r")\s+(\d{1,2})\s?h(?:\s?(\d{2}))?\b",
                  lambda m: f"{m.group(1)} {m.group(2)}:{m.group(3) or '00'}", t)


#: a time written with a dot and no clock word ("Stortorget 13.15"): not a price, a distance or a duration
_BARE_DOTTED = re.compile(r"(?<![\w.,:/-])([01]?\d|2[0-3])\.([0-5]\d)(?![\d.,]*\d)(?!\s*(?:€|eur|euros?|kr|sek|"
                          r"chf|\$|£|%|km|m\b|h\b|hours?|timmar|tuntia|stunden|heures|horas|ore|hores|uur|minutes?))",
                          re.IGNORECASE)


def _dotted_times(text: str) -> str:
    """``at 10.15``, ``kl. 13.30``, ``klo 8.45``, ``Stortorget 13.15``: a time written with a dot, as ``HH:MM``."""
    return _BARE_DOTTED.sub(r"\1:\2", _DOTTED.sub(r"\1 \2:\3", text))


#: "j'ai environ 2h", "tenemos 3h", "ich habe 2h", "tenho umas 2h e meia": hours written "h" after what one has are a
#: duration (a word of about and a half hour said after them too)
_HOURS_HAD = re.compile(r"(?i)\b(j'ai|on a|nous avons|il (?:me|nous) reste|environ|tengo|tenemos|tenim|tinc|tenho|"
                        r"temos|ho|abbiamo|habe|haben|hab|heb|hebben|har|i have|we have|i've got|we've got|got)"
                        r"(\s+(?:umas|uns|unas|unos|environ|etwa|ungefähr|circa|cerca de|about|around))?"
                        r"\s+(\d{1,2})\s?h(?:\s?(\d{2})|\s+(e meia|y media|et demie|e mezza|i mitja))?\b(?!:)")


#: "une pause de 2h", "un créneau de 1h30", "una pausa di 2h", "eine Pause von 2h": hours written "h" as the length of
#: what an indefinite article names are a duration, unless a range goes on ("un créneau de 9h à 11h")
_HOURS_OF = re.compile(r"(?i)\b((?:une?|una?|uno|uma?|eine[nm]?|ein|a|an|een|en|ett)\s+[^\W\d_]+\s+"
                       r"(?:de|di|von|van|of|på)\s+)([1-8])\s?h(?:\s?([0-5]\d))?\b(?![:.]?\d)"
                       r"(?!\s*(?:à|a|-|–|bis|to|al|às|alle|tot|till|until|jusqu)\s*\d)")


#: "Café, puis librairie, 1h30, depuis X", "resto. 2h", "(1h30)": a few hours written with "h" as an item of
#: their own, with no clock word before them, are the time one has (no walk starts at 1:30 at night)
_HOURS_ALONE = re.compile(r"(?:^|(?<=[.,;:–—(]\s)|(?<=[,;:(]))\s*([1-6])\s?h(?:\s?([0-5]\d))?(?=\s*(?:[,;.!)]|$))")
#: hours with a decimal comma or point ("max 1,5h", "1.5 Stunden"): minutes
_DECIMAL_HOURS = re.compile(r"(?i)\b(\d{1,2})[,.]([05])\s?(?:h|hours?|stunden|heures|horas|hores|ore|timmar|tuntia|uur)\b")


#: an hour written with "h" is on a 24-hour clock: one from 6 to 9 (5 with its minutes) keeps a zero, so it stays
#: in the morning ("à 7h30" is 07:30, where "at 7:30" alone reads as the evening)
_MORNING_H = re.compile(r"(?<![\d:.,])\b([6-9]|5(?=\s?h\s?[0-5]\d))(\s?h)(?=\s?[0-5]\d\b|\b)")
#: the same for an hour typed with its minutes in a language that writes the 24-hour clock
_MORNING_HM = re.compile(r"(?<![\d:.,])\b([5-9])([:.][0-5]\d)\b(?![.,:]\d)(?!\s*(?:€|eur|euros?|kr|sek|km|%))")


#: a few hours written with "h" after a word of about or of time, or before a word of at most ("unas 5h",
#: "aikaa n. 3h", "3h no máx", "2h au max"): the time one has
_HOURS_ABOUT = re.compile(r"(?i)(?:\b(?:umas|uns|unas|unos|environ|etwa|ungefähr|circa|ca\.|noin|aikaa|tempo|tiempo|"
                          r"zeit|tid|tijd)\s+(?:n\.\s+|noin\s+|ca\.\s+)?|(?<=\s)n\.\s+)"
                          r"([1-8])\s?h(?:\s?([0-5]\d))?\b(?![:.]?\d)"
                          r"|\b([1-8])\s?h(?:\s?([0-5]\d))?\s+(?:no|au|al|a|en)\s+(máx|máximo|max|maximum|massimo)\b")


def _hours_had(text: str) -> str:
    """Hours written with "h" after a word of having, or alone as an item, as a duration ("j'ai 2h30" ->
    "j'ai 150 minutes", "café, 1h, départ X" -> "café, 60 minutes, départ X")."""
    text = _DECIMAL_HOURS.sub(lambda m: f"{int(m.group(1)) * 60 + int(m.group(2)) * 6} minutes", text)
    text = _HOURS_OF.sub(lambda m: f"{m.group(1)}{int(m.group(2)) * 60 + int(m.group(3) or 0)} minutes", text)
    text = _HOURS_ALONE.sub(lambda m: f" {int(m.group(1)) * 60 + int(m.group(2) or 0)} minutes", text)
    text = _HOURS_HAD.sub(lambda m: f"{m.group(1)}{m.group(2) or ''} "
                                    f"{int(m.group(3)) * 60 + int(m.group(4) or 0) + (30 if m.group(5) else 0)} minutes", text)
    return _HOURS_ABOUT.sub(_about_hours, text)


def _about_hours(m: re.Match) -> str:
    """The minutes of a match of :data:`_HOURS_ABOUT`, its word of about or of time kept."""
    if m.group(1):
        return m.group(0)[:m.start(1) - m.start()] + f"{int(m.group(1)) * 60 + int(m.group(2) or 0)} minutes"
    return f"{int(m.group(3)) * 60 + int(m.group(4) or 0)} minutes max"


#: a clock time typed without its colon after a word that says one ("at 1030", "um 930", "ab 1415", "à 1830")
_COMPACT_CLOCK = re.compile(r"(?i)\b(at|around|by|from|until|till|um|ab|bis|gegen|à|vers|dès|a las|las|desde|hasta|"
                            r"às|as|até|desde|alle|dalle|entro|kl\.?|klo|kello|om|vanaf|tot|från|till|klokken|"
                            r"klokka)\s+"
                            r"([01]?\d|2[0-3])([0-5]\d)\b(?![.,:]\d)")


def _typed_times(text: str) -> str:
    """Clock times as they are typed in a hurry: ``@ 1030``, ``um 930`` as ``HH:MM`` after their word, ``~10`` as
    "around 10"."""
    text = re.sub(r"~\s*(?=\d)", "around ", re.sub(r"@\s*(?=\d)", "at ", text))
    return _COMPACT_CLOCK.sub(lambda m: f"{m.group(1)} {int(m.group(2))}:{m.group(3)}", text)


def _clock_times(text: str) -> str:
    """``10h30``, ``16h``, ``10 Uhr``, ``10.30 Uhr``, ``kl 14``, ``klo 9`` as ``HH:MM``."""
    text = re.sub(r"(?i)\b(kl\.?|klockan|klo|kello|klokken|klokka)\s*(\d{1,2})(?![\d:.]*\d)", r"\1 \2:00", text)
    # "à 9 heures", "a las 9 horas": the unit after the hour of a clock time
    text = re.sub(r"(?i)(\b(?:à|vers|avant|jusqu'à|dès|las|les|às|alle|ab|um|bis)\s+\d{1,2})\s+(?:heures?|horas?|hores|ore)\b",
                  r"\1h", text)
    text = re.sub(r"(?i)\bore\s+(\d{1,2})(?![\d:.]*\d)", r"\1:00", text)  # "partenza ore 10"
    t = re.sub(r"\b(\d{1,2})\s?h\s?(\d{2})\b", r"\1:\2", text)
    t = re.sub(r"\b(\d{1,2})\s?h\b", r"\1:00", t)
    t = re.sub(r"\b(\d{1,2})[.:](\d{2})\s*(?:uhr|uur)\b", r"\1:\2", t, flags=re.IGNORECASE)
    t = re.sub(r"\b(\d{1,2})\s*(?:uhr|uur)\s+([0-5]\d)\b", r"\1:\2", t, flags=re.IGNORECASE)  # "18 Uhr 30"
    t = re.sub(r"(?i)\b(om|tot|vanaf|rond|tegen|uiterlijk|voor)\s+(\d{1,2})\s*uur\b", r"\1 \2:00", t)
    return re.sub(r"\b(\d{1,2})\s*uhr\b", r"\1:00", t, flags=re.IGNORECASE)
