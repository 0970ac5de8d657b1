"""Goods said bare as an item of a list of visits, no verb of buying ("Fatbursparken kl. 14: choklad,
serietidningar, kaffe"), name the shop that sells them; a word the schema lists that is no goods ("doors 7:30") and
a short word ("the") do not.  Goods words added in the languages read: comics, sneakers, pralines, cameras.  The
sentences are written for these tests; none is taken from a prompt set."""

from __future__ import annotations

import pytest

from conftest import planner_request
from nco.planner import tagschema


def test_goods_listed_bare_are_shops():
    req = planner_request("Pappadag med barnen, Mariatorget kl. 14: choklad, serietidningar, kaffe. Hemma 17.",
                          "stockholm")
    assert [t.tag or t.category for t in req.tasks] == ["shop=chocolate", "bookshop", "cafe"]


def test_a_word_of_the_schema_listed_is_no_goods():
    req = planner_request("From Marrickville Metro at 4: a few bars, then dinner. Gig at the Red Rattler, doors 7:30.",
                          "sydney")
    assert all(t.tag != "shop=doors" for t in req.tasks)


@pytest.mark.parametrize("word, tag", [("serietidningar", "shop=books"), ("fumetti", "shop=books"),
                                       ("tênis", "shop=shoes"), ("sneakers", "shop=shoes"),
                                       ("pralinen", "shop=chocolate"), ("câmaras", "shop=photo")])
def test_goods_words_of_the_languages_read(word, tag):
    assert tagschema.goods_tag(word) == tag
