"""The planner reads trip requests written as terse notes: hours written short with no clock word ("14h", "10u",
"10a", "h 11"), two hours joined by a dash after the start, the way back said with an hour alone ("back 11",
"tornar 13h", "tills 16"), a budget written as hours after "max", and the last item of a list that opens with
its hour and names where the trip ends.  The sentences are written for these tests; none is taken from a
prompt set."""

from __future__ import annotations

import pytest
from conftest import PROMPT_DAY

from nco.errors import InputError
from nco.planner.offline.lang import detect
from nco.planner.parse import parse_offline
from nco.planner.plan import knows, load_planner_city


def _request(text: str, city: str | None = None):
    """The request read from ``text``, with the map of ``city`` when given."""
    known = knows(load_planner_city(city)) if city else None
    return parse_offline(text, today=PROMPT_DAY, known_place=known).request


@pytest.mark.parametrize("text, start, deadline", [
    ("Marienplatz 13h: bakery, bookshop, fin 17h", "13:00", "17:00"),
    ("Odeonsplatz 9a, then a pharmacy and a bakery; back 1p", "09:00", "13:00"),
    ("Marienplatz 10-14. pharmacy; lunch; museum", "10:00", "14:00"),
    ("Marienplatz 2-6pm: bookshop, cafe", "14:00", "18:00"),
    ("Marienplatz 9am: bakery, pharmacy. back 11", "09:00", "11:00"),
    ("Odeonsplatz 3pm -> ice cream -> playground, back 6", "15:00", "18:00"),
])
def test_hours_written_short_and_ranges(text, start, deadline):
    req = _request(text)
    assert (req.start_time, req.deadline) == (start, deadline)


@pytest.mark.parametrize("text, city, start", [
    ("Marienplatz h 10 • il museo • un gelato per i bambini • max 2h", "munich", "10:00"),
    ("Marienplatz 11u: de kerk, het park en een bakker; max 3u", "munich", "11:00"),
])
def test_a_budget_written_as_hours_after_max(text, city, start):
    req = _request(text, city)
    assert (req.start_time, req.deadline, req.time_limit_min) == (start, None, 120 if "2h" in text else 180)


def test_a_budget_after_max_is_no_clock_time():
    req = _request("Odeonsplatz 10:00, museum and bakery, max 3h")
    assert (req.start_time, req.deadline, req.time_limit_min) == ("10:00", None, 180)


@pytest.mark.parametrize("text, deadline", [
    ("Odeonsplatz 10h → bakery → museum → tornar 14h", "14:00"),
    ("Odeonsplatz 10h — bakery → museum — vuelta 13h", "13:00"),
    ("Odeonsplatz kl 10. så många kaféer som möjligt, tills 15", "15:00"),
])
def test_the_way_back_in_the_words_of_notes(text, deadline):
    req = _request(text)
    assert (req.start_time, req.deadline) == ("10:00", deadline)


@pytest.mark.parametrize("text, end, deadline", [
    ("Marienplatz 9 Uhr • Bäcker • Apotheke • 12 Uhr Termin Odeonsplatz", "Odeonsplatz", "12:00"),
    ("Marienplatz 14h → museum → café → 18h Odeonsplatz", "Odeonsplatz", "18:00"),
])
def test_the_last_item_opened_by_its_hour_is_the_end(text, end, deadline):
    req = _request(text, "munich")
    assert (req.start_time is not None, req.end_place, req.deadline) == (True, end, deadline)


def test_an_hour_opening_a_visit_stays_the_visit_s():
    req = _request("Marienplatz 10h • museum • 13h lunch • bookshop", "munich")
    assert (req.start_time, req.deadline, req.end_place) == ("10:00", None, None)


@pytest.mark.parametrize("text, start, deadline, limit", [
    ("Marienplatz 9h30 -> bakery -> pharmacy -> back 11h30", "09:30", "11:30", None),
    ("Marienplatz 10h-14h: museum, lunch", "10:00", "14:00", None),
    ("Marienplatz 2p: museum, cafe; home 5p", "14:00", "17:00", None),
    ("Marienplatz 10h - museum - bakery - 3h", "10:00", None, 180),
])
def test_the_start_s_hour_is_no_duration_and_an_amount_alone_last_is_the_budget(text, start, deadline, limit):
    req = _request(text)
    assert (req.start_time, req.deadline, req.time_limit_min) == (start, deadline, limit)


@pytest.mark.parametrize("text, city, end", [
    ("Isartor 10-13: museum, cafe. Ende Marienplatz", "munich", "Marienplatz"),
    ("Sydenham 2-5pm: bakery, pharmacy, finish Marrickville Metro", "sydney", "Marrickville Metro"),
])
def test_the_end_written_after_a_word_of_ending(text, city, end):
    assert _request(text, city).end_place == end


@pytest.mark.parametrize("text, lang", [
    ("Praça Central 17h → jantar → teatro → 23h", "pt"),
    ("Parque Norte 9h → lavandería → comida rápida → ferretería", "es"),
])
def test_a_note_with_few_small_words_is_read_by_its_kinds_of_place(text, lang):
    assert detect(text) == lang


@pytest.mark.parametrize("text", ["Holnap tíz órakor megyünk a múzeumba", "Krems pályaudvar 10:00 → kávézó → templom"])
def test_a_note_in_another_language_is_still_refused(text):
    with pytest.raises(InputError, match="does not look like"):
        detect(text)
