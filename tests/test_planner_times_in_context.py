"""The planner reads when a trip starts and how it ends from the way a sentence says it: the end of what one is
busy with is the start, an hour said with a part of the day, the time one has said as a budget.  The sentences are
written for these tests; none is taken from a prompt set."""

from __future__ import annotations

import pytest

from nco.errors import InputError
from nco.planner.parse import parse_offline
from conftest import PROMPT_DAY, planner_request as _request



@pytest.mark.parametrize("text, city, start", [
    ("Our meetings wrap up at 3:15pm near Marienplatz. A museum, then a beer garden, back by 7.", "munich", "15:15"),
    ("early shift done at 6am, I'm at Karlsplatz. a bakery and a pharmacy, home by 8", "munich", "06:00"),
    ("My class is over at 2pm at Odeonsplatz, then a bookshop and a cafe until 5pm.", "munich", "14:00"),
])
def test_the_end_of_what_one_is_busy_with_is_the_start(text, city, start):
    assert _request(text, city).start_time == start


@pytest.mark.parametrize("text, city, start", [
    ("I'm at Karlsplatz until 11, then a museum and lunch. Back by 3pm.", "munich", "11:00"),
    ("Je suis à la place Pasdeloup jusqu'à 10h, ensuite une boulangerie et un musée.", "paris", "10:00"),
    ("Jag är på Mariatorget fram till kl 13. Sedan ett museum och en bokhandel.", "stockholm", "13:00"),
])
def test_being_at_the_start_until_a_time_is_the_start(text, city, start):
    assert _request(text, city).start_time == start


def test_until_a_time_after_the_start_stays_the_deadline():
    req = _request("Starting at Karlsplatz at 10, a museum and lunch until 3pm.", "munich")
    assert (req.start_time, req.deadline) == ("10:00", "15:00")


@pytest.mark.parametrize("text, city, start", [
    ("Morgen gegen 6 in der Früh am Odeonsplatz: Bäcker und Kirche. Bis 9 zurück.", "munich", "06:00"),
    ("A partir das 9, saio da Ribeira: uma igreja e um museu.", "porto", "09:00"),
])
def test_the_hour_of_the_start_as_said(text, city, start):
    assert _request(text, city).start_time == start


@pytest.mark.parametrize("text, city, minutes", [
    ("Lähden Kauppatorilta klo 10: kahvila ja museo. Tunti aikaa.", "helsinki", 60),
    ("On part de la place Pasdeloup à 10h : un musée et une boulangerie. On a deux heures devant nous.", "paris", 120),
    ("Saio da Ribeira às 15h, uma igreja e um café, tenho umas 2h e meia.", "porto", 150),
])
def test_the_time_one_has_is_a_budget_not_a_clock_time(text, city, minutes):
    req = _request(text, city)
    assert (req.time_limit_min, req.deadline) == (minutes, None)


def test_a_time_said_as_the_name_of_an_event_is_no_end():
    text = "From Karlsplatz at 4pm, a cafe and the cinema, it's the 7:45 screening. Home by 10."
    assert _request(text, "munich").deadline == "22:00"


@pytest.mark.parametrize("text, city, deadline", [
    ("Starting at Odeonsplatz at 1pm, a bookshop and a bakery before my 2:30 call.", "munich", "14:30"),
    ("Karlsplatz 6:30pm, then a bar for the 9pm gig", "munich", "21:00"),
])
def test_the_time_of_an_event_that_closes_the_trip_is_its_end(text, city, deadline):
    # the rules read these as the times of events; the learned reading of times (trained on how the labelled
    # sets end such trips) makes them the deadline, as no visit is said after them
    assert _request(text, city).deadline == deadline


@pytest.mark.parametrize("text, city", [
    ("From Place Pasdeloup at 9am: a bakery and a museum, then home for lunch at 1.", "paris"),
    ("Från Mariatorget kl 9: ett museum och en bokhandel. Hemma till lunch kl 13.", "stockholm"),
])
def test_home_for_a_meal_at_a_time_is_the_end(text, city):
    assert _request(text, city).deadline == "13:00"


def test_an_hour_said_with_its_unit_is_a_clock_time():
    req = _request("Saímos da Ribeira às nove horas: uma igreja e um museu, até às quatro horas.", "porto")
    assert (req.start_time, req.deadline) == ("09:00", "16:00")


@pytest.mark.parametrize("text, city, minutes", [
    ("I have a 45 minute lunch break from 12:30 at Place Pasdeloup: a bakery and a pharmacy.", "paris", 45),
    ("Pause déjeuner d'une heure à partir de 12h15 depuis la place Pasdeloup : une boulangerie et une pharmacie.",
     "paris", 60),
])
def test_the_length_of_a_lunch_break_is_the_budget(text, city, minutes):
    assert _request(text, city).time_limit_min == minutes


def test_a_budget_that_ends_at_the_deadline_is_one_end():
    req = _request("I have two hours from Kauppatori at 10: a museum and a cafe, back by 12.", "helsinki")
    assert (req.deadline, req.time_limit_min) == ("12:00", None)


def _times(text: str) -> tuple[str | None, str | None]:
    req = parse_offline(text, today=PROMPT_DAY).request
    return req.start_time, req.deadline


@pytest.mark.parametrize("text, times", [
    ("Salimos de la plaza a las 3 de la tarde. Queremos ir a un parque y a un café. Tenemos que estar de vuelta "
     "a las 5:30.", ("15:00", "17:30")),
    ("Partimos da praça às 14h, um museu e um café. Temos de estar de volta às 6:15.", ("14:00", "18:15")),
    ("Ab 14 Uhr vom Marktplatz: ein Museum und ein Café. Zurück um 6:15.", ("14:00", "18:15")),
    # the morning would make the trip end before it begins: a contradiction only when no evening fits
    ("Saindo da praça às 10h, quero ir a um parque e voltar até as 9h30.", None),
])
def test_an_early_24_hour_deadline_after_an_afternoon_start_is_in_the_evening(text, times):
    if times is None:
        with pytest.raises(InputError, match="contradictory times|past midnight"):
            _times(text)
    else:
        assert _times(text) == times


@pytest.mark.parametrize("text, times", [
    ("I'm at the square at 7:00. A pharmacy and a bakery, then a church. I want to be at the station by 9:30 at "
     "the latest.", ("07:00", "09:30")),
    ("From the square at 7: a bakery and a newsagent. Back by 10.", ("07:00", "10:00")),
    # a word of the evening keeps the evening
    ("From the square at 7: a bar and dinner. Back by 10.", ("19:00", "22:00")),
])
def test_an_early_hour_with_a_morning_deadline_is_in_the_morning(text, times):
    assert _times(text) == times
