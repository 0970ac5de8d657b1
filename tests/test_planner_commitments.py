"""The planner reads where an outing between two commitments ends: someone picking one up there ("holt mich um 11
am Bahnhof Bindlach ab", "je récupère ma fille place d'Armes"), one's lodging named after its word ("back at our
hotel, the Bayerischer Hof"), a destination said after a comma ("Ziel ist Neudrossenfeld"), a coach leaving from
a terminal ("sai do terminal do Campo 24 de Agosto"), and where one has arrived ("Bin um 7:10 in Ramsenthal
angekommen").  The sentences are written for these tests; none is taken from a prompt set."""

from __future__ import annotations

import pytest

from conftest import planner_request


def _end(req):
    return req.end_place if req.end_place != req.start_place else None


@pytest.mark.parametrize("city, text, start, end, deadline", [
    ("bayreuth_north", "Bin um 8:20 in Ramsenthal angekommen. Meine Tante holt mich um 12 am Bahnhof Bindlach ab. "
     "Bis dahin ein Café und ein Park.", "Ramsenthal", "Bahnhof Bindlach", "12:00"),
    ("munich", "We leave Sendlinger Tor at 10 for a museum and lunch, and must be back at our hotel, the Bayerischer "
     "Hof, by four.", "Sendlinger Tor", "Bayerischer Hof", "16:00"),
    ("krems", "We beginnen om 10 uur bij de Steiner Tor: een bakker en een biertje. Om 15 uur moeten we terug zijn "
     "bij de Gozzoburg.", "Steiner Tor", "Gozzoburg", "15:00"),
    ("bayreuth_north", "Start um 9 in Harsdorf, Ziel ist Neudrossenfeld, da sind wir um 14 Uhr verabredet. Unterwegs "
     "eine Bäckerei.", "Harsdorf", "Neudrossenfeld", "14:00"),
    ("porto", "Saio da Trindade às 14h. O autocarro para Braga sai do terminal do Campo 24 de Agosto às 19h e quero lá "
     "estar às 18h40. Preciso de uma farmácia.", "Trindade", "Campo 24 de Agosto", "18:40"),
    ("monaco", "Départ 13h de la place du Casino : un musée et une glace, et à 17h je récupère mon fils place "
     "d'Armes.", "place du Casino", "place d'Armes", "17:00"),
])
def test_where_the_outing_between_commitments_ends(city, text, start, end, deadline):
    req = planner_request(text, city)
    assert (req.start_place, _end(req), req.deadline) == (start, end, deadline)
