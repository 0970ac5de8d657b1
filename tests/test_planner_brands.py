"""The planner reads a chain named instead of a kind of place ("Home Depot for a crate", "Fressnapf for cat food",
"a Trader Joe's run") as a visit of the kind its shops are, in the countries the chain is found in, when the
map does not know the name; brand names that are everyday words, chains of other countries, and names said
of someone are no visit.  The sentences are written for these tests; none is taken from a prompt set."""

from __future__ import annotations

import json

import pytest
from conftest import planner_kinds

from nco.planner import brands


@pytest.mark.parametrize("text, city, kinds", [
    ("From Union Square at 10: Home Depot for a crate, then lunch.", "new_york", ["shop=doityourself", "restaurant"]),
    ("From Union Square at 10: a Trader Joe's run, then coffee.", "new_york", ["supermarket", "cafe"]),
    ("From Marienplatz at 10: Fressnapf for cat food, then lunch.", "munich", ["shop=pet", "restaurant"]),
    ("Ab 10 Uhr am Marienplatz: erst zum Fressnapf, dann Mittagessen.", "munich", ["shop=pet", "restaurant"]),
    ("Starting at Mariatorget at 10: Systembolaget for wine, then fika.", "stockholm", ["shop=alcohol", "cafe"]),
    ("From Tillman Park at 10: coffee, then Aldi for milk.", "sydney", ["cafe", "supermarket"]),
])
def test_a_chain_named_for_its_kind_is_a_visit_of_that_kind(text, city, kinds):
    assert planner_kinds(text, city) == kinds


@pytest.mark.parametrize("text, city, kinds", [
    ("From Marienplatz at 10: Müller for shampoo, then lunch.", "munich", ["shop=chemist", "restaurant"]),
    ("Ab 10 Uhr am Marienplatz: erst zu Tchibo, dann Mittagessen.", "munich", ["shop=coffee", "restaurant"]),
])
def test_a_chain_the_map_also_holds_under_another_kind_is_the_chains_shop(text, city, kinds):
    """The Munich extract holds a café and a bakery called Müller besides the chemist chain's shops, and a
    Tchibo tagged as a plain shop besides its coffee shops: the chain's kind is meant."""
    assert planner_kinds(text, city) == kinds


def test_a_chain_of_another_country_is_no_visit():
    # Woolworths is a supermarket in Australia, not in New York
    assert planner_kinds("From Union Square at 10: coffee, then Woolworths for bread.", "new_york") == ["cafe"]


@pytest.mark.parametrize("text, city, kinds", [
    ("From Marienplatz at 10: coffee. Next, a museum.", "munich", ["cafe", "museum"]),
    ("Ab 10 Uhr am Marienplatz treffe ich Chase, dann Mittagessen.", "munich", ["restaurant"]),
])
def test_a_brand_that_is_an_everyday_word_or_a_person_is_no_visit(text, city, kinds):
    assert planner_kinds(text, city) == kinds


@pytest.mark.parametrize("name, country, tag", [
    ("Edeka", "de", "shop=supermarket"), ("Edeka", "us", None), ("Duane Reade", "us", "amenity=pharmacy"),
    ("The Home Depot", "us", "shop=doityourself"), ("Giant", "us", "shop=supermarket"), ("Lidl", None, "shop=supermarket"),
    ("Casino", "fr", None), ("Boots", "gb", None), ("Bom", "pt", None),
])
def test_kind_of_a_brand_in_a_country(name, country, tag):
    assert brands.kind(name, country) == tag


def test_build_keeps_brands_of_visited_kinds_with_their_countries(tmp_path):
    pkg = tmp_path / "package"
    (pkg / "dist" / "json").mkdir(parents=True)
    (pkg / "package.json").write_text(json.dumps({"name": "name-suggestion-index", "version": "1.0"}))
    item = {"displayName": "Kaffeeklatsch (Europe)", "locationSet": {"include": ["150"], "exclude": ["it"]},
            "matchNames": ["kaffee klatsch"], "tags": {"name": "Kaffeeklatsch", "brand": "Kaffeeklatsch"}}
    nsi = {"brands/amenity/cafe": {"items": [item]},
           "brands/shop/car": {"items": [{**item, "displayName": "Autohaus Eins"}]},
           "brands/amenity/bank": {"items": [{"displayName": "Nowhere Bank", "locationSet": {"include": [[1, 2]]},
                                              "tags": {}}]}}
    (pkg / "dist" / "json" / "nsi.json").write_text(json.dumps({"nsi": nsi}))
    data = brands.build(pkg, tmp_path / "brands.json")
    assert set(data["brands"]) == {"kaffeeklatsch", "kaffee klatsch"}  # no car dealer, no bank without a country
    tag, where = data["brands"]["kaffeeklatsch"][0]
    assert tag == "amenity=cafe" and "de" in where.split() and "it" not in where.split() and "us" not in where.split()
    assert json.loads((tmp_path / "brands.json").read_text())["brands"] == data["brands"]
