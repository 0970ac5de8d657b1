"""The planner reads the kind of a visit as people say it: a chain whose shop on the map is of several kinds is the
kind of its brand, a kind word written as a name is the landmark the map has of that kind, a name on the map that is
whole a kind phrase is that kind, a kind said before a name picks among the place's kinds, a kind said of a shopping
centre stays that kind, and more words of kinds, goods and doing in the languages read.  The sentences are written
for these tests; none is taken from a prompt set."""

from __future__ import annotations

import pytest

from nco.planner import tagschema

from conftest import planner_kinds


def test_a_chain_on_the_map_is_the_kind_of_its_brand_first():
    # the map's Duane Reade sells groceries too (a shop of two categories): the pharmacy chain is meant
    assert planner_kinds("From Abingdon Square at 9am: a stop at Duane Reade, then a bakery. Back by 11.",
                         "new_york") == ["pharmacy", "bakery"]


@pytest.mark.parametrize("text, kinds", [
    ("From Place d'Armes at 10am: the Oceanographic Museum, then the Casino. Back by 2pm.", ["museum", "sight"]),
    ("Da Place d'Armes alle 10: il Museo Oceanografico e poi il Casinò. Fino alle 14.", ["museum", "sight"]),
    ("From Place d'Armes at 7pm: dinner, then the casino. Back by 11pm.", ["restaurant", "amenity=casino"]),
])
def test_a_kind_word_written_as_a_name_is_the_landmark_of_that_kind(text, kinds):
    assert planner_kinds(text, "monaco") == kinds


def test_a_name_on_the_map_that_is_a_kind_phrase_is_that_kind():
    assert planner_kinds("Leaving Canton Waterfront Park at 8am. Dog park first, then a coffee. Two hours.",
                         "baltimore") == ["leisure=dog_park", "cafe"]


@pytest.mark.parametrize("text, city, kinds", [
    # the church of São Francisco is a museum too: the kind said before its name is meant
    ("Départ de la Praça da Batalha à 10h : l'église São Francisco, puis un déjeuner. Jusqu'à 14h.", "porto",
     ["church", "restaurant"]),
    # a cinema in a shopping centre: a cinema, not a shop
    ("Sortim de la Plaça Rebés a les 16:00, anem al cinema de l'Illa Carlemany i després a sopar. Fins a les 22:00.",
     "andorra", ["cinema", "restaurant"]),
    # two names joined by the Catalan "i": each its own place
    ("Sortim de la Plaça Rebés a les 10. Volem veure l'església de Sant Esteve i la Casa de la Vall. Fins a les 13.",
     "andorra", ["church", "sight"]),
])
def test_a_kind_said_with_a_name(text, city, kinds):
    assert planner_kinds(text, city) == kinds


@pytest.mark.parametrize("phrase, langs, tag", [
    ("perfum", ("ca", "en"), "shop=perfumery"),
    ("chocolatier", ("en",), "shop=chocolate"),
    ("xocolateria", ("ca", "en"), "shop=chocolate"),
    ("coffee house", ("en",), "amenity=cafe"),
    ("diner", ("en",), "amenity=restaurant"),
    ("barzinho", ("en", "pt"), "amenity=bar"),
    ("Würstelstand", ("de", "en"), "amenity=fast_food"),
    ("botiga de muntanya", ("ca", "en"), "shop=outdoor"),
    ("tienda de montaña", ("en", "es"), "shop=outdoor"),
])
def test_more_words_of_kinds(phrase, langs, tag):
    assert tagschema.lookup(phrase, langs) == tag


@pytest.mark.parametrize("text, kinds", [
    ("Sortim de la Plaça Rebés a les 10: comprar perfum i després dinar. Fins a les 14.", ["shop=perfumery",
                                                                                          "restaurant"]),
    ("From Union Square at 2pm: a tea shop and a chocolatier, then a park. Until 5pm.",
     ["shop=tea", "shop=chocolate", "park"]),
    ("From the station at 8am: breakfast in a coffee house, then a bookshop. Until 11.", ["cafe", "bookshop"]),
    ("Saio da Ribeira às 17h, quero um sorvete e depois um barzinho. Até às 21h.", ["ice_cream", "bar"]),
    ("From the station at noon: lunch at a diner, then a bookstore. Back by 2pm.", ["restaurant", "bookshop"]),
    ("From Union Square at noon: a bookshop, then grab a slice. Back by 1:30pm.", ["bookshop", "fast_food"]),
])
def test_kinds_said_in_everyday_words(text, kinds):
    assert planner_kinds(text) == kinds


@pytest.mark.parametrize("text, kinds", [
    ("From the station at 10am I want to buy duty-free perfume and a watch, then lunch. Back by 2pm.",
     ["shop=perfumery", "shop=watches", "restaurant"]),
    ("Från Mariatorget kl 14: först köpa nya jeans, sen ett kafé. Hemma senast 17.", ["shop", "cafe"]),
])
def test_goods_said_with_a_word_before_them(text, kinds):
    assert planner_kinds(text) == kinds


@pytest.mark.parametrize("text", [
    "Départ de la place de la République à 12h : d'abord la banque, ensuite manger un morceau. Fin à 13h30.",
    "Ab 12 Uhr vom Marienplatz: zuerst zur Bank, dann einen Happen essen. Bis 13:30.",
])
def test_a_bite_to_eat_in_other_languages(text):
    assert planner_kinds(text) == ["bank", "fast_food"]


def test_a_word_that_begins_the_name_of_one_landmark_only():
    # "au Palais": the one place of a category whose name begins with "Palais", the Prince's Palace
    assert planner_kinds("Départ de la place d'Armes à 10h : le Musée océanographique, puis la relève de la garde "
                         "au Palais. Fin à 13h.", "monaco") == ["museum", "sight"]


def test_a_town_is_no_landmark_named_after_it():
    assert planner_kinds("Estou hospedado em Lawnton. Amanhã às 8h quero um café e depois uma livraria. Volto às 11.",
                         "harrisburg") == ["cafe", "bookshop"]


def test_a_name_said_with_its_article_in_lower_case():
    # the map calls it "Le Jardin Animalier": the zoo, not a garden
    assert planner_kinds("Départ de la place d'Armes à 14h : le Jardin animalier, puis une glace. Fin à 17h.",
                         "monaco") == ["tourism=zoo", "ice_cream"]


@pytest.mark.parametrize("text, city, kinds", [
    ("Vanaf 15:00 bij de Wachaubrücke: eerst een fietsenmaker, dan een restaurant met iets vegetarisch. Om 20:00 "
     "terug.", "krems", ["shop=bicycle", "restaurant"]),
    ("Da Marienplatz alle 12: un ristorante vegano e poi un museo. Alle 16 di nuovo a Marienplatz.", "munich",
     ["restaurant", "museum"]),
])
def test_what_a_restaurant_serves_said_in_another_language_is_no_shop(text, city, kinds):
    assert planner_kinds(text, city) == kinds
