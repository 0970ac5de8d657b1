"""A visit said after the start at a clock time that ends before the trip starts contradicts it ("leave at 2pm,
lunch at 1"): refused in one line; a visit said before the start, done before the trip, is left to the planner.  A
table booked for a time ("I booked a table for 8pm", "j'ai réservé pour 20h") is the time of the meal said before.
The sentences are written for these tests; none is taken from a prompt set."""

from __future__ import annotations

import pytest

from nco.errors import InputError

from conftest import planner_request


@pytest.mark.parametrize("text", [
    "Leaving the station at 2pm, lunch at 1 near the river, then a walk in a park. Back by 5.",
    "Samstag, Start 15 Uhr am Bahnhof, Mittagessen um 12 im Gasthof, danach Spielplatz, heim bis 18 Uhr.",
    "Amanhã saio da estação às 16h. Quero ir à igreja às 15h, depois jantar, e estar de volta até às 20h.",
    "Dimanche je quitte la gare à 16h. Je veux voir le musée à 15h, puis un square, et je rentre pour 18h.",
])
def test_a_visit_timed_before_the_start_is_refused(text):
    with pytest.raises(InputError, match="before the trip starts"):
        planner_request(text)


def test_a_visit_said_before_the_start_is_left_to_the_planner():
    request = planner_request("The hairdresser at 9, then I start from the station at 10: a museum, back by 1.")
    assert request.start_time is not None
    assert "museum" in [t.category for t in request.tasks]


@pytest.mark.parametrize("text, window", [
    ("From the station at 5pm: a museum and dinner at a bistro, I booked a table for 8pm. Back by 10.",
     ("19:45", "20:15")),
    ("From the station at 5pm: a museum, then dinner. Our dinner reservation is at 8pm. Back by 10.",
     ("19:45", "20:15")),
    ("Demain je pars de la gare à 17h. Un musée et dîner dans un bistrot, j'ai réservé pour 20h. Retour à 22h.",
     ("19:45", "20:15")),
    ("Amanhã saio da estação às 16h. Uma livraria e jantar num restaurante na Ribeira — já reservei mesa para as "
     "20h30. Às 22h tenho de estar em casa.", ("20:15", "20:45")),
])
def test_a_table_booked_is_the_time_of_the_meal(text, window):
    request = planner_request(text)
    meals = [t for t in request.tasks if t.category == "restaurant"]
    assert len(meals) == 1 and (meals[0].earliest, meals[0].latest) == window


def test_a_meal_booked_after_the_end_is_refused():
    with pytest.raises(InputError, match="after the trip must end"):
        planner_request("From the station at 5pm: a museum, then dinner, I booked a table for 8pm. Back by 7:30.")


def test_a_time_with_the_district_after_it_is_the_visits():
    with pytest.raises(InputError, match="before the trip starts"):
        planner_request("Leave the station at 2pm, have lunch with him at 1 in Little Italy, then a park. Back by 5.")


@pytest.mark.parametrize("text, start", [
    ("I leave the library at 3 after my shift. A present at a gift shop, then dinner at 6. Back home by 8.", "15:00"),
    ("Imorgon är jag ledig från tio vid stationen. Först en kaffe, sen en bokhandel. Hemma klockan två.", "10:00"),
])
def test_the_start_hour_said_with_what_comes_after_it(text, start):
    assert planner_request(text).start_time == start


@pytest.mark.parametrize("text, end", [
    ("From Marienplatz at 2pm: a museum and coffee. We reserved a table at Augustiner at 7pm.", "Augustiner"),
    ("From Marienplatz at 2pm: a museum and coffee. I booked a table at the Hofbräuhaus at 7.", "Hofbräuhaus"),
])
def test_a_table_booked_at_a_place_and_a_time_is_where_the_trip_ends(text, end):
    request = planner_request(text, "munich")
    assert (request.end_place, request.deadline) == (end, "19:00")
