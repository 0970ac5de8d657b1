"""Property tests of the checker against a deliberately simple second implementation.

For every problem kind (ATSP, CVRP, VRPTW, ACVRPTW), thousands of random
instances and route sets, valid and not (repeated clients, missing clients,
ids out of range, fractional and boolean ids, overloaded routes, late
arrivals, too many routes), must get the same verdict and the same cost from
:func:`nco.check` and from :func:`reference_check` below, which is written
for obviousness, not speed.  Every mutation of a feasible solution that
breaks it must be caught.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import nco
from nco import Instance, check
from nco.errors import InputError

BENCH = Path(__file__).resolve().parents[1] / "data" / "bench"
BENCH_X = BENCH / "cvrp/X/X-n101-k25.vrp"
BENCH_A = BENCH / "cvrp/A/A-n32-k5.vrp"
BENCH_ATSP = BENCH / "atsp/tsplib/br17.atsp"
KINDS = ("ATSP", "CVRP", "VRPTW", "ACVRPTW")
#: 500 instances per kind, four route sets each: 2,000 route sets per kind.
SETTINGS = settings(max_examples=500, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])


def reference_check(inst: Instance, routes) -> tuple[bool, float | None]:
    """(feasible, cost) by the definitions, one plain loop per rule.  The
    cost is ``None`` when an id is not a client's."""
    n = inst.n_clients
    flat = [v for r in routes for v in r]
    for v in flat:
        if type(v) is not int or v < 1 or v > n:
            return False, None
    ok = sorted(flat) == list(range(1, n + 1))
    used = [r for r in routes if len(r) > 0]
    if inst.num_vehicles is not None and len(used) > inst.num_vehicles:
        ok = False
    cost = 0.0
    for r in used:
        stops = [0] + list(r) + [0]
        for a, b in zip(stops, stops[1:]):
            cost += inst.distance[a][b]
        if inst.capacity is not None and sum(inst.demand[v] for v in r) > inst.capacity:
            ok = False
        if inst.time_windows is not None and not _on_time(inst, stops):
            ok = False
    return ok, cost


def _on_time(inst: Instance, stops: list[int]) -> bool:
    clock = inst.time_windows[0][0]
    for a, b in zip(stops, stops[1:]):
        clock += inst.service_time[a] + inst.duration[a][b]
        clock = max(clock, inst.time_windows[b][0]) if b != 0 else clock
        if clock > inst.time_windows[b][1]:
            return False
    return True


@st.composite
def instances(draw, kind: str) -> Instance:
    """A small random instance of ``kind`` with integer data (no rounding
    questions at the feasibility boundaries)."""
    n = draw(st.integers(2, 9))
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
    d = rng.integers(1, 30, size=(n + 1, n + 1)).astype(float)
    if kind in ("CVRP", "VRPTW"):
        d = np.minimum(d, d.T)
    np.fill_diagonal(d, 0)
    if kind == "ATSP":
        return Instance(distance=d, problem="atsp")
    demand = np.concatenate([[0], rng.integers(0, 10, size=n)])
    cap = float(max(demand.max(), 1) + draw(st.integers(0, 15)))
    fleet = draw(st.one_of(st.none(), st.integers(1, n)))
    if fleet is not None and demand.sum() > cap * fleet:
        fleet = None
    if kind == "CVRP":
        return Instance(distance=d, demand=demand, capacity=cap, num_vehicles=fleet)
    service = np.concatenate([[0], rng.integers(0, 5, size=n)])
    horizon = 400.0
    early = rng.integers(0, 150, size=n + 1).astype(float)
    width = rng.integers(5, 200, size=n + 1)
    tw = np.stack([early, np.minimum(early + width, horizon)], axis=1)
    tw[0] = [0, horizon]
    tw[1:, 1] = np.maximum(tw[1:, 1], d[0, 1:])  # reachable from the depot in time
    tw[1:, 0] = np.minimum(tw[1:, 0], tw[1:, 1])
    return Instance(distance=d, demand=demand, capacity=cap, num_vehicles=fleet,
                    time_windows=tw, service_time=service)


@st.composite
def route_sets(draw, inst: Instance) -> list[list]:
    """Route sets near valid ones: a permutation of the clients cut into
    routes, then edited (repeat, drop, replace by a bad id, split, merge)."""
    n = inst.n_clients
    perm = draw(st.permutations(list(range(1, n + 1))))
    cuts = sorted(draw(st.sets(st.integers(1, n - 1), max_size=n - 1))) if n > 1 else []
    routes = [list(perm[a:b]) for a, b in zip([0, *cuts], [*cuts, n])]
    for _ in range(draw(st.integers(0, 2))):
        r = draw(st.integers(0, len(routes) - 1))
        edit = draw(st.sampled_from(["repeat", "drop", "bad", "empty", "merge"]))
        route = routes[r]
        if edit == "repeat" and route:
            route.insert(draw(st.integers(0, len(route))), draw(st.integers(1, n)))
        elif edit == "drop" and route:
            route.pop(draw(st.integers(0, len(route) - 1)))
        elif edit == "bad" and route:
            route[draw(st.integers(0, len(route) - 1))] = draw(st.sampled_from(
                [0, -1, n + 1, 10**12, 1.5, float(1), True, np.float64(2.0), "3", None]))
        elif edit == "empty":
            routes.append([])
        elif edit == "merge" and len(routes) > 1:
            routes[0] = routes[0] + routes.pop()
    return routes


@pytest.mark.parametrize("kind", KINDS)
def test_checker_agrees_with_the_reference(kind):
    @SETTINGS
    @given(data=st.data())
    def prop(data):
        inst = data.draw(instances(kind))
        for _ in range(4):
            routes = data.draw(route_sets(inst))
            res = check(inst, routes)
            feasible, cost = reference_check(inst, routes)
            assert res.feasible == feasible, (routes, res.violations)
            if cost is not None and feasible:
                assert res.cost == pytest.approx(cost, abs=1e-9)

    prop()


def _feasible_start(inst: Instance) -> list[list[int]]:
    """One client per route (feasible under every instance this file draws
    when the fleet is unlimited); an ATSP gets the identity tour."""
    if inst.problem == "atsp":
        return [list(range(1, inst.n_clients + 1))]
    return [[v] for v in range(1, inst.n_clients + 1)]


MUTATIONS = ["repeat-same-route", "repeat-other-route", "drop", "fractional", "float-integral",
             "bool", "zero", "out-of-range"]


@pytest.mark.parametrize("kind", KINDS)
def test_every_breaking_mutation_is_caught(kind):
    @settings(SETTINGS, max_examples=150)
    @given(data=st.data())
    def prop(data):
        inst = data.draw(instances(kind))
        inst.num_vehicles = None if inst.problem != "atsp" else 1
        routes = _feasible_start(inst)
        assert check(inst, routes).feasible
        for mutation in MUTATIONS:
            broken = _mutate(routes, mutation, inst.n_clients, data)
            res = check(inst, broken)
            assert not res.feasible, (mutation, broken)
            assert res.violations

    prop()


def _mutate(routes, mutation: str, n: int, data) -> list[list]:
    routes = [list(r) for r in routes]
    r = data.draw(st.integers(0, len(routes) - 1))
    i = data.draw(st.integers(0, len(routes[r]) - 1))
    v = routes[r][i]
    if mutation == "repeat-same-route":
        routes[r].append(v)
    elif mutation == "repeat-other-route":
        routes.append([v])
    elif mutation == "drop":
        routes[r].pop(i)
    elif mutation == "fractional":
        routes[r][i] = v + 0.7
    elif mutation == "float-integral":
        routes[r][i] = float(v)
    elif mutation == "bool":
        routes[r][i] = True
    elif mutation == "zero":
        routes[r][i] = 0
    else:
        routes[r][i] = n + 1
    return routes


def test_capacity_and_time_window_moves_are_caught():
    """Moving a client into a route that then exceeds the capacity, or
    reaches a client after its window, is infeasible, and the violation says
    which rule broke."""
    d = np.array([[0, 5, 5, 5], [5, 0, 50, 5], [5, 50, 0, 5], [5, 5, 5, 0]], float)
    tw = np.array([[0, 200], [0, 20], [0, 20], [0, 200]], float)
    inst = Instance(distance=d, demand=[0, 4, 4, 4], capacity=8, time_windows=tw)
    assert check(inst, [[1], [2], [3]]).feasible
    over = check(inst, [[1, 3, 2]])
    assert any("exceeds capacity" in v for v in over.violations)
    late = check(inst, [[1, 2], [3]])
    assert any("client 2 served at 55" in v for v in late.violations)


@pytest.mark.parametrize("routes, fragment", [
    ([[27, 24, 27]], "visited more than once: 27"),
    ([[1.0, 2]], "1.0 is not an integer client id"),
    ([[21.7]], "21.7 is not an integer client id"),
    ([[True]], "True is not an integer client id"),
    ("1 2 3", "routes must be a list"),
    ([5], "not a sequence"),
])
def test_named_cases(routes, fragment):
    inst = nco.read(BENCH_X)
    res = check(inst, routes)
    assert not res.feasible
    assert any(fragment in v for v in res.violations), res.violations


def test_the_repeated_client_of_the_report_is_infeasible():
    """A known-good solution with one client visited twice in the same route
    (``27 24 27``) is infeasible, and so is an ATSP tour ``1, 2, 1, 3, ...``."""
    inst = nco.read(BENCH_A)
    routes, _ = nco.read_solution(BENCH_A.with_suffix(".sol"))
    assert check(inst, routes).feasible
    k = next(i for i, r in enumerate(routes) if 27 in r)
    routes[k] = routes[k] + [27]
    assert not check(inst, routes).feasible
    tsp = nco.read(BENCH_ATSP)
    tour = list(range(1, tsp.n_clients + 1))
    assert check(tsp, [tour]).feasible
    assert not check(tsp, [[1, 2, 1, *tour[2:]]]).feasible


def test_solution_keeps_what_the_checker_saw():
    inst = nco.read(BENCH_A)
    sol = nco.Solution.from_routes(inst, [[21.7]])
    assert not sol.feasible and sol.routes == [[21.7]]
    sol = nco.Solution.from_routes(inst, (np.array(r, dtype=np.int64) for r in [[1, 2]]))
    assert sol.routes == [[1, 2]] and not sol.feasible


def test_instance_refuses_boolean_and_complex_data():
    d = np.ones((3, 3))
    with pytest.raises(InputError, match="boolean"):
        Instance(distance=d.astype(bool))
    with pytest.raises(InputError, match="complex"):
        Instance(distance=d.astype(complex))
    with pytest.raises(InputError, match="demand: expected real numbers"):
        Instance(distance=d, demand=np.array([False, True, True]), capacity=2)

