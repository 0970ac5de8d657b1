"""The planner reads when a trip starts and ends said in more ways: a range of hours in number words
("de tres a seis", "kolmesta kuuteen"), Portuguese "até a uma", a German "um X am Y ... und müssen um Z wieder
da sein", a Finnish "pitää olla X:ssa", a German train that "kommt um X in Y an", a ride to catch at a place
("je dois prendre le train à X"), "danach fange ich dort an" and "um eins treffen wir uns am X".  The sentences are written
for these tests; none is taken from a prompt set."""

from __future__ import annotations

import pytest

from nco.errors import InputError
from nco.planner.parse import parse_offline
from nco.planner.plan import knows, load_planner_city

from conftest import PROMPT_DAY, planner_kinds


def _request(text: str):
    """The request read from ``text``, without a map."""
    return parse_offline(text, today=PROMPT_DAY).request


@pytest.mark.parametrize("text, start, deadline", [
    ("De tres a seis, desde la Plaza Mayor: quiero ver un museo y después tomar un café.", "15:00", "18:00"),
    ("De quatre a set de la tarda, des de la Plaça Major: un museu i un cafè.", "16:00", "19:00"),
    ("Iltapäivällä kolmesta kuuteen Kauppatorilta: ensin museo ja sitten kahvila.", "15:00", "18:00"),
    ("Aamulla klo yhdeksästä yhteentoista Rautatientorilta: kirjasto ja leipomo.", "09:00", "11:00"),
])
def test_a_range_of_hours_in_number_words(text, start, deadline):
    req = _request(text)
    assert (req.start_time, req.deadline) == (start, deadline)


def test_a_count_in_number_words_is_no_range():
    assert _request("Quiero ver de dos a tres museos desde la Plaza Mayor.").deadline is None


def test_until_one_oclock_in_portuguese():
    req = _request("Começo na Praça da Sé às nove e volto para lá até a uma: um museu e um café.")
    assert (req.start_time, req.deadline) == ("09:00", "13:00")


def test_until_a_place_in_portuguese_is_no_hour():
    req = _request("Começo na Praça da Sé às nove e vou até a uma farmácia, depois um café.")
    assert (req.start_time, req.deadline) == ("09:00", None)
    assert planner_kinds("Começo na Praça da Sé às nove e vou até a uma farmácia, depois um café.") == \
        ["pharmacy", "cafe"]


def test_the_start_said_with_its_place_and_the_end_said_after_und():
    req = _request("Wir starten um zehn am Rathausplatz und müssen um halb eins wieder da sein. Ein Museum und "
                   "dann ein Café.")
    assert (req.start_place, req.start_time, req.deadline) == ("Rathausplatz", "10:00", "12:30")


def test_must_be_at_a_place_in_finnish():
    req = _request("Lähden Kauppatorilta kello 10. Kirjasto ja kahvila, ja kello 12 pitää olla Hakaniemessä.")
    assert (req.start_time, req.deadline) == ("10:00", "12:00")


def test_a_train_coming_in_is_the_start():
    req = _request("Unser Zug kommt um 8:40 in Oberdorf an. Um 11 muss ich beim Rathaus sein. Dazwischen eine "
                   "Apotheke.")
    assert (req.start_place, req.start_time, req.deadline) == ("Oberdorf", "08:40", "11:00")


@pytest.mark.parametrize("text, start, end, deadline", [
    ("Je pars de Bastille à 15h : un musée et un café. Je dois prendre le train à Gare de Lyon à 18h.",
     "Bastille", "Gare de Lyon", "18:00"),
    ("Salgo de la Plaza Mayor a las diez. Un museo y un café; tengo que coger el tren en Atocha a las doce.",
     "Plaza Mayor", "Atocha", "12:00"),
    ("Saio do Rossio às dez. Um museu e um café; tenho que pegar o metrô na Baixa às 13h.", "Rossio", "Baixa", "13:00"),
    ("Parto da Piazza Navona alle dieci. Un museo e un caffè; devo prendere il treno a Termini alle 13.",
     "Piazza Navona", "Termini", "13:00"),
])
def test_a_ride_to_catch_at_a_place_is_the_end(text, start, end, deadline):
    req = _request(text)
    assert (req.start_place, req.end_place, req.deadline) == (start, end, deadline)


def test_starting_where_an_appointment_was():
    known = knows(load_planner_city("munich"))
    req = parse_offline("Friseur um 9 am Marienplatz, danach fange ich dort an, gegen 10. Bis 13 Uhr: ein Museum "
                        "und ein Café.", today=PROMPT_DAY, known_place=known).request
    assert (req.start_place, req.start_time, req.deadline) == ("Marienplatz", "10:00", "13:00")


def test_meeting_others_at_a_time_said_first_is_the_end():
    known = knows(load_planner_city("munich"))
    req = parse_offline("Ich fange um neun am Sendlinger Tor an: ein Museum, dann ein Café, und um eins treffen wir "
                        "uns am Odeonsplatz.", today=PROMPT_DAY, known_place=known).request
    assert (req.start_place, req.start_time, req.end_place, req.deadline) == \
        ("Sendlinger Tor", "09:00", "Odeonsplatz", "13:00")


def test_studying_at_a_place_until_a_time_is_the_start():
    req = _request("Je révise à la Bibliothèque Mazarine jusqu'à midi, ensuite un café et une librairie, et je dois "
                   "être rentré pour 16h.")
    assert (req.start_place, req.start_time, req.deadline) == ("Bibliothèque Mazarine", "12:00", "16:00")


@pytest.mark.parametrize("text, start, deadline", [
    # half an hour before one in digits is half past twelve, as in words
    ("Ab 9:30 am Marienplatz, dann die Frauenkirche. Um halb 1 wieder am Marienplatz.", "09:30", "12:30"),
    # the Dutch "één" with its accents is one o'clock
    ("Om half tien vertrekken we vanaf de Dam, een museum. Om één uur zijn we terug.", "09:30", "13:00"),
])
def test_half_before_one_in_digits_and_dutch_een(text, start, deadline):
    req = _request(text)
    assert (req.start_time, req.deadline) == (start, deadline)


def test_half_past_midnight_said_as_midnight_stays_past_midnight():
    with pytest.raises(InputError, match="past midnight"):
        _request("Départ de la place d'Armes à vingt-deux heures trente, un bar, et il faut que j'aie fini avant "
                 "minuit et demi.")
