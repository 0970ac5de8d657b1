"""The torch-only decode path gives the rl4co path's inputs and solutions."""

from __future__ import annotations

import subprocess
import sys

import pytest
import torch

import nco
from nco.data.testsets import shipped
from nco.neural import infer
from nco.neural.policy import load_policy

KEYS = ("locs", "distance_matrix", "demand", "capacity", "vehicle_capacity", "duration_matrix", "time_windows",
        "service_time")


def _instances(problem, k=3):
    return nco.read_all(shipped(f"{problem}_n50_seed3333_test_cities"))[:k]


@pytest.fixture(scope="module", params=["atsp", "acvrp", "acvrptw"])
def pair(request):
    return request.param, load_policy(request.param), load_policy(request.param, lean=True)


@pytest.mark.parametrize("aug", [1, 8])
def test_inputs_equal_the_environment_reset(pair, aug):
    problem, full, lean = pair
    insts = _instances(problem)
    _, td, _ = full.augmented(insts, aug)
    _, batch, _ = lean.augmented(insts, aug)
    assert isinstance(batch, infer.Batch) and batch.batch_size[0] == aug * len(insts)
    used = [k for k in KEYS if k in td.keys()]
    assert "locs" in used and "distance_matrix" in used
    for key in used:
        assert torch.equal(td[key], batch[key]), key
    s = 7
    assert torch.equal(infer.start_nodes(batch, problem, s), full.augmented(insts, aug)[0].select_start_nodes(td, s)
                       .reshape(s, -1).T)


def test_random_augmentations_are_isometries_with_the_identity_first():
    insts = _instances("acvrp", 2)
    batch = infer.reset_batch(insts, "acvrp")
    out = infer.augment(batch, 4)
    assert out.batch_size[0] == 8 and torch.allclose(out["locs"][:2], batch["locs"], atol=1e-6)
    assert torch.equal(out["distance_matrix"][6:], batch["distance_matrix"])
    for a in range(4):
        xy = out["locs"][2 * a:2 * a + 2]
        exact = "donot_use_mm_for_euclid_dist"
        assert torch.allclose(torch.cdist(xy, xy, compute_mode=exact),
                              torch.cdist(batch["locs"], batch["locs"], compute_mode=exact), atol=1e-5)
    assert not torch.equal(out["locs"][2:4], batch["locs"])


@pytest.mark.parametrize("aug", [8, 1])
def test_solutions_equal(pair, aug):
    problem, full, lean = pair
    insts = _instances(problem)
    torch.manual_seed(5)
    a = full.solve(insts, num_starts=10, augment=aug)
    torch.manual_seed(5)
    b = lean.solve(insts, num_starts=10, augment=aug)
    assert [s.routes for s in a] == [s.routes for s in b]
    assert [s.cost for s in a] == [s.cost for s in b] and all(s.feasible for s in b)


def test_samples_equal(pair):
    problem, full, lean = pair
    insts = _instances(problem, 2)
    assert full.sample(insts, num_samples=4, exact_draws=True) == lean.sample(insts, num_samples=4, exact_draws=True)


def test_rl4co_loop_needs_the_rl4co_network(pair):
    problem, _, lean = pair
    with pytest.raises(nco.InputError, match="lean=False"):
        lean.solve(_instances(problem, 1), num_starts=2, augment=1, lean=False)


def test_a_fresh_process_decodes_without_rl4co():
    code = ("import sys, nco\n"
            "from nco.data.testsets import shipped\n"
            "inst = nco.read_all(shipped('acvrp_n50_seed3333_test_cities'))[0]\n"
            "sol = nco.load_policy('acvrp', lean=True).solve([inst], num_starts=4, augment=1)[0]\n"
            "assert sol.feasible\n"
            "print(sorted(m for m in ('rl4co', 'tensordict', 'lightning', 'torchrl') if m in sys.modules))\n")
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stderr[-2000:]
    assert res.stdout.strip() == "[]"
