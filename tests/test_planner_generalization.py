"""The offline parser on phrasings outside its first rules: places written with their kind or
in lower case, end places, halves of the day, counted visits, meals with their place, and the
notes that name whatever the parser could not map."""

from __future__ import annotations

import datetime as dt

import pytest

from nco.planner.offline.text import capitalised_phrase, drop_corrections
from nco.planner.parse import parse_offline

TODAY = dt.date(2025, 6, 12)


def _parse(text: str):
    return parse_offline(text, today=TODAY)


def _kinds(res) -> list[str]:
    return [t.tag or t.category for t in res.request.tasks]


def _order(res) -> set[tuple[int, int]]:
    return {(d.before, d.after) for d in res.request.dependencies}


# ------------------------------------------------------------------ places
@pytest.mark.parametrize("text, start", [
    ("Start at Tampere railway station at 10am. A museum, then lunch.", "Tampere railway station"),
    ("Starting at St Paul's church at 11. A museum, then lunch.", "St Paul's church"),
    ("From Town Hall station at 1pm: a bookshop and a bakery.", "Town Hall station"),
    ("Start at the Bolhão market at 10:45. A cheese shop, then lunch.", "Bolhão market"),
    ("From the national bus station at 9: a pharmacy and a bakery.", "the national bus station"),
    ("Je commence à la gare centrale à 9h. Une boulangerie, puis un musée.", "gare centrale"),
    ("Je pars de la place d'Armes à 9h. Un musée, puis un déjeuner.", "place d'Armes"),
    ("Depuis le port Hercule à 14h30 : une librairie et un musée.", "port Hercule"),
    ("Saio do Parque das Nações Indígenas às 8h. Uma padaria e depois um museu.", "Parque das Nações Indígenas"),
    ("Da estação de São Bento às 12h: almoço, depois uma pastelaria.", "estação de São Bento"),
    ("Partida da Cordoaria às 10h: uma farmácia e um supermercado.", "Cordoaria"),
    ("Je suis place du Casino à 19h. Un bar, puis dîner.", "place du Casino"),
    ("Ab Stadtparkett... nein, ab Sternplatz um 11 Uhr. Ein Buchladen und ein Café.", "Sternplatz"),
])
def test_start_places_keep_their_kind_and_lower_case_nouns(text, start):
    res = _parse(text)
    assert res.request.start_place == start
    assert "park" not in _kinds(res) and "market" not in _kinds(res) and "church" not in _kinds(res)


def test_a_capitalised_generic_place_is_read_as_a_name():
    assert capitalised_phrase("Town Hall station at 1pm", 0) == "Town Hall station"
    assert capitalised_phrase("the main station at 9", 0) == "the main station"


def test_corrections_keep_the_corrected_phrase_only():
    assert drop_corrections("From Odeonsplatz, no, from Marienplatz at 10.") == "from Marienplatz at 10."
    assert drop_corrections("A museum, no lunch.") == "A museum, no lunch."


@pytest.mark.parametrize("text, end", [
    ("Start at Odeonsplatz at 9am. Two museums, then lunch around 1. Done at Marienplatz by 4pm.", "Marienplatz"),
    ("Treffpunkt Isartor um 18 Uhr. Ein Biergarten. Mein Zug fährt um 23 Uhr vom Hauptbahnhof.", "Hauptbahnhof"),
    ("From the Inner Harbor at 11am, as many museums as possible until 5pm, then the water taxi from Fells Point.",
     "Fells Point"),
    ("Départ de la place du Poble à 10h. Une boulangerie. Mon bus part de la gare routière à 14h.", "gare routière"),
])
def test_end_places(text, end):
    assert _parse(text).request.end_place == end


def test_back_at_the_station_is_the_start():
    res = _parse("Start at Krems station at 10am. A museum, then lunch. Back at the station by 4pm.")
    assert res.request.end_place == res.request.start_place == "Krems station"
    assert res.request.deadline == "16:00"


# ------------------------------------------------------------------ times
def test_an_hour_without_am_pm_before_the_start_is_in_the_evening():
    res = _parse("Estoy en la plaza Rebés a las cuatro. Antes de cenar a las nueve quiero tomar algo en un bar. "
                 "Tengo hasta las once.")
    req = res.request
    assert (req.start_time, req.deadline) == ("16:00", "23:00")
    dinner = next(t for t in req.tasks if t.category == "restaurant")
    assert dinner.earliest <= "21:00" <= dinner.latest


def test_an_hour_with_am_pm_is_not_moved():
    with pytest.raises(Exception, match="contradictory times"):
        _parse("From Marienplatz at 3pm I want a cafe and a bookshop, and I have to be back by 2pm.")


def test_an_hour_and_a_colon_is_read_once():
    res = _parse("Da estação de São Bento às 12h: almoço, depois uma pastelaria.")
    assert res.request.start_time == "12:00"


# ------------------------------------------------------------------ order
def test_every_copy_of_a_counted_visit_keeps_the_order():
    res = _parse("I'm at Trindade at 8pm. Dinner, then two bars. Back by midnight.")
    assert _kinds(res) == ["restaurant", "bar", "bar"]
    assert _order(res) == {(0, 1), (0, 2)}


def test_a_visit_at_the_end_comes_last():
    res = _parse("I'm at the Market Square at 8:30. As many cafes as possible until noon, and a bakery at the end.")
    assert _kinds(res) == ["cafe", "bakery"] and _order(res) == {(0, 1)}


# ------------------------------------------------------------------ kinds of place
@pytest.mark.parametrize("text, kinds", [
    ("Starting at Central Station at 7am. A bakery, then a gym.", ["bakery", "leisure=fitness_centre"]),
    ("From Kamppi at 5pm: a climbing gym for two hours, then dinner.", ["leisure=sports_centre", "restaurant"]),
    ("Salgo de la plaza del Pueblo a las diez. Una iglesia y luego una tienda de deportes.", ["church", "shop=sports"]),
    ("Från Slussen klockan 14: en glassbar och en leksaksaffär.", ["ice_cream", "shop=toys"]),
    ("Depuis le port Hercule à 14h30 : un glacier et une librairie.", ["ice_cream", "bookshop"]),
    ("From Plaça Rebés at 2pm I'd like to buy perfume and a watch, then have a coffee.",
     ["shop=perfumery", "shop=watches", "cafe"]),
    ("From Monte Carlo Casino at 3pm: a jeweller and a perfumery, then tea.", ["shop", "shop=perfumery", "cafe"]),
    ("From Järntorget at 1pm: a sauna, then coffee and a cinnamon bun.", ["leisure=sauna", "cafe"]),
    ("From Slussen at 2pm: a tea shop and a souvenir shop.", ["shop=tea", "shop"]),
    ("Ich starte am Hauptbahnhof um 10 Uhr. Ein Museum, dann ein Spaziergang am See.", ["museum", "park"]),
])
def test_kinds_of_place_in_many_phrasings(text, kinds):
    assert _kinds(_parse(text)) == kinds


def test_a_meal_with_its_place_is_one_visit():
    res = _parse("From Viktualienmarkt at 10:15, a butcher and a cheese shop, then a beer garden for lunch. "
                 "Back by 2pm.")
    assert _kinds(res) == ["shop=butcher", "shop=cheese", "bar"]
    garden = res.request.tasks[2]
    assert garden.earliest and "11:00" <= garden.earliest <= "12:00"  # lunch's window
    assert _kinds(_parse("From Marienplatz at 6pm: dinner at a pub. Back by 10pm.")) == ["bar"]


def test_a_box_office_is_a_short_errand_at_its_venue():
    res = _parse("Start at Circular Quay at 9am. Coffee, the Opera House box office, then the Botanic Garden.")
    assert _kinds(res) == ["cafe", "theatre", "park"]
    assert res.request.tasks[1].duration_min == 15


def test_a_walk_is_a_park_unless_its_place_is_named():
    assert _kinds(_parse("From Marienplatz at 2pm: a coffee, then a walk. Back by 5pm.")) == ["cafe", "park"]
    res = _parse("Starting at Casino Square at 7pm: dinner at 8pm, and a walk along the harbour before dinner.")
    assert "park" not in _kinds(res) and len(res.request.tasks) == 2


# ------------------------------------------------------------------ notes: nothing dropped silently
@pytest.mark.parametrize("text, phrase", [
    ("Starting at Gare du Nord at 9am. Croissants at a bakery, then the Louvre, then lunch.", "the Louvre"),
    ("Start at Union Square at 9am: a bagel breakfast, a bookstore, then the High Line.", "the High Line"),
    ("Start at Circular Quay at 9am. Coffee, then a zorbing arena. Back by noon.", "a zorbing arena"),
])
def test_every_unmapped_phrase_is_in_the_notes(text, phrase):
    res = _parse(text)
    assert any(phrase in n for n in res.notes), res.notes


@pytest.mark.parametrize("text", [
    "Start at Marienplatz at 10am. A museum, then lunch. Home by 4pm.",
    "Free until 5. Leaving from Marienplatz at noon: a cafe and a bookshop.",
    "From Trindade at 8pm: dinner, and a cinnamon bun at a cafe. I have until 11.",
])
def test_read_phrases_are_not_reported_as_unread(text):
    res = _parse(text)
    assert not [n for n in res.notes if "not understood" in n or "not read" in n], res.notes


# ------------------------------------------------------------------ names resolved on the map
def test_a_place_named_without_its_kind_is_reported_with_its_position():
    res = _parse("From Marienplatz at 1pm: a coffee, then the Residenz, then a walk in the Hofgarten. Done by 5.")
    assert [(name, at) for name, at, _ in res.named] == [("Residenz", 1)]
    assert res.named[0][2] in res.notes


def test_the_map_turns_a_named_place_into_a_visit_in_its_place_in_the_order():
    from nco.planner.plan import plan_trip

    plan = plan_trip("From Odeonsplatz at 1pm: a coffee, then the Residenz, then a walk in the Hofgarten. "
                     "Done by 5.", city="munich", today=TODAY)
    assert [(t.category, t.name) for t in plan.request.tasks][:2] == [("cafe", None), ("sight", "Residenz")]
    deps = {(d.before, d.after) for d in plan.request.dependencies}
    assert (0, 1) in deps and (1, 2) in deps
    assert [s.name for s in plan.itinerary][1] == "Residenz" and plan.check.feasible
    assert any("read as a visit to Residenz" in n for n in plan.notes)
    assert not any("not understood" in n for n in plan.notes)


def test_a_name_the_map_does_not_know_stays_in_the_notes():
    from nco.planner.plan import plan_trip

    plan = plan_trip("From Marienplatz at 10am: a bakery, then the Louvre, then lunch. Back by 2pm.",
                     city="munich", today=TODAY)
    assert [t.category for t in plan.request.tasks] == ["bakery", "restaurant"]
    assert any("the Louvre" in n and "not planned" in n for n in plan.notes)
