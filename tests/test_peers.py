"""Peers (HGS-CVRP as "hgs", a dependency; LKH-3 as "lkh", an optional
extra): routes that the checker finds feasible on small bundled instances,
CPU-second budgets, the benchmark knows them, a missing package is one clear
error, and HGS's empty answer becomes a construction."""

import sys
import time

import numpy as np
import pytest
from conftest import read_bench as _read

import nco
from nco import InputError, bench, bks, peers, solvers

E13 = "cvrp/E/E-n13-k4.vrp"
X101 = "cvrp/X/X-n101-k25.vrp"
BR17 = "atsp/tsplib/br17.atsp"
FTV35 = "atsp/tsplib/ftv35.atsp"
C101 = "vrptw/solomon/C101.txt"


@pytest.fixture
def elkai():
    return pytest.importorskip("elkai")


@pytest.mark.parametrize("rel, fleet_from_name", [(E13, True), (X101, False)])
def test_hgs_routes_check_feasible(bench_dir, rel, fleet_from_name):
    inst = _read(bench_dir, rel, fleet_from_name)
    c0 = time.process_time()
    sol = nco.solve(inst, method="hgs", time_limit=0.5, seed=1, clock="process")
    cpu = time.process_time() - c0
    assert sol.feasible, sol.violations[:3]
    assert sorted(v for r in sol.routes for v in r) == list(range(1, inst.n_clients + 1))
    assert sol.cost >= bks.for_instance(_read(bench_dir, rel)).cost - 1e-6
    if fleet_from_name:
        assert len(sol.routes) <= inst.num_vehicles
    assert cpu < 0.5 + 1.0  # HGS's timeLimit is CPU seconds


@pytest.mark.parametrize("rel", [BR17, FTV35])
def test_lkh_routes_check_feasible_and_optimal(bench_dir, rel, elkai):
    inst = _read(bench_dir, rel)
    sol = nco.solve(inst, method="lkh", time_limit=0.5, clock="process")
    assert sol.feasible, sol.violations[:3]
    assert [sorted(sol.routes[0])] == [list(range(1, inst.n_clients + 1))]
    assert sol.cost == pytest.approx(bks.for_instance(inst).cost)  # proven optima, easy for LKH


def test_lkh_matrix_scales_fractional_distances():
    d = np.array([[0.0, 1.5], [2.25, 0.0]])
    assert peers.lkh_matrix(d) == [[0, 1500], [2250, 0]]
    assert peers.lkh_matrix(np.array([[0.0, 3.0], [4.0, 0.0]])) == [[0, 3], [4, 0]]


def test_peers_refuse_other_problems(bench_dir, elkai):
    with pytest.raises(InputError, match="CVRP only"):
        nco.solve(_read(bench_dir, C101), method="hgs", time_limit=0.2)
    with pytest.raises(InputError, match="TSP and ATSP only"):
        nco.solve(_read(bench_dir, E13), method="lkh", time_limit=0.2)


@pytest.mark.parametrize("method, package", [("hgs", "hygese"), ("lkh", "elkai")])
def test_missing_extra_is_one_clear_line(bench_dir, monkeypatch, method, package):
    monkeypatch.setitem(sys.modules, package, None)  # import fails as if not installed
    inst = _read(bench_dir, E13 if method == "hgs" else BR17)
    with pytest.raises(InputError) as err:
        nco.solve(inst, method=method, time_limit=0.2)
    msg = str(err.value)
    assert "\n" not in msg and package in msg and ("nco[peers]" in msg) == (method == "lkh")


def test_hgs_without_a_solution_returns_the_construction(bench_dir):
    """HGS-CVRP finds nothing within 153 vehicles on X-n524-k153: a warning and the nearest-neighbour routes,
    which the checker reports over the fleet, never an empty answer."""
    inst = _read(bench_dir, "cvrp/X/X-n524-k153.vrp", fleet_from_name=True)
    with pytest.warns(RuntimeWarning, match="no solution"):
        sol = nco.solve(inst, method="hgs", time_limit=0.3, clock="process")
    assert sol.routes == nco.solve(inst, method="nearest").routes
    assert not sol.feasible and "the fleet has 153 vehicles" in sol.violations[0]


def test_solve_cli_runs_hgs(bench_dir, capsys):
    from nco import cli
    assert cli.main(["solve", str(bench_dir / E13), "--method", "hgs", "-t", "0.3", "--json"]) == 0
    out = capsys.readouterr().out
    assert '"method": "hgs"' in out and '"feasible": true' in out


def test_bench_runs_peers(bench_dir, tmp_path, elkai):
    assert {"hgs", "lkh"} <= set(solvers.REGISTRY)
    suite = bench.Suite(name="tiny", files=["atsp/tsplib/br17.atsp"], root=str(bench_dir), buckets=[[0, 100]])
    rows = bench.run_suite(suite, ["lkh"], [0.3], [0], tmp_path, progress=False, clock="process")
    assert len(rows) == 1 and rows[0]["feasible"] and rows[0]["gap_pct"] == 0.0 and rows[0]["cpu_s"] > 0


@pytest.mark.parametrize("k", [1, 2, 5])
def test_hgs_default_on_a_few_clients(bench_dir, k):
    """HGS-CVRP, the default for a small CVRP, on one client (where the library itself never returns) and a few."""
    inst = nco.read(bench_dir / X101).subset(np.arange(k + 1))
    sol = nco.solve(inst, time_limit=0.2, clock="process")
    assert sol.method == "hgs" and sol.feasible
    assert sorted(v for r in sol.routes for v in r) == list(range(1, k + 1))


def test_hgs_gets_the_cpu_seconds_a_wall_clock_budget_buys(monkeypatch):
    """HGS-CVRP counts CPU seconds: a wall-clock budget is scaled by the share of a core the process gets."""
    from nco.budget import Budget

    monkeypatch.setattr(time, "process_time", lambda: 0.5 * time.perf_counter())  # half a core
    wall = Budget(4.0)
    assert peers._cpu_seconds_left(wall) == pytest.approx(0.5 * wall.remaining(), rel=0.05)
    assert peers._cpu_seconds_left(Budget(4.0, clock="process")) == pytest.approx(4.0, abs=0.1)
