"""The planner reads everyday kinds of shop and service said the local way (a bike workshop, a key cutter, a
cobbler, a second-hand shop, a picnic site, a market hall, a wine bar), Finnish kinds in the case of going or
being there, a shop of no named kind in the languages read, and how many visits a kind is ("zwei
Buchhandlungen", "(twee is genoeg)").  The sentences are written for these tests; none is taken from a
prompt set."""

from __future__ import annotations

import pytest
from conftest import planner_kinds


@pytest.mark.parametrize("text, kinds", [
    ("Ab 9 vom Rathaus: erst in die Fahrradwerkstatt, dann in die Apotheke.", ["shop=bicycle", "pharmacy"]),
    ("From the station at 10: somewhere to fix my phone screen, then a coffee.", ["shop=mobile_phone", "cafe"]),
    ("Saio da estação às 9h: primeiro tirar uma cópia das chaves, depois uma farmácia.",
     ["craft=key_cutter", "pharmacy"]),
    ("From the hotel at 9: the cobbler for my boots, then a stationer for envelopes.",
     ["craft=shoemaker", "shop=stationery"]),
    ("Jag börjar vid stationen kl 10: en järnhandel och sen apoteket.", ["shop=hardware", "pharmacy"]),
    ("Ab 15 Uhr am Bahnhof: Kosmetikstudio, danach zum Reifenhändler.", ["shop=beauty", "shop=tyres"]),
    ("Ab 8 Uhr vom Rathaus ins Hallenbad und danach zum Fleischhauer.", ["leisure=swimming_pool", "shop=butcher"]),
    ("Je pars de la gare à 10h : un loueur de vélos, puis une boutique d'occasion.",
     ["amenity=bicycle_rental", "shop=second_hand"]),
    ("Starting from the hotel at 9: a car wash, then a garden centre for some seeds.",
     ["amenity=car_wash", "shop=garden_centre"]),
    ("From the square at 2pm: a bakery, then the state store for a bottle of gin.", ["bakery", "shop=alcohol"]),
])
def test_local_words_for_shops_and_services(text, kinds):
    assert planner_kinds(text) == kinds


@pytest.mark.parametrize("text, kinds", [
    ("Lähden asemalta klo 10. Käyn suutarilla ja sitten kampaamoon.", ["craft=shoemaker", "shop=hairdresser"]),
    ("Lähden Kalliosta klo 9: lemmikkikauppaan ja pesulaan.", ["shop=pet", "shop=laundry"]),
])
def test_finnish_kinds_with_their_case_ending(text, kinds):
    assert planner_kinds(text) == kinds


@pytest.mark.parametrize("text, kinds", [
    ("Ich bin ab 10 am Rathaus. Zuerst in die Markthalle, dann in die Bücherei.", ["market", "library"]),
    ("Ab 17 Uhr am Bahnhof: ein Weinlokal und danach noch ein Museum.", ["bar", "museum"]),
    ("Ich bin ab 11 am Bahnhof. Erst ins Museum, dann in einen Laden.", ["museum", "shop"]),
    ("Parto dalla stazione alle 10: prima un museo, poi passare in un negozio.", ["museum", "shop"]),
    ("Lähden asemalta klo 12. Ensin ostoksille, sitten lounas.", ["shop", "restaurant"]),
    ("Gare 9h → musée → déj. → pharm. ; retour 13h", ["museum", "restaurant", "pharmacy"]),
])
def test_kinds_said_in_the_languages_read(text, kinds):
    assert planner_kinds(text) == kinds


@pytest.mark.parametrize("text, kinds", [
    ("Ich bin ab 10 am Bahnhof und will in zwei Buchhandlungen, dann Mittagessen.",
     ["bookshop", "bookshop", "restaurant"]),
    ("Ik begin om 10 uur bij het station. Eerst een museum, dan een paar kerken (twee is genoeg).",
     ["museum", "church", "church"]),
    ("Jag börjar vid stationen kl 10. Först ett museum, sen en bokhandel (två om det finns).",
     ["museum", "bookshop", "bookshop"]),
    ("Sono libera dalle 15 alla stazione: vorrei girare due negozi e poi un caffè.", ["shop", "shop", "cafe"]),
    ("From the hotel at 10: a museum, then a bakery (two if there's time).", ["museum", "bakery", "bakery"]),
    ("Parto dalla stazione alle 10: due librerie e poi un museo.", ["bookshop", "bookshop", "museum"]),
])
def test_how_many_visits_a_kind_is(text, kinds):
    assert planner_kinds(text) == kinds


@pytest.mark.parametrize("text, kinds", [
    # the locksmith keeps its own word; a key cutter is not read into it
    ("Ab 9 vom Bahnhof: zum Schlüsseldienst, dann in die Apotheke.", ["shop=locksmith", "pharmacy"]),
    # one bookshop said once is one visit, a number of hours is no count
    ("From the hotel at 10 for two hours: a bookshop and a café.", ["bookshop", "cafe"]),
])
def test_kinds_not_read_into_others(text, kinds):
    assert planner_kinds(text) == kinds


@pytest.mark.parametrize("text, kinds", [
    ("Saio da praça às 10h: cortar o cabelo e depois uma farmácia.", ["shop=hairdresser", "pharmacy"]),
    ("From the station at 9: get my hair cut, then a bakery.", ["shop=hairdresser", "bakery"]),
    ("Saio da praça às 14h: parquinho com as crianças, depois um sorvete.", ["playground", "ice_cream"]),
])
def test_activities_that_name_a_kind(text, kinds):
    assert planner_kinds(text) == kinds


@pytest.mark.parametrize("text, kinds", [
    ("Rathaus 9 Uhr: Post, Apotheke, Bäckerei. bis 11 zurück", ["amenity=post_office", "pharmacy", "bakery"]),
    ("Stationen kl 10: apotek, bank, blommor. kl 12 tillbaka", ["pharmacy", "bank", "shop=florist"]),
    ("Bahnhof 10h → Reinigung → Supermarkt → Bibliothek; 13h zurück", ["shop=dry_cleaning", "supermarket", "library"]),
])
def test_errands_said_as_items_of_a_note(text, kinds):
    assert planner_kinds(text) == kinds
