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


@pytest.mark.parametrize("text, kinds", [
    ("From Sydenham station at 2pm: as many bars as I can, and I need a feed somewhere in the middle. Home by 9.",
     ["bar*", "restaurant"]),
    ("From Sydenham station at 1pm, as many bars as we can. We'll need a feed at some point – Pizza Madre ideally, "
     "or any cheap Thai. Home by 6.", ["bar*", "restaurant"]),
])
def test_a_feed_is_a_meal_and_the_place_named_after_a_dash_is_where(text, kinds):
    from conftest import planner_task_kinds
    assert planner_task_kinds(text, "sydney") == kinds


@pytest.mark.parametrize("text", [
    "On part du Larvotto à 9h15. D'abord une aire de jeux, ensuite on mange et après un jardin. Retour pour 17h.",
    "On part du Larvotto à 9h15. D'abord une aire de jeux, on mange un bout sur le port, puis un jardin. Retour 17h.",
])
def test_eating_said_in_french_is_a_meal(text):
    assert len(planner_kinds(text, "monaco")) == 3
