"""Dutch is read with the tagging schema's Dutch names and terms; a search term that is goods another shop sells
names that shop, not the preset it is listed under; goods are read in Danish, Norwegian, Polish and Czech.  The
sentences are written for these tests; none is taken from a prompt set."""

from __future__ import annotations

import pytest

from nco.planner import tagschema

from conftest import planner_kinds


@pytest.mark.parametrize("phrase, tag", [
    ("uitzichtpunt", "tourism=viewpoint"),
    ("drogisterij", "shop=chemist"),
    ("tankstation", "amenity=fuel"),
    ("bibliotheek", "amenity=library"),
])
def test_dutch_names_of_the_schema_are_read(phrase, tag):
    assert tagschema.lookup(phrase, tagschema.read_in("nl")) == tag
    assert tagschema.lookup(phrase, tagschema.read_in("en")) != tag


@pytest.mark.parametrize("term, langs, tag", [
    # listed among the terms of the leather shop and of the public washing place: goods of other shops
    ("schoenen", ("en", "nl"), "shop=shoes"),
    ("kleding", ("en", "nl"), "shop=clothes"),
    # a telephone, in Polish a term of the telecom office: a phone shop's goods
    ("telefon", ("en", "pl"), "shop=mobile_phone"),
])
def test_a_term_that_is_goods_of_another_shop_names_that_shop(term, langs, tag):
    assert tagschema.phrase_index(langs)[term] == tag


def test_a_dutch_prompt_with_a_viewpoint_and_a_chemist():
    text = ("We vertrekken om 10 uur vanaf de Marienplatz. Eerst een uitzichtpunt, dan een drogisterij. "
            "Om 13 uur zijn we terug.")
    assert planner_kinds(text, "munich") == ["viewpoint", "shop=chemist"]


@pytest.mark.parametrize("word, tag", [
    ("zabawki", "shop=toys"), ("leketøy", "shop=toys"), ("legetøj", "shop=toys"), ("hračky", "shop=toys"),
    ("książki", "shop=books"), ("bøger", "shop=books"), ("knihy", "shop=books"),
    ("kwiaty", "shop=florist"), ("květiny", "shop=florist"),
    ("czekoladę", "shop=chocolate"), ("sjokolade", "shop=chocolate"),
    ("kiełbasę", "shop=butcher"), ("kjøtt", "shop=butcher"),
    ("obuwie", "shop=shoes"), ("klær", "shop=clothes"), ("smykker", "shop=jewelry"),
])
def test_goods_in_danish_norwegian_polish_and_czech(word, tag):
    assert tagschema.goods_tag(word) == tag


@pytest.mark.parametrize("text, kinds", [
    ("Jeg starter kl. 10 ved Marienplatz. Jeg vil kjøpe leketøy og en bok. Til 13.", ["shop=toys", "bookshop"]),
    ("Start o 10 z Marienplatz. Chcę kupić zabawki, a potem kawa. Do 13.", ["shop=toys", "cafe"]),
])
def test_goods_bought_in_norwegian_and_polish_are_read(text, kinds):
    assert planner_kinds(text, "munich") == kinds


@pytest.mark.parametrize("text, lang", [
    # a note with no English word: one kind word of one language alone tells it
    ("Larvotto 10h. pharm., banque, café. 12h Port Hercule", "fr"),
    ("Trindade 10h → padaria → Bolhão, 2h", "pt"),
])
def test_a_note_with_one_word_of_its_language(text, lang):
    from nco.planner.offline.lang import detect
    assert detect(text) == lang


def test_a_note_in_english_stays_english():
    from nco.planner.offline.lang import detect
    assert detect("Larvotto 10am: the pharmacy, then the bank and a coffee. Back at noon") == "en"


@pytest.mark.parametrize("text", [
    "Vanaf de Place de Thorigny om half tien. Eerst lunchen en dan een uurtje in een plantsoen zitten. "
    "Om vier uur terug.",
    "Vanaf de Place de Thorigny om half tien. Eerst lunchen en dan picknicken in een parkje. Om vier uur terug.",
    "From Place de Thorigny at 9:30. Lunch first, then sit for a while in a leafy square. Back at 4.",
])
def test_small_parks_and_green_squares_are_parks(text):
    assert planner_kinds(text, "paris") == ["restaurant", "park"]


@pytest.mark.parametrize("text, kinds", [
    ("On part de la place d'Armes à 14h : d'abord le Musée océanographique, ensuite le goûter, puis un jardin. "
     "Retour avant 18h.", ["museum", "bakery", "park"]),
    # the snack bought at the supermarket is no visit of its own
    ("On part de la place d'Armes à 14h : le Musée océanographique, puis le supermarché pour acheter le goûter. "
     "Retour avant 18h.", ["museum", "supermarket"]),
])
def test_the_afternoon_snack_in_french(text, kinds):
    assert planner_kinds(text, "monaco") == kinds


@pytest.mark.parametrize("text", [
    "Vanaf 13u bij het station: een fietsenwinkel, lunchen en boodschappen voor morgen. Om 17u terug.",
    "Om 13 uur beginnen we bij het station. Een fietsenwinkel, lunchen, en we doen boodschappen. Om 17u terug.",
])
def test_groceries_said_in_dutch(text):
    assert planner_kinds(text, "krems") == ["shop=bicycle", "restaurant", "supermarket"]


@pytest.mark.parametrize("text, city, kinds", [
    ("On part de Rambuteau à 16h. Ma tante veut un vêtement vintage, puis un square. Retour 19h.", "paris",
     ["shop", "park"]),
    ("Sortim de la plaça Rebés a les 10. Primer dinar, i a la tarda compres per l'avinguda Meritxell. Fins a les sis.",
     "andorra", ["restaurant", "shop"]),
    # shirts taken to the cleaner are no shopping
    ("From Isartor at 7: drop my shirts at the dry cleaner, then a bakery. Back by 11.", "munich",
     ["shop=dry_cleaning", "bakery"]),
])
def test_clothes_and_shopping_said_in_other_words(text, city, kinds):
    assert planner_kinds(text, city) == kinds


@pytest.mark.parametrize("text, start, end", [
    # the hotel in the Nordic definite form, named nowhere: no end place of its own
    ("I morgen starter vi ved Federal Hill Park kl. 10. Port Discovery og så lunsj. Vi må være på hotellet kl. 16.",
     "Federal Hill Park", None),
    # a name after it is the hotel's
    ("Jeg går fra hotellet Four Seasons kl. 16. Port Discovery og aftensmad. Kl. 20 skal jeg være på Federal Hill Park.",
     "Four Seasons", "Federal Hill Park"),
])
def test_the_hotel_in_the_nordic_definite_form(text, start, end):
    from conftest import planner_request
    r = planner_request(text, "baltimore")
    assert (r.start_place, r.end_place) == (start, end)


@pytest.mark.parametrize("text", [
    "Fra Hakaniemen tori kl. 9.30: en markedshall, lunsj og apoteket. Ferdig kl. 13.",
    "Dalle 9:30 da Hakaniemen tori: un mercato coperto, pranzo e la farmacia. Fino alle 13.",
])
def test_the_covered_market_said_in_more_languages(text):
    assert planner_kinds(text, "helsinki") == ["market", "restaurant", "pharmacy"]
