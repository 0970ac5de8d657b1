"""The day of the trip said in the prompt's own language ("am Samstag", "samedi", "na sexta", "lauantaina"); a
business called by the one word of its name that sets it apart ("beim Zöttl" for "Bäckerei Zöttl", "chez Mullot"
for "Maison Mullot"); a place said next to the start's time or with the deadline, its name opened by words in lower
case ("Dimanche 10h, place de la République", "a la plaça Guillemó"); the hours of something else than the trip ("a
7 hour layover") beside a start and a deadline; a visit made already said in Danish.  The sentences are written for
these tests; none is taken from a prompt set."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import PROMPT_DAY, planner_kinds, planner_parse, planner_request

from nco.planner.plan import knows, load_planner_city, named_visits


@pytest.mark.parametrize("text, weekday", [
    ("Am Samstag ab 9:30 vom Marienplatz: ein Museum und ein Café, um 12 zurück.", 5),
    ("Samedi, je pars de la place de la République à 10h : un musée puis un café.", 5),
    ("El viernes salgo de la Plaza Mayor a las 10: un museo y un café.", 4),
    ("Na sexta saio da Praça da Batalha às 10h: um museu e um café.", 4),
    ("Quinta-feira às 10h saio do Bolhão: um museu.", 3),
    ("No domingo às 10h saio do Bolhão: um museu.", 6),
    ("Sabato alle 10 da Piazza Navona: un museo e un caffè.", 5),
    ("Dissabte a les 10 des de la Plaça del Poble: un museu i un cafè.", 5),
    ("Lauantaina lähden Kauppatorilta klo 10: museo ja kahvila.", 5),
    ("Zaterdag om 10 uur vanaf de Dam: een museum en koffie.", 5),
    ("Dimanche à 10h place du Casino : un musée.", 6),
])
def test_a_day_said_in_the_prompts_language_is_the_trips_day(text, weekday):
    date = dt.date.fromisoformat(planner_request(text).date)
    assert date.weekday() == weekday and PROMPT_DAY <= date <= PROMPT_DAY + dt.timedelta(days=7)


@pytest.mark.parametrize("text", [
    "Por la mañana salgo de la Plaza Mayor a las 10: un museo y un café.",  # in the morning
    "Saio da Praça da Batalha às 10h, pela segunda vez no Porto: um museu e um café.",  # the second time
])
def test_a_word_that_only_looks_like_a_day_names_none(text):
    assert planner_request(text).date is None


@pytest.mark.parametrize("text, city, kind, name", [
    ("Samstag ab 9:30 vom Odeonsplatz: zuerst Brot beim Zöttl, dann in den Hofgarten. Um 12 zurück.", "munich",
     "bakery", "Bäckerei Zöttl"),
    ("Samedi 9h place d'Armes : le marché, puis le pain chez Mullot. Retour à 11h.", "monaco", "bakery",
     "Maison Mullot"),
    ("From Sydenham station at 11: coffee, then Paesanella for cheese. Back by 2.", "sydney", "shop=deli",
     "Paesanella Food Emporium"),
    ("Leaving Steelton at 2 with the kids: the library, then Rita's. Home by 5.", "harrisburg", None,
     "Rita's Italian Ice"),
])
def test_a_business_called_by_the_word_that_sets_it_apart_is_visited(text, city, kind, name):
    pr = planner_parse(text, city)
    req, notes = named_visits(load_planner_city(city), pr)
    visit = next(t for t in req.tasks if t.name == name)
    assert kind is None or (visit.tag or visit.category) == kind
    assert any(f"read as a visit to {name}" in n for n in notes)


@pytest.mark.parametrize("text, city", [
    ("Meine Frau kommt mit. Ab 10 vom Odeonsplatz: ein Museum und ein Café, um 13 zurück.", "munich"),
    ("Deixo a Inês na escola às 14h e saio da Trindade: uma farmácia e um café. Volto às 16h.", "porto"),
    ("We came over on the ferry from Stockholm. From the Kauppatori at 10: a museum and lunch, back by 2.",
     "helsinki"),
    ("Notiz für Samstag: mit Bello los ab Sendlinger Tor, 14 Uhr. Ein Park und eine Apotheke, um 16 Uhr zurück.",
     "munich"),  # Bello, the dog, is not the restaurant "Piccolo ma bello"
])
def test_a_common_word_a_person_or_where_one_comes_from_is_no_business(text, city):
    kinds = planner_kinds(text, city)
    assert len(kinds) == 2, kinds


def test_a_word_several_places_hold_names_none_of_them():
    monaco = knows(load_planner_city("monaco"))
    assert monaco.distinct_word("Palais") is None  # the palace, the courthouse, a square and a tunnel
    assert monaco.distinct_word("Mullot") == (("bakery",), None, "Maison Mullot")
    assert knows(load_planner_city("munich")).distinct_word("Zeit") is None  # a word of every day


def test_a_square_said_right_after_the_starts_time_is_the_start():
    req = planner_request("Dimanche 10h, place de la République : un musée et un café. Retour 14h.", "paris")
    assert req.start_place.lower() == "place de la république" and [t.category for t in req.tasks] == ["museum", "cafe"]


def test_a_place_said_with_the_deadline_opened_by_words_in_lower_case_is_the_end():
    req = planner_request("Diumenge amb els petits. Sortim del Parc Central a les 4 de la tarda: berenar en alguna "
                          "cafeteria. A dos quarts de vuit hem quedat amb els avis a la plaça Guillemó.", "andorra")
    assert req.end_place == "plaça Guillemó" and req.deadline == "19:30"


def test_the_hours_of_a_layover_are_no_time_limit_beside_a_start_and_a_deadline():
    req = planner_request("7 hour layover at BWI, so I took the light rail into town; I'm at Lexington Market at "
                          "12:10 and need to be back there by 4:45. A walk in a park, then a drink at a bar.")
    assert (req.start_time, req.deadline, req.time_limit_min) == ("12:10", "16:45", None)
    # a limit close to the time between them is one of its own: both are kept
    req = planner_request("Mañana salgo a las 11 de la plaza Rebés: un museo y un bar. Tengo tres horas como mucho, y "
                          "en cualquier caso a las 13:30 tengo que estar en el hotel.")
    assert (req.start_time, req.deadline, req.time_limit_min) == ("11:00", "13:30", 180)


@pytest.mark.parametrize("text, city", [
    ("I morgen kl. 15 går vi fra Christopher Park: vi vil se Hess Triangle og spise thaimad. Stonewall Inn så vi i "
     "går. Vi skal være tilbage kl. 20.", "new_york"),
    ("I morgen kl. 19 starter vi ved Hoher Markt: først middag og bagefter en øl på en pub. Hemingway var vi på i "
     "aftes, så ikke den. Vi har til kl. 23.", "krems"),
])
def test_a_place_visited_already_said_in_danish_is_no_visit(text, city):
    assert len(planner_kinds(text, city)) == 2


@pytest.mark.parametrize("text", [
    "Just a few hours in town on Saturday, from 1 to 5pm, starting at Marienplatz: a museum and a café.",
    "Ein paar Stunden am Samstag, von 13 bis 17 Uhr ab Marienplatz: ein Museum und ein Café.",
])
def test_a_rough_length_beside_a_start_and_a_deadline_is_no_limit(text):
    req = planner_request(text)
    assert (req.start_time, req.deadline, req.time_limit_min) == ("13:00", "17:00", None)


@pytest.mark.parametrize("text", [
    "From 12:00 at Bindlach station, 2 hours: lunch, a supermarket, a petrol station.",
    "2 timer fra kl 12 ved Bindlach station: frokost, supermarked og en tankstation.",
    "Vrije middag vanaf Rambuteau, 13u, twee uur de tijd: een vintage kledingwinkel en een park.",
])
def test_a_length_before_the_colon_that_opens_the_visits_is_the_time_one_has(text):
    req = planner_request(text)
    assert req.time_limit_min == 120 and all(t.duration_min < 120 for t in req.tasks)


def test_a_length_said_after_a_visit_before_a_colon_stays_the_visits():
    req = planner_request("From 10 at Marienplatz. The Deutsches Museum, 2 hours: the science part. Back by 3.")
    assert req.time_limit_min is None and req.tasks[0].duration_min == 120


def test_numbers_said_together_in_dutch_are_no_clock_time():
    req = planner_request("We zijn met de kinderen (7 en 10) op vakantie. Zaterdag vertrekken we om 14.00 uur bij het "
                          "Wachauer Park: pinnen, minigolf en de bioscoop. Om 19.00 uur zijn we terug.")
    assert (req.start_time, req.deadline) == ("14:00", "19:00")
    assert planner_request("We vertrekken om 9 en 15 bij de Dam: een museum. Om 12 uur terug.").start_time == "09:15"


@pytest.mark.parametrize("text", [
    "Od 10 z Marienplatz: muzeum i kupić mamie jakiś prezent. Do 14.",
    "Klo 10 Kauppatorilta: museo ja ostaa syntymäpäivälahjan anopille. Takaisin klo 14.",
])
def test_a_gift_said_in_polish_or_in_a_finnish_compound_is_a_shop(text):
    assert [t.category for t in planner_request(text).tasks] == ["museum", "shop"]


def test_a_place_said_after_a_word_of_going_next_to_the_time_is_no_start():
    req = planner_request("Amanhã às 8h vou ao Parque do Sóter e depois ao supermercado. Volto às 11h.",
                          "campo_grande")
    assert req.start_place is None


@pytest.mark.parametrize("text, deadline", [
    ("Aloitetaan Mariatorgetilta kymmeneltä: pullakahvit ja lounas. Laivaan pitää ehtiä neljäksi.", "16:00"),
    ("Kotona pitää olla puoli kuudelta. Lähden Oodista yhdeltä: apteekki ja kahvit jossain.", "17:30"),
])
def test_a_finnish_hour_said_by_when_or_home_by_is_the_deadline(text, deadline):
    assert planner_request(text).deadline == deadline


@pytest.mark.parametrize("text, kind", [
    ("Lähden Kampista klo 11: apteekki, posti ja hampurilaiset. Takaisin klo 13.", "amenity=post_office"),
    ("Lähden Kampista klo 11: apteekki, posti ja hampurilaiset. Takaisin klo 13.", "fast_food"),
    ("Od Krems Bahnhof v 15:00: prádelna, krmení pro psa a pak pivo. Máme tři hodiny.", "shop=pet"),
    ("Dalle 16 da Place d'Armes: spesa, pane, carne dal macellaio. Devo rientrare per le 18.", "bakery"),
    ("Um 15 Uhr an der Torre dos Clérigos: in einem Antiquariat stöbern, ein Glas Portwein. Um 18 Uhr zurück.",
     "bookshop"),
    ("Dissabte a les 10 surto de la plaça del Poble: comprar-li una colònia a la meva mare i un cafè. Torno a la una.",
     "shop=perfumery"),
])
def test_everyday_words_of_shops_in_the_languages_read(text, kind):
    assert kind in [t.tag or t.category for t in planner_request(text).tasks]


@pytest.mark.parametrize("text, kinds", [
    ("From Sendlinger Tor at noon: beer garden lunch first, then a bookshop. Until 5.", ["bar", "bookshop"]),
    ("From 9:30: a bakery breakfast first of all, then a museum. Back at 1.", ["bakery", "museum"]),
    ("Desde las 9:30 en la plaza: primero desayunar algo en un mercado, luego un museo. Volvemos a las 13.",
     ["market", "museum"]),
    ("From 5pm at Hornsgatan: a falafel place for dinner, then a bar. Home by 11pm.", ["fast_food", "bar"]),
    ("From 10: a bakery, lunch and a museum. Back by 4.", ["bakery", "restaurant", "museum"]),  # three visits
])
def test_a_meal_said_with_the_place_it_is_had_at_is_one_visit(text, kinds):
    assert [t.category for t in planner_request(text).tasks] == kinds
