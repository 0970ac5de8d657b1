"""The EARLI pipeline on real bundled instances: samples seed the genetic
algorithm, infeasible samples are repaired, the policy's time is charged to
the budget, and the pipeline works (with a warning) when no policy exists."""

import dataclasses
import threading
import time
import warnings

import pytest

import nco
from nco import InputError, bks, earli

X101 = "cvrp/X/X-n101-k25.vrp"
C101 = "vrptw/solomon/C101.txt"
E13 = "cvrp/E/E-n13-k4.vrp"
FTV35 = "atsp/tsplib/ftv35.atsp"


class NearestPolicy:
    """A policy with the contract of ``nco.load_policy``: the first sample is
    the nearest-neighbour construction, the others that solution with every
    route split in two (infeasible when the fleet is limited).  It can be
    made slow to see the time being charged."""

    def __init__(self, delay: float = 0.0):
        self.delay = delay
        self.calls = []

    def sample(self, instances, num_samples=8, temperature=0.3, greedy_first=True):
        time.sleep(self.delay)
        self.calls.append((len(instances), num_samples, temperature, greedy_first))
        out = []
        for inst in instances:
            base = nco.solve(inst, method="nearest").routes
            split = [part for r in base for part in (r[: len(r) // 2], r[len(r) // 2:]) if part]
            out.append([base] + [split] * (num_samples - 1))
        return out


def test_policy_samples_seed_the_search(bench_dir):
    inst = nco.read(bench_dir / X101)
    policy = NearestPolicy()
    res = earli.run(inst, 1.5, seed=0, policy=policy, params=earli.EarliParams(num_samples=4))
    assert policy.calls == [(1, 4, 0.3, True)]
    assert res.seeds_source == "policy"
    assert len(res.sample_costs) == 4
    sol = nco.Solution.from_routes(inst, res.routes)
    assert sol.feasible
    nearest = res.sample_costs[0]
    assert sol.cost < 0.85 * nearest
    assert bks.gap_pct(sol.cost, bks.for_instance(inst).cost) < 5.0


def test_infeasible_samples_for_a_limited_fleet_are_repaired(bench_dir):
    inst = nco.read(bench_dir / E13)
    inst = dataclasses.replace(inst, num_vehicles=4)
    res = earli.run(inst, 0.8, policy=NearestPolicy(), params=earli.EarliParams(num_samples=3))
    assert res.sample_costs[1] is None  # split routes exceed the fleet
    sol = nco.Solution.from_routes(inst, res.routes)
    assert sol.feasible and sol.num_routes <= 4
    assert sol.cost <= res.sample_costs[0]
    assert bks.gap_pct(sol.cost, bks.for_instance(nco.read(bench_dir / E13)).cost) < 1.0


def test_policy_time_is_charged_to_the_budget(bench_dir):
    inst = nco.read(bench_dir / C101)
    res = earli.run(inst, 0.4, policy=NearestPolicy(delay=0.6))
    assert res.policy_s >= 0.6
    assert res.iterations == 0  # no time left for the search
    sol = nco.Solution.from_routes(inst, res.routes)
    assert sol.feasible  # the best sample is returned


def test_a_policy_too_slow_for_the_budget_is_skipped(bench_dir):
    inst = nco.read(bench_dir / E13)
    policy = NearestPolicy(delay=0.3)
    first = earli.run(inst, 2.0, policy=policy, params=earli.EarliParams(num_samples=2))
    assert first.seeds_source == "policy" and not first.policy_skipped
    # 0.3 s expected, more than half of 0.4 s: the samples would come too late
    second = earli.run(inst, 0.4, policy=policy, params=earli.EarliParams(num_samples=2))
    assert second.policy_skipped and second.seeds_source == "nearest"
    assert len(policy.calls) == 1
    assert nco.Solution.from_routes(inst, second.routes).feasible
    # a budget with room for it samples again
    third = earli.run(inst, 3.0, policy=policy, params=earli.EarliParams(num_samples=2))
    assert third.seeds_source == "policy" and len(policy.calls) == 2


def test_without_a_policy_it_warns_and_still_solves(bench_dir, monkeypatch):
    inst = nco.read(bench_dir / FTV35)
    monkeypatch.setattr(earli, "_POLICIES", {"atsp": None})
    monkeypatch.setattr(earli, "_WARNED", set())

    def no_policy(problem, **kw):
        raise InputError(f"no checkpoint for {problem}")

    monkeypatch.setattr(earli, "load_policy", no_policy)
    earli._POLICIES.clear()
    with pytest.warns(UserWarning, match="no trained policy for atsp"):
        sol = nco.solve(inst, method="earli", time_limit=0.6, seed=0)
    assert sol.feasible
    assert sol.cost >= bks.for_instance(inst).cost
    assert bks.gap_pct(sol.cost, bks.for_instance(inst).cost) < 5.0
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # warned once per problem
        nco.solve(inst, method="earli", time_limit=0.3, seed=0)


def test_a_policy_that_refuses_the_instance_falls_back(bench_dir):
    class Refusing:
        def sample(self, instances, num_samples=8, temperature=0.3, greedy_first=True):
            raise InputError("instance larger than the policy's encoder")

    inst = nco.read(bench_dir / E13)
    with pytest.warns(UserWarning, match="cannot sample"):
        res = earli.run(inst, 0.5, policy=Refusing())
    assert res.seeds_source == "nearest"
    assert nco.Solution.from_routes(inst, res.routes).feasible


def test_ils_refiner_starts_from_the_best_sample(bench_dir):
    inst = nco.read(bench_dir / C101)
    res = earli.run(inst, 0.8, policy=NearestPolicy(), params=earli.EarliParams(num_samples=2, refiner="pyvrp"))
    sol = nco.Solution.from_routes(inst, res.routes)
    assert sol.feasible and sol.cost <= res.sample_costs[0]


def test_options_are_validated(bench_dir):
    inst = nco.read(bench_dir / E13)
    for bad in (dict(seed_share=0), dict(num_samples=0), dict(temperature=-1), dict(refiner="lkh"),
                dict(max_policy_share=0),
                dict(no_such_option=1), dict(min_pop_size=1)):
        with pytest.raises(InputError):
            nco.solve(inst, method="earli", time_limit=0.2, policy=NearestPolicy(), **bad)


def test_policy_problem_names():
    assert earli.policy_problem(nco.Instance([[0, 1], [1, 0]])) == "atsp"


@pytest.mark.slow
def test_trained_policy_if_present(bench_dir):
    try:
        policy = nco.load_policy("acvrp")
    except (InputError, ImportError, AttributeError) as exc:
        pytest.skip(f"no trained acvrp policy: {exc}")
    inst = nco.read(bench_dir / X101)
    res = earli.run(inst, 5.0, policy=policy)
    assert res.seeds_source == "policy"
    assert nco.Solution.from_routes(inst, res.routes).feasible


def test_a_slow_policy_load_does_not_break_the_time_limit(bench_dir, monkeypatch):
    inst = nco.read(bench_dir / FTV35)
    policy = NearestPolicy()

    def slow_load(problem, **kw):
        time.sleep(3.0)  # stands in for importing torch and the network
        return policy

    monkeypatch.setattr(earli, "_POLICIES", {})
    monkeypatch.setattr(earli, "_LOADERS", {})
    monkeypatch.setattr(earli, "load_policy", slow_load)
    t0 = time.perf_counter()
    first = earli.run(inst, 0.6)
    assert time.perf_counter() - t0 < 2.5          # did not wait for the 3 s load
    assert first.seeds_source != "policy"
    earli._LOADERS["atsp"].join()
    later = earli.run(inst, 2.0)
    assert later.seeds_source == "policy"
    assert nco.check(inst, later.routes).feasible


def test_earli_ils_method_refines_the_best_sample_with_pyvrp(bench_dir, monkeypatch):
    inst = nco.read(bench_dir / C101)
    policy = NearestPolicy()
    seen = {}
    real = earli.run

    def spy(*args, **kw):
        seen["refiner"] = kw["params"].refiner
        return real(*args, **kw)

    monkeypatch.setattr(earli, "run", spy)
    sol = nco.solve(inst, method="earli-ils", time_limit=0.8, policy=policy, num_samples=2)
    assert seen["refiner"] == "pyvrp" and policy.calls
    assert sol.feasible
    assert sol.cost <= nco.check(inst, nco.solve(inst, method="nearest").routes).cost


def test_warm_up_loads_the_policy_and_records_its_speed(bench_dir, monkeypatch):
    inst = nco.read(bench_dir / E13)
    slow = NearestPolicy(delay=0.3)
    monkeypatch.setattr(earli, "_POLICIES", {"acvrp": slow})
    monkeypatch.setattr(earli, "_SPEED", {})
    spent = earli.warm_up(inst)
    assert spent >= 0.3 and slow.calls == [(1, 8, 0.3, True)]
    assert earli._speed(slow) > 0
    # with the speed known, a budget too small for sampling skips the policy
    res = earli.run(inst, 0.2)
    assert res.policy_skipped and res.seeds_source == "nearest"
    assert nco.check(inst, res.routes).feasible
    monkeypatch.setattr(earli, "_POLICIES", {"acvrp": None})
    assert earli.warm_up(inst) == 0.0


class SeededPolicy(NearestPolicy):
    """Records the seed it is asked to sample with."""

    def sample(self, instances, num_samples=8, temperature=0.3, greedy_first=True, seed=None):
        self.calls.append(("seed", seed))
        return super().sample(instances, num_samples, temperature, greedy_first)


def test_sampling_is_seeded_and_iterations_count_generations(bench_dir):
    from nco.budget import Budget

    inst = nco.read(bench_dir / E13)
    policy = SeededPolicy()
    res = earli.run(inst, Budget(iterations=6), seed=5, policy=policy, params=earli.EarliParams(num_samples=2))
    assert ("seed", 5) in policy.calls
    assert res.iterations == 6 and res.seeds_source == "policy"


def test_without_a_time_limit_a_slow_policy_is_waited_for_and_never_skipped(bench_dir, monkeypatch):
    from nco.budget import Budget

    inst = nco.read(bench_dir / E13)
    slow = NearestPolicy(delay=0.3)

    def slow_load(problem, **kw):
        time.sleep(0.6)
        return slow

    monkeypatch.setattr(earli, "_POLICIES", {})
    monkeypatch.setattr(earli, "_LOADERS", {})
    monkeypatch.setattr(earli, "_SPEED", {})
    monkeypatch.setattr(earli, "load_policy", slow_load)
    first = earli.run(inst, Budget(iterations=3))
    assert first.seeds_source == "policy" and first.policy_s >= 0.9
    # its speed is known now and far too slow for 0.2 s, yet without a time
    # limit it is sampled again (timing must not steer the run)
    again = earli.run(inst, Budget(iterations=3))
    assert again.seeds_source == "policy" and not again.policy_skipped
    assert earli.run(inst, 0.2).policy_skipped


def test_ctrl_c_while_the_policy_loads(bench_dir, monkeypatch):
    from nco.budget import Budget

    inst = nco.read(bench_dir / E13)

    def never(problem, **kw):
        time.sleep(5.0)

    monkeypatch.setattr(earli, "_POLICIES", {})
    monkeypatch.setattr(earli, "_LOADERS", {})
    monkeypatch.setattr(earli, "load_policy", never)
    budget = Budget(iterations=1000)
    threading.Timer(0.3, budget.interrupt).start()
    t0 = time.perf_counter()
    res = earli.run(inst, budget)
    assert time.perf_counter() - t0 < 2.0
    assert res.seeds_source == "nearest" and nco.check(inst, res.routes).feasible
