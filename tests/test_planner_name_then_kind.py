"""A name the map holds, then "and" and a kind of place in lower case ("Visit the Residenz and the church"): two
visits, the named place and the kind, not one name that runs into the kind and is lost.  An end said with one word
in lower case the map does not know is no end place, unless a place is named after the word for one's hotel.  The
sentences are written for these tests; none is taken from a prompt set."""

from __future__ import annotations

import pytest

from conftest import planner_kinds, planner_request


@pytest.mark.parametrize("text, city, kinds", [
    ("Start at Marienplatz at 10. Visit the Residenz and the church. Back by 1.", "munich", ["sight", "church"]),
    ("Start at Marienplatz at 10. Visit the Residenz and the park. Back by 1.", "munich", ["sight", "park"]),
    ("Salgo de la plaza Rebés a las 10. Quiero visitar la Casa de la Vall y la iglesia de Sant Esteve. Vuelvo a "
     "las 13.", "andorra", ["sight", "church"]),
])
def test_a_known_name_then_a_kind_is_two_visits(text, city, kinds):
    assert planner_kinds(text, city) == kinds


def test_a_name_the_map_holds_whole_stays_one():
    assert planner_kinds("Start at Marienplatz at 10. Barnes & Noble, then lunch. Back by 1.", "baltimore") == \
        ["bookshop", "restaurant"]


@pytest.mark.parametrize("text, city, end", [
    # a word the map does not know is no end place
    ("Jutro mam wolne od 12:00, wychodzę z dworca. Chcę zjeść kebaba i zrobić zakupy w Lidlu. O 16:00 mam zajęcia, "
     "więc muszę wrócić na uczelnię.", "krems", None),
    # the place said after the word for one's hotel is
    ("Partiamo alle 16 dalla fermata Rambuteau. Vorremmo vedere l'Atelier Brancusi e poi cena. Entro le 21:30 "
     "dobbiamo essere al nostro hotel in Boulevard Voltaire.", "paris", "Boulevard Voltaire"),
])
def test_an_end_word_the_map_does_not_know(text, city, end):
    assert planner_request(text, city).end_place == end
