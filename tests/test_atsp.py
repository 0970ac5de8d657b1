"""The patched assignment tour for the ATSP and the GA seeded with it."""

import itertools

import numpy as np
import pytest

import nco
from conftest import read_bench as _read
from nco import bks
from nco.solvers import ga
from nco.solvers.atsp import assignment_cycles, patched_assignment, tour_cost

RBG358 = "atsp/tsplib/rbg358.atsp"
FTV35 = "atsp/tsplib/ftv35.atsp"


def _random_matrix(n: int, seed: int) -> np.ndarray:
    d = np.random.default_rng(seed).integers(1, 100, size=(n, n)).astype(np.float64)
    np.fill_diagonal(d, 0.0)
    return d


@pytest.mark.parametrize("n, seed", [(1, 0), (2, 0), (3, 1), (9, 2), (40, 3), (120, 4)])
def test_patched_tour_visits_every_node_once_and_is_not_below_the_assignment(n, seed):
    d = _random_matrix(n, seed)
    tour = patched_assignment(d, start=0)
    assert tour[0] == 0 and sorted(tour) == list(range(n))
    if n > 1:
        succ = assignment_cycles(d)
        assert sorted(succ.tolist()) == list(range(n)) and not (succ == np.arange(n)).any()
        assert tour_cost(d, tour) >= d[np.arange(n), succ].sum() - 1e-9


def test_two_cycles_are_joined_by_the_cheapest_patch():
    # two cheap directed cycles 0-1-2-3 and 4-5-6; every other arc costs 50..99
    d = _random_matrix(7, 5) + 50.0
    np.fill_diagonal(d, 0.0)
    cycles = [[0, 1, 2, 3], [4, 5, 6]]
    for c in cycles:
        for a, b in zip(c, c[1:] + c[:1]):
            d[a, b] = 1.0
    tour = patched_assignment(d)
    best = min(d[a, b2] + d[b, a2] - 2.0
               for a, a2 in zip(cycles[0], cycles[0][1:] + cycles[0][:1])
               for b, b2 in zip(cycles[1], cycles[1][1:] + cycles[1][:1]))
    assert tour_cost(d, tour) == pytest.approx(7.0 + best)


def test_patched_tour_is_optimal_on_a_small_instance_it_can_be_checked_by_brute_force():
    # a matrix whose assignment is already one cycle: patching changes nothing
    d = _random_matrix(8, 6) + 10.0
    order = [0, 3, 6, 1, 7, 2, 5, 4]
    for a, b in zip(order, order[1:] + order[:1]):
        d[a, b] = 1.0
    np.fill_diagonal(d, 0.0)
    tour = patched_assignment(d)
    brute = min(tour_cost(d, (0,) + p) for p in itertools.permutations(range(1, 8)))
    assert tour_cost(d, tour) == brute == 8.0


def test_atsp_seed_is_one_checked_route(bench_dir):
    inst = _read(bench_dir, FTV35)
    routes = ga.atsp_seed(inst)
    cost, feasible, violations = nco.check(inst, routes)
    assert feasible, violations[:3]
    assert len(routes) == 1 and sorted(routes[0]) == list(range(1, inst.n_clients + 1))
    assert cost == pytest.approx(tour_cost(inst.distance, [0] + routes[0]))


def test_ga_solves_rbg358_to_optimality_within_a_second(bench_dir):
    """rbg358 (many zero arcs): the GA seeded only by the nearest neighbour
    was 5.25 % above the optimum after 10 CPU s; the patched assignment
    seed is optimal there."""
    inst = _read(bench_dir, RBG358)
    sol = nco.solve(inst, method="ga", time_limit=1.0, seed=0)
    assert sol.feasible, sol.violations[:3]
    assert nco.check(inst, sol.routes).feasible
    assert sol.cost == bks.for_instance(inst).cost == 1163


def test_the_atsp_seed_is_left_out_where_it_would_not_fit_the_budget():
    from nco.budget import Budget
    from nco.solvers.ga import _atsp_seed_fits

    assert _atsp_seed_fits(443, Budget(1.0)) and _atsp_seed_fits(20000, Budget(None, iterations=10))
    assert not _atsp_seed_fits(3000, Budget(1.0)) and _atsp_seed_fits(3000, Budget(60.0))
