"""The planner reads a day written for someone else, in the second person, in the ten languages read: where
"you" start ("Empiezas en", "Começas na", "Tu démarres à", "Sais da", "Aloitat X-lta"), the places the writer
advises against ("Den Viktualienmarkt lass bitte aus", "L'Illa Carlemany no val la pena", "Évite la place de la
République", "it's fine but overrated, go to X instead"), the start's kind said as where "you" are back or picked
up ("Vuelves al parque", "Torna al parco", "te recojo en la iglesia"), names listed as examples of the kind asked
for ("so viele Bars, wie du verträgst, Hemingway, Vaticano"), "as many as you can" ("quantas conseguires", "quante
più chiese puoi", "så många gallerier du hinner"), a meal said as an imperative ("Almuerza", "janta"), and a bench
to sit on, which is no bank.  The sentences are written for these tests; none is taken from a prompt set."""

from __future__ import annotations

import pytest

from conftest import planner_parse, planner_task_kinds as _tasks



@pytest.mark.parametrize("city, text, kinds", [
    ('munich', 'You start at Marienplatz at 10. For lunch everyone will tell you Hofbräuhaus, honestly it is stag '
               'parties, go to the Ratskeller instead. Then a museum. Back at Marienplatz by 3.', ['restaurant', 'museum']),
    ('munich', 'Du startest um 10 am Marienplatz. Den Viktualienmarkt lass bitte aus, da sind nur Touristen. Geh in ein '
               'Museum und ins Café. Um drei zurück am Marienplatz.', ['museum', 'cafe']),
    ('stockholm', 'You start at Mariatorget at 1pm. Everyone goes to Café Rival — it is fine but overrated, go to a '
                  'bakery instead. Then a bookshop. Be back at Mariatorget by 4.', ['bakery', 'bookshop']),
    ('andorra', "Surts de la Plaça Rebés a les 4. L'Illa Carlemany no val la pena; ves a una farmàcia i a un cafè. "
                "Tornes a les 6.", ['pharmacy', 'cafe']),
    ('andorra', "You start at Plaça Guillemó at 2pm. Don't bother with the duty-free shops. A park, then a museum, then "
                "a beer. Back by 6.", ['park', 'museum', 'bar']),
    ('paris', 'Tu pars du square Denis Poulot à 9h. Un musée et un café. Évite juste la place de la République, il y a '
              'une manif. Retour à 11h30.', ['museum', 'cafe']),
    ('krems', 'Start um 15 Uhr am Hohen Markt. Den Adventmarkt kannst du dir schenken. Geh lieber in eine Bar und ein '
              'Café. Um 18 Uhr zurück.', ['bar', 'cafe']),
    ('helsinki', 'Aloita Lasipalatsinaukiolta kahdelta. Kiasmaan ei tänään kannata. Käy kahvilassa ja kirjakaupassa. '
                 'Takaisin viideltä.', ['cafe', 'bookshop']),
    ('munich', "From Marienplatz at 10: the museum is great, it's worth it, and then lunch. Back by 3.",
     ['museum', 'restaurant']),
])
def test_places_advised_against_are_no_visits(city, text, kinds):
    assert _tasks(text, city) == kinds


@pytest.mark.parametrize("city, text, kinds", [
    ('baltimore', 'Tía, empiezas en Patterson Park a las 11. Pasa por una farmacia y después almuerza. Vuelves al '
                  'parque a las 2.', ['pharmacy', 'restaurant']),
    ('sydney', 'Zia, parti da Wicks Park alle 10. Una farmacia e poi pranzo. Torna al parco per l\'una.',
     ['pharmacy', 'restaurant']),
    ('new_york', 'Sales de Christopher Park a las 9. Desayuno y una farmacia. Tienes hasta las 11, luego te recojo en '
                 'el parque.', ['cafe', 'pharmacy']),
    ('harrisburg', 'Empiezas en Grace Church a las 12. Almuerza y luego un parque. A las 3 te recojo en la iglesia.',
     ['restaurant', 'park']),
    ('munich', 'Du startest um 10 am Hofgarten. Ein Museum und ein Café. Um zwei holt dich Papa wieder am Park ab.',
     ['museum', 'cafe']),
])
def test_the_start_said_by_its_kind_where_you_are_back(city, text, kinds):
    assert _tasks(text, city) == kinds


@pytest.mark.parametrize("city, text, kinds", [
    ('sydney', 'Start at Sydenham at 1 and hit as many of the breweries and pubs as you can — Batch, Sauce, Stockade, '
               "they're all walking distance. Eat something at Pizza Madre in between. Home by 7.",
     ['bar*', 'restaurant']),
    ('krems', 'Start um 15 Uhr am Hohen Markt. Geh in so viele Bars, wie du verträgst, Hemingway, Vaticano, alles zu '
              'Fuß. Um halb zwölf wieder am Hohen Markt.', ['bar*']),
    ('munich', 'Du kommst um zwölf am Marienplatz raus. Mein Tipp: so viele Kirchen wie du schaffst. Drei Stunden hast '
               'du.', ['church*']),
    ('new_york', 'Mãe, começa no Jackson Square às 10h. Visita as igrejas do bairro, quantas conseguires. Depois '
                 'almoça num restaurante. Tens três horas.', ['church*', 'restaurant']),
    ('monaco', 'Parti da Place du Palais alle 10 e visita quante più chiese puoi. Due ore al massimo.', ['church*']),
    ('stockholm', 'Börja i Fatbursparken kl 12 och gå på så många gallerier du hinner. Du har fyra timmar.',
     ['gallery*']),
    ('helsinki', 'Aloita Lasipalatsinaukiolta kahdelta ja käy niin monessa galleriassa kuin ehdit. Viideltä takaisin.',
     ['gallery*']),
    ('paris', 'Tu pars de République à 10h. Visite autant de musées que tu peux. Retour à 16h.', ['museum*']),
    ('munich', 'Ihr trefft euch um halb drei am Gärtnerplatz. Geht ins Museum, dann in den Hofgarten und auf eine Bank '
               'setzen. Um sechs seid ihr wieder am Gärtnerplatz.', ['museum', 'park']),
    ('porto', 'Começas na Trindade às 15h. Passa primeiro na biblioteca, e ao lado fica o Jardim de São Lázaro, '
              'senta-te um bocado nos bancos. Depois um gelado. Volta às 17h.', ['library', 'park', 'ice_cream']),
    ('monaco', 'Je veux voir un musée et finir par un apéro dans un bar. Faut que je sois à Larvotto à 20h, on dîne '
               'chez des amis.', ['museum', 'bar']),
    ('munich', 'From Odeonsplatz at 10: a museum and a café. We end at Marienplatz at 6 and have dinner there.',
     ['museum', 'cafe']),
    ('monaco', 'Je suis à Fontvieille vers 15h. Un jardin, puis une boulangerie. On finit à Larvotto à 19h, on dîne '
               'là-bas avec papa.', ['park', 'bakery']),
    ('stockholm', 'Från Mariatorget kl 10: först ett kafé, sen second hand-butiken (Humana). Hemma vid 13.',
     ['cafe', 'shop=second_hand']),
    ('munich', 'sunday 2:30 from isartor as many museums as possible by 6', ['museum*']),
])
def test_kinds_said_to_someone_else(city, text, kinds):
    assert _tasks(text, city) == kinds


@pytest.mark.parametrize("city, text, start", [
    ('porto', 'Sais da Praça da República às 9h. Uma padaria e uma igreja. Às 12h30 de volta à praça.',
     'Praça da República'),
    ('helsinki', 'Aloitat Rautatientorilta kymmeneltä. Kahvila ja apteekki. Ole takaisin kahdelta.', 'Rautatientori'),
    ('porto', 'Começas na Trindade às 15h. Uma biblioteca e um gelado. Volta às 17h.', 'Trindade'),
    ('monaco', 'Tu démarres à Fontvieille à 14h. Un musée et une boulangerie. Tu as trois heures devant toi.',
     'Fontvieille'),
])
def test_where_you_start(city, text, start):
    assert planner_parse(text, city).request.start_place == start


@pytest.mark.parametrize("city, text, kinds", [
    ('monaco', "Parti dalla stazione alle 9. Entra nella cattedrale, c'è la tomba di Grace Kelly. Poi un caffè. Alle 14 "
               "torni in stazione.", ['church', 'cafe']),
    ('munich', 'Du startest um 10 am Gärtnerplatz. Geh ins Jagd- und Fischereimuseum, da gibt es einen Brunnen im Hof. '
               'Dann ein Eis. Um sechs zurück am Gärtnerplatz.', ['museum', 'ice_cream']),
    ('munich', 'You start at Marienplatz at 10. Go to the Residenz, there is a lovely fountain in the courtyard. Then '
               'lunch. Back by 3.', ['sight', 'restaurant']),
    ('helsinki', 'You start at Oodi at 9. A park, then coffee at Cafe Engel across from the cathedral. Be back at Oodi '
                 'by 1.', ['park', 'cafe']),
    ('krems', 'You start at Hoher Markt at 11. Then the pharmacy, and get apricot cake at any bakery. Be at the train '
              'station by 2.', ['pharmacy', 'bakery']),
    ('stockholm', 'Du startest um 18 Uhr am Hotel Rival. Essen im Bistro Süd, das ist unser Lieblingsrestaurant, danach '
                  'auf ein Bier ins Half Way Inn. Um halb elf solltest du wieder im Hotel sein.', ['restaurant', 'bar']),
    ('andorra', 'You start at Plaça Guillemó at 2pm. A park, then a beer at The Camden, it is an English pub. Back by 6.',
     ['park', 'bar']),
    ('andorra', 'Salimos de la Plaça del Poble a las 10:30 y volvemos allí a las 18h. Una perfumería, hay que comer en '
                'algún sitio y una tienda de esquí.', ['shop=perfumery', 'restaurant', 'shop=ski']),
])
def test_what_is_at_or_near_a_visit_is_no_visit(city, text, kinds):
    assert _tasks(text, city) == kinds


@pytest.mark.parametrize("city, text, start_time, end_time", [
    ('monaco', 'Nonno, parti dalla stazione alle 9. Vai prima al Museo Oceanografico. Poi il Palazzo del Principe, il '
               'cambio della guardia è alle 11:55, non perderlo. Alle 14 ci vediamo di nuovo in stazione.',
     '09:00', '14:00'),
    ('krems', 'Du startest um 17 Uhr am Dreifaltigkeitsplatz. Geh in die Kirche, dann ins Cinemaplexx, der Film fängt um '
              'acht an. Um elf am Abend musst du wieder am Platz sein.', '17:00', '23:00'),
    ('krems', 'Start at Dreifaltigkeitsplatz at 5pm. A church, then the Cinemaplexx, the film starts at 8. Be back at '
              'Dreifaltigkeitsplatz by 11pm.', '17:00', '23:00'),
    ('sydney', 'Mum, you are starting at Marrickville Metro at 2 — grab what you need at Kmart first. Be at Sydenham '
               'station by 4:30.', '14:00', '16:30'),
    ('munich', 'Ihr trefft euch um halb drei am Gärtnerplatz. Geht ins Museum, dann ein Eis. Um sechs seid ihr wieder am '
               'Gärtnerplatz, da essen wir.', '14:30', '18:00'),
])
def test_an_event_time_and_a_time_before_a_dash(city, text, start_time, end_time):
    request = planner_parse(text, city).request
    assert (request.start_time, request.deadline) == (start_time, end_time)


def test_a_meal_at_some_point_comes_in_no_order():
    request = planner_parse('A gente sai do Parque das Nações Indígenas às 16h, vai no Museu Dom Bosco e depois vê o pôr '
                            'do sol no Parque dos Poderes e em algum momento janta num restaurante. Às 20h de volta no '
                            'Parque das Nações.', 'campo_grande').request
    assert [(d.before, d.after) for d in request.dependencies] == [(0, 1)]
