"""Size adaptation of the shipped policies (:mod:`nco.neural.sizing`)."""

from __future__ import annotations

import numpy as np
import pytest
import torch

import nco
from nco.data import city_matrices, load_split, sample_instances
from nco.neural import infer, sizing


@pytest.fixture(scope="module")
def cities():
    return [city_matrices(c) for c in load_split()["train"]]


@pytest.fixture(scope="module")
def policies():
    torch.set_num_threads(1)
    return {p: nco.load_policy(p, lean=True) for p in ("atsp", "acvrp")}


def _costs(policy, insts, adapt: bool) -> np.ndarray:
    policy.size_adaptation = adapt
    try:
        sols = policy.solve(insts, num_starts=8, augment=1)
    finally:
        policy.size_adaptation = True
    assert all(s.feasible for s in sols)
    return np.array([s.cost for s in sols])


@pytest.mark.parametrize("problem", ["atsp", "acvrp", "acvrptw"])
def test_shipped_policies_were_trained_at_100(problem):
    assert sizing.training_size(nco.load_policy(problem, lean=True).meta) == 100


def test_training_size_reads_config_lineage_and_commands():
    meta = {"config": {"env": {"num_loc": 50}},
            "lineage": {"runs": [{"command": "nco train experiment=acvrp_n200 trainer=gpu"},
                                 {"config": {"env": {"num_loc": 120}}}]}}
    assert sizing.training_size(meta) == 200
    assert sizing.training_size({"config": {"env": {"num_loc": 50}}}) == 50
    assert sizing.training_size({}) == sizing.DEFAULT_TRAIN_SIZE


def test_prior_scale_is_one_up_to_the_training_size():
    for problem in ("atsp", "acvrp", "acvrptw"):
        assert sizing.prior_scale(problem, 50, 100) == 1.0
        assert sizing.prior_scale(problem, 100, 100) == 1.0
    a = sizing.PRIOR_EXPONENT["atsp"]
    assert sizing.prior_scale("atsp", 500, 100) == pytest.approx(5.0 ** a)
    assert sizing.prior_scale("acvrptw", 500, 100) == pytest.approx(5.0 ** sizing.PRIOR_EXPONENT["acvrptw"])


def test_identity_at_the_training_size(cities, policies):
    policy = policies["acvrp"]
    insts = sample_instances(cities, "acvrp", 100, num=2, seed=5)
    batch = infer.reset_batch(insts, "acvrp")
    assert sizing.adapt(policy, batch) is policy.net
    assert np.array_equal(_costs(policy, insts, True), _costs(policy, insts, False))


def test_the_view_scales_only_the_prior_distances(cities, policies):
    policy = policies["atsp"]
    inst = sample_instances(cities, "atsp", 200, num=1, seed=6)
    batch = infer.reset_batch(inst, "atsp")
    sized = sizing.adapt(policy, batch)
    scale = sizing.policy_scale(policy, 200)
    assert isinstance(sized, sizing.SizedNet) and sized.scale == pytest.approx(scale) and scale > 1
    assert sized.decoder is policy.net.decoder and sized.config is policy.net.config
    before = {k: v.clone() for k, v in policy.net.state_dict().items()}
    with torch.inference_mode():
        (row, col, dist, _), _ = policy.net.encoder(batch)
        (row2, col2, dist2, _), _ = sized.encoder(batch)
    assert torch.equal(row, row2) and torch.equal(col, col2)
    assert torch.allclose(dist2, dist * scale)
    assert all(torch.equal(before[k], v) for k, v in policy.net.state_dict().items())


def test_switching_it_off_gives_the_plain_decode(cities, policies):
    policy = policies["atsp"]
    insts = sample_instances(cities, "atsp", 200, num=1, seed=7)
    plain = _costs(policy, insts, False)
    policy.size_adaptation = False
    try:
        again = policy.solve(insts, num_starts=8, augment=1)[0].cost
    finally:
        policy.size_adaptation = True
    assert again == pytest.approx(plain[0])


@pytest.mark.parametrize("problem", ["atsp", "acvrp"])
def test_adapted_policy_beats_nearest_neighbour_at_200(cities, policies, problem):
    """Twice the training size, training cities: the adapted policy is better
    than nearest neighbour."""
    insts = sample_instances(cities, problem, 200, num=3, seed=[8, 200])
    nearest = np.array([nco.solve(i, method="nearest", time_limit=1).cost for i in insts])
    assert _costs(policies[problem], insts, True).mean() < nearest.mean()


def test_the_adaptation_pays_at_five_times_the_training_size(cities, policies):
    """ATSP at N = 500: the unchanged network is worse than nearest neighbour,
    adapted it is better than both."""
    insts = sample_instances(cities, "atsp", 500, num=3, seed=[8, 500])
    nearest = np.array([nco.solve(i, method="nearest", time_limit=1).cost for i in insts])
    plain, adapted = _costs(policies["atsp"], insts, False), _costs(policies["atsp"], insts, True)
    assert plain.mean() > nearest.mean() > adapted.mean()


def test_sampling_is_adapted_too(cities, policies):
    """Sampling at five times the training size decodes with the adaptation too: over four instances its
    best samples are cheaper than the unadapted network's (one instance can go either way)."""
    policy = policies["acvrp"]
    insts = sample_instances(cities, "acvrp", 500, num=4, seed=9)
    best = {}
    for adapt in (False, True):
        policy.size_adaptation = adapt
        try:
            pools = policy.sample(insts, num_samples=4, temperature=0.3)
        finally:
            policy.size_adaptation = True
        best[adapt] = sum(min(nco.check(inst, r).cost for r in pool) for inst, pool in zip(insts, pools))
    assert best[True] < best[False], best


def test_a_recipe_may_carry_its_own_exponent():
    assert sizing.exponent("acvrp", {}) == sizing.PRIOR_EXPONENT["acvrp"]
    assert sizing.exponent("acvrp", {"size_adaptation": {"exponent": 0.5}}) == 0.5
    for bad in ({"exponent": "2"}, {"exponent": -1}, {"exponent": 9}, {"exponent": True}, [1.0]):
        with pytest.raises(nco.InputError, match="size_adaptation.exponent"):
            sizing.exponent("acvrp", {"size_adaptation": bad})


def test_the_policy_decodes_with_its_recipes_exponent(tmp_path):
    from nco.neural.policy import CHECKPOINT_DIR

    (tmp_path / "p.pt").write_bytes((CHECKPOINT_DIR / "acvrp.pt").read_bytes())
    (tmp_path / "p.json").write_text('{"size_adaptation": {"exponent": 0.5}}')
    policy = nco.load_policy(tmp_path / "p.pt", lean=True)
    assert sizing.policy_scale(policy, 400) == pytest.approx(4.0 ** 0.5)
    assert sizing.policy_scale(policy, 100) == 1.0
    (tmp_path / "p.json").write_text('{"size_adaptation": {"exponent": "strong"}}')
    with pytest.raises(nco.InputError, match=r"p\.json: .*exponent"):
        nco.load_policy(tmp_path / "p.pt", lean=True)


def test_the_scan_chooses_the_lowest_mean_dev_gap():
    import importlib.util
    from pathlib import Path

    spec = importlib.util.spec_from_file_location("neural_sizes",
                                                  Path(__file__).parents[1] / "benchmarks" / "neural_sizes.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    rows = [{"split": "dev", "alpha": a, "adapted_gap_pct": g, "instances": 8, "adapted_beats_nearest": 8}
            for a, g in ((0, 10.0), (0, 30.0), (1, 12.0), (1, 14.0), (2, 5.0), (2, 40.0))]
    rows.append({"split": "unseen", "alpha": 2, "adapted_gap_pct": -50.0, "instances": 8, "adapted_beats_nearest": 8})
    assert bench.choose(rows) == (1.0, {0.0: 20.0, 1.0: 13.0, 2.0: 22.5})
    rows[2]["adapted_beats_nearest"] = 5  # loses to nearest neighbour on 3 instances of one set
    assert bench.choose(rows)[0] == 0.0
    rows[0]["adapted_beats_nearest"] = 7  # none beats it everywhere: the most instances beaten, then the mean
    assert bench.choose(rows)[0] == 2.0
    rows[4]["adapted_beats_nearest"] = 6
    assert bench.choose(rows)[0] == 0.0
    for r in rows:
        r["adapted_beats_nearest"] = 0
    assert bench.choose(rows)[0] == 1.0  # all level: the lowest average
