"""The offline parser on requests that refuse a kind of place, take a time back, give a time budget with a
quarter hour, or name where they end as where one must be.  The sentences are written for these tests, in
the languages the parser reads; none is taken from a prompt set."""

from __future__ import annotations

import datetime as dt

import pytest

from nco.errors import InputError
from nco.planner.offline.text import drop_corrections
from nco.planner.parse import parse_offline

TODAY = dt.date(2025, 6, 12)


def _req(text: str):
    return parse_offline(text, today=TODAY).request


def _kinds(req) -> list[str]:
    return [t.tag or t.category for t in req.tasks]


@pytest.mark.parametrize("text, kinds", [
    ("Keine Kirchen heute. Ein Café und dann ein Park, ab dem Rathausplatz um 10.", ["cafe", "park"]),
    ("Pas de musée, pas de shopping : une boulangerie puis un parc, départ place Bellecour à 10 h.",
     ["bakery", "park"]),
    ("Nada de museus! Uma livraria e depois um café, saio da Praça da Figueira às 10h.", ["bookshop", "cafe"]),
    ("Nada de iglesias. Una librería y luego un café, desde la Plaza Mayor a las 10.", ["bookshop", "cafe"]),
    ("Res de museus avui. Una llibreria i després un cafè, des de la plaça del Poble a les 10.",
     ["bookshop", "cafe"]),
    ("Inga kyrkor, tack. Ett bibliotek och sedan ett kafé, från Stortorget klockan 10.", ["library", "cafe"]),
    ("Geen musea vandaag. Een bakkerij en daarna een park, vanaf de Dam om 10 uur.", ["bakery", "park"]),
    ("From the Town Hall at 10: a bakery, then a park. Casino? no, skip that.", ["bakery", "park"]),
])
def test_a_kind_refused_is_no_visit_in_each_language(text, kinds):
    assert _kinds(_req(text)) == kinds


def test_a_refusal_does_not_hide_the_kind_named_after_it():
    """"without churches" refuses the churches, not the park that comes next."""
    assert _kinds(_req("Keine Kirchen, aber ein Park und ein Museum, ab dem Rathausplatz um 10.")) == ["park", "museum"]


@pytest.mark.parametrize("text, start", [
    ("Wir starten am Rathausplatz um 9 – nein, doch erst um halb zehn. Ein Café, dann ein Park.", "09:30"),
    ("Départ de la place Bellecour à 9 h — non, plutôt 10 h 15. Un café puis un parc.", "10:15"),
    ("Partenza da piazza Verdi alle 9, anzi facciamo alle 9:45. Un caffè e poi un parco.", "09:45"),
    ("Saio da Praça da Figueira às 9h, ou melhor, às 10h. Um café e depois um parque.", "10:00"),
    ("Start at the Town Hall at 9am, not 8am. A cafe, then a park.", "09:00"),
    ("Korrektur: nicht um 9 Uhr, sondern um 11 Uhr los, ab dem Rathausplatz. Ein Café, dann ein Park.", "11:00"),
])
def test_a_time_taken_back_gives_way_to_the_new_one(text, start):
    req = _req(text)
    assert req.start_time == start and req.deadline is None and _kinds(req) == ["cafe", "park"]


def test_a_budget_taken_back_gives_way_to_the_new_one():
    req = _req("From the Town Hall at 10am: a museum, then a cafe. 4 hours max. Actually make it 3 hours.")
    assert req.time_limit_min == 180


def test_corrections_leave_counts_and_plain_no_alone():
    assert drop_corrections("Then 3 cafes, no 2") == "Then 3 cafes, no 2"
    assert drop_corrections("at 10am, no problem.") == "at 10am, no problem."


@pytest.mark.parametrize("text, limit", [
    ("From the Town Hall at 10: a museum, then a cafe; we have an hour and a quarter.", 75),
    ("Tenim dues hores i quart. Un museu i després un cafè, des de la plaça del Poble a les 10.", 135),
    ("Abbiamo un'ora e un quarto: un caffè e poi una chiesa, da piazza Verdi alle 10.", 75),
    ("Aikaa on tunti ja vartti. Ensin kahvila, sitten kirkko, lähtö Kauppatorilta kello 10.", 75),
    ("Wir haben drei viertel Stunden: ein Café, ab dem Rathausplatz um 10.", 45),
    ("Tengo tres cuartos de hora: un café, desde la Plaza Mayor a las 10.", 45),
])
def test_a_quarter_hour_in_a_budget(text, limit):
    assert _req(text).time_limit_min == limit


def test_a_quarter_hour_after_a_clock_word_stays_a_clock_time():
    req = _req("Départ place Bellecour à dix heures et quart : un café puis un parc.")
    assert (req.start_time, req.time_limit_min) == ("10:15", None)


@pytest.mark.parametrize("text, end", [
    ("Saio da Praça da Figueira às 9h, um café e depois um museu, e estar no Rossio às 12h.", "Rossio"),
    ("Salgo de la Plaza Mayor a las 9, un café y luego un museo, y estar en Sol a las 12.", "Sol"),
    ("Je pars de la place Bellecour à 9 h, un café puis un musée, et je dois être à Perrache à 12 h.", "Perrache"),
    ("Parto da piazza Verdi alle 9, un caffè e poi un museo, ed essere a Porta Nuova entro mezzogiorno.",
     "Porta Nuova"),
    ("We vertrekken om 9 uur vanuit de Dam. Een café en daarna een museum. Om 12 uur moeten we in Centraal zijn.",
     "Centraal"),
    ("Wir fahren um 9 Uhr am Rathausplatz los, ein Café, dann ein Museum. Um 12 Uhr sind wir in Neustadt verabredet.",
     "Neustadt"),
])
def test_being_somewhere_by_a_time_is_where_the_trip_ends(text, end):
    req = _req(text)
    assert req.end_place == end and req.deadline == "12:00" and _kinds(req) == ["cafe", "museum"]


@pytest.mark.parametrize("text, start", [
    ("Saliendo de La Latina a las 9, un café y luego un museo.", "La Latina"),
    ("Sortint d'Escaldes a les 9, un cafè i després un museu.", "Escaldes"),
    ("We vertrekken om 9 uur vanuit Zuid. Een café en daarna een museum.", "Zuid"),
    ("Elle part de la place Bellecour à 9 h, un café puis un musée.", "place Bellecour"),
    ("message from my sister: 'Rossio, 9am. A cafe, then a museum.'", "Rossio"),
    ("quick one: Town Hall Square, 9am -> cafe -> museum", "Town Hall Square"),
])
def test_a_start_said_with_a_verb_of_leaving_or_at_the_head_of_a_note(text, start):
    req = _req(text)
    assert req.start_place == start and req.start_time == "09:00" and _kinds(req) == ["cafe", "museum"]


def test_the_start_named_again_is_no_visit():
    """"back at the Casino Square" names the start, not a casino to visit."""
    req = _req("From Casino Square at 10: a museum, then a park, and back at Casino Square by noon.")
    assert _kinds(req) == ["museum", "park"] and req.deadline == "12:00"


def test_a_theme_named_again_in_the_plan_is_one_visit():
    req = _req("Cinema night! From the Town Hall at 6pm: dinner first, then a film at the cinema.")
    assert _kinds(req) == ["restaurant", "cinema"]
    assert [(d.before, d.after) for d in req.dependencies] == [(0, 1)]


def test_a_list_in_any_order_before_then_stays_unordered():
    req = _req("From the Town Hall at 10am: pharmacy, bank, bakery in any order, then a cafe at the end.")
    assert _kinds(req) == ["pharmacy", "bank", "bakery", "cafe"]
    assert sorted((d.before, d.after) for d in req.dependencies) == [(0, 3), (1, 3), (2, 3)]


def test_a_visit_named_twice_then_first():
    req = _req("A museum and a park before noon? Starting at the Town Hall at 9am, museum first.")
    assert [(d.before, d.after) for d in req.dependencies] == [(0, 1)]


@pytest.mark.parametrize("text, start", [
    ("Start am Rathausplatz um 14 Uhr, nee warte, eher halb drei. Ein Museum und ein Café.", "14:30"),
    ("Starting at Town Square at 10ish, actually make that 10:30. A museum, then a cafe.", "10:30"),
    ("Vi börjar vid Stortorget kl 12, nej förresten kl 13. Ett museum och ett kafé.", "13:00"),
])
def test_a_time_taken_back_with_a_pause_word_gives_way_to_the_new_one(text, start):
    assert _req(text).start_time == start


def test_a_cuisine_in_the_next_clause_is_the_meal_just_named():
    req = _req("From Town Square at 5pm: a bookshop, then an early dinner, Indian if possible.")
    assert _kinds(req) == ["bookshop", "restaurant"]
    assert req.tasks[1].cuisine == "indian"


@pytest.mark.parametrize("text", [
    "Amanhã às 7h15 da manhã saio da Praça Nova. Um café e depois uma igreja. Volto às 10.",
    "Demain à 7h15 du matin je pars de la place Nova. Un café puis une église. Retour à 10h.",
    "Domani alle 7 e 15 di mattina parto da Piazza Nova. Un caffè e una chiesa. Torno alle 10.",
    "Mañana a las 7 y 15 de la mañana salgo de la Plaza Nova. Un café y una iglesia. Vuelvo a las 10.",
])
def test_an_early_hour_said_with_the_morning_stays_in_the_morning(text):
    req = _req(text)
    assert req.start_time in ("07:00", "07:15") and req.deadline == "10:00"


@pytest.mark.parametrize("text, kinds", [
    ("Hola, salgo de la Plaza Mayor a las 11. Quiero ir a un mercado y a un parque. Museos no, por favor.",
     ["market", "park"]),
    ("Desde la Plaza Mayor a las 11: una librería y una iglesia. Gasolinera no hace falta.", ["bookshop", "church"]),
    ("Da Piazza Nova alle 10: un caffè e un parco. Musei? No, grazie.", ["cafe", "park"]),
    ("Saio da Praça Nova às 10, vou a um museu no centro e depois a um café.", ["museum", "cafe"]),
])
def test_a_kind_followed_by_no_is_refused_but_no_as_a_preposition_is_not(text, kinds):
    assert _kinds(_req(text)) == kinds


@pytest.mark.parametrize("text, kinds", [
    ("From Town Square at 2pm: viewpoints, as many as possible, then a drink at a bar.", ["viewpoint*", "bar"]),
    ("Från Stortorget kl 10. Fika först, sen alla bokhandlar (så många som går) och lunch.",
     ["cafe", "bookshop*", "restaurant"]),
    ("Saio da Praça Nova às 9, quero ver o maior nº possível de igrejas e depois almoçar.",
     ["church*", "restaurant"]),
])
def test_as_many_as_possible_said_beside_its_kind_maximizes_it(text, kinds):
    req = _req(text)
    assert [(t.tag or t.category) + ("*" if t.maximize else "") for t in req.tasks] == kinds


@pytest.mark.parametrize("text, start, deadline", [
    ("Town Square, meeting at 7pm. dinner then drinks then a movie. home by 11:30", "19:00", "23:30"),
    ("Amanhã às 7 saio da Praça Nova, um museu e depois almoço. Preciso estar em casa ao meio-dia.", "07:00", "12:00"),
])
def test_an_hour_without_am_or_pm_is_read_so_the_trip_ends_after_it_starts(text, start, deadline):
    req = _req(text)
    assert (req.start_time, req.deadline) == (start, deadline)


@pytest.mark.parametrize("text", [
    "From Town Square at 4pm: a museum and a cafe. Back by 3pm.",
    "From Town Square at 5: a museum and a cafe. Back by 3.",
])
def test_times_that_no_reading_makes_consistent_are_still_refused(text):
    with pytest.raises(InputError, match="contradictory times"):
        _req(text)


@pytest.mark.parametrize("text, minutes", [
    ("Parto da Piazza Nova alle 10: un museo e un caffè. Due ore e tre quarti.", 165),
    ("From Town Square at 10: a museum and a cafe. Two hours and a quarter.", 135),
    ("Des de la Plaça Major a les 10: un museu i un cafè. Tres horetes.", 180),
    ("Desde la Plaza Mayor a las 10: un museo y un café. Dos horitas.", 120),
    ("Départ 10h place Nova. Un musée puis un café. 3h max", 180),
    ("Sortint de la Plaça Major a les 10, un museu i un cafè, 2h30 en total.", 150),
    ("From Town Square at 10: a museum and a cafe. 2h30 total.", 150),
])
def test_a_time_budget_in_the_forms_people_write_it(text, minutes):
    req = _req(text)
    assert (req.start_time, req.deadline, req.time_limit_min) == ("10:00", None, minutes)


@pytest.mark.parametrize("text, start, deadline", [
    ("Lähden Kauppatorilta puol yhdeltä, käyn kirjastossa ja kahvilassa.", "12:30", None),
    ("Aloitetaan Kauppatorilta kymmeneltä, käydään kirkossa ja leipomossa. Valmiita puoliltapäivin.", "10:00", "12:00"),
    ("Huomenna klo 9.30 Kauppatorilta. Ensin museo, sitten lounas. Pitää olla Kauppatorilla viimeistään viideltä.",
     "09:30", "17:00"),
    ("Amanhã começo na Praça Nova pelas 9. Uma farmácia e um café. Volto às 6 da tarde.", "09:00", "18:00"),
])
def test_hours_said_with_a_case_ending_or_around_are_clock_times(text, start, deadline):
    req = _req(text)
    assert (req.start_time, req.deadline) == (start, deadline)
    assert req.start_place in ("Kauppatori", "Praça Nova")


@pytest.mark.parametrize("text", [
    "Saio da Praça Nova ao meio-dia. Primeiro comemos qualquer coisa rápida, depois uma livraria.",
    "Desde la Plaza Mayor a las 12: primero comer algo rápido y luego una librería.",
    "Ab Marktplatz um 12: erst was Schnelles essen, dann eine Buchhandlung.",
    "From Town Square at 12: first something quick to eat, then a bookshop.",
])
def test_something_quick_to_eat_is_fast_food_in_each_language(text):
    assert _kinds(_req(text)) == ["fast_food", "bookshop"]


@pytest.mark.parametrize("text, kinds", [
    ("Ab Marktplatz um 9: erst in den Gottesdienst, dann auf den Spielplatz.", ["church", "playground"]),
    ("Ab Marktplatz um 9: erst tanken, dann eine Bäckerei.", ["amenity=fuel", "bakery"]),
    ("Départ place Nova à 8h. Faire le plein d'essence, puis une boulangerie.", ["amenity=fuel", "bakery"]),
    ("From Town Square at 9: church service first, then a swimming pool.", ["church", "leisure=swimming_pool"]),
    ("Ab Marktplatz um 10: erst Weißwurstfrühstück, dann ins Museum.", ["cafe", "museum"]),
])
def test_errands_said_with_a_verb_or_a_service_are_their_places(text, kinds):
    assert _kinds(_req(text)) == kinds


@pytest.mark.parametrize("text, kinds", [
    ("From Town Square at 10: a bakery or a cafe, then a museum.", ["bakery", "museum"]),
    ("Ab dem Rathausplatz um 8: Baumarkt oder Eisenwarenhandlung, dann eine Apotheke.",
     ["shop=doityourself", "pharmacy"]),
    ("Desde la Plaza Mayor a las 9: un museo y hacer compras en un supermercado.", ["museum", "supermarket"]),
])
def test_alternatives_and_shopping_at_a_place_are_one_visit(text, kinds):
    assert _kinds(_req(text)) == kinds


def test_as_many_as_possible_does_not_jump_over_an_order_word():
    req = _req("Från Stortorget kl 10. Fika först, sen alla bokhandlar (så många som går) och lunch.")
    assert [t.maximize for t in req.tasks] == [False, True, False]


@pytest.mark.parametrize("text, kinds", [
    # goods bought at a place just named are bought there; what a visit is for is no visit of its own
    ("Saturday 4pm from Union Square, then the market to buy meat for the barbecue, and a theatre in the evening. "
     "About 5 hours.", ["market", "theatre"]),
    ("Sábado a las 16 desde la Plaza Mayor, luego al mercado a comprar carne para la barbacoa y por la noche al "
     "teatro. Unas 5 horas.", ["market", "theatre"]),
    ("Samedi 16h depuis la place du marché, puis au marché acheter de la viande pour le barbecue, et le soir au "
     "théâtre. Environ 5 heures.", ["market", "theatre"]),
    # (in Brazil "mercado" is the grocery store)
    ("Sábado 16h no Parque dos Poderes, depois mercado pra comprar carne pro churrasco e à noite um teatro. "
     "Umas 5 horas.", ["supermarket", "theatre"]),
    # goods bought with no seller named still name the shop; an activity still names its place
    ("From Union Square at 10am: buy a toy, then a museum, then go for a swim. Back by 3pm.",
     ["shop=toys", "museum", "leisure=swimming_pool"]),
    ("From Union Square at 10am: a museum, then buy meat for dinner. Back by 3pm.", ["museum", "shop=butcher"]),
])
def test_goods_and_purposes_after_a_seller_are_no_visits(text, kinds):
    assert _kinds(_req(text)) == kinds


@pytest.mark.parametrize("text, end", [
    ("Saio da Praça Nova às 10h, uma igreja. Preciso estar em casa às 13h, moro na Rua das Flores.", "Rua das Flores"),
    ("Sortim de la Plaça Major a les 16:00, una biblioteca. A les 20:00 hem de ser a casa, al costat del Parc Nou.",
     "Parc Nou"),
    ("Start at Elm Square 1pm, a bookstore and a cafe. Home by 6, I live in Walnut Hill.", "Walnut Hill"),
    ("From Oak Square at 8am: coffee, then a bakery. I have to be at work by 9:30 near the Central Library.",
     "Central Library"),
    ("Salgo de la Plaza Mayor a las 10, un museo. Tengo que estar en casa a las 14, vivo en la calle Serrano.",
     "calle Serrano"),
])
def test_home_or_work_as_the_end_is_where_the_prompt_says_one_lives_or_works(text, end):
    assert _req(text).end_place == end


@pytest.mark.parametrize("text", [
    "Saio da Praça Nova às 10h, uma igreja e um café. Tenho de estar em casa às 13h.",
    "From Elm Square at 2pm: a museum, then a bar. Home by 7.",
])
def test_home_named_nowhere_is_a_deadline_without_an_end_place(text):
    req = _req(text)
    assert req.end_place is None and req.deadline is not None


def test_a_place_whose_name_ends_in_a_word_for_home_is_still_the_end():
    req = _req("At Grau Roig at 3pm: a cafe, then a ski shop. The bus leaves from Pas de la Casa at 6pm.")
    assert req.end_place == "Pas de la Casa"


@pytest.mark.parametrize("text, kinds", [
    ("Domani alle 10 da Piazza Duomo: più musei possibile, poi una cena.", ["museum*", "restaurant"]),
    ("Samedi 10h depuis la place Bellecour : le plus de parcs et de jardins possible, puis un café.",
     ["park*", "cafe"]),
    ("From Elm Square at 2pm: as many bookshops (old ones ideally) as possible, then a bar.", ["bookshop*", "bar"]),
    ("Sábado às 9h a partir da Praça Nova: um roteiro de igrejas, o máximo que conseguir. Só igrejas.", ["church*"]),
    ("Dissabte a les 10 des de la Plaça Major: esglésies, tantes com pugui, i després dinar.",
     ["church*", "restaurant"]),
    ("Ab 10 Uhr vom Rathausplatz: möglichst viele Museen, danach ein Biergarten.", ["museum*", "bar"]),
    ("Pub crawl from Elm Square at 7pm - as many pubs as we can manage, then a kebab.", ["bar*", "fast_food"]),
])
def test_as_many_as_possible_around_its_kind_is_one_open_ended_visit_in_each_language(text, kinds):
    assert [k + ("*" if t.maximize else "") for k, t in zip(_kinds(_req(text)), _req(text).tasks)] == kinds


@pytest.mark.parametrize("text, start", [
    ("Vamos a Valencia el sábado. Salimos a las 10:00 de la Plaza Mayor: un museo y un café.", "Plaza Mayor"),
    ("Nous serons à Lyon le 14 août. Départ à 10h de la place Bellecour : un musée puis une glace.",
     "place Bellecour"),
    ("Domenica siamo a Roma. Partiamo alle 11 dal Piazzale Flaminio: un museo e poi cena.", "Piazzale Flaminio"),
])
def test_a_start_said_with_its_time_first_is_the_place_after_the_time(text, start):
    assert _req(text).start_place == start


@pytest.mark.parametrize("text, kinds", [
    ("From Elm Square at 2pm: a museum, then a bar. Have to be at Oak Square by 7 for dinner with friends.",
     ["museum", "bar"]),
    ("Ab 10 Uhr vom Rathausplatz: ein Museum und ein Café. Um 18 Uhr muss ich am Bahnhof sein für das Abendessen.",
     ["museum", "cafe"]),
])
def test_what_the_trip_ends_at_its_end_place_for_is_no_visit(text, kinds):
    req = _req(text)
    assert _kinds(req) == kinds and req.end_place is not None


@pytest.mark.parametrize("text, deps", [
    ("Demain on part de la place Bellecour à 14h. On veut une librairie, voir une église et finir dans un bar.",
     [(0, 2), (1, 2)]),
    ("Surto a les 10 de la Plaça Major. Vull anar a un museu, després a l'església i acabar dinant en un restaurant.",
     [(0, 1), (1, 2)]),
    ("Salgo de la Plaza Mayor a las 10. Quiero una librería, ver una iglesia y terminar en un bar.", [(0, 2), (1, 2)]),
])
def test_a_last_visit_said_with_a_verb_of_finishing_comes_after_the_others(text, deps):
    assert [(d.before, d.after) for d in _req(text).dependencies] == deps


@pytest.mark.parametrize("text, kinds", [
    ("From Elm Square at noon: a döner, then a museum, then dessert somewhere. Back by 5.",
     ["fast_food", "museum", "ice_cream"]),
    ("From Elm Square at 9am: a bagel, the post office for stamps, then a barber. Back by noon.",
     ["cafe", "amenity=post_office", "shop=hairdresser"]),  # a bagel is had at a café
    ("From Elm Square at 10am: a playground and a supermarket for snacks, then a picnic. Back by 2.",
     ["playground", "supermarket", "park"]),
])
def test_common_foods_and_errands_name_their_place_and_what_one_gets_somewhere_is_no_visit(text, kinds):
    assert _kinds(_req(text)) == kinds


@pytest.mark.parametrize("text, kinds", [
    ("Départ 15h de la place Bellecour : un musée, puis boire un verre en terrasse. 3 heures max.", ["museum", "bar"]),
    ("Saio da Praça Nova às 10h: uma livraria e depois atravessar a ponte para um café. Até às 13h.",
     ["bookshop", "cafe"]),
    ("Salgo de la Plaza Mayor a las 12: una farmacia y un banco porque se me rompió el teléfono. Tengo una hora.",
     ["pharmacy", "bank"]),
])
def test_everyday_words_that_are_terms_of_structures_or_services_are_no_visits(text, kinds):
    assert _kinds(_req(text)) == kinds


@pytest.mark.parametrize("text, kinds", [
    ("From Elm Square at 8am: the dog park, then a coffee. 2 hours.", ["leisure=dog_park", "cafe"]),
    ("Ab 10 Uhr vom Rathausplatz: ein Museum, dann ein Park. Bis 13 Uhr.", ["museum", "park"]),
    ("From Elm Square at 10am with the kids: a trampoline park, then lunch. Back by 2.",
     ["leisure=trampoline_park", "restaurant"]),
])
def test_a_longer_kind_that_holds_a_shorter_kind_word_names_the_place(text, kinds):
    assert _kinds(_req(text)) == kinds


def test_a_name_in_brackets_after_the_start_is_its_other_name_not_a_visit():
    req = _req("I'll be at Kauppatori (the Market Square) at 9am: a museum and a bakery. Back at Kauppatori by 1pm.")
    assert req.start_place == "Kauppatori" and _kinds(req) == ["museum", "bakery"]


def test_a_place_named_again_with_a_word_of_order_is_the_same_visit_and_a_visit_again_is_another():
    req = _req("Ab 11 Uhr vom Odeonsplatz: der Hofgarten und ein Museum. Ins Museum will ich, bevor ich in den "
               "Hofgarten geh. Bis 18 Uhr.")
    assert _kinds(req) == ["park", "museum"]
    req = _req("Ab 11 Uhr vom Odeonsplatz: erst der Hofgarten, dann ein Biergarten, und später noch einmal kurz "
               "in den Hofgarten. Bis 18 Uhr.")
    assert _kinds(req) == ["park", "bar", "park"]


@pytest.mark.parametrize("text, start", [
    ("Hola, estoy delante de la Catedral. Quiero un mirador y después un café. Tengo cuatro horas desde las 10.",
     "Catedral"),
    ("Bonjour, on est devant la Mairie à 10h : un musée puis un café. Trois heures.", "Mairie"),
])
def test_being_in_front_of_a_place_is_the_start(text, start):
    assert _req(text).start_place == start


def test_home_said_before_a_time_word_is_no_end_place():
    req = _req("Amanhã às 7h saio da Avenida Central pra correr no parque e depois almoço. "
               "Preciso estar em casa ao meio-dia.")
    assert req.end_place is None and req.deadline == "12:00"


@pytest.mark.parametrize("text, kinds", [
    ("Ab 14:30 am Rathausplatz: der Spielplatz, danach ein Eis, und eine Kneipe kommt heute nicht in Frage. 2 Stunden.",
     ["playground", "ice_cream"]),
    ("From Elm Square at 2pm: a museum and a cafe; a bar is out of the question. 3 hours.", ["museum", "cafe"]),
])
def test_a_kind_refused_after_it_in_other_words_is_no_visit(text, kinds):
    assert _kinds(_req(text)) == kinds


@pytest.mark.parametrize("text, kinds", [
    ("Börjar vid Mariatorget kl 13. Först hyra cykel, sen en bar på slutet. Tillbaka vid fem.",
     ["amenity=bicycle_rental", "bar"]),
    ("Mañana a las 9 desde la Plaza Mayor: alquilar unas bicis y después almorzar. Hasta la 1.",
     ["amenity=bicycle_rental", "restaurant"]),
    ("Samedi 10h depuis la place Bellecour : louer des vélos puis un café. 3 heures.", ["amenity=bicycle_rental", "cafe"]),
])
def test_renting_bikes_names_a_bike_rental_in_each_language(text, kinds):
    assert _kinds(_req(text)) == kinds


@pytest.mark.parametrize("text, kinds", [
    ("Escaldes, 12:00. farmàcia + caixer + súper. fins a les 13:00", ["pharmacy", "bank", "supermarket"]),
    ("Ab 8:30 vom Marktplatz: Apotheke, Paket abgeben und Brezen beim Bäcker. Bis 10.",
     ["pharmacy", "amenity=post_office", "bakery"]),
    ("Huomenna lähden klo 10 rautatieasemalta. Ensin museo, sitten syömässä lounasta jossain. Takaisin klo 15.",
     ["museum", "restaurant"]),
    ("Samedi 12h30 depuis la place Bellecour : une librairie, et manger un truc sur le pouce. Une heure.",
     ["bookshop", "fast_food"]),
])
def test_errands_and_meals_said_the_way_people_say_them(text, kinds):
    assert _kinds(_req(text)) == kinds


def test_portuguese_no_before_a_name_is_where_not_a_correction():
    assert drop_corrections("Até 20h30 tenho que estar em casa, no Carandá Bosque.").endswith("no Carandá Bosque.")
    assert drop_corrections("start is Highspire, not Steelton.") == "start is Highspire."
    req = _req("Saio da Governadoria às 17h, um parque. Até 20h30 tenho que estar em casa, no Carandá Bosque.")
    assert req.end_place == "Carandá Bosque"
