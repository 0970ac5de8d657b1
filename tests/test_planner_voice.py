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


@pytest.mark.parametrize("text, start, deadline", [
    # the quarters of the hour to come (German "viertel", Catalan "quarts")
    ("ich bin um viertel neun am karlsplatz und will in ein museum und um halb zwölf zurück sein", "08:15", "11:30"),
    ("surto de la plaça major a un quart de deu vull un museu i tornar abans de les dotze", "09:15", "12:00"),
    ("surto de la plaça major a dos quarts de nou vull un museu i un cafè fins a les onze", "08:30", "11:00"),
    ("surto de la plaça major a tres quarts de deu vull un museu i un cafè fins a les onze", "09:45", "11:00"),
    # noon and midnight with the minutes of an hour
    ("je pars de la place Bellecour à 9h pour un musée et un café, retour pour midi et quart", "09:00", "12:15"),
    ("saio da praça da sé às 9h quero um museu e um café tenho que estar de volta ao meio-dia e meia", "09:00", "12:30"),
    ("salgo de la plaza mayor a las 9 quiero un museo y un café y vuelvo antes del mediodía y media", "09:00", "12:30"),
    ("parto da piazza verdi alle 9 voglio un museo e un caffè torno per mezzogiorno e mezzo", "09:00", "12:30"),
    # Finnish hours with the ending of "until"
    ("lähden kauppatorilta kello yhdeksän haluan museoon ja kahvilaan olen vapaa kahteentoista asti", "09:00", "12:00"),
    ("lähden kauppatorilta kello yhdeksän haluan museoon ja kahvilaan kolmeen mennessä", "09:00", "15:00"),
])
def test_clock_times_said_in_words(text, start, deadline):
    req = _req(text)
    assert (req.start_time, req.deadline) == (start, deadline)


@pytest.mark.parametrize("text, end, deadline", [
    ("ok so I'm at union square at nine I want a museum then a bakery at noon I need to be at the ferry building",
     "ferry building", "12:00"),
    ("ich bin um neun am sendlinger tor will ins museum und in eine bäckerei um zwölf muss ich am stachus sein",
     "stachus", "12:00"),
    ("We beginnen om negen uur bij het Centraal Station. Eerst een museum, dan een bakker, en om twaalf uur "
     "willen we bij de Westerkerk zijn.", "Westerkerk", "12:00"),
])
def test_a_time_said_before_where_one_must_be_is_the_deadline(text, end, deadline):
    req = _req(text)
    assert (req.end_place, req.deadline) == (end, deadline)


@pytest.mark.parametrize("text, start, deadline", [
    ("Got the afternoon free, 1 till 5. Start at Union Square: a museum and a cafe.", "13:00", "17:00"),
    ("We're available 9 to 12, from Union Square: a bakery and a park.", "09:00", "12:00"),
])
def test_two_bare_hours_after_free_are_the_span_of_the_trip(text, start, deadline):
    req = _req(text)
    assert (req.start_time, req.deadline) == (start, deadline)


def test_a_count_between_two_numbers_is_no_span():
    req = _req("From Union Square at 10, I'd like to see 2 to 3 museums.")
    assert (req.start_time, req.deadline) == ("10:00", None)


@pytest.mark.parametrize("text, start, end", [
    ("tô saindo da praça da sé às nove quero um museu e um café tenho que tá no parque da cidade meio-dia",
     "praça da sé", "parque da cidade"),
    ("ich komm um neun am bahnhof süd an will ein museum und ein café um zwölf muss ich am alten markt sein",
     "bahnhof süd", "alten markt"),
    ("je pars de la place carnot à 9h un musée et un café il faut que je sois boulevard gambetta à midi",
     "place carnot", "boulevard gambetta"),
    ("surto de la plaça major a les 9 vull un museu he de ser a l'estació nacional d'autobusos a les 12",
     "plaça major", "estació nacional d'autobusos"),
])
def test_place_names_said_in_lower_case_are_kept_whole(text, start, end):
    req = _req(text)
    assert (req.start_place, req.end_place) == (start, end)
    assert _kinds(req) == ["museum", "cafe"][:len(req.tasks)] and req.tasks


def test_a_name_with_an_abbreviation_is_not_read_as_a_visit():
    req = _req("We beginnen om tien uur bij de Stiftskirche St. Peter. Eerst een bakker, daarna een museum.")
    assert (req.start_place, _kinds(req)) == ("Stiftskirche St Peter", ["bakery", "museum"])
