"""The end said first, the start after: a clock time with nothing of the trip's own said with it, followed by a
sentence that opens with "before that" or "until then" and says a clock time ("Je récupère ma fille à 16h30.
D'ici là, départ 13h30"), is the deadline; so is the time a child is picked up when the start is said later
("School pickup's at 3:10. Got from midday"), and where the child is picked up is no start ("die Lena vom
Kindergarten holen").  Home is said as "chez moi" too; one arrives by train at a station ("chego de trem na
estação"); "leaving home about half nine" is the start.  The sentences are written for these tests; none is taken
from a prompt set."""

from __future__ import annotations

import pytest

from conftest import planner_kinds, planner_request
from nco.planner.offline.times import picks_someone_up


@pytest.mark.parametrize("text, city, start, deadline", [
    ("Je récupère mon fils au collège à 17h. D'ici là, départ 14h de la place d'Armes : la poste et une "
     "boulangerie.", "monaco", "14:00", "17:00"),
    ("Às seis vou buscar o miúdo à escola. Antes disso, a partir das três, saio da Trindade: farmácia e "
     "supermercado.", "porto", "15:00", "18:00"),
    ("Mañana a las cinco recogemos a los niños. Hasta entonces, desde la plaza Guillemó a las 14h: una "
     "pastelería y un banco.", "andorra", "14:00", "17:00"),
    ("School pickup is at 3:15. I'm free from noon, starting on Sydenham Road: lunch and the groceries.",
     "sydney", "12:00", "15:15"),
])
def test_the_end_said_first(text, city, start, deadline):
    req = planner_request(text, city)
    assert (req.start_time, req.deadline) == (start, deadline)


def test_before_that_a_visit_is_no_deadline():
    text = "Start at Marienplatz at 5pm. Dinner at 8 at Augustiner. Before that a walk in the Hofgarten."
    assert planner_request(text, "munich").deadline is None
    assert planner_kinds(text, "munich") == ["restaurant", "park"]


def test_where_a_child_is_picked_up_is_no_start():
    text = ("Muss um fünf den Max vom Kindergarten holen. Bis dahin, ab zwei vom Bahnhof weg: eine Apotheke und "
            "die Post.")
    req = planner_request(text, "krems")
    assert (req.start_place, req.start_time, req.deadline) == ("Bahnhof", "14:00", "17:00")
    assert planner_kinds(text, "krems") == ["pharmacy", "amenity=post_office"]


def test_chez_moi_is_home_not_a_place():
    text = "Samedi matin je pars de chez moi à 9h : la pharmacie, puis le supermarché. Retour pour 11h."
    req = planner_request(text, "monaco")
    assert req.start_place is None and req.start_time == "09:00"


def test_arriving_by_train_at_a_station_starts_there():
    text = "Chego de trem na estação de São Bento às 10h. Quero ver a Livraria Lello. Volto às 13h."
    req = planner_request(text, "porto")
    assert (req.start_place, req.start_time) == ("São Bento", "10:00")


def test_leaving_home_about_a_time_is_the_start():
    req = planner_request("Leaving home about half nine Thursday. Bank first, then the bakery. Meeting Bob at "
                          "Double Roasters at 11.", "sydney")
    assert (req.start_time, req.deadline) == ("09:30", "11:00")


@pytest.mark.parametrize("text, city", [
    ("Mieszkam w Highspire. Jutro o 13 wychodzę z domu, najpierw fryzjer, potem poczta. Do 16 muszę wrócić.",
     "harrisburg"),
    ("Moro em Fells Point. Amanhã às 10h saio de casa, compro ração na pet shop e tomo um café. Volto às 12h30.",
     "baltimore"),
])
def test_leaving_home_starts_at_home_not_where_one_lives(text, city):
    assert planner_request(text, city).start_place is None


def test_home_next_to_a_place_starts_there():
    text = ("Demà surto de casa, al costat del Parc Central, a les 9: el banc i una farmàcia. A les 11 he de ser a "
            "la feina.")
    assert planner_request(text, "andorra").start_place == "Parc Central"


@pytest.mark.parametrize("text, city, start, place", [
    ("Je voudrais voir l'Atelier Brancusi. Je prends le métro jusqu'à Rambuteau, j'y serai vers 11h. Je voudrais "
     "être rentré pour 15h.", "paris", "11:00", "Rambuteau"),
    ("Quiero ver el Atelier Brancusi. Tomo el metro hasta Rambuteau, estaré allí a las 11. Vuelvo a las 15.",
     "paris", "11:00", "Rambuteau"),
])
def test_taking_the_metro_as_far_as_a_place_starts_there(text, city, start, place):
    req = planner_request(text, city)
    assert (req.start_place, req.start_time) == (place, start)


def test_a_note_opening_with_the_day_noon_and_a_place_starts_there():
    req = planner_request("Saturday, noon, Narinkkatori. To do: the post office, a phone case, lunch. Got till 5.",
                          "helsinki")
    assert (req.start_place, req.start_time) == ("Narinkkatori", "12:00")


@pytest.mark.parametrize("low, picks", [
    ("at 16:30 i pick up my daughter from school.", True),
    ("at 17:00 i pick up the car and fill the tank.", False),
    ("at 17:00 i pick up a prescription.", False),
])
def test_picking_someone_up_needs_a_child_a_partner_or_a_school(low, picks):
    assert picks_someone_up(low, low.index("at")) is picks
