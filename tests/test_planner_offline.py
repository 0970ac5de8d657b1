"""The offline parser's stages: languages, places, times, tasks (open vocabulary), order; the tag schema."""

import datetime as dt
import json

import pytest

from nco import resources
from nco.errors import InputError
from nco.planner import tagschema
from nco.planner.msgs import clip
from nco.planner.offline import lang, parse_offline
from nco.planner.offline.places import read_places
from nco.planner.offline.text import Prompt, capitalised_phrase
from nco.planner.offline.times import Times, read_times
from nco.planner.plan import expand_maximize
from nco.planner.request import validate_request

TODAY = dt.date(2025, 6, 12)


def parse(text):
    return parse_offline(text, today=TODAY)


def kinds(req):
    return [t.tag or t.category for t in req.tasks]


# ------------------------------------------------------------------ tag schema
def test_shipped_schema_is_small_and_credited():
    path = resources.data("tagschema.json")
    assert path.stat().st_size < 2_000_000
    data = json.loads(path.read_text(encoding="utf-8"))
    assert "ISC" in data["licence"] and "id-tagging-schema" in data["source"]
    assert {"en", "de", "fr", "es", "pt", "fi", "sv"} <= set(data["langs"])


@pytest.mark.parametrize("phrase, langs, tag", [
    ("sauna", ("en",), "leisure=sauna"), ("hardware store", ("en",), "shop=hardware"),
    ("fuel station", ("en",), "amenity=fuel"), ("chocolate shop", ("en",), "shop=chocolate"),
    ("toy shop", ("en",), "shop=toys"), ("souvenir shop", ("en",), "shop=gift"),
    ("ferry terminal", ("en",), "amenity=ferry_terminal"), ("Tankstelle", ("de", "en"), "amenity=fuel"),
    ("Spielwarengeschäft", ("de", "en"), "shop=toys"), ("ferretería", ("en", "es"), "shop=hardware"),
    ("bastu", ("en", "sv"), "leisure=sauna"), ("bank station", ("en",), None), ("Nothing too far", ("en",), None),
])
def test_phrases_map_to_tags(phrase, langs, tag):
    assert tagschema.lookup(phrase, langs) == tag


def test_visit_length_per_kind():
    assert tagschema.visit_minutes("amenity=fuel") == 10
    assert tagschema.visit_minutes("shop=toys") == tagschema.KEY_MINUTES["shop"]
    assert tagschema.visit_minutes("foo=bar") == tagschema.DEFAULT_MINUTES


# ------------------------------------------------------------------ languages
@pytest.mark.parametrize("text, code", [
    ("Ich starte um 10 Uhr am Marienplatz. Zuerst ein Museum, dann Mittagessen.", "de"),
    ("Je commence à Marienplatz à 10h. Un musée, puis un déjeuner.", "fr"),
    ("Empiezo en Karlsplatz a las 11. Quiero ver una iglesia, luego comer.", "es"),
    ("Começo na Ribeira às 10h. Primeiro um museu, depois almoço.", "pt"),
    ("From Marienplatz at 10am a museum, then lunch.", "en"),
])
def test_language_detection(text, code):
    assert lang.detect(text) == code


def test_unknown_language_is_refused():
    with pytest.raises(InputError, match="does not look like English"):
        lang.detect("Holnap tíz órakor a múzeumba megyünk, aztán ebédelni a családdal")


def test_german_french_spanish_portuguese_prompts():
    r = parse("Ab Odeonsplatz um 14 Uhr: eine Sauna und danach ein Biergarten. Ich habe 4 Stunden.").request
    assert (r.start_place, r.start_time, r.time_limit_min) == ("Odeonsplatz", "14:00", 240)
    assert kinds(r) == ["leisure=sauna", "bar"] and [(d.before, d.after) for d in r.dependencies] == [(0, 1)]
    r = parse("Départ de la gare de Monaco à 9h30. Une boulangerie, puis une pharmacie. J'ai deux heures.").request
    assert (r.start_place, r.start_time, r.time_limit_min) == ("gare de Monaco", "09:30", 120)
    assert kinds(r) == ["bakery", "pharmacy"]
    r = parse("Empiezo en el Liceu a las 18h. Una librería, luego cenar y luego un bar. Hasta medianoche.").request
    assert (r.start_place, r.start_time, r.deadline) == ("Liceu", "18:00", "23:59")
    assert kinds(r) == ["bookshop", "restaurant", "bar"]
    r = parse("Saio da Praça da Liberdade às 14h. Quero uma livraria e uma farmácia. Tenho 3 horas.").request
    assert (r.start_place, r.start_time, r.time_limit_min) == ("Praça da Liberdade", "14:00", 180)


# ------------------------------------------------------------------ places
def test_station_named_like_a_kind_stays_a_place():
    r = parse("Start at Bank station at 10am, then a museum and a sauna.").request
    assert r.start_place == "Bank station" and kinds(r) == ["museum", "leisure=sauna"]
    assert capitalised_phrase("at Dom Luis I bridge at 4", 3) == "Dom Luis I bridge"


def test_end_place_other_than_the_start():
    p = Prompt("Starting at Viktualienmarkt at 9am. Coffee. My ferry leaves from the Market Square at 2pm.")
    assert read_places(p) == ("Viktualienmarkt", "the Market Square")
    r = parse("From Aliados at 1pm a souvenir shop, then coffee. My ferry leaves from Ribeira at 5pm.").request
    assert (r.start_place, r.end_place, r.deadline) == ("Aliados", "Ribeira", "17:00")


# ------------------------------------------------------------------ times
def test_an_event_time_is_neither_start_nor_deadline():
    p = Prompt("We start at Marienplatz at 3pm. A beer garden before dinner at 7pm. Home by 10pm.")
    t = Times()
    read_times(p, t)
    assert (t.start, t.deadline) == (15 * 60, 22 * 60) and p.event_times[0][1] == 19 * 60
    r = parse("A beer garden before dinner at 7pm. Start at Marienplatz at 3pm.").request
    assert r.start_time == "15:00" and r.deadline is None
    assert (r.tasks[1].earliest, r.tasks[1].latest) == ("18:45", "19:15")


def test_meal_windows():
    r = parse("Starting at Marienplatz at 11:45. Lunch around noon, then a museum. Free until 5.").request
    assert (r.start_time, r.deadline) == ("11:45", "17:00")
    assert (r.tasks[0].earliest, r.tasks[0].latest) == ("11:30", "12:30")
    r = parse("From Karlsplatz at 10am: a museum and dinner. Back by 10pm.").request
    assert (r.tasks[1].earliest, r.tasks[1].latest) == ("18:00", "21:00")
    # a meal time the trip cannot hold is not kept
    r = parse("From Karlsplatz at 9am: lunch and a museum, back by 11am.").request
    assert r.task_window(0) is None
    assert clip(((600, 1200),), (690, 750), 60) == ((690, 810),)


# ------------------------------------------------------------------ tasks and structure
def test_duplicates_counts_and_short_errands():
    r = parse("I'm at Stachus at 1pm. Lunch, then the museum, then lunch again? No, just one lunch, then a park.").request
    assert kinds(r) == ["restaurant", "museum", "park"]
    r = parse("Starting at Marienplatz at 9am: a museum, then another museum, then lunch.").request
    assert kinds(r) == ["museum", "museum", "restaurant"]
    r = parse("Pick up tickets at the theatre box office, then a museum. Start at Odeonsplatz 10am.").request
    assert kinds(r) == ["theatre", "museum"] and r.tasks[0].duration_min == 15
    r = parse("From Karlsplatz at 10:30 I'd like to see as many museums as possible before 5pm.").request
    assert kinds(r) == ["museum"] and r.tasks[0].maximize
    big, optional = expand_maximize(r)
    assert len(big.tasks) == 4 and optional == {1, 2, 3}


def test_no_phrase_is_dropped_silently():
    res = parse("From Marienplatz at 10am a museum, then a zorbing arena, then lunch.")
    assert kinds(res.request) == ["museum", "restaurant"]
    assert any("zorbing arena" in n for n in res.notes)
    res = parse("Ich starte um 10 Uhr am Marienplatz. Ein Museum, dann ein Zauberwürfelgeschäft.")
    assert any("zauberwürfelgeschäft" in n.lower() for n in res.notes)


def test_circular_order_is_an_error():
    with pytest.raises(InputError, match="circular"):
        parse("Dinner must come before the show, the show before the bar, and the bar before dinner. "
              "Start Times Square 5pm.")


def test_open_vocabulary_task_validates_and_describes():
    r = validate_request({"tasks": [{"category": "other", "tag": "leisure=sauna", "duration_min": 90}]})
    assert r.describe_task(0) == "leisure=sauna"
    with pytest.raises(InputError):
        validate_request({"tasks": [{"category": "other", "tag": "<script>", "duration_min": 90}]})


# ------------------------------------------------------------------ through the planner (Munich extract)
@pytest.fixture(scope="module")
def munich_city():
    from nco.planner.plan import load_planner_city

    return load_planner_city("munich")


def test_plan_names_unmapped_phrases_and_plans_other_kinds(munich_city):
    from nco.planner.plan import plan_trip

    plan = plan_trip("Ich starte um 10 Uhr am Marienplatz. Erst ein Spielwarengeschäft, dann eine zorbing arena, "
                     "danach Mittagessen. Bis 16 Uhr.", city="munich", today=TODAY)
    assert [t.tag or t.category for t in plan.request.tasks] == ["shop=toys", "restaurant"]
    assert any("zorbing arena" in n for n in plan.notes) and any("German" in n for n in plan.notes)
    assert plan.itinerary[0].category == "shop=toys" and plan.itinerary[0].tags.get("shop") == "toys"
    lunch = plan.itinerary[1]
    assert "11:30" <= f"{lunch.begin:%H:%M}" <= "13:30" and plan.check.feasible


def test_plan_keeps_a_visit_time_and_as_many_as_possible(munich_city):
    from nco.planner.plan import plan_trip

    plan = plan_trip("From Karlsplatz at 10am as many museums as possible, and dinner at 6pm. Back by 8pm.",
                     city="munich", today=TODAY)
    museums = [s for s in plan.itinerary if s.category == "museum"]
    dinner = [s for s in plan.itinerary if s.category == "restaurant"]
    assert len(museums) >= 2 and not plan.blocked
    assert dinner and "17:45" <= f"{dinner[0].begin:%H:%M}" <= "18:15" and plan.check.feasible
