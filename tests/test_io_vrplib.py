"""Solution files are written by ``vrplib`` and read by our strict reader."""

from __future__ import annotations

import pytest
import vrplib

import nco
from nco import InputError


def test_write_solution_is_vrplibs_writer(tmp_path):
    routes = [[3, 1], [], [2, 5, 4]]
    ours = nco.write_solution(tmp_path / "ours.sol", routes, 1234.5)
    vrplib.write_solution(tmp_path / "theirs.sol", [[3, 1], [2, 5, 4]], {"Cost": "1234.5"})
    assert ours.read_bytes() == (tmp_path / "theirs.sol").read_bytes()
    assert ours.read_text() == "Route #1: 3 1\nRoute #2: 2 5 4\nCost: 1234.5\n"
    nco.write_solution(tmp_path / "nocost.sol", routes)
    assert (tmp_path / "nocost.sol").read_text() == "Route #1: 3 1\nRoute #2: 2 5 4\n"


def test_bundled_solutions_round_trip(bench_dir, tmp_path):
    sols = sorted(bench_dir.rglob("*.sol"))
    assert len(sols) > 100
    for sol in sols:
        routes, cost = nco.read_solution(sol)
        out = nco.write_solution(tmp_path / "x.sol", routes, cost)
        assert nco.read_solution(out) == (routes, pytest.approx(cost, rel=1e-9)), sol.name
        theirs = vrplib.read_solution(out)
        assert theirs["routes"] == routes and theirs["cost"] == pytest.approx(cost, rel=1e-9), sol.name
        # the route lines are the bundled file's, up to trailing blanks
        assert out.read_text().splitlines()[:-1] == [ln.rstrip() for ln in sol.read_text().splitlines()
                                                     if ln.startswith("Route")], sol.name


def test_our_reader_refuses_what_vrplib_misreads(tmp_path):
    path = tmp_path / "a.sol"
    path.write_text("Route #1: 1 2\nRoutes used: 5\nCost 20\n")
    assert vrplib.read_solution(path)["routes"] == [[1, 2], [5]]
    with pytest.raises(InputError, match="line 2"):
        nco.read_solution(path)


def test_our_instance_reader_where_vrplib_falls_short(bench_dir, tmp_path):
    atsp = bench_dir / "atsp/tsplib/br17.atsp"  # matrix rows wrap over several lines
    with pytest.raises(ValueError):
        vrplib.read_instance(atsp)
    assert nco.read(atsp).n_nodes == 17
    a32 = bench_dir / "cvrp/A/A-n32-k5.vrp"
    assert vrplib.read_instance(a32)["edge_weight"][0, 1] != nco.read(a32).distance[0, 1] == 35  # rounded
    cut = tmp_path / "cut.vrp"
    cut.write_text(a32.read_text()[:600])
    vrplib.read_instance(cut)  # no complaint
    with pytest.raises(InputError, match="missing"):
        nco.read(cut)
