"""More ways of saying the order of the visits: "A before going to B" with a verb of going or visiting
between ("abans d'anar al", "antes de ir a la"), a visit of a kind said again opening the next clause of a
chain ("..., el museu abans de ..."), "abans que" in Catalan, and the circular orders they make, which are
refused; "after going to B" in Spanish, Portuguese, Catalan and Italian; a list that goes on after "first ...
then" past a remark in brackets; "first" said of something else in a sentence of its own; a place named again
with another case ending ("ennen Ateneumia"); a place in the Finnish genitive before "jälkeen"; the last stop
said with its time; the start time said again; going to another said in a clause of its own after a comma
("Mittagessen, nachdem wir im Museum waren"); "antes que" in Portuguese.  The sentences are written for these
tests; none is taken from a prompt set."""

from __future__ import annotations

import pytest

from nco.errors import InputError
from nco.planner.parse import parse_offline
from nco.planner.plan import knows, load_planner_city

from conftest import PROMPT_DAY


def _kinds_order(text: str):
    """The kinds of the visits read from ``text`` (no map) and their order as sorted pairs."""
    req = parse_offline(text, today=PROMPT_DAY).request
    return [t.tag or t.category for t in req.tasks], sorted((d.before, d.after) for d in req.dependencies)


@pytest.mark.parametrize("text, kinds, order", [
    ("Salgo de la Plaza Mayor a las 10. Quiero desayunar antes de ir al museo. Hasta las 14h.",
     ["cafe", "museum"], [(0, 1)]),
    ("Surto de la Plaça Major a les 10. Vull una farmàcia abans d'anar a la biblioteca. Fins a les 14h.",
     ["pharmacy", "library"], [(0, 1)]),
    ("Surto de la Plaça Major a les 10. Vull que el museu vagi abans que l'església. Fins a les 14h.",
     ["museum", "church"], [(0, 1)]),
    ("From the Main Square at 10: a bakery before heading over to the park. Until 2pm.",
     ["bakery", "park"], [(0, 1)]),
    ("Parto da piazza Garibaldi alle 10. Voglio pranzare prima di andare al museo. Fino alle 14.",
     ["restaurant", "museum"], [(0, 1)]),
    ("Vanaf het Centraal Station om 10 uur. Ik wil lunchen voordat we naar het museum gaan. Tot 14 uur.",
     ["restaurant", "museum"], [(0, 1)]),
    ("Vanaf het Centraal Station om 10 uur. Ik wil lunchen nadat we het museum hebben bezocht. Tot 14 uur.",
     ["restaurant", "museum"], [(1, 0)]),
    ("Départ place Carnot à 10h. Je veux déjeuner avant d'aller au musée. Jusqu'à 14h.",
     ["restaurant", "museum"], [(0, 1)]),
])
def test_a_visit_before_going_to_another(text, kinds, order):
    assert _kinds_order(text) == (kinds, order)


@pytest.mark.parametrize("text", [
    "Salgo de la Plaza Mayor a las 10. Quiero una farmacia antes de ir al museo, el museo antes de visitar la "
    "iglesia, y la iglesia antes de la farmacia. Hasta las 14h.",
    "Surto de la Plaça Major a les 10. Vull una farmàcia abans d'anar a la biblioteca, anar a la biblioteca abans "
    "del mercat, i el mercat abans de la farmàcia. Fins a les 14h.",
])
def test_a_circular_chain_said_with_verbs_of_going_is_refused(text):
    with pytest.raises(InputError, match="circular"):
        parse_offline(text, today=PROMPT_DAY)


@pytest.mark.parametrize("text", [
    "Salgo de la Plaza Mayor a las 10. Quiero comer después de ir al museo. Hasta las 14h.",
    "Saio da Praça Central às 10h. Quero almoçar depois de visitar o museu. Até às 14h.",
    "Surto de la Plaça Major a les 10. Vull dinar després d'anar al museu. Fins a les 14h.",
    "Parto da piazza Garibaldi alle 10. Voglio pranzare dopo aver visitato il museo. Fino alle 14.",
])
def test_a_visit_after_going_to_another(text):
    assert _kinds_order(text) == (["restaurant", "museum"], [(1, 0)])


def test_a_list_after_first_and_then_goes_on_past_a_remark_in_brackets():
    text = "Ab 10 Uhr vom Marienplatz: zuerst in ein Café, dann Blumen kaufen (für Oma!), kurz in die Kirche. " \
           "Bis 14 Uhr."
    assert _kinds_order(text) == (["cafe", "shop=florist", "church"], [(0, 1), (1, 2)])


@pytest.mark.parametrize("text, order", [
    ("Our first proper weekend off in months. From the Main Square at 10: a bakery and a park. Until 2pm.", []),
    ("From the Main Square at 10. First a bakery, then a park. Until 2pm.", [(0, 1)]),
    ("From the Main Square at 10. First: a bakery, then a park. Until 2pm.", [(0, 1)]),
])
def test_first_said_of_something_else_orders_no_visit(text, order):
    assert _kinds_order(text) == (["bakery", "park"], order)


def _kinds_order_in(city: str, text: str):
    req = parse_offline(text, today=PROMPT_DAY, known_place=knows(load_planner_city(city))).request
    return [t.tag or t.category for t in req.tasks], sorted((d.before, d.after) for d in req.dependencies)


def test_a_place_named_again_with_another_case_ending_closes_the_circle():
    with pytest.raises(InputError, match="circular"):
        _kinds_order_in("helsinki", "Lähden Kauppatorilta klo 12. Haluan käydä Ateneumissa ennen apteekkia, "
                                    "apteekissa ennen kirjastoa ja kirjastossa ennen Ateneumia.")



def test_the_last_stop_said_with_its_time_is_the_end():
    with pytest.raises(InputError, match="past midnight"):
        parse_offline("Bar hopping from the Main Square at 9pm, as many bars as possible, last stop at 1am.",
                      today=PROMPT_DAY)
    req = parse_offline("Bar hopping from the Main Square at 6pm, as many bars as possible, last stop at 11pm.",
                        today=PROMPT_DAY).request
    assert (req.start_time, req.deadline) == ("18:00", "23:00")


def test_the_start_time_said_again_is_no_deadline():
    req = parse_offline("Sorry, I got it wrong: the start is 3pm, not 2pm. So: Main Square at 3pm, a museum then a "
                        "cafe, back by 6pm.", today=PROMPT_DAY).request
    assert (req.start_time, req.deadline) == ("15:00", "18:00")


@pytest.mark.parametrize("text, order", [
    ("Lähden Kauppatorilta klo 12. Haluan käydä apteekissa kirjaston jälkeen.", [(1, 0)]),
    ("Lähden Kauppatorilta klo 12. Kirjasto, sen jälkeen apteekki.", [(0, 1)]),
])
def test_a_place_in_the_genitive_before_jalkeen_comes_first(text, order):
    assert _kinds_order_in("helsinki", text)[1] == order


def test_a_circle_said_with_jalkeen_is_refused():
    with pytest.raises(InputError, match="circular"):
        _kinds_order_in("helsinki", "Lähden Kauppatorilta klo 12. Haluan käydä apteekissa kirjaston jälkeen, "
                                    "kirjastossa kahvilan jälkeen ja kahvilassa apteekin jälkeen.")


@pytest.mark.parametrize("text, order", [
    ("Ab 10 Uhr vom Marienplatz. Ich will Mittagessen, nachdem wir im Museum waren. Bis 14 Uhr.", [(1, 0)]),
    ("Salgo de la Plaza Mayor a las 10. Quiero comer, antes de ir al museo. Hasta las 14h.", [(0, 1)]),
    ("Från Stortorget kl 10. Jag vill äta lunch, innan vi går till museet. Till kl 14.", [(0, 1)]),
])
def test_going_to_another_said_in_a_clause_of_its_own(text, order):
    assert _kinds_order(text) == (["restaurant", "museum"], order)


def test_a_reference_after_a_comma_is_still_read_as_one():
    assert _kinds_order("From the Main Square at 10: a museum, after lunch a park. Until 4pm.") == \
        (["museum", "restaurant", "park"], [(1, 2)])


def test_antes_que_in_portuguese_is_before():
    assert _kinds_order("Saio da Praça Central às 10h. Quero ver o museu antes que a igreja. Até às 14h.") == \
        (["museum", "church"], [(0, 1)])
    with pytest.raises(InputError, match="circular"):
        parse_offline("Saio da Praça Central às 10h. Quero ver o museu antes que a igreja, a igreja antes que o café "
                      "e o café antes que o museu.", today=PROMPT_DAY)
