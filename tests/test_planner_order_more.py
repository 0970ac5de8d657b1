"""More ways of saying the order of the visits: "A before going to B" with a verb of going or visiting
between ("abans d'anar al", "antes de ir a la"), a visit of a kind said again opening the next clause of a
chain ("..., el museu abans de ..."), "abans que" in Catalan, and the circular orders they make, which are
refused.  The sentences are written for these tests; none is taken from a prompt set."""

from __future__ import annotations

import pytest

from nco.errors import InputError
from nco.planner.parse import parse_offline

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
