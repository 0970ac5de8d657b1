"""The multi-city, multi-language trip-prompt benchmark and its scorer."""

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _script(name: str):
    """A benchmark script of ``benchmarks/`` as a module."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def bench():
    return _script("planner_prompts")


def test_prompt_files_are_well_formed(bench):
    dev, held = bench.load("dev"), bench.load("heldout")
    prompts = dev + held
    assert len(prompts) >= 150
    assert len({p["city"] for p in prompts}) >= 10
    assert sum(p["lang"] != "en" for p in prompts) >= len(prompts) / 4
    # the held-out third is whole cities
    assert not {p["city"] for p in dev} & {p["city"] for p in held}
    assert len(held) >= len(prompts) / 3 - 5
    assert len({p["id"] for p in prompts}) == len(prompts)
    for p in prompts:
        e = p["expected"]
        assert set(e) == {"start_place", "start_time", "end_place", "end", "tasks", "order", "error"}
        for i, j in e["order"]:
            assert 0 <= i < len(e["tasks"]) and 0 <= j < len(e["tasks"])


def test_scorer_folds_places_and_kinds(bench):
    assert bench.fold_place("the Praça da Liberdade!") == "praca da liberdade"
    assert bench.fold_place("La gare du Nord") == "gare du nord"
    assert bench.canonical_kind("shop=souvenir") == "shop"
    assert bench.canonical_kind("amenity=restaurant") == "restaurant"
    assert bench.canonical_kind("leisure=sauna") == "leisure=sauna"
    assert bench.canonical_kind("museum*") == "museum*"


def test_scorer_runs_on_one_prompt(bench):
    row = bench.evaluate(bench.load("dev")[0])
    assert set(bench.FIELDS) <= set(row) and isinstance(row["all"], bool)


def test_third_held_out_set_is_whole_unseen_cities_in_many_languages(bench):
    dev, third = bench.load("dev"), bench.load("heldout3")
    assert len(third) >= 60 and sum(p["lang"] != "en" for p in third) >= len(third) / 4
    assert not {p["city"] for p in dev} & {p["city"] for p in third}
    assert all(p["bundled"] for p in third)  # labels checked against the bundled extracts
    assert {p["expected"]["error"] for p in third} == {None, "cycle", "times"}
    assert sum(p["expected"]["end_place"] is not None for p in third) >= 10
    assert len({p["id"] for p in third}) == len(third)


def test_refusals_are_scored_by_their_reason(bench):
    base = {"id": "x", "city": "munich", "lang": "en", "today": "2025-06-12"}
    exp = {"start_place": ["Marienplatz"], "start_time": "15:00", "end_place": None, "end": "14:00",
           "tasks": [["cafe"]], "order": [], "error": "times"}
    late = {**base, "prompt": "From Marienplatz at 3pm a cafe, back by 2pm.", "expected": exp}
    assert bench.evaluate(late)["all"] is True
    fine = {**base, "prompt": "From Marienplatz at 1pm a cafe, back by 2pm.", "expected": exp}
    assert bench.evaluate(fine)["all"] is False  # planned, not refused
    cyc = {**late, "expected": {**exp, "error": "cycle"}}
    assert bench.evaluate(cyc)["all"] is False  # refused for another reason


def test_label_check_names_kinds_that_are_no_category_or_tag(bench):
    exp = {"start_place": ["Marienplatz"], "start_time": "15:00", "end_place": ["Odeonsplatz"], "end": "17:00",
           "tasks": [["pub"], ["bar"], ["shop=books", "bookshop"]], "order": [], "error": None}
    prompt = {"id": "x", "city": "munich", "lang": "en", "today": "2025-06-12", "bundled": True, "prompt": "",
              "expected": exp}
    assert bench.check_labels([prompt]) == ["x: ['pub'] neither a category nor a key=value tag"]


@pytest.fixture(scope="module")
def agreement():
    return _script("planner_agreement")


def test_two_labellings_agree_field_by_field(agreement):
    a = {"start_place": ["the Praça Nova"], "start_time": "10:00", "end_place": None, "end": "+120",
         "tasks": [["museum", "sight"], ["restaurant"]], "order": [[0, 1]], "error": None}
    b = {**a, "start_place": ["Praça Nova"], "tasks": [["sight"], ["restaurant", "fast_food"]]}
    assert agreement.agree(a, b)["all"]
    c = {**a, "tasks": [["museum"], ["cafe"]]}
    row = agreement.agree(a, c)
    assert not row["tasks"] and not row["order"] and row["start_place"] and not row["all"]
    refused = {**a, "error": "cycle"}
    assert agreement.agree(refused, {**b, "error": "cycle"})["all"]
    assert not agreement.agree(refused, {**b, "error": "times"})["all"]


def test_the_second_labelling_of_the_twelfth_set_covers_it(agreement, capsys, tmp_path):
    assert agreement.main(["--split", "heldout12"]) == 0
    assert "| 112 |" in capsys.readouterr().out
    bad = tmp_path / "labels.jsonl"
    bad.write_text('{"id": "h12-munich-01"}\n')
    assert agreement.main(["--second", str(bad)]) == 2
    assert "line 1" in capsys.readouterr().err
