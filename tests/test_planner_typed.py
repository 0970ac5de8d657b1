"""The planner reads prompts typed in a hurry: names written in lower case ("start at odeonsplatz", "then the
gozzoburg"), the kind of a visit said and then the place that is it ("a park for the dog, maybe Vitabergsparken?"),
and a start said before a list of visits in one run-on sentence ("Ab 9 vom Steiner Tor, zuerst die Gozzoburg,
dann ...").  The sentences are written for these tests; none is taken from a prompt set."""

from __future__ import annotations

import pytest

from conftest import planner_kinds, planner_parse, planner_request as _request

from nco.planner.offline.capitals import caseless, restore_capitals
from nco.planner.plan import knows, load_planner_city


@pytest.mark.parametrize("city, text, start, end, kinds", [
    ('munich', 'start at odeonsplatz at 10, see the residenz then lunch, have to be at marienplatz by 3',
     'Odeonsplatz', 'Marienplatz', ['sight', 'restaurant']),
    ('sydney', 'leaving marrickville metro at 11, need woolworths and a coffee, gotta be at the red rattler by 2',
     'Marrickville Metro', 'Red Rattler', ['supermarket', 'cafe']),
    ('porto', 'saio da praça da batalha às 10h, vou à livraria lello e depois almoço. volto às 14h',
     'Praça da Batalha', None, ['bookshop', 'restaurant']),
    ('helsinki', 'lähden kauppatorilta kymmeneltä, ensin ateneum ja sitten lounas. takaisin kahdelta',
     'Kauppatori', None, ['museum', 'restaurant']),
    ('krems', 'ab 9 vom bahnhof, zuerst die gozzoburg, dann mittagessen, um 13 uhr zurück',
     'bahnhof', None, ['sight', 'restaurant']),
])
def test_names_typed_in_lower_case_are_read(city, text, start, end, kinds):
    req = _request(text, city)
    assert req.start_place == start
    assert (req.end_place if req.end_place != req.start_place else None) == end
    assert planner_kinds(text, city) == kinds


def test_an_everyday_word_that_names_a_place_is_left_as_typed():
    # a place of the map may be called "Bank" or "Museum": typed in lower case, the words are still kinds
    assert planner_kinds('start at marienplatz at 10. a bank, then a museum. back by 1.', 'munich') == \
        ['bank', 'museum']


def test_names_given_capitals_are_named_in_the_notes():
    notes = planner_parse('start at odeonsplatz at 10, see the residenz then lunch, back by 3', 'munich').notes
    assert any("typed in lower case" in n and "'Odeonsplatz'" in n for n in notes)


@pytest.mark.parametrize("text, expected", [
    ('start at marienplatz at 10. then lunch.', True),
    ('Start at marienplatz at 10. Then lunch! I\'m hungry.', True),  # capitals only where sentences begin, and "I"
    ('start at Marienplatz at 10', False),  # the writer capitalises names: left as written
])
def test_a_prompt_is_caseless_only_without_capitals_inside_sentences(text, expected):
    assert caseless(text) is expected


def test_a_prompt_with_capitals_is_left_as_written():
    known = knows(load_planner_city('munich'))
    text = 'Start at Marienplatz at 10, then the residenz.'
    assert restore_capitals(text, known, 'en') == (text, [])


def test_capitals_keep_every_position():
    known = knows(load_planner_city('munich'))
    text = 'start at odeonsplatz at 10, see the residenz'
    cased, names = restore_capitals(text, known, 'en')
    assert cased.lower() == text and names == ['Odeonsplatz', 'Residenz']


@pytest.mark.parametrize("city, text, kinds", [
    ('stockholm', 'Start at Mariatorget at 10. I want a park where the dog can run, maybe Vitabergsparken? Back by 12.',
     ['park']),
    ('sydney', 'Leaving Sydenham station at 9. I need a gym for an hour, I have a trial pass at Anytime Fitness. Then '
               'a coffee. Back by 12.', ['leisure=fitness_centre', 'cafe']),
    ('munich', 'Ab 10 am Marienplatz. Ich will in ein Museum, am liebsten ins Deutsche Museum. Um 14 Uhr zurück.',
     ['museum']),
    # two visits: a word between says so
    ('munich', 'Start at Marienplatz at 10. I want to see a museum, then the Deutsches Museum. Back by 4.',
     ['museum', 'museum']),
    ('paris', 'Départ de la place de la République à 10h. Un musée, puis un autre musée. Retour à 16h.',
     ['museum', 'museum']),
])
def test_a_kind_then_the_place_that_is_it_is_one_visit(city, text, kinds):
    assert planner_kinds(text, city) == kinds


@pytest.mark.parametrize("city, text, start", [
    # the start said with its cue wins over the first of a list of visits in the same sentence
    ('krems', 'Ab 9 vom Steiner Tor, zuerst die Gozzoburg, dann Mittagessen und ein Museum, um 13 Uhr zurück',
     'Steiner Tor'),
    # a note written as a chain still starts where the chain does
    ('monaco', 'sam 14h place du casino → librairie → café, fini à 17h', 'Place du Casino'),
])
def test_the_start_said_before_a_list_of_visits(city, text, start):
    assert _request(text, city).start_place == start
