"""The real-city test sets are kept as recipes (seed, cities, reference costs,
a hash of the instances) and drawn again from the bundled extracts; the
drawn instances must be exactly the recorded ones."""

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from nco.data import testsets as T
from nco.errors import InputError

SETS = Path(__file__).resolve().parents[1] / "data" / "testsets"
RECIPES = sorted(SETS.glob("*.json"))


# the 2,000-stop sets take half a minute each to rebuild: they run with `pytest -m slow`
_RECIPE_PARAMS = [pytest.param(r, id=r.stem, marks=[pytest.mark.slow] if "_n2000_" in r.stem else [])
                  for r in RECIPES]


@pytest.mark.parametrize("recipe", _RECIPE_PARAMS)
def test_every_shipped_set_matches_its_recipe(recipe):
    meta = json.loads(recipe.read_text())
    path = T.ensure(recipe.with_suffix(".npz"))
    assert T.instances_sha256(path) == meta["instances_sha256"]
    insts, ref, _ = T.load_testset(path)
    assert len(insts) == meta["num_instances"] and insts[0].n_clients + (meta["problem"] == "atsp") == meta["n"]
    assert ref is not None and np.array_equal(ref, np.array(meta["reference"]["costs"]))


def test_a_missing_set_is_drawn_again(tmp_path):
    recipe = SETS / "acvrp_n50_seed3333_test_cities.json"
    shutil.copy(recipe, tmp_path / recipe.name)
    (written,) = T.restore(tmp_path)
    assert written.name == recipe.with_suffix(".npz").name
    assert T.instances_sha256(written) == json.loads(recipe.read_text())["instances_sha256"]
    assert T.restore(tmp_path) == []  # nothing missing any more


def test_a_recipe_that_draws_other_instances_is_refused(tmp_path):
    recipe = SETS / "atsp_n50_seed3333_test_cities.json"
    meta = json.loads(recipe.read_text())
    meta["seed"] += 1
    (tmp_path / recipe.name).write_text(json.dumps(meta))
    with pytest.raises(InputError, match="does not match the recorded instances"):
        T.ensure(tmp_path / recipe.with_suffix(".npz").name)
    assert not list(tmp_path.glob("*.npz"))


def test_an_edited_set_is_refused(tmp_path):
    recipe = SETS / "atsp_n50_seed3333_test_cities.json"
    shutil.copy(recipe, tmp_path / recipe.name)
    path = T.ensure(tmp_path / recipe.with_suffix(".npz").name)
    with np.load(path) as f:
        arrays = {k: f[k] for k in f.files}
    arrays["distance_matrix"][0, 1, 2] += 1.0
    np.savez_compressed(path, **arrays)
    with pytest.raises(InputError, match="does not match the instances of its recipe"):
        T.load_testset(path)
