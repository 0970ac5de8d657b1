"""Instance samplers on real-city matrices (RRNCO distributions)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

import nco
from nco.data import cities as C
from nco.data import samplers as S
from nco.errors import InputError


@pytest.fixture(scope="module")
def city():
    return C.city_matrices("helsinki")


def test_capacity_table():
    assert [S.capacity_for(n) for n in (100, 200, 500, 1000)] == [50, 70, 100, 150]
    assert S.capacity_for(50) == 40
    assert S.capacity_for(300) == pytest.approx(80)  # between 200 -> 70 and 500 -> 100
    assert S.capacity_for(2000) == pytest.approx(250)
    with pytest.raises(InputError):
        S.capacity_for(0)


def _indices(city, inst):
    """Recover the city point index of every node from its coordinates."""
    pts = inst.meta["points"]
    d = np.abs(city.points[None, :, :] - pts[:, None, :]).sum(-1)
    return d.argmin(1)


@pytest.mark.parametrize("problem", ["atsp", "acvrp", "acvrptw"])
def test_submatrices_of_the_city(city, problem):
    insts = S.sample_instances(city, problem, 30, num=5, seed=0)
    m = 30 if problem == "atsp" else 31
    for inst in insts:
        assert inst.n_nodes == m
        idx = _indices(city, inst)
        assert len(set(idx.tolist())) == m  # without replacement
        np.testing.assert_allclose(inst.distance, city.distance[np.ix_(idx, idx)])
        assert inst.meta["city"] == "helsinki"
        assert inst.coords.min() == 0 and inst.coords.max() == 1  # min-max normalised
        if problem != "acvrptw":
            np.testing.assert_allclose(inst.duration, city.duration[np.ix_(idx, idx)])


def test_seeded(city):
    a = S.sample_instances(city, "acvrp", 20, num=3, seed=5)
    b = S.sample_instances(city, "acvrp", 20, num=3, seed=5)
    c = S.sample_instances(city, "acvrp", 20, num=3, seed=6)
    for x, y in zip(a, b):
        np.testing.assert_array_equal(x.distance, y.distance)
        np.testing.assert_array_equal(x.demand, y.demand)
    assert not np.allclose(a[0].distance, c[0].distance)


def test_acvrp_demand_and_capacity(city):
    insts = S.sample_acvrp(city, 100, num=20, seed=1)
    dem = np.stack([i.demand for i in insts])
    assert np.all(dem[:, 0] == 0)
    assert dem[:, 1:].min() == 1 and dem[:, 1:].max() == 9
    assert np.all(dem == np.round(dem))
    assert all(i.capacity == 50 for i in insts)
    assert all(i.kind == "ACVRP" for i in insts)


def test_acvrptw_every_client_is_servable(city):
    insts = S.sample_acvrptw(city, 50, num=100, seed=2, mode="cluster")  # the constructor validates
    for inst in insts:
        assert inst.time_windows[0].tolist() == [0.0, S.HORIZON]
        assert inst.duration.max() == pytest.approx(1.0)  # normalised per instance
        st = inst.service_time[1:]
        assert st.min() >= 0.15 and st.max() <= 0.18
        width = inst.time_windows[1:, 1] - inst.time_windows[1:, 0]
        assert width.min() >= 0.18 - 1e-12 and width.max() <= 0.2
        for client in range(1, inst.n_nodes):
            assert nco.check(inst, [[client]]).violations == [f"{inst.n_clients - 1} client(s) not visited: "
                                                               + _missing(inst, client)]


def _missing(inst, client):
    others = [k for k in range(1, inst.n_nodes) if k != client]
    shown = ", ".join(str(k) for k in others[:10])
    return shown + (f" and {len(others) - 10} more" if len(others) > 10 else "")


def test_cluster_mode_is_compact(city):
    def spread(mode):
        insts = S.sample_atsp(city, 50, num=20, mode=mode, seed=3)
        return np.mean([C.haversine_km(i.meta["points"]).mean() for i in insts])

    assert spread("cluster") < 0.6 * spread("uniform")


def test_several_cities(city):
    other = C.city_matrices("sydney")
    insts = S.sample_atsp([city, other], 20, num=40, seed=4)
    assert {i.meta["city"] for i in insts} == {"helsinki", "sydney"}


def test_tensordict(city):
    td = S.sample_tensordict(city, "acvrptw", 20, batch=8, seed=0)
    assert td.batch_size == (8,)
    assert td["locs"].shape == (8, 21, 2) and td["distance_matrix"].shape == (8, 21, 21)
    assert td["time_windows"].shape == (8, 21, 2) and td["demand_linehaul"].shape == (8, 20)
    assert float(td["vehicle_capacity"][0, 0]) == S.capacity_for(20)
    td = S.sample_tensordict(city, "acvrp", 20, batch=4, seed=0)
    assert td["depot"].shape == (4, 2) and td["locs"].shape == (4, 20, 2) and td["capacity"].shape == (4, 1)
    insts = S.sample_instances(city, "acvrp", 20, num=4, seed=0)
    back = S.instances_to_tensordict(insts)
    np.testing.assert_allclose(back["distance_matrix"].numpy(), td["distance_matrix"].numpy())


def test_bad_arguments(city):
    with pytest.raises(InputError, match="usable points"):
        S.sample_atsp(city, 5000)
    with pytest.raises(InputError, match="mode"):
        S.sample_atsp(city, 10, mode="ring")
    with pytest.raises(InputError, match="problem"):
        S.sample_instances(city, "tsp", 10)
    with pytest.raises(InputError, match="CityMatrix"):
        S.sample_atsp(42, 10)
    assert S.sample_atsp("helsinki", 10, seed=0)[0].meta["city"] == "helsinki"


@pytest.mark.parametrize("problem", ["atsp", "acvrp", "acvrptw"])
@pytest.mark.parametrize("n", [50, 100])
def test_shipped_testsets(problem, n):
    from nco.data.testsets import load_testset, shipped

    path = shipped(f"{problem}_n{n}_seed3333_test_cities")
    assert path.stat().st_size < 10.5e6
    insts, ref, meta = load_testset(path)
    assert len(insts) == 128 and ref.shape == (128,)
    m = n if problem == "atsp" else n + 1
    assert all(i.n_nodes == m for i in insts)
    assert all(i.problem == {"atsp": "atsp", "acvrp": "cvrp", "acvrptw": "vrptw"}[problem] for i in insts)
    # Built only from cities unseen in training.
    split = C.load_split()
    assert set(meta["instance_cities"]) <= set(split["test"])
    assert meta["reference"]["all_feasible"] and meta["reference"]["time_limit_s"] > 0
    assert np.all(np.isfinite(ref)) and np.all(ref > 0)
    # The reference beats a nearest-neighbour construction on the same instances.
    for k in (0, 1, 2):
        nn = nco.solve(insts[k], method="nearest", time_limit=5)
        assert nn.feasible and ref[k] <= nn.cost + 1e-6
