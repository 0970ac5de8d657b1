"""Places: where the trip starts and where it must end (text as written; the gazetteer resolves it)."""

from __future__ import annotations

import re

from nco.planner import tagschema
from nco.planner.gazetteer import fold
from nco.planner.offline.clock import word_times
from nco.planner.offline.lexicon import (
    ALL_FUNCTION_WORDS,
    BUILDING_PARTS,
    HOUR_WORDS,
    LEX_MAP,
    LEX_RE,
    NEG_RE,
    PARTICLES,
    PLACE_CUE_END,
    PLACE_CUE_FROM,
    PLACE_CUE_START,
    STOPWORDS_EN,
    VEHICLES,
    WITH_PERSON,
)
from nco.planner.offline.times import CHILD, picks_someone_up
from nco.planner.offline.text import (
    DAY_WORDS,
    PLACE_NOUNS,
    POST_NOUNS,
    STOP_NOUNS,
    Prompt,
    capitalised_phrase,
    clause_of,
    name_forms,
    sentence_bounds,
    spelled_out,
)
from nco.planner.request import CATEGORIES

#: weaker start cues, tried in order when no :data:`PLACE_CUE_START` names a place
_FALLBACKS = [
    PLACE_CUE_FROM,
    # "I'm a student at X", "Bin Studentin an der X", "Soy estudiante en la X": where one studies or works
    re.compile(r"\b(?:i'?m|i am|we'?re|we are|bin|sind|soy|somos|sou|je suis|sono|siamo|jag är|olen)\s+"
               r"(?:(?:an?|una?|une)\s+)?(?:[^\W\d_]+\s+)?(?:student|studi|schüler|austauschschüler|estudiante|"
               r"estudante|étudiant|studente|studentessa|opiskelija|pupil|teacher|lehrer|professor|nurse)"
               r"[^\W\d_]*\s+(?:[^\W\d_]+\s+)?(?:at|in|an der|am|à|a|na|no|da|do|en|på|vid)\s+(?:the\s+|la\s+|el\s+)?"
               r"(?=(?-i:[A-ZÀ-Ý]))", re.IGNORECASE),
    re.compile(r"\b(?i:leaving|leave|departing|depart|starting|start|begin|beginning)\s+(?:the\s+)?"
               r"(?=[A-Z]|(?:" + "|".join(sorted(PLACE_NOUNS)) + r")\s+[A-Z])"),
    re.compile(r"\b(?:start(?:ing)?|leav(?:e|ing)|depart(?:ing)?|begin(?:ning)?|stay(?:ing)?)\s+"
               r"(?:[a-z]+\s+){1,3}?(?:at|from|near|in)\s+", re.IGNORECASE),
    re.compile(r"\b(?:start(?:ing)?|begin(?:ning)?|leav(?:e|ing)|depart(?:ing)?|i'?m|we'?re|i am|we are|"
               r"we start|i start)\s+(?:at\s+|around\s+|from\s+)?"
               r"\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?\s+(?:(?:at|from|in|on|do|da|dos|das|de|del|dal|dalla|des|du|"
               r"vom|von|vid|från)\s+)?", re.IGNORECASE),
    # "from 15:30 al Parc del Prat Gran", "i start 13:30 bei der Pfarrkirche": a word of place between time and name
    re.compile(r"\b(?:from|start(?:ing)?|i start|we start|leav(?:e|ing))\s+(?:at\s+|around\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?\s+"
               r"(?:at|al|alla|a|à|en|em|na|no|bei|beim|am|im|vid|på|i)\s+(?:the\s+)?(?=(?-i:[A-ZÀ-Ý]))", re.IGNORECASE),
    # "Avui a les 17:00 a Sant Julià de Lòria: farmàcia, ...": a heading that says when and where, then the list
    re.compile(r"(?:^|[.!?]\s+)(?:[^\W\d_]+\s+)?(?:at\s+|around\s+)?\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s+"
               r"(?:at|in|a|à|en|em|na|no|al|bei|am|im|i|på|vid)\s+(?:the\s+)?(?=(?-i:[A-ZÀ-Ý])[^.!?:]{2,40}:)",
               re.IGNORECASE),
    re.compile(r"\b(?:near|around)\s+", re.IGNORECASE), re.compile(r"(?:^|[.!?]\s+)at\s+", re.IGNORECASE),
    re.compile(r"^(?=[A-Z][^,.]{2,40}(?:,|\s+\d))"),
    # "half past two, Place du Palais.": a name after a time that opens the prompt
    re.compile(r"^(?:at\s+|around\s+)?\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*,\s+(?=[A-Z])", re.IGNORECASE),
    re.compile(r"(?<![a-z] )\bat\s+(?:the\s+)?(?=[A-Z]|(?:" + "|".join(sorted(PLACE_NOUNS)) + r")\s+[A-Z])"),
    # "apanho o metro no Campo 24 de Agosto", "I get the bus at Sydenham": the ride one takes to set off
    re.compile(r"\b(?:metro|métro|subway|bus|tram|train|ferry|comboio|autocarro|tren|zug|bahn|tåget|bussen)\s+at\s+"
               r"(?:the\s+)?(?=(?-i:[A-ZÀ-Ý]))", re.IGNORECASE),
    # "Place du Palais (10h) -> ...", "Itinerário para a tarde: Hofgarten 15h": a name that opens a sentence or
    # follows a heading, with a time after it
    # ("'Canillo, start 10.00.'", "quick one: Market Square, 3:15pm -> ...", quoted or not)
    # (not after the dot of "St.": "chiesa di San Vito, la Pfarrkirche St. Veit, alle dieci")
    re.compile(r"(?:^|(?<!\bSt)(?<!\bDr)(?<!\bMt)[.!?]\s+|:\s+)['\"‘“«]?(?=[A-ZÀ-Ý][\w'’-]*(?:\s+(?:[A-ZÀ-Ý][\w'’-]*|"
               r"de|da|do|du|del|des|dos|das|di|la|le)){0,5}\s*,?\s*(?:\(\s*)?(?:(?:at|start|starting|from)\s+)?\d)"),
    # "Me and my sister, Leopoldstraße, 4:45 in the afternoon": a name between commas before a time
    re.compile(r"(?:^|,\s+)(?=[A-Z][^,.]{2,40},\s*\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?(?:\W|$))"),
    # "Bin geschäftlich im Hotel Double Tree. Ab 17 Uhr frei": the hotel one is in
    re.compile(r"\b(?:in|at)\s+(?:the\s+)?(?=(?i:hotel|hôtel|hotell|hotelli|hostel|albergo|pousada)\s+[A-ZÀ-Ý])"),
]
_AT = re.compile(r"\b(?:at|from)\s+")
#: a word of ending right before a name, as notes write the end ("Ende Krems Bhf", "finish Red Rattler", "fin Place X")
_END_WORD_NAME = re.compile(r"\b(?:end|ende|finish|fin|slut|loppu)\s+(?=(?-i:[A-ZÀ-Ý]))", re.IGNORECASE)
#: going to a place, and being there by a time: the place is where the trip ends
_HEAD_TO = re.compile(r"\b(?:head|go|walk|get|make (?:my|our) way|wander)(?:s|ing)?\s+(?:(?:down|over|up|on)\s+)?to\s+",
                      re.IGNORECASE)
#: "End: Kauppatori, 5pm"; a later sentence that is a name and a time ("Isartor by 3.")
_END_LABEL = re.compile(r"\b(?:end|ending|finish|destination)\s*:\s*", re.IGNORECASE)
_NAME_BY = re.compile(r"(?:(?<=[.!?] )|(?<=, then ))(?!(?:Home|Done|Finished|Everything|All)\b)"
                      r"(?=[A-Z][\w'-]*(?:\s+(?:[A-Z][\w'-]*|de|da|do|del|der|di|du|la|le|of))*"
                      r"(?:\s+(?:" + "|".join(POST_NOUNS) + r"))?\s+(?:by|before)\s+\d)")
#: a deadline that opens a clause, then a place ("Bis 12 Uhr am Bahnhofplatz.", "spätestens um 22 Uhr in X", "avant
#: 18h, place X", "Regresamos a la 1 a la estación de X"): where the trip ends
_BY_THEN_AT = re.compile(r"(?:^|[.!?;,:]\s*)(?:back\s+)?(?:by|before|until)\s+\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?"
                         r"\s*,?\s+(?:(?:at|in)\s+|(?:a|à|al|au|na|no|em|en)\s+(?:(?:la|el|le|o|a)\s+|l')?)?",
                         re.IGNORECASE)
#: a clock time, then a place, that close the prompt, after a start said first ("ab Mairie du 11e um halb neun, ...,
#: um zehn am Centre Pompidou"): where one is to be at that time, the end
_AT_TIME_LAST = re.compile(r"(?:^|[,;]\s*)at\s+\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s+(?:at|in)\s+(?:the\s+)?"
                           r"(?=(?:(?-i:[A-ZÀ-Ý0-9])[\w'’-]*\s*|(?:de|du|des|la|le|di|da|do|of|the|am|an|der)\s+)+"
                           r"[.!]?\s*$)", re.IGNORECASE)
#: going on to someone who lives at a place ("dann zu ihr, die wohnt direkt am sendlinger tor", "then to her, she
#: lives on X"): the place the trip ends at
_THEY_LIVE = re.compile(r"\b(?:to|zu|chez|da|para|pra|till|naar)\s+(?:her|him|them|ihr|ihm|ihnen|elle|lui|eux|lei|ela|"
                        r"ele|henne|honom|haar|hem)\s*,?\s+(?:(?:who|the|die|der|qui|che|que|som|she|he|sie|er|elle|"
                        r"il|lei|lui|ela|ele|hon|han|zij|hij)\s+)?(?:lives|wohnt|habite|vit|vive|mora|abita|bor|woont)\s+"
                        r"(?:[^\W\d_]+\s+)?(?:at|in|on|am|im|à|a|na|no|en|op|på|i)\s+(?:the\s+)?", re.IGNORECASE)
#: a start cue that opens the prompt ("from X at 8:30, ...", "Start X 10:00, ...")
_PLACE_CUE_OPENS = re.compile(r"\s*(?:from|start(?:ing)?|leaving|i start|we start)\b", re.IGNORECASE)
#: ending up at a kind of place in or near a named one ("end up at a bar in Fells Point"): the named place is the end
_END_AT_KIND = re.compile(r"\b(?:end(?:ing)?(?: up)?|finish(?:ing)?)\s+(?:at|in)\s+(?:a|an|some)\s+(?:[a-z]+\s+)?(?:" +
                          "|".join(sorted(map(re.escape, LEX_MAP), key=len, reverse=True)) +
                          r")\s+(?:in|near|by|on)\s+(?:the\s+)?", re.IGNORECASE)
#: going on to a place after the last visit, in the last sentence ("a coffee before heading over to the Red Rattler.")
_BEFORE_HEADING = re.compile(r"\bbefore\s+(?:heading|going|walking|getting)\s+(?:over\s+|on\s+|back\s+)?to\s+"
                             r"(?:the\s+)?(?=[A-ZÀ-Ý][^.!?;]*[.!?]?\s*$)")
#: the bus or train one takes home from a place, with no verb of leaving ("L'últim bus cap a casa surt de X", "Hon tar
#: pendeln hem från X", "mein Zug um 18 Uhr vom Bahnhof"), not one arrived by ("arriving by train from Ventimiglia")
_RIDE_FROM = re.compile(r"(?<!arriving at )(?<!arriving by )\b(?:bus|train|tram|ferry|boat|coach|tren|comboio|zug|"
                        r"tåget|pendeln|bussen|juna|bateau|autobús|autobus|ônibus|autocarro|pullman|navette)\b"
                        r"(?!\s+(?:trip|tour|ride|cruise))"
                        r"(?:\s+(?:\d{1,2}:\d{2}|[^\s.,;:!?]+)){0,3}?(?:\s+leaves)?\s+from\s+(?:the\s+)?"
                        # the station's word before its name ("sai do terminal do Campo 24 de Agosto")
                        r"(?:(?:bus\s+|coach\s+|train\s+)?(?-i:terminal|station|estação|estación|gare|stazione)\s+"
                        r"(?:(?:do|da|de|del|of|di|du)\s+)?)?(?=(?-i:[A-ZÀ-Ý]))",
                        re.IGNORECASE)
_THERE_BY = re.compile(r"\b(?:be|get|arrive|am|are)\s+there\s+(?:by|at|before|around)\b")
#: words of the cues and times that end a name written in lower case
_CUE_WORDS = {"at", "from", "by", "until", "till", "around", "then", "and", "noon", "midnight", "start", "starting",
              "back", "done", "finish", "first", "today", "tomorrow", "tonight", "morning", "afternoon", "evening",
              "hours", "minutes", "station", "want", "need", "will", "would", "like", "love", "as"}
_OPENING_VERB = re.compile(r"(leaving|starting|departing|meeting|beginning|heading|from|at|begin|start|meet|leave)")
_BACK = re.compile(r"\b(back|return|returning|come back|get back|head back|round trip|loop)\b")
_BACK_TO_START = re.compile(
    r"\s*(to|at)\s+(the|my|our)\s+(start|hotel|beginning|starting point|station|apartment|place)|"
    r"\s*where i (started|began)|\s*(here|home)|\s*(by|before|at|for|around|in time|\.|,|$)|\s*$")


def read_places(p: Prompt, known=None) -> tuple[str | None, str | None]:
    """``(start_place, end_place)`` as written in the prompt (masked once read).

    ``known``, a test ``name -> bool`` that the map surely knows a name, picks the first start the
    map knows among the phrases the cues find, in their order ("Joana, amanhã encontramo-nos no
    Largo dos Lóios": not "Joana"); without it, or when the map knows none, the first phrase is taken."""
    end_place, end_at = _end_place(p)
    if end_place and _START_AND_END.search(p.text, 0, end_at):  # "start and end at Union Square": both
        start_place, start_at = end_place, end_at
    else:
        start_place, start_at = _start_place(p, skip=end_at, known=known)
    start_place, start_at = _without_lead_word(start_place, start_at, known)
    end_place, end_at = _without_lead_word(end_place, end_at, known)
    p.start_end = start_at + len(start_place) if start_place else -1
    if end_place is not None and end_at == start_at:
        end_place = None
    if end_place is None:
        back = _BACK.search(p.low)
        if back and (_BACK_TO_START.match(p.low[back.end():back.end() + 40]) or back.group(1) in ("round trip", "loop")):
            end_place = start_place or "start"
    if start_place and end_place and _told_closer(p.text, start_place, start_at, end_place):
        start_place, start_at = end_place, end_at  # "Départ d'Escaldes, devant Caldea ... Retour à Caldea"
    end_place = _home_end(p, end_place, start_place)
    end_place = _return_word_at(p, end_place, end_at, known)
    said = end_place
    if end_place and start_place and (end_place.lower() in ("the start", "start") or _same_kind(end_place, start_place)
                                      or _shortened(end_place, start_place)
                                      or _station_again(p, end_place, start_place, start_at, known)
                                      or (end_at > start_at and _said_with_start(p, end_place, start_at))
                                      or _same_place(end_place, start_place, known)
                                      or _kind_of_start(end_place, start_place, p.lang, known)):
        end_place = start_place
    if end_place != start_place:
        end_place = _end_word_unknown(p, end_place, end_at, known)
    for name in {start_place, end_place, said} - {None, "start", "the start"}:
        _mask_again(p, name)
    return _map_form(start_place, p.lang, known), _map_form(end_place, p.lang, known)


def _told_closer(text: str, start: str, start_at: int, end: str) -> bool:
    """Whether ``end`` is said right after the start, after a comma, in its sentence ("starting from Escaldes, at
    Caldea, at 10 ... back to Caldea"): the start told more closely, the place the trip comes back to."""
    after = start_at + len(start)
    b = sentence_bounds(text, after)[1]
    return bool(re.match(r"\s*,\s*(?:(?:at|near|by|in|in front of|delante del?|devant|davanti al?|em frente ao?|"
                         r"vor dem|vor der)\s+)?(?:the\s+)?" + re.escape(end) + r"\b", text[after:b]))


#: one place said as both the start and the end ("start and end at Union Square", "Começo e termino na Secretaria")
_START_AND_END = re.compile(r"\b(?:start(?:ing|s)?|begin(?:ning|s)?)\s+(?:and|&)\s+(?:end|finish)(?:ing|es|s)?\s+"
                            r"(?:at|in|from)\s+(?:the\s+)?$", re.IGNORECASE)


def _map_form(name: str | None, lang: str, known) -> str | None:
    """``name`` as the map knows it when it knows only another form of it ("am Hohen Markt" -> "Hoher Markt",
    "im Bayerischen Hof" -> "Bayerischer Hof", "14th St station" -> "14th Street" when it finds nothing for the
    name as said); ``name`` itself otherwise."""
    match = getattr(known, "match", None)
    if not name or match is None or known(name, exact=True):
        return name
    found = match(name)
    conf = found.confidence if found.place is not None else 0.0
    spelled = [f for f in spelled_out(name) if known(f, exact=True)] if found.place is None else []  # "14th St"
    return next((f for f in _fi_forms(name, lang)[1:] + spelled if known(f) and match(f).confidence >= conf), None) \
        or (_known_part(name, name, 0, (0, len(name)), known)[0] if found.place is None else name)


#: where a means of transport comes from or goes to, said before a name ("the bus from Vigo", "der Zug nach
#: Hamburg", "la voiture pour l'aéroport de Nice", "il regionale di Ventimiglia"): no place of the trip
_ORIGIN = re.compile(r"\b" + VEHICLES + r"\b[^.,;:!?]{0,30}?\b(?:from|aus|de|du|des|desde|dal|dalla|dai|från|van|vanaf|"
                     r"uit)\s+(?:the\s+|l'|la\s+|le\s+)?$")
#: the airport, in the languages read
_AIRPORT_WORDS = (r"airport|aéroport|aeropuerto|aeroporto|aeroport|flughafen|flygplats(?:en)?|lentokenttä|lentokentälle|"
                  r"lentoasema|luchthaven")
_DESTINATION = re.compile(r"\b" + VEHICLES + r"\b[^.,;:!?]{0,30}?\b(?:to|nach|pour|para|per|till|naar|towards|richtung|"
                          r"direction|vers|around)\s+"
                          r"(?:the\s+|l'|la\s+|le\s+|o\s+|a\s+)?(?:(?:" + _AIRPORT_WORDS + r")\s+(?:of|de|d'|di|do|von)?\s*)?$")
_RIDE_ENDS = re.compile(_ORIGIN.pattern + "|" + _DESTINATION.pattern)


def said_with_time(p: Prompt, times, start: str | None, end: str | None, known) -> tuple[str | None, str | None]:
    """The start and end places when the times say them: the place the map knows said where one arrives or is at
    the start's time ("J'arrive gare de l'Est à 9h40, je suis à République à 10h15": République), or where what one
    is busy with ends then ("Physio at Sydenham finishes at 12:30"), rather than one said with the deadline; and
    where one catches one's train, bus or flight at the deadline ("je prends le métro à Rambuteau à 15h", "the train
    leaves the Hauptbahnhof at 4, I want to be there 20 minutes before"), the places a means of transport comes from
    or goes to left out; a place already read in that clause stays."""
    if not hasattr(known, "match"):
        return start, end
    start, end = _where_one_is_at_the_start(p, times, start, end, known)
    start, end = _start_not_at_the_deadline(p, times, start, end, known)
    if times.departs_at is not None and not _in_clause(p, end, times.departs_at):
        own = times.deadline_at != times.departs_at and _place_in_clause(p, times.deadline_at, known, _DESTINATION,
                                                                          sentence=False)
        # in the ride's clause "from X" is where one boards; in the sentence before it, where another ride came from
        said = own or _place_in_clause(p, times.departs_at, known, _DESTINATION, sentence=False) \
            or _place_in_clause(p, times.departs_at, known, _RIDE_ENDS)
        if said and not (end and _said_of_start(said, end, known)):
            end = None if start and _said_of_start(said, start, known) else _map_form(said, p.lang, known)
            p.notes.append(f"'{said}': where one's ride leaves at the deadline, so the trip ends there")
    return start or _place_of_start_time(p, times, end, known), end


#: a clock time, then what may stand between it and a place said next to it: at most a small word ("14 Uhr
#: Isartor:", "ab 13 Uhr Altenplos,", "7h30 da Estação X")
_NEXT_TO = re.compile(r"(?:[\d:.h]+(?:\s*(?:uhr|h|am|pm|uur))?)?\W{0,3}(?:[^\W\d_]{1,4}\W{1,2})?")


def _place_of_start_time(p: Prompt, times, end: str | None, known) -> str | None:
    """Where the trip starts when no start was read: a place the map knows said right after the start's time, in
    its clause ("Sonntag mit Papa, 14 Uhr Isartor: Kaffee"), that is not the end nor a place one visits (a square, a
    station, a village; "10 Uhr Deutsches Museum" is the first visit)."""
    if times.start_at is None:
        return None
    said = _place_in_clause(p, times.start_at, known, _RIDE_ENDS, sentence=False) or _name_next_to(p, times.start_at,
                                                                                                      known)
    i = p.low.find(said.lower(), times.start_at) if said else -1
    if i <= times.start_at or not _NEXT_TO.fullmatch(p.low, times.start_at, i) or said == end:
        return None
    if (kind := known.visit(said)) and (kind[0] or kind[1]) and known.match(said).place.kind != "square":
        return None  # a place of a kind one visits, said at the start's time, is the first visit; a square is not
    p.notes.append(f"'{said}': said with the start's time, so the trip starts there")
    return _map_form(said, p.lang, known)


def _where_one_is_at_the_start(p: Prompt, times, start: str | None, end: str | None, known):
    """The place said where one arrives, or what one is busy with ends, at the start's time, as the start; the
    end said with the deadline when the start was read there ("Physio at Sydenham finishes at 12:30 and I've got
    school pickup at Marrickville Public School at 3")."""
    if not (times.start_arrives or times.start_free) or times.start_at is None or _in_clause(p, start, times.start_at):
        return start, end
    said = _place_at_the_start(p, times, known, start)
    if said is None:
        return start, end
    if times.start_free and end and start and _said_of_start(end, said, known) and times.deadline_at is not None \
            and _in_clause(p, start, times.deadline_at):
        end = start
    return said, end


def _start_not_at_the_deadline(p: Prompt, times, start: str | None, end: str | None, known):
    """The start read where the deadline is said, another place the map knows said with the start's time ("Mon
    rendez-vous rue de Bretagne se termine à 11h. À 14h je dois être devant le Centre Pompidou"): that one is the
    start, and the one read is the end."""
    if not start or times.start_at is None or times.deadline_at is None \
            or clause_of(p.low, times.start_at) == clause_of(p.low, times.deadline_at) \
            or not _in_clause(p, start, times.deadline_at) or _in_clause(p, start, times.start_at):
        return start, end
    said = _place_at_the_start(p, times, known, start, end)
    return (said, end or start) if said else (start, end)


def _place_at_the_start(p: Prompt, times, known, *read: str | None) -> str | None:
    """The place the map knows said in the clause of the start's time, as the map writes it, when it is no area and
    none of the places ``read`` already; noted as the start."""
    said = _place_in_clause(p, times.start_at, known, _ORIGIN)
    if not said or known.area(said) or any(r and _said_of_start(said, r, known) for r in read):
        return None
    p.notes.append(f"'{said}': where one is at the start's time, so the trip starts there")
    return _map_form(said, p.lang, known)


def _in_clause(p: Prompt, place: str | None, at: int) -> bool:
    """Whether ``place`` is said in the clause around ``at``."""
    a, b = clause_of(p.low, at)
    return bool(place) and place.lower() in p.low[a:b]


def _names_between(p: Prompt, lo: int, hi: int, after_apostrophe: bool = False):
    """``(position, name)`` of each capitalised phrase (or "14th St") that opens in ``p.text[lo:hi]``; after an
    apostrophe too with ``after_apostrophe`` ("l'Art Hotel")."""
    opens = r"(?<!\w)" if after_apostrophe else r"(?<![\w'])"
    for m in re.finditer(opens + r"(?=(?-i:[A-ZÀ-Ý])|\d+(?:st|nd|rd|th)\s)", p.text[lo:hi]):
        name = capitalised_phrase(p.text, lo + m.start())
        if name:
            yield lo + m.start(), name


def _whole_names(names) -> list:
    """``names`` (from :func:`_names_between`) without those that begin inside the one before ("Aquarium" of
    "National Aquarium")."""
    out, end = [], -1
    for i, name in names:
        if i >= end:
            out.append((i, name))
            end = i + len(name)
    return out


def _place_in_clause(p: Prompt, at: int, known, skip: re.Pattern, sentence: bool = True) -> str | None:
    """The first name the map knows in the clause of the clock time at ``at`` (when the clause names none, the
    nearest before it in its ``sentence``: "fahren zur Penn Station, um 14:20 sind wir da"), not one ``skip``
    matches before."""
    a, b = clause_of(p.low, at)
    s0 = sentence_bounds(p.low, at)[0]
    for names in (_names_between(p, a, b), reversed(_whole_names(_names_between(p, s0, a))) if sentence else ()):
        for i, name in names:
            if _place_name(p, i, name, known, skip):
                return name
    return None


def _place_name(p: Prompt, i: int, name: str, known, skip: re.Pattern) -> bool:
    """Whether ``name``, said at ``i``, is a place the map knows, not the city itself, a meeting word or one
    ``skip`` matches before."""
    return not skip.search(p.low, max(0, i - 40), i) and not known.is_own(name) \
        and not all(w.lower() in STOPWORDS_EN for w in name.split()) and name.split()[0].lower() not in _MEETING_WORDS \
        and (_known_as_said(name, known) or known.match(name).confidence >= 0.95)


def _name_next_to(p: Prompt, at: int, known) -> str | None:
    """A place the map knows said right after the clock time at ``at``, past the comma that ends its clause, with
    the words in lower case that open its name ("Dimanche 10h, place de la République : ...")."""
    for i, name in _names_between(p, at, min(len(p.text), at + 40)):
        for j in _lead_words(p, at, i):
            said = p.text[j:i + len(name)]
            if _NEXT_TO.fullmatch(p.low, at, j) and _place_name(p, j, said, known, _RIDE_ENDS):
                return said
    return None


def _lead_words(p: Prompt, lo: int, i: int) -> list[int]:
    """Where each of the (at most three) words before the capitalised word at ``i`` begins, after ``lo``, the
    farthest first, then ``i`` itself: a name may open with words in lower case ("place de la République", "la plaça
    Guillemó")."""
    starts = [m.start() for m in re.finditer(r"(?<![\w'])[^\W\d_]", p.text[:i])][-3:]
    return [j for j in starts if j > lo and p.low[j:].split(None, 1)[0] not in _OPENS_NO_NAME
            and not set(p.low[j:i].split()) & _NOT_IN_A_NAME] + [i]


#: words in no name's lower-case opening ("at at plaça Guillemó", "corrida at Parque X" are no names)
_NOT_IN_A_NAME = STOPWORDS_EN - {"place"}
#: words that open no name: those, and where one goes to ("ao Parque do Sóter", "zum Viktualienmarkt")
_OPENS_NO_NAME = _NOT_IN_A_NAME | {"ao", "aos", "à", "às", "au", "aux", "al", "alla", "zum", "zur", "nach", "naar",
                                   "till", "vers", "chez", "bei", "beim", "im", "am", "vom", "dal", "dalla", "na",
                                   "no", "em", "en", "o", "os", "as", "de", "da", "do", "del", "des", "du"}


#: where one stays, or checking in there, in the languages read ("the room", "la camera", "l'habitació", "inchecken")
_LODGING_SAID = re.compile(r"\b(?:hotel|hôtel|hotell|hotelli|albergo|hostel|hostal|pousada|pension|auberge|"
                           r"check-?in|checkar in|inchecken|einchecken|the room|la camera|la chambre|l'habitació|"
                           r"la habitación|o quarto|rummet|huone|de kamer)\b")
#: leaving where one stays, as the rules rewrite it ("parto dall'albergo", "leaving the hotel", "vom Hotel aus")
_LEAVING_LODGING = re.compile(r"\b(?:from|leaving|leave|leaves|start|starting|set off)\b[^.;!?]{0,25}?"
                              r"\b(?:hotel|hôtel|hotell|hotellet|hotelli|albergo|hostel|hostal|pousada|pension)\b")
#: staying somewhere, in the languages read, before the name of the place ("dormo al La Quinta", "we slapen in het
#: DoubleTree", "bor på Hotel Rival")
_STAYING_AT = re.compile(r"\b(?:staying|stay|sleeping|sleep|dormo|dormiamo|dormimos|durmo|je dors|nous dormons|"
                         r"übernachten|slapen|logeren|logeer|bor|bo|asumme|asun|alloggio|alloggiamo|alojad[oa]s?|"
                         r"hospedad[oa]s?)\b")


def lodging_end(p: Prompt, at: int, start: str | None, known) -> str | None:
    """The place one stays at, named anywhere in the prompt next to a word for it, when the sentence of the
    deadline at ``at`` says going there or checking in ("Hotel am Viktualienmarkt laat ons pas om drie uur
    inchecken ... Om half drie willen we bij het hotel zijn", "la camera al Novotel è pronta alle 14"); ``None``
    without a map or such a place."""
    s0, s1 = sentence_bounds(p.low, at)
    if not hasattr(known, "match") or not _LODGING_SAID.search(p.low, s0, s1):
        return None
    return _lodging_named(p, start, known)


def lodging_start(p: Prompt, known) -> str | None:
    """The place one stays at, named after a word for it or for staying there ("dormo al La Quinta", "notre hôtel sur
    la Praça da Liberdade", "my hotel is in Harbor East") in its clause, when the trip is said to leave the hotel and
    no start is read; ``None`` without a map or such a place."""
    if not hasattr(known, "match") or not _LEAVING_LODGING.search(p.low):
        return None
    for said in sorted((*_STAYING_AT.finditer(p.low), *_LODGING_SAID.finditer(p.low)), key=lambda m: m.start()):
        b = min(clause_of(p.low, said.start())[1], said.end() + 40)
        names = [n for _, n in _names_between(p, said.end(), b, after_apostrophe=True)
                 if known(n) and not known.is_own(n) and not all(w.lower() in STOPWORDS_EN for w in n.split())]
        if names:
            return _map_form(names[0], p.lang, known)
    return None


def _lodging_named(p: Prompt, start: str | None, known) -> str | None:
    """The first place the map knows said next to a word for where one stays, not the start (see
    :func:`lodging_end`)."""
    for said in _LODGING_SAID.finditer(p.low):
        lo, hi = max(0, said.start() - 30), min(len(p.text), said.end() + 30)
        names = [n for _, n in _names_between(p, lo, hi, after_apostrophe=True)
                 if known(n) and not known.area(n) and not known.is_own(n)
                 and not all(w.lower() in STOPWORDS_EN for w in n.split())
                 and not (start and _said_of_start(n, start, known))]
        if names:  # the name that holds the word first ("Hotel am Viktualienmarkt")
            return _map_form(max(names, key=lambda n: said.group(0) in n.lower()), p.lang, known)
    return None


def end_at_deadline(p: Prompt, at: int, start: str | None, known) -> str | None:
    """The place the map knows said in the clause of the deadline, with no end place read ("at 17:00 meet
    at Gärtnerplatz", "um 12 Uhr bin ich im Gasthof Vogel verabredet", "vara vid Södra station kl 12", "um 11
    besuche ich ihn im Klinikum", the map's "Klinikum Krems"), or in the clause beside it in its sentence when that
    goes on to no visit ("Às 17h deixo-a em casa da prima, na Praça da Batalha"): where the trip ends; ``None``
    without a map or such a place."""
    if not hasattr(known, "match"):
        return None
    a, b = _deadline_clause(p.low, at)
    if re.match(r"[\s,]*(?:and\s+)?(?:then|after that|afterwards|followed by)\b", p.low[b:]):
        return None  # "lunch by 1pm at Café Luitpold, then a museum": a visit with its time
    found = _end_named_between(p, a, b, start, known)
    s0, s1 = sentence_bounds(p.low, at)
    if found is None and b < s1 and re.match(r",\s", p.low[b:]):
        # "à 17h deixo-a em casa da prima, na Praça da Batalha": the clause after, when it ends the sentence
        c, d = clause_of(p.low, b + 2)
        found = _end_beside(p, c, d, start, known) if d >= s1 - 1 else None
    if found is None and a > s0 and re.search(r",\s*$", p.low[:a]):
        found = _end_beside(p, *clause_of(p.low, a - 2), start, known)  # "On termine chez ma mère, place X, à 17h"
    return found


def _end_beside(p: Prompt, c: int, d: int, start: str | None, known) -> str | None:
    """The end named in the clause ``c:d`` beside the deadline's, unless that clause goes on to a visit."""
    return None if _GOING_ON.search(p.low, max(0, c - 8), d) else _end_named_between(p, c, d, start, known)


#: a clause that goes on to a visit ("then up St Peter for the view, done by 1pm")
_GOING_ON = re.compile(r"\b(?:then|first|after|afterwards|before|also)\b")


def _end_named_between(p: Prompt, a: int, b: int, start: str | None, known) -> str | None:
    """The first place the map knows said between ``a`` and ``b`` that is no visit (see :func:`end_at_deadline`)."""
    for i, name in _names_between(p, a, b):  # "at 14th St by 9"
        if p.lang == "fi" and not _known_as_said(name, known):  # "Töissä Rautatientorilla pitää olla kymmeneltä"
            name = next((f for f in _fi_forms(name, p.lang) if known(f, exact=True)), name)
        if not _known_as_said(name, known):  # "a la plaça Guillemó": the name with the words in lower case before it
            i, name = next(((j, p.text[j:i + len(name)]) for j in _lead_words(p, a, i)
                            if j < i and known(p.text[j:i + len(name)], exact=True)), (i, name))
        if p.mlow[i:i + len(name)] != p.low[i:i + len(name)] or known.is_city(name) or \
                _DESTINATION.search(p.low, max(0, i - 40), i) or \
                name.split()[0].lower() in _MEETING_WORDS or not _known_as_said(name, known) or \
                _NEXT_VISIT_AT.search(p.low, max(0, i - 40), i) or _KIND_BEFORE.search(p.mlow, max(0, i - 25), i):
            continue  # "... à la pharmacie et au Marché X avant midi", "muzeum Atelier Brancusi": a visit
        if " " not in name and WITH_PERSON.search(p.low, max(0, i - 12), i):
            continue  # "dinner with Rita at Praça da Batalha": the person one meets, though a café is called so
        _mask_again(p, name)
        back = _AGAIN.search(p.low, a, i) and known.area(name)  # "um 15 Uhr wieder in Ramsenthal": the town one left
        return None if back or (start and _said_of_start(name, start, known)) else _map_form(name, p.lang, known)
    return None


#: a kind of visit right before a name, as an item of a list ("...: museum Atelier Brancusi and market ..."), not
#: where one must get to ("llegar al cine Regal antes de las siete")
_KIND_BEFORE = re.compile(r"(?:[:,;]|\band)\s*(?:" + LEX_RE.pattern + r")\s+$")

#: words for an appointment or a meeting point written before the place ("11h Termin Sendlinger Tor", "Treffpunkt X")
_MEETING_WORDS = {"termin", "treffpunkt", "treffen", "rdv", "appt", "cita", "afspraak", "möte", "tapaaminen",
                  "appuntamento", "encontro", "rendez-vous"}

#: "then" and where one is then, with no visit between ("then in the Landesklinikum", "dann im Gasthof Vogel")
_THEN_IN = re.compile(r"\s*then\s+(?:in|at)\s+(?:the\s+)?(?=\w)")


def _deadline_clause(low: str, at: int) -> tuple[int, int]:
    """The clause of the deadline at ``at``, with the last clause of the prompt when that goes on from it with
    "then" ("um zehn will ich dann im Landesklinikum sein", "mittag dann im Gasthof Vogel, um eins"): the place
    one goes on to last, at that time."""
    a, b = clause_of(low, at)
    if b < len(low) and _THEN_IN.match(low, b) and clause_of(low, b + 6)[1] == len(low):
        return a, len(low)  # "... at 10:00 will ich then in the Landesklinikum sein"
    if b == len(low.rstrip(" .!")) and a > 0:
        c, d = clause_of(low, a - 2)
        if d < a and re.search(r"\bthen$", low[:c]) and _THEN_IN.match(low, c - 4):
            return c, b  # "noon then in the Gasthof Vogel, at 1:00"
    return a, b


def _known_as_said(name: str, known) -> bool:
    """Whether the map knows ``name``, said without its town ("Landesklinikum"), with its street words short
    ("14th St") or by the first part of a name joined by a dash ("Caldea" of "Caldea-Inuu") perhaps."""
    return known(name) or _without_town(name, known) or any(known(f, exact=True) for f in spelled_out(name)) \
        or (hasattr(known, "first_part") and known.first_part(name))


def _without_town(name: str, known) -> bool:
    """Whether the map knows ``name`` as the name of a place said without the town it is named after
    ("Landesklinikum" of "Landesklinikum Krems")."""
    found = known.match(name)
    if found.place is None:
        return False
    full, said = fold(found.place.name).split(), fold(name).split()
    n = len(said)
    rest = full[n:] if full[:n] == said else full[:-n] if full[-n:] == said else []
    return bool(rest) and known.is_own(" ".join(rest))


#: words of coming back, in the languages read
_AGAIN = re.compile(r"\b(?:back|again|return|wieder|zurück|retour|de volta|de vuelta|di nuovo|de nuevo|tillbaka|"
                    r"takaisin|terug)\b")


def returned_to(p: Prompt, end: str) -> bool:
    """Whether the end place is said as where one goes back to ("Back at Kiasma by 2", "a las 16:00 debo volver a
    la Governadoria", "Torno a la plaça a les 20h"): with no start read, the trip starts there too."""
    at = p.low.rfind(end.lower())
    return at >= 0 and bool(_AGAIN.search(p.low, max(clause_of(p.low, at)[0], at - 40), at))


def _said_of_start(name: str, start: str, known) -> bool:
    """Whether ``name`` is the start again, said in its words ("Aliados" of "Avenida dos Aliados", "Ramsenthal" of
    "Bahnhof Ramsenthal") or found as the same place."""
    return f" {fold(name)} " in f" {fold(start)} " or _same_place(name, start, known)


def _same_place(name: str, start: str, known) -> bool:
    """Whether the map finds ``name`` and ``start`` to be one place ("São Bento station" ... "back at São Bento")."""
    match = getattr(known, "match", None)
    if match is None:
        return False
    a, b = match(name), match(start)
    return a.place is not None and a.place == b.place and min(a.confidence, b.confidence) >= 0.95  # no near miss


#: words that open a start in the languages read and are no part of its name ("Beginn Max-Joseph-Platz",
#: "Partir du Larvotto", "Treffpunkt Espa")
_LEAD_WORDS = {"beginn", "start", "partir", "départ", "depart", "salida", "saída", "partenza", "treffpunkt", "abfahrt",
               "lähtö", "avgång", "vertrek", "sortida", "sortir", "salir", "sair", "partire", "meeting", "treff"}
_LEAD_OF = {"du", "de", "des", "da", "do", "dal", "dalla", "del", "vom", "von", "från", "van", "the", "la", "le", "l'"}


def _without_lead_word(place: str | None, at: int, known) -> tuple[str | None, int]:
    """The place without a word that opens it ("Beginn Max-Joseph-Platz", "Partir du Larvotto", "métro
    Rambuteau") when the map knows the rest by that name."""
    words = (place or "").split()
    if known is None or len(words) < 2 or (words[0].lower() not in _LEAD_WORDS and words[0] not in STOP_NOUNS):
        return place, at
    k = 2 if len(words) > 2 and words[1].lower() in _LEAD_OF else 1
    rest = " ".join(words[k:])
    area = getattr(known, "area", None)  # "gare de Monaco" is a station, not the town
    if not known(rest, exact=True) or (words[0] in STOP_NOUNS and area is not None and area(rest)):
        return place, at
    return rest, at + len(place) - len(rest)


def whole_name(p: Prompt, place: str | None, known) -> str | None:
    """The place with the one or two words said right after it each time it is said, where the map knows them
    together as a whole name ("Söders hjärta" read as "Söders"); not a place said alone too ("from Colonial Park
    at 9:45 ... lunch in Colonial Park Diner") nor one said with where it is ("Rathaus in Bindlach")."""
    if not place or not hasattr(known, "match"):
        return place
    said = {m.group(1) for m in re.finditer(re.escape(place) + r"\b((?:[ -][^\W\d_]+){0,2})", p.text)}
    if len(said) != 1 or not (more := said.pop()) or more.split()[0].lower() in STOPWORDS_EN:
        return place
    return next((place + w for w in (more, more[:more.find(" ", 1)] if " " in more[1:] else None)
                 if w and known(place + w, exact=True)), place)


#: home or work said as where the trip ends, in the languages read ("be at casa by 12", "zu Hause", "at work by 9")
_HOME = ("home", "casa", "hause", "maison", "work", "kotona", "kotiin", "hemma", "thuis")
_HOME_WORDS = {*_HOME, "zuhause", "office", "trabalho", "trabajo", "travail", "lavoro", "arbeit", "büro", "feina",
               "bureau", "ufficio", "kontoret", "toimisto", "domu", "doma", "jobbet", "jobben", "arbetet", "pracy"}
#: going on to one's office after the visits ("puis je file au bureau à Monaco-Ville", "then off to the office in X")
_TO_WORK = re.compile(r"\b(?:then|after that|afterwards)\b[^.!?;]{0,30}?\b(?:at|to)\s+(?:the|my|our)\s+(?:office|"
                      r"bureau|büro|ufficio|oficina|escritório|kontoret|toimisto)\s+(?:at|in)\s+(?-i:[A-ZÀ-Ý])",
                      re.IGNORECASE)
_HOME_SAID = re.compile(r"(?:\b(?:at|be|back|get|go|head|by|to|zu|em|en|a|à|wieder)\s+|(?:^|[.,;:!?-]\s*))"
                        r"(?:" + "|".join(_HOME) + r")\b", re.IGNORECASE)
_MY = {"my", "our", "the", "minha", "nossa", "mi", "nuestra", "ma", "notre", "meine", "unsere", "mia", "la", "a"}
#: living or staying somewhere, in the languages read
_LIVE_WORDS = (r"live|lives|living|staying|moro|mora|moramos|vivo|vivimos|visc|vivim|habite|habitons|abito|abitiamo|"
               r"wohne|wohnen|bor|asun|asumme|woon|wonen")
#: where one lives, stays or works ("I live in Butchers Hill", "moro na Rua Ceará", "casa, al costat de la Plaça
#: Guillemó", "at work by 9:30 near the 14th Street station")
_LIVES_AT = re.compile(
    r"(?:\b(?:" + _LIVE_WORDS + r")|\b(?:" + "|".join(sorted(_HOME_WORDS)) + r")\s*,?"
    r"(?:\s+(?:by|at)\s+[\d:.hapm ]+)?)\s+(?:(?:ao pé d[oa]|perto d[oa]|al costat del?|près d[eu]|à côté d[eu]|cerca de|"
    r"junto a|vicino a|next to|close to|in der|in|at|on|em|na|no|nos|nas|en|au|im|am|i|på|vid|op|al|near|by|nahe|"
    r"bei|the|la|le|el|o|a|à|de|del|du|da|do)\s+)+", re.IGNORECASE)


def _home_said(phrase: str) -> bool:
    """Whether ``phrase`` is home or work and no more ("casa", "zu Hause", "my office"): no place of the map."""
    words = phrase.lower().split()
    if words[:1] == ["chez"] and words[1:] in (["moi"], ["nous"]):
        return True  # "je pars de chez moi à 9h"
    return bool(words) and words[-1] in _HOME_WORDS | {"daheim"} and all(w in _MY | {"zu", "chez"} for w in words[:-1])


#: a word of place, then no clock time, after home or work: the place where it is ("from work at Paxtang"), not the
#: time one leaves ("leaving home at 9")
_PLACE_WORD_AFTER = r"\s*,?\s*(?:at|in|on|near|by{})\s+(?!\d)"
_HOME_THEN_PLACE = re.compile(_PLACE_WORD_AFTER.format("|en|em|na|no|à|a"), re.IGNORECASE)


def _home_alone(text: str, cand) -> bool:
    """Whether a start candidate is home or work said with no place after it ("starting from bureau around 12:15",
    not "from work at Paxtang")."""
    ph, at, _span = cand
    return _home_said(ph) and not _HOME_THEN_PLACE.match(text, at + len(ph))


def _home_end(p: Prompt, end_place: str | None, start_place: str | None) -> str | None:
    """Home or work as the end: the place the prompt says one lives or works at, else no end place
    (a deadline at home is a deadline; home is not on the map)."""
    words = (end_place or "").lower().split()
    said_home = len(words) in (1, 2) and (words[0] in _HOME_WORDS or (words[-1] in _HOME_WORDS and words[0] in _MY))
    if not said_home and (end_place is not None or not (_HOME_SAID.search(p.text) or _TO_WORK.search(p.text))):
        return end_place
    for m in _LIVES_AT.finditer(p.text):
        name = capitalised_phrase(p.text, m.end()) or lower_case_name(p.text, m.end())
        if name and name != start_place and name.lower() not in _HOME_WORDS:
            p.mask(m.end(), m.end() + len(name))
            return name
    return None if said_home else end_place


def _mask_again(p: Prompt, name: str) -> None:
    """Mask every place where ``name`` is written again ("retour place du Casino", "back at the museum"):
    a place named as the start or the end is no visit."""
    ending = _FI_CASE if p.lang == "fi" else ""  # "Oodilta ... takaisin Oodilla"
    for m in re.finditer(r"(?<![\w'])" + _name_pattern(name.lower()) + ending + r"(?![\w'])", p.low):
        alias = re.match(r"\s*\([^()]{1,40}\)", p.low[m.end():])  # "Kauppatori (the Market Square)"
        p.mask(m.start(), m.end() + (alias.end() if alias else 0))


def _mask_name(p: Prompt, name: str, cue_end: int) -> None:
    """Mask ``name`` where it follows its cue (past a leading "the" the phrase skipped, with the dots of
    its abbreviations: "St. Veit")."""
    a, b = _span(p.text, name, cue_end)
    p.mask(*((a, b) if a >= 0 else (cue_end, cue_end + len(name))))


def _span(text: str, name: str, start: int) -> tuple[int, int]:
    """Where ``name`` is written from ``start`` on, with the dots its words may have lost ("St. Veit");
    ``(-1, -1)`` when it is not."""
    m = re.compile(_name_pattern(name)).search(text, start)
    return (m.start(), m.end()) if m else (-1, -1)


#: the case endings of a Finnish name said again ("Oodilla", "Kauppatorille", "Ateneumissa")
_FI_CASE = r"(?:n|ssa|ssä|sta|stä|lla|llä|lta|ltä|lle|an|än|in|on|un|hin|ksi|a|ä)?"


def _name_pattern(name: str) -> str:
    """``name`` as a pattern whose words may have lost or kept the dots of abbreviations ("St. Veit")."""
    return r"\.?\s+".join(map(re.escape, name.split()))


#: where one stays or what one came in, said as the end with no name: back where the trip began ("zurück im
#: Hotel", "wieder am Schiff", "volvemos al coche", "a la mateixa plaça")
#: words for where one stays, in the languages read
LODGINGS = ("hotel", "hôtel", "hotell", "hotelli", "albergo", "hostel", "hostal", "pousada", "camping", "campsite",
             "campground", "campingplatz", "campeggio", "campismo", "leirintäalue")
_RETURN_WORDS = {*LODGINGS, "ship", "boat", "schiff",
                 "bateau", "barco", "barca", "nave", "fartyg", "laiva", "car", "coche", "carro", "voiture", "auto",
                 "macchina", "bil"}
#: "the same" place ("a la mateixa plaça", "à la même place"): where the trip began
_SAME_WORDS = {"same", "mateixa", "mateix", "même", "misma", "mismo", "mesma", "mesmo", "stessa", "stesso", "gleichen",
               "samma", "sama", "zelfde"}


def _shortened(end: str, start: str) -> bool:
    """Whether ``end`` is the start said shorter ("Parque das Nações Indígenas" ... "de volta no Parque das Nações"),
    not a place beside it ("Cais do Sodré station" ... "my ferry leaves from Cais do Sodré")."""
    words = end.lower().split()
    rest = start.lower().replace(" ".join(words), " ").split()  # what the end leaves out: a name, not a kind
    return len(words) >= 2 and " ".join(words) in start.lower() and start.lower().startswith(words[0]) and \
        not any(w in _HEAD_WORDS or w in PLACE_NOUNS for w in rest)


#: an article or a possessive before a place word ("the station", "l'oficina", "our hotel")
_ARTICLE = r"(?:(?:the|la|le|a|o|el|il|die|der|das|den|my|our)\s+|l'\s*)?"


def _place_word(name: str | None) -> str | None:
    """The one word ``name`` is after its article ("the car" -> "car", "l'oficina" -> "oficina"), else ``None``."""
    m = re.fullmatch(_ARTICLE + r"([^\W\d_]+)", (name or "").strip(), re.IGNORECASE)
    return m.group(1) if m else None


def _same_kind(end: str, start: str) -> bool:
    """Whether ``end`` refers back to the start by its kind alone ("Krems station" ... "back at the station",
    "estação de Monaco" ... "à estação", "Landesklinikum" ... "beim Klinikum"), or by where one stays or came in
    ("back at the hotel", "al coche")."""
    m = re.fullmatch(_ARTICLE + r"([^\W\d_]+)(\s+[^\W\d_]+)?", end.strip(), re.IGNORECASE)
    if not m:
        return False
    word = m.group(1).lower()
    return word in _SAME_WORDS or (not m.group(2) and (word in _RETURN_WORDS or word in start.lower().split()
                                                       or _compound_head(word, start)))


#: a place word, then where it is ("coche at Plaça Rebés", "Auto am Hohen Markt", "hotel in the Rua X")
_WHERE_IT_IS = re.compile(r"\s+(?:at|in|on|en|em|na|no|a|à|al|am|im|beim|bei|vid|på)\s+(?:the\s+|la\s+|l')?")


def _return_word_at(p: Prompt, end: str | None, end_at: int, known) -> str | None:
    """The place where what one came in or stays is, said as the end ("Volvemos al coche en la Plaça Rebés",
    "back to the car at Odeonsplatz"): that place when the map knows it, not the start."""
    word = _place_word(end)
    if not word or word.lower() not in _RETURN_WORDS or known is None or end_at < 0:
        return end
    at = p.low.find(end.lower(), end_at)
    where = _WHERE_IT_IS.match(p.text, at + len(end)) if at >= 0 else None
    name = capitalised_phrase(p.text, where.end()) if where else None
    area = getattr(known, "area", None)
    if not name or not known(name) or (area is not None and area(name)):
        return end
    _mask_name(p, name, where.end())
    return name


def _said_with_start(p: Prompt, end: str, start_at: int) -> bool:
    """Whether ``end`` is one word the start was said with just before its name ("Surto de l'oficina a
    l'Avinguda Meritxell ... torno a l'oficina", "from our hotel, Praça X ... back to the hotel"): the start."""
    word = _place_word(end)
    if not word or len(word) < 3 or start_at <= 0:
        return False
    before = p.low[max(0, start_at - 30):start_at]
    return bool(re.search(r"(?<![\w'])" + re.escape(word.lower()) + r"\b", before)) or \
        _same_kind_word(word, before, p.lang)


def _same_kind_word(word: str, before: str, lang: str) -> bool:
    """Whether ``word`` names the kind of place a word of ``before`` names, as translated ("biblioteca X" read
    "library X" ... "volver a la biblioteca"): the start said by its kind."""
    kind = tagschema.lookup(word, tagschema.read_in(lang))
    return kind is not None and any(tagschema.lookup(w, ("en",)) == kind for w in re.findall(r"[a-z]{4,}", before))


def _kind_of_start(end: str, start: str, lang: str, known) -> bool:
    """Whether ``end`` is one word for the kind of place the map takes the start for ("au Viktualienmarkt ... je
    reviens au marché", "from Frauenkirche ... back at the church"): the start said by its kind."""
    word, visit = _place_word(end), getattr(known, "visit", None)
    tag = tagschema.lookup(word.lower(), tagschema.read_in(lang)) if word else None
    kinds = visit(start) if tag and visit else None
    if not kinds or "=" not in tag:
        return False
    key, value = tag.split("=", 1)
    return tag == kinds[1] or any(value in values for c in kinds[0] if c in CATEGORIES
                                  for k, values in CATEGORIES[c].tags if k == key)


def _compound_head(word: str, start: str) -> bool:
    """Whether ``word`` ends a compound word of ``start`` ("Landesklinikum" ... "zurück beim Klinikum",
    "Schillergymnasium" ... "wieder am Gymnasium"): the start said by the head of its name."""
    return len(word) >= 5 and any(w.endswith(word) and len(w) >= len(word) + 3 for w in start.lower().split())


#: a station said by its kind alone, in the languages read ("the station", "stationen", "la gare", "am Bahnhof")
_STATION = re.compile(r"(?:(?:the|la|le|a|o|el|il|der|den|dem)\s+|l')?(?:station|stationen|bahnhof|gare|estação|estacao|"
                      r"estación|estacion|stazione|estació|asema|asemalle|asemalla|rautatieasema|station\w*|"
                      r"subway|metro|métro|u-bahn|tunnelbana|t-bana|metron|metroasema|dworzec|stacja|nadrazi|nádraží|"
                      r"stanice)",
                      re.IGNORECASE)


def _leaving_station(text: str, cands, known) -> bool:
    """Whether the first candidate is "the station" alone, said after leaving from ("tu pars de la gare", "start
    at 14:00 at the station"), and no other names more of it."""
    ph, at, span = cands[0]
    return _station_word(ph, known) and bool(_LEAVING_AT.search(text[max(0, at - 40):at])) and \
        not any(o[0] != ph and o[2][0] < span[1] and span[0] < o[2][1] for o in cands)


def _station_word(name: str, known) -> bool:
    """Whether ``name`` is "the station" alone and the map takes it for the station named after the town
    ("pars de la gare" in Monaco, "fang beim Bahnhof an" in Krems)."""
    match = getattr(known, "match", None)
    place = match(name).place if match and _STATION.fullmatch(name.strip()) else None
    return bool(place is not None and place.station and any(known.is_own(w) for w in place.name.split()))


def _station_again(p: Prompt, end: str, start: str, start_at: int, known) -> bool:
    """Whether ``end`` is "the station" and the trip starts at one ("start at the Bindlach station ... back at
    the station", "Stockholms södra ... tillbaka vid stationen"): the station is the start."""
    if not _STATION.fullmatch(end.strip()):
        return False
    if _STATION.match(p.low, start_at + len(start) + 1, start_at + len(start) + 12):  # "the Bindlach station"
        return True
    match = getattr(known, "match", None)
    place = match(start).place if match else None
    return bool(place is not None and place.station)


#: being somewhere (a city, a district) rather than leaving from it
_BEING = re.compile(r"(?:i'?m|we'?re|i am|we are|will be|be)\s+(?:at|in)\s+$", re.IGNORECASE)
#: leaving from a place, with a time perhaps between ("and we start at 12:00 at Greenwich Avenue")
_DEPARTURE = re.compile(r"\b(?:from|(?:start(?:ing)?|leav(?:e|ing)|depart(?:ing)?|begin(?:ning)?)\s+"
                        r"(?:(?:at|around)\s+\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s+)?(?:at|from|on))\s+",
                        re.IGNORECASE)


def _departure_after(text: str, m: re.Match, ph: str, skip: int) -> tuple[re.Match, str]:
    """"Estoy en Marrickville, salgo de Gleeson Avenue": where one is (a city, a district) gives way to
    the place one leaves from, named next in the same sentence; ``(m, ph)`` otherwise."""
    if not _BEING.search(m.group(0)):
        return m, ph
    end = sentence_bounds(text, m.end())[1]
    for d in _DEPARTURE.finditer(text, m.end() + len(ph), end):
        other = capitalised_phrase(text, d.end())
        if other and other != ph and d.end() != skip:
            return d, other
    return m, ph


def _start_place(p: Prompt, skip: int, known=None) -> tuple[str | None, int]:
    """The start place and where its text begins (-1 when none); see :func:`read_places`."""
    cands = _spots(_leaving_first(p, list(_start_candidates(p, skip)), known), known, p.text)
    cands = _known_over_unknown(cands, known) if p.lang == "fi" else cands
    cands = _with_town([_with_article(p.text, c, known) for c in cands], known, p.text)
    widened = {c: _widened(p.text, c, known, skip) for c in dict.fromkeys(cands)}  # a cue may repeat a candidate
    cands = [widened[c] for c in cands]
    cands = [alt for c in cands for alt in (*_with_alias(p.text, c), *_lodging_known(c, known),
                                            *_apposition(p.text, c, known))]
    cands = [c for c in cands if not _home_town(p, c[0], c[1], known)]
    # "ich soll bloß nicht in den Schnitzelpalast gehen. Also vom Bahnhof aus": a place refused is no start; nor is
    # the building of a part one goes up ("auf den Turm vom Alten Peter")
    cands = [c for c in cands if not NEG_RE.search(p.low[max(0, c[1] - 30):c[1]])
             and not _PART_FROM.search(p.low, max(0, c[1] - 25), c[1])] or cands
    cands = [c for c in cands if not _visit_place(p, c[1]) and not _walked_in(p, c[1], c[0])] or cands
    # "die Lena vom Kindergarten holen. Bis dahin, ab eins vom Bahnhof weg": where a child is picked up is no start
    cands = [c for c in cands if not _picked_up_at(p, c[0], c[1])] or cands
    cands = [c for c in cands if not _kind_only(c[0], known)]  # "um gelado a partir das 10h": a visit, no start
    # "sábado 15h, cordoaria", "Diumenge quedem a les 16:00 al Parc Central": the day is no place
    cands = [c for c in cands if c[0].split()[0].lower() not in DAY_WORDS
             or (known is not None and known(c[0], exact=True))]
    if known is not None and not any(known(c[0]) for c in cands):
        cands = [(f, at, span) for ph, at, span in cands for f in _fi_forms(ph, p.lang)]  # "Hakaniemestä"
        cands += [c for c in _before_first_arrow(p, skip, known) if not any(at < c[1] for _, at, _ in cands)]
    if not cands:
        return None, -1
    pick = cands[0]
    if known is not None:
        whole = next((i for i, c in enumerate(cands) if known(c[0])), None)
        if (whole is None or (whole > 0 and not _STATION.search(cands[whole][0].lower()))) and \
                _leaving_station(p.text, cands, known):
            pass  # "tu pars de la gare à 10h ... je suis au bureau à Fontvieille", "vanaf het station: ... pizza bij
            # Don Camillo": the station, said first
        elif whole is not None and any(_home_alone(p.text, c) for c in cands[:whole]):
            pick = next(c for c in cands[:whole] if _home_alone(p.text, c))  # "from bureau ... at Carrefour City"
        elif whole is not None:
            pick = _said_first(cands[whole], cands[:whole])
        else:  # the map knows a part of one ("saída da Cordoaria", "métro Rambuteau samedi")
            parts = (_known_part(p.text, *c, known) for c in cands)
            pick = next((c for c in parts if known(c[0], exact=True)), cands[0])
            if _opens_sentence(p.text, pick[1]) and not known(pick[0]) \
                    and not _TIME_AFTER.match(p.text, pick[1] + len(pick[0])):
                return None, -1  # "Tarda lliure from 15:30", "Meeting till 2pm": a word that opens a sentence
    pick = _home_over_where_one_lives(p, cands, pick, known)
    ph, at, span = _without_bare_hour(p.text, *pick, known)
    if not p.typed_lower and _unknown_word(ph, known):
        return _where_the_word_is(p, ph, at, span, known)
    p.mask(*span)
    if _home_said(ph):
        p.notes.append(f"'{ph}': the trip starts at home, which the map does not know")
        return None, -1
    if re.match(r"[dD]['’](?=[A-ZÀ-Ý])", ph):
        ph, at = ph[2:], at + 2  # "des d'Ordino": the elided "de" is no part of the name
    return ph, at


def _picked_up_at(p: Prompt, ph: str, at: int) -> bool:
    """Whether ``ph`` at ``at`` is where a child is picked up: a school said so, or a place said right after a child
    ("die Lena vom Kindergarten holen", "pick up my son from Lincoln School"), in a sentence that picks someone up."""
    if CHILD.fullmatch(ph.lower()):
        return picks_someone_up(p.low, at)
    a, b = clause_of(p.low, at)
    return _FROM_BEFORE.search(p.low, max(0, at - 12), at) is not None and \
        CHILD.search(p.low, max(0, at - 25), at) is not None and picks_someone_up(p.low[a:b], at - a)


#: "from" in the languages read, right before a place (after the rewriting of the prompt: "vom" reads "from")
_FROM_BEFORE = re.compile(r"\b(?:from|von|aus|de|du|des|da|do|dal|dalla|del|från|fra|van|z|ze|od)\s+"
                          r"(?:(?:the|la|le|o|a|el|l')\s*)?$")


def _home_over_where_one_lives(p: Prompt, cands, pick, known):
    """Home said as where one leaves from, over the place one lives in said before it ("Mieszkam w Highspire. ... o 13
    wychodzę z domu") or over a phrase the map does not know ("saio de casa, compro ração")."""
    home = next((c for c in cands if _home_alone(p.text, c)), None)
    if home is None or known is None or _home_alone(p.text, pick):
        return pick
    lives = _LIVES_IN.search(p.text, max(0, pick[1] - 30), pick[1])
    if (pick[0][:1].islower() and not any(known(c[0]) for c in cands)) or (lives and lives.end() == pick[1]):
        return home
    return pick


#: living or staying in a place, said right before its name ("Mieszkam w Highspire" read "i'm staying at", "moro em")
_LIVES_IN = re.compile(r"\b(?:" + _LIVE_WORDS + r"|stay)\s+(?:in|at|em|na|no|en|à|a|im|in der|i|på|op|w|v)\s+"
                       r"(?:the\s+)?", re.IGNORECASE)


#: where a place said by a common word is, right after it ("hotellet in Harbor East", "albergo vicino a Penbrook Park")
_NEAR_NAME = re.compile(r"\s+(?:in|near|by|at|next to|vicino a|vicino al|près de|perto de|perto da|perto do|cerca de|"
                        r"bei|nahe|nära|lähellä|bij|vlakbij)\s+(?:the\s+)?(?=(?-i:[A-ZÀ-Ý]))", re.IGNORECASE)


def _where_the_word_is(p: Prompt, ph: str, at: int, span: tuple[int, int], known) -> tuple[str | None, int]:
    """The start for a word the map does not know (:func:`_unknown_word`): the place said right after a word for a
    hotel ("fra hotellet i Harbor East", "dall'albergo vicino a Penbrook Park"), else none, with a note."""
    near = _NEAR_NAME.match(p.text, at + len(ph)) if ph.lower().startswith(LODGINGS) else None
    name = _known_name_at(p.text, near, known)
    if name:
        p.mask(near.end(), near.end() + len(name))
        return name, near.end()
    p.mask(*span)  # "Empezamos en la catedral": said as the start, no visit
    p.notes.append(f"'{ph}' is no place the map knows, so the trip has no start place")
    return None, -1


#: a word for one's lodging, then where it is, after an end word the map does not know ("al nostro hotel in
#: Boulevard Voltaire")
_LODGING_THEN_NAME = re.compile(r"\s+(?:" + "|".join(LODGINGS) + r")\b" + _NEAR_NAME.pattern, re.IGNORECASE)


def _end_word_unknown(p: Prompt, end: str | None, end_at: int, known) -> str | None:
    """The end place, unless it is one word in lower case the map matches to nothing ("muszę wrócić na uczelnię",
    "musíme dorazit do kempu"): then the place named after a word for one's lodging right after it ("al nostro
    hotel in Boulevard Voltaire"), else none, with a note."""
    if not end or p.typed_lower or end_at < 0 or not _unknown_word(end, known):
        return end
    name = _known_name_at(p.text, _LODGING_THEN_NAME.match(p.text, end_at + len(end)), known)
    if name:
        return name
    p.notes.append(f"'{end}' is no place the map knows, so the trip ends where it is when the time is up")
    return None


def _known_name_at(text: str, cue: re.Match | None, known) -> str | None:
    """The capitalised name right after ``cue`` (a word for one's lodging and where it is) when the map knows it."""
    name = capitalised_phrase(text, cue.end()) if cue else None
    return name if name and known(name) else None


def _unknown_word(ph: str, known) -> bool:
    """Whether the start ``ph`` is one word in lower case that the map matches to nothing, a word of the sentence
    read after a word of setting off ("z dziećmi", "na emeryturze", "corrida no parque"), not a place's name
    (in a prompt typed with capitals); the home is said as such (:func:`_home_said`)."""
    return hasattr(known, "match") and ph[:1].islower() and " " not in ph and not _home_said(ph) \
        and not ph.lower().endswith(POST_NOUNS) and known.match(ph).place is None  # "götgatan": a street's name


#: who one is or where one comes from, then "from" ("I am a graduate student from China", "Venimos desde Lleida",
#: "jag kommer från Syrien", "a couple from Leeds"), with no word of setting off between
_HOME_TOWN_FROM = re.compile(r"\b(?:i am|i'm|we are|we're|i come|we come|comes?|venimos|vengo|venho|viemos|veniamo|"
                             r"viens|venons|arriving at|kommer|komme|kommen|kom|komen|couple|family|students?|tourists?|"
                             r"visitors?|girls|guys|friends)\b(?:(?!start|leav|depart|begin|meet|set off|head|walk|go)"
                             r"[^.!?;,]){0,40}?\bfrom\s+$")


def _home_town(p: Prompt, ph: str, at: int, known) -> bool:
    """Whether ``ph`` at ``at`` is where the writer lives or comes from, not a place of the trip: a place the map does
    not know after who one is ("I am a student from China", "Venimos desde Lleida")."""
    return known is not None and not known(ph) and _HOME_TOWN_FROM.search(p.low, max(0, at - 60), at) is not None


#: a kind of visit, then the word of where it is ("a café at", "breakfast from" of Italian "colazione da", "eat out in
#: the"): the name after it is where that visit happens
_VISIT_AT = re.compile(r"(?:" + LEX_RE.pattern + r")\s+(?:at|from|in)\s+(?:the\s+)?$")
#: the next item of a list of visits ("passer à la poste, à la pharmacie et au marché de la Condamine"): a visit too
_NEXT_VISIT_AT = re.compile(r"(?:" + LEX_RE.pattern + r")\s+(?:and|or)\s+(?:at|to)\s+(?:the\s+)?$")


#: goods got from a place ("picnic food from the Spar", "a bottle of Andorran wine from Cava Benito", "buy bread
#: from the bakery"): where they are bought, no start
_GOODS_FROM = re.compile(r"\b(?:food|supplies|stuff|things|bread|wine|cheese|flowers|provisions|groceries|"
                         r"bottle of(?:\s+[^\W\d_]+){1,3}|(?:buy|get|pick up|grab)(?:\s+[^\W\d_]+){1,4})\s+from\s+"
                         r"(?:the\s+)?$")
#: a part of a building, then "from" (German "vom" rewritten): the building it is part of, no start
_PART_FROM = re.compile(r"\b(?:" + BUILDING_PARTS + r")\s+from\s+(?:the\s+)?$")


#: what one eats or drinks, never a place one sets off from
_HAD = {"lunch", "dinner", "supper", "breakfast", "brunch", "ice cream", "an ice cream", "coffee", "a coffee", "snack",
        "a snack", "a drink", "drinks", "a beer", "beer"}


def _kind_only(ph: str, known) -> bool:
    """Whether ``ph`` is only what one eats or drinks ("ice cream", "lunch"), which the map holds as no name."""
    return ph.lower() in _HAD and not (known is not None and known(ph, exact=True))


#: a walk, a run or a rest taken in the place named after it, in the languages read as the earlier stages leave them
#: ("dou uma volta no Parque do Sóter", "dar una corrida no Parque X", "projít ve Wachauer Parku")
_WALK_IN = re.compile(r"\b(?:walk|stroll|wander|run|jog|volta|voltinha|corrida|caminhada|passeio|trilha|paseo|"
                      r"projit|projít|prochazka|procházka|balade|promenade|passeggiata|giro|spazieren|spaziergang|"
                      r"kävely|kävelemään|promenad|wandeling)\s+(?:[^\W\d_]+\s+)?(?:at|in|through|on|around)\s+"
                      r"(?:the\s+)?$")
#: resting in the place named before it ("mich dann in den Hofgarten in die Sonne legen")
_REST_AFTER = re.compile(r"\s+(?:[^\W\d_]+\s+){0,3}?(?:legen|liegen|sonnen|chillen|relaxen)\b")


def _walked_in(p: Prompt, at: int, name: str) -> bool:
    """Whether the start candidate ``name`` at ``at`` is where a walk, a run or a rest happens, when a word of
    starting does not open its clause: a visit, not where the trip begins."""
    a = clause_of(p.low, at)[0]
    return not _PLACE_CUE_OPENS.match(p.low, a) and (
        _WALK_IN.search(p.low, max(a, at - 40), at) is not None or _REST_AFTER.match(p.low, at + len(name)) is not None)


def _visit_place(p: Prompt, at: int) -> bool:
    """Whether the start candidate at ``at`` names where a visit said just before it happens ("then visit a café at
    Joe", "Colazione da Sant Ambroeus"), when a word of starting does not open its clause."""
    a = clause_of(p.low, at)[0]
    return _VISIT_AT.search(p.low, max(a, at - 40), at) is not None and not _PLACE_CUE_OPENS.match(p.low, a) \
        or _NEXT_VISIT_AT.search(p.low, max(0, at - 40), at) is not None \
        or _GOODS_FROM.search(p.low, max(0, at - 50), at) is not None


def _without_bare_hour(text: str, ph: str, at: int, span: tuple[int, int], known) -> tuple[str, int, tuple[int, int]]:
    """The start without a bare hour read into its name ("Start Timmermansparken 9.", "Marienplatz 10, dann...")
    when the map knows the name without it and not with it."""
    m = re.fullmatch(r"(.+?)\s+(\d{1,2})", ph)
    if m is None or known is None or int(m.group(2)) > 24 or re.match(r"[:.]?\d", text[at + len(ph):]) or \
            not known(m.group(1), exact=True) or known(ph, exact=True):
        return ph, at, span
    return m.group(1), at, (span[0], span[1] - (len(ph) - len(m.group(1))))


#: another name of a place in brackets right after it ("Karlsplatz (Stachus)", "Senatsplatz (Senaatintori)")
_ALIAS = re.compile(r"\s*\(\s*((?-i:[A-ZÀ-Ý])[^()\d]{1,40}?)\s*\)")


def _with_alias(text: str, cand):
    """``cand`` and, when a name in brackets follows it, that name: both hold the brackets, so neither is a visit."""
    ph, at, (a, b) = cand
    m = _ALIAS.match(text, b)
    if not m:
        return [cand]
    return [(ph, at, (a, m.end())), (m.group(1), m.start(1), (a, m.end()))]


#: a name said again after a comma, with its article perhaps, before the next comma ("chiesa di San Vito, la
#: Pfarrkirche St. Veit, alle dieci")
_APPOSITION = re.compile(r"\s*,\s*(?:(?:the|la|le|il|lo|el|der|die|das|o|a|also|namely)\s+)?(?=(?-i:[A-ZÀ-Ý]))",
                         re.IGNORECASE)


def _apposition(text: str, cand, known):
    """The name the map knows said after ``cand`` as another name of it, between commas ("partiamo dalla chiesa di
    San Vito, la Pfarrkirche St. Veit, alle dieci"), as a candidate after it when the map does not know ``cand``."""
    ph, _, (a, b) = cand
    m = _APPOSITION.match(text, b)
    name = capitalised_phrase(text, m.end()) if m and known is not None and not known(ph) else None
    c, d = _span(text, name, m.end()) if name else (-1, -1)
    if not name or c != m.end() or not re.match(r"\s*,", text[d:]) or not known(name, exact=True):
        return []
    return [(name, c, (a, d))]


#: a word for where one stays, in lower case, before the name of the place ("from hotel The Jane", "dall'albergo Roma")
_LODGING_THEN_NAME = re.compile(r"(?:" + "|".join((*LODGINGS, "pension")) + r")\s+(?=(?-i:[A-ZÀ-Ý]))", re.IGNORECASE)


def _lodging_known(cand, known):
    """The name of a hotel said with its kind ("Start am Hotel Rival am Mariatorget" -> "Rival"), as a
    candidate after ``cand``, when the map knows that name alone and not the whole."""
    words = cand[0].split()
    if known is None or len(words) < 2 or words[0].lower() not in LODGINGS or known(cand[0]):
        return []
    rest = " ".join(words[1:])
    return [(rest, cand[1] + len(cand[0]) - len(rest), cand[2])] if known(rest, exact=True) else []


def _lodging_name(text: str, at: int) -> str | None:
    """The name after a lower-case word for a hotel at ``at`` ("hotel The Jane" -> "The Jane"), else ``None``."""
    m = _LODGING_THEN_NAME.match(text, at)
    return capitalised_phrase(text, m.end()) if m else None


def _opens_sentence(text: str, at: int) -> bool:
    """Whether the word at ``at`` opens the prompt, a line or a sentence."""
    return not text[:at].strip() or text[:at].rstrip()[-1] in ".!?:\n"


#: "The" written capitalised after a verb of leaving, just before a name: a part of it ("Leaving The Grand hotel at 9")
_THE_IN_NAME = re.compile(r"\b(?:leav(?:e|ing)|depart(?:ing)?|start(?:ing)?|begin(?:ning)?)\s+(?:(?:at|from)\s+)?"
                          r"(?-i:The) $", re.IGNORECASE)


def _with_article(text: str, cand, known):
    """``cand`` with the capitalised "The" written before it when the map knows the name only so ("leaving The
    Grand hotel at 9": "The Grand", not "Grand"); ``cand`` itself otherwise."""
    ph, at, span = cand
    if known is None or at < 4 or not _THE_IN_NAME.search(text[max(0, at - 30):at]) or known(ph) \
            or not known("The " + ph):
        return cand
    return "The " + ph, at - 4, (min(span[0], at - 4), span[1])


#: a mark that ends a clause or a sentence, not the dot of a short word ("Wicks Park: cafe", not "St. Veit")
_CLAUSE_MARK = re.compile(r"[:;,!?]|(?<![\s.]\w)(?<![\s.]\w\w)(?<![\s.]\w\w\w)\.(?:\s|$)")


def _widened(text: str, cand, known, skip: int):
    """``cand`` widened to the longest name the map holds, in any case, that the text says around it in one clause
    ("chapelle Sainte-Dévote" for "Sainte-Dévote", "Praça da Batalha" for "Batalha"), to the right only when the map
    does not hold ``cand`` as a whole ("Karlsplatz (Stachus)" stays "Karlsplatz"), not into the end place read at
    ``skip``; ``cand`` itself when there is none."""
    ph, at, span = cand
    runs = getattr(known, "names_any_case", None)
    if runs is None:
        return cand
    whole = known(ph, exact=True)  # then only a word of its kind said before it ("chapelle Sainte-Dévote")
    at = max(at, text.find(ph, at))  # where the name itself is said (``at`` may be its kind's: "chapelle")
    lo = text.rfind(" ", 0, max(0, at - 40)) + 1
    best = (at, at + len(ph))
    for a, b, name in runs(text[lo:at + len(ph) + 40]):
        a, b = a + lo, b + lo + (name.endswith(")") and text[b + lo:b + lo + 1] == ")")
        if a <= at and b >= at + len(ph) and b - a > best[1] - best[0] and not a <= skip < b \
                and not (whole and b > at + len(ph)) \
                and not _CLAUSE_MARK.search(text, a, b) and known(text[a:b], exact=True):
            best = (a, b)
    a, b = best
    return (text[a:b], a, (min(span[0], a), max(span[1], b))) if b - a > len(ph) else cand


#: a capitalised word, which may be the name of a town
_CAPITALISED_WORD = re.compile(r"\b[A-ZÀ-Ý][\w-]{3,}")


def _with_town(cands, known, text: str):
    """The candidates with a word the map knows only as the head of a longer name joined to the town the prompt
    names ("in Oberdorf ab 14:30 am Schloss": "Schloss Oberdorf"), the town itself then left out (it is where one
    is); ``cands`` as they are when no such name is known (a station or a street of the town is read elsewhere)."""
    area = getattr(known, "area", None)
    if area is None or all(" " in c[0] or known(c[0]) for c in cands):
        return cands
    towns = {c[0] for c in cands if area(c[0])} | {w for w in _CAPITALISED_WORD.findall(text) if area(w)}
    out, used = [], set()
    for ph, at, span in cands:
        whole = None if known(ph) or " " in ph or ph.lower() in PLACE_NOUNS or ph in STOP_NOUNS else next(
            ((f"{ph} {t}", t) for t in sorted(towns) if known(f"{ph} {t}", exact=True)), None)
        out.append((whole[0], at, span) if whole else (ph, at, span))
        used |= {whole[1]} if whole else set()
    return [c for c in out if c[0] not in used] if used else cands


#: "I am" and "we are", in the languages read
_I_AM = (r"(?:i'?m|we'?re|i am|we are|(?:i|we)?(?:'ll| will) be|"
         r"je suis|on est|nous sommes|sono|siamo|estoy|estamos|estou|ich bin|wir sind|bin|"
         r"sind|jag är|vi är|olen|olemme|ik ben|we zijn|wij zijn)")
#: being in a town or district, just before it: "I'm in Munich", "on est en vacances au ski à Andorre", "sono a
#: Monaco per lavoro" (not "picking her up in Paxtang", "hospedado em Lawnton")
#: the words between "I am" and a place: up to six, then a preposition of place
_BEING_AT = r"\s+(?:[^\s.,;:!?]+\s+){0,6}?(?:at|in|à|a|en|em|au|aux|i|på|no|na)\s+(?:the\s+)?$"
_BEING_IN = re.compile(r"\b(?:" + _I_AM + _BEING_AT + r"|arriving at\s+$)", re.IGNORECASE)  # "Llegamos a Andorra"
#: leaving from a place, as the language stage writes it ("Partiamo da", "Départ de", "salimos desde")
_LEAVING = re.compile(r"\b(?:leaving|starting|departing|departure|start|leave)\s+(?:from|at)\s+(?:the\s+)?$",
                      re.IGNORECASE)
#: the same, with the time one leaves at before the place ("fang um 14 Uhr beim Bahnhof an")
_LEAVING_AT = re.compile(r"(?:\b(?:leaving|starting|departing|departure|start|leave)\s+(?:at\s+\d{1,2}(?::\d{2})?\s*"
                         r"(?:[ap]\.?m\.?)?\s+)?(?:from|at)|\bfrom)\s+(?:the\s+)?$", re.IGNORECASE)
#: being somewhere, said with "will be" too ("Siamo a Monaco per Ferragosto"): where one leaves from, when the
#: prompt names it, is the start
_BEING_ANY = re.compile(r"\b(?:" + _I_AM + r"|will be)" + _BEING_AT, re.IGNORECASE)


#: staying near a place, as the language stage writes it ("Wir wohnen nahe ...", "moro perto do ..."); and a place
#: one comes from, which is where one leaves from when one also says where one stays
_STAYING = re.compile(r"\bstaying\s+(?:near|at|in)\s+(?:the\s+)?$", re.IGNORECASE)
_FROM_PLACE = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)


def _leaving_first(p: Prompt, cands, known):
    """Where one leaves from, when the map knows it, over where one is or stays ("Siamo a Monaco per il congresso.
    Partiamo da Odeonsplatz": Odeonsplatz; "We're staying near X. Tomorrow from Y": Y); where one is, then, is no
    visit either (masked)."""
    before = [p.text[max(0, c[1] - 60):c[1]] for c in cands]
    staying = any(_STAYING.search(b) for b in before)
    leaving = [c for c, b in zip(cands, before) if _LEAVING.search(b[-25:]) or (staying and _FROM_PLACE.search(b))]
    if known is None or not any(known(c[0]) for c in leaving):
        return cands
    being = [c for c, b in zip(cands, before) if c not in leaving and (_BEING_ANY.search(b) or _STAYING.search(b))]
    for c in being:
        p.mask(*c[2])
    return [c for c in cands if c not in being]


def _known_over_unknown(cands, known):
    """Drop a candidate the map does not know when one said at the same place is a name it knows: in Finnish,
    where a case ending closes the name ("ateneumista lähdetään 10:30": "Ateneum", not the name with its case
    ending and the verb)."""
    if known is None:
        return cands
    sure = {c[1] for c in cands if known(c[0])}
    return [c for c in cands if c[1] not in sure or known(c[0])]


def _spots(cands, known, p_text: str):
    """The candidates that are spots in the city when the map knows one: the city's own name and a town or
    district one is in are where one is ("I'm in Munich ... from the Odeonsplatz" starts at the Odeonsplatz,
    "on est en vacances à Andorre ... départ de Caldea" at Caldea), and the city itself by any of its names is never
    a spot ("three free hours in Munich, from 9": no start place); a town one leaves from or is picked up
    in stays the start ("from Paxtang: dinner at Olive Garden", "picking her up in Paxtang"), and so does one
    where one is at a time ("domani sono a Monaco-Ville alle 11")."""
    area = getattr(known, "area", None)
    if area is None:
        return cands
    # "tre ore libere a Monaco di Baviera, dalle 9": no spot; "arriving at Krems", whose station the map calls so: it
    cands = [c for c in cands if not known.is_city(c[0]) or getattr(known.match(c[0]).place, "station", False)]
    areas = [c[0] for c in cands if (known.is_own(c[0]) or (
        area(c[0]) and _BEING_IN.search(p_text[max(0, c[1] - 60):c[1]]))) and not _TIME_AFTER.match(p_text, c[2][1])]
    spots = [c for c in cands if not any(c[0] in a for a in areas)]  # nor a part of one: "Harbor" of "Harbor East"
    sure = any(known(c[0]) for c in spots) or (  # "Départ de Caldea" (Caldea-Inuu) beside "à Andorre"
        areas and any(known.match(c[0]).confidence >= 0.9 for c in spots))
    return spots if sure else cands


_FIRST_ARROW = re.compile(r"->|→|=>|,\s*then\b")  # arrows are rewritten as ", then"


def _before_first_arrow(p: Prompt, skip: int, known) -> list[tuple[str, int, tuple[int, int]]]:
    """A note written as a chain ("tillman park -> coffee -> supermarket", "sam 14h place du casino →
    librairie"): the place just before the first arrow, when the map knows its whole name."""
    m = _FIRST_ARROW.search(p.text)
    if m is None or re.search(r"[.!?;]\s", p.text[:m.start()]):
        return []  # the chain does not open the prompt
    head = re.split(r"[\d,:;()]", p.text[:m.start()])[-1]
    words, at0 = head.split(), m.start() - len(head)
    if len(words) > 6:
        return []  # a sentence, not a note's head ("quick stop at the library ... at Safeway, then Rita's")
    for i in range(len(words)):  # the longest tail the map knows: "sam 14h place du casino" -> "place du casino"
        name = " ".join(words[i:])
        at = at0 + head.index(name)
        if at != skip and name.lower() not in ALL_FUNCTION_WORDS and name.lower() not in LEX_MAP and \
                known(name, exact=True):
            return [(name, at, (at, at + len(name)))]
    return []


def _said_first(found, before):
    """``found`` where it was first said inside a longer phrase of ``before``: that phrase when it goes on
    after the name ("gare routière d'Andorre-la-Vieille" ... "gare routière"), the name there when words
    lead to it ("saída da Cordoaria at 10" ... "Cordoaria"); ``found`` itself when it was not."""
    name = found[0].lower()
    for ph, at, span in before:
        if name in ph.lower():
            return (ph, at, span) if ph.lower().startswith(name) else (found[0], at, span)
    return found


def _known_part(text: str, ph: str, at: int, span, known):
    """The longest run of words of ``ph`` that is a whole name the map knows ("saída da Cordoaria" ->
    "Cordoaria", "Partir du Larvotto" -> "Larvotto"), with where it is written; ``ph`` itself when none is."""
    words = ph.split()
    area = getattr(known, "area", None)
    station = area is not None and words[0].lower() in STOP_NOUNS  # "stazione di Monaco": the town's station
    for n in range(len(words) - 1, 0, -1):
        for i in range(len(words) - n + 1):
            part = " ".join(words[i:i + n])
            if len(part) >= 4 and part.lower() not in ALL_FUNCTION_WORDS and known(part, exact=True) and \
                    words[i + n - 1].lower() not in PARTICLES and not (station and area(part)):
                a = text.find(part, span[0], span[1])
                return (part, a, span) if a >= 0 else (ph, at, span)  # the whole phrase stays read
    return ph, at, span


#: a start said with its time first ("we start at 10:00 de la Praça da Liberdade", "starting at 11:00 dal Port
#: Hercule", "Start 10:00 at Senatsplatz", "we vertrekken om 13 uur van het station"): the place after the time,
#: whatever the language of its preposition
_TIMED_START = re.compile(r"\b(?:start(?:ing|s)?|leav(?:e|ing)|depart(?:ing)?|begin(?:ning)?|meet(?=\s+at\s+\d))\s+"
                         r"(?:(?:tomorrow|today|tonight|this morning|this afternoon|on [a-z]+day)\s+)?"
                         r"(?:at\s+|around\s+)?"
                         r"\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?\s*,?\s+(?:(?:at|from|de la|de l'|del|de|dal|dalla|"
                         r"dallo|da|do|du|des|vom|von|från|vanaf|van|desde|depuis|fra|od|ze|z|spod)\s+|"
                         r"(?=(?:place|plaza|praça|piazza|plaça|largo|square|rue|calle|rua)\s))", re.IGNORECASE)


#: being in front of a place, in the languages read ("estoy delante de la Frauenkirche", "on est devant Caldea")
_IN_FRONT = re.compile(r"\b" + _I_AM + r"\s+(?:delante de|devant|davanti a|em frente (?:a|de)|in front of|vor)\s+"
                       r"(?:(?:la|le|l'|el|the|o|a|al|ao|à|dem|der|den)\s*)?", re.IGNORECASE)


#: words for a street written before its name, besides the place nouns ("bd Voltaire", "avenue Foch")
_STREET_WORDS = {"boulevard", "bd", "blvd", "avenue", "av", "allée", "chemin"}
#: leaving from home, a hotel or work, then where it is ("from notre hôtel, Praça da Liberdade", "de chez moi rue de
#: Bretagne", "de casa, al costat del Parc Central", "daheim am Schloßplatz", "de l'oficina a l'Avinguda Meritxell")
_FROM = r"\b(?:from|start(?:ing)?(?:\s+\d{1,2}:\d{2})?"
_MY_HOME = r"(?:(?:my|our|the|notre|mon|ma|minha|mi|meine?|unsere?|l')\s*)?"
_FROM_HOME = re.compile(
    # "from notre hôtel, Praça ...", "de chez moi rue de ...": the place after a comma, or a street said at once
    _FROM + r"(?:\s+(?:de|from))?)\s+" + _MY_HOME + r"(?:hotel|hôtel|hostel|home|casa|chez (?:moi|elle|lui|nous|eux)|"
    r"daheim|zuhause|zu hause|office|oficina|bureau|boulot|büro|work|feina|trabalho|trabajo)\b"
    r"(?:\s+at\s+\d{1,2}:\d{2})?(?:\s*,\s*|\s*\(\s*|\s+(?=(?:" +  # "from work at 19:00, métro Rambuteau"
    "|".join(sorted(PLACE_NOUNS | _STREET_WORDS)) + r")\b))"
    r"(?:(?:at|am|im|à|a|al costat del?|next to|near|on|in|em|na|no|en|beim|bei)"
    r"\s+(?:l'|la\s+|el\s+|the\s+)?)?|"
    # "daheim am Schloßplatz", "de l'oficina a l'Avinguda": home or work, then where it is
    + _FROM + r")\s+" + _MY_HOME + r"(?:home|daheim|zuhause|office|oficina|bureau|büro|work|feina)\s+"
    r"(?:at|am|im|à|a|next to|near|on|in|en|beim|bei)\s+(?:l'|la\s+|el\s+|the\s+)?", re.IGNORECASE)


def _visited(p: Prompt, m: re.Match, name: str, at: int) -> bool:
    """Whether ``name``, said after "at" (``m``) with no time before or after it, is a place the map knows of a
    kind one visits ("Getting off at X. Need a stop at Duane Reade", "I'm in X at 1 ... hoodies at Under Armour"): a
    visit, not the start, when a start cue names another place ("from 9:15 at the X", "at X at 10" stay starts)."""
    if m.re not in (_AT, _IN_THE) or m.group(0).strip().lower() == "from" or not hasattr(p.known, "visit"):
        return False
    kind = p.known.visit(name)
    after = _NAME_WORDS.match(p.text, at + len(name)).end()  # "at the East Shore Library at 9:30"
    return bool(kind and kind[0] and not _TIME_AFTER.match(p.text, after)
                and not _TIME_BEFORE.search(p.text, 0, m.start()))


#: capitalised words that go on with a name; a clock time just before a cue ("from 12:00 mittags at X")
_NAME_WORDS = re.compile(r"(?:\s+(?-i:[A-ZÀ-Ý])[\w'’-]*)*")
_TIME_BEFORE = re.compile(r"\d(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s+[^\W\d_]+)?\s*$", re.IGNORECASE)


#: a thing in a list, said with where it comes from ("a kettle from Kmart, a bottle of red from The Bottler")
_THING_FROM = re.compile(r"(?:^|[:,;]\s*|\band\s+)(?:a|an|some)\s+(?:(?!(?:walk|stroll|route|tour|trip|loop|ride|way|"
                         r"bus|train|tram|ferry|boat|taxi|cab|start)\b)[\w'-]+\s+){1,4}$", re.IGNORECASE)


#: the corner of two streets, said before them ("corner of bleecker and perry", "angle rue de Bretagne et rue
#: Charlot", "hoek X en Y", "esquina de X y Y", "angolo tra X e Y") or between them ("hornsgatan hörnet
#: timmermansgatan", "Hauptstraße Ecke Kirchgasse")
_CORNER_BEFORE = re.compile(r"\b(?:corner\s+of|angle|coin\s+de|esquina|cantonada|angolo|hoek|ecke|hörnet)\s+"
                            r"(?:(?:of|de|d'|da|do|di|del|tra|fra|entre|between|van|von|av|på)\s+)?(?:the\s+|la\s+|l')?",
                            re.IGNORECASE)
_CORNER_BETWEEN = re.compile(r"\s+(?:ecke|hörnet|corner|esquina(?:\s+(?:com|con|amb))?|angle|/)\s+\S", re.IGNORECASE)
_AND_WORD = re.compile(r"\s+(?:and|&|with|con|com|amb|mit)\s+", re.IGNORECASE)


def _corner_street(p: Prompt, skip: int):
    """The first of two streets whose corner the first sentence names, as the map knows it ("corner of bleecker
    and perry" -> "Bleecker Street"): where one stands, the start."""
    match, end = getattr(p.known, "match", None), sentence_bounds(p.text, 0)[1]
    spots = [(m.end(), True) for m in _CORNER_BEFORE.finditer(p.text, 0, end)]
    spots += [(0, False)] if _CORNER_BETWEEN.search(p.text, 0, end) else []
    for at, before in sorted(spots):  # the street said first
        ph = capitalised_phrase(p.text, at) or lower_case_name(p.text, at)
        if before and ph and _AND_WORD.search(ph):
            ph = ph[:_AND_WORD.search(ph).start()]
        elif not before and ph:  # "hornsgatan hörnet timmermansgatan": the name before the word for corner
            m = _CORNER_BETWEEN.search(p.text, 0, end)
            first = p.text[:m.start()].strip()
            ph = first if m.start() <= len(ph) + 1 and len(first.split()) <= 4 else None
        said = next((f for f in (ph, f"{ph} Street", f"{ph} Avenue") if p.known(f, exact=True)), None) if \
            match and ph and at != skip else None  # "corner of bleecker and perry": the streets' short names
        found = match(ph) if match and ph and at != skip and not said else None
        if said or (found is not None and found.place is not None and found.confidence >= 0.9):
            yield said or found.place.name, at, (at, at + len(ph))


def _start_candidates(p: Prompt, skip: int):
    """Each phrase a start cue names, strongest cue first: ``(phrase, where, span to mask)``."""
    yield from _corner_street(p, skip)
    cued = False  # whether a strong cue named a place
    for m in _FROM_HOME.finditer(p.text):
        ph = capitalised_phrase(p.text, m.end()) or _longer_on_map(p, m.end(), lower_case_name(p.text, m.end()))
        if ph and m.end() != skip:
            a, b = _span(p.text, ph, m.end())
            cued = True
            yield ph, m.end(), ((a, b) if a >= 0 else (m.end(), m.end() + len(ph)))
    for m in (*_TIMED_START.finditer(p.text), *_IN_FRONT.finditer(p.text), *PLACE_CUE_START.finditer(p.text)):
        ph = capitalised_phrase(p.text, m.end())
        kind_at = m.end() if ph is None else None  # "from the library of X": the kind is no visit of its own
        ph = ph or _name_after_kind(p.text, m.end())
        if ph and m.end() != skip:
            m, ph = _departure_after(p.text, m, ph, skip)
            a, b = _span(p.text, ph, m.end())
            cued = True
            yield ph, m.end(), ((kind_at or a, b) if a >= 0 else (m.end(), m.end() + len(ph)))
    for m in _route_end(p):  # "do Parque do Sóter até o Parque Estadual do Prosa": where the way begins
        at = m.start() + re.match(r"\S+(?:\s+la)?\s+(?:(?:the|la|le)\s+|l')?", m.group(0)).end()
        ph = capitalised_phrase(p.text, at)
        if ph and at != skip:
            cued = True
            yield ph, at, (at, at + len(ph))
    for m in _FREE_FROM_IN.finditer(p.text):  # "ab 13 uhr in bindlach:": a place the map knows by that name
        if p.known is not None and m.start(1) != skip and p.known(m.group(1), exact=True):
            yield m.group(1), m.start(1), m.span(1)
    m = _NOTE_OPENING.match(p.text)  # "Lördag 10.00 Studentplatsen (...) – apotek – ...", "- 10h Praça da Batalha -"
    ph = capitalised_phrase(p.text, m.end()) if m else None
    if ph and m.end() != skip and (_LIST_MARK.match(p.text, m.end() + len(ph)) or (
            _SENTENCE_MARK.match(p.text, m.end() + len(ph)) and p.known is not None and p.known(ph, exact=True))):
        yield ph, m.end(), (m.end(), m.end() + len(ph))
    bought = []  # "a kettle from Kmart": where a thing is bought, a start only when no other cue names one
    home = _FROM_HOME_ALONE.search(p.text)  # "leaving home 9am, ... the vet at the Humane Society": a visit
    for cue in _FALLBACKS if not home else _FALLBACKS[:1]:
        for m in cue.finditer(p.text):
            ph = capitalised_phrase(p.text, m.end()) or _lodging_name(p.text, m.end())
            kind = cue is PLACE_CUE_FROM and not ph and _name_after_kind(p.text, m.end())
            ph = ph or kind or None  # "from library Enoch Pratt": the kind is no visit of its own
            # "Leaving Marienplatz at 6pm": a verb that opens the sentence is not part of the name
            while ph and " " in ph and _OPENING_VERB.fullmatch(ph.split(" ", 1)[0].lower()):
                ph = ph.split(" ", 1)[1]
            if ph and ph.lower() in ALL_FUNCTION_WORDS:
                continue  # "Sind ab 16 Uhr ...": a verb that opens the prompt
            at, end = _span(p.text, ph, m.end()) if ph else (-1, -1)
            if ph and at != skip and cue is PLACE_CUE_FROM and _THING_FROM.search(p.text, 0, m.start()):
                bought.append((ph, at, (at, end)))
            elif ph and at != skip:
                yield ph, at, ((m.end() if kind else at), end)
    yield from bought
    # a name written in lower case: after a start cue ("ab 14 uhr am karlsplatz"), right before a time
    # ("kiasma at noon", "- odeonsplatz 9am", "na ribeira às 2"), after "at", after a time that opens a note, where
    # one gets to at a time, a square one starts at
    for cue, timed in ((_GOING_FIRST, _TIME_AFTER), (PLACE_CUE_START, None), (PLACE_CUE_FROM, None),
                       (_LEAD, _TIME_AFTER_LEAD), (_LOCATIVE, _TIME_AFTER), (_NEAR, _TIME_AFTER), (_AT, None),
                       (_IN_THE, None), (_TIME_FIRST, _CLAUSE_END),
                       (_WE_GET_TO, _TIME_AFTER), (_START_NOUN, None)):
        for m in cue.finditer(p.text) if not (home and cue in _WEAK) else ():
            at, ph = _lower_name_at(p.text, m.end())
            ph = _longer_on_map(p, at, ph) if ph else ph
            fits = timed.match(p.text, at + len(ph)) if timed and ph else not (cued and ph and _visited(p, m, ph, at))
            if ph and m.end() != skip and fits and not _visit_place(p, at):
                yield ph, at, (at, at + len(ph))
    if not home:  # "saímos de casa às 9h ... Voltamos às 15h": a word before a time is no start
        yield from _said_no_cue(p, skip)


def _said_no_cue(p: Prompt, skip: int):
    """Starts said with no cue, read last: the station of the town one comes in to by train ("the train gets in
    at 10:15"), a spot named right before the first clock time ("Ollaan lasten kanssa Kaisaniemen puistossa klo
    10"), not the town one is in."""
    m = _TRAIN_IN.search(p.text)
    if m and _station_word("the station", p.known):
        yield "the station", m.start(), (m.start(), m.start())
    m = _NAME_AT_FIRST_TIME.match(p.text)
    ph = capitalised_phrase(p.text, m.end()) if m else None
    area = getattr(p.known, "area", None)
    if ph and m.end() != skip and not (area and area(ph)):
        yield ph, m.end(), (m.end(), m.end() + len(ph))
    yield from _head_name(p, skip)


def _head_name(p: Prompt, skip: int):
    """A name the map knows that opens a message in lower case, with a clock time after it and no cue before it
    ("largo do colégio dez da manhã lavandaria ...", "täglicher markt so um neun, bäcker", "kiasmasta lähetään puol
    kolme"): the place the trip starts at, as a dictated note says it."""
    known, area = p.known, getattr(p.known, "area", None)
    head = re.match(r"\s*((?:[^\W\d_][\w'’-]*\s+){0,3}[^\W\d_][\w'’-]*)", p.text)
    if not hasattr(known, "match") or head is None or not head.group(1)[0].islower() or head.start(1) == skip:
        return
    words, best, cased = head.group(1).split(), (0.0, ""), False
    for n in range(1, len(words) + 1):
        said, w = " ".join(words[:n]), words[n - 1].lower()
        if cased:
            break  # "ateneumista lähdetään": the case ending closes the name, a verb follows
        if w not in PARTICLES and (w in ALL_FUNCTION_WORDS or w in _CUE_WORDS or w in STOPWORDS_EN) or \
                words[0].lower() in LEX_MAP:
            break  # "i start from X": a cue, no name
        for form in _fi_forms(said, p.lang):
            found = known.match(form)
            conf = found.confidence if found.place is not None and (n > 1 or known(form, exact=True)) else 0.0
            if conf >= max(0.9, best[0]) and not (area and area(form)) and \
                    _time_follows(p.text, head.start(1) + len(said), p.lang, form != said):
                best, cased = (conf, said if form == said or n > 1 else form), form != said
    if best[1]:
        at = head.start(1)
        yield best[1], at, (at, at + len(" ".join(words[:len(best[1].split())])))


#: the words for a half or a quarter that open a clock time ("puol kolme", "halb zehn", "viertel nach acht")
_PART_OF_HOUR = {"noon", "midday", "half", "halb", "halv", "puoli", "puol", "quarter", "viertel", "dreiviertel", "kvart",
                 "varttia"}
#: a word that makes an hour said in words a clock time, in each language read ("um neun", "às dez", "kello kolme")
_CLOCK_CUE = {"en": "at", "de": "um", "fr": "à", "es": "a las", "pt": "às", "it": "alle", "ca": "a les", "sv": "klockan",
              "fi": "kello", "nl": "om", "pl": "o", "cs": "v", "da": "klokken", "no": "klokka"}


def _hour_word(word: str, lang: str) -> bool:
    """Whether ``word`` is an hour said in words in ``lang`` or English ("dez", "cinc", "neun", "three"), or a
    word for a half or a quarter of one; the word for one is also an article ("una", "ett") and no hour here."""
    if word in _PART_OF_HOUR or (word in HOUR_WORDS and word != "one"):
        return True
    read = word_times(f"{_CLOCK_CUE.get(lang, 'at')} {word}", lang)
    return word not in ALL_FUNCTION_WORDS and re.search(r"\d:\d\d", read) is not None and \
        not re.search(r"\b1:00", read)


def _time_follows(text: str, at: int, lang: str, verb: bool) -> bool:
    """Whether a clock time follows ``at`` in its clause, in digits or words, past small words ("so um neun", "dez
    da manhã", ", três e quinze") and, with ``verb`` (a name said with a case ending), one word more ("kiasmasta
    lähetään puol kolme")."""
    rest = re.match(r"\s*,?\s*([^,.;:!?]*)", text[at:]).group(1).lower().split()[:3]
    for w in rest:
        if w[0].isdigit() or _hour_word(w, lang):
            return True
        if w not in ALL_FUNCTION_WORDS and w not in STOPWORDS_EN:
            if not verb:
                return False
            verb = False
    return False


def _fi_forms(name: str, lang: str) -> list[str]:
    """:func:`name_forms` of ``name`` and, in Finnish, each without the "i" a foreign name takes before its case
    ending ("Mariatorgetilta" -> "Mariatorgeti" -> "Mariatorget")."""
    forms = name_forms(name, lang)
    return forms + [f[:-1] for f in forms if lang == "fi" and re.search(r"[^aeiouyäöi\W]i$", f)]


#: leaving from home or work with no place said after it ("leaving home 9am", "starting from the office, then")
_FROM_HOME_ALONE = re.compile(r"\b(?:leav(?:e|ing)|start(?:ing)?|depart(?:ing)?)\s+(?:from\s+)?" + _MY_HOME +
                              r"(?-i:home|house|office|work|casa|zu hause|zuhause|daheim|maison|chez moi|thuis)\b"
                              r"(?!" + _PLACE_WORD_AFTER.format("") + ")", re.IGNORECASE)
#: a name right before the clock time of the first sentence
_NAME_AT_FIRST_TIME = re.compile(r"(?:[^.!?]*?\s)?(?=(?-i:[A-ZÀ-Ý])[\w'’-]*(?:\s+(?-i:[A-ZÀ-Ý])[\w'’-]*){0,3}?"
                                 r"(?:\s+[\w'’-]+)?\s+"
                                 r"(?:at|around|klo|kl\.?|um|à|às|alle|a las|a les)\s+\d)", re.IGNORECASE)
#: a verb of starting, then a square or a street in lower case with no preposition ("we start place du casino")
_START_NOUN = re.compile(r"\b(?:start(?:ing)?|begin(?:ning)?|leav(?:e|ing))\s+(?=(?:" + "|".join(sorted(PLACE_NOUNS)) +
                         r")\s)", re.IGNORECASE)
#: coming in by train at a time, with no station named ("the train gets in at 10:15", "arriving by train at 9")
_TRAIN_IN = re.compile(r"\b(?:(?:the|our|my)\s+train\s+(?:gets in|arrives|comes in|pulls in|is in)|arriving by train)"
                       r"\s+(?:at\s+|around\s+)?\d", re.IGNORECASE)
#: arriving somewhere, said as getting there ("so we get to monaco station at twenty to eleven")
_WE_GET_TO = re.compile(r"\b(?:we|i)\s+(?:get|got)\s+(?:to|in at|into)\s+", re.IGNORECASE)


def _arrival_at(text: str, at: int) -> bool:
    """Whether the name at ``at`` is followed by the clock time one gets there ("we get to monaco station at
    10:40"): where the trip starts, not a place to be at by a time."""
    name = capitalised_phrase(text, at) or _lower_name_at(text, at)[1]
    return bool(name) and re.match(r"\s*(?:at|around)\s+\d", text[text.find(name, at) + len(name):]) is not None


#: a note that opens with a clock time, then a name in lower case that ends its clause ("2:30 hornsgatan. galleries")
_TIME_FIRST = re.compile(r"^\d{1,2}:\d{2}\s+")
_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?]|$)")


#: free from a time in a place written in lower case, one word ("from 13:00 in bindlach")
_FREE_FROM_IN = re.compile(r"\bfrom\s+\d{1,2}:\d{2}\s+(?:in|at)\s+([^\W\d_][\w-]{3,})\b(?!\s+[^\W\d_])", re.IGNORECASE)


#: a note that opens with a time and a place, after a word or two for the day perhaps ("Lördag 10.00 Studentplatsen",
#: "sábado 📝 - 10h Praça da Batalha", "Tomorrow morning, 9:30, Marienplatz.", "Saturday, noon, Narinkkatori."), and the
#: list mark that follows the place; or the end of the sentence, when the map knows the place by that name
_NOTE_OPENING = re.compile(r"(?:[^\W\d_]+(?:\s+[^\W\d_]+)?\W{0,3}\s+)?(?:[-–•*]\s*)?"
                           r"(?:\d{1,2}(?::\d{2}|\s*[ap]\.?m\.?)|noon|midday)\s*,?\s+(?=(?-i:[A-ZÀ-Ý]))", re.IGNORECASE)
_LIST_MARK = re.compile(r"\s*(?:[-–•*(]|,)")
_SENTENCE_MARK = re.compile(r"\s*[.:;](?:\s|$)")


#: where a list item, a line or a sentence begins, with an opening verb or preposition
_LEAD = re.compile(r"(?:^|[:!?.]\s+|\s[-–•*>]\s+|^[-–•*]\s*)(?:(?:starting|start|leaving|meeting|meet|from|at|in|am|im)\s+){0,2}",
                   re.IGNORECASE)
#: prepositions of place, in English and the languages whose small words stay as written ("na", "em", "på")
_LOCATIVE_WORDS = {"at", "in", "on", "from", "em", "na", "no", "nos", "nas", "da", "dal", "dalla", "al", "alla", "en",
                   "på", "vid", "bij", "ad", "a", "à"}
_LOCATIVE = re.compile(r"(?<![\w'])(?:" + "|".join(_LOCATIVE_WORDS) + r")\s+", re.IGNORECASE)
_IN_THE = re.compile(r"\bin\s+(?=the\s)", re.IGNORECASE)
#: going to a place at a time, said first ("vou pra ribeira à uma e meia, a minha avó pediu: ...", "heading to
#: kiasma at 2, then ..."): the place the errands start from
_GOING_FIRST = re.compile(r"^\s*(?:i'?m\s+|we'?re\s+)?(?:going|heading|off|vou|vamos|voy|vado|andiamo|je vais|on va|"
                          r"nous allons)\s+(?:to|para|pra|a|al|à|au)\s+(?:the\s+|a\s+|o\s+|la\s+|el\s+)?"
                          r"(?!(?:" + "|".join(_HOME_WORDS) + r")\b)", re.IGNORECASE)
#: a place one is near, in lower case with its time after it ("bike rental near the stonewall inn at 10")
_NEAR = re.compile(r"\b(?:near|next to|close to)\s+", re.IGNORECASE)
#: cues that name a start only when nothing else does: none when the trip starts at home ("leaving home at 10, Wilson
#: Park", "saímos de casa às 9h ... Voltamos às 15h")
_WEAK = (_AT, _IN_THE, _LEAD, _LOCATIVE, _NEAR, _TIME_FIRST)
#: a clock time (or noon) right after a name, with the word that may introduce it
_TIME_AFTER = re.compile(r"\s*,?\s*(?:(?:at|around|from|by|um|ab|kl\.?|klo|om|@|approx\.?|about|verso|vers|typ|"
                         r"ca\.?|circa|a|à|às|alle|a las|a les)\s+)?(?:\d|noon|midday)", re.IGNORECASE)
#: the same after a name that opens a line: "from" and "by" there follow a word that is no name ("dispo from 14:00")
_TIME_AFTER_LEAD = re.compile(r"\s*,?\s*(?:(?:at|around|um|kl\.?|klo|om|@|approx\.?|about|typ|ca\.?|circa|a|à|"
                              r"às|alle|a las|a les)\s+)?(?:\d|noon|midday)", re.IGNORECASE)
#: words that end a name written in lower case: approximations ("typ 10"), the words for where one is staying
_NOT_NAME = {"verso", "vers", "typ", "approx", "ca", "circa", "hacia", "sobre", "omkring", "ungefär", "noin", "etwa",
             "gegen", "ongeveer", "rond", "environ", "cerca", "hotel", "hostel", "home", "apartment", "flat", "airbnb",
             "beginning", "sharp", "pls", "please", "lol",
             "ist", "sind", "är",  # "im Bayerischen Hof ist um 16:15 vorbei": the verb after a name is none of it
             # "Audition ends at noon": what ends, starts or leaves at a time is no place
             "ends", "starts", "begins", "finishes", "wraps", "opens", "closes", "leaves", "departs", "arrives",
             "lands",
             "kotona", "kotiin", "hemma", "zuhause", "thuis"}  # "Kotona pitää olla puoli kahdelta": home is no name
#: lower-case nouns that close a place name written before them ("sydenham station", "enmore road")
_HEAD_WORDS = set(POST_NOUNS) | {"station", "square", "street", "road", "avenue", "lane", "parade", "bridge", "park",
                                 "gate", "tower", "market", "metro", "church", "cathedral", "chapel", "palace", "hall",
                                 "mall", "garden", "gardens", "quay", "pier", "terminal", "harbour", "harbor"}


_THE = re.compile(r"the\s+", re.IGNORECASE)
#: a stop noun in lower case, then the name of the stop ("fermata 23rd Street", "métro Rambuteau")
_STOP_THEN_NAME = re.compile(r"(?:the\s+)?(?:" + "|".join(sorted(STOP_NOUNS)) + r")\s+"
                             r"(?:(?:da|do|de|di|del|della|du|des)\s+|d')?(?=[A-ZÀ-Ý0-9])")


def _name_after_stop(text: str, start: int) -> tuple[int, str | None]:
    """The name after a stop noun written in lower case at ``start`` ("be at fermata 23rd Street" -> "23rd
    Street") and where it begins; ``(start, None)`` when there is none."""
    m = _STOP_THEN_NAME.match(text, start)
    name = capitalised_phrase(text, m.end()) if m else None
    return (m.end(), name) if name else (start, None)


#: a kind of place in lower case, then the name of the one meant ("from the library of Centre Pompidou", "de la
#: bibliothèque du Centre Pompidou", "salgo de la biblioteca Enoch Pratt", "du marché de la Condamine")
_KIND_OF = re.compile(r"(?:(?:the|la|le|el|il)\s+|l')?([^\W\d_]+)\s+(?:(?:of|du|de|des|di|del|della|da|do)\s+)?"
                      r"(?:(?:the|la|le|el|il)\s+|l')?(?=(?-i:[A-ZÀ-Ý]))", re.IGNORECASE)


def _name_after_kind(text: str, start: int) -> str | None:
    """The name after a kind of place written in lower case at ``start`` ("the library of Centre Pompidou" ->
    "Centre Pompidou"); ``None`` when there is none."""
    m = _KIND_OF.match(text, start)
    return capitalised_phrase(text, m.end()) if m and m.group(1).lower() in LEX_MAP else None


def _longer_on_map(p: Prompt, at: int, name: str | None) -> str | None:
    """The longest name the map holds, in any case, that begins at ``at`` when it is longer than ``name`` read
    there ("mairie du 3e" for "mairie": its number is a word of the name), as written; ``name`` otherwise."""
    runs = getattr(p.known, "names_any_case", None)
    if runs is None:
        return name
    said = next((p.text[at + a:at + b] for a, b, _ in runs(p.text[at:at + 60]) if a == 0), None)
    return said if said and len(said) > len(name or "") else name


def _lower_name_at(text: str, start: int) -> tuple[int, str | None]:
    """Where a lower-case name after ``start`` begins (past a leading 'the') and the name; a stop noun with the
    name after it ("Départ : station 14th Street")."""
    at, name = _name_after_stop(text, start)
    if name:
        return start, text[start:at + len(name)]
    m = _THE.match(text, start)
    at = m.end() if m else start
    return at, lower_case_name(text, at)


def lower_case_name(text: str, start: int) -> str | None:
    """A name written in lower case at ``start``: up to three words that are no English, cue, lexicon or
    function word of a language read (name particles between them are free), and a place noun after them."""
    words: list[str] = []
    for m in re.finditer(r"[^\s,;.!?()]+", text[start:]):
        if m.start() > 0 and (text[start + m.start() - 1] not in " \t" or text[start + m.start() - 2] in ".,;!?"):
            break  # the name ends with its clause
        w = m.group(0).lower()
        if not words and (w in PLACE_NOUNS or w in _STREET_WORDS):
            words.append(m.group(0))  # "place d'armes", "praça nova", "avenue Trudaine"
            continue
        if words and w in _HEAD_WORDS:
            words.append(m.group(0))  # "sydenham station", "tillman park", "helsinki central station"
            continue
        if words and words[-1].lower() in _HEAD_WORDS and (len(words) > 1 or words[0].lower() not in PLACE_NOUNS
                                                           and words[0].lower() not in _STREET_WORDS):
            break  # "tillman park" ends with its noun; "bahnhof krems", "praça nova" go on after it
        if words and w in PARTICLES and w not in ("and", "&", "-", "i", "e", "y", "og", "och"):
            words.append(m.group(0))  # "casa de la vall"
            continue
        if (not re.fullmatch(r"(?:[dl]')?[^\W\d_]+", w) or w in _LOCATIVE_WORDS or w in STOPWORDS_EN or w in LEX_MAP or w in _CUE_WORDS
                or w in _NOT_NAME or w in ALL_FUNCTION_WORDS or sum(x.lower() not in PARTICLES for x in words) == 3):
            break
        words.append(m.group(0))
    while words and words[-1].lower() in PARTICLES:
        words.pop()
    return " ".join(words) if words and max(len(w) for w in words) >= 4 else None


#: a meeting place, as the language stage writes "vi ses på", "nos vemos en", "on se retrouve au", "ci vediamo a";
#: whom one meets and when may come between ("meet me at X by noon", "Meeting friends at X at 4pm", "Rendez-vous à 11h
#: au X")
_MEET = re.compile(r"\bmeet(?:ing)?\s+(?:(?:me|us|you|him|her|them|friends|the others|my \w+|our \w+)\s+)?"
                   r"(?:at\s+\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s+)?at\s+", re.IGNORECASE)


def _after_start(text: str) -> bool:
    """Whether the start is named by a cue that is no meeting ("Du kliver av vid X ... Vi ses på Y kl 18", "wir
    starten um 10 am X ... wir sehen uns am Y": a meeting after it is where the trip ends); a meeting that comes
    first is the start ("Nos vemos en X a la una")."""
    cues = sorted([*PLACE_CUE_START.finditer(text), *PLACE_CUE_FROM.finditer(text), *_TIMED_START.finditer(text)],
                  key=lambda m: m.end())
    first = next((m for m in cues if capitalised_phrase(text, m.end())), None)
    return first is not None and not _MEET.search(first.group(0))


#: having to be at a place, in Finnish ("mun pitää olla Kampin kappelilla", "pitää olla stockholms södralla"): the
#: name, said with the ending of being at it, is where the trip ends
_MUST_BE_FI = re.compile(r"\b(?:pitää|pitäis|pitäisi|täytyy|tarttee)\s+olla\s+(?=((?:[^\W\d_]+\s+){0,2}?[^\W\d_]+"
                         r"(?:lla|llä|ssa|ssä))\b)", re.IGNORECASE)


def _must_be_name(m: re.Match) -> str | None:
    """The name a Finnish "pitää olla" is said with, when none of its words is a small or English word ("takaisin
    hotellilla" is "back at the hotel")."""
    words = m.group(1).lower().split()
    return None if any(w in STOPWORDS_EN or w in ALL_FUNCTION_WORDS for w in words) else m.group(1)


#: the airport said as where one comes from ("from the airport", "vom Flughafen", "de l'aéroport")
_AIRPORT = re.compile(r"\s*(?:the |der |dem |l'|el |la |o |il |de |het )?(?:" + _AIRPORT_WORDS + r")\b", re.IGNORECASE)


#: the way from one named place to another, as one asks for a route ("get from Tillman Park to the Red Rattler",
#: "do Parque do Sóter até o Parque Estadual do Prosa", "från Mariatorget till Repslagarparken"): the second is the end
_NAME = (r"(?-i:[A-ZÀ-Ý])[\w'’.-]*"
         r"(?:\s+(?:(?:of|de|du|der|da|do|dos|das|des|del|di|la|le|the)\s+)?(?-i:[A-ZÀ-Ý])[\w'’.-]*){0,5}")
_FROM_TO = re.compile(r"\b(?:from|do|da|du|de la|del|vom|från)\s+(?:the\s+|la\s+|le\s+|l')?" + _NAME +
                      r"\s+(?:to|till|until|bis|à|até|al|naar|zum|zur)\s+(?:the\s+|o\s+|a\s+|la\s+|le\s+|el\s+|"
                      r"den\s+|dem\s+)?(?=(?-i:[A-ZÀ-Ý]))", re.IGNORECASE)
#: a word that goes on from a place to the next visit
_GOES_ON = re.compile(r"\b(?:then|after that|afterwards|and after)\b")


def _route_end(p: Prompt):
    """Each :data:`_FROM_TO` match whose sentence does not go on from its end place to another visit, in a prompt
    that does not come back ("from Marienplatz to the Hofgarten ..., back by 12": a round trip)."""
    for m in _FROM_TO.finditer(p.text) if not _BACK.search(p.low) else ():
        if not _GOES_ON.search(p.low, m.end(), sentence_bounds(p.low, m.end())[1]):
            yield m


def _end_place(p: Prompt) -> tuple[str | None, int]:
    """The end place named after an end cue ("back at", "my ferry leaves from") and where it begins."""
    # the first start cue that names a place is the start's; a later one may name the end ("and be at X by 11")
    ends = {m.end() for m in PLACE_CUE_END.finditer(p.text)}  # "my train leaves from X" names the end
    cues = sorted([*PLACE_CUE_START.finditer(p.text), *(m for m in PLACE_CUE_FROM.finditer(p.text) if m.end() not in ends)],
                  key=lambda m: m.end())
    # the airport one comes in from is outside the city ("in from the airport, I'll be at Marienplatz at 11")
    starts = {next((m.end() for m in cues if capitalised_phrase(p.text, m.end()) or (
        _lower_name_at(p.text, m.end())[1] and not _AIRPORT.match(p.text, m.end()))), -1)}
    starts |= {m.end() for m in _WE_GET_TO.finditer(p.text) if _arrival_at(p.text, m.end())}  # "we get to X at 10"
    # "then head down to Port Hercule, need to be there by 5"
    cues = [PLACE_CUE_END, _END_LABEL, _END_AT_KIND, _END_WORD_NAME, _MUST_BE_FI] + \
        ([_HEAD_TO] if _THERE_BY.search(p.low) else []) + \
        ([_NAME_BY] if p.lang != "de" else []) + \
        ([_MEET] if _after_start(p.text) else []) + [_BY_THEN_AT, _BEFORE_HEADING, _RIDE_FROM] + \
        ([_AT_TIME_LAST] if _PLACE_CUE_OPENS.match(p.text) else []) + [_THEY_LIVE, _FROM_TO]  # "Vi ses på X kl 18"
    for cue in cues:
        for m in cue.finditer(p.text) if cue is not _FROM_TO else _route_end(p):
            ph = _must_be_name(m) if cue is _MUST_BE_FI else capitalised_phrase(p.text, m.end())
            if ph and cue is _FROM_TO and p.known is not None:  # "zum Bauernberg Start um acht": the name only
                ph = _known_part(p.text, ph, m.end(), (m.end(), m.end() + len(ph)), p.known)[0]
            # "Vi ses på X kl 18"; "mein Zug um 18 Uhr vom Bahnhof": a ride at a time, no start
            ride_at = cue is _RIDE_FROM and re.search(r"\d", m.group(0))
            if ph and (m.end() not in starts or cue is _MEET or ride_at):
                _mask_name(p, ph, m.end())
                return ph, m.end()
    # written in lower case: "need to be at marrickville metro by 1", "walk to the ateneum, get there by three"
    for m in (*PLACE_CUE_END.finditer(p.text), *(_HEAD_TO.finditer(p.text) if _THERE_BY.search(p.low) else ()),
              *_THEY_LIVE.finditer(p.text)):
        at, ph = _name_after_stop(p.text, m.end())
        at, ph = (at, ph) if ph else _lower_name_at(p.text, m.end())
        if ph and m.end() not in starts:
            p.mask(at, at + len(ph))
            return ph, m.end()
    return None, -2
