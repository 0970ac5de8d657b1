"""A day told in the order it is lived: a visit said with its clock time comes after the visits told in order
before it; "finally" before a visit puts it after all the others; the part of the day said after a visit is its
own; a length said last of a visit is that visit's when the times already say how long the trip is; a place's
opening or closing time is no time of the trip; a saint shortened ("St. Leo's") is the place the map writes in
full.  The sentences are written for these tests; none is taken from a prompt set."""

from __future__ import annotations

import pytest
from conftest import planner_benchmark, planner_request

from nco.planner.plan import load_planner_city


def _order(text: str, city: str | None = None) -> set[tuple[int, int]]:
    """Every ``(before, after)`` pair the parsed request orders, directly or through others."""
    return planner_benchmark()._closure((d.before, d.after) for d in planner_request(text, city).dependencies)


@pytest.mark.parametrize("text", [
    "Start at the Rathaus at 10. First a bakery, then a bookshop, and at 1pm lunch. Back by 4.",
    "Ab 10 Uhr am Rathaus: zuerst in die Apotheke, danach ins Museum, um 14 Uhr Mittagessen. Zurück um 17 Uhr.",
    "Départ de la gare à 9h. D'abord un café, puis un musée ; à 13h déjeuner. Retour à 16h.",
    "Salgo de la estación a las 10. Primero una farmacia, luego un museo y a las 14 comer. Vuelvo a las 18.",
])
def test_a_visit_at_a_clock_time_comes_after_the_visits_told_in_order_before_it(text):
    assert _order(text) >= {(0, 1), (0, 2), (1, 2)}


@pytest.mark.parametrize("text", [
    "Start at the Rathaus at 10. A playground, a toy shop and lunch at 1pm. Back by 4.",
    "Ab 10 Uhr am Rathaus. Eine Apotheke, ein Museum und um 13 Uhr Mittagessen. Zurück um 17 Uhr.",
])
def test_a_list_of_wishes_with_a_timed_meal_stays_in_no_order(text):
    assert (0, 2) not in _order(text) and (1, 2) not in _order(text)


@pytest.mark.parametrize("text", [
    "Start at the Rathaus at 10: lunch at a diner, a new charger in a phone shop and finally a petrol station. "
    "Back by 2.",
    "Start at the station at 12. A bank, new shoes in a shoe shop and finally the museum. Back by 5.",
])
def test_finally_before_a_visit_puts_it_after_all_the_others(text):
    assert _order(text) >= {(0, 2), (1, 2)}


def test_a_part_of_the_day_said_after_a_visit_is_its_own():
    req = planner_request("We leave the station at 9:30. A playground for an hour, then a picnic in a park at 12, "
                          "and a museum in the afternoon. Back by 5.")
    assert [t.category for t in req.tasks] == ["playground", "park", "museum"]
    assert (1, 2) in _order("We leave the station at 9:30. A playground for an hour, then a picnic in a park at 12, "
                            "and a museum in the afternoon. Back by 5.")


@pytest.mark.parametrize("text, length", [
    ("Je pars de la gare à 10h. Un marché vers 11h, puis le musée, 45 minutes. Je dois être à la gare à 15h.", 45),
    ("Sortim de l'estació a les 9, un mirador i a les 13 h dinar en algun restaurant, una hora. Tornem a les 17 h.",
     60),
])
def test_a_length_said_last_is_the_visits_when_the_times_say_how_long_the_trip_is(text, length):
    req = planner_request(text)
    assert req.time_limit_min is None
    assert req.tasks[-1].duration_min == length


def test_a_length_said_last_is_still_the_time_one_has_when_nothing_else_says_it():
    req = planner_request("Start at the station at 10. A cafe, then a bookshop, 2 hours.")
    assert req.time_limit_min == 120


def test_hours_starting_at_a_time_are_the_time_one_has():
    req = planner_request("This afternoon, 2 hours starting at 3 from the station: a park and a coffee.")
    assert (req.start_time, req.time_limit_min, req.deadline) == ("15:00", 120, None)


@pytest.mark.parametrize("text, start, deadline", [
    ("From the station, 90 minutes: a playground first, then coffee at a cafe before they shut at 11:30.",
     None, None),
    ("I'm free from 17:00 to 21:00. Start at the station. A gallery before it closes at 18:00, then dinner about "
     "7:30.", "17:00", "21:00"),
    ("Depuis la gare, j'ai une heure et demie : une pharmacie et une boulangerie. Le marché ferme à 13h, j'aimerais "
     "y passer aussi.", None, None),
    ("Saímos da estação às 9: o museu, que abre às 10, e depois almoço. Voltamos às 14h.", "09:00", "14:00"),
])
def test_a_places_opening_or_closing_time_is_no_time_of_the_trip(text, start, deadline):
    req = planner_request(text)
    assert (req.start_time, req.deadline) == (start, deadline)


def test_dancing_until_they_close_is_the_end():
    req = planner_request("Start at the square at 7pm: dinner, then a bar until they close at 11pm.")
    assert req.deadline == "23:00"


@pytest.mark.parametrize("text", [
    "Vyrážíme v 11 od nádraží. Nejdřív na oběd, pak do muzea a večer na pivo. Do 18:00 zpátky.",
    "Sortim a les 9 de l'estació. Volem veure un museu, després una llibreria i a la tarda un parc. Tornem a les 19h.",
])
def test_a_visit_in_a_part_of_the_day_comes_after_the_visits_told_in_order_before_it(text):
    assert _order(text) >= {(0, 1), (0, 2), (1, 2)}


@pytest.mark.parametrize("text", [
    "Surto a les 9 de l'estació. He d'anar a la farmàcia, a la llibreria i al supermercat, això al final perquè "
    "compraré congelats. A les 12 a casa.",
    "Salgo a las 17 de la estación. Quiero ir a una farmacia, a una librería y lo último el supermercado, para no "
    "cargar bolsas. Tengo hasta las 20:00.",
])
def test_this_at_the_end_or_the_last_thing_puts_a_visit_after_the_others(text):
    assert _order(text) >= {(0, 2), (1, 2)}


@pytest.mark.parametrize("said", ["St. Leo's", "St Leo", "St. Leo's Church"])
def test_a_saint_shortened_is_the_place_the_map_writes_in_full(said):
    baltimore = load_planner_city("baltimore")
    assert baltimore.locate(said).place.name == "Saint Leo Roman Catholic Church"


def test_a_candle_lit_at_a_saints_church_is_a_visit_to_it():
    req = planner_request("I start at the Inner Harbor at 9:30. I want to light a candle at St. Leo's in Little Italy "
                          "and have lunch. Back by 2.", "baltimore")
    assert [t.category for t in req.tasks] == ["church", "restaurant"]


@pytest.mark.parametrize("city, text, end", [
    ("porto", "Saímos de São Bento às 10h. Um museu, depois almoço. Às 17h deixo-a em casa da prima, na Praça da "
     "Batalha.", "Praça da Batalha"),
    ("sydney", "I get to Sydenham at 12:15. My mate gets home at 5, he lives right by Tillman Park. In between a bank "
     "and lunch.", "Tillman Park"),
    ("sydney", "Knocking off at Marrickville Metro at 4. Gig at the Red Rattler, doors 7:30. Before that a brewery and "
     "dinner.", "Red Rattler"),
])
def test_the_end_is_the_place_said_in_the_clause_beside_the_deadline(city, text, end):
    assert planner_request(text, city).end_place == end


@pytest.mark.parametrize("city, text", [
    ("munich", "Heading out from the Frauenkirche at nine, breakfast first, then up St. Peter for the view, done by "
     "1pm."),
    ("helsinki", "Olen Helsingissä vain iltapäivän, kello 13–17. Lähden Kiasmalta. Haluan kahvilaan ja museoon."),
])
def test_a_visit_or_the_city_beside_the_deadline_is_no_end(city, text):
    assert planner_request(text, city).end_place is None


def test_a_rest_in_a_square_laid_out_as_a_park_is_a_visit_to_the_park():
    req = planner_request("We start at Village Square at 10:15. First St. Veronica's, then a rest in Abingdon "
                          "Square, and lunch. Back by 1.", "new_york")
    assert [(t.category, t.name) for t in req.tasks][1] == ("park", "Abingdon Square")
    assert planner_request("Start at Jackson Square at 10: a bagel and a bookshop. Back by 12.",
                           "new_york").start_place == "Jackson Square"


@pytest.mark.parametrize("text", [
    "Lunch and a bookshop, from 11. Back at Kiasma by 2.",
    "I'm free from 11 to 2, then I need to be back at Kiasma. Lunch and a bookshop.",
])
def test_the_place_one_goes_back_to_is_the_start_when_no_other_is_said(text):
    req = planner_request(text, "helsinki")
    assert (req.start_place, req.end_place) == ("Kiasma", None)


def test_a_visits_time_beside_the_time_one_has_is_no_deadline():
    req = planner_request("We have three hours from 2pm, starting at the station. First a beer in a pub, then a walk "
                          "in a park, and finally an ice cream – ideally around 4:30.")
    assert (req.start_time, req.time_limit_min, req.deadline) == ("14:00", 180, None)
    req = planner_request("We have three hours from 2pm, starting at the station: a pub and a park. We must be back "
                          "at the station by 4:30.")
    assert req.deadline == "16:30"
