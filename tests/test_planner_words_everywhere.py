"""Words read alike in every language: a picnic, a pool, tea bought by the packet, a word after an elided article,
goods said with a short word or the verb last, and errands in Polish and Czech.  The sentences are written for these
tests; none is taken from a prompt set."""

from __future__ import annotations

import pytest

from nco.planner import tagschema

from conftest import planner_kinds


@pytest.mark.parametrize("text, kinds", [
    # "sat" is Saturday here, not "sat on a bench": the bank is a visit
    ("sat errands from the station 9am: bank, then the pharmacy. done by 11", ["bank", "pharmacy"]),
    # a pool said with a word before it is a swimming pool; pool the game is none
    ("Leaving the station at 3pm: the playground, a pool, then ice cream. Back by 7.",
     ["playground", "leisure=swimming_pool", "ice_cream"]),
    ("Leaving the station at 8pm: drinks at a bar, then pool and darts. Back by 11.", ["bar"]),
    ("Leaving the station at 8pm: a bar to play pool, then dinner. Back by 11.", ["bar", "restaurant"]),
    # tea bought by the packet is a tea shop's; a cup of it is a café's
    ("Start at the station at 10. Buy some tea, then lunch. Back by 2.", ["shop=tea", "restaurant"]),
    ("Start at the station at 10. Buy a tea, then a museum. Back by 2.", ["cafe", "museum"]),
])
def test_english_words(text, kinds):
    assert planner_kinds(text) == kinds


@pytest.mark.parametrize("text", [
    "Morgen ab 10 Uhr am Bahnhof: erst ein Picknick, dann Kaffee. Um 15 Uhr zurück.",
    "Demain départ de la gare à 10h : d'abord un pique-nique, puis un café. Retour à 15h.",
    "Zítra od 10 z nádraží: nejdřív si udělat piknik, pak kafe. V 15 zpátky.",
    "Morgen om 10 uur vanaf het station: eerst picknicken, dan koffie. Om 15 uur terug.",
])
def test_a_picnic_is_had_in_a_park_in_every_language(text):
    assert planner_kinds(text) == ["park", "cafe"]


@pytest.mark.parametrize("text, kind", [
    ("Domani parto dalla stazione alle 10. Prima l'edicola, poi un caffè. Alle 15 torno.", "shop=newsagent"),
    ("Domani parto dalla stazione alle 10. Prima l'acquario, poi un caffè. Alle 15 torno.", "tourism=aquarium"),
    ("Demain départ de la gare à 10h : d'abord l'horloger, puis un café. Retour à 15h.", "shop=watches"),
])
def test_a_kind_after_an_elided_article(text, kind):
    assert planner_kinds(text) == [kind, "cafe"]


def test_an_elided_article_after_of_names_no_kind():
    text = "Demain départ de la gare à 10h : un supermarché pour de l'eau, puis un café. Retour à 15h."
    assert planner_kinds(text) == ["supermarket", "cafe"]


@pytest.mark.parametrize("text, kind", [
    ("Imorgon från stationen kl 10: först köpa te, sedan fika. Tillbaka kl 15.", "shop=tea"),
    ("Mañana salgo de la estación a las 10. Primero comprar té, luego un café. Vuelvo a las 15.", "shop=tea"),
    ("Morgen om 10 uur vanaf het station: eerst thee kopen, dan koffie. Om 15 uur terug.", "shop=tea"),
    ("Morgen om 10 uur vanaf het station: eerst wijn kopen, dan koffie. Om 15 uur terug.", "shop=wine"),
    ("Imorgon från stationen kl 10: först köpa osten, sedan fika. Tillbaka kl 15.", "shop=cheese"),
])
def test_goods_said_short_or_with_the_verb_last(text, kind):
    assert planner_kinds(text) == [kind, "cafe"]


@pytest.mark.parametrize("errand, kind", [
    ("kupić wino", "shop=wine"),
    ("sklep z zabawkami", "shop=toys"),
    ("do pralni", "shop=laundry"),
    ("lumpeks", "shop=second_hand"),
    ("wypożyczyć rowery", "amenity=bicycle_rental"),
    ("masaż", "shop=massage"),
])
def test_polish_errands(errand, kind):
    text = f"Jutro wychodzę z dworca o 10. Najpierw {errand}, potem kawa. O 15 wracam."
    assert planner_kinds(text) == [kind, "cafe"]


@pytest.mark.parametrize("errand, kind", [
    ("koupit víno", "shop=wine"),
    ("masáž", "shop=massage"),
    ("půjčit si kola", "amenity=bicycle_rental"),
    ("koupit dárek pro mámu", "shop"),
])
def test_czech_errands(errand, kind):
    text = f"Zítra od 10 z nádraží: nejdřív {errand}, pak kafe. V 15 zpátky."
    assert planner_kinds(text) == [kind, "cafe"]


@pytest.mark.parametrize("phrase, tag", [
    ("bensinstasjon", "amenity=fuel"),
    ("treningssenter", "leisure=fitness_centre"),
    ("jernvarehandel", "shop=hardware"),
])
def test_norwegian_names_of_the_schema_are_read(phrase, tag):
    assert tagschema.lookup(phrase, tagschema.read_in("no")) == tag


@pytest.mark.parametrize("errand, kind", [
    ("svømmehallen", "leisure=swimming_pool"),
    ("dyrlægen", "amenity=veterinary"),
    ("fitnesscentret", "leisure=fitness_centre"),
    ("tanke bilen", "amenity=fuel"),
    ("teatret", "theatre"),
])
def test_danish_errands(errand, kind):
    text = f"I morgen går jeg fra stationen kl. 10. Først {errand}, så en kaffe. Tilbage kl. 15."
    assert planner_kinds(text) == [kind, "cafe"]


@pytest.mark.parametrize("errand, kind", [
    ("dyrlegen", "amenity=veterinary"),
    ("Vinmonopolet", "shop=alcohol"),
    # a record shop, not a tea shop ("tebutikk") with letters before it
    ("en platebutikk", "shop=music"),
    ("en tebutikk", "shop=tea"),
])
def test_norwegian_errands(errand, kind):
    text = f"I morgen går jeg fra stasjonen kl. 10. Først {errand}, så en kaffe. Tilbake kl. 15."
    assert planner_kinds(text) == [kind, "cafe"]


@pytest.mark.parametrize("errand, kind", [
    ("ostamaan kukkia", "shop=florist"),
    ("ostamaan viiniä", "shop=wine"),
    ("rannalle", "natural=beach"),
])
def test_finnish_errands(errand, kind):
    text = f"Huomenna lähden asemalta kello 10. Ensin {errand}, sitten kahvi. Takaisin kello 15."
    assert planner_kinds(text) == [kind, "cafe"]


@pytest.mark.parametrize("text, kind", [
    ("Demà surto de l'estació a les 10. Primer comprar vi, després un cafè. Torno a les 15.", "shop=wine"),
    ("Demà surto de l'estació a les 10. Primer un massatge, després un cafè. Torno a les 15.", "shop=massage"),
    ("Mañana salgo de la estación a las 10. Primero comprar puros, luego un café. Vuelvo a las 15.", "shop=tobacco"),
])
def test_catalan_and_spanish_errands(text, kind):
    assert planner_kinds(text) == [kind, "cafe"]


@pytest.mark.parametrize("text", [
    "Start at the station at 10. First climb a church tower for the view, then lunch. Back by 2.",
    "Morgen ab 10 Uhr am Bahnhof: erst auf einen Kirchturm steigen, dann Mittagessen. Um 14 Uhr zurück.",
    "Demain départ de la gare à 10h : d'abord monter dans un clocher, puis déjeuner. Retour à 14h.",
    "Domani parto dalla stazione alle 10. Prima salire su una torre panoramica, poi pranzo. Alle 14 torno.",
])
def test_a_tower_with_no_name_is_climbed_for_the_view(text):
    assert planner_kinds(text) == ["viewpoint", "restaurant"]


def test_a_named_tower_is_its_place():
    assert planner_kinds("Start at Marienplatz at 10. First climb the tower of St. Peter, then lunch. Back by 2.",
                         "munich") == ["church", "restaurant"]
