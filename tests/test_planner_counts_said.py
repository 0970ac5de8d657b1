"""How many visits of a kind: a count before the plural with words between ("two of the old churches"), never a
length of time or the goods a visit is for.  The sentences are written for these tests; none is taken from a prompt
set."""

from __future__ import annotations

import pytest

from conftest import planner_kinds


@pytest.mark.parametrize("text, kinds", [
    ("Leaving Hotel President at 10, back by 15:00. We'd like to see two of the old Romanesque churches, then lunch.",
     ["church", "church", "restaurant"]),
    ("Leaving Hotel President at 10, back by 15:00. Three quiet little parks for the dog, then lunch.",
     ["park", "park", "park", "restaurant"]),
    # a length of time is no count of the museums
    ("Leaving Hotel President at 10, back by 15:00. Two hours in museums, then lunch.", ["museum", "restaurant"]),
])
def test_a_count_before_the_kind(text, kinds):
    assert planner_kinds(text, "andorra") == kinds


@pytest.mark.parametrize("text", [
    "From Place de la République at 10. Lunch, pizza or kebab, then a park. Back by 2pm.",
    "Depuis la place de la République à 10h : déjeuner, pizza ou kebab, puis un parc. Retour 14h.",
])
def test_a_meal_said_with_dishes_offered_is_one_visit(text):
    assert len(planner_kinds(text, "paris")) == 2
