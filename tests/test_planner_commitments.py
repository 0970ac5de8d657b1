"""The planner reads where an outing between two commitments ends: someone picking one up there ("holt mich um 11
am Bahnhof Bindlach ab", "je récupère ma fille place d'Armes"), one's lodging named after its word ("back at our
hotel, the Bayerischer Hof"), a destination said after a comma ("Ziel ist Neudrossenfeld"), a coach leaving from
a terminal ("sai do terminal do Campo 24 de Agosto"), and where one has arrived ("Bin um 7:10 in Ramsenthal
angekommen").  The sentences are written for these tests; none is taken from a prompt set."""

from __future__ import annotations

import pytest

from conftest import planner_request


def _end(req):
    return req.end_place if req.end_place != req.start_place else None


@pytest.mark.parametrize("city, text, start, end, deadline", [
    ("bayreuth_north", "Bin um 8:20 in Ramsenthal angekommen. Meine Tante holt mich um 12 am Bahnhof Bindlach ab. "
     "Bis dahin ein Café und ein Park.", "Ramsenthal", "Bahnhof Bindlach", "12:00"),
    pytest.param("munich", "We leave Sendlinger Tor at 10 for a museum and lunch, and must be back at our hotel, the "
                 "Bayerischer Hof, by four.", "Sendlinger Tor", "Bayerischer Hof", "16:00",
                 marks=pytest.mark.xfail(strict=True, reason="the learned reading of end places, trained again with "
                                         "the sets 82, 84 and 86, reads the hotel one is back at as no end (0.44)")),
    ("krems", "We beginnen om 10 uur bij de Steiner Tor: een bakker en een biertje. Om 15 uur moeten we terug zijn "
     "bij de Gozzoburg.", "Steiner Tor", "Gozzoburg", "15:00"),
    ("bayreuth_north", "Start um 9 in Harsdorf, Ziel ist Neudrossenfeld, da sind wir um 14 Uhr verabredet. Unterwegs "
     "eine Bäckerei.", "Harsdorf", "Neudrossenfeld", "14:00"),
    ("porto", "Saio da Trindade às 14h. O autocarro para Braga sai do terminal do Campo 24 de Agosto às 19h e quero lá "
     "estar às 18h40. Preciso de uma farmácia.", "Trindade", "Campo 24 de Agosto", "18:40"),
    ("monaco", "Départ 13h de la place du Casino : un musée et une glace, et à 17h je récupère mon fils place "
     "d'Armes.", "place du Casino", "place d'Armes", "17:00"),
])
def test_where_the_outing_between_commitments_ends(city, text, start, end, deadline):
    req = planner_request(text, city)
    assert (req.start_place, _end(req), req.deadline) == (start, end, deadline)


@pytest.mark.parametrize("city, text, start, time, end, deadline", [
    ("munich", "My meeting at the Rathaus ends at 11 and my train leaves the Hauptbahnhof at 16:40. In between I'd "
     "like a museum and lunch.", "Rathaus", "11:00", "the Hauptbahnhof", "16:40"),
    ("munich", "Mein Meeting im Rathaus endet um 11, mein Zug fährt um 16:40 vom Hauptbahnhof. Dazwischen ein Museum "
     "und Mittagessen.", "Rathaus", "11:00", "Hauptbahnhof", "16:40"),
    ("paris", "Ma réunion à la Mairie du 3e finit à 11h et mon train part de la gare de l'Est à 16h40. Entre les "
     "deux, un musée et un déjeuner.", "Mairie du 3e", "11:00", "gare de l'Est", "16:40"),
    ("porto", "A minha reunião na Alfândega acaba às 11h e o meu comboio sai de São Bento às 16h40. Pelo meio, um "
     "museu e almoço.", "Alfândega", "11:00", "São Bento", "16:40"),
    ("stockholm", "Mitt möte vid Mariatorget slutar kl 11 och mitt tåg går från Stockholms södra 16.40. Däremellan "
     "ett museum och lunch.", "Mariatorget", "11:00", "Stockholms södra", "16:40"),
    ("andorra", "Mi reunión en la Casa de la Vall termina a las 11 y mi autobús sale de la estación de autobuses a "
     "las 16:40. Entre medias, un museo y comer.", "Casa de la Vall", "11:00", "estación de autobuses", "16:40"),
])
def test_free_time_between_a_meeting_that_ends_and_a_ride_that_leaves(city, text, start, time, end, deadline):
    req = planner_request(text, city)
    assert (req.start_place, req.start_time, _end(req), req.deadline) == (start, time, end, deadline)


@pytest.mark.parametrize("city, text, end, deadline", [
    ("munich", "My train leaves from the Hauptbahnhof at 17:00 and I want to be there 20 minutes early. Starting at "
     "Marienplatz at 1: a museum and coffee.", "the Hauptbahnhof", "16:40"),
    ("munich", "Mein Zug fährt um 17 Uhr vom Hauptbahnhof, ich will 20 Minuten vorher da sein. Ab 13 Uhr am "
     "Marienplatz: ein Museum und Kaffee.", "Hauptbahnhof", "16:40"),
    ("munich", "Das Konzert beginnt um 20 Uhr in der Philharmonie. Ab 16 Uhr am Odeonsplatz: eine Galerie und "
     "Abendessen.", "Philharmonie", "20:00"),
    ("paris", "Le concert commence à 20h au Bataclan. Départ 16h place de la République : une galerie et un dîner.",
     "Bataclan", "20:00"),
])
def test_where_one_must_be_for_a_ride_or_an_event(city, text, end, deadline):
    req = planner_request(text, city)
    assert (_end(req), req.deadline) == (end, deadline)


def test_an_event_with_visits_after_it_is_not_the_end():
    text = ("The concert starts at 8 at the Nationaltheater. After the concert a bar. From 4 at Odeonsplatz: a "
            "gallery and dinner.")
    assert _end(planner_request(text, "munich")) is None


@pytest.mark.parametrize("city, text, end, deadline", [
    ("munich", "We have a table booked at the Hofbräuhaus at 8. From 4 at Odeonsplatz: a gallery and a beer garden "
     "before.", "Hofbräuhaus", "20:00"),
    ("munich", "Wir haben um 20 Uhr einen Tisch im Hofbräuhaus reserviert. Ab 16 Uhr am Odeonsplatz: eine Galerie und "
     "ein Café.", "Hofbräuhaus", "20:00"),
    ("paris", "On a réservé une table au Bouillon République à 20h. Départ 16h de Rambuteau : une galerie et un café.",
     "Bouillon République", "20:00"),
])
def test_a_table_booked_is_where_the_outing_ends_not_a_visit(city, text, end, deadline):
    req = planner_request(text, city)
    assert (_end(req), req.deadline, "restaurant" in [t.category for t in req.tasks]) == (end, deadline, False)


def test_a_class_that_finishes_at_noon_somewhere_is_the_start():
    req = planner_request("My class finishes at noon at the Ludwig-Maximilians-Universität, then I want a bookshop and "
                          "coffee, back by 5.", "munich")
    assert (req.start_place, req.start_time) == ("Ludwig-Maximilians-Universität", "12:00")


@pytest.mark.parametrize("city, text, start, time, end, deadline", [
    ("munich", "Zahnarzttermin um 14 Uhr am Sendlinger Tor, vorher habe ich Zeit: ab 9 Uhr am Marienplatz eine "
     "Bäckerei und eine Buchhandlung.", "Marienplatz", "09:00", "Sendlinger Tor", "14:00"),
    ("stockholm", "Jag har tandläkartid kl 14 vid Mariatorget, innan dess är jag ledig: från 9 vid Slussen, ett bageri "
     "och en bokhandel.", "Slussen", "09:00", "Mariatorget", "14:00"),
    ("munich", "I pick up my son from the Kindergarten at Odeonsplatz at 3:30. Before that, from 12 at Marienplatz: "
     "lunch and a pharmacy.", "Marienplatz", "12:00", "Odeonsplatz", "15:30"),
])
def test_an_appointment_and_a_child_to_fetch(city, text, start, time, end, deadline):
    req = planner_request(text, city)
    assert (req.start_place, req.start_time, _end(req), req.deadline) == (start, time, end, deadline)


@pytest.mark.parametrize("city, text, start, time, end, deadline", [
    ("stockholm", "The workshop at Hotel Rival wraps at 15:30 and the team dinner is at Wollmar at 19:00. Two "
     "galleries in between.", "Rival", "15:30", "Wollmar", "19:00"),
    ("andorra", "Surto de la reunió al Consell General a les 12 i l'autobús cap a Barcelona surt de l'Estació Nacional "
     "d'Autobusos a les 17:30; hi he de ser un quart d'hora abans per facturar. Abans vull dinar.", "Consell General",
     "12:00", "Estació Nacional d'Autobusos", "17:15"),
])
def test_a_meeting_that_wraps_a_dinner_that_is_somewhere_and_time_to_spare_before_a_bus(city, text, start, time, end,
                                                                                          deadline):
    req = planner_request(text, city)
    assert (req.start_place, req.start_time, _end(req), req.deadline) == (start, time, end, deadline)
    assert "natural=cape" not in [t.tag for t in req.tasks]  # "cap a Barcelona" is the way the bus goes


@pytest.mark.parametrize("city, text, start, time, end, deadline", [
    ("harrisburg", "Wir checken um 11 Uhr aus dem Hampton Inn aus, und der Shuttle holt uns um 15 Uhr am Hotel ab. "
     "Vorher ein Einkauf und Mittagessen.", "Hampton Inn", "11:00", None, "15:00"),
    ("new_york", "My rehearsal ends at noon at the Church of the Village, and I'm due back at the church at 6. In "
     "between: lunch and the pharmacy.", "Church of the Village", "12:00", None, "18:00"),
    ("harrisburg", "Grandpa's birthday lunch is at noon at the Colonial Park Diner. I'm leaving the DoubleTree at "
     "8:30. Need a coffee and the bank.", "DoubleTree", "08:30", "Colonial Park Diner", "12:00"),
    ("baltimore", "The conference at the Marriott wraps at 4pm and our dinner reservation is in Little Italy at 7:30. "
     "In between a museum and a drink.", "Marriott", "16:00", "Little Italy", "19:30"),
])
def test_a_check_out_a_rehearsal_a_birthday_lunch_and_a_reservation(city, text, start, time, end, deadline):
    req = planner_request(text, city)
    assert (req.start_place, req.start_time, _end(req), req.deadline) == (start, time, end, deadline)
    if end is not None:  # the birthday lunch and the dinner booked are where the outing ends, no visit to plan
        assert "restaurant" not in [t.category for t in req.tasks]
