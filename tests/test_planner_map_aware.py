"""The planner reads names with the map: the start is the first phrase the extract knows, a place
named without its kind becomes a visit when the extract knows it, in every language read.  The
sentences are written for these tests; none is taken from a prompt set."""

from __future__ import annotations

import datetime as dt

import pytest

from nco.planner.parse import parse_offline
from nco.planner.plan import knows, load_planner_city, named_visits

TODAY = dt.date(2025, 6, 12)


@pytest.fixture(scope="module")
def porto():
    return load_planner_city("porto")


@pytest.fixture(scope="module")
def helsinki():
    return load_planner_city("helsinki")


def test_the_map_knows_whole_names_not_first_names_or_kind_words(porto):
    known = knows(porto)
    assert known("Trindade") and known("Praça da Batalha")
    assert not known("Joana")       # a person: fuzzily close to a shop "Joanna" only
    assert not known("Hotel")       # a kind word, part of many names


def test_a_person_addressed_first_is_no_start_when_the_map_is_asked(porto):
    text = "Joana, amanhã encontramo-nos na Praça da Batalha ao meio-dia? Primeiro um café, depois uma livraria."
    assert parse_offline(text, today=TODAY).request.start_place == "Joana"  # the text alone cannot tell
    req = parse_offline(text, today=TODAY, known_place=knows(porto)).request
    assert req.start_place == "Praça da Batalha"
    assert req.start_time == "12:00"
    assert [t.category for t in req.tasks] == ["cafe", "bookshop"]


def test_a_longer_name_said_first_holds_the_start_the_map_knows_only_in_part(porto):
    text = ("Estou na estação da Trindade do Porto às 9h. Um museu e depois almoço. "
            "Regresso à estação da Trindade às 15h.")
    req = parse_offline(text, today=TODAY, known_place=knows(porto)).request
    assert req.start_time == "09:00"


@pytest.mark.parametrize("text", [
    "Huomenna klo 10 Rautatientorilta. Ensin Ateneum, sitten lounas.",
    "Morgen um 10 ab Rautatientori: zuerst Ateneum, dann Mittagessen.",
    "Tomorrow at 10 from Rautatientori: Ateneum first, then lunch.",
])
def test_a_museum_named_without_its_kind_is_a_visit_in_each_language(helsinki, text):
    pr = parse_offline(text, today=TODAY, known_place=knows(helsinki))
    req, notes = named_visits(helsinki, pr)
    assert [t.category for t in req.tasks] == ["museum", "restaurant"]
    assert req.tasks[0].name == "Ateneum"
    assert any("Ateneum" in n and "museum" in n for n in notes)


def test_a_word_that_is_only_part_of_a_name_is_no_visit(helsinki):
    pr = parse_offline("Huomenna klo 10 Rautatientorilta. Ensin Kiasma, sitten Esplanadi ja lounas.",
                       today=TODAY, known_place=knows(helsinki))
    req, _notes = named_visits(helsinki, pr)
    kinds = [t.category for t in req.tasks]
    assert kinds[0] == "museum" and kinds[-1] == "restaurant"
    assert all(t.name != "K-Market Esplanadi" for t in req.tasks)


def test_a_start_phrase_with_words_around_its_name_starts_at_the_name_the_map_knows(porto):
    text = "Domingo de manhã: saída da Cordoaria às 10, um museu, depois um jardim e almoço. Tenho até às duas."
    req = parse_offline(text, today=TODAY, known_place=knows(porto)).request
    assert req.start_place == "Cordoaria"
    assert [t.category for t in req.tasks] == ["museum", "park", "restaurant"]


def test_the_words_of_a_start_name_the_map_knows_in_part_are_no_visit(porto):
    text = "we zijn om half 4 bij de bolhão markt, willen koffie en daarna een kerk zien. om 6 uur weer terug"
    req = parse_offline(text, today=TODAY, known_place=knows(porto)).request
    assert [t.category for t in req.tasks] == ["cafe", "church"]
