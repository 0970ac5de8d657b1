"""Solvers on real bundled instances: feasible, never below the best-known
cost, warm starts used, time limits kept (loosely), progress reported."""

import dataclasses
from pathlib import Path

import numpy as np
import pytest

import nco
from nco import solvers
from conftest import read_bench as _read
from nco import InputError, bks
from nco.solvers.construct import integer_data

X101 = "cvrp/X/X-n101-k25.vrp"
C101 = "vrptw/solomon/C101.txt"
R102 = "vrptw/solomon/R102.txt"
BR17 = "atsp/tsplib/br17.atsp"
FTV35 = "atsp/tsplib/ftv35.atsp"
E13 = "cvrp/E/E-n13-k4.vrp"
ORTEC = "cvrp/D/ORTEC-n242-k12.vrp"




@pytest.mark.parametrize("method", ["pyvrp", "ortools", "nearest"])
@pytest.mark.parametrize("rel, fleet_from_name", [
    (X101, False), (C101, False), (R102, False), (BR17, False), (FTV35, False), (E13, True), (ORTEC, False),
])
def test_feasible_and_not_below_bks(bench_dir, method, rel, fleet_from_name):
    inst = _read(bench_dir, rel, fleet_from_name)
    sol = nco.solve(inst, method=method, time_limit=0.6, seed=1)
    rec = bks.for_instance(_read(bench_dir, rel))  # best-known cost of the unlimited-fleet file
    assert rec is not None
    assert sol.feasible, sol.violations[:3]
    assert sorted(v for r in sol.routes for v in r) == list(range(1, inst.n_clients + 1))
    assert sol.cost >= rec.cost - 1e-6
    # loose: the limit is wall-clock and the machine is shared
    assert sol.runtime_s < 0.6 * 3 + 1.0


def test_search_beats_construction(bench_dir):
    inst = _read(bench_dir, X101)
    base = nco.solve(inst, method="nearest").cost
    for method in ("pyvrp", "ortools"):
        # CPU seconds, so that a loaded machine does not starve the search
        assert nco.solve(inst, method=method, time_limit=0.8, clock="process").cost < 0.9 * base


def test_atsp_small_is_solved_to_optimality(bench_dir):
    inst = _read(bench_dir, BR17)
    assert nco.solve(inst, method="pyvrp", time_limit=0.5).cost == bks.for_instance(inst).cost


@pytest.mark.parametrize("method", ["pyvrp", "ortools"])
@pytest.mark.parametrize("rel", [X101, C101])
def test_warm_start_from_optimal_solution_is_kept(bench_dir, method, rel):
    # From the proven-optimal .sol, a very short run returns the optimum.
    inst = _read(bench_dir, rel)
    routes, stated = nco.read_solution((bench_dir / rel).with_suffix(".sol"))
    sol = nco.solve(inst, method=method, time_limit=0.15, initial=routes)
    assert sol.feasible
    assert sol.cost == pytest.approx(stated)
    if rel == X101:  # from scratch, that time is far too short for the optimum
        assert nco.solve(inst, method=method, time_limit=0.15).cost > stated


def test_warm_start_improves_on_the_given_routes(bench_dir):
    inst = _read(bench_dir, X101)
    start = nco.solve(inst, method="nearest")
    for method in ("pyvrp", "ortools"):
        sol = nco.solve(inst, method=method, time_limit=0.3, initial=start.routes)
        assert sol.feasible and sol.cost < start.cost


@pytest.mark.parametrize("method", ["pyvrp", "ortools"])
def test_bad_initial_routes_raise(bench_dir, method):
    inst = _read(bench_dir, X101)
    with pytest.raises(InputError, match="outside 1..100"):
        nco.solve(inst, method=method, time_limit=0.2, initial=[[1, 2, 101]])


@pytest.mark.parametrize("method", ["pyvrp", "ortools"])
def test_progress_reports_improving_costs(bench_dir, method):
    inst = _read(bench_dir, X101)
    seen = []
    sol = nco.solve(inst, method=method, time_limit=0.5, progress=lambda t, c: seen.append((t, c)))
    assert seen
    costs = [c for _, c in seen]
    assert all(b <= a for a, b in zip(costs, costs[1:]))
    assert costs[-1] >= sol.cost - 1e-6
    assert all(0 <= t <= 2.0 for t, _ in seen)


def test_pyvrp_seed_changes_the_search(bench_dir):
    inst = _read(bench_dir, "cvrp/X/X-n148-k46.vrp")
    a = nco.solve(inst, method="pyvrp", time_limit=0.3, seed=0)
    b = nco.solve(inst, method="pyvrp", time_limit=0.3, seed=7)
    assert a.feasible and b.feasible
    assert a.routes != b.routes


def test_limited_fleet_is_respected(bench_dir):
    inst = _read(bench_dir, C101)
    assert inst.num_vehicles == 25
    small = dataclasses.replace(inst, num_vehicles=12)
    for method in ("pyvrp", "ortools"):
        sol = nco.solve(small, method=method, time_limit=0.6, clock="process")
        assert sol.feasible and sol.num_routes <= 12


def _asymmetric_float_acvrptw(bench_dir):
    """ftv35's asymmetric road-like matrix as float distances and durations,
    with unit demands and time windows derived from the optimal tour."""
    base = nco.read(bench_dir / FTV35)
    d = base.distance / 7.3
    np.fill_diagonal(d, 0.0)
    n1 = d.shape[0]
    tw = np.zeros((n1, 2))
    tw[0] = [0.0, 1000.0]
    tw[1:, 0] = 0.0
    tw[1:, 1] = np.linspace(200.0, 800.0, n1 - 1)
    demand = np.r_[0.0, np.full(n1 - 1, 1.5)]
    return nco.Instance(distance=d, duration=d * 1.1, demand=demand, capacity=12.0, time_windows=tw,
                        service_time=np.r_[0.0, np.full(n1 - 1, 0.25)], name="ftv35-acvrptw")


def test_integer_data_scales_by_convention(bench_dir):
    x = integer_data(_read(bench_dir, X101))
    assert x.dist_scale == 1.0
    c = _read(bench_dir, C101)
    ic = integer_data(c)
    assert ic.dist_scale == 10.0 and ic.time_scale == 10.0
    off = ~np.eye(c.n_nodes, dtype=bool)
    assert np.array_equal(ic.distance[off], np.round(c.distance[off] * 10).astype(np.int64))
    assert np.array_equal(ic.tw, np.round(c.time_windows * 10).astype(np.int64))
    f = _asymmetric_float_acvrptw(bench_dir)
    fi = integer_data(f)
    assert 0.5e6 <= fi.distance.max() <= 1e6
    off = ~np.eye(f.n_nodes, dtype=bool)
    assert np.abs(fi.distance[off] / fi.dist_scale - f.distance[off]).max() <= 0.5 / fi.dist_scale
    # rounded so that integer-feasible is feasible: durations up, closings down
    assert np.all(fi.duration[off] >= f.duration[off] * fi.time_scale - 1e-6)
    assert np.all(fi.tw[:, 1] <= f.time_windows[:, 1] * fi.time_scale + 1e-6)
    assert np.all(fi.demand[1:] * f.capacity <= fi.capacity * f.demand[1:] + 1e-3 * fi.capacity)


@pytest.mark.parametrize("method", ["pyvrp", "ortools", "nearest"])
def test_asymmetric_float_vrptw(bench_dir, method):
    inst = _asymmetric_float_acvrptw(bench_dir)
    assert not inst.symmetric and inst.time_windows is not None
    sol = nco.solve(inst, method=method, time_limit=0.5, clock="process" if method != "nearest" else "wall")
    assert sol.feasible, sol.violations[:3]
    assert all(len(r) <= 8 for r in sol.routes)  # capacity 12 / demand 1.5


def test_registry_names():
    for name in ("pyvrp", "ortools", "nearest"):
        assert callable(solvers.get(name))
    with pytest.raises(InputError, match="unknown method"):
        solvers.get("no-such-solver")


@pytest.mark.parametrize("method", ["pyvrp", "ortools"])
def test_process_clock(bench_dir, method):
    inst = _read(bench_dir, X101)
    sol = nco.solve(inst, method=method, time_limit=0.3, clock="process")
    assert sol.feasible
    with pytest.raises(InputError, match="clock must be one of"):
        nco.solve(inst, method=method, time_limit=0.3, clock="sundial")


def test_default_method_follows_the_kind_of_instance(bench_dir):
    """The default is the measured best per kind: HGS-CVRP for a symmetric CVRP (no fleet limit), PyVRP for
    VRPTW, the GA for ATSP and for road-matrix (asymmetric) ACVRP / ACVRPTW."""
    from nco.data.testsets import load_testset, shipped

    cases = [(nco.read(bench_dir / "cvrp/E/E-n13-k4.vrp"), "hgs"),
             (nco.read(bench_dir / "vrptw/solomon/C101.txt"), "pyvrp"),
             (nco.read(bench_dir / "atsp/tsplib/ftv35.atsp"), "ga")]
    for name in ("acvrp_n50_seed3333_test_cities", "acvrptw_n50_seed3333_test_cities"):
        insts = load_testset(shipped(name))[0]
        cases.append((insts[0], "ga"))
    for inst, expected in cases:
        sol = nco.solve(inst, time_limit=0.3, seed=0)
        assert sol.method == expected, inst.kind
        assert sol.feasible


def test_pyvrp_counts_its_iterations(bench_dir, monkeypatch):
    from nco.budget import Budget
    from nco.solvers.pyvrp_solver import BudgetStop

    stop = BudgetStop(Budget(iterations=3))
    assert [stop(0.0) for _ in range(5)] == [False, False, False, True, True]
    inst = _read(bench_dir, X101)
    seen = []

    class Counting(BudgetStop):
        def __call__(self, best_cost):
            done = super().__call__(best_cost)
            seen.append(self.iterations)
            return done

    import nco.solvers.pyvrp_solver as ps

    monkeypatch.setattr(ps, "BudgetStop", Counting)
    nco.solve(inst, method="pyvrp", iterations=25, seed=0)
    assert seen[-1] == 25


def test_ortools_iterations_are_its_solution_limit(bench_dir):
    inst = _read(bench_dir, X101)
    seen = []
    nco.solve(inst, method="ortools", iterations=12, progress=lambda t, c: seen.append(c))
    few = nco.solve(inst, method="ortools", iterations=12)
    more = nco.solve(inst, method="ortools", iterations=40)
    assert 1 <= len(seen) <= 12
    assert more.cost < few.cost


def _warning_solver(feasible: bool):
    def solve(instance, budget, **kw):
        import warnings

        from pyvrp.exceptions import PenaltyBoundWarning

        warnings.warn("penalty at its maximum", PenaltyBoundWarning)
        warnings.warn("something else", UserWarning)
        routes = solvers.get("nearest")(instance)
        return routes if feasible else [[v] for r in routes for v in r][:-1]  # a client left out
    return solve


@pytest.mark.parametrize("feasible", [True, False])
def test_penalty_bound_warning_only_on_infeasible_answers(bench_dir, monkeypatch, feasible):
    import warnings

    monkeypatch.setitem(solvers.REGISTRY, "warns", _warning_solver(feasible))
    inst = _read(bench_dir, E13)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        sol = nco.solve(inst, method="warns")
    assert sol.feasible == feasible
    names = sorted(w.category.__name__ for w in caught)
    assert names == (["UserWarning"] if feasible else ["PenaltyBoundWarning", "UserWarning"])


def test_neural_decode_plan_fits_the_rollouts():
    from nco.neural.solve import plan

    assert plan(100, 10_000) == (8, 100)
    assert plan(500, 800) == (8, 100)
    assert plan(500, 400) == (4, 100)
    assert plan(500, 50) == (1, 50)
    assert plan(500, 0.5) == (1, 1)
    for avail, r in ((12, 30), (300, 123), (1000, 7)):
        aug, starts = plan(avail, r)
        assert aug * starts <= max(r, 1) and starts <= avail


def test_neural_keeps_its_time_limit_when_the_policy_loads_slowly(bench_dir, monkeypatch):
    """Loading counts: a policy that is not ready in time gives way to the
    construction, with a warning, inside the limit."""
    import time as _time

    import nco.neural.solve as ns

    def slow_load(name, **kw):
        _time.sleep(2.0)
        raise AssertionError("not reached in time")

    monkeypatch.setattr(ns, "_CACHE", {})
    monkeypatch.setattr(ns, "_LOADING", {})
    monkeypatch.setattr(ns, "load_policy", slow_load)
    inst = _read(bench_dir, X101)
    with pytest.warns(UserWarning, match="did not load within the time limit"):
        sol = nco.solve(inst, method="neural", time_limit=0.5)
    assert sol.feasible and sol.runtime_s < 0.8
    assert sol.routes == nco.solve(inst, method="nearest").routes


def _penalties_stuck_at_their_bound(monkeypatch):
    """PyVRP with penalties fixed at a tiny bound: infeasible neighbours stay
    cheap, it struggles and issues ``PenaltyBoundWarning``."""
    from pyvrp import PenaltyParams

    from nco.solvers import pyvrp_solver

    monkeypatch.setattr(pyvrp_solver, "penalty_params",
                        lambda idata: PenaltyParams(min_penalty=1e-3, max_penalty=1e-3))
    return pyvrp_solver


def test_pyvrp_penalty_bound_warning_not_printed_on_a_feasible_result(bench_dir, monkeypatch, capsys):
    import warnings

    from nco.budget import Budget
    from nco.cli import main

    path = bench_dir / E13
    inst = nco.read(path)
    start, _ = nco.read_solution(path.with_suffix(".sol"))  # feasible: the answer when the search finds nothing better
    pyvrp_solver = _penalties_stuck_at_their_bound(monkeypatch)
    with warnings.catch_warnings(record=True) as raw:
        warnings.simplefilter("always")
        pyvrp_solver.solve(inst, Budget(1.0), seed=0, initial=start)
    assert "PenaltyBoundWarning" in {w.category.__name__ for w in raw}  # PyVRP itself warns here
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        sol = nco.solve(inst, method="pyvrp", time_limit=1.0, initial=start)
    assert sol.feasible and not [w for w in caught if w.category.__name__ == "PenaltyBoundWarning"]
    assert main(["solve", str(path), "-m", "pyvrp", "-t", "1", "--initial", str(path.with_suffix(".sol"))]) == 0
    err = capsys.readouterr().err
    assert "penalty" not in err.lower() and "warning" not in err.lower(), err
