"""The order of the visits in long, chatty messages: a chain closed with "and before going back ...", a last
visit said with its own words before "to finish" or after a repeat of the visit before, a visit added later "if
there's time", "but before" said of the visit just named, "après ça", and a circular order with a place named
after the one said before it.  The sentences are written for these tests; none is taken from a prompt set."""

from __future__ import annotations

import pytest

from nco.errors import InputError
from nco.planner.parse import parse_offline
from nco.planner.plan import knows, load_planner_city

from conftest import PROMPT_DAY


def _kinds_order(text: str):
    """The kinds of the visits read from ``text`` and the transitive closure of their order."""
    req = parse_offline(text, today=PROMPT_DAY).request
    pairs = {(d.before, d.after) for d in req.dependencies}
    while True:
        more = {(a, d) for a, b in pairs for c, d in pairs if b == c and a != d} - pairs
        if not more:
            break
        pairs |= more
    return [t.tag or t.category for t in req.tasks], sorted(pairs)


@pytest.mark.parametrize("text, kinds", [
    ("Salut ! Je pars de la gare à 10h. D'abord un musée, ensuite un café, et avant de rentrer j'aimerais "
     "passer à la pharmacie. Retour à 15h.", ["museum", "cafe", "pharmacy"]),
    ("Hola, salgo de la plaza a las 10. Primero un museo, luego un café y, antes de volver, una farmacia. "
     "Vuelvo a las 15h.", ["museum", "cafe", "pharmacy"]),
    ("Olá! Saio da praça às 10h. Primeiro um museu, depois um café e, antes de ir embora, uma farmácia. "
     "Volto às 15h.", ["museum", "cafe", "pharmacy"]),
    ("Hi! I'm free from 10 at the station. First a museum, then a cafe, and before we head home, a pharmacy. "
     "Back by 3pm.", ["museum", "cafe", "pharmacy"]),
])
def test_a_visit_said_before_going_back_closes_the_chain(text, kinds):
    assert _kinds_order(text) == (kinds, [(0, 1), (0, 2), (1, 2)])


def test_going_back_before_a_visit_said_alone_is_last():
    assert _kinds_order("From the station at 10. As many museums as possible. Before heading home, a bakery. "
                        "Back by 4pm.") == (["museum", "bakery"], [(0, 1)])


def test_the_place_one_goes_back_to_is_not_placed_last():
    assert _kinds_order("Hey, I am at the Central Mall from 10 tomorrow. First a bakery, then a museum. I have about "
                        "four hours before I head back to the mall parking lot.") == (["bakery", "museum"], [(0, 1)])


def test_a_visit_said_before_going_back_in_a_list_in_any_order():
    assert _kinds_order("Salgo del parque a las 15:00. Quiero ir al supermercado y a un banco, en cualquier orden, "
                        "y antes de volver cenar en un restaurante. Vuelvo a las 21:00.") == (
        ["supermarket", "bank", "restaurant"], [(0, 2), (1, 2)])


@pytest.mark.parametrize("text, kinds", [
    ("¡Hola! Salgo de la estación a las 16:00. Quiero ir a tantos museos como pueda, pero antes tengo que pasar "
     "por un banco. Vuelvo a las 20:00.", ["museum", "bank"]),
    ("I start at the station at 4pm. I want to see as many museums as we can, but before, I need a bank. "
     "Back at 8pm.", ["museum", "bank"]),
])
def test_but_before_is_before_the_visit_just_named(text, kinds):
    kinds_read, order = _kinds_order(text)
    assert kinds_read == kinds and order == [(1, 0)]


def test_apres_ca_follows_the_visits_said_before():
    assert _kinds_order("Départ de la gare à 9h. D'abord le marché, puis deux cafés. Après ça, un parc. "
                        "Retour à 13h.")[1] == [(0, 1), (0, 2), (0, 3), (1, 3), (2, 3)]


def test_before_going_back_said_first_orders_nothing():
    assert _kinds_order("Salgo de la plaza a las 10. Antes de volver a España quiero comprar tabaco y perfume. "
                        "Vuelvo a las 14.") == (["shop=tobacco", "shop=perfumery"], [])


def test_before_going_back_said_of_a_list_puts_the_list_last():
    assert _kinds_order("Hi! From the station at 10. First a museum, and before heading home, a bakery and a "
                        "pharmacy. Back by 3pm.") == (["museum", "bakery", "pharmacy"], [(0, 1), (0, 2)])


def test_a_visit_added_later_if_theres_time_is_not_before_the_last():
    assert _kinds_order("Partiamo dalla piazza alle 10. Prima una chiesa, poi un museo e alla fine un gelato. "
                        "Se c'è tempo anche una libreria. Torniamo entro le 15.") == (
        ["church", "museum", "ice_cream", "bookshop"], [(0, 1), (0, 2), (1, 2)])


def test_the_end_said_after_a_repeat_of_a_visit():
    assert _kinds_order("Parto dalla stazione alle 11. Prima un caffè, poi un supermercato per la spesa e alla "
                        "fine un bar. Torno entro le 15.") == (["cafe", "supermarket", "bar"], [(0, 1), (0, 2), (1, 2)])


def test_to_finish_said_after_a_visit_with_its_own_words():
    assert _kinds_order("I'm at the station at 10. A church first, then a cafe, then a park walk. If there's "
                        "time, a pizza stop to finish. Back by 3.")[1] == [(0, 1), (0, 2), (0, 3), (1, 2), (1, 3),
                                                                           (2, 3)]


def test_a_circular_order_with_a_place_named_after_is_refused():
    known = knows(load_planner_city("monaco"))
    with pytest.raises(InputError, match="circular"):
        parse_offline("Bonjour ! Demain je pars de la gare à 10h. Je veux visiter le musée après le Jardin "
                      "Exotique, car il ouvre tôt. Mais le Jardin Exotique, seulement après la cathédrale. Et la "
                      "cathédrale, je veux la voir après le musée. C'est possible ?", today=PROMPT_DAY,
                      known_place=known)
