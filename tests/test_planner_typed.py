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


@pytest.mark.parametrize("city, text, kinds", [
    # a chain of one word typed in lower case, listed or gone to "for" something: its kind
    ('sydney', 'from wicks park at 8: a coffee, a bakery, woolies for the week\'s shop. home by 10',
     ['cafe', 'bakery', 'supermarket']),
    ('munich', 'ab 10 vom marienplatz: apotheke, bäckerei und edeka. um 12 zurück',
     ['pharmacy', 'bakery', 'supermarket']),
    # a word of the language that is also a chain's name stays a word ("en total", "e vivo a ...")
    ('andorra', 'sauna i spa a la tarda, 2h30 en total, sortint de la plaça major a les 4. després sopar',
     ['leisure=sauna', 'restaurant']),
])
def test_chains_typed_in_lower_case_are_read(city, text, kinds):
    assert planner_kinds(text, city) == kinds


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
    # a trip from home starts nowhere on the map
    ('sydney', 'buenas, mañana tengo libre hasta las 2pm, salgo de casa a las 10. quiero ir al parque y comer algo',
     None),
    ('munich', 'Ich gehe um 10 von zu Hause los, erst in ein Museum, dann Mittagessen, bis 14 Uhr', None),
    ('campo_grande', 'amanhã saio de casa 6h30: caminhada no parque das nações indígenas, depois almoço. 13h no '
                     'trabalho', None),
    # home, and where it is
    ('porto', 'Sais de casa (Campo 24 de Agosto) às 14h, passa nos Correios e depois na farmácia. Volta até às '
              '17h30', 'Campo 24 de Agosto'),
    # the town one will be in is where one is; the hotel one leaves from is the start
    ('munich', "ciao! domani siamo a Monaco di Baviera, partiamo dall'hotel Bayerischer Hof verso le 9 e mezza. "
               "vorremmo vedere il Deutsches Museum, poi pranzo.", 'hotel Bayerischer Hof'),
    # a district one will be in at a time is the start
    ('monaco', 'domani sono a Monaco-Ville alle 11. voglio vedere il Casinò e mangiare un panino. alle 15 devo '
               'essere di nuovo a Monaco-Ville', 'Monaco-Ville'),
    # the elided "de" is no part of the name
    ('andorra', "dissabte sortida des d'ordino a les 10, volem veure dos museus i dinar. a les 6 a ordino", 'Ordino'),
    # the word for a hotel goes with the name typed after it
    ('stockholm', 'in stockholm for work, free evening. leaving hotel rival at 6:30pm, want dinner and a drink after. '
                  'back by 11', 'Rival'),
])
def test_where_the_trip_starts(city, text, start):
    assert _request(text, city).start_place == start


@pytest.mark.parametrize("city, text, start_time", [
    ('porto', 'Leaving Cordoaria @ 1030. A bookshop, then lunch. Done by 5pm', '10:30'),
    ('baltimore', 'Start at the Shot Tower ~10, brunch, then a museum. Back by 3', '10:00'),
    ('munich', 'ab 930 am marienplatz, dann ein museum, bis 1400', '09:30'),
    ('paris', 'Départ de République à 1415, une librairie puis un café. Retour à 17h', '14:15'),
])
def test_clock_times_typed_without_their_colon(city, text, start_time):
    assert _request(text, city).start_time == start_time


def test_a_number_of_four_digits_with_no_word_of_time_is_no_clock_time():
    req = _request('Start at Marienplatz at 10 with a museum, we were here in 2019. Back by 2.', 'munich')
    assert (req.start_time, req.deadline) == ('10:00', '14:00')


@pytest.mark.parametrize("city, text, end, deadline", [
    # an appointment at a place and a time, then "before" that: where and when the trip ends
    ('sydney', 'Ce soir spectacle au Red Rattler à 20h. Avant, une bière puis dîner vietnamien. Je pars de Sydenham à '
               '17h30', 'Red Rattler', '20:00'),
    ('campo_grande', 'Reunião na Secretaria de Saúde às 14h. Antes quero almoçar. Saio da Estação Manoel Brandão '
                     '11h30', 'Secretaria de Saúde', '14:00'),
    # the first words of a name the map knows, typed in lower case
    ('campo_grande', 'hj à noite tem show na concha acústica às 20h! antes quero jantar. saio do terminal guaicurus '
                     '17h30', 'Concha Acústica', '20:00'),
])
def test_an_appointment_said_before_the_visits_ends_the_trip(city, text, end, deadline):
    req = _request(text, city)
    assert (req.end_place, req.deadline) == (end, deadline)


@pytest.mark.parametrize("city, text, kinds", [
    # a word the tagging schema lists among the search terms of a kind the extract has no place of
    ('andorra', 'Départ 14h de la Plaça del Poble : des chaussures et un cadeau pour ma mère, puis un café. Retour à '
                '18h', ['shop', 'cafe']),
    ('monaco', 'Départ place du Casino à 14h, je veux voir le circuit et manger une glace. 2h max', ['ice_cream']),
    # a search word of a kind of one of the categories names that category, whatever the map has of its tag
    ('andorra', 'Salimos de la Plaça del Poble a las 12. Queremos tomar algo en una terraza y pasear por el Parc '
                'Central. A las 16:00 volvemos.', ['bar', 'park']),
    # a search word of a kind the extract has is still a visit
    ('bayreuth_north', 'Start um 9 am Rathaus in Bindlach, erst zum Tierarzt mit dem Hund, dann Blumen kaufen. Eine '
                       'Stunde.', ['amenity=veterinary', 'shop=florist']),
])
def test_a_search_word_of_a_kind_the_map_lacks_is_no_visit(city, text, kinds):
    assert planner_kinds(text, city) == kinds


def test_a_search_word_of_a_kind_the_map_lacks_is_named_in_the_notes():
    notes = planner_parse('Départ place du Casino à 14h, je veux voir le circuit et manger une glace. 2h max',
                          'monaco').notes
    assert any("'circuit'" in n and "the map has none" in n for n in notes)


@pytest.mark.parametrize("city, text, limit", [
    ('andorra', 'mañana salgo de la Plaça del Poble a las 11, quiero subir a algún mirador y comer algo. sin prisa, '
                'unas 5h', 300),
    ('campo_grande', 'queremos um parque e jantar. saímos do Carandá Bosque 16h, 3h no máx', 180),
    ('paris', 'Départ de République à 15h, un musée et un café, 2h au max', 120),
    # "e meia" still counts
    ('campo_grande', 'saio da Uniderp 17h30, passo no Comper e depois no Parque das Nações, tenho umas 2h e meia', 150),
])
def test_hours_said_with_about_or_at_most_are_the_time_one_has(city, text, limit):
    req = _request(text, city)
    assert (req.time_limit_min, req.deadline) == (limit, None)


def test_a_word_for_a_place_one_passes_is_no_visit():
    # "lugar" opens the Portuguese name of a parking space, a bracket in between ("Lugar (1) de estacionamento")
    assert planner_kinds('queremos um parque e jantar num lugar legal. saímos do Carandá Bosque 16h, 3h no máx',
                         'campo_grande') == ['park', 'restaurant']


@pytest.mark.parametrize("city, text, kinds", [
    # short forms typed on a phone
    ('paris', 'dmn 10h départ place de la republique, un musée puis un café. retour à 14h', ['museum', 'cafe']),
    ('porto', 'hj às 18h saio da praça da liberdade: 1º jantar, dps cinema. até às 23h', ['restaurant', 'cinema']),
    # a person named after "and", though a café of the map carries the name
    ('porto', 'eu e a rita logo à noite: jantar e depois cinema. partimos da praça da liberdade às 18h, até às 23h',
     ['restaurant', 'cinema']),
])
def test_short_forms_and_people_in_a_message_typed_on_a_phone(city, text, kinds):
    assert planner_kinds(text, city) == kinds


def test_letters_alone_take_no_capitals():
    # "c/ a" (with the) folds to the name of a shop, "C&A"
    assert planner_kinds('sábado c/ a minha mãe, começamos na ribeira às 9.30, quer ver o máximo de igrejas '
                         'possivel e eu preciso dum café. até às 13h', 'porto') == ['church', 'cafe']
