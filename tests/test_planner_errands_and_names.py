"""The planner reads names joined to other words, the city said in another language, kinds said the way people say
them and times that are no times: "X a kostel sv. Y" is two places; a place called by the first part of a dashed
name ("Caldea" of "Caldea-Inuu"); a second name that shares a word with the first is its own place; the city itself
in any language is no start; "three free hours" is a budget; two of a kind "in" a name are where they are, not at
a place of that name; a place others recommended "but" is no visit; an ordinal street is no clock time; a shop open
"24 hours" has no visit length.  The sentences are written for these tests; none is taken from a prompt set."""

from __future__ import annotations

import pytest

from conftest import planner_kinds, planner_request


@pytest.mark.parametrize("city, text, kinds", [
    ("krems", "Vyrážíme v 9:00 od nádraží, chceme vidět Gozzoburg a kostel sv. Víta, pak oběd.",
     ["sight", "church", "restaurant"]),
    ("krems", "Start at the station at 9: the Gozzoburg and church of St. Vitus, then lunch.",
     ["sight", "church", "restaurant"]),
    ("andorra", "Sortim a les 16 de la plaça del Poble: primer Caldea i després sopar.", ["leisure=sauna", "restaurant"]),
    ("bayreuth_north", "Wir starten um 10 am Marktplatz und wollen zu Arena Outlet und Schiesser Outlet, dann Kaffee.",
     ["shop", "shop", "cafe"]),
    ("porto", "Saio da Trindade às 15h. Quero visitar dois alfarrabistas na Baixa e voltar às 18h.",
     ["bookshop", "bookshop"]),
    ("helsinki", "Lähden Rautatientorilta kello 12. Kaksi antikvariaattia ja sitten lounas.",
     ["bookshop", "bookshop", "restaurant"]),
    ("andorra", "Arribem a les 10 a Escaldes. Ens han recomanat Caldea, però preferim un parc i un cafè.",
     ["park", "cafe"]),
    ("monaco", "From Place d'Armes at 10: I'm not paying for the Oceanographic Museum, so two churches and a café.",
     ["church", "church", "cafe"]),
])
def test_names_said_with_other_words(city, text, kinds):
    assert planner_kinds(text, city) == kinds


@pytest.mark.parametrize("text, kinds", [
    ("Start at the hotel at 8, a coffee place with a terrace, then the pharmacy.", ["cafe", "pharmacy"]),
    ("Pub crawl from 7pm, as many pubs as we can, food somewhere in between.", ["bar", "restaurant"]),
    ("Wir starten um 10 am Bahnhof. Zwei Galerien, danach Mittagessen. Shoppen will er heute nicht.",
     ["gallery", "gallery", "restaurant"]),
    ("Ein Museum will er nicht verpassen, dann Mittagessen. Start um 10 am Bahnhof.", ["museum", "restaurant"]),
    ("Lähden asemalta klo 9. Ensin museo, kahvit sen jälkeen.", ["museum", "cafe"]),
])
def test_kinds_said_as_people_say_them(text, kinds):
    assert planner_kinds(text) == kinds


@pytest.mark.parametrize("city, text", [
    ("munich", "Domani ho quattro ore libere a Monaco di Baviera, dalle 10. Una chiesa e poi un gelato."),
    ("munich", "Tomorrow I have four free hours in München from 10: a church, then ice cream."),
    ("porto", "Dia de sol no Porto! Quero um museu e um gelado a partir das 10h."),
])
def test_the_city_itself_is_no_start(city, text):
    r = planner_request(text, city)
    assert r.start_place is None and r.start_time == "10:00"


@pytest.mark.parametrize("text, start, limit", [
    ("I have three free hours from 9: a museum and a café.", "09:00", 180),
    ("We have 2 spare hours at 14:00 for a park and a bakery.", "14:00", 120),
])
def test_free_hours_are_the_time_limit(text, start, limit):
    r = planner_request(text)
    assert (r.start_time, r.time_limit_min) == (start, limit)


def test_depart_demain_is_no_start_place():
    r = planner_request("Départ demain à 10h, un musée puis un café. Retour à 13h.")
    assert (r.start_place, r.start_time, r.deadline) == (None, "10:00", "13:00")


def test_an_ordinal_street_is_no_clock_time():
    r = planner_request("Salgo a las 10 de Union Square. Un café y una farmacia. Tengo que estar en 42nd Street a las "
                        "15:00.")
    assert (r.start_time, r.deadline, r.end_place) == ("10:00", "15:00", "42nd Street")


def test_a_shop_open_all_day_has_no_visit_length():
    r = planner_request("From the station at 9: a bakery, then the 24-hour pharmacy, back by 11.")
    assert [t.category for t in r.tasks] == ["bakery", "pharmacy"]
    assert all(t.duration_min <= 60 for t in r.tasks)
