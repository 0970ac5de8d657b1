"""rl4co environments on real-city matrices agree with the independent checker."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from rl4co.data.utils import load_npz_to_tensordict

import nco
from nco.data import samplers as S
from nco.envs import ACVRPEnv, ACVRPTWEnv, ATSPEnv, CityGenerator, make_env, random_rollout
from nco.envs import atsp as atsp_mod


def _instances_and_routes(env, td0, actions):
    if isinstance(env, ATSPEnv):
        return atsp_mod.td_to_instances(td0), atsp_mod.actions_to_routes(actions)
    return env.td_to_instances(td0), env.actions_to_routes(actions)


@pytest.mark.parametrize("problem", ["atsp", "acvrp", "acvrptw"])
def test_reward_is_minus_checker_cost_on_1000_random_rollouts(problem):
    env = make_env(problem, num_loc=20, cities=["helsinki", "sydney"], seed=0)
    td = env.reset(batch_size=[1000])
    td0 = td.clone()
    actions, reward = random_rollout(env, td, generator=torch.Generator().manual_seed(1))
    insts, routes = _instances_and_routes(env, td0, actions)
    assert len(insts) == len(routes) == 1000
    costs = []
    for inst, r in zip(insts, routes):
        res = nco.check(inst, r)
        assert res.feasible, res.violations
        costs.append(res.cost)
    np.testing.assert_allclose(-reward.double().numpy(), costs, rtol=1e-5, atol=1e-5)
    if problem != "atsp":
        # Random rollouts under capacity (and windows) need several routes.
        assert np.mean([len(r) for r in routes]) > 2


def test_acvrptw_masks_bind():
    """Time windows, not only capacity, restrict the random rollouts."""
    gen = CityGenerator("acvrptw", num_loc=20, cities=["helsinki"], seed=3)
    env = ACVRPTWEnv(gen)
    td = env.reset(batch_size=[200])
    td0 = td.clone()
    actions, _ = random_rollout(env, td, generator=torch.Generator().manual_seed(0))
    routes = env.actions_to_routes(actions)
    insts = env.td_to_instances(td0)
    loads = [max(nco.check(i, r).route_loads) for i, r in zip(insts, routes)]
    # Routes close for time although capacity (40) would allow more clients.
    cap = float(td0["capacity"][0, 0])
    assert np.mean(loads) < 0.9 * cap


def test_pomo_start_nodes():
    env = make_env("acvrp", num_loc=10, cities=["sydney"], seed=0)
    td = env.reset(batch_size=[3])
    assert env.get_num_starts(td) == 10
    starts = env.select_start_nodes(td, 10)
    assert starts.shape == (30,) and starts.min() == 1 and starts.max() == 10


def test_env_reads_the_test_file_schema(tmp_path):
    """A test-set file written by nco.io.write_npz and read with rl4co's own
    loader resets into the environment, and the costs still agree."""
    for problem, env_cls in (("acvrp", ACVRPEnv), ("acvrptw", ACVRPTWEnv), ("atsp", ATSPEnv)):
        insts = S.sample_instances("sydney", problem, 15, num=16, seed=9)
        path = nco.io.write_npz(tmp_path / f"{problem}.npz", insts)
        td = load_npz_to_tensordict(path)
        env = env_cls(CityGenerator(problem, num_loc=15, cities=["sydney"]))
        td = env.reset(td)
        td0 = td.clone()
        actions, reward = random_rollout(env, td, generator=torch.Generator().manual_seed(2))
        stored = nco.read_all(path)
        routes = _instances_and_routes(env, td0, actions)[1]
        for inst, r, w in zip(stored, routes, reward.tolist()):
            res = nco.check(inst, r)
            assert res.feasible, res.violations
            assert -w == pytest.approx(res.cost, rel=1e-5)


def test_rrnco_normalised_demand_is_recognised():
    """RRNCO's own ACVRP files store demand / capacity."""
    td = S.sample_tensordict("sydney", "acvrp", 10, batch=4, seed=0)
    raw = ACVRPEnv(CityGenerator("acvrp", num_loc=10, cities=["sydney"])).reset(td.clone())
    td["demand"] = td["demand"] / td["capacity"]
    norm = ACVRPEnv(CityGenerator("acvrp", num_loc=10, cities=["sydney"])).reset(td)
    torch.testing.assert_close(raw["demand"], norm["demand"])
