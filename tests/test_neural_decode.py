"""The lean decoder (nco.neural.decode) against rl4co's decoding loop, on the shipped checkpoints."""

from __future__ import annotations

import math

import numpy as np
import pytest
import torch
import torch.nn.functional as F

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


def test_float_bounds_are_exact():
    """``_largest`` gives the last float32 at which a monotone float32 rule
    holds: the rule holds there and fails at the next float."""
    from nco.neural.decode import _largest

    rng = np.random.default_rng(0)
    d = (rng.random(3000) * rng.choice([1e-7, 1e-3, 1.0, 1e3], 3000)).astype(np.float32)
    lim = np.float32(1.0) + np.float32(1e-5)
    room = _largest(lambda u: d + u <= lim, d.shape)
    assert np.isfinite(room).all()
    assert (d + room <= lim).all()
    assert not (d + np.nextafter(room, np.float32(np.inf)) <= lim).any()
    lo = rng.random(3000).astype(np.float32)
    late = lo + np.float32(0.1)
    rule = lambda x: np.maximum(x, lo) + np.float32(0.05) <= late
    z = _largest(rule, lo.shape)
    assert rule(z).all() and not rule(np.nextafter(z, np.float32(np.inf))).any()
    assert (_largest(lambda x: x < -np.inf, (3,)) == -np.inf).all()
    assert (_largest(lambda x: x <= np.inf, (3,)) == np.inf).all()


@pytest.mark.parametrize("problem", ["acvrp", "acvrptw"])
def test_masks_are_the_environments_along_random_routes(problem):
    """The lean state's masks (one comparison per step against per-instance
    float32 bounds) are the environment's at every step of random routes:
    two unseen-city instances at N = 100 (batch rows with offsets), three
    trajectories each."""
    from nco.neural.decode import STATES
    from nco.neural.evaluate import load_test_set

    policy = nco.load_policy(problem)
    insts = load_test_set(f"{problem}_n100_unseen", limit=2)[0]
    env, td, _ = policy.augmented(insts, 1)
    b, s = len(insts), 3
    gen = torch.Generator().manual_seed(0)
    with torch.inference_mode():
        state = STATES[problem](td, b, s)
        tds = torch.cat([td] * s, 0)  # rows start-major, as rl4co orders them
        offset = torch.arange(b)[:, None] * state.n
        steps = 0
        while not tds["done"].all():
            allowed = (state.penalty == 0).transpose(0, 1).reshape(s * b, -1)
            assert torch.equal(allowed, tds["action_mask"]), f"step {steps}"
            a = torch.multinomial(tds["action_mask"].float(), 1, generator=gen)[:, 0]
            tds.set("action", a)
            tds = env.step(tds)["next"]
            a = a.reshape(s, b).T.contiguous()
            state.step(a[..., None], (a + offset).reshape(-1))
            steps += 1
        assert state.done() and steps > state.n


# -- the inference arithmetic against the network's plain formulas -------------------


def _plain_logits(dec, row, col, dist, dur, cur, anchor, state, mask):
    """The decoder step written out: query, glimpse, output projection, pointer, prior."""
    b, n, e = row.shape
    s, h = cur.shape[1], dec.cfg.num_heads
    gk, gv, lk = dec.keys(col).chunk(3, dim=-1)
    pick = lambda idx: row.gather(1, idx[..., None].expand(b, s, e))
    q = dec.query(torch.cat([pick(cur), pick(anchor), *state], dim=-1))
    heads = lambda x: x.reshape(b, -1, h, e // h).transpose(1, 2)
    att = torch.matmul(heads(q), heads(gk).transpose(-1, -2)) / math.sqrt(e // h)
    att = torch.softmax(att.masked_fill(~mask[:, None], -1e9), dim=-1)
    glimpse = torch.matmul(att, heads(gv)).transpose(1, 2).reshape(b, s, e)
    logits = dec.cfg.tanh_clipping * torch.tanh(torch.bmm(dec.glimpse_out(glimpse), lk.transpose(1, 2)) / math.sqrt(e))
    prior = F.softplus(dec.prior_dist) * dist
    if dec.prior_dur is not None:
        prior = prior + F.softplus(dec.prior_dur) * dur
    return logits - dec.cfg.tanh_clipping * prior.gather(1, cur[..., None].expand(b, s, n))


@pytest.mark.parametrize("problem", PROBLEMS)
def test_decoder_step_is_the_plain_formula_with_its_gradients(problem):
    """The per-node glimpse scores and folded keys change rounding only; training
    (autograd) sees the same function and the same gradients."""
    policy = nco.load_policy(problem, lean=True)
    net = policy.net.train()
    torch.manual_seed(0)
    b, n, e, s = 2, 40, net.config.embed_dim, 5
    row, col = torch.randn(b, n, e), torch.randn(b, n, e)
    dist, dur = torch.rand(b, n, n), torch.rand(b, n, n)
    dec = net.decoder
    cur = torch.randint(0, n, (b, s))
    anchor = torch.zeros_like(cur) if net.config.has_depot else torch.randint(0, n, (b, s))
    state = [torch.rand(b, s, 1) for _ in range(dec.query.in_features - 2 * e)]
    mask = torch.rand(b, s, n) > 0.3
    pre = dec.precompute(row, col, dist, dur)
    penalty = torch.zeros(b, s, n).masked_fill_(~mask, float("-inf"))
    new = dec.logits(pre, cur, dec.anchor_scores(pre, anchor), state, penalty)
    old = _plain_logits(dec, row, col, dist, dur, cur, anchor, state, mask)
    assert torch.allclose(new, old, atol=5e-5)
    w = torch.randn(b, s, n)
    params = [p for p in dec.parameters()]
    g_new = torch.autograd.grad((new * w).sum(), params)
    g_old = torch.autograd.grad((old * w).sum(), params)
    for a, c in zip(g_new, g_old):
        assert torch.allclose(a, c, rtol=1e-4, atol=1e-5)


@pytest.mark.parametrize("problem", PROBLEMS)
def test_adaptive_bias_pieces_equal_its_network(problem):
    bias = nco.load_policy(problem, lean=True).net.encoder.bias
    torch.manual_seed(1)
    sources = [torch.rand(2, 50, 50), torch.rand(2, 50, 50) * 2 - 1, torch.rand(2, 50, 50)][:bias.w1.shape[0]]
    with torch.no_grad():
        fast = bias(sources)
    assert torch.allclose(fast, bias(sources), atol=1e-6)  # with autograd: the network itself


@pytest.mark.parametrize("problem", PROBLEMS)
def test_lean_and_rl4co_agree_at_n100_unseen(problem):
    """Multi-start greedy x 8 augmentations and rl4co-order sampling on an
    unseen-city instance of the size the benchmark uses."""
    from nco.neural.evaluate import load_test_set

    policy = nco.load_policy(problem)
    inst = load_test_set(f"{problem}_n100_unseen", limit=1)[0]
    old_r, old_a = policy._rollout(inst, "multistart_greedy", 16, 8, lean=False)
    new_r, new_a = policy._rollout(inst, "multistart_greedy", 16, 8, lean=True)
    assert np.array_equal(old_a, new_a) and np.array_equal(old_r, new_r)
    old = policy.sample(inst, num_samples=4, lean=False, seed=3)
    assert old == policy.sample(inst, num_samples=4, multistart_greedy=True, seed=3)
