"""Each solver that declares a rich field respects it (on an instance where
the field binds: the best routes without it violate it), and the others
refuse it naming the field."""

from __future__ import annotations

import importlib.util

import numpy as np
import pytest

import nco
from nco import InputError, VehicleType, solvers

N = 8
HAS_VROOM = importlib.util.find_spec("vroom") is not None


def coords(seed: int = 0, depots: int = 1) -> np.ndarray:
    rng = np.random.default_rng(seed)
    xy = rng.uniform(0, 100, (depots + N, 2))
    xy[:depots] = [[50, 50], [0, 0], [100, 100]][:depots] if depots > 1 else [[50, 50]]
    return xy


def make(depots: int = 1, types=None, seed: int = 0, **kw) -> nco.Instance:
    xy = coords(seed, depots)
    d = np.sqrt(((xy[:, None] - xy[None]) ** 2).sum(-1))
    types = types if types is not None else [VehicleType(N)]
    return nco.Instance(distance=d, coords=xy, num_depots=depots, vehicle_types=types, **kw)


def methods(field: str) -> list:
    out = [m for m in ("pyvrp", "ortools", "ga") if field in solvers.CAPABILITIES[m]]
    if field in solvers.CAPABILITIES["vroom"]:
        out.append(pytest.param("vroom", marks=pytest.mark.skipif(not HAS_VROOM, reason="pyvroom not installed")))
    return out


def solve(inst, method):
    sol = nco.solve(inst, method=method, time_limit=1.0, seed=1, clock="process")
    assert sol.feasible, (method, sol.violations)
    return sol


def binds(relaxed, constrained, method) -> None:
    """The best routes of ``relaxed`` are infeasible on ``constrained``."""
    sol = solve(relaxed, method)
    assert not nco.check(constrained, sol.routes, sol.vehicle_types).feasible


def one_type(**kw):
    return [VehicleType(N, **kw)]


@pytest.mark.parametrize("method", methods("capacity dimensions"))
def test_capacity_dimensions(method):
    dem = np.zeros((N + 1, 2))
    dem[1:, 0] = 1
    dem[1:, 1] = 3
    relaxed = make(types=one_type(capacity=[N, 100]), demand=dem)
    inst = make(types=one_type(capacity=[N, 9]), demand=dem)
    binds(relaxed, inst, method)
    sol = solve(inst, method)
    assert all(len(r) <= 3 for r in sol.routes)


@pytest.mark.parametrize("method", methods("num_depots"))
def test_depots(method):
    types = [VehicleType(N, start_depot=0), VehicleType(N, start_depot=1), VehicleType(N, start_depot=2)]
    inst = make(depots=3, types=types)
    sol = solve(inst, method)
    swapped = nco.check(inst, sol.routes, [(t + 1) % 3 for t in sol.vehicle_types])
    assert swapped.cost > sol.cost


@pytest.mark.parametrize("method", methods("vehicle_types"))
def test_vehicle_types_num_available(method):
    types = [VehicleType(1, capacity=4), VehicleType(1, capacity=4), VehicleType(5, capacity=2, fixed_cost=500)]
    inst = make(types=types, demand=[0] + [1] * N)
    sol = solve(inst, method)
    assert sorted(sol.vehicle_types) == [0, 1]


@pytest.mark.parametrize("method", methods("fixed_cost"))
def test_fixed_cost(method):
    free = solve(make(types=one_type(capacity=4), demand=[0] + [1] * N), method)
    paid = solve(make(types=[VehicleType(1, capacity=N), VehicleType(N, capacity=4, fixed_cost=1000)],
                      demand=[0] + [1] * N), method)
    assert free.num_routes >= 2 and paid.num_routes == 1 and paid.vehicle_types == [0]


@pytest.mark.parametrize("method", methods("unit_distance_cost"))
def test_unit_distance_cost(method):
    types = [VehicleType(N, capacity=4, unit_distance_cost=3.0), VehicleType(1, capacity=4, unit_distance_cost=0.5)]
    sol = solve(make(types=types, demand=[0] + [1] * N), method)
    assert 1 in sol.vehicle_types  # the cheap vehicle is used
    res = nco.check(sol.instance, sol.routes, sol.vehicle_types)
    assert sol.cost == pytest.approx(sum(
        (3.0 if t == 0 else 0.5) * s.distance for t, s in zip(sol.vehicle_types, res.schedules)))


@pytest.mark.parametrize("method", methods("unit_duration_cost"))
def test_unit_duration_cost(method):
    xy = coords()
    d = np.sqrt(((xy[:, None] - xy[None]) ** 2).sum(-1))
    slow = d * 3
    types = [VehicleType(N, unit_distance_cost=0.0, unit_duration_cost=1.0)]
    inst = nco.Instance(distance=d, duration=slow, vehicle_types=types)
    sol = solve(inst, method)
    assert sol.cost == pytest.approx(3 * nco.check(inst, sol.routes, sol.vehicle_types).schedules[0].distance)


@pytest.mark.parametrize("method", methods("shift time window"))
def test_shift_time_window(method):
    tw = np.array([[0, 1000]] * (N + 1), dtype=float)
    relaxed = make(time_windows=tw)
    inst = make(time_windows=tw, types=one_type(tw_early=100, tw_late=260))
    binds(relaxed, inst, method)
    sol = solve(inst, method)
    assert all(s.departure[0] >= 100 for s in nco.check(inst, sol.routes, sol.vehicle_types).schedules)


@pytest.mark.parametrize("method", methods("max_duration"))
def test_max_duration(method):
    relaxed = make(service_time=[0] + [10] * N)
    inst = make(service_time=[0] + [10] * N, types=one_type(max_duration=170))
    binds(relaxed, inst, method)
    solve(inst, method)


@pytest.mark.parametrize("method", methods("max_distance"))
def test_max_distance(method):
    binds(make(), make(types=one_type(max_distance=150)), method)
    solve(make(types=one_type(max_distance=150)), method)


@pytest.mark.parametrize("method", methods("end_depot"))
def test_end_depot(method):
    inst = make(depots=2, types=[VehicleType(N, start_depot=0, end_depot=1)])
    sol = solve(inst, method)
    assert all(s.nodes[-1] == 1 for s in nco.check(inst, sol.routes, sol.vehicle_types).schedules)


@pytest.mark.parametrize("method", methods("open_end"))
def test_open_end(method):
    closed = solve(make(), method)
    opened = solve(make(types=one_type(open_end=True)), method)
    assert opened.cost < closed.cost
    assert all(s.nodes[-1] != 0 for s in nco.check(opened.instance, opened.routes, opened.vehicle_types).schedules)


@pytest.mark.parametrize("method", methods("pickup"))
def test_pickup(method):
    dem = [0] + [1, 0] * (N // 2)
    pick = [0] + [0, 2] * (N // 2)
    relaxed = make(types=one_type(capacity=4), demand=dem)
    inst = make(types=one_type(capacity=4), demand=dem, pickup=pick)
    binds(relaxed, inst, method)
    solve(inst, method)


@pytest.mark.parametrize("method", methods("release_time"))
def test_release_time(method):
    tw = np.array([[0, 1000]] + [[0, 120]] * (N // 2) + [[0, 1000]] * (N - N // 2), dtype=float)
    release = [0] * (N // 2 + 1) + [150] * (N - N // 2)
    relaxed = make(time_windows=tw)
    inst = make(time_windows=tw, release_time=release)
    binds(relaxed, inst, method)
    sol = solve(inst, method)
    assert sol.num_routes >= 2


@pytest.mark.parametrize("method", methods("prize"))
def test_optional_clients_with_prizes(method):
    required = [True] * (N - 1) + [False, False]
    low = solve(make(required=required, prize=[0] * (N - 1) + [0.01, 0.01]), method)
    high = solve(make(required=required, prize=[0] * (N - 1) + [1e4, 1e4]), method)
    visited = {v for r in low.routes for v in r}
    assert N - 1 not in visited and N not in visited
    assert {N - 1, N} <= {v for r in high.routes for v in r}


@pytest.mark.parametrize("method", ["nearest", "neural", "earli", "earli-ils", "ortools"])
def test_refusal_names_the_field(method):
    inst = make(demand=[0] + [1] * N, pickup=[0] + [1] * N, types=one_type(capacity=N))
    bad = solvers.unsupported(method, inst)
    assert "pickup" in bad
    with pytest.raises(InputError, match=f"method '{method}' cannot handle.*pickup.*methods that can: pyvrp"):
        nco.solve(inst, method=method, time_limit=1)


def test_default_method_takes_every_field():
    inst = make(depots=2, demand=[0, 0] + [1] * N, pickup=[0, 0] + [1] * N,
                types=[VehicleType(2, capacity=N, open_end=True), VehicleType(2, capacity=N, start_depot=1)])
    sol = nco.solve(inst, time_limit=1)
    assert sol.method == "pyvrp" and sol.feasible
    assert set(solvers.RICH_FIELDS) == set(solvers.CAPABILITIES["pyvrp"]) == set(solvers.CAPABILITIES["ga"])


@pytest.mark.parametrize("method", methods("profile"))
def test_profile(method):
    xy = coords()
    d = np.sqrt(((xy[:, None] - xy[None]) ** 2).sum(-1))
    types_fast = [VehicleType(N, tw_late=300)]
    types_slow = [VehicleType(N, tw_late=300, profile=1)]
    relaxed = nco.Instance(distance=d, vehicle_types=types_fast, profiles=[(d, 1.5 * d)])
    inst = nco.Instance(distance=d, vehicle_types=types_slow, profiles=[(d, 1.5 * d)])
    binds(relaxed, inst, method)
    sol = solve(inst, method)
    assert sol.num_routes > solve(relaxed, method).num_routes
