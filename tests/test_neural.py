"""The RRNCO network, package checkpoints and the policy API."""

from __future__ import annotations

import math

import numpy as np
import pytest
import torch

import nco
from nco.errors import InputError
from nco.neural.model import AAFMLayer, RRNCOConfig, RRNCOEncoder, RRNCOPolicy
from nco.neural.policy import CHECKPOINT_FORMAT, Policy, load_checkpoint, load_policy
from nco.neural.train import export_policy

torch.set_num_threads(1)


@pytest.fixture(scope="module")
def city():
    """A real city (Monaco, (c) OpenStreetMap contributors)."""
    from nco.data import city_matrices

    return city_matrices("monaco")


@pytest.fixture(scope="module")
def atsp_instances(city):
    from nco.data import sample_atsp

    return sample_atsp(city, 12, num=3, seed=1) + sample_atsp(city, 30, num=2, seed=2)


@pytest.fixture()
def atsp_ckpt(tmp_path):
    torch.manual_seed(0)
    net = RRNCOPolicy("atsp", embed_dim=16, num_layers=1, num_heads=2, ff_hidden=32)
    return export_policy(net, tmp_path / "atsp.pt", {"command": "test"})


def test_aft_matches_its_definition():
    torch.manual_seed(0)
    b, n, m, e = 2, 5, 7, 4
    q, k, v = torch.randn(b, n, e), torch.randn(b, m, e), torch.randn(b, m, e)
    bias = torch.randn(b, n, m)
    got = AAFMLayer.aft(q, k, v, torch.exp(bias - 3.0))  # exp(w - c): any constant c
    w = torch.exp(bias[..., None] + k[:, None])  # b n m e
    want = torch.sigmoid(q) * (w * v[:, None]).sum(2) / w.sum(2)
    assert torch.allclose(got, want, atol=1e-5)


@pytest.mark.parametrize("n", [3, 10, 26, 60])
def test_neighbour_distances_pad_small_instances(n):
    enc = RRNCOEncoder(RRNCOConfig("atsp", embed_dim=8, num_layers=1, num_heads=2)).eval()
    d = torch.rand(2, n, n) + 0.1
    feats = enc._neighbour_dists(d)
    k = enc.cfg.num_neighbours
    assert feats.shape == (2, n, 2 * k)
    valid = feats[..., k:]
    assert torch.all(valid.sum(-1) == min(k, n - 1))
    vals = feats[..., : min(k, n - 1)]
    assert torch.all(vals[..., 1:] >= vals[..., :-1])  # sorted
    if n - 1 <= k:  # every other node is a neighbour: the sorted off-diagonal row
        off = d.masked_fill(torch.eye(n, dtype=torch.bool), float("inf")).sort(-1).values[..., : n - 1]
        assert torch.allclose(vals, off)
    # evaluation sampling is reproducible
    assert torch.equal(feats, enc._neighbour_dists(d))


def test_policy_decodes_valid_tours_and_learns_signal():
    from rl4co.envs import ATSPEnv

    torch.manual_seed(0)
    env = ATSPEnv(generator_params={"num_loc": 15})
    td = env.reset(batch_size=[3])
    net = RRNCOPolicy("atsp", embed_dim=16, num_layers=2, num_heads=2, ff_hidden=32)
    out = net(td.clone(), env, phase="train", num_starts=15)
    assert out["reward"].shape == (45,)
    loss = -(out["log_likelihood"] * (out["reward"] - out["reward"].mean())).mean()
    loss.backward()
    grads = [p.grad for p in net.parameters() if p.grad is not None]
    assert grads and all(torch.isfinite(g).all() for g in grads)
    assert net.decoder.prior_dist.grad is not None and net.encoder.bias.w1.grad is not None
    net.eval()
    with torch.no_grad():
        out = net(td.clone(), env, phase="test", num_starts=15, return_actions=True)
    acts = out["actions"]
    assert torch.equal(acts.sort(-1).values, torch.arange(15).expand_as(acts))


def test_export_and_load_roundtrip(atsp_ckpt):
    blob = torch.load(atsp_ckpt, weights_only=True)
    assert blob["format"] == CHECKPOINT_FORMAT and blob["problem"] == "atsp"
    policy = load_policy(atsp_ckpt)
    assert isinstance(policy, Policy) and policy.net.config.embed_dim == 16
    assert atsp_ckpt.with_suffix(".json").exists()


def test_bad_checkpoints_raise_input_error(tmp_path, atsp_ckpt):
    with pytest.raises(InputError, match="no policy checkpoint"):
        load_policy(tmp_path / "missing.pt")
    data = atsp_ckpt.read_bytes()
    trunc = tmp_path / "trunc.pt"
    trunc.write_bytes(data[: len(data) // 2])
    with pytest.raises(InputError, match="truncated or corrupt"):
        load_policy(trunc)
    foreign = tmp_path / "foreign.pt"
    torch.save({"weights": torch.zeros(2)}, foreign)
    with pytest.raises(InputError, match="not an nco policy checkpoint"):
        load_policy(foreign)
    blob = torch.load(atsp_ckpt, weights_only=True)
    old = tmp_path / "old.pt"
    torch.save(dict(blob, version=0), old)
    with pytest.raises(InputError, match="version"):
        load_policy(old)
    with pytest.raises(InputError, match="is for 'atsp', not 'acvrp'"):
        load_checkpoint(atsp_ckpt, problem="acvrp")
    bad = tmp_path / "bad.pt"
    sd = dict(blob["state_dict"])
    sd.pop(next(iter(sd)))
    torch.save(dict(blob, state_dict=sd), bad)
    with pytest.raises(InputError, match="do not fit"):
        load_policy(bad)
    pickled = tmp_path / "pickled.pt"
    torch.save({"format": CHECKPOINT_FORMAT, "obj": object.__new__(RRNCOConfig)}, pickled)
    with pytest.raises(InputError):
        load_policy(pickled)  # weights_only refuses arbitrary objects


def test_solve_and_sample_on_city_instances(atsp_ckpt, atsp_instances):
    policy = load_policy(atsp_ckpt)
    sols = policy.solve(atsp_instances, augment=8)
    assert len(sols) == len(atsp_instances)
    for inst, sol in zip(atsp_instances, sols):
        assert sol.feasible, sol.violations
        assert sorted(sol.routes[0]) == list(range(1, inst.n_nodes))
        assert math.isclose(sol.cost, nco.check(inst, sol.routes).cost)
    # more starts can only help the best-of-starts greedy decode
    one = policy.solve(atsp_instances, num_starts=1, augment=1)
    assert all(a.cost <= b.cost + 1e-6 for a, b in zip(sols, one))
    pools = policy.sample(atsp_instances[:2], num_samples=5, temperature=0.3)
    assert [len(p) for p in pools] == [5, 5]
    multi = policy.sample(atsp_instances[:2], num_samples=5, temperature=0.3, multistart_greedy=True)
    assert multi[0][0] == policy.solve(atsp_instances[:1], augment=1)[0].routes
    # the single greedy trajectory is the multi-start one from the node it chose first
    for inst, one_greedy, best in zip(atsp_instances, pools, multi):
        assert nco.check(inst, best[0]).cost <= nco.check(inst, one_greedy[0]).cost + 1e-6
    for inst, pool in zip(atsp_instances, pools):
        for routes in pool:
            assert nco.check(inst, routes).feasible


def test_policy_rejects_other_problems(atsp_ckpt):
    policy = load_policy(atsp_ckpt)
    d = np.ones((4, 4)) - np.eye(4)
    vrp = nco.Instance(distance=d, demand=[0, 1, 1, 1], capacity=2)
    with pytest.raises(InputError, match="this policy solves atsp"):
        policy.solve([vrp])
    with pytest.raises(InputError, match="augment"):
        policy.solve([nco.Instance(distance=d)], augment=9)


def test_neural_method_through_nco_solve(atsp_ckpt, atsp_instances):
    sol = nco.solve(atsp_instances[0], method="neural", time_limit=5, checkpoint=str(atsp_ckpt))
    assert sol.feasible and sol.method == "neural"
    with pytest.raises(InputError, match="unknown option"):
        nco.solve(atsp_instances[0], method="neural", time_limit=5, checkpoint=str(atsp_ckpt), bogus=1)


@pytest.mark.parametrize("problem", ["atsp", "acvrp", "acvrptw"])
def test_shipped_checkpoints(problem):
    import json

    from nco.neural.policy import CHECKPOINT_DIR

    path = CHECKPOINT_DIR / f"{problem}.pt"
    assert path.stat().st_size < 15 * 2**20
    policy = nco.load_policy(problem)
    assert policy.problem == problem
    recipe = json.loads(path.with_suffix(".json").read_text())
    for key in ("config", "command", "hardware", "wall_time_min"):
        assert recipe[key]
    assert recipe["command"].startswith(("nco train ", "python scripts/"))  # a command of the repository
    assert not any(part.startswith("/") for part in recipe["command"].replace("=", " ").split())  # no machine path
    assert path.with_suffix(".png").stat().st_size > 1000
    with pytest.raises(InputError, match="is for"):
        load_checkpoint(path, problem={"atsp": "acvrp"}.get(problem, "atsp"))


@pytest.mark.slow
@pytest.mark.parametrize("problem,n", [("atsp", 10), ("acvrp", 999), ("acvrptw", 300), ("atsp", 500)])
def test_neural_method_any_size(problem, n):
    from nco.data import city_matrices, sample_instances

    inst = sample_instances(city_matrices("munich"), problem, n, num=1, seed=3)[0]
    sol = nco.solve(inst, method="neural", time_limit=1)
    assert sol.feasible, sol.violations[:3]
    assert sorted(v for r in sol.routes for v in r) == list(range(1, inst.n_nodes))


def test_adaptive_bias_as_pieces_matches_its_network():
    from nco.neural.model import AdaptiveBias

    torch.manual_seed(0)
    ab = AdaptiveBias(3, 16)
    feats = [torch.rand(2, 60, 60), torch.rand(2, 60, 60) * 2 - 1, torch.rand(2, 60, 60)]
    with torch.no_grad():
        pieces = ab(feats)  # piecewise-linear, at inference
    assert torch.allclose(pieces, ab(feats), atol=1e-6)  # the network itself, with autograd
