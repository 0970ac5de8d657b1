"""The planner reads the order of the visits as people say it in the ten languages read: first, then, at last
("zuerst ..., dann ... und zum Schluss", "d'abord ..., ensuite ... et pour finir", "först ..., sedan ... och
sist"), one visit before another said after the list ("..., but the museum before lunch", "..., maar het museum
vóór de lunch") and any order.  The sentences are written for these tests; none is taken from a prompt set."""

from __future__ import annotations

import pytest

from conftest import planner_benchmark, planner_kinds, planner_parse


@pytest.mark.parametrize("city, text, order", [
    ('munich', 'From Marienplatz at 10 until 4: first a museum, then lunch, and finally a coffee.', [(0, 1), (1, 2)]),
    ('munich', 'From Marienplatz at 10 until 4: a museum, lunch and a coffee, but the museum before lunch.', [(0, 1)]),
    ('munich', 'From Marienplatz at 10 until 4: a museum and lunch, and end the day with a coffee.', [(0, 2), (1, 2)]),
    ('munich', 'From Marienplatz at 10 until 4: a museum, lunch and a coffee, in any order.', []),
    ('munich', 'Ab 10 Uhr vom Marienplatz bis 16 Uhr: zuerst ein Museum, dann Mittagessen und zum Schluss einen Kaffee.', [(0, 1), (1, 2)]),
    ('munich', 'Ab 10 Uhr vom Marienplatz bis 16 Uhr: Museum, Mittagessen und Kaffee, aber das Museum vor dem Mittagessen.', [(0, 1)]),
    ('munich', 'Ab 10 Uhr vom Marienplatz bis 16 Uhr: Museum, Mittagessen und Kaffee, Reihenfolge egal.', []),
    ('paris', "De 10h à 16h, départ place de la République : d'abord un musée, ensuite le déjeuner et pour finir un café.", [(0, 1), (1, 2)]),
    ('paris', 'De 10h à 16h, départ place de la République : un musée, un déjeuner et un café, mais le musée avant le déjeuner.', [(0, 1)]),
    ('paris', "De 10h à 16h, départ place de la République : un musée, un déjeuner et un café, peu importe l'ordre.", []),
    ('andorra', 'De 10 a 16h, desde la Plaça del Poble: primero un museo, luego comer y al final un café.', [(0, 1), (1, 2)]),
    ('andorra', 'De 10 a 16h, desde la Plaça del Poble: un museo, comer y un café, pero el museo antes de comer.', [(0, 1)]),
    ('andorra', 'De 10 a 16h, desde la Plaça del Poble: un museo, comer y un café, en cualquier orden.', []),
    ('porto', 'Das 10h às 16h, a partir da Praça da Liberdade: primeiro um museu, depois almoço e no fim um café.', [(0, 1), (1, 2)]),
    ('porto', 'Das 10h às 16h, a partir da Praça da Liberdade: um museu, almoço e um café, mas o museu antes do almoço.', [(0, 1)]),
    ('porto', 'Das 10h às 16h, a partir da Praça da Liberdade: um museu, almoço e um café, por qualquer ordem.', []),
    ('munich', 'Dalle 10 alle 16, partenza da Marienplatz: prima un museo, poi il pranzo e alla fine un caffè.', [(0, 1), (1, 2)]),
    ('munich', 'Dalle 10 alle 16, partenza da Marienplatz: un museo, il pranzo e un caffè, ma il museo prima del pranzo.', [(0, 1)]),
    ('munich', 'Dalle 10 alle 16, partenza da Marienplatz: un museo, il pranzo e un caffè, in qualsiasi ordine.', []),
    ('stockholm', 'Från Medborgarplatsen kl 10 till 16: först ett museum, sedan lunch och sist ett kafé.', [(0, 1), (1, 2)]),
    ('stockholm', 'Från Medborgarplatsen kl 10 till 16: ett museum, lunch och ett kafé, men museet före lunchen.', [(0, 1)]),
    ('stockholm', 'Från Medborgarplatsen kl 10 till 16: ett museum, lunch och ett kafé, i vilken ordning som helst.', []),
    ('helsinki', 'Senaatintorilta kello 10-16: ensin museo, sitten lounas ja lopuksi kahvila.', [(0, 1), (1, 2)]),
    ('helsinki', 'Senaatintorilta kello 10-16: museo, lounas ja kahvila, missä järjestyksessä tahansa.', []),
    ('munich', 'Vanaf de Marienplatz van 10 tot 16 uur: eerst een museum, dan lunch en als laatste een koffie.', [(0, 1), (1, 2)]),
    ('munich', 'Vanaf de Marienplatz van 10 tot 16 uur: een museum, lunch en een koffie, maar het museum vóór de lunch.', [(0, 1)]),
    ('munich', 'Vanaf de Marienplatz van 10 tot 16 uur: een museum, lunch en een koffie, in willekeurige volgorde.', []),
    ('andorra', 'De 10 a 16h, des de la Plaça del Poble: primer un museu, després dinar i al final un cafè.', [(0, 1), (1, 2)]),
    ('andorra', 'De 10 a 16h, des de la Plaça del Poble: un museu, dinar i un cafè, però el museu abans de dinar.', [(0, 1)]),
    ('andorra', 'De 10 a 16h, des de la Plaça del Poble: un museu, dinar i un cafè, en qualsevol ordre.', []),
])
def test_order_of_the_visits(city, text, order):
    closure = planner_benchmark()._closure
    request = planner_parse(text, city).request
    assert planner_kinds(text, city) == ["museum", "restaurant", "cafe"]
    assert closure((d.before, d.after) for d in request.dependencies) == closure(order)
