"""The lean decoder (nco.neural.decode) against rl4co's decoding loop, on the shipped checkpoints."""

from __future__ import annotations

import numpy as np
import pytest
import torch

import nco
from nco.neural.decode import LeanDecoder, rewards

torch.set_num_threads(1)

PROBLEMS = ["atsp", "acvrp", "acvrptw"]


@pytest.fixture(scope="module", params=PROBLEMS)
def case(request):
    """A shipped policy and two 30-node instances of an unseen city (Monaco, (c) OpenStreetMap contributors)."""
    from nco.data import city_matrices, sample_instances

    n = 30 if request.param == "atsp" else 29
    insts = sample_instances(city_matrices("monaco"), request.param, n, num=2, seed=7)
    return nco.load_policy(request.param), insts


def policy_routes(actions, problem):
    from nco.neural.envs import actions_to_routes

    return actions_to_routes(actions.numpy(), problem)


def _old(policy, td, env, decode_type: str, s: int, temperature: float = 1.0, **kw):
    """rl4co's decoding loop: actions ``B x S x T`` (rl4co orders rows start-major)."""
    with torch.inference_mode():
        out = policy.net(td.clone(), env, phase="test", decode_type=decode_type, temperature=temperature,
                         return_actions=True, return_sum_log_likelihood=False, **kw)
    b = td.batch_size[0]
    return out["actions"].reshape(s, b, -1).transpose(0, 1), out


def test_multistart_greedy_with_augmentation_is_identical(case):
    policy, insts = case
    old_r, old_a = policy._rollout(insts, "multistart_greedy", 12, 8, lean=False)
    new_r, new_a = policy._rollout(insts, "multistart_greedy", 12, 8, lean=True)
    assert old_a.shape == new_a.shape
    assert np.array_equal(old_a, new_a)
    assert np.array_equal(old_r, new_r)  # the same rewards, hence the same best start


def test_greedy_without_starts_is_identical(case):
    policy, insts = case
    env, td, _ = policy.augmented(insts, 1)
    old, _ = _old(policy, td, env, "greedy", 1)
    new, logp = LeanDecoder(policy.net, td).decode(1, greedy=1)
    assert torch.equal(old, new)
    assert (logp <= 0).all()


@pytest.mark.parametrize("multistart", [False, True])
def test_sampling_with_exact_draws_is_identical(case, multistart):
    policy, insts = case
    env, td, _ = policy.augmented(insts, 1)
    s = 5
    torch.manual_seed(11)
    if multistart:
        old, _ = _old(policy, td, env, "multistart_sampling", s, temperature=0.3, num_starts=s)
        starts = env.select_start_nodes(td, s).reshape(s, -1).T
    else:
        old, _ = _old(policy, td, env, "sampling", s, temperature=0.3, num_samples=s)
        starts = None
    torch.manual_seed(11)
    new, _ = LeanDecoder(policy.net, td).decode(s, temperature=0.3, starts=starts, exact_draws=True)
    assert torch.equal(old, new)
    assert len({tuple(a) for a in new.reshape(-1, new.shape[-1]).tolist()}) > 1  # sampling, not greedy


def test_fast_draws_follow_rl4co_distribution(case):
    """Along the lean decoder's sampled trajectories, rl4co's loop (teacher-forced)
    gives the same log-probabilities at every step."""
    policy, insts = case
    env, td, _ = policy.augmented(insts, 1)
    s, b = 4, len(insts)
    torch.manual_seed(3)
    new, logp = LeanDecoder(policy.net, td).decode(s, greedy=1, temperature=0.3, exact_draws=False)
    sampled = new[:, 1:]
    forced = sampled.transpose(0, 1).reshape((s - 1) * b, -1)
    _, out = _old(policy, td, env, "evaluate", s - 1, temperature=0.3, num_samples=s - 1, actions=forced)
    old_logp = out["log_likelihood"].reshape(s - 1, b, -1).transpose(0, 1)
    assert torch.isfinite(old_logp).all()  # every sampled node was allowed by the environment
    # the lean decoder pads to its longest trajectory (the greedy one may be
    # longer than every sampled one); rl4co's loop stops with the sampled ones
    t = old_logp.shape[-1]
    assert torch.allclose(old_logp, logp[:, 1:, :t], atol=1e-5)
    assert (logp[:, 1:, t:] == 0).all()


def test_rewards_are_minus_checker_costs(case):
    policy, insts = case
    env, td, _ = policy.augmented(insts, 1)
    actions, _ = LeanDecoder(policy.net, td).decode(3, greedy=1, temperature=1.0, exact_draws=False)
    got = rewards(td, actions, policy.problem)
    from nco.neural.envs import actions_to_routes

    for j, inst in enumerate(insts):
        for k in range(3):
            res = nco.check(inst, actions_to_routes(actions[j, k].numpy(), policy.problem))
            assert res.feasible
            assert got[j, k].item() == pytest.approx(-res.cost, rel=1e-5)


def test_sample_decodes_k_trajectories(case):
    policy, insts = case
    pools = policy.sample(insts, num_samples=6, temperature=0.5, seed=1)
    assert [len(p) for p in pools] == [6, 6]
    assert pools == policy.sample(insts, num_samples=6, temperature=0.5, seed=1)  # seeded
    env, td, _ = policy.augmented(insts, 1)
    greedy, _ = _old(policy, td, env, "greedy", 1)
    for inst, pool, g in zip(insts, pools, greedy):
        assert pool[0] == policy_routes(g[0], policy.problem)  # the first one is the greedy trajectory
        assert all(nco.check(inst, r).feasible for r in pool)


def test_multistart_sample_matches_the_old_path(case):
    policy, insts = case
    old = policy.sample(insts[:1], num_samples=4, lean=False, seed=2)
    new = policy.sample(insts[:1], num_samples=4, multistart_greedy=True, seed=2)
    assert old == new


def test_sample_with_exact_draws_is_rl4co_greedy_then_sampling(case):
    policy, insts = case
    pool = policy.sample(insts[:1], num_samples=6, temperature=0.3, seed=4, exact_draws=True)[0]
    torch.manual_seed(4)
    env, td, _ = policy.augmented(insts[:1], 1)  # rl4co environments reseed torch when built
    greedy, _ = _old(policy, td, env, "greedy", 1)
    sampled, _ = _old(policy, td, env, "sampling", 5, temperature=0.3, num_samples=5)
    want = [policy_routes(a, policy.problem) for a in [greedy[0, 0], *sampled[0]]]
    assert pool == want
