import numpy as np
import pytest

import nco
from nco import Instance, check


@pytest.fixture
def inst():
    d = np.array([[0, 2, 4, 3], [1, 0, 5, 2], [4, 2, 0, 1], [3, 9, 1, 0]], float)
    tw = np.array([[0, 30], [0, 5], [6, 9], [0, 30]], float)
    return Instance(distance=d, demand=[0, 2, 3, 4], capacity=7, time_windows=tw,
                    service_time=[0, 1, 1, 1], num_vehicles=2)


def test_cost_is_directional(inst):
    assert check(inst, [[1, 2], [3]]).cost == 2 + 5 + 4 + 3 + 3
    assert check(inst, [[2, 1], [3]]).cost == 4 + 2 + 1 + 3 + 3


def test_waiting_is_allowed(inst):
    res = check(inst, [[1, 2], [3]])
    # arrive at 1 at t=2, leave 3, arrive at 2 at 8 (window 6..9)
    assert res.feasible, res.violations


def test_late_arrival_is_a_violation(inst):
    res = check(inst, [[3, 1], [2]])  # client 1 reached at 3+1+9=13 > 5
    assert not res.feasible
    assert any("client 1" in v and "after its window" in v for v in res.violations)


def test_capacity_fleet_and_coverage(inst):
    res = check(inst, [[1, 2, 3]])
    assert not res.feasible and any("exceeds capacity" in v for v in res.violations)
    res = check(inst, [[1], [2], [3]])
    assert any("fleet has 2" in v for v in res.violations)
    res = check(inst, [[1, 2]])
    assert any("not visited: 3" in v for v in res.violations)
    res = check(inst, [[1, 2], [3, 1]])
    assert any("more than once" in v for v in res.violations)
    res = check(inst, [[1, 4]])
    assert any("node 4 is not a client" in v for v in res.violations)


def test_unpacks_like_a_tuple(inst):
    cost, feasible, violations = check(inst, [[1, 2], [3]])
    assert feasible and cost == 17 and violations == []


def test_solution_takes_cost_from_checker(inst):
    sol = nco.Solution.from_routes(inst, [[1, 2], [], [3]], method="manual")
    assert sol.routes == [[1, 2], [3]]
    assert sol.cost == 17 and sol.feasible
