"""Times: the trip day, clock times (start, deadline), durations and time limits."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache

from nco.errors import InputError
from nco.planner.offline import reader
from nco.planner.offline.clock import UNITS
from nco.planner.offline.lexicon import (
    BUDGET_WORDS,
    DAYPART_RE,
    DAYS,
    DEADLINE_CUES,
    DUR_RE,
    HOUR_WORDS,
    LEX_MAP,
    LEX_RE,
    LIMIT_AFTER,
    LIMIT_BEFORE,
    NUM_WORDS,
    START_CUES,
    THERE_WORDS,
    TIME_FOR_A_MEAL,
    TIME_RE,
    TIME_TO_VISIT,
    UNTIL_WORDS,
    VEHICLES,
)
from nco.planner.offline.text import Prompt, clause_of, sentence_bounds

_DATE_RE = re.compile(
    r"\b(the day after tomorrow|tomorrow|today|tonight|this (?:morning|afternoon|evening)|"
    r"(?:on |this |next |coming )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    r"(?:on )?(?:the )?\d{1,2}(?:st|nd|rd|th)?(?: of)? (?:january|february|march|april|may|june|july|"
    r"august|september|october|november|december)|(?:on )?(?:january|february|march|april|may|june|july|"
    r"august|september|october|november|december) \d{1,2}(?:st|nd|rd|th)?|\d{4}-\d{2}-\d{2})\b")
#: a meal or event word just before a clock time: the time is when it happens, not the trip's start or end
_EVENT_BEFORE = re.compile(r"\b(before|after|for)\s+(?:the |my |our |a |an )?(?:\w+\s+){0,2}?"
                           r"(lunch|dinner|supper|breakfast|brunch|show|concert|opera|play|performance|game|match|"
                           r"reservation|booking)\s+(?:is\s+)?(?:at|around|from)?\s*$"
                           # "the film starts at 8", "das Konzert beginnt um 7", "la séance commence à 20h"
                           r"|\b(?:film|movie|show|concert|gig|game|match|performance|play|screening|mass|service|"
                           r"séance|konzert|vorstellung|spiel|messe|gottesdienst|concierto|función|partido|misa|"
                           r"concerto|filme|sessão|jogo|missa|spettacolo|partita|konsert|föreställning|konsertti|"
                           r"näytös|voorstelling|wedstrijd|guard)\s+(?:starts|begins|is|è|est|es|é|ist|är|on|fängt|beginnt|commence|empieza|"
                           r"comienza|começa|inizia|comincia|börjar|alkaa|begint)\s+(?:at|around|from)?\s*$")
#: arriving somewhere before a clock time: the time is the start ("getting off the train at X around 11am")
_ARRIVAL = re.compile(r"\b(?:get(?:ting)? off|got off|off (?:the |a |my )?(?:train|bus|boat|ship|ferry|plane|cruise|"
                      r"tram|coach)|land(?:ing)?|arriv(?:e|es|ing)|(?:coming|comes|gets|get|getting) in|pull(?:s|ing)? in)\b"
                      r"(?:\s+[\w']+){0,6}?\s+(?:at|around|about|by)\s*$"
                      # "we get to Monaco station at twenty to eleven": one says it of oneself, not "need to get to"
                      r"|\b(?:i|we|i'll|we'll)\s+(?:get|got|reach|will get|will reach)\s+(?:to\s+)?(?:[\w']+\s+){1,5}?"
                      r"(?:at|around|about)\s*$"
                      r"|\b(?:i'll|we'll|i will|we will)\s+be\s+there\s+(?:at|around|about|by)\s*$")
#: words right after a clock time that make it the end ("om 2 uur terug", "at 3 i must be at the station", "um 18 Uhr
#: müssen wir am X sein", "um 14 Uhr bin ich im X": the subject after the verb, left out; "kympiltä pitää olla X:llä",
#: "puol yheltätoista mun pitää olla X:ssä": the same in Finnish)
_END_AFTER = re.compile(r"[ \t]*(?:back|done|home|finished|wieder|(?:(?:i|we) )?(?:must|need to|have to|want to|should) be "
                        r"(?:back|at|in)\b|(?:i'?m|i am|we'?re|we are) (?:at|in)\b|"
                        r"(?:(?:minun|meidän|mun|meiän) )?(?:pitää|täytyy) olla\b)")
#: words after "leave" that make the time a deadline ("my ferry leaves at 3pm")
_VEHICLE = r"(?:train|ferry|flight|bus|boat|ship|plane|coach|water taxi)"


#: a means of transport leaving, in the languages read: the clock time after it is when the trip must end ("mein
#: Anschluss geht 15:12", "le TGV part à 19h04", "la nave riparte alle 17")
_DEPARTING = re.compile(r"\b" + VEHICLES + r"\b[^.;!?,]{0,60}?\b(?:leaves|departs|goes|sails|part|repart|sale|sai|surt|"
                        r"parte|riparte|fährt|geht|går|avgår|lähtee|vertrekt|gaat|(?:is|est|es|é|è|ist|är)(?: at)?)"
                        r"\b(?:\s+[^\s.;!?]+){0,5}?\s*(?:at|around|um|à|a las|às|alle|a les|kl\.?|klo|om)?\s*$"
                        # one's own ride at a time ("Ho il volo alle 20", "I have a train at 6", "my flight at 9")
                        r"|\b(?:i have|we have|i've got|we've got|i'?ve|my|our)\s+(?:[^\s.;!?,]+\s+)?" + VEHICLES +
                        r"(?:\s+(?:back|home|out|[^\s.;!?,]+)){0,3}?\s+(?:at|around)\s*$")
#: catching a means of transport, said of oneself, in the languages read ("I take the S-Bahn from Stachus at 4", "je
#: reprends le métro à Rambuteau à 15h", "tar pendeln från Södra 17.40", "wir nehmen um 16:30 den Pendelzug"): when
#: the trip must end; the means of transport said before the clock time or right after it
_TAKING = (r"(?:take|taking|catch|catching|get|getting|hop on|board|boarding|order|call|book|pido|pedimos|peço|pedimos|"
           r"commande|appelle|bestelle|bestellen|chiamo|beställer|tilaan|bestel|nehme|nehmen|prends|prendre|reprends|"
           r"reprendre|tomo|tomamos|tomar|cojo|cogemos|apanho|apanhamos|pego|pegamos|prendo|prendiamo|riprendo|agafo|"
           r"agafem|tar|tar jag|tar vi|otan|otamme|hyppään|hypätään|neem|nemen|pak|pakken)")
_BOARDING = re.compile(r"\b" + _TAKING + r"\b[^.;!?]{0,40}?\b" + VEHICLES + r"\b[^.;!?]{0,50}$|\b" + VEHICLES +
                       r"\b[^.;!?]{0,20}?\b" + _TAKING + r"\b[^.;!?]{0,50}$")
#: oneself being somewhere, said right after a clock time, in the languages read ("um 10 bin ich am X", "at 2:20 we're
#: there"), and the words for "there"
_BEING_SAID = (r"\s+(?:uhr\s+)?(?:bin ich|sind wir|i'?m|we'?re|je suis|on est|on y est|estoy|estamos|estou|sono|siamo|"
               r"är jag|är vi|olen|olemme|ben ik|zijn we)\s+(?:already\s+|then\s+|dann\s+|schon\s+)?")
_THERE = r"(?:" + THERE_WORDS + r"|da|er)"
_BEING_AFTER = re.compile(_BEING_SAID + r"(?:at|in|à|en|em|na|no|a|vid|på|" + _THERE + r")\b")
#: being there, said right after a clock time, the place said before ("fahren mit dem Zug zur Penn Station, um 14:20
#: sind wir da", "at 2:20 we're there"): the start
_THERE_AFTER = re.compile(_BEING_SAID + _THERE + r"\b")
_TAKING_BEFORE = re.compile(r"\b" + _TAKING + r"\s+(?:(?:wir|ich|we|jag|vi|je|on|nous)\s+)?"
                            r"(?:(?:at|um|à|a las|às|alle|a les|kl\.?|klo|om)\s+)?$")
_TAKING_AFTER = re.compile(r"\s+" + _TAKING + r"\b")
_VEHICLE_AFTER = re.compile(r"\s+(?:" + _TAKING + r"\s+(?:(?:wir|ich|we|i|jag|vi|je|on|nous)\s+)?)?"
                            r"(?:(?:the|den|le|la|el|o|il|de|het)\s+)?" + VEHICLES + r"\b")


def _departing(p: Prompt, before_text: str, b: int) -> bool:
    """Whether the clock time ending at ``b`` is when one's means of transport leaves or is caught."""
    return _DEPARTING.search(before_text) is not None or _BOARDING.search(before_text) is not None or \
        (_TAKING_BEFORE.search(before_text) is not None or _TAKING_AFTER.match(p.low, b) is not None) \
        and _VEHICLE_AFTER.match(p.low, b) is not None


#: arriving, said of oneself or of one's means of transport, in the languages read, before a clock time: the
#: start, unless a later arrival follows it ("je suis à République à 10h15", "ich bin 12:20 am X", "är där runt 9.30",
#: "Tåget kommer in till Södra 10.24", "llego a la estación a las 9:40")
_ARRIVING = re.compile(
    r"\b(?:(?:i'?m|we'?re|i am|we are|bin|ich bin|wir sind|sind wir|bin ich|je suis|j'y suis|on est|on y est|"
    r"nous sommes|estoy|estamos|estou|sono|siamo|sóc|som|jag är|vi är|är|olen|olemme|ik ben|ben ik|we zijn|zijn we|"
    r"står|sitter|istun|seison|i'm standing|i'm sitting|je quitte|nous quittons|on quitte|i checked out of|"
    r"we checked out of|checking out of|check out of|i leave|we leave|salgo del|saio do|saio da|lascio|lämnar|lähden)"
    r"(?:\s+(?:already|then|ya|já|déjà|schon|dann|so|redan|jo|al|just|only))*"
    r"|(?:arrive|arrives|arriving|arrivée|arrivo|arriva|arribo|ankunft|ankomst|aankomst|llego|llegamos|llega|chego|"
    r"get off|gets off|got off|getting off|me bajo|nos bajamos|desço|desci|descemos|scendo|scendiamo|je descends|"
    r"kliver av|nousen|stap uit|stappen uit|"
    r"chegamos|chega|kommer|saavun|saapuu|landed|landet|landar|aterrizó|aterrei|atterri|atterrato|atterro))"
    r"(?:\s+[^\s.,;!?]+){0,8}?\s*(?:at|around|about|by|vers|hacia|sobre|verso|runt|noin|rond|tegen|gegen|um|à|"
    r"a las|às|alle|a les|kl\.?|klo)?\s*$")


#: the ride back at a clock time, with no verb ("train back at 4:15pm", "Zug zurück um 15:00"): the deadline
#: "Train out of Penn Station at 5:40", "my flight from X at 9pm": a departure, when the trip ends
_VEHICLE_OUT = re.compile(r"\b" + _VEHICLE + r"\s+(?:out of|from)\s+(?:[\w'.-]+\s+){0,5}?(?:at|around)\s*$")
_VEHICLE_BACK = re.compile(r"\b" + _VEHICLE + r"\s+back(?:\s+home)?\s+(?:is\s+)?(?:at|around|about)\s*$")


#: the time of day said as the present ("it's only 7:30am", "es ist halb acht", "il est déjà 10h", "son las 9",
#: "klockan är 8", "het is pas 9"): when the trip can begin at the earliest, never its end
_NOW_BEFORE = re.compile(r"(?:\bit(?:'s| is)|\bes ist|\bil est|\bson las|\bes la|\bsão|\bsono le|\bklockan är|"
                         r"\bdet är|\bhet is|\bthe is|\bsón les|\bés la|\bkello on|\bnyt on)\s+"
                         r"(?:(?:already|only|just|now|ja|erst|schon|seulement|déjà|ya|já|solo|só|già|appena|redan|"
                         r"bara|pas|al|nu|només|vasta|jo|nyt|still)\s+)*$")


@dataclass
class Times:
    """The times read from a prompt (minutes after midnight)."""

    date: dt.date | None = None
    start: int | None = None
    deadline: int | None = None
    limit: int | None = None
    deadline_at: int | None = None  # where the deadline is said
    read_as_clock: list[tuple[int, int]] = field(default_factory=list)  # short hours read as clock times ("14h")
    learned_deadline: bool = False  # the deadline is the learned reader's (nco.planner.offline.reader)
    start_at: int | None = None  # where the start is said
    start_arrives: bool = False  # the start said as arriving or being somewhere ("je suis à République à 15h")
    start_free: bool = False  # the start said as when what one is busy with ends ("Physio at Sydenham ends at 12:30")
    departs_at: int | None = None  # where one's train, bus or flight that sets the deadline is said to leave

    @property
    def span(self) -> int | None:
        """The minutes the trip has by the times said: the time limit, else the start to the deadline, else
        ``None``."""
        if self.limit is not None:
            return self.limit
        return self.deadline - self.start if self.start is not None and self.deadline is not None else None

    @property
    def end(self) -> int | None:
        """When the trip must end: the deadline, else the start and the time limit, else ``None``."""
        if self.deadline is not None:
            return self.deadline
        return self.start + self.limit if self.start is not None and self.limit is not None else None


def fmt(v: int) -> str:
    """``HH:MM`` of minutes after midnight (at most 23:59)."""
    v = min(int(v), 24 * 60 - 1)
    return f"{v // 60:02d}:{v % 60:02d}"


#: words of a day that are something else in a phrase: "am Morgen" (in the morning), "por la mañana", "a segunda
#: vez" (the second time); Portuguese weekdays but Saturday and Sunday are read with "-feira" or after "na"/"no"
#: (which the earlier stages leave as "the")
_NOT_A_DAY = re.compile(r"(?:\b(?:am|heute|jeden|guten|den|dem|der|la|esta|de|por|cada|toda)\s+(?:morgen|mañana)"
                        r"|(?<!\bna\s)(?<!\bno\s)(?<!\bthe\s)\b(?:segunda|terça|quarta|quinta|sexta)\b(?!-feira))$")


@lru_cache(maxsize=16)
def _day_pattern(lang: str) -> re.Pattern | None:
    """The days of :data:`DAYS` in ``lang``, with the ending Finnish ("lauantaina") or Portuguese ("sexta-feira")
    may give them; ``None`` for a language with none listed (English: :data:`_DATE_RE`)."""
    words = DAYS.get(lang, "").split()
    if not words:
        return None
    ending = "(?:na|nä)?" if lang == "fi" else "(?:-feira)?" if lang == "pt" else ""
    return re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, sorted(words, key=len, reverse=True))) + ")" + ending +
                      r"(?![\w-])")


def _local_day(p: Prompt) -> re.Match | None:
    """The first day of the week, today or tomorrow said in the prompt's own language ("am Samstag", "samedi",
    "na sexta", "lauantaina"), not a word that means something else there ("am Morgen", "a segunda vez")."""
    pat = _day_pattern(p.lang)
    return next((m for m in pat.finditer(p.low) if not _NOT_A_DAY.search(p.low[max(0, m.start() - 12):m.end()])),
                None) if pat else None


def read_date(p: Prompt, today: dt.date) -> dt.date | None:
    """The trip day ("tomorrow", "on Saturday", "2025-06-14", "am Samstag", "demain"), masked once read."""
    dm = _DATE_RE.search(p.low)
    local = _local_day(p) if not dm else None
    if not dm and not local:
        return None
    phrase, lang = (dm.group(1), "en") if dm else (local.group(1), {"no": "nb"}.get(p.lang, p.lang))
    p.mask(*(dm or local).span())
    if phrase == "tonight" or phrase.startswith(("this m", "this a", "this e")):
        return today
    import dateparser  # 0.3 s of imports, only for prompts that name a day

    base = dt.datetime.combine(today, dt.time(12))
    parsed = dateparser.parse(phrase.replace("coming ", ""), languages=[lang],
                              settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "future"})
    return parsed.date() if parsed else None


def _clock(h: int, m: int, ap: str | None) -> int:
    ap = (ap or "").replace(".", "")
    if ap == "pm" and h < 12:
        h += 12
    if ap == "am" and h == 12:
        h = 0
    return h * 60 + m


def _hour_value(tok: str) -> int:
    return int(tok) if tok.isdigit() else HOUR_WORDS[tok]


def _time_value(m: re.Match) -> tuple[int, bool] | None:
    """Minutes and ambiguity (no am/pm) of one :data:`TIME_RE` match; ``None`` to skip it."""
    if m.group("noon"):
        return (24 * 60 - 1 if m.group("noon") == "midnight" else 12 * 60), False
    if m.group("half"):
        return _hour_value(m.group("hh")) * 60 + 30, True
    if m.group("q"):
        h = _hour_value(m.group("qh"))
        return ((h * 60 + 15) if m.group("qd") == "past" else (h * 60 - 15)), True
    if m.group("h") is not None:
        h, mm = int(m.group("h")), int(m.group("m") or 0)
        if h > 12 or mm > 59:
            raise InputError(f"impossible time {m.group(0).strip()!r}: hours run 1-12 with am/pm, minutes 00-59")
        return _clock(h, mm, m.group("ap")), False
    if m.group("h24") is not None:
        h, mm = int(m.group("h24")), int(m.group("m24"))
        if (h, mm) == (24, 0):
            return 24 * 60, False  # midnight at the end of the day
        if h > 23 or mm > 59:
            raise InputError(f"impossible time {m.group(0).strip()!r}: hours run 00-23, minutes 00-59")
        return h * 60 + mm, 1 <= h <= 12 and not m.group("h24").startswith("0")
    if m.group("ocl"):
        return _hour_value(m.group("ocl")) * 60, True
    h = _hour_value(m.group("bare"))
    if h > 23:
        return None
    return h * 60, h <= 12


#: an amount of hours that is a time budget, not a clock time ("3h max", "2h30 total")
_BUDGET_AFTER = re.compile(r"\s*" + BUDGET_WORDS)


#: a prompt about the morning: an hour from 5 to 7 without am or pm is early, not in the evening
_MORNING = re.compile(r"\b(?:this|tomorrow|in the|early|sunday|saturday) morning\b|"
                      r"\bmorning (?:walk|run|stroll|loop|jog|hike|swim|round|routine|errands)\b")


def find_times(low: str) -> list[tuple[int, int, int, bool]]:
    """``(start, end, minutes, ambiguous)`` of clock times in ``low``."""
    out = []
    for m in TIME_RE.finditer(low):
        got = _time_value(m)
        if got is None or (_BUDGET_AFTER.match(low, m.end()) and re.search(r"\dh(?:\d\d)?$", m.group(0))):
            continue
        v, amb = got
        if amb and not (m.group("h24") and v // 60 >= 8):
            h = v // 60
            dp = DAYPART_RE.match(low[m.end():])
            if (dp and "morning" not in dp.group(0) and h < 12) or (not dp and 1 <= h <= 7 and not (
                    h >= 5 and _MORNING.search(low))):
                v += 12 * 60
        s0 = m.start("bare") if m.group("bare") else m.start()
        out.append((s0, m.end(), v % (24 * 60) if v < 24 * 60 else 24 * 60 - 1, amb))
    return out


def masked_before(low: str, a: int, times, i: int) -> str:
    """Text between the previous clock time (or sentence start) and position ``a``."""
    s0, _ = sentence_bounds(low, a)
    prev_end = max([t[1] for t in times[:i]] + [s0])
    return low[prev_end:a]


#: what one is busy with until the trip begins ("night class ends at 10pm, I'll leave right after", "my shift is
#: over at 3", "Seminar an der Uni aus um 11"): its end is the start
_FREE_AFTER = re.compile(r"\b(?:class|classes|meeting|meetings|work|shift|school|conference|lecture|appointment|session|"
                         r"course|exam|training|practice|rehearsal|mass|service|vorlesung|seminar|kurs|schicht|schule|arbeit)"
                         r"(?:\s+(?:at|in|an|am|im)\s+[^.;!?,]{1,30}?)?\s+(?:ends?|finish(?:es)?|(?:is |are )?over|aus|vorbei|"
                         r"(?:is |are )?done|gets? out|lets? out|ends up|wraps? up)\s+(?:at|around|about)\s*$")

#: an appointment that opens a clause, said to last until a time ("Termin bis 15:30 an der FH, dann Zeit bis ...",
#: "Meeting till 2pm, then free", "I have meetings until 4"): the trip starts when it is over
_BUSY_UNTIL = re.compile(r"(?:^\s*|[.,;:!?]\s*)(?:(?:i|we)\s+(?:have|have got|'ve got|got)\s+)?"
                         r"(?:(?:my|our|mein|meine|the)\s+)?"
                         r"(?:termin|termine|meeting|meetings|appointment|appointments|class|classes|conference|lecture|"
                         r"lectures|seminar|shift|work|calls|sitzung|besprechung|besprechungen|réunion|réunions|cours|"
                         r"reunión|reuniones|clases|reunião|reuniões|aulas|riunione|riunioni|lezione|lezioni|"
                         r"vergadering|vergaderingen|möte|möten|kokous|kokouksia)\s+(?:until|till|by)\s*$")


#: a show said with its time ("Concert at Rams Head Live, doors at 8pm"), and a visit said later to be before it
_SHOW = r"(?:show|concert|gig|set|game|match|movie|film|play|performance|opera|theatre|jazz|doors|kick-?off|trivia)"
_SHOW_SAID = re.compile(r"\b" + _SHOW + r"\b[^.;!?]*$")
_BEFORE_THE_SHOW = re.compile(r"\bbefore\s+(?:the|my|our)\s+(?:\w+\s+)?" + _SHOW + r"\b")


def _before_the_show(low: str, at: int) -> bool:
    """Whether the clock time at ``at`` is a show's, said before the start, and a visit is said later to come
    before that show: where the trip ends ("Concert at X, doors at 8pm. Leaving the hotel at 6 ... a drink before
    the show")."""
    s0, _ = sentence_bounds(low, at)
    return bool(_SHOW_SAID.search(low, s0, at)) and bool(_BEFORE_THE_SHOW.search(low, at))


#: a sentence that opens with going to an event at a time, before the start is said ("Heading to a gig at X at 8pm.
#: Leaving Y at 6", "Going to a BBQ on Z at 6. I'm at W from 4:30", "on va à un concert à 20h"): the end
_GOING_TO = re.compile(r"(?:^|[.!?;]\s*)(?:(?:i'?m|we'?re|i am|we are)\s+)?(?:heading|headed|going|off|on va|vamos)\s+"
                       r"(?:to|à|a)\s+[^.;!?]*$")


#: coming home or back for a meal at a time ("home for lunch at 12", "Hemma till lunch kl 12", "je rentre déjeuner à
#: midi"): the end of the trip, not the time of a visit
_HOME_FOR_MEAL = re.compile(r"\b(?:home|back|hemma|rentre|rentrons)\s+(?:for\s+)?(?:lunch|dinner|supper)\s+"
                            r"(?:at|around|by)\s*$")


#: a clock time said as the name of an event ("it's the 6:30 showing", "before my 9:15 call", "for the 8pm gig"):
#: when the event happens, not when the trip starts or ends
_EVENT_NAMED = (re.compile(r"\b(?:the|my|our|his|her|their)\s+$"),
                re.compile(r"\s*(?:showing|show|screening|movie|film|gig|concert|performance|call|class|lecture|game|match)\b"))


#: being at the start place until a time ("I'm at the library until noon, then lunch", "jag är i X fram till kl 11"):
#: the trip starts when one leaves it
_AT_UNTIL = re.compile(r"\b(?:i'?m|i am|we'?re|we are)\s+(?:at|in)\s+[^.;!?,]+?\s+(?:until|till)\s+(?:at\s+)?$")


#: being back or ending up at a place, with what one does there, in the same clause as the time ("back at the church
#: for lunch, at 12", "end up at a bar in Fells Point around 6"), or the last stop said with its time ("as many
#: bars as possible, last stop at 2am"): the time is the end, not the visit's
_END_CLAUSE = re.compile(r"\blast stop\s+(?:at|by|around)\s*$|"
                         r"\b(?:back|end(?:ing)? up|finish(?:ing)?)\s+(?:at|in|to)\s+(?![^.;!?]*\b(?:then|and|after|before)\b)"
                         r"[^.;!?]*$")


def _busy_then_back(t: Times) -> None:
    """Read the deadline said first and earlier than the start said after it as the start, and that start as the
    deadline: the end of what one is busy with, then where one must be again ("Frühdienst bis 13 Uhr, um 15 Uhr
    Teambesprechung"; "reunión hasta las 10:00 y a las 16:00 debo volver")."""
    if None in (t.start, t.deadline, t.start_at, t.deadline_at) or t.limit is not None:
        return
    if t.deadline < t.start and t.deadline_at < t.start_at:
        t.start, t.deadline, t.start_at, t.deadline_at = t.deadline, t.start, t.deadline_at, t.start_at


#: something said to end at a time as a sentence opens ("The wedding brunch at X ends at 11", "Audition ends at
#: noon"): what one is busy with, unless it is the trip itself ("the walk ends at 5", "we finish at 4")
_SOMETHING_ENDS = re.compile(r"(?:^\s*|[.,;!?]\s+)(?!(?:the\s+|my\s+|our\s+)?(?:trip|day|tour|walk|plan|outing|visit|"
                             r"route|loop|stroll|excursion|it|we|i|that|this|everything|all)\b)"
                             r"(?:[\w'’-]+\s+){1,6}?(?:ends?|wraps?(?:\s+up)?|is\s+over|finishes)"
                             r"(?:\s+(?:at|around|about))?\s*$")


def _busy_ends(before_text: str) -> bool:
    """Whether the clock time after ``before_text`` ends what one is busy with ("class ends at", "Meetings until")."""
    return bool(_FREE_AFTER.search(before_text) or _BUSY_UNTIL.search(before_text) or
                _SOMETHING_ENDS.search(before_text))


#: "got an hour for lunch from 12:30": the lunch break, whose time is when the trip starts
_MEAL_BREAK_FROM = re.compile(TIME_FOR_A_MEAL + r"(?:lunch|dinner|breakfast|brunch)(?:\s+break)?\s+from\s*$")
#: meeting somewhere said first in its sentence ("Meeting outside the Aquarium at 10", "We're meeting at X at 2pm"):
#: where and when the trip starts, not someone's meeting at the end
_MEETING_FIRST = re.compile(r"\s*(?:(?:we're|we are|we|we'll|we will)\s+)?(?:meeting|meet)\s+(?:up\s+)?"
                            r"(?:at|outside|in front of|by|near)\b")


def _time_kind(before_text: str) -> str | None:
    """``"start"``, ``"deadline"``, ``"task"`` or ``None`` from the words before a clock time."""
    if _busy_ends(before_text):
        return "start"
    if _END_CLAUSE.search(before_text) or _HOME_FOR_MEAL.search(before_text):
        return "deadline"
    if _MEAL_BREAK_FROM.search(before_text):
        return "start"
    if _EVENT_BEFORE.search(before_text):
        return "task"
    if _ARRIVAL.search(before_text) or _MEETING_FIRST.match(before_text):
        return "start"
    if re.search(_VEHICLE + r"\s+(?:back\s+(?:to\s+)?(?:[\w']+\s+){0,3}?)?(?:leaves|departs|goes|sails)\b", before_text) \
            or _VEHICLE_BACK.search(before_text) or _VEHICLE_OUT.search(before_text) or _DEPARTING.search(before_text):
        # "my bus back to Barcelona leaves from the same place at 5:30"
        return "deadline"
    if re.search(r"\b(leave|leaving|depart|departing|head out|set off|heading out)\s+(?:(?:[a-z']+\s+){0,3}?"
                 r"(?:at|around|about)|home(?:\s+(?:at|around|about))?)\s*$", before_text) and not re.search(
            # "leaving home 9am", "leaving home about half nine": no way home
            r"\b(need|have|must|got)\s+to\s+\w+\s+(?:[a-z']+\s+){0,3}?(?:at|around)\s*$", before_text):
        return "start"
    if _END_WORD.search(before_text):
        return "deadline"  # "tills 16", "vuelta 14h", "tornar 13h": the end words of notes in the languages read
    words = re.findall(r"[a-z']+", before_text)[-6:]
    for k in range(len(words) - 1, -1, -1):
        w = words[k]
        if w in DEADLINE_CUES:
            return "deadline"
        if w == "out" and k > 0 and words[k - 1] in ("eat", "eating", "dine", "dining", "check", "checking"):
            continue  # "eat out at ...", "check out at ...": no start
        if w in START_CUES and not (w == "head" and words[k + 1:k + 2] not in (["out"], ["off"], ["over"])):
            return "start"  # "head out at 6", not "Rams Head Live, doors at 8"
        if (w in LEX_MAP and w != "views") or w in ("eat", "eating", "dine", "dining"):
            return "task"  # "manger quelque chose de local à midi": when the meal is had
    return None


#: "at most", in the languages read ("max", "máx.", "höchstens")
_AT_MOST = r"max|máx|màx|maximum|maximal|höchstens|massimo|máximo|màxim"
#: a visit, then a word of at most before an amount of time, in one clause: the amount is how long that visit is
_VISIT_THEN_MAX = re.compile(r"(?:" + LEX_RE.pattern + r")[^.;:!?\d]{0,25}[,(–-]\s*(?:" + _AT_MOST
                             + r"|at most|tops)\.?\s*$")
#: being somewhere right before a clock time ("I'm at Odeonsplatz at 10:15", "je suis à République vers 10h15")
_BEING_BEFORE = re.compile(r"\b(?:i'm|i am|we're|we are|je suis|nous sommes|on est|ich bin|wir sind|estoy|estamos|"
                           r"estou|sono|siamo|jag är|vi är|olen|olemme|ik ben|we zijn)\s+"
                           r"(?:at|in|à|a|au|en|em|no|na|am|im|i|på|bij|op)?\s*[^.;!?]{0,40}$")
#: a visit said right after a clock time, in its clause ("at 18 a drink", "alle 20 cena", "um halb eins Mittagessen")
_VISIT_AFTER = re.compile(TIME_TO_VISIT + r"(?:" + LEX_RE.pattern + r")")


def _taken_over_later(p: Prompt, times, cued: list, i: int) -> bool:
    """Whether a clock time said after the ``i``-th ends the trip ("vid tre ... i Fatbursparken ... Kl 17 ska jag vara
    tillbaka"), or is a later visit's ("... Middag klockan sju"): the ``i``-th is then no end."""
    v = times[i][2]
    return any(cued[j] == "deadline" or _END_AFTER.match(p.low, b)
               or (w > v and (cued[j] == "task" or _VISIT_AFTER.match(p.mlow, b)))
               for j, (_a, b, w, _amb) in enumerate(times) if j > i)


#: a place's opening or closing time said before a clock time, in the languages read ("the museum opens at 10",
#: "que abre às 9", "il n'ouvre qu'à 14h", "before they shut at 11:30", "le marché ferme à 13h", "que tanca a les 5",
#: "før de stenger ved 18", "ennen kuin se menee kiinni kahdelta")
_HOURS_SAID = re.compile(
    r"\b(?:(?P<open>opens?|opening|ouvre(?:nt)?|öffne[tn]|abre[mn]?|apre|aprono|obre[n]?|öppnar|åpner|åbner|aukeaa|"
    r"avautuu|opent|otevírá|otwiera(?:ją)?)|closes?|closing|shuts?|ferme(?:nt)?|schlie(?:ß|ss)(?:t|en)|cierra[n]?|"
    r"fecha[m]?|chiude|chiudono|tanca[n]?|stänger|stenger|lukker|lukkes|sulkeutuu|kiinni|sluit(?:en)?|"
    r"zavírá(?:me|jí)?|zamyka(?:ją)?)(?:\s+(?:only|just|already|erst|vasta|först|solo|só|sólo))?"
    r"(?:\s+qu'|\s+que\s+)?\s*(?:at|around|about|by)?\s*$")
#: dancing or staying "until they close at 3": the end of the trip
_UNTIL_CLOSING = re.compile(r"\b(?:" + UNTIL_WORDS + r")\s+(?:\w+\s+){0,2}\w+\s*(?:at|around|about)?\s*$")


#: the words that open a sentence said before the end, in the languages read, once the end is said ("before that",
#: "until then", "bis dahin", "d'ici là", "antes disso", "hasta entonces", "innan dess", "før det", "sitä ennen")
_BEFORE_THAT = re.compile(r"\W*(?:before (?:that|then)|until then|till then|in the meantime|until entonces|"
                          r"hasta entonces|by dahin|bis dahin|d'ici là|avant (?:ça|cela)|até lá|"
                          r"antes (?:disso|de eso|de isso)|fino ad allora|prima di allora|innan dess|dessförinnan|"
                          r"før det|før da|inden da|indtil da|sitä ennen|siihen asti|daarvoor|tot dan|przedtem|"
                          r"do tego czasu|předtím|do té doby)\b")
#: picking someone up, in the languages read: a verb of fetching and a word for a child, a partner or a school in
#: the sentence ("pick up my son", "School pickup's", "den Paul vom Kindergarten abholen", "récupère ma fille",
#: "buscar a miúda ao colégio", "recoger a mi esposa", "hämta Elsa på förskolan", "henter datteren min")
_FETCH = re.compile(r"\b(?:pick(?:s|ing)? (?:up|\w+ up)|pickup|collect|fetch|abhol\w*|hol(?:e|en|t)|"
                    r"récup[eéè]r\w*|chercher|buscar|busco|buscamos|recoger|recojo|recogemos|recull\w*|prendere|"
                    r"hämta\w*|hent\w*|hae\w*|hakea|ophalen|haal|odebra\w*|odbier\w*|vyzved\w*)\b")
CHILD = re.compile(r"\b(?:kids?|child(?:ren)?|son|daughter|wife|husband|school|kindergarten|nursery|daycare|fille|"
                   r"fils|enfants?|école|crèche|garderie|miúd[ao]s?|filh[ao]s?|colégio|escola|creche|niñ[oa]s?|"
                   r"hij[oa]s?|espos[ao]|marido|escuela|colegio|guardería|campamento|nena?|nens|filla|"
                   r"bambin[io]|figli[oa]?|scuola|asilo|sohn|tochter|kinder|kind|kleinen?|schule|kita|hort|barnen?|"
                   r"sonen|dottern?|skolan|förskolan|fritids|datteren|sønn(?:en)?|barnehagen|skolen|poika|pojan|"
                   r"tytär|tyttären|lapse[nt]|päiväkodista|koulusta|zoon|dochter|kinderen|syna?|córk[aęi]|dzieci|"
                   r"szkoły|przedszkola|dcer[au]|děti|školy|školky)\b")


def picks_someone_up(low: str, at: int) -> bool:
    """Whether the sentence of the clock time at ``at`` says picking up a child, a partner or someone at school."""
    a, b = sentence_bounds(low, at)
    return _FETCH.search(low, a, b) is not None and CHILD.search(low, a, b) is not None


_MARKS = re.compile(r"[.!?;:\s]*")
_DIGIT = re.compile(r"\d")


def _before_that_follows(low: str, at: int) -> bool:
    """Whether the sentence after the one of the clock time at ``at`` opens with "before that" or "until then" and
    says a clock time of its own, the start ("D'ici là, départ 13h30"; not "Vorher Abendessen": a visit before)."""
    nxt = _MARKS.match(low, sentence_bounds(low, at)[1]).end()
    said = _BEFORE_THAT.match(low, nxt) is not None
    return said and _DIGIT.search(low, nxt, sentence_bounds(low, nxt)[1]) is not None


def read_times(p: Prompt, times_out: Times) -> None:
    """Start time and deadline from the clock times of the prompt (masked once read)."""
    times = p.clock_times = _with_short_hours(p, find_times(p.low), times_out)
    ranged = _read_range(p.low, times, times_out) or _short_range(p, times, times_out)
    used = set(ranged) | _budget_hours(p.low, times, times_out)
    now = _said_as_now(p.low, times, used)
    used |= set(now)
    befores = [_before_text(p.mlow, times, i) for i in range(len(times))]
    cued = [_time_kind(t) for t in befores]
    for i in range(1, len(times)):  # "..., so I'll get the S-Bahn back from X at 4": catching one's ride, the end
        if cued[i] in (None, "start", "task") and _departing(p, befores[i], times[i][1]):
            cued[i] = "deadline"
    for i, (_a, b, *_r) in enumerate(times):  # "..., um 14:20 sind wir da": arriving there, the start
        if cued[i] in (None, "deadline") and _THERE_AFTER.match(p.low, b) and not any(cued[:i]):
            cued[i] = "start"
    start_cued = any(k == "start" for i, k in enumerate(cued) if i not in used)
    arrived = None  # where the start's time is said, when said as an arrival
    departure = None  # where the deadline is said as one's train, bus or flight leaving
    busy = None  # where the start is said as the end of what one is busy with
    for i, (a, b, v, _amb) in enumerate(times):
        if i in used:
            continue
        before_text, kind = befores[i], cued[i]
        if _noon_as_lunchtime(p, times, i):
            continue
        hours = _HOURS_SAID.search(before_text)
        if hours and not _UNTIL_CLOSING.search(before_text):
            if hours.group("open"):  # "the museum opens at 10", "que abre às 9": when that visit begins
                p.event_times.append((a, v))
            else:  # "the market closes at 1pm", "before they shut at 11:30": no time of the trip's own
                p.notes.append(f"'{p.text[a:b]}' is when a place closes, not a time of the trip")
            continue
        if _EVENT_NAMED[0].search(p.low, 0, a) and _EVENT_NAMED[1].match(p.low, b):
            kind = "task"
        if times_out.start is None and kind != "task" and (_right_after_start(p, a) or _at_start_until(p, a)):
            kind = "start"  # "At Praça X by 10", "meeting friends at Y around 7:30pm": when one is at the start
        elif times_out.start is not None and _end_said_after(p, b):
            kind = "deadline"  # "om 2 uur terug", "um 14 Uhr zurück", "... a bakery at 5 i must be at X": the cue after
        elif times_out.start is not None and (_right_after_end(p, a) or _at_place_last(p, a, b)):
            kind = "deadline"  # "..., then dinner, meet at X at 8", "..., um zehn am X": where and when one ends
        if kind in (None, "task") and times_out.start is not None and _last_item_end(p, times, i):
            kind = "deadline"
        if kind is None and _before_that_follows(p.low, a):
            kind = "deadline"  # "Je récupère ma fille à 16h30. D'ici là, départ 13h30 ...": the end, said first
        if kind in (None, "task") and start_cued and i < cued.index("start"):
            # "a 6pm class ..., starting from X at 5:30pm": a time before the start is an event, unless one goes there
            # or picks someone up then ("School pickup's at 3:10. Got from midday")
            # or the end is said right after it ("At 8 we have to be back at the apartment. We leave X at 4:30")
            kind = "deadline" if _GOING_TO.search(before_text) or picks_someone_up(p.low, a) or \
                _end_said_after(p, b) else "task"
        if kind is None and times_out.start is not None and times_out.deadline is not None \
                and times_out.start < v < times_out.deadline and ranged:
            kind = "task"  # "free from 4 until 8:30 ... at 7 dinner": a time inside the range said is a visit's
        if kind is None and times_out.start is not None and p.low[b - 1] != "." and _VISIT_AFTER.match(p.mlow, b):
            kind = "task"  # "at 18 a drink in a bar", "a las 14 h comer": when the visit said after it happens
        if kind is None and times_out.start is not None and i not in ranged and arrived is None \
                and not (_ARRIVING.search(before_text) or _BEING_AFTER.match(p.low, b)
                         or _BEING_BEFORE.search(before_text)) and _taken_over_later(p, times, cued, i):
            kind = "task"
        if kind in (None, "task") and times_out.start is None and _before_the_show(p.low, a):
            kind = "deadline"  # "Jazz at the Fat Cat at 9:30. We're at the hotel at 7 ... dinner before the set", with
            # the start cued or not ("Concert at X, doors at 8pm. We're leaving the Four Seasons at 6 ...")
        if kind is None:
            kind = "start" if times_out.start is None and not start_cued else "deadline"
        if kind == "deadline" and times_out.start is None and times_out.deadline is not None and not start_cued \
                and not (departure is not None and v < times_out.deadline):
            kind = "start"
        if kind == "task" and times_out.start is None and all(t[0] >= a for t in times) \
                and not _EVENT_BEFORE.search(before_text) and not start_cued:
            kind = "start"
        if kind == "task":
            p.event_times.append((a, v))  # when a visit happens (tied to it by the tasks stage)
            continue
        if kind == "start" and busy is not None and times_out.start_at == busy and v > times_out.start:
            times_out.start, times_out.start_at = v, a  # "meetings until 4, and from 4:30pm I'm free": the later
        elif arrived is not None and kind in ("start", "deadline") \
                and (_ARRIVING.search(before_text) or _BEING_AFTER.match(p.low, b)) \
                and _later_arrival(p, times_out, arrived, a, v):
            times_out.start, times_out.start_at, arrived = v, a, a  # "landed at 8, I'm at the hotel by 9:30"
        elif departure is not None and kind == "deadline" and times_out.start is None and v < times_out.deadline:
            # "Mon TGV part à 17h30, donc je dois prendre le métro à 16h45": the way out begins earlier
            times_out.deadline, times_out.deadline_at = v, a
        elif times_out.start is None:
            _assign(times_out, kind, v, a)
            arrived = a if times_out.start == v and (_ARRIVING.search(before_text) or _ARRIVAL.search(before_text)
                                                     or _THERE_AFTER.match(p.low, b)) else None
        else:
            _assign(times_out, kind, v, a)
        if times_out.start_at == a and _busy_ends(before_text):
            busy = a  # when what one is busy with is over: the start, unless a later one is said
        if times_out.deadline == v and times_out.deadline_at == a:
            # "my bus leaves X at 4:30 and I want to be at the gate by 4": the place is said with the ride
            same = departure is not None and sentence_bounds(p.low, departure) == sentence_bounds(p.low, a)
            departure = a if _departing(p, before_text, b) else departure if same else None
        times_out.read_as_clock.append((a, b))  # "X 9h30": the start's time, no duration
        p.mask(a, b)
    times_out.start_arrives = arrived is not None and arrived == times_out.start_at
    times_out.start_free = busy is not None and busy == times_out.start_at
    times_out.departs_at = departure
    if now and (times_out.start is None and (times_out.deadline is None or times[now[0]][2] < times_out.deadline)
                or times_out.start is not None and not times[now[0]][3]
                and (times_out.start - times[now[0]][2]) % (24 * 60) == 12 * 60):
        times_out.start = times[now[0]][2]  # "at 7:30 ..., it's only 7:30am": the present tells the half of the day
    reader.second_reading_of_times(p, times_out)
    _fix_half_day(times, times_out, bool(_EVENING.search(p.low)))
    _after_work(p.low, times_out)
    if times_out.start_at is not None and not _MORNING.search(p.low) and \
            _TONIGHT.search(p.low, *sentence_bounds(p.low, times_out.start_at)):
        _in_the_evening(times, times_out)  # the evening said with the start, not "wine for tonight"
    _busy_then_back(times_out)
    for a, b, *_ in times:
        p.mask(a, b)


def _end_said_after(p: Prompt, b: int) -> bool:
    """Whether the word of the end follows the clock time that ends at ``b`` in its sentence ("om 2 uur terug", "at 8
    we have to be back")."""
    return p.low[b - 1] != "." and _END_AFTER.match(p.low, b) is not None


def _later_arrival(p: Prompt, out: Times, arrived: int, a: int, v: int) -> bool:
    """Whether the clock time ``v`` at ``a``, said as being somewhere, is where an arrival read as the start
    (said at ``arrived``) leads: no deadline yet, at most three hours later, no kind of place said between ("Landar
    8.10 på Arlanda ... är vid Mariatorget runt 9.30", "J'arrive gare de l'Est à 9h40, je suis à République à
    10h15")."""
    return out.deadline is None and 0 < v - out.start <= 180 and \
        not any(w in LEX_MAP for w in re.findall(r"[^\W\d_]+", p.low[arrived:a]))


#: an hour written short with no clock word, as in notes: "14h", "9h30", "14u" (Dutch "uur"), "10a", "2p" (am,
#: pm), "h 11" (Italian "ore")
_SHORT_HOUR = re.compile(r"(?<![\w:.,/-])(?:h\s+(?P<ih>\d{1,2})|"
                         r"(?P<h>\d{1,2})(?:(?P<u>[hu])(?P<m>[0-5]\d)?|(?P<ap>[ap])))(?!\w|:\d)")
#: a bare hour that closes its clause ("back 11.", "back 2")
_BARE_HOUR = re.compile(r"(?P<h>\d{1,2})(?=\s*(?:$|[.,;!?)]))")
#: words of coming back or ending right before an hour written short or bare, in the languages read ("back 11",
#: "fin 18h", "tills 16", "tornar 13h", "vuelta 14h", "retour 17h")
_END_WORD = re.compile(r"(?:\b(?:back|home|until|till|by|fin|ende|slut|tills|tot|retour|tornar|tornada|vuelta|volta|"
                       r"ritorno|rientro|zurück|terug|tillbaka|takaisin|paluu)|\blast call)\s*$")


#: the opening of an item of a list, where an hour written short is a clock time ("→ 19h Bindlach Bhf", "• 10 Uhr
#: Termin X", "; 11h Termin"); an hour from 1 to 6 opening one is the length of the visit before it
_ITEM_OPEN = re.compile(r"(?:^|\s[-–—]|[•·;]|\bthen|\b(?:rdv|appt|termin|treffpunkt|meet(?:ing)?))"
                        r"\s*(?:at\s+)?$")


def _short_value(m: re.Match) -> tuple[int, bool] | None:
    """Minutes and ambiguity of a :data:`_SHORT_HOUR` or :data:`_BARE_HOUR` match; ``None`` past 23 h."""
    d = m.groupdict()
    h = int(d.get("ih") or d["h"])
    if h > 23:
        return None
    v = h * 60 + int(d.get("m") or 0)
    if d.get("ap"):
        return _clock(h, int(d.get("m") or 0), d["ap"] + "m"), False
    if d.get("u") or d.get("ih"):
        return v, False  # "14h", "h 11": the 24-hour clock
    return (v + 12 * 60 if 1 <= h <= 7 else v), True  # "back 2": the afternoon


def _with_short_hours(p: Prompt, times: list, said: Times) -> list:
    """``times`` with the hours written short or bare that follow the start place ("Christopher Park 14h", "Sendlinger
    Tor h 11", "Fells Point 10a", "Start Timmermansparken 9."), a word of coming back or ending ("back 11", "fin
    18h", "tills 16"), a word of at most ("max 4u") or open an item of a list ("→ 19h X"): notes write them so,
    with no clock word (their spans kept in ``said``: no durations)."""
    out = list(times)
    for m in _SHORT_HOUR.finditer(p.low):
        cued = _END_WORD.search(p.low, 0, m.start()) or _BUDGET_BEFORE.search(p.low, 0, m.start()) or (
            _ITEM_OPEN.search(p.low, 0, m.start()) and (m.group("ap") or m.group("m") or int(m.group("h") or 0) >= 7))
        if not (cued or (p.start_end >= 0 and _right_after_start(p, m.start()))):
            continue
        _add_short(out, m, _short_value(m))
    for m in _BARE_HOUR.finditer(p.low):  # "back 11.", "Start Timmermansparken 9."
        if (_END_WORD.search(p.low, 0, m.start()) or _right_after_start(p, m.start())) and \
                re.match(r"\s", p.low[m.start() - 1:m.start()]):
            _add_short(out, m, _short_value(m))
    said.read_as_clock += [t[:2] for t in out if t not in times]
    return sorted(out)


def _add_short(times: list, m: re.Match, value) -> None:
    """A short hour into ``times``, unless it is no hour or a time read already covers it."""
    if value is None or any(a < m.end() and m.start() < b for a, b, *_r in times):
        return
    times.append((m.start(), m.end(), value[0], value[1]))


#: two hours joined by a dash, with a mark of the clock after the second perhaps ("10-13", "14-17h", "10h-14h",
#: "1-5pm")
_SHORT_RANGE = re.compile(r"(?<![\w:.,/-])(\d{1,2})(?:[:h]([0-5]\d)|[hu](?=\s*[-–]))?\s*[-–]\s*"
                          r"(\d{1,2})(?:[:h]([0-5]\d))?(?:\s*(h|u|[ap])\.?m?\.?)?(?![\w-])")


#: being free said right before two hours joined by a dash, in the languages read ("free 3-7pm", "ledig 15-19",
#: "vapaa kello 15-19", "libre 15-19h"), or the hours opening a sentence ("Kello 10-17, lähtö ...") or, after a
#: word or two, the prompt ("ti klo 16–19, lähtö Lasipalatsilta", "Saturday 10-14:")
_FREE_BEFORE = re.compile(r"(?:\b(?:free|frei|libre|livre|libero|libera|lliure|ledig|vapaa|vrij)(?:\s+(?:from|kello|klo|kl|"
                          r"at|between))?|(?:^|[.,;:!?]\s*)(?:at|from|between)|^\W*(?:[^\W\d_]+\.?\s+){1,2}"
                          r"(?:at|from|between)?)\s*$")


_UNIT_AFTER = re.compile(r"\s*(?:" + UNITS + r"|min|mins|h)\b")  # "from 10-15 minutes": an amount of time


def _short_range(p: Prompt, times, out: Times) -> set[int]:
    """Two hours joined by a dash right after the start place ("Isartor 10-13.", "Rathaus 10-12:", "X 1-5pm:") or
    after being free ("free 3-7pm"): when the trip starts and ends; the indices of ``times`` it covers."""
    m = _SHORT_RANGE.search(p.low, max(p.start_end, 0)) if p.start_end >= 0 else None
    if m is None or not _right_after_start(p, m.start()):
        m = next((m for m in _SHORT_RANGE.finditer(p.low) if _FREE_BEFORE.search(p.low, 0, m.start())
                  and not _UNIT_AFTER.match(p.low, m.end())), None)
    if m is None:
        return set()
    h1, m1, h2, m2, mark = int(m.group(1)), int(m.group(2) or 0), int(m.group(3)), int(m.group(4) or 0), m.group(5)
    if mark == "p" and h2 < 12:
        h2 += 12
        h1 += 12 if h1 + 12 <= h2 else 0
    elif mark is None and h2 <= 7 and h1 <= h2:
        h1, h2 = h1 + 12, h2 + 12  # "1-5": the afternoon
    elif h2 < h1 and h2 + 12 > h1:
        h2 += 12  # "10-2"
    if max(h1, h2) > 23 or h2 * 60 + m2 <= h1 * 60 + m1:
        return set()
    out.start, out.deadline, out.deadline_at = h1 * 60 + m1, h2 * 60 + m2, m.start(3)
    out.read_as_clock.append((m.start(), m.end()))
    p.mask(m.start(), m.end())
    return {i for i, (a, b, *_r) in enumerate(times) if a < m.end() and m.start() < b}


#: a word of at most before an amount of hours written as a clock time ("max 3h", "máx 2h", "max 2 h"): a budget
_BUDGET_BEFORE = re.compile(r"(?:\b(?:" + _AT_MOST + r")\.?|\bmax\.)\s*$")


def _budget_hours(low: str, times, out: Times) -> set[int]:
    """The indices of ``times`` said after a word of at most ("max 3h" read 3:00, "max 4u"): the time limit."""
    used = set()
    for i, (a, b, *_r) in enumerate(times):
        m = re.match(r"(\d{1,2})(?:\s*[:hu]\s*([0-5]\d)?)?", low[a:b])
        if m and _BUDGET_BEFORE.search(low, max(0, a - 12), a) and 0 < int(m.group(1)) <= 12:
            out.limit = out.limit if out.limit is not None else int(m.group(1)) * 60 + int(m.group(2) or 0)
            out.read_as_clock.append((a, b))
            used.add(i)
    return used


def _last_item_end(p: Prompt, times, i: int) -> bool:
    """Whether clock time ``i``, the last, opens the last item of a list of visits and a place or an appointment
    follows it, no kind of place ("→ 19:00 Bindlach Bhf", "• 10 Uhr Termin Landesklinikum", "; 11h Termin X"):
    where and when the trip ends."""
    a, b = times[i][:2]
    nxt = re.match(r"[\s(]*([^\W\d_][\w'-]*)", p.low[b:])
    return i == len(times) - 1 and _ITEM_OPEN.search(p.low, 0, a) is not None and nxt is not None \
        and (nxt.group(1) not in LEX_MAP or p.lang != "de" and p.text[b + nxt.start(1)].isupper())  # "Jardim do X"


def _noon_as_lunchtime(p: Prompt, times, i: int) -> bool:
    """Whether clock time ``i`` is midday said as a part of the day ("una hora lliure al migdia", "libre al
    mediodía", "livre ao meio-dia") while a later clock time follows the start place ("surto de X a la una"): the
    start is that one."""
    a, b = times[i][:2]
    return p.low[a:b] in ("noon", "midday") and re.search(r"\b(?:al|ao)\s+$", p.low[max(0, a - 5):a]) is not None \
        and any(0 <= p.start_end <= t[0] <= p.start_end + 8 for t in times[i + 1:])


def _said_as_now(low: str, times, used: set[int]) -> list[int]:
    """Indices of the clock times said as the present time of day.

    "A bakery and a pharmacy, it's only 7:30am" / "es ist ja erst halb acht": the hour it is now, no deadline;
    "il est 10h, on part de la gare" starts at 10:00 when no other time says when.
    """
    return [i for i, (a, *_r) in enumerate(times) if i not in used and _NOW_BEFORE.search(low[max(0, a - 30):a])]


def _right_after_start(p: Prompt, a: int) -> bool:
    """Whether the clock time at ``a`` follows the start place with at most a preposition between."""
    return 0 <= p.start_end <= a and re.fullmatch(r"[\s,]*(?:(?:we'?re |i'?m )?(?:meeting|meet)(?: up)?\s+)?"
                                                   r"(?:(?:at|around|about|by|from|approx\.?|approximately|roughly|typ|ca\.?|cirka)\s*)*",
                                                   p.low[p.start_end:a]) is not None


def _right_after_end(p: Prompt, a: int) -> bool:
    """Whether the clock time at ``a`` follows the end place with at most a preposition between ("meet at X at 8",
    "ending at X around 5")."""
    end = p.places[1] if len(p.places) > 1 else None
    return bool(end) and re.search(re.escape(end.lower()) + r"[\s,]*(?:(?:at|around|about|by)\s*)?$", p.low[:a]) is not None


#: a clock time that opens the last clause, a place after it and nothing more ("..., then the supermarket, at 10:00
#: at X", "..., um zehn am X"): when one must be at the place
_AT_PLACE_LAST = (re.compile(r"[,;]\s*(?:and\s+)?(?:at|by|around)\s*$"),
                  re.compile(r"\s+(?:at|in)\s+[^\W\d_][^,;:.!?]*[.!]?\s*$"))


def _at_place_last(p: Prompt, a: int, b: int) -> bool:
    """Whether the clock time at ``a``-``b`` and a place make the last clause (:data:`_AT_PLACE_LAST`)."""
    return _AT_PLACE_LAST[0].search(p.low, 0, a) is not None and _AT_PLACE_LAST[1].match(p.low, b) is not None


def _at_start_until(p: Prompt, a: int) -> bool:
    """Whether the clock time at ``a`` says until when one is at the start place (:data:`_AT_UNTIL`)."""
    m = _AT_UNTIL.search(p.low, 0, a)
    return m is not None and m.start() < p.start_end <= a


def _before_text(low: str, times, i: int) -> str:
    """The words before clock time ``i``, less means of transport and stations (not deadlines)."""
    return re.sub(r"\bby (car|taxi|cab|bike|bicycle|foot|bus|train|tram|metro|subway|boat)\b|"
                  r"\b(train|bus|railway|ferry|cruise) (station|terminal|stop)\b", " ",
                  masked_before(low, times[i][0], times, i))


#: the first hour of a range and the word that joins it to the second ("from 2pm to", "de 9 a", "at 10 till"); the
#: first may be a bare hour when a clock time follows ("de 15 a 19h")
_RANGE = re.compile(r"\b(?:between|from|de|des|dalle|von|(?P<at>at))\s+(?P<h>\S+(?:\s?[ap]\.?m\.?)?)\s+"
                    r"(?:(?(at)(?!)|(?:and|at|a|à|às|alle))|to|until|till|-|bis)\s+")


#: a bare hour, then "till" or "to" and a clock time, after being free, a day or a mark ("Tomorrow 9 till 1", "free 4
#: to 6:30", "Saturday 11 to 3:"); not "10 to 1" ("ten to one" is also 12:50)
_BARE_RANGE = re.compile(r"(?:^|[.,;:!?(]\s*|\b(?:free|tomorrow|today|tonight|monday|tuesday|wednesday|thursday|"
                         r"friday|saturday|sunday)\s+)"
                         r"(?P<h>\d{1,2})\s+(?:till|until|(?<!\b5 )(?<!\b10 )(?<!\b20 )(?<!\b25 )to)\s+")


def _read_range(low: str, times, out: Times) -> set[int]:
    """"between 10 and 4", "from 2pm to 6pm", "de 12h às 13h30", "de 9 a 11", "Tomorrow 9 till 1": both ends at
    once (the first range said); a range with a bare first hour or said after "at" ("de 15 a 19h", "at 10 until
    4pm") only before any other clock time ("at 10am ... lunch from 1 to 3": a visit's hours)."""
    ranges = sorted([*_RANGE.finditer(low), *_BARE_RANGE.finditer(low)], key=lambda m: m.start())
    said_first = next((rng for rng in ranges if not _said_at(rng)), None)
    for rng in ranges:
        nxt = next((i for i, t in enumerate(times) if t[0] == rng.end()), None)
        said_before = any(t[0] < rng.start() for t in times)
        if nxt is None or (rng is not said_first and said_before):
            continue
        first = next((i for i, t in enumerate(times[:nxt]) if rng.start() <= t[0] < rng.end()), None)
        start = times[first][2] if first is not None else None if said_before else _bare_hour(rng)
        if start is None:
            continue
        out.start, out.deadline, out.deadline_at = start, times[nxt][2], times[nxt][0]
        if rng.re is _BARE_RANGE and out.start <= 7 * 60 and out.start + 12 * 60 < max(out.deadline, 12 * 60):
            out.start += 12 * 60  # "free 4 to 6:30": the afternoon
            out.deadline += 12 * 60 if out.deadline < 12 * 60 else 0
        if times[nxt][3] and out.deadline <= out.start and out.deadline < 12 * 60:
            out.deadline += 12 * 60
        return {nxt} | ({first} if first is not None else set())
    return set()


def _bare_hour(rng: re.Match) -> int | None:
    """The first hour of a range said bare, in minutes ("de 15 a 19h": 15:00), or ``None``."""
    bare = re.fullmatch(r"(\d{1,2})h?", rng.group("h"))
    return int(bare.group(1)) * 60 if bare and int(bare.group(1)) <= 23 and not _said_at(rng) else None


def _said_at(rng: re.Match) -> bool:
    """Whether a range is said after "at" ("at 10 until 4pm": maybe a visit's hours)."""
    return rng.re is _RANGE and rng.group("at") is not None


def _assign(out: Times, kind: str, v: int, at: int) -> None:
    """Clock time ``v``, said at ``at``, as the start or the deadline (where the deadline is said is kept)."""
    if kind == "start" and out.start is None:
        out.start, out.start_at = v, at
    elif kind == "deadline" and (out.deadline is None or (out.start is not None and out.start < v < out.deadline)
                                 or out.deadline == out.start < v):
        # "the boat leaves at 17, so back by 16": the earlier of two deadlines; "start is X, and 2pm ... X at 2pm,
        # back by 4pm": the start said again is no deadline when a later one is said
        out.deadline, out.deadline_at = v, at
    elif out.start is None:
        out.start, out.start_at = v, at
    elif out.deadline is None:
        out.deadline, out.deadline_at = v, at


def _evening_meant(deadline: int, start: int) -> bool:
    """Whether an early deadline on the 24-hour clock ("a las 5:30", rewritten 05:30) can only mean the
    evening: the afternoon start it would precede ends a few hours later then ("a las 3 de la tarde ...
    de vuelta a las 5:30"), where the morning would be a contradiction."""
    return 5 * 60 <= deadline < 10 * 60 and 12 * 60 <= start and deadline + 12 * 60 - start <= 6 * 60


#: a word of the evening: an hour from 1 to 7 said without am/pm stays in the evening ("dinner", "a pub")
_EVENING = re.compile(r"\b(?:dinner|supper|evening|tonight|night|pub|bar|drinks?|movie|cinema|concert|show|gig)\b")


#: the evening of the day said as when the trip is ("heute Abend ... um acht", "tonight at 8")
_TONIGHT = re.compile(r"(?<!for )\b(?:tonight|this evening|tomorrow evening)\b")


def _in_the_evening(times, out: Times) -> None:
    """"Heute Abend ... um acht ..., um halb zwölf fertig": a trip said to be in the evening whose start, said
    without am/pm, would be in the morning starts twelve hours later, and so does its deadline said so."""
    said = {t[2]: t[3] for t in times}
    if out.start is None or out.start >= 12 * 60 or not said.get(out.start):
        return
    if out.deadline is not None and (out.deadline >= 12 * 60 or not said.get(out.deadline)):
        return
    out.start += 12 * 60
    if out.deadline is not None:
        out.deadline += 12 * 60


#: leaving work, in the languages read after their rewriting ("leaving work at 6", "salgo del trabajo" read "from
#: trabajo", "Sortie du bureau à 17h30", "après le boulot", "slutar jobbet", "po pracy", "Feierabend")
_LEAVING_WORK = re.compile(
    r"\b(?:(?:after|leaving|leave|leaves|off|finish(?:ing)?|out of|from)\s+(?:the\s+)?(?:work|office|trabajo|"
    r"trabalho|escritório|lavoro|ufficio|bureau|boulot|travail|büro|arbeit|feina|jobbet|jobb|jobben|werk|kantoor|"
    r"pracy|práce|práci)|sortie du (?:bureau|boulot|travail)|après (?:le )?(?:boulot|travail|bureau)|feierabend|"
    r"slutar jobbet|efter jobbet|etter jobb(?:en)?|efter arbejde|töiden jälkeen|po pracy|po práci|na het werk|"
    r"després de la feina|depois do trabalho|dopo il lavoro)\b")


def _after_work(low: str, out: Times) -> None:
    """"leaving work at 6 ... meeting friends at 8": a start said with leaving work, between 1 and 8 and not said in
    the morning, is in the afternoon, and so is a deadline that would then come before it."""
    if out.start is None or out.start_at is None or not 60 <= out.start < 9 * 60 or _MORNING.search(low) or \
            re.search(r"\d\s*a\.?m\b", low):
        return
    a, b = sentence_bounds(low, out.start_at)
    if not _LEAVING_WORK.search(low, a, b):
        return
    out.start += 12 * 60
    if out.deadline is not None and out.deadline < out.start and out.deadline + 12 * 60 < 24 * 60:
        out.deadline += 12 * 60


def _fix_half_day(times, out: Times, evening: bool = False) -> None:
    """"From 6:30am ... home by 7:45": an ambiguous deadline that fits after a morning start is in the morning;
    "from 10 ... back by 4": an ambiguous deadline before the start is in the afternoon; "at 7 ...
    home by noon", "at 7:00 ... by 9:30": an ambiguous early hour read as the evening is in the morning when
    that ends before the deadline or the deadline is read in the morning (unless the prompt speaks of the
    ``evening``: dinner, a pub).  Times said with am/pm or in 24 hours are left as said (a contradiction stays
    one), but an early 24-hour deadline after an afternoon start is in the evening (:func:`_evening_meant`)."""
    if out.start is not None and out.deadline is not None and out.start < 12 * 60 <= out.deadline and \
            out.start < out.deadline - 12 * 60 and any(t[2] == out.deadline and t[3] for t in times):
        out.deadline -= 12 * 60  # "from 6:30am ... home by 7:45": the morning, when it is after the start
    if out.start is None or out.deadline is None or out.deadline > out.start:
        return
    early_start = 18 * 60 <= out.start < 20 * 60 and out.start - 12 * 60 < out.deadline and \
        any(t[2] == out.start and t[3] for t in times)
    if early_start and 8 * 60 <= out.deadline < 12 * 60 and not evening:
        out.start -= 12 * 60  # "at 7:00 ... by 9:30 at the latest": the deadline is read in the morning, so is the start
    elif out.deadline < 12 * 60 and out.deadline + 12 * 60 > out.start and \
            any(t[2] == out.deadline and (t[3] or _evening_meant(t[2], out.start)) for t in times):
        out.deadline += 12 * 60
    elif early_start:
        out.start -= 12 * 60


def duration_minutes(m: re.Match) -> int:
    """Minutes of one :data:`DUR_RE` match."""
    if m.group("hd"):
        return 240
    if m.group("hh"):
        return 30
    if m.group("qh"):
        return 15
    if m.group("hm"):
        return int(m.group("hm")) * 60 + int(m.group("hmm"))
    n = m.group("n")
    val = float(n.replace(",", ".")) if n[0].isdigit() else float(NUM_WORDS[n])
    if m.group("andhalf") or m.group("andhalf2"):
        val += 0.5
    return int(round(val * 60)) if m.group("u").startswith("h") else int(round(val))


#: an amount of time that is a distance ("I live two minutes from the gym", "staying 5 min walk from X",
#: "j'habite à dix minutes de la gare", "vivo a diez minutos de la estación"), not a visit or the time limit
_DISTANCE_AFTER = re.compile(r"\s*(?:(?:walk|walking|drive|driving|ride|by \w+|on foot)\s+)?(?:away\s+)?from\b"
                             r"(?!\s+(?:now|then|at|around|about|\d))")
#: one has the time, so it is the time limit ("I've got two hours from Odeonsplatz at 4pm")
_HAVE_BEFORE = re.compile(r"\b(?:have|has|got|had|there for|here for)\s+(?:about |around |only |just |roughly |maybe )?$")
#: a preposition before the amount and "of" after it, in the Romance languages and Swedish and Dutch ("à dix
#: minutes de", "a 10 minutos da", "på fem minuter från", "op vijf minuten van")
_DISTANCE_AROUND = (re.compile(r"\b(?:at|à|a|på|op)\s+$"),
                    re.compile(r"\s*(?:(?:à pied|a pie|a pé|a piedi|à pé)\s+)?(?:de|d'|du|des|da|do|dal|dalla|dallo|"
                               r"dai|del|från|van)\b"))


def _is_distance(low: str, m: re.Match) -> bool:
    """Whether the duration ``m`` says how far a place is.

    "two minutes from the gym", "a dix minutes de la gare": yes; "two hours from now", "une heure de marche",
    "I've got two hours from the square at 4pm": no.
    """
    before, after = _DISTANCE_AROUND
    if _HAVE_BEFORE.search(low, max(0, m.start() - 30), m.start()):
        return False
    return bool(_DISTANCE_AFTER.match(low, m.end()) or (before.search(low, max(0, m.start() - 6), m.start())
                                                       and after.match(low, m.end())))


#: the length of a lunch break ("a 45 minute lunch break", "pause déj d'une heure", "pause déjeuner (1h30)"): the
#: time one has for the trip
_LUNCH_BREAK = r"(?:lunch[\s-]?break|(?:pause|pausa)\s+(?:de\s+|para\s+|do\s+)?(?:lunch|déj))"
_BREAK_AROUND = (re.compile(r"\b" + _LUNCH_BREAK + r"[^.;:!?]{0,30}$"), re.compile(r"[\s-]*" + _LUNCH_BREAK + r"\b"))


#: an amount of time said alone right after the start's clock time ("X, 9am, two hours: ...", "ab 14 Uhr, drei
#: Stunden."): the time one has
_ALONE_AFTER_CLOCK = (re.compile(r"(?:\d|[ap]\.?m\.?|noon)\s*,\s*$"), re.compile(r"\s*(?:[:;.!]|$)"))


#: an amount of time said alone as the last item of a list ("X 10h - museum - bakery - 3h", "• museum • 2h"): the
#: time one has
_LAST_ITEM = (re.compile(r"(?:\s[-–—]|[•·;])\s*$"), re.compile(r"\s*[.!]?\s*$"))


#: an amount of time said as how early one must be at the deadline's place, in the languages read (after the
#: earlier stages: "I want to be there 20 minutes before", "je veux être sur le quai un quart d'heure avant",
#: "tengo que estar allí media hora antes", "zehn Minuten vorher will ich dort sein", "haluan olla siellä puoli
#: tuntia ennen", "en halvtimme innan", "een half uur eerder", "mezz'ora prima", "hi he de ser un quart abans")
_LEAD_NUMBER = {"five": 5, "fünf": 5, "cinq": 5, "cinco": 5, "cinque": 5, "cinc": 5, "fem": 5, "viisi": 5, "vijf": 5,
                "ten": 10, "zehn": 10, "dix": 10, "diez": 10, "dez": 10, "dieci": 10, "deu": 10, "tio": 10,
                "kymmenen": 10, "tien": 10, "fifteen": 15, "fünfzehn": 15, "quinze": 15, "quince": 15,
                "quindici": 15, "femton": 15, "viisitoista": 15, "vijftien": 15, "twenty": 20, "zwanzig": 20,
                "vingt": 20, "veinte": 20, "vinte": 20, "venti": 20, "vint": 20, "tjugo": 20, "kaksikymmentä": 20,
                "twintig": 20, "thirty": 30, "dreißig": 30, "trente": 30, "treinta": 30, "trinta": 30, "trenta": 30,
                "trettio": 30, "kolmekymmentä": 30, "dertig": 30}
_LEAD = re.compile(
    r"(?<![\w-])(?:(?P<half>half an hour|a half hours?|(?:a |une |una |un )?(?:media|meia|demi-|puoli|mezz'|halve |"
    r"halbe |halb)\s*(?:hours?|heure|hora|tuntia|ora|stunde|uur)|(?:a |en )?halvtimme|half an? hour)"
    r"|(?P<quarter>(?:a |un |en |ett )?(?:quarter|quart|cuarto|quarto|kvart|kwartier|vartti|viertelstunde)"
    r"(?:\s+(?:of an hour|d'hours?|d'heure|de hora|d'ora|hours?|tunnin))?)"
    r"|(?P<n>\d{1,3}|" + "|".join(_LEAD_NUMBER) + r")\s*(?:minutes?|mins?|minuten|minuter|minuuttia|minuti|minutos|"
    r"minuts|min\.?))\s+(?:before|earlier|early|ahead|antes|avant|vorher|früher|abans|innan|ennen|eerder|prima|first)"
    r"(?:\s+(?:that|it|of it|departure|dem|cela|eso|isso|sitä|det|dat))?(?=\s*(?:[.,;:!?)]|$|\b(?:and|und|et|y|e|i|"
    r"och|ja|en)\b|\b(?:will|want|must|need|dort|da|there|sein|estar|être|zijn|vara|olla|essere)\b|"
    r"\b(?:per|para|pour|um|to|for|för|voor|per a)\s))")  # what for: "un quart d'hora abans per facturar"
#: being at a place, in the clause of a :data:`_LEAD` ("be there", "estar allí", "dort sein", "y être", "olla siellä")
_LEAD_BE = re.compile(r"\b(?:be|there|back|platform|gate|estar|ser|être|sein|dort|zijn|er|vara|där|olla|siellä|"
                      r"essere|lì|allí|ahí|lá|là|quai|bahnsteig|perron|laituri|plattformen|andén|plataforma)\b")


def _lead_time(p: Prompt, out: Times) -> tuple[int, int]:
    """"The train leaves at 4 and I want to be there 20 minutes before": the deadline moves that much earlier (the
    first such amount said after the deadline, in a clause that says being there); where it is said."""
    low = p.low
    for m in _LEAD.finditer(low):
        a, b = clause_of(low, m.start())
        if out.deadline is None or out.deadline_at is None or m.start() < out.deadline_at \
                or not _LEAD_BE.search(low, max(a, m.start() - 40), min(b, m.end() + 25)):
            continue
        lead = 30 if m.group("half") else 15 if m.group("quarter") else \
            int(m.group("n")) if m.group("n").isdigit() else _LEAD_NUMBER[m.group("n")]
        if lead >= 120:
            continue
        out.deadline -= lead
        p.notes.append(f"'{p.text[m.start():m.end()]}': the trip ends {lead} minutes before the time said")
        p.mask(m.start(), m.end())
        return m.span()
    return (0, 0)


#: the start's clock time right before "for" a length of time, a colon after it: the time the trip has ("from
#: Marienplatz at 10 for about 3 hours: museum, lunch"), not how long a visit lasts ("the museum at 10 for two hours,
#: then lunch")
_CLOCK_FOR = (re.compile(r"\b(?:at|from|around)\s+\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?\s*,?\s+(?:for|für)\s+"
                         r"(?:about |around |roughly |maybe |approximately )?$"), re.compile(r"\s*:"))


def read_durations(p: Prompt, out: Times, task_in_clause) -> list[tuple[int, int, int]]:
    """The time limit into ``out``; the other durations ``(start, end, minutes)`` (for visits)."""
    low = p.low
    durations: list[tuple[int, int, int]] = []
    lead = _lead_time(p, out)
    for m in DUR_RE.finditer(low):
        if lead[0] <= m.start() < lead[1]:
            continue  # how early one must be there, read already
        mins = duration_minutes(m)
        if any(a <= m.start() < b for a, b in out.read_as_clock):
            continue  # "Christopher Park 14h": a clock time written short
        if mins < 1:
            continue  # "at 9:00 hours": the unit of a clock time, no duration
        if mins >= 24 * 60 and "-" in m.group(0):
            continue  # "the 24-hour pharmacy": when it is open, no duration
        if _is_distance(low, m):
            p.mask(m.start(), m.end())
            continue
        before, after = low[max(0, m.start() - 30):m.start()], low[m.end():m.end() + 25]
        is_limit = bool(LIMIT_BEFORE.search(before) or LIMIT_AFTER.search(after)
                        or _BREAK_AROUND[0].search(low, max(0, m.start() - 50), m.start())
                        or _BREAK_AROUND[1].match(low, m.end()) or _BUDGET_BEFORE.search(before))
        if re.search(r"\bfor\s+(?:about |around |roughly |maybe |approximately )?$", before) and \
                re.match(r"^\W*(in total|total|altogether|overall)\b", after) is None:
            had_for = re.search(r"\b(have|got|free|out|there|here|available|around|city|town)\b\W*"
                                r"(?:\w+\W+)?for\s+(?:about |around |roughly |maybe |approximately )?$", before)
            is_limit = bool(had_for and not task_in_clause(low, m.start())) or \
                bool(_CLOCK_FOR[0].search(before) and _CLOCK_FOR[1].match(after))
        if m.group("hd"):
            is_limit = not (re.search(r"\b(spend|for)\b", before) and task_in_clause(low, m.start()))
        if is_limit and mins <= 45 and _VISIT_THEN_MAX.search(low, max(0, m.start() - 40), m.start()) \
                and not LIMIT_AFTER.search(after):
            is_limit = False  # "a coffee, max 20 minutes", "oběd, něco rychlého, max. 30 minut": how long that visit is
        if _ALONE_AFTER_CLOCK[0].search(before) and _ALONE_AFTER_CLOCK[1].match(after) or \
                _LAST_ITEM[0].search(before) and _LAST_ITEM[1].match(after):
            is_limit = True  # "Place X, 9am, two hours: a market and ...", "X 10h - museum - bakery - 3h"
        if is_limit and out.start is not None and out.deadline is not None and said_roughly(p, m.start(), m.end()):
            pass  # "just a few hours on Saturday, from 1 to 5pm": the start and the deadline give the time
        elif is_limit:
            out.limit = mins if out.limit is None else out.limit
        elif mins <= 12 * 60:  # no visit is longer
            durations.append((m.start(), m.end(), mins))
        p.mask(m.start(), m.end())
    if re.search(r"\b(all day|whole day|full day|entire day)\b", low) and out.limit is None and out.deadline is None:
        p.notes.append("'all day': no time limit beyond the end of the day")
    return durations


#: a word of the end of the trip before a clock time, in its clause ("back", "must be", "zurück", "retour")
_END_IN_CLAUSE = re.compile(r"\b(?:back|home|until|till|by|must|have to|need to|latest|end|finish|done|zurück|wieder|"
                            r"retour|de vuelta|de volta|terug|tillbaka|takaisin|tilbake|tilbage)\b")


def deadline_of_a_visit(p: Prompt, out: Times, mentions: list) -> None:
    """No deadline beside a time limit when its clock time is said in the clause of a visit with no word of the
    end ("tre timer fra kl. 14 ... til sidst en is – gerne omkring halv fem"): that visit's time."""
    if out.limit is None or out.deadline is None or out.deadline_at is None:
        return
    a, b = clause_of(p.low, out.deadline_at)
    if any(a <= x.start < b and x.ref is None and x.task is not None for x in mentions) \
            and not _END_IN_CLAUSE.search(p.low, a, b):
        p.notes.append(f"the time {fmt(out.deadline)} is said of a visit, beside the time one has: no deadline")
        out.deadline = out.deadline_at = None


#: a length said roughly ("a few hours", "several hours", "a couple of hours", as the earlier stages write them)
_ROUGHLY = re.compile(r"(?:a\s+)?(?:few|several|couple of)\b")


def said_roughly(p: Prompt, a: int, b: int) -> bool:
    """Whether the length said from ``a`` to ``b`` is rough ("a few hours"): beside a start and a deadline, which give
    the time, it is no limit (noted)."""
    if not _ROUGHLY.match(p.low, a):
        return False
    p.notes.append(f"'{p.text[a:b]}' said beside a start and a deadline, which give the time: no limit")
    return True


def drop_limit_said_twice(out: Times) -> None:
    """No time limit when the start and the deadline say it already ("a 3-hour gap from 13:00 ... back by 16:00",
    "zwei Stunden ab 14 Uhr, um 16 Uhr zurück"), or when it is an hour or more longer than the time between them: the
    hours of something else ("a 7 hour layover ... at the stop at 12:10, back on the Metro by 4:45"); the deadline is
    kept."""
    if out.limit is None or out.start is None or out.deadline is None:
        return
    if out.start + out.limit == out.deadline or out.start + out.limit >= out.deadline + 60:
        out.limit = None


def clause_has(low: str, pos: int, pattern: re.Pattern) -> bool:
    """Whether the wide clause around ``pos`` matches ``pattern``."""
    a, b = clause_of(low, pos, wide=True)
    return bool(pattern.search(low[a:b]))
