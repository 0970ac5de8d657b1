"""Food or drink said with the place it is had at ("un caffè con una fetta di torta in una pasticceria"): one
visit, there.  A station named like the district it stands in ("metro do Bolhão") is that station, not the main
station of the extract.  The sentences are written for these tests; none is taken from a prompt set."""

from __future__ import annotations

import pytest

from conftest import planner_kinds
from nco.planner.plan import load_planner_city


@pytest.mark.parametrize("text, city, kinds", [
    ("Partenza alle 14 dal Dom. Prendere un caffè con una fetta di torta in una pasticceria, poi la chiesa. "
     "Rientro alle 17.", "krems", ["bakery", "church"]),
    ("Start at Marienplatz at 3pm: a beer with a pretzel in a beer garden, then the church. Back by 6.", "munich",
     ["bar", "church"]),
])
def test_food_had_at_a_place_to_eat_is_one_visit_there(text, city, kinds):
    assert planner_kinds(text, city) == kinds


def test_a_coffee_then_a_place_to_eat_are_two_visits():
    assert planner_kinds("Start at Marienplatz at 3pm: a coffee, then dinner in a restaurant. Back by 9.",
                         "munich") == ["cafe", "restaurant"]


@pytest.fixture(scope="module")
def porto():
    return load_planner_city("porto")


@pytest.mark.parametrize("phrase", ["metro do Bolhão", "estação do Bolhão", "Bolhão"])
def test_a_station_named_like_its_district_is_that_station(porto, phrase):
    found = porto.locate(phrase).place
    assert found is not None and found.name == "Bolhão" and found.kind == "station"
