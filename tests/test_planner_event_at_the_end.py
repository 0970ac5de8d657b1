"""What the trip ends at is no visit of its own: a meal said right before the end place with a clock time in its
clause ("dinner at Piroska Csárda at 7, which is booked"), a film there ("movie at Regal at seven"), a table in a
place whose name ends with the end place read ("einen Tisch im Stadtgasthaus zum Goldenen Hirschen").  A
nationality said of people ("my German in-laws") is no cuisine.  The person one meets there ("dinner with Rita at
Praça da Batalha") is no end place, though a café is called so.  The sentences are written for these tests; none is
taken from a prompt set."""

from __future__ import annotations

import pytest

from conftest import planner_request


@pytest.mark.parametrize("text, city, end, kinds", [
    ("Saturday from the Dreifaltigkeitskirche at 3pm: a pint somewhere, a viewpoint, and then dinner at Piroska Csárda "
     "at 7, which is booked.", "bayreuth_north", "Piroska Csárda", ["bar", "viewpoint"]),
    ("leaving Strawberry Square at four fifteen, the library and a sandwich, then movie at Regal at seven",
     "harrisburg", "Regal", ["library", "fast_food"]),
])
def test_a_meal_or_a_film_at_the_end_place_is_no_visit(text, city, end, kinds):
    req = planner_request(text, city)
    assert req.end_place == end and [t.tag or t.category for t in req.tasks] == kinds


def test_a_place_named_with_the_end_place_is_no_visit():
    req = planner_request("Start um 14 Uhr am Bahnhof: erst der Stadtpark, dann Kaffee und Kuchen. Um halb sieben "
                          "haben wir einen Tisch im Stadtgasthaus zum Goldenen Hirschen.", "krems")
    assert "restaurant" not in [t.category for t in req.tasks] and req.deadline == "18:30"


def test_a_meal_at_a_place_with_no_time_stays_a_visit():
    req = planner_request("From the Dreifaltigkeitskirche at 3pm: dinner at Piroska Csárda, then a viewpoint. "
                          "Back at the church by 9pm.", "bayreuth_north")
    assert "restaurant" in [t.category for t in req.tasks]


def test_a_nationality_said_of_people_is_no_cuisine():
    req = planner_request("Visiting my German in-laws. Saturday from the Dreifaltigkeitskirche at 3pm: a pint and a "
                          "viewpoint. Back by 6pm.", "bayreuth_north")
    assert [t.tag or t.category for t in req.tasks] == ["bar", "viewpoint"]


@pytest.mark.parametrize("text, city, end", [
    ("Thursday: leaving the Hospital Santo António at 17:30, a stationery shop, then the post office. At 19:00 "
     "dinner with Rita at Praça da Batalha.", "porto", "Praça da Batalha"),
    ("Sortie du bureau à 17h30, place d'Armes : le coiffeur et une boulangerie. À 19h dîner avec Julie au port "
     "Hercule.", "monaco", "port Hercule"),
])
def test_the_person_one_meets_at_the_end_is_no_end_place(text, city, end):
    req = planner_request(text, city)
    assert req.end_place == end


@pytest.mark.parametrize("text, city, start, end, kinds", [
    ("Gig at the Red Rattler, doors at 8pm. We're leaving Sydenham station at 6 and want a Thai dinner and a beer "
     "before the gig.", "sydney", "18:00", "20:00", ["restaurant", "bar"]),
    ("Opera at the Nationaltheater at 7:30 tonight. We're at Odeonsplatz at 5, a walk in the Hofgarten and then "
     "an ice cream before the opera.", "munich", "17:00", "19:30", ["park", "ice_cream"]),
])
def test_a_show_said_first_is_where_the_trip_ends_when_visits_come_before_it(text, city, start, end, kinds):
    req = planner_request(text, city)
    assert (req.start_time, req.deadline) == (start, end)
    assert [t.category for t in req.tasks] == kinds


def test_head_in_a_name_is_no_start():
    req = planner_request("Concert at Rams Head Live, doors at 8pm. We're leaving the Four Seasons at 6: dinner "
                          "and one drink at a bar before the show.", "baltimore")
    assert (req.start_place, req.start_time, req.deadline, req.end_place) == (
        "Four Seasons", "18:00", "20:00", "Rams Head Live")
