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
import train_visit_reader as tv


def _model(weights, keep=1.01, drop=0.3, intercept=2.0):
    return {"intercept": intercept, "keep_above": keep, "drop_below": drop, "weights": weights}


@pytest.fixture
def with_model(monkeypatch):
    def use(model):
        monkeypatch.setattr(reader, "load_model", lambda: model)
    return use


def test_bundled_model_is_checked_json_trained_without_the_never_read_sets():
    model = reader.load_model()
    assert model is not None and len(model["weights"]) > 1000
    assert 0.0 < model["drop_below"] < 1.0
    assert set(tv.HELD) <= set(model["held_out"]) and not set(tv.HELD) & set(model["trained_on"])
    assert model["cross_validation"]["mended"] > 3 * model["cross_validation"]["broken"]


@pytest.mark.parametrize("bad", [[], {"weights": {}}, _model({"word=museum": "x"}), _model({"a": 1.0}, drop=None),
                                 _model({"a": float("inf")})])
def test_a_malformed_model_is_a_clear_error(bad):
    with pytest.raises(InputError, match="visit reader: needs numeric"):
        reader._checked(bad, "visit_reader.json")


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
