"""The planner reads visits as people dictate them on the move: "as many as possible" said the spoken way ("un
max de cafés", "so viele Museen wie geht"), goods bought at a shop named just before, shopping said with what it
is mostly for, a food and its alternative had at a café, a sport done at a park, a snack, the palace,
local words for a shop or a kind ("alkosta", "tweedehandswinkel", "gasolina", "cortar o cabelo"), and a visit
said to come later with what comes before it.  The sentences are written for these tests; none is taken from a
prompt set."""

from __future__ import annotations

import pytest

from nco.planner.parse import parse_offline

from conftest import PROMPT_DAY, planner_kinds


def _request(text: str):
    return parse_offline(text, today=PROMPT_DAY).request


@pytest.mark.parametrize("text, kind", [
    ("Je pars de la gare à 14h, je veux faire un max de musées, retour à 18h.", "museum"),
    ("Depuis la gare à 14h, on veut un max de points de vue, retour à 18h.", "viewpoint"),
    ("Place Masséna à 15h, faire les boutiques un max jusqu'à 19h.", "shop"),
    ("Je pars de la gare à 10h, je veux voir un maximum de curiosités, retour à midi.", "sight"),
    ("Ab 14 Uhr vom Bahnhof so viele Kirchen wie geht bis 18 Uhr.", "church"),
    ("Vom Bahnhof um zwei zu den alten Gedenksteinen, so viele wie geht, bis sechs.", "sight"),
    ("Dalla stazione alle 15, voglio vedere più parchi possibile, fino alle 18.", "park"),
])
def test_as_many_as_possible_said_the_spoken_way(text, kind):
    req = _request(text)
    assert [(t.tag or t.category, t.maximize) for t in req.tasks] == [(kind, True)]


@pytest.mark.parametrize("text, kinds", [
    ("Saio da estação às 10, gasolina e depois uma farmácia, volto ao meio-dia.", ["amenity=fuel", "pharmacy"]),
    ("Rautatieasemalta kello 10, alkosta viiniä ja sitten apteekkiin, kahteentoista mennessä.",
     ["shop=alcohol", "pharmacy"]),
    ("Vanaf het station om 10 uur, een tweedehandswinkel en een bakker, ik heb twee uur.",
     ["shop=second_hand", "bakery"]),
    ("Saio da estação às 10, cortar o cabelo e depois uma farmácia, volto ao meio-dia.",
     ["shop=hairdresser", "pharmacy"]),
    ("Salgo de la estación a las 10, comprar un cargador de móvil y luego la farmacia, vuelvo a las 12.",
     ["shop=mobile_phone", "pharmacy"]),
])
def test_local_words_for_a_kind(text, kinds):
    assert planner_kinds(text) == kinds


@pytest.mark.parametrize("text, kinds", [
    # goods bought at a shop named just before, in a clause of their own
    ("Från stationen kl 9, frukost på ett kafé, sen Stockmann, ska köpa en present, klar till elva.",
     ["cafe", "shop"]),
    ("from the station at 9, then Macy's, to buy a present, back by 11", ["shop"]),
    # not at a kind of shop, in a list of errands
    ("from the station at 9, the pharmacy, buy flowers and a bookshop, back by 11",
     ["pharmacy", "shop=florist", "bookshop"]),
    # shopping said with what it is mostly for
    ("from the station at 10, shopping, clothes mostly, then lunch, back by 2", ["shop", "restaurant"]),
    # a food and its alternative had at the café named after them
    ("vom Bahnhof um drei, ein Eis oder Kuchen in einem Café, bis fünf", ["cafe"]),
    ("from the station at 3, an ice cream or a cake at a cafe, back by 5", ["cafe"]),
    # a sport done at the outdoor place named with it
    ("do metrô às oito, corrida no parque e depois o mercado, até às dez", ["park", "market"]),
    # a snack in Portuguese
    ("saio da estação às duas, um parque e depois um lanche, volto às quatro", ["park", "fast_food"]),
    # a quick bite and the dish offered for it, "or whatever"
    ("from the station at 12, a quick bite, kebab or whatever, then a museum, back by 4",
     ["fast_food", "museum"]),
    # the palace, in the languages read
    ("je pars de la gare à 10h, le musée puis le palais, retour à midi", ["museum", "sight"]),
])
def test_one_visit_per_errand(text, kinds):
    assert planner_kinds(text) == kinds


def test_a_visit_said_later_with_what_comes_before_it():
    req = _request("from the station at 2, a movie later but before that a pharmacy and a bakery, back by 6")
    kinds = [t.tag or t.category for t in req.tasks]
    assert kinds == ["cinema", "pharmacy", "bakery"]
    assert {(d.before, d.after) for d in req.dependencies} == {(1, 0), (2, 0)}
