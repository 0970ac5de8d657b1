"""One visit said twice is planned once: a meal and the place it is had at, in the ten languages read ("desayunar
en una panadería", "una colazione al bar", "lunch in a proper beer garden"), an errand and the bank it is done at,
a place named as an example of the kind asked for ("un point de vue, genre la tour Sankt Peter"), an activity the
embeddings read as a kind already asked for; a means of transport ("mit der Bahn") and a word another kind folds
into ("en bänk" is a bench, not a bank) are no visits.  Times said aloud, taken back and said again ("um zehn nein
um elf am Odeonsplatz", "at two pm uh I mean two thirty").  The sentences are written for these tests; none is
taken from a prompt set."""

from __future__ import annotations

import pytest

from conftest import planner_benchmark, planner_kinds, planner_parse


@pytest.mark.parametrize("city, text, kinds", [
    ('sydney', 'Desde Tillman Park a las 9: desayunar en una panadería y caminar por un parque. Vuelvo a las 12.',
     ['bakery', 'park']),
    ('baltimore', 'Desde Patterson Park a las 10: desayunar en un diner y ver una iglesia. Vuelvo a las 2.',
     ['restaurant', 'church']),
    ('monaco', "Da Place d'Armes alle 9: prima una colazione al bar, poi una chiesa. Alle 13 torno a Place d'Armes.",
     ['cafe', 'church']),
    ('munich', 'From Marienplatz at 11: lunch in a proper beer garden, then a museum. Back by 4.', ['bar', 'museum']),
    ('porto', 'Saio da Trindade às 12: almoço num restaurante pequeno e depois uma livraria. Volto às 15h.',
     ['restaurant', 'bookshop']),
    ('andorra', 'Desde la plaça del Poble a las 10: cambiar dinero en un banco y una farmacia. Vuelvo a las 12.',
     ['bank', 'pharmacy']),
    ('munich', 'From Marienplatz at 9: a viewpoint, like St. Peter, then lunch. Back at 3.', ['viewpoint', 'restaurant']),
    ('munich', 'Je pars de Marienplatz à 9h. Un point de vue, genre la tour Sankt Peter, et un déjeuner. Retour à 15h.',
     ['viewpoint', 'restaurant']),
    ('munich', 'Ab Marienplatz um 9: ein Museum, zum Beispiel das Deutsche Museum, dann Mittagessen. Zurück um 15 Uhr.',
     ['museum', 'restaurant']),
    ('krems', 'Ich bin um 16 Uhr am Hohen Markt. Erst zur Bank, Bargeld holen, dann ein Café. Um 18 Uhr zurück.',
     ['bank', 'cafe']),
    ('sydney', 'From Tillman Park at 6: a brewery first, then grab a feed, thai maybe. Home by 10.', ['bar', 'restaurant']),
    ('krems', 'Ich komme um 10 mit der Bahn aus Wien am Bahnhof Krems an. Eine Bäckerei und eine Apotheke, um 13 Uhr zurück.',
     ['bakery', 'pharmacy']),
    ('stockholm', 'Jag sitter på en bänk vid Mariatorget, klockan är 10. Först ett kafé, sedan ett apotek. Hem halv ett.',
     ['cafe', 'pharmacy']),
    ('andorra', 'Desde la plaça del Poble a las 10: tiendas de electrónica, cuantas más mejor. Vuelvo a las 13.',
     ['shop=electronics']),
])
def test_one_visit_said_twice(city, text, kinds):
    assert planner_kinds(text, city) == kinds


def test_as_many_as_possible_said_in_the_feminine():
    task = planner_parse('Desde la plaça del Poble a las 10: tiendas de electrónica, cuantas más mejor. Vuelvo a las 13.',
                         'andorra').request.tasks[0]
    assert task.maximize


def test_a_word_spelt_with_its_accents_is_not_the_kind_it_folds_into():
    from nco.planner import tagschema

    assert tagschema.lookup("bänk", ("en", "sv")) is None
    assert tagschema.lookup("bank", ("en", "sv")) == "amenity=bank"
    assert tagschema.lookup("café", ("en", "fr")) == "amenity=cafe"


@pytest.mark.parametrize("city, text, start, start_time, end_time", [
    ('munich', 'also ich starte um zehn nein um elf am Odeonsplatz ähm dann ne Apotheke und ein Café und um zwei muss '
               'ich wieder da sein', 'Odeonsplatz', '11:00', '14:00'),
    ('paris', 'euh je pars de Châtelet à dix heures et quart euh non dix heures et demie puis un musée et un déjeuner et '
              'retour à Châtelet à quinze heures', 'Châtelet', '10:30', '15:00'),
    ('stockholm', 'alltså jag börjar vid Mariatorget klockan tio nej förresten halv elva sen ett museum och lunch och '
                  'hem vid tre', 'Mariatorget', '10:30', '15:00'),
    ('baltimore', 'okay so leaving Patterson Park at two pm uh I mean two thirty then ice cream and the library home '
                  'by five', 'Patterson Park', '14:30', '17:00'),
    ('new_york', "ok um so I'm at Union Square at like nine thirty ish and I wanna hit a bookstore grab coffee and then "
                 "be back at Union Square by noon", 'Union Square', '09:30', '12:00'),
    ('stockholm', 'okej så jag är vid Slussen typ kvart över nio och vill ha en bokhandel och fika och sen måste jag '
                  'vara tillbaka vid Slussen senast tolv', 'Slussen', '09:15', '12:00'),
    ('munich', 'ähm ich starte um zehn Uhr dreißig am Odeonsplatz dann ein Museum und Mittagessen und bis drei Uhr bin '
               'ich wieder am Odeonsplatz', 'Odeonsplatz', '10:30', '15:00'),
    ('paris', 'on part de Châtelet à dix heures un musée et un café retour à midi', 'Châtelet', '10:00', '12:00'),
    ('sydney', "yeah nah so I'm at Sydenham station from about ten then a café then the park and home by one thirty",
     'Sydenham station', '10:00', '13:30'),
    ('munich', 'okay so we start at the Sendlinger Tor no wait Karlsplatz at ten and then a museum and lunch and back by '
               'two', 'Karlsplatz', '10:00', '14:00'),
    ('munich', 'also wir starten am Sendlinger Tor nee warte am Karlsplatz um zehn dann Museum und Mittagessen zurück um '
               'zwei', 'Karlsplatz', '10:00', '14:00'),
    ('paris', 'on part de la gare du Nord euh non de Châtelet à dix heures un musée et un café retour à midi',
     'Châtelet', '10:00', '12:00'),
    ('porto', 'saio de São Bento não espera da Trindade às dez um museu e um café volto ao meio-dia', 'Trindade',
     '10:00', '12:00'),
])
def test_times_said_aloud_and_taken_back(city, text, start, start_time, end_time):
    request = planner_parse(text, city).request
    bench = planner_benchmark()
    assert (bench.fold_place(request.start_place), request.start_time, bench._end_text(request)) == \
        (bench.fold_place(start), start_time, end_time)


@pytest.mark.parametrize("city, text, start, end, kinds", [
    ('porto', 'olha eu chego à Trindade às dez quero ir a um museu comer qualquer coisa e às três tenho de estar em São '
              'Bento', 'Trindade', 'São Bento', ['museum', 'restaurant']),
    ('monaco', 'allora arrivo alla stazione alle dieci voglio andare in un museo mangiare qualcosa e alle tre devo essere '
               'al Casino', 'stazione', 'Casino', ['museum', 'restaurant']),
    ('stockholm', 'jag är vid Slussen klockan tio vill gå på ett museum äta något och klockan tre måste jag vara på '
                  'T-Centralen', 'Slussen', 'T-Centralen', ['museum', 'restaurant']),
    ('helsinki', 'oon Kampissa kymmeneltä haluun mennä museoon syödä jotain ja kolmelta mun pitää olla '
                 'Rautatientorilla', 'Kamppi', 'Rautatientori', ['museum', 'restaurant']),
    ('andorra', "sóc a la plaça del Poble a les deu vull anar a un museu menjar alguna cosa i a les tres he de ser a "
                "l'estació d'autobusos", 'plaça del Poble', "estació d'autobusos", ['museum', 'restaurant']),
    ('munich', 'ik ben om tien uur op de Marienplatz ik wil naar een museum iets eten en om drie uur moet ik bij de '
               'Odeonsplatz zijn', 'Marienplatz', 'Odeonsplatz', ['museum', 'restaurant']),
    ('new_york', "I'll be at Union Square around ten want to hit a museum grab a bite and at three I have to be at Penn "
                 "Station", 'Union Square', 'Penn Station', ['museum', 'fast_food']),
])
def test_a_day_dictated_in_one_breath(city, text, start, end, kinds):
    """Ten to three, start and end said aloud with no mark between, and "something to eat" in the languages read."""
    from nco.planner.plan import load_planner_city

    expected = dict(start_place=[start], start_time='10:00', end_place=[end], end='15:00', tasks=[[k] for k in kinds],
                    order=[])
    got = planner_benchmark().score(planner_parse(text, city).request, expected, load_planner_city(city))
    assert {field: ok for field, ok in got.items() if field != 'order'} == dict.fromkeys(
        ['start_place', 'start_time', 'end_place', 'end', 'tasks'], True)


@pytest.mark.parametrize("city, text", [
    ('munich', 'ich starte um zehn am Marienplatz und hab zweieinhalb Stunden für ein Museum und einen Kaffee'),
    ('stockholm', 'jag börjar vid Mariatorget klockan tio och har två och en halv timme för ett museum och ett kafé'),
    ('paris', "je commence à Châtelet à dix heures et j'ai deux heures et demie pour un musée et un café"),
    ('monaco', "comincio a Place d'Armes alle dieci e ho due ore e mezza per un museo e un caffè"),
    ('munich', 'ik begin om tien uur op de Marienplatz en ik heb tweeënhalf uur voor een museum en een koffie'),
])
def test_two_and_a_half_hours_said_aloud(city, text):
    request = planner_parse(text, city).request
    assert (request.start_time, request.time_limit_min) == ('10:00', 150)


@pytest.mark.parametrize("city, text, start, start_time", [
    ('andorra', 'demà surto de la plaça del Poble cap a dos quarts de deu primer un museu després dinar i després un '
                'parc i torno a les tres', 'plaça del Poble', '09:30'),
    ('new_york', 'tomorrow leaving Union Square like nine thirty ish first a museum then lunch then a park home by '
                 'three', 'Union Square', '09:30'),
])
def test_around_an_hour_said_aloud(city, text, start, start_time):
    request = planner_parse(text, city).request
    assert (request.start_place, request.start_time, request.deadline) == (start, start_time, '15:00')
    assert [t.tag or t.category for t in request.tasks] == ['museum', 'restaurant', 'park']
