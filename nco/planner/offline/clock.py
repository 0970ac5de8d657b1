"""Clock times said in words, per language, as ``H:MM``.

"a las diez y media de la noche", "um halb zehn", "klockan halv tio",
"à neuf heures et quart", "às oito da noite", "alle sette di sera", "a
les deu del vespre", "kello puoli kymmenen" are rewritten into digits
before the cue words of their language are translated, so the time stage
reads them as it reads "at 22:30".  The grammar per language:

* hour words 1-12 after the language's clock cue (``las``/``la``, ``um``,
  ``klockan``, ``heures``, ``às``, ``alle``, ``les``, ``kello``);
* half and quarter hours: "y media", "et demie", "e meia", "e mezza",
  "i mitja", "and a half" forms add 30 minutes; "halb zehn" (German),
  "halv tio" (Swedish) and "puoli kymmenen" (Finnish) are half an hour
  *before* the named hour; "quarter past / to" forms add or take 15;
* a part of the day after the time ("de la tarde", "du soir", "abends",
  "på kvällen", "illalla", ...) makes an hour below 12 an afternoon or
  evening hour; one of the morning keeps it.  Digits take the same
  markers ("a las 8 de la tarde" -> 20:00).
"""

from __future__ import annotations

import re

_HOURS = {
    "nl": "een|één twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien "
          "zeventien achttien negentien twintig eenentwintig tweeëntwintig drieëntwintig",
    "en": "one two three four five six seven eight nine ten eleven twelve",
    "de": "eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn "
          "siebzehn achtzehn neunzehn zwanzig einundzwanzig zweiundzwanzig dreiundzwanzig",
    "fr": "une deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize dix-sept "
          "dix-huit dix-neuf vingt vingt-et-une vingt-deux vingt-trois",
    "es": "una dos tres cuatro cinco seis siete ocho nueve diez once doce",
    "pt": "uma duas três quatro cinco seis sete oito nove dez onze doze",
    "it": "una due tre quattro cinque sei sette otto nove dieci undici dodici tredici quattordici quindici sedici "
          "diciassette diciotto diciannove venti ventuno ventidue ventitré",
    "ca": "una dues tres quatre cinc sis set vuit nou deu onze dotze",
    "sv": "ett två tre fyra fem sex sju åtta nio tio elva tolv tretton fjorton femton sexton sjutton arton nitton "
          "tjugo tjugoett tjugotvå tjugotre",
    "fi": "yksi kaksi kolme neljä viisi kuusi seitsemän kahdeksan yhdeksän kymmenen yksitoista kaksitoista",
    # Polish and Czech, as typed without diacritics (:mod:`nco.planner.offline.slavic`), each hour in the forms its
    # cases give it: the Polish ordinal ("o dziewiątej", "na dziesiątą", "wpół do trzeciej"), the Czech cardinal
    # ("ve tři", "do jedenácti") and ordinal ("v půl třetí", "před pátou")
    "pl": "pierwszej|pierwsza drugiej|druga trzeciej|trzecia czwartej|czwarta piatej|piata szostej|szosta "
          "siodmej|siodma osmej|osma dziewiatej|dziewiata dziesiatej|dziesiata jedenastej|jedenasta "
          "dwunastej|dwunasta trzynastej|trzynasta czternastej|czternasta pietnastej|pietnasta "
          "szesnastej|szesnasta siedemnastej|siedemnasta osiemnastej|osiemnasta dziewietnastej|dziewietnasta "
          "dwudziestej|dwudziesta",
    "cs": "jednu|jedne|jedna|jednou|prvni dve|dva|dvou|druhe|druhou tri|treti ctyri|ctyr|ctvrte|ctvrtou "
          "pet|peti|pate|patou sest|sesti|seste|sestou sedm|sedmi|sedme|sedmou osm|osmi|osme|osmou "
          "devet|deviti|devate|devatou deset|deseti|desate|desatou jedenact|jedenacti|jedenacte|jedenactou "
          "dvanact|dvanacti|dvanacte|dvanactou trinact|trinacti|trinacte|trinactou "
          "ctrnact|ctrnacti|ctrnacte|ctrnactou patnact|patnacti|patnacte|patnactou "
          "sestnact|sestnacti|sestnacte|sestnactou sedmnact|sedmnacti|sedmnacte|sedmnactou "
          "osmnact|osmnacti|osmnacte|osmnactou devatenact|devatenacti|devatenacte|devatenactou "
          "dvacet|dvaceti|dvacate|dvacatou",
    "da": "et to tre fire fem seks syv otte ni ti elleve tolv tretten fjorten femten seksten sytten atten nitten tyve "
          "enogtyve toogtyve treogtyve",
    "no": "ett to tre fire fem seks sju åtte ni ti elleve tolv tretten fjorten femten seksten sytten atten nitten tjue "
          "tjueen tjueto tjuetre",
}
#: the words before an hour that make it a clock time (a group of the pattern; "nicht später als elf")
_CUES = {
    "nl": r"om|tot|vanaf|rond|tegen|uiterlijk|later dan",
    "en": r"at|by|until|till|around|about|from|before|after|between|and|to",
    "de": r"um|bis|gegen|ab|von|zwischen|später als",
    "fr": r"à|a|vers|jusqu'à|jusqu'a|avant|après|plus tard que|plus tard qu'|pour",
    "es": r"las|la",
    "pt": r"até às|até as|até à|até a|às|as|à|das|da|até|umas|lá pelas|pelas|por volta das",
    "it": r"alle|le|dalle|entro le|per le|per l'|verso le|all'|dall'|entro l'|verso l'|dopo l'|più tardi delle|più tardi dell'",
    "ca": r"les|la",
    "sv": r"klockan|kl\.?|till|vid|före|efter|senare än|senast|runt|kring|ungefär|omkring|från",
    "fi": r"kello|klo",
    "pl": r"o|do|od|na|przed|po|okolo|kolo|ok\.?|najpozniej o|najpozniej do",
    "cs": r"v|ve|do|od|pred|kolem|okolo|nejpozdeji v|nejpozdeji ve|nejpozdeji do",
    "da": r"klokken|kl\.?|til|ved|før|efter|senest|inden|omkring|cirka|ca\.?|fra|senere end",
    "no": r"klokka|klokken|kl\.?|til|ved|før|etter|senest|innen|rundt|omkring|cirka|ca\.?|fra|senere enn",
}
#: noon and midnight, which take the minutes of an hour ("midi et demi", "meio-dia e meia", "mezzogiorno e un quarto")
_NOON = {"fr": {"midi": 12, "minuit": 0}, "es": {"mediodía": 12, "medianoche": 0},
         "pt": {"meio-dia": 12, "meio dia": 12, "meia-noite": 0}, "it": {"mezzogiorno": 12, "mezzanotte": 0},
         "ca": {"migdia": 12, "mitjanit": 0}}
#: minutes added after the hour word ("y media") -> offset, as a clock is read aloud ("oito e quarenta e cinco",
#: "acht Uhr fünfundvierzig", "eight thirty-five")
_AFTER = {
    "nl": {},
    "en": {"fifteen": 15, "thirty": 30, "forty-five": 45, "forty five": 45, "o'clock": 0, "ten": 10, "twenty": 20,
           "oh five": 5, "twenty-five": 25, "twenty five": 25, "thirty-five": 35, "thirty five": 35, "forty": 40,
           "fifty": 50, "fifty-five": 55, "fifty five": 55},
    # minutes said after "Uhr" ("um zehn Uhr dreißig"), as a clock reads them aloud
    "de": {"dreißig": 30, "dreissig": 30, "fünfzehn": 15, "fünfundvierzig": 45, "zwanzig": 20, "vierzig": 40,
           "fünfzig": 50, "fünfundzwanzig": 25, "fünfunddreißig": 35, "fünfunddreissig": 35, "fünfundfünfzig": 55},
    "sv": {},
    "fr": {"et demie": 30, "et demi": 30, "et quart": 15, "moins le quart": -15, "moins quart": -15, "trente": 30,
           "quinze": 15, "quarante-cinq": 45, "dix": 10, "vingt": 20, "cinq": 5, "moins dix": -10, "moins cinq": -5,
           "moins vingt": -20, "vingt-cinq": 25, "trente-cinq": 35, "quarante": 40, "cinquante": 50,
           "cinquante-cinq": 55},
    "es": {"y media": 30, "y cuarto": 15, "menos cuarto": -15, "y diez": 10, "y veinte": 20, "y cinco": 5,
           "y veinticinco": 25, "menos diez": -10, "menos veinte": -20, "menos cinco": -5, "y quince": 15,
           "y treinta": 30, "y treinta y cinco": 35, "y cuarenta": 40, "y cuarenta y cinco": 45, "y cincuenta": 50,
           "y cincuenta y cinco": 55},
    "pt": {"e meia": 30, "e um quarto": 15, "e quinze": 15, "menos um quarto": -15, "e dez": 10, "e vinte": 20,
           "e cinco": 5, "e trinta": 30, "menos dez": -10, "menos vinte": -20, "menos cinco": -5,
           "e vinte e cinco": 25, "e trinta e cinco": 35, "e quarenta": 40, "e quarenta e cinco": 45,
           "e cinquenta": 50, "e cinquenta e cinco": 55},
    "it": {"e mezza": 30, "e mezzo": 30, "e un quarto": 15, "meno un quarto": -15, "e dieci": 10, "e venti": 20,
           "e cinque": 5, "e trenta": 30, "meno dieci": -10, "meno venti": -20, "meno cinque": -5, "e quindici": 15,
           "e venticinque": 25, "e trentacinque": 35, "e quaranta": 40, "e quarantacinque": 45, "e cinquanta": 50,
           "e cinquantacinque": 55},
    "ca": {"i mitja": 30, "i quart": 15, "menys quart": -15},
    "fi": {},
    # minutes said after the hour ("o ósmej trzydzieści", "v deset třicet")
    "pl": {"trzydziesci": 30, "pietnascie": 15, "czterdziesci piec": 45, "dziesiec": 10, "dwadziescia": 20,
           "piec": 5, "dwadziescia piec": 25, "trzydziesci piec": 35, "czterdziesci": 40, "piecdziesiat": 50,
           "piecdziesiat piec": 55},
    "cs": {"tricet": 30, "patnact": 15, "ctyricet pet": 45, "deset": 10, "dvacet": 20, "pet": 5, "dvacet pet": 25,
           "tricet pet": 35, "ctyricet": 40, "padesat": 50, "padesat pet": 55},
    "da": {}, "no": {},
}
#: the words for one o'clock that are also the article "a" ("à une église", "até uma farmácia", "till ett galleri")
_ONE_ARTICLES = {"une", "un", "uma", "ett", "en", "een", "et"}
#: words before the hour word ("halb zehn" = 9:30) -> offset
_BEFORE = {
    "nl": {"half": -30, "kwart over": 15, "kwart voor": -15, "vijf over": 5, "tien over": 10, "vijf voor": -5,
           "tien voor": -10, "tien over half": -20, "vijf over half": -25, "vijf voor half": -35,
           "tien voor half": -40},
    "en": {"half past": 30, "quarter past": 15, "quarter after": 15, "quarter to": -15, "quarter of": -15,
           "five past": 5, "ten past": 10, "twenty past": 20, "twenty-five past": 25, "five to": -5, "ten to": -10,
           "twenty to": -20, "twenty-five to": -25, "ten after": 10, "twenty after": 20},
    "de": {"halb": -30, "viertel nach": 15, "viertel vor": -15, "dreiviertel": -15, "drei viertel": -15,
           "viertel": -45, "fünf nach": 5, "zehn nach": 10,
           "zwanzig nach": 20, "fünf vor": -5, "zehn vor": -10, "zwanzig vor": -20},
    "sv": {"halv": -30, "kvart över": 15, "kvart i": -15, "fem över": 5, "tio över": 10, "tjugo över": 20,
           "fem i": -5, "tio i": -10, "tjugo i": -20},
    # the quarters of the hour to come: "un quart d'onze" 10:15, "dos quarts d'onze" 10:30
    "ca": {"un quart de": -45, "un quart d'": -45, "dos quarts de": -30, "dos quarts d'": -30,
           "tres quarts de": -15, "tres quarts d'": -15},
    "fi": {"puoli": -30, "puol": -30, "varttia yli": 15, "varttia vaille": -15, "viittä yli": 5, "kymmentä yli": 10,
           "kahtakymmentä yli": 20, "viittä vaille": -5, "kymmentä vaille": -10, "kahtakymmentä vaille": -20},
    # half and quarters of the hour to come: Polish "wpół do trzeciej" 2:30, "za kwadrans dziesiąta" 9:45; Czech
    # "půl třetí" 2:30, "čtvrt na deset" 9:15, "tři čtvrtě na deset" 9:45
    "pl": {"wpol do": -30, "w pol do": -30, "pol do": -30, "kwadrans po": 15, "za kwadrans": -15, "piec po": 5,
           "dziesiec po": 10, "dwadziescia po": 20, "za piec": -5, "za dziesiec": -10, "za dwadziescia": -20},
    "cs": {"pul": -30, "ctvrt na": -45, "tri ctvrte na": -15, "tri ctvrti na": -15, "za ctvrt": -15, "za pet": -5,
           "za deset": -10},
    # "halv tre" 2:30, "kvart i tolv" 11:45, "fem over halv ti" 9:35 (Danish); "kvart på tolv" 11:45 (Norwegian)
    "da": {"halv": -30, "kvart over": 15, "kvart i": -15, "fem over": 5, "ti over": 10, "tyve over": 20, "fem i": -5,
           "ti i": -10, "tyve i": -20, "fem over halv": -25, "fem i halv": -35, "ti over halv": -20, "ti i halv": -40},
    "no": {"halv": -30, "kvart over": 15, "kvart på": -15, "fem over": 5, "ti over": 10, "tjue over": 20,
           "fem på": -5, "ti på": -10, "tjue på": -20, "fem over halv": -25, "fem på halv": -35,
           "ti over halv": -20, "ti på halv": -40},
}
#: words for the part of the day after a time: True = afternoon or evening
_DAYPART = {
    "nl": {"'s avonds": True, "'s middags": True, "in de middag": True, "in de avond": True, "'s ochtends": False,
           "'s morgens": False, "in de ochtend": False},
    "en": {"in the morning": False, "in the afternoon": True, "in the evening": True, "at night": True,
           "tonight": True, "pm": True, "p.m.": True, "a.m.": False},  # "am" is German too ("um zehn am Markt")
    "de": {"abends": True, "am abend": True, "nachmittags": True, "am nachmittag": True, "nachts": True,
           "morgens": False, "vormittags": False, "am morgen": False, "am vormittag": False,
           "in der früh": False, "in der frühe": False, "früh": False},  # "gegen 7 in der Früh": the morning
    "fr": {"du soir": True, "de l'après-midi": True, "de l'apres-midi": True, "de l'aprem": True, "de l'aprèm": True,
           "du matin": False},
    "es": {"de la tarde": True, "de la noche": True, "del mediodía": True, "de la mañana": False},
    "pt": {"da tarde": True, "da noite": True, "da manhã": False},
    "it": {"di sera": True, "della sera": True, "del pomeriggio": True, "di notte": True, "di mattina": False,
           "del mattino": False},
    "ca": {"de la tarda": True, "del vespre": True, "de la nit": True, "del migdia": True, "del matí": False},
    "sv": {"på kvällen": True, "på eftermiddagen": True, "i kväll": True, "ikväll": True, "på morgonen": False,
           "på förmiddagen": False},
    "fi": {"illalla": True, "iltapäivällä": True, "aamulla": False, "aamupäivällä": False},
    "pl": {"wieczorem": True, "po poludniu": True, "w nocy": True, "rano": False, "z rana": False,
           "przed poludniem": False},
    "cs": {"vecer": True, "odpoledne": True, "v noci": True, "rano": False, "dopoledne": False},
    "da": {"om eftermiddagen": True, "om aftenen": True, "i aften": True, "om morgenen": False,
           "om formiddagen": False},
    "no": {"om ettermiddagen": True, "på ettermiddagen": True, "om kvelden": True, "i kveld": True,
           "om morgenen": False, "på morgenen": False, "om formiddagen": False, "på formiddagen": False},
}


#: the parts of the day after a time, per language
DAYPARTS = {lang: tuple(parts) for lang, parts in _DAYPART.items()}


#: words for hours and minutes: a number before one is a duration, not a time
UNITS = (r"hours?|minutes?|uur|minuten|stunden?|minuten|heures|horas?|minutos|ore|minuti|hores|minuts|timmar|timme|minuter|"
          r"tuntia|tunnin|minuuttia|godzin[aey]?|hodin[auy]?|minut[ay]?|timer|minutter")


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _hour_forms(lang: str) -> dict[str, int]:
    """Each form of an hour word of ``lang`` -> its hour (a word of :data:`_HOURS` may list its forms:
    "dziewiatej|dziewiata")."""
    return {form: h for h, forms in enumerate(_HOURS[lang].split(), 1) for form in forms.split("|")}


#: minutes in digits after the hour and a word for "and" ("alle 18 e 30", "a las 9 y 15", "um 10 und 20")
_AND_MINUTES = r"(?:e|y|i|et|und|och|ja|en)\s+[0-5]\d"


def _pattern(lang: str) -> re.Pattern:
    hours = _alt([*_hour_forms(lang), *_NOON.get(lang, ())]) + r"|\d{1,2}(?::\d{2})?"
    before = _alt(_BEFORE.get(lang, {}))
    after = "|".join(a for a in (_alt(_AFTER[lang]), _AND_MINUTES if lang != "en" else "") if a)
    part = _alt(_DAYPART[lang])
    return re.compile(
        r"(?P<cue>\b(?:" + _CUES[lang] + r")\s*)?"
        + (r"(?:(?P<before>" + before + r")(?:\s+|(?<=')))?" if before else "")
        + r"\b(?P<hour>" + hours + r")\b"
        # "às dez horas", "v deset hodin": the hour of a clock time
        + r"(?P<unit>\s+(?:uhr|heures?|h|uur|horas|hodin))?"
        + (r"(?:\s+(?P<after>" + after + r"))?" if after else "")
        + r"(?:\s+(?P<part>" + part + r"))?(?!\w|:\d)(?!\s+(?:" + UNITS + r")\b)",
        re.IGNORECASE)


_PATTERNS = {lang: _pattern(lang) for lang in _HOURS}


#: a word after an hour word that makes it a count, in Danish and Norwegian ("efter to museer", "før tre kirker"):
#: any word but the small ones that go on after a clock time ("til tre og så", "ved ni i morgen")
_NOUN_AFTER_COUNT = {lang: re.compile(r"\s+(?!(?:og|eller|om|i|på|til|så|men|hvis|senest|ca)\b)[^\W\d_]{2,}",
                                      re.IGNORECASE) for lang in ("da", "no")}


#: French "a" after its subject is the verb of having ("on a trois heures", "il y a deux heures"): no clock cue
_HAS_FR = re.compile(r"(?i)\b(?:on|il|elle|y)\s+$")


#: cue words that say "about" before an hour and before a count alike ("umas nove" 9:00, "umas três lojas")
_ABOUT = {"umas", "pelas"}


def _about_time(m: re.Match) -> bool:
    """Whether "umas" or "pelas" and an hour end a clause that says where one is ("tô no X umas nove, ..."), not
    an amount ("umas três lojas", "tenho umas duas horas", "umas duas, três horas")."""
    after, before = m.string[m.end():], m.string[max(0, m.start() - 30):m.start()]
    said_as_amount = re.search(r"\b(?:tenho|temos|tem|têm|fico|ficamos|ficar|levo|leva|levar|durante|por|são|é|dá)\s+$",
                               before)
    if m.groupdict().get("after") and not m.group("unit"):
        return not said_as_amount  # "sair umas nove e meia e ...": with its minutes, said aloud with no comma
    return not m.group("unit") and re.match(r"\s*(?:[,.;!?]|$)", after) is not None \
        and not re.match(r"\s*,\s*\S+\s+(?:horas|hours|minutos)\b", after) and not said_as_amount


def _alone(m: re.Match) -> bool:
    """Whether an hour word with its minutes makes a clause of its own ("Praça X, três e quinze, museu e ...")."""
    return bool(m.groupdict().get("after")) and re.search(r"(?:^|[,;:]\s*)$", m.string[:m.start()]) is not None \
        and re.match(r"\s*(?:[,;.!?]|$)", m.string[m.end():]) is not None


#: free or setting off, just before "från" and an hour in Swedish ("jag är ledig från tio", "vi går från tio"): the
#: hour the trip starts
_FREE_FROM_SV = re.compile(r"(?i)\b(?:ledig|ledigt|lediga|fri|fritt|börjar|startar|går|åker|utgår)\s+$")


def _value(m: re.Match, lang: str) -> tuple[int, int] | None:
    """Hour and minute of a match, or ``None`` when it is not a clock time."""
    if lang == "fr" and (m.group("cue") or "").strip().lower() == "a" and _HAS_FR.search(m.string, 0, m.start()):
        return None
    tok = m.group("hour").lower()
    words = _hour_forms(lang)
    noon = _NOON.get(lang, {}).get(tok)
    if noon is not None:  # "midi" alone is read later; "midi et demi" here
        if not (m.groupdict().get("before") or m.groupdict().get("after")):
            return None
        tok = str(noon)
    said = tok in words
    if said and not (m.group("cue") or m.groupdict().get("before") or m.group("part") or _alone(m)):
        return None  # a number word alone is a count ("dos museos"), not a time; "dez da manhã" is one
    if said and lang == "de" and (m.group("cue") or "").strip().lower() in ("zwischen", "ab", "von") \
            and not (m.groupdict().get("before") or m.groupdict().get("after") or m.group("part") or m.group("unit")) \
            and re.match(r"\s+(?-i:[A-ZÄÖÜ])(?!eit\b)", m.string[m.end():]):
        return None  # "zwischen zwei Zügen", "ab drei Personen": a German noun after it, a count ("bis elf Zeit": 11)
    if (m.group("cue") or "").strip().lower() == "från" and not re.match(r"\s+till\s", m.string[m.end():]) \
            and not _FREE_FROM_SV.search(m.string, max(0, m.start() - 30), m.start()):
        return None  # "från ett till fem": a range of hours; "från tre ställen" is no time; "ledig från tio" is
    if said and lang in _NOUN_AFTER_COUNT and not re.match(r"(?i)kl", m.group("cue") or "") \
            and not (m.groupdict().get("before") or m.group("part")) \
            and _NOUN_AFTER_COUNT[lang].match(m.string, m.end()):
        return None  # "efter to museer", "fra tre steder": a count before its noun; "til tre, og så" is 3:00
    if (m.group("cue") or "").strip().lower() == "pour" and tok in words and words[tok] <= 12:
        return None  # "pour deux heures": for two hours; "pour dix-sept heures": by 17:00
    if (m.group("cue") or "").strip().lower() in _ABOUT and not _about_time(m):
        return None  # "umas três lojas", "tenho umas duas horas": about three shops, about two hours
    if tok in _ONE_ARTICLES and not (m.groupdict().get("before") or m.groupdict().get("after") or m.group("part")
                                     or m.group("unit")) and not re.match(r"(?i)\s*kl", m.group("cue") or "") \
            and re.match(r"\s+(?!(?:till|to|until|bis|tot|à|até|hasta|fins)\s)[^\W\d_]", m.string[m.end():]):
        return None  # "à une église", "till ett galleri": the article before a noun, not one o'clock ("från ett till")
    if not said and not (m.groupdict().get("before") or m.groupdict().get("after") or m.group("part")):
        return None  # digits without a word to read: the usual rules handle them
    if not said and re.fullmatch(_AND_MINUTES, m.groupdict().get("after") or "", re.IGNORECASE) \
            and not (m.group("cue") or "").strip():
        return None  # "de kinderen (7 en 10)", "zijn 4, 8 en 11": numbers said together, not 7:10 ("om 7 en 10" is)
    if lang == "en" and not (m.groupdict().get("before") or m.groupdict().get("after") or m.group("part")):
        return None  # "at two": the English time rules read it ("after two museums" is a count)
    h, mnt = (words[tok], 0) if said else (int(tok.split(":")[0]), int((tok + ":0").split(":")[1]))
    off = _BEFORE.get(lang, {}).get((m.groupdict().get("before") or "").lower(), 0)
    after = (m.groupdict().get("after") or "").lower()
    off += int(after[-2:]) if after[-2:].isdigit() else _AFTER[lang].get(after, 0)
    total = (h * 60 + mnt + off) % (24 * 60)
    h, mnt = divmod(total, 60)
    if h == 0 and off and noon is None:
        h = 12  # "halb eins", "halb 1", "a quarter to one": half past twelve, not past midnight ("minuit et demi" is)
    part = m.group("part")
    if part and _DAYPART[lang].get(part.lower()) and h < 12:
        h += 12
    return h, mnt


#: the words of a range of hours said without the clock's article ("de cuatro a siete", "de deu a dotze")
_RANGE_WORDS = {"es": (r"de|desde", r"a|hasta"), "ca": (r"de|des de", r"a|fins a"), "pt": (r"de", r"a|até"),
                "it": (r"da", r"a")}


def _range_pattern(lang: str) -> re.Pattern:
    hours = _alt(_HOURS[lang].split())
    start, end = _RANGE_WORDS[lang]
    return re.compile(r"\b(?P<c1>(?:" + start + r")\s+)(?P<h1>" + hours + r")\s+(?P<c2>(?:" + end + r")\s+)(?P<h2>"
                      + hours + r")\b(?=\s*(?:[,.;:!?]|$)|\s+(?:" + _alt(_DAYPART[lang]) + r")\b)", re.IGNORECASE)


_RANGES = {lang: _range_pattern(lang) for lang in _RANGE_WORDS}


def _word_range(text: str, lang: str) -> str:
    """Two hour words said as a range, the clause ending after it ("De cuatro a siete, desde ...", "de deu a
    dotze del matí"), in digits: a count ("de dos a tres museos") has its noun after it."""
    if lang not in _RANGES:
        return text
    words = _HOURS[lang].split()
    return _RANGES[lang].sub(lambda m: f"{m.group('c1')}{words.index(m.group('h1').lower()) + 1}:00 {m.group('c2')}"
                                       f"{words.index(m.group('h2').lower()) + 1}:00", text)


def word_times(text: str, lang: str) -> str:
    """``text`` with the clock times said in words (or digits with a part of
    the day) of ``lang`` written ``H:MM``; other text unchanged."""
    if lang not in _PATTERNS:
        return text
    if lang == "fr":
        text = re.sub(r"\bvingt et une?\b", "vingt-et-une", text, flags=re.IGNORECASE)  # written without hyphens
    text = _word_range(text, lang)

    def repl(m: re.Match) -> str:
        v = _value(m, lang)
        if v is None:
            return m.group(0)
        part = m.group("part")
        morning = bool(part) and _DAYPART[lang].get(part.lower()) is False and 1 <= v[0] < 12
        return f"{m.group('cue') or ''}{v[0]}:{v[1]:02d}" + ("am" if morning else "")  # "7h15 da manhã": 7:15am

    return _PATTERNS[lang].sub(repl, text)


def _all(table: dict) -> list[str]:
    """The words of a table per language, all languages together."""
    return [w for words in table.values() for w in words]


#: a clock time said in words in any language read ("deux heures et quart", "halb drei", "dez e meia"), with the
#: cue words before one and the parts of the day after one: for the corrections the text stage drops
_ALL_HOURS = {w for lang in _HOURS for w in _hour_forms(lang)} | set(_all(_NOON))
WORD_TIME = (r"(?:(?:" + _alt(_all(_BEFORE)) + r")\s+)?\b(?:" + _alt(_ALL_HOURS) + r")\b"
             r"(?:\s+(?:uhr|heures?|uur|horas|ore|hores))?(?:\s+(?:" + _alt(_all(_AFTER)) + r")\b)?")
WORD_TIME_CUE = "|".join(_CUES.values())
WORD_TIME_PART = _alt(_all(_DAYPART))
