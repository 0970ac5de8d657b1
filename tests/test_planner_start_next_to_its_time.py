"""A place the map knows said right next to the start's time, with at most a small word between ("Sonntag mit Papa,
14 Uhr Isartor: Kaffee", "Amanhã 7h30 da Estação X"), is where the trip starts when no start is read otherwise; not a
place of a kind one visits, nor a place said further on ("ab 9 Uhr: Apotheke am Marienplatz").  The sentences are
written for these tests; none is taken from a prompt set."""

from __future__ import annotations

import pytest

from conftest import planner_request


@pytest.mark.parametrize("text, city, start", [
    ("Samstag mit Oma, 10 Uhr Sendlinger Tor: Kaffee, dann ein Park. Bis 13 Uhr.", "munich", "Sendlinger Tor"),
    ("Domingo 8h30 da Praça da Batalha com a minha irmã: um café e um jardim. Em casa às 12h.", "porto",
     "Praça da Batalha"),
])
def test_a_place_said_next_to_the_start_time_is_the_start(text, city, start):
    assert planner_request(text, city).start_place == start


def test_a_place_said_further_on_is_no_start():
    text = "Morgen ab 9 Uhr ein paar Sachen erledigen: Apotheke am Marienplatz und tanken. Um 11 Uhr daheim."
    assert planner_request(text, "munich").start_place is None
