"""Tokenise: the prompt's text, its masks and clauses (first stage of the offline parser)."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from functools import lru_cache

from nco.errors import InputError
from nco.planner.offline.clock import WORD_TIME, WORD_TIME_CUE, WORD_TIME_PART
from nco.planner.offline.lexicon import ALL_FUNCTION_WORDS, DAYS, LEX_MAP, PARTICLES, STOPWORDS_EN

#: prompts longer than this are refused (a trip request fits in a paragraph)
MAX_PROMPT_CHARS = 2000
#: a place named by generic words only ("the main railway station"), resolved by the gazetteer
GENERIC_PLACE = re.compile(r"(?:the\s+)?(?:(?:(?:main|central|national|international|principal)\s+)?"
                           r"(?:(?:railway|train|rail|bus|coach|metro|subway|underground|tube)\s+)?station|"
                           r"(?:cruise\s+|ferry\s+|bus\s+)?terminal|"
                           r"(?:ship|boat|ferry)\s+landing|harbou?r|port|cathedral|town\s+hall|"
                           r"(?:main|market)\s+square|old\s+town|pier|quay|wharf|marina|"
                           # the same words in the other languages read ("stationen", "la gare", "a estação")
                           r"(?:la\s+|a\s+|l')?(?:gare|estação|estacao|estación|estacion|stazione|estació)"
                           r"(?:\s+(?:centrale|central|principale))?|(?:central)?stationen|(?:haupt)?bahnhof|"
                           r"rautatieasema|asema)\b"
                           r"(?!\s+(?:(?:de|du|des|di|do|da|del|della|d')\s*)?(?-i:[A-Z]))(?!\s*d')"
                           r"(?!\s+(?:centrale|central|principale)\b)", re.IGNORECASE)
#: lower-case place nouns of other languages that open a place name ("gare du Nord", "estação de São Bento")
PLACE_NOUNS = {"gare", "place", "plaza", "praça", "praca", "estação", "estacao", "estación", "estacion", "stazione",
               "rue", "calle", "rua", "piazza", "bahnhof", "plaça", "estació", "porto", "puerta", "largo", "avenida",
               "rautatieasema", "torget", "station", "port", "parc", "parque", "parco", "pont", "ponte", "puente",
               "porta", "jardim", "jardin", "jardín", "avinguda", "carrer", "quai", "cais", "via", "viale", "corso"}
#: the same, with the French "square" (a small park: "square Jules Ferry"), which the language detector counts as French
_OPENING_NOUNS = PLACE_NOUNS | {"square"}
#: lower-case words for a stop or a station written before its name, in the languages read ("métro Rambuteau",
#: "fermata 23rd Street", "estação da Trindade"): no part of the name when the map knows the rest
STOP_NOUNS = {"métro", "metro", "fermata", "station", "estação", "estacao", "estación", "estació", "stazione", "gare",
              "arrêt", "parada", "paragem", "halte", "haltestelle", "hållplats", "pysäkki", "tunnelbana"}
#: lower-case words that follow a name as part of it: points of the compass and place nouns of the
#: languages that put them last ("Stockholms södra", "Maria Magdalena kyrka", "Hakaniemen tori")
POST_NOUNS = ("södra", "norra", "östra", "västra", "central", "centrala", "centralstation", "station", "stationen",
              "kyrka", "kyrkan", "kyrkogård", "torg", "torget", "plan", "gata", "gatan", "väg", "vägen", "hamn",
              "hamnen", "strand", "park", "parken", "bro", "bron", "tori", "aukio", "katu", "kirkko", "asema",
              "rautatieasema", "puisto", "satama", "tie", "hauptbahnhof", "bahnhof", "kirche", "platz", "straße",
              "strasse", "brücke", "markt", "kerk", "plein", "straat", "gracht")
#: lower-case words that end a place name written before them ("Bank station", "Esplanadi park",
#: "Tampere railway station", "St Paul's church", "the Bolhão market")
PLACE_HEADS = re.compile(r"\s+((?:(?:railway|train|rail|bus|coach|metro|subway|underground|tube|tram|ferry)\s+)?station|"
                         r"square|street|bridge|park|library|gate|tower|market hall|market|quay|pier|terminal|metro|"
                         r"church|cathedral|chapel|basilica|castle|palace|hall|harbou?r|mall|shopping centre)\b(?![\w-])")


def check_prompt(text: str) -> str:
    """The prompt with its white space folded and its letter frame dropped (:func:`drop_letter_frame`).

    Raises
    ------
    InputError
        Empty or overlong prompts.
    """
    if not isinstance(text, str) or not text.strip():
        raise InputError("empty prompt: say what you want to do, e.g. 'a museum, then lunch, back by 4pm'")
    if len(text) > 64 * MAX_PROMPT_CHARS:
        raise InputError(f"prompt too long: {len(text)} characters (limit {MAX_PROMPT_CHARS})")
    text = drop_letter_frame(text)
    # control and format characters, and undecodable bytes (lone surrogates), become spaces
    text = "".join(c if c.isprintable() or c == "\n" else " " for c in text)
    text = " ".join(text.split())
    if len(text) > MAX_PROMPT_CHARS:
        raise InputError(f"prompt too long: {len(text)} characters (limit {MAX_PROMPT_CHARS}); "
                         "keep it to the trip: places, times and preferences")
    return text


#: words that open a letter or a message in the languages read; the formal ones take an addressee
_FORMAL = (r"dear|to whom it may concern|sehr geehrte[rs]?|liebe[rs]?|geachte|beste|cher|ch[eè]re?s?|madame|monsieur|"
           r"messieurs|estimad[oa]s?|querid[oa]s?|exm[oa]s?|prezad[oa]s?|caro|cara|cari|gentile|gentili|"
           r"egregi[oa]|hyvä|hyvät|benvolguts?|estimats?|bäste|kära")
_INFORMAL = (r"hi|hello|hey|good (?:morning|afternoon|evening)|hallo|guten (?:tag|morgen|abend)|moin|servus|grüß gott|"
             r"bonjour|bonsoir|salut|hola|buen(?:os|as) (?:días|tardes)|olá|ola|bom dia|boa tarde|buongiorno|"
             r"buonasera|salve|ciao|hei|moi|terve|hej|hallå|god (?:morgon|dag)|hoi|goedemorgen|goedemiddag|bon dia")
#: a greeting that opens the prompt; an informal one may end in a full stop ("Bom dia.") or, said aloud, in nothing
#: ("hei vi er på Hakaniemi"), but not before "from" ("Hello from the Ritz, a museum at 10": where one starts)
_GREETING = re.compile(rf"\s*(?:(?:{_FORMAL})\b[^\n,:;!\d]{{0,40}}?[^\S\n]*(?:[,:!]|\n)|(?:{_INFORMAL})\b[^\S\n]*(?:all|everyone|team|there|zusammen|tous|à tous|a todos|todos|tutti|allemaal|alle|kaikki)?"
                       r"[^\S\n]*(?:[,:!.]|\n|(?<=\s)(?=[^\W\d_])"
                       r"(?!(?:from|de|da|von|aus|från|fra|desde|van|z|ze)\b)))\s*",
                       re.IGNORECASE)
#: a line that closes a letter or a message: it and what follows (a name) are dropped
_CLOSING = re.compile(
    r"(?:kind|best|warm|warmest)(?: regards| wishes)?|regards|many thanks|thanks(?: a lot| in advance)?|thank you|"
    r"cheers|yours(?: sincerely| faithfully| truly)?|sincerely|all the best|"
    r"mit freundlichen grü(?:ß|ss)en|mfg|(?:viele|liebe|beste|herzliche) grü(?:ß|ss)e|lg|grü(?:ß|ss)e|gru(?:ß|ss)|"
    r"danke(?: schön| sehr)?|vielen dank|(?:bien )?cordialement|bien à vous|(?:sincères )?salutations|merci(?: beaucoup)?|"
    r"amitiés|atentamente|(?:un |cordiales )?saludos|(?:muchas )?gracias|un abrazo|(?:com os )?(?:melhores )?cumprimentos|"
    r"atenciosamente|obrigad[oa]|abraços?|(?:cordiali |distinti )?saluti|un saluto|grazie(?: mille)?|"
    r"(?:ystävällisin )?terveisin|kiitos|(?:vänliga )?hälsningar|med vänlig hälsning|mvh|tack(?: så mycket)?|"
    r"met vriendelijke groet(?:en)?|groet(?:en|jes)|bedankt|mvg|salutacions|atentament|gràcies|cordialment",
    re.IGNORECASE)


def drop_letter_frame(text: str) -> str:
    """The prompt without the greeting that opens it ("Dear travel desk,", "Sehr geehrte Damen und Herren,",
    "Hej,") and the closing lines of a letter ("Kind regards, M. Leclerc", "Mit freundlichen Grüßen")."""
    m = _GREETING.match(text)
    if m and m.end() < len(text):
        text = text[m.end():]
    lines = text.split("\n")
    for i in range(max(1, len(lines) - 3), len(lines)):
        line = lines[i].strip()
        if _CLOSING.match(line) and len(line.split()) <= 6 and not re.search(r"\d", line):
            return "\n".join(lines[:i])
    return re.sub(r"(?<=[.!?])\s+(?:thanks|thank you|danke|merci|gracias|obrigad[oa]|grazie|kiitos|tack|bedankt|"
                  r"gràcies|tak\b|takk\b)"
                  r"[^.!?\n]{0,20}[.!]*\s*$", "", text, flags=re.IGNORECASE)


#: "I mean", in the languages read: what follows says again what came before
_I_MEAN = r"i mean|ich meine|je veux dire|quiero decir|quer dizer|jag menar"
#: the words that take back what came before, up to the cue word said again
_TAKEN_BACK_CUE = (
    r"\s*(?:no|nein|nee|nö|nope|nah|non|nej|nei|ei|sorry|pardon|perdón|perdão|scusa|" + _I_MEAN + r"|"
    r"quero dizer|voglio dire|tarkoitan|that is|das heißt|c'est-à-dire|o sea|"
    r"ou seja|cioè|vull dir|dvs|eli|ik bedoel)"
    # "nee Quatsch", "no wait", "non attends": a word that takes back what came before
    r"(?:\s+(?:quatsch|blödsinn|unsinn|warte|wait|scratch that|attends|espera|aspetta|vänta|odota|wacht|forresten|"
    r"vent))?\s*[,.]?\s+"
    r"(?:(?:a|an|the|un|une|uno|una|um|uma|o|el|la|le|il|lo|ein|eine|einen|en|ett|een|de|het)\s+)?\1\b")
#: "from X... no, from Y": a phrase corrected by the same cue word after a word of correction
_CORRECTION = re.compile(r"\b(\w+)(?:\s+[^.,;!?\d]{1,40}?)?(?:\.\.\.|…|,|\s-|\s—)" + _TAKEN_BACK_CUE, re.IGNORECASE)
#: the same said aloud, with no mark between, after a word of correction that cannot be read otherwise ("in ein
#: Theater nein Quatsch in ein Kino", "to the museum no wait to the gallery"), from the cue word's last time before
#: ("a las tres voy a la iglesia no perdón a la oficina": from "a la iglesia")
_CORRECTION_SAID = re.compile(
    r"\b(\w+)(?:\s+(?:(?!\b\1\b)[^.,;!?\d]){1,40}?)?\s+"
    r"(?:nein quatsch|nee quatsch|nein warte|nee warte|no wait|oh wait|no sorry|"
    r"sorry no|non attends|euh non|ah non|anzi no|nej vänta|no perdón|no perdona|não perdão|não desculpa|no scusa|"
    r"no scusate|nee sorry|nej förlåt|nei unnskyld|nej undskyld|nie przepraszam|ne promiň|äh nein|ah nein|"
    r"nej förresten|nee wacht|nee sorry|actually no|no actually|o sea|ou seja|cioè|" + _I_MEAN + r"|that is|"
    r"nej vent|nei vent|nej forresten|nei forresten|"
    r"das heißt|c'est-à-dire|quer dizer|voglio dire|vull dir|ik bedoel)\s*[,.]?\s+"
    r"(?:(?:a|an|the|un|une|uno|una|um|uma|o|el|la|le|il|lo|ein|eine|einen|en|ett|een|de|het)\s+)?\1\b", re.IGNORECASE)
#: a word said aloud and corrected at once in Finnish ("jäätelölle tai ei kun kahville"): the word after counts
_EI_KUN = re.compile(r"\b\w+\s+(?:tai\s+)?(?:ei kun|eiku|eikun|ei vaan)\s+(?=\w)", re.IGNORECASE)
#: the same after a dash, from a word ("Erst Biergarten – nee Quatsch, erst ins Museum"); a time taken back
#: after its place keeps the place ("Start 10 Uhr am Markt – nein, 10:30")
_CORRECTION_DASH = re.compile(r"\b((?!\d)\w+)(?:\s+[^.,;!?\d]{1,40}?)?\s–" + _TAKEN_BACK_CUE, re.IGNORECASE)


#: a clock time or a duration as written in any language read ("8 h 45", "14h30", "13 Uhr", "1pm", "3 hours max")
_AMOUNT = (r"\d{1,2}(?:[.,]\d)?(?:\s?(?:[:.]\s?\d{2}|h(?:\s?\d{2})?|uhr|uur|am|pm|a\.m\.|p\.m\.|hours?|hrs?|"
           r"stunden?|heures?|horas?|ore|timmar|tuntia|minutes|minuten|minutos|minuti|min))?"
           r"(?:\s+(?:max(?:imum)?|total|in total|insgesamt|en tout|no total|in tutto))?")
#: a preposition before a clock time
_TIME_PREP = r"(?:um|à|a las|a la|a les|às|as|alle|at|ab|kl\.?|klo|kello|om|from|de|dalle|vers|ca\.)"
#: "no", in the languages read
NO_WORDS = r"no|nope|nah|nein|nee|nö|non|não|nao|nej|nei|ei|niet"
#: the words a writer takes back what was just said with, in the languages read once rewritten ("no", "actually",
#: "wait", "scratch that", "o meglio", "plutôt"): a time said again, a visit or an order taken back
TAKING_BACK = (NO_WORDS + r"|actually|eigentlich|eigenlijk|faktiskt|en fait|de hecho|en realidad|na verdade|in realtà|"
               r"in effetti|itse asiassa|förresten|forresten|wait|warte|espera|espere|aspetta|attends|vänta|odota|"
               r"wacht|scratch that|korrektur|correction|anzi|o meglio|oder besser|ou melhor|o mejor|or rather|rather|"
               r"ou plutôt|plutôt|finalement")
#: the words that take a time back, with what may follow them ("euh non, plutôt", "nee, doch erst", "or rather")
_TAKEN_BACK = (
    r"(?:(?:äh|ähm|öh|euh|eh|ehm|uh|uhm|ugh|hmm*|no+|ei kun|eiku|na|"
    r"bueno|halt|mejor|melhor|meglio|millor|beter|bättre|lieber|besser|"
    r"enfin|perdón|perdão|perdona|pardon|scusa|scusate|förlåt|anteeksi|que no|"
    + _I_MEAN + r"|ich mein|cioè|tarkoitan|ik bedoel|vull dir|"
    r"mejor dicho|sorry|aliás|eller nej|eller nei|oder nein|oder nee|or no|ou non|ou não|o no|of nee|tai siis|"
    r"nie|przepraszam|promiňte|promiň|ne|beter gezegd|o meno|wart mal|moment|på sätt och vis|"
    + TAKING_BACK + r")"
    r"\b[\s,!.]*)+"
    r"(?:(?:doch|erst|lieber|besser|eher|plutôt|finalement|facciamo|diciamo|make it|make that|let's say|say|"
    r"sagen wir(?: mal)?|sag ma|digamos|disons|låt oss säga|sanotaan|zeg maar|"
    r"mejor|melhor|mieux|dann|then|plus tard|later|più tardi|más tarde|mais tarde|senare|myöhemmin|later pas|"
    r"hellre|mieluummin|piuttosto|liever|mais bien|más bien|bastante)\b[\s,]*)*")
#: a word taken back, then a word of waiting: said, it needs no comma ("at 9:30 no wait 9:45", "um 2 nee wacht 3",
#: "klo 9 ei kun 9:30")
_WAIT = r"(?=(?:no|nee|nein|non|não|nao|nej|nei|ei)\s+(?:wait|wacht|warte|attends|espera|aspetta|vänta|kun|odota|" \
        r"vent)\b)"
#: the writer takes back a time or a duration and gives another ("um 10 – nee, doch erst um halb elf",
#: "à 9 h — non, plutôt 9 h 30", "às 14h, ou melhor, às 14h30", "3 hours max. Actually make it 2.5 hours")
_TIME_CORRECTION = re.compile(
    r"(?P<prep>\b" + _TIME_PREP + r"\s+)?(?<![\d:.])" + _AMOUNT + r"(?:ish)?(?:\s+(?:los|off|away))?\s*(?:\.\.\.|…|[,;.!]|"
    r"\s[-–—]|[-–—]|"
    + _WAIT + r")\s*"
    + _TAKEN_BACK + r"(?=(?:" + _TIME_PREP + r"\s+)?(?:\d|halb|viertel|dreiviertel|kvart|halv|puoli|half|quarter|"
    r"mezzogiorno|midi|noon|meio-dia|mediodía))", re.IGNORECASE)
#: a clock time and a place (a name, after up to three small words), the time taken back for another ("départ 15h
#: du Port, euh non, 15h30", "Start 9 Uhr am Markt – nein, 9:30"): the place stays, at the new time; "3 cafes, no
#: 2" is no place
_TIME_PLACE_CORRECTION = re.compile(
    r"(?<![\d:.])\d{1,2}(?:[:.h]\d{2}|h)?(?:\s?uhr)?(?P<place>\s+(?!h\b)(?:[^\W\d_]{1,6}\s+){0,3}(?-i:[A-ZÀ-Ý])[^\d.,;:!?…()\n–—]{1,50}?)\s*(?:\.\.\.|…|,|\s[-–—])\s*"
    + _TAKEN_BACK + r"(?:" + _TIME_PREP + r"\s+)?(?P<new>\d{1,2}(?:[:.h]\d{2}|h)?(?:\s?uhr)?)"
    r"(?![\w:]|\.\d|\s*(?:h\b|min|hour|hr|stund|heure|hora|ore\b|timm|tunt|uur))", re.IGNORECASE)
#: a time said and taken back in one breath: "nicht um 13 Uhr, sondern um 13:30", "pas à 9 h mais à 10 h"
_NOT_BUT = re.compile(
    r"\b(?:nicht|pas|non|no|not|inte|ei|niet|não|nao)\s+(?:" + _TIME_PREP + r"\s+)?" + _AMOUNT +
    r"\s*,?\s*(?:sondern|mais|ma|sino|mas sim|mas|utan|vaan|maar|but)\s+", re.IGNORECASE)
#: the old value after the new one: "2pm, not 1pm", "start is Highspire, not Steelton"
_COMMA_NOT = re.compile(  # Portuguese "no" before a name is "in the" ("em casa, no Carandá Bosque"), no correction
    r",\s*(?:not|nicht|pas|no(?!\s+(?-i:[A-ZÀ-Ý]))|não|inte|niet)\s+(?:" + _TIME_PREP + r"\s+\d{1,2}(?:[:.]\d{2})?|\d{1,2}:\d{2}|"
    r"\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.|h|uhr|uur)\b|"
    r"(?-i:[A-ZÀ-Ý])[\w'-]+(?:\s+(?-i:[A-ZÀ-Ý])[\w'-]+)*)"
    r"(?=\s*(?:[,;.!?]|and\b|$))", re.IGNORECASE)


#: a clock time said in words and taken back for another said in words, the clause ending after it or a word of
#: preference ("à deux heures, non attends plutôt deux heures et quart", "trois heures de l'aprem non trois heures et
#: demie plutôt", "um zwei, nein warte, lieber halb drei"): the new one, with the old one's cue and part of the day
_WORD_TIME_CORRECTION = re.compile(
    r"(?P<prep>\b(?:(?:a|à|al|o|v|ve|om|at|um)\s+)?(?:" + WORD_TIME_CUE + r")\s+)?(?P<old>" + WORD_TIME + r")"
    r"(?P<part>\s+(?:" + WORD_TIME_PART + r"))?"
    r"\s*(?:\.\.\.|…|[,;.!]|\s[-–—])?\s*" + _TAKEN_BACK
    + r"(?P<newprep>(?:(?:a|à|al|o|v|ve|om|at|um)\s+)?(?:" + WORD_TIME_CUE + r")\s+)?"
    r"(?P<new>" + WORD_TIME + r")(?P<newpart>\s+(?:" + WORD_TIME_PART + r"))?"
    r"(?=\s*(?:[,.;!?]|$)|\s+(?:plutôt|lieber|eher|mejor|melhor|piuttosto|hellre|liever|rather|instead|then|dann|"
    r"alors|entonces|então|allora|sitten|då|puis|ensuite|luego|después|depois|poi|sen|sedan|daarna|dan|després|"
    r"and|und|et|y|e|i|och|ja|en)\b|\s+(?:at|am|an|im|beim|vom|à|au|en|em|no|na|al|alla|vid|på|bij|op|from|ab|de|"
    r"from|desde|dalla|dal|från|van|vanaf|klo)\s|(?P<said>\s+\w))", re.IGNORECASE)


#: words that say the new time is one ("no, make it eight", "nein, sagen wir Viertel nach zehn")
_SAY = re.compile(r"\b(?:make it|make that|let's say|say|sagen wir|sag ma|digamos|disons|diciamo|låt oss säga|"
                  r"sanotaan|zeg maar)\b", re.IGNORECASE)
#: the word "first" in the languages read, said after a time that opens the trip ("klockan tio nej elva först ...")
_FIRST = re.compile(r"\s+(?:first|först|først|primero|primeiro|primer|prima|eerst|erst|zuerst|d'abord|ensin|"
                    r"ensiksi|nejdřív|nejprve|najpierw)\b", re.IGNORECASE)


def _said_in_full(m: re.Match) -> bool:
    """Whether the new time of a :data:`_WORD_TIME_CORRECTION` said on, with no mark after it ("a las diez no a las
    once primero ...", "um drei äh nein halb vier müssen wir ..."), is a clock time: said with its own cue, in
    several words, after "make it", or before "first" ("um zwei, nein, drei Museen" is a count)."""
    between = m.string[m.end("old"):m.start("new")]
    return bool(m.group("newprep") or len(m.group("new").split()) > 1 or _SAY.search(between)
                or _FIRST.match(m.string, m.end()))


def _word_time_corrected(m: re.Match) -> str:
    """The new time of a :data:`_WORD_TIME_CORRECTION`, when the old one is a clock time (a cue, a unit, a part of
    the day or minutes said with it: "deux musées, non trois" is a count)."""
    if not (m.group("prep") or m.group("part") or m.group("old").lower() != m.group("old").split()[0].lower()):
        return m.group(0)
    if m.group("said") and not _said_in_full(m):
        return m.group(0)
    new = (m.group("newprep") or m.group("prep") or "") + m.group("new") + (m.group("newpart") or m.group("part") or "")
    bare = m.group("said") and not m.group("newprep") and len(m.group("new").split()) == 1
    return new + ("," if bare else "")  # "make it eight gym then ...": a bare hour word ends its clause


#: an hour taken back for a quarter or a half of it, the hour left unsaid ("at 2, no wait make it quarter past",
#: "um 3, nein, viertel nach", "kl 4, nej vänta, kvart över"): the hour said again after it
_SAME_HOUR = re.compile(
    r"(?<![\d:.])(?P<h>\d{1,2})(?P<mid>\s*(?:\.\.\.|…|[,;.!]|\s[-–—]|" + _WAIT + r")\s*" + _TAKEN_BACK + r")"
    r"(?P<rel>(?:a\s+)?(?:quarter|half|ten|twenty|five)\s+(?:past|after|to|of)|viertel\s+(?:nach|vor)|"
    r"kvart\s+(?:över|i)|kvart\s+(?:over|på))\b(?!\s*(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|noon|midnight|eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|ett|två|tre|fyra|fem|sex|sju|"
    r"åtta|nio|tio|elva|tolv|et|to|fire|seks|syv|otte|ni|ti|elleve)\b)", re.IGNORECASE)


#: a word of waiting, words about it, then the list said again with "just" ("pharmacy, bank and the post office, no
#: wait she went to the bank already, just pharmacy and post office", "..., nein warte, nur Apotheke und Post")
_LIST_AGAIN = re.compile(
    r"[,.]?\s*" + _WAIT + r"\w+\s+\w+\b[^.;!?]*?,\s*(?:just|only|nur|seulement|juste|solo|só|solamente|bara|vain|"
    r"alleen)\s+(?:(?:the|a|an|die|der|das|la|le|les|el|o|a|il|lo)\s+)?(?P<first>[^\W\d_]{3,})\b", re.IGNORECASE)


def _list_said_again(text: str) -> str:
    """``text`` without a list of visits taken back and said again (:data:`_LIST_AGAIN`): from where the first
    visit of the new list was said before, in the same sentence, to the new list."""
    m = _LIST_AGAIN.search(text)
    if not m:
        return text
    s0 = max(text.rfind(c, 0, m.start()) for c in ".;!?\n") + 1
    q = text.lower().rfind(m.group("first").lower(), s0, m.start())
    return text if q < 0 else text[:q] + text[m.start("first"):]


_PREP_NEXT = re.compile(_TIME_PREP + r"\s", re.IGNORECASE)


def _time_corrected(m: re.Match) -> str:
    """What stays of a corrected time: the first preposition, when the new time has none."""
    return "" if _PREP_NEXT.match(m.string, m.end()) else m.group("prep") or ""


#: the cue words and articles before a place said aloud
_PLACE_CUE = (r"(?:at|from|to|am|im|vom|beim|ab|à|au|de|du|des|da|do|dalla|dal|desde|del|en|em|na|no|alla|al|vid|på|"
              r"från|bij|vanaf|van)")
_PLACE_ARTICLE = r"(?:(?:the|der|die|das|dem|la|le|l'|el|o|a|il|lo|de|het)\s*)?"
#: a place said aloud and taken back for another, with no mark between ("at the Sendlinger Tor no wait Karlsplatz",
#: "am Sendlinger Tor nee warte am Karlsplatz", "de la gare du Nord euh non de Châtelet", "de São Bento não espera
#: da Trindade"): the first cue word, then the new place
_PLACE_TAKEN_BACK = re.compile(
    r"\b(?P<cue>" + _PLACE_CUE + r")\s+" + _PLACE_ARTICLE +
    r"(?:(?-i:[a-zà-ý])[\w'-]*\s+(?:(?:du|de|del|da|do|di|der|of)\s+)?)?(?-i:[A-ZÀ-Ý])[\w'-]*"
    r"(?:\s+(?:(?:du|de|del|da|do|di|der|the|of)\s+)?(?-i:[A-ZÀ-Ý])[\w'-]*)*\s+"
    r"(?:no wait|no sorry|sorry no|nee warte|nein warte|nee quatsch|non attends|euh non|ah non|não espera|não não|"
    r"no espera|no perdón|no aspetta|anzi no|nej vänta|nej förresten|ei kun|eiku|ei odota|nee wacht|nee sorry|"
    r"nej vent|nei vent|nej forresten|nei forresten|"
    + _I_MEAN + r"|voglio dire)\s+"
    r"(?:" + _PLACE_CUE + r"\s+)?" + _PLACE_ARTICLE + r"(?=(?-i:[A-ZÀ-Ý]))", re.IGNORECASE)


#: a sound of hesitation said aloud before a name ("od hotelu ehm Admiral Fell Inn"); German "um" is a word, and
#: before other words one is a pause that ends a clause ("at eleven ish uh hardware store then ...")
_FILLERS = re.compile(r"(?<![\w'’-])(?:äh|ähm|öh|eh|ehm|ehh|euh|uh|uhm|erm|eee+|øh|hmm+)(?![\w'’-])[^\S\n]+"
                      r"(?=(?-i:[A-ZÀ-Ý]))", re.IGNORECASE)


def drop_fillers(text: str) -> str:
    """``text`` without the sounds of hesitation of :data:`_FILLERS` (after :func:`drop_corrections`, which reads
    them as words of taking back: "um drei äh nein halb vier")."""
    return _FILLERS.sub("", text)


def drop_corrections(text: str) -> str:
    """The prompt without the phrases its writer corrected ("Ab Stadtparkett... nein, ab Sternplatz",
    "um 10 – nee, doch erst um halb elf", "nicht um 13 Uhr, sondern um 13:30", "2pm, not 1pm", "départ 15h du
    Port, euh non, 15h30", "à deux heures, non attends plutôt deux heures et quart", "at 2, no wait make it quarter
    past", "pharmacy, bank and the post office, no wait ..., just pharmacy and post office")."""
    for pat in (_CORRECTION, _CORRECTION_DASH, _CORRECTION_SAID):
        text = pat.sub(lambda m: m.group(0)[-len(m.group(1)):], text)
    text = _EI_KUN.sub("", text)
    text = _PLACE_TAKEN_BACK.sub(lambda m: m.group("cue") + " ", text)
    text = _list_said_again(_WORD_TIME_CORRECTION.sub(_word_time_corrected, text))
    text = _SAME_HOUR.sub(lambda m: f"{m.group('h')}{m.group('mid')}{m.group('rel')} {m.group('h')}", text)
    text = _TIME_PLACE_CORRECTION.sub(lambda m: m.group("new") + m.group("place"), text)
    text = _TIME_CORRECTION.sub(_time_corrected, text)
    text = _NOT_BUT.sub("", text)
    return _COMMA_NOT.sub("", text)


@dataclass
class Prompt:
    """A prompt being parsed: its text, the parts already read (masked) and notes.

    Attributes
    ----------
    text : str
        The prompt as the English stages read it (see :mod:`nco.planner.offline.lang`).
    low : str
        ``text`` in lower case with typographic apostrophes made plain.
    masked : list of str
        ``low`` with the characters already read (places, times) blanked.
    lang : str
        Language the prompt was written in.
    notes : list of str
        What the user should be told.
    event_times : list of (int, int)
        Position and minutes of clock times that say when a visit happens
        ("lunch at 1pm", "before dinner at 7pm").
    clock_times : list of (int, int, int, bool)
        Every clock time said: start, end, minutes and whether its half of
        the day is unsaid (what :mod:`~nco.planner.offline.reader` reads again).
    named : list of (str, int, str)
        Places named without their kind ("then the Louvre"): name, position
        and the note that reports them.
    known : callable, optional
        What the map knows of names (:class:`nco.planner.plan.MapNames`).
    """

    text: str
    lang: str = "en"
    notes: list[str] = field(default_factory=list)
    low: str = ""
    masked: list[str] = field(default_factory=list)
    event_times: list[tuple[int, int]] = field(default_factory=list)
    clock_times: list[tuple[int, int, int, bool]] = field(default_factory=list)  # every clock time said
    places: tuple = ()
    start_end: int = -1  # where the start place's text ends (-1: no start place)
    named: list[tuple[str, int, str]] = field(default_factory=list)  # (name, position, note): kind unknown
    known: object = None  # what the map knows of names (nco.planner.plan.MapNames), when parsing for a city
    typed_lower: bool = False  # :func:`typed_without_capitals`: a word in lower case may be a name
    _mlow: str | None = field(default=None, repr=False, compare=False)  # ``mlow``, until the next ``mask``

    def __post_init__(self):
        self.low = self.text.lower().replace("’", "'")
        self.masked = list(self.low)

    def mask(self, a: int, b: int) -> None:
        """Blank ``[a, b)`` so later stages do not read it again."""
        for i in range(max(a, 0), min(b, len(self.masked))):
            self.masked[i] = " "
        self._mlow = None

    @property
    def mlow(self) -> str:
        """The masked lower-case text (joined once per masking, however often the stages read it)."""
        if self._mlow is None:
            self._mlow = "".join(self.masked)
        return self._mlow


#: the full stop of an abbreviation, which ends no sentence: "the St. Veit parish church", "Sv. Víta", "ca. 40
#: Minuten", "kl. 8.30", "Dr. Müller", "R. das Flores", "ul. Floriańska"
_ABBREVIATION = re.compile(r"(?<![\w.])(?:st|sts|ste|sta|sto|sv|sr|sra|dr|mr|mrs|ms|mt|ca|cca|approx|nr|ul|pl|av|"
                           r"avda|kl|prof|[a-z])\.(?=\s+\w)")


@lru_cache(maxsize=64)
def no_abbreviations(low: str) -> str:
    """``low`` with the full stop of each abbreviation written as a space (same length)."""
    return _ABBREVIATION.sub(lambda m: m.group(0)[:-1] + " ", low)


def segments(low: str) -> list[tuple[int, int]]:
    """Spans of clauses: split at sentence ends, commas, semicolons and 'then'/'and'."""
    low = no_abbreviations(low)
    cuts = [0]
    for m in re.finditer(r"[.;!?]\s|[.;!?]$|,|\bthen\b|\band\b|\bbut\b|\bfollowed by\b|\bafter that\b|\bbefore\b|"
                         r"\bafterwards\b", low):
        cuts.append(m.start())
    cuts.append(len(low))
    cuts = sorted(set(cuts))
    return [(a, b) for a, b in zip(cuts, cuts[1:]) if b > a]


def sentence_bounds(low: str, pos: int) -> tuple[int, int]:
    """Start and end of the sentence around ``pos``."""
    low = no_abbreviations(low)
    a = max(low.rfind(". ", 0, pos), low.rfind("! ", 0, pos), low.rfind("? ", 0, pos), low.rfind(";", 0, pos))
    ends = [i for i in (low.find(". ", pos), low.find("! ", pos), low.find("? ", pos), low.find(";", pos)) if i >= 0]
    return a + 1, (min(ends) if ends else len(low))


def clause_of(low: str, pos: int, wide: bool = False) -> tuple[int, int]:
    """The clause around ``pos`` (``wide``: 'and'/'but' do not end it)."""
    low = no_abbreviations(low)
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


#: what comes right before a word that opens a sentence, a list item or a quotation ("... ", "• ", "1. ", "(")
_OPENS = re.compile(r"(?:^|[.!?:;\n(\"“„–—•*-]|\d\.)\s*$")


def opens_sentence(text: str, i: int) -> bool:
    """Whether the word at ``i`` opens a sentence, a list item or a quotation (looking four characters back)."""
    return _OPENS.search(text, max(0, i - 4), i) is not None


def caseless(text: str) -> bool:
    """Whether ``text`` has no capital but where a sentence opens (:func:`opens_sentence`) and the pronoun "I":
    typed in lower case ("d'Andorre" has one)."""
    return not any(w.group(0)[0].isupper() and w.group(0) != "I" and not opens_sentence(text, w.start())
                   for w in re.finditer(r"[^\W_]+", text))


def typed_without_capitals(text: str) -> bool:
    """Whether ``text`` has no capital at all but the pronoun "I", as typed on a phone: stricter than
    :func:`caseless`, which lets a sentence open with one ("W czwartek wychodzę z dziećmi" is written with care)."""
    return not any(c.isupper() for c in re.sub(r"\bI\b", "", text))


def at_sentence_start(text: str, i: int) -> bool:
    """Whether position ``i`` opens a sentence."""
    k = i - 1
    while k >= 0 and text[k] == " ":
        k -= 1
    return k < 0 or text[k] in ".!?"


def capitalised_phrase(text: str, start: int) -> str | None:
    """The run of capitalised words (with name particles) that begins at ``start``,
    or a generic place ("the main station") there."""
    generic = GENERIC_PLACE.match(text, start)
    named = _named_phrase(text, start)
    if generic and not generic.group(0)[0].isupper() and len(named or "") <= generic.end() - start:
        return generic.group(0)  # "the main station", but "gare routière" whole
    return named or (generic.group(0) if generic else None)


def _named_phrase(text: str, start: int) -> str | None:
    """The capitalised name of :func:`capitalised_phrase` (with the place noun that follows it)."""
    words = _capitalised_words(text, start)
    head = _head_after(text, start, words)
    if head:
        return head  # "Bank station", "Dom Luis I bridge": a place, not a bank
    while words and words[-1].lower() in PARTICLES and not _street_abbreviation(words):
        words.pop()
    if not words:
        return None
    phrase = " ".join(words)
    if all(w.lower() in STOPWORDS_EN or w.lower() in LEX_MAP or w.lower() in _SPOKEN_OPENINGS for w in words):
        return None  # "In", "Then", "Lunch", "Okay": ordinary words at a sentence start
    # a time or a weekday is not a place
    if re.fullmatch(r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Tomorrow|I|We)(\s.*)?", phrase):
        return None
    at = text.find(phrase, start)
    if _not_a_name(words) or (at_sentence_start(text, at) and _HEADING.match(text, at + len(phrase))):
        return None
    return phrase


#: words that open a sentence said aloud, never a name ("Okay also Plan für Samstag", "Hey Siri", "Um hi")
_SPOKEN_OPENINGS = {"okay", "ok", "alright", "hey", "hi", "hello", "um", "uh", "ehm", "ähm", "äh", "euh", "eh", "hmm",
                    "yeah", "yes", "bueno", "buenas", "bon", "alors", "allora", "tipo", "oi", "olá", "hola", "ciao",
                    "salut", "moi", "hei", "hej", "joo", "servus", "gente", "mira", "oye", "écoute"}


def _street_abbreviation(words: list[str]) -> bool:
    """Whether ``words`` end with "St" written after a name ("Christopher St", "14th St"): a street, not a saint."""
    return len(words) > 1 and words[-1] in ("St", "St.")


#: the days in the languages read (English too), with today and tomorrow, and the pronouns and possessives that
#: open a sentence about people ("Samedi :", "Meine Frau und ich", "I miei genitori", "Els meus pares"): never a place
DAY_WORDS = {w for words in DAYS.values() for w in words.split()} | set(
    "today tomorrow tonight monday tuesday wednesday thursday friday saturday sunday".split())
_PEOPLE = set("""my our his her their mein meine meinen meiner unser unsere unseren sein seine ihr ihre ich wir er sie
    mon ma mes nos son sa ses leur leurs je nous ils elles mi mis nuestros nuestras su sus yo nosotros ellos ellas
    meu minha meus minhas nossos nossas eu nós eles elas mio mia miei mie nostri nostre io noi loro els meus meva meves
    nosaltres jag vi han hon min mitt mina vår vårt våra ik wij mijn onze minä me minun meidän""".split())
_SMALL_ARTICLES = {"i", "il", "la", "le", "els", "les", "os", "as", "o", "a", "el", "lo", "gli"}
#: a heading that opens the prompt or a sentence ("Itinerário para a tarde:", "Ruta:"): ends with a colon
_HEADING = re.compile(r"(?:[^\S\n]+[^\W\d][\w'’-]*){0,4}[^\S\n]*:(?!\d)")


def _not_a_name(words: list[str]) -> bool:
    """Whether capitalised ``words`` are a day or a phrase about people rather than a name."""
    low = [w.lower() for w in words]
    if low[0] in DAY_WORDS:
        return True
    if len(low) > 1 and low[0] in _SMALL_ARTICLES:
        low = low[1:]  # "I miei genitori", "Els meus pares"
    return low[0] in _PEOPLE  # "Notre Dame", "Nuestra Señora", "Nossa Senhora" are not in the list


#: words that join two names ("Gozzoburg and church", "Gozzoburg a kostel"), lower case ("Dom Luis I bridge": a name)
_JOINING = {"and", "&", "und", "et", "y", "e", "i", "og", "och", "en", "a", "ja"}


def _head_after(text: str, start: int, words: list[str]) -> str | None:
    """``words`` with the place noun that follows them ("Bank" + " station"), if one does; not after a word that
    joins names ("Gozzoburg and church sv. Vita": two places)."""
    phrase = " ".join(words)
    at = text.find(phrase, start) if words and words[-1] not in _JOINING else -1
    head = PLACE_HEADS.match(text, at + len(phrase)) if at >= 0 else None
    return phrase + head.group(0) if head else None


def _capitalised_words(text: str, start: int) -> list[str]:
    """The words of :func:`capitalised_phrase` before trailing particles are dropped."""
    words: list[str] = []
    for m in re.finditer(r"[^\s,;!?()]+", text[start:]):
        if m.start() > 0 and text[start + m.start() - 1] not in " \t":
            break
        w = m.group(0)
        core = w.rstrip(".:'’\"“”»")  # "... am Odeonsplatz.“": a quotation closes the name
        if not core:
            break
        if core.lower() == "the" and not words:
            continue
        if words and _NAME_ENDS.fullmatch(core):
            break  # "at Hellstens Glashus I'm heading out", "the Admiral Fell Inn Saturday": said unpunctuated
        if not (core[0].isupper() or (core.isdigit() and words) or (not words and core.lower() in _OPENING_NOUNS)
                or (_ORDINAL.fullmatch(core) and (words or (w == core and _capitalised_next(text, start + m.end()))))
                or (core.lower() in PARTICLES and words) or re.match(r"[dl]'(?-i:[A-ZÀ-Ý])", core, re.IGNORECASE)
                or (words and core in POST_NOUNS) or _adjective_after_noun(words, core)):
            break
        # a capitalised word; "de", "d'Armes"; "Stockholms södra"; "gare routière"
        words.append(core)
        nxt = text[start + m.end():start + m.end() + 1]
        if (nxt and nxt in ",;!?()") or (w.endswith(".") and core.lower() not in ("st", "dr")) or w.endswith(":") \
                or w[-1] in "\"“”»":
            break  # the phrase ends with its sentence ("... am Sendlinger Tor an. Er möchte")
    return words


#: a word that ends a name said without punctuation: "I'm", "I'll", a weekday, today or tomorrow
_NAME_ENDS = re.compile(r"I['’](?:m|ll|d|ve)|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?|Today|Tonight|Tomorrow")

#: an ordinal in a name: "14th Street", "Mairie du 3e", "Rua 25 de Março"
_ORDINAL = re.compile(r"\d{1,3}(?:st|nd|rd|th|e|er|ème|è|º|ª)")


def _capitalised_next(text: str, at: int) -> bool:
    """Whether the word after ``at`` (past one space) is capitalised."""
    return bool(re.match(r" (?-i:[A-ZÀ-Ý])", text[at:at + 2]))


def _adjective_after_noun(words: list[str], core: str) -> bool:
    """Whether ``core`` is a lower-case word that qualifies a lower-case place noun ("gare centrale",
    "estació nacional d'autobusos")."""
    if (not words or words[0].lower() not in PLACE_NOUNS or any(w[0].isupper() for w in words)
            or sum(w.lower() not in PARTICLES for w in words) > 2):
        return False
    w = re.sub(r"^[dl]'", "", core.lower())
    return w.isalpha() and w not in STOPWORDS_EN and w not in LEX_MAP and w not in PARTICLES \
        and w not in ALL_FUNCTION_WORDS  # "back to parc en 90 minutes": a preposition ends the name


_LOOSE = {c: f"[{c}{b}]" for c, b in zip("áàâãéèêíìîóòôõúùûçñ", "aaaaeeeiiiooooouuucn")}


def loose(pattern: str) -> str:
    """``pattern`` that also matches its longer words typed without their accents ("despues", "estacion");
    short ones keep them, an accent tells them apart ("à" and "a", "dès" and "des", "às" and "as")."""
    return re.sub(r"(?<!\\)[^\W\d_]{5,}", lambda m: "".join(_LOOSE.get(c, c) for c in m.group(0)), pattern)


#: the letters Danish and Norwegian write that a keyboard without them spells out or leaves plain ("kobe",
#: "faerdig", "forst")
#: how "æ", "ø", "å" are typed by those who leave them out
_NORDIC_SPELLINGS = {"æ": ("æ", "ae"), "ø": ("ø", "oe", "o"), "å": ("å", "aa", "a")}
_NORDIC = {c: "(?:" + "|".join(forms) + ")" for c, forms in _NORDIC_SPELLINGS.items()}


def nordic(pattern: str) -> str:
    """``pattern`` that also matches its words of four letters or more typed without "æ", "ø" or "å" ("kobe",
    "faerdig", "rekkefolge"); shorter ones keep them ("på", "så")."""
    return re.sub(r"(?<!\\)[^\W\d_]{4,}", lambda m: "".join(_NORDIC.get(c, c) for c in m.group(0)), pattern)


def nordic_keys(table: dict[str, str]) -> dict[str, str]:
    """``table`` with its keys also as typed without "æ", "ø", "å" ("sondag", "lordag", "faergen"), as the rules
    made with :func:`nordic` match them."""
    out = dict(table)
    for key, value in table.items():
        options = [_NORDIC_SPELLINGS.get(c, (c,)) for c in key]
        for form in itertools.islice(itertools.product(*options), 64):
            out.setdefault("".join(form), value)
    return out


#: endings of the Finnish cases and the stems they take ("kahvilassa", "museoon", "illalliselle", "lounaalle")
_FI_ENDINGS = ("ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä", "lle", "ksi", "na", "nä", "ta", "tä", "n")


def fi_bases_of(word: str) -> list[str]:
    """The base forms an inflected Finnish word may have, most likely first ("museoon" -> "museo",
    "Ateneumissa" -> "Ateneum", "Hakaniemestä" -> "Hakanieme", "Hakaniemi"); for a caller to test
    against what it knows (the rules' words, the names of the map)."""
    low, out = word, []
    if len(low) > 5 and low[-1] == "n" and low[-2] == low[-3]:  # illative: "museoon", "kahvilaan"
        out.append(low[:-2])
    for end in _FI_ENDINGS:
        if low.lower().endswith(end) and len(low) - len(end) >= 4:
            stem = low[: -len(end)]
            strong = stem[:-1] + stem[-2:] if len(stem) > 2 and stem[-2] in "kpt" and stem[-1] in "aeiouyäö" else ""
            out += [stem, strong, stem[:-2] + "nen" if stem.endswith("se") else "",
                    stem[:-1] + "s" if stem[-1] == stem[-2] else "", stem[:-1] + "i" if stem.endswith("e") else "",
                    stem[:-1] if stem[-1] == "i" and end in ("ssa", "ssä", "sta", "stä", "lla", "llä") else ""]
    if low.endswith("e") and len(low) >= 5:
        out.append(low[:-1] + "i")  # a stem left by an ending read before ("Hakanieme")
    foreign = re.fullmatch(r"(.{3,}[^aeiouyäö\W])i(?:in|n)", low)
    if foreign:  # a name ending in a consonant takes an "i" before its ending: "Ateneumiin", "Fatbursparkenin"
        out.append(foreign.group(1))
    return [c for c in dict.fromkeys(out) if c]


def name_forms(name: str, lang: str) -> list[str]:
    """``name`` and, in Finnish, the base forms its words may have ("Ateneumissa" -> "Ateneum"), in German the
    forms of its adjectives after "am", "im", "zum" ("Hohen Markt" -> "Hoher Markt"), in Danish and Norwegian the
    name a genitive names ("Ateneums indgang" -> "Ateneum", "Fatbursparkens legeplads" -> "Fatbursparken"), to ask
    a map."""
    if lang == "de":
        return [name, *de_adjective_forms(name)]
    if lang in ("da", "no"):
        return [name, name[:-1]] if re.search(r"[^\Ws]s$", name) and len(name) > 4 else [name]
    if lang != "fi":
        return [name]
    words = name.split()[:3]
    forms = [""]
    for w in words:
        forms = [f"{f} {v}".strip() for f in forms for v in [w, *fi_bases_of(w)]][:16]
    return list(dict.fromkeys([name, *forms]))


#: street words and the German word for a station written short ("Bhf"), and the word for a station after a name
_SHORT_STREET = re.compile(r"\b(St|Ave|Av|Sq|Rd|Blvd|Bhf)\b\.?")
_LONG_STREET = {"st": "Street", "ave": "Avenue", "av": "Avenue", "sq": "Square", "rd": "Road", "blvd": "Boulevard",
                "bhf": "Bahnhof"}
_STATION_WORD = re.compile(r"\s+(?:(?:subway|metro|train|railway|tube)\s+)?station$", re.IGNORECASE)


def spelled_out(name: str) -> list[str]:
    """``name`` with its street words spelled out, then without the word "station" after it ("14th St-8th Ave
    subway station" -> "14th Street-8th Avenue subway station", "14th Street-8th Avenue"); none when it has
    neither."""
    full = _SHORT_STREET.sub(lambda m: _LONG_STREET[m.group(1).lower()], name)
    return [f for f in dict.fromkeys([full, _STATION_WORD.sub("", full)]) if f != name and f.strip()]


#: a capitalised German adjective declined after a preposition and article, before the noun it qualifies
_DE_DECLINED = re.compile(r"\b((?-i:[A-ZÄÖÜ])[a-zäöüß]{2,})e[nm](?=\s+(?-i:[A-ZÄÖÜ]))")


def de_adjective_forms(name: str) -> list[str]:
    """The forms of a German name whose adjective is declined as after "am", "im", "beim" ("Hohen Markt" ->
    "Hoher Markt", "Bayerischen Hof" -> "Bayerischer Hof", "Alten Rathaus" -> "Altes Rathaus")."""
    if not _DE_DECLINED.search(name):
        return []
    return [_DE_DECLINED.sub(lambda m: m.group(1) + end, name) for end in ("er", "es", "e")]
