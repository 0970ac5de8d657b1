"""The real-city suites at 1,000 and 2,000 clients: their suite files name
shipped recipes drawn from cities of 2,500 points (an instance of N clients
needs N + 1 points, more than the default 1,000-point cities hold)."""

import json

import pytest

from nco.bench import load_suite, suites
from nco.data import testsets as T
from nco.errors import InputError
from nco.resources import data

LARGE = [f"city-{p}-n{n}" for p in ("acvrp", "acvrptw") for n in (1000, 2000)]


@pytest.mark.parametrize("name", LARGE)
def test_large_city_suites_name_shipped_recipes(name):
    assert name in suites()
    suite = load_suite(name)
    n = int(name.rsplit("-n", 1)[1])
    assert suite.count == 2 and suite.bucket(n) in suite.bucket_labels
    (stem,) = [f.removesuffix(".npz") for f in suite.files]
    assert stem in T.shipped_names()
    meta = json.loads(data("testsets", f"{stem}.json").read_text())
    assert (meta["problem"], meta["n"], meta["num_instances"]) == (name.split("-")[1], n, 2)
    assert meta["city_points"] == 2500 and meta["city_points"] > n
    ref = meta["reference"]
    assert ref["all_feasible"] and len(ref["costs"]) == 2 and ref["time_limit_s"] >= 60


def test_a_set_larger_than_its_cities_is_refused_before_any_work():
    with pytest.raises(InputError, match="needs 1001 points of a city, the cities have 1000"):
        T.check_build("acvrp", 1000, 2)
    T.check_build("acvrp", 1000, 2, city_points=2500)
    T.check_build("atsp", 1000, 2)  # an ATSP of N nodes needs N points
    with pytest.raises(InputError, match="size must be from 2 to 2000"):
        T.check_build("acvrp", 2001, 2, city_points=2500)
