"""Trip planner on the bundled Munich extract: schema, parser, POIs, MSGS, checker, plan, CLI."""

from __future__ import annotations

import copy
import datetime as dt
import json

import pytest

from nco.errors import InputError
from nco.planner import check_itinerary, llm_schema, load_city, parse_offline, plan_request, plan_trip
from nco.planner import msgs as M
from nco.planner.plan import prepare
from nco.planner.pois import fits_open, open_intervals, quality
from nco.planner.request import TripRequest, validate_request

TODAY = dt.date(2025, 6, 12)  # a Thursday
PROMPT = ("Tomorrow I start at Marienplatz at 10am. I want to see a museum for about two hours, then have lunch at "
          "an Italian place, and walk in a park after lunch. I must be back at Marienplatz by 4pm. "
          "Keep the walking short.")


@pytest.fixture(scope="module")
def munich():
    return load_city("munich")


@pytest.fixture(scope="module")
def plan(munich):
    return plan_trip(PROMPT, city="munich", today=TODAY)


# ------------------------------------------------------------------ schema
def test_llm_schema_is_strict():
    schema = llm_schema()

    def objects(node):
        if isinstance(node, dict):
            if node.get("type") == "object" and "properties" in node:
                yield node
            for v in node.values():
                yield from objects(v)
        elif isinstance(node, list):
            for v in node:
                yield from objects(v)

    objs = list(objects(schema))
    assert len(objs) >= 4  # request, task, dependency, preferences
    for o in objs:
        assert o["additionalProperties"] is False
        assert sorted(o["required"]) == sorted(o["properties"])
    assert "default" not in json.dumps(schema)
    cats = schema["$defs"]["Task"]["properties"]["category"]["enum"]
    assert "museum" in cats and "restaurant" in cats


def test_request_rejects_bad_dependencies_and_times():
    with pytest.raises(InputError, match="dependency"):
        validate_request({"tasks": [{"category": "museum", "duration_min": 60}],
                          "dependencies": [{"before": 0, "after": 3}]})
    with pytest.raises(InputError, match="circular"):
        validate_request({"tasks": [{"category": "museum", "duration_min": 60}, {"category": "cafe", "duration_min": 30}],
                          "dependencies": [{"before": 0, "after": 1}, {"before": 1, "after": 0}]})
    with pytest.raises(InputError, match="start_time"):
        validate_request({"tasks": [{"category": "museum", "duration_min": 60}], "start_time": "25:00"})
    with pytest.raises(InputError, match="category"):
        validate_request({"tasks": [{"category": "spaceport", "duration_min": 60}]})
    r = TripRequest.model_validate({"tasks": [{"category": "museum", "duration_min": 60}],
                                    "start_time": "10:00", "deadline": "16:00", "time_limit_min": 120})
    assert r.end_minutes() == 12 * 60  # the earlier of deadline and start + limit


# ------------------------------------------------------------------ parser
def test_offline_parser_reads_the_issue_prompt():
    r = parse_offline(PROMPT, today=TODAY).request
    assert [t.category for t in r.tasks] == ["museum", "restaurant", "park"]
    assert r.tasks[0].duration_min == 120
    assert r.tasks[1].cuisine == "italian"
    assert r.start_place == "Marienplatz" and r.end_place == "Marienplatz"
    assert (r.date, r.start_time, r.deadline) == ("2025-06-13", "10:00", "16:00")
    assert {(d.before, d.after) for d in r.dependencies} == {(0, 1), (1, 2)}
    q, d, c = r.preferences.normalised()
    assert d > q and d > c  # "keep the walking short"


@pytest.mark.parametrize("prompt, cats, deps", [
    ("From Karlsplatz at 9, coffee, then a museum, then a beer garden. Back by 6pm.",
     ["cafe", "museum", "bar"], {(0, 1), (1, 2)}),
    ("After lunch I want to see a museum. Start at Odeonsplatz at noon.", ["restaurant", "museum"], {(0, 1)}),
    ("Starting at Isartor at 10am: a church, a bookshop and an ice cream.", ["church", "bookshop", "ice_cream"], set()),
    ("In that order: a park, a cafe.", ["park", "cafe"], {(0, 1)}),
    ("From Isartor at 10am, two museums with lunch in between.", ["museum", "museum", "restaurant"], {(0, 2), (2, 1)}),
    ("From Karlsplatz at 6pm, dinner somewhere nice and a drink after.", ["restaurant", "bar"], {(0, 1)}),
    ("From Odeonsplatz at 2pm, see the Englischer Garten and then the Frauenkirche.", ["park", "church"], {(0, 1)}),
])
def test_offline_parser_order_cues(prompt, cats, deps):
    r = parse_offline(prompt, today=TODAY).request
    assert [t.category for t in r.tasks] == cats
    assert {(d.before, d.after) for d in r.dependencies} == deps


def test_embedding_matcher_reads_unlisted_phrasing():
    r = parse_offline("From Marienplatz at 10am I'd like to enjoy some pizza slices, back by 2pm.", today=TODAY).request
    assert [t.category for t in r.tasks] == ["restaurant"]
    from nco.planner.parse import match_category

    assert match_category("admire old paintings and sculptures")[0] in ("museum", "gallery")


def test_times_durations_and_limits():
    r = parse_offline("I have two and a half hours from Marienplatz at 4pm: sushi and a bar.", today=TODAY).request
    assert (r.start_time, r.time_limit_min, r.deadline) == ("16:00", 150, None)
    assert r.tasks[0].cuisine == "sushi"
    r = parse_offline("Between 10 and 4 on Saturday from Karlsplatz: a museum and a park.", today=TODAY).request
    assert (r.start_time, r.deadline, r.date) == ("10:00", "16:00", "2025-06-14")
    r = parse_offline("By car tomorrow at 9am: a museum, then a viewpoint. Back by 6pm.", today=TODAY).request
    assert (r.start_time, r.deadline, r.mode) == ("09:00", "18:00", "drive")
    r = parse_offline("I'm staying near Aliados. Tomorrow I'll leave at 10. Museum first, then a viewpoint by 8pm.",
                      today=TODAY).request
    assert (r.start_place, r.start_time, r.deadline) == ("Aliados", "10:00", "20:00")
    r = parse_offline("Odeonsplatz 1pm. Need: ATM, bakery, bookshop. 90 min max.", today=TODAY).request
    assert (r.start_place, r.start_time, r.time_limit_min) == ("Odeonsplatz", "13:00", 90)
    assert [t.category for t in r.tasks] == ["bank", "bakery", "bookshop"]


@pytest.mark.parametrize("prompt, message", [
    ("Tell me a joke about cats", "nothing to plan"),
    ("Holnap a Marienplatzról tízkor múzeum, aztán ebéd a családdal", "English"),
    ("From Marienplatz at 5pm a museum, back by 3pm", "contradictory times"),
    ("From Marienplatz at 10pm a bar until 3am", "past midnight"),
    ("a museum " * 400, "too long"),
    ("   ", "empty prompt"),
])
def test_clear_messages(prompt, message):
    with pytest.raises(InputError, match=message):
        parse_offline(prompt, today=TODAY)


def test_unknown_city_and_place(munich):
    with pytest.raises(InputError, match="unknown city 'atlantis'.*munich"):
        plan_trip("a museum", city="atlantis", today=TODAY)
    with pytest.raises(InputError, match="not found"):
        plan_trip("Start at Eiffel Tower at 10am, a museum", city="munich", today=TODAY)


# ------------------------------------------------------------------ POIs
def test_pois_and_opening_hours(munich):
    museums = munich.pois.of_category("museum")
    assert len(museums) >= 15
    italian = munich.pois.of_category("restaurant", cuisine="italian")
    assert italian and all("italian" in munich.pois[i].cuisine for i in italian)
    name, lon, lat = munich.find_place("Marienplatz")
    assert abs(lon - 11.5755) < 0.003 and abs(lat - 48.1372) < 0.003
    iv = open_intervals("Tu-Su 10:00-17:00", dt.date(2025, 6, 16))  # a Monday
    assert iv == ()
    iv = open_intervals("Tu-Su 10:00-17:00", dt.date(2025, 6, 17))
    assert iv == ((600, 1020),)
    assert fits_open(iv, 590, 60) == 600 and fits_open(iv, 980, 60) is None
    assert quality({"wikidata": "Q1", "tourism": "attraction", "opening_hours": "24/7"}) > quality({"brand": "X"})


# ------------------------------------------------------------------ search
def test_plan_keeps_every_hard_constraint(plan):
    assert plan.feasible and plan.check.feasible, plan.explain()
    assert [s.category for s in plan.itinerary] == ["museum", "restaurant", "park"]
    assert plan.itinerary[1].tags.get("cuisine", "").find("italian") >= 0
    assert plan.itinerary[-1].depart <= dt.datetime(2025, 6, 13, 16, 0)
    assert len(plan.candidates) >= 2
    assert all(c.check.feasible for c in plan.candidates)
    # alternatives differ in at least half their POIs
    a, b = ({s.poi_id for s in c.stops} for c in plan.candidates[:2])
    assert len(a & b) <= len(a) / 2


def test_checker_finds_broken_constraints(plan, munich):
    stops = copy.deepcopy(plan.itinerary)
    stops[0].begin -= dt.timedelta(hours=5)      # before opening, and before arrival
    res = check_itinerary(plan.request, stops, munich.G, plan.start[1:], plan.end[1:], plan.day)
    assert not res.feasible and any("not open" in v for v in res.violations)
    stops = copy.deepcopy(plan.itinerary)[::-1]  # park first: breaks the task order
    res = check_itinerary(plan.request, stops, munich.G, plan.start[1:], plan.end[1:], plan.day)
    assert any("must come first" in v for v in res.violations)
    stops = copy.deepcopy(plan.itinerary)
    stops[1].depart = stops[1].begin + dt.timedelta(minutes=10)
    res = check_itinerary(plan.request, stops, munich.G, plan.start[1:], plan.end[1:], plan.day)
    assert any("needs 60" in v for v in res.violations)


def test_msgs_matches_exact_and_beats_greedy(munich):
    r = parse_offline("Starting at Odeonsplatz at 10am: a museum, a church, lunch and a cafe. Back by 6pm.",
                      today=TODAY).request
    pb = prepare(r, munich, TODAY, max_candidates=12).problem
    ms = M.msgs(pb)[0]
    ex, proven = M.exact(pb, time_limit=30)
    gr = M.greedy(pb)
    assert proven
    assert ms.score <= ex.score + 1e-12 and gr.score <= ex.score + 1e-12
    assert ms.score >= 0.99 * ex.score
    assert ms.score >= gr.score


def test_infeasible_request_gives_partial_plan_with_reasons(munich):
    p = plan_trip("From Marienplatz at 8pm: a museum and a cinema, then a beer. Back by 10pm.", city="munich",
                  today=TODAY)
    assert not p.feasible
    assert 0 in p.blocked and "opening hours" in p.blocked[0]
    assert p.check.feasible  # what was planned still keeps every constraint
    assert "Not planned: museum" in p.explain()


def test_replan_after_editing_the_request(plan):
    req = plan.request.model_copy(deep=True)
    req.tasks = req.tasks[:1]
    req.dependencies = []
    p2 = plan.replan(req)
    assert [s.category for s in p2.itinerary] == ["museum"] and p2.check.feasible


# ------------------------------------------------------------------ outputs
def test_outputs(plan, tmp_path):
    data = json.loads(plan.to_json(tmp_path / "p.json"))
    assert data["feasible"] and len(data["itinerary"]) == 3
    assert data["attribution"] == "(c) OpenStreetMap contributors"
    text = plan.explain()
    assert "Checker: every hard constraint holds" in text and "OpenStreetMap contributors" in text
    m = plan.to_folium()
    html = m.get_root().render()
    assert "OpenStreetMap contributors" in html and "PolyLine" in html.replace("polyline", "PolyLine")
    import matplotlib

    matplotlib.use("Agg")
    fig = plan.plot(tmp_path / "p.png")
    assert (tmp_path / "p.png").stat().st_size > 20_000
    assert any("OpenStreetMap" in t.get_text() for t in fig.axes[0].texts)


def test_cli(tmp_path, munich, capsys):
    from nco.cli import main

    rc = main(["plan", "From Marienplatz at 10am a museum, then lunch, back by 3pm", "--city", "munich",
               "--date", "2025-06-12", "--html", str(tmp_path / "trip.html"), "--json"])
    out = capsys.readouterr().out
    assert rc == 0 and json.loads(out)["itinerary"]
    assert (tmp_path / "trip.html").read_text().count("OpenStreetMap") >= 1
    rc = main(["plan", "a museum", "--city", "atlantis"])
    assert rc == 2 and "unknown city" in capsys.readouterr().err
