"""The planner reads writers who change their mind while they type: a visit taken back in a later sentence ("then a
bakery. No, not the bakery", "Esquece o supermercado", "il museo toglietelo", "la biblioteca oblida-la"), an order
said again the other way round after a word that takes back ("First the Ateneum, then Oodi. No, Oodi first"), and a
start time corrected with the words people use ("at 1, nah make it 2", "um 9, nee, sagen wir halb zehn", "a las
10... mejor a las 11").  The sentences are written for these tests; none is taken from a prompt set."""

from __future__ import annotations

import pytest

from conftest import planner_parse, planner_request as _request, planner_task_kinds as _tasks




@pytest.mark.parametrize("city, text, kinds", [
    ('paris', 'Départ de République à 10h. Un musée, puis une pharmacie, puis une boulangerie. Non, pas la '
              'boulangerie, on a encore du pain. Retour à 13h.', ['museum', 'pharmacy']),
    ('porto', 'Saio da Batalha às 10h. Primeiro um museu, depois almoço e compras no supermercado. Esquece o '
              'supermercado, vou amanhã. Volto às 15h.', ['museum', 'restaurant']),
    ('munich', 'Partiamo da Marienplatz alle 10. Prima il museo, poi il parco giochi e dopo pranzo. Il parco giochi '
               'toglietelo, piove. Torniamo alle 15.', ['museum', 'restaurant']),
    ('andorra', 'Surto de la Plaça del Poble a les 10. Primer la farmàcia, després la biblioteca i després dinar. '
                'Ah, la biblioteca oblida-la, tanca. Torno a les 14.', ['pharmacy', 'restaurant']),
    ('new_york', 'Start at Union Square at 9. A bookshop, then lunch and a museum. Hmm, forget lunch, I ate late. '
                 'Done by noon.', ['bookshop', 'museum']),
    ('krems', 'Ab 9 vom Bahnhof. Zuerst eine Apotheke, dann zur Bank und danach ins Museum. Die Bank kannst du '
              'streichen, ich hab Bargeld. Um 12 zurück.', ['pharmacy', 'museum']),
    ('sydney', 'Leaving Sydenham station at 10. A cafe, a bakery and the playground. Actually no bakery, we have '
               'scones. Back by 1.', ['cafe', 'playground']),
])
def test_a_visit_taken_back_later_is_none(city, text, kinds):
    assert _tasks(text, city) == kinds


@pytest.mark.parametrize("city, text, kinds", [
    ('porto', 'Saio da Batalha às 9h. Primeiro a Livraria Lello, depois a Torre dos Clérigos e depois almoço. Esquece '
              'a torre, tem escadas demais. Volto às 14h.', ['bookshop', 'restaurant']),
    ('munich', 'Start am Odeonsplatz um 10. Zuerst ins Museum. Mittags einkehren? Ach nee, doch nicht, ich hab '
               'Brotzeit dabei. Um 15 Uhr zurück.', ['museum']),
    ('new_york', 'Start at Union Square at 9. A bookshop, then a museum? No, too hot, a park instead. Done by noon.',
     ['bookshop', 'park']),
    # "no problem" answers no question with no
    ('new_york', 'Start at Union Square at 9. A bookshop and lunch? No problem if it is late. Done by 2.',
     ['bookshop', 'restaurant']),
])
def test_a_named_place_or_a_question_taken_back(city, text, kinds):
    assert _tasks(text, city) == kinds


def test_a_visit_taken_back_is_named_in_the_notes():
    notes = planner_parse('Start at Union Square at 9. A bookshop, then lunch and a museum. Hmm, forget lunch, I '
                          'ate late. Done by noon.', 'new_york').notes
    assert any("taken back later" in n for n in notes)


@pytest.mark.parametrize("city, text", [
    # said twice with no word of taking back: still two visits of the kind
    ('paris', 'Départ de République à 10h. Une boulangerie le matin, et une autre boulangerie pour le goûter. '
              'Retour à 17h.'),
    # refused as it is first said, nothing said before it to take back
    ('new_york', 'Start at Union Square at 9. No museum today, a bookshop and lunch. Done by noon.'),
    # said again where it is, or how to get there
    ('porto', 'Saio da Batalha às 10h. Primeiro uma padaria. Depois almoço e outra padaria no fim. Volto às 14h.'),
    ('munich', 'Start am Odeonsplatz um 10. Zuerst eine Bäckerei, dann eine zweite Bäckerei. Die Bäckerei ist zu Fuß '
               'erreichbar. Um 13 Uhr zurück.'),
])
def test_no_visit_is_taken_back_without_a_second_thought(city, text):
    kinds = _tasks(text, city)
    assert "museum" not in kinds
    assert kinds.count("bakery") in (0, 2)


@pytest.mark.parametrize("city, text, kinds, order", [
    ('helsinki', 'Lähden Rautatientorilta kymmeneltä. Ensin Ateneumiin, sitten Oodiin. Tai ei, Oodi ensin, '
                 'palautan kirjat. Kahdelta Kauppatorilla.', ['museum', 'library'], {(1, 0)}),
    ('krems', 'Start beim Bahnhof um 7. Zuerst in den Stadtpark, dann zur Apotheke und zur Bäckerei. Ah nein, '
              'die Bäckerei ganz zuerst, sonst ist das Brot weg. Um 9 zurück.', ['park', 'pharmacy', 'bakery'],
     {(2, 0), (0, 1)}),
])
def test_an_order_said_again_the_other_way_round(city, text, kinds, order):
    req = _request(text, city)
    assert _tasks(text, city) == kinds
    assert {(d.before, d.after) for d in req.dependencies} == order


def test_a_circle_with_no_second_thought_is_refused():
    from nco.errors import InputError
    with pytest.raises(InputError, match="circular"):
        planner_parse('Start at Union Square at 9. The museum before lunch. Lunch before the bookshop. The '
                      'bookshop before the museum. Done by 3.', 'new_york')


@pytest.mark.parametrize("city, text, start_time", [
    ('munich', 'Morgen starten wir um 9 am Marienplatz, nee, sagen wir halb zehn. Dann die Frauenkirche.', '09:30'),
    ('sydney', 'Kicking off at Sydenham station at 1, nah make it 2. Pizza first, then a bar. Done by 8.', '14:00'),
    ('munich', 'Salgo del Isartor a las 8:30... bueno, a las 9. Primero un museo. Tengo hasta las 17h.', '09:00'),
    ('baltimore', 'Salgo de Highlandtown a las 10... mejor a las 11. Queremos ir al parque. Regreso a las 3.',
     '11:00'),
    ('sydney', 'Heading out around 10 — scratch that, 9:30. Playground first, then a cafe. Back by 12:30.', '09:30'),
    ('krems', 'Abfahrt 9 Uhr vom Bahnhof … na, sagen wir Viertel nach neun. Zuerst ins Café. Um zwölf zurück.',
     '09:15'),
])
def test_a_start_time_corrected(city, text, start_time):
    assert _request(text, city).start_time == start_time


@pytest.mark.parametrize("city, text, start, start_time", [
    ('paris', 'Départ du square du Temple à 7h, enfin 7h30. Un jardin, puis un café. J\'ai deux heures.',
     'Temple', '07:30'),
    ('new_york', 'Salimos del hotel The Jane a las 11, perdón, a las 11:30. Queremos ver un museo. Tenemos tres horas.',
     'Jane', '11:30'),
])
def test_the_place_said_before_a_corrected_time_stays(city, text, start, start_time):
    req = _request(text, city)
    assert (req.start_place, req.start_time) == (start, start_time)


def test_a_time_taken_back_in_the_next_sentence():
    req = _request('Wir fahren morgen um 9 los. Nein, 8:30, dann ist es kühler. Erst in den Supermarkt, dann in '
                   'den Park. Um 14 Uhr zurück.', 'harrisburg')
    assert (req.start_time, req.deadline) == ('08:30', '14:00')


@pytest.mark.parametrize("city, text, first", [
    ('paris', 'Départ de République à 10h. Un musée, une boulangerie et un café. Le café en premier, j\'ai sommeil. '
              'Retour à 13h.', 2),
    ('munich', 'Ab Marienplatz um 10. Ein Museum, ein Café und eine Buchhandlung. Das Café als Allererstes. Zurück '
               'um 13 Uhr.', 1),
    ('munich', 'Partenza da Marienplatz alle 10. Un museo, un caffè e una libreria. La libreria per prima, chiude '
               'presto. Ritorno alle 13.', 2),
    ('harrisburg', 'Vertrek om 10 uur vanaf het Hilton. Een museum, een bakker en een boekwinkel. De boekwinkel als '
                   'eerste. Om 13 uur terug.', 2),
    ('helsinki', 'Lähden Kampista kymmeneltä. Museo, kahvila ja kirjasto. Kahvila ensimmäiseksi, olen väsynyt. '
                 'Kahdelta takaisin.', 1),
    ('andorra', 'Salgo de la Plaça del Poble a las 10. Un museo, una panadería y una farmacia. La farmacia primero '
                'de todo. Vuelvo a las 13.', 2),
])
def test_a_visit_put_first_after_the_list(city, text, first):
    req = _request(text, city)
    assert {(d.before, d.after) for d in req.dependencies} == {(first, t) for t in range(3) if t != first}


@pytest.mark.parametrize("city, text, limit, deadline", [
    ('krems', 'Start beim Bahnhof um 6:30. Zuerst in den Stadtpark, dann zur Bäckerei. Ah nein, die Bäckerei ganz '
              'zuerst. Um halb neun zurück.', None, '08:30'),
    ('new_york', 'Start at Union Square at 9. Ah, and a bakery. Back by noon.', None, '12:00'),
    # a number before its unit with no space is still a duration
    ('new_york', 'Start at Union Square at 9. A bakery and a museum. I have 2h.', 120, None),
])
def test_a_word_of_surprise_is_no_hour(city, text, limit, deadline):
    req = _request(text, city)
    assert (req.time_limit_min, req.deadline) == (limit, deadline)
