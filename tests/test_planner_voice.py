"""The offline parser on requests typed short or dictated: a time budget written as a list item ("1h30",
"2 h") or as hours "free" in each language read.  The sentences are written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from nco.planner.parse import parse_offline

TODAY = dt.date(2025, 6, 12)


def _req(text: str):
    return parse_offline(text, today=TODAY).request


def _kinds(req) -> list[str]:
    return [t.tag or t.category for t in req.tasks]


@pytest.mark.parametrize("text, limit", [
    ("Musée puis boulangerie, 1h30, depuis la place Bellecour", 90),
    ("Mercado e depois farmácia, 2h, a partir da Rua Augusta", 120),
    ("Museo, luego librería, 3 h, desde la Plaza Mayor", 180),
    ("Kahvila, sitten apteekki, 1 h, lähtö Kauppatorilta", 60),
    ("Biblioteca poi farmacia, 2h15, da Piazza Verdi", 135),
])
def test_a_few_hours_alone_in_a_list_are_the_time_one_has(text, limit):
    req = _req(text)
    assert (req.start_time, req.time_limit_min, req.deadline) == (None, limit, None)


@pytest.mark.parametrize("text, start", [
    ("Départ place Bellecour, 10h, musée puis café", "10:00"),
    ("Start: Plaza Mayor, 16h30, un museo y un café", "16:30"),
])
def test_an_hour_of_the_day_alone_in_a_list_stays_a_clock_time(text, start):
    req = _req(text)
    assert (req.start_time, req.time_limit_min) == (start, None)


@pytest.mark.parametrize("text, limit", [
    ("Tres horas libres desde la Plaza Mayor a partir de las 10: un museo y luego un café.", 180),
    ("Zwei Stunden frei ab 14 Uhr am Odeonsplatz: ein Museum und ein Café.", 120),
    ("Tenho duas horas livres a partir das 15h no Largo do Carmo: um museu e um café.", 120),
    ("Tinc dues hores lliures des de la Plaça Reial a les 10: un museu i un cafè.", 120),
    ("Ho tre ore libere dalle 10 da Piazza Verdi: un museo e un caffè.", 180),
])
def test_hours_free_in_each_language_are_the_time_limit(text, limit):
    assert _req(text).time_limit_min == limit
