"""The offline parser: a prompt -> :class:`~nco.planner.request.TripRequest` with rules, no network.

Stages, each a module with its own tests:

1. :mod:`~nco.planner.offline.forms` writes the lines of a note, calendar,
   form or table as sentences; :mod:`~nco.planner.offline.text` tokenises
   (white space, masks, clauses);
   :mod:`~nco.planner.offline.lang` detects the language and rewrites its cue
   words into English (German, French, Spanish, Portuguese, Italian,
   Catalan, Finnish, Swedish, Dutch, Polish, Czech, Danish, Norwegian), after
   :mod:`~nco.planner.offline.chat` has written out chat spellings and
   matched misspelt kind words; :mod:`~nco.planner.offline.others` blanks
   the sentences about someone else's day ("my husband's train is at 4");
2. :mod:`~nco.planner.offline.places` reads the start and end places (a
   learned second reading checks that the end is one);
3. :mod:`~nco.planner.offline.times` the day, clock times, durations and the
   time limit (a learned second reading, :mod:`~nco.planner.offline.reader`,
   checks which clock time is the start and which the deadline);
4. :mod:`~nco.planner.offline.tasks` the visits (a lexicon of the 22
   categories, any other kind of place through the OSM tagging schema,
   cuisines, wordllama embeddings for the rest); phrases it cannot map are
   named in the notes; the learned second reading checks which mentions are
   visits and which are said in passing;
   :mod:`~nco.planner.offline.taken_back` drops the visits the writer
   takes back in a later sentence ("then a bakery. No, not the bakery");
5. :mod:`~nco.planner.offline.order` the order of the visits (a circular
   order is an error, unless a later sentence takes back the earlier order:
   "First the Ateneum, then Oodi. No, Oodi first").
"""

from __future__ import annotations

import datetime as dt
import re

from nco.errors import InputError
from nco.planner import tagschema
from nco.planner.offline import reader
from nco.planner.offline.chat import place_abbreviations
from nco.planner.offline.capitals import restore_capitals
from nco.planner.offline.forms import form_language, read_form
from nco.planner.offline.lang import LANGUAGES, detect, everyday_word, normalise
from nco.planner.offline.lexicon import PREF_CUES
from nco.planner.offline.order import read_order
from nco.planner.offline.others import blank_others
from nco.planner.offline.places import (end_at_deadline, lodging_end, lodging_start, read_places, returned_to,
                                         said_with_time, whole_name)
from nco.planner.offline.slavic import name_bases
from nco.planner.offline.tasks import (
    Mention,
    assign_durations,
    find_mentions,
    make_tasks,
    match_category,
    task_in_clause,
)
from nco.planner.offline.text import Prompt, check_prompt, drop_corrections, drop_fillers, typed_without_capitals
from nco.planner.offline.times import (
    Times,
    deadline_of_a_visit,
    drop_limit_said_twice,
    fmt,
    read_date,
    read_durations,
    read_times,
)
from nco.planner.request import ParseResult, Preferences, TripRequest, validate_request


def _cleaned(text: str) -> str:
    """The prompt checked, its corrections and fillers dropped and its place words typed short written out."""
    return place_abbreviations(drop_fillers(drop_corrections(check_prompt(text))))


def _language(said: str) -> str:
    """The language of a note or a form, told from its lines as written (``said``), or from its labels when two or
    more are of one language the words do not tell ("Lähtöpaikka: ... Aika: ... Tehtävät: ...")."""
    labels = form_language(said)
    try:
        lang = detect(said)
    except InputError:
        if labels is None:
            raise
        return labels
    return labels if labels and lang == "en" else lang


def parse_offline(text: str, today: dt.date | None = None, known_place=None) -> ParseResult:
    """Parse a prompt with rules, a lexicon, the tagging schema and wordllama embeddings.

    Parameters
    ----------
    text : str
        The trip request (English, German, French, Spanish, Portuguese,
        Italian, Catalan, Finnish, Swedish, Dutch, Polish, Czech, Danish or Norwegian).
    today : datetime.date, optional
        Reference for "tomorrow", "on Saturday" (default: the current date).
    known_place : callable, optional
        ``name -> bool``: whether the map surely knows a place name
        (:func:`nco.planner.plan.knows`); the start is then the first phrase
        a start cue names that the map knows ("Joana, encontramo-nos no
        Largo dos Lóios" starts at the Largo, not at "Joana"); with a ``visit``
        method, a name it knows becomes a visit of the kind the map gives it
        ("dinner at Olive Garden" is a restaurant, not a park).

    Returns
    -------
    ParseResult

    Raises
    ------
    InputError
        Empty or too long prompts, prompts in another language, prompts with
        nothing to plan, a circular order, contradictory times.
    """
    text, said = read_form(text)  # a note, a calendar, a form: its lines as sentences, before they are folded
    text = _cleaned(text)
    lang = detect(text) if said is text else _language(_cleaned(said))
    # "przy Isartorze", "u Wachauer Parku": a Polish or Czech name in the base form the map knows
    text = name_bases(text, known_place, lang, lambda w: everyday_word(tagschema.unaccented(w.lower()), lang))
    typed_lower = typed_without_capitals(text)  # before the map's capitals are put back
    text, recased = restore_capitals(text, known_place, lang)  # "start at odeonsplatz": the map's capitals
    # names the map holds kept as written; German keeps every run of capitalised words already, not one a sign
    # joins ("Pizza im Pizza + Eiscafe": one place)
    keep = known_place.names_in(text) if hasattr(known_place, "names_in") else []
    keep = [(a, b) for a, b in keep if lang != "de" or re.search(r"[^\w\s'’.-]", text[a:b])]
    # "às dez, não, às onze"; "Meine Frau landet um acht ...": someone else's times
    norm, others = blank_others(drop_corrections(normalise(text, lang, keep)), lang)
    p = Prompt(norm, lang, known=known_place, typed_lower=typed_lower)
    if lang != "en":
        p.notes.append(f"read as {LANGUAGES[lang]} by the offline parser")
    p.notes += others
    if recased:
        p.notes.append("typed in lower case: " + ", ".join(f"'{n}'" for n in dict.fromkeys(recased)) +
                       " read as the map writes them")
    start_place, end_place = read_places(p, known_place)
    p.places = (start_place, end_place)
    times = Times(date=read_date(p, today or dt.date.today()))
    read_times(p, times)
    start_place, end_place = said_with_time(p, times, start_place, end_place, known_place)
    start_place = start_place or lodging_start(p, known_place)  # "dormo al La Quinta ... parto dall'albergo"
    p.places = (start_place, end_place)
    if end_place is None and times.deadline_at is not None:
        end_place = end_at_deadline(p, times.deadline_at, start_place, known_place) \
            or lodging_end(p, times.deadline_at, start_place, known_place)
        p.places = (start_place, None, end_place)  # the end said only where the deadline is
    start_place, end_place = whole_name(p, start_place, known_place), whole_name(p, end_place, known_place)
    p.places = (start_place, *p.places[1:-1], end_place)
    if start_place is None and end_place is not None and returned_to(p, end_place):
        start_place, end_place = end_place, None  # "Lunch and a bookshop, from 11. Back at Kiasma by 2."
        p.places = (start_place, None)
    if times.departs_at is None and reader.second_reading_of_end(p, start_place, end_place, len(p.places) > 2) \
            != end_place:  # where one's ride leaves is the end, surely
        end_place, p.places = None, (start_place, None)
    durations = read_durations(p, times, task_in_clause)
    mentions = find_mentions(p)
    _hours_after_noon(mentions, times)
    tasks = make_tasks(mentions)
    limit = assign_durations(p, durations, mentions, tasks, times.span)
    times.limit = times.limit if times.limit is not None else limit
    deadline_of_a_visit(p, times, mentions)
    if not reader.learned_deadline_stands(p, times, mentions) and len(p.places) > 2:
        end_place = None  # the end was read where that time is said
    drop_limit_said_twice(times)
    _check_visit_times(p, mentions, times)
    deps = read_order(p.mlow, mentions, len(tasks), _labels(p, mentions, tasks))
    request = _request(p, tasks, deps, times, start_place, end_place)
    named = [(name, _task_index(mentions, pos), note) for name, pos, note in p.named]
    return ParseResult(request, "offline", p.notes, named)


def _hours_after_noon(mentions: list[Mention], times: Times) -> None:
    """A visit's morning hour before an afternoon start, that twelve hours later falls in the trip, is that hour
    after noon ("from 5pm ... dinner around 8": at 8pm)."""
    end = times.end
    for x in mentions:
        if x.timed and x.window is not None and times.start is not None and \
                x.window[1] < times.start <= x.window[1] + 12 * 60 and x.window[1] + 12 * 60 < 24 * 60 and \
                (end is None or x.window[0] + 12 * 60 < end):
            x.window = (x.window[0] + 12 * 60, x.window[1] + 12 * 60)


def _check_visit_times(p: Prompt, mentions: list[Mention], times: Times) -> None:
    """Refuse a visit said at a clock time that falls after the trip's end ("back at the park by 19:30", then
    "dinner at 20:00"), or, said after the start, one that ends before the trip starts ("leave at 2pm, lunch at 1"):
    the times contradict each other (no plan could keep both). One said before the start is left to the planner:
    what is done before the trip ("the hairdresser at 9, then I start there at 10")."""
    end, start = times.end, times.start
    for x in mentions:
        if not (x.timed and x.window is not None and x.tasks):  # a visit said again with its time too
            continue
        if end is not None and x.window[0] >= end:
            why = f"after the trip must end ({fmt(end)})"
        elif start is not None and times.start_at is not None and x.start > times.start_at and x.window[1] <= start:
            why = f"before the trip starts ({fmt(start)})"
        else:
            continue
        raise InputError(f"contradictory times: '{p.text[x.start:x.end]}' is said for {fmt(x.window[0])}-"
                         f"{fmt(x.window[1])}, {why}")


def _task_index(mentions: list[Mention], pos: int) -> int:
    """The index a visit named at ``pos`` takes among the tasks (those mentioned before it come first)."""
    return len({t for x in mentions if x.start < pos and (x.ref is None or x.ref_new) for t in x.tasks})


def _labels(p: Prompt, mentions: list[Mention], tasks) -> list[str]:
    """Each task as the prompt named it (for messages)."""
    labels: dict[int, str] = {}
    for x in mentions:
        for t in x.tasks if x.ref is None or x.ref_new else []:
            labels.setdefault(t, p.text[x.start:x.end])
    return [labels.get(i, tasks[i].category) for i in range(len(tasks))]


def _request(p: Prompt, tasks, deps, times: Times, start_place, end_place) -> TripRequest:
    """The validated request (preferences and mode read from the prompt)."""
    prefs = Preferences()
    for key, pat in PREF_CUES.items():
        if re.search(pat, p.low):
            setattr(prefs, key, min(1.0, getattr(prefs, key) + 0.4))
    mode = "drive" if re.search(r"\b(by car|drive|driving|car|rental car|taxi)\b", p.low) else "walk"
    req = dict(tasks=[t.model_dump() for t in tasks], start_place=start_place, end_place=end_place,
               date=times.date.isoformat() if times.date else None,
               start_time=fmt(times.start) if times.start is not None else None,
               deadline=fmt(times.deadline) if times.deadline is not None else None,
               time_limit_min=times.limit, dependencies=[{"before": a, "after": b} for a, b in sorted(deps)],
               preferences=prefs.model_dump(), mode=mode)
    try:
        request = validate_request(req)
    except InputError as exc:
        raise InputError(f"cannot read this prompt: {exc}") from None
    request.check_times()
    return request


__all__ = ["check_prompt", "match_category", "parse_offline"]
