"""The genetic algorithm on real bundled instances: feasible answers that the
checker accepts, better than the construction it may start from, every
problem kind, warm starts honoured, progress reported, bad input refused."""

import dataclasses

import numpy as np
import pytest

import nco
from conftest import read_bench as _read
from nco import InputError, bks
from nco.solvers import ga

X101 = "cvrp/X/X-n101-k25.vrp"
C101 = "vrptw/solomon/C101.txt"
R102 = "vrptw/solomon/R102.txt"
FTV35 = "atsp/tsplib/ftv35.atsp"
E13 = "cvrp/E/E-n13-k4.vrp"
ORTEC = "cvrp/D/ORTEC-n242-k12.vrp"




def _asymmetric(inst: nco.Instance, seed: int = 0) -> nco.Instance:
    """The instance with each arc stretched by a random 0-30 % (an ACVRP /
    ACVRPTW built from real data: travel times stretched the same way)."""
    rng = np.random.default_rng(seed)
    f = 1.0 + 0.3 * rng.random(inst.distance.shape)
    tw = inst.time_windows
    if tw is not None:  # keep every client reachable in time
        tw = tw.copy()
        tw[:, 1] = np.maximum(tw[:, 1], np.ceil(inst.duration[0] * 1.3) + 1)
        tw[0, 1] = max(tw[0, 1], float((tw[:, 0] + inst.service_time + inst.duration[:, 0] * 1.3).max()) + 1)
    return dataclasses.replace(inst, distance=np.floor(inst.distance * f), duration=np.floor(inst.duration * f),
                               time_windows=tw, convention="raw", name=inst.name + "-asym")


@pytest.mark.parametrize("rel, fleet_from_name", [
    (X101, False), (C101, False), (R102, False), (FTV35, False), (E13, True), (ORTEC, False),
])
def test_feasible_complete_and_not_below_bks(bench_dir, rel, fleet_from_name):
    inst = _read(bench_dir, rel, fleet_from_name)
    sol = nco.solve(inst, method="ga", time_limit=0.8, seed=1)
    assert sol.feasible, sol.violations[:3]
    assert sorted(v for r in sol.routes for v in r) == list(range(1, inst.n_clients + 1))
    assert sol.cost >= bks.for_instance(_read(bench_dir, rel)).cost - 1e-6


def test_small_instance_solved_to_best_known(bench_dir):
    inst = _read(bench_dir, E13, fleet_from_name=True)
    assert nco.solve(inst, method="ga", time_limit=0.5).cost == bks.for_instance(_read(bench_dir, E13)).cost


def test_beats_nearest_neighbour_by_far(bench_dir):
    inst = _read(bench_dir, X101)
    base = nco.solve(inst, method="nearest").cost
    sol = nco.solve(inst, method="ga", time_limit=1.0, seed=0)
    assert sol.cost < 0.85 * base
    assert bks.gap_pct(sol.cost, bks.for_instance(inst).cost) < 5.0


@pytest.mark.parametrize("rel", [X101, R102])
def test_asymmetric_instances(bench_dir, rel):
    inst = _asymmetric(_read(bench_dir, rel))
    assert not inst.symmetric
    sol = nco.solve(inst, method="ga", time_limit=0.8, seed=2)
    assert sol.feasible, sol.violations[:3]
    assert sol.cost < 0.95 * nco.solve(inst, method="nearest").cost


def test_initial_routes_are_honoured(bench_dir):
    inst = _read(bench_dir, C101)
    start = nco.solve(inst, method="nearest")
    assert start.feasible
    sol = nco.solve(inst, method="ga", time_limit=0.5, seed=0, initial=start.routes)
    assert sol.feasible
    assert sol.cost <= start.cost


def test_initial_with_too_many_routes_for_the_fleet_is_repaired(bench_dir):
    inst = _read(bench_dir, E13, fleet_from_name=True)  # 4 vehicles
    singles = [[v] for v in range(1, inst.n_clients + 1)]
    sol = nco.solve(inst, method="ga", time_limit=0.5, seed=0, initial=singles)
    assert sol.feasible and sol.num_routes <= 4


def test_progress_reports_improving_feasible_costs(bench_dir):
    inst = _read(bench_dir, X101)
    seen = []
    sol = nco.solve(inst, method="ga", time_limit=0.8, seed=3, progress=lambda t, c: seen.append((t, c)))
    assert seen
    times = [t for t, _ in seen]
    costs = [c for _, c in seen]
    assert times == sorted(times)
    assert all(b < a for a, b in zip(costs, costs[1:]))
    assert costs[-1] == pytest.approx(sol.cost)


def test_engine_statistics(bench_dir):
    inst = _read(bench_dir, X101)
    res = ga.genetic_algorithm(inst, 0.8, seed=0, params=ga.GAParams(min_pop_size=5, generation_size=5))
    assert res.feasible and res.iterations > 0
    assert res.cost == nco.check(inst, res.routes).cost


def test_bad_input_is_refused(bench_dir):
    inst = _read(bench_dir, E13)
    with pytest.raises(InputError, match="time_limit"):
        nco.solve(inst, method="ga", time_limit=0)
    with pytest.raises(InputError, match="min_pop_size"):
        nco.solve(inst, method="ga", time_limit=0.2, min_pop_size=1)
    with pytest.raises(InputError):
        nco.solve(inst, method="ga", time_limit=0.2, no_such_option=3)


@pytest.mark.parametrize("bad", [dict(lb_diversity=0.6, ub_diversity=0.5), dict(repair_booster=0.5),
                                 dict(num_elite=30), dict(init_time_share=0), dict(ils_steps=-1),
                                 dict(num_neighbours=0)])
def test_params_validated(bad):
    with pytest.raises(ValueError):
        ga.GAParams(**bad)


def test_sizes_scale_with_the_instance(bench_dir):
    large = _read(bench_dir, "cvrp/X/X-n308-k13.vrp")
    steps = ga.ils_steps(307)
    assert ga.ils_steps(50) == ga.ils_steps(100) == 20 and steps == 108 and ga.ils_steps(500) == 224
    chosen = ga.scaled_params(ga.GAParams(), large)
    assert (chosen.num_neighbours, chosen.ils_steps) == (20, steps)
    kept = ga.scaled_params(ga.GAParams(num_neighbours=33, ils_steps=7), large)
    assert (kept.num_neighbours, kept.ils_steps) == (33, 7)  # explicit values win
    for small in (_read(bench_dir, X101), _read(bench_dir, C101), _read(bench_dir, FTV35)):
        chosen = ga.scaled_params(ga.GAParams(), small)
        assert (chosen.num_neighbours, chosen.ils_steps) == (40, 20), small.kind
    chosen = ga.scaled_params(ga.GAParams(), _asymmetric(large))  # the smaller neighbourhood: symmetric CVRP only
    assert (chosen.num_neighbours, chosen.ils_steps) == (40, steps)
    algo = ga.GeneticAlgorithm(large, 1.0, params=ga.GAParams())
    assert (algo.params.num_neighbours, algo.params.ils_steps) == (20, steps)


def test_srex_offspring_are_partial_solutions():
    rng = np.random.default_rng(0)
    xy = np.random.default_rng(1).random((31, 2))
    perm_a = rng.permutation(30).tolist()
    perm_b = rng.permutation(30).tolist()
    a = [perm_a[i:i + 5] for i in range(0, 30, 5)]
    b = [perm_b[i:i + 6] for i in range(0, 30, 6)]
    for _ in range(20):
        for child in ga.srex(a, b, rng, xy):
            flat = [c for r in child for c in r]
            assert len(flat) == len(set(flat))
            assert set(flat) <= set(range(30))
            assert len(child) <= len(a)
            assert all(child)


def test_ordered_crossover_is_a_permutation():
    rng = np.random.default_rng(0)
    a = rng.permutation(20).tolist()
    b = rng.permutation(20).tolist()
    for _ in range(20):
        child = ga.ordered_crossover(a, b, rng)
        assert sorted(child) == list(range(20))


def test_broken_pairs_distance(bench_dir):
    inst = _read(bench_dir, E13)
    p = ga.problem_data(inst)
    n = p.n_clients
    import pyvrp

    one = ga._Individual(pyvrp.Solution(p.data, [list(range(n))]), n)
    same = ga._Individual(pyvrp.Solution(p.data, [list(range(n))]), n)
    split = ga._Individual(pyvrp.Solution(p.data, [list(range(n // 2)), list(range(n // 2, n))]), n)
    assert ga.broken_pairs_distance(one, same) == 0.0
    # splitting one route in two breaks the arc across the cut (seen from
    # its tail) and puts a new first client after the depot (its head)
    assert ga.broken_pairs_distance(split, one) == pytest.approx(2 / n)
    assert 0.0 < ga.broken_pairs_distance(one, split) <= 2 / n


def test_iterations_are_generation_steps(bench_dir):
    from nco.budget import Budget

    inst = _read(bench_dir, X101)
    res = ga.genetic_algorithm(inst, Budget(iterations=7), seed=0, params=ga.GAParams(min_pop_size=5))
    assert res.iterations == 7 and res.feasible
    both = ga.genetic_algorithm(inst, Budget(60, iterations=4), seed=0)
    assert both.iterations == 4


def test_ctrl_c_stops_the_generations(bench_dir):
    from nco.budget import Budget

    inst = _read(bench_dir, X101)
    budget = Budget(60)
    steps = []

    def progress(elapsed, cost):
        steps.append(cost)
        if len(steps) == 3:
            budget.interrupt()

    res = ga.genetic_algorithm(inst, budget, seed=0, progress=progress)
    assert budget.elapsed() < 20 and res.feasible
    assert res.cost == min(steps) == nco.check(inst, res.routes).cost


def test_class_steps(bench_dir):
    from nco.budget import Budget

    inst = _read(bench_dir, X101)
    algo = ga.GeneticAlgorithm(inst, Budget(iterations=3), seed=0,
                               params=ga.GAParams(min_pop_size=4, generation_size=3, ils_steps=2))
    # educate: a complete individual, and only feasible extra (repaired) ones;
    # with nothing feasible known yet an infeasible result is always repaired
    raw = algo.random_solution()
    ce = algo.penalty_manager.cost_evaluator()
    inds = algo.educate(raw)
    assert inds and sorted(c for r in inds[0].routes for c in r) == list(range(inst.n_clients))
    assert ce.penalised_cost(inds[0].sol) < ce.penalised_cost(raw)
    assert all(ind.feasible or ind.excess_load > 0 or ind.time_warp > 0 for ind in inds)
    assert all(ind.feasible for ind in inds[1:])
    assert algo.best_any is not None

    algo.initialise(seeds=[nco.solve(inst, method="nearest").routes])
    assert len(algo.population) >= 2 and algo.result.seeds_used == 1
    first, second = algo.select()
    members = algo.population.feas.items + algo.population.infeas.items
    assert any(first is m for m in members) and any(second is m for m in members)
    child = algo.crossover(first, second)
    flat = [a.idx for r in child.routes() for a in r if a.is_client()]
    assert len(flat) == len(set(flat)) and set(flat) <= set(range(inst.n_clients))

    best = algo.best_feasible
    before = {id(m) for m in members}
    algo.restart()
    after = algo.population.feas.items + algo.population.infeas.items
    assert after and not before & {id(m) for m in after}
    assert algo.result.restarts == 1 and algo.no_improve == 0
    assert algo.best_feasible is best  # the best solution is kept apart

    res = algo.run()
    assert res.iterations == 3 and res.feasible
    assert res.cost == nco.check(inst, res.routes).cost


def test_function_is_the_class_run(bench_dir):
    from nco.budget import Budget

    inst = _read(bench_dir, FTV35)
    params = ga.GAParams(min_pop_size=4, generation_size=3)
    res = ga.genetic_algorithm(inst, Budget(iterations=6), seed=4, params=params)
    again = ga.GeneticAlgorithm(inst, Budget(iterations=6), seed=4, params=params).run()
    assert (res.routes, res.cost, res.iterations) == (again.routes, again.cost, again.iterations)


def test_fit_types_moves_only_the_routes_beyond_a_type():
    assert ga.fit_types([1, 1, 0, 1], [2, 2]) == [1, 1, 0, 0]
    assert ga.fit_types([0, 1], [1, 1]) == [0, 1]


def test_srex_offspring_keep_the_type_of_their_parent_route():
    rng = np.random.default_rng(0)
    xy = np.random.default_rng(1).random((32, 2))
    a = [list(range(i, i + 5)) for i in range(0, 30, 5)]
    b = [list(range(i, 30, 6)) for i in range(6)]
    ta, tb = [k % 2 for k in range(6)], [2 + k % 2 for k in range(6)]
    type_a = {c: t for r, t in zip(a, ta) for c in r}
    type_b = {c: t for r, t in zip(b, tb) for c in r}
    for _ in range(20):
        for routes, types in ga.srex(a, b, rng, xy, 2, (ta, tb)):
            assert len(routes) == len(types) and all(routes)
            assert all(t in (type_a[r[0]], type_b[r[0]]) for r, t in zip(routes, types))


def test_rich_instance_typed_routes_and_warm_start():
    rng = np.random.default_rng(0)
    xy = rng.uniform(0, 100, (12, 2))
    d = np.sqrt(((xy[:, None] - xy[None]) ** 2).sum(-1))
    types = [nco.VehicleType(2, capacity=4, start_depot=0), nco.VehicleType(2, capacity=4, start_depot=1,
                                                                             open_end=True)]
    inst = nco.Instance(distance=d, coords=xy, num_depots=2, demand=[0, 0] + [1] * 10,
                        pickup=[0, 0] + [1, 0] * 5, vehicle_types=types)
    start = nco.solve(inst, method="pyvrp", iterations=50, seed=0)
    sol = nco.solve(inst, method="ga", iterations=5, seed=0, initial=start)
    again = nco.solve(inst, method="ga", iterations=5, seed=0, initial=start)
    assert sol.feasible and sol.cost <= start.cost + 1e-9
    assert len(sol.vehicle_types) == sol.num_routes and set(sol.vehicle_types) <= {0, 1}
    assert (sol.routes, sol.vehicle_types) == (again.routes, again.vehicle_types)
