"""The planner reads more ways of saying the trip's times: being back or done at a time in Spanish,
Portuguese and German, the ride home said with the hour first, a time budget said with the subject left
out or alone after the start time, the budget that the start and the deadline already say, and an
event said with its time first that the visits come before.  The sentences are written for these tests;
none is taken from a prompt set."""

from __future__ import annotations

import pytest

from nco.planner.parse import parse_offline

from conftest import PROMPT_DAY, planner_request


def _request(text: str):
    """The request read from ``text`` (no map)."""
    return parse_offline(text, today=PROMPT_DAY).request


@pytest.mark.parametrize("text, start, deadline", [
    ("Salgo de la plaza Mayor a las 10, quiero un café y una farmacia. Tengo que volver a la biblioteca a las 12.",
     "10:00", "12:00"),
    ("Salimos del mercado a las 9, una panadería y un museo; volvemos a la 1.", "09:00", "13:00"),
    ("Saio da Praça Nova às 15h, quero uma padaria e um museu. Preciso estar de volta no parque às 18h.",
     "15:00", "18:00"),
    ("Ab 10 Uhr vom Rathausplatz: ein Café und dann die Apotheke, um 12:30 muss ich fertig sein.", "10:00", "12:30"),
    ("Am Montag fahre ich mit dem Zug und beginne um 9 Uhr am Bahnhof Süd. Ich will zum Bäcker und in die "
     "Kirche. Um 11 Uhr geht mein Zug zurück.",
     "09:00", "11:00"),
])
def test_back_or_done_at_a_time(text, start, deadline):
    request = _request(text)
    assert (request.start_time, request.deadline) == (start, deadline)


def test_done_at_a_time_without_start_time():
    request = _request("Los geht's am Rathausplatz, ein Café und ein Park, um 17:00 wollen wir zurück sein.")
    assert (request.start_time, request.deadline) == (None, "17:00")


@pytest.mark.parametrize("text, start, limit", [
    ("Wir sind ab 15 Uhr am Marktplatz und haben 60 Minuten für einen Kaffee und eine Apotheke.", "15:00", 60),
    ("Central Square, 2pm, three hours: a museum and a bakery, any order.", "14:00", 180),
])
def test_time_budget_said_briefly(text, start, limit):
    request = _request(text)
    assert (request.start_time, request.time_limit_min, request.deadline) == (start, limit, None)


def test_budget_said_by_start_and_deadline_is_the_deadline():
    request = _request("Got a 2-hour gap between meetings, starting 10:00 from Central Square: a bakery and a "
                       "museum. Back at Central Square by 12:00.")
    assert (request.start_time, request.deadline, request.time_limit_min) == ("10:00", "12:00", None)


@pytest.mark.parametrize("text, start, deadline, end", [
    ("Um 15 Uhr ist die Hochzeit in der Marienkirche. Vorher, ab dem Rathausplatz um 12: zum Friseur und Mittagessen.",
     "12:00", "15:00", "Marienkirche"),
    ("At 4pm is the wedding at Holy Cross Church. Before that, from Central Square at 1pm: a florist and lunch.",
     "13:00", "16:00", "Holy Cross Church"),
])
def test_event_said_time_first_then_before_that(text, start, deadline, end):
    request = _request(text)
    assert (request.start_time, request.deadline, request.end_place) == (start, deadline, end)


@pytest.mark.parametrize("text, start, deadline", [
    ("Mein Mittag ist von 12:00 bis 13:30, ich will zur Apotheke und in ein Café.", "12:00", "13:30"),
    ("A minha pausa é de 12h às 13h30: quero uma padaria e um museu.", "12:00", "13:30"),
    ("Tengo libre de 10:00 a 12:30, quiero una farmacia y un museo.", "10:00", "12:30"),
])
def test_a_range_said_with_de_or_von(text, start, deadline):
    request = _request(text)
    assert (request.start_time, request.deadline) == (start, deadline)


def test_time_after_start_place_said_roughly():
    request = _request("Vi ses vid Centralplan typ kvart i tio, ett kafé och en park. Tåget hem går vid två.")
    assert request.start_time == "09:45"


def test_class_over_with_a_place_between():
    request = _request("Seminar an der Uni aus um 11:45. Dann Mittagessen und eine Apotheke, um 13:30 bin ich "
                       "im Kino verabredet.")
    assert (request.start_time, request.deadline) == ("11:45", "13:30")


def test_arriving_said_of_oneself_is_the_start():
    request = _request("we get to Central Station at ten to nine and want a bakery and a museum, then back at the "
                       "station for the 1 oclock train")
    assert (request.start_time, request.deadline) == ("08:50", "13:00")


@pytest.mark.parametrize("text, start, deadline", [
    ("Heading to a concert at the Old Hall at 8pm. Leaving Central Square at 5, want dinner and a pharmacy first.",
     "17:00", "20:00"),
    ("Going to a party at a friend's house on Oak Road at 7. I'm at the Mall from 5:15 - need a bakery and a "
     "florist.", "17:15", "19:00"),
])
def test_going_to_an_event_before_the_start_is_said(text, start, deadline):
    request = _request(text)
    assert (request.start_time, request.deadline) == (start, deadline)


def test_midday_said_as_lunchtime_leaves_the_start_to_the_later_time():
    request = _request("Tinc una hora lliure al migdia. Surto de la Plaça Major a la una: vull una farmàcia i un "
                       "supermercat.")
    assert (request.start_time, request.time_limit_min) == ("13:00", 60)


@pytest.mark.parametrize("text, start, deadline", [
    ("I'm free from 4 until 8:30, from the Isartor. First a church, then a gift shop and at 7 I want dinner.",
     "16:00", "20:30"),
    ("Tengo libre de las cuatro a las ocho y media, salgo del Isartor. Primero una iglesia, luego una tienda de "
     "regalos y a las siete quiero cenar.", "16:00", "20:30"),
])
def test_a_time_inside_the_range_said_is_a_visits_not_the_end(text, start, deadline):
    req = _request(text)
    assert (req.start_time, req.deadline) == (start, deadline)
    assert req.tasks[-1].category == "restaurant" and req.tasks[-1].earliest is not None


@pytest.mark.parametrize("text, start, deadline", [
    ("Train out of the Hauptbahnhof at 5:40. I'm at the Isartor from 2: a pharmacy, then coffee.", "14:00", "17:40"),
    ("Flight out of the airport at 9:30. We're at the Marienplatz from 3: a museum and dinner.", "15:00", "21:30"),
])
def test_a_departure_said_first_is_the_end(text, start, deadline):
    req = _request(text)
    assert (req.start_time, req.deadline) == (start, deadline)


@pytest.mark.parametrize("text, limit", [
    ("We beginnen om tien uur bij het museum en hebben drieënhalf uur: een café en een park.", 210),
    ("Vi startar vid museet klockan tio och har tre timmar: ett kafé och en park.", 180),
])
def test_a_budget_said_after_and_with_the_subject_left_out(text, limit):
    assert _request(text).time_limit_min == limit


def test_the_full_stop_after_pm_ends_the_sentence():
    req = planner_request("We start at Marienplatz at 2pm and must be back by 5pm. We'd like to change money.", "munich")
    assert (req.start_time, req.deadline, [t.tag or t.category for t in req.tasks]) == (
        "14:00", "17:00", ["bank"])
