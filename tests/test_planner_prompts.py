"""The multi-city, multi-language trip-prompt benchmark and its scorer."""

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("planner_prompts", ROOT / "benchmarks" / "planner_prompts.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


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
