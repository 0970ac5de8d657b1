"""The offline parser on letters, itineraries and requests made for other people: the greeting and the
closing of a letter are no place, a heading before a colon is no place, nor is a day or a phrase about
people ("Meine Frau und ich", "I miei genitori"); the first item of an arrow itinerary is the start and a
last item with "by" the end; an appointment or a meeting at a place is where the trip ends; ends, returns,
departures and durations said in each language read.  The sentences are written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from nco.planner.offline.text import drop_letter_frame
from nco.planner.parse import parse_offline

TODAY = dt.date(2025, 6, 12)


def _req(text: str):
    return parse_offline(text, today=TODAY).request


def _kinds(req) -> list[str]:
    return [t.tag or t.category for t in req.tasks]


@pytest.mark.parametrize("text, kept", [
    ("Dear concierge,\n\nplease plan a museum and lunch from 10am.\n\nBest regards,\nA. Nowak",
     "please plan a museum and lunch from 10am.\n"),
    ("Hallo zusammen,\nein Museum ab 10 Uhr.\nViele Grüße\nJan", "ein Museum ab 10 Uhr."),
    ("Chère madame,\nun musée à 10h.\nCordialement,", "un musée à 10h."),
    ("Hei,\nmuseo klo 10.\nTerveisin, Aino", "museo klo 10."),
    ("Museum at 10, then lunch. Thanks!", "Museum at 10, then lunch."),
    ("Hello from the Ritz, a museum at 10", "Hello from the Ritz, a museum at 10"),
])
def test_the_frame_of_a_letter_is_dropped(text, kept):
    assert drop_letter_frame(text) == kept


@pytest.mark.parametrize("text, start, start_time", [
    ("Dear team,\nI will leave the Grand Hotel at 8:45 am for a museum and a cafe.\nKind regards,\nP. Ruiz",
     "Grand Hotel", "08:45"),
    ("Sehr geehrte Damen und Herren,\nmeine Schwester kommt um 9 Uhr am Viktualienmarkt an und möchte in ein "
     "Museum.\nMit freundlichen Grüßen", "Viktualienmarkt", "09:00"),
    ("Dimanche : Quai de la Tournelle (11h) → musée → café.", "Quai de la Tournelle", "11:00"),
    ("Programa de la mañana: Plaza Mayor 9:30 → museo → mercado.", "Plaza Mayor", "09:30"),
    ("Unsere Kinder sind ab 14 Uhr am Rosenheimer Platz und wollen in einen Park.", "Rosenheimer Platz", "14:00"),
    ("I miei amici saranno a Piazza Verdi alle 11 e vogliono un museo.", "Piazza Verdi", "11:00"),
    ("Els meus cosins surten de Plaça Reial a les 5 de la tarda i volen un museu.", "Plaça Reial", "17:00"),
    ("Mes parents partent de la Place Carnot à 10h et veulent un musée.", "Place Carnot", "10:00"),
])
def test_letters_headings_and_people_are_no_place(text, start, start_time):
    req = _req(text)
    assert (req.start_place, req.start_time) == (start, start_time)


@pytest.mark.parametrize("text, end, deadline", [
    ("A bakery and a bank before my 4pm appointment at Hanover Square? I'm on Mill Lane from 2.",
     "Hanover Square", "16:00"),
    ("Kingsway 9am → cafe → park → Victoria Gardens by 11am", "Victoria Gardens", "11:00"),
    ("Un museo y un parque desde la Plaza Mayor a las 10, tengo una reunión en la Puerta Real a las 13:00.",
     "Puerta Real", "13:00"),
    ("Itinerario: Piazza Verdi alle 15 → museo → caffè. Fine alle 18.", None, "18:00"),
    ("Roteiro: Largo do Carmo às 10h → museu → café. Fim às 13h no Rossio.", "Rossio", "13:00"),
    ("Ab 10 Uhr am Rathaus: ein Museum und ein Café. Um 13 Uhr muss er am Bahnhof Nord sein.", "Bahnhof Nord", "13:00"),
    ("I'll be at Elm Street at 9 am, want a bakery and a park, and will be at Oak Square by noon.", "Oak Square", "12:00"),
])
def test_end_places_in_appointments_itineraries_and_letters(text, end, deadline):
    req = _req(text)
    assert (req.end_place, req.deadline) == (end, deadline)


@pytest.mark.parametrize("text, deadline, limit", [
    ("Vi börjar vid Slussen kl 10 med ett museum och måste vara tillbaka 13.", "13:00", None),
    ("Wir starten um 10 Uhr am Rathaus, ein Museum und ein Café. Um 12 Uhr 45 sollten wir fertig sein.", "12:45", None),
    ("Rathaus 10 Uhr → Museum → Café, Ende 13 Uhr", "13:00", None),
    ("Surto de la Plaça Reial a les 10 per un museu. He de tornar a les 13.", "13:00", None),
    ("Départ de la place Carnot à 10h : un musée. Rentrer pour 13h.", "13:00", None),
    ("Salimos de la Plaza Mayor a las 10 para un museo y un café. Tenemos hora y media.", None, 90),
    ("Ho 90 minuti a partire dalle 10 davanti a Palazzo Rosso: un museo e un caffè.", None, 90),
    ("Saímos do Largo do Carmo às 10h para um museu. Temos hora e meia.", None, 90),
])
def test_ends_and_durations_in_every_language(text, deadline, limit):
    req = _req(text)
    assert (req.deadline, req.time_limit_min) == (deadline, limit)


def test_eating_is_a_visit_but_eating_ice_cream_is_one_visit():
    assert _kinds(_req("Ab 18 Uhr am Marktplatz: zuerst essen, danach in eine Bar.")) == ["restaurant", "bar"]
    assert _kinds(_req("Ab 14 Uhr am Marktplatz: ein Museum, dann Eis essen.")) == ["museum", "ice_cream"]


def test_a_return_to_the_start_station_is_no_visit():
    req = _req("Chego à estação do Oriente às 9h e quero visitar um museu. Tenho de estar de volta à estação às 13h.")
    assert _kinds(req) == ["museum"]
    assert req.deadline == "13:00"


@pytest.mark.parametrize("text, start, end, kinds", [
    ("Starting at the Riverside Park Mall at 9 pm: a bar, then fast food.", "Riverside Park Mall", None,
     ["bar", "fast_food"]),
    ("Treffpunkt am Alten Markt um 10 Uhr, dann eine Kirche und ein Café.", "Alten Markt", None, ["church", "cafe"]),
    ("Please plan me a short walk to a church and a cafe from Elm Square at 10.", "Elm Square", None, ["church", "cafe"]),
    ("From 42nd Street-Grand Central at noon: a pharmacy, then a bank.", "42nd Street-Grand Central", None,
     ["pharmacy", "bank"]),
    ("Getting off at Union Square-East Side at 5 pm, a bookshop then a bar.", "Union Square-East Side", None,
     ["bookshop", "bar"]),
    ("Saindo da Praça Central às 9h: um museu e um parque. Termino no Mercado Municipal.", "Praça Central",
     "Mercado Municipal", ["museum", "park"]),
    ("Je commence au Louvre à 10h et je finis à la Place Vendôme. Un musée et un café.", "Louvre", "Place Vendôme",
     ["museum", "cafe"]),
    ("From Oak Square at 8am: gas, then the university, then golf.", "Oak Square", None,
     ["amenity=fuel", "amenity=university", "leisure=golf_course"]),
    ("We're camping at Pine Lake. At 3pm a tourist information point and a supermarket.", "Pine Lake", None,
     ["tourism=information", "supermarket"]),
])
def test_names_kept_whole_and_out_of_the_visits(text, start, end, kinds):
    req = _req(text)
    assert (req.start_place, req.end_place, _kinds(req)) == (start, end, kinds)


@pytest.mark.parametrize("text, start_time, deadline", [
    ("Partiamo da Piazza Verdi alle 18. Una cena e poi un bar. Torniamo entro le 23.", "18:00", "23:00"),
    ("Salgo de la Plaza Mayor a las 9 y media, un museo y volver a las 12.", "09:30", "12:00"),
    ("Départ de la place Carnot à 9 heures, un musée puis un café, rentrés à 12h.", "09:00", "12:00"),
])
def test_clock_hours_said_with_their_unit_and_returns(text, start_time, deadline):
    req = _req(text)
    assert (req.start_time, req.deadline) == (start_time, deadline)


def test_a_visit_said_with_its_place_before_first_is_first():
    req = _req("We are at Elm Square at 6pm. We want dinner at a restaurant first, then a bar, then a cinema.")
    assert _kinds(req) == ["restaurant", "bar", "cinema"]
    assert {(d.before, d.after) for d in req.dependencies} == {(0, 1), (1, 2)}
