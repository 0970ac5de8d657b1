"""The planner reads requests as people type them every day: goods named for their shop ("comprar pão"),
a Finnish start said with its case ending, a word of place between the start time and the start, an
appointment one is busy with until the trip starts, leaving home, "as many as possible" in more words,
and a trip that would run past midnight.  The sentences are written for these tests; none is taken from
a prompt set."""

from __future__ import annotations

import pytest

from nco.errors import InputError
from nco.planner import tagschema
from nco.planner.parse import parse_offline
from nco.planner.plan import knows, load_planner_city, named_visits

from conftest import PROMPT_DAY, planner_kinds, planner_parse


def _request(text: str, city: str | None = None):
    """The request read from ``text``, with the map of ``city`` when given."""
    known = knows(load_planner_city(city)) if city else None
    return parse_offline(text, today=PROMPT_DAY, known_place=known).request


@pytest.mark.parametrize("text, kinds", [
    ("Saio do Largo dos Lóios às 10h. Quero comprar pão e ir à farmácia.", ["bakery", "pharmacy"]),
    ("Ab 10 Uhr vom Odeonsplatz: frisches Brot holen und in die Apotheke.", ["bakery", "pharmacy"]),
    ("Från Medborgarplatsen kl 16: handla mat och sen apoteket.", ["supermarket", "pharmacy"]),
    ("Ab 9 vom Marienplatz: einen Blumenstrauß besorgen, dann zur Bank.", ["shop=florist", "bank"]),
    ("Ab 9 vom Marienplatz: in einen Drogeriemarkt und dann zur Bank.", ["shop=chemist", "bank"]),
    ("Dalle 10 da piazza Navona: fare la spesa e poi un caffè.", ["supermarket", "cafe"]),
])
def test_goods_said_for_their_shop(text, kinds):
    assert planner_kinds(text) == kinds


@pytest.mark.parametrize("text, city, start", [
    ("Lähdemme Kaisaniemen puistosta kello 10, sitten kirjastoon ja kahvilaan.", "helsinki", "Kaisaniemen Puisto"),
    ("Tarda lliure: surto a les 16:00 al Parc Central i vull una llibreria i un cafè.", "andorra", "Parc Central"),
    ("Ich starte 14:15 bei der Pfarrkirche St. Veit, dann eine Buchhandlung und ein Café.", "krems",
     "Pfarrkirche St Veit"),
])
def test_the_start_after_its_case_ending_or_after_its_time(text, city, start):
    assert _request(text, city).start_place == start


def test_a_word_that_opens_the_prompt_is_no_start_place():
    req = _request("Meeting till 2pm, then free. A pharmacy and a coffee, back by 5pm.", "munich")
    assert (req.start_place, req.start_time, req.deadline) == (None, "14:00", "17:00")


@pytest.mark.parametrize("text, start, deadline", [
    ("leaving home 8am tuesday, a pharmacy then a bakery, back by 10:30", "08:00", "10:30"),
    ("Termin bis 14:45 an der Uni, dann Zeit bis 17 Uhr. Ein Café und eine Buchhandlung.", "14:45", "17:00"),
])
def test_the_start_time_after_leaving_home_or_an_appointment(text, start, deadline):
    req = _request(text)
    assert (req.start_time, req.deadline) == (start, deadline)


@pytest.mark.parametrize("text", [
    "Da piazza Navona alle 9 voglio vedere più musei possibili. Entro l'una sono a casa.",
    "Ab 10 vom Hofgarten: Kirchen anschauen (so viele wie geht), bis 13 Uhr.",
])
def test_as_many_as_possible_in_more_words(text):
    req = _request(text)
    assert [t.maximize for t in req.tasks] == [True]


def test_one_oclock_said_in_italian():
    assert _request("Da piazza Navona alle 9, un museo e una chiesa. Entro l'una devo essere in stazione.").deadline \
        == "13:00"


@pytest.mark.parametrize("text", [
    "Départ de la Place de la République à 22h, un restaurant et un bar, j'ai 3 heures devant moi.",
    "From Marienplatz at 11pm, a bar and a snack, I have two hours.",
])
def test_a_time_limit_past_midnight_is_refused(text):
    with pytest.raises(InputError, match="past midnight"):
        _request(text)


def test_a_time_limit_before_midnight_is_planned():
    assert _request("From Marienplatz at 9pm, a bar and a snack, I have two hours.").time_limit_min == 120


def test_bread_one_has_is_no_errand():
    kinds = planner_kinds("Ab 8 vom Marienplatz zum Tierarzt, dann in den Supermarkt. Brot hab ich noch.")
    assert kinds == ["amenity=veterinary", "supermarket"]


@pytest.mark.parametrize("text, city, start", [
    ("Wir sind ab 9 am Senatsplatz (Senaatintori) und wollen ein Museum und ein Café.", "helsinki", "Senaatintori"),
])
def test_the_start_said_with_another_name_in_brackets(text, city, start):
    assert _request(text, city).start_place == start


def test_the_other_name_in_brackets_is_no_visit():
    req = _request("We're at Karlsplatz (Stachus) at 1pm, a church and a coffee, three hours.", "munich")
    assert (req.start_place, [t.category for t in req.tasks]) == ("Karlsplatz", ["church", "cafe"])


def test_a_named_start_after_an_elided_article_keeps_its_name():
    req = _request("Demain je pars de l'Église Saint-Charles à 9h, la poste puis une pharmacie, retour pour 11h.",
                   "monaco")
    assert req.start_place == "Église Saint-Charles"


def test_picked_up_by_someone_else_is_the_end():
    req = _request("Starting at Patterson Park at 10. A bakery and a bookshop. My wife picks us up at the Shot Tower "
                   "at 1pm.", "baltimore")
    assert (req.end_place, req.deadline) == ("Shot Tower", "13:00")


@pytest.mark.parametrize("text, city, start", [
    ("Demà a les 9 vull sortir de la Plaça del Poble, visitar un museu i prendre un cafè.", "andorra",
     "Plaça del Poble"),
    ("The ferry docks at the Terminal Croisiere at 9, we want a church and a bakery, back on board by noon.",
     "monaco", "Terminal Croisiere"),
    ("Parto dall'hotel Hyatt Regency alle 10, voglio un museo e poi pranzare.", "new_york", "Hyatt Regency"),
])
def test_the_start_said_by_leaving_docking_or_a_hotel(text, city, start):
    assert _request(text, city).start_place == start


@pytest.mark.parametrize("text", [
    "Desde la Plaza Mayor a las 10, un museo y un café, tengo un par de horas.",
    "Des de la Plaça Major a les 10, un museu i un cafè, tinc un parell d'hores.",
    "Saio da Praça da Batalha às 10h, um museu e um café, tenho um par de horas.",
])
def test_a_couple_of_hours(text):
    assert _request(text).time_limit_min == 120


@pytest.mark.parametrize("phrase, langs, tag", [
    ("cervecería", ("es",), "craft=brewery"), ("valutaväxling", ("sv",), "amenity=bureau_de_change"),
    ("Università", ("it",), "amenity=university"),
])
def test_a_kind_the_extra_table_writes_with_accents_is_found(phrase, langs, tag):
    assert tagschema.lookup(phrase, langs) == tag


@pytest.mark.parametrize("text", [
    "Desde la Plaza Mayor a las 10: el museo antes que la iglesia, la iglesia antes que el café y el café antes que el museo.",
    "Från Stortorget kl 10. Jag vill hinna museet innan lunchen, lunchen innan parken och parken innan museet.",
])
def test_a_circular_order_said_with_antes_que_or_innan_is_refused(text):
    with pytest.raises(InputError, match="circular"):
        parse_offline(text, today=PROMPT_DAY)


def test_a_second_museum_the_map_names_whole_is_no_mention_of_the_first():
    andorra = load_planner_city("andorra")
    text = "Desde la Plaça del Poble a las 10: primero el Museu Carmen Thyssen, luego un café y después el Museu del Perfum."
    pr = parse_offline(text, today=PROMPT_DAY, known_place=knows(andorra))
    req = named_visits(andorra, pr, knows(andorra))[0]
    assert [t.category for t in req.tasks] == ["museum", "cafe", "museum"]
    assert [t.name for t in req.tasks] == ["Museu Carmen Thyssen", None, "Museu del Perfum"]


@pytest.mark.parametrize("city, text, kinds", [
    ("munich", "Um 7:45 vom Sendlinger Tor los, erst in die Apotheke, dann Blumen für die Kollegin. Um 9 am "
     "Odeonsplatz.", ["pharmacy", "shop=florist"]),
    ("munich", "Um 9 vom Marienplatz los, erst zum Bäcker, dann das Hermes-Paket abgeben und in die Apotheke. Um 11 "
     "daheim.", ["bakery", "amenity=post_office", "pharmacy"]),
    ("munich", "Vertrek 13:00 vanaf de Marienplatz. Eerst de kathedraal, dan een museum en als laatste iets drinken. "
     "Om 18:00 terug.", ["church", "museum", "bar"]),
    ("stockholm", "Från Mariatorget kl 12: hämta kemtvätten, köpa blommor och ta en macka på vägen. Tillbaka 13.00.",
     ["shop=dry_cleaning", "shop=florist", "fast_food"]),
])
def test_errands_and_snacks_said_plainly(city, text, kinds):
    assert planner_kinds(text, city) == kinds


def test_spanish_back_at_one_and_before_the_next():
    req = planner_parse("Domingo libre. Salgo de Steelton a las 10 y quiero ver dos iglesias. A la 1 tengo que estar "
                        "de vuelta en Steelton.", "harrisburg").request
    assert req.deadline == "13:00"
    with pytest.raises(InputError, match="circular"):
        planner_parse("Salgo a las 8 del Parque dos Poderes. Quiero ir al museo antes que al parque, al parque antes "
                      "que al supermercado, y al supermercado antes que al museo.", "campo_grande")
