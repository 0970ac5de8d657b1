"""A verb of buying said last, as German says it, closes the goods before it: the coffee drunk after it is a visit of
its own, not bought at the shop.  The sentences are written for these tests; none is taken from a prompt set."""

from __future__ import annotations

from conftest import planner_kinds


def test_the_buying_verb_said_last_belongs_to_the_goods_before_it():
    text = ("Ab 13 Uhr von Harbor East: ins Baltimore Museum of Industry, ein Buch bei Barnes & Noble kaufen und "
            "irgendwo einen guten Kaffee trinken. Um halb sechs zurück.")
    assert planner_kinds(text, "baltimore") == ["museum", "bookshop", "cafe"]


def test_drinks_bought_at_the_supermarket_are_no_visit():
    text = "Ab 13 Uhr von Harbor East: im Supermarkt Bier und Snacks kaufen, dann ein Museum. Um halb sechs zurück."
    assert planner_kinds(text, "baltimore") == ["supermarket", "museum"]
