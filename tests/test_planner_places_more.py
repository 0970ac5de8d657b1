"""The planner reads more ways of saying where a trip starts and ends: a stop noun before a name that begins
with a number, a street after "from the office", a lower-case place one walks to and must get to by a time, a
place said without the town it is named after, the train home at a time from a station, the station alone after
a start time, a market said by its kind, a meeting with friends on a square, a note that opens with a time and
a street, leaving home with a visit "at" a place, the station one comes back to, a heading that says when and
where, the metro taken at a place, an appointment in German, going on to the office, one place said as both
the start and the end, a start told more closely and come back to, where one studies, getting somewhere at a time,
coming in by train, a square said right after the verb of starting, and a station said with its street words
short.  The sentences are written for these tests; none is taken from a prompt set."""

from __future__ import annotations

import pytest

from nco.planner.parse import parse_offline
from nco.planner.plan import knows, load_planner_city

from conftest import PROMPT_DAY


def _request(text: str, city: str | None = None):
    """The request read from ``text``, with the map of ``city`` when given."""
    known = knows(load_planner_city(city)) if city else None
    return parse_offline(text, today=PROMPT_DAY, known_place=known).request


@pytest.mark.parametrize("text, city, start", [
    # a stop noun, then a name that begins with a number
    ("Départ : station 23rd Street, 10 h. Une pharmacie puis un café.", "new_york", "23rd Street"),
    # leaving the office, then the street it is on
    ("je sors du bureau avenue Trudaine à 18h, une boulangerie puis une pharmacie", "paris", "avenue Trudaine"),
    # a note that opens with a time, then a street in lower case
    ("3:15 götgatan. apotek och ett kafé. 1 timme", "stockholm", "götgatan"),
    # the station alone after a start time
    ("Fang um 10 Uhr beim Bahnhof an. Hol beim Billa das Brot und in der Apotheke die Tropfen, um 12 Uhr am "
     "Südtiroler Platz.", "krems", "Bahnhof"),
    # a market said by its kind, then its name
    ("Départ du marché de la Condamine à 10h : la banque puis un café, retour avant midi.", "monaco", "Condamine"),
    # a heading that says when and where, then the list
    ("Dissabte a les 10:00 a Sant Julià de Lòria: farmàcia i un cafè. Dues hores.", "andorra",
     "Sant Julià de Lòria"),
    # a name right before the clock time of the first sentence, home said later as no name
    ("Ollaan Esplanadin puistossa klo 11. Ensin kahvila ja kirjasto. Kotona pitää olla kahdelta.", "helsinki",
     "Esplanadin puisto"),
    # the metro taken at a place, after leaving work
    ("Saio do trabalho às 18h e apanho o metro no Campo 24 de Agosto. Preciso de uma farmácia e de uma padaria.",
     "porto", "Campo 24 de Agosto"),
])
def test_more_ways_of_saying_the_start(text, city, start):
    assert _request(text, city).start_place == start


def test_leaving_home_leaves_a_visit_at_a_place_a_visit():
    req = _request("leaving home 10am sunday, need gas, then a coffee at the Broad Street Market, back by noon",
                   "harrisburg")
    assert req.start_place is None


@pytest.mark.parametrize("text, city, end", [
    # walking to a place written in lower case, then getting there by a time
    ("ok so I'm at kaisaniemen puisto at 11 I want a coffee then a bookshop and then walk to the kiasma get there by 2",
     "helsinki", "Kiasma"),
    # a place named without the town it is named after
    ("Ab 9 vom Südtiroler Platz: eine Bäckerei, dann eine Apotheke. Um 11 besuche ich meinen Onkel im "
     "Landesklinikum.",
     "krems", "Landesklinikum"),
    # the train home at a time, from a station
    ("Termin bis 14:00 an der IMC Fachhochschule Krems, dann Zeit bis mein Zug um 17 Uhr vom Bahnhof Krems geht. "
     "Ein Café bitte.", "krems", "Bahnhof Krems"),
    # meeting friends on a square said with no preposition
    ("Je sors du boulot à 18h, métro Rambuteau. Une boulangerie puis une pharmacie, je retrouve des amis place de la "
     "République à 20h.", "paris", "place de la République"),
    # coming back by a time to a station of another name
    ("Mañana a las 10 estamos en la estación de 14th Street. Queremos un café y una farmacia. Regresamos a las 12 a "
     "la estación de Christopher Street.", "new_york", "Christopher Street"),
    # an appointment in German, the verb last
    ("Vorlesung aus um 10. Zuerst eine Bank, dann eine Buchhandlung, um 12 Uhr bin ich im Cinemaplexx verabredet.",
     "krems", "Cinemaplexx"),
    # going on to the office after the visits
    ("Je pars du Marché de la Condamine à 9h, la banque et la pharmacie. Ensuite je file au bureau à Monaco-Ville.",
     "monaco", "Monaco-Ville"),
])
def test_more_ways_of_saying_the_end(text, city, end):
    assert _request(text, city).end_place == end


def test_one_place_said_as_both_the_start_and_the_end():
    req = _request("Lunch break from 12:00 to 13:00. A coffee and a bakery. I start and end at Rittenhouse Square.")
    assert req.start_place == "Rittenhouse Square"
    assert req.end_place in (None, "Rittenhouse Square")


@pytest.mark.parametrize("text", [
    "Partimos de Escaldes, delante de Caldea, a las 10. Un museo y un café. Volvemos a Caldea a las 13.",
    "On part d'Escaldes, devant Caldea, à 10h. Un musée et un café. Retour à Caldea à 13h.",
])
def test_a_start_told_more_closely_is_the_place_one_comes_back_to(text):
    req = _request(text, "andorra")
    assert req.start_place == "Caldea"


@pytest.mark.parametrize("text", [
    "Ich bin Studentin an der Central Dauphin East High School. Um 15 Uhr los: zur Bank und in eine Bibliothek.",
    "I'm a student at Central Dauphin East High School. From 3pm a bank and a library.",
])
def test_where_one_studies_is_the_start(text):
    assert _request(text, "harrisburg").start_place == "Central Dauphin East High School"


@pytest.mark.parametrize("text, city, start", [
    ("we get to hakaniemen tori at 10, a cafe and a bookshop, then home by 12", "helsinki", "Hakaniemen tori"),
    ("We get to Marienplatz at 10, a cafe and a bookshop, back by 12", "munich", "Marienplatz"),
])
def test_getting_somewhere_at_a_time_is_the_start(text, city, start):
    req = _request(text, city)
    assert req.start_place == start
    assert req.end_place in (None, start)


def test_coming_in_by_train_starts_at_the_station_of_the_town():
    req = _request("Day out in Krems from Linz, our train gets in at 9:40. A museum and a cafe, train back at 4pm.",
                   "krems")
    assert (req.start_place, req.start_time) == ("the station", "09:40")


def test_a_square_said_right_after_the_verb_of_starting():
    req = _request("on commence place de la Bastille à dix heures un café ensuite un musée", "paris")
    assert (req.start_place, req.start_time) == ("place de la Bastille", "10:00")


@pytest.mark.parametrize("text, end", [
    ("Starting at the Stonewall Inn at 10. Coffee first, then a park. Meeting friends at the 14th St-8th Ave station "
     "at 2.", "14th Street-8th Avenue"),
    ("Getting off at Christopher St at 9. A coffee and a bank, then I have to catch the 1 at 14th St by 10.",
     "14th Street"),
])
def test_a_station_said_with_its_street_words_short(text, end):
    assert _request(text, "new_york").end_place == end


def test_a_name_then_a_verb_before_the_first_time_is_the_name_alone():
    """"Ma réunion à Kiasma se termine à 15h": the start is Kiasma, not the words of the verb after it."""
    res = parse_offline("Mon cours à Kiasma se termine à 15h. Ensuite, jusqu'à 18h, une librairie et un café.",
                        today=PROMPT_DAY, known_place=knows(load_planner_city("helsinki")))
    assert res.request.start_place == "Kiasma"
