"""The planner plans every visit a request asks for: a monument the map holds without a kind of place
("die Historische Brücke"), something sweet and the pastries known by their own name ("was Süßes", "eine
Mehlspeise", "a pastel de nata"), a chain called by its nickname ("a Woolies run", "Maccas"), a kiosk ("in die
Trafik"), a copy shop, a vintage shop, a parcel shop, a parcel sent ("envoyer le colis"), where the boats leave
("la terminal del barco"), a name after an order word that opens its sentence ("First Home Depot for ...") and a
shop's first word after the Italian "alla" ("alla Paesanella").  The sentences are written for these tests; none
is taken from a prompt set."""

from __future__ import annotations

import pytest

from nco.planner import brands
from nco.planner.plan import knows, load_planner_city

from conftest import planner_kinds


def test_a_monument_the_map_holds_without_a_kind_is_a_sight():
    assert knows(load_planner_city("bayreuth_north")).visit("Historische Brücke")[0] == ("sight",)
    assert planner_kinds("Ab 10 Uhr vom Marktplatz: erst zum Burgstall Fürstenau, dann ein Café. Bis 12.",
                  "bayreuth_north") == ["sight", "cafe"]


@pytest.mark.parametrize("text, kinds", [
    ("Ab 10 Uhr vom Odeonsplatz: erst ein Museum, danach noch was Süßes. Bis 13 Uhr.", ["museum", "cafe"]),
    ("Ab 14 Uhr vom Bahnhof: eine Buchhandlung und zwischendurch eine Mehlspeise. Bis 17 Uhr.", ["bookshop", "cafe"]),
    ("Desde la estación a las 10: un museo y después algo dulce. Hasta las 13.", ["museum", "cafe"]),
    ("From the station at 10am: a bookshop, then a pastel de nata somewhere. Back by noon.", ["bookshop", "bakery"]),
    ("Saio da estação às 10h: uma livraria e depois um pastel de nata. Volto às 12h.", ["bookshop", "bakery"]),
])
def test_something_sweet_and_named_pastries_are_visits(text, kinds):
    assert planner_kinds(text) == kinds


@pytest.mark.parametrize("text, kinds", [
    ("Saio da estação às 10h: um café com pastel de nata, depois uma livraria. Volto às 12h.", ["cafe", "bookshop"]),
    ("Ab 14 Uhr vom Bahnhof: Kaffee und eine Mehlspeise, dann eine Buchhandlung. Bis 17 Uhr.", ["cafe", "bookshop"]),
])
def test_a_pastry_had_with_a_coffee_is_one_visit(text, kinds):
    assert planner_kinds(text) == kinds


def test_a_chain_called_by_its_nickname_is_the_chain():
    assert brands.kind("Woolies", "au") == "shop=supermarket"
    assert brands.kind("Maccas", "au") == brands.kind("Mäkki", "fi") == "amenity=fast_food"
    assert brands.kind("Woolies", "us") is None  # a chain of another country
    assert planner_kinds("Leaving Sydenham station at 9am: a coffee, then a Woolies run. Back by 11.",
                         "sydney") == ["cafe", "supermarket"]


@pytest.mark.parametrize("text, kinds", [
    ("Ab 10 vom Bahnhof: zuerst in die Trafik, dann zur Bank. Bis 11.", ["shop=kiosk", "bank"]),
    ("From the station at 10: a kiosk, then a bank. Back by 11.", ["shop=kiosk", "bank"]),
    ("Ab 12 von der Uni: im Copyshop was drucken, dann ein Döner. Bis 13 Uhr.", ["shop=copyshop", "fast_food"]),
    ("From the station at 2pm: a vintage store, then coffee. Back by 4.", ["shop", "cafe"]),
    ("Salgo de la estación a las 11: un café y después la terminal del barco. Hasta las 13.",
     ["cafe", "amenity=ferry_terminal"]),
    ("Ab 9 vom Marktplatz: ein Paket beim DHL-Shop abgeben, dann zur Apotheke. Bis 10.",
     ["amenity=post_office", "pharmacy"]),
    ("From the station at 9: the parcel shop, then a pharmacy. Back by 10.", ["amenity=post_office", "pharmacy"]),
    ("From the station at 9: send a package, then a pharmacy. Back by 10.", ["amenity=post_office", "pharmacy"]),
    ("Départ de la gare à 9h : passer en ville pour envoyer le colis, puis une pharmacie. Retour à 10h.",
     ["amenity=post_office", "pharmacy"]),
])
def test_shops_and_the_boat_terminal_said_plainly(text, kinds):
    assert planner_kinds(text) == kinds


def test_a_name_after_an_order_word_opening_the_sentence():
    assert planner_kinds("Leaving Lawnton at 9. First Home Depot for paint, then a coffee. Back by noon.",
                         "harrisburg") == ["shop=doityourself", "cafe"]


def test_a_shop_named_by_its_first_word_after_alla():
    assert planner_kinds("Parto dalla stazione di Sydenham alle 9: prima in banca, poi alla Paesanella per il formaggio. "
                         "Ho un'ora.", "sydney") == ["bank", "shop=deli"]
