"""With an iteration limit, a seed and no time limit, every method gives the
same routes and cost on every run (in one process and across processes),
whatever the machine's load."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

import nco

ROOT = Path(__file__).resolve().parents[1]
X101 = ROOT / "data/bench/cvrp/X/X-n101-k25.vrp"
X502 = ROOT / "data/bench/cvrp/X/X-n502-k39.vrp"
C101 = ROOT / "data/bench/vrptw/solomon/C101.txt"

#: Small iteration counts per method (an iteration means something else for each).
SMALL = {"pyvrp": 200, "ga": 15, "ortools": 60, "earli": 5, "earli-ils": 50, "neural": 16, "nearest": 1}


@pytest.mark.parametrize("method", list(SMALL))
def test_two_runs_with_a_seed_give_the_same_routes(method):
    inst = nco.read(X101)
    a = nco.solve(inst, method=method, iterations=SMALL[method], seed=3)
    b = nco.solve(inst, method=method, iterations=SMALL[method], seed=3)
    assert a.feasible
    assert a.routes == b.routes and a.cost == b.cost


@pytest.mark.parametrize("method", ["pyvrp", "ga"])
def test_the_seed_still_matters(method):
    """The runs above agree because the search is reproducible, not because
    it always ends in the same place."""
    inst = nco.read(X101)
    a = nco.solve(inst, method=method, iterations=SMALL[method], seed=3)
    b = nco.solve(inst, method=method, iterations=SMALL[method], seed=4)
    assert a.routes != b.routes


@pytest.mark.parametrize("method", ["ga", "ortools"])
def test_time_windows_too(method):
    inst = nco.read(C101)
    a = nco.solve(inst, method=method, iterations=SMALL[method] // 2, seed=1)
    b = nco.solve(inst, method=method, iterations=SMALL[method] // 2, seed=1)
    assert a.feasible and a.routes == b.routes


def test_iterations_bound_the_search():
    """More iterations, no worse; the count, not the clock, ends the run."""
    inst = nco.read(X101)
    few = nco.solve(inst, method="pyvrp", iterations=20, seed=0)
    many = nco.solve(inst, method="pyvrp", iterations=1000, seed=0)
    assert many.cost < few.cost
    assert few.runtime_s < many.runtime_s


def _cli(method: str, iterations: int, file=X502) -> dict:
    out = subprocess.run([sys.executable, "-m", "nco.cli", "solve", str(file), "--iterations", str(iterations),
                          "--seed", "1", "--json", "--method", method],
                         capture_output=True, text=True, cwd=ROOT, timeout=3600)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def test_two_processes_agree():
    """OR-Tools in two fresh processes (nothing carried over in memory)."""
    a = _cli("ortools", SMALL["ortools"], X101)
    b = _cli("ortools", SMALL["ortools"], X101)
    assert a["routes"] == b["routes"] and a["cost"] == b["cost"]


@pytest.mark.slow
@pytest.mark.parametrize("method", ["pyvrp", "ga", "earli", "ortools"])
def test_x502_with_2000_iterations_is_reproducible_across_processes(method):
    a = _cli(method, 2000)
    b = _cli(method, 2000)
    assert a["feasible"] and not a["interrupted"]
    assert a["routes"] == b["routes"] and a["cost"] == b["cost"]
