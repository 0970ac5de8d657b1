"""Someone else's day said beside the trip ("my husband's train is at 4, I start at ...") gives the trip
neither its times nor its places; a trip planned for someone else, or one the writer shares with them, is
read as before.  A doctor said with a clock time is an appointment where the trip ends, not a visit to
plan.  The sentences are written for these tests; none is taken from a prompt set."""

from __future__ import annotations

import pytest

from nco.planner.parse import parse_offline
from nco.planner.plan import knows, load_planner_city

from conftest import PROMPT_DAY


def _parse(text: str, city: str | None = None):
    known = knows(load_planner_city(city)) if city else None
    return parse_offline(text, today=PROMPT_DAY, known_place=known)


@pytest.mark.parametrize("text, start, end", [
    ("My brother's flight lands at 7, he takes a taxi. I start at 9:30 and need a bakery and a bank, done by 12.",
     "09:30", "12:00"),
    ("Mein Mann hat um 8 einen Termin beim Arzt. Ich starte um 10 und will in eine Buchhandlung, bis 13 Uhr.",
     "10:00", "13:00"),
    ("Ma fille a son cours de danse à 15h. Je commence à 14h30 : une pharmacie et un café, jusqu'à 17h.",
     "14:30", "17:00"),
    ("Mi hermana llega a las 8, pero va directa al hotel. Yo empiezo a las 10: un museo y un café, hasta las 13.",
     "10:00", "13:00"),
])
def test_someone_elses_times_are_not_the_trips(text, start, end):
    res = _parse(text)
    assert (res.request.start_time, res.request.deadline) == (start, end)
    assert any("someone else's day" in n for n in res.notes)


def test_someone_elses_place_is_not_the_end():
    """The bus station the husband leaves from is not where the trip ends."""
    res = _parse("My husband's bus leaves at 8 from the bus station. I'm starting at Plaça Guillemó at 10:30 and "
                 "I've got until 1: a bookshop and a supermarket.", "andorra")
    assert res.request.end_place is None and res.request.deadline == "13:00"
    assert res.request.start_place == "Plaça Guillemó"


@pytest.mark.parametrize("text, start, end", [
    # the trip is theirs: no sentence of the writer's own says a time
    ("My parents arrive at 10 and want a museum, then lunch. They must be done by 2pm.", "10:00", "14:00"),
    # the writer joins them
    ("My sister and I start at 10: a museum, then lunch, back by 2pm.", "10:00", "14:00"),
    ("Meine Frau und ich starten um 16 Uhr und haben bis 18:30 Zeit: eine Apotheke und eine Bar.", "16:00", "18:30"),
])
def test_a_trip_for_them_or_with_them_keeps_its_times(text, start, end):
    res = _parse(text)
    assert (res.request.start_time, res.request.deadline) == (start, end)
    assert not any("someone else's day" in n for n in res.notes)


def test_they_pick_me_up_where_the_trip_ends():
    """"My daughter picks me up at the library at 2" is the trip's end, not someone else's day."""
    res = _parse("I'm at Grace Church around noon. The bank, then lunch. My daughter picks me up at the "
                 "East Shore Library at 2.", "harrisburg")
    assert res.request.deadline == "14:00"
    assert not any("someone else's day" in n for n in res.notes)


@pytest.mark.parametrize("text, city, end_place, end, kinds", [
    ("Dentist at 11:30 near the Shot Tower. I'll start at O'Donnell Square Park at 9: a bakery and the library.",
     "baltimore", "Shot Tower", "11:30", ["bakery", "library"]),
    ("Zahnarzt um 15 Uhr am Odeonsplatz. Vorher ab 12 vom Marienplatz: eine Apotheke und ein Café.",
     "munich", "Odeonsplatz", "15:00", ["pharmacy", "cafe"]),
    ("Tengo el dentista a las 11:45 en la Plaça Rebés. Antes, desde el Parc Central a las 9: una panadería.",
     "andorra", "Plaça Rebés", "11:45", ["bakery"]),
])
def test_a_doctors_appointment_with_its_time_ends_the_trip(text, city, end_place, end, kinds):
    req = _parse(text, city).request
    assert (req.end_place, req.deadline) == (end_place, end)
    assert [t.category if t.tag is None else t.tag for t in req.tasks] == kinds


def test_a_doctor_without_a_time_or_followed_by_visits_is_a_visit():
    """No clock time, or visits said after it: the doctor is planned like any place."""
    assert any(t.tag == "amenity=dentist" for t in _parse("From Marienplatz at 10: the dentist, then a cafe.").request.tasks)
    req = _parse("From Marienplatz at 9: the dentist at 10:00, then a cafe and a bakery.").request
    assert req.tasks[0].tag == "amenity=dentist" and len(req.tasks) == 3
