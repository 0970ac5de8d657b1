"""A visit said after the start at a clock time that ends before the trip starts contradicts it ("leave at 2pm,
lunch at 1"): refused in one line; a visit said before the start, done before the trip, is left to the planner.
The sentences are written for these tests; none is taken from a prompt set."""

from __future__ import annotations

import pytest

from nco.errors import InputError

from conftest import planner_request


@pytest.mark.parametrize("text", [
    "Leaving the station at 2pm, lunch at 1 near the river, then a walk in a park. Back by 5.",
    "Samstag, Start 15 Uhr am Bahnhof, Mittagessen um 12 im Gasthof, danach Spielplatz, heim bis 18 Uhr.",
    "Amanhã saio da estação às 16h. Quero ir à igreja às 15h, depois jantar, e estar de volta até às 20h.",
    "Dimanche je quitte la gare à 16h. Je veux voir le musée à 15h, puis un square, et je rentre pour 18h.",
])
def test_a_visit_timed_before_the_start_is_refused(text):
    with pytest.raises(InputError, match="before the trip starts"):
        planner_request(text)


def test_a_visit_said_before_the_start_is_left_to_the_planner():
    request = planner_request("The hairdresser at 9, then I start from the station at 10: a museum, back by 1.")
    assert request.start_time is not None
    assert "museum" in [t.category for t in request.tasks]
