"""A note that opens with the day, the time and the place, commas between ("Tomorrow morning, 9:30, Marienplatz."):
the place is the start when a list mark follows it, or the sentence ends and the map knows the name.  The sentences
are written for these tests; none is taken from a prompt set."""

from __future__ import annotations

import pytest

from conftest import planner_request


@pytest.mark.parametrize("text, start", [
    ("Tomorrow morning, 9:30, Marienplatz. Coffee first, then a bookshop. Back by 11:15.", "Marienplatz"),
    ("Saturday, 10am, Viktualienmarkt: coffee, then a bookshop, back by 1.", "Viktualienmarkt"),
    ("Morgen, 9:30, Marienplatz. Erst Kaffee, dann eine Buchhandlung. Um 11:15 zurück.", "Marienplatz"),
    ("Demain, 9h30, Marienplatz. D'abord un café, puis une librairie. Retour à 11h15.", "Marienplatz"),
])
def test_the_place_after_the_time_that_opens_a_note_is_the_start(text, start):
    request = planner_request(text, "munich")
    assert request.start_place == start
    assert request.start_time is not None


def test_a_kind_after_the_time_is_a_visit_not_the_start():
    request = planner_request("Saturday 10:00 Museum. Then lunch. Back by 2.", "munich")
    assert request.start_place is None
    assert [t.category for t in request.tasks] == ["museum", "restaurant"]
