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
