"""The learned second reading of visits: the bundled model, its overrides, its training data and alignment."""

import json
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from nco import resources
from nco.errors import InputError
from nco.planner.offline import reader
from nco.planner.parse import parse_offline

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import train_readers as tv


def _model(weights, keep=1.01, drop=0.3, intercept=2.0):
    return {"intercept": intercept, "keep_above": keep, "drop_below": drop, "weights": weights}


@pytest.fixture
def with_model(monkeypatch):
    def use(model, times=None, ends=None):
        models = {reader.VISITS_FILE: model, reader.TIMES_FILE: times, reader.ENDS_FILE: ends}
        monkeypatch.setattr(reader, "load_model", lambda name=reader.VISITS_FILE: models[name])
    return use


@pytest.mark.parametrize("name", [reader.VISITS_FILE, reader.TIMES_FILE, reader.ENDS_FILE])
def test_bundled_models_are_checked_json_trained_without_the_never_read_sets(name):
    model = reader.load_model(name)
    assert model is not None
    assert set(tv.HELD) <= set(model["held_out"]) and not set(tv.HELD) & set(model["trained_on"])
    assert model["cross_validation"]["mended"] > 3 * model["cross_validation"]["broken"]
    for part in [model[r] for r in reader.ROLES] if name == reader.TIMES_FILE else [model]:
        assert len(part["weights"]) > 100


@pytest.mark.parametrize("bad", [[], {"weights": {}}, _model({"word=museum": "x"}), _model({"a": 1.0}, drop=None),
                                 _model({"a": float("inf")})])
def test_a_malformed_model_is_a_clear_error(bad):
    with pytest.raises(InputError, match="learned reader: needs"):
        reader._checked(reader._numbers(bad, ("keep_above", "drop_below"), "visit_reader.json"), "x")


def test_without_a_model_the_rules_decide(with_model):
    with_model(None)
    r = parse_offline("Start at Marienplatz at 10, a museum, then a pharmacy and a bakery, back by 3")
    assert [t.category for t in r.request.tasks] == ["museum", "pharmacy", "bakery"]
    assert not any("learned reader" in n for n in r.notes)


def test_a_drop_is_named_in_the_notes(with_model):
    with_model(_model({"word=pharmacy": -10.0}))
    r = parse_offline("Start at Marienplatz at 10, a museum, then a pharmacy and a bakery, back by 3")
    assert [t.category for t in r.request.tasks] == ["museum", "bakery"]
    assert any(n.startswith("'pharmacy' read as said in passing by the learned reader (0.0") for n in r.notes)


def test_a_kind_said_twice_a_reference_and_the_last_visit_stay_as_the_rules_read_them(with_model):
    with_model(_model({"cat=museum": -10.0, "cat=bar": -10.0, "cat=cinema": -10.0}))
    with pytest.raises(InputError, match="circular"):  # both said twice: the cycle is still read
        parse_offline("From Hoher Markt at 6pm: a bar, then the cinema. But the cinema must be before the bar.")
    r = parse_offline("Start at Marienplatz at 10: a museum, back by 3")
    assert [t.category for t in r.request.tasks] == ["museum"]
    r = parse_offline("Start at Marienplatz at 10: a bakery, and a museum after lunch, back by 3")
    assert "restaurant" in [t.category for t in r.request.tasks]


def test_a_kind_kept_twice_with_no_order_said_may_lose_one_visit_and_none_in_a_sentence_of_many(with_model):
    with_model(_model({"cat=cafe": -10.0, "cat=bar": -10.0}))
    r = parse_offline("From Marienplatz at 9: a café for breakfast, a bakery, and a coffee at a café. Back by 11.")
    assert [t.category for t in r.request.tasks].count("cafe") < 2  # the model may drop a café
    r = parse_offline("From Marienplatz at 9: a café first, a bakery, and a coffee at a café. Back by 11.")
    assert sorted(t.category for t in r.request.tasks) == ["bakery", "cafe", "cafe"]  # an order is said: the rules
    r = parse_offline("Pub crawl from Elm Square at 7pm - as many pubs as we can manage, then a kebab.")
    assert [(t.category, t.maximize) for t in r.request.tasks] == [("bar", True), ("fast_food", False)]


def test_a_restore_replaces_the_rules_note(with_model):
    text = "Start at Marienplatz at 10: a museum, then my lunch break from 12 to 1, then a bakery, back by 3"
    with_model(None)
    before = parse_offline(text)
    dropped = [n for n in before.notes if n.startswith("'lunch'")]
    assert dropped and "restaurant" not in [t.category for t in before.request.tasks]
    with_model(_model({"word=lunch": 10.0}, keep=0.9))
    after = parse_offline(text)
    assert "restaurant" in [t.category for t in after.request.tasks]
    assert not set(dropped) & set(after.notes)
    assert any(n.startswith("'lunch' read as a visit by the learned reader") for n in after.notes)


def _m(category, start, why=None, ref=None, ref_new=False, count=1, tag=None):
    return SimpleNamespace(category=category, tag=tag, kinds=[], start=start, why=why, ref=ref, ref_new=ref_new,
                           count=count)


def test_alignment_agrees_most_with_the_rules_and_takes_exactly_the_expected_kinds():
    items = [_m("museum", 0), _m("restaurant", 10), _m("museum", 20, why="is a visit already made"), _m("bar", 30)]
    assert tv.align(items, [{"museum"}, {"bar"}]) == [True, False, False, True]
    assert tv.align(items, [{"museum"}, {"museum"}, {"bar"}]) == [True, False, True, True]
    assert tv.align(items, [{"bar"}, {"museum"}]) is None
    assert tv.align([_m("church", 0, count=2)], [{"church"}, {"church"}]) == [True]
    kept_ref = _m("restaurant", 5, ref="after", ref_new=True)
    assert tv.align([kept_ref, _m("museum", 9)], [{"museum"}]) is None  # a kept reference making a task is taken


def test_the_bundled_first_readings_give_labelled_rows():
    lines = resources.data("prompts", tv.FIRST_READINGS).read_text(encoding="utf-8").splitlines()
    readings = [json.loads(line) for line in lines[:40]]
    assert {"split", "id", "low", "lang", "start_end", "mentions", "commit"} <= set(readings[0])
    rows = tv.rows(readings, first=True)
    assert len({r["id"] for r in rows}) > 20
    assert {r["label"] for r in rows} == {True, False}
    assert all(f.startswith(("rule=", "word=", "cat=")) for f in rows[0]["feats"][:3])
    assert not {r["split"] for r in tv.first_readings(tv.HELD)} & set(tv.HELD)


def test_the_grid_counts_what_a_reading_mends_and_breaks_among_the_first_readings_only(monkeypatch):
    def row(pid, first, rule, label, prob):
        return {"id": pid, "first": first, "rule": rule, "label": label, "open": True, "feats": [], "p": prob}
    rs = [row("a", True, True, False, 0.1), row("b", True, True, True, 0.1), row("c", False, True, False, 0.1),
          row("d", False, True, True, 0.1), row("e", False, True, True, 0.1)]
    # a dropped below 0.3 mends prompt a and breaks b; the current readings c, d and e do not count
    assert tv.effect(rs, [r["p"] for r in rs], keep=1.01, drop=0.3) == (1, 1)
    monkeypatch.setattr(tv, "_held_out_probs", lambda *a, **k: [r["p"] for r in rs])
    best = next(r for r in tv.cross_validate_ends(rs) if (r["C"], r["drop_below"]) == (1.0, 0.3))
    assert (best["mended"], best["broken"]) == (1, 1)


def _times_model(start=None, deadline=None, take=0.7, leave=0.1):
    return {"take_above": take, "leave_below": leave, "start": {"intercept": -5.0, "weights": start or {}},
            "deadline": {"intercept": -5.0, "weights": deadline or {}}}


def test_a_time_the_model_is_sure_of_becomes_the_deadline_and_the_note_says_so(with_model):
    text = "Karlsplatz 6:30pm, then a bar for the 9pm gig"
    with_model(None)
    assert parse_offline(text).request.deadline is None
    with_model(None, _times_model(deadline={"a1=gig": 10.0}))
    r = parse_offline(text)
    assert (r.request.start_time, r.request.deadline) == ("18:30", "21:00")
    assert "'9pm' read as the deadline by the learned reader (0.99)" in r.notes


def test_a_time_the_rules_are_not_unsure_of_keeps_its_role(with_model):
    text = "Start at Marienplatz at 10, a museum and a bakery, back by 3"
    with_model(None, _times_model(start={"hour=15": 20.0}, deadline={"hour=10": 20.0}))
    r = parse_offline(text)
    assert (r.request.start_time, r.request.deadline) == ("10:00", "15:00")
    with_model(None, _times_model(deadline={"b1=at": 20.0}, leave=0.999))
    assert parse_offline(text).request.deadline == "15:00"  # the start's time is the start's


def test_no_deadline_is_added_beside_a_time_limit(with_model):
    with_model(None, _times_model(deadline={"hour=12": 20.0}))
    text = "Start at Marienplatz at 10, a museum and lunch at 12"
    assert parse_offline(text).request.deadline == "12:00"
    r = parse_offline(text + ", three hours")
    assert (r.request.deadline, r.request.time_limit_min) == (None, 180)


def test_rule_roles_match_the_half_of_the_day_and_name_visit_times():
    said = [(0, 4, 10 * 60, True), (10, 14, 13 * 60, False), (20, 24, 15 * 60, True)]
    assert reader.rule_roles(said, 22 * 60, 15 * 60, {10}) == ["start", "event", "deadline"]
    assert reader.rule_roles(said, None, 13 * 60) == ["other", "deadline", "other"]


def test_a_learned_deadline_with_a_visit_said_after_it_is_undone(with_model):
    with_model(None, _times_model(deadline={"hour=13": 20.0}))
    r = parse_offline("Start at Marienplatz at 10: a museum, lunch at 1pm, then a bookshop")
    assert r.request.deadline is None and not any("read as the deadline" in n for n in r.notes)
    assert parse_offline("Start at Marienplatz at 10: a museum and a bookshop, lunch at 1pm").request.deadline == "13:00"


def test_an_end_place_the_model_is_sure_of_is_no_end_and_the_note_says_so(with_model):
    text = "Start at Marienplatz at 10: a museum and a bakery, ending at Odeonsplatz with Anna"
    with_model(None, None, None)
    before = parse_offline(text).request.end_place
    assert before == "Odeonsplatz"
    with_model(None, None, {"intercept": 2.0, "drop_below": 0.3, "weights": {"aw=anna": -10.0}})
    r = parse_offline(text)
    assert r.request.end_place is None
    assert any(n.startswith("'Odeonsplatz' read as no end place by the learned reader (0.0") for n in r.notes)
    with_model(None, None, {"intercept": 2.0, "drop_below": 0.3, "weights": {"bw=nobody": -10.0}})
    assert parse_offline(text).request.end_place == "Odeonsplatz"


def test_the_first_readings_record_the_order_the_rules_read():
    """A recorded reading holds the rules' order: its pairs of tasks and the span and task of each visit said
    ("a bakery, then a museum, then lunch": bakery before museum before lunch)."""
    import record_first_readings as rec

    prompt = {"id": "t-1", "city": "vienna", "lang": "en", "bundled": False, "today": "2026-05-04",
              "prompt": "From Stephansplatz at 9: a bakery, then a museum, then lunch. Back by 2pm.",
              "expected": {"start_place": ["Stephansplatz"], "start_time": "09:00", "end_place": None,
                           "end": "14:00", "tasks": [["bakery"], ["museum"], ["restaurant"]],
                           "order": [[0, 1], [1, 2]], "error": None}}
    with rec.rules_only():
        reading = rec.record(prompt, "t")
    order = reading["order"]
    assert order["pairs"] == [[0, 1], [1, 2]]
    assert [task for _, _, task in order["visits"]] == [0, 1, 2]
    assert [reading["low"][a:b] for a, b, _ in order["visits"]][0] == "bakery"
