"""A kind said again with no article right beside "before" or "after" is the visit said before, as a kind with an
article is: "gallery before florist, florist before dinner, dinner before gallery" orders three visits, in a circle,
and is refused.  The sentences are written for these tests; none is taken from a prompt set."""

from __future__ import annotations

import pytest

from nco.errors import InputError

from conftest import planner_kinds, planner_request


@pytest.mark.parametrize("text", [
    "We meet at the station at 12. Gallery, florist and dinner. Gallery before florist, florist before dinner, "
    "dinner before gallery. Done at 18.",
    "Vi ses vid stationen kl 12. Galleri, seriebutik och middag. Galleriet före seriebutiken, seriebutiken före "
    "middagen, men middagen måste vara före galleriet. Slut kl 18.",
    "Lähdetään asemalta klo 11. Pitäisi käydä apteekissa, kirjastossa ja kahvilassa. Apteekki ennen kirjastoa, "
    "kirjasto ennen kahvilaa ja kahvila ennen apteekkia. Kahteen mennessä kotiin.",
    "Zaczynamy o 10 na dworcu. Chcemy iść do muzeum, na lody i na plac zabaw. Muzeum musi być przed lodami, plac "
    "zabaw przed muzeum, a lody przed placem zabaw. Wracamy na 14.",
])
def test_a_circle_said_with_bare_kinds_is_refused(text):
    with pytest.raises(InputError, match="circular"):
        planner_request(text)


def test_a_bare_kind_beside_after_is_the_visit_said_before():
    text = "From the station at 10: a florist, a museum and lunch. We have lunch after florist. Back by 3."
    assert planner_kinds(text) == ["shop=florist", "museum", "restaurant"]


def test_a_kind_said_twice_with_no_word_of_order_is_two_visits():
    assert planner_kinds("From the station at 10: a florist, lunch, and another florist. Back by 3.") == \
        ["shop=florist", "restaurant", "shop=florist"]


@pytest.mark.parametrize("text, order", [
    ("From the station at 10: a museum and lunch. Lunch has to wait until we've done the museum. Back by 3.", [(0, 1)]),
    ("From the station at 10: a museum and a bar. I'll do the museum once I've done the bar. Back by 3.", [(1, 0)]),
])
def test_a_visit_that_waits_for_another_comes_after_it(text, order):
    assert [(d.before, d.after) for d in planner_request(text).dependencies] == order


def test_a_kind_said_again_after_a_joined_article_is_the_visit_said_before():
    text = ("Dilluns des de l'estació a les 9: farmàcia, banc i supermercat. Al banc hi he d'anar abans que a la "
            "farmàcia; a la farmàcia abans que al súper; i al súper abans que al banc. A les 11 he de ser a la feina.")
    with pytest.raises(InputError, match="circular"):
        planner_request(text)


@pytest.mark.parametrize("text, kinds", [
    ("From the station at 1pm: a couple of breweries, Batch and Stockade, then dinner. Home by 9.",
     ["bar", "bar", "restaurant"]),
    ("From Rambuteau at 4pm: two gardens, the Jardin May Picqueray and the Square Jules Ferry, then dinner. Back by 8.",
     ["park", "park", "restaurant"]),
])
def test_a_counted_kind_named_after_it_is_as_many_visits_as_counted(text, kinds):
    city = "sydney" if "breweries" in text else "paris"
    assert planner_kinds(text, city) == kinds
