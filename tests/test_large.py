"""Large instances: distances computed on demand, the X-style generator, decomposition."""

from __future__ import annotations

import argparse
import importlib
import time

import numpy as np
import pytest
from nco.solvers.construct import sweep

import nco
from nco import io, matrix
from nco.checker import check
from nco.cli import main
from nco.commands.solve import MIN_SOLVE_SECONDS, _time_left, process_age
from nco.data.xgen import generate
from nco.decompose import SHORT_SUB_SECONDS, _Job, _sub_method
from nco.errors import InputError
from nco.matrix import CoordinateMatrix
from nco.resources import data as bundled
from nco.solve import default_method

X101 = bundled("bench", "cvrp", "X", "X-n101-k25.vrp")
solve_module = importlib.import_module("nco.solve")  # the attribute nco.solve is the function
C101 = bundled("bench", "vrptw", "solomon", "C101.txt")


@pytest.fixture(scope="module")
def x101():
    return nco.read(X101)


@pytest.fixture
def small_dense_limit(monkeypatch):
    """Readers hold instances of more than 50 nodes as coordinate matrices."""
    monkeypatch.setattr(io, "DENSE_LIMIT", 50)
    monkeypatch.setattr(matrix, "DENSE_LIMIT", 50)


def test_coordinate_matrix_equals_the_dense_reader(x101):
    cm = CoordinateMatrix(x101.coords, "round")
    n = x101.n_nodes
    assert np.array_equal(cm[np.arange(n)[:, None], np.arange(n)[None, :]], x101.distance)
    solomon = nco.read(C101)
    ct = CoordinateMatrix(solomon.coords, "trunc1")
    assert np.array_equal(ct[np.ix_(np.arange(solomon.n_nodes), np.arange(solomon.n_nodes))], solomon.distance)


def test_coordinate_matrix_indexes_as_numpy(x101):
    cm, d = CoordinateMatrix(x101.coords, "round"), x101.distance
    rows, cols = np.array([3, 0, 7]), np.array([5, 9, 1])
    assert cm[3, 5] == d[3, 5] and isinstance(cm[3, 5], float)
    assert np.array_equal(cm[rows, cols], d[rows, cols])
    assert np.array_equal(cm[np.ix_(rows, cols)], d[np.ix_(rows, cols)])
    assert np.array_equal(cm[4], d[4])
    assert np.array_equal(cm[:, 4], d[:, 4])
    assert np.array_equal(cm[rows, :], d[rows, :])
    assert np.array_equal(cm[2:6, 1:3], d[2:6, 1:3])
    assert cm.T is cm and cm.shape == d.shape


def test_coordinate_matrix_refuses_bad_and_huge_requests(x101, monkeypatch):
    cm = CoordinateMatrix(x101.coords, "round")
    with pytest.raises(InputError, match="out of range"):
        cm[0, 101]
    with pytest.raises(InputError, match="integer indices"):
        cm[np.array([True, False]), 0]
    monkeypatch.setattr(matrix, "MAX_BLOCK", 1000)
    with pytest.raises(InputError, match="above the limit"):
        cm[:, :]
    big = CoordinateMatrix(np.random.default_rng(0).random((matrix.DENSE_LIMIT + 1, 2)))
    with pytest.raises(InputError, match="method 'decompose'"):
        np.asarray(big)


def test_reader_holds_large_coordinate_files_on_demand(x101, small_dense_limit):
    inst = nco.read(X101)
    assert inst.implicit and not x101.implicit
    routes = nco.solve(x101, method="nearest").routes
    assert check(inst, routes).cost == check(x101, routes).cost
    assert inst.symmetric and inst.kind == "CVRP"
    sub = inst.subset(np.arange(0, 40), num_vehicles=12)
    assert not sub.implicit and sub.num_vehicles == 12
    assert np.array_equal(sub.distance, x101.distance[:40, :40])


def test_dense_methods_refuse_and_the_default_decomposes(small_dense_limit):
    inst = nco.read(X101)
    with pytest.raises(InputError, match="methods that work at this size: decompose"):
        nco.solve(inst, method="pyvrp", time_limit=1)
    assert default_method(inst) == "decompose"


def test_default_decomposes_cvrp_from_500_clients(bench_dir, monkeypatch):
    """From 500 clients a CVRP with coordinates is decomposed by default; below, HGS-CVRP with a time limit
    and no fleet limit (otherwise, or without hygese: from 300 clients the GA up to 10 s, PyVRP above and
    below); a sub-problem of 300-499 clients keeps PyVRP; a solve ends feasible."""
    x502 = nco.read(bench_dir / "cvrp/X/X-n502-k39.vrp")
    assert x502.n_clients == 501 and default_method(x502) == "decompose"
    x499 = x502.subset(np.arange(499))
    assert [default_method(x499, time_limit=t) for t in (1, 10, 30, None)] == ["hgs", "hgs", "hgs", "pyvrp"]
    assert default_method(x499, decompose=False, time_limit=5) == "pyvrp"
    x299 = x502.subset(np.arange(299))
    assert default_method(x299, time_limit=5) == "hgs" and default_method(x299) == "pyvrp"
    sol = nco.solve(x499, time_limit=0.5, clock="process")
    assert sol.method == "hgs" and sol.feasible
    fleet = x502.subset(np.arange(499), num_vehicles=40)
    assert [default_method(fleet, time_limit=t) for t in (1, 10, 30)] == ["ga", "ga", "pyvrp"]
    monkeypatch.setattr(nco.peers, "available", lambda method: False)
    assert [default_method(x499, time_limit=t) for t in (1, 10, 30)] == ["ga", "ga", "pyvrp"]
    assert default_method(x299, time_limit=5) == "pyvrp"
    sol = nco.solve(x502, time_limit=1, clock="process")
    assert sol.method == "decompose" and sol.feasible


def test_default_decomposes_large_dense_cvrp_only(monkeypatch, x101):
    monkeypatch.setattr(solve_module, "DECOMPOSE_FROM", 100)
    assert default_method(x101) == "decompose"
    assert default_method(x101.subset(np.arange(100))) == "pyvrp"
    assert default_method(nco.read(C101)) == "pyvrp"  # VRPTW: not measured at scale


def test_generator_draws_the_x_distributions():
    a = generate(300, depot="C", customers="C", demand="Q", route_size=10, seed=4)
    b = generate(300, depot="C", customers="C", demand="Q", route_size=10, seed=4)
    assert a.fingerprint == b.fingerprint and not a.implicit
    assert np.array_equal(a.coords[0], [500, 500])
    assert len({tuple(p) for p in a.coords}) == 301  # distinct points
    assert a.capacity == np.ceil(10 * a.demand.sum() / 300)
    r = generate(300, customers="R", demand="5-10", seed=4)
    assert set(np.unique(r.demand[1:])) <= set(range(5, 11))

    def spread(inst):  # mean distance to the nearest other client
        d = inst.distance[1:, 1:] + np.eye(300) * 1e9
        return d.min(1).mean()

    assert spread(a) < 0.7 * spread(r)  # clusters are denser than random points
    with pytest.raises(InputError, match="demand must be one of"):
        generate(10, demand="2-3")


def test_large_file_round_trip_stays_small(tmp_path):
    big = generate(matrix.DENSE_LIMIT + 99, seed=1)
    assert big.implicit
    path = io.write_vrplib(tmp_path / "big.vrp", big)
    assert path.stat().st_size < 200_000
    assert "EDGE_WEIGHT_SECTION" not in path.read_text()
    back = nco.read(path)
    assert back.implicit and back.fingerprint == big.fingerprint


def test_decompose_improves_sweep_feasibly_and_repeats(x101):
    start = check(x101, sweep(x101))
    assert start.feasible
    a = nco.solve(x101, method="decompose", iterations=6, seed=3, size=30)
    b = nco.solve(x101, method="decompose", iterations=6, seed=3, size=30)
    assert a.feasible and a.cost < start.cost
    assert a.routes == b.routes


def test_decompose_on_an_implicit_instance_within_its_limit():
    inst = generate(matrix.DENSE_LIMIT + 499, customers="C", seed=2)
    costs = []
    sol = nco.solve(inst, time_limit=4, progress=lambda t, c: costs.append(c))
    assert sol.method == "decompose" and sol.feasible
    assert sol.runtime_s < 4.4
    assert costs[-1] < costs[0] and sol.cost == pytest.approx(costs[-1])


def test_decompose_solves_time_windows_from_single_routes():
    inst = nco.read(C101)
    sol = nco.solve(inst, method="decompose-ga", iterations=4, size=25)
    assert sol.feasible and sol.num_routes < inst.n_clients


def test_decompose_refuses_what_it_cannot_group(x101):
    tour = nco.Instance(distance=x101.distance[:20, :20])
    with pytest.raises(InputError, match="one tour"):
        nco.solve(tour, method="decompose", time_limit=1)
    with pytest.raises(InputError, match="no coordinates"):
        nco.solve(nco.Instance(distance=x101.distance, demand=x101.demand, capacity=x101.capacity),
                  method="decompose", time_limit=1)
    with pytest.raises(InputError, match="size must be"):
        nco.solve(x101, method="decompose", time_limit=1, size=1)


def test_cli_draws_a_file_and_never_overwrites_it(tmp_path, capsys):
    out = tmp_path / "x.vrp"
    assert main(["data", "x", "--n", "120", "--demand", "SL", "--seed", "7", "--out", str(out)]) == 0
    inst = nco.read(out)
    assert inst.n_clients == 120 and inst.convention == "round"
    before = out.read_bytes()
    assert main(["data", "x", "--n", "50", "--out", str(out)]) == 2
    assert "--force" in capsys.readouterr().err and out.read_bytes() == before
    assert main(["data", "x", "--n", "50", "--out", str(out), "--force"]) == 0
    assert nco.read(out).n_clients == 50


def test_decompose_workers_give_the_routes_of_one(x101):
    one = nco.solve(x101, method="decompose", iterations=4, seed=1, size=30)
    two = nco.solve(x101, method="decompose", iterations=4, seed=1, size=30, workers=2)
    assert two.feasible and two.routes == one.routes
    with pytest.raises(InputError, match="wall-clock"):
        nco.solve(x101, method="decompose", time_limit=1, clock="process", workers=2)


def test_cli_workers_only_for_decomposition(capsys):
    assert main(["solve", "X-n101-k25", "--workers", "2", "-t", "1"]) == 2
    assert "decompose methods" in capsys.readouterr().err
    assert main(["solve", "X-n101-k25", "-m", "decompose", "--workers", "2", "-t", "3", "--json"]) == 0
    assert '"feasible": true' in capsys.readouterr().out


def test_cli_limit_counts_from_the_start_of_the_command():
    assert 0 < process_age() < 24 * 3600  # this test's own process
    args = argparse.Namespace(time_limit=5.0, iterations=None)
    assert _time_left(args, time.perf_counter() - 2.0) == pytest.approx(3.0, abs=0.2)
    assert _time_left(args, time.perf_counter() - 9.0) == MIN_SOLVE_SECONDS
    assert _time_left(argparse.Namespace(time_limit=None, iterations=None), time.perf_counter()) == \
        pytest.approx(5.0, abs=0.2)
    assert _time_left(argparse.Namespace(time_limit=None, iterations=50), time.perf_counter()) is None


def test_short_cvrp_sub_problems_go_to_the_ga(x101):
    def job(inst, seconds):
        return _Job([0], inst, np.arange(inst.n_nodes), [], seconds, 0)

    assert _sub_method(job(x101, SHORT_SUB_SECONDS / 2)) == "ga"
    assert _sub_method(job(x101, SHORT_SUB_SECONDS * 2)) == "pyvrp"
    assert _sub_method(job(nco.read(C101), SHORT_SUB_SECONDS / 2)) == "pyvrp"


def test_a_large_group_is_not_decomposed_again(bench_dir):
    """A sub-problem of 500 clients or more (groups of at least ``size``) is solved whole, never decomposed again."""
    from nco.decompose import _Job, _sub_method

    x502 = nco.read(bench_dir / "cvrp/X/X-n502-k39.vrp")
    part = x502.subset(np.arange(502))
    assert default_method(part) == "decompose"
    job = _Job(group=[], part=part, nodes=np.arange(502), start=[], seconds=5.0, seed=0)
    assert _sub_method(job) == "pyvrp"
