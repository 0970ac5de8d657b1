"""What is said around the visits is no visit of its own: a meal had before the trip starts ("after lunch, from
the park"), an appointment with its own time (a dentist at 11, a dinner at 7 where the trip ends), a thing not
wanted ("no museum visit needed"); "tutti i bar che riesco" asks for as many as possible.  The sentences are
written for these tests; none is taken from a prompt set."""

from __future__ import annotations

import pytest

from conftest import PROMPT_DAY, planner_kinds


@pytest.mark.parametrize("text, kinds", [
    ("J'arrive à la gare vers 14h, après le déjeuner. Une librairie et une pharmacie.", ["bookshop", "pharmacy"]),
    ("Ab zwei, nach dem Mittagessen, vom Bahnhof aus. Eine Bäckerei und eine Apotheke.", ["bakery", "pharmacy"]),
    ("Parto dalla stazione dopo pranzo, verso le due, e ho due ore: una farmacia e un supermercato.",
     ["pharmacy", "supermarket"]),
    ("Tenho duas horas depois do almoço, começando às 14h na estação. Uma farmácia e um supermercado.",
     ["pharmacy", "supermarket"]),
])
def test_meal_said_as_when_the_trip_starts(text, kinds):
    assert planner_kinds(text) == kinds


@pytest.mark.parametrize("text, kinds", [
    ("I'm at the station at 9. A cinema after dinner.", ["cinema", "restaurant"]),
    ("From the station at 10: a museum, then lunch, then a park.", ["museum", "restaurant", "park"]),
])
def test_meal_after_a_visit_stays_a_visit(text, kinds):
    assert sorted(planner_kinds(text)) == sorted(kinds)


@pytest.mark.parametrize("text, kinds", [
    ("Estoy en la estación desde las 9. A las 11 tengo dentista. Antes: una farmacia y un parque.",
     ["pharmacy", "park"]),
    ("Dentist appointment at 11 near the station. From 9 at the station: a bakery and a bank, then back for the "
     "dentist.", ["bakery", "bank"]),
    ("Zahnarzt um 9 am Bahnhof, danach fange ich dort an. Eine Bäckerei und eine Bank.", ["bakery", "bank"]),
])
def test_doctor_with_a_time_is_an_appointment(text, kinds):
    assert planner_kinds(text) == kinds


def test_event_where_the_trip_ends_is_no_visit():
    from nco.planner.parse import parse_offline
    req = parse_offline("Concert at Town Hall at 8pm. I'm free from 5 at the station: a bookshop, then dinner, "
                        "and I must be at Town Hall by eight.", today=PROMPT_DAY).request
    assert [t.category for t in req.tasks] == ["bookshop", "restaurant"]


@pytest.mark.parametrize("text, kinds", [
    ("I have two hours from 2 at the station. No museum visit needed, just a bakery and a bank.",
     ["bakery", "bank"]),
    ("I have two hours from 2 at the station. No garden stroll needed, just a bakery and a bank.",
     ["bakery", "bank"]),
])
def test_thing_not_wanted(text, kinds):
    assert planner_kinds(text) == kinds


@pytest.mark.parametrize("text", [
    "Parto dalla stazione alle 15 e ho tempo fino alle 18: tutti i bar che riesco.",
    "Je pars de la gare à 15h, jusqu'à 18h : tous les bars que je peux.",
])
def test_all_that_one_manages_is_as_many_as_possible(text):
    from nco.planner.parse import parse_offline
    tasks = parse_offline(text, today=PROMPT_DAY).request.tasks
    assert [(t.category, t.maximize) for t in tasks] == [("bar", True)]


@pytest.mark.parametrize("text, kinds", [
    ("Saí de uma consulta às 10h na estação e quero uma farmácia e um supermercado.", ["pharmacy", "supermarket"]),
])
def test_consulta_is_an_appointment(text, kinds):
    assert planner_kinds(text) == kinds


def test_meal_one_is_expected_for_where_the_trip_ends():
    text = "Ab 9 vom Odeonsplatz zur Apotheke und zur Bank. Um 12 bin ich zum Mittagessen am Marienplatz verabredet."
    assert planner_kinds(text, "munich") == ["pharmacy", "bank"]


@pytest.mark.parametrize("text, city, kinds", [
    ("Salgo a las 10 de la Biblioteca Pública del Govern. Quiero una panadería y un café. A las dos tengo que estar "
     "otra vez en la biblioteca.", "andorra", ["bakery", "cafe"]),
    ("Um neun geht's am Sportheim TSV Bindlach los: Bäckerei und Supermarkt, dann wieder zum Sportheim.",
     "bayreuth_north", ["bakery", "supermarket"]),
])
def test_back_again_at_the_start(text, city, kinds):
    assert planner_kinds(text, city) == kinds


def test_through_as_many_as_possible():
    from nco.planner.parse import parse_offline
    tasks = parse_offline("Começo às 14h na estação. Quero passear pelo máximo de parques possível.",
                          today=PROMPT_DAY).request.tasks
    assert [(t.category, t.maximize) for t in tasks] == [("park", True)]
