"""The checker against the bundled .sol files: on a sample of every set, the
checker's cost equals the cost the file states and the solution is feasible;
the BKS table agrees with it or says why it is lower.  ``nco check --all
data/bench`` covers every file (see docs/benchmarks.md)."""

from pathlib import Path

import pytest

import nco
from nco import bks
from nco.commands.check import INSTANCE_SUFFIXES, check_file

BENCH = Path(__file__).resolve().parents[1] / "data" / "bench"
SETS = ["cvrp/A", "cvrp/B", "cvrp/D", "cvrp/E", "cvrp/F", "cvrp/M", "cvrp/P", "cvrp/X",
        "vrptw/solomon", "vrptw/gh200", "vrptw/gh400", "vrptw/gh600", "vrptw/gh800", "vrptw/gh1000"]


def _sample(folder: str, k: int = 2) -> list[Path]:
    """The first and the last .sol of a set (smallest and largest names)."""
    sols = sorted((BENCH / folder).glob("*.sol"))
    assert sols, folder
    return sorted({sols[0], sols[-1]})[:k]


def _instance(sol: Path) -> Path:
    return next(sol.with_suffix(s) for s in INSTANCE_SUFFIXES if sol.with_suffix(s).exists())


CASES = [(folder, sol.stem) for folder in SETS for sol in _sample(folder)]


@pytest.mark.parametrize("folder, name", CASES)
def test_checker_cost_equals_stated_cost(folder, name):
    sol = BENCH / folder / f"{name}.sol"
    inst = nco.read(_instance(sol))
    routes, stated = nco.read_solution(sol)
    res = nco.check(inst, routes)
    assert res.feasible, res.violations[:3]
    assert stated is not None
    assert res.cost == pytest.approx(stated, abs=1e-6)
    rec = bks.for_instance(inst)
    assert rec is not None, "every bundled .sol has a BKS row"
    assert rec.cost <= res.cost + 1e-6
    if rec.cost < res.cost - 1e-6:
        assert rec.newer_than_sol, rec.note


@pytest.mark.parametrize("convention, name, folder", [("round", "X-n101-k25", "cvrp/X"),
                                                      ("trunc1", "R102", "vrptw/solomon")])
def test_the_other_convention_does_not_reproduce_the_stated_cost(convention, name, folder):
    # the stated costs pin the convention: raw Euclidean distances differ
    sol = BENCH / folder / f"{name}.sol"
    inst = nco.read(_instance(sol), convention="raw")
    routes, stated = nco.read_solution(sol)
    assert nco.check(inst, routes).cost != pytest.approx(stated, abs=1e-3)
    assert nco.read(_instance(sol)).convention == convention


def test_newer_bks_is_reported():
    row = check_file(BENCH / "cvrp/D/Loggi-n601-k42.vrp", BENCH / "cvrp/D/Loggi-n601-k42.sol")
    assert row.cost_matches and row.feasible
    assert row.stated_cost == 347059 and row.bks == 347046
    assert "lower cost 347046" in row.note


def test_bks_lookup():
    rec = bks.lookup("X-n101-k25")
    assert rec.cost == 27591 and rec.set == "CVRP-X" and rec.convention == "round" and rec.optimal
    assert bks.lookup("C101").convention == "trunc1"
    assert bks.lookup("ftv170").convention == "raw"
    assert bks.lookup("not-an-instance") is None
    assert bks.gap_pct(101.0, 100.0) == pytest.approx(1.0)
    assert bks.gap_pct(101.0, None) is None
    # a CVRPLIB instance read with raw distances has no comparable BKS
    raw = nco.read(BENCH / "cvrp/X/X-n101-k25.vrp", convention="raw")
    assert bks.for_instance(raw) is None
    # an ATSP counts cities, the instance counts clients besides the start
    assert bks.for_instance(nco.read(BENCH / "atsp/tsplib/br17.atsp")).cost == 39
