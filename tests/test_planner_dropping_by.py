"""The planner reads a stop at a place said with a verb of dropping by, in the languages read ("passer à la
pharmacie", "passar nos Correios", "passare da JouéClub", "pasar por el banco", "passar per la farmàcia"); the
full stop of an abbreviation ends no clause ("the St. Veit parish church" is one visit, "kl. 15" a clock time);
drinks and snacks counted in the plural are had at one place ("one or two beers in a bar").  The sentences are
written for these tests; none is taken from a prompt set."""

from __future__ import annotations

import pytest

from nco.errors import InputError

from conftest import planner_kinds, planner_request


@pytest.mark.parametrize("city, text, kinds", [
    ("monaco", "Départ du Port Hercule à 10h : passer à la pharmacie, passer chez le coiffeur et faire un saut au "
               "marché. Retour à 12h.", ["pharmacy", "shop=hairdresser", "market"]),
    ("porto", "Saio da Trindade às 9h, passo na farmácia e dou um pulo ao talho, volto às 11h.",
     ["pharmacy", "shop=butcher"]),
    ("andorra", "Amanhã estou livre a partir das 14h: levantar dinheiro e passar nos Correos. Às 18h acabo.",
     ["bank", "amenity=post_office"]),
    ("monaco", "Arriviamo in stazione alle 10. Vorrei passare da JouéClub per un giocattolo e prendere un gelato.",
     ["shop=toys", "ice_cream"]),
    ("andorra", "Salgo de la plaça Rebés a las 10, paso por la farmacia y luego por el banco. A las 12 vuelvo.",
     ["pharmacy", "bank"]),
    ("andorra", "Surto de la plaça Rebés a les 10: passar per la farmàcia i després un cafè. A les 12 torno.",
     ["pharmacy", "cafe"]),
])
def test_a_stop_said_by_dropping_by(city, text, kinds):
    r = planner_request(text, city)
    assert planner_kinds(text, city) == kinds
    assert (r.start_place or "").lower() not in ("correos", "jouéclub", "talho")  # where one drops by is no start


def test_after_dropping_by_keeps_its_order():
    text = ("Dissabte surto de la Plaça del Poble a les deu. Vull dinar després de passar per la Casa de la Vall, "
            "i la Casa de la Vall després de dinar.")
    with pytest.raises(Exception, match="circular"):
        planner_request(text, "andorra")


@pytest.mark.parametrize("city, text, kinds", [
    ("krems", "I leave Krems station at 11 and must be back at 15:02. I want lunch, a look inside the St. Veit parish "
              "church, and a coffee.", ["restaurant", "church", "cafe"]),
    ("porto", "Encontramo-nos na Trindade às 19h: jantar, depois uma ou duas cervejas num bar. Às 23h volto.",
     ["restaurant", "bar"]),
    ("munich", "Start at Marienplatz at 10: two coffees at a café, then a museum. Back by 14.", ["cafe", "museum"]),
    ("munich", "Start at Marienplatz at 10: two bars, then a museum. Back by 14.", ["bar", "bar", "museum"]),
])
def test_one_visit_however_it_is_counted(city, text, kinds):
    assert planner_kinds(text, city) == kinds


def test_an_abbreviated_clock_word_keeps_its_time():
    r = planner_request("Vi cykler fra Bindlach kl. 9 og skal være i Neudrossenfeld senest kl. 15. Frokost undervejs.",
                        "bayreuth_north")
    assert (r.start_time, r.deadline) == ("09:00", "15:00")


@pytest.mark.parametrize("city, text", [
    ("baltimore", "Hola, mañana salgo del Canton Waterfront Park a las 18:00. Quiero cenar en un restaurante "
                  "mexicano a las 20:00. Tengo que estar de vuelta en el parque a las 19:30."),
    ("monaco", "Samedi, je pars du Port Hercule à 10h et je dois être de retour au port à midi. Je veux voir le musée "
               "et déjeuner au restaurant à 13h."),
    ("munich", "From Marienplatz at 10, dinner at 8pm, back by 6pm."),
])
def test_a_visit_said_after_the_end_is_refused(city, text):
    with pytest.raises(Exception, match="contradictory times"):
        planner_request(text, city)


def test_a_visit_said_later_keeps_the_trip_open():
    """A clock time said with a place and no word of ending, before a visit said at a later time, is that place's
    visit, not the end of the trip."""
    text = ("Lördag: jag utgår från Mariatorget kl 11. Fika först, och vid tre vill jag sitta i Fatbursparken och "
            "läsa. Middag klockan sju på någon restaurang.")
    r = planner_request(text, "stockholm")
    assert r.end_place is None and "park" in planner_kinds(text, "stockholm")


def test_an_evening_hour_said_without_pm():
    r = planner_request("Start at Plaça Reial at 5pm. A drink first, dinner around 8, then a flamenco show. 5 hours.")
    dinner = [(t.earliest, t.latest) for t in r.tasks if t.category == "restaurant"]
    assert r.start_time == "17:00" and dinner == [("19:30", "20:30")]


def test_an_appointment_in_the_next_sentence_is_not_the_visits_time():
    text = ("Começo na Praça do Peixe às 11h. Almoço num restaurante, depois o museu. Às 14h tenho consulta no "
            "hospital, então só preciso estar de volta na praça às 13h45.")
    r = planner_request(text, "campo_grande")
    assert [t.category for t in r.tasks] == ["restaurant", "museum"] and r.deadline == "13:45"


@pytest.mark.parametrize("text", ["Start at Marienplatz at 1pm. Lunch at 12:10, then a museum.",
                                  "Start at Marienplatz at 2pm. Lunch around noon, then a museum."])
def test_a_noon_hour_before_an_afternoon_start_stays_at_noon(text):
    """Twelve hours after noon is past midnight: the visit keeps its hour (it once raised a validation error), which
    falls before the start: the times contradict each other, refused in one line."""
    with pytest.raises(InputError, match=r"'[Ll]unch' is said for 1[12]:\d\d-12:\d\d, before the trip starts"):
        planner_request(text)
