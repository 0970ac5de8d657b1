"""The planner plans no visit for a place said only in passing: closing time said as what a visit comes before,
where someone else spends the day, goods bought for a meal, a greeting that ends in a full stop, what one is keen
on, a place visited already, and food and drink had together at the place named after them.  The sentences are
written for these tests; none is taken from a prompt set."""

from __future__ import annotations

import pytest

from conftest import planner_kinds


@pytest.mark.parametrize("text, kinds", [
    ("Je pars de Châtelet à 17h : un musée avant la fermeture, puis un restaurant.", ["museum", "restaurant"]),
    ("Salgo de Sol a las 17h: un museo antes del cierre y después una librería.", ["museum", "bookshop"]),
])
def test_closing_time_is_no_visit(text, kinds):
    assert planner_kinds(text) == kinds


@pytest.mark.parametrize("text, kinds", [
    (("Meine Frau ist den ganzen Tag auf einer Tagung im Kongresszentrum. Ich starte um 10 am Bahnhof und brauche "
      "eine Apotheke und ein Café."), ["pharmacy", "cafe"]),
    (("My husband is all day at a workshop in the conference centre. I start at 10 from the station: a pharmacy "
      "and a café."), ["pharmacy", "cafe"]),
])
def test_where_someone_else_spends_the_day_is_no_visit(text, kinds):
    assert planner_kinds(text) == kinds


@pytest.mark.parametrize("text, kinds", [
    ("From the station at 4pm: a bookshop, then a supermarket to buy some things for dinner.",
     ["bookshop", "supermarket"]),
    ("Salgo de la plaza a las 17h: una farmacia y luego el supermercado a comprar cosas para la cena.",
     ["pharmacy", "supermarket"]),
])
def test_goods_bought_for_a_meal_are_no_meal_out(text, kinds):
    assert planner_kinds(text) == kinds


@pytest.mark.parametrize("text, kinds", [
    ("Bom dia. Saio da Praça da Batalha às 10h, preciso de uma farmácia e de uma padaria.", ["pharmacy", "bakery"]),
])
def test_a_greeting_ending_in_a_full_stop_is_dropped(text, kinds):
    assert planner_kinds(text, "porto") == kinds


@pytest.mark.parametrize("text, kinds", [
    ("Cinema nerd here. From the station at 6pm: dinner, then a bar.", ["restaurant", "bar"]),
    ("Big museum fan! Starting at the station at 10: a café and a bookshop.", ["cafe", "bookshop"]),
])
def test_what_one_is_keen_on_is_no_visit(text, kinds):
    assert planner_kinds(text) == kinds


@pytest.mark.parametrize("text, kinds", [
    ("Start at 9 at the station. We were at the castle yesterday, so today a museum and a café.",
     ["museum", "cafe"]),
    ("Départ de la gare à 9h. On a déjà vu le musée, donc un parc et un café.", ["park", "cafe"]),
    ("Ab 9 Uhr vom Bahnhof: Apotheke, dann Bäcker. Im Zoo waren wir gestern.", ["pharmacy", "bakery"]),
    ("Salgo de la estación a las 9. Ayer ya fuimos al museo, hoy un parque y un café.", ["park", "cafe"]),
    # done with it, said aloud
    ("wir sind ab drei am Bahnhof fertig mit Strand dann noch eine Apotheke und ein Café", ["pharmacy", "cafe"]),
    ("we're at the station at 3 done with the beach then a pharmacy and a café", ["pharmacy", "cafe"]),
])
def test_a_place_visited_already_is_no_visit(text, kinds):
    assert planner_kinds(text) == kinds


def test_a_place_visited_yesterday_is_still_visited_today_when_asked():
    kinds = planner_kinds("Start at 9 at the station. Yesterday was rainy. Today a museum and a café.")
    assert kinds == ["museum", "cafe"]


@pytest.mark.parametrize("text, kinds", [
    ("From Central Station at 4pm: the Greek deli for olives, then a bakery.", ["shop=deli", "bakery"]),
])
def test_a_cuisine_before_a_shop_is_the_shop_s(text, kinds):
    assert planner_kinds(text) == kinds


@pytest.mark.parametrize("text, kinds", [
    ("On part de la gare à 10h : une pharmacie et une boulangerie. La voiture est garée à la gare.",
     ["pharmacy", "bakery"]),
])
def test_a_parked_car_is_no_visit(text, kinds):
    assert planner_kinds(text) == kinds


@pytest.mark.parametrize("text, kinds", [
    (("Siamo qui per un matrimonio (sabato in chiesa, ma oggi no). Partiamo dalla stazione alle 10: un caffè e un "
      "parco."), ["cafe", "park"]),
    ("We're in town for a wedding (Saturday at the church, not today). From the station at 10: a café and a park.",
     ["cafe", "park"]),
])
def test_a_place_of_another_day_is_no_visit(text, kinds):
    assert planner_kinds(text) == kinds


def test_what_a_meal_s_place_is_like_is_no_visit():
    assert planner_kinds("Från Slussen kl 10: ett apotek och sen lunch på något billigt ställe.") == \
        ["pharmacy", "restaurant"]


@pytest.mark.parametrize("text, kinds", [
    ("Wir wohnen in einer Ferienwohnung am See. Ab 10 Uhr vom Bahnhof: ein Museum und ein Café.",
     ["museum", "cafe"]),
])
def test_where_one_lives_or_stays_is_no_visit(text, kinds):
    assert planner_kinds(text) == kinds


def test_a_meal_where_the_trip_ends_at_its_time_is_no_visit():
    kinds = planner_kinds("From Marienplatz at 9: a pharmacy and a bookshop. Then lunch with Grandma at the "
                          "Hofbräuhaus at 12:30.", "munich")
    assert kinds == ["pharmacy", "bookshop"]


@pytest.mark.parametrize("text, kinds", [
    ("Leaving Washington Square at 9, three hours. A playground first, then donuts at The Donut Pub, then a park.",
     ["playground", "cafe", "park"]),
    ("From Washington Square at 7pm: drinks and jazz at Fat Cat, then dinner.", ["amenity=nightclub", "restaurant"]),
])
def test_kinds_said_with_a_name_the_map_knows_are_one_visit_there(text, kinds):
    assert planner_kinds(text, "new_york") == kinds


def test_a_snack_said_in_brackets_after_a_coffee_is_had_there():
    kinds = planner_kinds("Salgo de la estación a las 11: un museo y después un café con algo dulce (croissants!).")
    assert kinds == ["museum", "cafe"]


def test_children_are_who_the_trip_is_for():
    kinds = planner_kinds("Départ de la gare à 10h avec les enfants : un jardin pour que les enfants courent, "
                          "puis une glace.")
    assert kinds == ["park", "ice_cream"]


def test_the_style_of_a_coffee_in_brackets_is_no_meal():
    kinds = planner_kinds("From the station at 2pm: the cathedral, then coffee and cake (Italian style!).")
    assert kinds == ["church", "cafe"]
