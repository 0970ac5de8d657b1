"""The order of the visits read in its context: "first" before a thing the parser does not read, a kind said
twice in a list "in that order", a visit taken back ("erst X – nee, erst Y"), a list that goes on after
"then", and a real circular order, which stays refused.  The sentences are written for these tests; none is
taken from a prompt set."""

from __future__ import annotations

import pytest

from nco.errors import InputError
from nco.planner.parse import parse_offline

from conftest import PROMPT_DAY


def _request(text: str):
    """The request read from ``text`` (no map)."""
    return parse_offline(text, today=PROMPT_DAY).request


def _kinds_order(text: str):
    req = _request(text)
    return [t.tag or t.category for t in req.tasks], sorted((d.before, d.after) for d in req.dependencies)


@pytest.mark.parametrize("text, kinds, order", [
    ("From Marienplatz at 10: first sort out my visa papers at the consulate, then a bakery and a park. Until 2pm.",
     ["bakery", "park"], []),
    ("Ab 10 Uhr vom Marienplatz. Erst so viel erledigen wie möglich, danach in die Apotheke und zum Schluss in "
     "ein Café. Bis 14 Uhr.", ["pharmacy", "cafe"], [(0, 1)]),
    ("Départ de la place Carnot à 10h. D'abord les papiers à la mairie, ensuite une boulangerie, et pour finir "
     "un café. Jusqu'à 14h.", ["bakery", "cafe"], [(0, 1)]),
])
def test_first_before_a_thing_not_read_names_no_visit(text, kinds, order):
    assert _kinds_order(text) == (kinds, order)


@pytest.mark.xfail(strict=True, reason="the ruined church, a sight, and the memorial stone said after it are read "
                   "as one sight")
def test_two_sights_said_in_that_order_are_in_that_order():
    kinds, order = _kinds_order("Start 10 Uhr am Marktplatz. Ich will die Ruine der Burgkirche fotografieren und "
                                "den Gedenkstein am Weg, und zwar in dieser Reihenfolge. Bis 15 Uhr.")
    assert (kinds, order) == (["sight", "sight"], [(0, 1)])


@pytest.mark.parametrize("text", [
    "Ab 10 Uhr vom Marienplatz. Erst Café – nee Quatsch, erst in die Apotheke, dann Café. Bis 14 Uhr.",
    "From Marienplatz at 10. First a cafe, no wait, first a pharmacy, then a cafe. Until 2pm.",
])
def test_a_visit_taken_back_is_not_first(text):
    assert _kinds_order(text) == (["pharmacy", "cafe"], [(0, 1)])


@pytest.mark.parametrize("text, kinds", [
    ("From Marienplatz at 10: first a church, then a museum, a park and an ice cream. Until 4pm.",
     ["church", "museum", "park", "ice_cream"]),
    ("Ab 10 Uhr vom Marienplatz: zuerst in die Kirche, dann ins Museum, in den Park und ein Eis. Bis 16 Uhr.",
     ["church", "museum", "park", "ice_cream"]),
    ("Départ place Carnot à 10h : d'abord une église, puis un musée, et manger une glace. Jusqu'à 16h.",
     ["church", "museum", "ice_cream"]),
])
def test_a_list_after_first_and_then_goes_on_in_turn(text, kinds):
    assert _kinds_order(text) == (kinds, [(i, i + 1) for i in range(len(kinds) - 1)])


def test_finally_in_dutch_ends_the_list():
    kinds, order = _kinds_order("We vertrekken om 10 uur vanaf het Stationsplein. Eerst een bakkerij, daarna een park en "
                                "tot slot een café. Om 13 uur terug.")
    assert (kinds, order) == (["bakery", "park", "cafe"], [(0, 1), (1, 2)])


@pytest.mark.parametrize("text", [
    "From Marienplatz at 10: a bakery before a museum, the museum before a church, and the church before the "
    "bakery. Until 3pm.",
    "Ab 10 Uhr vom Marienplatz: erst die Bäckerei, dann das Museum. Das Museum vor der Kirche, und die Kirche vor "
    "der Bäckerei. Bis 15 Uhr.",
])
def test_a_real_circular_order_is_still_refused(text):
    with pytest.raises(InputError, match="circular"):
        _request(text)


@pytest.mark.parametrize("text, kinds, order", [
    ("From Marienplatz at 10: first a museum, then a church, a park, and lunch somewhere. Until 4pm.",
     ["museum", "church", "park", "restaurant"], [(0, 1), (0, 3), (1, 2)]),
    ("Ab 10 Uhr vom Marienplatz: zuerst ins Museum, dann in die Kirche, und irgendwo unterwegs ein Spielplatz. "
     "Bis 16 Uhr.", ["museum", "church", "playground"], [(0, 1), (0, 2)]),
])
def test_a_visit_said_to_come_anywhere_is_not_in_turn(text, kinds, order):
    assert _kinds_order(text) == (kinds, order)


@pytest.mark.parametrize("text, kinds", [
    ("Ab 10 Uhr vom Marienplatz. Erst in den Park, dann Mittagessen. Außerdem brauche ich eine Apotheke. "
     "Bis 15 Uhr.", ["park", "restaurant", "pharmacy"]),
    ("Salgo de la plaza Mayor a las 10. Primero un museo, luego una iglesia. También necesito una farmacia. "
     "Hasta las 15.", ["museum", "church", "pharmacy"]),
    ("From Marienplatz at 10: first a museum, then a church. I need a pharmacy too. Until 3pm.",
     ["museum", "church", "pharmacy"]),
])
def test_first_orders_its_own_sequence_not_a_visit_added_later(text, kinds):
    assert _kinds_order(text) == (kinds, [(0, 1)])


@pytest.mark.parametrize("text, kinds", [
    ("From Marienplatz at 10: the museum first, then a church, and lunch at some point. Until 4pm.",
     ["museum", "church", "restaurant"]),
    ("Ab 10 Uhr vom Marienplatz: zuerst ins Museum, dann in die Kirche, und ein Mittagessen irgendwann. Bis 16 Uhr.",
     ["museum", "church", "restaurant"]),
])
def test_first_leaves_a_visit_said_to_come_at_any_point(text, kinds):
    assert _kinds_order(text) == (kinds, [(0, 1)])


@pytest.mark.parametrize("text, kinds, order", [
    ("Vi börjar vid Stortorget kl 10. Först ett museum, sen en bokhandel och en bar på slutet. Tillbaka vid fem.",
     ["museum", "bookshop", "bar"], [(0, 1), (1, 2)]),
    ("Départ de la place Carnot à 10h. Passe à la pharmacie, achète du pain à la boulangerie, et en tout dernier "
     "un bar. Jusqu'à 14h.", ["pharmacy", "bakery", "bar"], [(0, 2), (1, 2)]),
    ("We vertrekken om 10 uur vanaf het Stationsplein. Een museum, een boekhandel en op het eind een café. "
     "Om 13 uur terug.", ["museum", "bookshop", "cafe"], [(0, 2), (1, 2)]),
])
def test_a_visit_said_to_come_at_the_end_is_last(text, kinds, order):
    assert _kinds_order(text) == (kinds, order)


@pytest.mark.parametrize("text, kinds, order", [
    ("From Marienplatz at 10: I want to see a museum, have lunch at Luigi's after that, and relax in a park. "
     "Until 4pm.", ["museum", "restaurant", "park"], [(0, 1)]),
    ("From Marienplatz at 10: a museum, after that a park, then a bar. Until 4pm.",
     ["museum", "park", "bar"], [(0, 1), (1, 2)]),
])
def test_after_that_closing_a_clause_is_said_of_its_own_visit(text, kinds, order):
    assert _kinds_order(text) == (kinds, order)


@pytest.mark.parametrize("text", [
    "From the station at 11: a walk in a park before lunch, then a pizzeria. Until 3pm.",
    "Saio da estação às 11. Quero ir a um parque antes de almoçar e depois comer numa pizzaria. Até às 15h.",
])
def test_then_after_before_lunch_goes_on_after_it(text):
    assert _kinds_order(text) == (["park", "restaurant"], [(0, 1)])


@pytest.mark.parametrize("text, kinds, order", [
    ("From Marienplatz at 9: a playground first, then a coffee, a bakery, and a supermarket on the way home. "
     "Back by 12.", ["playground", "cafe", "bakery", "supermarket"], [(0, 1), (0, 2), (1, 3), (2, 3)]),
    ("Ab 9 Uhr vom Marktplatz: ein Museum, ein Café und auf dem Heimweg eine Bäckerei. Bis 12 Uhr.",
     ["museum", "cafe", "bakery"], [(0, 2), (1, 2)]),
    ("Départ de la gare à 9h : un musée, un café, et une boulangerie sur le chemin du retour. Retour pour 12h.",
     ["museum", "cafe", "bakery"], [(0, 2), (1, 2)]),
    ("From Marienplatz at 9: a playground first, then a coffee, a bakery, and groceries at Lidl on the way home. "
     "Back by 12.", ["playground", "cafe", "bakery", "supermarket"], [(0, 1), (0, 2), (1, 3), (2, 3)]),
    ("From Marienplatz at 9: a museum, then a cafe on the way back to the hotel. Back by 12.",
     ["museum", "cafe"], [(0, 1)]),
])
def test_a_visit_on_the_way_home_is_last(text, kinds, order):
    assert _kinds_order(text) == (kinds, order)
